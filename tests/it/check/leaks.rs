//! Credentials of every recognised shape, planted in configs and in pastes: no planted value
//! reaches any output format, log line or what the paste journey hands the store.

use std::fs;
use std::sync::{Arc, Mutex, OnceLock};

use kbbot_engine::answer::check::{render_markdown, render_text, to_json, to_sarif};
use kbbot_engine::check::{check_files, Input, Report};
use kbbot_engine::search::{AskOptions, Matcher};
use kbbot_engine::Lang;
use proptest::prelude::*;

use super::fixtures;
use crate::util;

/// Every rendering of a report, in every language, plus its Debug form.
fn outputs(r: &Report) -> Vec<String> {
    let mut all = vec![format!("{r:?}")];
    for lang in Lang::ALL {
        all.push(render_text(r, lang, true));
        all.push(render_markdown(r, lang));
        all.push(to_json(r, lang).to_string());
        all.push(to_sarif(r, lang).to_string());
    }
    all
}

/// The `leak-*.xml` fixtures of `secret-present`: each plants values containing `Planted`,
/// each is named as a credential and none is shown, through the library and the binary.
#[test]
fn planted_fixture_credentials_are_named_never_shown() {
    let dir = fixtures().join("secret-present");
    let mut seen = 0;
    for entry in fs::read_dir(&dir).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with("leak-") {
            continue;
        }
        seen += 1;
        let bytes = fs::read(entry.path()).unwrap();
        let r = check_files(&[Input {
            name: "config-test.xml",
            bytes: &bytes,
        }]);
        let named = r.findings.iter().any(|f| f.rule.starts_with("secret-"));
        assert!(named || name.contains("short"), "{name}: {:?}", r.findings);
        for out in outputs(&r) {
            assert!(!out.contains("Planted"), "{name}: leaked in\n{out}");
        }
        for format in ["text", "json", "sarif"] {
            let path = entry.path();
            let out = util::kbbot(&["check", path.to_str().unwrap(), "--format", format]);
            let all = util::stdout(&out) + &util::stderr(&out);
            assert!(
                !all.contains("Planted"),
                "{name} {format}: leaked in\n{all}"
            );
        }
    }
    assert!(seen >= 5, "leak fixtures missing in {}", dir.display());
}

/// A short secret is blanked where it is, not wherever its digits occur.
#[test]
fn a_short_secret_does_not_blank_the_same_digits_elsewhere() {
    let bytes = fs::read(fixtures().join("secret-present/leak-short-secret.xml")).unwrap();
    let r = check_files(&[Input {
        name: "serverConf.xml",
        bytes: &bytes,
    }]);
    let value = |attr: &str| {
        r.effective
            .iter()
            .find(|e| e.attribute == attr)
            .map(|e| e.value.clone())
    };
    assert_eq!(value("internalPassword").as_deref(), Some("[redacted]"));
    assert_eq!(value("maxSessionsPerChild").as_deref(), Some("1000"));
    let explainer = r.findings_of("quota-explainer").next().expect("explainer");
    assert_eq!(explainer.arg("sessions"), Some("1000"));
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::build(kbbot_engine::kb::bundled()).expect("the bundled KB indexes"))
}

/// The log lines written while `f` runs on this thread, at every level.
fn logged<T>(f: impl FnOnce() -> T) -> (T, String) {
    #[derive(Clone, Default)]
    struct Buf(Arc<Mutex<Vec<u8>>>);
    impl std::io::Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buf = Buf::default();
    let writer = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let out = tracing::subscriber::with_default(subscriber, f);
    let text = String::from_utf8_lossy(&buf.0.lock().unwrap()).into_owned();
    (out, text)
}

