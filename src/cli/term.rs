//! The terminal face of a reply. The engine's text carries Markdown's inline marks
//! (`**bold**`, `` `code` ``); on a terminal they become styles, lines are wrapped to its width
//! (a list item's continuation lines hang under its text), and output taller than the screen
//! goes through a pager when the command asks for one. Piped output is left exactly as the
//! engine wrote it, plain Markdown, so scripts and files read the same text everywhere.
//!
//! Owns only presentation: it never changes a word of the reply.

use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};

use anstream::ColorChoice;
use anstyle::{AnsiColor, Style};

/// Narrower than this, wrapping would only chop words: the text is left to the terminal.
const MIN_WIDTH: usize = 20;

/// How one stretch of a line is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Plain,
    Bold,
    Code,
}

impl Mark {
    fn style(self) -> Style {
        match self {
            Mark::Plain => Style::new(),
            Mark::Bold => Style::new().bold(),
            Mark::Code => Style::new().fg_color(Some(AnsiColor::Cyan.into())),
        }
    }
}

fn flush<'a>(out: &mut Vec<(Mark, &'a str)>, text: &'a str, bold: bool) {
    if !text.is_empty() {
        out.push((if bold { Mark::Bold } else { Mark::Plain }, text));
    }
}

/// The first run of exactly `n` backticks at or after `from`: its start and end.
fn closing_run(text: &str, from: usize, n: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
            if run == n {
                return Some((i, i + n));
            }
            i += run;
        } else {
            i += 1;
        }
    }
    None
}

/// One line's text split at its marks. A backtick span is taken literally (a `**` inside
/// code is code); a mark without its closing twin is text, as Markdown reads it.
fn spans(line: &str) -> Vec<(Mark, &str)> {
    let mut out = Vec::new();
    let mut bold = false;
    let rest = line;
    let mut plain_start = 0;
    let mut at = 0;
    while let Some(i) = rest[at..].find(['`', '*']).map(|i| at + i) {
        if rest[i..].starts_with('`') {
            // A run of n backticks opens a span that only a run of exactly n closes.
            let n = rest[i..].bytes().take_while(|&b| b == b'`').count();
            if let Some((start, end)) = closing_run(rest, i + n, n) {
                flush(&mut out, &rest[plain_start..i], bold);
                out.push((Mark::Code, rest[i + n..start].trim_matches(' ')));
                plain_start = end;
                at = plain_start;
                continue;
            }
            at = i + n;
            continue;
        } else if rest[i..].starts_with("**") && (bold || rest[i + 2..].contains("**")) {
            flush(&mut out, &rest[plain_start..i], bold);
            bold = !bold;
            plain_start = i + 2;
            at = plain_start;
            continue;
        }
        at = i + 1;
    }
    flush(&mut out, &rest[plain_start..], bold);
    out
}

/// A line's lead: its indent and, for a list item (`1. `, `• `, `- `), the marker, so that
/// continuation lines start under the item's text. Its length in bytes, then in columns.
fn hanging(line: &str) -> (usize, usize) {
    let text = line.trim_start_matches(' ');
    let indent = line.len() - text.len();
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let marker = if digits > 0 && text[digits..].starts_with(". ") {
        &text[..digits + 2]
    } else {
        ["• ", "- ", "* "]
            .into_iter()
            .find(|m| text.starts_with(m))
            .unwrap_or("")
    };
    (
        indent + marker.len(),
        indent + console::measure_text_width(marker),
    )
}

/// A word as shown: its stretches, each with its mark, and its width on screen.
struct Word<'a> {
    parts: Vec<(Mark, &'a str)>,
    width: usize,
}

fn words<'a>(spans: &[(Mark, &'a str)]) -> Vec<Word<'a>> {
    let mut out: Vec<Word<'a>> = Vec::new();
    let mut open = false;
    for &(mark, text) in spans {
        for (k, piece) in text.split(' ').enumerate() {
            if k > 0 {
                open = false;
            }
            if piece.is_empty() {
                continue;
            }
            let w = console::measure_text_width(piece);
            match out.last_mut().filter(|_| open) {
                Some(word) => {
                    word.parts.push((mark, piece));
                    word.width += w;
                }
                None => out.push(Word {
                    parts: vec![(mark, piece)],
                    width: w,
                }),
            }
            open = true;
        }
    }
    out
}

fn paint(out: &mut String, parts: &[(Mark, &str)]) {
    for &(mark, text) in parts {
        if mark == Mark::Plain {
            out.push_str(text);
        } else {
            let s = mark.style();
            out.push_str(&format!("{}{text}{}", s.render(), s.render_reset()));
        }
    }
}

/// One line, styled, and wrapped at `width` columns when it is given: words are never cut (a
/// long path or URL runs past the edge rather than being broken).
fn render_line(line: &str, width: Option<usize>, out: &mut String) {
    let (lead_bytes, lead) = hanging(line);
    let (head, body) = line.split_at(lead_bytes);
    let spans = spans(body);
    out.push_str(head);
    let shown_width: usize = lead
        + spans
            .iter()
            .map(|(_, t)| console::measure_text_width(t))
            .sum::<usize>();
    // A line that fits keeps its spacing as written (the XML examples of `explain`).
    let wrap = |w: usize| w >= MIN_WIDTH && lead + MIN_WIDTH / 2 < w && shown_width > w;
    let Some(width) = width.filter(|&w| wrap(w)) else {
        paint(out, &spans);
        out.push('\n');
        return;
    };
    let mut col = lead;
    let mut first = true;
    for word in words(&spans) {
        if !first && col + 1 + word.width > width {
            out.push('\n');
            out.push_str(&" ".repeat(lead));
            col = lead;
        } else if !first {
            out.push(' ');
            col += 1;
        }
        paint(out, &word.parts);
        col += word.width;
        first = false;
    }
    out.push('\n');
}

