//! A parse that failed, in the user's terms: our own words for the parser's complaint, and
//! for an element never closed, the line where it opens rather than where the parser gave up.
//!
//! Owns the `input-not-well-formed` finding; must not echo a value from the input.

use super::super::report::{Finding, Severity};
use super::finding;
use super::text::{line_at, WRAPPER};

/// The `input-not-well-formed` finding for parse error `e` of `wrapped` (the input `text`
/// after [`super::text::wrap`], whose first line is `prefix` characters longer).
pub(super) fn not_well_formed(
    name: &str,
    e: &roxmltree::Error,
    text: &str,
    wrapped: &str,
    prefix: u32,
) -> Finding {
    let pos = e.pos();
    let col = if pos.row == 1 {
        pos.col.saturating_sub(prefix)
    } else {
        pos.col
    };
    let mut f = finding(
        name,
        "input-not-well-formed",
        Severity::Error,
        Some(pos.row),
    );
    f.column = Some(col.max(1));
    let row_text = wrapped
        .lines()
        .nth(pos.row.saturating_sub(1) as usize)
        .unwrap_or("");
    f.args = parse_error_args(e, row_text);
    // "Never closed" is fixed where the element opens, not where the parser gave up
    // (often the last line, or past it).
    if f.args.first().is_some_and(|(_, kind)| kind == "unclosed") {
        let wanted = f.args.get(1).map_or("", |(_, v)| v.as_str());
        if let Some((element, line, col)) = unclosed_start(text, wanted) {
            f.line = Some(line);
            f.column = Some(col);
            if let Some(arg) = f.args.get_mut(1) {
                arg.1 = element;
            }
        }
    }
    f
}

/// The element named `name` (or, with an empty name, the innermost one) still open at the
/// end of `text`, with the 1-based line and column of its start tag. A tolerant linear walk
/// over the tags: comments, CDATA, declarations and quoted values are skipped, a close tag
/// closes the nearest open element of its name and is ignored when none is open.
pub(super) fn unclosed_start(text: &str, name: &str) -> Option<(String, u32, u32)> {
    // Not roxmltree's output: it stops at the first error and keeps no open elements.
    let b = text.as_bytes();
    let mut open: Vec<(&str, usize)> = Vec::new();
    let mut i = 0;
    let skip_to = |from: usize, end: &str| {
        text[from..]
            .find(end)
            .map_or(b.len(), |k| from + k + end.len())
    };
    while let Some(k) = text[i..].find('<') {
        let at = i + k;
        let rest = &text[at..];
        if rest.starts_with("<!--") {
            i = skip_to(at + 4, "-->");
        } else if rest.starts_with("<![CDATA[") {
            i = skip_to(at + 9, "]]>");
        } else if rest.starts_with("<?") {
            i = skip_to(at + 2, "?>");
        } else if rest.starts_with("<!") {
            i = skip_to(at + 2, ">");
        } else {
            let close = rest.starts_with("</");
            let start = at + if close { 2 } else { 1 };
            let tag = &text[start..];
            let len = tag
                .find(|c: char| c.is_whitespace() || matches!(c, '>' | '/'))
                .unwrap_or(tag.len());
            let tag_name = &tag[..len];
            // The end of the tag, outside quoted values.
            let mut quote: Option<u8> = None;
            let mut end = b.len();
            for (j, &c) in b.iter().enumerate().skip(start + len) {
                match (quote, c) {
                    (None, b'"' | b'\'') => quote = Some(c),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => {
                        end = j;
                        break;
                    }
                    _ => {}
                }
            }
            if close {
                if let Some(p) = open.iter().rposition(|(n, _)| *n == tag_name) {
                    open.truncate(p);
                }
            } else if !tag_name.is_empty() && b.get(end.wrapping_sub(1)) != Some(&b'/') {
                open.push((tag_name, at));
            }
            i = (end + 1).min(b.len());
        }
        if i >= b.len() {
            break;
        }
    }
    let &(element, at) = if name.is_empty() {
        open.last()?
    } else {
        open.iter().rev().find(|(n, _)| *n == name)?
    };
    let line = line_at(text, at);
    let line_start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    let col = u32::try_from(text[line_start..at].chars().count() + 1).unwrap_or(u32::MAX);
    Some((element.to_string(), line, col))
}

/// Our own words for the parser's complaint: only tag names are echoed, never values.
fn parse_error_args(e: &roxmltree::Error, row_text: &str) -> Vec<(&'static str, String)> {
    use roxmltree::Error as E;
    let (kind, expected, found) = match e {
        E::UnexpectedCloseTag(expected, found, _) => {
            let expected = if expected == WRAPPER {
                String::new()
            } else {
                expected.clone()
            };
            let found = if found == WRAPPER {
                String::new()
            } else {
                found.clone()
            };
            if found.is_empty() {
                ("unclosed", expected, found)
            } else if expected.is_empty() {
                ("stray-close", expected, found)
            } else {
                ("mismatched", expected, found)
            }
        }
        E::UnexpectedEndOfStream => ("unclosed", String::new(), String::new()),
        E::InvalidAttributeValue(_) => ("lt-in-value", String::new(), String::new()),
        E::UnknownEntityReference(..) | E::MalformedEntityReference(_) => {
            ("entity", String::new(), String::new())
        }
        E::DuplicatedAttribute(name, _) => ("duplicate-attribute", name.clone(), String::new()),
        E::NodesLimitReached => ("too-many-nodes", String::new(), String::new()),
        // A doc placeholder such as `localDomain="<domain>"` puts `<` in a value.
        _ if row_text.contains("=\"<") || row_text.contains("='<") => {
            ("lt-in-value", String::new(), String::new())
        }
        _ => ("syntax", String::new(), String::new()),
    };
    vec![
        ("kind", kind.to_string()),
        ("expected", expected),
        ("found", found),
    ]
}
