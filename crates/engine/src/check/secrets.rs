//! Credentials in attachments: which attributes hold secrets, the list of secret values seen
//! (kept only in memory, to scrub them), and the scrubbing of everything a report carries.
//!
//! **Invariant:** a secret's value never leaves this module except as the input of
//! [`Secrets::scrub`]; findings name the attribute, never its value.

use super::schema::{parse_bool, schema, Kind};
use super::tree::Tree;

/// What replaces a secret wherever it would have appeared.
pub(crate) const REDACTED: &str = "[redacted]";

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
    if KNOWN.contains(&name) {
        return true;
    }
    // Cheap rejection first: this runs for every attribute of every file.
    // "pasw"/"pwd": misspelt or abbreviated (`pasword`, `dbPwd`) still holds a password.
    let hints = ["pass", "pasw", "pwd", "secret", "key", "token", "authims"];
    if !hints.iter().any(|h| contains_ci(name, h)) {
        return false;
    }
    if schema()
        .param(path, name)
        .is_some_and(|p| p.kind == Kind::Boolean)
    {
        return false; // allowEmptyPassword, sessionTokenOnly, ...
    }
    let lower = name.to_ascii_lowercase();
    if lower.ends_with("path") || lower.ends_with("only") || lower.ends_with("sec") {
        return false; // vaultTokenPath, sessionTokenOnly, ...
    }
    let lower = lower.replace(['_', '-'], "");
    [
        "pass",
        "pasw",
        "pwd",
        "secret",
        "privatekey",
        "token",
        "apikey",
        "authims",
    ]
    .iter()
    .any(|p| lower.contains(p))
}

/// ASCII case-insensitive substring test, without allocating.
fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// Whether a secret attribute's value is really a credential (not empty, not a boolean).
pub(crate) fn is_secret_value(value: &str) -> bool {
    let v = value.trim();
    // A value made only of mask characters ("*****", "xxxx") was already blanked out.
    let masked = v
        .chars()
        .all(|c| matches!(c, '*' | 'x' | 'X' | '.' | '#' | '\u{2022}'));
    !v.is_empty() && !masked && parse_bool(v).is_none()
}

/// Credentials in text that could not be parsed: `name="value"` pairs whose name is a secret
/// attribute, with the line and the element they seem to belong to. Used for refused files,
/// so the user still learns that they posted credentials. Values are never returned.
pub(crate) fn lexical(text: &str) -> Vec<(u32, String, String)> {
    lexical_scan(text, MAX_FOUND)
        .into_iter()
        .map(|(line, name, element, _)| (line, name, element))
        .collect()
}

/// [`lexical`] with each value, for [`Secrets`] to scrub (values stay in this module).
fn lexical_scan(text: &str, cap: usize) -> Vec<(u32, String, String, &str)> {
    const QUOTES: &[char] = &['"', '\'', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}'];
    // Every look-around is bounded, so hostile text (megabytes of `=`) stays linear.
    const BACK: usize = 256;
    const AHEAD: usize = 4096;
    let floor = |i: usize| {
        (i.saturating_sub(BACK)..=i)
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(i)
    };
    let ceil = |i: usize| {
        (i.min(text.len())..=text.len())
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(text.len())
    };
    let mut found = Vec::new();
    let (mut line, mut counted) = (1usize, 0usize);
    for (at, _) in text.match_indices('=') {
        let window = &text[floor(at)..at];
        let before = window.trim_end();
        let name_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ':')))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let name = &before[name_start..];
        if name.is_empty() || !is_secret_attr("", name.trim_start_matches('_')) {
            continue;
        }
        // A name right after a quote or `=` is inside a value (`password="MyPass1="`):
        // printing it would print the value.
        if before[..name_start]
            .chars()
            .next_back()
            .is_some_and(|c| c == '=' || QUOTES.contains(&c))
        {
            continue;
        }
        let after = text[at + 1..ceil(at + 1 + AHEAD)].trim_start();
        let Some(open) = after.chars().next().filter(|c| QUOTES.contains(c)) else {
            continue;
        };
        let rest = &after[open.len_utf8()..];
        let value = rest.find(QUOTES).map_or(rest, |end| &rest[..end]);
        if !is_secret_value(value) {
            continue;
        }
        let element = element_before(&before[..name_start]);
        line += text.as_bytes()[counted..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = at;
        found.push((
            u32::try_from(line).unwrap_or(u32::MAX),
            name.to_string(),
            element,
            value,
        ));
        if found.len() >= cap {
            break;
        }
    }
    found
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

/// Credentials written into a URL (`smtp://user:password@relay`): the password part.
pub(crate) fn url_password(value: &str) -> Option<&str> {
    let (_, rest) = value.split_once("://")?;
    // The password may hold `/`, `?` or `#` (`smtp://u:Pa#55@relay`): the userinfo runs to
    // the last `@` that a host name follows, not to the first of those.
    // Stops at the first character that ends or breaks a host: linear over many `@`.
    let host_like = |h: &str| {
        let mut len = 0;
        for c in h.chars() {
            if matches!(c, '/' | '?' | '#') {
                break;
            }
            if !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']')) {
                return false;
            }
            len += 1;
        }
        len > 0
    };
    let (at, _) = rest
        .char_indices()
        .rev()
        .find(|&(i, c)| c == '@' && host_like(&rest[i + 1..]))?;
    let (user, password) = rest[..at].split_once(':')?;
    // A user name never holds `/`, and `host:8080/path@x` is a port and a path: not
    // credentials.
    let port_then_path = password
        .split_once('/')
        .is_some_and(|(port, _)| port.chars().all(|c| c.is_ascii_digit()));
    if user.contains(['/', '?', '#']) || port_then_path {
        return None;
    }
    is_secret_value(password).then_some(password)
}

