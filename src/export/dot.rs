//! Graphviz DOT: organisations as boxes, countries as ellipses, persons as plain text,
//! places as notes, groups as hexagons; edges coloured by relation family, labelled with
//! the relation and evidence count, symmetric relations without arrowheads, negated facts
//! dashed. Labels are escaped for DOT's quoted strings (never HTML-like labels).

use super::{Selection, select};
use crate::model::{EntityKind, RelationFamily};
use crate::store::Graph;
use std::collections::BTreeMap;
use std::fmt::Write;

/// Escapes text for a DOT quoted string: quotes and backslashes escaped, line breaks and
/// control characters removed or turned into spaces.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn node_style(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Country => "shape=ellipse, style=filled, fillcolor=\"#dbe9f6\"",
        EntityKind::Organisation => "shape=box, style=\"filled,rounded\", fillcolor=\"#fde9c8\"",
        EntityKind::Person => "shape=plaintext",
        EntityKind::Place => "shape=note, style=filled, fillcolor=\"#eeeeee\"",
        EntityKind::Group => "shape=hexagon, style=filled, fillcolor=\"#e6dcf2\"",
    }
}

fn edge_colour(family: RelationFamily) -> &'static str {
    match family {
        RelationFamily::Membership => "#1f5fa8",
        RelationFamily::Structure => "#666666",
        RelationFamily::Cooperation => "#2e8b3a",
        RelationFamily::Conflict => "#c0392b",
    }
}

/// Writes the selected part of the graph as DOT.
pub fn to_dot(graph: &Graph, selection: &Selection) -> String {
    let facts = select(graph, selection);
    let mut nodes = BTreeMap::new();
    for fact in &facts {
        nodes.insert(fact.subject().id.clone(), fact.subject());
        nodes.insert(fact.object().id.clone(), fact.object());
    }
    if let Some(focus) = selection
        .focus
        .as_ref()
        .and_then(|focus| graph.entity(focus))
    {
        nodes.insert(focus.id.clone(), focus);
    }
    let mut out = String::new();
    out.push_str("digraph diplograph {\n");
    out.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];\n");
    out.push_str("  node [fontname=\"Helvetica\", fontsize=11];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    for entity in nodes.values() {
        let _ = writeln!(
            out,
            "  \"{}\" [label=\"{}\", {}];",
            escape(&entity.id),
            escape(&entity.name),
            node_style(entity.kind)
        );
    }
    for fact in &facts {
        let relation = fact.relation();
        let mut label = relation.label().to_string();
        if fact.negated() {
            label = format!("not {label}");
        }
        if let Some(role) = fact.role() {
            let _ = write!(label, " ({role})");
        }
        if let Some(status) = fact.status() {
            let _ = write!(label, " [{status}]");
        }
        if fact.evidence_count() > 1 {
            let _ = write!(label, " ×{}", fact.evidence_count());
        }
        let mut attributes = vec![
            format!("label=\"{}\"", escape(&label)),
            format!("color=\"{}\"", edge_colour(relation.family())),
            format!("fontcolor=\"{}\"", edge_colour(relation.family())),
        ];
        if relation.is_symmetric() {
            attributes.push("dir=none".into());
        }
        if fact.negated() {
            attributes.push("style=dashed".into());
        }
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [{}];",
            escape(&fact.subject().id),
            escape(&fact.object().id),
            attributes.join(", ")
        );
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(escape("a \"b\" \\ c\nd\u{7}"), "a \\\"b\\\" \\\\ c d");
    }
}
