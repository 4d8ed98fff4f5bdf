//! Slash commands, the attachment checks and the buttons, end to end.

use kbbot_engine::i18n::Localizer;
use kbbot_engine::Lang;
use serde_json::{json, Value};

use super::{callback_of, start, text_of, user_message, SUPPORT};
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

#[tokio::test]
async fn a_candidate_button_shows_that_article_privately() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    f.dispatch(
        "INTERACTION_CREATE",
        button(
            "200000000000000032",
            "kb:art:en:KA-21165",
            "700000000000000043",
            "sv-SE",
        ),
    );
    let cb = f
        .wait_for("the button callback", |s| {
            callback_of(s, "200000000000000032")
        })
        .await;
    let body = cb.body();
    assert_eq!(body["data"]["flags"], 64, "{body}");
    assert!(text_of(body).contains("KA-21165"), "{body}");
    assert!(
        body["data"]["embeds"][0]["title"].is_string(),
        "an article embed: {body}"
    );
    bot.stop().await;
}

#[tokio::test]
async fn find_resolution_answers_someone_elses_message() {
    let bot = start(|_| {}).await;
    let f = &bot.fake;
    let target = user_message(
        "100000000000000060",
        SUPPORT,
        "```\nMessages queued (dynamic flow control)\n```",
    );
    let mut messages = serde_json::Map::new();
    messages.insert("100000000000000060".into(), target);
    let mut i = slash(
        "200000000000000061",
        "find-resolution",
        "it",
        Value::Null,
        json!({ "messages": messages }),
    );
    i["data"]["type"] = json!(3);
    i["data"]["target_id"] = json!("100000000000000060");
    i["data"].as_object_mut().unwrap().remove("options");
    f.dispatch("INTERACTION_CREATE", i);
    let cb = f
        .wait_for("the message command's callback", |s| {
            callback_of(s, "200000000000000061")
        })
        .await;
    let body = cb.body();
    assert_eq!(body["type"], 4, "{body}");
    assert!(
        text_of(body).contains("KA-21165"),
        "the flow-control article: {body}"
    );
    let it = Localizer::bundled().msg(Lang::It, "bot-field-confidence", &[]);
    assert!(
        text_of(body).contains(&it),
        "Italian, from the locale: {body}"
    );
    bot.stop().await;
}
