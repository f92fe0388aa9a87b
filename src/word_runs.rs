//! UAX #29 word boundaries for the characters news text is mostly made of
//! (ASCII, Latin-1 and Latin Extended letters, Cyrillic, common quotes and
//! dashes), without the general Unicode tables. A text with any other
//! character gets `None`, and the caller falls back to the full algorithm.

use crate::fold::word_chars_len;

/// The word-break classes the known characters fall in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Letter,
    Numeric,
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    ExtendNumLet,
    Other,
}

use Class::*;

const fn class(c: char) -> Option<Class> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Letter,
        '0'..='9' => Numeric,
        ':' | '·' => MidLetter,
        ',' | ';' => MidNum,
        '.' | '‘' | '’' => MidNumLet,
        '\'' => SingleQuote,
        '_' => ExtendNumLet,
        '\u{85}' => return None,
        '\0'..='\u{7f}' => Other,
        'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ɏ' => Letter,
        '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}' => Letter,
        '\u{a0}' | '§' | '©' | '«' | '®' | '°' | '±' | '»' | '×' | '÷' => Other,
        '‐'..='―' | '“' | '”' | '„' | '•' | '…' | '‹' | '›' => Other,
        '€' | '№' | '™' | '−' => Other,
        _ => return None,
    })
}

fn is_mid_letter(c: Class) -> bool {
    matches!(c, MidLetter | MidNumLet | SingleQuote)
}

fn is_mid_num(c: Class) -> bool {
    matches!(c, MidNum | MidNumLet | SingleQuote)
}

/// The classes of the ASCII chars, looked up rather than matched.
const ASCII_CLASSES: [Class; 128] = {
    let mut t = [Other; 128];
    let mut c = 0;
    while c < 128 {
        if let Some(k) = class(c as u8 as char) {
            t[c] = k;
        }
        c += 1;
    }
    t
};

/// The class and length in bytes of the char at byte `i` of `text`:
/// `Ok(None)` at the end, `Err` for a char this module does not know.
fn class_at(text: &str, i: usize) -> Result<Option<(Class, usize)>, ()> {
    let c = match text.as_bytes().get(i) {
        None => return Ok(None),
        Some(&b) if b.is_ascii() => return Ok(Some((ASCII_CLASSES[b as usize], 1))),
        Some(_) => text[i..].chars().next().ok_or(())?,
    };
    class(c).map(|k| Some((k, c.len_utf8()))).ok_or(())
}

/// The words of `text` as `(start, end)` byte offsets, as
/// `unicode_word_indices` gives them; `None` when `text` holds a character
/// this module does not know.
///
/// Rules WB5–WB13b, read as runs: letters, digits and connectors (`_`) all
/// hold together, and so does one mid char (`.`, `'`, `:`, `,`…) between
/// two letters or two digits it may join; anything else breaks. A run with
/// a letter or digit is a word.
pub(crate) fn word_runs(text: &str) -> Option<Vec<(usize, usize)>> {
    let bytes = text.as_bytes();
    // About one word in six bytes of news: growing by doubling costs more.
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while let Some((k, n)) = class_at(text, i).ok()? {
        let start = i;
        i += n;
        if !matches!(k, Letter | Numeric | ExtendNumLet) {
            continue;
        }
        let (mut last, mut word) = (k, k != ExtendNumLet);
        loop {
            // Most of a word at once: ASCII letters and digits, Cyrillic.
            let skip = word_chars_len(&text[i..]);
            if skip > 0 {
                i += skip;
                last = if bytes[i - 1].is_ascii_digit() {
                    Numeric
                } else {
                    Letter
                };
                word = true;
            }
            let Some((next, n)) = class_at(text, i).ok()? else {
                break;
            };
            match next {
                Letter | Numeric | ExtendNumLet => {
                    word |= next != ExtendNumLet;
                    last = next;
                    i += n;
                }
                m if is_mid_letter(m) || is_mid_num(m) => {
                    let Some((after, n2)) = class_at(text, i + n).ok()? else {
                        break;
                    };
                    let bridged = (last == Letter && is_mid_letter(m) && after == Letter)
                        || (last == Numeric && is_mid_num(m) && after == Numeric);
                    if !bridged {
                        break;
                    }
                    last = after;
                    i += n + n2;
                }
                _ => break,
            }
        }
        if word {
            out.push((start, i));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_segmentation::UnicodeSegmentation;

    fn reference(text: &str) -> Vec<(usize, usize)> {
        text.unicode_word_indices()
            .map(|(i, w)| (i, i + w.len()))
            .collect()
    }

    fn known() -> Vec<char> {
        (0..=0x2200u32)
            .filter_map(char::from_u32)
            .filter(|&c| class(c).is_some())
            .collect()
    }

    #[test]
    fn every_known_char_breaks_as_unicode_says() {
        let context = ['a', 'Я', '1', '.', ':', ',', '\'', '’', '_', ' ', '-', 'é'];
        for c in known() {
            let mut cases = vec![c.to_string()];
            for x in context {
                cases.push(format!("{x}{c}"));
                cases.push(format!("{c}{x}"));
                for y in context {
                    cases.push(format!("{x}{c}{y}"));
                    cases.push(format!("{x}{c}{c}{y}"));
                    cases.push(format!("{c}{x}{y}"));
                    cases.push(format!("{x}{y}{c}"));
                }
            }
            for t in cases {
                assert_eq!(word_runs(&t), Some(reference(&t)), "{t:?}");
            }
        }
    }

    #[test]
    fn random_texts_break_as_unicode_says() {
        let known = known();
        // A fixed linear congruential sequence: reproducible, no dependency.
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed = seed
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let common: Vec<char> = "aZ9 .,:;'’_-é".chars().collect();
        for _ in 0..20_000 {
            let len = 1 + next(12);
            let t: String = (0..len)
                .map(|_| {
                    if next(3) == 0 {
                        known[next(known.len())]
                    } else {
                        common[next(common.len())]
                    }
                })
                .collect();
            assert_eq!(word_runs(&t), Some(reference(&t)), "{t:?}");
        }
    }

    #[test]
    fn unknown_chars_give_none() {
        assert_eq!(word_runs("soft\u{ad}hyphen"), None);
        assert_eq!(word_runs("emoji 🙂"), None);
        assert_eq!(word_runs("й"), Some(vec![(0, 2)]));
        assert_eq!(word_runs("и\u{306}"), None);
    }
}
