//! Case forms of gazetteer names for Ukrainian and Russian.
//!
//! Rule-based, no dictionary: each word is classified by its ending, the
//! name class and (inside a phrase) the word it agrees with, and is given a
//! paradigm of endings. A phrase is declined slot by slot (nominative,
//! genitive, dative, accusative, instrumental, locative, vocative) and the
//! words' variants are joined. The rules are our own, written from the
//! standard school grammars of both languages; no published rule set was
//! ported.
//!
//! [`nominative_candidates`] runs the other way: per-language tables strip an
//! ending and guess a nominative, and a guess is kept only if declining it
//! with [`forms`] gives back the word seen (analysis by synthesis).

mod ru;
mod uk;

/// Which language's declension to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
}

/// Grammatical gender of a person's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Masculine.
    Masculine,
    /// Feminine.
    Feminine,
}

/// What kind of name a phrase is, which picks the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameClass {
    /// A person's full name, given name(s) then surname, declined together case by case: "Рустем Умєров" -> "Рустема Умєрова", "Рустемом Умєровим" ...
    Person(Gender),
    /// A given name alone: "Скотт" -> "Скотта", "Скоттом".
    GivenName(Gender),
    /// A surname alone: "Умєров" -> "Умєрова", "Умєровим"; "Каллас" (f) stays.
    Surname(Gender),
    /// A place: "Київ", "Литва", "Брюссель", "Велика Британія", "Сполучені Штати", "Нью-Йорк", "Покровськ", "Запоріжжя", "Київська область".
    Place,
    /// An organisation: the head noun and the adjectives agreeing with it decline, a genitive tail stays: "Міністерство оборони України" -> "Міністерства оборони України", "Міністерством оборони України"; "Збройні сили України" -> "Збройних сил України"; "Європейський Союз" -> "Європейського Союзу"; "Альянс" -> "Альянсу", "Альянсі".
    Organization,
    /// An adjective lemma (masc. nom. sg.) such as a demonym: "французький" -> all genders, cases and the plural: "французька", "французьким", "французькою", "французькі", ...
    Adjective,
}

/// Every form of `phrase` (its own form first), deduplicated, stable order. Singular case forms: nominative, genitive, dative, accusative, instrumental, locative, vocative (skip vocative for places/orgs if you like), plus the plural where a place or org is plural ("Сполучені Штати") and for Adjective. Capitalisation of each word is kept as in the input. Words written all in capitals ("НАТО", "США", "ЗСУ") and words with digits never change. Hyphenated parts: decline the last part only ("Нью-Йорк" -> "Нью-Йорка"; for Ukrainian double surnames decline both parts if both are declinable).
pub fn forms(lang: Lang, phrase: &str, class: NameClass) -> Vec<String> {
    let mut out = vec![phrase.to_string()];
    for f in tables(lang, phrase, class).iter().flatten().flatten() {
        if !out.contains(f) {
            out.push(f.clone());
        }
    }
    out
}

/// The case slots (bit 0 nominative … bit 6 vocative) in which `phrase`
/// declined as `class` gives `word` (compared ignoring case); the phrase
/// itself counts as a nominative.
pub fn case_slots(lang: Lang, phrase: &str, class: NameClass, word: &str) -> u8 {
    let w = word.to_lowercase();
    let mut mask = u8::from(phrase.to_lowercase() == w);
    for t in tables(lang, phrase, class) {
        for (i, slot) in t.iter().enumerate() {
            if slot.iter().any(|f| f.to_lowercase() == w) {
                mask |= 1 << i;
            }
        }
    }
    mask
}

