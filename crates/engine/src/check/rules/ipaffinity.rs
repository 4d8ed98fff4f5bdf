//! IP affinity and public IP rules (checker ideas §4), read per file: lists are not merged.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::net::IpAddr;

use super::{kb, Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};
use crate::check::schema::{parse_whole, Width};
use crate::check::tree::Elem;

const AFFINITY: &str = "serverconf/mta/child/smtp/IPAffinity";
const IP: &str = "serverconf/mta/child/smtp/IPAffinity/IP";

const fn rule(id: &'static str, severity: Severity, f: fn(&Ctx) -> Vec<Hit>) -> Rule {
    Rule {
        id,
        severity,
        category: Category::IpAffinity,
        articles: &[kb::IP_AFFINITY, kb::QUOTAS_MET],
        bad_example: None,
        good_example: None,
        detect: Detect::Check(f),
    }
}

fn value<'e>(e: &'e Elem, attr: &str) -> Option<&'e str> {
    e.attr(attr)
        .map(|a| a.value.trim())
        .filter(|v| !v.is_empty())
}

pub(crate) const PUBLIC_ID_MISSING: Rule = Rule {
    bad_example: Some("<IP address=\"192.0.2.10\" heloHost=\"mta1.example.com\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" heloHost=\"mta1.example.com\" publicId=\"1\"/>"),
    ..rule("publicId-missing", Severity::Warning, public_id_missing)
};

fn public_id_missing(ctx: &Ctx) -> Vec<Hit> {
    ctx.at(IP)
        .filter(|(_, e)| value(e, "publicId").is_none())
        .map(|(t, e)| {
            let address = value(e, "address");
            ctx.on_elem(t, e)
                .arg("address", address.unwrap_or(""))
                .arg("has_address", if address.is_some() { "yes" } else { "no" })
        })
        .collect()
}

pub(crate) const PUBLIC_ID_NOT_NUMERIC: Rule = Rule {
    bad_example: Some("<IP address=\"192.0.2.10\" publicId=\"ip1\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\"/>"),
    ..rule(
        "publicId-not-numeric",
        Severity::Error,
        public_id_not_numeric,
    )
};

fn public_id_not_numeric(ctx: &Ctx) -> Vec<Hit> {
    ctx.at(IP)
        .filter_map(|(t, e)| {
            let v = value(e, "publicId")?;
            (v.parse::<u32>().is_err()).then(|| ctx.on_attr(t, e, "publicId").arg("value", v))
        })
        .collect()
}

pub(crate) const HELO_INCONSISTENT: Rule = Rule {
    articles: &[kb::IP_AFFINITY, kb::QUOTAS_MET, kb::FLOW_CONTROL],
    bad_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" heloHost=\"a.example.com\"/>\n<IP address=\"192.0.2.10\" publicId=\"1\" heloHost=\"b.example.com\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" heloHost=\"a.example.com\"/>\n<IP address=\"192.0.2.11\" publicId=\"2\" heloHost=\"b.example.com\"/>"),
    ..rule("helo-publicId-inconsistent", Severity::Warning, helo_inconsistent)
};

fn helo_inconsistent(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for t in 0..ctx.trees.len() {
        let ips: Vec<&Elem> = ctx.trees[t].elems.iter().filter(|e| e.path == IP).collect();
        // key attribute -> (value attribute -> distinct values), first element seen
        for (key, other) in [
            ("address", "heloHost"),
            ("address", "publicId"),
            ("publicId", "heloHost"),
        ] {
            let mut groups: BTreeMap<&str, (BTreeSet<&str>, Vec<&Elem>)> = BTreeMap::new();
            for e in &ips {
                if let (Some(k), Some(v)) = (value(e, key), value(e, other)) {
                    let g = groups.entry(k).or_default();
                    g.0.insert(v);
                    g.1.push(e);
                }
            }
            for (k, (values, elems)) in groups {
                if values.len() > 1 {
                    if let Some(last) = elems.last() {
                        hits.push(
                            ctx.on_elem(t, last)
                                .arg("key", key)
                                .arg("value", k)
                                .arg("other", other)
                                .arg("count", values.len()),
                        );
                    }
                }
            }
        }
    }
    hits
}

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

