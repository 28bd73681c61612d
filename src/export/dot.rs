//! Graphviz DOT: organisations as boxes, countries as ellipses, persons as plain text,
//! places as notes, groups as hexagons; edges coloured by relation family (cooperation
//! greens, conflict reds, membership blues), labelled with the relation and evidence
//! count, symmetric relations without arrowheads, negated facts dashed; a legend; and on
//! request parallel facts merged into one edge, members clustered around their
//! organisation, and persons rolled up into the countries they serve. Labels are escaped
//! for DOT's quoted strings (never HTML-like labels).

use super::{Selection, select};
use crate::error::Result;
use crate::model::{Entity, EntityKind, Relation, RelationFamily};
use crate::store::Store;
use std::collections::BTreeMap;
use std::fmt::Write;

/// How to draw.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// One edge per pair of entities, labelled with all its relations and a count.
    pub merge: bool,
    /// Draw each country inside a cluster of the first organisation it is a member of.
    pub cluster_by_organisation: bool,
    /// Draw persons as the countries or organisations they are officials of.
    pub rollup: bool,
    /// Leave out the legend.
    pub no_legend: bool,
}

/// An edge to draw: one fact, or several merged.
struct Drawn<'g> {
    subject: &'g Entity,
    object: &'g Entity,
    relations: Vec<(Relation, bool)>,
    role: Option<&'g str>,
    status: Option<&'g str>,
    count: usize,
}

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
pub fn to_dot(store: &Store, selection: &Selection, options: &DotOptions) -> Result<String> {
    let graph = store.graph();
    let facts = select(store, selection)?;
    // Persons stand for what they are officials of, when rolling up.
    let mut serves: BTreeMap<&str, &Entity> = BTreeMap::new();
    if options.rollup {
        for fact in graph.facts() {
            if fact.relation() == Relation::OfficialOf && !fact.negated() {
                serves
                    .entry(fact.subject().id.as_str())
                    .or_insert(fact.object());
            }
        }
    }
    let mut drawn: Vec<Drawn<'_>> = Vec::new();
    for fact in &facts {
        if options.rollup && fact.relation() == Relation::OfficialOf {
            continue;
        }
        let subject = serves
            .get(fact.subject().id.as_str())
            .copied()
            .unwrap_or(fact.subject());
        let object = serves
            .get(fact.object().id.as_str())
            .copied()
            .unwrap_or(fact.object());
        if subject.id == object.id {
            continue;
        }
        let parallel = if options.merge || options.rollup {
            drawn.iter_mut().find(|edge| {
                let same_ends = edge.subject.id == subject.id && edge.object.id == object.id;
                same_ends
                    && (options.merge || edge.relations == [(fact.relation(), fact.negated())])
            })
        } else {
            None
        };
        match parallel {
            Some(edge) => {
                if !edge.relations.contains(&(fact.relation(), fact.negated())) {
                    edge.relations.push((fact.relation(), fact.negated()));
                }
                edge.count += fact.evidence_count();
            }
            None => drawn.push(Drawn {
                subject,
                object,
                relations: vec![(fact.relation(), fact.negated())],
                role: fact.role(),
                status: fact.status(),
                count: fact.evidence_count(),
            }),
        }
    }
    let mut nodes: BTreeMap<&str, &Entity> = BTreeMap::new();
    for edge in &drawn {
        nodes.insert(&edge.subject.id, edge.subject);
        nodes.insert(&edge.object.id, edge.object);
    }
    if let Some(focus) = selection
        .focus
        .as_ref()
        .and_then(|focus| graph.entity(focus))
    {
        nodes.insert(&focus.id, focus);
    }
    let mut out = String::new();
    out.push_str("digraph diplograph {\n");
    out.push_str("  graph [rankdir=LR, fontname=\"Helvetica\", overlap=false];\n");
    out.push_str("  node [fontname=\"Helvetica\", fontsize=11];\n");
    out.push_str("  edge [fontname=\"Helvetica\", fontsize=9];\n");
    // Clusters: each country in the first organisation (by id) it is drawn a member of.
    let mut clusters: BTreeMap<&str, Vec<&Entity>> = BTreeMap::new();
    let mut clustered: BTreeMap<&str, &str> = BTreeMap::new();
    if options.cluster_by_organisation {
        let mut memberships: Vec<(&str, &str)> = drawn
            .iter()
            .filter(|edge| {
                edge.relations.contains(&(Relation::MemberOf, false))
                    && edge.object.kind == EntityKind::Organisation
            })
            .map(|edge| (edge.subject.id.as_str(), edge.object.id.as_str()))
            .collect();
        memberships.sort();
        for (member, organisation) in memberships {
            if !clustered.contains_key(member) && !clustered.contains_key(organisation) {
                clustered.insert(member, organisation);
            }
        }
        for (member, organisation) in &clustered {
            if let Some(entity) = nodes.get(member) {
                clusters.entry(organisation).or_default().push(entity);
            }
        }
    }
    let node_line = |entity: &Entity| {
        format!(
            "\"{}\" [label=\"{}\", {}];",
            escape(&entity.id),
            escape(&entity.name),
            node_style(entity.kind)
        )
    };
    for (index, (organisation, members)) in clusters.iter().enumerate() {
        let label = nodes
            .get(organisation)
            .map_or(organisation.to_string(), |entity| entity.name.clone());
        let _ = writeln!(out, "  subgraph \"cluster_{index}\" {{");
        let _ = writeln!(
            out,
            "    label=\"{}\"; style=\"rounded,dashed\"; color=\"#1f5fa8\";",
            escape(&label)
        );
        if let Some(entity) = nodes.get(organisation) {
            let _ = writeln!(out, "    {}", node_line(entity));
        }
        for member in members {
            let _ = writeln!(out, "    {}", node_line(member));
        }
        out.push_str("  }\n");
    }
    for entity in nodes.values() {
        if !clustered.contains_key(entity.id.as_str()) && !clusters.contains_key(entity.id.as_str())
        {
            let _ = writeln!(out, "  {}", node_line(entity));
        }
    }
    for edge in &drawn {
        let (relation, negated) = edge.relations[0];
        let mut label = edge
            .relations
            .iter()
            .map(|(relation, negated)| {
                format!("{}{}", if *negated { "not " } else { "" }, relation.label())
            })
            .collect::<Vec<_>>()
            .join(", ");
        if edge.relations.len() == 1 {
            if let Some(role) = edge.role {
                let _ = write!(label, " ({role})");
            }
            if let Some(status) = edge.status {
                let _ = write!(label, " [{status}]");
            }
        }
        if edge.count > 1 {
            let _ = write!(label, " ×{}", edge.count);
        }
        let mut attributes = vec![
            format!("label=\"{}\"", escape(&label)),
            format!("color=\"{}\"", edge_colour(relation.family())),
            format!("fontcolor=\"{}\"", edge_colour(relation.family())),
        ];
        if edge
            .relations
            .iter()
            .all(|(relation, _)| relation.is_symmetric())
        {
            attributes.push("dir=none".into());
        }
        if edge.relations.len() == 1 && negated {
            attributes.push("style=dashed".into());
        }
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [{}];",
            escape(&edge.subject.id),
            escape(&edge.object.id),
            attributes.join(", ")
        );
    }
    if !options.no_legend {
        out.push_str(LEGEND);
    }
    out.push_str("}\n");
    Ok(out)
}

