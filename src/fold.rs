//! Text folding with a map from folded offsets back to the original bytes.
//!
//! Matching runs on a folded copy of the text: lower-cased (full Unicode),
//! with apostrophes, dashes, quotes and odd spaces made plain, Latin accents
//! dropped and Russian `ё` written `е`. Folding can change a character's
//! length in bytes (`’` is three bytes, `'` one), so the folded text keeps a
//! list of the points where the offset shift changes. Most text has few such
//! points, so the map stays small and lookups are a binary search.

use std::borrow::Cow;

use unicode_normalization::char::decompose_canonical;

use crate::Span;

/// A folded copy of a text, with its map back to the original.
#[derive(Clone, Debug)]
pub struct Folded<'t> {
    original: &'t str,
    /// Owned, or borrowed from the whole text's fold by [`Folded::part`].
    folded: Cow<'t, str>,
    /// `(folded offset, original offset)` at every point from which the
    /// difference between the two changes; sorted, starts with `(0, 0)`.
    shifts: Vec<(usize, usize)>,
}

impl<'t> Folded<'t> {
    /// Folds `original`.
    pub fn new(original: &'t str) -> Folded<'t> {
        let mut shifts = vec![(0, 0)];
        let folded = fold_mapped(original, |f, o| shifts.push((f, o)));
        Folded {
            original,
            folded: Cow::Owned(folded),
            shifts,
        }
    }

    /// The fold of `self.original()[span]`, as [`Folded::new`] would make
    /// it, borrowing the folded text instead of folding it again: folding
    /// is char by char, so a part's fold is a slice of the whole's.
    ///
    /// `span` must lie on char boundaries of the original.
    pub(crate) fn part(&self, span: Span) -> Folded<'_> {
        let from = self.to_folded(span.start);
        let to = self.to_folded(span.end);
        let mut shifts = vec![(0, 0)];
        let first = self.shifts.partition_point(|&(f, _)| f <= from);
        shifts.extend(
            self.shifts[first..]
                .iter()
                .take_while(|&&(f, _)| f <= to)
                .map(|&(f, o)| (f - from, o - span.start)),
        );
        Folded {
            original: &self.original[span],
            folded: Cow::Borrowed(&self.folded[from..to]),
            shifts,
        }
    }

    /// The folded offset of the original char boundary `original_offset`.
    pub(crate) fn to_folded(&self, original_offset: usize) -> usize {
        let i = self.shifts.partition_point(|&(_, o)| o <= original_offset) - 1;
        let (f, o) = self.shifts[i];
        f + (original_offset - o)
    }

    /// A cursor for [`Folded::to_folded`] on offsets in non-decreasing
    /// order, as a text's words give them: a step along the shift points
    /// instead of a binary search for each.
    pub(crate) fn cursor(&self) -> Cursor<'_> {
        Cursor {
            shifts: &self.shifts,
            i: 0,
        }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// The original text.
    pub fn original(&self) -> &'t str {
        self.original
    }

    /// Maps a span of the folded text to the span of the original it came
    /// from. The result always lies on the original's char boundaries.
    pub fn to_original(&self, span: Span) -> Span {
        let start = floor_boundary(self.original, self.map(span.start));
        let end = ceil_boundary(self.original, self.map(span.end));
        Span::new(start, end.max(start))
    }

    fn map(&self, folded_offset: usize) -> usize {
        let i = self.shifts.partition_point(|&(f, _)| f <= folded_offset) - 1;
        let (f, o) = self.shifts[i];
        (o + (folded_offset - f)).min(self.original.len())
    }
}

/// See [`Folded::cursor`].
pub(crate) struct Cursor<'f> {
    shifts: &'f [(usize, usize)],
    i: usize,
}

impl Cursor<'_> {
    /// [`Folded::to_folded`]; `original_offset` must be no less than the
    /// one asked before.
    pub(crate) fn folded_offset(&mut self, original_offset: usize) -> usize {
        let later = &self.shifts[self.i + 1..];
        self.i += later
            .iter()
            .take_while(|&&(_, o)| o <= original_offset)
            .count();
        let (f, o) = self.shifts[self.i];
        debug_assert!(o <= original_offset, "offsets asked in order");
        f + (original_offset - o)
    }
}

/// Folds `original`, telling `shift` each `(folded offset, original
/// offset)` from which the difference between the two changes.
fn fold_mapped(original: &str, shift: impl FnMut(usize, usize)) -> String {
    let mut folded = String::with_capacity(original.len());
    fold_mapped_into(original, &mut folded, shift);
    folded
}