pub(crate) const ADDRESS_INVALID: Rule = Rule {
    bad_example: Some("<IP address=\"mta1.example.com\" publicId=\"1\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\"/>"),
    ..rule("ip-address-invalid", Severity::Error, address_invalid)
};

/// A placeholder such as `XX.XXX.XX.XX` is reported too: whatever it stands for, the MTA
/// cannot bind it as written (`doc-placeholder-value` says where it came from).
fn address_invalid(ctx: &Ctx) -> Vec<Hit> {
    ctx.at(IP)
        .filter_map(|(t, e)| {
            let v = e.attr("address").map(|a| a.value.trim()).unwrap_or("");
            if v.parse::<IpAddr>().is_ok() {
                return None;
            }
            Some(ctx.on_attr(t, e, "address").arg("value", v))
        })
        .collect()
}

pub(crate) const WEIGHT_INVALID: Rule = Rule {
    bad_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" weight=\"0.5\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" weight=\"1\"/>"),
    ..rule("ip-weight-invalid", Severity::Warning, weight_invalid)
};

fn weight_invalid(ctx: &Ctx) -> Vec<Hit> {
    ctx.at(IP)
        .filter_map(|(t, e)| {
            // Empty is "not set": the default weight applies.
            let v = value(e, "weight")?;
            (!weight_ok(v)).then(|| ctx.on_attr(t, e, "weight").arg("value", v))
        })
        .collect()
}

fn masks<'e>(e: &'e Elem, attr: &str) -> Vec<&'e str> {
    value(e, attr)
        .map(|v| {
            v.split(',')
                .map(str::trim)
                .filter(|m| !m.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

pub(crate) const INCLUDE_EXCLUDE: Rule = Rule {
    bad_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" includeDomains=\"gmail.com\" excludeDomains=\"gmail.com\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" includeDomains=\"gmail.com\"/>"),
    ..rule("include-exclude-conflict", Severity::Warning, include_exclude)
};

fn include_exclude(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, e) in ctx.at(IP) {
        let inc = masks(e, "includeDomains");
        let exc = masks(e, "excludeDomains");
        let excluded: HashSet<&str> = exc.iter().copied().collect();
        for m in inc.iter().filter(|m| excluded.contains(*m)) {
            hits.push(
                ctx.on_attr(t, e, "excludeDomains")
                    .arg("mask", m)
                    .arg("problem", "both"),
            );
        }
        for (attr, list) in [("includeDomains", &inc), ("excludeDomains", &exc)] {
            for m in list
                .iter()
                .filter(|m| m.contains(char::is_whitespace) || m.contains('@'))
            {
                hits.push(
                    ctx.on_attr(t, e, attr)
                        .arg("mask", m)
                        .arg("problem", "syntax"),
                );
            }
        }
    }
    hits
}

pub(crate) const DOMAIN_WITHOUT_IP: Rule = Rule {
    bad_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" weight=\"0\" includeDomains=\"gmail.com\"/>\n<IP address=\"192.0.2.11\" publicId=\"2\" excludeDomains=\"gmail.com\"/>"),
    good_example: Some("<IP address=\"192.0.2.10\" publicId=\"1\" weight=\"1\" includeDomains=\"gmail.com\"/>\n<IP address=\"192.0.2.11\" publicId=\"2\" excludeDomains=\"gmail.com\"/>"),
    ..rule("domain-without-ip", Severity::Warning, domain_without_ip)
};

/// Whether a weight is a positive whole number (weight 0 takes the IP out of rotation).
fn weight_ok(w: &str) -> bool {
    parse_whole(w, Width::Long).is_ok_and(|w| w > 0)
}

/// Whether an IP can take part in sending at all: an address that is an IP literal (a
/// placeholder binds nothing) and a weight that is absent or a positive whole number. The
/// quota figures count only such IPs as sending paths.
pub(crate) fn can_send(ip: &Elem) -> bool {
    let address_ok = value(ip, "address").is_some_and(|a| a.parse::<IpAddr>().is_ok());
    address_ok && value(ip, "weight").is_none_or(weight_ok)
}

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
