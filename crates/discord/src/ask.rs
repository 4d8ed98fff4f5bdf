//! `/ask text`: the KB article for a pasted error, in the user's language.
//!
//! Thin: picks the reply language, calls [`super::engine::Engine::ask`], renders, sends, and
//! records the question when nothing answered it. No matching here.

use super::engine::AskView;
use super::{embeds, language, reply, Context, Data, Error};

// Finds the KB article for an error message or log excerpt (description from fluent).
#[poise::command(slash_command)]
pub async fn ask(ctx: Context<'_>, text: String) -> Result<(), Error> {
    answer(ctx, &text, "ask").await
}

/// Answers `text` for a command (also used by the message command).
pub async fn answer(ctx: Context<'_>, text: &str, source: &str) -> Result<(), Error> {
    let lang = language::for_context(ctx, Some(text)).await;
    let data = ctx.data();
    let view = data.engine.ask(text, lang);
    remember_unanswered(data, &view, source, true);
    let l10n = data.engine.l10n();
    reply::send_pages(
        ctx,
        embeds::ask_pages(&view, l10n),
        embeds::ask_buttons(&view, l10n),
        false,
    )
    .await
}

/// Stores an unanswered question (its stripped form only) so KB authors see it. Questions
/// nobody asked explicitly count only when they look like an error.
pub fn remember_unanswered(data: &Data, view: &AskView, source: &str, asked: bool) {
    if view.hit.is_some() || view.smalltalk || !(asked || view.looks_like_error) {
        return;
    }
    if let Err(e) = data.store.unanswered(&view.stripped, view.lang, source) {
        tracing::warn!("cannot record an unanswered question: {e:#}");
    }
}
