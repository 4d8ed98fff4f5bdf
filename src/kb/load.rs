//! Loading a KB folder. (Skeleton: the KB loader issue fills this in.)

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Article, ArticleId};
use crate::Lang;

/// A file that could not be loaded, or loaded with a problem worth telling its author.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Path relative to the KB root.
    pub path: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    pub message: String,
}

/// Why a KB folder could not be loaded at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    #[error("cannot read KB folder {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{0} is not a folder")]
    NotADir(PathBuf),
}

/// A loaded knowledge base: every article version, plus what failed.
#[derive(Clone, Debug, Default)]
pub struct Kb {
    articles: Vec<Article>,
    diagnostics: Vec<Diagnostic>,
}

impl Kb {
    /// Every article version, in a stable order (id, then language).
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Files that failed to load or loaded with problems.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The versions of one article, by language.
    pub fn versions(&self, id: &ArticleId) -> BTreeMap<Lang, &Article> {
        self.articles
            .iter()
            .filter(|a| &a.id == id)
            .map(|a| (a.lang, a))
            .collect()
    }
}

/// Loads every article below `root`.
pub fn load_dir(root: &Path) -> Result<Kb, LoadError> {
    if !root.is_dir() {
        return Err(LoadError::NotADir(root.to_path_buf()));
    }
    Ok(Kb::default())
}

/// The KB embedded in the binary (the repository's `kb/`).
pub fn bundled() -> Kb {
    Kb::default()
}
