//! Arbitrary bytes → UTF-8 (lossy) → `Document::new` → `Extractor::extract`:
//! no panic, and every mention, topic and evidence span lies in the text, on
//! char boundaries, and slices exactly its `text`.
//!
//! ```text
//! RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir tests/fuzz extract tests/fuzz/corpus/extract
//! ```
//!
//! While a known panic waits for its fix, `GAZETTE_FUZZ_KNOWN=split_topics`
//! (comma-separated function names) lets the fuzzer go on past panics whose
//! backtrace names one of them; every other panic still stops it.

#![no_main]

use gazette::{Document, Extractor};
use libfuzzer_sys::fuzz_target;
use once_cell::sync::Lazy;

static EXTRACTOR: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_default_gazetteer().expect("the default gazetteer builds"));

/// Function names whose panics are known (`GAZETTE_FUZZ_KNOWN`).
static KNOWN: Lazy<Vec<String>> = Lazy::new(|| {
    let known: Vec<String> = std::env::var("GAZETTE_FUZZ_KNOWN")
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    if !known.is_empty() {
        // libfuzzer-sys's hook aborts on every panic: let the known ones
        // unwind to `catch_unwind` below instead.
        let abort = std::panic::take_hook();
        let names = known.clone();
        std::panic::set_hook(Box::new(move |info| {
            let trace = std::backtrace::Backtrace::force_capture().to_string();
            if names.iter().any(|n| trace.contains(n.as_str())) {
                return;
            }
            abort(info);
        }));
    }
    known
});

fn check(text: &str, what: &str, start: usize, end: usize, shown: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} out of range (text is {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} not on char boundaries"
    );
    assert_eq!(
        &text[start..end],
        shown,
        "{what} {start}..{end} text differs"
    );
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let doc = Document::new(text);
    assert!(doc.body_start() <= text.len() && text.is_char_boundary(doc.body_start()));
    let result = if KNOWN.is_empty() {
        EXTRACTOR.extract(&doc)
    } else {
        match std::panic::catch_unwind(|| EXTRACTOR.extract(&doc)) {
            Ok(r) => r,
            Err(_) => return, // a known panic (any other aborted in the hook)
        }
    };
    for e in &result.entities {
        for m in &e.mentions {
            check(text, "mention", m.start, m.end, &m.text);
        }
    }
    for m in &result.meetings {
        for t in &m.topics {
            check(text, "topic", t.start, t.end, &t.text);
        }
        check(
            text,
            "evidence",
            m.evidence.start,
            m.evidence.end,
            &m.evidence.text,
        );
        assert!(m.confidence.is_finite() && (0.0..=1.0).contains(&m.confidence));
    }
});
