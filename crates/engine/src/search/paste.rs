//! Paste extraction: from a chat message, log excerpt or mixture, the error lines, the codes,
//! the user's own words and their language.
//!
//! A line is an *error line* when it sits in a code fence or a quote (`>`), looks like a log
//! line (a leading timestamp or severity, several tab-separated columns as nlserver writes,
//! a `process[pid]:` prefix), or carries an error code (from the code on, when the user's
//! own words come before it). Quoted spans inside a chat line (`"…"`, `“…”`, `«…»`,
//! `` `…` ``, `*…*`) are error text too. A line that is only a file path is left out.
//! Everything else is the user's own words: they decide the reply language, and they join
//! the query with a lower weight.
//!
//! **Limits.** Only the first [`MAX_BYTES`] bytes and [`MAX_LINES`] lines are read; a longer
//! paste is cut there and the cut is reported in [`Paste::truncated`], never silently.
//! Control characters are dropped, so binary bytes (after lossy UTF-8 decoding) cost nothing.

use std::sync::OnceLock;

use regex::Regex;

use super::scrub;
use crate::kb::Fence;
use crate::Lang;

/// The most bytes of a paste that are read.
pub const MAX_BYTES: usize = 8 * 1024;
/// The most lines of a paste that are read.
pub const MAX_LINES: usize = 200;

/// How a paste was cut to the limits.
///
/// The sizes are those of the text [`extract`] was given. A front end that decoded it from
/// bytes (lossy UTF-8 turns each invalid byte into a 3-byte U+FFFD) or dropped some of it
/// before asking reports its own counts of what the user sent instead, as `kbbot ask` and
/// `kbbot chat` do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Truncation {
    /// Bytes in the text as given.
    pub original_bytes: usize,
    /// Lines in the text as given ([`str::lines`]: a final newline starts no line).
    pub original_lines: usize,
    /// Bytes kept.
    pub kept_bytes: usize,
}

/// The severity a log line declares in its columns (`info`, `warning`, `error`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// `info`, `debug`, `verbose`, `notice`, `trace`: progress, not a fault.
    Info,
    /// `warning`, `warn` and their translations.
    Warning,
    /// `error`, `fatal`, `critical` and their translations.
    Error,
}

/// One line the matcher treats as error text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorLine {
    /// The line as pasted, trimmed (log prefix included), for showing back to the user.
    pub original: String,
    /// The error text with the variable parts removed, for matching.
    pub clean: String,
    /// The severity its log columns declare, when it is a log line that has one.
    pub severity: Option<Severity>,
}

/// What was found in a paste.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Paste {
    /// Error lines and quoted fragments, in order.
    pub error_lines: Vec<ErrorLine>,
    /// Log lines of severity `info` the matcher set aside: they carry no code and no error
    /// message of the KB, so they are progress (`Message 12 sent to …`), not the error.
    pub info_lines: usize,
    /// The user's own words, variable parts removed.
    pub chatter: String,
    /// The user's own lines as written (credentials blanked), for the matcher's look at a
    /// paste's other errors: a chat line may still name a KB error word for word ("we get
    /// Messages queued (connection quotas met) too").
    pub chat_lines: Vec<String>,
    /// Error codes, lower case, in order of appearance.
    pub codes: Vec<String>,
    /// Article numbers the paste names (`KA-22154`, `KB-0014`), upper case, in order: the
    /// user points at an article ("see KA-22154, still failing").
    pub article_refs: Vec<String>,
    /// The language of the user's own words (of the whole text when there are none).
    pub lang: Option<Lang>,
    /// Set when the paste was cut to the limits.
    pub truncated: Option<Truncation>,
}

impl Paste {
    /// Whether nothing matchable was found (empty, only symbols or emoji, only binary noise).
    pub fn is_blank(&self) -> bool {
        self.codes.is_empty()
            && self.article_refs.is_empty()
            && !self.chatter.chars().any(char::is_alphanumeric)
            && self
                .error_lines
                .iter()
                .all(|l| !l.clean.chars().any(char::is_alphanumeric))
    }

    /// The error text, one line per error line.
    pub fn error_text(&self) -> String {
        let mut s = String::new();
        for l in &self.error_lines {
            s.push_str(&l.clean);
            s.push('\n');
        }
        s
    }
}

struct LineShapes {
    log_prefix: Regex,
    process: Regex,
    quoted: Regex,
    article_ref: Regex,
}

