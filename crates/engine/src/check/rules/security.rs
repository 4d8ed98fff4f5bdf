//! Security rules (checker ideas §7): credentials in the attachment (named, never echoed),
//! permissive security zones and URL permissions, sessions not bound to the client's IP,
//! internal addresses and host names (counted, never repeated).

use super::{Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};
use crate::check::schema::parse_bool;
use crate::check::secrets::{has_credentials, is_secret_value};

const fn rule(id: &'static str, severity: Severity, f: fn(&Ctx) -> Vec<Hit>) -> Rule {
    Rule {
        id,
        severity,
        category: Category::Security,
        articles: &[],
        bad_example: None,
        good_example: None,
        also: &[],
        detect: Detect::Check(f),
    }
}

fn is_dbcnx_plain(path: &str, attrs: &crate::check::tree::Elem) -> bool {
    path.ends_with("/dbcnx")
        && attrs
            .attr("encrypted")
            .and_then(|a| parse_bool(a.value.trim()))
            != Some(true)
}

pub(crate) const PLAINTEXT_DB: Rule = Rule {
    bad_example: Some("<dbcnx login=\"campaign:db\" password=\"(the password in clear)\" server=\"db.example.com\"/>"),
    good_example: Some("<dbcnx encrypted=\"1\" login=\"campaign:db\" password=\"(value written by nlserver config)\" server=\"db.example.com\"/>"),
    ..rule("secret-plaintext-db-password", Severity::Security, plaintext_db)
};

fn plaintext_db(ctx: &Ctx) -> Vec<Hit> {
    ctx.elems()
        .filter(|(_, e)| {
            is_dbcnx_plain(&e.path, e)
                && e.attr("password")
                    .is_some_and(|a| is_secret_value(&a.value))
        })
        .map(|(t, e)| ctx.on_attr(t, e, "password"))
        .collect()
}

pub(crate) const INTERNAL_PASSWORD: Rule = Rule {
    bad_example: Some("<xtk internalPassword=\"(a password)\"/>"),
    good_example: Some("<xtk internalPassword=\"\"/>"),
    ..rule(
        "secret-internal-password",
        Severity::Security,
        internal_password,
    )
};

fn internal_password(ctx: &Ctx) -> Vec<Hit> {
    ctx.elems()
        .filter(|(_, e)| {
            e.name == "xtk"
                && e.attr("internalPassword")
                    .is_some_and(|a| is_secret_value(&a.value))
        })
        .map(|(t, e)| ctx.on_attr(t, e, "internalPassword"))
        .collect()
}

pub(crate) const SECRET_PRESENT: Rule = Rule {
    bad_example: Some("<proxyHTTP address=\"proxy.example.com\" login=\"svc\" password=\"(a password)\"/>"),
    good_example: Some("<proxyHTTP address=\"proxy.example.com\" login=\"svc\" password=\"(removed before sharing)\"/>"),
    ..rule("secret-present", Severity::Security, secret_present)
};

fn secret_present(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, e) in ctx.elems() {
        for a in &e.attrs {
            let in_value = a.secret && is_secret_value(&a.value);
            if !in_value && !has_credentials(&a.value) {
                continue;
            }
            // Reported by their own, sharper rules (which read these exact names, so
            // `_internalPassword` is reported here).
            let covered = in_value
                && ((a.name == "password" && is_dbcnx_plain(&e.path, e))
                    || (e.name == "xtk" && a.name == "internalPassword"));
            if !covered {
                hits.push(
                    ctx.on_a(t, a)
                        .arg("attribute", &a.name)
                        .arg("element", &e.name),
                );
            }
        }
    }
    hits
}

const ALLOW_FLAGS: &[&str] = &[
    "allowDebug",
    "allowEmptyPassword",
    "allowHTTP",
    "allowSQLInjection",
    "allowUserPassword",
    "showErrors",
];

pub(crate) const ZONE_PERMISSIVE: Rule = Rule {
    bad_example: Some("<securityZone name=\"public\" allowHTTP=\"true\" allowDebug=\"true\">\n  <subNetwork name=\"all\" mask=\"*\"/>\n</securityZone>"),
    good_example: Some("<securityZone name=\"public\" allowHTTP=\"false\" allowDebug=\"false\">\n  <subNetwork name=\"all\" mask=\"*\"/>\n</securityZone>"),
    ..rule("security-zone-permissive", Severity::Security, zone_permissive)
};

