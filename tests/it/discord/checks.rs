//! `/check` and config uploads end to end: downloads, findings, credentials, the size cap
//! and deferral when the CDN is slow.

use kbbot_engine::i18n::Localizer;
use kbbot_engine::Lang;
use serde_json::{json, Value};

use super::{callback_of, is_reply_to, start, text_of, user_message, SUPPORT};
use crate::fake_discord::*;

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

/// Dispatches `/check` with `files` as interaction `id` and waits for its callback.
async fn run_check(f: &Fake, id: &str, files: &[(&str, &str, u64, &str)]) -> Seen {
    f.dispatch("INTERACTION_CREATE", check_interaction(id, files));
    f.wait_for("the /check callback", |s| callback_of(s, id))
        .await
}

pub(crate) const CONFIG: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
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

pub(crate) const SECRET: &str = "Sup3rS3cretValue";

#[tokio::test]
async fn check_downloads_the_attachment_and_reports() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let url = f.serve_file("attachments/1/3001/serverConf.xml", CONFIG.as_bytes());
    let instance = r#"<serverconf><mta autoStart="true"/></serverconf>"#;
    let url2 = f.serve_file("attachments/1/3011/config-prod.xml", instance.as_bytes());
    f.dispatch(
        "INTERACTION_CREATE",
        check_interaction(
            "200000000000000021",
            &[
                (
                    "300000000000003001",
                    "serverConf.xml",
                    CONFIG.len() as u64,
                    &url,
                ),
                (
                    "300000000000003011",
                    "config-prod.xml",
                    instance.len() as u64,
                    &url2,
                ),
            ],
        ),
    );
    f.wait_for("the download", |s| {
        s.is_rest("GET", "/cdn/attachments/1/3001/")
    })
    .await;
    f.wait_for("the second download", |s| {
        s.is_rest("GET", "/cdn/attachments/1/3011/")
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
    let title = body["data"]["embeds"][0]["title"]
        .as_str()
        .unwrap_or_default();
    assert!(
        title.contains("config-prod.xml"),
        "both files checked together: {title}"
    );
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
    let cb = run_check(
        f,
        "200000000000000022",
        &[(
            "300000000000003002",
            "serverConf.xml",
            config.len() as u64,
            &url,
        )],
    )
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
    let cb = run_check(
        f,
        "200000000000000023",
        &[(
            "300000000000003003",
            "serverConf.xml",
            3 * 1024 * 1024,
            &url,
        )],
    )
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
async fn a_slow_download_defers_privately_then_follows_up() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let url = f.serve_file_slowly(
        "attachments/1/3005/serverConf.xml",
        CONFIG.as_bytes(),
        std::time::Duration::from_millis(2500),
    );
    f.dispatch(
        "INTERACTION_CREATE",
        check_interaction(
            "200000000000000025",
            &[(
                "300000000000003005",
                "serverConf.xml",
                CONFIG.len() as u64,
                &url,
            )],
        ),
    );
    let dispatched = f
        .wait_for(
            "the dispatch",
            |s| matches!(s, Seen::Dispatched { id, .. } if id == "200000000000000025"),
        )
        .await;
    let cb = f
        .wait_for("the deferral", |s| callback_of(s, "200000000000000025"))
        .await;
    assert_eq!(cb.body()["type"], 5, "deferred: {}", cb.body());
    assert_eq!(
        cb.body()["data"]["flags"],
        64,
        "privately, content unknown yet"
    );
    let waited = cb.at().saturating_duration_since(dispatched.at());
    assert!(
        waited < std::time::Duration::from_secs(3),
        "deferred after {waited:?}"
    );
    let follow = f
        .wait_for("the follow-up", |s| {
            s.is_rest(
                "POST",
                &format!("/api/v10/webhooks/{APP_ID}/itoken-200000000000000025"),
            )
        })
        .await;
    assert!(
        text_of(follow.body()).contains("doc-placeholder-value"),
        "{}",
        follow.body()
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_check_over_its_time_limit_is_answered_not_awaited() {
    // A limit of zero seconds: the check cannot finish in time, whatever the machine.
    let bot = start(|s| s.check_time_limit_secs = 0).await;
    let f = &bot.fake;
    let url = f.serve_file("attachments/1/3021/serverConf.xml", CONFIG.as_bytes());
    let cb = run_check(
        f,
        "200000000000000031",
        &[(
            "300000000000003021",
            "serverConf.xml",
            CONFIG.len() as u64,
            &url,
        )],
    )
    .await;
    let said = Localizer::bundled().msg(
        Lang::En,
        "bot-check-timeout",
        &[("files", "serverConf.xml".into()), ("seconds", 0.into())],
    );
    assert_eq!(cb.body()["data"]["content"], said.as_str(), "{}", cb.body());
    assert_eq!(cb.body()["data"]["flags"], 64, "private: {}", cb.body());
    bot.stop().await;
}

#[tokio::test]
async fn an_oversize_upload_does_not_stop_the_others_being_checked() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let url = f.serve_file("attachments/1/3022/serverConf.xml", CONFIG.as_bytes());
    let big = f.serve_file("attachments/1/3023/config-prod.xml", b"<serverconf/>");
    let cb = run_check(
        f,
        "200000000000000032",
        &[
            (
                "300000000000003022",
                "serverConf.xml",
                CONFIG.len() as u64,
                &url,
            ),
            (
                "300000000000003023",
                "config-prod.xml",
                3 * 1024 * 1024,
                &big,
            ),
        ],
    )
    .await;
    let notice = text_of(cb.body());
    assert!(
        notice.contains("config-prod.xml") && notice.contains("3072"),
        "{notice}"
    );
    let report = f
        .wait_for("the report", |s| s.is_rest("POST", "/api/v10/webhooks/"))
        .await;
    let report = text_of(report.body());
    assert!(report.contains("doc-placeholder-value"), "{report}");
    assert!(
        !f.log()
            .iter()
            .any(|s| s.is_rest("GET", "/cdn/attachments/1/3023/")),
        "the oversize file is never downloaded"
    );
    bot.stop().await;
}

#[tokio::test]
async fn a_conf_named_instance_file_is_checked_as_kbbot_check_reads_it() {
    // `kbbot check` reads conf-<instance>.xml as an instance file; the bot's auto-check agrees.
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let url = f.serve_file("attachments/1/3024/conf-prod.xml", CONFIG.as_bytes());
    let mut m = user_message("100000000000000034", SUPPORT, "our instance file");
    m["attachments"] = json!([attachment(
        "300000000000003024",
        "conf-prod.xml",
        CONFIG.len() as u64,
        &url
    )]);
    f.dispatch("MESSAGE_CREATE", m);
    let reply = f
        .wait_for("the check reply", |s| is_reply_to(s, "100000000000000034"))
        .await;
    let text = text_of(reply.body());
    assert!(text.contains("conf-prod.xml"), "{text}");
    bot.stop().await;
}

/// The files a recorded request carried (multipart), as the fake read them.
fn files_of(body: &Value) -> Vec<Value> {
    body["_files"].as_array().cloned().unwrap_or_default()
}

#[tokio::test]
async fn a_check_of_a_config_with_an_mta_attaches_its_quota_chart() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let config = r#"<serverconf><mta autoStart="true" statServerAddress="localhost">
        <master maxSpareServers="4"/></mta></serverconf>"#;
    let url = f.serve_file("attachments/1/3021/config-prod.xml", config.as_bytes());
    let file = (
        "300000000000003021",
        "config-prod.xml",
        config.len() as u64,
        url.as_str(),
    );
    let cb = run_check(f, "200000000000000041", &[file]).await;
    let body = cb.body();
    let files = files_of(body);
    assert_eq!(files.len(), 1, "one PNG: {body}");
    assert_eq!(files[0]["filename"], "quota-chart.png");
    assert_eq!(files[0]["png"], true);
    assert!(files[0]["size"].as_u64() < Some(100_000), "{files:?}");
    assert_eq!(
        body["data"]["embeds"][0]["image"]["url"], "attachment://quota-chart.png",
        "{body}"
    );
    // A fragment without an mta has no chart.
    let fragment = r#"<dnsConfig nameServers="192.0.2.53"/>"#;
    let url = f.serve_file("attachments/1/3022/config-frag.xml", fragment.as_bytes());
    let file = (
        "300000000000003022",
        "config-frag.xml",
        fragment.len() as u64,
        url.as_str(),
    );
    let cb = run_check(f, "200000000000000042", &[file]).await;
    let body = cb.body();
    assert!(files_of(body).is_empty(), "{body}");
    assert!(body["data"]["embeds"][0]["image"].is_null(), "{body}");
    bot.stop().await;
}
