//! Every export format is read back by a real parser of that format.

use super::Test;

/// Names that break naive writers: quotes, ampersands, angle brackets, a newline, a
/// backslash, non-Latin scripts and emoji.
const TRICKY: &str = "Q\"&<b>\\ new\nline Δελφοί 北京 🕊";

fn store_with_tricky_names() -> Test {
    let test = Test::new();
    for args in [
        ["India", "member_of", "SCO"],
        ["Russia", "leads", "SCO"],
        ["Russia", "friendly_with", "China"],
    ] {
        test.run(&["add", args[0], args[1], args[2]]).success();
    }
    test.run(&[
        "add",
        TRICKY,
        "criticises",
        "Russia",
        "--subject-kind",
        "person",
        "--negated",
    ])
    .success();
    test
}

fn export(test: &Test, format: &str) -> String {
    let run = test.run(&["export", "--format", format]);
    run.success();
    run.stdout()
}

fn assert_well_formed_xml(text: &str) -> usize {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut elements = 0;
    loop {
        match reader.read_event() {
            Ok(quick_xml::events::Event::Eof) => break,
            Ok(quick_xml::events::Event::Start(_) | quick_xml::events::Event::Empty(_)) => {
                elements += 1
            }
            Ok(_) => {}
            Err(error) => panic!(
                "not well-formed XML at {}: {error}\n{text}",
                reader.buffer_position()
            ),
        }
    }
    elements
}

#[test]
fn xml_formats_are_well_formed_and_keep_names() {
    let test = store_with_tricky_names();
    for format in ["graphml", "gexf"] {
        let text = export(&test, format);
        assert!(assert_well_formed_xml(&text) > 10, "{format}");
        assert!(
            text.contains("Δελφοί 北京 🕊") && text.contains("&amp;") && text.contains("&lt;b&gt;"),
            "{format}: {text}"
        );
    }
}

#[test]
fn json_formats_parse_and_link_nodes() {
    let test = store_with_tricky_names();
    let cytoscape: serde_json::Value = serde_json::from_str(&export(&test, "json")).unwrap();
    let nodes = cytoscape["elements"]["nodes"].as_array().unwrap();
    assert!(nodes.iter().any(|node| node["data"]["label"] == TRICKY));
    let run = test.run(&["export", "--format", "json", "--json-style", "d3"]);
    let d3: serde_json::Value = serde_json::from_str(&run.stdout()).unwrap();
    let ids: Vec<&str> = d3["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|node| node["id"].as_str())
        .collect();
    for link in d3["links"].as_array().unwrap() {
        assert!(
            ids.contains(&link["source"].as_str().unwrap())
                && ids.contains(&link["target"].as_str().unwrap())
        );
    }
    assert!(
        d3["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|link| link["negated"] == true)
    );
}

#[test]
fn rdf_formats_parse_with_an_rdf_parser() {
    let test = store_with_tricky_names();
    let quads = export(&test, "nquads");
    let parsed: Vec<_> = oxttl::NQuadsParser::new()
        .for_slice(quads.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|error| panic!("{error}\n{quads}"));
    assert!(
        parsed
            .iter()
            .any(|quad| quad.predicate.as_str() == "http://www.wikidata.org/prop/direct/P463")
    );
    assert!(
        parsed
            .iter()
            .any(|quad| quad.predicate.as_str().ends_with("not_criticises"))
    );
    assert!(
        parsed
            .iter()
            .any(|quad| quad.object.to_string().contains("Δελφοί"))
    );
    let turtle = export(&test, "turtle");
    let triples = oxttl::TurtleParser::new()
        .for_slice(turtle.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .unwrap_or_else(|error| panic!("{error}\n{turtle}"));
    assert!(triples.len() >= 10);
}

#[test]
fn csv_export_has_neo4j_headers_and_round_trips() {
    let test = store_with_tricky_names();
    let folder = test.path("neo4j");
    test.run(&["export", "--format", "csv", "-o", folder.to_str().unwrap()])
        .success();
    let mut nodes = csv::Reader::from_path(folder.join("nodes.csv")).unwrap();
    assert_eq!(
        nodes.headers().unwrap(),
        vec!["id:ID", "name", "kind", "wikidata", ":LABEL"]
    );
    let names: Vec<String> = nodes
        .records()
        .map(|record| record.unwrap()[1].to_string())
        .collect();
    assert!(names.iter().any(|name| name == TRICKY));
    let mut relationships = csv::Reader::from_path(folder.join("relationships.csv")).unwrap();
    assert_eq!(
        relationships.headers().unwrap(),
        vec![
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "negated:boolean",
            "role",
            "status",
            "evidence:int"
        ]
    );
    assert_eq!(relationships.records().count(), 4);
    test.run(&["export", "--format", "csv"]).code(2);
}

#[test]
fn svg_export_draws_without_graphviz_too() {
    let test = store_with_tricky_names();
    let svg = export(&test, "svg");
    assert!(svg.contains("<svg"), "{svg}");
    assert_well_formed_xml(&svg);
    let dot = export(&test, "dot");
    let built_in = diplograph::export::svg::from_dot(&dot).unwrap();
    assert!(built_in.contains("<svg"));
}
