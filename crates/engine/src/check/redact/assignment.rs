//! The `name <sep> value` shapes: `name=value`, `name: value`, `name="value"`,
//! `name=&quot;value&quot;`, `<name>value<`, `IDENTIFIED BY value`.
//!
//! Owns where such a value starts and ends; must not decide what a credential name is
//! (that is [`super::names`]).

use std::ops::Range;

use super::names::{is_secret_name, is_secret_value, looks_like_credential};
use super::{ahead, is_word_char, Found, QUOTES};

/// HTML-escaped quotes, as in a file pasted from a web page.
const ESCAPED_QUOTES: &[&str] = &["&quot;", "&apos;", "&#34;", "&#39;"];
/// Longest value looked at after a name: a bounded look-ahead keeps the scan linear.
const AHEAD: usize = 4096;
/// Longest unquoted value, or start tag, looked at: a password is never longer.
const SHORT: usize = 256;

/// `name <sep> value` shapes.
pub(super) fn named(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut prev_word: Option<Range<usize>> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((start, c)) = iter.next() {
        if !is_word_char(c) {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(i, c)) = iter.peek() {
            if !is_word_char(c) {
                break;
            }
            end = i + c.len_utf8();
            iter.next();
        }
        let word = &text[start..end];
        let sql = word.eq_ignore_ascii_case("by")
            && prev_word
                .as_ref()
                .is_some_and(|p| text[p.clone()].eq_ignore_ascii_case("identified"));
        prev_word = Some(start..end);
        if !sql && !is_secret_name(word) {
            continue;
        }
        let element = text[..start].ends_with('<');
        if let Some(value) = value_after(text, end, element, sql) {
            if is_secret_value(&text[value.clone()]) {
                let before = text[..start].chars().next_back();
                let in_value = before.is_some_and(|b| b == '=' || QUOTES.contains(&b));
                found.push(Found {
                    name: (!sql).then_some(start..end),
                    value,
                    in_value,
                });
            }
        }
    }
    found
}

/// The value that follows a credential name ending at `at`, if a separator follows it.
fn value_after(text: &str, at: usize, element: bool, sql: bool) -> Option<Range<usize>> {
    let rest = &text[at..ahead(text, at, AHEAD)];
    let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let after = &rest[gap..];
    let (prose, skip) = if sql {
        (true, 0)
    } else if element {
        // `<password>value</password>`, `<secret kind="x">value`, `<token><![CDATA[value]]>`.
        let gt = after[..ahead(after, 0, SHORT)].find('>')?;
        if after[..gt].ends_with('/') {
            return None;
        }
        let body = &after[gt + 1..];
        let (lead, inner) = match body.strip_prefix("<![CDATA[") {
            Some(inner) => (gt + 10, inner),
            None => (gt + 1, body),
        };
        let len = inner.find(['<', ']']).unwrap_or(inner.len());
        let value = &inner[..len];
        let from = at + gap + lead + (value.len() - value.trim_start().len());
        return Some(from..from + value.trim().len());
    } else if after.starts_with("://") {
        return None; // a URL scheme, not a separator
    } else if after.starts_with('=') {
        (false, 1)
    } else if gap > 0 && after.starts_with(QUOTES) {
        (false, 0) // SQL: `PASSWORD 'value'`
    } else if after.starts_with(':') {
        (true, 1)
    } else if after
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("is "))
    {
        (true, 3)
    } else {
        return None;
    };
    let after = &after[skip..];
    let gap2 = after.len() - after.trim_start_matches([' ', '\t']).len();
    let v = &after[gap2..];
    let from = at + gap + skip + gap2;
    if let Some(q) = v.chars().next().filter(|c| QUOTES.contains(c)) {
        let inner = &v[q.len_utf8()..];
        let len = inner.find(QUOTES).unwrap_or(inner.len());
        let s = from + q.len_utf8();
        return Some(s..s + len);
    }
    if let Some(eq) = ESCAPED_QUOTES.iter().find(|e| v.starts_with(**e)) {
        let inner = &v[eq.len()..];
        let len = inner.find(eq).unwrap_or(inner.len());
        let s = from + eq.len();
        return Some(s..s + len);
    }
    let len = unquoted_len(v);
    let value = v[..len].trim_end_matches(['.', ':']);
    if prose && !looks_like_credential(value) {
        return None;
    }
    Some(from..from + value.len())
}

/// The length of an unquoted value at the start of `v`: up to a space, a delimiter or a
/// quote, and at most [`SHORT`] bytes (a byte scan: it runs for every name in the text).
fn unquoted_len(v: &str) -> usize {
    let b = v.as_bytes();
    let mut i = 0;
    while i < b.len().min(SHORT) {
        let c = b[i];
        // U+2018..U+201D (curly quotes) are E2 80 98..9D in UTF-8.
        let curly = c == 0xE2
            && b.get(i + 1) == Some(&0x80)
            && b.get(i + 2).is_some_and(|n| (0x98..=0x9D).contains(n));
        if c.is_ascii_whitespace() || b"\"'<>;,&(){}[]".contains(&c) || curly {
            break;
        }
        i += 1;
    }
    while !v.is_char_boundary(i) {
        i -= 1;
    }
    i
}
