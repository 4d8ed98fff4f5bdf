//! Safe loading of one hostile file: size cap, decoding, the pre-scan, parsing with roxmltree
//! (no DTD, node limit), fragment wrapping and the root check, then the owned [`Tree`]
//! (built in `tree.rs`). Every refusal is a [`Finding`] with an `input-*` id, never an error
//! or a panic.
//!
//! Owns the `input-*` findings and the decision to accept a file. Nothing here recurses over
//! the input.

use roxmltree::{Document, ParsingOptions};

use super::decode::{decode, Decoded};
use super::report::{Finding, Severity};
use super::scan::{scan, Refusal};
use super::schema::schema;
use super::tree::{build_tree, has_element_start, Tree};

/// Largest input accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;
/// roxmltree's own node limit (elements, text, comments), a second fence behind the scan.
const NODES_LIMIT: u32 = 100_000;
/// The element a fragment is wrapped in; not a valid serverConf name, so it never collides.
const WRAPPER: &str = "kbbot-wrapper";

/// The result of loading one input: the tree when accepted, and the findings either way.
pub(crate) struct Loaded {
    pub tree: Option<Tree>,
    pub findings: Vec<Finding>,
}

fn finding(file: &str, rule: &'static str, sev: Severity, line: Option<u32>) -> Finding {
    Finding {
        rule,
        severity: sev,
        file: file.to_string(),
        line,
        column: None,
        args: Vec::new(),
    }
}

