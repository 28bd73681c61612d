//! Store at scale: builds stores of 10^4, 10^5 and 10^6 evidences from a deterministic
//! synthetic corpus and measures, with the release binary in fresh processes: open + the
//! `members SCO` query, ingesting one new article, `import` rate, bytes per evidence and
//! per distinct fact, and peak memory (from GNU time when installed).
//!
//! Run with `cargo bench --bench scale` (add `-- 10000 100000` to choose sizes).

use diplograph::ingest::gazetteer::Gazetteer;
use diplograph::model::{EntityKind, EntityRef, Fact, FactEvidence, Qualifiers, Relation};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// A small deterministic generator (xorshift64*).
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }
    /// A Zipf-like pick: small indices are much more likely.
    fn skewed(&mut self, bound: usize) -> usize {
        let uniform = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        let uniform = uniform * uniform;
        ((bound as f64).powf(uniform) - 1.0).floor() as usize % bound
    }
}

const WORDS: &[&str] = &[
    "officials",
    "said",
    "talks",
    "on",
    "the",
    "sidelines",
    "of",
    "a",
    "summit",
    "agreed",
    "to",
    "deepen",
    "cooperation",
    "amid",
    "tensions",
    "over",
    "trade",
    "and",
    "security",
    "in",
    "region",
    "ministers",
    "met",
    "statement",
    "issued",
    "after",
    "meeting",
    "both",
    "sides",
    "stressed",
    "importance",
    "dialogue",
];

fn sentence(random: &mut Random, subject: &str, object: &str) -> String {
    let mut words = vec![subject.to_string()];
    for _ in 0..(12 + random.below(14)) {
        words.push(WORDS[random.below(WORDS.len())].to_string());
    }
    words.insert(1 + random.below(words.len() - 1), object.to_string());
    format!("{}.", words.join(" "))
}

/// Writes `evidences` facts in the `extract --format jsonl` shape.
fn generate(evidences: usize, path: &Path) -> std::io::Result<()> {
    let gazetteer = Gazetteer::builtin().expect("gazetteer");
    // About 250 states and organisations: 175 countries and every organisation and group.
    let states: Vec<EntityRef> =
        gazetteer
            .entities()
            .iter()
            .filter(|entity| entity.kind == EntityKind::Country)
            .take(175)
            .chain(gazetteer.entities().iter().filter(|entity| {
                matches!(entity.kind, EntityKind::Organisation | EntityKind::Group)
            }))
            .map(|entity| EntityRef::from(&**entity))
            .collect();
    // The SCO is a popular organisation in this corpus, as in the news it imitates.
    let mut states = states;
    if let Some(at) = states.iter().position(|entity| entity.id == "SCO") {
        let sco = states.remove(at);
        states.insert(3, sco);
    }
    let mut organisations: Vec<&EntityRef> = states
        .iter()
        .filter(|entity| entity.kind == EntityKind::Organisation)
        .collect();
    organisations.sort_by_key(|entity| entity.id != "SCO");
    let persons: Vec<EntityRef> = (0..10_000)
        .map(|index| EntityRef {
            id: format!("person-{index}"),
            name: format!("Person {index}"),
            kind: EntityKind::Person,
        })
        .collect();
    let mut random = Random(0x5eed_1234_abcd_ef01);
    // Real organisations have bounded rosters: each one gets a fixed set of 5 to 40
    // states that the news says are members, observers, partners or candidates.
    let rosters: Vec<Vec<EntityRef>> = organisations
        .iter()
        .map(|_| {
            let size = 5 + random.below(36);
            (0..size)
                .map(|_| states[random.below(states.len())].clone())
                .collect()
        })
        .collect();
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut written = 0;
    let mut article = 0;
    while written < evidences {
        article += 1;
        let source = format!("{:016x}", random.next());
        let date = format!(
            "{}-{:02}-{:02}",
            2015 + random.below(10),
            1 + random.below(12),
            1 + random.below(28)
        );
        let mut offset = 0u32;
        for _ in 0..(4 + random.below(12)).min(evidences - written) {
            let relation = Relation::ALL[random.below(Relation::ALL.len())];
            let (subject, object) = match relation {
                Relation::OfficialOf => (
                    persons[random.skewed(persons.len())].clone(),
                    states[random.skewed(states.len())].clone(),
                ),
                Relation::MemberOf
                | Relation::ObserverOf
                | Relation::PartnerOf
                | Relation::CandidateFor
                | Relation::Left => {
                    let organisation = random.skewed(organisations.len());
                    let roster = &rosters[organisation];
                    (
                        roster[random.below(roster.len())].clone(),
                        (*organisations[organisation]).clone(),
                    )
                }
                _ if random.below(20) == 0 => (
                    persons[random.skewed(persons.len())].clone(),
                    persons[random.skewed(persons.len())].clone(),
                ),
                _ => (
                    states[random.skewed(states.len())].clone(),
                    states[random.skewed(states.len())].clone(),
                ),
            };
            if subject.id == object.id {
                continue;
            }
            let text = sentence(&mut random, &subject.name, &object.name);
            let length = text.chars().count() as u32;
            let fact = Fact {
                subject,
                relation,
                object,
                negated: random.below(20) == 0,
                qualifiers: Qualifiers::default(),
                evidence: FactEvidence {
                    source: source.clone(),
                    doc: format!("synthetic/{article}"),
                    title: None,
                    url: None,
                    date: Some(date.clone()),
                    sentence: text,
                    start: offset,
                    end: offset + length,
                    rule: "synthetic".into(),
                },
                confidence: 0.8,
            };
            offset += length + 1;
            serde_json::to_writer(&mut out, &fact)?;
            out.write_all(b"\n")?;
            written += 1;
        }
    }
    out.flush()
}

