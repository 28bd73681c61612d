//! Exports for other tools: GraphML (yEd, Gephi, networkx), GEXF (Gephi), JSON
//! (Cytoscape.js elements or D3 node-link), N-Quads and Turtle (RDF, with one named graph
//! per source in N-Quads), and CSV files for `neo4j-admin database import`.
//!
//! What each keeps: every format keeps entities (id, name, kind) and facts (relation,
//! direction, negation, role, status, evidence count). Provenance (which source said it)
//! is kept by N-Quads (named graph per source) and by the JSON formats (source ids);
//! GraphML, GEXF, Turtle and CSV keep counts only. Evidence sentences are not exported;
//! `relations --format json` gives them.

use super::{Selection, select};
use crate::error::Result;
use crate::model::{Entity, Relation};
use crate::store::{FactRef, Store};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// Removes characters XML 1.0 forbids and escapes the five special ones.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
            c => out.push(c),
        }
    }
    out
}

struct Part<'g> {
    entities: Vec<&'g Entity>,
    facts: Vec<FactRef<'g>>,
}

fn part<'g>(store: &'g Store, selection: &Selection) -> Result<Part<'g>> {
    let facts = select(store, selection)?;
    let mut entities = BTreeMap::new();
    for fact in &facts {
        entities.insert(fact.subject().id.as_str(), fact.subject());
        entities.insert(fact.object().id.as_str(), fact.object());
    }
    Ok(Part {
        entities: entities.into_values().collect(),
        facts,
    })
}

fn edge_label(fact: &FactRef<'_>) -> String {
    let mut label = String::new();
    if fact.negated() {
        label.push_str("not ");
    }
    label.push_str(fact.relation().label());
    label
}

/// GraphML with typed keys.
pub fn graphml(store: &Store, selection: &Selection) -> Result<String> {
    let part = part(store, selection)?;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n",
    );
    for (id, domain, name, kind) in [
        ("name", "node", "name", "string"),
        ("kind", "node", "kind", "string"),
        ("wikidata", "node", "wikidata", "string"),
        ("relation", "edge", "relation", "string"),
        ("label", "edge", "label", "string"),
        ("negated", "edge", "negated", "boolean"),
        ("role", "edge", "role", "string"),
        ("status", "edge", "status", "string"),
        ("evidence", "edge", "evidence", "int"),
    ] {
        let _ = writeln!(
            out,
            "  <key id=\"{id}\" for=\"{domain}\" attr.name=\"{name}\" attr.type=\"{kind}\"/>"
        );
    }
    out.push_str("  <graph id=\"diplograph\" edgedefault=\"directed\">\n");
    for entity in &part.entities {
        let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&entity.id));
        let _ = writeln!(
            out,
            "      <data key=\"name\">{}</data>",
            xml_escape(&entity.name)
        );
        let _ = writeln!(out, "      <data key=\"kind\">{}</data>", entity.kind);
        if let Some(qid) = &entity.wikidata {
            let _ = writeln!(
                out,
                "      <data key=\"wikidata\">{}</data>",
                xml_escape(qid)
            );
        }
        out.push_str("    </node>\n");
    }
    for (index, fact) in part.facts.iter().enumerate() {
        let _ = writeln!(
            out,
            "    <edge id=\"e{index}\" source=\"{}\" target=\"{}\">",
            xml_escape(&fact.subject().id),
            xml_escape(&fact.object().id)
        );
        let _ = writeln!(
            out,
            "      <data key=\"relation\">{}</data>",
            fact.relation()
        );
        let _ = writeln!(
            out,
            "      <data key=\"label\">{}</data>",
            xml_escape(&edge_label(fact))
        );
        let _ = writeln!(out, "      <data key=\"negated\">{}</data>", fact.negated());
        if let Some(role) = fact.role() {
            let _ = writeln!(out, "      <data key=\"role\">{}</data>", xml_escape(role));
        }
        if let Some(status) = fact.status() {
            let _ = writeln!(
                out,
                "      <data key=\"status\">{}</data>",
                xml_escape(status)
            );
        }
        let _ = writeln!(
            out,
            "      <data key=\"evidence\">{}</data>",
            fact.evidence_count()
        );
        out.push_str("    </edge>\n");
    }
    out.push_str("  </graph>\n</graphml>\n");
    Ok(out)
}

