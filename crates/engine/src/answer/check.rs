//! Rendering a check [`Report`] in one language: compiler-style text (optionally coloured),
//! Markdown for chat front ends, JSON, and SARIF 2.1.0 for CI; the rule list and the rule
//! explanations of `kbbot rules` / `kbbot explain` are in `check/rules.rs`, the JSON in
//! `check/json.rs`.
//!
//! Owns the output types (the only `Serialize` types of the checker). Every word comes from
//! fluent; the report is already scrubbed of secrets, and nothing here adds values back.

use std::fmt::Write as _;

use anstyle::{AnsiColor, Style};

use crate::check::{Finding, Report, Rule, Severity, RULES};
use crate::i18n::{FluentValue, Localizer};
use crate::Lang;

mod json;
mod rules;
pub use json::to_json;
pub use rules::{render_explain, render_rules};

fn l10n() -> &'static Localizer {
    Localizer::bundled()
}

fn rule_of(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The finding's message, why and fix in `lang`.
pub struct FindingText {
    /// What the finding is, in the reader's language.
    pub message: String,
    /// Why it matters.
    pub why: String,
    /// How to fix it.
    pub fix: String,
    /// The KB articles it relates to.
    pub articles: Vec<&'static str>,
}

/// Localises one finding.
pub fn finding_text(f: &Finding, lang: Lang) -> FindingText {
    let id = format!("rule-{}", f.rule);
    let args: Vec<(&str, FluentValue)> = f
        .args
        .iter()
        .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
        .collect();
    let l = l10n();
    FindingText {
        message: l.msg(lang, &id, &args),
        why: l.attr(lang, &id, "why", &args).unwrap_or_default(),
        fix: l.attr(lang, &id, "fix", &args).unwrap_or_default(),
        articles: rule_of(f.rule)
            .map(|r| r.articles.to_vec())
            .unwrap_or_default(),
    }
}

fn severity_word(s: Severity, lang: Lang) -> String {
    l10n().msg(lang, &format!("check-severity-{}", s.name()), &[])
}

fn style_of(s: Severity) -> Style {
    let color = match s {
        Severity::Error => AnsiColor::Red,
        Severity::Security => AnsiColor::Magenta,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().fg_color(Some(color.into())).bold()
}

fn location(f: &Finding) -> String {
    match (f.line, f.column) {
        (Some(l), Some(c)) => format!("{}:{l}:{c}", f.file),
        (Some(l), None) => format!("{}:{l}", f.file),
        _ => f.file.clone(),
    }
}

fn counts(report: &Report) -> [(&'static str, FluentValue<'static>); 5] {
    let n = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count() as i64;
    [
        ("files", FluentValue::from(report.files.len() as i64)),
        ("errors", FluentValue::from(n(Severity::Error))),
        ("warnings", FluentValue::from(n(Severity::Warning))),
        ("security", FluentValue::from(n(Severity::Security))),
        ("infos", FluentValue::from(n(Severity::Info))),
    ]
}

/// Compiler-style text: `file:line:col: severity[id]: message`, then why, fix and articles.
/// With `color`, severities carry ANSI styles (the caller strips them off a non-terminal).
pub fn render_text(report: &Report, lang: Lang, color: bool) -> String {
    let l = l10n();
    let mut out = String::new();
    let (why_l, fix_l, art_l) = (
        l.msg(lang, "check-label-why", &[]),
        l.msg(lang, "check-label-fix", &[]),
        l.msg(lang, "check-label-articles", &[]),
    );
    for f in &report.findings {
        let t = finding_text(f, lang);
        let sev = severity_word(f.severity, lang);
        let (on, off) = if color {
            let s = style_of(f.severity);
            (format!("{}", s.render()), format!("{}", s.render_reset()))
        } else {
            (String::new(), String::new())
        };
        let _ = writeln!(
            out,
            "{}: {on}{sev}[{}]{off}: {}",
            location(f),
            f.rule,
            t.message
        );
        let _ = writeln!(out, "  {why_l}: {}", t.why);
        let _ = writeln!(out, "  {fix_l}: {}", t.fix);
        if !t.articles.is_empty() {
            let _ = writeln!(out, "  {art_l}: {}", t.articles.join(", "));
        }
    }
    footer(report, lang, &mut out);
    out
}

/// Which file was read as what, once there are several: the figures depend on it, and a
/// name that says nothing (`-`, `inst.xml`) must not change them silently.
fn roles_line(report: &Report, lang: Lang) -> Option<String> {
    if report.roles.len() < 2 {
        return None;
    }
    let l = l10n();
    let files: Vec<String> = report
        .roles
        .iter()
        .map(|r| {
            let instance = if r.instance { "yes" } else { "no" };
            l.msg(
                lang,
                "check-role",
                &[
                    ("file", FluentValue::from(r.file.as_str())),
                    ("instance", FluentValue::from(instance)),
                    ("basis", FluentValue::from(r.basis.name())),
                ],
            )
        })
        .collect();
    Some(l.msg(lang, "check-roles", &[("files", files.join(", ").into())]))
}

fn footer(report: &Report, lang: Lang, out: &mut String) {
    let l = l10n();
    if let Some(line) = roles_line(report, lang) {
        let _ = writeln!(out, "{line}");
    }
    if !report.refused.is_empty() {
        let files = report.refused.join(", ");
        let _ = writeln!(
            out,
            "{}",
            l.msg(lang, "check-refused", &[("files", files.into())])
        );
    }
    if report.partial {
        let _ = writeln!(out, "{}", l.msg(lang, "check-partial", &[]));
    }
    let _ = writeln!(out, "{}", l.msg(lang, "check-summary", &counts(report)));
    if report.outcome() == crate::check::Outcome::Clean {
        let _ = writeln!(out, "{}", l.msg(lang, "check-clean", &[]));
    }
}

/// Markdown for chat front ends: one bullet per finding, most serious first.
pub fn render_markdown(report: &Report, lang: Lang) -> String {
    let l = l10n();
    let mut out = String::new();
    let mut sorted: Vec<&Finding> = report.findings.iter().collect();
    sorted.sort_by_key(|f| std::cmp::Reverse(f.severity));
    for f in sorted {
        let t = finding_text(f, lang);
        let _ = writeln!(
            out,
            "- **{}** `{}` `{}`: {}\n  {}: {}\n  {}: {}",
            severity_word(f.severity, lang),
            f.rule,
            location(f),
            t.message,
            l.msg(lang, "check-label-why", &[]),
            t.why,
            l.msg(lang, "check-label-fix", &[]),
            t.fix
        );
        if !t.articles.is_empty() {
            let _ = writeln!(
                out,
                "  {}: {}",
                l.msg(lang, "check-label-articles", &[]),
                t.articles.join(", ")
            );
        }
    }
    footer(report, lang, &mut out);
    out
}

/// A file name as SARIF's `artifactLocation.uri` wants it, a URI reference: every byte
/// outside RFC 3986's unreserved set and `/` percent-encoded (a space or a `#` would make
/// another reference, or an invalid one), Windows separators made `/`.
fn uri_reference(name: &str) -> String {
    const ESCAPED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~')
        .remove(b'/');
    percent_encoding::utf8_percent_encode(&name.replace('\\', "/"), ESCAPED).to_string()
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error | Severity::Security => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A SARIF 2.1.0 log for CI pipelines: every rule in the driver, one result per finding.
pub fn to_sarif(report: &Report, lang: Lang) -> serde_json::Value {
    use serde_json::json;
    let l = l10n();
    let rules: Vec<_> = RULES
        .iter()
        .map(|r| {
            let id = r.message_id();
            json!({
                "id": r.id,
                "shortDescription": { "text": l.attr(lang, &id, "title", &[]).unwrap_or_default() },
                "fullDescription": { "text": l.attr(lang, &id, "why", &[]).unwrap_or_default() },
                "help": { "text": l.attr(lang, &id, "fix", &[]).unwrap_or_default() },
                "defaultConfiguration": { "level": sarif_level(r.severity) },
                "properties": {
                    "category": r.category.name(),
                    "severity": r.severity.name(),
                    "articles": r.articles,
                },
            })
        })
        .collect();
    let results: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            let t = finding_text(f, lang);
            let mut region = serde_json::Map::new();
            if let Some(line) = f.line {
                region.insert("startLine".into(), json!(line));
                if let Some(c) = f.column {
                    region.insert("startColumn".into(), json!(c));
                }
            }
            let mut physical = json!({ "artifactLocation": { "uri": uri_reference(&f.file) } });
            if !region.is_empty() {
                physical["region"] = serde_json::Value::Object(region);
            }
            json!({
                "ruleId": f.rule,
                "ruleIndex": RULES.iter().position(|r| r.id == f.rule),
                "level": sarif_level(f.severity),
                "message": { "text": format!("{} ({})", t.message, t.fix) },
                "locations": [{ "physicalLocation": physical }],
                "properties": { "severity": f.severity.name(), "articles": t.articles },
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "kbbot",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "language": lang.code(),
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{check_files, Input};

    fn report() -> Report {
        check_files(&[Input {
            name: "config-prod.xml",
            bytes: br#"<serverconf><mta autoStart="true"><relay address="relay.example.com"/></mta></serverconf>"#,
        }])
    }

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(
            uri_reference("/tmp/my conf#1.xml"),
            "/tmp/my%20conf%231.xml"
        );
        assert_eq!(uri_reference("config-prod.xml"), "config-prod.xml");
        assert_eq!(uri_reference("conf\\é.xml"), "conf/%C3%A9.xml");
    }

    #[test]
    fn text_is_compiler_style_in_every_language() {
        let r = report();
        for lang in Lang::ALL {
            let text = render_text(&r, lang, false);
            assert!(text.contains("config-prod.xml:1:"), "{lang}: {text}");
            assert!(
                text.contains("[statServerAddress-missing]"),
                "{lang}: {text}"
            );
            assert!(
                !text.contains("rule-"),
                "{lang}: untranslated key in {text}"
            );
        }
    }

    #[test]
    fn json_and_sarif_shapes() {
        let r = report();
        let j = to_json(&r, Lang::Fr);
        assert!(j["findings"].as_array().is_some_and(|a| !a.is_empty()));
        assert_eq!(j["effective"]["serverconf/mta/relay@address"]["line"], 1);
        assert_eq!(
            j["effective"]["serverconf/mta/master@maxSpareServers"]["default"],
            true
        );
        let s = to_sarif(&r, Lang::En);
        assert_eq!(s["version"], "2.1.0");
        let first = &s["runs"][0]["results"][0];
        assert!(first["ruleId"].is_string());
        assert!(
            first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                == "config-prod.xml"
        );
    }

    #[test]
    fn explain_every_rule_in_every_language() {
        for r in RULES {
            for lang in Lang::ALL {
                let text = render_explain(r.id, lang).expect("known id");
                assert!(text.starts_with(r.id), "{text}");
                assert!(!text.contains(&r.message_id()), "{lang}: {text}");
            }
        }
        assert!(render_explain("no-such-rule", Lang::En).is_none());
    }
}
