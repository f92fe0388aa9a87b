//! The matcher: double-array tries over every folded surface form, searched
//! for every form that starts at a word boundary, kept where it also ends at
//! one and its capitals fit.
//!
//! A match must start and end at word boundaries, so a common-prefix search
//! from each boundary finds all of them (overlaps included: choosing among
//! them is `resolve`'s job) without stepping an automaton through every
//! character and then throwing away the matches inside words.
//!
//! The default gazetteer's trie and pattern table are compiled by the build
//! script (`build.rs` includes this module) and only loaded at start-up:
//! generating and folding every case form and building the trie takes far
//! longer than reading them back. Records a user adds get a second, small
//! trie built at start-up.

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::HashMap;

use yada::builder::DoubleArrayBuilder;
use yada::DoubleArray;

use crate::fold::{fold, is_apostrophe, is_boundary, is_word_char, word_chars_len, Folded};
use crate::forms::{forms, FormFlags};
use std::ops::Range;

use crate::gazetteer::Gazetteer;
use crate::{Error, Span};

/// One record a pattern names, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

/// A gazetteer form found in a text by [`crate::Extractor::matches`]:
/// overlaps included, before any of them is chosen and before any rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Match {
    span: Span,
    record: u32,
}

impl Match {
    /// Where the form is, as byte offsets into the document's text.
    pub fn span(&self) -> Span {
        self.span
    }

    /// Which record the form names: an index into the records of
    /// [`crate::Extractor::gazetteer`]. One span that names several records
    /// gives one match for each.
    pub fn record(&self) -> usize {
        self.record as usize
    }
}

impl From<Candidate> for Match {
    fn from(c: Candidate) -> Match {
        Match {
            span: c.span,
            record: c.record,
        }
    }
}

/// Distinct folded patterns and the records each names.
#[derive(Clone, Debug, Default)]
struct Patterns {
    /// Every pattern (UTF-8), one after another; checked only when listed,
    /// which spares start-up a pass over megabytes.
    text: Cow<'static, [u8]>,
    /// Pattern `p` is `text[ends[p - 1]..ends[p]]` (from 0 for the first).
    ends: Vec<u32>,
    /// `targets[starts[p]..starts[p + 1]]` are pattern `p`'s targets.
    starts: Vec<u32>,
    targets: Vec<Target>,
}

impl Patterns {
    /// The patterns of the records `range` of `g`.
    fn new(g: &Gazetteer, range: Range<usize>) -> Patterns {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut per_pattern: Vec<Vec<Target>> = Vec::new();
        let mut text = String::new();
        let mut ends = Vec::new();
        let records = g.records();
        for i in range {
            for form in forms(&records[i]) {
                let folded = fold(form.text.trim());
                if folded.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                    continue;
                }
                let p = *ids.entry(folded).or_insert_with_key(|k| {
                    text.push_str(k);
                    ends.push(text.len() as u32);
                    per_pattern.push(Vec::new());
                    (per_pattern.len() - 1) as u32
                });
                let t = &mut per_pattern[p as usize];
                let target = Target {
                    record: i as u32,
                    flags: form.flags,
                };
                // The same record and flags from two spellings is one target.
                if !t.contains(&target) {
                    t.push(target);
                }
            }
        }
        let mut starts = Vec::with_capacity(per_pattern.len() + 1);
        let mut targets = Vec::new();
        for t in per_pattern {
            starts.push(targets.len() as u32);
            targets.extend(t);
        }
        starts.push(targets.len() as u32);
        Patterns {
            text: Cow::Owned(text.into_bytes()),
            ends,
            starts,
            targets,
        }
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, p: usize) -> &str {
        let start = if p == 0 { 0 } else { self.ends[p - 1] as usize };
        // Written from `str`s by `new` or the build script.
        std::str::from_utf8(&self.text[start..self.ends[p] as usize]).unwrap_or_default()
    }

    fn targets_of(&self, p: usize) -> &[Target] {
        &self.targets[self.starts[p] as usize..self.starts[p + 1] as usize]
    }
}

