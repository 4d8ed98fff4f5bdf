//! End to end: the real serenity/poise client from `bot::build_client` (the function
//! `kbbot discord` uses) against the fake Discord on 127.0.0.1. Nothing leaves the machine.

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use kbbot::i18n::Localizer;
use kbbot::Lang;
use poise::serenity_prelude as serenity;
use serde_json::{json, Value};

use crate::bot::{build_client, BotConfig, Engine, Settings, Store, Token};
use crate::fake_discord::*;

const SUPPORT: &str = "500000000000000001";
const OTHER: &str = "500000000000000009";
const QUOTA_PASTE: &str = "Our deliveries are stuck, the MTA log says:\n```\nMessages queued (connection quotas met)\n```";

fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    ENGINE
        .get_or_init(|| {
            Arc::new(Engine::new(kbbot::kb::bundled()).expect("the bundled KB indexes"))
        })
        .clone()
}

struct Running {
    fake: Fake,
    shards: Arc<serenity::ShardManager>,
    task: tokio::task::JoinHandle<()>,
    store: Arc<Store>,
    _dir: tempfile::TempDir,
}

impl Running {
    async fn stop(self) {
        self.shards.shutdown_all().await;
        self.task.abort();
    }
}

async fn start(tweak: impl FnOnce(&mut Settings)) -> Running {
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
    let mut client = build_client(cfg, engine(), store.clone())
        .await
        .expect("client builds");
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

fn replies_to<'a>(log: &'a [Seen], message_id: &str) -> Vec<&'a Seen> {
    log.iter()
        .filter(|s| s.is_rest("POST", "/api/v10/channels/"))
        .filter(|s| s.body()["message_reference"]["message_id"] == message_id)
        .collect()
}

fn is_reply_to(s: &Seen, message_id: &str) -> bool {
    s.is_rest("POST", "/api/v10/channels/")
        && s.body()["message_reference"]["message_id"] == message_id
}

fn callback_of(s: &Seen, interaction: &str) -> bool {
    s.is_rest("POST", &format!("/api/v10/interactions/{interaction}/"))
}

fn text_of(body: &Value) -> String {
    body.to_string()
}

fn mention(content: &str) -> String {
    format!("<@{BOT_ID}> {content}")
}

fn mention_message(id: &str, channel: &str, content: &str) -> Value {
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
async fn ask_with_french_locale_answers_in_french() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    f.dispatch(
        "INTERACTION_CREATE",
        slash(
            "200000000000000001",
            "ask",
            "fr",
            json!([{"name": "text", "type": 3, "value": "Messages queued (connection quotas met)"}]),
            Value::Null,
        ),
    );
    let cb = f
        .wait_for("the /ask callback", |s| {
            callback_of(s, "200000000000000001")
        })
        .await;
    let body = cb.body();
    assert_eq!(body["type"], 4, "answered at once: {body}");
    let l10n = Localizer::bundled();
    let fr_label = l10n.msg(Lang::Fr, "bot-field-confidence", &[]);
    assert!(text_of(body).contains(&fr_label), "French labels: {body}");
    assert!(text_of(body).contains("KA-22154"), "{body}");
    bot.stop().await;
}

#[tokio::test]
async fn saved_language_wins_over_the_locale() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    f.dispatch(
        "INTERACTION_CREATE",
        slash(
            "200000000000000011",
            "language",
            "en-US",
            json!([{"name": "language", "type": 4, "value": 3}]),
            Value::Null,
        ),
    );
    let cb = f
        .wait_for("the /language callback", |s| {
            callback_of(s, "200000000000000011")
        })
        .await;
    assert_eq!(cb.body()["data"]["flags"], 64, "private: {}", cb.body());
    assert_eq!(
        bot.store.user_lang(600000000000000001).unwrap(),
        Some(Lang::Sv)
    );
    f.dispatch(
        "INTERACTION_CREATE",
        slash(
            "200000000000000012",
            "article",
            "en-US",
            json!([{"name": "id", "type": 3, "value": "no-such-article"}]),
            Value::Null,
        ),
    );
    let cb = f
        .wait_for("the /article callback", |s| {
            callback_of(s, "200000000000000012")
        })
        .await;
    let want = Localizer::bundled().msg(
        Lang::Sv,
        "bot-article-unknown",
        &[("id", "no-such-article".into())],
    );
    assert_eq!(cb.body()["data"]["content"], want.as_str());
    bot.stop().await;
}

