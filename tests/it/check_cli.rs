//! The config checker through the binary, on the cases a QA pass found wrong: several
//! instance files, numbers that are not whole, IPs that cannot send, unreadable and huge
//! files, fragments, duplicated sections, escaping, SARIF URIs and CR-only files.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::util;

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).unwrap();
}

fn json(dir: &Path, args: &[&str]) -> (Option<i32>, Value) {
    let mut all = vec!["check"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--format", "json"]);
    let out = util::kbbot_in(dir, &all);
    let text = util::stdout(&out);
    let v = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("{e}: {text:?} / {}", util::stderr(&out)));
    (out.status.code(), v)
}

fn findings<'a>(v: &'a Value, id: &'a str) -> impl Iterator<Item = &'a Value> + 'a {
    v["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(move |f| f["id"] == id)
}

const BASE_WITHOUT_STAT: &str = r#"<?xml version='1.0'?>
<serverconf>
  <mta autoStart="true">
    <master maxSpareServers="4"/>
  </mta>
  <stat autoStart="true"/>
  <inMail autoStart="true"/>
</serverconf>
"#;

#[test]
fn each_instance_file_is_merged_with_the_base_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "serverConf.xml", BASE_WITHOUT_STAT);
    write(
        d,
        "config-mkt.xml",
        "<serverconf>\n  <mta autoStart=\"true\"/>\n</serverconf>\n",
    );
    write(
        d,
        "config-exec.xml",
        "<serverconf>\n  <mta autoStart=\"true\" statServerAddress=\"localhost\"/>\n</serverconf>\n",
    );
    let (code, v) = json(d, &["serverConf.xml", "config-mkt.xml", "config-exec.xml"]);
    assert_eq!(code, Some(1));
    // config-mkt.xml sets no address: the one of config-exec.xml is not its own.
    let missing: Vec<_> = findings(&v, "statServerAddress-missing").collect();
    assert_eq!(missing.len(), 1, "{v:#}");
    assert_eq!(missing[0]["file"], "config-mkt.xml");
    assert_eq!(missing[0]["severity"], "error");
    // Neither instance file overrides the other.
    assert!(
        findings(&v, "override-conflict").all(|f| f["file"] != "config-exec.xml"),
        "{v:#}"
    );
    // One quota explanation per instance.
    let explained: Vec<_> = findings(&v, "quota-explainer")
        .map(|f| f["file"].as_str().unwrap_or_default())
        .collect();
    assert_eq!(explained, ["config-mkt.xml", "config-exec.xml"], "{v:#}");
    // JSON gives each instance's own effective config and figures.
    let instances = v["instances"].as_array().expect("instances in JSON");
    let files: Vec<_> = instances.iter().map(|i| i["file"].clone()).collect();
    assert_eq!(files, ["config-mkt.xml", "config-exec.xml"], "{v:#}");
    assert_eq!(
        instances[1]["effective"]["serverconf/mta@statServerAddress"]["value"], "localhost",
        "{v:#}"
    );
    assert!(instances[0]["effective"]
        .get("serverconf/mta@statServerAddress")
        .is_none_or(|e| e["value"] != "localhost"));
}

#[test]
fn numbers_that_are_not_whole_are_reported_and_not_replaced_by_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "config-num.xml",
        r#"<serverconf>
  <mta autoStart="true" statServerAddress="localhost">
    <master maxSpareServers="4.0"/>
    <child maxAgeSec="1e3"><smtp maxSessionsPerChild="99999999999999999999"/></child>
  </mta>
  <stat autoStart="true" port="0x10"/>
  <inMail autoStart="true"/>
