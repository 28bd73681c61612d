//! Exports: the graph, or a chosen part of it, as Graphviz DOT, SVG, GraphML, GEXF,
//! JSON (Cytoscape.js, D3), RDF (N-Quads, Turtle) and CSV for Neo4j. Output is
//! deterministic (entities and facts in id order) and escaped for its format.

pub mod dot;
pub mod formats;
pub mod svg;

use crate::model::Relation;
use crate::store::{FactRef, Graph};
use std::collections::BTreeSet;

/// Which part of the graph to export.
#[derive(Debug, Clone, Default)]
pub struct Selection {
    /// Only the neighbourhood of this entity id…
    pub focus: Option<String>,
    /// …up to this many hops.
    pub depth: usize,
    /// Only these relations (all when empty).
    pub relations: Vec<Relation>,
}

/// The facts a selection keeps, in deterministic order.
pub fn select<'g>(graph: &'g Graph, selection: &Selection) -> Vec<FactRef<'g>> {
    let keep_relation = |fact: &FactRef<'_>| {
        selection.relations.is_empty() || selection.relations.contains(&fact.relation())
    };
    let allowed: Option<BTreeSet<String>> = selection.focus.as_ref().map(|focus| {
        let mut set: BTreeSet<String> = graph
            .neighbourhood(focus, selection.depth.max(1), &keep_relation)
            .into_keys()
            .collect();
        set.insert(focus.clone());
        set
    });
    graph
        .facts()
        .into_iter()
        .filter(|fact| keep_relation(fact))
        .filter(|fact| {
            allowed.as_ref().is_none_or(|set| {
                set.contains(&fact.subject().id) && set.contains(&fact.object().id)
            })
        })
        .collect()
}
