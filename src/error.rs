//! Errors that name the input and the reason, so one bad file among many is
//! reported in one line while the others are still processed.

use std::path::{Path, PathBuf};

/// An input that could not be used: which one, and why.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", path.display())]
pub struct Error {
    pub path: PathBuf,
    pub kind: ErrorKind,
}

impl Error {
    pub fn new(path: impl AsRef<Path>, kind: ErrorKind) -> Self {
        Self {
            path: path.as_ref().to_path_buf(),
            kind,
        }
    }
}

#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    #[error("no such file")]
    NotFound,
    #[error("is a directory with no article files (.txt, .html, .htm, optionally .gz)")]
    EmptyDirectory,
    #[error("file is empty")]
    Empty,
    #[error("file has no text after {0}")]
    NoText(&'static str),
    #[error("binary file ({0}), not an article")]
    Binary(String),
    #[error("file is too large: {size} bytes, the limit is {limit} bytes (raise it with --max-bytes)")]
    TooLarge { size: u64, limit: u64 },
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    #[error("bad sidecar {}: {reason}", sidecar.display())]
    BadSidecar { sidecar: PathBuf, reason: String },
    #[error("line {line}: {reason}")]
    BadManifest { line: usize, reason: String },
    #[error("unknown publish date format {0:?} (expected YYYY-MM-DD or an RFC 3339 timestamp)")]
    BadPublished(String),
    #[error("bad WARC record: {0}")]
    BadWarc(String),
    #[error("not a newsfacts report: {0}")]
    BadReport(String),
    #[error("cannot write: {0}")]
    Write(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
