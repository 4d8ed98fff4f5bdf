//! Which file is read as the instance file, and the quota chart, through the binary.

use std::fs;

use serde_json::Value;

use super::{json, write};
use crate::util;

const TWO_IPS_BASE: &str = r#"<serverconf>
  <shared>
    <IPAffinity name="default">
      <IP address="10.0.0.1" publicId="1" heloHost="a.example.com"/>
      <IP address="10.0.0.2" publicId="2" heloHost="b.example.com"/>
    </IPAffinity>
  </shared>
  <mta autoStart="true" statServerAddress="localhost"/>
  <stat autoStart="true"/>
</serverconf>
"#;

const ONE_IP_INSTANCE: &str = r#"<serverconf>
  <shared>
    <IPAffinity name="default">
      <IP address="10.0.0.9" publicId="9" heloHost="c.example.com"/>
    </IPAffinity>
  </shared>
  <mta autoStart="true"/>
</serverconf>
"#;

/// The quota figures and the roles of a two-file check, the instance's name made neutral.
fn figures(v: &Value, instance: &str) -> (Value, Vec<(String, String)>) {
    let roles = v["roles"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| (r["role"].to_string(), r["basis"].to_string()))
        .collect();
    let text = v["throughput"].to_string().replace(instance, "INSTANCE");
    (serde_json::from_str(&text).unwrap(), roles)
}

#[test]
fn an_unnamed_file_beside_server_conf_is_the_instance_file_and_the_report_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "serverConf.xml", TWO_IPS_BASE);
    write(d, "config-prod.xml", ONE_IP_INSTANCE);
    write(d, "inst.xml", ONE_IP_INSTANCE);
    let (_, named) = json(d, &["serverConf.xml", "config-prod.xml"]);
    let (_, unnamed) = json(d, &["serverConf.xml", "inst.xml"]);
    let (_, given) = json(d, &["serverConf.xml", "--instance", "inst.xml"]);
    let (named_tp, named_roles) = figures(&named, "config-prod.xml");
    // The instance's one IP replaces the base's two: 1 × 16 MX IPs.
    assert_eq!(named_tp["public_ips"], 1, "{named:#}");
    assert_eq!(figures(&unnamed, "inst.xml").0, named_tp, "{unnamed:#}");
    assert_eq!(figures(&given, "inst.xml").0, named_tp, "{given:#}");
    let basis = |roles: Vec<(String, String)>| roles.into_iter().map(|r| r.1).collect::<Vec<_>>();
    assert_eq!(basis(named_roles), [r#""name""#, r#""name""#]);
    assert_eq!(
        basis(figures(&unnamed, "inst.xml").1),
        [r#""name""#, r#""inferred""#]
    );
    assert_eq!(
        basis(figures(&given, "inst.xml").1),
        [r#""name""#, r#""given""#]
    );

    // Standard input beside serverConf.xml is the instance file too, and the text says it.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kbbot"))
        .args(["check", "serverConf.xml", "-"])
        .current_dir(d)
        .env("NO_COLOR", "1")
        .stdin(fs::File::open(d.join("inst.xml")).unwrap())
        .output()
        .unwrap();
    let text = util::stdout(&out);
    assert!(text.contains("1 public IP(s) × 16 MX IPs"), "{text}");
    assert!(
        text.contains("serverConf.xml (base file), - (instance file, being the one other"),
        "{text}"
    );
    // Two files whose names say nothing: both are read as base files, and that is said.
    write(d, "a.xml", ONE_IP_INSTANCE);
    let out = util::kbbot_in(d, &["check", "a.xml", "inst.xml"]);
    let text = util::stdout(&out);
    assert!(
        text.contains(
            "Merged as: a.xml (base file, as its name is not config-<instance>.xml \
             (--instance FILE reads it as one))"
        ),
        "{text}"
    );
}

#[test]
fn the_quota_chart_is_a_png_in_a_file_or_on_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "config-prod.xml", TWO_IPS_BASE);
    let out = util::kbbot_in(
        d,
        &[
            "check",
            "config-prod.xml",
            "--chart",
            "q.png",
            "--volume",
            "3000",
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", util::stderr(&out));
    let png = fs::read(d.join("q.png")).expect("the chart is written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(png.len() < 100_000, "{} bytes", png.len());
    // The report is still printed.
    assert!(util::stdout(&out).contains("quota-explainer"));
    // On standard output, the PNG alone; the report goes to standard error.
    let out = util::kbbot_in(d, &["check", "config-prod.xml", "--chart", "-"]);
    assert!(out.stdout.starts_with(b"\x89PNG"), "{}", util::stderr(&out));
    assert!(util::stderr(&out).contains("quota-explainer"));
    // A fragment with no mta has no chart, and says so.
    write(d, "frag.xml", "<dnsConfig nameServers=\"192.0.2.53\"/>");
    let out = util::kbbot_in(d, &["check", "frag.xml", "--chart", "f.png"]);
    assert!(!d.join("f.png").exists());
    assert!(
        util::stderr(&out).contains("No chart"),
        "{}",
        util::stderr(&out)
    );
    // --volume needs --chart.
    let out = util::kbbot_in(d, &["check", "config-prod.xml", "--volume", "5"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_chart_path_that_cannot_be_written_costs_no_report_and_a_file_named_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "config-prod.xml", TWO_IPS_BASE);
    let out = util::kbbot_in(
        d,
        &["check", "config-prod.xml", "--chart", "/nonexistent/q.png"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        util::stdout(&out).contains("quota-explainer"),
        "the report is printed"
    );
    assert!(util::stderr(&out).contains("/nonexistent/q.png"));
    let (_, v) = json(d, &["config-prod.xml", "config-prod.xml"]);
    assert_eq!(v["files"], serde_json::json!(["config-prod.xml"]), "{v:#}");
}

#[test]
fn the_enhanced_mta_explainer_works_out_no_mx_figures() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "config-prod.xml",
        r#"<serverconf><mta autoStart="true" statServerAddress="localhost" useMomentum="true"/></serverconf>"#,
    );
    let (_, v) = json(d, &["config-prod.xml"]);
    let explained = v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["id"] == "quota-explainer")
        .map(|f| f["message"].as_str().unwrap_or_default().to_string())
        .unwrap_or_else(|| panic!("no explainer: {v:#}"));
    assert!(
        explained.contains("MX rules and their quotas are not used"),
        "{explained}"
    );
    assert!(
        !explained.contains("paths") && !explained.contains("5-minute"),
        "{explained}"
    );
}
