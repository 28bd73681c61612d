//! The on-disk vocabulary and the only place that knows bincode. It defines the versioned
//! record types written to store files (never the in-memory structs), encodes them, and
//! decodes them from byte slices with a size limit so that hostile bytes cannot make the
//! decoder allocate without bound or panic. It also frames records with a length and a
//! CRC32 so that every record is checked before it is decoded.
//!
//! bincode is pinned at 1.3.3 (its authors call it complete; later major versions are a
//! tombstone). If it ever has to go, this module is the one to rewrite.

use bincode::Options;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use std::borrow::Cow;

/// Largest single record accepted by the decoder (a graph section or one log record).
pub const MAX_RECORD_BYTES: u64 = 1 << 30;

/// Bytes of a record frame: payload length (u32 LE), CRC32 of those four length bytes,
/// CRC32 of the payload. The length has its own checksum so that a damaged length is told
/// apart from a record torn off by a crash at the end of a log.
pub const FRAME_HEADER: usize = 12;

fn options(limit: u64) -> impl Options {
    bincode::DefaultOptions::new().with_limit(limit)
}

/// Encodes one on-disk value.
pub fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    options(MAX_RECORD_BYTES)
        .serialize(value)
        .map_err(|error| format!("cannot encode: {error}"))
}

/// Decodes one on-disk value that borrows from `bytes` (packed columns are not copied).
pub fn decode_borrowed<'a, T: Deserialize<'a>>(bytes: &'a [u8]) -> Result<T, String> {
    options(MAX_RECORD_BYTES)
        .deserialize(bytes)
        .map_err(|error| format!("undecodable record: {error}"))
}

/// Decodes one on-disk value from memory, reading at most `limit` bytes.
pub fn decode<T: DeserializeOwned>(bytes: &[u8], limit: u64) -> Result<T, String> {
    options(limit.min(MAX_RECORD_BYTES))
        .deserialize(bytes)
        .map_err(|error| format!("undecodable record: {error}"))
}

/// Frames a payload: length, CRC32, payload.
pub fn frame(payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(FRAME_HEADER + payload.len());
    let length = (payload.len() as u32).to_le_bytes();
    out.extend_from_slice(&length);
    out.extend_from_slice(&crc32fast::hash(&length).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Why a framed record could not be read.
#[derive(Debug, PartialEq, Eq)]
pub enum FrameError {
    /// The bytes end before the record does, and what there is of it is intact: a write
    /// torn off at the end of a log.
    Truncated,
    /// A checksum does not match: damage.
    Checksum,
}

/// Reads a frame header alone: the payload length, if the header is intact.
pub fn frame_length(header: &[u8]) -> Result<usize, FrameError> {
    if header.len() < FRAME_HEADER {
        return Err(FrameError::Truncated);
    }
    let length_crc = u32::from_le_bytes([header[4], header[5], header[6], header[7]]);
    if crc32fast::hash(&header[0..4]) != length_crc {
        return Err(FrameError::Checksum);
    }
    Ok(u32::from_le_bytes([header[0], header[1], header[2], header[3]]) as usize)
}

/// Reads the framed record at the start of `bytes`; returns its payload and the total
/// number of bytes it occupies.
pub fn unframe(bytes: &[u8]) -> Result<(&[u8], usize), FrameError> {
    if bytes.len() < FRAME_HEADER {
        return Err(FrameError::Truncated);
    }
    let length_crc = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]);
    if crc32fast::hash(&bytes[0..4]) != length_crc {
        return Err(FrameError::Checksum);
    }
    let length = u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let crc = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    let end = FRAME_HEADER
        .checked_add(length)
        .ok_or(FrameError::Truncated)?;
    if bytes.len() < end {
        return Err(FrameError::Truncated);
    }
    let payload = &bytes[FRAME_HEADER..end];
    if crc32fast::hash(payload) != crc {
        return Err(FrameError::Checksum);
    }
    Ok((payload, end))
}

/// Encodes and frames a value.
pub fn encode_framed<T: Serialize>(value: &T) -> Result<Vec<u8>, String> {
    Ok(frame(&encode(value)?))
}

// ----- Format version 1 ------------------------------------------------------------------

/// An entity as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityV1 {
    pub id: String,
    /// 0 country, 1 organisation, 2 person, 3 place, 4 group.
    pub kind: u8,
    pub name: String,
    pub aliases: Vec<String>,
    pub wikidata: Option<String>,
    pub from_gazetteer: bool,
}

/// A distinct fact of the graph section (a row of `FactColumnsV1`). Its evidence lives in
/// the data section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactV1 {
    /// Index into the snapshot's entities.
    pub subject: u32,
    pub object: u32,
    /// Index into `Relation::ALL`.
    pub relation: u8,
    pub negated: bool,
    pub role: Option<String>,
    pub status: Option<String>,
    pub evidence_count: u32,
    /// Offset of the fact's `EvidenceBlockV1` record in the data section.
    pub evidence_block: u64,
}

/// A source in the graph section: its hash id and where its metadata lives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRefV1 {
    /// The 64-bit content hash that is the source id.
    pub id: u64,
    /// Offset of the source's `SourceMetaV1` record in the data section.
    pub meta: u64,
}

