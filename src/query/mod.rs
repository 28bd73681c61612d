//! Queries over an open store: name resolution with did-you-mean, an organisation's
//! members, everything between two entities, neighbourhoods, shortest paths and entity
//! profiles. Results are plain serialisable rows; presenting them is the caller's job.
//! Every result is in a deterministic order.

pub mod pattern;

use crate::error::{Error, Result};
use crate::ingest::gazetteer::{Gazetteer, fold};
use crate::model::{Entity, EntityRef, Relation};
use crate::sanitize::shorten;
use crate::store::{EvidenceView, FactRef, Store};
use serde::Serialize;
use std::collections::BTreeMap;

/// Finds the entity a user means: id, name or alias, case-insensitively, in the store
/// first, then in the gazetteer. Unknown names get a did-you-mean suggestion.
pub fn resolve(store: &Store, gazetteer: Option<&Gazetteer>, name: &str) -> Result<Entity> {
    let wanted = name.trim();
    let graph = store.graph();
    if let Some(entity) = graph.entity(wanted) {
        return Ok(entity.clone());
    }
    let folded = fold(wanted.trim_start_matches("the ").trim_start_matches("The "));
    let entities = graph.entities();
    let matches_name = |entity: &&&Entity| {
        entity.id.eq_ignore_ascii_case(wanted)
            || fold(&entity.name) == folded
            || fold(entity.name.trim_start_matches("the ")) == folded
            || entity.aliases.iter().any(|alias| fold(alias) == folded)
    };
    if let Some(entity) = entities.iter().find(matches_name) {
        return Ok((*entity).clone());
    }
    if let Some(known) = gazetteer.and_then(|gazetteer| gazetteer.resolve_name(wanted)) {
        if let Some(entity) = graph.entity(&known.id) {
            return Ok(entity.clone());
        }
        return Err(Error::Query(format!(
            "{} ({}) is known, but the store has no facts about it",
            known.name, known.id
        )));
    }
    let mut best: Option<(f64, String)> = None;
    for entity in &entities {
        for candidate in std::iter::once(&entity.id)
            .chain([&entity.name])
            .chain(&entity.aliases)
        {
            let score = strsim::jaro_winkler(&candidate.to_lowercase(), &wanted.to_lowercase());
            if best.as_ref().is_none_or(|(top, _)| score > *top) {
                best = Some((score, format!("{} ({})", entity.name, entity.id)));
            }
        }
    }
    match best {
        Some((score, suggestion)) if score >= 0.8 => Err(Error::Query(format!(
            "no entity '{wanted}'; did you mean {suggestion}?"
        ))),
        _ => Err(Error::Query(format!("no entity '{wanted}' in the store"))),
    }
}

/// One evidence, as shown: the cited sentence and its source, in the same fields as the
/// `extract` interface, plus what the store knows of this report.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceRow {
    #[serde(flatten)]
    pub cited: crate::model::FactEvidence,
    pub confidence: f32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub expected: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
}

impl From<EvidenceView> for EvidenceRow {
    fn from(view: EvidenceView) -> Self {
        EvidenceRow {
            cited: crate::model::FactEvidence {
                source: view.evidence.source,
                doc: view.source.doc,
                title: view.source.title,
                url: view.source.url,
                date: view.source.date,
                sentence: view.evidence.sentence,
                start: view.evidence.start,
                end: view.evidence.end,
                rule: view.evidence.rule,
            },
            confidence: view.evidence.confidence,
            time: view.evidence.time,
            expected: view.evidence.expected,
            location: view.evidence.location,
        }
    }
}

/// A fact with (some of) its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct FactRow {
    pub subject: EntityRef,
    pub relation: Relation,
    pub object: EntityRef,
    pub negated: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub evidence_count: usize,
    pub evidence: Vec<EvidenceRow>,
}