fn refused(
    file: &str,
    rule: &'static str,
    line: Option<u32>,
    args: Vec<(&'static str, String)>,
) -> Loaded {
    let mut f = finding(file, rule, Severity::Error, line);
    f.args = args;
    Loaded {
        tree: None,
        findings: vec![f],
    }
}

/// Loads one input. Never panics, whatever the bytes.
pub(crate) fn load(name: &str, bytes: &[u8]) -> Loaded {
    if bytes.len() > MAX_INPUT_BYTES {
        return refused(
            name,
            "input-too-large",
            None,
            vec![
                ("size", (bytes.len() / 1024).to_string()),
                ("limit", (MAX_INPUT_BYTES / 1024).to_string()),
            ],
        );
    }
    let mut findings = Vec::new();
    let text = match decode(bytes) {
        Decoded::Utf8(t) => t,
        Decoded::Converted { text, encoding } => {
            let mut f = finding(name, "input-encoding", Severity::Info, None);
            f.args = vec![
                ("encoding", encoding.to_string()),
                ("problem", "converted".into()),
            ];
            findings.push(f);
            text
        }
        Decoded::Mismatch {
            text,
            declared,
            line,
        } => {
            let mut f = finding(name, "input-encoding", Severity::Error, Some(line));
            f.args = vec![("encoding", declared), ("problem", "mismatch".into())];
            findings.push(f);
            text
        }
        Decoded::Unsupported { declared } => {
            return refused(
                name,
                "input-encoding",
                Some(1),
                vec![("encoding", declared), ("problem", "unsupported".into())],
            );
        }
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let unfenced = unfence(text);
    let text = unfenced.as_deref().unwrap_or(text);
    if let Some(line) = binary_line(text) {
        return with(findings, refused(name, "input-not-xml", Some(line), vec![]));
    }
    let trimmed = text.trim_start();
    if !trimmed.contains('<') || !has_element_start(text) {
        let rule = if looks_html_escaped(text) {
            "input-html-escaped"
        } else {
            "input-not-xml"
        };
        return refused_text(findings, refused(name, rule, Some(1), vec![]), name, text);
    }
    if let Err(r) = scan(text) {
        let (rule, line, args) = match r {
            Refusal::Doctype { line } => ("input-doctype-or-entity", line, vec![]),
            Refusal::TooDeep { line } => (
                "input-too-deep",
                line,
                vec![
                    ("limit", super::scan::MAX_DEPTH.to_string()),
                    ("what", "depth".into()),
                ],
            ),
            Refusal::TooManyElements { line } => (
                "input-too-deep",
                line,
                vec![
                    ("limit", super::scan::MAX_ELEMENTS.to_string()),
                    ("what", "elements".into()),
                ],
            ),
            Refusal::AttributeTooLong { line } => (
                "input-too-deep",
                line,
                vec![
                    ("limit", super::scan::MAX_ATTR_LEN.to_string()),
                    ("what", "attribute".into()),
                ],
            ),
            Refusal::TooManyAttributes { line } => (
                "input-too-deep",
                line,
                vec![
                    ("limit", super::scan::MAX_ATTRS.to_string()),
                    ("what", "attributes".into()),
                ],
            ),
            Refusal::SmartQuotes { line } => ("input-smart-quotes", line, vec![]),
        };
        return refused_text(findings, refused(name, rule, Some(line), args), name, text);
    }
    let (wrapped, prefix) = wrap(text);
    let opts = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    let doc = match Document::parse_with_options(&wrapped, opts) {
        Ok(d) => d,
        Err(e) => {
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
            f.args = parse_error_args(&e, row_text);
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
            let refusal = Loaded {
                tree: None,
                findings: vec![f],
            };
            return refused_text(findings, refusal, name, text);
        }
    };
    let tops: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .collect();
    let s = schema();
    let is_root = |n: &roxmltree::Node| n.tag_name().name().eq_ignore_ascii_case("serverconf");
    let partial = !(tops.len() == 1 && is_root(&tops[0]));
    if tops.is_empty() {
        let rule = if looks_html_escaped(text) {
            "input-html-escaped"
        } else {
            "input-not-xml"
        };
        return with(findings, refused(name, rule, Some(1), vec![]));
    }
    let known = |n: &roxmltree::Node| {
        let name = n.tag_name().name();
        is_root(n) || s.anchor(name).is_some() || s.proper_case(name).is_some()
    };
    if partial && !tops.iter().any(known) {
        let first = tops[0];
        let line = doc.text_pos_at(first.range().start).row;
        return with(
            findings,
            refused(
                name,
                "input-wrong-root",
                Some(line),
                vec![("root", first.tag_name().name().to_string())],
            ),
        );
    }
    if partial {
        let line = doc.text_pos_at(tops[0].range().start).row;
        let mut f = finding(name, "input-fragment-no-root", Severity::Info, Some(line));
        f.args = vec![("count", tops.len().to_string())];
        findings.push(f);
    }
    let tree = build_tree(name, &doc, prefix, partial);
    // Credentials in comments, CDATA or text never reach the tree, but were posted all the same.
    let attrs: std::collections::HashSet<(u32, &str)> = tree
        .elems
        .iter()
        .flat_map(|e| e.attrs.iter().map(|a| (a.line, a.name.as_str())))
        .collect();
    let outside = super::secrets::outside_attributes(text, |line, attr| {
        attrs.contains(&(line, attr.rsplit(':').next().unwrap_or(attr)))
    });
    for (line, attribute, element) in outside {
        let mut f = finding(name, "secret-present", Severity::Security, Some(line));
        f.args = vec![("attribute", attribute), ("element", element)];
        findings.push(f);
    }
    Loaded {
        tree: Some(tree),
        findings,
    }
}

/// A paste from chat often keeps its Markdown fence (```` ```xml ````): the fence lines are
/// blanked (line numbers kept), so the XML declaration right after one is still the first
/// thing in the document. `None` when the text does not start with a fence.
fn unfence(text: &str) -> Option<String> {
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

fn with(mut before: Vec<Finding>, mut loaded: Loaded) -> Loaded {
    before.append(&mut loaded.findings);
    loaded.findings = before;
    loaded
}

/// A refusal of decoded text, plus the credentials a lexical scan still sees in it: the file
/// was not read as configuration, but the user should know they posted secrets.
fn refused_text(before: Vec<Finding>, refusal: Loaded, name: &str, text: &str) -> Loaded {
    let mut loaded = with(before, refusal);
    for (line, attribute, element) in super::secrets::lexical(text) {
        let mut f = finding(name, "secret-present", Severity::Security, Some(line));
        f.args = vec![("attribute", attribute), ("element", element)];
        loaded.findings.push(f);
    }
    loaded
}

/// The line of the first control character that no XML file contains, if any.
fn binary_line(text: &str) -> Option<u32> {
    // A byte scan: C0 controls and DEL are single bytes; C1 controls are 0xC2 0x80..=0x9F.
    let b = text.as_bytes();
    let at = b.iter().enumerate().position(|(i, &c)| {
        (c < 0x20 && !matches!(c, b'\t' | b'\n' | b'\r'))
            || c == 0x7F
            || (c == 0xC2 && b.get(i + 1).is_some_and(|n| (0x80..=0x9F).contains(n)))
    })?;
    Some(line_at(text, at))
}

fn line_at(text: &str, byte: usize) -> u32 {
    let k = text.as_bytes()[..byte]
        .iter()
        .filter(|&&c| c == b'\n')
        .count()
        + 1;
    u32::try_from(k).unwrap_or(u32::MAX)
}

fn looks_html_escaped(text: &str) -> bool {
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
fn wrap(text: &str) -> (String, u32) {
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

/// The element named `name` (or, with an empty name, the innermost one) still open at the
/// end of `text`, with the 1-based line and column of its start tag. A tolerant linear walk
/// over the tags: comments, CDATA, declarations and quoted values are skipped, a close tag
/// closes the nearest open element of its name and is ignored when none is open.
fn unclosed_start(text: &str, name: &str) -> Option<(String, u32, u32)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tree::{role_of, Role};

    fn ids(l: &Loaded) -> Vec<&str> {
        l.findings.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn full_file_loads_with_paths_and_lines() {
        let xml = "<?xml version='1.0'?>\n<serverconf>\n  <shared><dnsConfig localDomain=\"x.com\"/></shared>\n  <mta statServerAddress=\"localhost\"/>\n</serverconf>\n";
        let l = load("serverConf.xml", xml.as_bytes());
        let t = l.tree.expect("loads");
        assert!(!t.partial);
        let mta = t.elems.iter().find(|e| e.name == "mta").unwrap();
        assert_eq!(
            (mta.path.as_str(), mta.line, mta.col),
            ("serverconf/mta", 4, 3)
        );
        let dns = t.elems.iter().find(|e| e.name == "dnsConfig").unwrap();
        assert_eq!(dns.path, "serverconf/shared/dnsConfig");
        assert_eq!(dns.attr("localDomain").unwrap().line, 3);
        assert!(ids(&Loaded {
            tree: None,
            findings: l.findings
        })
        .is_empty());
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let xml = "<serverconf>\n  <mta label=\"été\" logLevel=\"3\"/>\n</serverconf>";
        let t = load("f", xml.as_bytes()).tree.unwrap();
        let mta = &t.elems[1];
        assert_eq!((mta.line, mta.col), (2, 3));
        let cols: Vec<u32> = mta.attrs.iter().map(|a| a.col).collect();
        assert_eq!(cols, [8, 20]);
    }

    #[test]
    fn fragment_is_anchored_and_partial() {
        let l = load("paste", b"<IPAffinity name=\"a\"><IP address=\"1.2.3.4\"/></IPAffinity>\n<stat autoStart=\"true\"/>");
        assert_eq!(ids(&l), ["input-fragment-no-root"]);
        let t = l.tree.unwrap();
        assert!(t.partial);
        assert_eq!(t.elems[1].path, "serverconf/mta/child/smtp/IPAffinity/IP");
        assert_eq!(t.elems[0].col, 1);
    }

    #[test]
    fn refusals_have_their_ids() {
        let cases: &[(&[u8], &str)] = &[
            (b"\x00\x01binary", "input-not-xml"),
            (b"just some words", "input-not-xml"),
            (b"&lt;serverconf&gt;&lt;mta/&gt;", "input-html-escaped"),
            (
                b"<Server port=\"8005\"><Service/></Server>",
                "input-wrong-root",
            ),
            (b"<serverconf><mta></serverconf>", "input-not-well-formed"),
            (
                b"<!DOCTYPE lolz [<!ENTITY lol \"lol\">]><lolz>&lol;</lolz>",
                "input-doctype-or-entity",
            ),
        ];
        for (bytes, id) in cases {
            let l = load("f", bytes);
            assert!(l.tree.is_none(), "{id}");
            assert_eq!(ids(&l), [*id], "{}", String::from_utf8_lossy(bytes));
        }
    }

    #[test]
    fn parse_error_position_ignores_the_wrapper() {
        let l = load("f", b"<mta><child></mta>");
        let f = &l.findings[0];
        assert_eq!(f.rule, "input-not-well-formed");
        assert_eq!(f.line, Some(1));
        assert!(f.column.unwrap() <= 19, "{f:?}");
        assert_eq!(f.arg("kind"), Some("mismatched"));
    }

    #[test]
    fn never_closed_points_at_the_start_tag() {
        let at = |text: &str| {
            let l = load("serverConf.xml", text.as_bytes());
            let f = l
                .findings
                .iter()
                .find(|f| f.rule == "input-not-well-formed")
                .expect("refused");
            (f.line, f.column, f.args.clone())
        };
        // One line, never closed: the parser gives up past the end.
        let (line, col, args) = at(r#"<master dataBasePoolPeriodSec="30" a="x>y">"#);
        assert_eq!((line, col), (Some(1), Some(1)));
        assert_eq!(args[0].1, "unclosed");
        assert_eq!(args[1].1, "master");
        // Nested, with a comment and a self-closed sibling in the way.
        let text = "<serverconf>\n  <shared>\n    <!-- <mta> -->\n    <mta autoStart=\"t>\">\n    <x/></mta>\n  </shared>\n";
        let (line, col, args) = at(text);
        assert_eq!(args[0].1, "unclosed", "{args:?}");
        assert_eq!(args[1].1, "serverconf", "{args:?}");
        assert_eq!((line, col), (Some(1), Some(1)));
        let text = "<serverconf>\n  <shared>\n    <!-- <mta> -->\n    <mta autoStart=\"true\">\n    <x/>\n";
        assert_eq!(
            unclosed_start(text, "mta").map(|(_, l, c)| (l, c)),
            Some((4, 5))
        );
        assert_eq!(
            unclosed_start(text, "").map(|(n, l, _)| (n, l)),
            Some(("mta".into(), 4))
        );
    }

    #[test]
    fn a_markdown_fence_around_a_declaration_is_not_the_document() {
        let text = "```xml\n<?xml version='1.0'?>\n<serverconf>\n<mta/>\n</serverconf>\n```\n";
        let l = load("paste", text.as_bytes());
        let t = l.tree.expect("accepted");
        assert_eq!(t.elems[1].line, 4);
    }

    #[test]
    fn too_large_is_refused_before_decoding() {
        let big = vec![b' '; MAX_INPUT_BYTES + 1];
        assert_eq!(ids(&load("f", &big)), ["input-too-large"]);
    }

    #[test]
    fn roles_from_names() {
        assert_eq!(role_of("conf/config-prod.xml"), Role::Instance);
        assert_eq!(role_of("serverConf.xml"), Role::Base);
        assert_eq!(role_of("-"), Role::Base);
    }
}
