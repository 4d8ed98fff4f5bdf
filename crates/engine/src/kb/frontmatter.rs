//! Splitting a page into YAML front matter and body, and reading the front matter into flat
//! `key -> value` strings.
//!
//! Adobe's front matter is often not quite YAML (curly quotes, stray characters). When the
//! YAML parser refuses it, a tolerant line-based `key: value` reader takes over and the caller
//! gets the parser's complaint and line to report. Knows nothing of Markdown or languages.

use std::collections::BTreeMap;

use serde_yaml_ng::Value;

use super::text;

/// A page split at its front matter.
#[derive(Debug)]
pub(crate) struct Split<'a> {
    /// The front matter text, without the `---` fences (empty when the page has none).
    pub yaml: &'a str,
    /// The Markdown after the closing fence.
    pub body: &'a str,
}

/// Why a page's front matter cannot be used at all.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum SplitError {
    /// An opening `---` with no closing one.
    Unclosed,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// Splits `src` (BOM already removed) into front matter and body.
pub(crate) fn split(src: &str) -> Result<Split<'_>, SplitError> {
    let first_line_end = src.find('\n').map_or(src.len(), |i| i + 1);
    if !is_fence(&src[..first_line_end]) {
        return Ok(Split {
            yaml: "",
            body: src,
        });
    }
    let mut offset = first_line_end;
    while offset < src.len() {
        let end = src[offset..]
            .find('\n')
            .map_or(src.len(), |i| offset + i + 1);
        let line = &src[offset..end];
        if is_fence(line) || line.trim_end() == "..." {
            return Ok(Split {
                yaml: &src[first_line_end..offset],
                body: &src[end..],
            });
        }
        offset = end;
    }
    Err(SplitError::Unclosed)
}

/// Front matter read into flat strings, plus the YAML complaint when the fallback was used.
#[derive(Debug, Default)]
pub(crate) struct FrontMatter {
    pub fields: BTreeMap<String, String>,
    /// The YAML parser's message and 1-based line in the file, when it failed.
    pub yaml_error: Option<(String, Option<usize>)>,
}

