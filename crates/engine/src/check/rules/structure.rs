//! Structure rules (checker ideas §2 and §0.4): sections in the wrong place, IPs outside an
//! affinity, disabled `_attributes`, misspelt attributes and element names, commented-out
//! configuration.

use super::{kb, Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};
use crate::check::schema::{schema, MODULES, SHARED_SECTIONS};

const fn rule(id: &'static str, severity: Severity, f: fn(&Ctx) -> Vec<Hit>) -> Rule {
    Rule {
        id,
        severity,
        category: Category::Structure,
        articles: &[kb::STAT_SERVER],
        bad_example: None,
        good_example: None,
        also: &[],
        detect: Detect::Check(f),
    }
}

pub(crate) const MODULE_INSIDE_SHARED: Rule = Rule {
    bad_example: Some("<serverconf>\n  <shared>\n    <mta statServerAddress=\"localhost\"/>\n  </shared>\n</serverconf>"),
    good_example: Some("<serverconf>\n  <shared>...</shared>\n  <mta statServerAddress=\"localhost\"/>\n</serverconf>"),
    ..rule("module-inside-shared", Severity::Warning, module_inside_shared)
};

fn module_inside_shared(ctx: &Ctx) -> Vec<Hit> {
    ctx.elems()
        .filter(|(_, e)| {
            e.path
                .strip_prefix("serverconf/shared/")
                .is_some_and(|rest| MODULES.contains(&rest))
        })
        .map(|(t, e)| ctx.on_elem(t, e).arg("element", &e.name))
        .collect()
}

pub(crate) const SHARED_OUTSIDE_SHARED: Rule = Rule {
    bad_example: Some("<serverconf>\n  <dnsConfig localDomain=\"mail.example.com\"/>\n</serverconf>"),
    good_example: Some("<serverconf>\n  <shared>\n    <dnsConfig localDomain=\"mail.example.com\"/>\n  </shared>\n</serverconf>"),
    articles: &[kb::IP_AFFINITY],
    ..rule("shared-node-outside-shared", Severity::Warning, shared_outside)
};

fn shared_outside(ctx: &Ctx) -> Vec<Hit> {
    ctx.elems()
        .filter(|(_, e)| {
            e.parent.is_some()
                && e.path
                    .strip_prefix("serverconf/")
                    .is_some_and(|rest| SHARED_SECTIONS.contains(&rest))
        })
        .map(|(t, e)| ctx.on_elem(t, e).arg("element", &e.name))
        .collect()
}

pub(crate) const IP_OUTSIDE_AFFINITY: Rule = Rule {
    bad_example: Some("<smtp>\n  <IP address=\"192.0.2.10\" publicId=\"1\"/>\n</smtp>"),
    good_example: Some("<smtp>\n  <IPAffinity name=\"default\">\n    <IP address=\"192.0.2.10\" publicId=\"1\"/>\n  </IPAffinity>\n</smtp>"),
    articles: &[kb::IP_AFFINITY, kb::QUOTAS_MET],
    ..rule("ip-outside-ipaffinity", Severity::Warning, ip_outside)
};

fn ip_outside(ctx: &Ctx) -> Vec<Hit> {
    const AFFINITY: &str = "serverconf/mta/child/smtp/IPAffinity";
    ctx.elems()
        .filter(|(_, e)| {
            (e.name == "IP" && e.path.contains("/mta/") && !e.path.ends_with("/IPAffinity/IP"))
                || (e.name == "IPAffinity" && e.path != AFFINITY)
        })
        .map(|(t, e)| ctx.on_elem(t, e).arg("element", &e.name))
        .collect()
}

pub(crate) const UNDERSCORE: Rule = Rule {
    bad_example: Some("<mta _autoStart=\"true\" statServerAddress=\"localhost\"/>"),
    good_example: Some("<mta autoStart=\"true\" statServerAddress=\"localhost\"/>"),
    also: &[Severity::Warning],
    ..rule("underscore-disabled-attribute", Severity::Info, underscore)
};