fn shapes() -> &'static LineShapes {
    static S: OnceLock<LineShapes> = OnceLock::new();
    S.get_or_init(|| {
        let re = |s: &str| Regex::new(s).unwrap_or_else(|_| unreachable!("literal pattern: {s}"));
        LineShapes {
            log_prefix: re(
                r"(?i)^\s*(?:\[?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\[?\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\[?\d{1,2}:\d{2}:\d{2}|\[?(?:error|err|warning|warn|info|debug|fatal|critical|erreur|avertissement|fout|waarschuwing|fel|varning|errore|avviso)\b)",
            ),
            process: re(r"(?i)(?-u:\b)(?:nlserver|mta|wfserver|inmail|stat|web|mtachild)(?:@\S+)?\s*\[\s*\d+\s*\]\s*:?"),
            // Two letters, a dash, four or five digits: the KB's article numbers. Campaign's
            // error codes (`PGS-220000`) have three letters and six digits.
            article_ref: re(r"(?-u:\b)[A-Za-z]{2}-\d{4,5}(?-u:\b)"),
            quoted: re(r#""([^"\n]{3,})"|“([^”\n]{3,})”|«([^»\n]{3,})»|`([^`\n]{3,})`|\*([^*\n]{3,})\*|(?:^|\s)'([^'\n]{6,})'(?:\s|$|[.,;:!?])"#),
        }
    })
}

/// Cuts `text` to the limits, at a character boundary.
fn cut(text: &str) -> (&str, Option<Truncation>) {
    let original_lines = text.lines().count();
    let mut end = text.len().min(MAX_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if let Some((i, _)) = text[..end].match_indices('\n').nth(MAX_LINES - 1) {
        end = i;
    }
    // What is left may be only the newline that ends the last line kept: then every line
    // was read, and a note would tell a 200-line paste it was cut.
    if matches!(&text[end..], "" | "\n" | "\r\n") {
        return (text, None);
    }
    let kept = &text[..end];
    (
        kept,
        Some(Truncation {
            original_bytes: text.len(),
            original_lines,
            kept_bytes: kept.len(),
        }),
    )
}

/// Whether `text` is mostly not text: a binary file pasted or piped in, decoded with
/// replacement characters. The letters left in it fall into chance "words" (`de`, `a`, `i`)
/// that would otherwise pick a reply language at random.
fn looks_binary(text: &str) -> bool {
    let (mut all, mut noise) = (0usize, 0usize);
    for c in text.chars().take(4096) {
        all += 1;
        if c == char::REPLACEMENT_CHARACTER || (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        {
            noise += 1;
        }
    }
    noise * 10 > all
}

/// Extracts the error lines, codes, chatter and language of a paste.
pub fn extract(text: &str) -> Paste {
    extract_with(text, true)
}

/// [`extract`] without the language: what a whole-log scan needs of each line, at a fraction
/// of the cost.
pub(crate) fn extract_lines(text: &str) -> Paste {
    extract_with(text, false)
}

fn extract_with(text: &str, detect: bool) -> Paste {
    let (text, truncated) = cut(text);
    // Credentials never go back to the channel or the store: blanked, by position, with the
    // checker's own scrubber, before any line is kept.
    let redacted = crate::check::redact_credentials(text);
    let text = redacted.as_ref();
    let mut paste = Paste {
        truncated,
        ..Paste::default()
    };
    let mut chatter = String::new();
    let mut fence: Option<Fence> = None;
    for raw in text.lines() {
        let line = printable(raw);
        let trimmed = line.trim();
        if let Some(open) = fence {
            if open.closed_by(trimmed) {
                fence = None;
                continue;
            }
        } else if let Some(open) = Fence::opened_by(trimmed) {
            fence = Some(open);
            // A fence may open and carry text on its line: ``` Messages queued.
            push_fenced_text(&mut paste, trimmed);
            continue;
        } else if trimmed.starts_with("```") {
            // Inline code on a line of its own (```Messages queued```): error text.
            push_fenced_text(&mut paste, trimmed);
            continue;
        }
        if trimmed.is_empty() {
            continue;
        }
        let without_refs = take_article_refs(&mut paste, trimmed);
        let trimmed = without_refs.trim();
        if trimmed.is_empty() {
            continue;
        }
        for c in scrub::codes(trimmed) {
            if !paste.codes.contains(&c) {
                paste.codes.push(c);
            }
        }
        let tabbed = raw.matches('\t').count() >= 2;
        read_line(&mut paste, &mut chatter, trimmed, fence.is_some() || tabbed);
    }
    paste.chatter = scrub::scrub(&chatter);
    paste.lang = if !detect || looks_binary(text) {
        None
    } else if chatter.split_whitespace().nth(1).is_some() {
        // The user's words are the ones detected on: scrubbed once, for both.
        crate::detect_lang(&paste.chatter)
    } else {
        crate::detect_lang(&scrub::scrub(&format!("{chatter}\n{}", paste.error_text())))
    };
    paste
}

/// `line` without the article numbers it names, which go to `paste.article_refs`: they are
/// a pointer, not words of the error or of the user's question.
fn take_article_refs<'a>(paste: &mut Paste, line: &'a str) -> std::borrow::Cow<'a, str> {
    let re = &shapes().article_ref;
    for m in re.find_iter(line) {
        let id = m.as_str().to_ascii_uppercase();
        if !paste.article_refs.contains(&id) {
            paste.article_refs.push(id);
        }
    }
    re.replace_all(line, " ")
}

