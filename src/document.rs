//! A document: borrowed text, its publication date and language.

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::Lang;

/// A text to extract from, with what is known about it.
///
/// An article may begin with a line ` date YYYY-MM-DD`: that is its
/// publication date, read by [`Document::new`], unless
/// [`Document::published`] sets one.
///
/// ```
/// use gazette::Document;
/// let doc = Document::new(" date 2024-12-18 Umerov met Healey in Kyiv.");
/// assert_eq!(doc.published_date().unwrap().to_string(), "2024-12-18");
/// assert_eq!(&doc.text()[doc.body_start()..], "Umerov met Healey in Kyiv.");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Document<'t> {
    text: &'t str,
    published: Option<NaiveDate>,
    body_start: usize,
    lang: Option<Lang>,
}

static HEADER: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?:\s+|$)").expect("header pattern compiles")
});

impl<'t> Document<'t> {
    /// A document over `text`, reading a ` date YYYY-MM-DD` header if present.
    pub fn new(text: &'t str) -> Document<'t> {
        let (published, body_start) = match HEADER.captures(text) {
            Some(c) => {
                let num = |i: usize| c[i].parse::<u32>().unwrap_or(0);
                let date = NaiveDate::from_ymd_opt(num(1) as i32, num(2), num(3));
                (date, c.get(0).map_or(0, |m| m.end()))
            }
            None => (None, 0),
        };
        Document {
            text,
            published,
            body_start,
            lang: None,
        }
    }

    /// Sets the publication date, which resolves relative dates ("yesterday")
    /// and roles ("the Pentagon chief").
    pub fn published(mut self, date: NaiveDate) -> Document<'t> {
        self.published = Some(date);
        self
    }

    /// Sets the language instead of detecting it.
    pub fn lang(mut self, lang: Lang) -> Document<'t> {
        self.lang = Some(lang);
        self
    }

    /// The whole text; every offset refers to it.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The publication date, if known.
    pub fn published_date(&self) -> Option<NaiveDate> {
        self.published
    }

    /// Where the text after the date header starts.
    pub fn body_start(&self) -> usize {
        self.body_start
    }

    /// The language: as set, or detected from the letters of the text.
    pub fn language(&self) -> Lang {
        self.lang
            .unwrap_or_else(|| detect(&self.text[self.body_start..]))
    }
}

/// і ї є, І Ї Є, ґ Ґ in UTF-8.
const UK_ONLY: [u16; 8] = [
    0xd196, 0xd197, 0xd194, 0xd086, 0xd087, 0xd084, 0xd291, 0xd290,
];
/// ы э ё ъ, Ы Э Ё in UTF-8.
const RU_ONLY: [u16; 7] = [0xd18b, 0xd18d, 0xd191, 0xd18a, 0xd0ab, 0xd0ad, 0xd081];

/// Ukrainian where Cyrillic letters outnumber Latin ones and Ukrainian-only
/// letters (і ї є ґ) outnumber Russian-only ones (ы э ё ъ); Russian where
/// the opposite; English otherwise. Only the first 20,000 chars count.
///
/// A scan of the UTF-8 bytes: every letter it counts is ASCII or two bytes
/// with a lead byte of U+0400..=U+04FF (0xD0..=0xD3, never a byte inside
/// another char), so no char needs decoding.
fn detect(text: &str) -> Lang {
    let b = &text.as_bytes()[..first_chars(text, 20_000)];
    let latin = count(b, |x| x.is_ascii_alphabetic());
    let cyr = count(b, |x| x & 0xfc == 0xd0);
    if cyr <= latin {
        return Lang::En;
    }
    // Every byte pair is looked at, not only those at a char's start: a
    // pair counted opens with a lead byte, never a byte inside a char.
    // Comparisons or'ed together, not a `match`, keep the loop vectorised.
    let pairs: Vec<u16> = b
        .windows(2)
        .map(|w| u16::from_be_bytes([w[0], w[1]]))
        .collect();
    let uk = count(&pairs, |p| {
        UK_ONLY.iter().fold(false, |hit, &k| hit | (p == k))
    });
    let ru = count(&pairs, |p| {
        RU_ONLY.iter().fold(false, |hit, &k| hit | (p == k))
    });
    if ru > uk {
        Lang::Ru
    } else {
        Lang::Uk
    }
}

