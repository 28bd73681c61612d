//! The in-memory knowledge graph: a petgraph `StableDiGraph` whose nodes are entities and
//! whose edges are distinct facts, each holding its evidence (or where on disk to find it).
//!
//! Architecture invariant: petgraph indices never leave this module. StableGraph reuses
//! the slots of removed nodes and edges, so an index kept elsewhere could silently name a
//! different entity later; callers use entity ids and the borrowed `FactRef` handle.

use crate::model::{Entity, Evidence, Relation};
use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, VecDeque};

/// The graph's maps hash ids and keys on every add and look-up; foldhash (randomly seeded
/// per process) is much faster than SipHash for them.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
type HashSet<K> = std::collections::HashSet<K, foldhash::fast::RandomState>;

/// An edge weight: 32 bytes and no heap allocation, because a store of a million
/// evidences holds hundreds of thousands of these and builds them at every open. Strings
/// are indices into the graph's string table; evidence held in memory lives in a side
/// table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct FactData {
    pub relation: Relation,
    pub negated: bool,
    /// 0 for none, else 1 + index into `Graph::strings`.
    role: u32,
    status: u32,
    /// Count of the evidence block in the snapshot's data section.
    disk_count: u32,
    /// Offset of that block, or `NO_BLOCK`.
    disk_block: u64,
    /// Index into `Graph::fresh`, or `NO_FRESH`.
    fresh: u32,
}

const NO_BLOCK: u64 = u64::MAX;
const NO_FRESH: u32 = u32::MAX;

/// A fact as a snapshot describes it (strings as 0 or 1 + index into its string table).
pub(crate) struct SnapshotFact {
    pub subject: usize,
    pub object: usize,
    pub relation: Relation,
    pub negated: bool,
    pub role: u32,
    pub status: u32,
    pub block: u64,
    pub count: u32,
}

/// The identity of a fact: two reports of the same key are one edge with two evidences.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FactKey {
    pub subject: String,
    pub relation: Relation,
    pub object: String,
    pub negated: bool,
    pub role: Option<String>,
    pub status: Option<String>,
}

impl FactKey {
    /// Symmetric relations are stored once, with the smaller id as subject.
    pub fn normalised(mut self) -> Self {
        if self.relation.is_symmetric() && self.object < self.subject {
            std::mem::swap(&mut self.subject, &mut self.object);
        }
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct EdgeKey {
    subject: NodeIndex,
    object: NodeIndex,
    relation: Relation,
    negated: bool,
    role: u32,
    status: u32,
}

/// What adding one evidence did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    NewFact,
    NewEvidence,
    Duplicate,
}

/// The graph of entities and distinct facts.
#[derive(Debug, Default, Clone)]
pub struct Graph {
    graph: StableDiGraph<Entity, FactData>,
    by_id: HashMap<String, NodeIndex>,
    /// Fact identity → edge, built on the first write: readers never need it, and not
    /// building it keeps a fresh process's open fast.
    by_key: Option<HashMap<EdgeKey, EdgeIndex>>,
    /// Role and status strings, referred to by 1 + index.
    strings: Vec<String>,
    /// Evidence held in memory, per fact that has any.
    fresh: Vec<Vec<Evidence>>,
    /// (edge, hash of the report) of every evidence held in memory.
    fresh_reports: HashSet<(u32, u64)>,
}

/// What makes two reports the same: source, place in the source, rule, sentence.
fn report_hash(evidence: &Evidence) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (
        &evidence.source,
        evidence.start,
        evidence.end,
        &evidence.rule,
        &evidence.sentence,
    )
        .hash(&mut hasher);
    hasher.finish()
}

/// A borrowed view of one fact.
#[derive(Clone, Copy)]
pub struct FactRef<'g> {
    graph: &'g Graph,
    edge: EdgeIndex,
}

