//! Messages: a mention of kbbot (or a direct message) with a paste gets an answer; in the
//! support channels of the config, a message that matches a known error with high
//! confidence gets a short reply (in a thread on it where the channel allows), anything
//! less stays silent; `serverConf.xml` / `config-*.xml` uploads there are checked.
//!
//! Thin: decides *whether* to answer from the engine's confidence and the config, never
//! *what*; contents are not logged.

use std::sync::Arc;

use poise::serenity_prelude as serenity;

use super::attachments::is_config_name;
use super::engine::Confidence;
use super::{ask, check, embeds, language, logs, reply, Data, Error};

/// Where a message came from, as far as kbbot cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// Someone asked kbbot: a mention or a direct message. Always answered.
    Asked,
    /// A support channel message nobody addressed to kbbot: answered only when sure.
    Support,
}

pub async fn handle(
    ctx: &serenity::Context,
    data: &Data,
    me: serenity::UserId,
    msg: &serenity::Message,
) -> Result<(), Error> {
    if msg.author.bot || msg.webhook_id.is_some() {
        return Ok(());
    }
    let origin = if msg.guild_id.is_none() || msg.mentions.iter().any(|u| u.id == me) {
        Origin::Asked
    } else if data
        .settings
        .support_channels
        .contains(&msg.channel_id.get())
    {
        Origin::Support
    } else {
        return Ok(());
    };

    let configs: Vec<&serenity::Attachment> = msg
        .attachments
        .iter()
        .filter(|a| is_config_name(&a.filename))
        .collect();
    if !configs.is_empty() && (origin == Origin::Asked || data.settings.auto_check_attachments) {
        return check_upload(ctx, data, msg, &configs).await;
    }

    let text = strip_mention(&msg.content, me);
    let paste = data.engine.read(&text);
    let lang = language::resolve(data, msg.author.id, None, Some(&paste));
    let l10n = data.engine.l10n();
    if let Some(att) = msg
        .attachments
        .iter()
        .find(|a| logs::is_log_name(&a.filename))
    {
        return log_upload(ctx, data, msg, att, origin, lang).await;
    }
    if text.trim().is_empty() {
        if origin == Origin::Asked {
            let hint = l10n.msg(lang, "bot-mention-help", &[]);
            reply::post_notice(&ctx.http, msg.channel_id, Some(msg.id), &hint).await?;
        }
        return Ok(());
    }
    let answer = data.engine.ask(paste, lang);
    let sure = Confidence::of(&answer) == Confidence::High;
    let source = match origin {
        Origin::Asked => "mention",
        Origin::Support => "channel",
    };
    ask::remember_unanswered(data, &answer, source, origin == Origin::Asked);
    if origin == Origin::Support && !sure {
        return Ok(());
    }
    let (channel, reply_to) = match (origin, &answer.answer) {
        (Origin::Support, Some(hit)) if data.settings.reply_in_thread => {
            thread_for(ctx, msg, &hit.title).await
        }
        _ => (msg.channel_id, Some(msg.id)),
    };
    let extras = reply::Extras {
        buttons: embeds::ask_buttons(&answer, l10n),
        ..reply::Extras::default()
    };
    reply::post_pages(
        &ctx.http,
        channel,
        reply_to,
        embeds::ask_pages(&answer, l10n),
        extras,
    )
    .await
}

/// A new thread on `msg` named after the answer, or the channel itself (replying to the
/// message) where threads are not possible: a thread already, a DM, no permission.
async fn thread_for(
    ctx: &serenity::Context,
    msg: &serenity::Message,
    title: &str,
) -> (serenity::ChannelId, Option<serenity::MessageId>) {
    let name = embeds::clip(title, 100);
    let builder = serenity::CreateThread::new(name)
        .auto_archive_duration(serenity::AutoArchiveDuration::OneDay);
    match msg
        .channel_id
        .create_thread_from_message(&ctx.http, msg.id, builder)
        .await
    {
        Ok(thread) => (thread.id, None),
        Err(e) => {
            tracing::debug!(channel = %msg.channel_id, "no thread, replying inline: {e}");
            (msg.channel_id, Some(msg.id))
        }
    }
}

/// Checks config uploads in a message; warns about credentials and deletes the upload when
/// the config allows it (and the bot may).
async fn check_upload(
    ctx: &serenity::Context,
    data: &Data,
    msg: &serenity::Message,
    configs: &[&serenity::Attachment],
) -> Result<(), Error> {
    let engine = Arc::clone(&data.engine);
    let l10n = engine.l10n();
    let words = engine.read(&msg.content);
    let lang = language::resolve(data, msg.author.id, None, Some(&words));
    let limit = data.settings.check_time_limit();
    let checked = check::run(Arc::clone(&engine), configs, limit, lang).await;
    let secrets = checked.secrets();
    let (notice, pages) = check::render(&checked, lang, &engine);
    if pages.is_empty() {
        let text = notice.unwrap_or_default();
        return reply::post_notice(&ctx.http, msg.channel_id, Some(msg.id), &text).await;
    }
    // The warning on credentials and any refused file go in the message above the report.
    let warning = [
        secrets.then(|| l10n.msg(lang, "bot-secrets-delete", &[])),
        notice,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>();
    let warning = (!warning.is_empty()).then(|| warning.join("\n\n"));
    let extras = reply::Extras {
        content: warning,
        file: check::chart_file(&checked),
        ..reply::Extras::default()
    };
    reply::post_pages(&ctx.http, msg.channel_id, Some(msg.id), pages, extras).await?;
    if secrets && data.settings.delete_uploads_with_secrets {
        if let Err(e) = msg.delete(&ctx.http).await {
            tracing::info!(message = %msg.id, "could not delete an upload with credentials: {e}");
        }
    }
    Ok(())
}

/// Triages a text upload (a long paste, a log) and replies with its distinct errors. In a
/// support channel nobody asked: silent unless an error has an article.
async fn log_upload(
    ctx: &serenity::Context,
    data: &Data,
    msg: &serenity::Message,
    att: &serenity::Attachment,
    origin: Origin,
    lang: kbbot_engine::Lang,
) -> Result<(), Error> {
    let engine = Arc::clone(&data.engine);
    match logs::triage(Arc::clone(&engine), att, lang).await {
        logs::Triaged::Config => check_upload(ctx, data, msg, &[att]).await,
        logs::Triaged::Refused(text) => {
            reply::post_notice(&ctx.http, msg.channel_id, Some(msg.id), &text).await
        }
        logs::Triaged::Log(reply) => {
            if origin == Origin::Support && reply.errors.is_empty() {
                return Ok(());
            }
            let pages = embeds::log_pages(&reply, &att.filename, engine.l10n());
            let extras = reply::Extras::default();
            reply::post_pages(&ctx.http, msg.channel_id, Some(msg.id), pages, extras).await
        }
    }
}

/// The message without kbbot's own mention.
fn strip_mention(content: &str, me: serenity::UserId) -> String {
    content
        .replace(&format!("<@{me}>"), " ")
        .replace(&format!("<@!{me}>"), " ")
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mention_is_stripped() {
        let me = serenity::UserId::new(42);
        assert_eq!(strip_mention("<@42> 550 5.7.1 <@!42>", me), "550 5.7.1");
        assert_eq!(strip_mention("<@43> hi", me), "<@43> hi");
    }
}
