//! People the gazetteer does not know.
//!
//! Two rules, both over capitalised words no gazetteer match covers:
//! - a known given name followed by one or two capitalised words
//!   ("Oleksandr Balanutsa", "Скоттом Бреєм");
//! - a title followed by capitalised words ("Lieutenant General Anatolii
//!   Baryhilevych", "Author: Liliana Oleniak", "паном Бреєм").
//!
//! Ukrainian and Russian names are brought back to the nominative, and every
//! name gets a Latin canonical form (KMU 2010 for Ukrainian).

use aho_corasick::AhoCorasick;
use once_cell::sync::Lazy;
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet};

use crate::dates::is_calendar_word;
use crate::fold::{fold, fold_char};
use crate::gazetteer::{Gazetteer, Gender};
use crate::inflect::{self, NameClass};
use crate::words::{SpanSet, Word};
use crate::{Lang, Span};

/// Given names, in every case form, folded.
#[derive(Clone, Debug, Default)]
pub(crate) struct GivenNames {
    /// folded form → nominative as written
    forms: HashMap<String, String>,
    /// folded form → gender and declension, where a Cyrillic name has them
    grammar: HashMap<String, Vec<(inflect::Lang, inflect::Gender)>>,
}

impl GivenNames {
    pub fn new(g: &Gazetteer) -> GivenNames {
        let mut forms = HashMap::default();
        let mut grammar = HashMap::default();
        for n in g.given_names() {
            let gender = match n.gender {
                Some(Gender::Female) => inflect::Gender::Feminine,
                _ => inflect::Gender::Masculine,
            };
            let lang = match n.lang.as_str() {
                "uk" => Some(inflect::Lang::Uk),
                "ru" => Some(inflect::Lang::Ru),
                _ => None,
            };
            let all = match lang {
                Some(l) => inflect::forms(l, &n.name, NameClass::GivenName(gender)),
                None => vec![n.name.clone()],
            };
            for f in all {
                let k = fold(&f);
                if let Some(l) = lang {
                    let v: &mut Vec<_> = grammar.entry(k.clone()).or_default();
                    if !v.iter().any(|&(x, _)| x == l) {
                        v.push((l, gender));
                    }
                }
                forms.entry(k).or_insert_with(|| n.name.clone());
            }
        }
        GivenNames { forms, grammar }
    }

    /// The declension and gender of a Cyrillic given name, if `word` is
    /// one: `lang`'s where the name is listed in it.
    fn grammar(&self, word: &str, lang: inflect::Lang) -> Option<(inflect::Lang, inflect::Gender)> {
        let v = self.grammar.get(&fold(word))?;
        v.iter().find(|&&(l, _)| l == lang).or(v.first()).copied()
    }

    /// The nominative of a given name, if `word` is one.
    pub fn nominative(&self, word: &str) -> Option<&str> {
        self.forms.get(&fold(word)).map(String::as_str)
    }
}

/// A person found by the rules, with a canonical Latin name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Guess {
    pub span: Span,
    /// Canonical name in Latin script.
    pub name: String,
    /// The given name (folded), when the name has one.
    pub given: Option<String>,
    /// The surname, folded and keyed for spelling variants.
    pub surname_key: String,
    /// The surname's nominative as written (Cyrillic for Cyrillic names).
    pub surname: String,
    /// The title written before the name ("Lieutenant General", "Author"),
    /// honorifics aside.
    pub title: Option<String>,
}

static TITLE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:lieutenant|major|brigadier|lt\.?|maj\.?|gen\.?)\s+general|\bgeneral|\bcolonel|\badmiral|\bcaptain|\b(?:deputy\s+)?minister|\bambassador|\bspokes(?:man|woman|person)|\badvis[eo]r|\bcommander|\bsenator|\bgovernor|\bmayor|\bauthor:|\bby:|\bmr\.?|\bms\.?|\bmrs\.?|\bdr\.?|\bгенерал(?:-лейтенант|-майор|-полковник)?\w*|\bполковник\w*|\bадмірал\w*|\bміністр\w*|\bзаступник\w*|\bпосл?\w*|\bречник\w*|\bрадник\w*|\bкомандувач\w*|\bпомічник\w*|\bавтор:|\bпан(?:а|у|ом|ові|і)?|\bпані)\s*$",
    )
    .expect("title pattern compiles")
});

/// Honorifics after which a surname alone is a name.
static HONORIFIC: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?:\bmr\.?|\bms\.?|\bmrs\.?|\bdr\.?|\bпан(?:а|у|ом|ові|і)?|\bпані)\s*$")
        .expect("honorific pattern compiles")
});