/// The case tables of `phrase` as `class`.
fn tables(lang: Lang, phrase: &str, class: NameClass) -> Vec<Cases> {
    let r = rules(lang);
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let decl = |w: &str, role: Role| word(r, w, role, None).map_or_else(|| fixed(w), |n| n.cases);
    let tables: Vec<Cases> = match class {
        _ if words.is_empty() => Vec::new(),
        NameClass::Person(g) => {
            let parts: Vec<Cases> = words
                .iter()
                .enumerate()
                .map(|(i, &w)| {
                    let role = if i + 1 == words.len() {
                        Role::Surname(g)
                    } else {
                        Role::Given(g)
                    };
                    // Lowercase particles ("фон", "де", "ван") never decline.
                    if w.starts_with(char::is_lowercase) {
                        fixed(w)
                    } else {
                        decl(w, role)
                    }
                })
                .collect();
            vec![product(&parts, " ")]
        }
        NameClass::GivenName(g) | NameClass::Surname(g) => {
            let role = if matches!(class, NameClass::GivenName(_)) {
                Role::Given(g)
            } else {
                Role::Surname(g)
            };
            let parts: Vec<Cases> = words.iter().map(|&w| decl(w, role)).collect();
            vec![product(&parts, " ")]
        }
        NameClass::Place | NameClass::Organization => {
            let role = if class == NameClass::Place {
                Role::Place
            } else {
                Role::Org
            };
            phrase_tables(r, &words, role)
        }
        NameClass::Adjective => {
            let lemmas: Vec<Vec<Cases>> = words
                .iter()
                .map(|&w| {
                    if is_fixed(w) {
                        Vec::new()
                    } else {
                        (r.lemma)(w)
                    }
                })
                .collect();
            let k = lemmas.iter().map(Vec::len).max().unwrap_or(0);
            (0..k)
                .map(|i| {
                    let parts: Vec<Cases> = lemmas
                        .iter()
                        .zip(&words)
                        .map(|(l, &w)| l.get(i).cloned().unwrap_or_else(|| fixed(w)))
                        .collect();
                    product(&parts, " ")
                })
                .collect()
        }
    };
    tables
}

/// Candidate nominative forms for one capitalised word seen in text that may be inflected, for recognising names the gazetteer does not know ("Бреєм" -> ["Брей", ...], "Скоттом" -> ["Скотт"], "Умєровим" -> ["Умєров"], "Києві" -> ["Київ", "Києв"...]). Over-generation is fine (the caller checks candidates against known names or keeps the most plausible — put the most plausible first); always include the word itself if it may already be nominative.
pub fn nominative_candidates(lang: Lang, word: &str) -> Vec<String> {
    let w = word.trim();
    if w.is_empty() {
        return Vec::new();
    }
    if is_fixed(w) {
        return vec![w.to_string()];
    }
    let mut out: Vec<String> = Vec::new();
    for c in (rules(lang).unstrip)(w) {
        if c.chars().count() >= 2 && !out.contains(&c) && (c == w || produces(lang, &c, w)) {
            out.push(c);
        }
    }
    if out.is_empty() {
        out.push(w.to_string());
    }
    out
}

/// Classes a lone capitalised word may belong to, for checking guesses.
const WORD_CLASSES: [NameClass; 6] = [
    NameClass::Surname(Gender::Masculine),
    NameClass::GivenName(Gender::Masculine),
    NameClass::Surname(Gender::Feminine),
    NameClass::GivenName(Gender::Feminine),
    NameClass::Place,
    NameClass::Organization,
];

fn produces(lang: Lang, lemma: &str, word: &str) -> bool {
    WORD_CLASSES
        .iter()
        .any(|&cl| forms(lang, lemma, cl).iter().any(|f| f == word))
}

/// Case slots: nominative, genitive, dative, accusative, instrumental,
/// locative, vocative; each holds the variants, an empty slot is skipped.
pub(crate) type Cases = [Vec<String>; 7];

/// Agreement class a head noun imposes on its adjectives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum G {
    M,
    F,
    N,
    Pl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Agr {
    pub g: G,
    pub anim: bool,
}

/// How one word is being declined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Given(Gender),
    Surname(Gender),
    Place,
    Org,
}

impl Role {
    pub fn is_person(self) -> bool {
        matches!(self, Role::Given(_) | Role::Surname(_))
    }
    pub fn is_fem(self) -> bool {
        matches!(
            self,
            Role::Given(Gender::Feminine) | Role::Surname(Gender::Feminine)
        )
    }
}

pub(crate) struct Noun {
    pub cases: Cases,
    pub agr: Agr,
    /// Declined like an adjective ("Хмельницький"), which matters for hyphens.
    pub adjectival: bool,
}