impl<'g> FactRef<'g> {
    fn data(&self) -> &'g FactData {
        &self.graph.graph[self.edge]
    }
    fn fresh_list(&self) -> &'g [Evidence] {
        let index = self.data().fresh;
        if index == NO_FRESH {
            &[]
        } else {
            self.graph
                .fresh
                .get(index as usize)
                .map_or(&[], Vec::as_slice)
        }
    }
    pub fn subject(&self) -> &'g Entity {
        let (subject, _) = self.endpoints();
        &self.graph.graph[subject]
    }
    pub fn object(&self) -> &'g Entity {
        let (_, object) = self.endpoints();
        &self.graph.graph[object]
    }
    fn endpoints(&self) -> (NodeIndex, NodeIndex) {
        // An edge handed out by this graph always has endpoints while the graph is borrowed.
        self.graph
            .graph
            .edge_endpoints(self.edge)
            .unwrap_or((NodeIndex::end(), NodeIndex::end()))
    }
    pub fn relation(&self) -> Relation {
        self.data().relation
    }
    pub fn negated(&self) -> bool {
        self.data().negated
    }
    pub fn role(&self) -> Option<&'g str> {
        self.graph.string(self.data().role)
    }
    pub fn status(&self) -> Option<&'g str> {
        self.graph.string(self.data().status)
    }
    pub fn evidence_count(&self) -> usize {
        self.data().disk_count as usize + self.fresh_list().len()
    }
    pub(crate) fn disk(&self) -> Option<(u64, u32)> {
        let data = self.data();
        (data.disk_block != NO_BLOCK).then_some((data.disk_block, data.disk_count))
    }
    /// The slot of this fact's in-memory evidence in the side table, if any.
    pub(crate) fn fresh_slot(&self) -> Option<usize> {
        let index = self.data().fresh;
        (index != NO_FRESH).then_some(index as usize)
    }
    pub(crate) fn fresh(&self) -> &'g [Evidence] {
        self.fresh_list()
    }
    pub fn key(&self) -> FactKey {
        FactKey {
            subject: self.subject().id.clone(),
            relation: self.relation(),
            object: self.object().id.clone(),
            negated: self.negated(),
            role: self.role().map(str::to_string),
            status: self.status().map(str::to_string),
        }
    }
    /// The other end of the fact, seen from `id`.
    pub fn other(&self, id: &str) -> &'g Entity {
        if self.subject().id == id {
            self.object()
        } else {
            self.subject()
        }
    }
}

impl Graph {
    pub fn new() -> Self {
        Graph::default()
    }

    pub fn entity_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn fact_count(&self) -> usize {
        self.graph.edge_count()
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.by_id.get(id).map(|&node| &self.graph[node])
    }

    /// All entities, ordered by id.
    pub fn entities(&self) -> Vec<&Entity> {
        let mut all: Vec<&Entity> = self.graph.node_weights().collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        all
    }

    /// Inserts an entity, or merges names into the existing one with the same id.
    pub fn upsert_entity(&mut self, entity: Entity) {
        match self.by_id.get(&entity.id) {
            Some(&node) => {
                let existing = &mut self.graph[node];
                existing.from_gazetteer |= entity.from_gazetteer;
                if existing.wikidata.is_none() {
                    existing.wikidata = entity.wikidata;
                }
                for alias in entity.aliases {
                    if alias != existing.name && !existing.aliases.contains(&alias) {
                        existing.aliases.push(alias);
                    }
                }
            }
            None => {
                let id = entity.id.clone();
                let node = self.graph.add_node(entity);
                self.by_id.insert(id, node);
            }
        }
    }

    /// Adds one evidence of a fact whose two entities exist. Returns `None` when one of
    /// them is unknown.
    pub fn add_evidence(&mut self, key: FactKey, evidence: Evidence) -> Option<AddOutcome> {
        let key = key.normalised();
        let edge = self.edge_for(&key, true)?;
        let mut slot = self.graph[edge.0].fresh;
        if slot == NO_FRESH {
            slot = self.fresh.len() as u32;
            self.fresh.push(Vec::new());
            self.graph[edge.0].fresh = slot;
        }
        // One hash set over all in-memory reports makes the duplicate check O(1), where
        // scanning the list of a popular fact would be quadratic over a bulk load.
        let report = (edge.0.index() as u32, report_hash(&evidence));
        if !self.fresh_reports.insert(report) {
            return Some(AddOutcome::Duplicate);
        }
        let list = &mut self.fresh[slot as usize];
        list.push(evidence);
        Some(if edge.1 {
            AddOutcome::NewFact
        } else {
            AddOutcome::NewEvidence
        })
    }

