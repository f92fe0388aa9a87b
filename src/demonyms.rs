//! Demonyms ("Ukrainian", "французький"): the folded forms of every
//! record's demonyms, looked up word by word.

use rustc_hash::FxHashMap;

use crate::fold::fold;
use crate::gazetteer::Gazetteer;
use crate::inflect::{self, NameClass};

/// Folded demonym form → the record (a country) it names.
#[derive(Clone, Debug, Default)]
pub(crate) struct Demonyms {
    records: FxHashMap<Box<str>, u32>,
    /// Bit `(a << 8) | b` is set when a form opens with the bytes `a b`
    /// (`b` 0 for a one-byte form): nearly every word of a text is no
    /// demonym, and two bytes say so before any hashing.
    openings: Vec<u64>,
}

impl Demonyms {
    pub fn new(g: &Gazetteer) -> Demonyms {
        let mut d = Demonyms {
            records: FxHashMap::default(),
            openings: vec![0; (1 << 16) / 64],
        };
        for i in g.with_demonyms() {
            let r = &g.records()[i];
            for (lang, words) in &r.demonyms {
                for w in words {
                    let forms = match lang.as_str() {
                        "uk" => inflect::forms(inflect::Lang::Uk, w, NameClass::Adjective),
                        "ru" => inflect::forms(inflect::Lang::Ru, w, NameClass::Adjective),
                        _ => vec![w.clone()],
                    };
                    for f in forms {
                        let f = fold(&f);
                        let bit = opening(&f);
                        d.openings[bit / 64] |= 1 << (bit % 64);
                        // The first record to claim a form keeps it.
                        d.records.entry(f.into()).or_insert(i as u32);
                    }
                }
            }
        }
        d
    }

    /// The record a folded word names as a demonym.
    pub fn get(&self, folded: &str) -> Option<u32> {
        let bit = opening(folded);
        if self.openings[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        self.records.get(folded).copied()
    }
}

/// The first two bytes of `s`, as one number.
fn opening(s: &str) -> usize {
    let b = s.as_bytes();
    let byte = |i: usize| usize::from(b.get(i).copied().unwrap_or(0));
    (byte(0) << 8) | byte(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_found_and_others_are_not() {
        let mut b = Gazetteer::builder();
        b.add_jsonl(
            "t",
            r#"{"id":"iso:UA","kind":"location","name":"Ukraine","demonyms":{"en":["Ukrainian"],"uk":["український"]}}"#,
        )
        .unwrap();
        let g = b.finish().unwrap();
        let d = Demonyms::new(&g);
        assert_eq!(d.get("ukrainian"), Some(0));
        assert_eq!(d.get("українського"), Some(0));
        assert_eq!(d.get("ukraine"), None);
        assert_eq!(d.get("u"), None);
        assert_eq!(d.get(""), None);
    }
}
