//! Text uploads end to end: a `message.txt` log triaged into one reply naming each distinct
//! error with its count, an oversize upload refused before download, a binary one refused,
//! and a config by content checked whatever its name.

use serde_json::json;

use super::{is_reply_to, start, text_of, user_message, SUPPORT};
use crate::fake_discord::*;

fn upload(id: &str, att: &str, name: &str, size: u64, url: &str) -> serde_json::Value {
    let mut m = user_message(id, SUPPORT, "");
    m["attachments"] = json!([attachment(att, name, size, url)]);
    m
}

#[tokio::test]
async fn a_message_txt_log_gets_one_reply_naming_each_error_with_its_count() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let (text, counts) = crate::util::three_error_log();
    let url = f.serve_file("attachments/1/3101/message.txt", text.as_bytes());
    let m = upload(
        "100000000000000101",
        "300000000000003101",
        "message.txt",
        text.len() as u64,
        &url,
    );
    f.dispatch("MESSAGE_CREATE", m);
    let reply = f
        .wait_for("the log reply", |s| is_reply_to(s, "100000000000000101"))
        .await;
    let body = reply.body();
    let description = body["embeds"][0]["description"]
        .as_str()
        .unwrap_or_default();
    for (count, id) in counts.iter().zip(["KA-22154", "KB-0001", "KB-0002"]) {
        assert!(
            description.contains(&format!("• {count} × ")) && description.contains(id),
            "{id} ×{count} not named: {description}"
        );
    }
    assert!(body["embeds"][0]["title"]
        .as_str()
        .unwrap_or_default()
        .contains("message.txt"));
    assert_eq!(
        super::replies_to(&f.log(), "100000000000000101").len(),
        1,
        "one reply"
    );
    bot.stop().await;
}

#[tokio::test]
async fn an_oversize_or_binary_text_upload_is_refused_and_a_config_is_checked() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let url = f.serve_file("attachments/1/3102/big.log", b"never fetched");
    f.dispatch(
        "MESSAGE_CREATE",
        upload(
            "100000000000000102",
            "300000000000003102",
            "big.log",
            3 * 1024 * 1024,
            &url,
        ),
    );
    let reply = f
        .wait_for("the refusal", |s| is_reply_to(s, "100000000000000102"))
        .await;
    assert!(text_of(reply.body()).contains("3072"), "{}", reply.body());
    assert!(!f
        .log()
        .iter()
        .any(|s| s.is_rest("GET", "/cdn/attachments/1/3102/")));

    let binary = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
    let url = f.serve_file("attachments/1/3103/core.txt", binary);
    f.dispatch(
        "MESSAGE_CREATE",
        upload(
            "100000000000000103",
            "300000000000003103",
            "core.txt",
            binary.len() as u64,
            &url,
        ),
    );
    let reply = f
        .wait_for("the binary refusal", |s| {
            is_reply_to(s, "100000000000000103")
        })
        .await;
    assert!(
        text_of(reply.body()).contains("is not a text log"),
        "{}",
        reply.body()
    );

    // A config saved as .txt is checked, not triaged.
    let config = r#"<?xml version="1.0"?><serverconf><mta autoStart="true"/></serverconf>"#;
    let url = f.serve_file("attachments/1/3104/config.txt", config.as_bytes());
    f.dispatch(
        "MESSAGE_CREATE",
        upload(
            "100000000000000104",
            "300000000000003104",
            "config.txt",
            config.len() as u64,
            &url,
        ),
    );
    let reply = f
        .wait_for("the check reply", |s| is_reply_to(s, "100000000000000104"))
        .await;
    assert!(
        text_of(reply.body()).contains("statServerAddress-missing"),
        "{}",
        reply.body()
    );
    bot.stop().await;
}

#[tokio::test]
async fn ask_with_a_log_file_triages_it_and_without_anything_says_what_to_give() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let (text, counts) = crate::util::three_error_log();
    let url = f.serve_file("attachments/1/3111/message.txt", text.as_bytes());
    let mut resolved = serde_json::Map::new();
    resolved.insert(
        "300000000000003111".into(),
        attachment("300000000000003111", "message.txt", text.len() as u64, &url),
    );
    f.dispatch(
        "INTERACTION_CREATE",
        slash(
            "200000000000000111",
            "ask",
            "en-US",
            json!([{"name": "file", "type": 11, "value": "300000000000003111"}]),
            json!({"attachments": resolved}),
        ),
    );
    let followup = f
        .wait_for("the /ask follow-up", |s| {
            s.is_rest("POST", "/api/v10/webhooks/")
                && s.body()["embeds"][0]["description"].is_string()
        })
        .await;
    let description = followup.body()["embeds"][0]["description"]
        .as_str()
        .unwrap_or_default();
    assert!(
        description.contains(&format!("• {} × ", counts[0])) && description.contains("KA-22154"),
        "{description}"
    );
    f.dispatch(
        "INTERACTION_CREATE",
        slash(
            "200000000000000112",
            "ask",
            "en-US",
            json!([]),
            serde_json::Value::Null,
        ),
    );
    let cb = f
        .wait_for("the empty /ask callback", |s| {
            super::callback_of(s, "200000000000000112")
        })
        .await;
    assert!(text_of(cb.body()).contains("attach a log"), "{}", cb.body());
    bot.stop().await;
}

/// The time from a `message.txt` upload's dispatch to the reply request, over 20 uploads of
/// the 5,000-line log (download from the fake's CDN, triage, reply); printed for the README.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn latency_from_a_message_txt_upload_to_its_reply() {
    use std::time::{Duration, Instant};
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let (text, _) = crate::util::three_error_log();
    const N: usize = 20;
    let mut samples = Vec::with_capacity(N);
    for i in 0..N {
        let path = format!("attachments/1/32{i:02}/message.txt");
        let url = f.serve_file(&path, text.as_bytes());
        let id = format!("1200000000000{i:05}");
        let att = format!("3000000000032{i:05}");
        let sent = Instant::now();
        f.dispatch(
            "MESSAGE_CREATE",
            upload(&id, &att, "message.txt", text.len() as u64, &url),
        );
        let reply = f.wait_for("a log reply", |s| is_reply_to(s, &id)).await;
        samples.push(reply.at().saturating_duration_since(sent));
    }
    samples.sort();
    let (p50, p99) = (samples[N / 2], samples[N - 1]);
    eprintln!(
        "message.txt (5,000 lines) -> reply request over {N} uploads: p50 {p50:?}, p99 {p99:?}"
    );
    assert!(p50 < Duration::from_secs(20), "sanity bound: p50 {p50:?}");
    bot.stop().await;
}
