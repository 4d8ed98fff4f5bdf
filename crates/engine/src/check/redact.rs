//! The one credential scrubber of both journeys (a checked file, a pasted log): finds where
//! credentials sit in text and replaces exactly those spans, never a string wherever it
//! occurs (a short password such as `1000` must not blank every `1000` of a report).
//!
//! Shapes recognised, each bounded so hostile text stays linear:
//! - `name=value`, `name: value`, `name="value"`, `name=&quot;value&quot;`, `<name>value<`,
//!   `IDENTIFIED BY value`, where *name* is a credential name ([`is_secret_name`]);
//! - `user:password@host`, with or without a scheme, in lists (`a:b@h1,c:d@h2`), with any
//!   host (`_`, non-ASCII);
//! - `Basic <base64>` / `Bearer <token>` authorisation values.
//!
//! **Invariant:** the values found never leave this module except as spans to blank.

use std::borrow::Cow;
use std::ops::Range;

/// What replaces a credential wherever it would have appeared.
pub(crate) const REDACTED: &str = "[redacted]";

/// Quotes a value may be delimited by (Word writes curly ones, on both sides).
const QUOTES: &[char] = &['"', '\'', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}'];
/// HTML-escaped quotes, as in a file pasted from a web page.
const ESCAPED_QUOTES: &[&str] = &["&quot;", "&apos;", "&#34;", "&#39;"];
/// Longest value looked at after a name: a bounded look-ahead keeps the scan linear.
const AHEAD: usize = 4096;
/// Longest unquoted value, or start tag, looked at: a password is never longer.
const SHORT: usize = 256;
/// Longest `user:password` looked at before an `@`.
const BACK: usize = 512;

/// Name fragments that make a name a credential's, after lower-casing and dropping `_`/`-`.
const CONTAINS: &[&str] = &[
    "pass",
    "pasw",
    "pwd",
    "secret",
    "privatekey",
    "token",
    "apikey",
    "accesskey",
    "signingkey",
    "credential",
    "authimscode",
];
/// Whole names that are credentials although they contain none of [`CONTAINS`].
const EXACT: &[&str] = &["auth", "pw", "authorization", "authorisation"];
/// Suffixes of names that are about a credential without holding one (`vaultTokenPath`,
/// `sessionTokenOnly`, `tokenTimeoutSec`).
const NOT_SECRET_SUFFIXES: &[&str] = &["path", "only", "sec", "file", "mode", "type", "policy"];

/// Whether `name` (an attribute, an element, a word before `=`) names a credential. The
/// schema's booleans (`allowEmptyPassword`) are ruled out by the caller that knows the path.
pub(crate) fn is_secret_name(name: &str) -> bool {
    let name = name.trim_start_matches('_');
    // Cheap rejection first: this runs for every word of a paste and every attribute.
    if name.len() > 64
        || !["pas", "pw", "secret", "key", "token", "auth", "credential"]
            .iter()
            .any(|h| contains_ci(name, h))
    {
        return false;
    }
    let lower: String = name
        .chars()
        .filter(|c| !matches!(c, '_' | '-'))
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if NOT_SECRET_SUFFIXES.iter().any(|s| lower.ends_with(s)) {
        return false;
    }
    EXACT.contains(&lower.as_str())
        || lower.ends_with("pw")
        || CONTAINS.iter().any(|p| lower.contains(p))
}

/// ASCII case-insensitive substring test, without allocating.
fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether a value is really a credential (not empty, not a boolean, not already masked).
pub(crate) fn is_secret_value(value: &str) -> bool {
    let v = value.trim();
    let masked = v
        .chars()
        .all(|c| matches!(c, '*' | 'x' | 'X' | '.' | '#' | '\u{2022}'));
    !v.is_empty() && !masked && !matches!(v, "true" | "false" | "1" | "0") && v != REDACTED
}

/// An unquoted value after `:` or `is` in prose must look like a credential (a digit, a
/// symbol, or an inner capital): "password: see the wiki" is no password.
fn looks_like_credential(v: &str) -> bool {
    v.len() >= 4
        && (v
            .chars()
            .any(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
            || v.chars().skip(1).any(char::is_uppercase))
}

/// One credential found in text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// The name it was given (`password`), for the shapes that have one.
    pub name: Option<Range<usize>>,
    /// Where the value is.
    pub value: Range<usize>,
    /// The name is itself inside a quoted value (`opts="user=sa;password=x"` has none, but
    /// `password="MyPass1="` would make `MyPass1` look like one): never shown as a name.
    pub in_value: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '-')
}

