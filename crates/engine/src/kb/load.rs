//! Loading a KB: the files found by [`super::walk`] (or the copy of `kb/` embedded in the
//! binary), read with a size cap, parsing them in parallel, and the [`Kb`] that holds the result.
//!
//! Never stops at a bad file: it becomes a [`Diagnostic`] and the rest loads. Only a root
//! that cannot be read at all is an `Err`.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use include_dir::{include_dir, Dir};

use crate::Lang;

use super::article::{Article, ArticleId};
use super::diag::{Diagnostic, DiagnosticKind};
use super::parse::{self, Page};
use super::walk::{describe, is_page, lang_folder, walk, FileSource, Found};

/// Pages larger than this are refused with a diagnostic (Adobe's largest page is ~150 KiB).
pub const MAX_PAGE_BYTES: u64 = 2 * 1024 * 1024;

static BUNDLED_KB: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../kb");

/// Why a KB folder could not be loaded at all.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    #[error("cannot read KB folder {path}: {source}")]
    /// The folder, or a file in it, could not be read.
    Io {
        /// The path that failed.
        path: PathBuf,
        #[source]
        /// The system's reason.
        source: std::io::Error,
    },
    #[error("{0} is not a folder")]
    /// The path given is a file, not a folder.
    NotADir(PathBuf),
}

/// A loaded knowledge base: every article version, plus what failed.
#[derive(Clone, Debug, Default)]
pub struct Kb {
    articles: Vec<Article>,
    diagnostics: Vec<Diagnostic>,
    root: String,
}

impl Kb {
    /// A KB from articles built elsewhere (tests, tools); sorted like a loaded one.
    pub fn from_parts(
        root: impl Into<String>,
        mut articles: Vec<Article>,
        mut diagnostics: Vec<Diagnostic>,
    ) -> Kb {
        articles.sort_by(|a, b| (&a.id, a.lang, &a.path).cmp(&(&b.id, b.lang, &b.path)));
        diagnostics.sort_by(|a, b| (&a.path, a.line).cmp(&(&b.path, b.line)));
        Kb {
            articles,
            diagnostics,
            root: root.into(),
        }
    }

    /// Every article version, in a stable order (id, then language, then path).
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }

    /// Files that failed to load or loaded with problems, by path.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// Where the KB came from: the folder as given, or `kb/ (bundled)`.
    pub fn root_label(&self) -> &str {
        &self.root
    }

    /// The versions of one article, by language (the first by path when a language repeats).
    pub fn versions(&self, id: &ArticleId) -> BTreeMap<Lang, &Article> {
        let start = self.articles.partition_point(|a| &a.id < id);
        let mut out = BTreeMap::new();
        for a in self.articles[start..].iter().take_while(|a| &a.id == id) {
            out.entry(a.lang).or_insert(a);
        }
        out
    }

    /// The version of article `id` to show a reader of `lang`: theirs, else English, else any.
    pub fn version_for(&self, id: &ArticleId, lang: Lang) -> Option<&Article> {
        let versions = self.versions(id);
        versions
            .get(&lang)
            .or_else(|| versions.get(&Lang::En))
            .or_else(|| versions.values().next())
            .copied()
    }

    /// Translation groups: every article id with its versions by language.
    pub fn groups(&self) -> BTreeMap<&ArticleId, BTreeMap<Lang, &Article>> {
        let mut out: BTreeMap<&ArticleId, BTreeMap<Lang, &Article>> = BTreeMap::new();
        for a in &self.articles {
            out.entry(&a.id).or_default().entry(a.lang).or_insert(a);
        }
        out
    }
}