/// One language's rules, as plain functions so both share the phrase logic.
pub(crate) struct Rules {
    /// Declines a single (unhyphenated) word; `None` means indeclinable.
    noun: fn(&str, Role, Option<G>) -> Option<Noun>,
    /// If `w` is an adjective agreeing with the following word, its agreement class.
    attributive: fn(&str, &str) -> Option<G>,
    /// Declines an adjective already in the right nominative to agree with a head.
    agree: fn(&str, Agr) -> Option<Cases>,
    /// All genders and the plural of an adjective lemma.
    lemma: fn(&str) -> Vec<Cases>,
    /// Raw nominative guesses for an inflected word, most plausible first.
    unstrip: fn(&str) -> Vec<String>,
}

fn rules(lang: Lang) -> &'static Rules {
    match lang {
        Lang::Uk => &uk::RULES,
        Lang::Ru => &ru::RULES,
    }
}

/// Place or organisation: adjectives before the head agree, the rest stays.
fn phrase_tables(r: &Rules, words: &[&str], role: Role) -> Vec<Cases> {
    let mut h = 0;
    let mut hint = None;
    while h + 1 < words.len() && !is_fixed(words[h]) && !is_fixed(words[h + 1]) {
        match (r.attributive)(words[h], words[h + 1]) {
            Some(g) => {
                hint = Some(g);
                h += 1;
            }
            None => break,
        }
    }
    // An indeclinable head ("бюро") still has declinable adjectives.
    let head = match (word(r, words[h], role, hint), hint) {
        (Some(n), _) => n,
        (None, Some(g)) => Noun {
            cases: fixed(words[h]),
            agr: Agr { g, anim: false },
            adjectival: false,
        },
        (None, None) => return Vec::new(),
    };
    let parts: Vec<Cases> = words
        .iter()
        .enumerate()
        .map(|(i, &w)| match i.cmp(&h) {
            std::cmp::Ordering::Less => (r.agree)(w, head.agr).unwrap_or_else(|| fixed(w)),
            std::cmp::Ordering::Equal => head.cases.clone(),
            std::cmp::Ordering::Greater => fixed(w),
        })
        .collect();
    vec![product(&parts, " ")]
}

/// Declines one word, handling hyphenated compounds.
fn word(r: &Rules, w: &str, role: Role, hint: Option<G>) -> Option<Noun> {
    if is_fixed(w) {
        return None;
    }
    if !w.contains('-') {
        return (r.noun)(w, role, hint);
    }
    let parts: Vec<&str> = w.split('-').collect();
    let n = parts.len();
    let dec = |p: &str| {
        if is_fixed(p) {
            None
        } else {
            (r.noun)(p, role, hint)
        }
    };
    let mut chosen = vec![false; n];
    if role.is_person() {
        // Double surnames and names: every declinable part changes.
        chosen.fill(true);
    } else if parts[1..]
        .iter()
        .any(|p| !p.is_empty() && p.chars().all(char::is_lowercase))
    {
        // "Ростов-на-Дону", "Франкфурт-на-Майні": only the first part.
        chosen[0] = true;
    } else {
        chosen[n - 1] = true;
        // "Білгород-Дністровський": a noun before an adjectival part declines too.
        chosen[0] = dec(parts[n - 1]).is_some_and(|x| x.adjectival);
    }
    let mut agr = None;
    let mut tables = Vec::with_capacity(n);
    for (i, p) in parts.iter().enumerate() {
        match dec(p).filter(|_| chosen[i]) {
            Some(x) => {
                if agr.is_none() || i == n - 1 {
                    agr = Some(x.agr);
                }
                tables.push(x.cases);
            }
            None => tables.push(fixed(p)),
        }
    }
    agr.map(|agr| Noun {
        cases: product(&tables, "-"),
        agr,
        adjectival: false,
    })
}

/// Per slot, every combination of the parts' variants joined by `sep`.
fn product(parts: &[Cases], sep: &str) -> Cases {
    std::array::from_fn(|i| {
        let mut acc: Vec<String> = Vec::new();
        for (k, p) in parts.iter().enumerate() {
            if p[i].is_empty() {
                return Vec::new();
            }
            acc = if k == 0 {
                p[i].clone()
            } else {
                acc.iter()
                    .flat_map(|a| p[i].iter().map(move |x| format!("{a}{sep}{x}")))
                    .collect()
            };
        }
        acc
    })
}

