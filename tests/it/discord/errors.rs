//! poise's own errors (stale options, values that do not parse, cooldowns, permissions,
//! guild-only and DM-only commands, owners, checks, panics) answered privately in the user's
//! language, end to end; and the wording of every notice in the five languages.
//!
//! kbbot's commands use none of poise's guards today, so commands defined here carry them;
//! the framework, the error handler and the fake are the real ones.

use kbbot_engine::i18n::{FluentValue, Localizer};
use kbbot_engine::Lang;
use serde_json::{json, Value};

use super::{callback_of, Running};
use crate::bot::errors::{permission_names, seconds_left, Notice};
use crate::bot::{Context, Error};
use crate::fake_discord::*;

/// The user every fixture interaction comes from.
const USER: &str = "600000000000000001";

/// Like [`super::start`], with `extra` commands beside kbbot's own.
async fn start_with(extra: Vec<poise::Command<crate::bot::Data, Error>>) -> Running {
    super::start_with_commands(|_| {}, extra).await
}

/// The text `id` in `lang`, straight from fluent (not through the code under test).
fn fluent(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    Localizer::bundled().msg(lang, id, args)
}

/// Waits for the interaction's callback and checks it is a private message saying `want`.
async fn private_answer(f: &Fake, interaction: &str, want: &str) {
    let cb = f
        .wait_for(&format!("the callback of {interaction}"), |s| {
            callback_of(s, interaction)
        })
        .await;
    let body = cb.body();
    assert_eq!(body["type"], 4, "a message: {body}");
    assert_eq!(body["data"]["flags"], 64, "private: {body}");
    assert_eq!(body["data"]["content"], want, "{body}");
    assert_eq!(
        body["data"]["allowed_mentions"]["parse"],
        json!([]),
        "{body}"
    );
}

async fn ok(ctx: Context<'_>) -> Result<(), Error> {
    ctx.say("ok").await?;
    Ok(())
}

/// Server only.
#[poise::command(slash_command, guild_only)]
async fn guildonly(ctx: Context<'_>) -> Result<(), Error> {
    ok(ctx).await
}

/// Direct messages only.
#[poise::command(slash_command, dm_only)]
async fn dmonly(ctx: Context<'_>) -> Result<(), Error> {
    ok(ctx).await
}

/// Owners only.
#[poise::command(slash_command, owners_only)]
async fn owners(ctx: Context<'_>) -> Result<(), Error> {
    ok(ctx).await
}

/// Needs the bot to embed and attach.
#[poise::command(slash_command, required_bot_permissions = "EMBED_LINKS | ATTACH_FILES")]
async fn botperms(ctx: Context<'_>) -> Result<(), Error> {
    ok(ctx).await
}

/// Needs the user to manage the server.
#[poise::command(slash_command, required_permissions = "MANAGE_GUILD")]
async fn userperms(ctx: Context<'_>) -> Result<(), Error> {
    ok(ctx).await
}

async fn say_no(_: Context<'_>) -> Result<bool, Error> {
    Ok(false)
}

/// Its check always says no.
#[poise::command(slash_command, check = "say_no")]
async fn checked(ctx: Context<'_>) -> Result<(), Error> {
    ok(ctx).await
}

/// Once a minute per user.
#[poise::command(slash_command, user_cooldown = 60)]
async fn slow(ctx: Context<'_>) -> Result<(), Error> {
    ok(ctx).await
}

/// A number typed as text.
#[poise::command(slash_command)]
async fn count(ctx: Context<'_>, #[string] n: u32) -> Result<(), Error> {
    ctx.say(format!("{n}")).await?;
    Ok(())
}

/// Panics.
#[poise::command(slash_command)]
async fn boom(_: Context<'_>) -> Result<(), Error> {
    panic!("deliberate panic: poise catches it and kbbot answers privately");
}

fn guarded_commands() -> Vec<poise::Command<crate::bot::Data, Error>> {
    vec![
        guildonly(),
        dmonly(),
        owners(),
        botperms(),
        userperms(),
        checked(),
        slow(),
        count(),
        boom(),
    ]
}

/// A slash command interaction in a direct message instead of the server.
fn in_dm(mut i: Value) -> Value {
    let o = i.as_object_mut().unwrap();
    o.remove("guild_id");
    o.remove("guild_locale");
    o.remove("member");
    o.insert(
        "user".into(),
        json!({"id": USER, "username": "operator", "discriminator": "0",
               "global_name": null, "avatar": null, "bot": false}),
    );
    i
}

/// A stale registration: Discord still offers a sixth language choice that kbbot dropped.
/// poise's own handler only logs this, so the user saw "The application did not respond".
#[tokio::test]
async fn a_stale_choice_is_answered_in_the_users_language() {
    let bot = super::start(|_| {}).await;
    let f = &bot.fake;
    f.dispatch(
        "INTERACTION_CREATE",
        slash(
            "210000000000000001",
            "language",
            "fr",
            json!([{"name": "language", "type": 4, "value": 9}]),
            Value::Null,
        ),
    );
    let want = fluent(Lang::Fr, "bot-error-outdated", &[]);
    private_answer(f, "210000000000000001", &want).await;
    assert!(want.contains("Discord"), "{want}");
    assert_ne!(want, fluent(Lang::En, "bot-error-outdated", &[]));
    assert_eq!(bot.store.user_lang(USER.parse().unwrap()).unwrap(), None);
    bot.stop().await;
}

