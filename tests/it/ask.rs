//! `kbbot ask`, `ask --batch` and `chat` through the built binary, including hostile input.

use std::io::Write;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::util::{kbbot, stdout};

/// Starts the binary with its standard streams piped.
fn spawn_kbbot(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_kbbot"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env(
            "KBBOT_CACHE_DIR",
            std::env::temp_dir().join("kbbot-it-no-cache"),
        )
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the kbbot binary starts")
}

/// Runs the binary with `input` on standard input.
fn kbbot_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = spawn_kbbot(args);
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    // Write from a thread so a large input cannot deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("kbbot finishes");
    let _ = writer.join();
    out
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", stdout(out)))
}

#[test]
fn ask_text_answers_a_known_error_and_says_why() {
    let out = kbbot(&["ask", "Messages queued (connection quotas met)"]);
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("KA-22154"), "{text}");
    assert!(text.contains("connection quotas met"), "{text}");
    assert!(!text.contains('\u{1b}'), "colour with NO_COLOR set: {text}");
    assert!(
        text.contains("contains the error message “Messages queued (connection quotas met)”"),
        "{text}"
    );
}

#[test]
fn an_error_typed_into_a_sentence_does_not_choose_the_reply_language() {
    // Unquoted, the English message sits in the user's words; to a trigram detector
    // "messages ... control" reads as French.
    for (paste, lang) in [
        ("Messages queued (dynamic flow control) on yahoo", "en"),
        ("Messages queued (dynamic flow control)", "en"),
        (
            "Bonjour, on a cette erreur Messages queued (connection quotas met) sur toutes nos diffusions",
            "fr",
        ),
        ("hej, vi får Messages queued (connection quotas met) hela tiden", "sv"),
    ] {
        let v = json(&kbbot(&["ask", "--format", "json", paste]));
        assert_eq!(v["lang"], lang, "{paste}: {v}");
        assert_eq!(v["decision"], "answer", "{paste}: {v}");
    }
}

/// A paste that is only a status or a keyword is in the language of the versions that
/// declare it; a log's messages speak for the console's language; a few words with clear
/// function words are not left to trigrams; terminal colours are not words.
#[test]
fn short_pastes_and_logs_are_answered_in_their_own_language() {
    let french_log = "21/05/2024 10:02:11 mta@prod_fr (24518) Diffusion 'DM20931' : Messages mis en file d'attente (quotas de connexion atteints) domaine 'orange.fr'\n\
                      21/05/2024 10:07:12 mta@prod_fr (24518) Diffusion 'DM20931' : 2 874 messages en attente";
    let english_log = "2024-05-14 09:12:36.730Z\t00004F2C\t00005A1C\t   1\tinfo\tmta\tDelivery 'DM41872' : start of sending (318 204 messages)\n\
                       2024-05-14 09:12:46.643Z\t00004F2C\t00005A1C\t   1\twarning\tmta\tMessages queued (connection quotas met) - domain 'gmail.com', MX 'gmail-smtp-in.l.google.com', publicId 2";
    for (paste, lang) in [
        ("Utilisateur inconnu", "fr"),
        ("Boîte pleine", "fr"),
        ("Non connecté", "fr"),
        ("Postbus vol", "nl"),
        ("Gebruiker onbekend", "nl"),
        ("Avvisad", "sv"),
        ("Utente sconosciuto", "it"),
        ("connection quotas met", "en"),
        // Declared in French and Dutch alike: nothing tells which, so English.
        ("quarantaine", "en"),
        ("we get user unknown", "en"),
        (
            "\u{1b}[31mMessages queued (connection quotas met)\u{1b}[0m",
            "en",
        ),
        (french_log, "fr"),
        (english_log, "en"),
    ] {
        let v = json(&kbbot_stdin(
            &["ask", "--format", "json", "-"],
            paste.as_bytes(),
        ));
        assert_eq!(v["lang"], lang, "{paste}: {v}");
        assert_eq!(v["decision"], "answer", "{paste}: {v}");
    }
}

