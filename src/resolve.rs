//! Choosing among overlapping candidates: the longest match wins, and where
//! one span names several records, the document decides.

use std::collections::BTreeMap;
use std::hash::Hash;

use chrono::NaiveDate;
use once_cell::unsync::OnceCell;
use rustc_hash::FxHashSet as HashSet;

use crate::forms::FormFlags;
use crate::gazetteer::{Gazetteer, Record};
use crate::matcher::Candidate;
use crate::{EntityKind, Span};

/// A mention of a gazetteer record.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hit {
    pub span: Span,
    pub record: u32,
    /// How the span names the record; see `Mention::confidence`.
    pub confidence: f32,
}

/// Resolves `cands` into non-overlapping hits, in text order.
///
/// - A record is *present* when one of its full names or aliases is found.
///   Context aliases ("the Alliance", "Congress") count only where their
///   record, or its country, is present.
/// - A surname alone names a present person even over a place of the same
///   name ("Austin" after "Lloyd Austin"); otherwise it yields to any other
///   record, and two absent people of one surname cancel out.
/// - An ambiguous name (also a common word) at a sentence start is dropped.
/// - Among the rest, longer spans win; ties go to present records, then to
///   people holding a role on `date`, then to bigger places.
pub(crate) fn resolve(
    text: &str,
    cands: &[Candidate],
    gazetteer: &Gazetteer,
    date: Option<NaiveDate>,
) -> Vec<Hit> {
    // A full name or alias, not a lone surname, a context alias or a common
    // word opening a sentence.
    let names_fully = |c: &Candidate| {
        !(c.flags.has(FormFlags::WEAK)
            || c.flags.has(FormFlags::CONTEXT)
            || (c.flags.has(FormFlags::AMBIGUOUS) && at_sentence_start(text, c.span.start)))
    };
    let present = Sorted::new(cands.iter().filter(|c| names_fully(c)).map(|c| c.record));
    let records = gazetteer.records();
    // Only context aliases need the ids: most documents have none.
    let present_ids: OnceCell<HashSet<&str>> = OnceCell::new();
    // A context alias counts where its record, or the record's country, is named.
    let in_context = |c: &Candidate| {
        let r = &records[c.record as usize];
        let ids = || {
            present_ids.get_or_init(|| {
                set_of(
                    present.0.len(),
                    present.0.iter().map(|&r| records[r as usize].id.as_str()),
                )
            })
        };
        present.contains(&c.record)
            || r.country
                .as_ref()
                .is_some_and(|cc| ids().contains(format!("iso:{cc}").as_str()))
    };
    // The surname of a person named in full wins over any other record of
    // the same span ("Austin" after "Lloyd Austin").
    // ...unless the span is a place followed by its state or country:
    // "Austin, Texas".
    let place_starts = Sorted::new(
        cands
            .iter()
            .filter(|c| records[c.record as usize].kind == EntityKind::Location)
            .map(|c| c.span.start),
    );
    let located_places = Sorted::new(
        cands
            .iter()
            .filter(|c| records[c.record as usize].kind == EntityKind::Location)
            .filter(|c| followed_by_place(text, c.span, &place_starts))
            .map(|c| c.span),
    );
    let surname_spans = Sorted::new(
        cands
            .iter()
            .filter(|c| c.flags.has(FormFlags::WEAK) && present.contains(&c.record))
            .filter(|c| !located_places.contains(&c.span))
            .map(|c| c.span),
    );
    let rank = |c: &Candidate| -> (u8, u8, u64) {
        let r = &records[c.record as usize];
        let is_present = present.contains(&c.record);
        let tier = if c.flags.has(FormFlags::WEAK) {
            if is_present {
                3
            } else {
                1
            }
        } else if is_present {
            3
        } else {
            2
        };
        let active = match date {
            Some(d) => r.roles.iter().any(|role| role.covers(d)) as u8,
            None => 0,
        };
        (tier, active, r.population.unwrap_or(0))
    };
    let mut keep: Vec<(&Candidate, (u8, u8, u64))> = cands
        .iter()
        .filter(|c| !c.flags.has(FormFlags::CONTEXT) || in_context(c))
        .filter(|c| !(located_places.contains(&c.span) && c.flags.has(FormFlags::WEAK)))
        .filter(|c| {
            !surname_spans.contains(&c.span)
                || (c.flags.has(FormFlags::WEAK) && present.contains(&c.record))
        })
        .filter(|c| !(c.flags.has(FormFlags::AMBIGUOUS) && at_sentence_start(text, c.span.start)))
        .filter(|c| {
            let r = &records[c.record as usize];
            // A place named like a common word needs a place's context,
            // unless it is a city of a million, which news names bare.
            !c.flags.has(FormFlags::AMBIGUOUS)
                || r.kind != EntityKind::Location
                || r.population.unwrap_or(0) >= 1_000_000
                || after_place_word(text, c.span.start)
                || located_places.contains(&c.span)
        })
        .filter(|c| !short_capitals_for_a_small_place(text, c, &records[c.record as usize]))
        .map(|c| (c, rank(c)))
        .collect();
    // Longest first, then best ranked, then leftmost; stable, so ties keep
    // the matcher's order.
    keep.sort_by(|(a, ra), (b, rb)| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then_with(|| rb.cmp(ra))
            .then_with(|| a.span.start.cmp(&b.span.start))
    });
    let mut chosen: Vec<Hit> = Vec::new();
    // start → end of every chosen span; they never overlap, so only the
    // last one starting before a span can overlap it. (A sorted vector
    // would make a text of many names quadratic: spans come by rank, not
    // in text order.)
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut i = 0;
    while i < keep.len() {
        // Candidates of one span and one rank form a group.
        let mut j = i + 1;
        while j < keep.len() && keep[j].0.span == keep[i].0.span {
            j += 1;
        }
        let group = &keep[i..j];
        i = j;
        let (best, best_rank) = group[0];
        if taken
            .range(..best.span.end)
            .next_back()
            .is_some_and(|(_, &end)| end > best.span.start)
        {
            continue;
        }
        let rivals = Sorted::new(
            group
                .iter()
                .filter(|(_, r)| *r == best_rank)
                .map(|(c, _)| c.record),
        )
        .0;
        if rivals.len() > 1 && best.flags.has(FormFlags::WEAK) && !present.contains(&best.record) {
            // Two people share the surname and neither is named in full.
            let people = rivals
                .iter()
                .filter(|&&r| records[r as usize].kind == EntityKind::Person)
                .count();
            if people > 1 {
                continue;
            }
        }
        let confidence = if best.flags.has(FormFlags::WEAK) {
            if present.contains(&best.record) {
                0.95
            } else {
                0.8
            }
        } else if best.flags.has(FormFlags::CONTEXT) {
            0.85
        } else {
            1.0
        };
        taken.insert(best.span.start, best.span.end);
        chosen.push(Hit {
            span: best.span,
            record: best.record,
            confidence,
        });
    }
    chosen.sort_by_key(|h| h.span.start);
    chosen
}

