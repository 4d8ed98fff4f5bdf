//! Which names and values are credentials: the name test every shape starts from, and the
//! value test that rules out booleans, masks and what was already blanked.
//!
//! Owns the word lists only; finding spans in text is the shapes' job.

use super::REDACTED;

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
pub(super) fn looks_like_credential(v: &str) -> bool {
    v.len() >= 4
        && (v
            .chars()
            .any(|c| c.is_ascii_digit() || c.is_ascii_punctuation())
            || v.chars().skip(1).any(char::is_uppercase))
}