</serverconf>
"#,
    );
    let (code, v) = json(d, &["config-num.xml"]);
    assert_eq!(code, Some(1), "{v:#}");
    let bad: Vec<_> = findings(&v, "number-value-invalid")
        .map(|f| f["line"].as_u64().unwrap_or(0))
        .collect();
    assert_eq!(bad, [3, 4, 4, 6], "{v:#}");
    assert!(
        v.get("throughput").is_none(),
        "figures from defaults: {v:#}"
    );
    let explainer = findings(&v, "quota-explainer").next().expect("explainer");
    let message = explainer["message"].as_str().unwrap_or_default();
    assert!(message.contains("maxSpareServers=\"4.0\""), "{message}");
    assert!(!message.contains("2 child"), "{message}");
}

#[test]
fn only_ips_that_can_send_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "config-ips.xml",
        r#"<serverconf>
  <mta autoStart="true" statServerAddress="localhost">
    <child><smtp enableTLS="true"><IPAffinity name="default">
      <IP address="192.0.2.1" publicId="1" heloHost="a.example.com"/>
      <IP address="192.0.2.2" publicId="2" heloHost="b.example.com" weight="0"/>
      <IP address="XX.XXX.XX.XX" publicId="3" heloHost="c.example.com"/>
      <IP address="192.0.2.1" publicId="1" heloHost="a.example.com"/>
    </IPAffinity></smtp></child>
  </mta>
  <stat autoStart="true"/>
  <inMail autoStart="true"/>
</serverconf>
"#,
    );
    let (_, v) = json(d, &["config-ips.xml"]);
    assert_eq!(v["throughput"]["public_ips"], 1, "{v:#}");
    assert_eq!(v["throughput"]["paths"], 16, "{v:#}");
    let invalid: Vec<_> = findings(&v, "ip-address-invalid").collect();
    assert_eq!(invalid.len(), 1, "{v:#}");
    assert_eq!(invalid[0]["line"], 6);
}

#[test]
fn an_unreadable_path_is_refused_and_the_others_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "serverConf.xml", BASE_WITHOUT_STAT);
    fs::create_dir(d.join("adir.xml")).unwrap();
    for lang in ["fr", "it"] {
        let (code, v) = json(
            d,
            &["serverConf.xml", "missing.xml", "adir.xml", "--lang", lang],
        );
        assert_eq!(code, Some(2));
        assert_eq!(v["refused"], serde_json::json!(["missing.xml", "adir.xml"]));
        assert!(findings(&v, "quota-explainer").next().is_some(), "{v:#}");
        let unreadable: Vec<_> = findings(&v, "input-unreadable").collect();
        assert_eq!(unreadable.len(), 2, "{v:#}");
        for f in unreadable {
            let m = f["message"].as_str().unwrap_or_default();
            assert!(
                !m.contains("os error") && !m.contains("No such"),
                "{lang}: {m}"
            );
        }
    }
}

#[test]
fn a_fragment_gets_no_missing_findings() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(d, "frag.xml", "<mta autoStart=\"true\"/>\n");
    let (code, v) = json(d, &["frag.xml"]);
    for id in [
        "statServerAddress-missing",
        "enableTLS-missing-or-false",
        "default-applied",
    ] {
        assert!(findings(&v, id).next().is_none(), "{id}: {v:#}");
    }
    assert_eq!(code, Some(0), "{v:#}");
    // A value the fragment does set is still checked.
    write(
        d,
        "frag2.xml",
        "<mta autoStart=\"true\" statServerAddress=\"\"/>\n",
    );
    let (code, v) = json(d, &["frag2.xml"]);
    assert!(findings(&v, "statServerAddress-missing").next().is_some());
    assert_eq!(code, Some(1));
}

#[test]
fn a_duplicated_section_is_reported_with_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/check/duplicate-element");
    let text = fs::read_to_string(fixture.join("fail.xml")).unwrap();
    write(d, "serverConf.xml", &text);
    let (_, v) = json(d, &["serverConf.xml"]);
    let dup: Vec<_> = findings(&v, "duplicate-element").collect();
    assert_eq!(dup.len(), 1, "{v:#}");
    assert_eq!(dup[0]["line"], 7);
    assert!(dup[0]["message"].as_str().unwrap_or_default().contains('3'));
}

