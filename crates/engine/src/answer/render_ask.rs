//! Rendering an [`AskReply`] for the terminal (styled text) and for machines (JSON).
//!
//! The text carries anstyle styles; write it through `anstream` so they vanish when the output
//! is not a terminal or `NO_COLOR` is set. Every word comes from `locales/<lang>/ask.ftl`.

use anstyle::{AnsiColor, Style};

use super::ask::{ArticleReply, AskReply, Candidate, Note, OtherError};
use super::show::ShowReply;
use crate::i18n::{FluentValue, Localizer};
use crate::search::Why;
use crate::Lang;

/// A confidence as a whole percentage, except that one that is neither 0 nor 1 never reads
/// as "0 %" or "100 %" (a runner-up of a sure answer is unlikely, not impossible).
pub(super) fn percent(confidence: f32) -> FluentValue<'static> {
    let p = (confidence * 100.0).clamp(0.0, 100.0);
    // Under 1 % reads "<1": rounding would show 0.5 % as "0", which reads as impossible.
    FluentValue::from(if p > 0.0 && p < 1.0 {
        "<1".to_string()
    } else if (99.5..100.0).contains(&p) {
        ">99".to_string()
    } else {
        format!("{p:.0}")
    })
}

fn lang_name(l10n: &Localizer, reply_lang: Lang, lang: Lang) -> String {
    l10n.msg(reply_lang, &format!("lang-{}", lang.code()), &[])
}

/// A note in the reader's language: every face words notes the same way.
pub fn note_text(note: &Note, lang: Lang, l10n: &Localizer) -> String {
    match note {
        Note::Truncated {
            original_bytes,
            original_lines,
            kept_bytes,
        } => l10n.msg(
            lang,
            "ask-note-truncated",
            &[
                ("original", (*original_bytes).into()),
                ("lines", (*original_lines).into()),
                ("kept", (*kept_bytes).into()),
            ],
        ),
        Note::Blank => l10n.msg(lang, "ask-note-blank", &[]),
        Note::SmallTalk => l10n.msg(lang, "ask-note-smalltalk", &[]),
        Note::InfoOnly { lines } => {
            l10n.msg(lang, "ask-note-info-only", &[("lines", (*lines).into())])
        }
    }
}

/// The reply as terminal text, in the reply's language.
pub fn render_ask_text(reply: &AskReply, l10n: &Localizer) -> String {
    let lang = reply.lang;
    let yellow = Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold();
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    for note in &reply.notes {
        let text = note_text(note, lang, l10n);
        match note {
            Note::Truncated { .. } => line(format!("{yellow}{text}{yellow:#}")),
            Note::Blank | Note::SmallTalk | Note::InfoOnly { .. } => line(text),
        }
    }
    match &reply.answer {
        Some(a) => answer_lines(&mut line, reply, a, l10n),
        // A blank paste or small talk was not looked up: its note is the whole reply.
        None if reply.notes.iter().any(|n| match n {
            Note::Blank | Note::SmallTalk => true,
            // A log of info lines with nothing close to the user's words: the note says why.
            Note::InfoOnly { .. } => reply.candidates.is_empty(),
            Note::Truncated { .. } => false,
        }) => {}
        None => decline_lines(&mut line, reply, l10n),
    }
    out
}

