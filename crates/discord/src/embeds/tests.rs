use super::*;
use kbbot_engine::answer::{ArticleReply, Candidate, Decision, Note, OtherError};
use kbbot_engine::kb::ArticleId;
use kbbot_engine::search::LangChoice;
use serde_json::Value;

fn l10n() -> &'static Localizer {
    Localizer::bundled()
}

/// Characters Discord counts towards an embed's 6,000.
fn embed_total(e: &Value) -> usize {
    let s = |v: &Value| v.as_str().map(len16).unwrap_or(0);
    let mut n = s(&e["title"]) + s(&e["description"]) + s(&e["footer"]["text"]);
    for f in e["fields"].as_array().into_iter().flatten() {
        n += s(&f["name"]) + s(&f["value"]);
    }
    n
}

/// The note every test reply carries: notes come first.
fn truncated() -> Note {
    Note::Truncated {
        original_bytes: 9000,
        original_lines: 300,
        kept_bytes: 8192,
    }
}

fn view(resolution: &str, title: &str) -> AskReply {
    AskReply {
        decision: Decision::Answer,
        lang: Lang::Fr,
        lang_choice: LangChoice::Explicit,
        confidence: 0.9,
        answer: Some(ArticleReply {
            article_id: ArticleId("KA-1".into()),
            title: title.into(),
            url: Some("https://example.org/ka-1".into()),
            lang: Lang::En,
            lang_differs: true,
            matched_line: None,
            why: Why::Signature {
                text: "Messages queued (connection quotas met)".into(),
                whole: true,
            },
            summary: String::new(),
            resolution: resolution.into(),
            resolution_cut: false,
        }),
        other_errors: Vec::new(),
        candidates: (0..8)
            .map(|i| Candidate {
                article_id: ArticleId(format!("KA-{}", i + 2)),
                title: "t".repeat(200),
                lang: Lang::Fr,
                confidence: 0.1,
                url: None,
            })
            .collect(),
        notes: vec![truncated()],
        looks_like_error: true,
        paste_read: String::new(),
    }
}

/// A reply declined: no answer.
fn declined(mut v: AskReply) -> AskReply {
    v.answer = None;
    v.decision = Decision::Decline;
    v
}

#[test]
fn split_respects_limit_and_keeps_every_word() {
    let text = (0..3000)
        .map(|i| format!("word{i}"))
        .collect::<Vec<_>>()
        .join(" ")
        + "\n\n"
        + &"é".repeat(9000);
    let pages = split(&text, 4000);
    assert!(pages.len() > 3);
    assert!(pages.iter().all(|p| len16(p) <= 4000 && !p.is_empty()));
    let joined: String = pages.concat();
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    assert_eq!(
        squash(&joined),
        squash(&text),
        "nothing is lost at the cuts"
    );
    assert_eq!(split("", 100), Vec::<String>::new());
    // Astral characters count twice and are never split in half.
    let emoji = split(&"😀".repeat(100), 31);
    assert!(emoji
        .iter()
        .all(|p| len16(p) <= 31 && p.chars().all(|c| c == '😀')));
}

#[test]
fn long_answers_are_paged_within_limits() {
    let long = "Raise the MX rule quota. ".repeat(1200); // ~30,000 characters
    let pages = ask_pages(&view(&long, &"T".repeat(400)), l10n());
    assert!(pages.len() >= 8, "{} pages", pages.len());
    for (i, p) in pages.iter().enumerate() {
        let v = serde_json::to_value(p).unwrap();
        assert!(len16(v["title"].as_str().unwrap_or("")) <= TITLE_MAX);
        assert!(len16(v["description"].as_str().unwrap_or("")) <= DESCRIPTION_MAX);
        assert!(v["fields"].as_array().map_or(0, Vec::len) <= 25);
        assert!(
            embed_total(&v) <= EMBED_TOTAL_MAX,
            "page {i}: {}",
            embed_total(&v)
        );
        let foot = v["footer"]["text"].as_str().unwrap_or_default();
        assert!(
            foot.contains(&format!("{}", pages.len())),
            "page footer: {foot}"
        );
    }
    let first = serde_json::to_value(&pages[0]).unwrap();
    assert!(
        first["title"].as_str().unwrap().ends_with('…'),
        "cut with notice"
    );
    // The version shown is English while French was asked: the reply says so.
    let fields = first["fields"].as_array().unwrap();
    assert!(fields.len() == 4, "{fields:?}");
}