fn read_capped(path: &Path) -> Result<Vec<u8>, DiagnosticKind> {
    let unreadable = |e: std::io::Error| DiagnosticKind::Unreadable {
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let len = file.metadata().map_err(unreadable)?.len();
    if len > MAX_PAGE_BYTES {
        return Err(DiagnosticKind::TooLarge {
            bytes: len,
            limit: MAX_PAGE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(len as usize);
    // The file may grow between metadata and read: never read past the cap.
    file.take(MAX_PAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_PAGE_BYTES {
        return Err(DiagnosticKind::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_PAGE_BYTES,
        });
    }
    Ok(bytes)
}

fn load_one(found: &Found) -> Result<parse::Parsed, Diagnostic> {
    let owned;
    let bytes: &[u8] = match &found.source {
        FileSource::Embedded(b) => {
            if b.len() as u64 > MAX_PAGE_BYTES {
                return Err(Diagnostic::new(
                    &found.rel,
                    None,
                    DiagnosticKind::TooLarge {
                        bytes: b.len() as u64,
                        limit: MAX_PAGE_BYTES,
                    },
                ));
            }
            b
        }
        FileSource::Disk(p) => {
            owned = read_capped(p).map_err(|k| Diagnostic::new(&found.rel, None, k))?;
            &owned
        }
    };
    parse::parse(&Page {
        rel: &found.rel,
        fallback_id: &found.fallback_id,
        folder_lang: found.folder_lang,
        bytes,
    })
}

/// Parses every found file, on all cores, keeping the walk's order.
fn load_all(found: Vec<Found>, mut diagnostics: Vec<Diagnostic>, root: String) -> Kb {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = found.len().div_ceil(threads).max(1);
    let results: Vec<Result<parse::Parsed, Diagnostic>> = if found.len() < 16 || threads == 1 {
        found.iter().map(load_one).collect()
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = found
                .chunks(chunk)
                .map(|part| s.spawn(move || part.iter().map(load_one).collect::<Vec<_>>()))
                .collect();
            let mut all = Vec::with_capacity(found.len());
            for (h, part) in handles.into_iter().zip(found.chunks(chunk)) {
                match h.join() {
                    Ok(r) => all.extend(r),
                    // A panic in the parser is a bug; it costs that chunk, never the process.
                    Err(_) => all.extend(part.iter().map(|f| {
                        Err(Diagnostic::new(
                            &f.rel,
                            None,
                            DiagnosticKind::Unreadable {
                                reason: "internal parser error".into(),
                            },
                        ))
                    })),
                }
            }
            all
        })
    };
    let mut articles = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(parsed) => {
                articles.push(parsed.article);
                diagnostics.extend(parsed.warnings);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    Kb::from_parts(root, articles, diagnostics)
}

/// Loads every page (`.md`, `.markdown`, `.txt`) below `root`. A `README.md` directly in the
/// root describes the folder and is not a page.
pub fn load_dir(root: &Path) -> Result<Kb, LoadError> {
    let meta = std::fs::metadata(root).map_err(|source| LoadError::Io {
        path: root.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(LoadError::NotADir(root.to_path_buf()));
    }
    // Read the root once here so that an unreadable root is an error, not a diagnostic.
    std::fs::read_dir(root).map_err(|source| LoadError::Io {
        path: root.to_path_buf(),
        source,
    })?;
    let root_lang = root
        .canonicalize()
        .ok()
        .as_deref()
        .and_then(Path::file_name)
        .and_then(|n| n.to_str())
        .and_then(lang_folder);
    let mut found = Vec::new();
    let mut diagnostics = Vec::new();
    walk(root, root, 0, &mut found, &mut diagnostics, root_lang);
    Ok(load_all(found, diagnostics, root.display().to_string()))
}

/// The KB embedded in the binary (the repository's `kb/`), loaded once per process.
pub fn bundled() -> Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| {
        let mut found = Vec::new();
        let mut stack = vec![&BUNDLED_KB];
        while let Some(dir) = stack.pop() {
            for entry in dir.entries() {
                match entry {
                    include_dir::DirEntry::Dir(d) => stack.push(d),
                    include_dir::DirEntry::File(f) => {
                        let rel = f.path().to_string_lossy().replace('\\', "/");
                        let name = rel.rsplit('/').next().unwrap_or(&rel);
                        let top_level_readme =
                            !rel.contains('/') && name.eq_ignore_ascii_case("readme.md");
                        if name.starts_with('.') || !is_page(name) || top_level_readme {
                            continue;
                        }
                        let parts: Vec<&str> = rel.split('/').collect();
                        let (folder_lang, fallback_id) = describe(&parts, None);
                        found.push(Found {
                            rel: rel.clone(),
                            fallback_id,
                            folder_lang,
                            source: FileSource::Embedded(f.contents()),
                        });
                    }
                }
            }
        }
        found.sort_by(|a, b| a.rel.cmp(&b.rel));
        load_all(found, Vec::new(), "kb/ (bundled)".to_string())
    })
    .clone()
}

#[cfg(test)]
mod tests;