/// The "why" quotes what the paste holds: matching ignores names and numbers, so the KB's
/// own example of a message is not what the user pasted.
#[test]
fn the_why_quotes_the_users_line_not_the_kbs_example() {
    let v = json(&kbbot(&[
        "ask",
        "--format",
        "json",
        "DNS query failed for 'gmial.con'",
    ]));
    assert_eq!(v["decision"], "answer", "{v}");
    let why = v["answer"]["why"].to_string();
    assert!(!why.contains("ourdan"), "{why}");
    assert!(why.contains("DNS query failed for"), "{why}");
    // Pasted as a log line, the line itself is quoted.
    let v = json(&kbbot(&[
        "ask",
        "--format",
        "json",
        "2024-05-14 09:12:46 mta (1234) error: DNS query failed for 'gmial.con'\n2024-05-14 09:12:47 mta (1234) error: DNS query failed for 'gmial.con'",
    ]));
    let why = v["answer"]["why"].to_string();
    assert!(!why.contains("ourdan"), "{why}");
}

/// With no version in the reader's language, the English one: a French reader gets no help
/// from the Italian page that happened to match best.
#[test]
fn a_missing_translation_falls_back_to_english() {
    let Some(shared) = crate::util::shared() else {
        return;
    };
    let kb = shared.join("kb-real");
    let v = json(&kbbot(&[
        "ask",
        "--kb",
        kb.to_str().expect("utf-8 path"),
        "--format",
        "json",
        "Apple a changé son infra APNs, qu'est-ce qu'on doit faire sur notre serveur on-premise pour que le push iOS continue de marcher ?",
    ]));
    assert_eq!(v["lang"], "fr", "{v}");
    assert_eq!(v["answer"]["lang"], "en", "{v}");
    assert_eq!(v["answer"]["lang_differs"], true, "{v}");
    for c in v["candidates"].as_array().expect("candidates") {
        assert!(c["lang"] == "fr" || c["lang"] == "en", "{c}");
    }
}

#[test]
fn a_long_page_is_shown_from_where_the_question_is_answered() {
    let Some(shared) = crate::util::shared() else {
        return;
    };
    let kb = shared.join("kb-real");
    let kb = kb.to_string_lossy();
    let question =
        "what does the MX rule 'Shared' option do with the maximum number of connections?";
    // The page that answers is 440 lines long and opens on an overview of hosting models.
    for (lang, heading) in [("en", "Configuring MX rules"), ("it", "regole MX")] {
        let v = json(&kbbot(&[
            "ask", "--kb", &kb, "--lang", lang, "--format", "json", question,
        ]));
        assert_eq!(
            v["answer"]["article_id"], "515adad2-6129-450a-bb9e-fc80127835af",
            "{v}"
        );
        let shown = v["answer"]["resolution"].as_str().unwrap_or_default();
        assert!(
            shown.starts_with("### ") && shown.contains(heading),
            "{shown}"
        );
        assert!(shown.contains("**Shared**:"), "{shown}");
        assert_eq!(v["answer"]["resolution_cut"], true, "{v}");
    }
}

#[test]
fn a_paste_with_part_of_an_error_is_not_said_to_contain_all_of_it() {
    // The Dutch console says "gehaald"; this user wrote "bereikt".
    let paste = "Berichten in de wachtrij geplaatst (verbindingsquota bereikt)";
    let v = json(&kbbot(&["ask", "--format", "json", paste]));
    assert_eq!(v["answer"]["article_id"], "KA-22154", "{v}");
    assert_eq!(v["answer"]["why"]["kind"], "signature", "{v}");
    assert_eq!(v["answer"]["why"]["whole"], false, "{v}");
    let text = stdout(&kbbot(&["ask", paste]));
    assert!(
        text.contains("komt deels overeen met de foutmelding"),
        "{text}"
    );
    assert!(!text.contains("bevat de foutmelding"), "{text}");
}

#[test]
fn ask_json_in_french_for_a_french_user_pasting_the_english_error() {
    let out = kbbot(&[
        "ask",
        "--format",
        "json",
        "Bonjour, on a cette erreur sur toutes nos diffusions depuis ce matin : \"Messages queued (connection quotas met)\". Une idée ?",
    ]);
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["decision"], "answer", "{v}");
    assert_eq!(v["lang"], "fr");
    assert_eq!(v["answer"]["article_id"], "KA-22154");
    assert_eq!(v["answer"]["lang"], "fr");
    assert_eq!(v["answer"]["lang_differs"], false);
    assert!(v["confidence"]
        .as_f64()
        .is_some_and(|c| (0.5..=1.0).contains(&c)));
}

#[test]
fn small_talk_is_declined() {
    for text in [
        "hello, how are you today?",
        "My personal mailbox at home is full of spam, how do I empty it?",
    ] {
        let out = kbbot(&["ask", "--format", "json", text]);
        let v = json(&out);
        assert_eq!(v["decision"], "decline", "{text}: {v}");
        assert!(v["answer"].is_null());
    }
}