/// Literals, lower-cased, one of which each match of `TITLE` holds: a new
/// alternative of `TITLE` needs its literal here (a test checks examples).
static TITLE_STEMS: Lazy<AhoCorasick> = Lazy::new(|| {
    stems(&[
        "general",
        "colonel",
        "admiral",
        "captain",
        "minister",
        "ambassador",
        "spokes",
        "advis",
        "commander",
        "senator",
        "governor",
        "mayor",
        "author:",
        "by:",
        "mr",
        "ms",
        "dr",
        "генерал",
        "полковник",
        "адмірал",
        "міністр",
        "заступник",
        "пос",
        "речник",
        "радник",
        "командувач",
        "помічник",
        "автор:",
        "пан",
    ])
});

/// Literals, lower-cased, one of which each match of `HONORIFIC` holds (kept
/// in step with it, as `TITLE_STEMS` is with `TITLE`).
static HONORIFIC_STEMS: Lazy<AhoCorasick> = Lazy::new(|| stems(&["mr", "ms", "dr", "пан"]));

fn stems(literals: &[&str]) -> AhoCorasick {
    AhoCorasick::new(literals).expect("stems compile")
}

/// Whether `before` may hold a match of a case-insensitive pattern each of
/// whose matches holds one of `stems`: a cheap test before the regex, which
/// its Unicode word boundaries make slow on Cyrillic. Beyond ASCII and
/// basic Cyrillic, where lower-casing is all that case-insensitive matching
/// does, the answer is always yes. `buf` is scratch space.
fn may_hold(before: &str, stems: &AhoCorasick, buf: &mut String) -> bool {
    buf.clear();
    for c in before.chars() {
        match c {
            '\0'..='\u{7f}' => buf.push(c.to_ascii_lowercase()),
            'Ѐ'..='ӿ' => buf.extend(c.to_lowercase()),
            _ => return true,
        }
    }
    stems.is_match(buf.as_str())
}

/// Capitalised words that are never part of a person's name.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "and",
    "for",
    "with",
    "by",
    "to",
    "from",
    "staff",
    "forces",
    "force",
    "ministry",
    "directorate",
    "council",
    "office",
    "department",
    "committee",
    "army",
    "air",
    "navy",
    "defense",
    "defence",
    "affairs",
    "state",
    "general",
    "secretary",
    "minister",
    "command",
    "service",
    "agency",
    "union",
    "group",
    "republic",
    "federation",
    "assembly",
    "parliament",
    "house",
    "government",
    "center",
    "centre",
    "institute",
    "university",
    "president",
    "chief",
    "deputy",
    "head",
    "european",
    "integration",
    "logistics",
    "intelligence",
    "security",
    "national",
    "international",
    "main",
    "foreign",
    "armed",
    "photo",
    "news",
    "he",
    "she",
    "they",
    "we",
    "it",
    "his",
    "her",
    "their",
    "this",
    "that",
    "also",
    "according",
    "earlier",
    "later",
    "after",
    "before",
    "during",
    "while",
    "meanwhile",
    "міністерство",
    "міністерства",
    "міністр",
    "сили",
    "сил",
    "штаб",
    "штабу",
    "управління",
    "служба",
    "служби",
    "рада",
    "ради",
    "офіс",
    "офісу",
    "генерального",
    "генеральний",
    "секретар",
    "секретаря",
    "розвідки",
    "безпеки",
    "оборони",
    "україни",
    "він",
    "вона",
    "вони",
    "також",
    "реклама",
    "фото",
];

/// `NOT_NAMES` to look up, for every capitalised word.
static NOT_NAME_SET: Lazy<FxHashSet<&str>> = Lazy::new(|| NOT_NAMES.iter().copied().collect());

/// Whether `w` may be part of a person's name; `buf` is scratch space.
fn is_name_word(w: &str, buf: &mut String) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !is_upper(first) || chars.next().is_none() {
        return false;
    }
    // An acronym is no name.
    if w.chars().all(|c| is_upper(c) || !is_letter(c)) {
        return false;
    }
    // `fold(w)`, char by char as it folds, without allocating.
    buf.clear();
    w.chars().for_each(|c| fold_char(c, buf));
    !NOT_NAME_SET.contains(buf.as_str()) && !is_calendar_word(buf)
}

/// `char::is_uppercase`, with basic Cyrillic answered without the Unicode
/// tables: nearly every name word of Ukrainian text asks it.
fn is_upper(c: char) -> bool {
    match c {
        'А'..='Я' | 'Ѐ'..='Џ' => true,
        'а'..='я' | 'ѐ'..='џ' => false,
        c => c.is_uppercase(),
    }
}

