//! Typed errors of the library. The binary turns them into messages and exit codes; the
//! library never prints. Storage errors say whether the file is missing, foreign, damaged
//! or from another format version, because each needs a different action from the user.

use std::path::PathBuf;

/// Everything that can go wrong in diplograph's library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("no store at {0} (ingest or add facts first, or pass --store)")]
    StoreNotFound(PathBuf),

    #[error("{0} is not a diplograph store (unknown magic bytes); it was left untouched")]
    ForeignFile(PathBuf),

    #[error(
        "{path} was written by a newer diplograph (store format {found}, this build reads up to {supported}); upgrade diplograph"
    )]
    TooNew {
        path: PathBuf,
        found: u32,
        supported: u32,
    },

    #[error("{path} uses store format {found}, which this build cannot read")]
    UnsupportedVersion { path: PathBuf, found: u32 },

    #[error("{path} is truncated: {detail}; it was left untouched")]
    Truncated { path: PathBuf, detail: String },

    #[error(
        "{path} is corrupt: {detail}; it was left untouched (run `diplograph check` for details)"
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "the store {0} is locked by another diplograph process; gave up waiting (try again, or raise --lock-timeout)"
    )]
    LockTimeout(PathBuf),

    #[error("{0}")]
    Gazetteer(String),

    #[error("{0}")]
    Rules(String),

    #[error("{0}")]
    Input(String),

    #[error("{0}")]
    Query(String),

    #[error("{0}")]
    Codec(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