/// Every credential in `text`, in order of position.
pub(crate) fn find(text: &str) -> Vec<Found> {
    let mut found = named(text);
    found.extend(userinfo(text));
    found.extend(authorization(text));
    found.sort_by_key(|f| (f.value.start, f.value.end));
    found
}

/// `text` with every credential replaced by [`REDACTED`]; borrowed when there is none.
pub fn redact(text: &str) -> Cow<'_, str> {
    let found = find(text);
    if found.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for f in found {
        let Range { start, end } = f.value;
        if end <= at {
            continue; // inside a span already blanked
        }
        out.push_str(&text[at..start.max(at)]);
        out.push_str(REDACTED);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// Whether `text` carries a credential of a recognised shape.
pub(crate) fn has_credentials(text: &str) -> bool {
    !find(text).is_empty()
}

/// The end of a char-boundary-safe window of at most `len` bytes from `from`.
fn ahead(text: &str, from: usize, len: usize) -> usize {
    let mut end = (from + len).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// `name <sep> value` shapes.
fn named(text: &str) -> Vec<Found> {
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

/// Characters that end a `user:password@host` token.
fn ends_token(c: char) -> bool {
    c.is_whitespace() || "\"'<>,(){}".contains(c) || QUOTES.contains(&c)
}

/// `user:password@host`: the password part.
fn userinfo(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut last_end = 0;
    for (at, _) in text.match_indices('@') {
        if at < last_end {
            continue;
        }
        // The token around this `@`, bounded both ways.
        let mut start = at.saturating_sub(BACK).max(last_end);
        while !text.is_char_boundary(start) {
            start += 1;
        }
        let start = match text[start..at]
            .char_indices()
            .rfind(|&(_, c)| ends_token(c))
        {
            Some((i, c)) => start + i + c.len_utf8(),
            None => start,
        };
        let stop = ahead(text, at, BACK);
        let end = text[at..stop].find(ends_token).map_or(stop, |i| at + i);
        last_end = end;
        let token = &text[start..end];
        // The userinfo runs to the last `@` a host follows (a password may hold `@`).
        let Some(last) = token
            .rmatch_indices('@')
            .map(|(i, _)| i)
            .find(|&i| host_like(&token[i + 1..]))
        else {
            continue;
        };
        let head = &token[..last];
        let info_start = head.rfind("://").map_or(0, |i| i + 3);
        let info = &head[info_start..];
        let Some((user, password)) = info.split_once(':') else {
            continue;
        };
        let port_then_path = password
            .split_once('/')
            .is_some_and(|(port, _)| port.chars().all(|c| c.is_ascii_digit()));
        if user.contains(['/', '?', '#'])
            || user.eq_ignore_ascii_case("mailto")
            || port_then_path
            || !is_secret_value(password)
        {
            continue;
        }
        let s = start + info_start + user.len() + 1;
        found.push(Found {
            name: None,
            value: s..s + password.len(),
            in_value: false,
        });
    }
    found
}

/// Whether what follows an `@` is a host (up to a path, query or fragment).
fn host_like(h: &str) -> bool {
    // One pass that stops at the first character deciding it: linear over many `@`.
    let mut len = 0;
    for c in h.chars() {
        if matches!(c, '/' | '?' | '#') {
            break;
        }
        if !(c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ':' | '[' | ']' | '%')) {
            return false;
        }
        len += 1;
    }
    len > 0
}

/// `Basic <base64>` and `Bearer <token>`.
fn authorization(text: &str) -> Vec<Found> {
    let mut found = Vec::new();
    for scheme in ["basic", "bearer"] {
        let bytes = text.as_bytes();
        let mut i = 0;
        while let Some(k) = find_ci(&bytes[i..], scheme.as_bytes()) {
            let at = i + k;
            i = at + scheme.len();
            let word_start = at == 0 || !is_word_char(char::from(bytes[at - 1]));
            if !word_start || bytes.get(i) != Some(&b' ') {
                continue;
            }
            let from = i + bytes[i..].iter().take_while(|b| **b == b' ').count();
            let len = bytes[from..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric() || b"+/=._~-".contains(b))
                .count();
            let token = &text[from..from + len];
            let inner_capital = token.chars().skip(1).any(|c| c.is_ascii_uppercase());
            let symbol = token
                .chars()
                .any(|c| c.is_ascii_digit() || "+/=".contains(c));
            if len >= 8 && (inner_capital || symbol) {
                found.push(Found {
                    name: None,
                    value: from..from + len,
                    in_value: false,
                });
            }
        }
    }
    found
}

/// ASCII case-insensitive search of `needle` in `hay`.
fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests;
