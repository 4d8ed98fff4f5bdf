//! Documentation placeholders left in a value (`XX.XXX.XX.XX`, `myStatServer`), in any
//! attribute of any file.
//!
//! Owns the placeholder list; must not report a credential's value.

use super::rule;
use crate::check::report::{Category, Severity};
use crate::check::rules::{kb, Ctx, Hit, Rule};

const PLACEHOLDERS: &[&str] = &[
    "XX.XXX.XX.XX",
    "<domain>",
    "<IP_addresses>",
    "myStatServer",
    "emailStatServer",
    "myServer",
    "myLogin",
    "dbServer",
    "theUnixUser",
    "/pathtothefile/",
    "a.b.c.d/xx",
    "[NSTALL]",
];

/// First bytes of the placeholders, so most positions of most values are skipped at once.
const FIRST_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < PLACEHOLDERS.len() {
        t[PLACEHOLDERS[i].as_bytes()[0] as usize] = true;
        i += 1;
    }
    t
};

/// Whether a value is a documentation placeholder nobody replaced.
///
/// Runs for every attribute of every file, hence the byte table instead of one substring
/// search per placeholder.
pub(crate) fn is_placeholder(v: &str) -> bool {
    let v = v.trim();
    if v.len() < 3 {
        return false;
    }
    let b = v.as_bytes();
    let hit = (0..b.len()).any(|i| {
        FIRST_BYTES[b[i] as usize]
            && PLACEHOLDERS
                .iter()
                .any(|p| b[i..].starts_with(p.as_bytes()))
    });
    hit || v.split([';', ',']).any(|part| part.trim() == "XXX")
}

pub(crate) const PLACEHOLDER: Rule = Rule {
    articles: &[kb::STAT_SERVER, kb::IP_AFFINITY],
    bad_example: Some("<mta statServerAddress=\"myStatServer\"/>"),
    good_example: Some("<mta statServerAddress=\"stat01.example.com:7777\"/>"),
    category: Category::IpAffinity,
    ..rule("doc-placeholder-value", Severity::Warning, placeholder)
};

fn placeholder(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, e) in ctx.elems() {
        for a in &e.attrs {
            if a.secret {
                continue; // secrets are reported by the security rules, without their value
            }
            if is_placeholder(&a.value) {
                hits.push(
                    ctx.on_a(t, a)
                        .arg("attribute", &a.name)
                        .arg("value", a.value.trim()),
                );
            }
        }
    }
    hits
}
