//! Properties that hold for any text: offsets slice the original exactly,
//! bare matches fold to their record's forms, folding maps back, the
//! entities alone are those of the whole extraction,
//! and sharing one extractor between threads changes nothing.

use std::collections::HashMap;

use gazette::{fold, Document, Extraction, Extractor, Folded, Span};
use once_cell::sync::Lazy;
use proptest::prelude::*;

static EXTRACTOR: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_default_gazetteer().expect("the default gazetteer builds"));

/// Every folded form the matcher searches for, with the ids of the records
/// it names.
static ALIASES: Lazy<HashMap<&'static str, Vec<&'static str>>> = Lazy::new(|| {
    let mut out: HashMap<&str, Vec<&str>> = HashMap::new();
    for (alias, record) in EXTRACTOR.aliases() {
        out.entry(alias).or_default().push(record.id.as_str());
    }
    out
});

/// Pieces that make the extractor work (names, verbs, dates) and pieces that
/// make offsets hard (multi-byte apostrophes, combining marks, letters whose
/// lower case is longer or shorter than they are).
const PIECES: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    ".",
    ",",
    " date 2024-12-18 ",
    "2024-12-18",
    "December 18",
    "18 грудня",
    "yesterday",
    "вчора",
    "Rustem Umerov",
    "Umerov",
    "Умєров",
    "Умєрова",
    "Рустем",
    "John Healey",
    "Healey",
    "Mark Rutte",
    "Рютте",
    "Марком Рютте",
    "Sybiha",
    "Сибігою",
    "NATO",
    "НАТО",
    "Kyiv",
    "Києві",
    "Київ",
    "Brussels",
    "Брюсселі",
    "met",
    "met with",
    "зустрівся",
    "провів зустріч",
    "розмовляв телефоном",
    "held talks",
    "by phone",
    "will meet",
    "discussed",
    "обговорили",
    "air defence",
    "his French counterpart",
    "the Pentagon chief",
    "у",
    "з",
    "зі",
    "in",
    "and",
    "та",
    "’",
    "ʼ",
    "'",
    "`",
    "‘",
    "«",
    "»",
    "“",
    "”",
    "„",
    "\"",
    "—",
    "–",
    "‐",
    "−",
    "-",
    "\u{0301}",
    "\u{0308}",
    "\u{00AD}",
    "\u{00A0}",
    "\u{200B}",
    "😀",
    "👩‍👩‍👧",
    "🇺🇦",
    "İ",
    "ı",
    "ß",
    "ẞ",
    "ﬁ",
    "ǅ",
    "Ё",
    "ё",
    "Ł",
    "ø",
    "ΐ",
    "Σ",
    "ς",
    "п’ять",
    "Мар'яна",
    "Ukraine’s",
    "É",
    "e\u{0301}",
    "\r\n",
    "\t",
    "\u{FEFF}",
    "\u{0000}",
    "\u{FFFD}",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..48).prop_map(|v| v.concat())
}

/// 96 cases, or `PROPTEST_CASES` for a longer search.
fn config() -> ProptestConfig {
    let default = ProptestConfig::default();
    ProptestConfig {
        cases: if std::env::var_os("PROPTEST_CASES").is_some() {
            default.cases
        } else {
            96
        },
        failure_persistence: None,
        ..default
    }
}

fn assert_slices(text: &str, what: &str, start: usize, end: usize, shown: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} out of range in {text:?}"
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} not on char boundaries in {text:?}"
    );
    assert_eq!(
        &text[start..end],
        shown,
        "{what} {start}..{end} in {text:?}"
    );
}

fn assert_offsets(text: &str, x: &Extraction) {
    for e in &x.entities {
        for m in &e.mentions {
            assert_slices(text, "mention", m.start, m.end, &m.text);
        }
    }
    for m in &x.meetings {
        for t in &m.topics {
            assert_slices(text, "topic", t.start, t.end, &t.text);
        }
        let ev = &m.evidence;
        assert_slices(text, "evidence", ev.start, ev.end, &ev.text);
    }
}