impl FactRow {
    pub fn new(store: &Store, fact: &FactRef<'_>, evidence_limit: usize) -> Result<Self> {
        Ok(FactRow {
            subject: EntityRef::from(fact.subject()),
            relation: fact.relation(),
            object: EntityRef::from(fact.object()),
            negated: fact.negated(),
            role: fact.role().map(str::to_string),
            status: fact.status().map(str::to_string),
            evidence_count: fact.evidence_count(),
            evidence: store
                .evidence_limited(fact, evidence_limit)?
                .into_iter()
                .map(EvidenceRow::from)
                .collect(),
        })
    }

    /// "Russia friendly with China", with "not" for negated facts.
    pub fn describe(&self) -> String {
        describe(&self.subject, self.negated, self.relation, &self.object)
    }
}

/// A fact in words: "Russia friendly with China", "China not criticises Russia".
pub fn describe(
    subject: &EntityRef,
    negated: bool,
    relation: Relation,
    object: &EntityRef,
) -> String {
    format!(
        "{} {}{} {}",
        subject.name,
        if negated { "not " } else { "" },
        relation.label(),
        object.name
    )
}

/// Membership statuses, as `members --status` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Member,
    Observer,
    Partner,
    Candidate,
    Left,
}

impl Status {
    pub fn relation(self) -> Relation {
        match self {
            Status::Member => Relation::MemberOf,
            Status::Observer => Relation::ObserverOf,
            Status::Partner => Relation::PartnerOf,
            Status::Candidate => Relation::CandidateFor,
            Status::Left => Relation::Left,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Status::Member => "member",
            Status::Observer => "observer",
            Status::Partner => "partner",
            Status::Candidate => "candidate",
            Status::Left => "left",
        }
    }

    pub const ALL: [Status; 5] = [
        Status::Member,
        Status::Observer,
        Status::Partner,
        Status::Candidate,
        Status::Left,
    ];
}

/// One row of `members`.
#[derive(Debug, Clone, Serialize)]
pub struct MemberRow {
    pub entity: EntityRef,
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qualifier: Option<String>,
    /// The stated time: since when, or when expected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
    pub expected: bool,
    pub evidence_count: usize,
    pub first_evidence: Option<EvidenceRow>,
}

/// The countries and organisations that belong to `organisation` with one of the
/// statuses. Negated facts are left out. One row per entity and status, ordered by status
/// then name. Reads one evidence per row from disk: O(rows) look-ups.
pub fn members(store: &Store, organisation: &str, statuses: &[Status]) -> Result<Vec<MemberRow>> {
    let relations: Vec<Relation> = statuses.iter().map(|status| status.relation()).collect();
    let mut rows = Vec::new();
    for fact in store.graph().incoming(organisation, &relations) {
        if fact.negated() {
            continue;
        }
        let status = statuses
            .iter()
            .find(|status| status.relation() == fact.relation())
            .map_or("member", |status| status.name());
        let evidence = store.evidence_limited(&fact, 1)?;
        let first = evidence.into_iter().next().map(EvidenceRow::from);
        rows.push(MemberRow {
            entity: EntityRef::from(fact.subject()),
            status,
            qualifier: fact.status().map(str::to_string),
            time: first.as_ref().and_then(|row| row.time.clone()),
            expected: first.as_ref().is_some_and(|row| row.expected),
            evidence_count: fact.evidence_count(),
            first_evidence: first,
        });
    }
    // Several facts (e.g. with and without a status qualifier) for one entity and status
    // are one row.
    rows.sort_by(|a, b| {
        (
            Status::ALL
                .iter()
                .position(|status| status.name() == a.status),
            &a.entity.name,
        )
            .cmp(&(
                Status::ALL
                    .iter()
                    .position(|status| status.name() == b.status),
                &b.entity.name,
            ))
    });
    let mut merged: Vec<MemberRow> = Vec::new();
    for row in rows {
        match merged.last_mut() {
            Some(last) if last.entity.id == row.entity.id && last.status == row.status => {
                last.evidence_count += row.evidence_count;
                if last.qualifier.is_none() {
                    last.qualifier = row.qualifier;
                }
                if last.time.is_none() {
                    last.time = row.time;
                    last.expected = row.expected;
                }
            }
            _ => merged.push(row),
        }
    }
    Ok(merged)
}

