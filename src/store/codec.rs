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

/// A distinct fact in the graph section. Its evidence lives in the data section.
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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GraphV1 {
    pub entities: Vec<EntityV1>,
    pub facts: Vec<FactV1>,
    pub sources: Vec<SourceRefV1>,
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

    proptest! {
        #[test]
        fn decoding_arbitrary_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
            let _ = decode::<GraphV1>(&bytes, 1 << 16);
            let _ = decode::<LogRecordV1>(&bytes, 1 << 16);
            let _ = decode::<EvidenceBlockV1>(&bytes, 1 << 16);
            let _ = unframe(&bytes);
        }
    }
}
