//! Check: safe loading of hostile XML configs, the effective config model (serverConf.xml
//! merged with each config-<instance>.xml on its own, with the file and line of every value),
//! the rules registry, the throughput model, and secret detection and redaction.
//!
//! **Invariant:** no I/O beyond the bytes given; never reads the network; never returns,
//! logs or stores a secret's value. Findings are values: a refused input is a [`Report`]
//! with an `input-*` finding, never an `Err` and never a panic.
//!
//! ```
//! use kbbot_engine::check::{check_files, Input, Outcome};
//! let xml = br#"<serverconf><mta autoStart="true"/></serverconf>"#;
//! let report = check_files(&[Input { name: "config-prod.xml", bytes: xml }]);
//! assert_eq!(report.outcome(), Outcome::Problems);
//! assert!(report.findings_of("statServerAddress-missing").next().is_some());
//! ```

mod config;
mod decode;
mod load;
mod redact;
mod report;
mod role;
mod rules;
mod run;
mod scan;
mod schema;
mod secrets;
mod source;
mod throughput;
mod tree;

use config::Effective;
use secrets::{is_secret_attr, Secrets, REDACTED};

pub use load::MAX_INPUT_BYTES;
/// The one credential scrubber, for every journey that may echo text a user gave (a pasted
/// log as much as a checked file): blanks each credential where it is.
pub use redact::redact as redact_credentials;
pub use report::{
    Category, EffectiveValue, Finding, InstanceResult, Origin, Outcome, Report, Severity,
};
pub use role::{is_config_name, FileRole, RoleBasis};
pub use rules::{lookup, Lookup, Rule, RENAMED, RETIRED, RULES};
pub use source::{ReadFailure, Source};
pub use throughput::{Assumptions, Bottleneck, Throughput};

/// One attached file: its name (used for the role: `config-*.xml` is an instance file) and
/// its raw bytes.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The file's name (`serverConf.xml`, `config-prod.xml`, `-`).
    pub name: &'a str,
    /// Its bytes, as read.
    pub bytes: &'a [u8],
}

/// What a check may be told beyond the files.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// MX-side figures for the quota explainer (the files cannot tell them).
    pub assumptions: Assumptions,
    /// Names of inputs to read as instance files whatever their names say.
    pub instance_files: Vec<String>,
}

/// Checks a set of files with default [`Options`].
pub fn check_files(inputs: &[Input]) -> Report {
    check_files_with(inputs, &Options::default())
}

/// Checks a set of files: loads each safely, merges them, runs every rule, and returns a
/// report whose findings and effective values are already scrubbed of secrets.
pub fn check_files_with(inputs: &[Input], opts: &Options) -> Report {
    let sources: Vec<Source> = inputs
        .iter()
        .map(|&input| Source::Read { input, size: None })
        .collect();
    check_sources(&sources, opts)
}

/// [`check_files_with`] for inputs as a front end obtained them: some maybe read only in part
/// (with their real size), some not readable at all. An unreadable file is refused with an
/// `input-unreadable` finding; the others are checked all the same.
pub fn check_sources(sources: &[Source], opts: &Options) -> Report {
    let mut report = Report {
        files: sources.iter().map(|s| s.name().to_string()).collect(),
        ..Report::default()
    };
    let mut trees = Vec::new();
    for source in sources {
        match *source {
            Source::Read { input, size } => {
                let mut loaded = load::load(input.name, input.bytes);
                source::restate_too_large(&mut loaded.findings, input.bytes.len(), size);
                if loaded.tree.is_none() {
                    report.refused.push(input.name.to_string());
                }
                report.findings.extend(loaded.findings);
                trees.extend(loaded.tree);
            }
            Source::Unreadable { name, reason } => {
                report.refused.push(name.to_string());
                report.findings.push(source::unreadable(name, reason));
            }
        }
    }
    report.partial = !report.refused.is_empty() || trees.iter().any(|t| t.partial);
    report.roles = role::assign(&mut trees, &opts.instance_files);
    let secrets = Secrets::collect(&trees);
    if trees.is_empty() {
        return finish(report, &secrets, &[]);
    }
    let (findings, mut groups) = run::run(&trees, opts);
    report.findings.extend(findings);
    if groups.len() == 1 {
        if let Some(g) = groups.pop() {
            report.effective = g.effective;
            report.throughput = g.throughput;
        }
    } else {
        // No single effective config exists: the top level shows what every instance shares
        // (the base files), and each instance's own view is in `instances`.
        let bases: Vec<tree::Tree> = trees
            .iter()
            .filter(|t| t.role == tree::Role::Base)
            .cloned()
            .collect();
        report.effective = effective_values(&bases, &Effective::build(&bases));
        report.instances = groups
            .into_iter()
            .map(|g| InstanceResult {
                file: g.instance.unwrap_or_default(),
                effective: g.effective,
                throughput: g.throughput,
            })
            .collect();
    }
    finish(report, &secrets, &trees)
}

