//! Criterion bench: loading the kb-real corpus (2,798 Adobe pages, five languages) and the
//! bundled KB. Target: kb-real under 1.5 s on 2 cores.
//!
//! kb-real lives in ../shared beside the checkout; without it that bench is skipped with a
//! message and only the bundled KB is measured.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    let kb_real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/kb-real");
    if kb_real.is_dir() {
        let mut group = c.benchmark_group("kb_load");
        group.sample_size(10);
        group.bench_function("kb_real", |b| {
            b.iter(|| {
                let kb = kbbot_engine::kb::load_dir(&kb_real);
                std::hint::black_box(kb.map(|kb| kb.articles().len()).unwrap_or(0))
            })
        });
        group.finish();
    } else {
        eprintln!("SKIPPED kb_load/kb_real: {} is missing", kb_real.display());
    }
    // bundled() caches its result per process, so the bench parses the embedded files the
    // same way a fresh process would, through a temporary copy on disk.
    let tmp = tempfile::tempdir();
    let kb_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("kb");
    match tmp {
        Ok(tmp) if copy_dir(&kb_dir, tmp.path()).is_ok() => {
            c.bench_function("kb_load/bundled_kb", |b| {
                b.iter(|| {
                    std::hint::black_box(
                        kbbot_engine::kb::load_dir(tmp.path())
                            .map(|kb| kb.articles().len())
                            .unwrap_or(0),
                    )
                })
            });
        }
        _ => eprintln!("SKIPPED kb_load/bundled_kb: cannot copy kb/ to a temporary folder"),
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            std::fs::create_dir_all(&target)?;
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

criterion_group!(benches, bench);
criterion_main!(benches);
