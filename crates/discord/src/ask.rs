//! `/ask text`: the KB article for a pasted error, in the user's language.
//!
//! Thin: picks the reply language, calls [`super::engine::Engine::ask`], renders, sends, and
//! records the question when nothing answered it. No matching here.

use kbbot_engine::answer::{AskReply, Note};

use super::{embeds, language, reply, Context, Data, Error};

// Finds the KB article for an error message or log excerpt (description from fluent).
#[poise::command(slash_command)]
pub async fn ask(ctx: Context<'_>, text: String) -> Result<(), Error> {
    answer(ctx, &text, "ask").await
}

/// Answers `text` for a command (also used by the message command).
pub async fn answer(ctx: Context<'_>, text: &str, source: &str) -> Result<(), Error> {
    let paste = ctx.data().engine.read(text);
    let lang = language::for_context(ctx, Some(&paste)).await;
    let data = ctx.data();
    let reply = data.engine.ask(paste, lang);
    remember_unanswered(data, &reply, source, true);
    let l10n = data.engine.l10n();
    reply::send_pages(
        ctx,
        embeds::ask_pages(&reply, l10n),
        embeds::ask_buttons(&reply, l10n),
        false,
    )
    .await
}

/// Stores an unanswered question (its stripped form only) so KB authors see it. Questions
/// nobody asked explicitly count only when they look like an error.
pub fn remember_unanswered(data: &Data, reply: &AskReply, source: &str, asked: bool) {
    let smalltalk = reply.notes.contains(&Note::SmallTalk);
    if reply.is_answer() || smalltalk || !(asked || reply.looks_like_error) {
        return;
    }
    if let Err(e) = data.store.unanswered(&reply.paste_read, reply.lang, source) {
        tracing::warn!("cannot record an unanswered question: {e:#}");
    }
}