#[test]
fn thanks_get_a_word_about_it_not_a_list_of_unlikely_articles() {
    for (text, note) in [
        (
            "thanks a lot, that fixed it!",
            "That reads like a greeting or a thank-you",
        ),
        (
            "grazie, ora funziona",
            "Sembra un saluto o un ringraziamento",
        ),
    ] {
        let v = json(&kbbot(&["ask", "--format", "json", text]));
        assert_eq!(v["notes"][0]["kind"], "smalltalk", "{text}: {v}");
        assert_eq!(v["candidates"].as_array().map(Vec::len), Some(0), "{v}");
        let shown = stdout(&kbbot(&["ask", text]));
        assert!(shown.starts_with(note), "{text}: {shown}");
        assert!(!shown.contains('%'), "{text}: {shown}");
    }
}

#[test]
fn near_misses_outside_campaign_are_declined_and_bare_statuses_answered() {
    // Someone's own mailbox shares every word with the Mailbox full article.
    for text in [
        "my Gmail says my mailbox is full, how do I delete old mail?",
        "la file d'attente de l'imprimante est bloquée",
        "tack så mycket!",
        "grazie mille!",
        // A lone letter: the bundled articles' sample address x@example.com holds one.
        "x",
        // One word that no article declares is a word, not a status.
        "error",
        "mta",
        "delivery",
    ] {
        let v = json(&kbbot(&["ask", "--format", "json", text]));
        assert_eq!(v["decision"], "decline", "{text}: {v}");
    }
    // Campaign's failure reasons are single words in most languages.
    for (text, id) in [
        ("Refusés", "KB-0005"),
        ("Onbereikbaar", "KB-0006"),
        ("Ignoré", "KB-0010"),
        // Declared as a keyword, not as the console's status.
        ("Injoignable", "KB-0006"),
        ("550 5.2.2 User quota exceeded", "KB-0002"),
        ("Mailbox full on a third of the newsletter", "KB-0002"),
    ] {
        let v = json(&kbbot(&["ask", "--format", "json", text]));
        assert_eq!(v["decision"], "answer", "{text}: {v}");
        assert_eq!(v["answer"]["article_id"], id, "{text}: {v}");
    }
}

#[test]
fn explicit_lang_wins() {
    let out = kbbot(&[
        "ask",
        "--lang",
        "it",
        "--format",
        "json",
        "Messages queued (connection quotas met)",
    ]);
    let v = json(&out);
    assert_eq!(v["lang"], "it");
    assert_eq!(v["answer"]["lang"], "it", "{v}");
}

#[test]
fn batch_gives_one_line_per_input_and_an_error_object_for_bad_lines() {
    let input = concat!(
        "{\"id\": \"a\", \"query\": \"Messages queued (dynamic flow control)\", \"lang\": \"fr\"}\n",
        "this is not json\n",
        "{\"id\": \"c\", \"query\": \"hello there\"}\n",
        "{\"id\": \"d\", \"query\": \"Mailbox full\", \"lang\": \"klingon\"}\n",
    );
    let out = kbbot_stdin(&["ask", "--batch", "-"], input.as_bytes());
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["decision"], "answer");
    assert_eq!(lines[0]["article_id"], "KA-21165");
    assert_eq!(lines[0]["lang"], "fr");
    assert!(lines[0]["micros"].as_u64().is_some());
    assert!(lines[0]["candidates"]
        .as_array()
        .is_some_and(|c| !c.is_empty()));
    // Confidences print as the thousandths they are, not as a widened f32 (0.859000027…).
    let raw = stdout(&out);
    let first = raw.lines().next().unwrap_or_default();
    for piece in first.split("\"confidence\":").skip(1) {
        let number: String = piece
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect();
        assert!(number.len() <= 5, "{number} in {first}");
    }
    assert!(lines[1]["error"].is_string());
    assert_eq!(lines[2]["decision"], "decline");
    assert!(lines[2]["article_id"].is_null());
    assert_eq!(lines[3]["id"], "d");
    assert!(lines[3]["error"]
        .as_str()
        .is_some_and(|e| e.contains("klingon")));
}