/// GEXF 1.3 for Gephi.
pub fn gexf(store: &Store, selection: &Selection) -> Result<String> {
    let part = part(store, selection)?;
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n  <graph defaultedgetype=\"directed\">\n",
    );
    out.push_str("    <attributes class=\"node\">\n      <attribute id=\"0\" title=\"kind\" type=\"string\"/>\n    </attributes>\n");
    out.push_str("    <attributes class=\"edge\">\n      <attribute id=\"0\" title=\"relation\" type=\"string\"/>\n      <attribute id=\"1\" title=\"negated\" type=\"boolean\"/>\n      <attribute id=\"2\" title=\"evidence\" type=\"integer\"/>\n    </attributes>\n    <nodes>\n");
    for entity in &part.entities {
        let _ = writeln!(
            out,
            "      <node id=\"{}\" label=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/></attvalues></node>",
            xml_escape(&entity.id),
            xml_escape(&entity.name),
            entity.kind
        );
    }
    out.push_str("    </nodes>\n    <edges>\n");
    for (index, fact) in part.facts.iter().enumerate() {
        let kind = if fact.relation().is_symmetric() {
            " type=\"undirected\""
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "      <edge id=\"{index}\" source=\"{}\" target=\"{}\" label=\"{}\" weight=\"{}\"{kind}><attvalues><attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/></attvalues></edge>",
            xml_escape(&fact.subject().id),
            xml_escape(&fact.object().id),
            xml_escape(&edge_label(fact)),
            fact.evidence_count(),
            fact.relation(),
            fact.negated(),
            fact.evidence_count()
        );
    }
    out.push_str("    </edges>\n  </graph>\n</gexf>\n");
    Ok(out)
}

fn sources_of(store: &Store, fact: &FactRef<'_>) -> Result<Vec<String>> {
    let mut sources: Vec<String> = store
        .evidence(fact)?
        .into_iter()
        .map(|view| view.evidence.source)
        .collect();
    sources.sort();
    sources.dedup();
    Ok(sources)
}

/// JSON: Cytoscape.js elements, or D3 node-link (`d3`).
pub fn json(store: &Store, selection: &Selection, d3: bool) -> Result<String> {
    let part = part(store, selection)?;
    let node = |entity: &Entity| serde_json::json!({"id": entity.id, "label": entity.name, "name": entity.name, "kind": entity.kind, "wikidata": entity.wikidata});
    let mut edges = Vec::new();
    for (index, fact) in part.facts.iter().enumerate() {
        edges.push(serde_json::json!({
            "id": format!("e{index}"),
            "source": fact.subject().id,
            "target": fact.object().id,
            "relation": fact.relation(),
            "label": edge_label(fact),
            "symmetric": fact.relation().is_symmetric(),
            "negated": fact.negated(),
            "role": fact.role(),
            "status": fact.status(),
            "evidence": fact.evidence_count(),
            "sources": sources_of(store, fact)?,
        }));
    }
    let nodes: Vec<serde_json::Value> = part.entities.iter().map(|entity| node(entity)).collect();
    let value = if d3 {
        serde_json::json!({"directed": true, "multigraph": true, "nodes": nodes, "links": edges})
    } else {
        serde_json::json!({"elements": {
            "nodes": nodes.into_iter().map(|data| serde_json::json!({"data": data})).collect::<Vec<_>>(),
            "edges": edges.into_iter().map(|data| serde_json::json!({"data": data})).collect::<Vec<_>>(),
        }})
    };
    Ok(serde_json::to_string_pretty(&value).unwrap_or_default() + "\n")
}

const BASE: &str = "urn:diplograph:";

