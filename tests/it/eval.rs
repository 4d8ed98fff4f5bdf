//! The labelled query sets against their KBs, through `kbbot eval --format json`: the targets
//! the matcher is held to.

use std::path::Path;

use crate::util::{self, kbbot, stdout};

fn eval(args: &[&str]) -> serde_json::Value {
    let out = kbbot(args);
    assert!(out.status.success(), "{}", util::stderr(&out));
    serde_json::from_str(&stdout(&out)).expect("eval prints JSON")
}

fn metric(v: &serde_json::Value, name: &str) -> f64 {
    v[name]
        .as_f64()
        .unwrap_or_else(|| panic!("no {name} in {v}"))
}

#[test]
fn bundled_kb_meets_its_targets() {
    let queries = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/queries/bundled.tsv");
    assert!(queries.is_file(), "tests/queries/bundled.tsv is missing");
    let v = eval(&[
        "eval",
        "--queries",
        "tests/queries/bundled.tsv",
        "--format",
        "json",
    ]);
    assert!(
        metric(&v, "hit1") >= 97.0,
        "hit@1 {} < 97 %; misses: {}",
        v["hit1"],
        v["misses"]
    );
    assert!(
        metric(&v, "negatives_declined") >= 95.0,
        "declined {} < 95 %; misses: {}",
        v["negatives_declined"],
        v["misses"]
    );
}

#[test]
fn kb_real_meets_its_targets() {
    let Some(shared) = util::shared() else { return };
    let kb = shared.join("kb-real");
    let kb = kb.to_string_lossy();
    let v = eval(&[
        "eval",
        "--kb",
        &kb,
        "--queries",
        "tests/queries/kb-real.tsv",
        "--format",
        "json",
    ]);
    assert!(
        metric(&v, "hit1") >= 92.0,
        "hit@1 {} < 92 %; misses: {}",
        v["hit1"],
        v["misses"]
    );
    assert!(
        metric(&v, "negatives_declined") >= 90.0,
        "declined {} < 90 %; misses: {}",
        v["negatives_declined"],
        v["misses"]
    );
}