/// The graph section: everything a query needs at open, nothing it may not need.
/// Facts and sources are stored column by column as packed little-endian arrays, which a
/// decoder copies in one go instead of decoding a record per fact.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GraphV1<'a> {
    pub entities: Vec<EntityV1>,
    #[serde(borrow)]
    pub facts: FactColumnsV1<'a>,
    #[serde(borrow)]
    pub sources: SourceColumnsV1<'a>,
}

/// Distinct facts, one packed column per field.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FactColumnsV1<'a> {
    /// u32 entity indices.
    #[serde(with = "serde_bytes", borrow)]
    pub subjects: Cow<'a, [u8]>,
    #[serde(with = "serde_bytes", borrow)]
    pub objects: Cow<'a, [u8]>,
    /// One byte each: index into `Relation::ALL`.
    #[serde(with = "serde_bytes", borrow)]
    pub relations: Cow<'a, [u8]>,
    /// One byte each: 0 or 1.
    #[serde(with = "serde_bytes", borrow)]
    pub negated: Cow<'a, [u8]>,
    /// u32: 0 for none, else 1 + index into `strings`.
    #[serde(with = "serde_bytes", borrow)]
    pub roles: Cow<'a, [u8]>,
    #[serde(with = "serde_bytes", borrow)]
    pub statuses: Cow<'a, [u8]>,
    /// u32 evidence counts.
    #[serde(with = "serde_bytes", borrow)]
    pub evidence_counts: Cow<'a, [u8]>,
    /// u64 offsets of evidence blocks in the data section.
    #[serde(with = "serde_bytes", borrow)]
    pub evidence_blocks: Cow<'a, [u8]>,
    pub strings: Vec<String>,
}

/// A fact row with string codes instead of strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawFactV1 {
    pub subject: u32,
    pub object: u32,
    pub relation: u8,
    pub negated: bool,
    pub role: u32,
    pub status: u32,
    pub evidence_count: u32,
    pub evidence_block: u64,
}

/// Sources: u64 ids and u64 offsets of their metadata records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceColumnsV1<'a> {
    #[serde(with = "serde_bytes", borrow)]
    pub ids: Cow<'a, [u8]>,
    #[serde(with = "serde_bytes", borrow)]
    pub metas: Cow<'a, [u8]>,
}

fn u32_at(column: &[u8], index: usize) -> Option<u32> {
    let bytes = column.get(index * 4..index * 4 + 4)?;
    Some(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
}

fn u64_at(column: &[u8], index: usize) -> Option<u64> {
    let bytes = column.get(index * 8..index * 8 + 8)?;
    let mut word = [0u8; 8];
    word.copy_from_slice(bytes);
    Some(u64::from_le_bytes(word))
}

impl FactColumnsV1<'static> {
    pub fn from_rows(rows: &[FactV1]) -> Self {
        let mut strings: Vec<String> = Vec::new();
        let mut codes: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        let mut intern = |value: &Option<String>| -> u32 {
            match value {
                None => 0,
                Some(text) => *codes.entry(text.clone()).or_insert_with(|| {
                    strings.push(text.clone());
                    strings.len() as u32
                }),
            }
        };
        let (mut subjects, mut objects, mut relations, mut negated) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        let (mut roles, mut statuses, mut counts, mut blocks) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for row in rows {
            subjects.extend_from_slice(&row.subject.to_le_bytes());
            objects.extend_from_slice(&row.object.to_le_bytes());
            relations.push(row.relation);
            negated.push(u8::from(row.negated));
            roles.extend_from_slice(&intern(&row.role).to_le_bytes());
            statuses.extend_from_slice(&intern(&row.status).to_le_bytes());
            counts.extend_from_slice(&row.evidence_count.to_le_bytes());
            blocks.extend_from_slice(&row.evidence_block.to_le_bytes());
        }
        FactColumnsV1 {
            subjects: Cow::Owned(subjects),
            objects: Cow::Owned(objects),
            relations: Cow::Owned(relations),
            negated: Cow::Owned(negated),
            roles: Cow::Owned(roles),
            statuses: Cow::Owned(statuses),
            evidence_counts: Cow::Owned(counts),
            evidence_blocks: Cow::Owned(blocks),
            strings,
        }
    }
}