/// An IRI-safe id: percent-encodes everything but unreserved ASCII.
fn iri_part(id: &str) -> String {
    let mut out = String::new();
    for byte in id.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

fn literal(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7F}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn entity_iri(id: &str) -> String {
    format!("<{BASE}entity:{}>", iri_part(id))
}

fn predicate(relation: Relation, negated: bool) -> String {
    match (relation, negated) {
        (Relation::MemberOf, false) => "<http://www.wikidata.org/prop/direct/P463>".to_string(),
        (relation, false) => format!("<{BASE}vocab:{relation}>"),
        (relation, true) => format!("<{BASE}vocab:not_{relation}>"),
    }
}

/// RDF: N-Quads with one named graph per source (`quads`), or Turtle (default graph).
pub fn rdf(store: &Store, selection: &Selection, quads: bool) -> Result<String> {
    let part = part(store, selection)?;
    let label = "<http://www.w3.org/2000/01/rdf-schema#label>";
    let same_as = "<http://www.w3.org/2002/07/owl#sameAs>";
    let kind = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
    let mut lines = BTreeSet::new();
    for entity in &part.entities {
        let subject = entity_iri(&entity.id);
        lines.insert(format!("{subject} {label} {} .", literal(&entity.name)));
        lines.insert(format!("{subject} {kind} <{BASE}vocab:{}> .", entity.kind));
        if let Some(qid) = &entity.wikidata {
            lines.insert(format!(
                "{subject} {same_as} <http://www.wikidata.org/entity/{}> .",
                iri_part(qid)
            ));
        }
    }
    for relation in Relation::ALL {
        for negated in [false, true] {
            let text = if negated {
                format!("not {}", relation.label())
            } else {
                relation.label().to_string()
            };
            if *relation != Relation::MemberOf || negated {
                lines.insert(format!(
                    "{} {label} {} .",
                    predicate(*relation, negated),
                    literal(&text)
                ));
            }
        }
    }
    for fact in &part.facts {
        let triple = format!(
            "{} {} {}",
            entity_iri(&fact.subject().id),
            predicate(fact.relation(), fact.negated()),
            entity_iri(&fact.object().id)
        );
        if quads {
            for source in sources_of(store, fact)? {
                lines.insert(format!("{triple} <{BASE}source:{}> .", iri_part(&source)));
            }
        } else {
            lines.insert(format!("{triple} ."));
        }
    }
    let mut out = String::new();
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}

/// CSV files for `neo4j-admin database import`: (nodes.csv, relationships.csv).
pub fn neo4j_csv(store: &Store, selection: &Selection) -> Result<(String, String)> {
    let part = part(store, selection)?;
    let mut nodes = csv::Writer::from_writer(Vec::new());
    let csv_error = |error: csv::Error| crate::error::Error::Input(format!("CSV: {error}"));
    nodes
        .write_record(["id:ID", "name", "kind", "wikidata", ":LABEL"])
        .map_err(csv_error)?;
    for entity in &part.entities {
        let label = match entity.kind {
            crate::model::EntityKind::Country => "Country",
            crate::model::EntityKind::Organisation => "Organisation",
            crate::model::EntityKind::Person => "Person",
            crate::model::EntityKind::Place => "Place",
            crate::model::EntityKind::Group => "Group",
        };
        nodes
            .write_record([
                entity.id.as_str(),
                &entity.name,
                entity.kind.as_str(),
                entity.wikidata.as_deref().unwrap_or(""),
                label,
            ])
            .map_err(csv_error)?;
    }
    let mut relationships = csv::Writer::from_writer(Vec::new());
    relationships
        .write_record([
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "negated:boolean",
            "role",
            "status",
            "evidence:int",
        ])
        .map_err(csv_error)?;
    for fact in &part.facts {
        relationships
            .write_record([
                fact.subject().id.as_str(),
                fact.object().id.as_str(),
                &fact.relation().as_str().to_uppercase(),
                if fact.negated() { "true" } else { "false" },
                fact.role().unwrap_or(""),
                fact.status().unwrap_or(""),
                &fact.evidence_count().to_string(),
            ])
            .map_err(csv_error)?;
    }
    let finish = |writer: csv::Writer<Vec<u8>>| -> String {
        writer
            .into_inner()
            .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            .unwrap_or_default()
    };
    Ok((finish(nodes), finish(relationships)))
}
