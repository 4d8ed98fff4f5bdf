//! Safe loading of one hostile file: size cap, decoding, the pre-scan, parsing with roxmltree
//! (no DTD, node limit), fragment wrapping and the root check, then the owned [`Tree`]
//! (built in `tree.rs`). Every refusal is a [`Finding`] with an `input-*` id, never an error
//! or a panic.
//!
//! Owns the `input-*` findings and the decision to accept a file. Nothing here recurses over
//! the input.

mod parse_error;
mod text;

use roxmltree::{Document, Node, ParsingOptions};

use super::decode::{decode, Decoded};
use super::report::{Finding, Severity};
use super::scan::{scan, Refusal};
use super::schema::schema;
use super::tree::{build_tree, has_element_start, Tree};

/// Largest input accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 2 * 1024 * 1024;
/// roxmltree's own node limit (elements, text, comments), a second fence behind the scan.
const NODES_LIMIT: u32 = 100_000;

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
    match accept(name, bytes) {
        Ok(loaded) | Err(loaded) => loaded,
    }
}

/// The steps of [`load`] in order; `Err` is a refusal, carrying the findings made so far.
fn accept(name: &str, bytes: &[u8]) -> Result<Loaded, Loaded> {
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(refused(
            name,
            "input-too-large",
            None,
            vec![
                ("size", (bytes.len() / 1024).to_string()),
                ("limit", (MAX_INPUT_BYTES / 1024).to_string()),
            ],
        ));
    }
    let mut findings = Vec::new();
    // Not roxmltree: it takes text, so the bytes' encoding is sniffed before it can run.
    let decoded = decode_bytes(name, bytes, &mut findings)?;
    let text = decoded.strip_prefix('\u{FEFF}').unwrap_or(&decoded);
    // Not roxmltree: a fence line before the declaration would make the whole paste invalid.
    let unfenced = text::unfence(text);
    let text = unfenced.as_deref().unwrap_or(text);
    // Not roxmltree: it would call a binary file "not well-formed", and only after the scan.
    if let Some(line) = text::binary_line(text) {
        return Err(with(
            findings,
            refused(name, "input-not-xml", Some(line), vec![]),
        ));
    }
    // Not roxmltree: text without a single tag is not XML to parse, whatever it is instead.
    if !has_element_start(text) {
        let refusal = refused(name, text::not_xml_rule(text), Some(1), vec![]);
        return Err(refused_text(findings, refusal, name, text));
    }
    // Not roxmltree: its limits apply while it builds the tree; these hold before it starts.
    if let Err(r) = scan(text) {
        let (rule, line, args) = scan_refusal(r);
        let refusal = refused(name, rule, Some(line), args);
        return Err(refused_text(findings, refusal, name, text));
    }
    // Not roxmltree: a fragment has several top-level elements, which it refuses to parse.
    let (wrapped, prefix) = text::wrap(text);
    let opts = ParsingOptions {
        allow_dtd: false,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(&wrapped, opts).map_err(|e| {
        let refusal = Loaded {
            tree: None,
            findings: vec![parse_error::not_well_formed(
                name, &e, text, &wrapped, prefix,
            )],
        };
        refused_text(std::mem::take(&mut findings), refusal, name, text)
    })?;
    let partial = check_root(name, &doc, text, &mut findings)?;
    let tree = build_tree(name, &doc, prefix, partial);
    findings.extend(secrets_outside_attributes(name, text, &tree));
    Ok(Loaded {
        tree: Some(tree),
        findings,
    })
}

/// Bytes to text, with an `input-encoding` finding when they were not plain UTF-8; an
/// encoding nobody can decode is a refusal.
fn decode_bytes(name: &str, bytes: &[u8], findings: &mut Vec<Finding>) -> Result<String, Loaded> {
    match decode(bytes) {
        Decoded::Utf8(t) => Ok(t),
        Decoded::Converted { text, encoding } => {
            let mut f = finding(name, "input-encoding", Severity::Info, None);
            f.args = vec![
                ("encoding", encoding.to_string()),
                ("problem", "converted".into()),
            ];
            findings.push(f);
            Ok(text)
        }
        Decoded::Declared { text, encoding } => {
            let mut f = finding(name, "input-encoding", Severity::Info, None);
            f.args = vec![("encoding", encoding), ("problem", "declared".into())];
            findings.push(f);
            Ok(text)
        }
        Decoded::Mismatch {
            text,
            declared,
            line,
        } => {
            let mut f = finding(name, "input-encoding", Severity::Error, Some(line));
            f.args = vec![("encoding", declared), ("problem", "mismatch".into())];
            findings.push(f);
            Ok(text)
        }
        Decoded::Unsupported { declared } => Err(refused(
            name,
            "input-encoding",
            Some(1),
            vec![("encoding", declared), ("problem", "unsupported".into())],
        )),
    }
}

