//! Role mentions: "the Pentagon chief", "his French counterpart",
//! "Міністри оборони України та Литви", "британським колегою".
//!
//! A role mention is a post (`defence_minister`), the countries or bodies it
//! is of, and whether it is plural. It resolves to the people who held the
//! post on a date, using the gazetteer's dated roles; a "counterpart" takes
//! its post from the person it is the counterpart of.

use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::gazetteer::{Gazetteer, Record};
use crate::words::WordAlternation;
use crate::Span;

/// What a role word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Post {
    /// A post by its role name, optionally fixed to one country or body.
    Named(&'static str, Option<&'static str>),
    /// "counterpart", "колега": the post of someone else.
    Counterpart,
}

/// A role mention found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RoleMention {
    /// The whole phrase, qualifiers included.
    pub span: Span,
    pub post: Post,
    /// Ids of the countries or bodies the post is of (`iso:FR`, `org:nato`).
    pub of: Vec<String>,
    pub plural: bool,
}

struct RoleWord {
    re: &'static str,
    post: Post,
    plural: bool,
}

const fn w(re: &'static str, post: Post, plural: bool) -> RoleWord {
    RoleWord { re, post, plural }
}

use Post::{Counterpart, Named};

/// Role phrases over folded text, longest alternatives first.
const WORDS: &[RoleWord] = &[
    w(
        r"(?:pentagon chief|pentagon head|head of the pentagon|chief of the pentagon)",
        Named("defence_minister", Some("iso:US")),
        false,
    ),
    w(
        r"(?:глав\w*|очільник\w*|керівник\w*|шеф\w*) пентагону",
        Named("defence_minister", Some("iso:US")),
        false,
    ),
    w(
        r"(?:глав\w*|руководител\w*) пентагона",
        Named("defence_minister", Some("iso:US")),
        false,
    ),
    w(
        r"(?:secretary of state for defen[cs]e|secretary of defen[cs]e|secretary of war|defen[cs]e secretary|war secretary)",
        Named("defence_minister", None),
        false,
    ),
    w(
        r"(?:defen[cs]e ministers|ministers of defen[cs]e)",
        Named("defence_minister", None),
        true,
    ),
    w(
        r"(?:defen[cs]e minister|minister of defen[cs]e|minister for defen[cs]e|minister of the armed forces|armed forces minister|defen[cs]e chief)",
        Named("defence_minister", None),
        false,
    ),
    w(
        r"(?:head of the ministry of defen[cs]e|head of the defen[cs]e ministry)",
        Named("defence_minister", None),
        false,
    ),
    w(
        r"(?:foreign ministers|ministers of foreign affairs)",
        Named("foreign_minister", None),
        true,
    ),
    w(
        r"(?:foreign minister|minister of foreign affairs|minister for foreign affairs|foreign secretary|foreign affairs minister|top diplomat)",
        Named("foreign_minister", None),
        false,
    ),
    w(
        r"secretary of state",
        Named("foreign_minister", Some("iso:US")),
        false,
    ),
    w(
        r"(?:deputy secretary[- ]general|deputy secretaries[- ]general)",
        Named("deputy_secretary_general", None),
        false,
    ),
    w(
        r"assistant secretary[- ]general",
        Named("assistant_secretary_general", None),
        false,
    ),
    w(
        r"secretary[- ]general",
        Named("secretary_general", None),
        false,
    ),
    w(r"prime minister", Named("head_of_government", None), false),
    w(
        r"chancellor",
        Named("head_of_government", Some("iso:DE")),
        false,
    ),
    w(
        r"(?:presidents|leaders)",
        Named("head_of_state", None),
        true,
    ),
    w(r"president", Named("head_of_state", None), false),
    w(r"counterparts", Counterpart, true),
    w(r"counterpart", Counterpart, false),
    // Ukrainian
    w(
        r"міністр(?:и|ів|ам|ами|ах) оборони",
        Named("defence_minister", None),
        true,
    ),
    w(
        r"(?:міністр\w*|очільник\w*|глав\w*|голов\w*) (?:оборони|міноборони|міністерства оборони)",
        Named("defence_minister", None),
        false,
    ),
    w(
        r"міністр(?:и|ів|ам|ами|ах) закордонних справ",
        Named("foreign_minister", None),
        true,
    ),
    w(
        r"(?:міністр\w* закордонних справ|(?:очільник|глав|голов|керівник)\w* мзс)",
        Named("foreign_minister", None),
        false,
    ),
    w(
        r"держсекретар\w*",
        Named("foreign_minister", Some("iso:US")),
        false,
    ),
    w(
        r"(?:заступник\w*|помічник\w*) (?:генсек\w*|генеральн\w* секретар\w*)",
        Named("assistant_secretary_general", None),
        false,
    ),
    w(
        r"(?:генсек\w*|генеральн\w* секретар\w*)",
        Named("secretary_general", None),
        false,
    ),
    w(
        r"прем'єр(?:-міністр)?\w*",
        Named("head_of_government", None),
        false,
    ),
    w(
        r"канцлер\w*",
        Named("head_of_government", Some("iso:DE")),
        false,
    ),
    w(r"президент(?:и|ів|ами)", Named("head_of_state", None), true),
    w(r"президент\w*", Named("head_of_state", None), false),
    w(r"колег(?:и|ами|ам|ах)", Counterpart, true),
    w(r"колег\w*", Counterpart, false),
    // Russian
    w(
        r"министр\w* обороны",
        Named("defence_minister", None),
        false,
    ),
    w(
        r"(?:министр\w* иностранных дел|глав\w* мид)",
        Named("foreign_minister", None),
        false,
    ),
    w(r"коллег\w*", Counterpart, false),
];