    /// Takes the in-memory evidence out of the graph (for a rewrite that consumes it);
    /// facts keep their slots, which now hold nothing.
    pub(crate) fn take_fresh(&mut self) -> Vec<Vec<Evidence>> {
        let taken = std::mem::take(&mut self.fresh);
        self.fresh = vec![Vec::new(); taken.len()];
        self.fresh_reports.clear();
        taken
    }

    /// Builds the fact-identity index, for writers about to add many facts.
    pub(crate) fn build_index(&mut self) {
        self.keys();
    }

    /// Builds the fact-identity index if it is not there yet.
    fn keys(&mut self) -> &mut HashMap<EdgeKey, EdgeIndex> {
        if self.by_key.is_none() {
            let mut keys =
                HashMap::with_capacity_and_hasher(self.graph.edge_count(), Default::default());
            for edge in self.graph.edge_indices() {
                if let Some(key) = self.key_of(edge) {
                    keys.insert(key, edge);
                }
            }
            self.by_key = Some(keys);
        }
        self.by_key.get_or_insert_with(HashMap::default)
    }

    /// The identity of a stored edge.
    fn key_of(&self, edge: EdgeIndex) -> Option<EdgeKey> {
        let (subject, object) = self.graph.edge_endpoints(edge)?;
        let data = &self.graph[edge];
        Some(EdgeKey {
            subject,
            object,
            relation: data.relation,
            negated: data.negated,
            role: data.role,
            status: data.status,
        })
    }

    /// The string a code names (0 is none).
    fn string(&self, code: u32) -> Option<&str> {
        match code {
            0 => None,
            code => self.strings.get(code as usize - 1).map(String::as_str),
        }
    }

    /// The code of a string already in the table; `None` when it is not there (then no
    /// fact can carry it).
    fn code_of(&self, text: &Option<String>) -> Option<u32> {
        match text {
            None => Some(0),
            Some(text) => self
                .strings
                .iter()
                .position(|known| known == text)
                .map(|index| index as u32 + 1),
        }
    }

    /// The code of a string, adding it to the table when new. Roles and statuses are a
    /// small vocabulary, so a linear search is enough.
    fn intern(&mut self, text: &Option<String>) -> u32 {
        match self.code_of(text) {
            Some(code) => code,
            None => {
                self.strings.push(text.clone().unwrap_or_default());
                self.strings.len() as u32
            }
        }
    }

    /// Builds a graph from a snapshot's entities, string table and facts, whose ends are
    /// indices into `entities`. A fact naming a missing entity or string is reported by
    /// its position.
    pub(crate) fn from_snapshot(
        entities: Vec<Entity>,
        strings: Vec<String>,
        facts: impl ExactSizeIterator<Item = SnapshotFact>,
    ) -> Result<Graph, usize> {
        let mut graph = Graph {
            graph: StableDiGraph::with_capacity(entities.len(), facts.len()),
            by_id: HashMap::with_capacity_and_hasher(entities.len(), Default::default()),
            by_key: None,
            strings,
            fresh: Vec::new(),
            fresh_reports: HashSet::default(),
        };
        let mut nodes = Vec::with_capacity(entities.len());
        for entity in entities {
            let id = entity.id.clone();
            let node = graph.graph.add_node(entity);
            graph.by_id.insert(id, node);
            nodes.push(node);
        }
        let string_count = graph.strings.len() as u32;
        for (position, fact) in facts.enumerate() {
            let (Some(&subject), Some(&object)) = (nodes.get(fact.subject), nodes.get(fact.object))
            else {
                return Err(position);
            };
            if fact.role > string_count || fact.status > string_count {
                return Err(position);
            }
            graph.graph.add_edge(
                subject,
                object,
                FactData {
                    relation: fact.relation,
                    negated: fact.negated,
                    role: fact.role,
                    status: fact.status,
                    disk_count: fact.count,
                    disk_block: fact.block,
                    fresh: NO_FRESH,
                },
            );
        }
        Ok(graph)
    }

