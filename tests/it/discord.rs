//! End to end: the real serenity/poise client from `bot::build_client` (the function
//! `kbbot discord` uses) against the fake Discord on 127.0.0.1. Nothing leaves the machine.
//!
//! Here: the connection, registration, messages, the gateway drop and latency. Commands and
//! buttons are in `discord/commands.rs`, uploads in `discord/checks.rs`, text uploads (logs) in `discord/logs.rs`, poise's own errors in
//! `discord/errors.rs`, the `kbbot discord` process in `discord/binary.rs`.

mod binary;
mod checks;
mod commands;
mod errors;
mod logs;

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use kbbot_engine::i18n::Localizer;
use kbbot_engine::Lang;
use poise::serenity_prelude as serenity;
use serde_json::{json, Value};

use crate::bot::{build_client, build_client_with, BotConfig, Engine, Settings, Store, Token};
use crate::fake_discord::*;

pub(crate) const SUPPORT: &str = "500000000000000001";
pub(crate) const OTHER: &str = "500000000000000009";
pub(crate) const QUOTA_PASTE: &str = "Our deliveries are stuck, the MTA log says:\n```\nMessages queued (connection quotas met)\n```";

pub(crate) fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            Arc::new(Engine::new(kbbot_engine::kb::bundled()).expect("the bundled KB indexes"))
        })
        .clone()
}

pub(crate) struct Running {
    pub(crate) fake: Fake,
    shards: Arc<serenity::ShardManager>,
    task: tokio::task::JoinHandle<()>,
    pub(crate) store: Arc<Store>,
    _dir: tempfile::TempDir,
}

impl Running {
    pub(crate) async fn stop(self) {
        self.shards.shutdown_all().await;
        self.task.abort();
    }
}

pub(crate) async fn start(tweak: impl FnOnce(&mut Settings)) -> Running {
    start_with_commands(tweak, Vec::new()).await
}

/// Like [`start`], with `extra` commands beside kbbot's own.
pub(crate) async fn start_with_commands(
    tweak: impl FnOnce(&mut Settings),
    extra: Vec<poise::Command<crate::bot::Data, crate::bot::Error>>,
) -> Running {
    let fake = Fake::start().await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut settings = Settings {
        support_channels: [SUPPORT.parse().unwrap()].into(),
        reply_in_thread: false,
        database: dir.path().join("bot.sqlite"),
        ..Settings::default()
    };
    tweak(&mut settings);
    let store = Arc::new(Store::open(&settings.database).expect("store"));
    let cfg = BotConfig {
        token: Token::new("test-token").unwrap(),
        settings,
        api_base: Some(fake.base.clone()),
    };
    // kbbot's own commands go through `build_client` itself, as `kbbot discord` does.
    let client = if extra.is_empty() {
        build_client(cfg, engine(), store.clone()).await
    } else {
        let mut commands = crate::bot::commands();
        commands.extend(extra);
        build_client_with(cfg, engine(), store.clone(), commands).await
    };
    let mut client = client.expect("client builds");
    let shards = client.shard_manager.clone();
    let task = tokio::spawn(async move {
        let _ = client.start().await;
    });
    fake.wait_for("IDENTIFY", |s| matches!(s, Seen::Gateway { op: 2, .. }))
        .await;
    fake.wait_for("command registration", |s| {
        s.is_rest("PUT", "/api/v10/applications/")
    })
    .await;
    Running {
        fake,
        shards,
        task,
        store,
        _dir: dir,
    }
}

pub(crate) fn replies_to<'a>(log: &'a [Seen], message_id: &str) -> Vec<&'a Seen> {
    log.iter()
        .filter(|s| s.is_rest("POST", "/api/v10/channels/"))
        .filter(|s| s.body()["message_reference"]["message_id"] == message_id)
        .collect()
}

pub(crate) fn is_reply_to(s: &Seen, message_id: &str) -> bool {
    s.is_rest("POST", "/api/v10/channels/")
        && s.body()["message_reference"]["message_id"] == message_id
}

pub(crate) fn callback_of(s: &Seen, interaction: &str) -> bool {
    s.is_rest("POST", &format!("/api/v10/interactions/{interaction}/"))
}