/// The word unchanged in every slot.
pub(crate) fn fixed(w: &str) -> Cases {
    std::array::from_fn(|_| vec![w.to_string()])
}

fn is_cyr(c: char) -> bool {
    ('\u{0400}'..='\u{04FF}').contains(&c) && c.is_alphabetic()
}

pub(crate) fn is_apos(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Abbreviations, words with digits or Latin letters, initials: never declined.
pub(crate) fn is_fixed(w: &str) -> bool {
    let clean = w.chars().all(|c| is_cyr(c) || c == '-' || is_apos(c));
    !clean || !w.chars().any(char::is_lowercase) || !w.chars().last().is_some_and(is_cyr)
}

/// Builds a paradigm from one pattern per slot: endings split by '|',
/// "=" is the nominative itself, "0" the bare stem, "~x" ending x on the
/// alternate stem; "" leaves the slot empty.
pub(crate) fn para(nom: &str, stem: &str, alt: &str, pat: [&str; 7]) -> Cases {
    pat.map(|p| {
        if p.is_empty() {
            return Vec::new();
        }
        p.split('|')
            .map(|e| match e {
                "=" => nom.to_string(),
                "0" => stem.to_string(),
                _ => match e.strip_prefix('~') {
                    Some(x) => format!("{alt}{x}"),
                    None => format!("{stem}{e}"),
                },
            })
            .collect()
    })
}

/// `s` without its last `n` characters.
pub(crate) fn cut(s: &str, n: usize) -> &str {
    if n == 0 {
        return s;
    }
    s.char_indices()
        .rev()
        .nth(n - 1)
        .map_or("", |(i, _)| &s[..i])
}

/// The k-th character from the end (1 = last), or ' '.
pub(crate) fn nth_last(s: &str, k: usize) -> char {
    s.chars().rev().nth(k.saturating_sub(1)).unwrap_or(' ')
}

pub(crate) fn ends(l: &str, sufs: &[&str]) -> bool {
    sufs.iter().any(|s| l.ends_with(s))
}

/// Guessing condition for a row of an ending table.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cond {
    Any,
    /// Stem ends in -иєв/-аєв (Києв-, Миколаєв-): a -їв place is likely.
    Ov,
    /// Stem ends in any -ов/-ев/-єв (Харков-, Умєров-).
    OvAny,
    /// Stem ends like an adjective's (Зеленськ-, Залужн-).
    Adj,
    /// For rows whose suffix starts with к: н/й/ч/ш before it (Шевчен-ком, Бой-ка), so -ко is likely.
    Ko,
    /// Stem ends in an obstruent plus sonorant (Литв-, Москв-, Дніпр-), unlikely word-finally.
    Odd,
    /// Stem ends in л (Брюссел-), where a soft -ль nominative is likely.
    L,
    /// Stem ends in a vowel (Росі-, Бре-).
    Vowel,
    /// Stem ends in a doubled consonant (Запоріжж-): a neuter -я is likely.
    Double,
}

