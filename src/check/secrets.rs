//! Credentials in attachments: which attributes hold secrets, the list of secret values seen
//! (kept only in memory, to scrub them), and the scrubbing of everything a report carries.
//!
//! **Invariant:** a secret's value never leaves this module except as the input of
//! [`Secrets::scrub`]; findings name the attribute, never its value.

use super::load::Tree;
use super::schema::{parse_bool, schema, Kind};

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
    let hints = ["pass", "secret", "key", "token", "authims"];
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
    ["pass", "secret", "privatekey", "token", "apikey", "authims"]
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
    !v.is_empty() && parse_bool(v).is_none()
}

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
    fn scrub_replaces_every_occurrence() {
        let s = Secrets {
            values: vec!["hunter2".into()],
        };
        assert_eq!(s.scrub("a hunter2 b hunter2"), "a [redacted] b [redacted]");
    }
}