/// The role phrases' patterns, for tests.
#[cfg(test)]
pub(crate) fn patterns() -> Vec<&'static str> {
    WORDS.iter().map(|w| w.re).collect()
}

static ROLE_RE: Lazy<WordAlternation> =
    Lazy::new(|| WordAlternation::new(WORDS.iter().map(|w| w.re.to_string())));

/// A qualifier next to a role word: a country or body mention, or a
/// demonym, with the id it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Qualifier {
    pub span: Span,
    pub id: String,
}

/// Finds role mentions in `folded` (a folded sentence whose offsets equal
/// the original's after `map`), given the qualifiers found in the sentence
/// (country and organisation mentions, demonyms), all in original offsets.
pub(crate) fn find(
    original: &str,
    folded: &crate::fold::Folded<'_>,
    offset: usize,
    qualifiers: &[Qualifier],
) -> Vec<RoleMention> {
    let mut out = Vec::new();
    for (k, m) in ROLE_RE.matches(folded.as_str()) {
        let word = &WORDS[k];
        let local = folded.to_original(m);
        let mut span = Span::new(local.start + offset, local.end + offset);
        let mut of: Vec<String> = Vec::new();
        if let Post::Named(_, Some(fixed)) = word.post {
            of.push(fixed.to_string());
        }
        // Qualifiers just before: "French counterpart", "U.S. Secretary of
        // Defense", "NATO Secretary General", "британським колегою".
        let mut left = span.start;
        while let Some(q) = qualifiers
            .iter()
            .rev()
            .find(|q| q.span.end <= left && is_light(&original[q.span.end..left], Side::Before))
        {
            if !of.contains(&q.id) {
                of.insert(0, q.id.clone());
            }
            left = q.span.start;
        }
        // Qualifiers just after: "of Ukraine", "України та Литви", "НАТО".
        let mut right = span.end;
        while let Some(q) = qualifiers.iter().find(|q| {
            q.span.start >= right && is_light(&original[right..q.span.start], Side::After)
        }) {
            if !of.contains(&q.id) {
                of.push(q.id.clone());
            }
            right = q.span.end;
        }
        span = Span::new(left, right);
        out.push(RoleMention {
            span,
            post: word.post,
            of,
            plural: word.plural,
        });
    }
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Before,
    After,
}

