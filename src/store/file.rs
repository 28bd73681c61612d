//! Files of a store: the snapshot (`PATH`), its change log (`PATH.log`) and its lock
//! (`PATH.lock`). This module reads and writes bytes, takes locks and makes writes
//! durable; it knows the file layouts but not what the records mean.
//!
//! Snapshot layout: a 64-byte header, then the data section (framed records: source
//! metadata, sentences, evidence blocks; read lazily by offset), then the graph section
//! (one framed record: entities, distinct facts, source ids; read whole at open).
//! Log layout: a 24-byte header naming the snapshot generation it extends, then framed
//! change records, each appended and fsynced before the change is acknowledged.
//!
//! Architecture invariant: only this module and the CLI touch the file system.

use super::codec::{self, FRAME_HEADER, FrameError};
use crate::error::{Error, Result};
use serde::{Serialize, de::DeserializeOwned};
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub const SNAPSHOT_MAGIC: &[u8; 8] = b"DIPLOGRF";
pub const LOG_MAGIC: &[u8; 8] = b"DIPLOLOG";
/// The snapshot format this build writes. Older versions are migrated on the next write.
pub const FORMAT_VERSION: u32 = 1;
pub const HEADER_LEN: u64 = 64;
pub const LOG_HEADER_LEN: u64 = 24;

/// The sidecar paths of a store.
pub fn log_path(store: &Path) -> PathBuf {
    sidecar(store, "log")
}

pub fn lock_path(store: &Path) -> PathBuf {
    sidecar(store, "lock")
}

fn sidecar(store: &Path, extension: &str) -> PathBuf {
    let mut name = store.as_os_str().to_owned();
    name.push(".");
    name.push(extension);
    PathBuf::from(name)
}

/// A held lock on a store; released when dropped.
#[derive(Debug)]
pub struct Lock {
    _file: File,
}

/// Takes the store's lock: exclusive for writers, shared for readers, waiting at most
/// `timeout`.
pub fn lock(store: &Path, exclusive: bool, timeout: Duration) -> Result<Lock> {
    let path = lock_path(store);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)
        .map_err(|error| Error::io(&path, error))?;
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(2);
    loop {
        let attempt = if exclusive {
            file.try_lock()
        } else {
            file.try_lock_shared()
        };
        match attempt {
            Ok(()) => return Ok(Lock { _file: file }),
            Err(TryLockError::WouldBlock) => {
                if Instant::now() >= deadline {
                    return Err(Error::LockTimeout(store.to_path_buf()));
                }
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Err(TryLockError::Error(error)) => return Err(Error::io(&path, error)),
        }
    }
}

/// The fixed header of a snapshot file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SnapshotHeader {
    pub version: u32,
    pub generation: u64,
    pub data_offset: u64,
    pub data_len: u64,
    pub graph_offset: u64,
    pub graph_len: u64,
}

impl SnapshotHeader {
    fn to_bytes(self) -> [u8; HEADER_LEN as usize] {
        let mut bytes = [0u8; HEADER_LEN as usize];
        bytes[0..8].copy_from_slice(SNAPSHOT_MAGIC);
        bytes[8..12].copy_from_slice(&self.version.to_le_bytes());
        bytes[16..24].copy_from_slice(&self.generation.to_le_bytes());
        bytes[24..32].copy_from_slice(&self.data_offset.to_le_bytes());
        bytes[32..40].copy_from_slice(&self.data_len.to_le_bytes());
        bytes[40..48].copy_from_slice(&self.graph_offset.to_le_bytes());
        bytes[48..56].copy_from_slice(&self.graph_len.to_le_bytes());
        let crc = crc32fast::hash(&bytes[0..60]);
        bytes[60..64].copy_from_slice(&crc.to_le_bytes());
        bytes
    }