fn underscore(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, e) in ctx.elems() {
        for a in e.attrs.iter().filter(|a| a.name.starts_with('_')) {
            if a.name == "_operation" {
                continue; // a documented merge hint on list items, not a disabled setting
            }
            let starts_sender =
                a.name == "_autoStart" && ["mta", "stat"].contains(&e.name.as_str());
            let mut h = ctx
                .on_a(t, a)
                .arg("attribute", &a.name)
                .arg("element", &e.name);
            if starts_sender {
                h = h.severity(Severity::Warning);
            }
            hits.push(h);
        }
    }
    hits
}

pub(crate) const UNKNOWN_ATTRIBUTE: Rule = Rule {
    bad_example: Some("<smtp enableTls=\"true\" maxSessionPerChild=\"1000\"/>"),
    good_example: Some("<smtp enableTLS=\"true\" maxSessionsPerChild=\"1000\"/>"),
    articles: &[kb::QUOTAS_MET],
    ..rule(
        "unknown-attribute-typo",
        Severity::Warning,
        unknown_attribute,
    )
};

fn unknown_attribute(ctx: &Ctx) -> Vec<Hit> {
    let s = schema();
    let mut hits = Vec::new();
    for (t, e) in ctx.elems() {
        if !e.documented {
            continue;
        }
        for a in &e.attrs {
            if a.name.starts_with('_') || a.name.starts_with("xmlns") {
                continue;
            }
            if a.param.is_some() {
                continue;
            }
            // Undocumented but real names exist: only report a near-miss of a documented one.
            let best = s
                .params_of(&e.path)
                .map(|p| {
                    (
                        distance(&a.name.to_ascii_lowercase(), &p.attr.to_ascii_lowercase()),
                        p.attr,
                    )
                })
                .min();
            if let Some((d, proper)) = best {
                if d <= 2 {
                    hits.push(
                        ctx.on_a(t, a)
                            .arg("attribute", &a.name)
                            .arg("element", &e.name)
                            .arg("suggestion", proper),
                    );
                }
            }
        }
    }
    hits
}

/// Levenshtein distance over bytes (attribute names are ASCII), two rows of memory.
pub(crate) fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

pub(crate) const ELEMENT_CASE: Rule = Rule {
    bad_example: Some("<smtp>\n  <ipaffinity name=\"default\">...</ipaffinity>\n</smtp>"),
    good_example: Some("<smtp>\n  <IPAffinity name=\"default\">...</IPAffinity>\n</smtp>"),
    articles: &[kb::IP_AFFINITY],
    ..rule("element-name-case", Severity::Warning, element_case)
};

fn element_case(ctx: &Ctx) -> Vec<Hit> {
    let s = schema();
    ctx.elems()
        .filter(|(_, e)| e.path != "serverconf" && !s.is_known_name(&e.name))
        .filter_map(|(t, e)| {
            let proper = s.proper_case(&e.name)?;
            Some(
                ctx.on_elem(t, e)
                    .arg("element", &e.name)
                    .arg("suggestion", proper),
            )
        })
        .collect()
}

pub(crate) const COMMENTED_OUT: Rule = Rule {
    bad_example: Some("<smtp>\n  <!-- <IPAffinity name=\"default\"><IP address=\"192.0.2.10\" publicId=\"1\"/></IPAffinity> -->\n</smtp>"),
    good_example: Some("<smtp>\n  <IPAffinity name=\"default\"><IP address=\"192.0.2.10\" publicId=\"1\"/></IPAffinity>\n</smtp>"),
    articles: &[],
    ..rule("commented-out-config", Severity::Info, commented_out)
};

fn commented_out(ctx: &Ctx) -> Vec<Hit> {
    ctx.trees
        .iter()
        .enumerate()
        .filter_map(|(t, tree)| {
            let first = tree.commented_out.first()?;
            Some(Hit::at(t, Some(first.line), None).arg("count", tree.commented_out.len()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn edit_distance() {
        assert_eq!(distance("enabletls", "enabletls"), 0);
        assert_eq!(distance("maxsessionperchild", "maxsessionsperchild"), 1);
        assert_eq!(distance("abc", ""), 3);
    }
}