#[test]
fn chat_commands_switch_the_language_and_show_an_article() {
    let input = "/lang fr\n\
                 Messages queued (dynamic flow control)\n\n\
                 /show KB-0014\n\
                 /usr/local/neolane/nl6/var/prod/log/mta.log\n\
                 Messages queued (connection quotas met)\n\n\
                 /show KB-9999\n\
                 /quit\n\
                 Messages queued (connection quotas met)\n";
    let out = kbbot_stdin(&["chat"], input.as_bytes());
    assert!(out.status.success());
    let text = stdout(&out);
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing from:\n{text}"))
    };
    // /lang fr answers in French from then on, English pastes included.
    let switched = at("Les réponses sont désormais en français.");
    // Headings start a line; the same titles also appear in the lists of other articles.
    let answer = at("\nKA-21165 : Échec de diffusion");
    // /show prints the article in the chat's language; a path line is not taken for a command.
    let shown = at("\nKB-0014 : Règle MX sans effet");
    let next = at("\nKA-22154 : Échec de diffusion");
    let unknown = at("Aucun article n'a l'identifiant « KB-9999 »");
    assert!(switched < answer && answer < shown && shown < next && next < unknown);
    // /quit stops reading: the last paste gets no answer.
    assert_eq!(text.matches("\nKA-22154 : Échec").count(), 1, "{text}");
    // A runner-up is unlikely, never shown as impossible.
    assert!(!text.contains("(0 %)"), "{text}");
}

#[test]
fn show_prints_an_article_in_the_closest_language_or_says_it_does_not_exist() {
    let out = kbbot(&["show", "KA-22154", "--lang", "sv", "--format", "json"]);
    assert!(out.status.success());
    let v = json(&out);
    assert_eq!(v["article_id"], "KA-22154");
    assert_eq!(v["version_lang"], "sv");
    assert!(
        v["resolution"].as_str().is_some_and(|r| r.len() > 200),
        "{v}"
    );
    let out = kbbot(&["show", "KB-0014", "--lang", "nl"]);
    assert!(stdout(&out).starts_with("KB-0014: Wijziging in een MX-regel"));
    let out = kbbot(&["show", "no-such-article", "--lang", "it"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Nessun articolo ha l'id «no-such-article»"),
        "{err}"
    );
}

#[test]
fn chat_works_piped_with_messages_ending_at_empty_lines() {
    let input = "Messages queued (connection quotas met)\n\nhello, nice weather\n\nMessages queued (dynamic flow control)";
    let out = kbbot_stdin(&["chat"], input.as_bytes());
    assert!(out.status.success());
    let text = stdout(&out);
    let a = text.find("KA-22154").expect("first answer");
    let b = text
        .find("KA-21165")
        .expect("last answer, sent by end of input");
    assert!(a < b, "{text}");
}

#[test]
fn hostile_input_gets_a_quick_clear_answer() {
    let huge = "x".repeat(1024 * 1024);
    let many_lines = "Messages queued (connection quotas met)\n".repeat(10_000);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("1 MB", huge.into_bytes()),
        ("binary", (0u8..=255).cycle().take(64 * 1024).collect()),
        ("emoji", "🙂🎉🔥".repeat(100).into_bytes()),
        ("10,000 lines", many_lines.into_bytes()),
    ];
    for (name, input) in cases {
        let start = Instant::now();
        let out = kbbot_stdin(&["ask", "--format", "json", "-"], &input);
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{name} took {:?}",
            start.elapsed()
        );
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v = json(&out);
        assert!(v["decision"].is_string(), "{name}");
        if name == "1 MB" || name == "10,000 lines" {
            assert!(
                v["notes"]
                    .as_array()
                    .is_some_and(|n| n.iter().any(|n| n["kind"] == "truncated")),
                "{name}: the cut is reported"
            );
        }
        if name == "empty" || name == "emoji" {
            assert_eq!(v["decision"], "decline", "{name}");
        }
    }
}

#[test]
fn a_reader_that_stops_reading_is_not_an_error() {
    // `kbbot ask ... | head -1`: the pipe is closed before the answer is written.
    // Enough lines that the answers overflow the output buffer mid-batch.
    let batch = "{\"id\": \"1\", \"query\": \"550 5.1.1 user unknown\"}\n".repeat(300);
    for (args, input) in [
        (&["ask", "Messages queued (connection quotas met)"][..], ""),
        (&["show", "KA-22154"][..], ""),
        // The JSON lines go through serde_json, whose error hides the io::Error.
        (&["ask", "--batch", "-"][..], batch.as_str()),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_kbbot"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the kbbot binary starts");
        drop(child.stdout.take());
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(input.as_bytes());
        }
        let out = child.wait_with_output().expect("kbbot finishes");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {err}", out.status);
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

