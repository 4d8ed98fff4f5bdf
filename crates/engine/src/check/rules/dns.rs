//! DNS rules (checker ideas §5): `shared/dnsConfig`, used for the MTA's MX lookups.

use std::net::IpAddr;

use super::{kb, Ctx, Detect, Hit, Rule};
use crate::check::report::{Category, Severity};

const DNS: &str = "serverconf/shared/dnsConfig";

pub(crate) const NAME_SERVERS: Rule = Rule {
    id: "nameServers-invalid",
    severity: Severity::Warning,
    category: Category::Dns,
    articles: &[kb::INVALID_DOMAIN, kb::UNREACHABLE],
    bad_example: Some("<dnsConfig nameServers=\"dns1.example.com; 192.0.2.53\"/>"),
    good_example: Some("<dnsConfig nameServers=\"192.0.2.53, 192.0.2.54\"/>"),
    also: &[],
    detect: Detect::Check(name_servers),
};

fn name_servers(ctx: &Ctx) -> Vec<Hit> {
    let Some(v) = ctx.eff.set_value(DNS, "nameServers") else {
        return Vec::new();
    };
    // Commas separate entries; a space after the comma is fine (Adobe's own sample has one).
    v.value
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.parse::<IpAddr>().is_err())
        .map(|bad| ctx.on_val(Some(v), DNS).arg("entry", bad))
        .collect()
}

pub(crate) const TIMEOUTS: Rule = Rule {
    id: "dns-timeouts-extreme",
    severity: Severity::Info,
    category: Category::Dns,
    articles: &[kb::INVALID_DOMAIN],
    bad_example: Some("<dnsConfig retry=\"0\" timeout=\"100\"/>"),
    good_example: Some("<dnsConfig retry=\"4\" timeout=\"5000\"/>"),
    also: &[],
    detect: Detect::Check(timeouts),
};

fn timeouts(ctx: &Ctx) -> Vec<Hit> {
    let mut hits = Vec::new();
    for (attr, low, high) in [("retry", 1, 10), ("timeout", 500, 30_000)] {
        if let Some(v) = ctx.eff.set_value(DNS, attr) {
            if let Ok(n) = v.value.trim().parse::<i64>() {
                if n < low || n > high {
                    hits.push(
                        ctx.on_val(Some(v), DNS)
                            .arg("attribute", attr)
                            .arg("value", n),
                    );
                }
            }
        }
    }
    hits
}
