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

/// Ukrainian where Cyrillic letters outnumber Latin ones and Ukrainian-only
/// letters (і ї є ґ) outnumber Russian-only ones (ы э ё ъ); Russian where
/// the opposite; English otherwise.
fn detect(text: &str) -> Lang {
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
    if cyr > latin {
        if ru > uk {
            Lang::Ru
        } else {
            Lang::Uk
        }
    } else {
        Lang::En
    }
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
}
