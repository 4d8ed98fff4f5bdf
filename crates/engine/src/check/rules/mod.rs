//! The rules registry: one [`RULES`] slice, one value per rule (id, severity, category, fluent
//! keys, related KB articles, examples, detection). Slice order is documentation order.
//! [`RENAMED`] and [`RETIRED`] keep old ids meaningful forever.
//!
//! Fluent keys are derived from the id: message `rule-<id>` is the finding text (with the
//! rule's arguments), and its attributes `.title`, `.why` and `.fix` say what the rule
//! detects, why it matters for "quotas met" / "dynamic flow control", and how to fix it.
//! Detection functions read the loaded trees and the effective config, never bytes.

mod bounce;
mod dns;
mod input;
mod ipaffinity;
mod merge;
mod mta;
mod security;
mod structure;
mod tuning;
mod values;

mod ctx;
pub(crate) use ctx::{Ctx, Hit};
pub(crate) use ipaffinity::can_send;

use super::report::{Category, Severity};

/// How a rule finds its cases.
#[derive(Clone, Copy)]
pub(crate) enum Detect {
    /// Emitted by the loader while it reads the bytes (the `input-*` rules).
    Loader,
    /// Run over each merge group (the base files with one instance file) and its effective
    /// config; identical findings of several groups are reported once.
    Check(fn(&Ctx) -> Vec<Hit>),
    /// Run once over every accepted file together, for rules that compare instance files
    /// with each other. Such a rule reads the trees only: its `ctx.eff` is empty.
    Files(fn(&Ctx) -> Vec<Hit>),
}

/// One rule of the checker.
#[derive(Clone, Copy)]
pub struct Rule {
    /// Stable, never reused (see [`RENAMED`], [`RETIRED`]).
    pub id: &'static str,
    /// The usual severity.
    pub severity: Severity,
    /// The other severities a finding of this rule takes when its case calls for it (a file
    /// decoded as declared is only info; a session count of 0 stops the MTA: an error).
    pub also: &'static [Severity],
    /// The part of the config it looks at.
    pub category: Category,
    /// Related article ids of the bundled KB.
    pub articles: &'static [&'static str],
    /// A configuration that triggers the rule, for `kbbot explain`.
    pub bad_example: Option<&'static str>,
    /// The same configuration, corrected.
    pub good_example: Option<&'static str>,
    pub(crate) detect: Detect,
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

impl Rule {
    /// The fluent message id of this rule's finding text (`rule-<id>`).
    pub fn message_id(&self) -> String {
        format!("rule-{}", self.id)
    }

