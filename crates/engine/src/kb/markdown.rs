//! Plain text from (already converted) Markdown, and the error strings quoted in a symptoms
//! section. Uses pulldown-cmark; knows nothing of Adobe's markup (that is `markup`).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::text;

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

/// Plain text for search: no markup, entities decoded, whitespace folded, one line per block.
pub(crate) fn to_text(md: &str) -> String {
    let mut out = String::with_capacity(md.len());
    for event in Parser::new_ext(md, options()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::InlineHtml(h) | Event::Html(h) => out.push_str(&h),
            Event::SoftBreak => out.push(' '),
            Event::HardBreak => out.push('\n'),
            Event::End(TagEnd::TableCell) => out.push_str(" | "),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead,
            )
            | Event::End(TagEnd::CodeBlock | TagEnd::BlockQuote(_)) => out.push('\n'),
            Event::Rule => out.push('\n'),
            Event::FootnoteReference(t) => out.push_str(&t),
            Event::TaskListMarker(_) | Event::Start(_) | Event::End(_) => {}
            _ => {}
        }
    }
    text::fold_whitespace(&text::decode_all(&out))
}

/// The error strings quoted in `md` (a symptoms section in plain Markdown): inline code
/// spans, *emphasis* and “quoted” text, cleaned. Most are two words or more; a code span may
/// be one word of letters, because Campaign's failure reasons are single words in most
/// languages (`Refusés`, `Onbereikbaar`), while file and parameter names (`serverConf.xml`)
/// are not. **Bold** is left out: in symptoms it marks
/// console labels (**Delivery logs**), not messages. A lead-in line ending with `:` inside an
/// emphasis (`*Deliveries failing with Error:<br>Messages queued (...)*`) is dropped.
pub(crate) fn error_strings(md: &str) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut emphasis_depth = 0usize;
    let mut emphasis = String::new();
    let mut plain = String::new();
    for event in Parser::new_ext(md, options()) {
        match event {
            Event::Start(Tag::Emphasis) => {
                if emphasis_depth == 0 {
                    emphasis.clear();
                }
                emphasis_depth += 1;
            }
            Event::End(TagEnd::Emphasis) => {
                emphasis_depth = emphasis_depth.saturating_sub(1);
                if emphasis_depth == 0 {
                    let kept: Vec<&str> = emphasis
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty() && !l.ends_with(':'))
                        .collect();
                    push_candidate(&mut found, &kept.join(" "));
                }
            }
            Event::Code(c) => {
                if is_status_word(&c) {
                    push_word(&mut found, &c);
                } else {
                    push_candidate(&mut found, &c);
                }
                if emphasis_depth > 0 {
                    emphasis.push_str(&c);
                }
            }
            Event::Text(t) => {
                if emphasis_depth > 0 {
                    emphasis.push_str(&t);
                } else {
                    plain.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if emphasis_depth > 0 {
                    emphasis.push('\n');
                } else {
                    plain.push(' ');
                }
            }
            Event::End(TagEnd::Paragraph | TagEnd::Item) => plain.push('\n'),
            _ => {}
        }
    }
    for quoted in quoted_strings(&plain) {
        push_candidate(&mut found, &quoted);
    }
    found
}

/// Text between matching quotes: “…”, "…", «…», „…“.
pub(crate) fn quoted_strings(s: &str) -> Vec<String> {
    const PAIRS: &[(char, char)] = &[('“', '”'), ('"', '"'), ('«', '»'), ('„', '“')];
    let mut out = Vec::new();
    for (open, close) in PAIRS {
        let mut rest = s;
        while let Some(start) = rest.find(*open) {
            let after = &rest[start + open.len_utf8()..];
            let Some(end) = after.find(*close) else { break };
            let inner = &after[..end];
            if !inner.contains('\n') {
                out.push(inner.to_string());
            }
            rest = &after[end + close.len_utf8()..];
        }
    }
    out
}

/// The words that, right before a quoted string, say it is a message Campaign shows: the
/// stems of "error" and "message" in the five languages (`error message 'quotas met'`,
/// `l’erreur « Impossible de résoudre … »`, `de foutmelding "…"`, `felet "…"`).
const MESSAGE_LABELS: &[&str] = &[
    "error",
    "erreur",
    "errore",
    "fout",
    "fel",
    "message",
    "messaggio",
    "meddelande",
    "bericht",
    "melding",
];