fn check_interaction(id: &str, files: &[(&str, &str, u64, &str)]) -> Value {
    let names = ["file", "file2", "file3"];
    let options: Vec<Value> = files
        .iter()
        .zip(names)
        .map(|((aid, ..), n)| json!({"name": n, "type": 11, "value": aid}))
        .collect();
    let mut resolved = serde_json::Map::new();
    for (aid, name, size, url) in files {
        resolved.insert(aid.to_string(), attachment(aid, name, *size, url));
    }
    slash(
        id,
        "check",
        "en-US",
        json!(options),
        json!({"attachments": resolved}),
    )
}

const CONFIG: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<serverconf>
  <shared>
    <dataStore>
      <dbcnx name="default" server="db.example.com" login="neolane" provider="PostgreSQL"/>
    </dataStore>
  </shared>
  <mta statServerAddress="myStatServer">
    <child>
      <smtp>
        <IPAffinity name="default">
          <IP address="10.0.0.1" heloHost="mail.example.com"/>
        </IPAffinity>
      </smtp>
    </child>
  </mta>
</serverconf>
"#;

const SECRET: &str = "Sup3rS3cretValue";

#[tokio::test]
async fn check_downloads_the_attachment_and_reports() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let url = f.serve_file("attachments/1/3001/serverConf.xml", CONFIG.as_bytes());
    f.dispatch(
        "INTERACTION_CREATE",
        check_interaction(
            "200000000000000021",
            &[(
                "300000000000003001",
                "serverConf.xml",
                CONFIG.len() as u64,
                &url,
            )],
        ),
    );
    f.wait_for("the download", |s| {
        s.is_rest("GET", "/cdn/attachments/1/3001/")
    })
    .await;
    let cb = f
        .wait_for("the /check callback", |s| {
            callback_of(s, "200000000000000021")
        })
        .await;
    let body = cb.body();
    assert_eq!(body["type"], 4, "{body}");
    assert!(body["data"]["embeds"][0]["title"].is_string(), "{body}");
    assert!(
        text_of(body).contains("doc-placeholder-value"),
        "the placeholder stat server is reported: {body}"
    );
    assert_ne!(body["data"]["flags"], 64, "no secrets, public: {body}");
    bot.stop().await;
}

#[tokio::test]
async fn secrets_make_the_check_private_and_are_not_echoed() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let config = CONFIG.replace(
        r#"provider="PostgreSQL"/>"#,
        &format!(r#"provider="PostgreSQL" password="{SECRET}" encrypted="0"/>"#),
    );
    let url = f.serve_file("attachments/1/3002/serverConf.xml", config.as_bytes());
    f.dispatch(
        "INTERACTION_CREATE",
        check_interaction(
            "200000000000000022",
            &[(
                "300000000000003002",
                "serverConf.xml",
                config.len() as u64,
                &url,
            )],
        ),
    );
    let cb = f
        .wait_for("the /check callback", |s| {
            callback_of(s, "200000000000000022")
        })
        .await;
    let body = cb.body();
    assert_eq!(body["data"]["flags"], 64, "ephemeral: {body}");
    let title = Localizer::bundled().msg(Lang::En, "bot-secrets-title", &[]);
    assert!(text_of(body).contains(&title), "says so: {body}");
    assert!(!f
        .log()
        .iter()
        .any(|s| s.body().to_string().contains(SECRET)));
    bot.stop().await;
}

#[tokio::test]
async fn oversize_attachment_is_refused_without_download() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let url = f.serve_file("attachments/1/3003/serverConf.xml", b"<serverconf/>");
    f.dispatch(
        "INTERACTION_CREATE",
        check_interaction(
            "200000000000000023",
            &[(
                "300000000000003003",
                "serverConf.xml",
                3 * 1024 * 1024,
                &url,
            )],
        ),
    );
    let cb = f
        .wait_for("the /check callback", |s| {
            callback_of(s, "200000000000000023")
        })
        .await;
    assert_eq!(cb.body()["data"]["flags"], 64);
    assert!(text_of(cb.body()).contains("3072"), "{}", cb.body());
    assert!(
        !f.log().iter().any(|s| s.is_rest("GET", "/cdn/")),
        "never downloaded"
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
async fn feedback_buttons_are_stored() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    f.dispatch(
        "INTERACTION_CREATE",
        button(
            "200000000000000031",
            "kb:fb:0:fr:KA-22154",
            "700000000000000042",
            "fr",
        ),
    );
    let cb = f
        .wait_for("the button callback", |s| {
            callback_of(s, "200000000000000031")
        })
        .await;
    assert_eq!(cb.body()["data"]["flags"], 64);
    let votes = bot.store.votes().unwrap();
    assert_eq!(votes.len(), 1);
    assert_eq!(votes[0].article_id, "KA-22154");
    assert_eq!(votes[0].lang, Lang::Fr);
    assert!(!votes[0].helpful);
    assert_eq!(votes[0].message_id, 700000000000000042);
    let bad = bot.store.unhelpful_articles(10).unwrap();
    assert_eq!(bad[0].key, "KA-22154");
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
    const N: usize = 40;
    let mut samples = Vec::with_capacity(N);
    for i in 0..N {
        let id = format!("1100000000000{i:05}");
        let sent = Instant::now();
        f.dispatch("MESSAGE_CREATE", user_message(&id, SUPPORT, QUOTA_PASTE));
        let reply = f.wait_for("a reply", |s| is_reply_to(s, &id)).await;
        samples.push(reply.at().saturating_duration_since(sent));
    }
    samples.sort();
    let p50 = samples[N / 2];
    let p99 = samples[(N * 99 / 100).min(N - 1)];
    eprintln!("dispatch -> reply request over {N} messages: p50 {p50:?}, p99 {p99:?}");
    assert!(p50 < Duration::from_secs(1), "sanity bound: p50 {p50:?}");
    bot.stop().await;
}

