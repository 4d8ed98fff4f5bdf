//! Adobe Experience League markup and inline HTML turned into plain Markdown for display.
//!
//! Handles `[!UICONTROL ...]` / `[!DNL ...]` / `[!BADGE ...]`, `>[!NOTE]`-style callouts,
//! `>[!VIDEO](url)`, tabs, `+++` collapsibles, `{#anchor}` and `{target="_blank"}` attribute
//! lists, HTML tags (`<b>`, `<br>`, tables) and entities. Code (fences and inline spans) is left
//! alone apart from entity decoding. Works line by line and never fails; it knows nothing of
//! sections or languages beyond the callout labels it asks fluent for.

use crate::i18n::Localizer;
use crate::Lang;

use super::fence::Fence;
use super::html::{html_table, html_tags};
use super::text;

/// Converts Markdown lines in Adobe's dialect into plain Markdown.
pub(crate) fn to_markdown(lines: &[&str], lang: Lang) -> String {
    let mut out = String::new();
    let mut fence: Option<Fence> = None;
    let mut in_contextual_help = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        i += 1;
        let trimmed = line.trim_start();
        let inner = strip_quote_prefix(trimmed);
        if let Some(f) = fence {
            out.push_str(&text::decode_all(line.trim_end()));
            out.push('\n');
            if f.closed_by(inner) {
                fence = None;
            }
            continue;
        }
        if let Some(f) = Fence::opened_by(inner) {
            fence = Some(f);
            out.push_str(line.trim_end());
            out.push('\n');
            continue;
        }
        if in_contextual_help {
            if trimmed.starts_with('>') {
                continue;
            }
            in_contextual_help = false;
        }
        if starts_with_ci(trimmed, "<table") {
            let start = i - 1;
            let end = table_end(lines, start);
            out.push_str(&html_table(&lines[start..end]));
            i = end;
            continue;
        }
        if trimmed.starts_with('>') {
            if let Some(callout) = parse_callout(line) {
                if callout.kind == "CONTEXTUALHELP" {
                    in_contextual_help = true;
                }
                out.push_str(&callout_markdown(&callout, lang));
                continue;
            }
        }
        if let Some(rest) = inner.strip_prefix("+++") {
            out.push_str(&collapsible_title(rest));
            continue;
        }
        let table_row = trimmed.starts_with('|');
        out.push_str(inline(line, table_row).trim_end());
        out.push('\n');
    }
    out
}

/// The end (exclusive) of the HTML table starting on line `start`: the line closing it, or
/// the last line.
fn table_end(lines: &[&str], start: usize) -> usize {
    let mut end = start;
    while end < lines.len() && !lines[end].to_ascii_lowercase().contains("</table>") {
        end += 1;
    }
    (end + 1).min(lines.len())
}

/// A callout line as Markdown: tabs become bold titles, a video its link, a note its label;
/// tab and contextual-help markers produce nothing.
fn callout_markdown(callout: &Callout<'_>, lang: Lang) -> String {
    match callout.kind.as_str() {
        "BEGINTABS" | "ENDTABS" | "CONTEXTUALHELP" => String::new(),
        "TAB" => format!("**{}**\n", prose(callout.arg, false)),
        "VIDEO" => {
            let url = callout
                .after
                .trim()
                .trim_start_matches('(')
                .trim_end_matches(')');
            format!("{} {}: <{}>\n", callout.prefix, label(lang, "VIDEO"), url)
        }
        kind => format!("{} **{}**\n", callout.prefix, label(lang, kind)),
    }
}

/// The title of a `+++` collapsible, in bold on its own line; nothing for a closing `+++`.
fn collapsible_title(rest: &str) -> String {
    let title = rest.trim();
    if title.is_empty() {
        return String::new();
    }
    let title = prose(title, false);
    if title.starts_with("**") {
        format!("{title}\n")
    } else {
        format!("**{title}**\n")
    }
}

fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.is_char_boundary(prefix.len())
        && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// The line without leading blockquote markers and spaces, for fence and callout detection.
pub(crate) fn strip_quote_prefix(s: &str) -> &str {
    s.trim_start_matches(['>', ' ', '\t'])
}

struct Callout<'a> {
    /// Indentation and `>` markers before `[!`.
    prefix: String,
    kind: String,
    arg: &'a str,
    after: &'a str,
}

fn parse_callout(line: &str) -> Option<Callout<'_>> {
    let start = line.find("[!")?;
    let before = &line[..start];
    if !before.trim().chars().all(|c| c == '>' || c == ' ') {
        return None;
    }
    let rest = &line[start + 2..];
    let close = rest.find(']')?;
    let inside = &rest[..close];
    let (kind, arg) = inside.split_once(' ').unwrap_or((inside, ""));
    if kind.is_empty() || !kind.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let prefix: String = before
        .trim_end()
        .chars()
        .filter(|c| *c == '>' || *c == ' ')
        .collect();
    Some(Callout {
        prefix,
        kind: kind.to_string(),
        arg: arg.trim(),
        after: &rest[close + 1..],
    })
}