/// The shapes of credential the scrubber recognises, with `{v}` for the value.
const SHAPES: &[&str] = &[
    "password=\"{v}\"",
    "internalPassword='{v}'",
    "accessKey=\"{v}\"",
    "signingKey=\"{v}\"",
    "credentials=\"{v}\"",
    "auth=\"{v}\"",
    "pw=\"{v}\"",
    "dbPwd=\"{v}\"",
    "authIMSClientSecret=\"{v}\"",
    "password=&quot;{v}&quot;",
    "password={v}",
    "Server=db;Password={v};",
    "smtp://relay:{v}@relay.example.com",
    "relay:{v}@mail_relay.example.com",
    "a:{v}@h1.example.com,b:{v}@relais-\u{e9}.example.com",
    "relay:{v}@relay.example.com ",
    "Authorization: Basic {v}",
    "Bearer {v}",
    "IDENTIFIED BY '{v}'",
];

/// Where a shape goes in a config: an attribute value, a comment, element text.
fn plant_in_config(shape: &str, v: &str, place: u8) -> String {
    let text = shape.replace("{v}", v);
    let esc = text
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    match place {
        0 => format!("<serverconf>\n<mta autoStart=\"true\" statServerAddress=\"{esc}\"/>\n</serverconf>"),
        1 => format!("<serverconf>\n<shared><proxyConfig><proxyHTTP address=\"{esc}\"/></proxyConfig></shared>\n</serverconf>"),
        2 => format!("<serverconf>\n<!-- {} -->\n<mta/>\n</serverconf>", text.replace("--", "")),
        3 => format!("<serverconf><shared><dataStore><dataSource name=\"d\"><postConnectSQL>{esc}</postConnectSQL></dataSource></dataStore></shared></serverconf>"),
        _ => format!("<serverconf><mta><relay address=\"{esc}\"/>\n</mta>"), // refused: never closed
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn the_scrubber_survives_any_text(text in "(?s).{0,300}", tail in "[=:@<>'\" a-zé€]{0,40}") {
        let joined = format!("{text}password{tail}");
        let out = kbbot_engine::check::redact_credentials(&joined);
        // Never longer than a redaction per byte, never a panic on any boundary.
        prop_assert!(out.len() <= joined.len() * 11 + 10);
    }

    #[test]
    fn planted_credentials_never_reach_any_output(
        shape in 0..SHAPES.len(),
        // Starts with a capital, holds a digit: a credential in any shape, prose included.
        v in "P[a-z]{3}[0-9][A-Za-z0-9]{3,10}",
        place in 0u8..5,
        words in "[a-z ]{0,30}",
    ) {
        let config = plant_in_config(SHAPES[shape], &v, place);
        let (r, log) = logged(|| check_files(&[Input { name: "config-x.xml", bytes: config.as_bytes() }]));
        for out in outputs(&r).iter().chain([&log]) {
            prop_assert!(!out.contains(&v), "config leaked {} in\n{}\nfrom\n{}", v, out, config);
        }
        let paste = format!("{words}\n```\n2026-12-07 10:00:00 mta[123]: {}\n```\n", SHAPES[shape].replace("{v}", &v));
        let (reply, log) = logged(|| kbbot_engine::answer::ask(matcher(), &paste, &AskOptions::default()));
        let json = serde_json::to_string(&reply).unwrap();
        for out in [&json, &format!("{reply:?}"), &reply.paste_read, &log] {
            prop_assert!(!out.contains(&v), "paste leaked {} in\n{}", v, out);
        }
    }
}

/// `kbbot ask` does not repeat a pasted credential as the recognised line.
#[test]
fn ask_never_repeats_a_pasted_credential() {
    let paste = "421 4.4.0 Unable to connect to smtp://relay:Planted9Pw@relay.example.com\ninternalPassword=\"Planted9Int\" 550 5.1.1 user unknown";
    for format in [&[][..], &["--format", "json"][..]] {
        let mut args = vec!["ask", paste];
        args.extend_from_slice(format);
        let out = util::kbbot(&args);
        let all = util::stdout(&out) + &util::stderr(&out);
        assert!(!all.contains("Planted9"), "leaked in\n{all}");
    }
}
