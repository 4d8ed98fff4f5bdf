//! Criterion bench: kb_load (placeholder until its issue lands).
use criterion::{criterion_group, criterion_main, Criterion};

fn bench(c: &mut Criterion) {
    c.bench_function("kb_load_placeholder", |b| {
        b.iter(|| std::hint::black_box(1 + 1))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
