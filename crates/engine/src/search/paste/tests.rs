//! Paste extraction on the shapes real pastes take.

use super::*;

#[test]
fn nlserver_log_lines_are_error_lines_without_their_variable_parts() {
    let p = extract(
        "hi, this keeps showing up:\n\
         2024-05-02 08:14:55.120Z\t00001234\t00001236\t  2\terror\tmta\t550 5.1.1 <jane.roe@example.org>: Recipient address rejected: User unknown (host mx2.example.org[203.0.113.9])\n",
    );
    assert_eq!(p.error_lines.len(), 1);
    let clean = &p.error_lines[0].clean;
    for gone in ["2024", "jane", "example", "203.0", "00001234"] {
        assert!(!clean.contains(gone), "{gone} in {clean:?}");
    }
    assert!(clean.contains("User unknown"));
    assert!(p.codes.contains(&"550".to_string()) && p.codes.contains(&"5.1.1".to_string()));
    assert!(p.chatter.contains("keeps showing"));
}

#[test]
fn fences_and_quotes_are_error_text_and_chatter_decides_the_language() {
    let p = extract(
        "Bonjour à tous, depuis ce matin on a ça sur toutes les diffusions :\n\
         ```\nMessages queued (connection quotas met)\n```\n\
         > PGS-220000 PostgreSQL error\n\
         quelqu'un a une idée ?",
    );
    let lines: Vec<_> = p.error_lines.iter().map(|l| l.clean.as_str()).collect();
    assert_eq!(
        lines,
        vec![
            "Messages queued (connection quotas met)",
            "PostgreSQL error"
        ]
    );
    assert_eq!(p.codes, vec!["pgs-220000"]);
    assert_eq!(p.lang, Some(Lang::Fr));
}

#[test]
fn quoted_spans_inside_chatter_are_error_text() {
    for (text, lang) in [
        ("we get \"Mailbox full\" on half the sends, why?", Lang::En),
        (
            "wij krijgen steeds `Invalid domain` bij de verzending",
            Lang::Nl,
        ),
        ("vi får «Inactive account» på alla utskick", Lang::Sv),
        (
            "ricevo l'errore “Utente sconosciuto” su tutte le consegne",
            Lang::It,
        ),
        (
            "j'ai l'erreur *Boîte pleine* sur la moitié des envois",
            Lang::Fr,
        ),
    ] {
        let p = extract(text);
        assert_eq!(p.error_lines.len(), 1, "{text}");
        assert_eq!(p.lang, Some(lang), "{text}");
    }
}

#[test]
fn emails_ips_and_hosts_are_stripped() {
    let p = extract("> Refused by 198.51.100.7 for bob@corp.example.com at smtp.corp.example.com");
    let clean = &p.error_lines[0].clean;
    assert_eq!(clean, "Refused by for at");
}

#[test]
fn long_pastes_are_cut_and_say_so() {
    let big = "ERROR something failed again\n".repeat(20_000);
    let p = extract(&big);
    let t = p.truncated.expect("cut");
    assert_eq!(t.original_bytes, big.len());
    assert!(t.kept_bytes <= MAX_BYTES);
    assert!(p.error_lines.len() <= MAX_LINES);
    let short = extract("Mailbox full");
    assert_eq!(short.truncated, None);
}

#[test]
fn a_paste_of_exactly_the_line_limit_is_not_cut() {
    // The newline ending the last line allowed is not a line beyond it.
    let lines = "Messages queued\n".repeat(MAX_LINES);
    assert_eq!(extract(&lines).truncated, None);
    assert_eq!(extract(&lines.replace('\n', "\r\n")).truncated, None);
    let over = format!("{lines}one more");
    let t = extract(&over).truncated.expect("cut");
    assert_eq!(t.original_lines, MAX_LINES + 1);
    assert_eq!(t.kept_bytes, lines.len() - 1);
}

#[test]
fn blank_and_binary_input_is_blank() {
    for text in [
        "",
        "   \n\t\n",
        "🙂🎉🙂",
        "\u{0}\u{1}\u{2}\u{fffd}\u{fffd}",
        "```\n```",
    ] {
        assert!(extract(text).is_blank(), "{text:?}");
    }
    assert!(!extract("PGS-220000").is_blank());
}

#[test]
fn binary_input_picks_no_language() {
    // Bytes as a binary file gives them, decoded the way the CLI and the bot decode input.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let bytes: Vec<u8> = (0..20_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    assert_eq!(extract(&text).lang, None);
    // Text with a stray replacement character still has a language.
    let french = "bonjour, la livraison est bloquée depuis ce matin \u{fffd} que faire ?";
    assert_eq!(extract(french).lang, Some(crate::Lang::Fr));
}

