//! The persistent knowledge graph. `Store` opens a snapshot and replays its log into a
//! `graph::Graph`, answers evidence look-ups lazily from the snapshot's data section,
//! appends each acknowledged change to the log, and folds the log into a new snapshot
//! (compaction) when it grows or when a change cannot be expressed as an append
//! (retraction).
//!
//! Recovery rules: the snapshot is only ever replaced whole, by rename; the log names the
//! snapshot generation it extends, so a log left behind by a crash during compaction is
//! recognised as already folded in; a torn last log record was never acknowledged and is
//! dropped; damage anywhere else is refused with a message and the files are left as
//! they are.

pub mod codec;
pub mod file;
pub mod graph;

use crate::error::{Error, Result};
use crate::model::{Entity, EntityKind, Evidence, Relation, Source};
use codec::{
    EntityV1, EvidenceBlockV1, EvidenceV1, FactV1, GraphV1, LogFactV1, LogRecordV1, SentenceV1,
    SourceMetaV1, SourceRefV1,
};
pub use graph::{AddOutcome, FactKey, FactRef, Graph};
use std::collections::BTreeMap;

type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// When the log passes this many bytes, a writer folds it into a new snapshot.
/// Small enough that replaying the log at open stays cheap.
pub const DEFAULT_COMPACT_THRESHOLD: u64 = 1 << 20;

/// How a store is opened.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    pub lock_timeout: Duration,
    pub compact_threshold: u64,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            lock_timeout: Duration::from_secs(10),
            compact_threshold: DEFAULT_COMPACT_THRESHOLD,
        }
    }
}

/// Everything one source contributes: the unit of acknowledgement.
#[derive(Debug, Clone)]
pub struct Batch {
    pub source: Source,
    pub entities: Vec<Entity>,
    pub facts: Vec<(FactKey, Evidence)>,
}

/// What adding a batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    pub new_facts: usize,
    pub new_evidence: usize,
    pub known: usize,
    /// The source was already in the store; nothing was added.
    pub source_known: bool,
}

impl BatchOutcome {
    /// The outcome of a batch whose source is already stored: nothing added.
    fn source_known(batch: &Batch) -> Self {
        BatchOutcome {
            source_known: true,
            known: batch.facts.len(),
            ..BatchOutcome::default()
        }
    }
}

/// One evidence with its source, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceView {
    pub evidence: Evidence,
    pub source: Source,
}

/// An open store: graph in memory, evidence on disk, lock held until dropped.
pub struct Store {
    path: PathBuf,
    writable: bool,
    options: OpenOptions,
    graph: Graph,
    /// Sources added since the snapshot (from the log), with their metadata.
    fresh_sources: HashMap<u64, Source>,
    /// Sources of the snapshot: (id, offset of the metadata record), sorted by id; the
    /// snapshot's evidence records name sources by position in this list. Kept as a sorted
    /// list, not a map, so that opening costs no hashing.
    snapshot_sources: Vec<(u64, u64)>,
    /// Snapshot sources removed by a retraction not yet folded into a new snapshot.
    retracted: std::collections::HashSet<u64>,
    snapshot: Option<file::DataReader>,
    generation: u64,
    log_len: u64,
    log_needs_reset: bool,
    log_torn: Option<u64>,
    _lock: file::Lock,
}

/// A 64-bit hash of a sentence's text, for storing each sentence once.
fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// The 64-bit key of a source id. Ids are 16 hex digits; anything else is hashed.
pub fn source_key(id: &str) -> u64 {
    if id.len() == 16
        && let Ok(key) = u64::from_str_radix(id, 16)
    {
        return key;
    }
    u64::from_str_radix(&crate::ingest::content_id(id.as_bytes()), 16).unwrap_or(0)
}

fn source_id(key: u64) -> String {
    format!("{key:016x}")
}

fn kind_code(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Country => 0,
        EntityKind::Organisation => 1,
        EntityKind::Person => 2,
        EntityKind::Place => 3,
        EntityKind::Group => 4,
    }
}

fn kind_from_code(code: u8) -> Option<EntityKind> {
    EntityKind::ALL.get(code as usize).copied()
}

fn relation_code(relation: Relation) -> u8 {
    Relation::ALL
        .iter()
        .position(|known| *known == relation)
        .unwrap_or(0) as u8
}