/// Words that may stand between a qualifier and the role word before it.
const LIGHT_BEFORE_WORDS: &str =
    "his|her|their|its|the|a|an|new|then|former|свого|своїм|своєю|свій|його|її|новим|новий";
const LIGHT_AFTER_WORDS: &str = "of|the|for|from|та|і|й|и|and|з|із|зі";

/// A gap of spaces, commas, light words and possessive `'s`. Written
/// without `\b`, whose Unicode form keeps the regex engine off its DFA:
/// a word stands at the start or after a space or comma, and `'s` only
/// after a word or another `'s`, just where the word boundaries allow them.
static LIGHT_BEFORE: Lazy<Regex> = Lazy::new(|| {
    let token = format!("(?:{LIGHT_BEFORE_WORDS})?(?:['’]s)*");
    Regex::new(&format!(r"(?i)^{token}(?:[\s,]+{token})*$")).expect("compiles")
});

static LIGHT_AFTER: Lazy<Regex> = Lazy::new(|| {
    let token = format!("(?:{LIGHT_AFTER_WORDS})?");
    Regex::new(&format!(r"(?i)^{token}(?:[\s,]+{token})*$")).expect("compiles")
});

fn is_light(gap: &str, side: Side) -> bool {
    // More than 96 bytes are more than 24 characters: no need to count.
    gap.len() <= 96
        && gap.chars().count() <= 24
        && match side {
            Side::Before => LIGHT_BEFORE.is_match(gap),
            Side::After => LIGHT_AFTER.is_match(gap),
        }
}

/// The people who held `post` of `of` on `date`; without a date, the people
/// among `in_doc` who ever held it.
pub(crate) fn holders(
    gazetteer: &Gazetteer,
    role: &str,
    of: &str,
    date: Option<NaiveDate>,
    in_doc: &[u32],
) -> Vec<u32> {
    let records = gazetteer.records();
    let held = |r: &Record| match date {
        Some(d) => r.holds(role, of, d),
        None => r.roles.iter().any(|x| x.role == role && x.of == of),
    };
    // People named in the document come first: "the minister" is most
    // likely someone the article already named.
    let named: Vec<u32> = in_doc
        .iter()
        .copied()
        .filter(|&i| held(&records[i as usize]))
        .collect();
    if !named.is_empty() || date.is_none() {
        return named;
    }
    gazetteer
        .people_with_post(role, of)
        .iter()
        .copied()
        .filter(|&i| held(&records[i as usize]))
        .collect()
}

/// The posts `person` held on `date` (or ever, without a date), as
/// `(role, of)`, for resolving their counterpart.
pub(crate) fn posts_of(r: &Record, date: Option<NaiveDate>) -> Vec<(&str, &str)> {
    r.roles
        .iter()
        .filter(|x| date.is_none_or(|d| x.covers(d)))
        .map(|x| (x.role.as_str(), x.of.as_str()))
        .collect()
}

