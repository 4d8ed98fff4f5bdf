//! IP affinity and public IP rules (checker ideas §4), read per file: lists are not merged.
//!
//! Owns the IP-affinity paths and the attribute readers its rules share (a value, a domain
//! list, whether an IP can send); the rules themselves live in the children.

mod affinity;
mod ip;
mod placeholder;

use std::net::IpAddr;

pub(crate) use affinity::{
    DOMAIN_WITHOUT_IP, DUPLICATE_NAME, EMPTY, HELO_MISSING, NAME_INVALID, SINGLE_IP,
};
pub(crate) use ip::{
    ADDRESS_INVALID, HELO_INCONSISTENT, INCLUDE_EXCLUDE, PUBLIC_ID_MISSING, PUBLIC_ID_NOT_NUMERIC,
    WEIGHT_INVALID,
};
pub(crate) use placeholder::PLACEHOLDER;

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
        also: &[],
        detect: Detect::Check(f),
    }
}

fn value<'e>(e: &'e Elem, attr: &str) -> Option<&'e str> {
    e.attr(attr)
        .map(|a| a.value.trim())
        .filter(|v| !v.is_empty())
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
