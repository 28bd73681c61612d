//! Crash, corruption and recovery tests: real processes killed with SIGKILL, bytes
//! flipped in the log, torn writes.

use super::{Test, json};
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn write_articles(test: &Test, folder: &str, round: usize, count: usize) -> std::path::PathBuf {
    let dir = test.path(folder);
    std::fs::create_dir_all(&dir).unwrap();
    for article in 0..count {
        std::fs::write(
            dir.join(format!("r{round:03}-a{article:02}.txt")),
            format!(
                "Round {round} article {article}: Russia and China held talks. India and Pakistan joined the SCO in 2017. The West imposed sanctions on Russia."
            ),
        )
        .unwrap();
    }
    dir
}

/// Every article whose ingest printed its summary line was acknowledged (its log record
/// was fsynced first); after any number of kills, all of them must be in the store.
#[test]
fn killed_ingests_never_lose_acknowledged_articles() {
    let test = Test::new();
    let acknowledged: Arc<Mutex<Vec<String>>> = Arc::default();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let kills = 100;
    for round in 0..kills {
        let dir = write_articles(&test, &format!("round{round}"), round, 8);
        let mut child = Command::new(env!("CARGO_BIN_EXE_diplograph"))
            .arg("--store")
            .arg(test.store())
            .arg("ingest")
            .arg(&dir)
            // A tiny threshold makes kills land during compactions too.
            .env("DIPLOGRAPH_COMPACT_BYTES", "4096")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let sink = Arc::clone(&acknowledged);
        let (first_ack, acked) = std::sync::mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some((doc, _)) = line.split_once(": ") {
                    sink.lock().unwrap().push(doc.to_string());
                    let _ = first_ack.send(());
                }
            }
        });
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        // Half the kills land at a random moment from the start (start-up, first write,
        // compaction), half at a random moment after the first acknowledgement, so that
        // every run kills some ingests mid-batch however slow start-up is.
        if round % 2 == 1 {
            let _ = acked.recv_timeout(Duration::from_secs(20));
            std::thread::sleep(Duration::from_millis(seed % 60));
        } else {
            std::thread::sleep(Duration::from_millis(20 + seed % 250));
        }
        let _ = child.kill();
        let _ = child.wait();
        reader.join().unwrap();
    }
    assert!(
        !acknowledged.lock().unwrap().is_empty(),
        "no ingest got far enough to acknowledge anything"
    );
    test.run(&["check"]).success();
    let sources = json(test.run(&["sources", "--format", "json"]).success());
    let stored: Vec<&str> = sources
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|source| source["doc"].as_str())
        .collect();
    let acknowledged = acknowledged.lock().unwrap();
    for doc in acknowledged.iter() {
        assert!(
            stored.contains(&doc.as_str()),
            "acknowledged {doc} was lost"
        );
    }
    // Nothing half-written: every stored source has its facts.
    let stats = json(test.run(&["stats", "--format", "json"]).success());
    assert!(stats["evidence"].as_u64().unwrap() >= stored.len() as u64);
    println!(
        "{kills} kills, {} articles acknowledged, {} stored",
        acknowledged.len(),
        stored.len()
    );
}

fn log_of(test: &Test) -> std::path::PathBuf {
    test.path("test.store.log")
}

#[test]
fn damage_in_the_log_is_refused_then_repaired_keeping_what_came_before() {
    let test = Test::new();
    for (index, country) in ["India", "Pakistan", "Iran", "Belarus"].iter().enumerate() {
        test.run(&[
            "add",
            country,
            "member_of",
            "SCO",
            "--source",
            &format!("analyst{index}"),
        ])
        .success();
    }
    let log = std::fs::read(log_of(&test)).unwrap();
    // A torn last record (never acknowledged) is ignored.
    std::fs::write(log_of(&test), &log[..log.len() - 5]).unwrap();
    let members = json(test.run(&["members", "SCO", "--format", "json"]).success());
    assert_eq!(members["members"].as_array().unwrap().len(), 3);
    // A flipped bit in the second record is damage: refused, files untouched.
    let mut damaged = log.clone();
    let second_record = 24 + (log.len() - 24) / 4 + 20;
    damaged[second_record] ^= 0x40;
    std::fs::write(log_of(&test), &damaged).unwrap();
    let refused = test.run(&["members", "SCO"]);
    refused.code(2);
    assert!(
        refused.stderr().contains("1 records before it are intact"),
        "{}",
        refused.stderr()
    );
    assert_eq!(std::fs::read(log_of(&test)).unwrap(), damaged);
    // Repair keeps the intact first record.
    let repaired = test.run(&["check", "--repair"]);
    repaired.success();
    assert!(
        repaired.stdout().contains("kept 1 intact records"),
        "{}",
        repaired.stdout()
    );
    let members = json(test.run(&["members", "SCO", "--format", "json"]).success());
    assert_eq!(members["members"].as_array().unwrap().len(), 1);
}
