//! Rules on each `<IP>` of an affinity on its own: its public id, address, weight, HELO
//! host and domain lists.
//!
//! Owns per-IP checks; must not compare the IPs of one affinity (that is [`super::affinity`]).

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::net::IpAddr;

use super::{masks, rule, value, weight_ok, IP};
use crate::check::report::Severity;
use crate::check::rules::{kb, Ctx, Hit, Rule};
use crate::check::tree::Elem;

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