/// The localised label of a callout kind; unknown kinds keep their own word, title-cased.
fn label(lang: Lang, kind: &str) -> String {
    let id = match kind {
        "NOTE" => "kb-callout-note",
        "IMPORTANT" => "kb-callout-important",
        "CAUTION" => "kb-callout-caution",
        "WARNING" => "kb-callout-warning",
        "TIP" => "kb-callout-tip",
        "INFO" => "kb-callout-info",
        "AVAILABILITY" => "kb-callout-availability",
        "MORELIKETHIS" => "kb-callout-more-like-this",
        "PREREQUISITES" => "kb-callout-prerequisites",
        "VIDEO" => "kb-callout-video",
        other => {
            let mut chars = other.chars();
            return match chars.next() {
                Some(f) => f.to_string() + &chars.as_str().to_lowercase(),
                None => String::new(),
            };
        }
    };
    Localizer::bundled().msg(lang, id, &[])
}

/// One line: code spans keep their content (entities decoded), the rest is `prose`.
fn inline(line: &str, table_row: bool) -> String {
    // Adobe markup may wrap a code span (`[!UICONTROL `[ACS] Sync`]`), so it is unwrapped
    // before the line is cut at backticks.
    let line = adobe_inline(line);
    let mut out = String::with_capacity(line.len());
    let mut rest = line.as_str();
    while let Some(start) = rest.find('`') {
        out.push_str(&prose(&rest[..start], table_row));
        let run = rest[start..].chars().take_while(|c| *c == '`').count();
        let ticks = &rest[start..start + run];
        let after = &rest[start + run..];
        match find_run(after, run) {
            Some(end) => {
                out.push_str(ticks);
                out.push_str(&text::decode_all(&after[..end]));
                out.push_str(ticks);
                rest = &after[end + run..];
            }
            None => {
                out.push_str(ticks);
                rest = after;
            }
        }
    }
    out.push_str(&prose(rest, table_row));
    out
}

/// The byte offset of the next run of exactly `n` backticks.
fn find_run(s: &str, n: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let len = bytes[i..].iter().take_while(|b| **b == b'`').count();
            if len == n {
                return Some(i);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// Text outside code: Adobe inline markup, attribute lists, HTML tags, entities.
pub(crate) fn prose(s: &str, table_row: bool) -> String {
    let s = adobe_inline(s);
    let s = drop_attribute_lists(&s);
    let s = html_tags(&s, table_row);
    text::decode_for_markdown(&s)
}

/// A front matter value or heading as plain text: Adobe markup, attribute lists, HTML tags
/// and entities removed.
pub(crate) fn plain_inline(s: &str) -> String {
    if !s.contains(['[', '{', '<', '&']) {
        return s.to_string();
    }
    let s = prose(&adobe_inline(s), false);
    text::one_line(&text::decode_all(&s.replace("**", "")))
}

/// `[!UICONTROL X]`, `[!DNL X]`, `[!BADGE X]` and friends become `X`.
fn adobe_inline(s: &str) -> String {
    let mut out = unwrap_adobe_once(s);
    // Nested markup (`[!UICONTROL [!DNL Campaign]]`) unwraps in further passes; a few are
    // plenty for real pages and keep hostile nesting linear.
    for _ in 0..3 {
        if !out.contains("[!") {
            break;
        }
        let next = unwrap_adobe_once(&out);
        if next.len() == out.len() {
            break;
        }
        out = next;
    }
    out
}

fn unwrap_adobe_once(s: &str) -> String {
    if !s.contains("[!") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("[!") {
        out.push_str(&rest[..start]);
        let tail = &rest[start + 2..];
        let word_len = tail.chars().take_while(|c| c.is_ascii_uppercase()).count();
        let after_word = &tail[word_len..];
        let closing =
            if word_len > 0 && (after_word.starts_with(' ') || after_word.starts_with(']')) {
                matching_bracket(after_word)
            } else {
                None
            };
        match closing {
            Some(end) => {
                out.push_str(after_word[..end].trim());
                rest = &after_word[end + 1..];
            }
            None => {
                out.push_str("[!");
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Offset of the `]` closing a `[` opened just before `s`, counting nested brackets.
fn matching_bracket(s: &str) -> Option<usize> {
    let mut depth = 0usize;
    // UI labels are short (under 200 characters); not looking further keeps unbalanced input linear.
    for (i, c) in s.char_indices().take(200) {
        match c {
            '[' => depth += 1,
            ']' if depth == 0 => return Some(i),
            ']' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Removes `{#anchor}`, `{target="_blank"}`, `{type=negative url="..."}`, `{hide-from-toc}`.
fn drop_attribute_lists(s: &str) -> String {
    if !s.contains('{') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let tail = &rest[start + 1..];
        let end = tail
            .find(['}', '{'])
            .filter(|e| tail.as_bytes()[*e] == b'}');
        match end {
            Some(end) if is_attribute_list(&tail[..end]) => {
                rest = &tail[end + 1..];
            }
            _ => {
                out.push('{');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_attribute_list(inner: &str) -> bool {
    let inner = inner.trim();
    if let Some(anchor) = inner.strip_prefix('#') {
        return !anchor.is_empty() && !anchor.contains(char::is_whitespace);
    }
    if inner == "hide-from-toc" {
        return true;
    }
    let first = inner.split_whitespace().next().unwrap_or("");
    match first.split_once('=') {
        Some((key, _)) => {
            !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        }
        None => false,
    }
}

#[cfg(test)]
mod tests;