/// The rule, line and arguments of a pre-scan refusal.
fn scan_refusal(r: Refusal) -> (&'static str, u32, Vec<(&'static str, String)>) {
    use super::scan::{MAX_ATTRS, MAX_ATTR_LEN, MAX_DEPTH, MAX_ELEMENTS};
    let limit = |line: u32, limit: usize, what: &str| {
        let args = vec![("limit", limit.to_string()), ("what", what.to_string())];
        ("input-too-deep", line, args)
    };
    match r {
        Refusal::Doctype { line } => ("input-doctype-or-entity", line, vec![]),
        Refusal::TooDeep { line } => limit(line, MAX_DEPTH, "depth"),
        Refusal::TooManyElements { line } => limit(line, MAX_ELEMENTS, "elements"),
        Refusal::AttributeTooLong { line } => limit(line, MAX_ATTR_LEN, "attribute"),
        Refusal::TooManyAttributes { line } => limit(line, MAX_ATTRS, "attributes"),
        Refusal::SmartQuotes { line } => ("input-smart-quotes", line, vec![]),
    }
}

/// The root check on the parsed (wrapped) document: whether it is a fragment (`Ok(true)`,
/// with an info finding), or refused for having no element or only foreign ones.
fn check_root(
    name: &str,
    doc: &Document,
    text: &str,
    findings: &mut Vec<Finding>,
) -> Result<bool, Loaded> {
    let tops: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .collect();
    let s = schema();
    let is_root = |n: &Node| n.tag_name().name().eq_ignore_ascii_case("serverconf");
    let partial = !(tops.len() == 1 && is_root(&tops[0]));
    let Some(first) = tops.first() else {
        let refusal = refused(name, text::not_xml_rule(text), Some(1), vec![]);
        return Err(with(std::mem::take(findings), refusal));
    };
    let known = |n: &Node| {
        let name = n.tag_name().name();
        is_root(n) || s.anchor(name).is_some() || s.proper_case(name).is_some()
    };
    if !partial {
        return Ok(false);
    }
    let line = doc.text_pos_at(first.range().start).row;
    if !tops.iter().any(known) {
        let root = vec![("root", first.tag_name().name().to_string())];
        let refusal = refused(name, "input-wrong-root", Some(line), root);
        return Err(with(std::mem::take(findings), refusal));
    }
    let mut f = finding(name, "input-fragment-no-root", Severity::Info, Some(line));
    f.args = vec![("count", tops.len().to_string())];
    findings.push(f);
    Ok(true)
}

/// Credentials in comments, CDATA or text never reach the tree, but were posted all the same.
fn secrets_outside_attributes(name: &str, text: &str, tree: &Tree) -> Vec<Finding> {
    let attrs: std::collections::HashSet<(u32, &str)> = tree
        .elems
        .iter()
        .flat_map(|e| e.attrs.iter().map(|a| (a.line, a.name.as_str())))
        .collect();
    let outside = super::secrets::outside_attributes(text, |line, attr| {
        attrs.contains(&(line, attr.rsplit(':').next().unwrap_or(attr)))
    });
    outside
        .into_iter()
        .map(|(line, attribute, element)| secret_present(name, line, attribute, element))
        .collect()
}

fn secret_present(name: &str, line: u32, attribute: String, element: String) -> Finding {
    let mut f = finding(name, "secret-present", Severity::Security, Some(line));
    f.args = vec![("attribute", attribute), ("element", element)];
    f
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
        loaded
            .findings
            .push(secret_present(name, line, attribute, element));
    }
    loaded
}

#[cfg(test)]
mod tests;
