//! Criterion bench: matching latency per paste, and building the in-memory index.
//!
//! Runs on `../shared/kb-real` with its labelled queries when that folder is beside the
//! checkout (the figures the README quotes), else on the bundled KB and its queries.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use kbbot_engine::kb::{self, Kb};
use kbbot_engine::search::{AskOptions, Matcher};

fn corpus() -> (String, Kb, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let real = root.join("../shared/kb-real");
    let (name, kb, queries) = if real.is_dir() {
        let kb = kb::load_dir(&real).unwrap_or_default();
        ("kb-real", kb, root.join("tests/queries/kb-real.tsv"))
    } else {
        (
            "bundled",
            kb::bundled(),
            root.join("tests/queries/bundled.tsv"),
        )
    };
    let mut pastes: Vec<String> = std::fs::read_to_string(&queries)
        .unwrap_or_default()
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').nth(2))
        .map(|q| {
            q.replace("\\n", "\n")
                .replace("\\t", "\t")
                .replace("\\\\", "\\")
        })
        .collect();
    if pastes.is_empty() {
        pastes.push("Messages queued (connection quotas met)".to_string());
    }
    (name.to_string(), kb, pastes)
}

fn bench(c: &mut Criterion) {
    let (name, kb, pastes) = corpus();
    let matcher = match Matcher::build(kb.clone()) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("cannot index {name}: {e}");
            return;
        }
    };
    let options = AskOptions::default();
    let mut i = 0;
    c.bench_function(&format!("find_one_paste_{name}"), |b| {
        b.iter(|| {
            i = (i + 1) % pastes.len();
            std::hint::black_box(matcher.find(&pastes[i], &options))
        })
    });
    let mut group = c.benchmark_group("index");
    group.sample_size(10);
    group.bench_function(format!("build_in_memory_{name}"), |b| {
        b.iter(|| std::hint::black_box(Matcher::build(kb.clone()).map(|m| m.kb().articles().len())))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
