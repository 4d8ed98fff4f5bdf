//! Sending rendered pages: as an interaction response (then follow-ups), or as channel
//! messages replying to a user's message. Every message goes out with mentions disabled, so
//! an `@everyone` in a paste or an article pings nobody.
//!
//! Owns the transport of already rendered embeds; must not render or decide anything.

use poise::serenity_prelude as serenity;
use serenity::{
    CreateActionRow, CreateAllowedMentions, CreateAttachment, CreateEmbed, CreateMessage,
};

use super::embeds::{clip, len16};
use super::{Context, Error};

/// Longest message content Discord accepts.
pub const CONTENT_MAX: usize = 2000;

/// Allowed mentions that allow nothing: no @everyone, roles, users or reply ping.
pub fn no_mentions() -> CreateAllowedMentions {
    CreateAllowedMentions::new()
        .everyone(false)
        .all_users(false)
        .all_roles(false)
        .replied_user(false)
}

/// A short text reply to a command.
pub fn notice(text: String, ephemeral: bool) -> poise::CreateReply {
    poise::CreateReply::default()
        .content(clip(&text, CONTENT_MAX))
        .ephemeral(ephemeral)
        .allowed_mentions(no_mentions())
}

/// Answers a command with `pages`: the first with the buttons, the rest as follow-ups.
pub async fn send_pages(
    ctx: Context<'_>,
    pages: Vec<CreateEmbed>,
    buttons: Vec<CreateActionRow>,
    ephemeral: bool,
) -> Result<(), Error> {
    send_pages_with_file(ctx, pages, buttons, ephemeral, None).await
}

/// [`send_pages`] with a file attached to the first page (the quota chart).
pub async fn send_pages_with_file(
    ctx: Context<'_>,
    pages: Vec<CreateEmbed>,
    buttons: Vec<CreateActionRow>,
    ephemeral: bool,
    file: Option<CreateAttachment>,
) -> Result<(), Error> {
    let mut buttons = Some(buttons);
    let mut file = file;
    for page in pages {
        let mut r = poise::CreateReply::default()
            .embed(page)
            .ephemeral(ephemeral)
            .allowed_mentions(no_mentions());
        if let Some(b) = buttons.take().filter(|b| !b.is_empty()) {
            r = r.components(b);
        }
        if let Some(f) = file.take() {
            r = r.attachment(f);
        }
        ctx.send(r).await?;
    }
    Ok(())
}

/// What a posted reply carries besides its pages: a short `content` above the first page,
/// the buttons under it, a file attached to it.
#[derive(Default)]
pub struct Extras {
    pub content: Option<String>,
    pub buttons: Vec<CreateActionRow>,
    pub file: Option<CreateAttachment>,
}

/// Posts `pages` in `channel`, the first replying to `reply_to` when given and carrying the
/// `extras`.
pub async fn post_pages(
    http: &serenity::Http,
    channel: serenity::ChannelId,
    reply_to: Option<serenity::MessageId>,
    pages: Vec<CreateEmbed>,
    extras: Extras,
) -> Result<(), Error> {
    let Extras {
        content,
        buttons,
        mut file,
    } = extras;
    let mut first = true;
    let mut buttons = Some(buttons);
    for page in pages {
        let mut m = CreateMessage::new()
            .embed(page)
            .allowed_mentions(no_mentions());
        if first {
            if let Some(id) = reply_to {
                m = m.reference_message((channel, id));
            }
            if let Some(text) = content.as_deref().filter(|t| len16(t) > 0) {
                m = m.content(clip(text, CONTENT_MAX));
            }
            first = false;
        }
        if let Some(b) = buttons.take().filter(|b| !b.is_empty()) {
            m = m.components(b);
        }
        if let Some(f) = file.take() {
            m = m.add_file(f);
        }
        channel.send_message(http, m).await?;
    }
    Ok(())
}

/// Posts a short text in `channel`, replying to `reply_to` when given.
pub async fn post_notice(
    http: &serenity::Http,
    channel: serenity::ChannelId,
    reply_to: Option<serenity::MessageId>,
    text: &str,
) -> Result<(), Error> {
    let mut m = CreateMessage::new()
        .content(clip(text, CONTENT_MAX))
        .allowed_mentions(no_mentions());
    if let Some(id) = reply_to {
        m = m.reference_message((channel, id));
    }
    channel.send_message(http, m).await?;
    Ok(())
}