/// A command Discord still offers but kbbot no longer has (an old registration): poise only
/// logs it, so the user saw "The application did not respond". Now they are told, in their
/// saved language when they have one, else in their Discord language.
#[tokio::test]
async fn a_command_kbbot_no_longer_has_is_answered_in_the_users_language() {
    let bot = super::start(|_| {}).await;
    let f = &bot.fake;
    let retired =
        |id: &str, locale: &str| slash(id, "kbbot-retired", locale, json!([]), Value::Null);
    f.dispatch("INTERACTION_CREATE", retired("210000000000000011", "sv-SE"));
    let sv = fluent(Lang::Sv, "bot-error-outdated", &[]);
    private_answer(f, "210000000000000011", &sv).await;
    assert_ne!(sv, fluent(Lang::En, "bot-error-outdated", &[]));

    bot.store
        .set_user_lang(USER.parse().unwrap(), Some(Lang::Nl))
        .unwrap();
    f.dispatch("INTERACTION_CREATE", retired("210000000000000012", "sv-SE"));
    let nl = fluent(Lang::Nl, "bot-error-outdated", &[]);
    private_answer(f, "210000000000000012", &nl).await;
    assert_ne!(nl, sv);
    bot.stop().await;
}

/// Each of poise's refusals, in a different language each time, privately.
#[tokio::test]
async fn poise_refusals_are_answered_in_the_users_language() {
    let bot = start_with(guarded_commands()).await;
    let f = &bot.fake;
    let none = json!([]);

    let mut bot_perms = slash(
        "210000000000000014",
        "botperms",
        "fr",
        none.clone(),
        Value::Null,
    );
    // View Channel and Send Messages, without Embed Links and Attach Files.
    bot_perms["app_permissions"] = json!("3072");
    let mut user_perms = slash(
        "210000000000000015",
        "userperms",
        "nl",
        none.clone(),
        Value::Null,
    );
    user_perms["member"]["permissions"] = json!("3072");
    let parse = json!([{"name": "n", "type": 3, "value": "twelve"}]);
    let cases: Vec<(Value, String)> = vec![
        (
            in_dm(slash(
                "210000000000000011",
                "guildonly",
                "nl",
                none.clone(),
                Value::Null,
            )),
            fluent(Lang::Nl, "bot-error-guild-only", &[]),
        ),
        (
            slash(
                "210000000000000012",
                "dmonly",
                "sv-SE",
                none.clone(),
                Value::Null,
            ),
            fluent(Lang::Sv, "bot-error-dm-only", &[]),
        ),
        (
            slash(
                "210000000000000013",
                "owners",
                "it",
                none.clone(),
                Value::Null,
            ),
            fluent(Lang::It, "bot-error-owners-only", &[]),
        ),
        (
            bot_perms,
            fluent(
                Lang::Fr,
                "bot-error-bot-permissions",
                &[("permissions", "Embed Links, Attach Files".into())],
            ),
        ),
        (
            user_perms,
            fluent(
                Lang::Nl,
                "bot-error-user-permissions",
                &[("permissions", "Manage Guild".into())],
            ),
        ),
        (
            slash(
                "210000000000000016",
                "checked",
                "sv-SE",
                none.clone(),
                Value::Null,
            ),
            fluent(Lang::Sv, "bot-error-denied", &[]),
        ),
        (
            slash("210000000000000017", "count", "it", parse, Value::Null),
            fluent(
                Lang::It,
                "bot-error-argument",
                &[("value", "twelve".into())],
            ),
        ),
        (
            slash(
                "210000000000000018",
                "boom",
                "fr",
                none.clone(),
                Value::Null,
            ),
            fluent(Lang::Fr, "bot-error", &[]),
        ),
    ];
    for (interaction, _) in &cases {
        f.dispatch("INTERACTION_CREATE", interaction.clone());
    }
    for (interaction, want) in &cases {
        let id = interaction["id"].as_str().unwrap();
        private_answer(f, id, want).await;
    }

    // The cooldown starts with the first use; the second is refused with the time left.
    let slow = |id: &str| slash(id, "slow", "nl", none.clone(), Value::Null);
    f.dispatch("INTERACTION_CREATE", slow("210000000000000021"));
    let first = f
        .wait_for("the first /slow", |s| callback_of(s, "210000000000000021"))
        .await;
    assert_eq!(first.body()["data"]["content"], "ok", "{}", first.body());
    f.dispatch("INTERACTION_CREATE", slow("210000000000000022"));
    let cb = f
        .wait_for("the second /slow", |s| callback_of(s, "210000000000000022"))
        .await;
    let body = cb.body();
    assert_eq!(body["data"]["flags"], 64, "private: {body}");
    let wait = |s: u64| fluent(Lang::Nl, "bot-error-cooldown", &[("seconds", s.into())]);
    let content = body["data"]["content"].as_str().unwrap_or_default();
    assert!(
        content == wait(60) || content == wait(59),
        "a Dutch wait of a minute: {body}"
    );
    assert!(f.unrouted().is_empty(), "{:?}", f.unrouted());
    bot.stop().await;
}

