//! Sentences and items.
//!
//! A line break always ends a sentence (news puts headlines, bylines and
//! list entries on lines of their own). Inside a line a sentence ends at
//! `.`, `!`, `?` or `…` followed by a space and a capital, a digit or an
//! opening quote, unless the word before the stop is an abbreviation
//! ("U.S.", "Gen.", "Dec.").
//!
//! An *item* is a part of a page that stands alone: the article itself, or
//! one headline of a "related news" block, which sites print with a time
//! stamp line under each headline (`11:53, 09.03.2025`). Each headline of
//! such a block is its own item, dated by its stamp.

use std::cell::OnceCell;

use chrono::NaiveDate;
use memchr::memmem;
use once_cell::sync::Lazy;

use crate::dates::parse_stamp;
use crate::fold::Folded;
use crate::Span;

/// A sentence and the item it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub span: Span,
    pub item: usize,
}

/// An item of the page: the article (item 0) or a stamped headline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Item {
    /// The date of its stamp line, for headlines.
    pub stamp: Option<NaiveDate>,
    /// Whether it is a headline of a related-news block.
    pub headline: bool,
}

/// The sentences folded, each on first need: the role and the meeting
/// rules read the same sentences, and fold each once, as a part of the
/// whole text's fold.
pub(crate) struct Folds<'t> {
    whole: &'t Folded<'t>,
    spans: Vec<Span>,
    folded: Vec<OnceCell<Folded<'t>>>,
}

impl<'t> Folds<'t> {
    pub fn new(whole: &'t Folded<'t>, sentences: &[Sentence]) -> Folds<'t> {
        Folds {
            whole,
            spans: sentences.iter().map(|s| s.span).collect(),
            folded: sentences.iter().map(|_| OnceCell::new()).collect(),
        }
    }

    /// Sentence `i` folded; its offsets are the sentence's, not the text's.
    pub fn get(&self, i: usize) -> &Folded<'t> {
        self.folded[i].get_or_init(|| self.whole.part(self.spans[i]))
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "sgt", "capt", "adm", "gov", "sen",
    "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "no", "vol", "vs", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "approx", "ім", "див",
    "тис", "млн", "млрд", "грн", "вул", "р", "рр", "ст", "пп", "п", "т", "д", "ген", "г", "гг",
    "им", "ул", "січ", "лют", "бер", "квіт", "трав", "черв", "лип", "серп", "вер", "жовт", "лист",
    "груд",
];

/// Splits `text[from..]` into sentences and items.
pub(crate) fn split(text: &str, from: usize) -> (Vec<Sentence>, Vec<Item>) {
    let lines = lines(text, from);
    // Lines that are stamps, and the headline line each one dates.
    let stamps: Vec<Option<NaiveDate>> = lines.iter().map(|l| parse_stamp(&text[*l])).collect();
    let first_stamp = stamps.iter().position(Option::is_some);
    let mut items = vec![Item {
        stamp: None,
        headline: false,
    }];
    let mut sentences = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if stamps[i].is_some() {
            continue;
        }
        // In a related-news block every line is an item of its own, dated
        // by the stamp right under it.
        let in_block = first_stamp.is_some_and(|f| i + 1 == f || i > f);
        let item = if in_block {
            items.push(Item {
                stamp: stamps.get(i + 1).copied().flatten(),
                headline: true,
            });
            items.len() - 1
        } else {
            0
        };
        for span in split_line(text, *line) {
            for span in cap(text, span) {
                sentences.push(Sentence { span, item });
            }
        }
    }
    (sentences, items)
}

/// The longest sentence, in bytes: longer runs of text with no sentence end
/// are cut, at a space where there is one, so that the work done per
/// sentence stays bounded whatever the input.
const MAX_SENTENCE: usize = 2000;

/// `span` cut into pieces of at most `MAX_SENTENCE` bytes.
fn cap(text: &str, span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = span.start;
    while span.end - start > MAX_SENTENCE {
        let mut limit = start + MAX_SENTENCE;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = match text[start..limit].rfind(char::is_whitespace) {
            Some(i) if i > 0 => start + i,
            _ => limit,
        };
        out.push(Span::new(start, cut));
        start = cut + text[cut..].len() - text[cut..].trim_start().len();
    }
    if start < span.end {
        out.push(Span::new(start, span.end));
    }
    out
}

/// The non-blank lines of `text[from..]`, trimmed.
fn lines(text: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = from;
    for (i, _) in text[from..].match_indices('\n') {
        push_trimmed(text, start, from + i, &mut out);
        start = from + i + 1;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Span::new(start + lead, end - trail));
    }
}