    /// The fluent attributes every rule message carries.
    pub const ATTRIBUTES: [&'static str; 3] = ["title", "why", "fix"];
}

/// The KB articles (ids of the bundled KB) the rules link to.
pub(crate) mod kb {
    pub const QUOTAS_MET: &str = "KA-22154";
    pub const FLOW_CONTROL: &str = "KA-21165";
    pub const INVALID_DOMAIN: &str = "KB-0003";
    pub const UNREACHABLE: &str = "KB-0006";
    pub const NOT_CONNECTED: &str = "KB-0007";
    pub const USER_UNKNOWN: &str = "KB-0001";
    pub const BOUNCES: &str = "KB-0011";
    pub const TLS: &str = "KB-0012";
    pub const STAT_SERVER: &str = "KB-0013";
    pub const MX_RULES: &str = "KB-0014";
    pub const IP_AFFINITY: &str = "KB-0015";
    pub const ENHANCED_MTA: &str = "KB-0016";
}

/// Every rule, in documentation order.
pub static RULES: &[Rule] = &[
    input::TOO_LARGE,
    input::NOT_XML,
    input::DOCTYPE,
    input::TOO_DEEP,
    input::ENCODING,
    input::SMART_QUOTES,
    input::NOT_WELL_FORMED,
    input::HTML_ESCAPED,
    input::WRONG_ROOT,
    input::FRAGMENT,
    input::UNREADABLE,
    structure::MODULE_INSIDE_SHARED,
    structure::SHARED_OUTSIDE_SHARED,
    structure::IP_OUTSIDE_AFFINITY,
    structure::UNDERSCORE,
    structure::UNKNOWN_ATTRIBUTE,
    structure::ELEMENT_CASE,
    structure::COMMENTED_OUT,
    values::DUPLICATE_ELEMENT,
    mta::STAT_MISSING,
    mta::STAT_INVALID,
    mta::STAT_PORT_MISMATCH,
    mta::STAT_NOT_LOCAL,
    mta::STAT_MULTIPLE,
    mta::MOMENTUM,
    mta::VERIFY_MODE,
    mta::AUTOSTART_OFF,
    mta::ENABLE_TLS,
    mta::STAT_TLS,
    mta::BOOLEAN,
    values::NUMBER,
    tuning::MAX_SPARE,
    tuning::SPARE_INCONSISTENT,
    tuning::MAX_SESSIONS,
    tuning::MEMORY_BUDGET,
    tuning::MAX_AGE,
    tuning::INITIAL_DELAY,
    tuning::RELAY,
    tuning::ERROR_STATS,
    tuning::RETRY_LOST,
    tuning::DEBUG_PATH,
    tuning::MEMORY_LIMITS,
    ipaffinity::PUBLIC_ID_MISSING,
    ipaffinity::PUBLIC_ID_NOT_NUMERIC,
    ipaffinity::HELO_INCONSISTENT,
    ipaffinity::ADDRESS_INVALID,
    ipaffinity::PLACEHOLDER,
    ipaffinity::WEIGHT_INVALID,
    ipaffinity::INCLUDE_EXCLUDE,
    ipaffinity::DOMAIN_WITHOUT_IP,
    ipaffinity::EMPTY,
    ipaffinity::NAME_INVALID,
    ipaffinity::DUPLICATE_NAME,
    ipaffinity::SINGLE_IP,
    ipaffinity::HELO_MISSING,
    dns::NAME_SERVERS,
    dns::TIMEOUTS,
    bounce::INMAIL_OFF,
    bounce::CHECK_INSTANCE,
    security::PLAINTEXT_DB,
    security::INTERNAL_PASSWORD,
    security::SECRET_PRESENT,
    security::ZONE_PERMISSIVE,
    security::URL_PERMISSIVE,
    security::CHECK_IP_CONSISTENT_OFF,
    security::INFRA_DISCLOSURE,
    merge::OVERRIDE,
    merge::DEFAULT_APPLIED,
    merge::QUOTA_EXPLAINER,
];

/// Old id -> current id. Empty so far; entries are added, never removed.
pub static RENAMED: &[(&str, &str)] = &[];

/// Ids no longer produced, with the fluent message id that explains why. Never reused.
pub static RETIRED: &[(&str, &str)] = &[];

/// What an id resolves to.
#[derive(Clone, Copy, Debug)]
pub enum Lookup {
    /// The id is this rule's.
    Rule(&'static Rule),
    /// The id was renamed to this rule.
    Renamed(&'static str, &'static Rule),
    /// The id was retired; the fluent message id explains why.
    Retired(&'static str, &'static str),
}

/// Finds a rule by id (case-insensitive), following [`RENAMED`] and [`RETIRED`].
pub fn lookup(id: &str) -> Option<Lookup> {
    let by_id = |id: &str| RULES.iter().find(|r| r.id.eq_ignore_ascii_case(id));
    if let Some(r) = by_id(id) {
        return Some(Lookup::Rule(r));
    }
    if let Some((old, new)) = RENAMED.iter().find(|(old, _)| old.eq_ignore_ascii_case(id)) {
        return by_id(new).map(|r| Lookup::Renamed(old, r));
    }
    RETIRED
        .iter()
        .find(|(old, _)| old.eq_ignore_ascii_case(id))
        .map(|(old, why)| Lookup::Retired(old, why))
}

/// The rule with exactly this id (internal: ids come from the registry itself).
#[cfg(test)]
pub(crate) fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

#[cfg(test)]
mod tests;
