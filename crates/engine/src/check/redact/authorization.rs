//! The `Basic <base64>` and `Bearer <token>` authorisation shapes.
//!
//! Owns the token after the scheme word; must not look at names.

use super::{is_word_char, Found};

/// `Basic <base64>` and `Bearer <token>`.
pub(super) fn authorization(text: &str) -> Vec<Found> {
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