impl FactColumnsV1<'_> {
    pub fn len(&self) -> usize {
        self.relations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.relations.is_empty()
    }

    /// The fact at `index` with its strings as codes (0 none, else 1 + index into
    /// `strings`), or `None` when a column is too short (damage).
    pub fn raw(&self, index: usize) -> Option<RawFactV1> {
        Some(RawFactV1 {
            subject: u32_at(&self.subjects, index)?,
            object: u32_at(&self.objects, index)?,
            relation: *self.relations.get(index)?,
            negated: *self.negated.get(index)? != 0,
            role: u32_at(&self.roles, index)?,
            status: u32_at(&self.statuses, index)?,
            evidence_count: u32_at(&self.evidence_counts, index)?,
            evidence_block: u64_at(&self.evidence_blocks, index)?,
        })
    }

    /// The fact at `index`, or `None` when a column is too short or a string index is out
    /// of range (damage).
    pub fn row(&self, index: usize) -> Option<FactV1> {
        let string = |code: u32| -> Option<Option<String>> {
            match code {
                0 => Some(None),
                code => self.strings.get(code as usize - 1).cloned().map(Some),
            }
        };
        Some(FactV1 {
            subject: u32_at(&self.subjects, index)?,
            object: u32_at(&self.objects, index)?,
            relation: *self.relations.get(index)?,
            negated: *self.negated.get(index)? != 0,
            role: string(u32_at(&self.roles, index)?)?,
            status: string(u32_at(&self.statuses, index)?)?,
            evidence_count: u32_at(&self.evidence_counts, index)?,
            evidence_block: u64_at(&self.evidence_blocks, index)?,
        })
    }
}

impl SourceColumnsV1<'static> {
    pub fn from_rows(rows: &[SourceRefV1]) -> Self {
        let mut ids = Vec::with_capacity(rows.len() * 8);
        let mut metas = Vec::with_capacity(rows.len() * 8);
        for row in rows {
            ids.extend_from_slice(&row.id.to_le_bytes());
            metas.extend_from_slice(&row.meta.to_le_bytes());
        }
        SourceColumnsV1 {
            ids: Cow::Owned(ids),
            metas: Cow::Owned(metas),
        }
    }
}

impl SourceColumnsV1<'_> {
    pub fn len(&self) -> usize {
        self.ids.len() / 8
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn row(&self, index: usize) -> Option<SourceRefV1> {
        Some(SourceRefV1 {
            id: u64_at(&self.ids, index)?,
            meta: u64_at(&self.metas, index)?,
        })
    }
}

/// Metadata of a source (data section).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceMetaV1 {
    pub id: String,
    pub doc: String,
    pub title: Option<String>,
    pub url: Option<String>,
    pub date: Option<String>,
}

/// One sentence, stored once however many facts it supports (data section).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceV1 {
    /// Index into the graph section's sources.
    pub source: u32,
    pub start: u32,
    pub end: u32,
    pub text: String,
}

/// One evidence of a fact, pointing at its sentence record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceV1 {
    pub source: u32,
    pub sentence: u64,
    pub rule: String,
    pub confidence: f32,
    pub time: Option<String>,
    pub expected: bool,
    pub location: Option<String>,
}

/// All evidence of one fact (data section).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceBlockV1 {
    pub evidence: Vec<EvidenceV1>,
}

/// A fact with its full evidence, as the log carries it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LogFactV1 {
    pub subject: String,
    pub object: String,
    pub relation: u8,
    pub negated: bool,
    pub role: Option<String>,
    pub status: Option<String>,
    pub sentence: String,
    pub start: u32,
    pub end: u32,
    pub rule: String,
    pub confidence: f32,
    pub time: Option<String>,
    pub expected: bool,
    pub location: Option<String>,
}

/// One acknowledged change, appended to the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum LogRecordV1 {
    /// Facts read from one source, with the entities they need.
    Add {
        source: SourceMetaV1,
        entities: Vec<EntityV1>,
        facts: Vec<LogFactV1>,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn framed_record_round_trips_and_detects_damage() {
        let value = SourceMetaV1 {
            id: "abc".into(),
            doc: "doc".into(),
            title: Some("t".into()),
            url: None,
            date: None,
        };
        let mut bytes = encode_framed(&value).unwrap();
        let (payload, used) = unframe(&bytes).unwrap();
        assert_eq!(used, bytes.len());
        assert_eq!(decode::<SourceMetaV1>(payload, 1 << 20).unwrap(), value);
        let last = bytes.len() - 1;
        bytes[last] ^= 0x01;
        assert_eq!(unframe(&bytes).unwrap_err(), FrameError::Checksum);
        assert_eq!(unframe(&bytes[..5]).unwrap_err(), FrameError::Truncated);
    }

    #[test]
    fn graph_columns_are_borrowed_not_copied() {
        let rows = vec![FactV1 {
            subject: 0,
            object: 1,
            relation: 2,
            negated: false,
            role: Some("foreign minister".into()),
            status: None,
            evidence_count: 3,
            evidence_block: 4,
        }];
        let graph = GraphV1 {
            entities: Vec::new(),
            facts: FactColumnsV1::from_rows(&rows),
            sources: SourceColumnsV1::default(),
        };
        let bytes = encode(&graph).unwrap();
        let decoded: GraphV1<'_> = decode_borrowed(&bytes).unwrap();
        assert!(matches!(decoded.facts.subjects, Cow::Borrowed(_)));
        assert_eq!(decoded.facts.row(0), Some(rows[0].clone()));
    }

    proptest! {
        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode_borrowed::<GraphV1>(&bytes);
            let _ = decode::<LogRecordV1>(&bytes, 1 << 16);
            let _ = decode::<EvidenceBlockV1>(&bytes, 1 << 16);
            let _ = unframe(&bytes);
        }
    }
}