    /// Parses and checks a header against the file's length.
    fn parse(path: &Path, bytes: &[u8], file_len: u64) -> Result<Self> {
        let magic_len = bytes.len().min(8);
        if bytes[..magic_len] != SNAPSHOT_MAGIC[..magic_len] {
            return Err(Error::ForeignFile(path.to_path_buf()));
        }
        if file_len == 0 {
            return Err(Error::Truncated {
                path: path.to_path_buf(),
                detail: "the file is empty".into(),
            });
        }
        if (bytes.len() as u64) < HEADER_LEN {
            return Err(Error::Truncated {
                path: path.to_path_buf(),
                detail: format!("{file_len} bytes, shorter than the {HEADER_LEN}-byte header"),
            });
        }
        let u32_at = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        let u64_at = |at: usize| {
            let mut word = [0u8; 8];
            word.copy_from_slice(&bytes[at..at + 8]);
            u64::from_le_bytes(word)
        };
        let version = u32_at(8);
        if u32_at(60) != crc32fast::hash(&bytes[0..60]) {
            return Err(Error::Corrupt {
                path: path.to_path_buf(),
                detail: "header checksum mismatch".into(),
            });
        }
        if version > FORMAT_VERSION {
            return Err(Error::TooNew {
                path: path.to_path_buf(),
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        if version == 0 {
            return Err(Error::UnsupportedVersion {
                path: path.to_path_buf(),
                found: version,
            });
        }
        let header = SnapshotHeader {
            version,
            generation: u64_at(16),
            data_offset: u64_at(24),
            data_len: u64_at(32),
            graph_offset: u64_at(40),
            graph_len: u64_at(48),
        };
        let expected_len = header
            .graph_offset
            .checked_add(header.graph_len)
            .filter(|_| header.data_offset == HEADER_LEN)
            .filter(|_| {
                header.data_offset.checked_add(header.data_len) == Some(header.graph_offset)
            });
        match expected_len {
            None => Err(Error::Corrupt {
                path: path.to_path_buf(),
                detail: "section offsets are inconsistent".into(),
            }),
            Some(expected) if expected > file_len => Err(Error::Truncated {
                path: path.to_path_buf(),
                detail: format!("{file_len} bytes where the header promises {expected}"),
            }),
            Some(expected) if expected < file_len => Err(Error::Corrupt {
                path: path.to_path_buf(),
                detail: format!(
                    "{} unexpected bytes after the graph section",
                    file_len - expected
                ),
            }),
            Some(_) => Ok(header),
        }
    }
}

/// An open snapshot: its header, the checked bytes of the graph section (decoded by the
/// caller, borrowing from them), and a handle for lazy reads of the data section.
pub struct Snapshot {
    pub header: SnapshotHeader,
    graph: Vec<u8>,
    pub reader: DataReader,
}

impl Snapshot {
    /// The graph section's payload (its checksum was verified at open).
    pub fn graph_payload(&self) -> &[u8] {
        self.graph.get(FRAME_HEADER..).unwrap_or(&[])
    }

    pub fn path(&self) -> &Path {
        &self.reader.path
    }
}

/// Reads records of a snapshot's data section by offset.
#[derive(Debug)]
pub struct DataReader {
    path: PathBuf,
    file: File,
    data_offset: u64,
    data_len: u64,
}

impl DataReader {
    /// Reads and decodes the framed record at `offset` (relative to the data section).
    pub fn read<T: DeserializeOwned>(&self, offset: u64) -> Result<T> {
        let payload = self.read_payload(offset)?;
        codec::decode(&payload, payload.len() as u64)
            .map_err(|detail| self.corrupt(offset, &detail))
    }

    fn read_payload(&self, offset: u64) -> Result<Vec<u8>> {
        let mut header = [0u8; FRAME_HEADER];
        if offset.saturating_add(FRAME_HEADER as u64) > self.data_len {
            return Err(self.corrupt(offset, "record offset outside the data section"));
        }
        self.file
            .read_exact_at(&mut header, self.data_offset + offset)
            .map_err(|error| Error::io(&self.path, error))?;
        let length = codec::frame_length(&header)
            .map_err(|_| self.corrupt(offset, "record header checksum mismatch"))?;
        if offset + (FRAME_HEADER + length) as u64 > self.data_len {
            return Err(self.corrupt(offset, "record runs past the data section"));
        }
        let mut record = vec![0u8; FRAME_HEADER + length];
        self.file
            .read_exact_at(&mut record, self.data_offset + offset)
            .map_err(|error| Error::io(&self.path, error))?;
        match codec::unframe(&record) {
            Ok((payload, _)) => Ok(payload.to_vec()),
            Err(_) => Err(self.corrupt(offset, "record checksum mismatch")),
        }
    }

    fn corrupt(&self, offset: u64, detail: &str) -> Error {
        Error::Corrupt {
            path: self.path.clone(),
            detail: format!("data record at offset {offset}: {detail}"),
        }
    }

    /// Walks every record of the data section, checking each checksum. Returns the number
    /// of records, or the first damage found.
    pub fn verify_all(&self) -> Result<usize> {
        let mut file = self
            .file
            .try_clone()
            .map_err(|error| Error::io(&self.path, error))?;
        file.seek(SeekFrom::Start(self.data_offset))
            .map_err(|error| Error::io(&self.path, error))?;
        let mut data = Vec::new();
        file.take(self.data_len)
            .read_to_end(&mut data)
            .map_err(|error| Error::io(&self.path, error))?;
        let mut at = 0usize;
        let mut count = 0usize;
        while at < data.len() {
            match codec::unframe(&data[at..]) {
                Ok((_, used)) => {
                    at += used;
                    count += 1;
                }
                Err(_) => return Err(self.corrupt(at as u64, "record checksum mismatch")),
            }
        }
        Ok(count)
    }
}

/// Opens a snapshot: checks magic, version, header checksum, length and graph checksum,
/// then decodes the graph section. Returns `Ok(None)` when the file does not exist.
pub fn open_snapshot(path: &Path) -> Result<Option<Snapshot>> {
    let mut file = match File::open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(Error::io(path, error)),
    };
    let file_len = file
        .metadata()
        .map_err(|error| Error::io(path, error))?
        .len();
    let mut header_bytes = Vec::with_capacity(HEADER_LEN as usize);
    (&mut file)
        .take(HEADER_LEN)
        .read_to_end(&mut header_bytes)
        .map_err(|error| Error::io(path, error))?;
    let header = SnapshotHeader::parse(path, &header_bytes, file_len)?;
    let mut graph_bytes = vec![0u8; header.graph_len as usize];
    file.read_exact_at(&mut graph_bytes, header.graph_offset)
        .map_err(|error| Error::io(path, error))?;
    match codec::unframe(&graph_bytes) {
        Ok((_, used)) if used == graph_bytes.len() => {}
        Ok(_) => {
            return Err(Error::Corrupt {
                path: path.to_path_buf(),
                detail: "graph section length mismatch".into(),
            });
        }
        Err(FrameError::Truncated) => {
            return Err(Error::Truncated {
                path: path.to_path_buf(),
                detail: "graph section is cut short".into(),
            });
        }
        Err(FrameError::Checksum) => {
            return Err(Error::Corrupt {
                path: path.to_path_buf(),
                detail: "graph section checksum mismatch".into(),
            });
        }
    }
    Ok(Some(Snapshot {
        header,
        graph: graph_bytes,
        reader: DataReader {
            path: path.to_path_buf(),
            file,
            data_offset: header.data_offset,
            data_len: header.data_len,
        },
    }))
}

/// Writes a new snapshot next to the old one and puts it in place atomically.
pub struct SnapshotWriter {
    target: PathBuf,
    temp: tempfile::NamedTempFile,
    out: BufWriter<File>,
    data_len: u64,
}

impl SnapshotWriter {
    pub fn create(target: &Path) -> Result<Self> {
        let dir = parent_dir(target);
        remove_stale_temporaries(target);
        let temp = tempfile::Builder::new()
            .prefix(&temp_prefix(target))
            .tempfile_in(&dir)
            .map_err(|error| Error::io(&dir, error))?;
        let file = temp
            .reopen()
            .map_err(|error| Error::io(temp.path(), error))?;
        let mut out = BufWriter::with_capacity(1 << 20, file);
        out.write_all(&[0u8; HEADER_LEN as usize])
            .map_err(|error| Error::io(temp.path(), error))?;
        Ok(SnapshotWriter {
            target: target.to_path_buf(),
            temp,
            out,
            data_len: 0,
        })
    }

    /// Appends one framed record to the data section; returns its offset.
    pub fn append<T: Serialize>(&mut self, record: &T) -> Result<u64> {
        let bytes = codec::encode_framed(record).map_err(Error::Codec)?;
        let offset = self.data_len;
        self.out
            .write_all(&bytes)
            .map_err(|error| Error::io(self.temp.path(), error))?;
        self.data_len += bytes.len() as u64;
        Ok(offset)
    }

    /// Writes the graph section and header, fsyncs, and renames over the target.
    pub fn finish<G: Serialize>(mut self, generation: u64, graph: &G) -> Result<u64> {
        let temp_path = self.temp.path().to_path_buf();
        let io = |error| Error::io(&temp_path, error);
        let graph_bytes = codec::encode_framed(graph).map_err(Error::Codec)?;
        self.out.write_all(&graph_bytes).map_err(io)?;
        let header = SnapshotHeader {
            version: FORMAT_VERSION,
            generation,
            data_offset: HEADER_LEN,
            data_len: self.data_len,
            graph_offset: HEADER_LEN + self.data_len,
            graph_len: graph_bytes.len() as u64,
        };
        let mut file = self
            .out
            .into_inner()
            .map_err(|error| io(error.into_error()))?;
        file.seek(SeekFrom::Start(0)).map_err(io)?;
        file.write_all(&header.to_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        let total = header.graph_offset + header.graph_len;
        self.temp
            .persist(&self.target)
            .map_err(|error| Error::io(&self.target, error.error))?;
        sync_dir(&self.target)?;
        Ok(total)
    }
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "store".into());
    format!(".{name}.tmp")
}

/// Temporary files left by a writer that was killed. Called with the exclusive lock held,
/// so no live writer owns them.
fn remove_stale_temporaries(target: &Path) {
    let prefix = temp_prefix(target);
    if let Ok(entries) = fs::read_dir(parent_dir(target)) {
        for entry in entries.flatten() {
            if entry.file_name().to_string_lossy().starts_with(&prefix) {
                let _ = fs::remove_file(entry.path());
            }
        }
    }
}

fn sync_dir(path: &Path) -> Result<()> {
    let dir = parent_dir(path);
    File::open(&dir)
        .and_then(|handle| handle.sync_all())
        .map_err(|error| Error::io(&dir, error))
}

/// What replaying a log found.
#[derive(Debug)]
pub struct LogReplay<R> {
    /// Intact records, in order.
    pub records: Vec<R>,
    /// Bytes of header plus intact records: where the next append goes.
    pub valid_len: u64,
    /// Bytes after `valid_len`: a torn final write that was never acknowledged.
    pub torn_bytes: u64,
    /// The log extends an older snapshot generation; its changes are already folded in.
    pub stale: bool,
    pub file_len: u64,
}

fn log_header(generation: u64) -> [u8; LOG_HEADER_LEN as usize] {
    let mut bytes = [0u8; LOG_HEADER_LEN as usize];
    bytes[0..8].copy_from_slice(LOG_MAGIC);
    bytes[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    bytes[12..20].copy_from_slice(&generation.to_le_bytes());
    let crc = crc32fast::hash(&bytes[0..20]);
    bytes[20..24].copy_from_slice(&crc.to_le_bytes());
    bytes
}

/// Reads the log of `store`, keeping the records that extend snapshot `generation`.
/// Damage before the end is an error that says how much is intact; a torn last record is
/// reported in `torn_bytes` and ignored.
pub fn replay_log<R: DeserializeOwned>(
    store: &Path,
    generation: u64,
) -> Result<Option<LogReplay<R>>> {
    let path = log_path(store);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(Error::io(&path, error)),
    };
    let file_len = bytes.len() as u64;
    let magic_len = bytes.len().min(8);
    if bytes[..magic_len] != LOG_MAGIC[..magic_len] {
        return Err(Error::ForeignFile(path));
    }
    if file_len < LOG_HEADER_LEN {
        // A log is created whole by rename, so a short one can only be damage.
        return Err(Error::Truncated {
            path,
            detail: "log header is cut short".into(),
        });
    }
    let crc = u32::from_le_bytes([bytes[20], bytes[21], bytes[22], bytes[23]]);
    if crc != crc32fast::hash(&bytes[0..20]) {
        return Err(Error::Corrupt {
            path,
            detail: "log header checksum mismatch".into(),
        });
    }
    let version = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
    if version > FORMAT_VERSION {
        return Err(Error::TooNew {
            path,
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[12..20]);
    let base = u64::from_le_bytes(word);
    if base != generation {
        return Ok(Some(LogReplay {
            records: Vec::new(),
            valid_len: LOG_HEADER_LEN,
            torn_bytes: 0,
            stale: true,
            file_len,
        }));
    }
    let mut records = Vec::new();
    let mut at = LOG_HEADER_LEN as usize;
    while at < bytes.len() {
        match codec::unframe(&bytes[at..]) {
            Ok((payload, used)) => {
                let record = codec::decode(payload, payload.len() as u64).map_err(|detail| Error::Corrupt {
                    path: path.clone(),
                    detail: format!(
                        "log record {} at byte {at} is undecodable ({detail}); {} records before it are intact",
                        records.len() + 1,
                        records.len()
                    ),
                })?;
                records.push(record);
                at += used;
            }
            Err(FrameError::Truncated) => break,
            Err(FrameError::Checksum) => {
                // A checksum failure in the final record can be a torn write whose tail
                // the file system filled with zeros; anything after it means damage.
                let length = codec::frame_length(&bytes[at..]).ok();
                let is_last =
                    length.is_some_and(|length| at + FRAME_HEADER + length >= bytes.len());
                if is_last {
                    break;
                }
                return Err(Error::Corrupt {
                    path,
                    detail: format!(
                        "log record {} at byte {at} is damaged; the {} records before it are intact (run `diplograph check --repair` to keep them)",
                        records.len() + 1,
                        records.len()
                    ),
                });
            }
        }
    }
    Ok(Some(LogReplay {
        records,
        valid_len: at as u64,
        torn_bytes: file_len - at as u64,
        stale: false,
        file_len,
    }))
}

/// Creates an empty log for snapshot `generation`, atomically replacing any old one.
pub fn reset_log(store: &Path, generation: u64) -> Result<()> {
    let path = log_path(store);
    let dir = parent_dir(&path);
    let mut temp = tempfile::Builder::new()
        .prefix(&temp_prefix(store))
        .tempfile_in(&dir)
        .map_err(|error| Error::io(&dir, error))?;
    temp.write_all(&log_header(generation))
        .and_then(|_| temp.as_file().sync_all())
        .map_err(|error| Error::io(&path, error))?;
    temp.persist(&path)
        .map_err(|error| Error::io(&path, error.error))?;
    sync_dir(&path)
}

/// Keeps the first `valid_len` bytes of the log and drops a torn tail.
pub fn truncate_log(store: &Path, valid_len: u64) -> Result<()> {
    let path = log_path(store);
    let file = OpenOptions::new()
        .write(true)
        .open(&path)
        .map_err(|error| Error::io(&path, error))?;
    file.set_len(valid_len)
        .and_then(|_| file.sync_all())
        .map_err(|error| Error::io(&path, error))
}

/// Appends framed records to the log and fsyncs: when this returns, they are durable.
pub fn append_log(store: &Path, framed_records: &[u8]) -> Result<u64> {
    let path = log_path(store);
    let bytes = framed_records;
    let mut file = OpenOptions::new()
        .append(true)
        .open(&path)
        .map_err(|error| Error::io(&path, error))?;
    file.write_all(bytes)
        .and_then(|_| file.sync_data())
        .map_err(|error| Error::io(&path, error))?;
    Ok(bytes.len() as u64)
}

/// Size of a file, or 0 when it does not exist.
pub fn file_size(path: &Path) -> u64 {
    fs::metadata(path).map(|meta| meta.len()).unwrap_or(0)
}

/// Keeps the intact prefix of a damaged log (records before the first damage) and drops
/// the rest. Returns the number of records kept and bytes dropped.
pub fn salvage_log<R: DeserializeOwned>(store: &Path) -> Result<(usize, u64)> {
    let path = log_path(store);
    let bytes = match fs::read(&path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok((0, 0)),
        Err(error) => return Err(Error::io(&path, error)),
    };
    if bytes.len() < LOG_HEADER_LEN as usize || &bytes[0..8] != LOG_MAGIC {
        return Err(Error::Corrupt {
            path,
            detail: "the log header is damaged; nothing in the log can be trusted (move the log aside to open the snapshot alone)".into(),
        });
    }
    let mut at = LOG_HEADER_LEN as usize;
    let mut kept = 0;
    while at < bytes.len() {
        match codec::unframe(&bytes[at..]) {
            Ok((payload, used)) if codec::decode::<R>(payload, payload.len() as u64).is_ok() => {
                at += used;
                kept += 1;
            }
            _ => break,
        }
    }
    let dropped = (bytes.len() - at) as u64;
    if dropped > 0 {
        truncate_log(store, at as u64)?;
    }
    Ok((kept, dropped))
}
