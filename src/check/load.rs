//! Safe loading of one hostile file: size cap, decoding, the pre-scan, parsing with roxmltree
//! (no DTD, node limit) and conversion to a small owned [`Tree`] with canonical paths and
//! line numbers. Every refusal is a [`Finding`] with an `input-*` id, never an error or a panic.
//!
//! Owns the `input-*` findings. Walks are iterative: nothing here recurses over the input.

use roxmltree::{Document, NodeType, ParsingOptions};

use super::decode::{decode, Decoded};
use super::report::{Finding, Severity};
use super::scan::{scan, Refusal};
use super::schema::{in_list, schema, Param};
use super::secrets::is_secret_attr;

/// Largest input accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;
/// roxmltree's own node limit (elements, text, comments), a second fence behind the scan.
const NODES_LIMIT: u32 = 100_000;
/// The element a fragment is wrapped in; not a valid serverConf name, so it never collides.
const WRAPPER: &str = "kbbot-wrapper";

/// Which role a file plays in the merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// `serverConf.xml` (or an unnamed file): the base.
    Base,
    /// `config-<instance>.xml`: wins over the base value by value.
    Instance,
}

/// One attribute with its position.
#[derive(Clone, Debug)]
pub(crate) struct Attr {
    pub name: String,
    pub value: String,
    pub line: u32,
    pub col: u32,
    /// The documented parameter (underscore prefix ignored), looked up once here.
    pub param: Option<&'static Param>,
    /// Whether the attribute holds a credential (by its name), decided once here.
    pub secret: bool,
}

/// One element of the owned tree.
#[derive(Clone, Debug)]
pub(crate) struct Elem {
    pub name: String,
    /// Canonical path, e.g. `serverconf/mta/child/smtp` (fragments are anchored).
    pub path: String,
    pub attrs: Vec<Attr>,
    pub line: u32,
    pub col: u32,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    /// The path is a documented node.
    pub documented: bool,
    /// The element is, or is inside, a list element (not merged across files).
    pub list: bool,
}

impl Elem {
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|a| a.name == name)
    }
}

/// A comment that contains markup: commented-out configuration.
#[derive(Clone, Debug)]
pub(crate) struct CommentedOut {
    pub line: u32,
}

/// A parsed file.
#[derive(Clone, Debug)]
pub(crate) struct Tree {
    pub file: String,
    pub role: Role,
    /// A fragment (no `<serverconf>` root): absent sections prove nothing.
    pub partial: bool,
    pub elems: Vec<Elem>,
    pub commented_out: Vec<CommentedOut>,
}

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

/// The role a file name suggests.
pub(crate) fn role_of(name: &str) -> Role {
    let base = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .to_ascii_lowercase();
    if base.starts_with("config-") || base.starts_with("conf-") {
        Role::Instance
    } else {
        Role::Base
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
        return with(findings, refused(name, rule, Some(1), vec![]));
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
            Refusal::SmartQuotes { line } => ("input-smart-quotes", line, vec![]),
        };
        return with(findings, refused(name, rule, Some(line), args));
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
            return with(
                findings,
                Loaded {
                    tree: None,
                    findings: vec![f],
                },
            );
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
    Loaded {
        tree: Some(tree),
        findings,
    }
}

fn with(mut before: Vec<Finding>, mut loaded: Loaded) -> Loaded {
    before.append(&mut loaded.findings);
    loaded.findings = before;
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

/// Whether a `<` is followed by a name start somewhere: a start tag exists.
fn has_element_start(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'_'))
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

/// Byte offsets to 1-based (line, column in characters). roxmltree's own `text_pos_at`
/// rescans from the start of the text on every call; this keeps the whole walk linear:
/// a line index, plus counting from the previous position when it is on the same line.
struct Positions<'t> {
    text: &'t str,
    starts: Vec<usize>,
    prefix: u32,
    /// (row index, byte offset, column) of the last answer.
    last: (usize, usize, usize),
}

impl<'t> Positions<'t> {
    fn new(text: &'t str, prefix: u32) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Positions {
            text,
            starts,
            prefix,
            last: (0, 0, 1),
        }
    }

    fn at(&mut self, at: usize) -> (u32, u32) {
        let row = self.starts.partition_point(|&s| s <= at).max(1) - 1;
        let (last_row, last_at, last_col) = self.last;
        let (from, base) = if row == last_row && at >= last_at {
            (last_at, last_col)
        } else {
            (self.starts[row], 1)
        };
        let col = base + self.text.get(from..at).map_or(0, |t| t.chars().count());
        self.last = (row, at, col);
        let row = u32::try_from(row + 1).unwrap_or(u32::MAX);
        let col = u32::try_from(col).unwrap_or(u32::MAX);
        let col = if row == 1 {
            col.saturating_sub(self.prefix)
        } else {
            col
        };
        (row, col.max(1))
    }
}

/// Converts the parsed document into the owned tree, iteratively.
fn build_tree(name: &str, doc: &Document, prefix: u32, partial: bool) -> Tree {
    let s = schema();
    let mut positions = Positions::new(doc.input_text(), prefix);
    let mut pos = |at: usize| positions.at(at);
    let mut elems: Vec<Elem> = Vec::new();
    let mut commented_out = Vec::new();
    let mut documented: Vec<&'static Param> = Vec::new();
    // (node, parent index in elems); the parent's path is read back from `elems`.
    let mut stack: Vec<(roxmltree::Node, Option<usize>)> = Vec::new();
    for top in doc.root_element().children().rev() {
        stack.push((top, None));
    }
    while let Some((node, parent)) = stack.pop() {
        match node.node_type() {
            NodeType::Comment => {
                let text = node.text().unwrap_or_default();
                if has_element_start(text) {
                    commented_out.push(CommentedOut {
                        line: pos(node.range().start).0,
                    });
                }
                continue;
            }
            NodeType::Element => {}
            _ => continue,
        }
        let tag = node.tag_name().name().to_string();
        let path = match parent {
            Some(p) => format!("{}/{tag}", elems[p].path),
            None if tag.eq_ignore_ascii_case("serverconf") => "serverconf".to_string(),
            None => s
                .anchor(&tag)
                .map_or_else(|| format!("serverconf/{tag}"), str::to_string),
        };
        documented.clear();
        documented.extend(s.params_of(&path));
        let (line, col) = pos(node.range().start);
        let attrs = node
            .attributes()
            .map(|a| {
                let (l, c) = pos(a.range().start);
                let bare = a.name().trim_start_matches('_');
                Attr {
                    name: a.name().to_string(),
                    value: a.value().to_string(),
                    line: l,
                    col: c,
                    // One hash per element, then a short scan, instead of one per attribute.
                    param: documented.iter().find(|p| p.attr == bare).copied(),
                    secret: is_secret_attr(&path, bare),
                }
            })
            .collect();
        let idx = elems.len();
        elems.push(Elem {
            name: tag,
            documented: !documented.is_empty(),
            list: in_list(&path),
            path,
            attrs,
            line,
            col,
            parent,
            children: Vec::new(),
        });
        if let Some(p) = parent {
            elems[p].children.push(idx);
        }
        // Only elements and comments matter; whitespace text never reaches the stack.
        for child in node.children().rev() {
            if child.is_element() || child.is_comment() {
                stack.push((child, Some(idx)));
            }
        }
    }
    Tree {
        file: name.to_string(),
        role: role_of(name),
        partial,
        elems,
        commented_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