/// An answer: its heading, the line it matched, why, how sure, the article, the others.
fn answer_lines(
    line: &mut impl FnMut(String),
    reply: &AskReply,
    a: &ArticleReply,
    l10n: &Localizer,
) {
    let lang = reply.lang;
    let dim = Style::new().dimmed();
    let green = Style::new().fg_color(Some(AnsiColor::Green.into())).bold();
    line(format!(
        "{green}{}{green:#}",
        l10n.msg(
            lang,
            "ask-answer-heading",
            &[
                ("id", a.article_id.as_str().into()),
                ("title", a.title.as_str().into())
            ],
        )
    ));
    if let Some(m) = &a.matched_line {
        line(l10n.msg(lang, "ask-matched-line", &[("line", m.as_str().into())]));
    }
    line(why_text(&a.why, lang, l10n));
    line(format!(
        "{dim}{}{dim:#}",
        l10n.msg(
            lang,
            "ask-confidence",
            &[("percent", percent(reply.confidence))]
        )
    ));
    // Before the resolution, which can be long: the user sees at once that each error of
    // the paste has its answer.
    if !reply.other_errors.is_empty() {
        let (heading, items) = other_errors_text(&reply.other_errors, lang, l10n);
        line(String::new());
        line(heading);
        items.into_iter().for_each(&mut *line);
    }
    article_body(
        line,
        l10n,
        lang,
        a.lang,
        &a.resolution,
        a.resolution_cut,
        a.url.as_deref(),
    );
    if !reply.candidates.is_empty() {
        line(String::new());
        line(l10n.msg(lang, "ask-alternatives", &[]));
        candidates(line, l10n, lang, &reply.candidates);
    }
}

/// Why an article was given, in the reader's language.
fn why_text(why: &Why, lang: Lang, l10n: &Localizer) -> String {
    match why {
        Why::Signature { text, whole } => l10n.msg(
            lang,
            if *whole {
                "ask-why-signature"
            } else {
                "ask-why-signature-part"
            },
            &[("signature", text.as_str().into())],
        ),
        Why::Code { code } => l10n.msg(lang, "ask-why-code", &[("code", code.as_str().into())]),
        Why::Named { id } => l10n.msg(lang, "ask-why-named", &[("id", id.as_str().into())]),
        Why::Words { words } if words.is_empty() => l10n.msg(lang, "ask-why-closest", &[]),
        Why::Words { words } => {
            l10n.msg(lang, "ask-why-words", &[("words", words.join(", ").into())])
        }
    }
}

/// A decline, and the closest articles when there are any.
fn decline_lines(line: &mut impl FnMut(String), reply: &AskReply, l10n: &Localizer) {
    let lang = reply.lang;
    let yellow = Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold();
    line(format!(
        "{yellow}{}{yellow:#}",
        l10n.msg(lang, "ask-decline", &[])
    ));
    if reply.candidates.is_empty() {
        line(l10n.msg(lang, "ask-decline-nothing-close", &[]));
    } else {
        line(l10n.msg(lang, "ask-decline-closest", &[]));
        candidates(line, l10n, lang, &reply.candidates);
    }
}

fn candidates(line: &mut impl FnMut(String), l10n: &Localizer, lang: Lang, list: &[Candidate]) {
    for c in list {
        line(l10n.msg(
            lang,
            "ask-candidate",
            &[
                ("id", c.article_id.as_str().into()),
                ("title", c.title.as_str().into()),
                ("percent", percent(c.confidence)),
            ],
        ));
    }
}

/// The heading and one line per other error, in the reader's language: the line as pasted
/// (shortened, and never able to close its code span), its article and how sure.
pub fn other_errors_text(
    list: &[OtherError],
    lang: Lang,
    l10n: &Localizer,
) -> (String, Vec<String>) {
    let heading = l10n.msg(lang, "ask-other-errors", &[("count", list.len().into())]);
    let items = list
        .iter()
        .map(|o| {
            l10n.msg(
                lang,
                "ask-other-error",
                &[
                    ("line", quoted_line(&o.line).into()),
                    ("id", o.article.article_id.as_str().into()),
                    ("title", o.article.title.as_str().into()),
                    ("percent", percent(o.article.confidence)),
                ],
            )
        })
        .collect();
    (heading, items)
}

/// A pasted line as a list item quotes it: at most 100 characters, no backtick.
fn quoted_line(line: &str) -> String {
    const MAX: usize = 100;
    let line = line.trim().replace('`', "'");
    match line.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line,
    }
}

