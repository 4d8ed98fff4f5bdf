//! Value and shape rules that apply to every section: numbers that are not whole numbers of
//! their type, and sections given twice where one is expected.

use std::collections::BTreeMap;

use super::{kb, Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};
use crate::check::schema::{parse_whole, schema, Kind};

const fn rule(id: &'static str, severity: Severity, f: fn(&Ctx) -> Vec<Hit>) -> Rule {
    Rule {
        id,
        severity,
        category: Category::Structure,
        articles: &[kb::QUOTAS_MET],
        bad_example: None,
        good_example: None,
        also: &[],
        detect: Detect::Check(f),
    }
}

/// Number attributes another rule already checks, with its own advice.
const OWN_RULE: &[(&str, &str)] = &[
    ("serverconf/mta/child/smtp/IPAffinity/IP", "publicId"),
    ("serverconf/mta/child/smtp/IPAffinity/IP", "weight"),
];

/// Longest value echoed in a finding; a 64 KiB attribute is cut, not repeated.
const SHOWN_CHARS: usize = 40;

pub(crate) const NUMBER: Rule = Rule {
    bad_example: Some("<master maxSpareServers=\"4.0\"/>"),
    good_example: Some("<master maxSpareServers=\"4\"/>"),
    ..rule("number-value-invalid", Severity::Warning, number)
};

fn number(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, e) in ctx.elems() {
        for a in &e.attrs {
            let Some(Kind::Number(width)) = a.param.map(|p| p.kind) else {
                continue;
            };
            // `_attr` is switched off, and secrets are never echoed.
            let own = OWN_RULE.iter().any(|(p, n)| *p == e.path && *n == a.name);
            // Empty means "not set, the default applies": the stock file ships dozens so.
            if a.name.starts_with('_') || a.secret || own || a.value.trim().is_empty() {
                continue;
            }
            let Err(problem) = parse_whole(&a.value, width) else {
                continue;
            };
            let (min, max) = width.range();
            hits.push(
                ctx.on_a(t, a)
                    .arg("attribute", &a.name)
                    .arg("value", shown(&a.value))
                    .arg("problem", problem.name())
                    .arg("type", width.name())
                    .arg("min", min)
                    .arg("max", max),
            );
        }
    }
    hits
}

fn shown(v: &str) -> String {
    let v = v.trim();
    match v.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &v[..cut]),
        None => v.to_string(),
    }
}

pub(crate) const DUPLICATE_ELEMENT: Rule = Rule {
    bad_example: Some(
        "<mta autoStart=\"true\" statServerAddress=\"localhost\"/>\n<mta autoStart=\"false\"/>",
    ),
    good_example: Some("<mta autoStart=\"true\" statServerAddress=\"localhost\"/>"),
    ..rule("duplicate-element", Severity::Warning, duplicate_element)
};

/// A section that is not a list (`IPAffinity`, `IP`, `url`, ... are) given twice under the
/// same parent in one file: one finding on each later copy, naming the first one's line.
fn duplicate_element(ctx: &Ctx) -> Vec<Hit> {
    let s = schema();
    let mut hits = Vec::new();
    for (t, tree) in ctx.trees.iter().enumerate() {
        // (parent, path) -> line of the first such element
        let mut first: BTreeMap<(Option<usize>, &str), u32> = BTreeMap::new();
        for e in &tree.elems {
            let known = e.documented || s.anchor(&e.name) == Some(e.path.as_str());
            if e.list || !known || e.path == "serverconf" {
                continue;
            }
            match first.get(&(e.parent, e.path.as_str())) {
                Some(&line) => hits.push(
                    ctx.on_elem(t, e)
                        .arg("element", &e.name)
                        .arg("first_line", line),
                ),
                None => {
                    first.insert((e.parent, e.path.as_str()), e.line);
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn long_values_are_cut() {
        assert_eq!(shown(" 4.0 "), "4.0");
        let long = "9".repeat(100);
        assert_eq!(shown(&long).chars().count(), 41);
    }
}
