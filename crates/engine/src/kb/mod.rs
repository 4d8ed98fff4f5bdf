//! The knowledge base: the article model, loading a folder of Experience League pages, KB lint.
//!
//! Owns: [`Article`] (one language version of an article), [`Kb`] (all articles plus the
//! diagnostics of files that failed), loading from a folder or from the copy of `kb/` embedded
//! in the binary, language detection for unlabelled pages, and the lint a KB author runs.
//!
//! Inside: `frontmatter` (YAML with a tolerant fallback), `markup` (Adobe markup to plain
//! Markdown), `html` (inline HTML and tables), `markdown` (plain text, error strings),
//! `sections`, `lang` (detection), `parse` (one page), `load` (folders, bundled), `lint`,
//! `suggest` (the ids someone typing an id may mean: [`Kb::suggest_ids`]).
//!
//! **Invariant:** nothing here knows about search, checking or Discord. Loading never panics
//! and never stops at a bad file: a broken file becomes a [`Diagnostic`] and the rest loads.
//!
//! ```
//! let kb = kbbot_engine::kb::bundled();
//! for (id, versions) in kb.groups() {
//!     assert!(!versions.is_empty(), "{id}");
//! }
//! ```

mod article;
mod diag;
mod fence;
mod frontmatter;
mod html;
mod lint;
mod load;
mod markdown;
mod markup;
mod parse;
mod sections;
mod suggest;
mod text;
mod walk;

pub use article::{Article, ArticleId, LangSource, Section, Sections};
pub use diag::{Diagnostic, DiagnosticKind};
pub use fence::Fence;
pub use lint::{is_kb_style, lang_list, lint, Finding, FindingKind, LangCount, LintReport};
pub use load::{bundled, load_dir, Kb, LoadError, MAX_PAGE_BYTES};
pub use suggest::{IdMatch, IdSuggestion};