pub(crate) fn text_of(body: &Value) -> String {
    body.to_string()
}

pub(crate) fn mention(content: &str) -> String {
    format!("<@{BOT_ID}> {content}")
}

pub(crate) fn mention_message(id: &str, channel: &str, content: &str) -> Value {
    let mut m = user_message(id, channel, &mention(content));
    m["mentions"] = json!([bot_user()]);
    m
}

#[tokio::test]
async fn connects_and_registers_localised_commands() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let ident = f
        .wait_for("IDENTIFY", |s| matches!(s, Seen::Gateway { op: 2, .. }))
        .await;
    assert_eq!(ident.body()["token"], "Bot test-token");
    let intents = ident.body()["intents"].as_u64().unwrap();
    assert_ne!(intents & (1 << 15), 0, "MESSAGE_CONTENT is requested");
    assert_ne!(intents & (1 << 9), 0, "GUILD_MESSAGES is requested");
    f.wait_for("a heartbeat", |s| matches!(s, Seen::Gateway { op: 1, .. }))
        .await;
    assert!(f.log().iter().any(|s| s.is_rest("GET", "/api/v10/gateway")));

    let put = f
        .wait_for("PUT commands", |s| {
            s.is_rest("PUT", "/api/v10/applications/")
        })
        .await;
    let cmds = put.body().as_array().expect("an array of commands");
    let by = |n: &str| {
        cmds.iter()
            .find(|c| c["name"] == n)
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(by("ask")["name_localizations"]["fr"], "demander");
    assert_eq!(by("ask")["name_localizations"]["sv-SE"], "fråga");
    assert_eq!(by("ask")["options"][0]["name_localizations"]["nl"], "tekst");
    assert_eq!(
        by("check")["options"][0]["type"],
        11,
        "an Attachment option"
    );
    assert_eq!(by("check")["options"].as_array().unwrap().len(), 3);
    assert_eq!(by("article")["options"][0]["autocomplete"], true);
    let menu = cmds
        .iter()
        .find(|c| c["type"] == 3)
        .expect("a message command");
    assert_eq!(menu["name"], "Find resolution");
    assert_eq!(menu["name_localizations"]["fr"], "Trouver la solution");
    for c in cmds.iter().filter(|c| c["type"] == 1) {
        for locale in ["fr", "nl", "sv-SE", "it", "en-US", "en-GB"] {
            assert!(c["description_localizations"][locale].is_string(), "{c}");
        }
    }
    assert!(f.unrouted().is_empty(), "{:?}", f.unrouted());
    bot.stop().await;
}

#[tokio::test]
async fn support_channel_answers_errors_and_ignores_small_talk() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    f.dispatch(
        "MESSAGE_CREATE",
        user_message(
            "100000000000000001",
            SUPPORT,
            "thanks all, have a nice weekend!",
        ),
    );
    f.dispatch(
        "MESSAGE_CREATE",
        user_message("100000000000000002", OTHER, QUOTA_PASTE),
    );
    f.dispatch(
        "MESSAGE_CREATE",
        user_message("100000000000000003", SUPPORT, QUOTA_PASTE),
    );
    let reply = f
        .wait_for("the reply to the pasted error", |s| {
            is_reply_to(s, "100000000000000003")
        })
        .await;
    let body = reply.body();
    assert!(
        text_of(body).contains("KA-22154"),
        "answers with the quota article: {body}"
    );
    assert_eq!(body["allowed_mentions"]["parse"], json!([]));
    let log = f.log();
    assert!(
        replies_to(&log, "100000000000000001").is_empty(),
        "small talk stays silent"
    );
    assert!(
        replies_to(&log, "100000000000000002").is_empty(),
        "channels outside the config are not read"
    );
    bot.stop().await;
}