/// [`fold_mapped`], appending to `folded`; the offsets it tells count from
/// the start of `folded`'s new part.
fn fold_mapped_into(original: &str, out: &mut String, mut shift: impl FnMut(usize, usize)) {
    let base = out.len();
    // Pushed as chars and `str`s, so that the result needs no UTF-8 check.
    let folded = out;
    let bytes = original.as_bytes();
    let mut other = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // The fast paths, byte by byte: ASCII and basic Cyrillic keep
        // their lengths, so their offsets need no shift.
        if b.is_ascii() && bytes.get(i + 1).is_none_or(|n| !n.is_ascii()) {
            // A lone ASCII char (a space between Cyrillic words) needs no
            // run set-up.
            folded.push(fold_ascii(b as char));
            i += 1;
            continue;
        }
        if b.is_ascii() {
            // A run of ASCII at once.
            let run = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii())
                .map_or(bytes.len(), |n| i + n);
            let ascii = &original[i..run];
            if ascii.contains('`') {
                folded.extend(ascii.chars().map(fold_ascii));
            } else {
                let at = folded.len();
                folded.push_str(ascii);
                folded[at..].make_ascii_lowercase();
            }
            i = run;
            continue;
        }
        if let Some(l) = bytes.get(i + 1).and_then(|&c| cyrillic_lower_utf8(b, c)) {
            folded.push(l);
            i += 2;
            continue;
        }
        let Some(c) = original[i..].chars().next() else {
            break;
        };
        let next_orig = i + c.len_utf8();
        let delta_before = i as isize - (folded.len() - base) as isize;
        other.clear();
        fold_char(c, &mut other);
        folded.push_str(&other);
        if next_orig as isize - (folded.len() - base) as isize != delta_before {
            shift(folded.len() - base, next_orig);
        }
        i = next_orig;
    }
}

/// [`cyrillic_lower`] on the two UTF-8 bytes of a char of U+0400..=U+04FF
/// (lead byte 0xD0..=0xD3), without decoding the char in full.
fn cyrillic_lower_utf8(lead: u8, next: u8) -> Option<char> {
    if lead & 0xfc != 0xd0 || next & 0xc0 != 0x80 {
        return None;
    }
    let c = char::from_u32((u32::from(lead & 0x1f) << 6) | u32::from(next & 0x3f))?;
    cyrillic_lower(c)
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn fold_ascii(c: char) -> char {
    match c {
        '`' => '\'',
        _ => c.to_ascii_lowercase(),
    }
}

/// Folds one character into `out`: the same rules the gazetteer's names go
/// through, so both sides meet.
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(fold_ascii(c));
        return;
    }
    if let Some(l) = cyrillic_lower(c) {
        out.push(l);
        return;
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02B9}' | '\u{2032}' | '\u{00B4}' => {
            out.push('\'')
        }
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{00AD}' => out.push('-'),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => {
            out.push('"')
        }
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => {
            out.push(' ')
        }
        'ё' | 'Ё' => out.push('е'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        'ø' | 'Ø' => out.push('o'),
        'ı' => out.push('i'),
        '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => {
            // Latin letters with accents: keep the base letter only.
            let mut pushed = false;
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    for l in d.to_lowercase() {
                        out.push(l);
                    }
                    pushed = true;
                }
            });
            if !pushed {
                out.extend(c.to_lowercase());
            }
        }
        _ => out.extend(c.to_lowercase()),
    }
}

/// The lower case of a basic Cyrillic letter other than `ё`, without the
/// general Unicode tables: most Ukrainian text is nothing else.
fn cyrillic_lower(c: char) -> Option<char> {
    let l = match c {
        'ё' | 'Ё' => return None,
        'а'..='я' | 'ѐ'..='џ' | 'ґ' => c as u32,
        'А'..='Я' => c as u32 + 0x20,
        'Ѐ'..='Џ' => c as u32 + 0x50,
        'Ґ' => 'ґ' as u32,
        _ => return None,
    };
    char::from_u32(l)
}

fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}')
}

/// Folds a whole string (for gazetteer names and lexicons).
pub fn fold(s: &str) -> String {
    fold_mapped(s, |_, _| {})
}

/// Whether `c` belongs inside a word: a letter, a digit or a combining mark.
pub(crate) fn is_word_char(c: char) -> bool {
    // ASCII and Cyrillic letters first: the general Unicode tables are a
    // binary search, and matching asks this of nearly every char.
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => true,
        _ => c.is_alphanumeric() || is_combining_mark(c),
    }
}

