//! Words: segmentation, word-bounded regex alternations and a sorted set
//! of spans for "is this word already taken" questions in O(log n).

use once_cell::sync::OnceCell;
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

/// Lazy DFA cache for the big word alternations, per thread.
const DFA_CACHE: usize = 32 << 20;
use unicode_segmentation::UnicodeSegmentation;

use crate::word_runs::word_runs;
use crate::Span;

/// A word of the text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word<'t> {
    pub span: Span,
    pub text: &'t str,
}

/// The words of `text[from..]`, hyphenated words kept whole and a trailing
/// possessive `'s` left out.
pub(crate) fn segment(text: &str, from: usize) -> Vec<Word<'_>> {
    let rest = &text[from..];
    // The full UAX #29 tables cost more than the rest of this: most texts
    // need none of them.
    let runs = word_runs(rest).unwrap_or_else(|| {
        rest.unicode_word_indices()
            .map(|(i, w)| (i, i + w.len()))
            .collect()
    });
    let bytes = text.as_bytes();
    let mut out: Vec<Word<'_>> = Vec::with_capacity(runs.len());
    for (i, e) in runs {
        let mut start = from + i;
        let mut end = from + e;
        // Each suffix ends in `s`, `'` or `’` (whose last byte is 0x99).
        if matches!(bytes[end - 1], b's' | b'\'' | 0x99) {
            for suffix in ["'s", "’s", "'", "’"] {
                if text[start..end].ends_with(suffix) && end - start > suffix.len() {
                    end -= suffix.len();
                    break;
                }
            }
        }
        if let Some(prev) = out.last_mut() {
            if start == prev.span.end + 1 && bytes[prev.span.end] == b'-' {
                start = prev.span.start;
                out.pop();
            }
        }
        out.push(Word {
            span: Span::new(start, end),
            text: &text[start..end],
        });
    }
    out
}

/// Alternatives wrapped in word-boundary classes, each word-initial.
/// Unicode `\b` would keep the regex engine off its fast DFA for non-ASCII
/// text, so the boundary characters are matched.
///
/// Which alternative matched is found without captures over the whole
/// alternation (whose engine costs more than the search): the DFA finds
/// the match, an anchored set tells which alternatives fit at its start
/// (the first of them is the one the alternation took), and that one
/// alone gives its span.
pub(crate) struct WordAlternation {
    any: Regex,
    at_start: RegexSet,
    anchored: Vec<String>,
    /// Each alternative's own regex, compiled when it first matches: most
    /// never do in a short run, and compiling costs more than searching.
    each: Vec<OnceCell<Regex>>,
}

impl WordAlternation {
    pub fn new(alternatives: impl Iterator<Item = String>) -> WordAlternation {
        let alternatives: Vec<String> = alternatives.collect();
        let groups: Vec<String> = alternatives.iter().map(|a| format!("(?:{a})")).collect();
        // Many alternatives over Unicode classes make many DFA states: a
        // cache too small for them is cleared and rebuilt over and over.
        let any = RegexBuilder::new(&format!(r"(?:^|\W)(?:{})(?:\W|$)", groups.join("|")))
            .dfa_size_limit(DFA_CACHE)
            .build()
            .expect("word alternation compiles");
        let anchored: Vec<String> = alternatives
            .iter()
            .map(|a| format!(r"^(?:^|\W)({a})(?:\W|$)"))
            .collect();
        // The set only narrows the alternatives down, so it leaves out the
        // boundary classes, whose Unicode tables, once per alternative,
        // would cost more to compile than the rest.
        let bare: Vec<String> = alternatives.iter().map(|a| format!("^(?:{a})")).collect();
        let at_start = RegexSetBuilder::new(&bare)
            .dfa_size_limit(DFA_CACHE)
            .build()
            .expect("word alternation set compiles");
        let each = anchored.iter().map(|_| OnceCell::new()).collect();
        WordAlternation {
            any,
            at_start,
            anchored,
            each,
        }
    }

