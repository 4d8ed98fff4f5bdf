//! The quota explainer: what concurrency and throughput the effective settings allow, and
//! where the limit bites first. Local ceiling = mta child processes × sessions per child;
//! paths = public IPs × MX IPs; an hourly MX quota is enforced in twelve 5-minute slices.
//!
//! The MX rules live in the Campaign database, not in these files, so their figures are
//! [`Assumptions`] (by default the documentation's own worked example) and are reported as such.

use std::collections::BTreeSet;

use super::config::{Effective, Val};
use super::rules::can_send;
use super::schema::parse_bool;
use super::tree::{Role, Tree};

/// MX-side figures the config files cannot tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Assumptions {
    /// Distinct IP addresses behind the target domain's MX records (the docs' Yahoo example: 16).
    pub mx_ips: u32,
    /// The MX rule's "maximum number of connections", per path (docs' example: 5).
    pub max_connections: u32,
    /// The MX rule's "messages per hour" (docs' example: 10,000).
    pub messages_per_hour: u32,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            mx_ips: 16,
            max_connections: 5,
            messages_per_hour: 10_000,
        }
    }
}

/// Which limit a delivery to one big domain meets first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bottleneck {
    /// `useMomentum`: the Enhanced MTA sets throughput; MX rules are not used.
    EnhancedMta,
    /// The effective statServerAddress is empty: the mta does not start.
    NotStarting,
    /// Everything leaves through `mta/relay`: its capacity is the ceiling.
    Relay,
    /// The local sessions (children × sessions) run out before the MX connections.
    LocalSessions,
    /// The MX rule's connections over all paths run out first.
    MxConnections,
}

impl Bottleneck {
    /// Stable name, used in JSON and fluent keys.
    pub fn name(self) -> &'static str {
        match self {
            Bottleneck::EnhancedMta => "enhanced-mta",
            Bottleneck::NotStarting => "not-starting",
            Bottleneck::Relay => "relay",
            Bottleneck::LocalSessions => "local-sessions",
            Bottleneck::MxConnections => "mx-connections",
        }
    }
}

/// The throughput model of one effective config.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Throughput {
    /// The mta's child processes.
    pub children: u64,
    /// SMTP sessions each child may open.
    pub sessions_per_child: u64,
    /// children × sessions per child: the most SMTP sessions this host opens at once.
    pub local_sessions: u64,
    /// Distinct public IPs that can send (publicId values, else addresses; an IP with weight 0
    /// or an address that is no IP literal is left out); 1 when none is configured.
    pub public_ips: u64,
    /// The MX figures the model assumed.
    pub assumptions: Assumptions,
    /// public IPs × MX IPs.
    pub paths: u64,
    /// paths × max connections per path.
    pub mx_connections: u64,
    /// messages per hour / 12 (rounded down): the allowance of one 5-minute slice.
    pub per_slice: u64,
    /// The slice allowance when the rule is not "Shared" (per IP): per_slice × public IPs.
    pub per_slice_per_ip: u64,
    /// What limits sending first.
    pub bottleneck: Bottleneck,
}

const MTA: &str = "serverconf/mta";

/// The numbers the model reads from the files.
const INPUTS: &[(&str, &str)] = &[
    ("serverconf/mta/master", "maxSpareServers"),
    ("serverconf/mta/child/smtp", "maxSessionsPerChild"),
];

/// The first number the model needs that a file sets to something other than a whole number
/// (attribute and value). The model is then not built: putting the default in its place
/// would present a figure the files do not give.
pub(crate) fn unusable_input(eff: &Effective) -> Option<(&'static str, &Val)> {
    INPUTS.iter().find_map(|&(path, attr)| {
        let v = eff.set_value(path, attr)?;
        eff.number(path, attr).is_none().then_some((attr, v))
    })
}