/// Compiles this module's regexes and tables now, not on first use (see
/// [`crate::Extractor::warm_up`]).
pub(crate) fn warm_up() {
    Lazy::force(&ROLE_RE);
    Lazy::force(&LIGHT_BEFORE);
    Lazy::force(&LIGHT_AFTER);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::Folded;

    fn roles(text: &str, quals: &[(&str, &str)]) -> Vec<(String, Post, Vec<String>, bool)> {
        let qualifiers: Vec<Qualifier> = quals
            .iter()
            .map(|(w, id)| {
                let s = text.find(w).unwrap();
                Qualifier {
                    span: Span::new(s, s + w.len()),
                    id: id.to_string(),
                }
            })
            .collect();
        let f = Folded::new(text);
        find(text, &f, 0, &qualifiers)
            .into_iter()
            .map(|r| (text[r.span].to_string(), r.post, r.of, r.plural))
            .collect()
    }

    #[test]
    fn english_roles_take_their_qualifiers() {
        let r = roles(
            "Umerov met his French counterpart Sébastien Lecornu.",
            &[("French", "iso:FR")],
        );
        assert_eq!(
            r,
            vec![(
                "French counterpart".into(),
                Counterpart,
                vec!["iso:FR".into()],
                false
            )]
        );
        let r = roles(
            "U.S. Secretary of Defense Lloyd Austin",
            &[("U.S.", "iso:US")],
        );
        assert_eq!(r[0].0, "U.S. Secretary of Defense");
        assert_eq!(r[0].2, vec!["iso:US".to_string()]);
        let r = roles("the Pentagon chief says", &[]);
        assert_eq!(r[0].1, Named("defence_minister", Some("iso:US")));
        let r = roles(
            "the head of the Ministry of Defense of Ukraine",
            &[("Ukraine", "iso:UA")],
        );
        assert_eq!(r[0].1, Named("defence_minister", None));
        let r = roles("a meeting with EU defense ministers.", &[("EU", "org:eu")]);
        assert_eq!(
            r[0],
            (
                "EU defense ministers".into(),
                Named("defence_minister", None),
                vec!["org:eu".into()],
                true
            )
        );
        let r = roles(
            "NATO Secretary General Jens Stoltenberg",
            &[("NATO", "org:nato")],
        );
        assert_eq!(r[0].1, Named("secretary_general", None));
        assert_eq!(r[0].2, vec!["org:nato".to_string()]);
    }

    #[test]
    fn ukrainian_roles_take_their_qualifiers() {
        let r = roles(
            "Міністри оборони України та Литви обговорили",
            &[("України", "iso:UA"), ("Литви", "iso:LT")],
        );
        assert_eq!(r[0].0, "Міністри оборони України та Литви");
        assert_eq!(r[0].2, vec!["iso:UA".to_string(), "iso:LT".to_string()]);
        assert!(r[0].3);
        let r = roles(
            "Сибіга обговорив з британським колегою шляхи",
            &[("британським", "iso:GB")],
        );
        assert_eq!(
            r[0],
            (
                "британським колегою".into(),
                Counterpart,
                vec!["iso:GB".into()],
                false
            )
        );
        let r = roles(
            "з помічником генерального секретаря НАТО з розвідки",
            &[("НАТО", "org:nato")],
        );
        assert_eq!(r[0].1, Named("assistant_secretary_general", None));
        let r = roles("глава Пентагону заявив", &[]);
        assert_eq!(r[0].1, Named("defence_minister", Some("iso:US")));
    }

    #[test]
    fn light_gaps_as_with_word_boundaries() {
        let before = Regex::new(&format!(
            r"(?i)^(?:\s|['’]s\b|,|\b(?:{LIGHT_BEFORE_WORDS})\b)*$"
        ))
        .unwrap();
        let after = Regex::new(&format!(r"(?i)^(?:\s|,|\b(?:{LIGHT_AFTER_WORDS})\b)*$")).unwrap();
        let pieces = [
            " ",
            "  ",
            "\t",
            "\u{a0}",
            ",",
            "'",
            "’",
            "s",
            "S",
            "ſ",
            "'s",
            "’S",
            "his",
            "HIS",
            "the",
            "a",
            "an",
            "of",
            "for",
            "та",
            "і",
            "й",
            "и",
            "Й",
            "and",
            "її",
            "свого",
            "новий",
            "x",
            "1",
            "-",
            ".",
            "ї",
            "the's",
            "thes",
        ];
        // Every gap of up to four pieces, from a fixed pseudo-random walk.
        let mut next = crate::testing::walk(0x9e37_79b9_7f4a_7c15);
        for _ in 0..200_000 {
            let len = 1 + next(6);
            let gap: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
            assert_eq!(
                LIGHT_BEFORE.is_match(&gap),
                before.is_match(&gap),
                "{gap:?}"
            );
            assert_eq!(LIGHT_AFTER.is_match(&gap), after.is_match(&gap), "{gap:?}");
        }
    }

    #[test]
    fn no_roles_in_plain_text() {
        assert!(roles("The weather in Kyiv was cold.", &[]).is_empty());
    }
}