/// `text` as a terminal of `width` columns shows it: marks styled, lines wrapped.
pub(crate) fn render(text: &str, width: Option<usize>) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.lines() {
        render_line(line, width, &mut out);
    }
    out
}

/// Writes a reply to standard output: rendered for a terminal, as written for a pipe. With
/// `page`, output taller than the terminal goes through `$PAGER` (`less` by default; an empty
/// `PAGER` turns paging off), falling back to printing when no pager starts.
pub(crate) fn print(text: &str, page: bool) -> std::io::Result<()> {
    let stdout = std::io::stdout();
    if !stdout.is_terminal() {
        let mut out = anstream::stdout();
        out.write_all(text.as_bytes())?;
        return out.flush();
    }
    let size = console::Term::stdout().size_checked();
    let width = size.map(|(_, cols)| usize::from(cols));
    let shown = render(text, width);
    let rows = size.map_or(usize::MAX, |(rows, _)| usize::from(rows));
    if page && shown.lines().count() >= rows {
        if let Some(done) = through_pager(&shown) {
            return done;
        }
    }
    let mut out = anstream::stdout();
    out.write_all(shown.as_bytes())?;
    out.flush()
}

/// Sends `shown` to the pager; `None` when there is none to start. Quitting the pager early
/// closes its input, which is the reader's choice and not an error.
fn through_pager(shown: &str) -> Option<std::io::Result<()>> {
    let pager = std::env::var("PAGER").unwrap_or_else(|_| "less".to_string());
    let mut argv = pager.split_whitespace();
    let program = argv.next()?;
    let mut cmd = Command::new(program);
    cmd.args(argv).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        // Quit when it fits, keep the colours, leave the text on screen afterwards.
        cmd.env("LESS", "FRX");
    }
    let mut child = cmd.spawn().ok()?;
    // The pager gets what the terminal would (NO_COLOR strips the styles there too).
    let stripped;
    let sent = if anstream::AutoStream::choice(&std::io::stdout()) == ColorChoice::Never {
        stripped = anstream::adapter::strip_str(shown).to_string();
        &stripped
    } else {
        shown
    };
    let written = child
        .stdin
        .take()
        .map(|mut stdin| stdin.write_all(sent.as_bytes()));
    let waited = child.wait();
    Some(match (written, waited) {
        (Some(Err(e)), _) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e),
        (_, Err(e)) => Err(e),
        _ => Ok(()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str, width: Option<usize>) -> String {
        anstream::adapter::strip_str(&render(text, width)).to_string()
    }

    #[test]
    fn marks_become_styles_and_leave_no_markers() {
        let shown = render(
            "Open **Mail rule sets** and run `nlserver stat -reload`.",
            None,
        );
        assert!(
            shown.contains("\u{1b}[1mMail rule sets\u{1b}[0m"),
            "{shown:?}"
        );
        assert!(
            shown.contains("\u{1b}[36mnlserver stat -reload\u{1b}[0m"),
            "{shown:?}"
        );
        assert_eq!(
            plain(
                "Open **Mail rule sets** and run `nlserver stat -reload`.",
                None
            ),
            "Open Mail rule sets and run nlserver stat -reload.\n"
        );
    }

    #[test]
    fn a_mark_without_its_twin_is_text_and_code_is_literal() {
        assert_eq!(plain("5 ** 2 and a ` tick", None), "5 ** 2 and a ` tick\n");
        assert_eq!(
            plain("keep `*` and `**` last", None),
            "keep * and ** last\n"
        );
    }

    #[test]
    fn list_items_wrap_under_their_text() {
        let item = "2. In the explorer, go to **Administration > Campaign Management** and open the rules.";
        let shown = plain(item, Some(30));
        for line in shown.lines() {
            assert!(console::measure_text_width(line) <= 30, "{shown}");
        }
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines.len() > 2, "{shown}");
        assert!(lines[1..]
            .iter()
            .all(|l| l.starts_with("   ") && !l.starts_with("    ")));
        assert_eq!(shown.split_whitespace().collect::<Vec<_>>().join(" "), {
            plain(item, None).trim_end().to_string()
        });
    }

    #[test]
    fn a_bullet_hangs_by_its_width_not_its_bytes() {
        let shown = plain(
            "• KB-0014: MX rule changes have no effect, or the wrong limits apply (<1 %)",
            Some(30),
        );
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines.len() > 1, "{shown}");
        assert!(
            lines[1..]
                .iter()
                .all(|l| l.starts_with("  ") && !l.starts_with("   ")),
            "{shown}"
        );
    }

    #[test]
    fn a_word_longer_than_the_line_is_not_cut() {
        let url = "https://docs.example.org/campaign/a-very-long-page-name-that-runs-on.html";
        let shown = plain(&format!("see {url} now"), Some(30));
        assert!(shown.lines().any(|l| l == url), "{shown}");
    }

    #[test]
    fn a_bold_stretch_glued_to_punctuation_stays_one_word() {
        let shown = plain("tick **Shared**, then save", Some(22));
        assert!(shown.contains("Shared,"), "{shown}");
    }
}