    /// Each match in `hay`, in order: the alternative's index and span.
    pub fn matches<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = (usize, Span)> + 'h {
        self.any.find_iter(hay).filter_map(move |m| {
            // An alternative starts with a word character, so cutting the
            // text before the match changes no boundary it sees.
            let rest = &hay[m.start()..];
            // The match opens with the boundary character, unless at the start.
            let word = rest.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '_');
            let skipped = rest.len() - word.len();
            let word = if skipped <= 4 { word } else { rest };
            // The first alternative that fits with its boundaries is the one
            // the alternation took; the set names those that may fit.
            let exact = |i: usize| {
                let re = self.each[i]
                    .get_or_init(|| Regex::new(&self.anchored[i]).expect("alternative compiles"));
                re.captures(rest)?.get(1)
            };
            let (i, g) = self
                .at_start
                .matches(word)
                .into_iter()
                .find_map(|i| exact(i).map(|g| (i, g)))
                .or_else(|| (0..self.each.len()).find_map(|i| exact(i).map(|g| (i, g))))?;
            Some((i, Span::new(m.start() + g.start(), m.start() + g.end())))
        })
    }
}

/// Spans sorted by start, asked whether a span overlaps any of them.
#[derive(Clone, Debug, Default)]
pub(crate) struct SpanSet {
    spans: Vec<Span>,
    /// `max_end[i]`: the largest end among `spans[..=i]`.
    max_end: Vec<usize>,
}

impl SpanSet {
    pub fn new(mut spans: Vec<Span>) -> SpanSet {
        spans.sort();
        let mut max_end = Vec::with_capacity(spans.len());
        let mut m = 0;
        for s in &spans {
            m = m.max(s.end);
            max_end.push(m);
        }
        SpanSet { spans, max_end }
    }

    /// Whether `span` shares a byte with any span of the set.
    pub fn overlaps(&self, span: Span) -> bool {
        // Spans starting before `span` ends; the last of them reaching past
        // `span.start` overlaps.
        let n = self.spans.partition_point(|s| s.start < span.end);
        n > 0 && self.max_end[n - 1] > span.start
    }
}

/// The items of a slice sorted by span start that lie inside `within`.
pub(crate) fn inside<T>(items: &[T], within: Span, span: impl Fn(&T) -> Span) -> &[T] {
    let a = items.partition_point(|x| span(x).start < within.start);
    let b = a + items[a..].partition_point(|x| span(x).start < within.end);
    &items[a..b]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_set_overlaps() {
        let set = SpanSet::new(vec![Span::new(10, 20), Span::new(0, 3), Span::new(30, 31)]);
        let cases = [
            ((3, 10), false),
            ((2, 4), true),
            ((19, 25), true),
            ((20, 30), false),
            ((30, 30), false),
            ((0, 100), true),
            ((31, 40), false),
        ];
        for ((a, b), want) in cases {
            assert_eq!(set.overlaps(Span::new(a, b)), want, "{a}..{b}");
        }
        assert!(!SpanSet::default().overlaps(Span::new(0, 1)));
    }

    #[test]
    fn alternations_match_whole_words_only() {
        let re = WordAlternation::new(
            [
                "met|meet".to_string(),
                "meeting".to_string(),
                "зустрівся".to_string(),
            ]
            .into_iter(),
        );
        let found = |t: &str| -> Vec<(usize, String)> {
            re.matches(t)
                .map(|(i, s)| (i, t[s.range()].to_string()))
                .collect()
        };
        assert_eq!(found("they met"), vec![(0, "met".into())]);
        assert_eq!(found("a meeting, metal"), vec![(1, "meeting".into())]);
        assert_eq!(found("вчора зустрівся з"), vec![(2, "зустрівся".into())]);
        assert!(found("зустрівсяя").is_empty());
    }

    #[test]
    fn segments_keep_hyphenated_names_and_drop_possessives() {
        let t = "Kosiniak-Kamysz met Ukraine’s minister";
        let w: Vec<&str> = segment(t, 0).iter().map(|w| w.text).collect();
        assert_eq!(w, vec!["Kosiniak-Kamysz", "met", "Ukraine", "minister"]);
    }

    #[test]
    fn inside_slices_by_span() {
        let v = vec![
            Span::new(0, 2),
            Span::new(5, 7),
            Span::new(9, 12),
            Span::new(20, 22),
        ];
        assert_eq!(inside(&v, Span::new(4, 13), |s| *s), &v[1..3]);
        assert!(inside(&v, Span::new(13, 19), |s| *s).is_empty());
    }
}
