//! A linear pre-scan of the decoded text, before any parser sees it: DTDs and entity
//! declarations, nesting depth, element count, attribute length, typographic quotes used as
//! attribute delimiters. One pass, constant stack, so a hostile file is refused in time
//! proportional to its size and never reaches the tree builder.
//!
//! Owns the limits; knows nothing of serverConf semantics.

/// Deepest nesting accepted. Real files reach 7 (serverconf/mta/child/smtp/IPAffinity/IP).
pub(crate) const MAX_DEPTH: usize = 32;
/// Most elements accepted. A complete stock serverConf.xml has well under a thousand.
pub(crate) const MAX_ELEMENTS: usize = 20_000;
/// Longest attribute value accepted, in bytes.
pub(crate) const MAX_ATTR_LEN: usize = 64 * 1024;
/// Most attributes on one element. Real elements have a few dozen; the parser's duplicate
/// check is quadratic in this number, so it is bounded before the parser sees the tag.
pub(crate) const MAX_ATTRS: usize = 512;

/// Why the scan refused the text, with the 1-based line where it noticed.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refusal {
    Doctype { line: u32 },
    TooDeep { line: u32 },
    TooManyElements { line: u32 },
    AttributeTooLong { line: u32 },
    TooManyAttributes { line: u32 },
    SmartQuotes { line: u32 },
}

/// Scans `text`; `Ok(())` means it may be handed to the parser.
pub(crate) fn scan(text: &str) -> Result<(), Refusal> {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut depth = 0usize;
    let mut elements = 0usize;
    let mut line = 1u32;
    // Counts newlines between `from` and `to` as the cursor jumps forward.
    let count = |from: usize, to: usize| -> u32 {
        let k = b[from..to.min(n)].iter().filter(|&&c| c == b'\n').count();
        u32::try_from(k).unwrap_or(u32::MAX)
    };
    while i < n {
        let Some(off) = b[i..].iter().position(|&c| c == b'<') else {
            break;
        };
        line = line.saturating_add(count(i, i + off));
        i += off;
        let rest = &b[i..];
        let skip_to =
            |pat: &[u8]| -> usize { find(&rest[1..], pat).map_or(n, |p| i + 1 + p + pat.len()) };
        let next = if rest.starts_with(b"<!--") {
            skip_to(b"-->")
        } else if rest.starts_with(b"<![CDATA[") {
            skip_to(b"]]>")
        } else if rest.starts_with(b"<?") {
            skip_to(b"?>")
        } else if rest.starts_with(b"<!") {
            // Any other markup declaration: DOCTYPE, ENTITY, ELEMENT, ATTLIST.
            return Err(Refusal::Doctype { line });
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            skip_to(b">")
        } else {
            elements += 1;
            if elements > MAX_ELEMENTS {
                return Err(Refusal::TooManyElements { line });
            }
            let (end, self_closing, start_line_delta) = tag_end(b, i, line)?;
            line = line.saturating_add(start_line_delta);
            if !self_closing {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Refusal::TooDeep { line });
                }
            }
            // Lines were counted inside tag_end; skip the recount below.
            i = end;
            continue;
        };
        line = line.saturating_add(count(i, next));
        i = next;
    }
    Ok(())
}

/// Scans one start tag from `start` (at `<`): returns the index after `>`, whether it was
/// `/>`, and the newlines crossed. Attribute values are skipped by their quotes.
fn tag_end(b: &[u8], start: usize, line: u32) -> Result<(usize, bool, u32), Refusal> {
    let n = b.len();
    let mut i = start + 1;
    let mut lines = 0u32;
    let mut prev_significant = b'<';
    let mut attrs = 0usize;
    while i < n {
        let c = b[i];
        match c {
            b'\n' => lines += 1,
            b'"' | b'\'' => {
                let close = b[i + 1..]
                    .iter()
                    .position(|&q| q == c)
                    .map_or(n, |p| i + 1 + p);
                attrs += 1;
                if attrs > MAX_ATTRS {
                    return Err(Refusal::TooManyAttributes {
                        line: line.saturating_add(lines),
                    });
                }
                if close - i - 1 > MAX_ATTR_LEN {
                    return Err(Refusal::AttributeTooLong {
                        line: line.saturating_add(lines),
                    });
                }
                lines += b[i + 1..close.min(n)]
                    .iter()
                    .filter(|&&q| q == b'\n')
                    .count() as u32;
                i = close + 1;
                prev_significant = c;
                continue;
            }
            b'=' => {
                // `=“` or `=‘`: a typographic quote where a delimiter belongs.
                let after = skip_ws(b, i + 1);
                let tail = &b[after.min(n)..];
                if ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{201E}"]
                    .iter()
                    .any(|q| tail.starts_with(q.as_bytes()))
                {
                    return Err(Refusal::SmartQuotes {
                        line: line.saturating_add(lines),
                    });
                }
            }
            b'>' => return Ok((i + 1, prev_significant == b'/', lines)),
            b'<' => {
                // An unclosed start tag: let the parser report it, counting this as open.
                return Ok((i, false, lines));
            }
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            prev_significant = c;
        }
        i += 1;
    }
    Ok((n, false, lines))
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_nesting_passes() {
        let xml = "<serverconf><mta><child><smtp><IPAffinity name=\"a\"><IP address=\"1.2.3.4\" publicId=\"1\"/></IPAffinity></smtp></child></mta></serverconf>";
        assert_eq!(scan(xml), Ok(()));
    }

    #[test]
    fn deep_nesting_is_refused_fast_and_without_recursion() {
        let xml = "<a>".repeat(50_000);
        assert_eq!(scan(&xml), Err(Refusal::TooDeep { line: 1 }));
    }

    #[test]
    fn doctype_is_refused_with_its_line() {
        let xml = "<?xml version='1.0'?>\n<!DOCTYPE x [<!ENTITY a 'b'>]>\n<x>&a;</x>";
        assert_eq!(scan(xml), Err(Refusal::Doctype { line: 2 }));
    }

    #[test]
    fn comments_and_cdata_do_not_count() {
        let xml = "<a><!-- <b><c><d> --><![CDATA[<e><f>]]><g/></a>";
        assert_eq!(scan(xml), Ok(()));
        let deep_in_comment = format!("<a><!--{}--></a>", "<b>".repeat(100));
        assert_eq!(scan(&deep_in_comment), Ok(()));
    }

    #[test]
    fn smart_quotes_found_on_their_line() {
        let xml = "<proxyConfig>\n<proxyHTTP address=\u{201C}proxy\u{201D}/></proxyConfig>";
        assert_eq!(scan(xml), Err(Refusal::SmartQuotes { line: 2 }));
        // inside a properly quoted value they are fine
        assert_eq!(scan("<a label=\"it\u{2019}s\"/>"), Ok(()));
    }

    #[test]
    fn too_many_attributes_on_one_element() {
        let attrs: String = (0..=MAX_ATTRS).map(|i| format!(" a{i}=\"x\"")).collect();
        let xml = format!("<a{attrs}/>");
        assert!(matches!(
            scan(&xml),
            Err(Refusal::TooManyAttributes { line: 1 })
        ));
        let ok: String = (0..MAX_ATTRS).map(|i| format!(" a{i}=\"x\"")).collect();
        assert_eq!(scan(&format!("<a{ok}/>")), Ok(()));
    }

    #[test]
    fn too_many_elements() {
        let xml = format!("<a>{}</a>", "<b/>".repeat(MAX_ELEMENTS + 1));
        assert!(matches!(scan(&xml), Err(Refusal::TooManyElements { .. })));
    }
}
