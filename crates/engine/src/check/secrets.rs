//! Credentials in attachments: which attributes hold secrets, the credentials named in text
//! the tree does not hold as attributes (comments, CDATA, element text, refused files), and
//! the scrubbing of everything a report carries. Where a credential is, and its blanking,
//! is `redact`'s: this module only names them.
//!
//! **Invariant:** a secret's value never leaves this module except as the input of
//! [`Secrets::scrub`]; findings name the attribute, never its value.

use std::collections::HashSet;

use super::redact::{find, is_secret_name, redact};
pub(crate) use super::redact::{has_credentials, is_secret_value, REDACTED};
use super::schema::{schema, Kind};
use super::tree::Tree;

/// Attributes the reference marks as credentials, whatever their name looks like.
const KNOWN: &[&str] = &[
    "password",
    "internalPassword",
    "trackingPassword",
    "authPrivateKey",
    "phishbowlServiceAPIKey",
];

/// Whether attribute `name` of the node at `path` holds a credential.
pub(crate) fn is_secret_attr(path: &str, name: &str) -> bool {
    let name = name.trim_start_matches('_');
    if KNOWN.contains(&name) {
        return true;
    }
    if !is_secret_name(name) {
        return false;
    }
    // allowEmptyPassword, sessionTokenOnly, ...: documented booleans hold no credential.
    !schema()
        .param(path, name)
        .is_some_and(|p| p.kind == Kind::Boolean)
}

/// Whether a name merely hints at a credential (`allowUserPassword`): a value in it that
/// is not what its type expects may be one, and is not echoed.
pub(crate) fn hints_secret(name: &str) -> bool {
    is_secret_name(name)
}

/// Most credentials one scan reports: enough to tell the user, bounded for hostile text.
const MAX_FOUND: usize = 20;

/// Credentials in text that could not be parsed: `(line, name, element)` of each named one,
/// the element being the one whose start tag it seems to be in. Used for refused files, so
/// the user still learns that they posted credentials. Values are never returned.
pub(crate) fn lexical(text: &str) -> Vec<(u32, String, String)> {
    named_in(text, |_, _| false)
}

/// Credentials a tree does not hold as attributes: `name="value"` pairs in comments, CDATA
/// and text, and elements named like a credential (`<token>…</token>`). `attribute_at` tells
/// whether the parsed tree has attribute `name` on line `line` (those are the rules' to
/// report). Lines and names only, like [`lexical`].
pub(crate) fn outside_attributes(
    text: &str,
    attribute_at: impl Fn(u32, &str) -> bool,
) -> Vec<(u32, String, String)> {
    let mut found = named_in(text, attribute_at);
    found.sort();
    found.dedup();
    found
}

/// The first [`MAX_FOUND`] named credentials of `text` that `skip` does not rule out.
fn named_in(text: &str, skip: impl Fn(u32, &str) -> bool) -> Vec<(u32, String, String)> {
    const BACK: usize = 256;
    let mut out = Vec::new();
    let (mut line, mut counted) = (1usize, 0usize);
    for f in find(text) {
        let Some(name) = f.name.filter(|_| !f.in_value) else {
            continue;
        };
        line += text.as_bytes()[counted..name.start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = name.start;
        let line = u32::try_from(line).unwrap_or(u32::MAX);
        let attr = &text[name.clone()];
        if skip(line, attr) {
            continue;
        }
        let element = if text[..name.start].ends_with('<') {
            attr.to_string()
        } else {
            let mut from = name.start.saturating_sub(BACK);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            element_before(&text[from..name.start])
        };
        out.push((line, attr.to_string(), element));
        if out.len() >= MAX_FOUND {
            break;
        }
    }
    out
}

/// The name of the element whose start tag `head` (text up to an attribute name) is in: the
/// last `<` followed by a name, with no quote left open between it and the attribute. A `<`
/// inside an earlier attribute's value (`secret="p8<Xq7"`) is part of that value, and what
/// follows it must never be shown as a name. Empty when no such tag is in sight.
fn element_before(head: &str) -> String {
    let is_name = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | ':' | '.');
    for (lt, _) in head.rmatch_indices('<') {
        let tag = &head[lt + 1..];
        let name: String = tag.chars().take_while(|&c| is_name(c)).collect();
        if name.is_empty() || !name.starts_with(|c: char| c.is_alphabetic() || c == '_') {
            continue;
        }
        if quotes_closed(&tag[name.len()..]) {
            return name;
        }
    }
    String::new()
}

/// Whether every quote opened in `attrs` (the attributes of a start tag) is closed again.
fn quotes_closed(attrs: &str) -> bool {
    let mut open: Option<char> = None;
    for c in attrs.chars() {
        open = match (open, c) {
            // Word writes a closing quote on both sides (`=”value”`): any quote opens.
            (None, '"' | '\'' | '\u{201C}' | '\u{201D}' | '\u{2018}' | '\u{2019}') => Some(c),
            (Some('"'), '"') | (Some('\''), '\'') => None,
            (Some('\u{201C}' | '\u{201D}'), '\u{201D}' | '\u{201C}') => None,
            (Some('\u{2018}' | '\u{2019}'), '\u{2019}' | '\u{2018}') => None,
            (o, _) => o,
        };
    }
    open.is_none()
}

/// The secret values of a set of trees that are long enough to be recognised when another
/// attribute repeats one whole (`statServerAddress` set to the database password). Shorter
/// ones are only blanked where they are: `1000` must not blank every `1000` of a report.
#[derive(Default)]
pub(crate) struct Secrets {
    values: HashSet<String>,
}

/// Shortest secret recognised when repeated elsewhere.
const REPEATED_MIN: usize = 8;

