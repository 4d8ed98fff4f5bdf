//! The knowledge base: the article model, loading a folder of Experience League pages, KB lint.
//!
//! Owns: [`Article`] (one language version of an article), [`Kb`] (all articles plus the
//! diagnostics of files that failed), loading from a folder or from the copy of `kb/` embedded
//! in the binary, and the lint a KB author runs.
//!
//! **Invariant:** nothing here knows about search, checking or Discord. Loading never panics
//! and never stops at a bad file: a broken file becomes a [`Diagnostic`] and the rest loads.

mod article;
mod load;

pub use article::{Article, ArticleId, LangSource, Section, Sections};
pub use load::{bundled, load_dir, Diagnostic, Kb, LoadError};