/// Applies an ending table: for each matching row, expands its tokens.
/// Tokens: "=" the word itself, "" the bare stem, "~" the stem with its last
/// о/е/є turned back to і/ї (Києв -> Київ), "ЕЦЬ" -ц- back to -ець, "ь" only
/// after л/н/р, anything else is appended to the stem.
pub(crate) fn unstrip_with(w: &str, table: &[(&str, Cond, &[&str])], vowels: &str) -> Vec<String> {
    let l = w.to_lowercase();
    let mut out = Vec::new();
    for &(suf, cond, toks) in table {
        let n = suf.chars().count();
        if !l.ends_with(suf) || l.chars().count() < n + 2 {
            continue;
        }
        let stem = cut(w, n);
        let sl = cut(&l, n);
        let (a, b) = (nth_last(sl, 2), nth_last(sl, 1));
        let obstruent = |c: char| "бвгґджзкпстфхцчшщ".contains(c);
        let ok = match cond {
            Cond::Any => true,
            Cond::Ov => ends(sl, &["иєв", "аєв"]),
            Cond::OvAny => ends(sl, &["ов", "ев", "єв", "ёв"]),
            Cond::Adj => ends(sl, &["ськ", "цьк", "зьк", "ск", "цк", "н", "ч", "ж"]),
            Cond::Ko => "нйчш".contains(b),
            Cond::Odd => obstruent(a) && "влмнр".contains(b),
            Cond::L => b == 'л',
            Cond::Vowel => vowels.contains(b),
            Cond::Double => a == b && b.is_alphabetic() && !vowels.contains(b),
        };
        if !ok {
            continue;
        }
        for &t in toks {
            let c = match t {
                "=" => w.to_string(),
                "~" => match sl.chars().rev().nth(1) {
                    Some('о' | 'е') if b == 'в' => format!("{}ів", cut(stem, 2)),
                    Some('є') if b == 'в' => format!("{}їв", cut(stem, 2)),
                    _ => continue,
                },
                "ЕЦЬ" if b == 'ц' && !vowels.contains(a) => format!("{}ець", cut(stem, 1)),
                "ЕЦЬ" => continue,
                "ь" if !"лнр".contains(b) => continue,
                _ => format!("{stem}{t}"),
            };
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// A name class from a short code, for the declension tables' tests:
/// `pm`/`pf` person, `gm`/`gf` given name, `sm`/`sf` surname, `pl` place,
/// `org` organisation, `adj` adjective.
#[cfg(test)]
pub(crate) fn test_class(code: &str) -> NameClass {
    use Gender::*;
    use NameClass::*;
    match code {
        "pm" => Person(Masculine),
        "pf" => Person(Feminine),
        "gm" => GivenName(Masculine),
        "gf" => GivenName(Feminine),
        "sm" => Surname(Masculine),
        "sf" => Surname(Feminine),
        "pl" => Place,
        "org" => Organization,
        "adj" => Adjective,
        _ => panic!("bad class code {code}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert_eq!(cut("Київ", 1), "Киї");
        assert_eq!(cut("Київ", 4), "");
        assert_eq!(cut("Київ", 9), "");
        assert_eq!(nth_last("Київ", 1), 'в');
        assert_eq!(nth_last("Київ", 9), ' ');
        assert!(is_fixed("НАТО") && is_fixed("F-16") && is_fixed("В.") && is_fixed("Apple"));
        assert!(!is_fixed("Київ") && !is_fixed("Нью-Йорк") && !is_fixed("Об'єднані"));
        let p = para("Київ", "Києв", "Києв", ["=", "а|у", "0", "", "~і", "=", ""]);
        assert_eq!(p[1], vec!["Києва", "Києву"]);
        assert_eq!(p[2], vec!["Києв"]);
        assert!(p[3].is_empty());
        assert_eq!(p[4], vec!["Києві"]);
    }

    #[test]
    fn product_joins_per_slot_and_skips_empty() {
        let a = para("A", "a", "a", ["=", "1|2", "x", "x", "x", "x", ""]);
        let b = para("B", "b", "b", ["=", "3", "y|z", "y", "y", "y", "="]);
        let p = product(&[a, b], " ");
        assert_eq!(p[0], vec!["A B"]);
        assert_eq!(p[1], vec!["a1 b3", "a2 b3"]);
        assert_eq!(p[2], vec!["ax by", "ax bz"]);
        assert!(p[6].is_empty());
    }

    #[test]
    fn empty_and_fixed_inputs() {
        for lang in [Lang::Uk, Lang::Ru] {
            assert_eq!(forms(lang, "", NameClass::Place), vec![""]);
            assert_eq!(forms(lang, "НАТО", NameClass::Organization), vec!["НАТО"]);
            assert_eq!(forms(lang, "F-16", NameClass::Organization), vec!["F-16"]);
            assert!(nominative_candidates(lang, "  ").is_empty());
            assert_eq!(nominative_candidates(lang, "ЗСУ"), vec!["ЗСУ"]);
        }
    }
}
