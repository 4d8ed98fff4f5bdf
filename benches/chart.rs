//! Criterion bench of the quota chart: one panel with a delivery drawn, from the check report
//! to the PNG bytes (drawing and encoding). Prints the PNG's size once.
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use kbbot_chart::{quota_png, ChartOptions};
use kbbot_engine::check::{check_files, Input};
use kbbot_engine::Lang;

const CONFIG: &str = r#"<serverconf><mta autoStart="true" statServerAddress="localhost">
  <master maxSpareServers="4"/>
  <child><smtp><IPAffinity name="default">
    <IP address="192.0.2.10" publicId="1"/><IP address="192.0.2.11" publicId="2"/>
  </IPAffinity></smtp></child></mta></serverconf>"#;

fn bench(c: &mut Criterion) {
    let report = check_files(&[Input {
        name: "config-prod.xml",
        bytes: CONFIG.as_bytes(),
    }]);
    let options = ChartOptions {
        volume: Some(12_000),
    };
    match quota_png(&report, Lang::En, options) {
        Ok(Some(png)) => eprintln!("chart/one_panel: {} bytes of PNG", png.len()),
        other => panic!("the bench config has a chart: {other:?}"),
    }
    c.bench_function("chart/one_panel", |b| {
        b.iter(|| quota_png(black_box(&report), Lang::En, options))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