/// The error strings a documentation page quotes as such, from its plain text: a string in
/// quotes right after a word of [`MESSAGE_LABELS`] (and an optional colon). Documentation
/// pages have no symptoms section; these few labelled quotes are the errors they explain
/// (the deliverability FAQ's `'quotas met'`). Two to fifteen words, no markup characters:
/// a quoted XML attribute or expression is not a message.
pub(crate) fn labelled_error_strings(text: &str) -> Vec<String> {
    const MAX_QUOTED: usize = 300;
    const PAIRS: &[(char, char)] = &[('"', '"'), ('“', '”'), ('«', '»'), ('‘', '’'), ('\'', '\'')];
    let mut found = Vec::new();
    for (at, open) in text.char_indices() {
        let Some(&(_, close)) = PAIRS.iter().find(|(o, _)| *o == open) else {
            continue;
        };
        // An opening quote follows a space, a colon or the start: the one closing `'Error'`
        // in "the 'Error' tab" opens nothing.
        let head = &text[..at];
        if !head
            .chars()
            .next_back()
            .is_none_or(|c| c.is_whitespace() || c == ':')
        {
            continue;
        }
        let before = head.trim_end().trim_end_matches(':').trim_end();
        let label = before
            .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .next()
            .unwrap_or_default()
            .to_lowercase();
        if !MESSAGE_LABELS.iter().any(|l| label.starts_with(l)) {
            continue;
        }
        let after = &text[at + open.len_utf8()..];
        // A quote that doubles as an apostrophe closes only where no letter follows
        // (`nom d'hôte`, `pagina’s` go on).
        // The search stops at a line end or after MAX_QUOTED characters: a message is one
        // short line, and an unbounded search from every label would make a page of
        // unclosed quotes take quadratic time.
        let end = after
            .char_indices()
            .take(MAX_QUOTED)
            .take_while(|&(_, c)| c != '\n')
            .find(|&(i, c)| {
                c == close
                    && (!matches!(close, '\'' | '’')
                        || !after[i + c.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(char::is_alphabetic))
            });
        let Some((end, _)) = end else { continue };
        let inner = &after[..end];
        if inner.contains('\n') || inner.contains(['=', '<', '>', '{', '}', '[', ']']) {
            continue;
        }
        if inner.split_whitespace().count() <= 15 {
            push_candidate(&mut found, inner);
        }
    }
    found
}

/// Whether a code span is one word of letters (a status such as `Ignoré`), not a name with
/// dots, underscores or digits.
fn is_status_word(raw: &str) -> bool {
    let w = raw.trim();
    w.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

fn push_word(found: &mut Vec<String>, word: &str) {
    let word = word.trim();
    if !found.iter().any(|f| f == word) {
        found.push(word.to_string());
    }
}

/// Keeps a candidate that reads like an error message: at least two words, some letters,
/// not too long; cleaned of quotes, stray punctuation and entities.
fn push_candidate(found: &mut Vec<String>, raw: &str) {
    let cleaned = text::one_line(&text::decode_all(raw));
    let cleaned = text::strip_wrapping_quotes(&cleaned)
        .trim_end_matches(['.', ',', ';', ':', ' '])
        .trim_start_matches(['-', '*', ' '])
        .trim();
    let words = cleaned.split_whitespace().count();
    let letters = cleaned.chars().filter(|c| c.is_alphabetic()).count();
    if words < 2 || letters < 4 || cleaned.chars().count() > 300 {
        return;
    }
    if !found.iter().any(|f| f == cleaned) {
        found.push(cleaned.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_drops_markup() {
        let t = to_text("# T\n\nSome **bold** and `code`, [link](http://x).\n\n- a\n- b\n\n| h | i |\n|---|---|\n| 1 | 2 |\n");
        assert_eq!(t, "T\nSome bold and code, link.\na\nb\nh | i |\n1 | 2 |");
        assert_eq!(
            to_text("a &quot;b&quot; c-<instance>.xml"),
            "a \"b\" c-<instance>.xml"
        );
    }

    #[test]
    fn error_strings_from_emphasis_code_and_quotes() {
        let md = "Get this error on many domains:\n\n*Deliveries failing with Error:\nMessages queued (connection quotas met)*\n";
        assert_eq!(
            error_strings(md),
            vec!["Messages queued (connection quotas met)"]
        );
        let md = "- `Messages mis en file d'attente (quotas de connexion atteints)`\n- `550 5.1.1 User unknown` and `serverConf.xml`\n";
        assert_eq!(
            error_strings(md),
            vec![
                "Messages mis en file d'attente (quotas de connexion atteints)",
                "550 5.1.1 User unknown"
            ]
        );
        let md = "- `Refusés`\n- `Sent`\n- `nms:delivery`\n- `IP`\n";
        assert_eq!(error_strings(md), vec!["Refusés", "Sent"]);
        let md = "In **Delivery logs**: “Messaggi in coda (controllo del flusso dinamico)”. And *backoff*.";
        assert_eq!(
            error_strings(md),
            vec!["Messaggi in coda (controllo del flusso dinamico)"]
        );
    }

    #[test]
    fn documentation_pages_give_the_quotes_they_label_as_messages() {
        let text = "What does the error message 'quotas met' mean? The team's view: it depends.\n\
            If the logs show the error: « Impossible de résoudre le nom d'hôte », check DNS.\n\
            De foutmelding \"Tekenset komt niet overeen\" verschijnt.\n\
            Set the attribute \"statServerAddress\" and see the message \"x=1 <b>\".\n\
            The value 'two words' is not labelled, nor is a 'quotes met' after 'message'.\n\
            Open the 'Error' tab and look for 'Quota met' entries; the error's cause: 'x y'.\n\
            De foutmelding ‘Kan pagina’s niet laden’ verschijnt.";
        assert_eq!(
            labelled_error_strings(text),
            vec![
                "quotas met",
                "Impossible de résoudre le nom d'hôte",
                "Tekenset komt niet overeen",
                "Kan pagina’s niet laden",
            ]
        );
        // A quote longer than a message, or closed on another line, is not one.
        let long = format!("the error \"{}\"", "word ".repeat(100));
        assert!(labelled_error_strings(&long).is_empty());
        assert!(labelled_error_strings("the error \"two\nlines\"").is_empty());
        // A page of unclosed labelled quotes is read in linear time (this would take minutes
        // if every quote searched to the end of the page).
        let hostile = "error “ ".repeat(20_000);
        assert!(labelled_error_strings(&hostile).is_empty());
        // One word is a name, not a message; an unclosed quote is nothing.
        assert!(
            labelled_error_strings("the error \"timeout\" and the error 'never closed").is_empty()
        );
    }
}
