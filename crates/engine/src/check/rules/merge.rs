//! Merge and reporting rules (checker ideas §8): values the instance file overrides, the key
//! flow-control values left at their defaults, and the quota explainer built from the
//! throughput model.

use super::{kb, Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};
use crate::check::secrets::{is_secret_attr, REDACTED};

pub(crate) const OVERRIDE: Rule = Rule {
    id: "override-conflict",
    severity: Severity::Info,
    category: Category::Merge,
    articles: &[],
    bad_example: None,
    good_example: None,
    also: &[],
    detect: Detect::Check(overrides),
};

fn overrides(ctx: &Ctx) -> Vec<Hit> {
    ctx.eff
        .overrides
        .iter()
        .map(|o| {
            let secret = is_secret_attr(&o.path, &o.attr);
            let shown = |v: &str| {
                if secret {
                    REDACTED.to_string()
                } else {
                    v.to_string()
                }
            };
            let element = o.path.rsplit('/').next().unwrap_or(&o.path);
            let earlier_file = o
                .earlier
                .tree
                .and_then(|t| ctx.trees.get(t))
                .map_or("", |t| t.file.as_str());
            ctx.on_val(Some(&o.later), &o.path)
                .arg("element", element)
                .arg("attribute", &o.attr)
                .arg("value", shown(&o.later.value))
                .arg("earlier", shown(&o.earlier.value))
                .arg("earlier_file", earlier_file)
                .arg("earlier_line", o.earlier.line)
        })
        .collect()
}

pub(crate) const QUOTA_EXPLAINER: Rule = Rule {
    id: "quota-explainer",
    severity: Severity::Info,
    category: Category::Merge,
    articles: &[kb::QUOTAS_MET, kb::FLOW_CONTROL, kb::MX_RULES],
    bad_example: None,
    good_example: None,
    also: &[],
    detect: Detect::Check(explainer),
};

/// The figures of the model, or, when a number they need is unusable, which one: the
/// explainer never shows a default in place of what a file says.
fn explainer(ctx: &Ctx) -> Vec<Hit> {
    let Some(t) = ctx.throughput else {
        return match crate::check::throughput::unusable_input(ctx.eff) {
            Some((attr, v)) => vec![ctx
                .on_val(Some(v), "serverconf/mta")
                .arg("bottleneck", "unknown")
                .arg("attribute", attr)
                .arg("value", v.value.trim())],
            None => Vec::new(),
        };
    };
    let a = t.assumptions;
    // Located on the section, not on a value: the explainer is no "missing" finding. A
    // fragment without `<mta>` (an `<IPAffinity>` pasted alone) gets its first mta element.
    let at = match ctx.elems().find(|(_, e)| e.path == "serverconf/mta") {
        Some(_) => ctx.on_section("serverconf/mta"),
        None => ctx
            .elems()
            .find(|(_, e)| e.path.starts_with("serverconf/mta/"))
            .map_or_else(
                || ctx.on_section("serverconf/mta"),
                |(t, e)| ctx.on_elem(t, e),
            ),
    };
    vec![at
        .arg("children", t.children)
        .arg("sessions", t.sessions_per_child)
        .arg("local", t.local_sessions)
        .arg("ips", t.public_ips)
        .arg("mx_ips", a.mx_ips)
        .arg("paths", t.paths)
        .arg("max_connections", a.max_connections)
        .arg("mx_connections", t.mx_connections)
        .arg("hourly", a.messages_per_hour)
        .arg("slice", t.per_slice)
        .arg("slice_per_ip", t.per_slice_per_ip)
        .arg("bottleneck", t.bottleneck.name())]
}

pub(crate) const DEFAULT_APPLIED: Rule = Rule {
    id: "default-applied",
    severity: Severity::Info,
    category: Category::Merge,
    articles: &[kb::QUOTAS_MET, kb::FLOW_CONTROL],
    bad_example: None,
    good_example: None,
    also: &[],
    detect: Detect::Check(defaults_applied),
};

/// The flow-control values an operator reasons about when messages queue, in the order of
/// checker ideas §8 (`publicId` is per IP and has no default, so it is left out).
const KEY_VALUES: &[(&str, &str)] = &[
    ("serverconf/mta", "statServerAddress"),
    ("serverconf/mta/child/smtp", "enableTLS"),
    ("serverconf/mta/master", "maxSpareServers"),
    ("serverconf/mta/child/smtp", "maxSessionsPerChild"),
    ("serverconf/mta/child", "maxWaitingMessages"),
    ("serverconf/mta/child", "maxWorkingSetMb"),
    ("serverconf/mta/child", "maxAgeSec"),
];

/// One finding naming the key values no file sets, with the default that applies; only when
/// the files configure the mta at all (a security-only fragment says nothing about it).
fn defaults_applied(ctx: &Ctx) -> Vec<Hit> {
    let touches_mta = ctx
        .elems()
        .any(|(_, e)| e.path == "serverconf/mta" || e.path.starts_with("serverconf/mta/"));
    if !touches_mta {
        return Vec::new();
    }
    let defaults: Vec<String> = KEY_VALUES
        .iter()
        .filter(|(path, attr)| ctx.eff.set_value(path, attr).is_none())
        .filter_map(|(path, attr)| {
            let v = ctx.eff.get(path, attr)?;
            Some(format!("{attr}=\"{}\"", v.value))
        })
        .collect();
    if defaults.is_empty() {
        return Vec::new();
    }
    vec![ctx
        .on_val(None, "serverconf/mta")
        .arg("count", defaults.len())
        .arg("values", defaults.join(", "))]
}