struct Measured {
    wall: Duration,
    peak_kib: Option<u64>,
    stdout: String,
}

fn run(binary: &Path, store: &Path, args: &[&str]) -> Measured {
    let gnu_time = Path::new("/usr/bin/time").exists();
    let mut command = if gnu_time {
        let mut command = Command::new("/usr/bin/time");
        command.arg("-f").arg("PEAK_KIB=%M").arg(binary);
        command
    } else {
        Command::new(binary)
    };
    command.arg("--store").arg(store).args(args);
    let started = Instant::now();
    let output = command.output().expect("run diplograph");
    let wall = started.elapsed();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() || output.status.code() == Some(1),
        "{args:?}: {stderr}"
    );
    let peak_kib = stderr
        .lines()
        .find_map(|line| line.strip_prefix("PEAK_KIB="))
        .and_then(|value| value.trim().parse().ok());
    Measured {
        wall,
        peak_kib,
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
    }
}

fn median(mut values: Vec<Duration>) -> Duration {
    values.sort();
    values[values.len() / 2]
}

fn main() {
    let binary = PathBuf::from(env!("CARGO_BIN_EXE_diplograph"));
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|argument| argument.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![10_000, 100_000, 1_000_000]
    } else {
        sizes
    };
    let work = std::env::var_os("DIPLOGRAPH_BENCH_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("diplograph-bench"));
    std::fs::create_dir_all(&work).expect("bench directory");
    println!(
        "| evidences | facts | open+members SCO (median of 11) | peak memory | ingest one article | import rate (median of 3) | bytes/evidence | bytes/fact |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for size in sizes {
        let corpus = work.join(format!("corpus-{size}.jsonl"));
        if !corpus.exists() {
            generate(size, &corpus).expect("generate corpus");
        }
        let store = work.join(format!("store-{size}.store"));
        // Import into an empty store three times; the machine's noise is large next to
        // one run, so the median is reported.
        let mut imports = Vec::new();
        for _ in 0..3 {
            for suffix in ["", ".log", ".lock"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", store.display()));
            }
            imports.push(
                run(
                    &binary,
                    &store,
                    &["import", corpus.to_str().unwrap_or_default()],
                )
                .wall,
            );
        }
        let rate = size as f64 / median(imports).as_secs_f64();
        let stats: serde_json::Value =
            serde_json::from_str(&run(&binary, &store, &["stats", "--format", "json"]).stdout)
                .expect("stats");
        let facts = stats["facts"].as_u64().unwrap_or(0);
        let bytes = stats["snapshot_bytes"].as_u64().unwrap_or(0)
            + stats["log_bytes"].as_u64().unwrap_or(0);
        let mut walls = Vec::new();
        let mut peak = None;
        for _ in 0..11 {
            let measured = run(&binary, &store, &["members", "SCO", "--format", "tsv"]);
            walls.push(measured.wall);
            peak = peak.max(measured.peak_kib);
        }
        let article = work.join(format!("article-{size}.txt"));
        std::fs::write(
            &article,
            format!("---\ndate: 2024-05-0{}\n---\nIndia and Pakistan joined the SCO in 2017, officials said in benchmark run {size}. Russia and China held talks in Moscow.\n", 1 + size % 9),
        )
        .expect("article");
        let mut ingests = Vec::new();
        for round in 0..5 {
            let text = std::fs::read_to_string(&article).unwrap_or_default()
                + &format!("Round {round}: Iran and Iraq agreed.\n");
            std::fs::write(&article, text).expect("article");
            ingests.push(
                run(
                    &binary,
                    &store,
                    &["ingest", article.to_str().unwrap_or_default()],
                )
                .wall,
            );
        }
        println!(
            "| {size} | {facts} | {:.1} ms | {} | {:.1} ms | {:.0} facts/s | {:.1} | {:.1} |",
            median(walls).as_secs_f64() * 1000.0,
            peak.map_or("n/a (install GNU time)".to_string(), |kib| format!(
                "{:.1} MB",
                kib as f64 / 1024.0
            )),
            median(ingests).as_secs_f64() * 1000.0,
            rate,
            bytes as f64 / size as f64,
            bytes as f64 / facts.max(1) as f64,
        );
    }
}