/// Builds the model; `None` when no file has anything to do with the MTA, or when a number
/// it needs is unusable (see [`unusable_input`]).
pub(crate) fn model(trees: &[Tree], eff: &Effective, a: Assumptions) -> Option<Throughput> {
    let mta_seen = trees
        .iter()
        .any(|t| t.elems.iter().any(|e| e.path.starts_with(MTA)));
    if !mta_seen || unusable_input(eff).is_some() {
        return None;
    }
    let num = |path: &str, attr: &str, fallback: i64| -> u64 {
        let n = eff.number(path, attr).map_or(fallback, |(n, _)| n);
        u64::try_from(n.max(0)).unwrap_or(0)
    };
    let children = num("serverconf/mta/master", "maxSpareServers", 2);
    let sessions_per_child = num("serverconf/mta/child/smtp", "maxSessionsPerChild", 1000);
    let local_sessions = children.saturating_mul(sessions_per_child);
    let public_ips = public_ip_count(trees).max(1);
    let paths = public_ips.saturating_mul(u64::from(a.mx_ips));
    let mx_connections = paths.saturating_mul(u64::from(a.max_connections));
    let per_slice = u64::from(a.messages_per_hour) / 12;
    let enhanced = eff
        .get(MTA, "useMomentum")
        .and_then(|v| parse_bool(v.value.trim()))
        .unwrap_or(false);
    let stat_empty = eff
        .get(MTA, "statServerAddress")
        .is_none_or(|v| v.value.trim().is_empty());
    let complete = trees.iter().any(|t| !t.partial);
    // An mta a file switches off (mid-sourcing marketing instance) is not "not starting for
    // want of an address": it is meant to be off, and `mta-autostart-off` says so.
    let switched_off = eff
        .set_value(MTA, "autoStart")
        .is_some_and(|v| parse_bool(v.value.trim()) == Some(false));
    let relay = eff
        .get("serverconf/mta/relay", "address")
        .is_some_and(|v| !v.value.trim().is_empty());
    let bottleneck = if enhanced {
        Bottleneck::EnhancedMta
    } else if stat_empty && complete && !switched_off {
        Bottleneck::NotStarting
    } else if relay {
        Bottleneck::Relay
    } else if local_sessions < mx_connections {
        Bottleneck::LocalSessions
    } else {
        Bottleneck::MxConnections
    };
    Some(Throughput {
        children,
        sessions_per_child,
        local_sessions,
        public_ips,
        assumptions: a,
        paths,
        mx_connections,
        per_slice,
        per_slice_per_ip: per_slice.saturating_mul(public_ips),
        bottleneck,
    })
}

/// Distinct public IPs of the IP lists: the instance files' list when they have one (they
/// replace the base for that host), else the base files'.
pub(crate) fn public_ip_count(trees: &[Tree]) -> u64 {
    let ips_of = |role: Role| {
        let mut keys = BTreeSet::new();
        for t in trees.iter().filter(|t| t.role == role) {
            for e in t
                .elems
                .iter()
                .filter(|e| e.path.ends_with("/IPAffinity/IP") && can_send(e))
            {
                let key = e
                    .attr("publicId")
                    .or_else(|| e.attr("address"))
                    .map(|a| a.value.trim().to_string());
                if let Some(k) = key.filter(|k| !k.is_empty()) {
                    keys.insert(k);
                }
            }
        }
        keys.len() as u64
    };
    match ips_of(Role::Instance) {
        0 => ips_of(Role::Base),
        n => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::load::load;

    #[test]
    fn docs_example_figures() {
        let xml = r#"<serverconf><mta statServerAddress="localhost"><master maxSpareServers="4"/>
            <child><smtp maxSessionsPerChild="500"><IPAffinity name="a">
            <IP address="10.0.0.1" publicId="1"/><IP address="10.0.0.2" publicId="2"/>
            </IPAffinity></smtp></child></mta></serverconf>"#;
        let trees = vec![load("serverConf.xml", xml.as_bytes()).tree.unwrap()];
        let eff = Effective::build(&trees);
        let t = model(&trees, &eff, Assumptions::default()).unwrap();
        assert_eq!(t.local_sessions, 2000);
        assert_eq!(t.public_ips, 2);
        assert_eq!(t.paths, 32);
        assert_eq!(t.mx_connections, 160);
        assert_eq!(t.per_slice, 833);
        assert_eq!(t.per_slice_per_ip, 1666);
        assert_eq!(t.bottleneck, Bottleneck::MxConnections);
    }

    #[test]
    fn only_ips_that_can_send_are_paths() {
        let xml = r#"<serverconf><mta statServerAddress="localhost"><child><smtp>
            <IPAffinity name="a">
            <IP address="192.0.2.1" publicId="1"/><IP address="192.0.2.2" publicId="2" weight="0"/>
            <IP address="XX.XXX.XX.XX" publicId="3"/><IP address="192.0.2.1" publicId="1"/>
            </IPAffinity></smtp></child></mta></serverconf>"#;
        let trees = vec![load("serverConf.xml", xml.as_bytes()).tree.unwrap()];
        assert_eq!(public_ip_count(&trees), 1);
    }

    #[test]
    fn a_number_that_is_not_whole_gives_no_figures() {
        let xml = r#"<serverconf><mta statServerAddress="localhost">
            <master maxSpareServers="4.0"/></mta></serverconf>"#;
        let trees = vec![load("serverConf.xml", xml.as_bytes()).tree.unwrap()];
        let eff = Effective::build(&trees);
        assert!(model(&trees, &eff, Assumptions::default()).is_none());
        assert_eq!(
            unusable_input(&eff).map(|(a, _)| a),
            Some("maxSpareServers")
        );
    }

    #[test]
    fn empty_stat_address_means_not_starting() {
        let trees = vec![load("serverConf.xml", b"<serverconf><mta/></serverconf>")
            .tree
            .unwrap()];
        let eff = Effective::build(&trees);
        let t = model(&trees, &eff, Assumptions::default()).unwrap();
        assert_eq!(t.bottleneck, Bottleneck::NotStarting);
    }
}