#[test]
fn an_ampersand_is_shown_escaped_once() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "amp.xml",
        "<serverconf>\n<mta statServerAddress=\"a&b\"/>\n</serverconf>\n",
    );
    for lang in ["en", "fr", "nl", "sv", "it"] {
        let out = util::kbbot_in(d, &["check", "amp.xml", "--lang", lang]);
        let text = util::stdout(&out);
        assert!(
            text.contains("&amp;") && !text.contains("&amp;amp;"),
            "{lang}: {text}"
        );
    }
}

#[test]
fn a_huge_file_is_refused_with_its_real_size() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Sparse: 50 MiB on paper, nothing on disk, and never read whole by the checker.
    let f = fs::File::create(d.join("big.xml")).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let (code, v) = json(d, &["big.xml"]);
    assert_eq!(code, Some(2));
    let m = findings(&v, "input-too-large").next().expect("refused")["message"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(m.contains("51200") && !m.contains("2048 KiB;"), "{m}");
}

/// The location of the first SARIF result of `rule` for `file` in `dir`.
fn sarif_location(dir: &Path, file: &str, rule: &str) -> Value {
    let out = util::kbbot_in(dir, &["check", file, "--format", "sarif"]);
    let sarif: Value = serde_json::from_str(&util::stdout(&out)).unwrap();
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let hit = results
        .iter()
        .find(|r| r["ruleId"] == rule)
        .unwrap_or_else(|| panic!("no {rule} in {sarif:#}"));
    hit["locations"][0]["physicalLocation"].clone()
}

const TLS_YES: &str = "<serverconf>\n  <mta autoStart=\"true\" statServerAddress=\"localhost\">\n    <child><smtp enableTLS=\"yes\"/></child>\n  </mta>\n</serverconf>\n";

#[test]
fn sarif_uris_are_percent_encoded_uri_references() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "my conf#1.xml", TLS_YES);
    let loc = sarif_location(dir.path(), "my conf#1.xml", "boolean-value-invalid");
    assert_eq!(loc["artifactLocation"]["uri"], "my%20conf%231.xml");
}

#[test]
fn a_lone_cr_ends_a_line() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "config-cr.xml", &TLS_YES.replace('\n', "\r"));
    let loc = sarif_location(dir.path(), "config-cr.xml", "boolean-value-invalid");
    assert_eq!(loc["region"]["startLine"], 3, "{loc:#}");
    assert_eq!(loc["region"]["startColumn"], 18, "{loc:#}");
}

#[test]
fn check_help_lists_the_exit_codes() {
    let out = util::kbbot(&["check", "--help"]);
    let text = util::stdout(&out);
    assert!(text.contains("Exit codes"), "{text}");
    for code in ["0", "1", "2"] {
        assert!(text.contains(&format!("  {code}  ")), "{text}");
    }
}

/// A file that declares ISO-8859-1 and is saved that way is read as it says: the finding
/// names the declared encoding (not encoding_rs's windows-1252) and warns of no mismatch.
#[test]
fn a_declared_latin1_file_is_read_as_declared_without_a_mismatch_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes =
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<serverconf><shared>\n<mta autoStart=\"true\" statServerAddress=\"h".to_vec();
    bytes.extend([0xE9]);
    bytes.extend(b"te\"/>\n</shared></serverconf>\n");
    fs::write(dir.path().join("serverConf.xml"), &bytes).unwrap();
    let out = util::kbbot_in(dir.path(), &["check", "serverConf.xml"]);
    let text = util::stdout(&out);
    assert!(text.contains("read as ISO-8859-1"), "{text}");
    assert!(!text.contains("windows-1252"), "{text}");
    assert!(
        !text.contains("another encoding than it declares"),
        "{text}"
    );
    let (_, v) = json(dir.path(), &["serverConf.xml"]);
    let f: Vec<&Value> = findings(&v, "input-encoding").collect();
    assert_eq!(f.len(), 1, "{v}");
    assert_eq!(f[0]["severity"], "info", "{v}");
}

mod roles_and_chart;
