//! Cold start: a fresh process builds the default extractor and extracts
//! one short article; reported are the wall time and the peak resident
//! memory (`VmHWM`), median of 15 processes.
//!
//! `cargo bench --bench startup` (Linux: reads `/proc/self/status`).

use std::process::Command;
use std::time::Instant;

use gazette::{Document, Extractor};

const CHILD: &str = "GAZETTE_STARTUP_CHILD";

fn peak_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn child() {
    let t = Instant::now();
    let x = Extractor::with_default_gazetteer().expect("the default gazetteer loads");
    let built = t.elapsed();
    let n = x
        .extract(&Document::new("Rustem Umerov met Pete Hegseth in Kyiv."))
        .entities
        .len();
    assert!(n > 0);
    println!(
        "{} {} {}",
        built.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3,
        peak_kb()
    );
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    if std::env::var_os(CHILD).is_some() {
        return child();
    }
    let me = std::env::current_exe().expect("the bench knows its path");
    let (mut built, mut first, mut peak) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..15 {
        let out = Command::new(&me)
            .env(CHILD, "1")
            .output()
            .expect("the bench runs itself");
        let line = String::from_utf8_lossy(&out.stdout);
        let f: Vec<f64> = line
            .split_whitespace()
            .filter_map(|x| x.parse().ok())
            .collect();
        assert_eq!(f.len(), 3, "child said {line:?}");
        built.push(f[0]);
        first.push(f[1]);
        peak.push(f[2] / 1024.0);
    }
    println!(
        "default/startup: build {:.1} ms, build + first article {:.1} ms, peak {:.0} MiB (median of 15 processes)",
        median(&mut built),
        median(&mut first),
        median(&mut peak)
    );
}