fn split_line(text: &str, line: Span) -> Vec<Span> {
    let s = &text[line];
    let mut out = Vec::new();
    let mut start = 0;
    // Byte offsets: the stops are found by a scan, not char by char.
    let mut k = 0;
    while let Some(i) = next_stop(s, k) {
        let c = s[i..].chars().next().expect("a stop was found");
        let after = i + c.len_utf8();
        k = after;
        if c == '.' && is_abbreviation(&s[..i]) {
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let e = s.len() - s[after..].trim_start_matches(CLOSERS).len();
        let n = s.len() - s[e..].trim_start().len();
        let starts_new = n > e
            && s[n..].chars().next().is_some_and(|c| {
                c.is_uppercase()
                    || c.is_numeric()
                    || matches!(c, '"' | '“' | '«' | '„' | '\'' | '‘')
            });
        if starts_new {
            out.push(Span::new(line.start + start, line.start + e));
            start = n;
            k = n;
        }
    }
    if start < s.len() {
        out.push(Span::new(line.start + start, line.end));
    }
    out
}

/// A searcher for `…`, built once.
static ELLIPSIS: Lazy<memmem::Finder<'static>> = Lazy::new(|| memmem::Finder::new("…"));

/// The first `.`, `!`, `?` or `…` in `s[from..]`: a byte search, where a
/// search for chars decodes each one.
fn next_stop(s: &str, from: usize) -> Option<usize> {
    let rest = &s.as_bytes()[from..];
    let stop = memchr::memchr3(b'.', b'!', b'?', rest);
    let ellipsis = ELLIPSIS.find(&rest[..stop.unwrap_or(rest.len())]);
    ellipsis.or(stop).map(|i| from + i)
}

/// Closing quotes and brackets.
const CLOSERS: [char; 7] = ['"', '\'', '”', '’', '»', ')', ']'];

/// Whether the word ending `before` (just before a full stop) is an
/// abbreviation: a single letter ("U.S", "J"), or one of a short list.
fn is_abbreviation(before: &str) -> bool {
    // The word's last part: the letters back to a dot or another
    // character. No abbreviation has more than 6 letters, and no word of 7
    // is one: the walk stops there.
    let mut from = before.len();
    for (n, (i, c)) in before.char_indices().rev().enumerate() {
        if !is_letter(c) {
            break;
        }
        if n == 6 {
            return false;
        }
        from = i;
    }
    let last = &before[from..];
    let mut chars = last.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            return true;
        }
    }
    if last.is_ascii() {
        return ABBREVIATIONS
            .iter()
            .any(|a| a.len() == last.len() && a.eq_ignore_ascii_case(last));
    }
    // Lower-casing makes no fewer characters: a long word is none of them.
    last.chars().nth(6).is_none() && ABBREVIATIONS.contains(&last.to_lowercase().as_str())
}

/// `char::is_alphabetic`, with the Russian and Ukrainian basic letters
/// answered without the Unicode tables.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{0410}'..='\u{044F}').contains(&c) || c.is_alphabetic()
}

/// Compiles this module's regexes and tables now, not on first use (see
/// [`crate::Extractor::warm_up`]).
pub(crate) fn warm_up() {
    Lazy::force(&ELLIPSIS);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        split(text, 0).0.iter().map(|s| &text[s.span]).collect()
    }

    #[test]
    fn endless_sentences_are_cut_at_spaces() {
        for text in ["Zelensky met Macron, ".repeat(500), "Київ".repeat(2000)] {
            let (sentences, _) = split(&text, 0);
            assert!(sentences.len() > 2);
            let mut at = 0;
            for s in &sentences {
                let piece = &text.as_str()[s.span];
                assert!(piece.len() <= MAX_SENTENCE, "{}", piece.len());
                assert!(!piece.starts_with(' ') && !piece.is_empty());
                assert!(text[at..s.span.start].trim().is_empty(), "nothing is lost");
                at = s.span.end;
            }
            assert_eq!(at, text.trim_end().len());
        }
    }

    #[test]
    fn splits_at_stops_but_not_abbreviations() {
        assert_eq!(
            texts(
                "U.S. Secretary of Defense Lloyd Austin met Umerov. They talked. Gen. Smith left."
            ),
            vec![
                "U.S. Secretary of Defense Lloyd Austin met Umerov.",
                "They talked.",
                "Gen. Smith left."
            ]
        );
        assert_eq!(
            texts("He said it is “inevitable.” According to him, yes.\nNext line"),
            vec![
                "He said it is “inevitable.”",
                "According to him, yes.",
                "Next line"
            ]
        );
        assert_eq!(
            texts("On Dec. 4 they met. Вони зустрілися 4 груд. 2023 р. у Києві."),
            vec![
                "On Dec. 4 they met.",
                "Вони зустрілися 4 груд. 2023 р. у Києві."
            ]
        );
        assert_eq!(texts(""), Vec::<&str>::new());
        assert_eq!(texts("  \n \n"), Vec::<&str>::new());
    }

    #[test]
    fn stamped_headlines_are_items() {
        let text = "Body one. Body two.\nReklama\nHeadline A\n11:53, 09.03.2025\nHeadline B\n16:36, 08.03.2025\nHeadline C";
        let (sents, items) = split(text, 0);
        let by_text: Vec<(&str, usize)> = sents.iter().map(|s| (&text[s.span], s.item)).collect();
        assert_eq!(by_text[0], ("Body one.", 0));
        assert_eq!(by_text[2], ("Reklama", 0));
        let a = by_text.iter().find(|(t, _)| *t == "Headline A").unwrap().1;
        let b = by_text.iter().find(|(t, _)| *t == "Headline B").unwrap().1;
        let c = by_text.iter().find(|(t, _)| *t == "Headline C").unwrap().1;
        assert_eq!(items[a].stamp, NaiveDate::from_ymd_opt(2025, 3, 9));
        assert_eq!(items[b].stamp, NaiveDate::from_ymd_opt(2025, 3, 8));
        assert!(items[c].headline && items[c].stamp.is_none());
        assert!(a != b && b != c && a != 0);
    }
}
