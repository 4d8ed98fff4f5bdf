//! Rules on an `<IPAffinity>` as a whole: its name, whether it has IPs, which domains its
//! usable IPs serve, and the HELO identity it announces.
//!
//! Owns the checks that look at several IPs of one affinity; must not judge one IP's own
//! attributes (that is [`super::ip`]).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{can_send, masks, rule, value, AFFINITY};
use crate::check::report::Severity;
use crate::check::rules::{kb, Ctx, Hit, Rule};
use crate::check::tree::Elem;

pub(crate) const DOMAIN_WITHOUT_IP: Rule = Rule {
    bad_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" weight=\"0\" includeDomains=\"gmail.com\"/>\n<IP address=\"192.0.2.11\" publicId=\"2\" excludeDomains=\"gmail.com\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" weight=\"1\" includeDomains=\"gmail.com\"/>\n<IP address=\"192.0.2.11\" publicId=\"2\" excludeDomains=\"gmail.com\"/>"),
    ..rule("domain-without-ip", Severity::Warning, domain_without_ip)
};

/// A domain some IP of an affinity includes, which no usable IP of that affinity sends to:
/// the IPs including it are disabled and the others exclude it.
///
/// Each IP's lists are split once: linear in the masks of the affinity, however many IPs
/// and masks it has.
fn domain_without_ip(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, aff) in ctx.at(AFFINITY) {
        let ips = ips_of(ctx, t, aff);
        let lists: Vec<(Vec<&str>, HashSet<&str>)> = ips
            .iter()
            .map(|ip| {
                let exc = masks(ip, "excludeDomains").into_iter().collect();
                (masks(ip, "includeDomains"), exc)
            })
            .collect();
        // A sending IP serves a mask when it includes it (or includes everything) and does
        // not exclude it. Counted per mask: the IPs naming it, and the IPs open to every
        // domain minus those of them excluding it.
        let mut named: HashMap<&str, usize> = HashMap::new();
        let mut open = 0usize;
        let mut open_excluding: HashMap<&str, usize> = HashMap::new();
        for (ip, (inc, exc)) in ips.iter().zip(&lists) {
            if !can_send(ip) {
                continue;
            }
            if inc.is_empty() {
                open += 1;
                for m in exc {
                    *open_excluding.entry(m).or_default() += 1;
                }
            }
            for m in inc.iter().filter(|m| !exc.contains(*m)) {
                *named.entry(m).or_default() += 1;
            }
        }
        let served = |m: &str| {
            named.get(m).is_some_and(|&n| n > 0)
                || open > open_excluding.get(m).copied().unwrap_or(0)
        };
        let mut seen = HashSet::new();
        for (ip, (inc, _)) in ips.iter().zip(&lists) {
            for &mask in inc {
                if seen.insert(mask) && !served(mask) {
                    hits.push(
                        ctx.on_attr(t, ip, "includeDomains")
                            .arg("mask", mask)
                            .arg("affinity", value(aff, "name").unwrap_or("")),
                    );
                }
            }
        }
    }
    hits
}

pub(crate) const EMPTY: Rule = Rule {
    bad_example: Some("<IPAffinity name=\"bulk\"/>"),
    good_example: Some(
        "<IPAffinity name=\"bulk\">\n  <IP address=\"192.0.2.10\" publicId=\"1\"/>\n</IPAffinity>",
    ),
    ..rule("ipaffinity-empty", Severity::Warning, empty)
};

fn empty(ctx: &Ctx) -> Vec<Hit> {
    ctx.at(AFFINITY)
        .filter(|(t, e)| {
            // Mid-sourcing multiplexing documents an empty affinity with an IPMask attribute.
            e.attr("IPMask").is_none()
                && !e
                    .children
                    .iter()
                    .any(|&c| ctx.trees[*t].elems[c].name == "IP")
        })
        .map(|(t, e)| {
            ctx.on_elem(t, e)
                .arg("name", value(e, "name").unwrap_or(""))
        })
        .collect()
}

