//! The `kbbot discord` process itself against the fake.

use std::time::{Duration, Instant};

use serde_json::json;

use super::SUPPORT;
use crate::fake_discord::*;

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

/// `kbbot report` reads what the bot stored: unanswered pastes and unhelpful articles.
#[test]
fn report_prints_what_the_bot_stored() {
    use kbbot_engine::Lang;
    use kbbot_store::{Store, Vote};

    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("bot.sqlite");
    {
        let store = Store::open(&db).unwrap();
        for _ in 0..2 {
            store
                .unanswered("refused the wobble flux", Lang::It, "ask")
                .unwrap();
        }
        store
            .vote(&Vote {
                message_id: 1,
                user_id: 2,
                article_id: "KA-21165".into(),
                lang: Lang::Sv,
                helpful: false,
            })
            .unwrap();
    }
    let out = crate::util::kbbot(&["report", "--db", db.to_str().unwrap(), "--lang", "fr"]);
    let text = crate::util::stdout(&out);
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    assert!(text.contains("2 × refused the wobble flux"), "{text}");
    assert!(text.contains("KA-21165"), "{text}");
    assert!(text.contains("(italien)"), "headings in French: {text}");
    let missing = crate::util::kbbot(&["report", "--db", "/nonexistent/kbbot.sqlite"]);
    assert_eq!(missing.status.code(), Some(2));
}

/// SIGTERM stops `kbbot discord` while Discord cannot be reached at all (serenity would retry
/// forever): here REST and the gateway point at a port nothing listens on.
#[cfg(unix)]
#[test]
fn the_binary_stops_on_sigterm_while_discord_is_unreachable() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("kbbot.toml");
    let db = dir.path().join("bot.sqlite");
    std::fs::write(&cfg, format!("database = {:?}\n", db.display().to_string())).unwrap();
    // A port that was free a moment ago: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap();
    let token = "secret-token-5678";
    let log_path = dir.path().join("stderr.log");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_kbbot"))
        .args(["discord", "--config"])
        .arg(&cfg)
        .env("DISCORD_TOKEN", token)
        .env("DISCORD_API_BASE", format!("http://127.0.0.1:{port}"))
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("RUST_LOG", "debug")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::fs::File::create(&log_path).unwrap())
        .spawn()
        .expect("kbbot starts");
    let mut child = KillOnDrop(child);
    // Long enough to be past start-up and into connecting.
    std::thread::sleep(Duration::from_secs(3));
    assert!(
        child.0.try_wait().expect("wait").is_none(),
        "still trying to connect"
    );
    let pid = child.0.id().to_string();
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
        let log = std::fs::read_to_string(&log_path).unwrap_or_default();
        assert!(
            Instant::now() < deadline,
            "kbbot still runs 10 s after SIGTERM\n{log}"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
    assert!(status.success(), "exit {status:?}\n{log}");
    assert!(!log.contains(token), "the token is never logged");
}
