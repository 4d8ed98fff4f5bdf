//! A check [`Report`] as JSON: findings in one language, the effective config, the quota
//! figures, and with several instance files each instance's own.

use std::collections::BTreeMap;

use serde::Serialize;

use super::finding_text;
use crate::check::{EffectiveValue, Origin, Report, Throughput};
use crate::Lang;

#[derive(Serialize)]
struct JsonReport<'a> {
    files: &'a [String],
    partial: bool,
    refused: &'a [String],
    /// What each readable file was read as (`base`, `instance`) and what decided it.
    roles: Vec<JsonRole<'a>>,
    outcome: &'static str,
    findings: Vec<JsonFinding>,
    effective: BTreeMap<String, JsonValue<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throughput: Option<JsonThroughput>,
    /// With several instance files, each one's effective config and figures.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    instances: Vec<JsonInstance<'a>>,
}

#[derive(Serialize)]
struct JsonRole<'a> {
    file: &'a str,
    role: &'static str,
    basis: &'static str,
}

#[derive(Serialize)]
struct JsonInstance<'a> {
    file: &'a str,
    effective: BTreeMap<String, JsonValue<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    throughput: Option<JsonThroughput>,
}

#[derive(Serialize)]
struct JsonFinding {
    id: &'static str,
    severity: &'static str,
    file: String,
    line: Option<u32>,
    column: Option<u32>,
    message: String,
    why: String,
    fix: String,
    articles: Vec<&'static str>,
}

#[derive(Serialize)]
struct JsonValue<'a> {
    value: &'a str,
    file: Option<&'a str>,
    line: Option<u32>,
    default: bool,
}

#[derive(Serialize)]
struct JsonThroughput {
    children: u64,
    sessions_per_child: u64,
    local_sessions: u64,
    public_ips: u64,
    assumed_mx_ips: u32,
    assumed_max_connections: u32,
    assumed_messages_per_hour: u32,
    paths: u64,
    mx_connections: u64,
    per_slice: u64,
    per_slice_per_ip: u64,
    bottleneck: &'static str,
}

/// The JSON document of `--format json`.
pub fn to_json(report: &Report, lang: Lang) -> serde_json::Value {
    let findings = report
        .findings
        .iter()
        .map(|f| {
            let t = finding_text(f, lang);
            JsonFinding {
                id: f.rule,
                severity: f.severity.name(),
                file: f.file.clone(),
                line: f.line,
                column: f.column,
                message: t.message,
                why: t.why,
                fix: t.fix,
                articles: t.articles,
            }
        })
        .collect();
    let effective = json_effective(&report.effective);
    let throughput = report.throughput.as_ref().map(json_throughput);
    let instances = report
        .instances
        .iter()
        .map(|i| JsonInstance {
            file: &i.file,
            effective: json_effective(&i.effective),
            throughput: i.throughput.as_ref().map(json_throughput),
        })
        .collect();
    let outcome = match report.outcome() {
        crate::check::Outcome::Clean => "clean",
        crate::check::Outcome::Problems => "problems",
        crate::check::Outcome::Refused => "refused",
    };
    serde_json::to_value(JsonReport {
        files: &report.files,
        partial: report.partial,
        refused: &report.refused,
        roles: report
            .roles
            .iter()
            .map(|r| JsonRole {
                file: &r.file,
                role: if r.instance { "instance" } else { "base" },
                basis: r.basis.name(),
            })
            .collect(),
        outcome,
        findings,
        effective,
        throughput,
        instances,
    })
    .unwrap_or(serde_json::Value::Null)
}

fn json_effective(values: &[EffectiveValue]) -> BTreeMap<String, JsonValue<'_>> {
    values
        .iter()
        .map(|e| {
            let key = format!("{}@{}", e.path, e.attribute);
            let (file, line) = match &e.origin {
                Origin::File { file, line } => (Some(file.as_str()), Some(*line)),
                Origin::Default => (None, None),
            };
            let v = JsonValue {
                value: &e.value,
                file,
                line,
                default: e.origin == Origin::Default,
            };
            (key, v)
        })
        .collect()
}

fn json_throughput(t: &Throughput) -> JsonThroughput {
    JsonThroughput {
        children: t.children,
        sessions_per_child: t.sessions_per_child,
        local_sessions: t.local_sessions,
        public_ips: t.public_ips,
        assumed_mx_ips: t.assumptions.mx_ips,
        assumed_max_connections: t.assumptions.max_connections,
        assumed_messages_per_hour: t.assumptions.messages_per_hour,
        paths: t.paths,
        mx_connections: t.mx_connections,
        per_slice: t.per_slice,
        per_slice_per_ip: t.per_slice_per_ip,
        bottleneck: t.bottleneck.name(),
    }
}
