//! Pattern queries and timelines on a small hand-made store.

use super::{Test, json};

fn store() -> Test {
    let test = Test::new();
    for args in [
        ["India", "member_of", "SCO"],
        ["Pakistan", "member_of", "SCO"],
        ["Russia", "member_of", "SCO"],
        ["India", "friendly_with", "Russia"],
        ["Pakistan", "at_odds_with", "India"],
        ["China", "friendly_with", "Russia"],
        ["United States", "sanctions", "Russia"],
    ] {
        test.run(&["add", args[0], args[1], args[2]]).success();
    }
    test
}

fn bindings(run: &super::Run, variable: &str) -> Vec<String> {
    json(run)
        .as_array()
        .unwrap()
        .iter()
        .map(|answer| {
            answer["bindings"][variable]["id"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

#[test]
fn pattern_queries_join_on_shared_variables() {
    let test = store();
    let friendly_members = test.run(&[
        "query",
        "?c member_of SCO . ?c friendly_with Russia",
        "--format",
        "json",
    ]);
    friendly_members.success();
    assert_eq!(bindings(&friendly_members, "c"), ["IND"]);
    // Symmetric relations match in either direction; constants resolve like any name.
    let sanctioners = test.run(&[
        "query",
        "?x sanctions ?c . \"People's Republic of China\" friendly_with ?c",
        "--format",
        "json",
    ]);
    sanctioners.success();
    assert_eq!(bindings(&sanctioners, "x"), ["USA"]);
    assert_eq!(bindings(&sanctioners, "c"), ["RUS"]);
    test.run(&["query", "?c member_of SCO . ?c sanctions Russia"])
        .code(1);
    let typo = test.run(&["query", "?c member_of SCO . ?c frendly_with Russia"]);
    typo.code(2);
    assert!(
        typo.stderr()
            .contains("column 23: unknown relation 'frendly_with' (did you mean friendly_with?)"),
        "{}",
        typo.stderr()
    );
}

#[test]
fn timeline_orders_reports_by_date() {
    let test = Test::new();
    for (relation, time) in [
        ("sanctions", "2023-02-24"),
        ("criticises", "2014-03-18"),
        ("met_with", "2021-06-16"),
    ] {
        test.run(&[
            "add",
            "United States",
            relation,
            "Russia",
            "-q",
            &format!("time={time}"),
            "--source",
            time,
        ])
        .success();
    }
    let run = test.run(&["timeline", "Russia", "USA", "--format", "json"]);
    run.success();
    let dates: Vec<String> = json(&run)
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["date"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(dates, ["2014-03-18", "2021-06-16", "2023-02-24"]);
}