/// Credentials a tree does not hold as attributes: `name="value"` pairs in comments, CDATA
/// and text, and elements named like a credential (`<token>…</token>`). `attribute_at` tells
/// whether the parsed tree has attribute `name` on line `line` (those are the rules' to
/// report). Lines and names only, like [`lexical`].
pub(crate) fn outside_attributes(
    text: &str,
    attribute_at: impl Fn(u32, &str) -> bool,
) -> Vec<(u32, String, String)> {
    // Most of what the scan sees are the tree's own attributes: look far enough past them
    // before keeping the first few that are not.
    let mut found: Vec<(u32, String, String)> = lexical_scan(text, MAX_FOUND * 50)
        .into_iter()
        .filter(|(line, name, _, _)| !attribute_at(*line, name))
        .map(|(line, name, element, _)| (line, name, element))
        .take(MAX_FOUND)
        .collect();
    found.extend(secret_elements(text));
    found.sort();
    found.dedup();
    found
}

/// Elements named like a credential with text in them: `(line, element, element)`.
fn secret_elements(text: &str) -> Vec<(u32, String, String)> {
    const AHEAD: usize = 4096;
    let mut found = Vec::new();
    let (mut line, mut counted) = (1usize, 0usize);
    for (lt, _) in text.match_indices('<') {
        let tag = &text[lt + 1..];
        let name: String = tag
            .chars()
            .take_while(|&c| c.is_alphanumeric() || matches!(c, '_' | '-' | ':' | '.'))
            .take(64)
            .collect();
        let after_name = &tag[name.len()..];
        if name.is_empty() || !after_name.starts_with(|c: char| c == '>' || c.is_whitespace()) {
            continue;
        }
        let local = name.rsplit(':').next().unwrap_or(&name);
        if !is_secret_attr("", local.trim_start_matches('_')) {
            continue;
        }
        // `<password type="plain">…`: the body starts after the tag's `>`, looked for
        // within a bounded stretch; a self-closed tag has none.
        let Some(gt) = after_name.bytes().take(AHEAD).position(|b| b == b'>') else {
            continue;
        };
        if after_name[..gt].ends_with('/') {
            continue;
        }
        let body = &after_name[gt + 1..];
        let end = (AHEAD.min(body.len())..=body.len())
            .find(|&k| body.is_char_boundary(k))
            .unwrap_or(body.len());
        let body = &body[..end];
        let inner = body.strip_prefix("<![CDATA[").unwrap_or(body);
        let value = inner.split(['<', ']']).next().unwrap_or("");
        if !is_secret_value(value) {
            continue;
        }
        line += text.as_bytes()[counted..lt]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = lt;
        found.push((u32::try_from(line).unwrap_or(u32::MAX), name.clone(), name));
        if found.len() >= MAX_FOUND {
            break;
        }
    }
    found
}

/// Most credentials one scan reports: enough to tell the user, bounded for hostile text.
const MAX_FOUND: usize = 20;

/// The secret values seen in a set of trees.
#[derive(Default)]
pub(crate) struct Secrets {
    values: Vec<String>,
}

impl Secrets {
    pub fn collect(trees: &[Tree]) -> Secrets {
        let mut values: Vec<String> = Vec::new();
        for t in trees {
            for e in &t.elems {
                for a in &e.attrs {
                    if a.secret && is_secret_value(&a.value) {
                        values.push(a.value.clone());
                        let trimmed = a.value.trim();
                        if trimmed != a.value {
                            values.push(trimmed.to_string());
                        }
                    } else if let Some(password) = url_password(&a.value) {
                        values.push(password.to_string());
                    } else if a.value.contains('=') {
                        // A connection string (`user=sa;password='S3cr3t'`) in some value.
                        values.extend(
                            lexical_scan(&a.value, MAX_FOUND)
                                .into_iter()
                                .map(|f| f.3.to_string()),
                        );
                    }
                }
            }
        }
        // Longest first, so a secret containing another is replaced whole.
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        values.dedup();
        Secrets { values }
    }

    /// `text` with every secret value replaced by [`REDACTED`].
    pub fn scrub(&self, text: &str) -> String {
        let mut out = text.to_string();
        for v in &self.values {
            if out.contains(v.as_str()) {
                out = out.replace(v.as_str(), REDACTED);
            }
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
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
        assert_eq!(
            url_password("smtp://relayuser:UrlLeak06@relay.example.com"),
            Some("UrlLeak06")
        );
        assert_eq!(url_password("http://proxy.example.com:8080/a@b"), None);
        assert_eq!(url_password("http://user@proxy.example.com"), None);
        assert_eq!(url_password("mailto:a@b.c"), None);
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
    fn scrub_replaces_every_occurrence() {
        let s = Secrets {
            values: vec!["hunter2".into()],
        };
        assert_eq!(s.scrub("a hunter2 b hunter2"), "a [redacted] b [redacted]");
    }
}
