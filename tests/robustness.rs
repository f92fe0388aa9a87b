//! Inputs that once made the extractor panic (found by `cargo fuzz`, see
//! `tests/fuzz/`): each must go through, with every span slicing its text.

use gazette::{Document, Extraction, Extractor};
use once_cell::sync::Lazy;

static EXTRACTOR: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_default_gazetteer().expect("the default gazetteer builds"));

fn extract(text: &str) -> Extraction {
    let x = EXTRACTOR.extract(&Document::new(text));
    for e in &x.entities {
        for m in &e.mentions {
            assert_eq!(text.get(m.start..m.end), Some(m.text.as_str()), "{text:?}");
        }
    }
    for m in &x.meetings {
        for t in m.topics.iter().chain([&m.evidence]) {
            assert_eq!(text.get(t.start..t.end), Some(t.text.as_str()), "{text:?}");
        }
    }
    x
}

/// A topic part that is only punctuation ("-", "\"", ";") after a topic cue
/// made `split_topics` (src/meetings.rs) build a span whose start is past
/// its end: `bool::then_some(Span::new(s, e))` builds the span even when the
/// check before it fails. Found by `cargo fuzz` from
/// `tests/corpus/en_meet_structures.txt`.
#[test]
fn a_topic_of_only_punctuation_does_not_panic() {
    for text in [
        "They discussed -.",
        "discussed’",
        "They discussed \".",
        "They discussed ;x.",
        "Вони обговорили -.",
        "They discussed drones, -, and air defence.",
        "Umerov met Healey. They discussed \"air defence\" and \".",
    ] {
        let x = extract(text);
        assert!(x
            .meetings
            .iter()
            .all(|m| m.topics.iter().all(|t| !t.text.is_empty())));
    }
}

/// The fuzzer's input, minimized (`-minimize_crash=1`), as it was found.
#[test]
fn the_fuzzed_article_does_not_panic() {
    let text = " date 2025-03-12\nAllies prhe latest session of the Ukraine Defensn what \
                the Armed Forces of Ukraine (AFUring and summer. \"Our list has not ch\n\n\
                The ministers discussed ;deliveries of air def contracts, a model t, said \
                the alliance \0\0\0cted in April.\n";
    extract(text);
}

#[test]
fn odd_inputs_do_not_panic() {
    let long_word = "а".repeat(10_000);
    let many_quotes = "«".repeat(2_000);
    let deep = "(".repeat(5_000);
    for text in [
        "",
        " ",
        " date ",
        " date 2024-02-30 Umerov met Healey.",
        " date 9999-99-99",
        "\u{FEFF} date 2024-12-18 x",
        "\0\0\0",
        "’ʼ'`‘",
        "İ ß ﬁ ǅ e\u{301}\u{301}\u{301}",
        "Umerov met",
        "met Umerov",
        "Умєров зустрівся з",
        "\u{301}Умєров",
        "Umerov met Healey in",
        long_word.as_str(),
        many_quotes.as_str(),
        deep.as_str(),
    ] {
        extract(text);
    }
}
