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

pub(crate) use ipaffinity::can_send;

use super::config::{Effective, Val};
use super::report::{Category, Severity};
use super::throughput::Throughput;
use super::tree::{Attr, Elem, Tree};

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
    /// The usual severity; a finding may be milder or harsher (documented in `.why`).
    pub severity: Severity,
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

/// What detection functions read.
pub(crate) struct Ctx<'a> {
    pub trees: &'a [Tree],
    pub eff: &'a Effective,
    /// At least one file has a `<serverconf>` root: "missing" findings are meaningful.
    pub complete: bool,
    pub throughput: Option<&'a Throughput>,
    /// When several instance files were given, the one this group checks (index in `trees`):
    /// a finding about a value no file sets is placed in it, so the reader knows which
    /// instance lacks the value.
    pub instance: Option<usize>,
}

/// A place a rule fired, with its message arguments.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub tree: usize,
    pub line: Option<u32>,
    pub col: Option<u32>,
    pub args: Vec<(&'static str, String)>,
    pub severity: Option<Severity>,
    /// The hit is about a value no file sets. A fragment proves nothing about what it does
    /// not contain, so such hits are dropped when the group has no complete file.
    pub missing: bool,
}

impl Hit {
    /// A hit at a place, with no arguments yet.
    pub fn at(tree: usize, line: Option<u32>, col: Option<u32>) -> Hit {
        Hit {
            tree,
            line,
            col,
            args: Vec::new(),
            severity: None,
            missing: false,
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Hit {
        self.args.push((name, value.to_string()));
        self
    }

    pub fn severity(mut self, s: Severity) -> Hit {
        self.severity = Some(s);
        self
    }
}

impl<'a> Ctx<'a> {
    /// Every element of every tree, with its tree index.
    pub fn elems(&self) -> impl Iterator<Item = (usize, &'a Elem)> + 'a {
        self.trees
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.elems.iter().map(move |e| (i, e)))
    }

    /// Elements at exactly `path`.
    pub fn at(&self, path: &'a str) -> impl Iterator<Item = (usize, &'a Elem)> + 'a {
        self.elems().filter(move |(_, e)| e.path == path)
    }

    /// Whether any tree has an element at `path` or below.
    pub fn section_seen(&self, path: &str) -> bool {
        self.elems()
            .any(|(_, e)| e.path == path || e.path.starts_with(&format!("{path}/")))
    }

    /// A hit on an element.
    pub fn on_elem(&self, tree: usize, e: &Elem) -> Hit {
        Hit::at(tree, Some(e.line), Some(e.col))
    }

    /// A hit on an attribute already in hand (no lookup by name: an element may have
    /// thousands of attributes, and rules walk all of them).
    pub fn on_a(&self, tree: usize, a: &Attr) -> Hit {
        Hit::at(tree, Some(a.line), Some(a.col))
    }

    /// A hit on one attribute of an element.
    pub fn on_attr(&self, tree: usize, e: &Elem, attr: &str) -> Hit {
        match e.attr(attr) {
            Some(a) => Hit::at(tree, Some(a.line), Some(a.col)),
            None => self.on_elem(tree, e),
        }
    }

    /// A hit on an effective value: where it was set, else (the value comes from no file, so
    /// the hit is marked `missing`) on the section that should have set it.
    pub fn on_val(&self, val: Option<&Val>, path: &str) -> Hit {
        if let Some(Val {
            tree: Some(t),
            line,
            col,
            ..
        }) = val
        {
            return Hit::at(*t, Some(*line), Some(*col));
        }
        Hit {
            missing: true,
            ..self.on_section(path)
        }
    }

    /// A hit on the section at `path` where a fix would go: in this group's instance file when
    /// several were given, else the last element at `path` (preferring an instance file), else
    /// its closest ancestor, else the first complete file.
    pub fn on_section(&self, path: &str) -> Hit {
        let mut owner = path;
        loop {
            let found = match self.instance {
                Some(i) => self.trees[i]
                    .elems
                    .iter()
                    .rfind(|e| e.path == owner)
                    .map(|e| (i, e)),
                None => self
                    .elems()
                    .filter(|(_, e)| e.path == owner)
                    .max_by_key(|(t, _)| self.trees[*t].role == super::tree::Role::Instance),
            };
            if let Some((t, e)) = found {
                return self.on_elem(t, e);
            }
            match owner.rfind('/') {
                Some(i) => owner = &owner[..i],
                None => break,
            }
        }
        let t = self
            .instance
            .or_else(|| self.trees.iter().position(|t| !t.partial))
            .unwrap_or(0);
        Hit::at(t, None, None)
    }

    /// The effective boolean at `path@attr` (`None` when unset without default or invalid).
    pub fn flag(&self, path: &str, attr: &str) -> Option<bool> {
        self.eff
            .get(path, attr)
            .and_then(|v| super::schema::parse_bool(v.value.trim()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for r in RULES {
            assert!(
                seen.insert(r.id.to_ascii_lowercase()),
                "duplicate id {}",
                r.id
            );
            assert!(
                r.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                    && !r.id.starts_with('-')
                    && !r.id.ends_with('-'),
                "id {} is not kebab-case",
                r.id
            );
        }
        for (old, new) in RENAMED {
            assert!(rule(new).is_some(), "{old} renamed to unknown {new}");
            assert!(rule(old).is_none(), "{old} is both renamed and live");
        }
        for (old, _) in RETIRED {
            assert!(rule(old).is_none(), "{old} is both retired and live");
        }
    }

    #[test]
    fn every_rule_has_its_messages_in_all_five_languages() {
        let l10n = crate::i18n::Localizer::bundled();
        for r in RULES {
            for lang in crate::Lang::ALL {
                let id = r.message_id();
                assert!(l10n.has(lang, &id), "{lang}: missing {id}");
                for attr in Rule::ATTRIBUTES {
                    assert!(
                        l10n.attr(lang, &id, attr, &[]).is_some(),
                        "{lang}: {id} has no .{attr}"
                    );
                }
            }
        }
    }

    #[test]
    fn articles_are_known_ids() {
        for r in RULES {
            for a in r.articles {
                assert!(
                    a.starts_with("KB-00") || a.starts_with("KA-"),
                    "{}: odd article id {a}",
                    r.id
                );
            }
        }
    }

    #[test]
    fn lookup_is_case_insensitive() {
        assert!(
            matches!(lookup("INPUT-TOO-DEEP"), Some(Lookup::Rule(r)) if r.id == "input-too-deep")
        );
        assert!(lookup("no-such-rule").is_none());
    }
}
