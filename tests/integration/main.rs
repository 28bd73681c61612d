//! The one integration-test binary: runs the real `diplograph` on temporary stores.

mod devset;
mod durability;
mod exports;
mod queries;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/data/samples/scmp-2022-07-28-lavrov-wang-yi.txt"
);

/// A temporary store and a fluent way to run commands against it.
struct Test {
    dir: tempfile::TempDir,
}

struct Run {
    output: Output,
    what: String,
}

impl Run {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }
    fn code(&self, expected: i32) -> &Self {
        assert_eq!(
            self.output.status.code(),
            Some(expected),
            "{}\nstdout:\n{}\nstderr:\n{}",
            self.what,
            self.stdout(),
            self.stderr()
        );
        self
    }
    fn success(&self) -> &Self {
        self.code(0)
    }
}

impl Test {
    fn new() -> Self {
        Test {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    fn store(&self) -> PathBuf {
        self.dir.path().join("test.store")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_diplograph"))
            .arg("--store")
            .arg(self.store())
            .args(args)
            .env_remove("DIPLOGRAPH_STORE")
            .output()
            .expect("run diplograph");
        Run {
            output,
            what: format!("diplograph {}", args.join(" ")),
        }
    }
}

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout()).unwrap_or_else(|error| panic!("{error}: {}", run.stdout()))
}