#[tokio::test]
async fn an_upload_with_credentials_is_flagged_and_deleted() {
    let bot = start(|s| s.delete_uploads_with_secrets = true).await;
    let f = &bot.fake;
    let config = CONFIG.replace(
        r#"provider="PostgreSQL"/>"#,
        &format!(r#"provider="PostgreSQL" password="{SECRET}" encrypted="0"/>"#),
    );
    let url = f.serve_file("attachments/1/3004/config-prod.xml", config.as_bytes());
    let mut m = user_message("100000000000000030", SUPPORT, "here is our config");
    m["attachments"] = json!([attachment(
        "300000000000003004",
        "config-prod.xml",
        config.len() as u64,
        &url
    )]);
    f.dispatch("MESSAGE_CREATE", m);
    let reply = f
        .wait_for("the check reply", |s| is_reply_to(s, "100000000000000030"))
        .await;
    let warning = Localizer::bundled().msg(Lang::En, "bot-secrets-delete", &[]);
    assert_eq!(reply.body()["content"], warning.as_str());
    f.wait_for("the upload's deletion", |s| {
        s.is_rest(
            "DELETE",
            &format!("/api/v10/channels/{SUPPORT}/messages/100000000000000030"),
        )
    })
    .await;
    assert!(!f
        .log()
        .iter()
        .any(|s| s.body().to_string().contains(SECRET)));
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

/// The `kbbot discord` binary: token from the environment, config from a file, one shard of
/// a range, REST through `DISCORD_API_BASE`; SIGTERM stops it cleanly (it once took 5 s: a
/// second, phantom shard was queued) and the token never reaches its debug log.
#[cfg(unix)]
#[tokio::test]
async fn the_binary_runs_against_the_fake_and_stops_on_sigterm() {
    let fake = Fake::start().await;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.sqlite");
    let cfg = dir.path().join("kbbot.toml");
    std::fs::write(
        &cfg,
        format!(
            "support_channels = [{SUPPORT}]\ndefault_language = \"nl\"\ndatabase = {:?}\ndev_guild = {GUILD_ID}\n",
            db.display().to_string()
        ),
    )
    .unwrap();
    let token = "secret-token-1234";
    let log_path = dir.path().join("stderr.log");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_kbbot"))
        .args(["discord", "--shards", "2", "--shard-count", "4", "--config"])
        .arg(&cfg)
        .env("DISCORD_TOKEN", token)
        .env("DISCORD_API_BASE", &fake.base)
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("RUST_LOG", "debug")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .spawn()
        .expect("kbbot starts");
    let mut child = KillOnDrop(child);
    let spawned = Instant::now();
    let ident = fake
        .wait_for("IDENTIFY from the binary", |s| {
            matches!(s, Seen::Gateway { op: 2, .. })
        })
        .await;
    assert_eq!(ident.body()["token"], format!("Bot {token}"));
    assert_eq!(
        ident.body()["shard"],
        json!([2, 4]),
        "only shard 2 of 4 runs here"
    );
    fake.wait_for("guild command registration", |s| {
        s.is_rest(
            "PUT",
            &format!("/api/v10/applications/{APP_ID}/guilds/{GUILD_ID}/commands"),
        )
    })
    .await;
    eprintln!("binary: registered {:?} after spawn", spawned.elapsed());
    let pid = child.0.id().to_string();
    let term = Instant::now();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let deadline = Instant::now() + WAIT;
    let status = loop {
        if let Some(status) = child.0.try_wait().expect("wait") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "kbbot still runs 10 s after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    eprintln!("binary: exited {:?} after SIGTERM", term.elapsed());
    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
    assert!(status.success(), "exit {status:?}\n{log}");
    assert!(!log.contains(token), "the token is never logged");
    assert!(db.is_file(), "the database was created and migrated");
}

/// Kills a child process the test started if the test ends early.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}