/// `raw` without terminal colours and control characters, tabs as spaces.
fn printable(raw: &str) -> String {
    // Terminal colours in a copied log (`ESC[31m`): dropping ESC alone would leave
    // `[31mMessages` behind, a word in no language.
    let stripped;
    let raw = if raw.contains('\u{1b}') {
        stripped = anstream::adapter::strip_str(raw).to_string();
        stripped.as_str()
    } else {
        raw
    };
    raw.chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect()
}

/// The text beside the backticks or tildes of a fence line, when it is a phrase.
fn push_fenced_text(paste: &mut Paste, trimmed: &str) {
    let inner = trimmed.trim_matches(|c| c == '`' || c == '~').trim();
    if !inner.is_empty() && inner.contains(' ') {
        push_error(paste, inner);
    }
}

/// One printable, non-blank line outside any fence line: error text, context, or the
/// user's words (`logged` when it is fenced or tab-separated, which makes it error text).
fn read_line(paste: &mut Paste, chatter: &mut String, trimmed: &str, logged: bool) {
    let shapes = shapes();
    if logged {
        push_log(paste, trimmed);
    } else if let Some(q) = trimmed.strip_prefix('>') {
        push_error(paste, q.trim());
    } else if is_path(trimmed) {
        // Context for the error, neither error text nor the user's words.
    } else if shapes.log_prefix.is_match(trimmed) || shapes.process.is_match(trimmed) {
        push_log(paste, trimmed);
    } else if let Some(at) = scrub::first_code_at(trimmed) {
        // A chat line that quotes an error with its code ("in de log staat: 421 4.7.0
        // ..."): what comes before the code is the user's, when it is a few words.
        let (own, error) = trimmed.split_at(at);
        if own_words_before_code(own) {
            chatter.push_str(own);
            chatter.push('\n');
            push_error(paste, error);
        } else {
            push_error(paste, trimmed);
        }
    } else {
        // A chat line: quoted spans are error text, the rest is the user's words.
        let mut last = 0;
        for cap in shapes.quoted.captures_iter(trimmed) {
            let Some(whole) = cap.get(0) else { continue };
            let Some(inner) = cap.iter().skip(1).flatten().next() else {
                continue;
            };
            chatter.push_str(&trimmed[last..whole.start()]);
            chatter.push(' ');
            last = whole.end();
            push_error(paste, inner.as_str().trim());
        }
        chatter.push_str(&trimmed[last..]);
        chatter.push('\n');
        if last == 0 {
            paste.chat_lines.push(trimmed.to_string());
        }
    }
}

/// Whether a line is only a file path (`/usr/local/neolane/nl6/var/prod/log/mta.log`,
/// `C:\nl6\var\prod\log\mta.log`): its pieces are neither the error nor the user's words,
/// and must not decide the reply language.
fn is_path(line: &str) -> bool {
    !line.contains(char::is_whitespace) && line.matches(['/', '\\']).count() >= 2
}

/// Whether the text before a chat line's first error code is the user talking rather than
/// the start of the error: three words or more, in one of the other languages ("hej! vi får
/// 550 5.7.1 ...") or with a greeting or a first person ("hi, we keep getting 550 ...").
/// Bounce texts put English before the code ("The response from the remote server was:
/// 550 5.1.1 ...", "Remote Server returned '550 ..."): that stays with the error.
fn own_words_before_code(before: &str) -> bool {
    const USER: &[&str] = &["i", "we", "my", "our", "us", "me", "hi", "hello", "hey"];
    let words: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect();
    words.len() >= 3
        && (words.iter().any(|w| USER.contains(&w.as_str()))
            || crate::detect_lang(before).is_some_and(|l| l != Lang::En))
}

fn push_error(paste: &mut Paste, line: &str) {
    push_line(paste, line, None);
}

/// A log line (fenced, tab-separated, or with a log prefix): error text with the severity
/// its columns declare.
fn push_log(paste: &mut Paste, line: &str) {
    push_line(paste, line, severity_of(line));
}

fn push_line(paste: &mut Paste, line: &str, severity: Option<Severity>) {
    let original: String = line.chars().take(300).collect();
    let clean = scrub::scrub(&strip_log_prefix(line));
    if clean.chars().any(char::is_alphanumeric) || !scrub::codes(line).is_empty() {
        paste.error_lines.push(ErrorLine {
            original,
            clean: clean.split_whitespace().collect::<Vec<_>>().join(" "),
            severity,
        });
    }
}

/// How many leading words of a log line may hold its severity column: nlserver writes the
/// date, time, two thread ids and a level before it; other logs put it first or in brackets.
const SEVERITY_COLUMNS: usize = 7;

/// The severity a log line declares before its message, if any.
fn severity_of(line: &str) -> Option<Severity> {
    line.split_whitespace()
        .take(SEVERITY_COLUMNS)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find_map(|w| super::cues::Cues::bundled().severity(&w))
}

/// Drops the process tag and severity words that every log line carries; timestamps, PIDs and
/// the like go with the scrub.
fn strip_log_prefix(line: &str) -> String {
    let s = shapes().process.replace_all(line, " ");
    s.into_owned()
}

#[cfg(test)]
mod tests;
