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

mod assignment;
mod authorization;
mod names;
mod userinfo;

pub(crate) use names::{is_secret_name, is_secret_value};

/// What replaces a credential wherever it would have appeared.
pub(crate) const REDACTED: &str = "[redacted]";

/// Quotes a value may be delimited by (Word writes curly ones, on both sides).
const QUOTES: &[char] = &['"', '\'', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}'];

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
    let mut found = assignment::named(text);
    found.extend(userinfo::userinfo(text));
    found.extend(authorization::authorization(text));
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

#[cfg(test)]
mod tests;