#[test]
fn buttons_fit_and_round_trip() {
    let v = view("short", "title");
    let rows = ask_buttons(&v, l10n());
    let rows = serde_json::to_value(&rows).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["components"].as_array().unwrap().len(), 5);
    for row in rows {
        for b in row["components"].as_array().unwrap() {
            assert!(len16(b["label"].as_str().unwrap()) <= LABEL_MAX);
            let id = b["custom_id"].as_str().unwrap();
            assert!(id.len() <= CUSTOM_ID_MAX);
            assert!(parse_press(id).is_some(), "{id}");
        }
    }
    assert_eq!(
        parse_press(&feedback_id(false, Lang::Sv, "KA-9")),
        Some(Press::Feedback {
            helpful: false,
            lang: Lang::Sv,
            article: "KA-9".into()
        })
    );
    assert_eq!(parse_press("kb:fb:2:sv:x"), None);
    assert_eq!(parse_press("kb:art:de:x"), None);
    assert_eq!(parse_press("kb:art:fr:"), None);
    assert_eq!(parse_press("other"), None);
}

#[test]
fn decline_lists_candidates() {
    let v = declined(view("", ""));
    let pages = ask_pages(&v, l10n());
    let text = serde_json::to_value(&pages[0]).unwrap()["description"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(text.contains("KA-2"), "{text}");
    let note = note_text(&truncated(), Lang::Fr, l10n());
    assert!(
        text.starts_with(&format!("*{note}*")),
        "notes come first: {text}"
    );
    assert!(
        ask_buttons(&v, l10n()).len() == 1,
        "no feedback buttons without an answer"
    );
}

#[test]
fn small_talk_gets_its_note_alone() {
    let mut v = declined(view("", ""));
    v.candidates.clear();
    v.notes = vec![Note::SmallTalk];
    let pages = ask_pages(&v, l10n());
    let page = serde_json::to_value(&pages[0]).unwrap();
    let text = page["description"].as_str().unwrap().to_string();
    assert!(text.starts_with("*Ce message ressemble"), "{text}");
    assert!(
        !text.contains(&l10n().msg(Lang::Fr, "bot-ask-unsure", &[])),
        "{text}"
    );
    assert!(page["title"].is_null(), "{page}");
}

#[test]
fn a_pastes_other_errors_are_a_field_of_the_first_page_within_limits() {
    let mut v = view(&"Raise the MX rule quota. ".repeat(1200), &"T".repeat(400));
    v.other_errors = (0..3)
        .map(|i| OtherError {
            line: format!("552 5.2.2 `{}` Mailbox full {i}", "x".repeat(300)),
            article: Candidate {
                article_id: ArticleId(format!("KB-000{i}")),
                title: "M".repeat(200),
                lang: Lang::Fr,
                confidence: 0.96,
                url: None,
            },
            why: Why::Code {
                code: "5.2.2".into(),
            },
        })
        .collect();
    let pages = ask_pages(&v, l10n());
    let first = serde_json::to_value(&pages[0]).unwrap();
    let field = first["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"].as_str().unwrap_or_default().contains("3"))
        .unwrap_or_else(|| panic!("no other-errors field: {first:#}"));
    let value = field["value"].as_str().unwrap();
    assert!(value.contains("KB-0000") && len16(value) <= 500, "{value}");
    // A backtick in the pasted line cannot end its code span early.
    assert_eq!(value.matches('`').count() % 2, 0, "{value}");
    for p in &pages {
        let p = serde_json::to_value(p).unwrap();
        assert!(embed_total(&p) <= EMBED_TOTAL_MAX, "{}", embed_total(&p));
    }
}
