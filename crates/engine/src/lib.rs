//! kbbot: a multilingual knowledge-base support bot for Adobe Campaign Classic delivery errors.
//!
//! The engine lives here; the faces (`cli`, `bot`) live in the binary and hold no engine logic.
//!
//! - [`kb`]: the article model and loading a folder of Experience League pages.
//! - [`search`]: paste extraction, the tantivy index, matching and confidence.
//! - [`check`]: the serverConf.xml / config-<instance>.xml quota and flow-control checker.
//! - [`i18n`]: fluent bundles for the five languages and locale negotiation.
//! - [`answer`]: the neutral replies both journeys end in, and their renderings.
//!
//! See `DESIGN.md` in the shared folder for the map of the parts and the decisions behind them.

pub mod answer;
pub mod check;
pub mod i18n;
pub mod kb;
mod lang;
pub mod search;

pub use lang::{detect as detect_lang, Lang, UnknownLang};