#[test]
fn a_chat_line_quoting_a_coded_error_keeps_its_own_words_apart() {
    let p = extract(
        "hoi, onze mailings naar hotmail blijven hangen, in de log staat: 421 4.7.0 [TSS04] Messages from 192.0.2.4 temporarily deferred",
    );
    let originals: Vec<_> = p.error_lines.iter().map(|l| l.original.as_str()).collect();
    assert_eq!(
        originals,
        vec!["421 4.7.0 [TSS04] Messages from 192.0.2.4 temporarily deferred"]
    );
    assert!(p.chatter.contains("mailings naar hotmail"), "{}", p.chatter);
    assert_eq!(p.codes, vec!["421", "4.7.0"]);
    assert_eq!(p.lang, Some(Lang::Nl));
    // English before the code is a bounce text's own start, unless it is the user talking.
    for bounce in [
        "Delivery failed: 550 5.1.1 user unknown",
        "The response from the remote server was: 550 5.1.1 The email account does not exist",
        "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    ] {
        let p = extract(bounce);
        assert_eq!(p.error_lines[0].original, bounce);
        assert!(p.chatter.trim().is_empty(), "{p:?}");
    }
    let p = extract("hi, we keep getting 550 5.1.1 user unknown");
    assert_eq!(p.error_lines[0].original, "550 5.1.1 user unknown");
}

#[test]
fn a_file_path_is_context_not_the_users_words() {
    let p = extract(
        "/usr/local/neolane/nl6/var/prod/log/mta.log\nMessages queued (connection quotas met)",
    );
    assert_eq!(p.lang, None, "{p:?}");
    assert!(!p.chatter.contains("neolane"), "{p:?}");
    assert!(
        p.error_lines.iter().all(|l| !l.clean.contains("neolane")),
        "{p:?}"
    );
    let p = extract("C:\\nl6\\var\\prod\\log\nle MTA ne démarre plus");
    assert_eq!(p.chatter.trim(), "le MTA ne démarre plus");
    assert!(p.error_lines.is_empty(), "{p:?}");
}

/// Fences open and close by CommonMark's rule (`kb::Fence`): inline code on a line of its
/// own opens nothing, and another fence character inside a fence is its text.
#[test]
fn fences_follow_the_commonmark_rule() {
    let p = extract(
        "```Messages queued (connection quotas met)```\n\
         thanks for any idea about this one\n",
    );
    let lines: Vec<_> = p.error_lines.iter().map(|l| l.clean.as_str()).collect();
    assert_eq!(lines, ["Messages queued (connection quotas met)"]);
    assert!(p.chatter.contains("thanks for any idea"), "{:?}", p.chatter);

    let p = extract("````\n~~~\nInvalid mailbox syntax\n```\nstill inside\n````\nwhat now?");
    let lines: Vec<_> = p.error_lines.iter().map(|l| l.clean.as_str()).collect();
    assert!(lines.contains(&"Invalid mailbox syntax"), "{lines:?}");
    assert!(lines.contains(&"still inside"), "{lines:?}");
    assert!(p.chatter.contains("what now"), "{:?}", p.chatter);
}

/// A log line's level column is read from its first columns, whatever the log's shape; a
/// chat line or a quoted message has none.
#[test]
fn log_lines_carry_the_severity_their_columns_declare() {
    let p = extract(
        "2024-05-07 09:41:12.310Z\t00003A1C\t00003A20\t   1\tinfo\tmta\tMessage 12 sent\n\
         [WARN] 2024-05-07 09:41:13 mta: Domain 'example.com': too many errors\n\
         2024-05-07 09:41:14 erreur mta Impossible de se connecter\n\
         10/06/2024 08:15:44 mtachild DNS query failed for 'gmial.com'\n\
         we get \"Error in connection\" on every send",
    );
    let levels: Vec<_> = p.error_lines.iter().map(|l| l.severity).collect();
    assert_eq!(
        levels,
        [
            Some(Severity::Info),
            Some(Severity::Warning),
            Some(Severity::Error),
            None,
            None
        ]
    );
}

/// Article numbers are pointers: kept apart, upper case, and out of the words matched.
/// Campaign's own codes (three letters, six digits) are codes, not article numbers.
#[test]
fn article_numbers_are_taken_out_of_the_paste() {
    let p = extract("see ka-22154 and KB-0014, still failing with PGS-220000");
    assert_eq!(p.article_refs, ["KA-22154", "KB-0014"]);
    assert!(!p.chatter.to_lowercase().contains("ka"), "{:?}", p.chatter);
    assert_eq!(p.codes, ["pgs-220000"]);
    let p = extract("KA-22154");
    assert!(!p.is_blank());
    assert!(
        p.error_lines.is_empty() && p.chatter.trim().is_empty(),
        "{p:?}"
    );
}