/// Every fact between two entities, in both directions, ordered by relation.
pub fn relations_between(
    store: &Store,
    a: &str,
    b: &str,
    evidence_limit: usize,
) -> Result<Vec<FactRow>> {
    let mut rows = Vec::new();
    for fact in store.graph().facts_of(a) {
        if fact.other(a).id == b {
            rows.push(FactRow::new(store, &fact, evidence_limit)?);
        }
    }
    rows.sort_by(|x, y| {
        (x.relation, x.negated, &x.subject.id).cmp(&(y.relation, y.negated, &y.subject.id))
    });
    Ok(rows)
}

/// One neighbour with its distance.
#[derive(Debug, Clone, Serialize)]
pub struct NeighbourRow {
    pub entity: EntityRef,
    pub distance: usize,
    /// Relations linking it to the start (only at distance 1).
    pub relations: Vec<String>,
}

/// Entities within `depth` hops of `id`, through the given relations (all when empty).
/// Breadth-first: O(entities + facts) within the reached part.
pub fn neighbours(
    store: &Store,
    id: &str,
    relations: &[Relation],
    depth: usize,
) -> Vec<NeighbourRow> {
    let graph = store.graph();
    let keep = |fact: &FactRef<'_>| relations.is_empty() || relations.contains(&fact.relation());
    let found = graph.neighbourhood(id, depth.max(1), &keep);
    let mut direct: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for fact in graph.facts_of(id) {
        if !keep(&fact) {
            continue;
        }
        let label = describe_direction(&fact, id);
        direct
            .entry(fact.other(id).id.clone())
            .or_default()
            .push(label);
    }
    let mut rows: Vec<NeighbourRow> = found
        .into_iter()
        .filter_map(|(other, distance)| {
            let entity = graph.entity(&other)?;
            Some(NeighbourRow {
                entity: EntityRef::from(entity),
                distance,
                relations: direct.get(&other).cloned().unwrap_or_default(),
            })
        })
        .collect();
    rows.sort_by(|a, b| (a.distance, &a.entity.name).cmp(&(b.distance, &b.entity.name)));
    rows
}

fn describe_direction(fact: &FactRef<'_>, from: &str) -> String {
    let negation = if fact.negated() { "not " } else { "" };
    if fact.relation().is_symmetric() || fact.subject().id == from {
        format!("{negation}{}", fact.relation())
    } else {
        format!("{negation}{} (inverse)", fact.relation())
    }
}

/// One hop of a path.
#[derive(Debug, Clone, Serialize)]
pub struct Hop {
    pub from: EntityRef,
    pub to: EntityRef,
    pub fact: FactRow,
    /// `forward` when the fact points from `from` to `to`, `backward` otherwise,
    /// `both` for symmetric relations.
    pub direction: &'static str,
}

/// The shortest chain of facts linking `a` to `b`, ignoring direction. Breadth-first
/// search: O(entities + facts). Returns `None` when they are not connected.
pub fn path(store: &Store, a: &str, b: &str, relations: &[Relation]) -> Result<Option<Vec<Hop>>> {
    let graph = store.graph();
    let keep = |fact: &FactRef<'_>| relations.is_empty() || relations.contains(&fact.relation());
    let Some(facts) = graph.shortest_path(a, b, &keep) else {
        return Ok(None);
    };
    let mut hops = Vec::new();
    let mut at = a.to_string();
    for fact in facts {
        let from = graph
            .entity(&at)
            .map(EntityRef::from)
            .ok_or_else(|| Error::Query(format!("no entity {at}")))?;
        let to = EntityRef::from(fact.other(&at));
        let direction = if fact.relation().is_symmetric() {
            "both"
        } else if fact.subject().id == at {
            "forward"
        } else {
            "backward"
        };
        at = to.id.clone();
        hops.push(Hop {
            from,
            to,
            fact: FactRow::new(store, &fact, 1)?,
            direction,
        });
    }
    Ok(Some(hops))
}

