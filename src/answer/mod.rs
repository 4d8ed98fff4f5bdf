//! Answer: the neutral replies both journeys end in (an ask answer or decline, a check
//! report), and their localised rendering to terminal text, Markdown and JSON.
//!
//! **Invariant:** no serenity types, no tantivy or XML types; everything user-facing is
//! looked up in [`crate::i18n`].

pub mod check;
