//! UAX #29 word boundaries for the characters news text is mostly made of
//! (ASCII, Latin-1 and Latin Extended letters, Cyrillic, common quotes and
//! dashes), without the general Unicode tables. A text with any other
//! character gets `None`, and the caller falls back to the full algorithm.

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

fn class(c: char) -> Option<Class> {
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

/// Whether rules WB5–WB13b keep `prev` and `next` together, `before` being
/// the class before `prev` and `after` the one after `next`.
fn joined(before: Option<Class>, prev: Class, next: Class, after: Option<Class>) -> bool {
    match (prev, next) {
        (Letter | Numeric, Letter | Numeric) => true,
        (Letter | Numeric | ExtendNumLet, ExtendNumLet) => true,
        (ExtendNumLet, Letter | Numeric) => true,
        (Letter, m) if is_mid_letter(m) => after == Some(Letter),
        (m, Letter) if is_mid_letter(m) && before == Some(Letter) => true,
        (Numeric, m) if is_mid_num(m) => after == Some(Numeric),
        (m, Numeric) if is_mid_num(m) => before == Some(Numeric),
        _ => false,
    }
}

/// The words of `text` as `(start, end)` byte offsets, as
/// `unicode_word_indices` gives them; `None` when `text` holds a character
/// this module does not know.
pub(crate) fn word_runs(text: &str) -> Option<Vec<(usize, usize)>> {
    let mut chars = text.char_indices();
    // The next char and its class; `Err` for an unknown one.
    let mut step = || match chars.next() {
        None => Ok(None),
        Some((i, c)) => class(c).map(|k| Some((i, k))).ok_or(()),
    };
    let mut out = Vec::new();
    let Some(mut cur) = step().ok()? else {
        return Some(out);
    };
    let mut next = step().ok()?;
    let mut after = step().ok()?;
    let mut before: Option<Class> = None;
    let mut start = cur.0;
    let mut word = false;
    loop {
        word |= matches!(cur.1, Letter | Numeric);
        let breaks = next.is_none_or(|(_, n)| !joined(before, cur.1, n, after.map(|a| a.1)));
        if breaks {
            if word {
                out.push((start, next.map_or(text.len(), |(i, _)| i)));
            }
            word = false;
            start = next.map_or(text.len(), |(i, _)| i);
        }
        let Some(n) = next else {
            return Some(out);
        };
        before = Some(cur.1);
        cur = n;
        next = after;
        after = step().ok()?;
    }
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