fn zone_permissive(ctx: &Ctx) -> Vec<Hit> {
    // The internal account (every right) allowed in from the zone that covers the Internet.
    let mut hits: Vec<Hit> = ctx
        .elems()
        .filter(|(_, e)| e.name == "xtk")
        .filter_map(|(t, e)| {
            let a = e.attr("internalSecurityZone")?;
            (a.value.trim() == "public").then(|| {
                ctx.on_a(t, a)
                    .arg("problem", "internal")
                    .arg("attribute", "internalSecurityZone")
                    .arg("zone", "public")
            })
        })
        .collect();
    for (t, e) in ctx.elems().filter(|(_, e)| e.name == "securityZone") {
        let wide = e.attr("name").is_some_and(|a| a.value == "public")
            || e.children.iter().any(|&c| {
                let s = &ctx.trees[t].elems[c];
                s.name == "subNetwork"
                    && s.attr("mask")
                        .is_some_and(|m| matches!(m.value.trim(), "*" | "0.0.0.0/0" | "::/0"))
            });
        if !wide {
            continue;
        }
        for flag in ALLOW_FLAGS {
            if e.attr(flag).and_then(|a| parse_bool(a.value.trim())) == Some(true) {
                hits.push(
                    ctx.on_attr(t, e, flag)
                        .arg("problem", "flag")
                        .arg("attribute", *flag)
                        .arg(
                            "zone",
                            e.attr("name").map(|a| a.value.as_str()).unwrap_or(""),
                        ),
                );
            }
        }
    }
    hits
}

pub(crate) const URL_PERMISSIVE: Rule = Rule {
    bad_example: Some("<urlPermission action=\"ignore\">\n  <url dnsSuffix=\"*\" urlRegEx=\".*\"/>\n</urlPermission>"),
    good_example: Some("<urlPermission action=\"deny\">\n  <url dnsSuffix=\"api.example.com\" urlRegEx=\"https://api.example.com/.*\"/>\n</urlPermission>"),
    ..rule("urlPermission-permissive", Severity::Security, url_permissive)
};

fn url_permissive(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (t, e) in ctx.elems() {
        if e.name == "urlPermission" && e.attr("action").is_some_and(|a| a.value.trim() == "ignore")
        {
            hits.push(ctx.on_attr(t, e, "action").arg("problem", "ignore"));
        }
        if e.name == "url" && e.path.contains("urlPermission") {
            let any_url = e
                .attr("urlRegEx")
                .is_some_and(|a| matches!(a.value.trim(), ".*" | ".+"));
            let any_dns = e
                .attr("dnsSuffix")
                .is_none_or(|a| matches!(a.value.trim(), "" | "*"));
            if any_url && any_dns {
                hits.push(ctx.on_elem(t, e).arg("problem", "any-url"));
            }
        }
    }
    hits
}

pub(crate) const CHECK_IP_CONSISTENT_OFF: Rule = Rule {
    bad_example: Some("<authentication checkIPConsistent=\"false\"/>"),
    good_example: Some("<authentication checkIPConsistent=\"true\"/>"),
    ..rule("checkIPConsistent-off", Severity::Info, ip_consistent_off)
};

/// `authentication@checkIPConsistent` false, or absent (its default is false), on an
/// `<authentication>` element the attachment has: a file without one says nothing about it.
fn ip_consistent_off(ctx: &Ctx) -> Vec<Hit> {
    ctx.elems()
        .filter(|(_, e)| e.name == "authentication")
        .filter_map(|(t, e)| match e.attr("checkIPConsistent") {
            None => Some(ctx.on_elem(t, e).arg("problem", "absent")),
            Some(a) if parse_bool(a.value.trim()) == Some(false) => Some(
                ctx.on_attr(t, e, "checkIPConsistent")
                    .arg("problem", "false"),
            ),
            Some(_) => None,
        })
        .collect()
}

pub(crate) const INFRA_DISCLOSURE: Rule = Rule {
    ..rule("infra-disclosure", Severity::Info, infra_disclosure)
};