#[test]
fn bad_arguments_fail_cleanly() {
    let out = kbbot(&["ask", "--lang", "de", "hello"]);
    assert!(!out.status.success());
    let out = kbbot(&["ask", "--kb", "/nonexistent/kb/folder", "hello"]);
    assert_eq!(out.status.code(), Some(2));
    // One line that names the folder and gives the cause once.
    let err = crate::util::stderr(&out);
    assert!(
        err.starts_with("kbbot: ") && err.contains("/nonexistent/kb/folder"),
        "{err}"
    );
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    let cause = err.rsplit(": ").next().unwrap_or_default().trim();
    assert_eq!(
        err.matches(cause).count(),
        1,
        "the cause is repeated: {err}"
    );
}

/// `show` and `/show` take an id in any case; an unknown id gets a hint naming ids the KB in
/// use really holds, the closest by their start first.
#[test]
fn show_takes_ids_in_any_case_and_hints_at_ids_the_kb_holds() {
    for id in ["kb-0014", "Kb-0014", " KB-0014 "] {
        let out = kbbot(&["show", id, "--lang", "nl"]);
        assert!(out.status.success(), "{id}: {}", crate::util::stderr(&out));
        assert!(stdout(&out).starts_with("KB-0014: Wijziging in een MX-regel"));
    }
    let v = json(&kbbot(&["show", "ka-22154", "--format", "json"]));
    assert_eq!(v["article_id"], "KA-22154", "{v}");
    let text = stdout(&kbbot_stdin(&["chat"], b"/show ka-22154\n"));
    assert!(text.contains("KA-22154: "), "{text}");

    // The ids a hint names, shown by `show` against the same KB.
    let hinted = |kb: &[&str], id: &str| -> Vec<String> {
        let out = kbbot(&[&["show"], kb, &[id]].concat());
        assert_eq!(out.status.code(), Some(2), "{id}");
        let err = crate::util::stderr(&out);
        assert!(err.contains(&format!("“{id}”")), "{err}");
        let ids = err
            .split("such as ")
            .nth(1)
            .unwrap_or_else(|| panic!("no id named: {err}"));
        let ids: Vec<String> = ids
            .trim_end()
            .trim_end_matches('.')
            .split(", ")
            .map(str::to_string)
            .collect();
        for shown in &ids {
            let out = kbbot(&[&["show"], kb, &[shown.as_str()]].concat());
            assert!(
                out.status.success(),
                "{shown} hinted for {id} is not in the KB"
            );
        }
        ids
    };
    assert_eq!(hinted(&[], "KB-9999"), ["KB-0001", "KB-0002", "KB-0003"]);
    let Some(shared) = crate::util::shared() else {
        return;
    };
    let kb = shared.join("kb-real");
    let kb = kb.to_str().expect("utf-8 path");
    // kb-real's ids are exl-ids: it holds no KA-22154 to name.
    let ids = hinted(&["--kb", kb], "KA-22154");
    assert!(!ids.contains(&"KA-22154".to_string()), "{ids:?}");
    let ids = hinted(&["--kb", kb], "6be12518-86d1");
    assert!(ids[0].starts_with("6be12518-86d1"), "{ids:?}");
    let upper = ids[0].to_uppercase();
    let out = kbbot(&["show", "--kb", kb, &upper]);
    assert!(
        stdout(&out).starts_with(&format!("{}: ", ids[0])),
        "{upper}"
    );
}

