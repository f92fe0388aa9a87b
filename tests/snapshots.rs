//! One snapshot per article in `tests/corpus/`: every entity with each
//! mention beside the text it slices, and every meeting. An offset bug shows
//! as wrong text in the diff.

use std::fmt::Write;

use gazette::{Document, Extraction, Extractor};
use once_cell::sync::Lazy;

static EXTRACTOR: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_default_gazetteer().expect("the default gazetteer loads"));

fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end)
        .unwrap_or_else(|| panic!("{start}..{end} is not a char-boundary span of the text"))
}

fn render(text: &str, x: &Extraction) -> String {
    let mut s = String::new();
    writeln!(s, "lang: {}  published: {:?}", x.lang.code(), x.published).unwrap();
    writeln!(s, "\nentities:").unwrap();
    for e in &x.entities {
        let known = match (&e.known, &e.role) {
            (true, _) => String::new(),
            (false, Some(role)) => format!(", by rule, {role}"),
            (false, None) => ", by rule".to_string(),
        };
        writeln!(s, "  {} [{} {}{}]", e.name, e.kind.as_str(), e.id, known).unwrap();
        for m in &e.mentions {
            let src = slice(text, m.start, m.end);
            assert_eq!(src, m.text, "mention text equals its slice");
            writeln!(
                s,
                "    {}..{} {:?} {:.2}",
                m.start, m.end, src, m.confidence
            )
            .unwrap();
        }
    }
    writeln!(s, "\nmeetings:").unwrap();
    for m in &x.meetings {
        let who: Vec<&str> = m.participants.iter().map(|p| p.name.as_str()).collect();
        writeln!(s, "  - {}", who.join(" + ")).unwrap();
        writeln!(
            s,
            "    status: {:?}  mode: {:?}  date: {}  location: {}  confidence: {:.2}",
            m.status,
            m.mode,
            m.date.map_or("-".to_string(), |d| d.to_string()),
            m.location.as_ref().map_or("-", |l| l.name.as_str()),
            m.confidence
        )
        .unwrap();
        for t in &m.topics {
            let src = slice(text, t.start, t.end);
            assert_eq!(src, t.text, "topic text equals its slice");
            writeln!(s, "    topic {}..{} {:?}", t.start, t.end, src).unwrap();
        }
        let ev = slice(text, m.evidence.start, m.evidence.end);
        writeln!(s, "    evidence {:?}", ev).unwrap();
    }
    s
}

#[test]
fn corpus() {
    insta::glob!("corpus/*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let x = EXTRACTOR.extract(&Document::new(&text));
        insta::with_settings!({ description => text.trim_end(), omit_expression => true }, {
            insta::assert_snapshot!(render(&text, &x));
        });
    });
}

#[test]
fn sample_articles() {
    insta::glob!("../examples/articles", "*.txt", |path| {
        let text = std::fs::read_to_string(path).unwrap();
        let x = EXTRACTOR.extract(&Document::new(&text));
        insta::with_settings!({ description => text.trim_end(), omit_expression => true }, {
            insta::assert_snapshot!(render(&text, &x));
        });
    });
}