#[tokio::test]
async fn an_everyone_paste_pings_nobody() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let mut m = mention_message(
        "100000000000000010",
        OTHER,
        &format!("@everyone help! {QUOTA_PASTE}"),
    );
    m["mention_everyone"] = json!(true);
    f.dispatch("MESSAGE_CREATE", m);
    let reply = f
        .wait_for("the reply to the mention", |s| {
            is_reply_to(s, "100000000000000010")
        })
        .await;
    let am = &reply.body()["allowed_mentions"];
    assert_eq!(am["parse"], json!([]), "{am}");
    assert!(am["users"].as_array().is_none_or(Vec::is_empty), "{am}");
    assert!(am["roles"].as_array().is_none_or(Vec::is_empty), "{am}");
    assert_eq!(am["replied_user"], false);
    bot.stop().await;
}

#[tokio::test]
async fn rides_out_a_gateway_drop() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    f.dispatch(
        "MESSAGE_CREATE",
        mention_message("100000000000000020", OTHER, QUOTA_PASTE),
    );
    f.wait_for("the first answer", |s| is_reply_to(s, "100000000000000020"))
        .await;
    let dropped = Instant::now();
    f.drop_gateway();
    f.wait_for("RESUME or a new IDENTIFY on a new connection", |s| {
        matches!(s, Seen::Gateway { op: 2 | 6, .. }) && s.at() > dropped
    })
    .await;
    f.dispatch(
        "MESSAGE_CREATE",
        mention_message("100000000000000021", OTHER, QUOTA_PASTE),
    );
    f.wait_for("the answer after the reconnect", |s| {
        is_reply_to(s, "100000000000000021")
    })
    .await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn latency_from_dispatch_to_reply() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    const N: usize = 100;
    let mut samples = Vec::with_capacity(N);
    for i in 0..N {
        let id = format!("1100000000000{i:05}");
        let sent = Instant::now();
        f.dispatch("MESSAGE_CREATE", user_message(&id, SUPPORT, QUOTA_PASTE));
        let reply = f.wait_for("a reply", |s| is_reply_to(s, &id)).await;
        samples.push(reply.at().saturating_duration_since(sent));
    }
    let first = samples[0];
    samples.sort();
    let p50 = samples[N / 2];
    let p99 = samples[N * 99 / 100 - 1];
    let max = samples[N - 1];
    eprintln!(
        "dispatch -> reply request over {N} messages: p50 {p50:?}, p99 {p99:?}, max {max:?}, \
         first (cold) {first:?}"
    );
    assert!(p50 < Duration::from_secs(1), "sanity bound: p50 {p50:?}");
    bot.stop().await;
}

#[tokio::test]
async fn support_channel_answers_in_a_thread_where_allowed() {
    let bot = start(|s| s.reply_in_thread = true).await;
    let f = &bot.fake;
    f.dispatch(
        "MESSAGE_CREATE",
        user_message("100000000000000040", SUPPORT, QUOTA_PASTE),
    );
    let thread = f
        .wait_for("a thread on the message", |s| {
            s.is_rest(
                "POST",
                &format!("/api/v10/channels/{SUPPORT}/messages/100000000000000040/threads"),
            )
        })
        .await;
    assert!(thread.body()["name"]
        .as_str()
        .is_some_and(|n| !n.is_empty()));
    let answer = f
        .wait_for("the answer in the thread", |s| {
            s.is_rest("POST", "/api/v10/channels/")
                && !s.is_rest("POST", &format!("/api/v10/channels/{SUPPORT}/"))
        })
        .await;
    assert!(
        text_of(answer.body()).contains("KA-22154"),
        "{}",
        answer.body()
    );
    bot.stop().await;
}

#[tokio::test]
async fn support_channel_replies_in_the_language_of_the_words() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let paste = "Bonjour, nos envois sont bloqués depuis ce matin et le journal du MTA affiche \
                 ceci :\n```\nMessages queued (connection quotas met)\n```";
    f.dispatch(
        "MESSAGE_CREATE",
        user_message("100000000000000050", SUPPORT, paste),
    );
    let reply = f
        .wait_for("the reply", |s| is_reply_to(s, "100000000000000050"))
        .await;
    let fr = Localizer::bundled().msg(Lang::Fr, "bot-field-confidence", &[]);
    assert!(text_of(reply.body()).contains(&fr), "{}", reply.body());
    bot.stop().await;
}