fn relation_from_code(code: u8) -> Option<Relation> {
    Relation::ALL.get(code as usize).copied()
}

fn entity_to_v1(entity: &Entity) -> EntityV1 {
    EntityV1 {
        id: entity.id.clone(),
        kind: kind_code(entity.kind),
        name: entity.name.clone(),
        aliases: entity.aliases.clone(),
        wikidata: entity.wikidata.clone(),
        from_gazetteer: entity.from_gazetteer,
    }
}

fn entity_from_v1(entity: EntityV1) -> Option<Entity> {
    Some(Entity {
        id: entity.id,
        kind: kind_from_code(entity.kind)?,
        name: entity.name,
        aliases: entity.aliases,
        wikidata: entity.wikidata,
        from_gazetteer: entity.from_gazetteer,
    })
}

fn meta_to_v1(source: &Source) -> SourceMetaV1 {
    SourceMetaV1 {
        id: source.id.clone(),
        doc: source.doc.clone(),
        title: source.title.clone(),
        url: source.url.clone(),
        date: source.date.clone(),
    }
}

fn meta_from_v1(meta: SourceMetaV1) -> Source {
    Source {
        id: meta.id,
        doc: meta.doc,
        title: meta.title,
        url: meta.url,
        date: meta.date,
    }
}

impl Store {
    /// Opens an existing store for reading (shared lock). A missing store is an error.
    pub fn open_read(path: &Path, options: OpenOptions) -> Result<Store> {
        if !path.exists() && !file::log_path(path).exists() {
            return Err(Error::StoreNotFound(path.to_path_buf()));
        }
        Store::open(path, options, false)
    }

    /// Opens a store for writing (exclusive lock), creating it if needed.
    pub fn open_write(path: &Path, options: OpenOptions) -> Result<Store> {
        Store::open(path, options, true)
    }

    fn open(path: &Path, options: OpenOptions, writable: bool) -> Result<Store> {
        let lock = file::lock(path, writable, options.lock_timeout)?;
        let mut store = Store {
            path: path.to_path_buf(),
            writable,
            options,
            graph: Graph::new(),
            fresh_sources: HashMap::default(),
            snapshot_sources: Vec::new(),
            retracted: Default::default(),
            snapshot: None,
            generation: 0,
            log_len: 0,
            log_needs_reset: true,
            log_torn: None,
            _lock: lock,
        };
        if let Some(snapshot) = file::open_snapshot(path)? {
            store.generation = snapshot.header.generation;
            store.load_graph(&snapshot)?;
            store.snapshot = Some(snapshot.reader);
        }
        match file::replay_log::<LogRecordV1>(path, store.generation)? {
            None => {}
            Some(replay) => {
                store.log_needs_reset = replay.stale;
                store.log_len = replay.valid_len;
                if replay.torn_bytes > 0 {
                    store.log_torn = Some(replay.valid_len);
                }
                for record in replay.records {
                    store.apply(record);
                }
            }
        }
        Ok(store)
    }

    fn load_graph(&mut self, snapshot: &file::Snapshot) -> Result<()> {
        let snapshot: GraphV1<'_> =
            codec::decode_borrowed(snapshot.graph_payload()).map_err(|detail| Error::Corrupt {
                path: snapshot.path().to_path_buf(),
                detail,
            })?;
        let corrupt = |detail: String| Error::Corrupt {
            path: self.path.clone(),
            detail,
        };
        let entities = snapshot
            .entities
            .into_iter()
            .map(entity_from_v1)
            .collect::<Option<Vec<Entity>>>()
            .ok_or_else(|| corrupt("unknown entity kind".into()))?;
        // Facts go straight from the packed columns into edge weights; their role and
        // status codes index the snapshot's string table, which the graph adopts.
        let columns = &snapshot.facts;
        let mut bad = None;
        let facts = (0..columns.len()).map(|index| {
            let fact = columns.raw(index);
            let relation = fact
                .as_ref()
                .and_then(|fact| relation_from_code(fact.relation));
            match (fact, relation) {
                (Some(fact), Some(relation)) => graph::SnapshotFact {
                    subject: fact.subject as usize,
                    object: fact.object as usize,
                    relation,
                    negated: fact.negated,
                    role: fact.role,
                    status: fact.status,
                    block: fact.evidence_block,
                    count: fact.evidence_count,
                },
                _ => {
                    bad.get_or_insert(index);
                    graph::SnapshotFact {
                        subject: usize::MAX,
                        object: usize::MAX,
                        relation: Relation::MemberOf,
                        negated: false,
                        role: 0,
                        status: 0,
                        block: 0,
                        count: 0,
                    }
                }
            }
        });
        let loaded = Graph::from_snapshot(entities, snapshot.facts.strings.clone(), facts);
        if let Some(index) = bad {
            return Err(corrupt(format!(
                "fact {index} is damaged (bad column or relation code)"
            )));
        }
        self.graph = loaded.map_err(|position| {
            corrupt(format!(
                "fact {position} names an entity that does not exist"
            ))
        })?;
        self.snapshot_sources = Vec::with_capacity(snapshot.sources.len());
        for index in 0..snapshot.sources.len() {
            let source = snapshot
                .sources
                .row(index)
                .ok_or_else(|| corrupt("the source columns are inconsistent".into()))?;
            self.snapshot_sources.push((source.id, source.meta));
        }
        if !self.snapshot_sources.is_sorted_by_key(|&(id, _)| id) {
            return Err(corrupt("the source list is not in order".into()));
        }
        Ok(())
    }

