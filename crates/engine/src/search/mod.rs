//! Search: paste extraction and normalisation, the tantivy schema and per-language analyzers,
//! the index (in memory by default, on disk on request), matching and confidence.
//!
//! **Invariant:** same KB, same paste, same result. Nothing here formats output or knows
//! about Discord or the terminal, and nothing here knows of `answer`: the [`Outcome`] it
//! returns (ranked articles and their [`Why`]) is what `answer` builds the reply from.
//!
//! # Overview
//!
//! - [`Matcher`]: built once from a [`crate::kb::Kb`]; [`Matcher::find`] ranks the KB for a paste.
//! - [`paste::extract`](extract): what a paste holds (error lines, codes, the user's words, their language).
//! - [`build_on_disk`] / [`Matcher::open_or_build`]: the on-disk index `kbbot index` writes and
//!   later runs reuse while the KB's [`fingerprint`] is unchanged.
//!
//! ```
//! use kbbot_engine::search::{AskOptions, Matcher};
//! let matcher = Matcher::build(kbbot_engine::kb::bundled()).expect("the bundled KB indexes");
//! let outcome = matcher.find("hello, how are you?", &AskOptions::default());
//! assert!(!outcome.answered);
//! ```
//!
//! Modules: `analyzers` (the analyzer names and their one `register`), `schema`, `index`
//! (build, open, fingerprint), `scrub` (codes and variable parts), `paste`,
//! `signatures` (the error-string table), `cues` (small talk and off-topic words), `bm25` (term
//! clauses scored straight from the postings), `phrase` (error-line windows found verbatim),
//! `matcher`, `confidence`; `baseline` (plain BM25, the yardstick of `kbbot eval --baseline`).

mod analyzers;
mod baseline;
mod bm25;
mod confidence;
mod cues;
mod error;
mod index;
mod lexicon;
mod matcher;
mod paste;
mod phrase;
mod schema;
mod scrub;
mod signatures;
mod triage;
mod triage_read;

pub use baseline::Baseline;
pub use confidence::{Evidence, THRESHOLD};
pub use error::SearchError;
pub use index::{build_on_disk, build_on_disk_with_fingerprint, fingerprint, FINGERPRINT_FILE};
pub use matcher::{AskOptions, Hit, LangChoice, Matcher, Other, Outcome, Why};
pub use paste::{extract, ErrorLine, Paste, Severity, Truncation, MAX_BYTES, MAX_LINES};
pub use triage::{LogGroup, LogScan, MAX_GROUPS, MAX_LINE_CHARS};
pub use triage_read::{scan_log, LogReadError};
