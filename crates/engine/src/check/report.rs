//! The values a check produces: [`Finding`], [`Report`], [`Severity`], [`Outcome`].
//!
//! Owns the language-neutral result of a check. Holds message *arguments*, never rendered
//! text: rendering in a language is `answer::check`'s job. Never holds a secret's value
//! (the engine scrubs arguments and effective values before a report leaves `check`).

use std::fmt;

use super::throughput::Throughput;

/// How bad a finding is. Ordered from least to most serious for the exit code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Context or a hint; never changes the exit code.
    Info,
    /// Likely to cause throttling or quota problems, or simply wrong.
    Warning,
    /// Credentials or exposure in the attachment.
    Security,
    /// The config is broken, the MTA will not send, or the input was refused.
    Error,
}

impl Severity {
    /// The stable name used in JSON, SARIF properties and fluent keys (`severity-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Security => "security",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The topic group a rule belongs to (the sections of the checker ideas).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Reading the file: size, encoding, XML.
    Input,
    /// The file's shape: roots, sections, duplicates.
    Structure,
    /// The mta module and its children.
    Mta,
    /// IP affinity: the sending IPs and their domains.
    IpAffinity,
    /// Name servers and DNS timeouts.
    Dns,
    /// Bounce handling and error statistics.
    Bounce,
    /// Credentials, zones and permissions.
    Security,
    /// How serverConf and instance files override each other.
    Merge,
}

impl Category {
    /// The stable name used in JSON and fluent keys (`check-category-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            Category::Input => "input",
            Category::Structure => "structure",
            Category::Mta => "mta",
            Category::IpAffinity => "ip-affinity",
            Category::Dns => "dns",
            Category::Bounce => "bounce",
            Category::Security => "security",
            Category::Merge => "merge",
        }
    }
}

/// One finding: a rule that fired at a place in a file, with the values its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule id (see [`super::RULES`]).
    pub rule: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// The input name as given (`serverConf.xml`, `-`, ...).
    pub file: String,
    /// 1-based line, when the finding points at one.
    pub line: Option<u32>,
    /// 1-based column (in characters), when known.
    pub column: Option<u32>,
    /// Fluent arguments of the rule's message. Never a secret's value.
    pub args: Vec<(&'static str, String)>,
}

impl Finding {
    /// The value of message argument `name`, if the rule set it.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Where an effective value came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Set in this file, at this line.
    File {
        /// The file, as named in the report.
        file: String,
        /// The 1-based line.
        line: u32,
    },
    /// Not set anywhere: the documented default applies.
    Default,
}

/// One effective value of the merged config (`serverConf.xml` then `config-<instance>.xml`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EffectiveValue {
    /// Canonical element path, e.g. `serverconf/mta/child/smtp`.
    pub path: String,
    /// The attribute, as `element/@name`.
    pub attribute: String,
    /// The value, or a fixed placeholder for credentials.
    pub value: String,
    /// Where the value came from.
    pub origin: Origin,
}

/// What kind of answer a report deserves, for exit codes and front ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing above info.
    Clean,
    /// At least one warning, error or security finding.
    Problems,
    /// At least one input was refused (too large, not XML, DTD, ...).
    Refused,
}

/// The result of checking a set of files.
#[derive(Clone, Debug, Default)]
pub struct Report {
    /// The input names in the order given.
    pub files: Vec<String>,
    /// Some input was a fragment or was refused, so "missing X" findings were held back.
    pub partial: bool,
    /// Names of the inputs that were refused.
    pub refused: Vec<String>,
    /// Findings in file order, then line order.
    pub findings: Vec<Finding>,
    /// Effective values of the documented attributes that are set or have a default.
    pub effective: Vec<EffectiveValue>,
    /// The quota and concurrency model, when an MTA section (or its defaults) applies and
    /// there is one effective config (at most one instance file).
    pub throughput: Option<Throughput>,
    /// With several instance files, one entry per instance (in the order given): its effective
    /// config (the base files merged with that instance file alone) and its model. Empty
    /// otherwise; `effective` then holds what the base files set.
    pub instances: Vec<InstanceResult>,
    /// The part each readable file played in the merge, and what decided it.
    pub roles: Vec<super::FileRole>,
}

/// The effective config and the model of one instance, when several instance files were given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InstanceResult {
    /// The instance file's name as given.
    pub file: String,
    /// The value of every known attribute after the files are merged (credentials redacted).
    pub effective: Vec<EffectiveValue>,
    /// The sending capacity the effective config gives, when it has an mta.
    pub throughput: Option<Throughput>,
}

impl Report {
    /// Clean, problems found, or input refused (which wins).
    pub fn outcome(&self) -> Outcome {
        if !self.refused.is_empty() {
            Outcome::Refused
        } else if self.findings.iter().any(|f| f.severity > Severity::Info) {
            Outcome::Problems
        } else {
            Outcome::Clean
        }
    }

    /// The findings of one rule (handy in tests and front ends).
    pub fn findings_of<'a>(&'a self, rule: &'a str) -> impl Iterator<Item = &'a Finding> + 'a {
        self.findings.iter().filter(move |f| f.rule == rule)
    }
}
