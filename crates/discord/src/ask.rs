//! `/ask [text] [file]`: the KB article for a pasted error, in the user's language; with a
//! file (a log, a long paste saved as `message.txt`), its distinct errors triaged.
//!
//! Thin: picks the reply language, calls [`super::engine::Engine::ask`] (or the log triage,
//! or the checker for a config by content), renders, sends, and records the question when
//! nothing answered it. No matching here.

use std::sync::Arc;

use kbbot_engine::answer::{AskReply, Note};
use poise::serenity_prelude as serenity;

use super::{check, embeds, language, logs, reply, Context, Data, Error};

// Finds the KB article for an error message or log excerpt (description from fluent).
#[poise::command(slash_command)]
pub async fn ask(
    ctx: Context<'_>,
    text: Option<String>,
    file: Option<serenity::Attachment>,
) -> Result<(), Error> {
    match (file, text) {
        (Some(file), _) => answer_file(ctx, &file).await,
        (None, Some(text)) => answer(ctx, &text, "ask").await,
        (None, None) => {
            let lang = language::for_context(ctx, None).await;
            let msg = ctx.data().engine.l10n().msg(lang, "bot-ask-nothing", &[]);
            ctx.send(reply::notice(msg, true)).await?;
            Ok(())
        }
    }
}

/// Triages an attached log (or checks it, when it is a config by its content).
async fn answer_file(ctx: Context<'_>, file: &serenity::Attachment) -> Result<(), Error> {
    let lang = language::for_context(ctx, None).await;
    let engine = Arc::clone(&ctx.data().engine);
    // Downloading and reading a log can pass Discord's three seconds.
    ctx.defer().await?;
    match logs::triage(Arc::clone(&engine), file, lang).await {
        logs::Triaged::Log(triaged) => {
            let pages = embeds::log_pages(&triaged, &file.filename, engine.l10n());
            reply::send_pages(ctx, pages, Vec::new(), false).await
        }
        logs::Triaged::Config => check::answer_files(ctx, vec![file.clone()]).await,
        logs::Triaged::Refused(text) => {
            ctx.send(reply::notice(text, true)).await?;
            Ok(())
        }
    }
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