/// One trie and its patterns.
#[derive(Clone)]
struct Layer {
    /// Pattern `p`'s bytes lead to the value `p`.
    trie: DoubleArray<Cow<'static, [u8]>>,
    patterns: Patterns,
    /// Bit `c` is set when a pattern starts with the ASCII char `c`: most
    /// boundaries are spaces and punctuation no pattern starts with.
    ascii_starts: u128,
    leads: Leads,
}

impl Layer {
    fn build(patterns: Patterns) -> Result<Layer, Error> {
        // The trie takes keys in byte order and no NUL byte, which no name
        // holds.
        let mut keys: Vec<(&[u8], u32)> = (0..patterns.len())
            .map(|p| (patterns.get(p).as_bytes(), p as u32))
            .filter(|(k, _)| !k.contains(&0))
            .collect();
        keys.sort_unstable();
        let bytes = DoubleArrayBuilder::build(&keys).map_err(|e| Error::matcher(e.to_string()))?;
        let trie =
            DoubleArray::new(Cow::Owned(bytes)).map_err(|e| Error::matcher(e.to_string()))?;
        let leads = Leads::new(&patterns);
        Ok(Layer::new(trie, patterns, leads))
    }

    fn new(trie: DoubleArray<Cow<'static, [u8]>>, patterns: Patterns, leads: Leads) -> Layer {
        // Each pattern starts where the one before ends: read the first
        // bytes off the table, without checking every pattern's UTF-8.
        let mut ascii_starts = 0u128;
        let p = &patterns;
        for start in std::iter::once(0).chain(p.ends.iter().map(|&e| e as usize)) {
            if let Some(&b) = p.text.get(start).filter(|b| b.is_ascii()) {
                ascii_starts |= 1 << b;
            }
        }
        Layer {
            trie,
            patterns,
            ascii_starts,
            leads,
        }
    }

    /// Whether a pattern may start with `c`.
    fn may_start(&self, c: char) -> bool {
        !c.is_ascii() || self.ascii_starts & (1 << c as u32) != 0
    }

    /// Every pattern of the layer in `hay` that starts and ends at a word
    /// boundary, as `(start, end, pattern)`, ordered by end and, at one
    /// end, longest first.
    fn matches(&self, hay: &str) -> Vec<(usize, usize, u32)> {
        // A view of the checked bytes: derefs once, not at every step.
        let trie = DoubleArray(&*self.trie.0);
        let bytes = hay.as_bytes();
        let mut out = Vec::new();
        let mut before = None;
        let mut i = 0;
        // The trie reads a NUL byte as no byte at all ("умеро\0в" would be
        // "умеров"), and no name holds one: searches stop at the next.
        let mut nul = memchr::memchr(0, bytes).unwrap_or(bytes.len());
        while i < bytes.len() {
            let c = match bytes[i] {
                b if b.is_ascii() => b as char,
                _ => hay[i..].chars().next().unwrap_or_default(),
            };
            let (at, b) = (i, before.replace(c));
            i += c.len_utf8();
            let word = is_word_char(c);
            // No boundary inside a word: its whole run is read at once.
            let run = if word { lead_len(hay, at) } else { 0 };
            if self.may_start(c)
                && boundary(hay, at, b, Some(c))
                && (!word || self.leads.may_lead(&bytes[at..at + run]))
            {
                if nul < at {
                    nul = memchr::memchr(0, &bytes[at..]).map_or(bytes.len(), |n| at + n);
                }
                // A pattern is whole UTF-8, so each end is on a char boundary.
                for (p, len) in trie.common_prefix_search(&bytes[at..nul]) {
                    let end = at + len;
                    let (last, next) = (hay[..end].chars().next_back(), hay[end..].chars().next());
                    if boundary(hay, end, last, next) {
                        out.push((at, end, p));
                    }
                }
            }
            if at + run > i {
                i = at + run;
                before = hay[..i].chars().next_back();
            }
        }
        out.sort_unstable_by_key(|&(start, end, _)| (end, Reverse(start)));
        out
    }
}

