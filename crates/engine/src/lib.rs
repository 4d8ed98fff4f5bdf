//! kbbot's engine: a multilingual knowledge-base support bot for Adobe Campaign Classic
//! delivery errors, without its faces.
//!
//! The faces (the `kbbot` command line, the `kbbot-discord` bot) depend on this crate and hold
//! no engine logic; this crate depends on no async runtime, Discord, SQL or command-line crate.
//!
//! - [`kb`]: the article model and loading a folder of Experience League pages.
//! - [`search`]: paste extraction, the tantivy index, matching and confidence.
//! - [`check`]: the serverConf.xml / config-<instance>.xml quota and flow-control checker.
//! - [`i18n`]: fluent bundles for the five languages and locale negotiation.
//! - [`answer`]: the one seam: the neutral replies both journeys end in, their renderings, and
//!   the eval metrics.
//!
//! `ARCHITECTURE.md` at the top of the repository says what each part owns and must not touch.

#![deny(missing_docs)]

pub mod answer;
pub mod check;
pub mod i18n;
pub mod kb;
mod lang;
pub mod search;

pub use lang::{detect as detect_lang, Lang, UnknownLang};
