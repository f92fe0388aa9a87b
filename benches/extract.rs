//! Throughput of the default extractor, in bytes per second.
//!
//! Groups are named `<gazetteer>/<operation>`:
//! - `default/build`: builds the extractor from the embedded lists;
//! - `default/extract`: the whole pipeline (entities and meetings);
//! - `default/entities`: entities only (matching, resolution, people by rule);
//! - `default/match`: matching alone (`Extractor::matches`: folding, every
//!   whole-word form whose capitals fit, offsets mapped back);
//! - `default/aho-corasick`: the baseline, a bare aho-corasick scan of the
//!   lower-cased text for the same folded aliases, no word boundaries;
//!
//! each on the sample articles, English and Ukrainian apart, repeated to
//! about 1 MB and cut into articles.

use std::time::Duration;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use gazette::{Document, Extractor};

const TARGET_BYTES: usize = 1 << 20;

/// The sample articles of one language, repeated to about a megabyte.
fn corpus(prefix: &str) -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("examples/articles exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| std::fs::read_to_string(e.path()).expect("a sample article is UTF-8"))
        .collect();
    texts.sort();
    assert!(
        !texts.is_empty(),
        "no sample articles starting with {prefix}"
    );
    let mut out = Vec::new();
    let mut size = 0;
    while size < TARGET_BYTES {
        for t in &texts {
            size += t.len();
            out.push(t.clone());
        }
    }
    out
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("default/build");
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    g.bench_function("extractor", |b| {
        b.iter(|| black_box(Extractor::with_default_gazetteer().unwrap()))
    });
    g.finish();
}

/// Benchmarks `count` (what it finds in one article) over each language's
/// corpus, as throughput, in the group `name`.
fn per_language(c: &mut Criterion, name: &str, count: impl Fn(&str) -> usize) {
    let mut g = c.benchmark_group(name);
    g.sample_size(10).measurement_time(Duration::from_secs(10));
    for lang in ["en", "uk"] {
        let texts = corpus(lang);
        let bytes: usize = texts.iter().map(String::len).sum();
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_with_input(BenchmarkId::from_parameter(lang), &texts, |b, texts| {
            b.iter(|| {
                let found: usize = texts.iter().map(|t| count(t)).sum();
                // Nothing found would mean the benchmark measures nothing.
                assert!(found > 0);
                found
            })
        });
    }
    g.finish();
}

fn extract(c: &mut Criterion) {
    let extractor = Extractor::with_default_gazetteer().unwrap();
    per_language(c, "default/extract", |t| {
        let x = extractor.extract(&Document::new(t));
        x.entities.len() + x.meetings.len()
    });
}

fn entities(c: &mut Criterion) {
    let extractor = Extractor::with_default_gazetteer().unwrap();
    per_language(c, "default/entities", |t| {
        extractor.entities(&Document::new(t)).len()
    });
}

fn matching(c: &mut Criterion) {
    let extractor = Extractor::with_default_gazetteer().unwrap();
    per_language(c, "default/match", |t| {
        extractor.matches(&Document::new(t)).len()
    });
}

fn baseline(c: &mut Criterion) {
    let extractor = Extractor::with_default_gazetteer().unwrap();
    let mut aliases: Vec<&str> = extractor.aliases().map(|(a, _)| a).collect();
    aliases.sort_unstable();
    aliases.dedup();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .build(&aliases)
        .unwrap();
    per_language(c, "default/aho-corasick", |t| {
        ac.find_iter(&t.to_lowercase()).count()
    });
}

criterion_group!(benches, build, extract, entities, matching, baseline);
criterion_main!(benches);