/// Attributes whose value is a host of the platform itself (database, statistics server,
/// relay), not a public sending name such as `heloHost`.
const HOST_ATTRS: &[&str] = &["server", "statServerAddress", "address"];

/// Whether `v` is an address inside a private network (RFC 1918, unique local, link local).
fn is_internal_ip(v: &str) -> bool {
    match v.parse::<std::net::IpAddr>() {
        Ok(std::net::IpAddr::V4(ip)) => ip.is_private() || ip.is_link_local(),
        Ok(std::net::IpAddr::V6(ip)) => {
            let first = ip.segments()[0];
            (first & 0xfe00) == 0xfc00 || (first & 0xffc0) == 0xfe80
        }
        Err(_) => false,
    }
}

/// Whether `v` is a host name of someone's network: dotted, not an address, not localhost,
/// not one of the names reserved for examples (RFC 2606).
fn is_internal_host(v: &str) -> bool {
    let host = v.trim().trim_end_matches('.').to_ascii_lowercase();
    let reserved = [
        "example.com",
        "example.net",
        "example.org",
        "example",
        "test",
        "invalid",
        "localhost",
    ];
    // A malformed address (`999.1.1.1`) or a documentation mask (`XX.XXX.XX.XX`) names no
    // host: it is reported as an invalid address, not as one disclosed.
    let number_or_mask = |l: &str| {
        !l.is_empty() && (l.bytes().all(|c| c.is_ascii_digit()) || l.bytes().all(|c| c == b'x'))
    };
    host.contains('.')
        && !host.split('.').all(number_or_mask)
        && host.parse::<std::net::IpAddr>().is_err()
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && !reserved
            .iter()
            .any(|r| host == *r || host.ends_with(&format!(".{r}")))
}

/// One finding per file that names internal addresses or hosts, with how many: the values
/// are never put into the finding.
fn infra_disclosure(ctx: &Ctx) -> Vec<Hit> {
    let mut first: Vec<Option<Hit>> = (0..ctx.trees.len()).map(|_| None).collect();
    let mut seen: Vec<std::collections::BTreeSet<String>> =
        vec![Default::default(); ctx.trees.len()];
    for (t, e) in ctx.elems() {
        for a in &e.attrs {
            let internal: Vec<&str> = a
                .value
                .split([',', ';', ' '])
                .map(|v| {
                    let v = v.trim();
                    // `host:port`, but not an IPv6 address.
                    match v.rsplit_once(':') {
                        Some((h, p))
                            if !h.contains(':') && p.chars().all(|c| c.is_ascii_digit()) =>
                        {
                            h
                        }
                        _ => v,
                    }
                })
                .filter(|v| {
                    is_internal_ip(v)
                        || (HOST_ATTRS.contains(&a.name.as_str()) && is_internal_host(v))
                })
                .collect();
            if internal.is_empty() {
                continue;
            }
            seen[t].extend(internal.iter().map(|v| v.to_ascii_lowercase()));
            if first[t].is_none() {
                first[t] = Some(ctx.on_a(t, a));
            }
        }
    }
    first
        .into_iter()
        .zip(seen)
        .filter_map(|(hit, values)| hit.map(|h| h.arg("count", values.len())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_addresses_and_hosts() {
        for ip in [
            "10.1.2.3",
            "172.31.0.1",
            "192.168.10.5",
            "fd12:3456::1",
            "fe80::1",
            "169.254.0.7",
        ] {
            assert!(is_internal_ip(ip), "{ip}");
        }
        for ip in [
            "192.0.2.10",
            "8.8.8.8",
            "127.0.0.1",
            "2001:db8::1",
            "not-an-ip",
        ] {
            assert!(!is_internal_ip(ip), "{ip}");
        }
        for host in ["db01.corp.acme.net", "pg.internal.acme.io."] {
            assert!(is_internal_host(host), "{host}");
        }
        for host in [
            "localhost",
            "mta.example.com",
            "db.test",
            "EXAMPLE.ORG",
            "10.0.0.1",
            "db01",
            "a b.c",
            "999.1.1.1",
            "XX.XXX.XX.XX",
        ] {
            assert!(!is_internal_host(host), "{host}");
        }
    }
}