    /// Applies one log record to memory.
    fn apply(&mut self, record: LogRecordV1) -> BatchOutcome {
        let LogRecordV1::Add {
            source,
            entities,
            facts,
        } = record;
        let source = meta_from_v1(source);
        let facts = facts
            .into_iter()
            .filter_map(|fact| {
                let relation = relation_from_code(fact.relation)?;
                let key = FactKey {
                    subject: fact.subject,
                    relation,
                    object: fact.object,
                    negated: fact.negated,
                    role: fact.role,
                    status: fact.status,
                };
                let evidence = Evidence {
                    source: source.id.clone(),
                    sentence: fact.sentence,
                    start: fact.start,
                    end: fact.end,
                    rule: fact.rule,
                    confidence: fact.confidence,
                    time: fact.time,
                    expected: fact.expected,
                    location: fact.location,
                };
                Some((key, evidence))
            })
            .collect();
        self.apply_batch(Batch {
            source,
            entities: entities.into_iter().filter_map(entity_from_v1).collect(),
            facts,
        })
    }

    /// Applies one source's facts to memory.
    fn apply_batch(&mut self, batch: Batch) -> BatchOutcome {
        let mut outcome = BatchOutcome::default();
        for entity in batch.entities {
            self.graph.upsert_entity(entity);
        }
        if !self.has_source(&batch.source.id) {
            self.fresh_sources
                .insert(source_key(&batch.source.id), batch.source);
        }
        for (key, evidence) in batch.facts {
            match self.graph.add_evidence(key, evidence) {
                Some(AddOutcome::NewFact) => outcome.new_facts += 1,
                Some(AddOutcome::NewEvidence) => outcome.new_evidence += 1,
                Some(AddOutcome::Duplicate) | None => outcome.known += 1,
            }
        }
        outcome
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// True when a source with this id has contributed to the store.
    pub fn has_source(&self, id: &str) -> bool {
        let key = source_key(id);
        self.fresh_sources.contains_key(&key)
            || (self.snapshot_source(key).is_some() && !self.retracted.contains(&key))
    }

    /// The metadata offset of a snapshot source.
    fn snapshot_source(&self, key: u64) -> Option<u64> {
        self.snapshot_sources
            .binary_search_by_key(&key, |&(id, _)| id)
            .ok()
            .map(|at| self.snapshot_sources[at].1)
    }

    /// Every source id, in order.
    fn source_keys(&self) -> Vec<u64> {
        let mut keys: Vec<u64> = self
            .snapshot_sources
            .iter()
            .map(|&(id, _)| id)
            .filter(|id| !self.retracted.contains(id))
            .chain(self.fresh_sources.keys().copied())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    pub fn source_count(&self) -> usize {
        self.source_keys().len()
    }

    /// Adds the facts of one source and makes them durable before returning. A source
    /// already in the store adds nothing unless `merge` is set (manual sources collect
    /// facts over time).
    pub fn add(&mut self, batch: Batch, merge: bool) -> Result<BatchOutcome> {
        self.add_many(vec![batch], merge)
            .map(|mut outcomes| outcomes.pop().unwrap_or_default())
    }

    /// Adds several batches with one fsync.
    pub fn add_many(&mut self, batches: Vec<Batch>, merge: bool) -> Result<Vec<BatchOutcome>> {
        self.require_writable()?;
        if batches.iter().map(|batch| batch.facts.len()).sum::<usize>() > 2_000 {
            self.graph.build_index();
        }
        // Records are encoded for the log before they are applied, so that applying can
        // consume them instead of a copy.
        let mut framed = Vec::new();
        let mut outcomes = Vec::new();
        for batch in batches {
            let known_source = self.has_source(&batch.source.id);
            if !merge && known_source {
                outcomes.push(BatchOutcome::source_known(&batch));
                continue;
            }
            let (record, skipped) = self.record_of(&batch, known_source);
            framed.extend(codec::encode_framed(&record).map_err(Error::Codec)?);
            let mut outcome = self.apply(record);
            outcome.known += skipped;
            outcomes.push(outcome);
        }
        if framed.is_empty() {
            return Ok(outcomes);
        }
        self.prepare_log()?;
        self.log_len += file::append_log(&self.path, &framed)?;
        if self.log_len > self.options.compact_threshold {
            self.compact()?;
        }
        Ok(outcomes)
    }

    /// The log record of a batch; also returns how many reports were left out because the
    /// snapshot already holds them. Only a source the store already has (a manual source
    /// adding to itself) can have reports on disk, so only then is the disk consulted.
    fn record_of(&self, batch: &Batch, known_source: bool) -> (LogRecordV1, usize) {
        let facts = batch
            .facts
            .iter()
            .filter(|(key, evidence)| !(known_source && self.disk_has_evidence(key, evidence)))
            .map(|(key, evidence)| LogFactV1 {
                subject: key.subject.clone(),
                object: key.object.clone(),
                relation: relation_code(key.relation),
                negated: key.negated,
                role: key.role.clone(),
                status: key.status.clone(),
                sentence: evidence.sentence.clone(),
                start: evidence.start,
                end: evidence.end,
                rule: evidence.rule.clone(),
                confidence: evidence.confidence,
                time: evidence.time.clone(),
                expected: evidence.expected,
                location: evidence.location.clone(),
            })
            .collect::<Vec<_>>();
        let skipped = batch.facts.len() - facts.len();
        let record = LogRecordV1::Add {
            source: meta_to_v1(&batch.source),
            entities: batch.entities.iter().map(entity_to_v1).collect(),
            facts,
        };
        (record, skipped)
    }

    /// Bulk load: adds many sources in memory and writes one new snapshot, instead of a
    /// log record per source. Sources already in the store are skipped. Durable when it
    /// returns; a crash before then leaves the store as it was.
    pub fn import(
        &mut self,
        batches: impl IntoIterator<Item = Batch>,
    ) -> Result<Vec<BatchOutcome>> {
        self.require_writable()?;
        self.graph.build_index();
        // A source's facts may come in several runs of lines; all runs of a source new to
        // the store are taken.
        let mut taken = std::collections::HashSet::new();
        let mut outcomes = Vec::new();
        for batch in batches {
            let key = source_key(&batch.source.id);
            if !taken.contains(&key) && self.has_source(&batch.source.id) {
                outcomes.push(BatchOutcome::source_known(&batch));
                continue;
            }
            taken.insert(key);
            outcomes.push(self.apply_batch(batch));
        }
        self.compact()?;
        Ok(outcomes)
    }

    /// Whether a fact's on-disk evidence already holds this report (manual re-adds).
    fn disk_has_evidence(&self, key: &FactKey, evidence: &Evidence) -> bool {
        let Some(fact) = self.graph.fact(key) else {
            return false;
        };
        if fact.disk().is_none() {
            return false;
        }
        self.evidence(&fact).is_ok_and(|known| {
            known.iter().any(|view| {
                view.evidence.source == evidence.source
                    && view.evidence.sentence == evidence.sentence
                    && view.evidence.rule == evidence.rule
                    && view.evidence.start == evidence.start
            })
        })
    }

    fn require_writable(&self) -> Result<()> {
        if self.writable {
            Ok(())
        } else {
            Err(Error::Query("the store was opened read-only".into()))
        }
    }

    /// Makes sure the log exists, extends this snapshot and has no torn tail.
    fn prepare_log(&mut self) -> Result<()> {
        if self.log_needs_reset {
            file::reset_log(&self.path, self.generation)?;
            self.log_len = file::LOG_HEADER_LEN;
            self.log_needs_reset = false;
            self.log_torn = None;
        } else if let Some(valid) = self.log_torn.take() {
            file::truncate_log(&self.path, valid)?;
        }
        Ok(())
    }

    /// The evidence of a fact, read from the snapshot where needed, oldest first.
    pub fn evidence(&self, fact: &FactRef<'_>) -> Result<Vec<EvidenceView>> {
        self.evidence_limited(fact, usize::MAX)
    }

    /// At most `limit` evidences of a fact, each with its source.
    pub fn evidence_limited(&self, fact: &FactRef<'_>, limit: usize) -> Result<Vec<EvidenceView>> {
        self.raw_evidence(fact, limit)?
            .into_iter()
            .map(|evidence| {
                Ok(EvidenceView {
                    source: self.source_by_key(source_key(&evidence.source))?,
                    evidence,
                })
            })
            .collect()
    }

    /// At most `limit` evidences of a fact, read from the snapshot where needed.
    fn raw_evidence(&self, fact: &FactRef<'_>, limit: usize) -> Result<Vec<Evidence>> {
        let mut out = self.disk_evidence(fact, limit)?;
        let room = limit.saturating_sub(out.len());
        out.extend(fact.fresh().iter().take(room).cloned());
        Ok(out)
    }

    /// At most `limit` evidences of a fact from the snapshot.
    fn disk_evidence(&self, fact: &FactRef<'_>, limit: usize) -> Result<Vec<Evidence>> {
        let mut out = Vec::new();
        if let (Some((block, _)), Some(reader)) = (fact.disk(), &self.snapshot) {
            let block: EvidenceBlockV1 = reader.read(block)?;
            for evidence in block.evidence.into_iter().take(limit) {
                let sentence: SentenceV1 = reader.read(evidence.sentence)?;
                let (source, _) = *self
                    .snapshot_sources
                    .get(evidence.source as usize)
                    .ok_or_else(|| Error::Corrupt {
                        path: self.path.clone(),
                        detail: "evidence names a source that does not exist".into(),
                    })?;
                out.push(Evidence {
                    source: source_id(source),
                    sentence: sentence.text,
                    start: sentence.start,
                    end: sentence.end,
                    rule: evidence.rule,
                    confidence: evidence.confidence,
                    time: evidence.time,
                    expected: evidence.expected,
                    location: evidence.location,
                });
            }
        }
        Ok(out)
    }

    fn source_by_key(&self, key: u64) -> Result<Source> {
        if let Some(meta) = self.fresh_sources.get(&key) {
            return Ok(meta.clone());
        }
        let offset = self
            .snapshot_source(key)
            .ok_or_else(|| Error::Query(format!("no source {}", source_id(key))))?;
        match (Some(offset), &self.snapshot) {
            (Some(offset), Some(reader)) => Ok(meta_from_v1(reader.read(offset)?)),
            _ => Err(Error::Corrupt {
                path: self.path.clone(),
                detail: format!("source {} has no metadata", source_id(key)),
            }),
        }
    }

    /// Every source, ordered by document name then id.
    pub fn sources(&self) -> Result<Vec<Source>> {
        let mut all = self
            .source_keys()
            .into_iter()
            .map(|key| self.source_by_key(key))
            .collect::<Result<Vec<_>>>()?;
        all.sort_by(|a, b| a.doc.cmp(&b.doc).then_with(|| a.id.cmp(&b.id)));
        Ok(all)
    }

    /// Finds a source by id, id prefix (at least 6 digits) or document name.
    pub fn find_source(&self, wanted: &str) -> Result<Vec<Source>> {
        let all = self.sources()?;
        let exact: Vec<Source> = all
            .iter()
            .filter(|source| source.id == wanted || source.doc == wanted)
            .cloned()
            .collect();
        if !exact.is_empty() {
            return Ok(exact);
        }
        if wanted.len() >= 6 {
            return Ok(all
                .into_iter()
                .filter(|source| source.id.starts_with(wanted))
                .collect());
        }
        Ok(Vec::new())
    }

    /// Removes everything these sources contributed: their evidence, facts left without
    /// evidence, and entities left without facts (unless a gazetteer defines them). The
    /// store is rewritten, so the change is durable when this returns. Returns the
    /// number of evidences and facts removed.
    pub fn retract(&mut self, source_ids: &[String]) -> Result<(usize, usize)> {
        self.require_writable()?;
        self.graph.build_index();
        let doomed: Vec<u64> = source_ids.iter().map(|id| source_key(id)).collect();
        let mut removed_evidence = 0;
        let mut removed_facts = 0;
        let keys: Vec<FactKey> = self.graph.facts().iter().map(|fact| fact.key()).collect();
        for key in keys {
            let Some(fact) = self.graph.fact(&key) else {
                continue;
            };
            let evidence: Vec<Evidence> = self.raw_evidence(&fact, usize::MAX)?;
            let before = evidence.len();
            let kept: Vec<Evidence> = evidence
                .into_iter()
                .filter(|evidence| !doomed.contains(&source_key(&evidence.source)))
                .collect();
            if kept.len() != before {
                removed_evidence += before - kept.len();
                if kept.is_empty() {
                    removed_facts += 1;
                }
                self.graph.set_evidence(&key, kept);
            }
        }
        self.graph.remove_orphans();
        for key in &doomed {
            self.fresh_sources.remove(key);
            self.retracted.insert(*key);
        }
        self.compact()?;
        Ok((removed_evidence, removed_facts))
    }

    /// Folds the log into a new snapshot: evidence of each fact stored together, each
    /// sentence once. Atomic: a crash leaves either the old snapshot and log, or the new
    /// snapshot (and a log it recognises as folded in).
    pub fn compact(&mut self) -> Result<u64> {
        self.require_writable()?;
        // The rewrite consumes the in-memory evidence instead of copying it: it is in the
        // log (or, for an import, not yet acknowledged), and the graph is reloaded after.
        let mut fresh = self.graph.take_fresh();
        let mut writer = file::SnapshotWriter::create(&self.path)?;
        let source_keys = self.source_keys();
        let mut source_index: HashMap<u64, u32> =
            HashMap::with_capacity_and_hasher(source_keys.len(), Default::default());
        let mut source_refs = Vec::with_capacity(source_keys.len());
        for (index, &key) in source_keys.iter().enumerate() {
            let meta = meta_to_v1(&self.source_by_key(key)?);
            let offset = writer.append(&meta)?;
            source_index.insert(key, index as u32);
            source_refs.push(SourceRefV1 {
                id: key,
                meta: offset,
            });
        }
        let entities = self.graph.entities();
        let entity_index: HashMap<&str, u32> = entities
            .iter()
            .enumerate()
            .map(|(index, entity)| (entity.id.as_str(), index as u32))
            .collect();
        let mut sentences: HashMap<(u32, u32, u32, u64), u64> = HashMap::default();
        let mut facts_v1 = Vec::with_capacity(self.graph.fact_count());
        for fact in self.graph.facts() {
            let mut block = EvidenceBlockV1 {
                evidence: Vec::new(),
            };
            let mut all = self.disk_evidence(&fact, usize::MAX)?;
            if let Some(slot) = fact.fresh_slot()
                && let Some(list) = fresh.get_mut(slot)
            {
                all.append(list);
            }
            for evidence in all {
                let Some(&source) = source_index.get(&source_key(&evidence.source)) else {
                    continue;
                };
                // A sentence is stored once: keyed by where it is and a hash of its text.
                let sentence_key = (
                    source,
                    evidence.start,
                    evidence.end,
                    text_hash(&evidence.sentence),
                );
                let sentence = match sentences.get(&sentence_key) {
                    Some(&offset) => offset,
                    None => {
                        let offset = writer.append(&SentenceV1 {
                            source,
                            start: evidence.start,
                            end: evidence.end,
                            text: evidence.sentence,
                        })?;
                        sentences.insert(sentence_key, offset);
                        offset
                    }
                };
                block.evidence.push(EvidenceV1 {
                    source,
                    sentence,
                    rule: evidence.rule,
                    confidence: evidence.confidence,
                    time: evidence.time,
                    expected: evidence.expected,
                    location: evidence.location,
                });
            }
            if block.evidence.is_empty() {
                continue;
            }
            let offset = writer.append(&block)?;
            let (Some(&subject), Some(&object)) = (
                entity_index.get(fact.subject().id.as_str()),
                entity_index.get(fact.object().id.as_str()),
            ) else {
                continue;
            };
            facts_v1.push(FactV1 {
                subject,
                object,
                relation: relation_code(fact.relation()),
                negated: fact.negated(),
                role: fact.role().map(str::to_string),
                status: fact.status().map(str::to_string),
                evidence_count: block.evidence.len() as u32,
                evidence_block: offset,
            });
        }
        let graph_v1 = GraphV1 {
            entities: entities.iter().map(|entity| entity_to_v1(entity)).collect(),
            facts: codec::FactColumnsV1::from_rows(&facts_v1),
            sources: codec::SourceColumnsV1::from_rows(&source_refs),
        };
        let generation = self.generation + 1;
        let size = writer.finish(generation, &graph_v1)?;
        // The new snapshot is in place; from here the old log is recognised as stale.
        file::reset_log(&self.path, generation)?;
        // Reopen so that evidence offsets point into the new file.
        let reopened = file::open_snapshot(&self.path)?
            .ok_or_else(|| Error::StoreNotFound(self.path.clone()))?;
        self.graph = Graph::new();
        self.fresh_sources.clear();
        self.retracted.clear();
        self.generation = reopened.header.generation;
        self.load_graph(&reopened)?;
        self.snapshot = Some(reopened.reader);
        self.log_len = file::LOG_HEADER_LEN;
        self.log_needs_reset = false;
        self.log_torn = None;
        Ok(size)
    }

    /// Verifies every checksum of the snapshot and the log. Returns a health report.
    pub fn check(&self) -> Result<Health> {
        let data_records = match &self.snapshot {
            Some(reader) => reader.verify_all()?,
            None => 0,
        };
        let mut unreadable = 0;
        for fact in self.graph.facts() {
            if self.evidence_limited(&fact, usize::MAX).is_err() {
                unreadable += 1;
            }
        }
        Ok(Health {
            generation: self.generation,
            entities: self.graph.entity_count(),
            facts: self.graph.fact_count(),
            sources: self.source_count(),
            data_records,
            log_bytes: self.log_len,
            torn_log_bytes: self
                .log_torn
                .map(|valid| file::file_size(&file::log_path(&self.path)).saturating_sub(valid))
                .unwrap_or(0),
            unreadable_facts: unreadable,
        })
    }

    /// Counts for `stats`.
    pub fn stats(&self) -> Stats {
        let mut entities_by_kind = BTreeMap::new();
        for entity in self.graph.entities() {
            *entities_by_kind.entry(entity.kind.as_str()).or_insert(0) += 1;
        }
        let mut facts_by_relation = BTreeMap::new();
        let mut evidence = 0;
        for fact in self.graph.facts() {
            *facts_by_relation
                .entry(fact.relation().as_str())
                .or_insert(0) += 1;
            evidence += fact.evidence_count();
        }
        Stats {
            entities: self.graph.entity_count(),
            entities_by_kind,
            facts: self.graph.fact_count(),
            facts_by_relation,
            sources: self.source_count(),
            evidence,
            snapshot_bytes: file::file_size(&self.path),
            log_bytes: file::file_size(&file::log_path(&self.path)),
        }
    }
}

/// What `check` found.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Health {
    pub generation: u64,
    pub entities: usize,
    pub facts: usize,
    pub sources: usize,
    pub data_records: usize,
    pub log_bytes: u64,
    pub torn_log_bytes: u64,
    pub unreadable_facts: usize,
}

/// Counts of a store.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Stats {
    pub entities: usize,
    pub entities_by_kind: BTreeMap<&'static str, usize>,
    pub facts: usize,
    pub facts_by_relation: BTreeMap<&'static str, usize>,
    pub sources: usize,
    pub evidence: usize,
    pub snapshot_bytes: u64,
    pub log_bytes: u64,
}

/// Repairs a store whose log is damaged: keeps every intact record before the damage and
/// drops the rest. The snapshot is never modified. Returns a report for the user.
pub fn repair(path: &Path, options: OpenOptions) -> Result<String> {
    let _lock = file::lock(path, true, options.lock_timeout)?;
    let (kept, dropped) = file::salvage_log::<LogRecordV1>(path)?;
    Ok(if dropped == 0 {
        format!("log intact: {kept} records")
    } else {
        format!(
            "log repaired: kept {kept} intact records, dropped {dropped} damaged bytes after them"
        )
    })
}