pub(crate) const NAME_INVALID: Rule = Rule {
    bad_example: Some("<IPAffinity name=\"bulk, transactional\">...</IPAffinity>"),
    good_example: Some("<IPAffinity name=\"bulk;transactional\">...</IPAffinity>"),
    ..rule("ipaffinity-name-invalid", Severity::Warning, name_invalid)
};

fn name_invalid(ctx: &Ctx) -> Vec<Hit> {
    ctx.at(AFFINITY)
        .filter_map(|(t, e)| {
            let v = value(e, "name")?;
            let bad = v.contains(',') || v.split(';').any(|n| n.trim() != n || n.contains(' '));
            bad.then(|| ctx.on_attr(t, e, "name").arg("name", v))
        })
        .collect()
}

fn names(e: &Elem) -> Vec<&str> {
    value(e, "name")
        .map(|v| {
            v.split([';', ','])
                .map(str::trim)
                .filter(|n| !n.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) const DUPLICATE_NAME: Rule = Rule {
    bad_example: Some("<IPAffinity name=\"bulk\">...</IPAffinity>\n<IPAffinity name=\"bulk\">...</IPAffinity>"),
    good_example: Some("<IPAffinity name=\"bulk\">...</IPAffinity>\n<IPAffinity name=\"transactional\">...</IPAffinity>"),
    ..rule("ipaffinity-duplicate-name", Severity::Warning, duplicate_name)
};

fn duplicate_name(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for t in 0..ctx.trees.len() {
        let mut seen: BTreeMap<&str, u32> = BTreeMap::new();
        for e in ctx.trees[t].elems.iter().filter(|e| e.path == AFFINITY) {
            for n in names(e) {
                if let Some(first) = seen.get(n) {
                    hits.push(
                        ctx.on_attr(t, e, "name")
                            .arg("name", n)
                            .arg("first_line", first),
                    );
                } else {
                    seen.insert(n, e.line);
                }
            }
        }
    }
    hits
}

fn ips_of<'a>(ctx: &Ctx<'a>, t: usize, e: &'a Elem) -> Vec<&'a Elem> {
    e.children
        .iter()
        .map(|&c| &ctx.trees[t].elems[c])
        .filter(|c| c.name == "IP")
        .collect()
}

pub(crate) const SINGLE_IP: Rule = Rule {
    ..rule("ipaffinity-single-ip", Severity::Info, single_ip)
};

fn single_ip(ctx: &Ctx) -> Vec<Hit> {
    ctx.at(AFFINITY)
        .filter(|(t, e)| ips_of(ctx, *t, e).len() == 1)
        .map(|(t, e)| {
            ctx.on_elem(t, e)
                .arg("name", value(e, "name").unwrap_or(""))
        })
        .collect()
}

pub(crate) const HELO_MISSING: Rule = Rule {
    articles: &[kb::IP_AFFINITY, kb::FLOW_CONTROL],
    bad_example: Some("<IPAffinity name=\"bulk\">\n  <IP address=\"192.0.2.10\" publicId=\"1\"/>\n</IPAffinity>"),
    good_example: Some("<IPAffinity name=\"bulk\" localDomain=\"mail.example.com\">\n  <IP address=\"192.0.2.10\" publicId=\"1\" heloHost=\"mta1.mail.example.com\"/>\n</IPAffinity>"),
    ..rule("helo-missing", Severity::Info, helo_missing)
};

fn helo_missing(ctx: &Ctx) -> Vec<Hit> {
    let global = ctx
        .eff
        .get("serverconf/shared/dnsConfig", "localDomain")
        .is_some_and(|v| !v.value.trim().is_empty());
    if global {
        return Vec::new();
    }
    ctx.at(AFFINITY)
        .filter(|(t, e)| {
            let ips = ips_of(ctx, *t, e);
            !ips.is_empty()
                && value(e, "localDomain").is_none()
                && ips.iter().all(|ip| value(ip, "heloHost").is_none())
        })
        .map(|(t, e)| {
            ctx.on_elem(t, e)
                .arg("name", value(e, "name").unwrap_or(""))
        })
        .collect()
}
