//! Whole-word regexes that run on the lazy DFA.
//!
//! The regex crate's `\b` is Unicode-aware, and its DFA gives up on it at
//! the first non-ASCII byte, leaving the search to engines many times
//! slower. A match that starts and ends with a word character is a whole
//! word exactly when the characters around it are not word characters, so
//! `(?:^|\W)(?:…)(?:\W|$)` finds what `\b(?:…)\b` finds, on the DFA; the
//! boundary characters are then cut off the match.

use regex::Regex;
use regex_syntax::is_word_character;

use crate::Span;

/// A regex matched as whole words, as `\b(?:pattern)\b` would be.
pub(crate) struct WholeWords {
    re: Regex,
}

impl WholeWords {
    /// `pattern` must start and end every match with a word character
    /// (tests check the patterns this crate uses).
    pub fn new(pattern: &str) -> WholeWords {
        let re = Regex::new(&bounded(pattern)).expect("whole-word regex compiles");
        WholeWords { re }
    }

    /// Whether `hay` holds a whole-word match.
    pub fn is_match(&self, hay: &str) -> bool {
        self.re.is_match(hay)
    }

    /// The first whole-word match in `hay`.
    pub fn find(&self, hay: &str) -> Option<Span> {
        self.find_at(hay, 0)
    }

    /// The first whole-word match in `hay` that starts at `start` or
    /// later, as `find_at` of `\b(?:pattern)\b` would find it: the
    /// character before `start` counts for the boundary.
    pub fn find_at(&self, hay: &str, start: usize) -> Option<Span> {
        // A non-word character just before `start` is the boundary of a
        // match at `start`: the search takes it in. (After a word
        // character, no match starts at `start`.)
        let from = match hay[..start].chars().next_back() {
            Some(c) if !is_word(c) => start - c.len_utf8(),
            _ => start,
        };
        let m = self.re.find_at(hay, from)?;
        Some(strip(m.as_str(), m.start()))
    }

    /// Every whole-word match in `hay`, in order.
    pub fn find_iter<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = Span> + 'h {
        let mut at = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(hay, at)?;
            at = m.end;
            Some(m)
        })
    }
}

/// Whether `c` is a word character, as `\w` has it.
pub(crate) fn is_word(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '_'
    } else {
        is_word_character(c)
    }
}

/// `pattern` between boundary characters: a non-word character or an end
/// of the text on each side.
pub(crate) fn bounded(pattern: &str) -> String {
    format!(r"(?:^|\W)(?:{pattern})(?:\W|$)")
}

/// The span of a match of [`bounded`] at `start` without its boundary
/// characters: the match proper starts and ends with word characters.
pub(crate) fn strip(found: &str, start: usize) -> Span {
    let lead = found
        .chars()
        .next()
        .filter(|&c| !is_word(c))
        .map_or(0, char::len_utf8);
    let trail = found
        .chars()
        .next_back()
        .filter(|&c| !is_word(c))
        .map_or(0, char::len_utf8);
    Span::new(start + lead, start + found.len() - trail)
}

/// Whether every match of `pattern` starts and ends with a word character,
/// read off its syntax: what [`WholeWords`] and word alternations require.
#[cfg(test)]
pub(crate) fn word_edged(pattern: &str) -> bool {
    use regex_syntax::hir::{Class, ClassUnicode, Hir, HirKind};

    /// The characters a match may start (or end) with, and whether it may
    /// be empty.
    fn edge(hir: &Hir, end: bool) -> (ClassUnicode, bool) {
        match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => (ClassUnicode::empty(), true),
            HirKind::Literal(lit) => {
                let s = std::str::from_utf8(&lit.0).expect("UTF-8 literal");
                let c = if end {
                    s.chars().next_back()
                } else {
                    s.chars().next()
                };
                let c = c.expect("a literal is not empty");
                let range = regex_syntax::hir::ClassUnicodeRange::new(c, c);
                (ClassUnicode::new([range]), false)
            }
            HirKind::Class(Class::Unicode(c)) => (c.clone(), false),
            HirKind::Class(Class::Bytes(_)) => {
                let any = regex_syntax::hir::ClassUnicodeRange::new('\0', char::MAX);
                (ClassUnicode::new([any]), false)
            }
            HirKind::Repetition(r) => {
                let (c, empty) = edge(&r.sub, end);
                (c, empty || r.min == 0)
            }
            HirKind::Capture(c) => edge(&c.sub, end),
            HirKind::Concat(parts) => {
                let mut out = ClassUnicode::empty();
                let ordered: Vec<&Hir> = if end {
                    parts.iter().rev().collect()
                } else {
                    parts.iter().collect()
                };
                for p in ordered {
                    let (c, empty) = edge(p, end);
                    out.union(&c);
                    if !empty {
                        return (out, false);
                    }
                }
                (out, true)
            }
            HirKind::Alternation(alts) => {
                let mut out = ClassUnicode::empty();
                let mut any_empty = false;
                for a in alts {
                    let (c, empty) = edge(a, end);
                    out.union(&c);
                    any_empty |= empty;
                }
                (out, any_empty)
            }
        }
    }

    let parse = |p: &str| regex_syntax::parse(p).expect("pattern parses");
    let HirKind::Class(Class::Unicode(word)) = parse(r"\w").into_kind() else {
        unreachable!("\\w is a Unicode class")
    };
    let hir = parse(pattern);
    [false, true].into_iter().all(|end| {
        let (mut c, empty) = edge(&hir, end);
        c.difference(&word);
        !empty && c.ranges().is_empty()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `\b(?:…)\b` finds, for comparison.
    fn unicode_b(pattern: &str, hay: &str) -> Vec<Span> {
        Regex::new(&format!(r"\b(?:{pattern})\b"))
            .unwrap()
            .find_iter(hay)
            .map(|m| Span::new(m.start(), m.end()))
            .collect()
    }

    #[test]
    fn finds_what_unicode_boundaries_find() {
        let pattern = r"with|to|by|з|із|зі|between|on\s+the";
        let hays = [
            "met with to by him",
            "з із зі зіз, with-to",
            "withto between; on the  way, onthe",
            "зустрівся з Остіном і з ним",
            "to",
            "",
            "é to é",
            "a to",
        ];
        let re = WholeWords::new(pattern);
        for hay in hays {
            assert_eq!(
                re.find_iter(hay).collect::<Vec<_>>(),
                unicode_b(pattern, hay),
                "{hay:?}"
            );
            assert_eq!(re.is_match(hay), !unicode_b(pattern, hay).is_empty());
            for start in (0..=hay.len()).filter(|&i| hay.is_char_boundary(i)) {
                let want = Regex::new(&format!(r"\b(?:{pattern})\b"))
                    .unwrap()
                    .find_at(hay, start)
                    .map(|m| Span::new(m.start(), m.end()));
                assert_eq!(re.find_at(hay, start), want, "{hay:?} at {start}");
            }
        }
    }

    #[test]
    fn ascii_word_characters_are_unicode_ones() {
        for c in (0..=0x7f_u8).map(char::from) {
            assert_eq!(is_word(c), is_word_character(c), "{c:?}");
        }
    }

    #[test]
    fn word_edges_are_read_off_the_syntax() {
        assert!(word_edged(r"with|з|discuss(?:ed|es)?|on\s+the"));
        assert!(word_edged(r"зустріч\w*|прем'єр(?:-міністр)?\w*"));
        assert!(!word_edged(r"'s|it"));
        assert!(!word_edged(r"met\s*"));
        assert!(!word_edged(r"a?"));
        assert!(!word_edged(r"-to"));
    }
}