#[test]
fn sample_article_answers_members_of_the_sco() {
    let test = Test::new();
    test.run(&["ingest", SAMPLE]).success();
    let members = json(test.run(&["members", "SCO", "--format", "json"]).success());
    let rows = members["members"].as_array().expect("rows");
    let status_of = |id: &str| {
        rows.iter()
            .find(|row| row["entity"]["id"] == id)
            .map(|row| row["status"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(status_of("IND").as_deref(), Some("member"));
    assert_eq!(status_of("PAK").as_deref(), Some("member"));
    assert_eq!(status_of("AFG").as_deref(), Some("observer"));
    assert_eq!(status_of("UZB"), None);
    let iran = rows
        .iter()
        .find(|row| row["entity"]["id"] == "IRN")
        .expect("Iran");
    assert_eq!(iran["status"], "candidate");
    assert_eq!(iran["time"], "2023");
    assert_eq!(iran["expected"], true);
    // Re-ingesting the same article adds nothing.
    let again = test.run(&["ingest", SAMPLE]);
    again.success();
    assert!(
        again.stdout().contains("already in the store"),
        "{}",
        again.stdout()
    );
    // The sample's key facts, each with its sentence.
    let relations = json(
        test.run(&["relations", "Russia", "China", "--format", "json"])
            .success(),
    );
    let kinds: Vec<&str> = relations
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|row| row["relation"].as_str())
        .collect();
    assert!(
        kinds.contains(&"friendly_with") && kinds.contains(&"cooperates_with"),
        "{kinds:?}"
    );
    let evidence = &relations[0]["evidence"][0];
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (
        evidence["start"].as_u64().unwrap() as usize,
        evidence["end"].as_u64().unwrap() as usize,
    );
    let span: String = chars[start..end].iter().collect();
    let normalise = |text: &str| {
        text.replace(['\u{201C}', '\u{201D}'], "\"")
            .replace(['\u{2018}', '\u{2019}'], "'")
    };
    assert_eq!(normalise(&span), evidence["sentence"].as_str().unwrap());
}

#[test]
fn extract_prints_the_required_facts_of_the_sample_and_none_from_headlines() {
    let test = Test::new();
    let run = test.run(&["extract", SAMPLE]);
    run.success();
    let facts: Vec<serde_json::Value> = run
        .stdout()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let has = |subject: &str, relation: &str, object: &str, negated: bool| {
        facts.iter().any(|fact| {
            let ends = (fact["subject"]["id"] == subject && fact["object"]["id"] == object)
                || (fact["subject"]["id"] == object && fact["object"]["id"] == subject);
            ends && fact["relation"] == relation && fact["negated"] == negated
        })
    };
    for (subject, relation, object, negated) in [
        ("sergey-lavrov", "official_of", "RUS", false),
        ("wang-yi", "official_of", "CHN", false),
        ("sergey-lavrov", "met_with", "wang-yi", false),
        ("RUS", "friendly_with", "CHN", false),
        ("RUS", "cooperates_with", "CHN", false),
        ("tashkent", "capital_of", "UZB", false),
        ("RUS", "leads", "SCO", false),
        ("CHN", "leads", "SCO", false),
        ("IND", "member_of", "SCO", false),
        ("PAK", "member_of", "SCO", false),
        ("IRN", "candidate_for", "SCO", false),
        ("AFG", "observer_of", "SCO", false),
        ("RUS", "member_of", "UNSC", false),
        ("CHN", "member_of", "UNSC", false),
        ("WEST", "sanctions", "RUS", false),
        ("RUS", "attacks", "UKR", false),
        ("CHN", "criticises", "RUS", true),
    ] {
        assert!(
            has(subject, relation, object, negated),
            "missing {subject} {relation} {object}"
        );
    }
    for (subject, relation, object) in [("UZB", "member_of", "SCO"), ("AFG", "member_of", "SCO")] {
        assert!(
            !has(subject, relation, object, false),
            "wrong {subject} {relation} {object}"
        );
    }
    assert!(
        !facts.iter().any(|fact| fact["evidence"]["sentence"]
            .as_str()
            .unwrap_or("")
            .contains("bombers flew near Japan")),
        "a related-story headline produced a fact"
    );
    let friendship_sentences: Vec<&str> = facts
        .iter()
        .filter(|fact| fact["relation"] == "friendly_with")
        .filter_map(|fact| fact["evidence"]["sentence"].as_str())
        .collect();
    for phrase in ["traditional friendship", "strategic mutual trust"] {
        assert!(
            friendship_sentences
                .iter()
                .any(|sentence| sentence.contains(phrase)),
            "{phrase}: {friendship_sentences:?}"
        );
    }
    let met = facts
        .iter()
        .find(|fact| fact["relation"] == "met_with")
        .unwrap();
    assert_eq!(met["qualifiers"]["location"], "tashkent");
}

fn add_sample_facts_by_hand(test: &Test) {
    for args in [
        ["India", "member_of", "SCO"],
        ["Pakistan", "member_of", "SCO"],
        ["Russia", "leads", "SCO"],
        ["Russia", "friendly_with", "China"],
    ] {
        test.run(&["add", args[0], args[1], args[2], "--source", "analyst"])
            .success();
    }
    test.run(&[
        "add",
        "Iran",
        "candidate_for",
        "SCO",
        "-q",
        "time=2023",
        "-q",
        "expected=true",
        "--source",
        "analyst",
    ])
    .success();
}

#[test]
fn facts_added_by_hand_answer_queries_and_survive_reopening() {
    let test = Test::new();
    test.run(&["members", "SCO"]).code(2);
    add_sample_facts_by_hand(&test);
    let members = test.run(&["members", "Shanghai Cooperation Organization"]);
    members.success();
    assert!(members.stdout().contains("Pakistan") && members.stdout().contains("expected 2023"));
    let path = test.run(&["path", "India", "Russia"]);
    path.success();
    assert_eq!(path.stdout().lines().count(), 2, "{}", path.stdout());
    assert!(path.stdout().contains("<--leads--"));
    test.run(&["entity", "Russia"]).success();
    test.run(&["relations", "India", "China"]).code(1);
    let unknown = test.run(&["members", "SCOO"]);
    unknown.code(2);
    assert!(
        unknown.stderr().contains("did you mean"),
        "{}",
        unknown.stderr()
    );
    // Compaction rewrites the file; answers stay the same.
    let before = test.run(&["members", "SCO", "--format", "json"]).stdout();
    test.run(&["compact"]).success();
    assert_eq!(
        test.run(&["members", "SCO", "--format", "json"]).stdout(),
        before
    );
    // Adding the same fact twice adds nothing; retraction removes the source's facts.
    let again = test.run(&["add", "India", "member_of", "SCO", "--source", "analyst"]);
    assert!(again.stdout().contains("already had"), "{}", again.stdout());
    test.run(&["retract", "analyst"]).success();
    test.run(&["members", "SCO"]).code(1);
}

#[test]
fn dot_export_is_quoted_escaped_and_renders() {
    let test = Test::new();
    add_sample_facts_by_hand(&test);
    test.run(&[
        "add",
        "Say \"hi\" \\ there",
        "criticises",
        "Russia",
        "--subject-kind",
        "person",
        "--negated",
    ])
    .success();
    let dot = test.run(&["export", "--format", "dot"]);
    dot.success();
    let text = dot.stdout();
    assert!(
        text.contains("label=\"Say \\\"hi\\\" \\\\ there\""),
        "{text}"
    );
    let line = |needle: &str| {
        text.lines()
            .find(|line| line.contains(needle))
            .unwrap_or_else(|| panic!("no {needle} in {text}"))
    };
    assert!(
        line("\"CHN\" -> \"RUS\"").contains("dir=none"),
        "symmetric facts have no arrowhead"
    );
    assert!(
        line("-> \"RUS\" [label=\"not criticises").contains("style=dashed"),
        "negated facts are dashed"
    );
    assert!(text.contains("cluster_legend"));
    let again = test.run(&["export", "--format", "dot"]).stdout();
    assert_eq!(text, again, "export must be deterministic");
    // Drawing options: merged parallel facts, clusters, roll-up, filters.
    test.run(&[
        "add",
        "Sergey Lavrov",
        "official_of",
        "Russia",
        "--subject-kind",
        "person",
    ])
    .success();
    test.run(&[
        "add",
        "Sergey Lavrov",
        "met_with",
        "India",
        "--subject-kind",
        "person",
    ])
    .success();
    test.run(&[
        "add",
        "Russia",
        "cooperates_with",
        "China",
        "--source",
        "second",
    ])
    .success();
    let merged = test.run(&["export", "--merge", "--no-legend"]).stdout();
    assert!(
        merged.contains("\"CHN\" -> \"RUS\" [label=\"cooperates with, friendly with ×2\""),
        "{merged}"
    );
    assert!(!merged.contains("cluster_legend"));
    let rolled = test.run(&["export", "--rollup"]).stdout();
    assert!(
        rolled.contains("\"IND\" -> \"RUS\"") || rolled.contains("\"RUS\" -> \"IND\""),
        "{rolled}"
    );
    assert!(!rolled.contains("sergey-lavrov"), "{rolled}");
    let clustered = test
        .run(&["export", "--cluster-by", "organisation"])
        .stdout();
    assert!(
        clustered.contains("subgraph \"cluster_0\"")
            && clustered.contains("label=\"Shanghai Cooperation Organisation\"")
    );
    let countries = test
        .run(&["export", "--kind", "country", "--no-legend"])
        .stdout();
    assert!(
        !countries.contains("SCO") && countries.contains("\"RUS\""),
        "{countries}"
    );
    let popular = test
        .run(&["export", "--min-evidence", "2", "--no-legend"])
        .stdout();
    assert_eq!(popular.matches(" -> ").count(), 0, "{popular}");
    test.run(&["export", "--since", "last week"]).code(2);
    for args in [
        &["export"][..],
        &[
            "export",
            "--merge",
            "--cluster-by",
            "organisation",
            "--rollup",
        ][..],
    ] {
        let text = test.run(args).stdout();
        render_with_graphviz(&test, &text);
    }
}

fn render_with_graphviz(test: &Test, text: &str) {
    if Command::new("dot").arg("-V").output().is_ok() {
        let file = test.path("graph.dot");
        std::fs::write(&file, text).unwrap();
        let rendered = Command::new("dot")
            .arg("-Tsvg")
            .arg(&file)
            .output()
            .unwrap();
        assert!(rendered.status.success());
        assert!(
            rendered.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&rendered.stderr)
        );
    }
}

fn damage(test: &Test, bytes: Vec<u8>, expected: &str) {
    std::fs::write(test.store(), &bytes).unwrap();
    let _ = std::fs::remove_file(test.path("test.store.log"));
    for args in [
        &["members", "SCO"][..],
        &["add", "India", "member_of", "SCO"][..],
    ] {
        let run = test.run(args);
        run.code(2);
        assert!(
            run.stderr().contains(expected),
            "{expected}: {}",
            run.stderr()
        );
        assert_eq!(
            std::fs::read(test.store()).unwrap(),
            bytes,
            "the file must be left untouched"
        );
    }
}

#[test]
fn damaged_foreign_and_future_stores_are_refused_and_left_untouched() {
    let test = Test::new();
    add_sample_facts_by_hand(&test);
    test.run(&["compact"]).success();
    let good = std::fs::read(test.store()).unwrap();
    let mut flipped = good.clone();
    let middle = flipped.len() - 20;
    flipped[middle] ^= 0x10;
    damage(&test, flipped, "corrupt");
    damage(&test, good[..good.len() - 7].to_vec(), "truncated");
    damage(
        &test,
        b"PK\x03\x04 not a store at all".to_vec(),
        "not a diplograph store",
    );
    let mut future = good.clone();
    future[8] = 9;
    let crc = crc32(&future[0..60]);
    future[60..64].copy_from_slice(&crc.to_le_bytes());
    damage(&test, future, "upgrade diplograph");
    damage(&test, Vec::new(), "empty");
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

#[test]
fn committed_format_version_1_store_still_opens() {
    let test = Test::new();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store-v1.store");
    std::fs::copy(&fixture, test.store()).unwrap();
    let members = json(test.run(&["members", "SCO", "--format", "json"]).success());
    let ids: Vec<&str> = members["members"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|row| row["entity"]["id"].as_str())
        .collect();
    assert_eq!(ids, ["IND", "PAK", "AFG", "IRN"]);
}

#[test]
fn bad_inputs_get_a_message_each_and_do_not_stop_the_batch() {
    let test = Test::new();
    std::fs::write(test.path("empty.txt"), "").unwrap();
    std::fs::write(test.path("binary.txt"), [0u8, 159, 146, 150, 0, 1]).unwrap();
    std::fs::write(test.path("latin1.txt"), b"Fran\xe7ois met Putin.").unwrap();
    std::fs::write(
        test.path("good.txt"),
        "India and Pakistan joined the SCO in 2017.",
    )
    .unwrap();
    let deep = format!(
        "{}<p>Russia invaded Ukraine.</p>{}",
        "<div>".repeat(200_000),
        "</div>".repeat(200_000)
    );
    std::fs::write(test.path("deep.html"), deep).unwrap();
    let long_line = "Russia and China held talks while ".repeat(1_500_000) + "the talks ended.";
    std::fs::write(test.path("long.txt"), long_line).unwrap();
    // A JSON-lines batch is read a line at a time: a bad line is named by its number and
    // the lines after it are still read.
    std::fs::write(
        test.path("batch.jsonl"),
        b"{\"id\":\"a\",\"text\":\"Iran is set to join the SCO next year.\"}\nnot json\n{\"text\":\"caf\xe9\"}\n\n{\"id\":\"b\",\"text\":\"Russia invaded Ukraine.\"}\n",
    )
    .unwrap();
    let missing = test.path("missing.txt");
    let run = test.run(&[
        "extract",
        test.path("empty.txt").to_str().unwrap(),
        test.path("binary.txt").to_str().unwrap(),
        test.path("latin1.txt").to_str().unwrap(),
        missing.to_str().unwrap(),
        test.path("good.txt").to_str().unwrap(),
        test.path("deep.html").to_str().unwrap(),
        test.path("long.txt").to_str().unwrap(),
        test.path("batch.jsonl").to_str().unwrap(),
    ]);
    run.code(2);
    let stderr = run.stderr();
    for reason in [
        "empty input",
        "binary",
        "UTF-8",
        "missing.txt",
        "batch.jsonl:2: not a JSON article",
        "batch.jsonl:3: not valid UTF-8",
    ] {
        assert!(stderr.contains(reason), "{reason}: {stderr}");
    }
    assert!(
        run.stdout().contains("\"relation\":\"member_of\""),
        "the good file still yields facts"
    );
    assert!(
        run.stdout().contains("\"relation\":\"attacks\""),
        "deep HTML still yields facts"
    );
    for doc in ["\"doc\":\"a\"", "\"doc\":\"b\""] {
        assert!(run.stdout().contains(doc), "{doc} around the bad lines");
    }
}

#[test]
fn extraction_on_several_threads_keeps_the_input_order_and_output() {
    let test = Test::new();
    let dir = test.path("batch");
    std::fs::create_dir(&dir).unwrap();
    let sentences = [
        "India and Pakistan joined the SCO in 2017.",
        "Russia invaded Ukraine in February 2022.",
        "Iran is set to join the SCO next year.",
        "Foreign Minister Sergey Lavrov met his Chinese counterpart Wang Yi in Tashkent.",
    ];
    // Articles of very different lengths finish out of order on several threads.
    for article in 0..24 {
        let text = sentences[article % sentences.len()].repeat(1 + (article * 7) % 40);
        std::fs::write(dir.join(format!("a{article:02}.txt")), text).unwrap();
    }
    std::fs::write(dir.join("a05.txt"), "").unwrap();
    let dir = dir.to_str().unwrap();
    let one = test.run(&["extract", "--jobs", "1", dir]);
    let three = test.run(&["extract", "--jobs", "3", dir]);
    one.code(2);
    three.code(2);
    assert_eq!(one.stdout(), three.stdout());
    assert_eq!(one.stderr(), three.stderr());
    assert!(one.stderr().contains("a05.txt"), "{}", one.stderr());
    let docs: Vec<String> = one
        .stdout()
        .lines()
        .filter_map(|line| line.split("\"doc\":\"").nth(1))
        .filter_map(|rest| rest.split('"').next())
        .map(|doc| doc.rsplit('/').next().unwrap_or(doc).to_string())
        .collect();
    assert!(docs.len() > 24, "{docs:?}");
    assert!(docs.is_sorted(), "facts follow the input order: {docs:?}");
}

#[test]
fn concurrent_writers_all_land_and_a_blocked_writer_gives_up_clearly() {
    let test = Test::new();
    let mut children = Vec::new();
    for writer in 0..4 {
        let dir = test.path(&format!("batch{writer}"));
        std::fs::create_dir(&dir).unwrap();
        for article in 0..10 {
            std::fs::write(
                dir.join(format!("a{article}.txt")),
                format!(
                    "Writer {writer} article {article}: India and Pakistan joined the SCO in 2017."
                ),
            )
            .unwrap();
        }
        children.push(
            Command::new(env!("CARGO_BIN_EXE_diplograph"))
                .arg("--store")
                .arg(test.store())
                .arg("--lock-timeout")
                .arg("60")
                .arg("ingest")
                .arg(&dir)
                .output_async(),
        );
    }
    // Readers meanwhile see whole articles only: every source they see has both of its
    // facts, and what they see never shrinks.
    let mut seen_sources = 0;
    while seen_sources < 40 {
        let run = test.run(&["--lock-timeout", "60", "stats", "--format", "json"]);
        if run.output.status.code() == Some(2) && run.stderr().contains("no store") {
            continue;
        }
        let stats = json(run.success());
        let sources = stats["sources"].as_u64().unwrap();
        assert!(sources >= seen_sources, "a reader saw the store shrink");
        assert_eq!(
            stats["evidence"].as_u64().unwrap(),
            sources * 2,
            "a reader saw half an article: {stats}"
        );
        seen_sources = sources;
    }
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let sources = json(test.run(&["sources", "--format", "json"]).success());
    assert_eq!(sources.as_array().unwrap().len(), 40);
    // Hold the lock ourselves: a writer must give up within its timeout.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(test.path("test.store.lock"))
        .unwrap();
    lock.lock().unwrap();
    let blocked = test.run(&["--lock-timeout", "0.3", "add", "India", "member_of", "SCO"]);
    blocked.code(2);
    assert!(
        blocked
            .stderr()
            .contains("locked by another diplograph process"),
        "{}",
        blocked.stderr()
    );
}

trait OutputAsync {
    fn output_async(&mut self) -> std::process::Child;
}

impl OutputAsync for Command {
    fn output_async(&mut self) -> std::process::Child {
        self.stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn diplograph")
    }
}
