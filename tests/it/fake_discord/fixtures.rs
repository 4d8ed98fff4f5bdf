//! JSON fixtures in the shapes serenity 0.12 deserialises (the fake validates each one).

use serde_json::{json, Value};

use super::{APP_ID, BOT_ID, GUILD_ID};

pub fn user(id: &str, name: &str, bot: bool) -> Value {
    json!({"id": id, "username": name, "discriminator": "0", "global_name": null,
           "avatar": null, "bot": bot})
}

pub fn bot_user() -> Value {
    user(BOT_ID, "kbbot", true)
}

pub(super) fn ready_json() -> Value {
    json!({
        "v": 10,
        "user": bot_user(),
        "guilds": [],
        "session_id": "fake-session",
        "resume_gateway_url": "ws://127.0.0.1:1",
        "application": {"id": APP_ID, "flags": 0},
    })
}

/// A Message object; `body` supplies content, embeds and components of a REST answer.
pub fn message_json(
    id: &str,
    channel: &str,
    guild: Option<&str>,
    author: Value,
    body: &Value,
) -> Value {
    let mut m = json!({
        "id": id, "channel_id": channel, "author": author,
        "content": body["content"].as_str().unwrap_or_default(),
        "timestamp": "2026-01-01T00:00:00.000000+00:00", "edited_timestamp": null,
        "tts": false, "mention_everyone": false, "mentions": [], "mention_roles": [],
        "attachments": [], "embeds": [], "pinned": false, "type": 0,
    });
    if let Some(g) = guild {
        m["guild_id"] = json!(g);
    }
    m
}

/// A user's message in a guild channel.
pub fn user_message(id: &str, channel: &str, content: &str) -> Value {
    message_json(
        id,
        channel,
        Some(GUILD_ID),
        user("600000000000000001", "operator", false),
        &json!({"content": content}),
    )
}

/// An attachment object served by the fake.
pub fn attachment(id: &str, name: &str, size: u64, url: &str) -> Value {
    json!({"id": id, "filename": name, "size": size, "url": url, "proxy_url": url,
           "content_type": "application/xml"})
}

fn member() -> Value {
    json!({"user": user("600000000000000001", "operator", false), "roles": [], "deaf": false,
           "mute": false, "flags": 0, "joined_at": "2024-01-01T00:00:00.000000+00:00",
           "permissions": "2147483647"})
}

fn interaction_base(id: &str, kind: u8, channel: &str, locale: &str) -> Value {
    json!({
        "id": id, "application_id": APP_ID, "type": kind, "token": format!("itoken-{id}"),
        "version": 1, "guild_id": GUILD_ID, "channel_id": channel, "locale": locale,
        "guild_locale": "en-US", "entitlements": [], "attachment_size_limit": 26214400,
        "app_permissions": "2147483647", "member": member(),
    })
}

/// A slash command interaction.
pub fn slash(id: &str, name: &str, locale: &str, options: Value, resolved: Value) -> Value {
    let mut i = interaction_base(id, 2, "500000000000000001", locale);
    let mut data = json!({"id": "300000000000000001", "name": name, "type": 1, "options": options});
    if !resolved.is_null() {
        data["resolved"] = resolved;
    }
    i["data"] = data;
    i
}

/// A button press on a message the bot sent.
pub fn button(id: &str, custom_id: &str, message_id: &str, locale: &str) -> Value {
    let channel = "500000000000000001";
    let mut i = interaction_base(id, 3, channel, locale);
    i["message"] = message_json(message_id, channel, Some(GUILD_ID), bot_user(), &json!({}));
    i["data"] = json!({"custom_id": custom_id, "component_type": 2});
    i
}