/// The note on a cut paste gives the size the user sent: bytes before decoding (an invalid
/// byte decodes to three), past what is kept, and for chat the whole message, not the piece
/// kept of it.
#[test]
fn the_cut_note_counts_the_bytes_and_lines_as_sent() {
    let note = |v: &serde_json::Value| -> (u64, u64, u64) {
        let notes = v["notes"].as_array().cloned().unwrap_or_default();
        let n = notes
            .iter()
            .find(|n| n["kind"] == "truncated")
            .unwrap_or_else(|| panic!("no cut noted: {v}"));
        let get = |k: &str| n[k].as_u64().unwrap_or_else(|| panic!("{k} in {n}"));
        (
            get("original_bytes"),
            get("original_lines"),
            get("kept_bytes"),
        )
    };
    // 1 MiB of bytes that are not UTF-8, in lines of 100 bytes.
    let mut binary = [0xffu8; 100];
    binary[99] = b'\n';
    let binary = binary.repeat(10_486);
    let (bytes, lines, kept) = note(&json(&kbbot_stdin(
        &["ask", "--format", "json", "-"],
        &binary,
    )));
    assert_eq!((bytes, lines), (1_048_600, 10_486));
    assert!(kept > 0 && kept <= 8 * 1024, "{kept}");
    let text = stdout(&kbbot_stdin(&["ask", "-"], &binary));
    assert!(
        text.starts_with("Your paste was long (1048600 bytes, 10486 lines)"),
        "{text}"
    );
    // More than ask keeps in memory (4 MiB), without a final newline.
    let big = "x".repeat(5 * 1024 * 1024);
    let (bytes, lines, kept) = note(&json(&kbbot_stdin(
        &["ask", "--format", "json", "-"],
        big.as_bytes(),
    )));
    assert_eq!((bytes, lines, kept), (5 * 1024 * 1024, 1, 8 * 1024));

    // chat: 9,000 lines of 115 bytes, then the empty line that sends them.
    let paste = ("x".repeat(114) + "\n").repeat(9000) + "\n";
    let text = stdout(&kbbot_stdin(&["chat"], paste.as_bytes()));
    assert!(
        text.contains(
            "Your paste was long (1035000 bytes, 9000 lines): I read only the first 8192 bytes."
        ),
        "{text}"
    );
    let text = stdout(&kbbot_stdin(&["chat"], &binary));
    assert!(
        text.contains("Your paste was long (1048600 bytes, 10486 lines)"),
        "{text}"
    );
    // Exactly the line limit, as chat sends it, is read whole.
    let paste = "Messages queued (connection quotas met)\n".repeat(200) + "\n";
    let text = stdout(&kbbot_stdin(&["chat"], paste.as_bytes()));
    assert!(text.contains("KA-22154"), "{text}");
    assert!(!text.contains("Your paste was long"), "{text}");
}

/// In chat, an empty line inside a code fence is part of the paste; the closing fence and
/// then an empty line send it.
#[test]
fn chat_does_not_send_a_code_fence_at_its_blank_lines() {
    let decline = "I don't recognise this one";
    for fence in ["```", "~~~", "````"] {
        let input = format!(
            "see:\n{fence}\nstart\n\n\n2024-05-14 10:00:00 mta[1]: Messages queued (dynamic flow control)\n{fence}\n\nMessages queued (connection quotas met)\n"
        );
        let text = stdout(&kbbot_stdin(&["chat"], input.as_bytes()));
        assert!(!text.contains(decline), "{fence}: {text}");
        let first = text.find("\nKA-21165: ").map(|i| i + 1);
        let first = first.or_else(|| text.starts_with("KA-21165: ").then_some(0));
        let second = text.find("\nKA-22154: ");
        assert!(
            first.is_some() && second.is_some() && first < second,
            "{fence}: two answers in order:\n{text}"
        );
    }
    // A fence's blank line is not sent, and a fence closed on its own line is: a shorter
    // run or another character inside does not close it, and inline code opens nothing.
    let input = "```\nstart\n~~~\n\n``\n2024-05-14 10:00:00 mta[1]: Messages queued (dynamic flow control)\n```\n\n```Messages queued (connection quotas met)```\n\nMailbox full\n";
    let text = stdout(&kbbot_stdin(&["chat"], input.as_bytes()));
    assert!(!text.contains(decline), "{text}");
    let at = |id: &str| {
        text.find(&format!("{id}: "))
            .unwrap_or_else(|| panic!("{id} missing from:\n{text}"))
    };
    assert!(
        at("KA-21165") < at("KA-22154") && at("KA-22154") < at("KB-0002"),
        "{text}"
    );
}

/// Input that never ends (`yes | kbbot ask -`) is read up to a bound, then answered.
#[test]
fn endless_standard_input_still_gets_an_answer() {
    let mut child = spawn_kbbot(&["ask", "-"]);
    let mut stdin = child.stdin.take().expect("stdin is piped");
    // Writes until kbbot stops reading (a broken pipe) or a generous bound is passed.
    let writer = std::thread::spawn(move || {
        let line = b"y\n".repeat(32 * 1024);
        let mut sent = 0usize;
        while sent < 2 * 1024 * 1024 * 1024 {
            if stdin.write_all(&line).is_err() {
                return true;
            }
            sent += line.len();
        }
        false
    });
    let out = child.wait_with_output().expect("kbbot finishes");
    assert!(
        writer.join().expect("writer"),
        "kbbot read 2 GiB without stopping"
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout(&out).contains("Your paste was long"),
        "{}",
        stdout(&out)
    );
}