/// Byte ranges of the whitespace-separated words of `s`.
fn words(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(b)) => {
                out.push((b, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push((b, s.len()));
    }
    out
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_span_slices_its_text(text in text()) {
        let x = EXTRACTOR.extract(&Document::new(&text));
        assert_offsets(&text, &x);
    }

    #[test]
    fn every_span_slices_its_text_with_a_date(text in text()) {
        let date = chrono::NaiveDate::from_ymd_opt(2024, 12, 18).unwrap();
        let x = EXTRACTOR.extract(&Document::new(&text).published(date));
        assert_offsets(&text, &x);
    }

    #[test]
    fn bare_matches_slice_their_text(text in text()) {
        let doc = Document::new(&text);
        let records = EXTRACTOR.gazetteer().records();
        for m in EXTRACTOR.matches(&doc) {
            let s = m.span();
            prop_assert!(doc.body_start() <= s.start && s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
            // The slice folds to one of the forms of the record it names.
            let id = records[m.record()].id.as_str();
            let forms = ALIASES.get(fold(&text[s.range()]).as_str());
            prop_assert!(forms.is_some_and(|ids| ids.contains(&id)), "{:?} as {}", &text[s.range()], id);
        }
    }

    #[test]
    fn entities_alone_are_the_extractions_entities(text in text()) {
        let doc = Document::new(&text);
        prop_assert_eq!(EXTRACTOR.entities(&doc), EXTRACTOR.extract(&doc).entities);
    }

    #[test]
    fn folded_words_map_back_to_their_bytes(text in text()) {
        let f = Folded::new(&text);
        let whole = fold(&text);
        prop_assert_eq!(f.as_str(), whole.as_str());
        // The whole folded text maps to the whole original.
        prop_assert_eq!(f.to_original(Span::new(0, f.as_str().len())), Span::new(0, text.len()));
        for (s, e) in words(&text) {
            let word = &text[s..e];
            let fw = fold(word);
            // Folding works char by char, so the word's folded copy starts
            // where the folded copy of everything before it ends.
            let fs = fold(&text[..s]).len();
            prop_assert_eq!(&f.as_str()[fs..fs + fw.len()], fw.as_str());
            let back = f.to_original(Span::new(fs, fs + fw.len()));
            prop_assert_eq!(back, Span::new(s, e), "word {:?} in {:?}", word, text);
            // Found by search (perhaps earlier, perhaps inside the folding
            // of a longer char), it maps back to bytes that fold to it.
            let found = f.as_str().find(fw.as_str()).expect("the folded word is in the folded text");
            let back = f.to_original(Span::new(found, found + fw.len()));
            prop_assert!(fold(&text[back.range()]).contains(fw.as_str()), "word {:?} in {:?}", word, text);
        }
    }

    #[test]
    fn folded_offsets_map_to_char_boundaries(text in text()) {
        let f = Folded::new(&text);
        let n = f.as_str().len();
        for i in (0..=n).step_by(1 + n / 64) {
            let s = f.to_original(Span::new(i, n));
            prop_assert!(s.start <= s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: config().cases / 6, ..config() })]

    #[test]
    fn threads_share_one_extractor_without_changing_results(
        texts in proptest::collection::vec(text(), 1..12)
    ) {
        let alone: Vec<Extraction> = texts
            .iter()
            .map(|t| EXTRACTOR.extract(&Document::new(t)))
            .collect();
        let shared: Vec<Vec<Extraction>> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|k| {
                    let texts = &texts;
                    s.spawn(move || {
                        // Each thread goes through the texts from its own
                        // starting point, so they overlap in time.
                        let n = texts.len();
                        let mut out: Vec<Option<Extraction>> = vec![None; n];
                        for i in 0..n {
                            let j = (i + k * n / 4) % n;
                            out[j] = Some(EXTRACTOR.extract(&Document::new(&texts[j])));
                        }
                        out.into_iter().map(Option::unwrap).collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for results in &shared {
            prop_assert_eq!(results, &alone);
        }
    }
}
