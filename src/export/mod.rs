//! Exports: the graph, or a chosen part of it, as Graphviz DOT, SVG, GraphML, GEXF,
//! JSON (Cytoscape.js, D3), RDF (N-Quads, Turtle) and CSV for Neo4j. Output is
//! deterministic (entities and facts in id order) and escaped for its format.

pub mod dot;
pub mod formats;
pub mod svg;

use crate::error::Result;
use crate::model::{EntityKind, Relation};
use crate::store::{FactRef, Store};
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
    /// Only facts between entities of these kinds (all when empty).
    pub kinds: Vec<EntityKind>,
    /// Only facts with at least this many evidences.
    pub min_evidence: usize,
    /// Only facts with an evidence dated (stated time, else publication date) on or
    /// after / before these dates.
    pub since: Option<String>,
    pub until: Option<String>,
}

/// The facts a selection keeps, in deterministic order. Date limits read evidence from
/// the store: O(selected facts) look-ups.
pub fn select<'g>(store: &'g Store, selection: &Selection) -> Result<Vec<FactRef<'g>>> {
    let graph = store.graph();
    let keep = |fact: &FactRef<'_>| {
        (selection.relations.is_empty() || selection.relations.contains(&fact.relation()))
            && (selection.kinds.is_empty()
                || (selection.kinds.contains(&fact.subject().kind)
                    && selection.kinds.contains(&fact.object().kind)))
            && fact.evidence_count() >= selection.min_evidence
    };
    let allowed: Option<BTreeSet<String>> = selection.focus.as_ref().map(|focus| {
        let mut set: BTreeSet<String> = graph
            .neighbourhood(focus, selection.depth.max(1), &keep)
            .into_keys()
            .collect();
        set.insert(focus.clone());
        set
    });
    let mut kept = Vec::new();
    for fact in graph.facts() {
        if !keep(&fact)
            || !allowed.as_ref().is_none_or(|set| {
                set.contains(&fact.subject().id) && set.contains(&fact.object().id)
            })
        {
            continue;
        }
        if selection.since.is_some() || selection.until.is_some() {
            let dated = store.evidence(&fact)?.into_iter().any(|view| {
                view.evidence
                    .time
                    .as_deref()
                    .or(view.source.date.as_deref())
                    .is_some_and(|date| {
                        crate::query::date_in_range(
                            date,
                            selection.since.as_deref(),
                            selection.until.as_deref(),
                        )
                    })
            });
            if !dated {
                continue;
            }
        }
        kept.push(fact);
    }
    Ok(kept)
}