/// A small set as a sorted vector: a document's few dozen candidates are
/// sorted faster than they are hashed.
struct Sorted<T>(Vec<T>);

impl<T: Ord> Sorted<T> {
    fn new(items: impl Iterator<Item = T>) -> Sorted<T> {
        let mut v: Vec<T> = items.collect();
        v.sort_unstable();
        v.dedup();
        Sorted(v)
    }

    fn contains(&self, x: &T) -> bool {
        self.0.binary_search(x).is_ok()
    }
}

/// A set of `items`, sized for `n` of them at once: growing one rehashes
/// it, which costs more than the lookups.
fn set_of<T: Hash + Eq>(n: usize, items: impl Iterator<Item = T>) -> HashSet<T> {
    let mut set = HashSet::with_capacity_and_hasher(n, Default::default());
    set.extend(items);
    set
}

/// Whether `span` is followed by ", " and a place (one of `place_starts`):
/// "Austin, Texas".
fn followed_by_place(text: &str, span: Span, place_starts: &Sorted<usize>) -> bool {
    let rest = &text[span.end..];
    let Some(after_comma) = rest.strip_prefix(',') else {
        return false;
    };
    let next = span.end + 1 + (after_comma.len() - after_comma.trim_start().len());
    place_starts.contains(&next)
}

/// Words that put a place after them: "in", "near", "у", "біля", "под".
const PLACE_WORDS: &[&str] = &[
    "in",
    "at",
    "near",
    "from",
    "to",
    "outside",
    "into",
    "across",
    "around",
    "via",
    "у",
    "в",
    "біля",
    "під",
    "з",
    "із",
    "зі",
    "до",
    "поблизу",
    "від",
    "над",
    "во",
    "под",
    "из",
    "около",
    "от",
    "возле",
    "близ",
];

/// Whether the word before `at` is one of `PLACE_WORDS`.
fn after_place_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    if before.len() == at {
        return false;
    }
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .take(10)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .flat_map(char::to_lowercase)
        .collect();
    PLACE_WORDS.contains(&word.as_str())
}

/// An all-capitals word of up to five letters is more often an acronym
/// ("NER", "DIR") than a small town written in capitals: it names a place
/// only when the form itself is in capitals, the place is big, or the word
/// opens a line (a dateline: "KYIV, March 3").
fn short_capitals_for_a_small_place(text: &str, c: &Candidate, r: &Record) -> bool {
    let surface = &text[c.span];
    // The record's fields first, then capitals, which most names fail at
    // their second letter: counting letters costs more.
    r.kind == EntityKind::Location
        && !c.flags.has(FormFlags::EXACT_CASE)
        && r.population.unwrap_or(0) < 100_000
        && surface
            .chars()
            .filter(|ch| ch.is_alphabetic())
            .all(char::is_uppercase)
        && surface.chars().filter(|ch| ch.is_alphabetic()).count() <= 5
        && !text[..c.span.start]
            .rsplit('\n')
            .next()
            .is_some_and(|line| line.trim().is_empty())
}

/// Whether `at` starts a sentence: only spaces, quotes and brackets stand
/// between it and the text's start, a line break, or `.`, `!`, `?`, `:`.
pub(crate) fn at_sentence_start(text: &str, at: usize) -> bool {
    for c in text[..at].chars().rev() {
        match c {
            '\n' | '.' | '!' | '?' | ':' | '•' => return true,
            c if c.is_whitespace() => continue,
            '"' | '\'' | '«' | '“' | '„' | '‘' | '(' | '[' | '—' | '–' | '-' => continue,
            _ => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_starts() {
        let t = "Nice day. In Nice, \"Reading\" — Mobile\nNice";
        let at = |w: &str, nth: usize| t.match_indices(w).nth(nth).unwrap().0;
        assert!(at_sentence_start(t, at("Nice", 0)));
        assert!(!at_sentence_start(t, at("Nice", 1)));
        assert!(at_sentence_start(t, at("In", 0)));
        assert!(!at_sentence_start(t, at("Reading", 0)));
        assert!(at_sentence_start(t, at("Nice", 2)));
    }
}