/// [`is_boundary`] at byte `i` of `hay`, given the chars on either side:
/// only apostrophes need more of the text.
fn boundary(hay: &str, i: usize, before: Option<char>, after: Option<char>) -> bool {
    match (before, after) {
        (Some(b), Some(a)) if !is_apostrophe(b) && !is_apostrophe(a) => {
            !(is_word_char(b) && is_word_char(a))
        }
        _ => is_boundary(hay, i),
    }
}

/// The leading words of a layer's patterns, as a bitset of their hashes.
///
/// No word boundary lies between two word chars, so a match that starts a
/// run of word chars takes the whole run, and the run is its pattern's
/// leading run: where no pattern leads with it, the trie need not be
/// walked. A bit set by another word only costs a walk.
#[derive(Clone)]
struct Leads {
    bits: Cow<'static, [u8]>,
}

/// Bits in a layer's [`Leads`]: 512 KiB, few false hits for 130,000 words.
const LEAD_BITS: u32 = 22;

impl Leads {
    fn new(patterns: &Patterns) -> Leads {
        let mut bits = vec![0u8; 1 << (LEAD_BITS - 3)];
        for p in 0..patterns.len() {
            let s = patterns.get(p);
            let lead = lead_len(s, 0);
            if lead > 0 {
                let h = lead_hash(&s.as_bytes()[..lead]);
                bits[h >> 3] |= 1 << (h & 7);
            }
        }
        Leads {
            bits: Cow::Owned(bits),
        }
    }

    /// Whether a pattern may lead with the word chars `run`.
    fn may_lead(&self, run: &[u8]) -> bool {
        let h = lead_hash(run);
        self.bits[h >> 3] & (1 << (h & 7)) != 0
    }
}

/// The bit of a run of word chars in [`Leads`]: the same wherever the
/// matcher was compiled (little-endian words).
fn lead_hash(run: &[u8]) -> usize {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = run.len() as u64;
    let mut chunks = run.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(23) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut last = [0u8; 8];
        last[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(last)).wrapping_mul(K);
    }
    (h >> (64 - LEAD_BITS)) as usize
}

/// The length in bytes of the run of word chars at byte `at` of `s`.
fn lead_len(s: &str, at: usize) -> usize {
    let mut end = at + word_chars_len(&s[at..]);
    for c in s[end..].chars() {
        if !is_word_char(c) {
            break;
        }
        end += c.len_utf8();
    }
    end - at
}

/// Finds every gazetteer name in a text.
#[derive(Clone)]
pub(crate) struct Matcher {
    layers: Vec<Layer>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("layers", &self.layers.len())
            .field("patterns", &self.pattern_count())
            .finish()
    }
}

const MAGIC: &[u8; 8] = b"gazette3";

impl Matcher {
    /// A matcher over the records of `g`. Where `compiled` holds the output
    /// of [`Matcher::compile`] for the first records, it is loaded instead of
    /// built; the rest get a trie of their own.
    pub fn new(g: &Gazetteer, compiled: Option<&'static [u8]>) -> Result<Matcher, Error> {
        let mut layers = Vec::new();
        let mut from = 0;
        if let Some((layer, n)) = compiled.and_then(|b| Matcher::load(b, g)) {
            layers.push(layer);
            from = n;
        }
        let len = g.records().len();
        if from < len {
            let patterns = Patterns::new(g, from..len);
            if patterns.len() > 0 {
                layers.push(Layer::build(patterns)?);
            }
        }
        if layers.iter().all(|l| l.patterns.len() == 0) {
            return Err(Error::empty());
        }
        Ok(Matcher { layers })
    }