    fn edge_for(&mut self, key: &FactKey, create: bool) -> Option<(EdgeIndex, bool)> {
        let subject = *self.by_id.get(&key.subject)?;
        let object = *self.by_id.get(&key.object)?;
        let (role, status) = if create {
            (self.intern(&key.role), self.intern(&key.status))
        } else {
            (self.code_of(&key.role)?, self.code_of(&key.status)?)
        };
        let edge_key = EdgeKey {
            subject,
            object,
            relation: key.relation,
            negated: key.negated,
            role,
            status,
        };
        let existing = match &self.by_key {
            Some(keys) => keys.get(&edge_key).copied(),
            // Without the index (a reader replaying a short log), scan the few edges
            // between the two entities.
            None => self.scan_for(&edge_key),
        };
        if let Some(edge) = existing {
            return Some((edge, false));
        }
        if !create {
            return None;
        }
        let edge = self.graph.add_edge(
            subject,
            object,
            FactData {
                relation: key.relation,
                negated: key.negated,
                role,
                status,
                disk_count: 0,
                disk_block: NO_BLOCK,
                fresh: NO_FRESH,
            },
        );
        if let Some(keys) = &mut self.by_key {
            keys.insert(edge_key, edge);
        }
        Some((edge, true))
    }

    /// The fact with this key, if stored. Uses the identity index when a writer built
    /// it, else scans the edges between the two entities.
    pub fn fact(&self, key: &FactKey) -> Option<FactRef<'_>> {
        let key = key.clone().normalised();
        let edge_key = EdgeKey {
            subject: *self.by_id.get(&key.subject)?,
            object: *self.by_id.get(&key.object)?,
            relation: key.relation,
            negated: key.negated,
            role: self.code_of(&key.role)?,
            status: self.code_of(&key.status)?,
        };
        let edge = match &self.by_key {
            Some(keys) => keys.get(&edge_key).copied(),
            None => self.scan_for(&edge_key),
        }?;
        Some(FactRef { graph: self, edge })
    }

    /// Finds a fact by looking at the edges between its two entities.
    fn scan_for(&self, key: &EdgeKey) -> Option<EdgeIndex> {
        self.graph
            .edges_connecting(key.subject, key.object)
            .find(|edge| {
                let data = edge.weight();
                data.relation == key.relation
                    && data.negated == key.negated
                    && data.role == key.role
                    && data.status == key.status
            })
            .map(|edge| edge.id())
    }

    /// Every fact, in a deterministic order (subject, relation, object, qualifiers).
    pub fn facts(&self) -> Vec<FactRef<'_>> {
        let mut all: Vec<FactRef<'_>> = self
            .graph
            .edge_indices()
            .map(|edge| FactRef { graph: self, edge })
            .collect();
        sort_facts(&mut all);
        all
    }

    /// Facts touching an entity, in either direction, in deterministic order.
    pub fn facts_of(&self, id: &str) -> Vec<FactRef<'_>> {
        let Some(&node) = self.by_id.get(id) else {
            return Vec::new();
        };
        let mut all: Vec<FactRef<'_>> = self
            .graph
            .edges_directed(node, Direction::Outgoing)
            .chain(self.graph.edges_directed(node, Direction::Incoming))
            .map(|edge| FactRef {
                graph: self,
                edge: edge.id(),
            })
            .collect();
        // A self-loop shows up in both directions.
        let mut seen = HashSet::default();
        all.retain(|fact| seen.insert(fact.edge));
        sort_facts(&mut all);
        all
    }

    /// Facts pointing at `id` (id is the object) with one of the relations.
    pub fn incoming(&self, id: &str, relations: &[Relation]) -> Vec<FactRef<'_>> {
        let Some(&node) = self.by_id.get(id) else {
            return Vec::new();
        };
        let mut all: Vec<FactRef<'_>> = self
            .graph
            .edges_directed(node, Direction::Incoming)
            .filter(|edge| relations.contains(&edge.weight().relation))
            .map(|edge| FactRef {
                graph: self,
                edge: edge.id(),
            })
            .collect();
        sort_facts(&mut all);
        all
    }

    /// Shortest chain of facts from `from` to `to`, ignoring edge direction, using only
    /// facts accepted by `keep`. Breadth-first: O(entities + facts).
    pub fn shortest_path(
        &self,
        from: &str,
        to: &str,
        keep: &dyn Fn(&FactRef<'_>) -> bool,
    ) -> Option<Vec<FactRef<'_>>> {
        let start = *self.by_id.get(from)?;
        let goal = *self.by_id.get(to)?;
        if start == goal {
            return Some(Vec::new());
        }
        let mut came_from: HashMap<NodeIndex, (NodeIndex, EdgeIndex)> = HashMap::default();
        let mut queue = VecDeque::from([start]);
        let mut visited: HashSet<NodeIndex> = [start].into_iter().collect();
        while let Some(node) = queue.pop_front() {
            // Visit neighbours in id order so that equal-length paths are chosen
            // deterministically.
            let mut steps: Vec<(NodeIndex, EdgeIndex)> = self
                .graph
                .edges_directed(node, Direction::Outgoing)
                .map(|edge| (edge.target(), edge.id()))
                .chain(
                    self.graph
                        .edges_directed(node, Direction::Incoming)
                        .map(|edge| (edge.source(), edge.id())),
                )
                .filter(|(_, edge)| {
                    keep(&FactRef {
                        graph: self,
                        edge: *edge,
                    })
                })
                .collect();
            steps.sort_by(|a, b| {
                self.graph[a.0]
                    .id
                    .cmp(&self.graph[b.0].id)
                    .then_with(|| self.graph[a.1].relation.cmp(&self.graph[b.1].relation))
            });
            for (next, edge) in steps {
                if visited.insert(next) {
                    came_from.insert(next, (node, edge));
                    if next == goal {
                        let mut hops = Vec::new();
                        let mut at = goal;
                        while let Some(&(previous, edge)) = came_from.get(&at) {
                            hops.push(FactRef { graph: self, edge });
                            at = previous;
                        }
                        hops.reverse();
                        return Some(hops);
                    }
                    queue.push_back(next);
                }
            }
        }
        None
    }

    /// Entities within `depth` hops of `id` (either direction) through facts accepted by
    /// `keep`, with their distance; the start itself is excluded.
    pub fn neighbourhood(
        &self,
        id: &str,
        depth: usize,
        keep: &dyn Fn(&FactRef<'_>) -> bool,
    ) -> BTreeMap<String, usize> {
        let mut found = BTreeMap::new();
        let Some(&start) = self.by_id.get(id) else {
            return found;
        };
        let mut distance: HashMap<NodeIndex, usize> = [(start, 0usize)].into_iter().collect();
        let mut queue = VecDeque::from([start]);
        while let Some(node) = queue.pop_front() {
            let here = distance[&node];
            if here >= depth {
                continue;
            }
            let neighbours: Vec<NodeIndex> = self
                .graph
                .edges_directed(node, Direction::Outgoing)
                .filter(|edge| {
                    keep(&FactRef {
                        graph: self,
                        edge: edge.id(),
                    })
                })
                .map(|edge| edge.target())
                .chain(
                    self.graph
                        .edges_directed(node, Direction::Incoming)
                        .filter(|edge| {
                            keep(&FactRef {
                                graph: self,
                                edge: edge.id(),
                            })
                        })
                        .map(|edge| edge.source()),
                )
                .collect();
            for next in neighbours {
                if let std::collections::hash_map::Entry::Vacant(slot) = distance.entry(next) {
                    slot.insert(here + 1);
                    found.insert(self.graph[next].id.clone(), here + 1);
                    queue.push_back(next);
                }
            }
        }
        found
    }

    /// Replaces a fact's evidence with `evidence` (all of it in memory). An empty list
    /// removes the fact.
    pub(crate) fn set_evidence(&mut self, key: &FactKey, evidence: Vec<Evidence>) {
        let Some(fact) = self.fact(key) else { return };
        let edge = fact.edge;
        let Some(edge_key) = self.key_of(edge) else {
            return;
        };
        let data = self.graph[edge];
        if data.fresh != NO_FRESH
            && let Some(list) = self.fresh.get_mut(data.fresh as usize)
        {
            // The slot stays allocated but empty; a rewrite rebuilds the table. The edge
            // index may be reused, so its reports leave the duplicate set too.
            for report in list.drain(..) {
                self.fresh_reports
                    .remove(&(edge.index() as u32, report_hash(&report)));
            }
        }
        if evidence.is_empty() {
            self.graph.remove_edge(edge);
            self.keys().remove(&edge_key);
        } else {
            let slot = self.fresh.len() as u32;
            for report in &evidence {
                self.fresh_reports
                    .insert((edge.index() as u32, report_hash(report)));
            }
            self.fresh.push(evidence);
            let weight = &mut self.graph[edge];
            weight.disk_block = NO_BLOCK;
            weight.disk_count = 0;
            weight.fresh = slot;
        }
    }

    /// Removes entities that no fact touches, except those from a gazetteer. Returns how
    /// many were removed.
    pub(crate) fn remove_orphans(&mut self) -> usize {
        let orphans: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&node| {
                !self.graph[node].from_gazetteer
                    && self
                        .graph
                        .edges_directed(node, Direction::Outgoing)
                        .next()
                        .is_none()
                    && self
                        .graph
                        .edges_directed(node, Direction::Incoming)
                        .next()
                        .is_none()
            })
            .collect();
        for node in &orphans {
            if let Some(entity) = self.graph.remove_node(*node) {
                self.by_id.remove(&entity.id);
            }
        }
        orphans.len()
    }
}

