//! Inputs made to find quadratic corners, each at two sizes: linear cost
//! shows as the same throughput at both.
//!
//! Group `default/pathological`, inputs:
//! - `names`: 100,000 repeated names, as sentences (and half as many);
//! - `one-line`: names and meeting verbs with no sentence end at all;
//! - `no-whitespace`: names run together with no space or punctuation;
//! - `one-letter`: a single letter repeated.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gazette::{Document, Extractor};

fn inputs() -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    for (name, unit) in [
        ("names", "Volodymyr Zelensky. "),
        ("one-line", "Zelensky met Macron and Umerov in Kyiv, "),
        ("no-whitespace", "KyivNATOЗеленськийUmerov"),
        ("one-letter", "a"),
    ] {
        // 100,000 repeats of the name, else about 2 MB; and half of it.
        let full = if name == "names" {
            100_000
        } else {
            (2 << 20) / unit.len()
        };
        for n in [full / 2, full] {
            out.push((name, unit.repeat(n)));
        }
    }
    out
}

fn pathological(c: &mut Criterion) {
    let extractor = Extractor::with_default_gazetteer().unwrap();
    let mut g = c.benchmark_group("default/pathological");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for (name, text) in inputs() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        let id = BenchmarkId::new(name, format!("{} KB", text.len() / 1000));
        g.bench_with_input(id, &text, |b, text| {
            b.iter(|| extractor.extract(&Document::new(text)).entities.len())
        });
    }
    g.finish();
}

criterion_group!(benches, pathological);
criterion_main!(benches);