/// Everything known about one entity.
#[derive(Debug, Clone, Serialize)]
pub struct Profile {
    pub entity: Entity,
    pub roles: Vec<String>,
    pub facts: BTreeMap<String, Vec<FactRow>>,
}

/// The profile of an entity: roles held and every fact grouped by relation.
pub fn profile(store: &Store, id: &str, evidence_limit: usize) -> Result<Profile> {
    let graph = store.graph();
    let entity = graph
        .entity(id)
        .cloned()
        .ok_or_else(|| Error::Query(format!("no entity {id}")))?;
    let mut facts: BTreeMap<String, Vec<FactRow>> = BTreeMap::new();
    let mut roles = Vec::new();
    for fact in graph.facts_of(id) {
        if fact.relation() == Relation::OfficialOf && fact.subject().id == id && !fact.negated() {
            roles.push(match fact.role() {
                Some(role) => format!("{role} of {}", fact.object().name),
                None => format!("official of {}", fact.object().name),
            });
        }
        facts
            .entry(fact.relation().as_str().to_string())
            .or_default()
            .push(FactRow::new(store, &fact, evidence_limit)?);
    }
    roles.sort();
    roles.dedup();
    Ok(Profile {
        entity,
        roles,
        facts,
    })
}

/// A one-line summary of an evidence sentence for tables.
pub fn short_sentence(row: &EvidenceRow, limit: usize) -> String {
    shorten(&crate::sanitize::for_terminal(&row.cited.sentence), limit)
}

/// The date an evidence speaks of: its stated time, else its source's publication date.
pub fn evidence_date(row: &EvidenceRow) -> Option<&str> {
    row.time.as_deref().or(row.cited.date.as_deref())
}

/// Whether a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) falls in `[since, until]`, comparing
/// only as many characters as both have (so `2023` is within `2023-05-01..2023-12-31`).
pub fn date_in_range(date: &str, since: Option<&str>, until: Option<&str>) -> bool {
    let prefix = |a: &str, b: &str| {
        let length = a.len().min(b.len());
        (a[..length].to_string(), b[..length].to_string())
    };
    since.is_none_or(|since| {
        let (date, since) = prefix(date, since);
        date >= since
    }) && until.is_none_or(|until| {
        let (date, until) = prefix(date, until);
        date <= until
    })
}

/// One moment in the history between two entities.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineRow {
    pub date: Option<String>,
    pub subject: EntityRef,
    pub relation: Relation,
    pub object: EntityRef,
    pub negated: bool,
    pub evidence: EvidenceRow,
}

/// Every report of a fact between `a` and `b`, ordered by the date it speaks of (stated
/// time, else publication date); undated reports come last.
pub fn timeline(store: &Store, a: &str, b: &str) -> Result<Vec<TimelineRow>> {
    let mut rows = Vec::new();
    for fact in relations_between(store, a, b, usize::MAX)? {
        for evidence in &fact.evidence {
            rows.push(TimelineRow {
                date: evidence_date(evidence).map(str::to_string),
                subject: fact.subject.clone(),
                relation: fact.relation,
                object: fact.object.clone(),
                negated: fact.negated,
                evidence: evidence.clone(),
            });
        }
    }
    rows.sort_by(|x, y| {
        (
            x.date.is_none(),
            &x.date,
            x.relation,
            &x.evidence.cited.source,
        )
            .cmp(&(
                y.date.is_none(),
                &y.date,
                y.relation,
                &y.evidence.cited.source,
            ))
    });
    Ok(rows)
}