/// The message of every notice, with arguments that must each show up in every language.
fn examples() -> Vec<(Notice, &'static str, Vec<&'static str>)> {
    let value = Some("xyzzy-42".to_string());
    let all = vec![
        (Notice::Failed, "bot-error", vec![]),
        (Notice::Outdated, "bot-error-outdated", vec![]),
        (
            Notice::Argument { value },
            "bot-error-argument",
            vec!["xyzzy-42"],
        ),
        (
            Notice::Argument { value: None },
            "bot-error-argument-unknown",
            vec![],
        ),
        (
            Notice::Subcommand {
                subcommands: "alpha, beta".into(),
            },
            "bot-error-subcommand",
            vec!["alpha, beta"],
        ),
        (
            Notice::Cooldown { seconds: 37 },
            "bot-error-cooldown",
            vec!["37"],
        ),
        (
            Notice::BotPermissions {
                permissions: "Embed Links, Attach Files".into(),
            },
            "bot-error-bot-permissions",
            vec!["Embed Links, Attach Files"],
        ),
        (
            Notice::UserPermissions {
                permissions: "Manage Guild".into(),
            },
            "bot-error-user-permissions",
            vec!["Manage Guild"],
        ),
        (
            Notice::PermissionsUnknown,
            "bot-error-permissions-unknown",
            vec![],
        ),
        (Notice::OwnersOnly, "bot-error-owners-only", vec![]),
        (Notice::GuildOnly, "bot-error-guild-only", vec![]),
        (Notice::DmOnly, "bot-error-dm-only", vec![]),
        (Notice::NsfwOnly, "bot-error-nsfw-only", vec![]),
        (Notice::Denied, "bot-error-denied", vec![]),
    ];
    // A new kind of notice fails to compile here until it has an example above.
    for (n, _, _) in &all {
        match n {
            Notice::Failed
            | Notice::Outdated
            | Notice::Argument { .. }
            | Notice::Subcommand { .. }
            | Notice::Cooldown { .. }
            | Notice::BotPermissions { .. }
            | Notice::UserPermissions { .. }
            | Notice::PermissionsUnknown
            | Notice::OwnersOnly
            | Notice::GuildOnly
            | Notice::DmOnly
            | Notice::NsfwOnly
            | Notice::Denied => {}
        }
    }
    all
}

/// Variants the fake cannot reach (NSFW channels, subcommands, permission lookups) are
/// covered here: each notice maps to its own message, which exists in every language, is
/// not English outside English, and shows every value it is given.
#[test]
fn every_notice_has_its_own_message_in_all_five_languages() {
    let l10n = Localizer::bundled();
    let mut seen = std::collections::BTreeSet::new();
    for (notice, id, shown) in examples() {
        let (got, _) = notice.message();
        assert_eq!(got, id, "{notice:?}");
        seen.insert(id);
        let english = notice.text(Lang::En);
        for lang in Lang::ALL {
            assert!(l10n.has(lang, id), "{lang}: no {id}");
            let text = notice.text(lang);
            assert!(
                !text.contains('{'),
                "{lang} {id}: unfilled variable in {text:?}"
            );
            for value in &shown {
                assert!(
                    text.contains(value),
                    "{lang} {id}: {value:?} missing in {text:?}"
                );
            }
            if lang != Lang::En {
                assert_ne!(text, english, "{lang} {id} is still English");
            }
        }
    }
    assert_eq!(seen.len(), examples().len(), "two notices share a message");
}

#[test]
fn cooldowns_count_whole_seconds_and_plurals_follow_the_language() {
    use std::time::Duration;
    assert_eq!(seconds_left(Duration::from_millis(59_001)), 60);
    assert_eq!(seconds_left(Duration::from_secs(60)), 60);
    assert_eq!(seconds_left(Duration::from_millis(1)), 1);
    assert_eq!(seconds_left(Duration::ZERO), 1);
    for lang in Lang::ALL {
        let one = Notice::Cooldown { seconds: 1 }.text(lang);
        let two = Notice::Cooldown { seconds: 2 }.text(lang);
        assert_ne!(one.replace('1', "2"), two, "{lang}: no singular in {one:?}");
    }
}

#[test]
fn permission_names_are_discords_without_an_english_and() {
    use poise::serenity_prelude::Permissions;
    let names = permission_names(Permissions::EMBED_LINKS | Permissions::ATTACH_FILES);
    assert_eq!(names, "Embed Links, Attach Files");
    assert!(!names.contains(" and "));
}