/// The key to shapes and colours. Its node ids start with a character no entity id has.
const LEGEND: &str = r##"  subgraph "cluster_legend" {
    label="legend"; fontsize=10; style="rounded"; color="#bbbbbb";
    node [fontsize=9];
    "~country" [label="country", shape=ellipse, style=filled, fillcolor="#dbe9f6"];
    "~organisation" [label="organisation", shape=box, style="filled,rounded", fillcolor="#fde9c8"];
    "~person" [label="person", shape=plaintext];
    "~group" [label="group", shape=hexagon, style=filled, fillcolor="#e6dcf2"];
    "~place" [label="place", shape=note, style=filled, fillcolor="#eeeeee"];
    "~country" -> "~organisation" [label="membership", color="#1f5fa8", fontcolor="#1f5fa8", fontsize=8];
    "~person" -> "~country" [label="structure", color="#666666", fontcolor="#666666", fontsize=8];
    "~country" -> "~group" [label="cooperation", color="#2e8b3a", fontcolor="#2e8b3a", dir=none, fontsize=8];
    "~group" -> "~place" [label="conflict (dashed: denied)", color="#c0392b", fontcolor="#c0392b", style=dashed, fontsize=8];
  }
"##;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_escaped() {
        assert_eq!(escape("a \"b\" \\ c\nd\u{7}"), "a \\\"b\\\" \\\\ c d");
    }
}