/// `char::is_alphabetic`, with ASCII and basic Cyrillic answered at once.
fn is_letter(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphabetic(),
        'Ѐ'..='џ' => true,
        c => c.is_alphabetic(),
    }
}

fn is_cyrillic(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'))
}

/// The rules' people in `text[from..]`, outside the spans in `taken`.
pub(crate) fn guess_people(
    text: &str,
    from: usize,
    words: &[Word<'_>],
    taken: &SpanSet,
    given: &GivenNames,
    lang: &dyn Fn() -> Lang,
) -> Vec<Guess> {
    let free = |w: &Word<'_>| !taken.overlaps(w.span);
    // Scratch space for folding words and lower-casing windows.
    let mut buf = String::new();
    // Each word's Latin form, made once per document: news repeats names.
    let mut latin_of: HashMap<String, String> = HashMap::default();
    let adjacent = |a: &Word<'_>, b: &Word<'_>| {
        let gap = &text[a.span.end..b.span.start];
        !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    };
    let mut out: Vec<Guess> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let starts_name = free(&w) && is_name_word(w.text, &mut buf);
        if !starts_name {
            i += 1;
            continue;
        }
        let before = &text[window_start(text, from, w.span.start, 40)..w.span.start];
        // An honorific is one word, a title at most two: the regexes, slow
        // on Cyrillic, read only that much.
        let last_word = last_words(before, 1);
        let honorific =
            may_hold(last_word, &HONORIFIC_STEMS, &mut buf) && HONORIFIC.is_match(last_word);
        let is_given = given.nominative(w.text).is_some();
        // The run of capitalised words from here.
        let mut j = i + 1;
        while j < words.len()
            && j - i < 3
            && free(&words[j])
            && is_name_word(words[j].text, &mut buf)
            && adjacent(&words[j - 1], &words[j])
        {
            j += 1;
        }
        let run = &words[i..j];
        // A word alone is a name only after an honorific, which is no
        // title: the title regex, the costly one, is for longer runs.
        let (ok, title) = if run.len() == 1 {
            (honorific, None)
        } else {
            let two_words = last_words(before, 2);
            let title = may_hold(two_words, &TITLE_STEMS, &mut buf)
                .then(|| TITLE.find(two_words))
                .flatten();
            let ok = is_given || title.is_some();
            let title = title
                .filter(|_| !honorific)
                .map(|t| t.as_str().trim().trim_end_matches(':').to_string());
            (ok, title)
        };
        if !ok {
            i += 1;
            continue;
        }
        // A given name then more than one capitalised word: keep two.
        let run = if is_given && run.len() > 2 && given.nominative(run[1].text).is_none() {
            &run[..2]
        } else {
            run
        };
        let span = Span::new(run[0].span.start, run[run.len() - 1].span.end);
        let mut parts: Vec<String> = run
            .iter()
            .map(|w| nominative(w.text, given, lang))
            .collect();
        if run.len() >= 2 {
            let last = run[run.len() - 1].text;
            if let Some(s) = agreeing_surname(text, from, run[0].text, last, given, lang) {
                *parts.last_mut().expect("two words or more") = s;
            }
        }
        // Transliterated once each: the name, given name and key share them.
        let latins: Vec<String> = parts
            .iter()
            .map(|p| {
                latin_of
                    .entry(p.clone())
                    .or_insert_with(|| latin(p))
                    .clone()
            })
            .collect();
        let given_name = if run.len() >= 2 {
            Some(fold(&latins[0]))
        } else {
            None
        };
        let surname_key = key(&latins[latins.len() - 1]);
        out.push(Guess {
            span,
            name: latins.join(" "),
            given: given_name,
            surname_key,
            surname: parts.pop().expect("one word or more"),
            title: title.clone(),
        });
        i += run.len();
    }
    out
}

/// Whether the word right after `at` (one space away) starts with a capital.
pub(crate) fn next_word_capitalised(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    after.len() < rest.len() && after.chars().next().is_some_and(char::is_uppercase)
}

/// The capitalised word right before `at`, one space away: "Taras" in
/// "Taras Vlasiuk".
pub(crate) fn previous_capitalised_word(text: &str, at: usize) -> Option<&str> {
    let before = &text[..at];
    let end = before.trim_end_matches([' ', '\u{a0}']).len();
    if end == before.len() {
        return None;
    }
    let start = before[..end]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '\'' || c == '’')
        .last()
        .map(|(i, _)| i)?;
    let word = &before[start..end];
    word.chars()
        .next()
        .is_some_and(char::is_uppercase)
        .then_some(word)
}

