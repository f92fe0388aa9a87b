//! The matcher: one Aho-Corasick automaton over every folded surface form,
//! searched for all overlapping matches, kept where they are whole words
//! and their capitals fit.
//!
//! Overlapping search is used (not the automaton's leftmost modes) because a
//! leftmost match that fails the word-boundary check would otherwise hide a
//! shorter or later one; choosing among overlaps is `resolve`'s job.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::fold::{fold, is_boundary, Folded};
use crate::forms::{forms, FormFlags};
use crate::gazetteer::Gazetteer;
use crate::{Error, Span};

/// One record a pattern names, and how.
#[derive(Clone, Copy, Debug)]
struct Target {
    record: u32,
    flags: FormFlags,
}

/// A surface form found in a text, before overlaps are resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    /// Span in the original text.
    pub span: Span,
    /// Index of the record in the gazetteer.
    pub record: u32,
    pub flags: FormFlags,
}

/// Finds every gazetteer name in a text.
#[derive(Clone, Debug)]
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    patterns: Vec<String>,
    /// `targets[starts[p]..starts[p + 1]]` are pattern `p`'s targets.
    starts: Vec<u32>,
    targets: Vec<Target>,
}

impl Matcher {
    pub fn new(gazetteer: &Gazetteer) -> Result<Matcher, Error> {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut per_pattern: Vec<Vec<Target>> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        for (i, r) in gazetteer.records().iter().enumerate() {
            for form in forms(r) {
                let folded = fold(form.text.trim());
                if folded.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    continue;
                }
                let p = *ids.entry(folded.clone()).or_insert_with(|| {
                    patterns.push(folded);
                    per_pattern.push(Vec::new());
                    (patterns.len() - 1) as u32
                });
                let t = &mut per_pattern[p as usize];
                let target = Target {
                    record: i as u32,
                    flags: form.flags,
                };
                // The same record and flags from two spellings is one target.
                if !t
                    .iter()
                    .any(|x| x.record == target.record && x.flags == target.flags)
                {
                    t.push(target);
                }
            }
        }
        if patterns.is_empty() {
            return Err(Error::empty());
        }
        let mut starts = Vec::with_capacity(per_pattern.len() + 1);
        let mut targets = Vec::new();
        for t in per_pattern {
            starts.push(targets.len() as u32);
            targets.extend(t);
        }
        starts.push(targets.len() as u32);
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .expect("patterns are few and short enough for a contiguous NFA");
        Ok(Matcher {
            automaton,
            patterns,
            starts,
            targets,
        })
    }

    /// Every `(folded pattern, record index)` pair, for `--list-aliases`.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        self.patterns.iter().enumerate().flat_map(move |(p, pat)| {
            self.targets_of(p)
                .iter()
                .map(move |t| (pat.as_str(), t.record))
        })
    }

    /// How many distinct folded patterns the automaton holds.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    fn targets_of(&self, p: usize) -> &[Target] {
        &self.targets[self.starts[p] as usize..self.starts[p + 1] as usize]
    }

    /// Every whole-word match in `folded` whose capitals fit its form.
    pub fn candidates(&self, folded: &Folded<'_>) -> Vec<Candidate> {
        let hay = folded.as_str();
        let text = folded.original();
        let mut out = Vec::new();
        for m in self.automaton.find_overlapping_iter(hay) {
            if !is_boundary(hay, m.start()) || !is_boundary(hay, m.end()) {
                continue;
            }
            let span = folded.to_original(Span::new(m.start(), m.end()));
            let surface = &text[span];
            for t in self.targets_of(m.pattern().as_usize()) {
                if t.flags.has(FormFlags::EXACT_CASE) && !all_caps(surface) {
                    continue;
                }
                if t.flags.has(FormFlags::CAPITAL) && !starts_capital(surface) {
                    continue;
                }
                out.push(Candidate {
                    span,
                    record: t.record,
                    flags: t.flags,
                });
            }
        }
        out
    }
}

fn all_caps(s: &str) -> bool {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

fn starts_capital(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}
