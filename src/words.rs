//! Words: segmentation, word-bounded regex alternations and a sorted set
//! of spans for "is this word already taken" questions in O(log n).

use std::ops::Range;
use std::panic::{RefUnwindSafe, UnwindSafe};

use regex_automata::hybrid;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, PatternID};
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// Lazy DFA cache for the big word alternations, per thread.
const DFA_CACHE: usize = 32 << 20;
use unicode_segmentation::UnicodeSegmentation;

use crate::whole_words::{bounded, is_word, strip};
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
    // need none of them, and most lines of the others none either.
    let runs = word_runs(rest).unwrap_or_else(|| runs_by_line(rest));
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

/// The words of `text` line by line, each line by [`word_runs`] where it
/// can: UAX #29 always breaks at a line feed (WB3a, WB3b), so no word
/// spans two lines.
fn runs_by_line(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        match word_runs(line) {
            Some(runs) => out.extend(runs.into_iter().map(|(i, e)| (at + i, at + e))),
            None => out.extend(
                line.unicode_word_indices()
                    .map(|(i, w)| (at + i, at + i + w.len())),
            ),
        }
        at += line.len();
    }
    out
}

/// Alternatives matched as whole words, each of them starting and ending
/// with a word character: between boundary characters, as
/// [`crate::whole_words`] explains, which the match leaves out. A boundary
/// character is taken by one match only, as in one alternation regex.
///
/// The alternatives are the patterns of one lazy DFA, which finds where a
/// match ends and which alternative it is, as an alternation would take
/// it (the first that fits at the leftmost start). The start is then the
/// first place where that alternative matches, anchored: a search
/// backwards would need a reverse DFA, whose states cost more to build
/// than all the rest on a short run.
pub(crate) struct WordAlternation {
    dfa: hybrid::dfa::DFA,
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
    /// Per alternative, the literals all its matches open with, if there
    /// is a short list of them.
    openings: Vec<Option<Openings>>,
    /// Per alternative, the longest match (boundary characters included),
    /// if bounded: the start is looked for that far back from the end only.
    max_len: Vec<Option<usize>>,
}

type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

impl WordAlternation {
    pub fn new(alternatives: impl Iterator<Item = String>) -> WordAlternation {
        let alternatives: Vec<String> = alternatives.collect();
        let patterns: Vec<String> = alternatives.iter().map(|a| bounded(a)).collect();
        // Many alternatives over Unicode classes make many DFA states: a
        // cache too small for them would be cleared over and over (and is
        // never given up on: there is no other engine).
        let config = hybrid::dfa::Config::new()
            .cache_capacity(DFA_CACHE)
            .minimum_cache_clear_count(None)
            .starts_for_each_pattern(true);
        let dfa = hybrid::dfa::DFA::builder()
            .configure(config)
            .build_many(&patterns)
            .expect("word alternation compiles");
        let create = dfa.clone();
        let caches = Pool::new(Box::new(move || create.create_cache()) as CacheFn);
        WordAlternation {
            dfa,
            caches,
            openings: alternatives.iter().map(|a| openings(a)).collect(),
            max_len: patterns.iter().map(|p| max_len(p)).collect(),
        }
    }

    /// Each match in `hay`, in order: the alternative's index and span.
    pub fn matches<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = (usize, Span)> + 'h {
        let mut cache = self.caches.get();
        let mut at = 0;
        std::iter::from_fn(move || {
            let input = Input::new(hay).span(at..hay.len());
            // The DFA never gives up and has no quit bytes: no error.
            let end = self.dfa.try_search_fwd(&mut cache, &input).ok()??;
            let pattern = end.pattern();
            let found = self.start(&mut cache, hay, at..end.offset(), pattern)?;
            at = found.end;
            Some((pattern.as_usize(), strip(&hay[found.range()], found.start)))
        })
    }

    /// The match of `pattern` at the first place in `within` where it
    /// matches: no alternative matches before the leftmost start, where
    /// the alternative found is the first that does. A match no longer
    /// than the alternative's longest starts that near the end of `within`.
    fn start(
        &self,
        cache: &mut hybrid::dfa::Cache,
        hay: &str,
        within: Range<usize>,
        pattern: PatternID,
    ) -> Option<Span> {
        let within = match self.max_len[pattern.as_usize()] {
            Some(n) if within.end - within.start > n => {
                // `within.start` is a char boundary: the floor stays after it.
                let mut lo = within.end - n;
                while !hay.is_char_boundary(lo) {
                    lo -= 1;
                }
                lo..within.end
            }
            _ => within,
        };
        let mut anchored = |from: usize| {
            let input = Input::new(hay)
                .span(from..hay.len())
                .anchored(Anchored::Pattern(pattern));
            let end = self.dfa.try_search_fwd(cache, &input).ok()??;
            Some(Span::new(from, end.offset()))
        };
        let Some(openings) = &self.openings[pattern.as_usize()] else {
            // A match opens with a boundary character, or at the start.
            return hay[within.clone()].char_indices().find_map(|(i, c)| {
                let from = within.start + i;
                (from == 0 || !is_word(c)).then(|| anchored(from)).flatten()
            });
        };
        // The words in `within` that open with one of the literals; the
        // match opens with the boundary character before such a word, or
        // at the start of the text.
        let bytes = hay.as_bytes();
        (within.start..within.end)
            .filter(|&w| openings.opens(&bytes[w..]) && hay.is_char_boundary(w))
            .filter(|&w| openings.literals.iter().any(|l| bytes[w..].starts_with(l)))
            .find_map(|w| {
                let from = match hay[..w].chars().next_back() {
                    None => 0,
                    Some(c) if !is_word(c) => w - c.len_utf8(),
                    Some(_) => return None,
                };
                (from >= within.start).then(|| anchored(from)).flatten()
            })
    }
}

/// The most bytes a match of `pattern` spans, if bounded.
fn max_len(pattern: &str) -> Option<usize> {
    let hir = regex_syntax::parse(pattern).expect("word alternative parses");
    hir.properties().maximum_len()
}

/// The literals every match of an alternative opens with, and their first
/// and second bytes: in Cyrillic text half of all bytes are a first byte.
struct Openings {
    literals: Vec<Vec<u8>>,
    first: [bool; 256],
    second: [bool; 256],
}

impl Openings {
    /// Whether `rest` may open with one of the literals: its first two
    /// bytes are among theirs.
    fn opens(&self, rest: &[u8]) -> bool {
        self.first[usize::from(rest[0])] && rest.get(1).is_none_or(|&b| self.second[usize::from(b)])
    }
}

/// The literals every match of `alternative` opens with, if a short list
/// of non-empty ones.
fn openings(alternative: &str) -> Option<Openings> {
    let hir = regex_syntax::parse(alternative).expect("word alternative parses");
    let seq = Extractor::new().kind(ExtractKind::Prefix).extract(&hir);
    let literals: Vec<Vec<u8>> = seq
        .literals()?
        .iter()
        .map(|l| l.as_bytes().to_vec())
        .collect();
    let mut first = [false; 256];
    let mut second = [false; 256];
    for l in &literals {
        first[usize::from(*l.first()?)] = true;
        match l.get(1) {
            Some(&b) => second[usize::from(b)] = true,
            // A one-byte literal opens whatever follows.
            None => second = [true; 256],
        }
    }
    Some(Openings {
        literals,
        first,
        second,
    })
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
