//! Why a search index could not be built or opened.

use std::path::PathBuf;

/// An index that could not be built, written or opened. User input (pastes) never produces
/// one: a paste that cannot be matched is a decline, not an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SearchError {
    /// tantivy failed.
    #[error("search index error: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// The index folder cannot be opened.
    #[error("cannot open index folder {path}: {source}")]
    OpenDir {
        /// The folder.
        path: PathBuf,
        /// tantivy's reason.
        #[source]
        source: tantivy::directory::error::OpenDirectoryError,
    },
    /// The index folder cannot be written.
    #[error("cannot write index folder {path}: {source}")]
    Io {
        /// The folder.
        path: PathBuf,
        /// The system's reason.
        #[source]
        source: std::io::Error,
    },
    /// The folder holds no kbbot index.
    #[error("index folder {0} was not written by kbbot (no fingerprint file)")]
    NotAnIndex(PathBuf),
}