/// Orders the findings and scrubs every string that could carry a secret.
fn finish(mut report: Report, secrets: &Secrets, _trees: &[tree::Tree]) -> Report {
    let order = |name: &str| {
        report
            .files
            .iter()
            .position(|f| f == name)
            .unwrap_or(usize::MAX)
    };
    let mut findings = std::mem::take(&mut report.findings);
    findings.sort_by_key(|f| (order(&f.file), f.line.unwrap_or(0), f.column.unwrap_or(0)));
    // Every argument and value, whatever the rule: a credential is blanked where it is, and
    // a value repeating a secret of the files is blanked whole. Linear in the report's size.
    for f in &mut findings {
        for (_, v) in &mut f.args {
            *v = secrets.scrub(v);
        }
    }
    let instances = report
        .instances
        .iter_mut()
        .flat_map(|i| i.effective.iter_mut());
    for e in report.effective.iter_mut().chain(instances) {
        e.value = secrets.scrub(&e.value);
    }
    report.findings = findings;
    report
}

/// The effective values worth showing: everything set in a file, plus the documented
/// defaults of the MTA, stat and DNS sections (the ones the quota pipeline reads).
pub(crate) fn effective_values(trees: &[tree::Tree], eff: &Effective) -> Vec<EffectiveValue> {
    let mut out = Vec::new();
    let origin = |v: &config::Val| match v.tree.and_then(|t| trees.get(t)) {
        Some(t) => Origin::File {
            file: t.file.clone(),
            line: v.line,
        },
        None => Origin::Default,
    };
    let shown = |path: &str, attr: &str, value: &str| {
        if is_secret_attr(path, attr) && secrets::is_secret_value(value) {
            REDACTED.to_string()
        } else {
            value.to_string()
        }
    };
    for (path, attr, v) in eff.iter_set() {
        out.push(EffectiveValue {
            path: path.to_string(),
            attribute: attr.to_string(),
            value: shown(path, attr, &v.value),
            origin: origin(v),
        });
    }
    const DEFAULTED: &[&str] = &[
        "serverconf/mta",
        "serverconf/mta/master",
        "serverconf/mta/child",
        "serverconf/mta/child/smtp",
        "serverconf/mta/relay",
        "serverconf/stat",
        "serverconf/inMail",
        "serverconf/shared/dnsConfig",
    ];
    for path in DEFAULTED {
        for p in schema::schema().params_of(path) {
            if eff.set_value(path, p.attr).is_some() {
                continue;
            }
            if let Some(d) = p.default {
                out.push(EffectiveValue {
                    path: p.path.to_string(),
                    attribute: p.attr.to_string(),
                    value: d.to_string(),
                    origin: Origin::Default,
                });
            }
        }
    }
    out.sort_by(|a, b| (&a.path, &a.attribute).cmp(&(&b.path, &b.attribute)));
    out
}