/// The last `n` words of `s` (runs of non-white-space, as the regexes'
/// `\s` sees them) with the white space after them: all of `s` where it
/// holds fewer.
fn last_words(s: &str, n: usize) -> &str {
    let mut start = s.len();
    for _ in 0..n {
        let rest = s[..start].trim_end();
        match rest.char_indices().rev().find(|(_, c)| c.is_whitespace()) {
            Some((i, c)) => start = i + c.len_utf8(),
            None => return s,
        }
    }
    &s[start..]
}

/// The start of the (at most) `bytes` bytes before `at`, not before `from`,
/// on a char boundary.
pub(crate) fn window_start(text: &str, from: usize, at: usize, bytes: usize) -> usize {
    let mut i = from.max(at.saturating_sub(bytes));
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// A word's nominative: a known given name's, else the most plausible
/// candidate of the declension rules.
fn nominative(word: &str, given: &GivenNames, lang: &dyn Fn() -> Lang) -> String {
    if let Some(n) = given.nominative(word) {
        return n.to_string();
    }
    if !is_cyrillic(word) {
        return word.to_string();
    }
    let l = if lang() == Lang::Ru {
        inflect::Lang::Ru
    } else {
        inflect::Lang::Uk
    };
    inflect::nominative_candidates(l, word)
        .into_iter()
        .next()
        .unwrap_or_else(|| word.to_string())
}

/// The nominative of a Cyrillic surname seen after a given name: of the
/// declension rules' guesses, those that decline, in the given name's
/// gender, to the word seen in a case the given name is in too ("Наталія
/// Кривошия" is feminine and nominative, so "Кривошия" stays). Among them, one
/// the document writes elsewhere wins ("Олегом Сокирком … Сокирко"), else
/// the rules' first. `None` where the given name tells nothing.
fn agreeing_surname(
    text: &str,
    from: usize,
    first: &str,
    surname: &str,
    given: &GivenNames,
    lang: &dyn Fn() -> Lang,
) -> Option<String> {
    if !is_cyrillic(surname) || !is_cyrillic(first) {
        return None;
    }
    let l = if lang() == Lang::Ru {
        inflect::Lang::Ru
    } else {
        inflect::Lang::Uk
    };
    let (glang, gender) = given.grammar(first, l)?;
    let nom = given.nominative(first)?;
    let slots = inflect::case_slots(glang, nom, NameClass::GivenName(gender), first);
    if slots == 0 {
        return None;
    }
    let fits: Vec<String> = inflect::nominative_candidates(l, surname)
        .into_iter()
        .filter(|c| inflect::case_slots(l, c, NameClass::Surname(gender), surname) & slots != 0)
        .collect();
    let body = &text[from..];
    fits.iter()
        .find(|c| c.as_str() != surname && written_alone(body, c))
        .or_else(|| fits.first())
        .cloned()
}

/// Whether `word` stands in `text` as a whole word.
fn written_alone(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// A name in Latin script: Ukrainian Cyrillic by KMU 2010, Latin as is.
pub(crate) fn latin(s: &str) -> String {
    if is_cyrillic(s) {
        uklatn::encode(s, uklatn::Table::Kmu55)
    } else {
        s.to_string()
    }
}

/// A key under which spelling variants of one surname meet:
/// Horbatiuk = Horbatyuk, Anatolii = Anatoliy, Sybiha = Sibiga,
/// Zelensky = Zelenskyy = Zelenskiy. Cyrillic is only folded.
pub(crate) fn key(s: &str) -> String {
    let mut out = String::new();
    key_of_folded(&fold(s), &mut out);
    out
}

/// [`key`] of a folded string, written after what `out` holds.
pub(crate) fn key_of_folded(f: &str, out: &mut String) {
    if is_cyrillic(f) {
        out.push_str(f);
        return;
    }
    // Ukrainian г is h or g, и/і/й are y, i or j, х is kh or h: "kh" and
    // "g" are "h", "y" and "j" are "i", and a run of "i" is one. One pass,
    // as `replace("kh", "h")`, then `replace('g', "h")`, then the rest.
    let start = out.len();
    out.reserve(f.len());
    let mut chars = f.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            'k' if chars.next_if_eq(&'h').is_some() => 'h',
            'g' => 'h',
            'y' | 'j' => 'i',
            c => c,
        };
        if !(c == 'i' && out[start..].ends_with('i')) {
            out.push(c);
        }
    }
}

