//! The everyday pastes of issue 21 through `kbbot ask`, each of which got a confidently
//! wrong answer, a decline or the wrong language before: provider bounces, bare codes,
//! module and stat-server logs, info-only logs, article numbers, small talk.

use crate::util::{kbbot, stdout};

/// `kbbot ask --format json` on `paste`.
fn ask(paste: &str) -> serde_json::Value {
    let out = kbbot(&["ask", "--format", "json", paste]);
    assert!(out.status.success(), "{}", crate::util::stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("ask --format json prints JSON")
}

/// Asserts that `paste` is answered with `id`, and returns the reply.
fn answers(paste: &str, id: &str) -> serde_json::Value {
    let v = ask(paste);
    assert_eq!(v["decision"], "answer", "{paste}: {v:#}");
    assert_eq!(v["answer"]["article_id"], id, "{paste}: {v:#}");
    v
}

/// Asserts that `paste` is declined, or answered with nothing above 80 %.
fn not_confidently_answered(paste: &str) -> serde_json::Value {
    let v = ask(paste);
    assert_eq!(v["decision"], "decline", "{paste}: {v:#}");
    v
}

#[test]
fn provider_bounces_and_bare_codes_find_their_article() {
    let gmail = "550-5.1.1 The email account that you tried to reach does not exist. Please \
                 try double-checking the recipient's email address for typos or unnecessary \
                 spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser \
                 a1si123456wrb.12 - gsmtp";
    let v = answers(gmail, "KB-0001");
    assert!(v["confidence"].as_f64() > Some(0.8), "{v:#}");
    // A bare reply is answered when its enhanced code titles one article.
    answers("550 5.1.1", "KB-0001");
    answers("552 5.2.2", "KB-0002");
    answers("554 5.7.1", "KB-0005");
}

#[test]
fn smtp_replies_do_not_match_an_articles_browser_symptoms() {
    answers(
        "421 Service not available, closing transmission channel",
        "KB-0006",
    );
    answers("connection refused by mx01.example.net:25", "KB-0006");
    answers("host not found: gmial.com", "KB-0003");
}

#[test]
fn a_stat_server_log_is_the_stat_server_article_in_any_language() {
    let log = "Unable to connect to statistics server 'stats.example.com:7777'\n\
               MTA-480021 Unable to start module 'mta'";
    answers(log, "KB-0013");
    let v = answers(
        &format!("de mta start niet meer, dit staat in de log:\n{log}"),
        "KB-0013",
    );
    assert_eq!(v["lang"], "nl", "{v:#}");
}

#[test]
fn errors_no_article_covers_are_declined() {
    not_confidently_answered(
        "PGS-220000 PostgreSQL error: FATAL: password authentication failed for user \"neolane\"",
    );
    not_confidently_answered("535 5.7.3 Authentication unsuccessful");
}

#[test]
fn a_log_of_info_lines_has_no_error_to_answer() {
    let log = "2024-05-07 09:41:12.310Z\t00003A1C\t00003A20\t   1\tinfo\tmta\tMessage 12 sent to a@example.com\n\
               2024-05-07 09:41:13.004Z\t00003A1C\t00003A20\t   1\tinfo\tmta\tMessage 13 sent to b@example.com\n\
               is this ok?";
    let v = not_confidently_answered(log);
    assert_eq!(v["notes"][0]["kind"], "info_only", "{v:#}");
    assert_eq!(v["notes"][0]["lines"], 2, "{v:#}");
    let text = stdout(&kbbot(&["ask", "--lang", "fr", log]));
    assert!(text.contains("lignes d'information"), "{text}");
    // An info line that carries one of the KB's messages is still the error.
    answers(
        "2024-05-07 09:41:12.310Z\t00003A1C\t00003A20\t   1\tinfo\tmta\tMessages queued (dynamic flow control): 1250 message(s) for domain example.com",
        "KA-21165",
    );
    // The error line of a log is the error, not the info line before it.
    let v = answers(
        "2024-05-07 09:41:12.310Z\t00003A1C\t00003A20\t   1\tinfo\tmta\tStarting 'mta@prod' module.\n\
         2024-05-07 09:41:12.390Z\t00003A1C\t00003A20\t   1\terror\tmta\tUnable to connect to statistics server 'localhost:7777'",
        "KB-0013",
    );
    let line = v["answer"]["matched_line"].as_str().unwrap_or_default();
    assert!(!line.contains("Starting"), "{v:#}");
}

#[test]
fn article_numbers_in_a_paste_are_understood() {
    for (paste, id) in [
        ("KA-22154", "KA-22154"),
        ("KB-0014", "KB-0014"),
        ("see KA-22154, still have the issue", "KA-22154"),
        (
            "is kb-0003 the right one? DNS query failed for 'gmial.com'",
            "KB-0003",
        ),
    ] {
        let v = answers(paste, id);
        assert!(v["confidence"].as_f64() > Some(0.9), "{paste}: {v:#}");
    }
    let v = answers("see KA-22154, still have the issue", "KA-22154");
    assert_eq!(v["answer"]["why"]["kind"], "named", "{v:#}");
    let text = stdout(&kbbot(&["ask", "--lang", "sv", "KB-0014"]));
    assert!(text.contains("nämner den här artikeln (KB-0014)"), "{text}");
}

#[test]
fn small_talk_is_recognised_in_every_language_and_answered_in_it() {
    for (paste, lang) in [
        ("bonne journée", "fr"),
        ("bonjour à tous", "fr"),
        ("dank je wel, fijne dag", "nl"),
        ("grazie, buona giornata", "it"),
        ("tack så mycket för hjälpen", "sv"),
        ("thanks, that helped!", "en"),
    ] {
        let v = ask(paste);
        assert_eq!(v["notes"][0]["kind"], "smalltalk", "{paste}: {v:#}");
        assert_eq!(v["lang"], lang, "{paste}: {v:#}");
        assert!(
            v["candidates"].as_array().is_some_and(Vec::is_empty),
            "{v:#}"
        );
    }
}
