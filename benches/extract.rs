//! Extraction speed: runs the release binary's `extract` over a deterministic corpus of
//! article-like text (JSON lines, at least 10 MB) and reports MB/s and peak memory (from
//! GNU time when installed). Run with `cargo bench --bench extract` (add a size in MB).

use diplograph::ingest::gazetteer::Gazetteer;
use diplograph::model::EntityKind;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % bound as u64) as usize
    }
}

const TEMPLATES: &[&str] = &[
    "{A} and {B} held talks on the sidelines of the summit on Tuesday, officials said.",
    "{A} imposed new sanctions on {B} after the vote, a move that drew criticism from {C}.",
    "Foreign minister of {A} said the country was keen to deepen cooperation with {B} and {C}.",
    "The {O} is a security and economic bloc whose members include {A}, {B} and {C}.",
    "{A} has applied to join the {O}, according to a statement issued late on Monday.",
    "Analysts said trade between {A} and {B} grew by 3.5 per cent last year despite the tensions.",
    "{A} condemned the strikes on {B} and called for an immediate ceasefire.",
    "The meeting ended without a joint statement, and no date was set for the next round.",
    "Markets in the region were mixed on Friday as investors weighed the outlook for interest rates.",
    "{A} did not criticise {B} directly, but it urged all sides to exercise restraint.",
];

fn corpus(megabytes: usize, path: &Path) -> std::io::Result<usize> {
    let gazetteer = Gazetteer::builtin().expect("gazetteer");
    let countries: Vec<&str> = gazetteer
        .entities()
        .iter()
        .filter(|e| e.kind == EntityKind::Country)
        .map(|e| e.name.as_str())
        .collect();
    let organisations: Vec<&str> = gazetteer
        .entities()
        .iter()
        .filter(|e| e.kind == EntityKind::Organisation)
        .map(|e| e.id.as_str())
        .collect();
    let mut random = Random(0x1234_5678_9abc_def1);
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut bytes = 0;
    let mut article = 0;
    while bytes < megabytes << 20 {
        article += 1;
        let mut text = String::new();
        for _ in 0..(15 + random.below(25)) {
            let sentence = TEMPLATES[random.below(TEMPLATES.len())]
                .replace("{A}", countries[random.below(countries.len())])
                .replace("{B}", countries[random.below(countries.len())])
                .replace("{C}", countries[random.below(countries.len())])
                .replace("{O}", organisations[random.below(organisations.len())]);
            text.push_str(&sentence);
            text.push(if random.below(4) == 0 { '\n' } else { ' ' });
        }
        bytes += text.len();
        let line = serde_json::json!({"id": format!("bench-{article}"), "date": "2024-03-01", "text": text});
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(bytes)
}

fn main() {
    let megabytes: usize = std::env::args()
        .skip(1)
        .find_map(|argument| argument.parse().ok())
        .unwrap_or(12);
    let work = std::env::temp_dir().join("diplograph-bench");
    std::fs::create_dir_all(&work).expect("bench directory");
    let path = work.join(format!("articles-{megabytes}mb.jsonl"));
    let text_bytes = corpus(megabytes, &path).expect("corpus");
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_diplograph"));
    let gnu_time = Path::new("/usr/bin/time").exists();
    // Shared machines are noisy: three fresh runs, reported as median and best.
    let mut seconds = Vec::new();
    let mut peak: Option<f64> = None;
    for _ in 0..3 {
        let mut command = if gnu_time {
            let mut command = Command::new("/usr/bin/time");
            command.arg("-f").arg("PEAK_KIB=%M").arg(&binary);
            command
        } else {
            Command::new(&binary)
        };
        command.arg("extract").arg(&path).stdout(Stdio::null());
        let started = Instant::now();
        let output = command.output().expect("run diplograph");
        seconds.push(started.elapsed().as_secs_f64());
        let stderr = String::from_utf8_lossy(&output.stderr);
        let run_peak = stderr
            .lines()
            .find_map(|line| line.strip_prefix("PEAK_KIB="))
            .and_then(|value| value.trim().parse::<f64>().ok());
        peak = match (peak, run_peak) {
            (Some(known), Some(this)) => Some(known.max(this)),
            (known, this) => known.or(this),
        };
    }
    seconds.sort_by(f64::total_cmp);
    let facts = Command::new(&binary)
        .arg("extract")
        .arg(&path)
        .output()
        .map(|output| output.stdout.iter().filter(|&&byte| byte == b'\n').count())
        .unwrap_or(0);
    let megabytes = text_bytes as f64 / 1e6;
    println!(
        "extract: {megabytes:.1} MB of article text, {facts} facts; median {:.2} s = {:.1} MB/s, best {:.2} s = {:.1} MB/s on one core; peak memory {}",
        seconds[1],
        megabytes / seconds[1],
        seconds[0],
        megabytes / seconds[0],
        peak.map_or("n/a (install GNU time)".to_string(), |kib| format!(
            "{:.1} MB",
            kib / 1024.0
        ))
    );
}