impl Secrets {
    pub fn collect(trees: &[Tree]) -> Secrets {
        let mut values = HashSet::new();
        let mut keep = |v: &str| {
            let v = v.trim();
            if v.chars().count() >= REPEATED_MIN && !v.bytes().all(|b| b.is_ascii_digit()) {
                values.insert(v.to_string());
            }
        };
        for a in trees.iter().flat_map(|t| &t.elems).flat_map(|e| &e.attrs) {
            if a.secret && is_secret_value(&a.value) {
                keep(&a.value);
            } else {
                for f in find(&a.value) {
                    keep(&a.value[f.value]);
                }
            }
        }
        Secrets { values }
    }

    /// `text` with its credentials blanked where they are, or [`REDACTED`] whole when it
    /// repeats a secret value of the files.
    pub fn scrub(&self, text: &str) -> String {
        if self.values.contains(text.trim()) {
            return REDACTED.to_string();
        }
        redact(text).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_names() {
        assert!(is_secret_attr(
            "serverconf/shared/dataStore/dataSource/dbcnx",
            "password"
        ));
        assert!(is_secret_attr(
            "serverconf/shared/authentication/xtk",
            "internalPassword"
        ));
        assert!(is_secret_attr("serverconf/x", "apiToken"));
        assert!(is_secret_attr("serverconf/x", "client_secret"));
        assert!(!is_secret_attr(
            "serverconf/securityZone",
            "allowEmptyPassword"
        ));
        assert!(!is_secret_attr(
            "serverconf/shared/dataStore",
            "vaultTokenPath"
        ));
        assert!(!is_secret_attr("serverconf/mta", "statServerAddress"));
    }

    #[test]
    fn lexical_scan_survives_multibyte_text() {
        assert!(lexical("<?xl verósion=\"x\" pässword=\"abc\"").len() <= 1);
        assert!(lexical(&"é=".repeat(10_000)).is_empty());
    }

    #[test]
    fn masked_values_are_not_secrets() {
        assert!(!is_secret_value("*******"));
        assert!(!is_secret_value("xxxx"));
        assert!(is_secret_value("xxxx="));
    }

    #[test]
    fn lexical_scan_names_the_attribute_not_the_value() {
        let text = "<proxyHTTP address=\u{201C}p\u{201D} password=\u{201C}hunter2\u{201D}/>\n<dbcnx\n password=\"s3cr=t\" encrypted=\"1\"";
        let found = lexical(text);
        assert_eq!(
            found,
            [
                (1, "password".to_string(), "proxyHTTP".to_string()),
                (3, "password".to_string(), "dbcnx".to_string())
            ]
        );
    }

    #[test]
    fn lexical_element_is_never_taken_from_inside_a_value() {
        let text = "<ims authIMSClientSecret=\"p8<Xq7SecretTail\" authIMSCode=\"c0de-123\"/>";
        let found = lexical(text);
        assert!(!found.is_empty());
        for (_, _, element) in &found {
            assert_eq!(element, "ims");
        }
        // A placeholder with `>` and quotes: no tag in sight gives no name, not a value.
        assert_eq!(element_before("x=\"<base_unicode>\" "), "");
        assert_eq!(element_before("<dbcnx login=\"u\" "), "dbcnx");
    }

    #[test]
    fn misspelt_and_abbreviated_password_names_are_secrets() {
        assert!(is_secret_attr("serverconf/x", "pasword"));
        assert!(is_secret_attr("serverconf/x", "dbPwd"));
        assert!(is_secret_attr("serverconf/x", "passwd"));
    }

    #[test]
    fn url_credentials() {
        let r = |t: &str| redact(t).into_owned();
        assert_eq!(
            r("smtp://relayuser:UrlLeak06@relay.example.com"),
            "smtp://relayuser:[redacted]@relay.example.com"
        );
        for t in [
            "http://proxy.example.com:8080/a@b",
            "http://user@proxy.example.com",
            "mailto:a@b.c",
        ] {
            assert_eq!(r(t), t);
        }
    }

    #[test]
    fn credentials_outside_attributes() {
        let text = "<serverconf>\n<!-- <xtk internalPassword=\"c1\"/> -->\n\
                    <mta password=\"tree\"><token><![CDATA[t0k]]></token><secret kind=\"x\">s</secret><apiKey/></mta>\n</serverconf>";
        let found = outside_attributes(text, |line, name| line == 3 && name == "password");
        let names: Vec<&str> = found.iter().map(|(_, n, _)| n.as_str()).collect();
        assert_eq!(names, ["internalPassword", "secret", "token"]);
        assert_eq!(found[0].0, 2);
        assert!(found[1..].iter().all(|(line, _, _)| *line == 3));
    }

    #[test]
    fn a_commented_credential_is_found_after_many_real_ones() {
        let mut text: String = (1..=30)
            .map(|i| format!("<proxy password=\"p{i}x\"/>\n"))
            .collect();
        text.push_str("<!-- <dbcnx password=\"old\"/> -->\n");
        let found = outside_attributes(&text, |line, name| line <= 30 && name == "password");
        assert_eq!(found, [(31, "password".to_string(), "dbcnx".to_string())]);
    }

    #[test]
    fn scrub_blanks_a_repeated_secret_whole_and_short_ones_only_where_they_are() {
        let s = Secrets {
            values: ["hunter2-long".to_string()].into_iter().collect(),
        };
        assert_eq!(s.scrub(" hunter2-long "), REDACTED);
        assert_eq!(s.scrub("4 x 1000 sessions"), "4 x 1000 sessions");
        assert_eq!(s.scrub("u:p4ss@relay"), "u:[redacted]@relay");
    }
}