impl FrontMatter {
    /// The cleaned value of `key`, `None` when missing or empty.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .get(key)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Reads front matter text. `first_line` is the file line of the YAML's first line (2 when
/// the page starts with `---`).
pub(crate) fn parse(yaml: &str, first_line: usize) -> FrontMatter {
    if yaml.trim().is_empty() {
        return FrontMatter::default();
    }
    match serde_yaml_ng::from_str::<Value>(yaml) {
        Ok(Value::Mapping(map)) => {
            let mut fields = BTreeMap::new();
            for (k, v) in map {
                let Some(key) = scalar(&k) else { continue };
                fields.insert(key.trim().to_ascii_lowercase(), clean_value(&flatten(&v)));
            }
            FrontMatter {
                fields,
                yaml_error: None,
            }
        }
        Ok(_) => FrontMatter {
            fields: tolerant(yaml),
            yaml_error: Some((
                "front matter is not a key: value mapping".into(),
                Some(first_line),
            )),
        },
        Err(e) => {
            let line = e.location().map(|l| l.line() + first_line - 1);
            let message = e.to_string();
            // The location is repeated in our own line field.
            let message = message
                .split(" at line ")
                .next()
                .unwrap_or(&message)
                .to_string();
            FrontMatter {
                fields: tolerant(yaml),
                yaml_error: Some((message, line)),
            }
        }
    }
}

fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Lists join with ", "; nested mappings become `key=value` pairs (rarely useful, but kept
/// so nothing silently disappears).
fn flatten(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::Sequence(items) => items
            .iter()
            .map(flatten)
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
        Value::Mapping(map) => map
            .iter()
            .filter_map(|(k, v)| Some(format!("{}={}", scalar(k)?, flatten(v))))
            .collect::<Vec<_>>()
            .join(" "),
        Value::Tagged(t) => flatten(&t.value),
        other => scalar(other).unwrap_or_default(),
    }
}

fn clean_value(v: &str) -> String {
    let v = v.trim();
    if v == "null" || v == "~" {
        return String::new();
    }
    text::one_line(&text::decode_all(text::strip_wrapping_quotes(v)))
}

/// A value that opens a quote and never closes it (the usual reason YAML fails) loses the
/// opening quote.
fn lone_quote(v: &str) -> &str {
    let t = v.trim();
    match t.chars().next() {
        Some(q @ ('"' | '\'' | '“'))
            if t.chars().count() == 1 || !t.ends_with(['"', '\'', '”']) =>
        {
            &t[q.len_utf8()..]
        }
        _ => t,
    }
}

/// The line-based reader: `key: value` at the start of a line, indented or `- item` lines
/// continue the previous key. Never fails.
pub(crate) fn tolerant(yaml: &str) -> BTreeMap<String, String> {
    let mut fields: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in yaml.lines() {
        let starts_indented = line.starts_with([' ', '\t', '-']);
        if !starts_indented {
            if let Some((key, value)) = line.split_once(':') {
                let key = key.trim();
                if !key.is_empty()
                    && key
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
                {
                    let key = key.to_ascii_lowercase();
                    fields.insert(key.clone(), clean_value(lone_quote(value)));
                    current = Some(key);
                    continue;
                }
            }
        }
        // A continuation line: a list item or a folded value.
        if let Some(key) = &current {
            let item = line.trim().trim_start_matches('-').trim();
            if item.is_empty() {
                continue;
            }
            let item = clean_value(item);
            if let Some(v) = fields.get_mut(key) {
                if !v.is_empty() {
                    v.push_str(", ");
                }
                v.push_str(&item);
            }
        }
    }
    fields
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_finds_body_line() {
        let s = split("---\ntitle: a\n---\n# A\n").unwrap();
        assert_eq!(s.yaml, "title: a\n");
        assert_eq!(s.body, "# A\n");
        let none = split("# Only body\n").unwrap();
        assert_eq!((none.yaml, none.body), ("", "# Only body\n"));
        assert_eq!(
            split("---\ntitle: a\n# never closed\n").unwrap_err(),
            SplitError::Unclosed
        );
    }

    #[test]
    fn adobe_quirks_parse() {
        let fm = parse(
            "title: \"Leveringsfout (quota)\\\"-fout\"\narticle-created-date: 3/14/2024 9:05:07 PM\nkeywords: “KCS, Consegna, Campaign Classic”\nversion-number: 2\ninternal-notes: null\n",
            2,
        );
        assert!(fm.yaml_error.is_none(), "{:?}", fm.yaml_error);
        assert_eq!(fm.get("title"), Some("Leveringsfout (quota)\"-fout"));
        assert_eq!(fm.get("article-created-date"), Some("3/14/2024 9:05:07 PM"));
        assert_eq!(fm.get("keywords"), Some("KCS, Consegna, Campaign Classic"));
        assert_eq!(fm.get("version-number"), Some("2"));
        assert_eq!(fm.get("internal-notes"), None);
    }

    #[test]
    fn broken_yaml_falls_back_and_reports_the_line() {
        let fm = parse("title: \"unclosed\nexl-id: abc\nfeature: a: b: [c\n", 2);
        let (msg, line) = fm.yaml_error.clone().expect("the YAML is broken");
        assert!(!msg.is_empty());
        assert!(line.is_some());
        assert_eq!(fm.get("exl-id"), Some("abc"));
        assert_eq!(fm.get("title"), Some("unclosed"));
    }

    #[test]
    fn lists_and_entities_flatten() {
        let fm = parse(
            "feature: [a, b]\nproduct_v2:\n  - id: x\ntitle: l&#39;erreur\n",
            2,
        );
        assert_eq!(fm.get("feature"), Some("a, b"));
        assert_eq!(fm.get("product_v2"), Some("id=x"));
        assert_eq!(fm.get("title"), Some("l'erreur"));
        let t = tolerant("feature:\n  - a\n  - b\nbad line\n");
        assert_eq!(t.get("feature").map(String::as_str), Some("a, b, bad line"));
    }
}
