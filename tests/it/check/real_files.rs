//! What a QA pass found on real files (issue 15): the extra `fail-*.xml` / `pass-*.xml`
//! fixtures beside each rule's own, Adobe's stock layout, fragments, encodings, messages.

use std::fs;

use kbbot_engine::answer::check::{finding_text, render_text};
use kbbot_engine::check::{check_files, Input, Outcome, Severity, RULES};
use kbbot_engine::Lang;

use super::{check_path, fixtures};
use crate::util;

/// Beside `fail.xml` and `pass.xml`, a rule directory may hold more cases: every
/// `fail-*.xml` must make the rule fire, no `pass-*.xml` may.
#[test]
fn every_extra_fail_fixture_fires_and_no_extra_pass_fixture_does() {
    let mut problems = Vec::new();
    let mut seen = 0;
    for rule in RULES {
        let Ok(entries) = fs::read_dir(fixtures().join(rule.id)) else {
            continue;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let fail = name.starts_with("fail-");
            if !(fail || name.starts_with("pass-")) {
                continue;
            }
            seen += 1;
            let r = check_path(&entry.path());
            let fired = r.findings_of(rule.id).next().is_some();
            if fired != fail {
                problems.push(format!(
                    "{}/{name}: fired={fired}: {:?}",
                    rule.id, r.findings
                ));
            }
        }
    }
    assert!(seen >= 10, "extra fixtures not found");
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

/// A serverConf.xml laid out like Adobe's stock file (every section, every documented
/// attribute at its shipped default or empty) is clean: exit 0, nothing above info.
#[test]
fn the_stock_layout_is_clean() {
    let dir = fixtures().join("stock");
    let r = check_path(&dir);
    let loud: Vec<_> = r
        .findings
        .iter()
        .filter(|f| f.severity > Severity::Info)
        .collect();
    assert!(loud.is_empty(), "{loud:#?}");
    let file = dir.join("serverConf.xml");
    let out = util::kbbot(&["check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", util::stdout(&out));
}

#[test]
fn the_quota_explainer_of_a_fragment_without_mta_points_at_a_line() {
    let r = check_path(&fixtures().join("quota-explainer/fragment-no-mta.xml"));
    let f = r.findings_of("quota-explainer").next().expect("explained");
    assert_eq!(f.line, Some(1), "{f:?}");
}

#[test]
fn an_ip_without_address_is_not_named_with_an_empty_one() {
    let r = check_path(&fixtures().join("publicId-missing/fail-empty-address.xml"));
    let f = r.findings_of("publicId-missing").next().expect("fires");
    for lang in Lang::ALL {
        let text = finding_text(f, lang).message;
        assert!(!text.contains("  "), "{lang}: {text}");
    }
}

#[test]
fn a_utf32_file_is_said_to_be_utf32() {
    let r = check_path(&fixtures().join("input-encoding/utf32le.xml"));
    let f = r.findings_of("input-encoding").next().expect("noted");
    assert_eq!(f.arg("encoding"), Some("UTF-32LE"));
    assert_eq!(f.severity, Severity::Info);
    let v = r.effective.iter().find(|e| e.attribute == "localDomain");
    assert_eq!(v.map(|e| e.value.as_str()), Some("société.example.com"));
}

#[test]
fn a_switched_off_mta_is_not_said_not_to_start_for_want_of_an_address() {
    let xml = b"<serverconf>\n<mta autoStart=\"false\"/>\n</serverconf>";
    let r = check_files(&[Input {
        name: "config-mkt.xml",
        bytes: xml,
    }]);
    assert!(r.findings_of("statServerAddress-missing").next().is_none());
    let t = r.throughput.as_ref().expect("figures");
    assert_ne!(t.bottleneck.name(), "not-starting");
    assert_eq!(r.outcome(), Outcome::Clean, "{:?}", r.findings);
    assert!(!render_text(&r, Lang::En, false).contains("will not start"));
}

#[test]
fn quota_options_that_make_no_sense_are_usage_errors() {
    let file = fixtures().join("clean/config-prod.xml");
    let file = file.to_str().unwrap();
    for bad in [
        &["--messages-per-hour", "11"][..],
        &["--mx-ips", "0"][..],
        &["--max-connections", "0"][..],
        &["--lang", "xx"][..],
    ] {
        let mut args = vec!["check", file, "--format", "json"];
        args.extend_from_slice(bad);
        let out = util::kbbot(&args);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(util::stdout(&out).is_empty(), "{bad:?}");
        assert!(!util::stderr(&out).is_empty(), "{bad:?}");
    }
    let help = util::stdout(&util::kbbot(&["check", "--help"]));
    assert!(help.contains("usage error"), "{help}");
    let out = util::kbbot(&[
        "check",
        file,
        "--messages-per-hour",
        "12",
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&util::stdout(&out)).unwrap();
    assert_eq!(v["throughput"]["per_slice"], 1);
}
