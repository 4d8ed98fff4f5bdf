//! The `user:password@host` shape, with or without a scheme, in lists, with any host.
//!
//! Owns the password part of a userinfo; must not look at names (it has none).

use super::names::is_secret_value;
use super::{ahead, Found, QUOTES};

/// Longest `user:password` looked at before an `@`.
const BACK: usize = 512;

/// Characters that end a `user:password@host` token.
fn ends_token(c: char) -> bool {
    c.is_whitespace() || "\"'<>,(){}".contains(c) || QUOTES.contains(&c)
}

/// `user:password@host`: the password part.
pub(super) fn userinfo(text: &str) -> Vec<Found> {
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
