//! Slash commands, the attachment checks and the buttons, end to end.

use kbbot::i18n::Localizer;
use kbbot::Lang;
use serde_json::{json, Value};

use super::{callback_of, is_reply_to, start, text_of, user_message, SUPPORT};
use crate::fake_discord::*;

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
async fn unanswered_questions_are_stored_without_their_variable_parts() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let text =
        "```\n2026-01-02 10:11:12 frobnicator 10.20.30.40 refused the wobble flux 77812\n```";
    f.dispatch(
        "INTERACTION_CREATE",
        slash(
            "200000000000000041",
            "ask",
            "nl",
            json!([{"name": "text", "type": 3, "value": text}]),
            Value::Null,
        ),
    );
    let cb = f
        .wait_for("the /ask callback", |s| {
            callback_of(s, "200000000000000041")
        })
        .await;
    let unsure = Localizer::bundled().msg(Lang::Nl, "bot-ask-unsure-title", &[]);
    assert!(
        text_of(cb.body()).contains(&unsure),
        "a decline: {}",
        cb.body()
    );
    let rows = bot.store.top_unanswered(10).unwrap();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].lang, Lang::Nl);
    assert!(rows[0].key.contains("wobble"), "{rows:?}");
    for variable in ["10.20.30.40", "77812", "10:11:12"] {
        assert!(!rows[0].key.contains(variable), "{variable} kept: {rows:?}");
    }
    bot.stop().await;
}

#[tokio::test]
async fn article_ids_autocomplete_from_the_kb() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let mut i = slash(
        "200000000000000051",
        "article",
        "it",
        json!([{"name": "id", "type": 3, "value": "22154", "focused": true}]),
        Value::Null,
    );
    i["type"] = json!(4);
    f.dispatch("INTERACTION_CREATE", i);
    let cb = f
        .wait_for("the autocomplete callback", |s| {
            callback_of(s, "200000000000000051")
        })
        .await;
    assert_eq!(cb.body()["type"], 8, "{}", cb.body());
    let choices = cb.body()["data"]["choices"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        choices.iter().any(|c| c["value"] == "KA-22154"),
        "{choices:?}"
    );
    assert!(choices.len() <= 25);
    bot.stop().await;
}