/// How many of `xs` pass `hit`: counted in byte-wide lanes, 255 at a
/// time, which the compiler vectorises (a `filter().count()` it does not).
fn count<T: Copy>(xs: &[T], hit: impl Fn(T) -> bool) -> usize {
    xs.chunks(255)
        .map(|c| usize::from(c.iter().fold(0u8, |n, &x| n + u8::from(hit(x)))))
        .sum()
}

/// The length in bytes of the first `n` chars of `text`.
fn first_chars(text: &str, n: usize) -> usize {
    // Never more chars than bytes: most texts are shorter than that.
    if text.len() <= n {
        return text.len();
    }
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// Compiles this module's regexes and tables now, not on first use (see
/// [`crate::Extractor::warm_up`]).
pub(crate) fn warm_up() {
    Lazy::force(&HEADER);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_is_read_when_present() {
        let d = Document::new(" date 2023-12-04 Text");
        assert_eq!(d.published_date(), NaiveDate::from_ymd_opt(2023, 12, 4));
        assert_eq!(&d.text()[d.body_start()..], "Text");
        let d = Document::new("date 2023-12-04\nText");
        assert_eq!(&d.text()[d.body_start()..], "Text");
        let d = Document::new("The date 2023-12-04 is mid-text");
        assert_eq!(d.published_date(), None);
        assert_eq!(d.body_start(), 0);
        let d = Document::new(" date 2023-13-45 Bad");
        assert_eq!(d.published_date(), None);
    }

    #[test]
    fn language_is_detected() {
        assert_eq!(Document::new("Umerov met Healey").language(), Lang::En);
        assert_eq!(
            Document::new("Умєров зустрівся з Хілі у Києві").language(),
            Lang::Uk
        );
        assert_eq!(
            Document::new("Умеров встретился с Хили в Киеве, объявил").language(),
            Lang::Ru
        );
        assert_eq!(Document::new("").language(), Lang::En);
    }

    /// The byte scan counts as decoding each char would.
    #[test]
    fn detection_is_the_char_count() {
        fn by_chars(text: &str) -> Lang {
            let (mut latin, mut cyr, mut uk, mut ru) = (0usize, 0usize, 0usize, 0usize);
            for c in text.chars().take(20_000) {
                match c {
                    'a'..='z' | 'A'..='Z' => latin += 1,
                    'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ' => {
                        cyr += 1;
                        uk += 1
                    }
                    'ы' | 'э' | 'ё' | 'ъ' | 'Ы' | 'Э' | 'Ё' => {
                        cyr += 1;
                        ru += 1
                    }
                    '\u{0400}'..='\u{04FF}' => cyr += 1,
                    _ => {}
                }
            }
            match (cyr > latin, ru > uk) {
                (true, true) => Lang::Ru,
                (true, false) => Lang::Uk,
                _ => Lang::En,
            }
        }
        let mut texts: Vec<String> = ["їі ыэ", "ЪЁё abc", "Ґґ ЭЫ", "é ü ∑ 😀 ab"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        texts.push(format!("{}{}", "a".repeat(19_999), "ббб"));
        texts.push(format!("{}{}", "ы".repeat(10_000), "ї".repeat(10_001)));
        texts.push(format!("{}{}", "😀".repeat(19_998), "ыы"));
        for c in '\u{0}'..='\u{0500}' {
            texts.push(format!("{c}{c}x"));
        }
        for t in &texts {
            assert_eq!(
                detect(t),
                by_chars(t),
                "{:?}",
                t.chars().take(8).collect::<String>()
            );
        }
    }
}