/// A slug for a generated id.
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in fold(&latin(s)).chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// Compiles this module's regexes and tables now, not on first use (see
/// [`crate::Extractor::warm_up`]).
pub(crate) fn warm_up() {
    Lazy::force(&TITLE);
    Lazy::force(&HONORIFIC);
    Lazy::force(&TITLE_STEMS);
    Lazy::force(&HONORIFIC_STEMS);
    Lazy::force(&NOT_NAME_SET);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> GivenNames {
        let mut b = Gazetteer::builder();
        b.add_given_names(
            "t",
            "Oleksandr\tm\ten\nLiliana\tf\ten\nVolodymyr\tm\ten\nСкотт\tm\tuk\nScott\tm\ten\n",
        )
        .unwrap();
        GivenNames::new(&b.build().unwrap())
    }

    fn names(text: &str) -> Vec<(String, String)> {
        let words = crate::words::segment(text, 0);
        guess_people(text, 0, &words, &SpanSet::default(), &lexicon(), &|| {
            Lang::En
        })
        .into_iter()
        .map(|g| (text[g.span].to_string(), g.name))
        .collect()
    }

    #[test]
    fn given_names_and_titles_find_people() {
        assert_eq!(
            names("Deputy Minister of Defense for European Integration Oleksandr Balanutsa said"),
            vec![("Oleksandr Balanutsa".into(), "Oleksandr Balanutsa".into())]
        );
        assert_eq!(
            names(
                "while Lieutenant General Anatolii Baryhilevych, Chief of the General Staff, spoke"
            ),
            vec![(
                "Anatolii Baryhilevych".into(),
                "Anatolii Baryhilevych".into()
            )]
        );
        assert_eq!(
            names("Author: Liliana Oleniak"),
            vec![("Liliana Oleniak".into(), "Liliana Oleniak".into())]
        );
        assert_eq!(
            names("Mr. Brown left."),
            vec![("Brown".into(), "Brown".into())]
        );
    }

    #[test]
    fn plain_capitalised_words_are_no_people() {
        assert!(names("The General Staff of the Armed Forces met.").is_empty());
        assert!(names("In March Ukraine Said").is_empty());
        assert!(names("Oleksandr said").is_empty());
        assert!(names("NATO HQ").is_empty());
    }

    #[test]
    fn spelling_variants_share_a_key() {
        assert_eq!(key("Horbatiuk"), key("Horbatyuk"));
        assert_eq!(key("Anatolii"), key("Anatoliy"));
        assert_eq!(key("Zelenskyy"), key("Zelensky"));
        assert_eq!(key("Zelenskiy"), key("Zelensky"));
        assert_eq!(key("Sibiga"), key("Sybiha"));
        assert_eq!(key("Умєров"), "умєров");
        assert_ne!(key("Shevtsov"), key("Horbatiuk"));
    }

    #[test]
    fn keys_are_made_in_one_pass_as_by_replacing() {
        fn by_replacing(s: &str) -> String {
            let f = fold(s).replace("kh", "h").replace('g', "h");
            let mut out = String::new();
            for c in f.chars() {
                let c = if matches!(c, 'y' | 'j') { 'i' } else { c };
                if !(c == 'i' && out.ends_with('i')) {
                    out.push(c);
                }
            }
            out
        }
        for s in [
            "Kharkiv",
            "kkh",
            "khh",
            "Khmelnytskyi",
            "gkh",
            "Yiyi",
            "kg",
            "Hlib",
            "ykhj",
            "k",
            "",
        ] {
            assert_eq!(key(s), by_replacing(s), "{s}");
        }
    }

    #[test]
    fn fast_char_tests_are_unicode() {
        for c in '\0'..='\u{fff}' {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn stems_pass_what_the_regexes_match() {
        let mut buf = String::new();
        for t in [
            "said Lt. General ",
            "the Deputy  Minister ",
            "Author: ",
            "генерал-лейтенантом ",
            "ПОСЛА ",
            "паном ",
            "Mr. ",
        ] {
            assert!(TITLE.is_match(last_words(t, 2)), "{t}");
            assert!(may_hold(last_words(t, 2), &TITLE_STEMS, &mut buf), "{t}");
        }
        assert!(HONORIFIC.is_match("Пані "));
        assert!(may_hold("Пані ", &HONORIFIC_STEMS, &mut buf));
        assert!(!may_hold("said the ", &TITLE_STEMS, &mut buf));
    }

    #[test]
    fn last_words_keep_the_white_space_after_them() {
        assert_eq!(last_words("said Lt. General ", 2), "Lt. General ");
        assert_eq!(last_words("by Mr. ", 1), "Mr. ");
        assert_eq!(last_words("General", 2), "General");
        assert_eq!(last_words("", 1), "");
    }

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Sébastien Lecorne"), "sebastien-lecorne");
        assert_eq!(slug("Олександр Балануца"), "oleksandr-balanutsa");
    }
}
