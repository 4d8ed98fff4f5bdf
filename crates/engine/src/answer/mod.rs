//! Answer: the neutral replies both journeys end in (an ask answer or decline, a check
//! report), and their localised rendering to terminal text, Markdown and JSON; and [`eval`],
//! the figures of the matcher on a labelled query set (DESIGN.md puts eval metrics here).
//!
//! **Invariant:** no serenity types, no tantivy or XML types; everything user-facing is
//! looked up in [`crate::i18n`].

mod ask;
mod excerpt;
mod render_ask;
mod show;
mod triage;

pub use crate::search::Why;
pub use ask::{
    ask, ask_read, ask_received, ArticleReply, AskReply, Candidate, Decision, Note, OtherError,
    Sent,
};
pub use render_ask::{
    note_text, other_errors_text, render_ask_json, render_ask_text, render_show_text,
};
pub use show::ShowReply;
pub use triage::{render_log_text, triage, LogError, LogReply, MAX_NAMED};
pub mod check;
pub mod eval;