/// The length in bytes of the word chars `s` starts with, as far as they
/// are ASCII letters and digits or basic Cyrillic letters: a cheap way
/// through the inside of words, where no boundary lies.
pub(crate) fn word_chars_len(s: &str) -> usize {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            x if x.is_ascii_alphanumeric() => i += 1,
            // Lead bytes of U+0400..=U+047F and U+04C0..=U+04FF, all letters.
            0xd0 | 0xd1 | 0xd3 if i + 1 < b.len() => i += 2,
            _ => break,
        }
    }
    i
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

/// Whether a word ends at byte `i` of `s` and another does not go on: the
/// chars on either side are not both word chars. An apostrophe between two
/// Cyrillic letters is inside a word (`п'ять`); in Latin text it is not
/// (`Ukraine's` is `Ukraine` and `'s`).
pub(crate) fn is_boundary(s: &str, i: usize) -> bool {
    let before = s[..i].chars().next_back();
    let after = s[i..].chars().next();
    match (before, after) {
        (Some(b), Some(a)) => {
            if is_word_char(b) && is_word_char(a) {
                return false;
            }
            if is_apostrophe(a) && is_cyrillic(b) {
                return !s[i + a.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(is_cyrillic);
            }
            if is_apostrophe(b) && is_cyrillic(a) {
                return !s[..i - b.len_utf8()]
                    .chars()
                    .next_back()
                    .is_some_and(is_cyrillic);
            }
            true
        }
        _ => true,
    }
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}' | '`')
}

#[cfg(test)]
mod tests {
    use super::*;

    struct FoldTest {
        name: &'static str,
        input: &'static str,
        folded: &'static str,
    }

    const FOLDS: &[FoldTest] = &[
        FoldTest {
            name: "ascii",
            input: "NATO Chief",
            folded: "nato chief",
        },
        FoldTest {
            name: "cyrillic",
            input: "Києві НАТО",
            folded: "києві нато",
        },
        FoldTest {
            name: "apostrophes",
            input: "п’ять пʼять п'ять ‘x`",
            folded: "п'ять п'ять п'ять 'x'",
        },
        FoldTest {
            name: "dashes",
            input: "a–b—c‐d−e",
            folded: "a-b-c-d-e",
        },
        FoldTest {
            name: "quotes",
            input: "«Так» “yes” „ja“",
            folded: "\"так\" \"yes\" \"ja\"",
        },
        FoldTest {
            name: "nbsp",
            input: "Rustem\u{00A0}Umerov",
            folded: "rustem umerov",
        },
        FoldTest {
            name: "accents",
            input: "Sébastien Šakalienė",
            folded: "sebastien sakaliene",
        },
        FoldTest {
            name: "polish",
            input: "Radosław Łódź",
            folded: "radoslaw lodz",
        },
        FoldTest {
            name: "yo",
            input: "Соединённые Штаты",
            folded: "соединенные штаты",
        },
        FoldTest {
            name: "ukrainian letters kept",
            input: "Їжак Ґанок Йосип",
            folded: "їжак ґанок йосип",
        },
        FoldTest {
            name: "empty",
            input: "",
            folded: "",
        },
    ];

    #[test]
    fn cyrillic_fast_path_is_unicode_lower_case() {
        for c in '\u{0400}'..='\u{04FF}' {
            if let Some(l) = cyrillic_lower(c) {
                assert_eq!(c.to_lowercase().collect::<String>(), l.to_string(), "{c}");
            }
        }
    }

    #[test]
    fn the_cursor_maps_as_to_folded_does() {
        let text = "İstanbul’s «Київ» — Ёлкин, café";
        let f = Folded::new(text);
        let mut cursor = f.cursor();
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(cursor.folded_offset(i), f.to_folded(i), "{i}");
        }
    }

    #[test]
    fn cyrillic_bytes_fast_path_is_the_char_path() {
        for c in '\u{0400}'..='\u{04FF}' {
            let mut utf8 = [0; 4];
            let b = c.encode_utf8(&mut utf8).as_bytes();
            let want = cyrillic_lower(c);
            assert_eq!(cyrillic_lower_utf8(b[0], b[1]), want, "{c}");
        }
        assert_eq!(cyrillic_lower_utf8(0xd0, b'a'), None);
    }

    #[test]
    fn word_chars_fast_path_is_unicode() {
        for c in '\0'..='\u{fff}' {
            assert_eq!(
                is_word_char(c),
                c.is_alphanumeric() || is_combining_mark(c),
                "{c:?}"
            );
        }
    }

    #[test]
    fn word_chars_len_counts_only_word_chars() {
        for c in '\0'..='\u{fff}' {
            let s = format!("{c}{c}");
            let n = word_chars_len(&s);
            assert!(n == 0 || n == s.len(), "{c:?}");
            assert!(n == 0 || is_word_char(c), "{c:?}");
            if c.is_ascii_alphanumeric() || ('а'..='я').contains(&c) {
                assert_eq!(n, s.len(), "{c:?}");
            }
        }
        assert_eq!(word_chars_len("Київ, x"), "Київ".len());
        assert_eq!(word_chars_len("ab'c"), 2);
    }

    #[test]
    fn folding_table() {
        for t in FOLDS {
            assert_eq!(Folded::new(t.input).as_str(), t.folded, "{}", t.name);
            assert_eq!(fold(t.input), t.folded, "{} (fold)", t.name);
        }
    }

    /// Every folded word maps back to the original word it came from.
    #[test]
    fn offsets_map_back_to_words() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Ukraine’s «Київ» and Sébastien",
                &["Ukraine", "Київ", "and", "Sébastien"],
            ),
            ("İstanbul — Łódź", &["İstanbul", "Łódź"]),
            (
                "“Had an important meeting” — Umerov",
                &["Had", "important", "Umerov"],
            ),
            (
                "зі Скоттом Бреєм у Києві",
                &["зі", "Скоттом", "Бреєм", "Києві"],
            ),
        ];
        for (text, words) in cases {
            let f = Folded::new(text);
            for w in *words {
                let fw = fold(w);
                let fs = f
                    .as_str()
                    .find(&fw)
                    .unwrap_or_else(|| panic!("{fw} in {}", f.as_str()));
                let span = f.to_original(Span::new(fs, fs + fw.len()));
                assert_eq!(&text[span], *w, "in {text:?}");
            }
        }
    }

    /// A part of a fold is the fold of the part.
    #[test]
    fn parts_are_folds_of_the_part() {
        let text = "İ’ﬁ—Ё «x» ǅé Київ’s x`y";
        let whole = Folded::new(text);
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in &bounds[k..] {
                let part = whole.part(Span::new(a, b));
                let own = Folded::new(&text[a..b]);
                assert_eq!(part.as_str(), own.as_str(), "{a}..{b}");
                assert_eq!(part.original(), own.original());
                for i in 0..=own.as_str().len() {
                    for j in i..=own.as_str().len() {
                        let s = Span::new(i, j);
                        assert_eq!(part.to_original(s), own.to_original(s), "{a}..{b} {s}");
                    }
                }
            }
        }
    }

    #[test]
    fn whole_text_maps_to_whole_text() {
        for text in ["", "abc", "’’’", "Ёлка ʼ", "ǅ ﬁ İ"] {
            let f = Folded::new(text);
            let span = f.to_original(Span::new(0, f.as_str().len()));
            assert_eq!(span, Span::new(0, text.len()), "{text:?}");
        }
    }

    #[test]
    fn every_folded_offset_maps_to_a_char_boundary() {
        let text = "İ’ﬁ—Ё «x» ǅé";
        let f = Folded::new(text);
        for i in 0..=f.as_str().len() {
            for j in i..=f.as_str().len() {
                let s = f.to_original(Span::new(i, j));
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                assert!(s.start <= s.end && s.end <= text.len());
            }
        }
    }

    struct BoundaryTest {
        text: &'static str,
        at: usize,
        boundary: bool,
    }

    const BOUNDARIES: &[BoundaryTest] = &[
        BoundaryTest {
            text: "Київська",
            at: 8,
            boundary: false,
        },
        BoundaryTest {
            text: "Київ, ",
            at: 8,
            boundary: true,
        },
        BoundaryTest {
            text: "Ukraine's",
            at: 7,
            boundary: true,
        },
        BoundaryTest {
            text: "Ukraine’s",
            at: 7,
            boundary: true,
        },
        BoundaryTest {
            text: "Мар'яна",
            at: 6,
            boundary: false,
        },
        BoundaryTest {
            text: "Мар’яна",
            at: 6,
            boundary: false,
        },
        BoundaryTest {
            text: "Kyiv-based",
            at: 4,
            boundary: true,
        },
        BoundaryTest {
            text: "G7s",
            at: 2,
            boundary: false,
        },
        BoundaryTest {
            text: "x",
            at: 0,
            boundary: true,
        },
        BoundaryTest {
            text: "x",
            at: 1,
            boundary: true,
        },
        BoundaryTest {
            text: "НАТО'",
            at: 8,
            boundary: true,
        },
    ];

    #[test]
    fn word_boundaries_table() {
        for t in BOUNDARIES {
            assert_eq!(
                is_boundary(t.text, t.at),
                t.boundary,
                "{:?} at {}",
                t.text,
                t.at
            );
        }
    }
}
