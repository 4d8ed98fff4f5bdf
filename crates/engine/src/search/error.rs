//! Why a search index could not be built or opened.

use std::path::PathBuf;

/// An index that could not be built, written or opened. User input (pastes) never produces
/// one: a paste that cannot be matched is a decline, not an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SearchError {
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    #[error("cannot open index folder {path}: {source}")]
    OpenDir {
        path: PathBuf,
        #[source]
        source: tantivy::directory::error::OpenDirectoryError,
    },
    #[error("cannot write index folder {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("index folder {0} was not written by kbbot (no fingerprint file)")]
    NotAnIndex(PathBuf),
}
