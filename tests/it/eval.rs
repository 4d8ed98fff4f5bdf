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

#[track_caller]
fn at_least(v: &serde_json::Value, name: &str, floor: f64) {
    let got = metric(v, name);
    assert!(
        got >= floor,
        "{name} {got:.1} < {floor}; misses: {}",
        v["misses"]
    );
}

/// Runs `queries` (under tests/queries) against the bundled KB, or against `kb` under
/// ../shared; `None` when ../shared is missing outside CI.
fn run_set(kb: Option<&str>, queries: &str) -> Option<serde_json::Value> {
    let queries = format!("tests/queries/{queries}");
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join(&queries)
            .is_file(),
        "{queries} is missing"
    );
    let mut args = vec!["eval", "--queries", &queries, "--format", "json"];
    let kb = match kb {
        Some(name) => Some(util::shared()?.join(name).to_string_lossy().into_owned()),
        None => None,
    };
    if let Some(kb) = &kb {
        args.extend(["--kb", kb]);
    }
    Some(eval(&args))
}

#[test]
fn bundled_kb_meets_its_targets() {
    let v = run_set(None, "bundled.tsv").expect("the bundled KB needs no ../shared");
    at_least(&v, "hit1", 97.0);
    at_least(&v, "hit3", 99.0);
    at_least(&v, "negatives_declined", 95.0);
}

#[test]
fn kb_real_meets_its_targets() {
    let Some(v) = run_set(Some("kb-real"), "kb-real.tsv") else {
        return;
    };
    // FIXME: the target is hit@1 >= 92 %; the matcher is at 82.9 % (hit@3 91.5 %), short mostly
    // on questions in prose that quote no error (plain BM25 gets 67.1 % of this set, see
    // `--baseline`). This floor catches regressions.
    at_least(&v, "hit1", 82.0);
    at_least(&v, "negatives_declined", 90.0);
}

/// The held-out sets were written by someone who saw neither the matcher nor the tuning
/// sets, and nothing was fitted on them: they say how the matcher does on questions it was
/// not tuned for. Floors at the measured figures, to catch regressions.
#[test]
fn held_out_sets_hold_their_figures() {
    let v = run_set(None, "holdout-bundled.tsv").expect("the bundled KB needs no ../shared");
    // FIXME: 90.8 % and 94.1 % against the 97 / 95 % targets of the tuning set.
    at_least(&v, "hit1", 90.5);
    at_least(&v, "negatives_declined", 94.0);
    let Some(v) = run_set(Some("kb-real"), "holdout-kb-real.tsv") else {
        return;
    };
    // FIXME: 73.4 % against the 92 % target.
    at_least(&v, "hit1", 73.0);
    at_least(&v, "negatives_declined", 90.0);
}

/// The everyday-paste set (issue 21's targets): provider bounces, bare codes, module and
/// stat-server logs, info-only logs, several errors in one paste, article numbers, questions
/// and small talk in the five languages, written by someone who had not read the matcher.
/// The targets themselves, not today's figures (95.6 % / 98.0 % / 0 when this was written).
#[test]
fn everyday_pastes_meet_their_targets() {
    let v = run_set(None, "holdout-everyday.tsv").expect("the bundled KB needs no ../shared");
    assert!(v["queries"].as_u64() >= Some(150), "{}", v["queries"]);
    at_least(&v, "hit1", 90.0);
    at_least(&v, "negatives_declined", 95.0);
    assert_eq!(v["confident_wrong"], 0, "{}", v["misses"]);
}

/// `--baseline` runs plain BM25 over the same set: a yardstick kbbot must clear by a wide
/// margin (on the bundled set 97.6 against 83.4 % hit@1 when this was written).
#[test]
fn baseline_is_reported_and_kbbot_beats_it() {
    let bundled = |extra: &[&str]| {
        let mut args = vec![
            "eval",
            "--queries",
            "tests/queries/bundled.tsv",
            "--format",
            "json",
        ];
        args.extend(extra);
        eval(&args)
    };
    let v = bundled(&["--baseline"]);
    let b = &v["baseline"];
    let (hit1, hit3) = (metric(b, "hit1"), metric(b, "hit3"));
    assert!(hit1 > 50.0 && hit1 <= hit3 && hit3 <= 100.0, "{b}");
    assert!(
        metric(&v, "hit1") >= hit1 + 10.0,
        "kbbot {} vs {b}",
        v["hit1"]
    );
    assert!(b["by_kind"]["log"].as_f64().is_some(), "{b}");
    // Without the flag, no baseline is run.
    let v = bundled(&[]);
    assert!(v.get("baseline").is_none(), "{v}");
}

/// The reliability table (issue 16): ten bins of the first candidate's stated confidence, each
/// with its count and the share right, in the JSON and in the text.
#[test]
fn the_reliability_of_the_stated_confidence_is_reported() {
    let v = run_set(None, "bundled.tsv").expect("the bundled KB needs no ../shared");
    let bins = v["reliability"].as_array().expect("a reliability table");
    assert_eq!(bins.len(), 10, "{bins:?}");
    let mut stated = 0;
    for (k, bin) in bins.iter().enumerate() {
        let (from, to) = (metric(bin, "from"), metric(bin, "to"));
        assert!((from - k as f64 / 10.0).abs() < 1e-9 && (to - from - 0.1).abs() < 1e-9);
        let n = bin["n"].as_u64().expect("n");
        let right = bin["right"].as_u64().expect("right");
        assert!(right <= n, "{bin}");
        match bin["accuracy"].as_f64() {
            Some(a) => assert!((a - right as f64 / n as f64).abs() < 1e-9, "{bin}"),
            None => assert_eq!(n, 0, "{bin}"),
        }
        stated += n;
    }
    let queries = v["queries"].as_u64().expect("queries");
    assert!(stated > 0 && stated <= queries, "{stated} of {queries}");
    // The answers are stated at 50 % or more and mostly right: the top bins are not empty.
    assert!(bins[9]["n"].as_u64() > Some(0), "{bins:?}");

    let out = kbbot(&["eval", "--queries", "tests/queries/bundled.tsv"]);
    assert!(out.status.success(), "{}", util::stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Stated confidence of the first candidate") && text.contains("\n90-100 %"),
        "{text}"
    );
}

/// A broken query set is refused with the line at fault, not half run.
#[test]
fn a_broken_query_set_names_its_line() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let set = dir.path().join("set.tsv");
    std::fs::write(
        &set,
        "id\tlang\tquery\texpected\tkind\tsource\nq1\ten\thello\tNONE\tnegative\town\nq2\ten\n",
    )
    .expect("written");
    let out = kbbot(&["eval", "--queries", set.to_str().expect("utf-8 path")]);
    assert!(!out.status.success());
    let err = util::stderr(&out);
    assert!(
        err.contains("line 3: expected at least 4 columns, found 2"),
        "{err}"
    );
}