fn sort_facts(facts: &mut [FactRef<'_>]) {
    facts.sort_by(|a, b| {
        (
            &a.subject().id,
            a.relation(),
            &a.object().id,
            a.negated(),
            a.role(),
            a.status(),
        )
            .cmp(&(
                &b.subject().id,
                b.relation(),
                &b.object().id,
                b.negated(),
                b.role(),
                b.status(),
            ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    fn evidence(source: &str) -> Evidence {
        Evidence {
            source: source.into(),
            sentence: "s".into(),
            start: 0,
            end: 1,
            rule: "r".into(),
            confidence: 1.0,
            time: None,
            expected: false,
            location: None,
        }
    }

    fn key(subject: &str, relation: Relation, object: &str) -> FactKey {
        FactKey {
            subject: subject.into(),
            relation,
            object: object.into(),
            negated: false,
            role: None,
            status: None,
        }
    }

    #[test]
    fn symmetric_facts_are_one_edge_and_duplicates_add_nothing() {
        let mut graph = Graph::new();
        graph.upsert_entity(Entity::new("RUS", EntityKind::Country, "Russia"));
        graph.upsert_entity(Entity::new("CHN", EntityKind::Country, "China"));
        let friendly = Relation::FriendlyWith;
        assert_eq!(
            graph.add_evidence(key("RUS", friendly, "CHN"), evidence("a")),
            Some(AddOutcome::NewFact)
        );
        assert_eq!(
            graph.add_evidence(key("CHN", friendly, "RUS"), evidence("b")),
            Some(AddOutcome::NewEvidence)
        );
        assert_eq!(
            graph.add_evidence(key("CHN", friendly, "RUS"), evidence("b")),
            Some(AddOutcome::Duplicate)
        );
        assert_eq!(graph.fact_count(), 1);
        assert_eq!(graph.facts()[0].evidence_count(), 2);
        assert_eq!(
            graph.add_evidence(key("RUS", friendly, "XXX"), evidence("a")),
            None
        );
    }

    #[test]
    fn removing_last_evidence_removes_fact_and_orphan_entity() {
        let mut graph = Graph::new();
        let mut russia = Entity::new("RUS", EntityKind::Country, "Russia");
        russia.from_gazetteer = true;
        graph.upsert_entity(russia);
        graph.upsert_entity(Entity::new(
            "sergey-lavrov",
            EntityKind::Person,
            "Sergey Lavrov",
        ));
        let official = key("sergey-lavrov", Relation::OfficialOf, "RUS");
        graph.add_evidence(official.clone(), evidence("a"));
        graph.set_evidence(&official, Vec::new());
        assert_eq!(graph.fact_count(), 0);
        assert_eq!(graph.remove_orphans(), 1);
        assert!(graph.entity("RUS").is_some());
        assert!(graph.entity("sergey-lavrov").is_none());
        // The key map forgot the edge: re-adding creates a fresh fact.
        graph.upsert_entity(Entity::new(
            "sergey-lavrov",
            EntityKind::Person,
            "Sergey Lavrov",
        ));
        assert_eq!(
            graph.add_evidence(official, evidence("b")),
            Some(AddOutcome::NewFact)
        );
    }
}