/// The reply as pretty-printed JSON.
pub fn render_ask_json(reply: &AskReply) -> String {
    serde_json::to_string_pretty(reply).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

/// What an answer and a shown article have in common: the note when the version is not in
/// the reader's language, then the resolution and the link.
fn article_body(
    line: &mut impl FnMut(String),
    l10n: &Localizer,
    lang: Lang,
    shown: Lang,
    resolution: &str,
    cut: bool,
    url: Option<&str>,
) {
    let bold = Style::new().bold();
    let yellow = Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold();
    if shown != lang {
        line(format!(
            "{yellow}{}{yellow:#}",
            l10n.msg(
                lang,
                "ask-lang-differs",
                &[
                    ("wanted", lang_name(l10n, lang, lang).into()),
                    ("shown", lang_name(l10n, lang, shown).into()),
                ],
            )
        ));
    }
    line(String::new());
    line(format!(
        "{bold}{}{bold:#}",
        l10n.msg(lang, "ask-resolution", &[])
    ));
    line(resolution.to_string());
    if cut {
        // The link is where the rest is; without one, the article asked for by its id.
        let id = if url.is_some() {
            "ask-resolution-cut"
        } else {
            "ask-resolution-cut-no-link"
        };
        line(l10n.msg(lang, id, &[]));
    }
    if let Some(url) = url {
        line(String::new());
        line(l10n.msg(lang, "ask-link", &[("url", url.into())]));
    }
}

/// An article asked for by id, as terminal text in the reader's language.
pub fn render_show_text(reply: &ShowReply, l10n: &Localizer) -> String {
    let green = Style::new().fg_color(Some(AnsiColor::Green.into())).bold();
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!(
        "{green}{}{green:#}",
        l10n.msg(
            reply.lang,
            "ask-answer-heading",
            &[
                ("id", reply.article_id.as_str().into()),
                ("title", reply.title.as_str().into())
            ],
        )
    ));
    // Documentation pages often repeat their title as their description.
    if !reply.summary.trim().is_empty() && reply.summary.trim() != reply.title.trim() {
        line(reply.summary.clone());
    }
    article_body(
        &mut line,
        l10n,
        reply.lang,
        reply.version_lang,
        &reply.resolution,
        false,
        reply.url.as_deref(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{ArticleReply, Decision};
    use crate::search::LangChoice;

    fn reply(why: Why) -> AskReply {
        AskReply {
            decision: Decision::Answer,
            lang: Lang::It,
            lang_choice: LangChoice::Detected,
            confidence: 0.6,
            answer: Some(ArticleReply {
                article_id: crate::kb::ArticleId("KB-0015".into()),
                title: "IP affinity".into(),
                url: None,
                lang: Lang::It,
                lang_differs: false,
                matched_line: None,
                why,
                summary: String::new(),
                resolution: String::new(),
                resolution_cut: false,
            }),
            other_errors: Vec::new(),
            candidates: Vec::new(),
            notes: Vec::new(),
            looks_like_error: true,
            paste_read: String::new(),
        }
    }

    #[test]
    fn a_why_without_words_says_so_instead_of_an_empty_list() {
        let l10n = Localizer::bundled();
        let empty = render_ask_text(&reply(Why::Words { words: vec![] }), l10n);
        assert!(
            empty.contains(&l10n.msg(Lang::It, "ask-why-closest", &[])),
            "{empty}"
        );
        assert!(!empty.contains(": ."), "{empty}");
        let words = render_ask_text(
            &reply(Why::Words {
                words: vec!["consegna".into(), "attesa".into()],
            }),
            l10n,
        );
        assert!(words.contains("consegna, attesa"), "{words}");
    }

    #[test]
    fn a_percentage_never_rounds_a_doubt_away() {
        let shown = |c: f32| match percent(c) {
            FluentValue::String(s) => s.to_string(),
            other => panic!("{other:?}"),
        };
        assert_eq!(shown(0.0), "0");
        assert_eq!(shown(0.003), "<1");
        // 0.5 % rounds (half to even) to "0" in Rust's formatting.
        assert_eq!(shown(0.005), "<1");
        assert_eq!(shown(0.0099), "<1");
        assert_eq!(shown(0.01), "1");
        assert_eq!(shown(0.456), "46");
        assert_eq!(shown(0.998), ">99");
        assert_eq!(shown(1.0), "100");
    }
}