    /// The matcher of every record of `g` as bytes, for [`Matcher::new`] to
    /// load.
    #[allow(dead_code)] // used by build.rs
    pub fn compile(g: &Gazetteer) -> Result<Vec<u8>, Error> {
        let len = g.records().len();
        let layer = Layer::build(Patterns::new(g, 0..len))?;
        let p = &layer.patterns;
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&fingerprint(g, len).to_le_bytes());
        for n in [len, p.text.len(), p.len(), p.targets.len()] {
            out.extend_from_slice(&(n as u32).to_le_bytes());
        }
        out.extend_from_slice(&p.text);
        for &n in p.ends.iter().chain(&p.starts) {
            out.extend_from_slice(&n.to_le_bytes());
        }
        for t in &p.targets {
            out.extend_from_slice(&t.record.to_le_bytes());
        }
        out.extend(p.targets.iter().map(|t| t.flags.bits()));
        out.extend_from_slice(&layer.leads.bits);
        out.extend_from_slice(&layer.trie.0);
        Ok(out)
    }

    /// The compiled layer and how many records it covers, when `bytes` were
    /// compiled from the first records of `g`, unchanged.
    fn load(bytes: &'static [u8], g: &Gazetteer) -> Option<(Layer, usize)> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let print = u64::from_le_bytes(r.take(8)?.try_into().ok()?);
        let n_records = r.u32()? as usize;
        if n_records > g.records().len() || fingerprint(g, n_records) != print {
            return None;
        }
        let (text_len, n_patterns, n_targets) =
            (r.u32()? as usize, r.u32()? as usize, r.u32()? as usize);
        let text = r.take(text_len)?;
        let ends = r.u32s(n_patterns)?;
        let starts = r.u32s(n_patterns + 1)?;
        let records_of = r.u32s(n_targets)?;
        let flags = r.take(n_targets)?;
        let leads = Leads {
            bits: Cow::Borrowed(r.take(1 << (LEAD_BITS - 3))?),
        };
        let targets = records_of
            .iter()
            .zip(flags)
            .map(|(&record, &f)| Target {
                record,
                flags: FormFlags::from_bits(f),
            })
            .collect();
        // Checked: damaged bytes are refused, not trusted.
        let trie = DoubleArray::new(Cow::Borrowed(r.0)).ok()?;
        let patterns = Patterns {
            text: Cow::Borrowed(text),
            ends,
            starts,
            targets,
        };
        Some((Layer::new(trie, patterns, leads), n_records))
    }

    /// Every `(folded pattern, record index)` pair, for `--list-aliases`.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, u32)> + '_ {
        self.layers.iter().flat_map(|l| {
            let p = &l.patterns;
            (0..p.len())
                .flat_map(move |i| p.targets_of(i).iter().map(move |t| (p.get(i), t.record)))
        })
    }

    /// How many folded patterns the tries hold.
    pub fn pattern_count(&self) -> usize {
        self.layers.iter().map(|l| l.patterns.len()).sum()
    }

    /// Every whole-word match in `folded` whose capitals fit its form, in
    /// order of their end.
    pub fn candidates(&self, folded: &Folded<'_>) -> Vec<Candidate> {
        let hay = folded.as_str();
        let text = folded.original();
        let mut out = Vec::new();
        for layer in &self.layers {
            for (start, end, p) in layer.matches(hay) {
                let span = folded.to_original(Span::new(start, end));
                let surface = &text[span];
                for t in layer.patterns.targets_of(p as usize) {
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
        }
        if self.layers.len() > 1 {
            out.sort_by_key(|c| (c.span.end, Reverse(c.span.start)));
        }
        out
    }
}

/// FNV-1a over the first `n` records' ids: the compiled matcher's record
/// indices hold only for the very records it was compiled from, in order.
fn fingerprint(g: &Gazetteer, n: usize) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for i in 0..n {
        for &b in g.id(i).as_bytes().iter().chain(b"\n") {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Reads a compiled matcher's fields in order.
struct Reader(&'static [u8]);

impl Reader {
    fn take(&mut self, n: usize) -> Option<&'static [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }

    fn u32s(&mut self, n: usize) -> Option<Vec<u32>> {
        let bytes = self.take(n.checked_mul(4)?)?;
        Some(
            bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        )
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    const LISTS: &str = r#"{"id":"place:a","kind":"location","name":"Kyiv","names":{"uk":["Київ"]}}
{"id":"org:b","kind":"organization","name":"Armed Forces of Ukraine","aliases":["AFU","ЗСУ"]}
{"id":"person:c","kind":"person","name":"Petra Quell","gender":"f"}"#;
    const MORE: &str = r#"{"id":"place:d","kind":"location","name":"Kyiv Oblast"}"#;
    const TEXT: &str =
        "Petra Quell of the AFU left Kyiv for Kyiv Oblast; у Києві ЗСУ. Quell's afu.";

    fn gazetteer(lists: &[&str]) -> Gazetteer {
        let mut b = Gazetteer::builder();
        for (i, l) in lists.iter().enumerate() {
            b.add_jsonl(&format!("{i}.jsonl"), l).unwrap();
        }
        b.build().unwrap()
    }

    fn found(m: &Matcher) -> Vec<(String, u32)> {
        let folded = Folded::new(TEXT);
        let mut v: Vec<_> = m
            .candidates(&folded)
            .iter()
            .map(|c| (TEXT[c.span].to_string(), c.record))
            .collect();
        v.sort();
        v
    }

    fn compiled(g: &Gazetteer) -> &'static [u8] {
        Box::leak(Matcher::compile(g).unwrap().into_boxed_slice())
    }

    #[test]
    fn a_compiled_matcher_finds_what_a_built_one_does() {
        let r = gazetteer(&[LISTS]);
        let loaded = Matcher::new(&r, Some(compiled(&r))).unwrap();
        let built = Matcher::new(&r, None).unwrap();
        assert_eq!(loaded.layers.len(), 1);
        assert!(matches!(loaded.layers[0].patterns.text, Cow::Borrowed(_)));
        assert_eq!(found(&loaded), found(&built));
        assert!(found(&built).contains(&("Києві".to_string(), 0)));
        assert_eq!(loaded.aliases().count(), built.aliases().count());
    }

    #[test]
    fn records_after_the_compiled_ones_get_a_layer_of_their_own() {
        let r = gazetteer(&[LISTS, MORE]);
        let m = Matcher::new(&r, Some(compiled(&gazetteer(&[LISTS])))).unwrap();
        assert_eq!(m.layers.len(), 2);
        assert_eq!(found(&m), found(&Matcher::new(&r, None).unwrap()));
        assert!(found(&m).contains(&("Kyiv Oblast".to_string(), 3)));
    }

    #[test]
    fn a_matcher_compiled_from_other_records_is_not_used() {
        let r = gazetteer(&[LISTS]);
        let other = gazetteer(&[MORE]);
        let m = Matcher::new(&r, Some(compiled(&other))).unwrap();
        assert!(matches!(m.layers[0].patterns.text, Cow::Owned(_)));
        assert_eq!(found(&m), found(&Matcher::new(&r, None).unwrap()));
    }

    /// Every pattern at every boundary, by the trie alone: what the
    /// leading words and the skips over word runs must not change.
    fn everywhere(layer: &Layer, hay: &str) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        for at in (0..hay.len()).filter(|&i| hay.is_char_boundary(i)) {
            if !is_boundary(hay, at) {
                continue;
            }
            for (p, len) in layer.trie.common_prefix_search(&hay.as_bytes()[at..]) {
                if is_boundary(hay, at + len) {
                    out.push((at, at + len, p));
                }
            }
        }
        out.sort_unstable_by_key(|&(start, end, _)| (end, Reverse(start)));
        out
    }

    const EDGES: &str = r#"{"id":"p:1","kind":"location","name":"Kamianets","names":{"uk":["Кам'янець", "Кам'янець-Подільський"]}}
{"id":"p:2","kind":"person","name":"Sean O'Brien","aliases":["O'Brien"]}
{"id":"p:3","kind":"location","name":"Zürich","names":{"el":["Ζυρίχη"]}}
{"id":"p:4","kind":"organization","name":"G7","aliases":["Group of Seven"]}
{"id":"p:5","kind":"location","name":"The Hague"}
{"id":"p:6","kind":"location","name":"Kyiv","names":{"uk":["Київ"]}}
{"id":"p:7","kind":"location","name":"Kyiv Oblast"}
{"id":"p:8","kind":"person","name":"Władysław Kosiniak-Kamysz"}"#;

    #[test]
    fn leading_words_and_skips_find_what_every_boundary_does() {
        let g = gazetteer(&[EDGES]);
        let m = Matcher::new(&g, None).unwrap();
        let layer = &m.layers[0];
        let pieces = [
            "Кам'янець",
            "Кам’янець",
            "-Подільський",
            "O'Brien",
            "O’Brien",
            "Sean",
            "Zürich",
            "ZURICH",
            "Ζυρίχη",
            "αβγ",
            "G7",
            "G77",
            "7",
            "Group",
            "of",
            "Seven",
            "The",
            "Hague",
            "Kyiv",
            "Oblast",
            "Києві",
            "Київ",
            "Kosiniak",
            "-Kamysz",
            "Władysław",
            "'",
            "’",
            "ʼ",
            "-",
            " ",
            " ",
            ", ",
            ".",
            "\n",
            "é",
            "\u{301}",
            "x",
            "",
            "\0",
            "\0\0",
        ];
        // A fixed pseudo-random walk over the pieces: the same texts on
        // every run.
        let mut next = crate::testing::walk(0x2545_f491_4f6c_dd1d);
        let mut tested = 0;
        for _ in 0..10_000 {
            let len = 1 + next(12);
            let text: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            let folded = Folded::new(&text);
            let hay = folded.as_str();
            let want = everywhere(layer, hay);
            assert_eq!(layer.matches(hay), want, "{text:?}");
            tested += want.len();
        }
        assert!(tested > 2000, "the texts hold matches: {tested}");
    }

    #[test]
    fn nul_bytes_are_never_read_as_part_of_a_name() {
        let g = gazetteer(&[EDGES]);
        let m = Matcher::new(&g, None).unwrap();
        for text in [
            "The \0Hague",
            "The \0\0\0Hague",
            "Kyiv \0Oblast",
            "Ky\0iv",
            "Київ\0\0",
            "Кам'янець-\0Подільський",
            "Kyiv\0 Oblast",
            "Kyiv\0\0 Oblast",
            "Кам'янець\0-Подільський",
            "Sean O'Brien\0\0",
            "Київ\0в",
        ] {
            let folded = Folded::new(text);
            let names: Vec<&str> = m
                .candidates(&folded)
                .iter()
                .map(|c| &text[c.span])
                .collect();
            assert!(
                names.iter().all(|n| !n.contains('\0')),
                "{text:?}: {names:?}"
            );
        }
    }

    #[test]
    fn words_no_pattern_leads_with_are_turned_away() {
        let g = gazetteer(&[EDGES]);
        let m = Matcher::new(&g, None).unwrap();
        let leads = &m.layers[0].leads;
        for (alias, _) in m.aliases() {
            let lead = &alias[..lead_len(alias, 0)];
            assert!(leads.may_lead(lead.as_bytes()), "{alias}");
        }
        for lead in ["kyiv", "the", "o", "кам", "g7", "group", "zurich"] {
            assert!(leads.may_lead(lead.as_bytes()), "{lead}");
        }
        let away = ["hague", "oblast", "brien", "quell", "київе", "seven", "g77"];
        let turned = away
            .iter()
            .filter(|w| !leads.may_lead(w.as_bytes()))
            .count();
        assert_eq!(turned, away.len());
    }

    #[test]
    fn damaged_bytes_are_refused_not_trusted() {
        let r = gazetteer(&[LISTS]);
        let bytes = compiled(&r);
        for cut in [0, 8, 20, bytes.len() / 2, bytes.len() - 1] {
            assert!(Matcher::load(&bytes[..cut], &r).is_none(), "cut at {cut}");
        }
    }
}
