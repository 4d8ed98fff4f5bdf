//! The passes over decoded text that run before roxmltree sees it: each one either makes the
//! text parseable (a chat fence, a fragment) or names what is wrong with text that is not
//! XML at all, which a parser could only call "not well-formed".
//!
//! Owns no finding and no decision; must not parse XML (that is roxmltree's, in the parent).

/// The element a fragment is wrapped in; not a valid serverConf name, so it never collides.
pub(super) const WRAPPER: &str = "kbbot-wrapper";

/// A paste from chat often keeps its Markdown fence (```` ```xml ````): the fence lines are
/// blanked (line numbers kept), so the XML declaration right after one is still the first
/// thing in the document. `None` when the text does not start with a fence.
pub(super) fn unfence(text: &str) -> Option<String> {
    let is_fence = |l: &str| {
        let l = l.trim();
        l.starts_with("```") || l.starts_with("~~~")
    };
    let first = text.lines().find(|l| !l.trim().is_empty())?;
    if !is_fence(first) {
        return None;
    }
    let lines: Vec<&str> = text
        .split('\n')
        .map(|l| if is_fence(l) { "" } else { l })
        .collect();
    Some(lines.join("\n"))
}

/// The line of the first control character that no XML file contains, if any.
pub(super) fn binary_line(text: &str) -> Option<u32> {
    // A byte scan: C0 controls and DEL are single bytes; C1 controls are 0xC2 0x80..=0x9F.
    let b = text.as_bytes();
    let at = b.iter().enumerate().position(|(i, &c)| {
        (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r'))
            || c == 0x7F
            || (c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
    })?;
    Some(line_at(text, at))
}

/// The rule for text without a single element: escaped markup (pasted from a web page) has
/// its own fix; anything else is simply not XML.
pub(super) fn not_xml_rule(text: &str) -> &'static str {
    if looks_html_escaped(text) {
        "input-html-escaped"
    } else {
        "input-not-xml"
    }
}

fn looks_html_escaped(text: &str) -> bool {
    // Not roxmltree: parsing decodes `&lt;` and so hides that the markup was escaped.
    let lower = text.to_ascii_lowercase();
    [
        "&lt;serverconf",
        "&lt;mta",
        "&lt;shared",
        "&lt;stat",
        "&lt;ipaffinity",
        "&lt;?xml",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// Blanks a leading XML declaration (keeping positions) and wraps the text in one element, so
/// fragments with several top-level elements parse. Returns the text and the prefix width.
pub(super) fn wrap(text: &str) -> (String, u32) {
    let mut body = text.to_string();
    let lead = body.len() - body.trim_start().len();
    if body[lead..].starts_with("<?xml") {
        if let Some(end) = body[lead..].find("?>") {
            let span = lead..lead + end + 2;
            let blank: String = body[span.clone()]
                .chars()
                .map(|c| if c == '\n' { '\n' } else { ' ' })
                .collect();
            body.replace_range(span, &blank);
        }
    }
    let open = format!("<{WRAPPER}>");
    let prefix = u32::try_from(open.chars().count()).unwrap_or(0);
    (format!("{open}{body}</{WRAPPER}>"), prefix)
}

/// The 1-based line of byte offset `byte`.
pub(super) fn line_at(text: &str, byte: usize) -> u32 {
    let k = text.as_bytes()[..byte]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        + 1;
    u32::try_from(k).unwrap_or(u32::MAX)
}
