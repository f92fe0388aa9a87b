//! Every surface form of a gazetteer record: its names, their case forms,
//! its aliases and, for people, their surnames.

use crate::gazetteer::{Gender, Record};
use crate::inflect::{self, NameClass};
use crate::EntityKind;

/// How a surface form may be used.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(crate) struct FormFlags(u8);

impl FormFlags {
    /// A person's surname alone: names them only without a stronger rival.
    pub const WEAK: FormFlags = FormFlags(1);
    /// Names the entity only where it is named otherwise in the document.
    pub const CONTEXT: FormFlags = FormFlags(2);
    /// Written in capitals: must be in capitals in the text.
    pub const EXACT_CASE: FormFlags = FormFlags(4);
    /// Starts with a capital: must start with one in the text.
    pub const CAPITAL: FormFlags = FormFlags(8);
    /// Also a common word: needs context too.
    pub const AMBIGUOUS: FormFlags = FormFlags(16);

    #[allow(dead_code)] // used by build.rs
    pub fn bits(self) -> u8 {
        self.0
    }

    pub fn from_bits(bits: u8) -> FormFlags {
        FormFlags(bits)
    }

    pub fn has(self, f: FormFlags) -> bool {
        self.0 & f.0 == f.0
    }

    pub fn with(self, f: FormFlags) -> FormFlags {
        FormFlags(self.0 | f.0)
    }
}

/// One surface form of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Form {
    pub text: String,
    pub flags: FormFlags,
}

fn lang_of(code: &str) -> Option<inflect::Lang> {
    match code {
        "uk" => Some(inflect::Lang::Uk),
        "ru" => Some(inflect::Lang::Ru),
        _ => None,
    }
}

fn gender(r: &Record) -> inflect::Gender {
    match r.gender {
        Some(Gender::Female) => inflect::Gender::Feminine,
        _ => inflect::Gender::Masculine,
    }
}

/// The flags a written form implies by its own letters.
pub(crate) fn case_flags(text: &str) -> FormFlags {
    let (mut letters, mut upper) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += c.is_uppercase() as usize;
    }
    let mut f = FormFlags::default();
    if letters >= 2 && upper == letters {
        f = f.with(FormFlags::EXACT_CASE);
    }
    if text.chars().next().is_some_and(char::is_uppercase) {
        f = f.with(FormFlags::CAPITAL);
    }
    f
}

/// Every surface form of `r`, possibly with repeats.
pub(crate) fn forms(r: &Record) -> Vec<Form> {
    // A person's full names are never common words; their surname may be,
    // and then it only names them where the document names them in full.
    let base = if r.ambiguous && r.kind != EntityKind::Person {
        FormFlags::AMBIGUOUS
    } else {
        FormFlags::default()
    };
    let mut out = Vec::new();
    let mut push = |text: &str, flags: FormFlags| {
        out.push(Form {
            text: text.to_string(),
            flags: flags.with(case_flags(text)).with(base),
        });
    };
    let class = match r.kind {
        EntityKind::Person => NameClass::Person(gender(r)),
        EntityKind::Organization => NameClass::Organization,
        EntityKind::Location => NameClass::Place,
    };
    push(&r.name, FormFlags::default());
    for (lang, names) in &r.names {
        for name in names {
            declined(lang, name, class, &mut |f| push(f, FormFlags::default()));
        }
    }
    for a in &r.aliases {
        // A one-word alias of a person is a surname-like form.
        let weak = r.kind == EntityKind::Person && !a.trim().contains(char::is_whitespace);
        push(
            a,
            if weak {
                FormFlags::WEAK
            } else {
                FormFlags::default()
            },
        );
    }
    for (lang, names) in &r.context_aliases {
        for name in names {
            declined(lang, name, class, &mut |f| push(f, FormFlags::CONTEXT));
        }
    }
    if r.kind == EntityKind::Person {
        let surname = NameClass::Surname(gender(r));
        let flags = if r.ambiguous {
            FormFlags::WEAK.with(FormFlags::CONTEXT)
        } else {
            FormFlags::WEAK
        };
        for (lang, surnames) in surnames(r) {
            for s in surnames {
                declined(&lang, &s, surname, &mut |f| push(f, flags));
            }
        }
    }
    out
}

/// A person's surnames per language: as given, else the last word of each
/// name of two words or more.
pub(crate) fn surnames(r: &Record) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |lang: &str, s: &str| match out.iter_mut().find(|(l, _)| l == lang) {
        Some((_, v)) => {
            if !v.iter().any(|x| x == s) {
                v.push(s.to_string())
            }
        }
        None => out.push((lang.to_string(), vec![s.to_string()])),
    };
    let all_names = std::iter::once(("en", r.name.as_str())).chain(
        r.names
            .iter()
            .flat_map(|(l, ns)| ns.iter().map(move |n| (l.as_str(), n.as_str()))),
    );
    for (lang, name) in all_names {
        if let Some(given) = r.surnames.get(lang) {
            for s in given {
                add(lang, s);
            }
            continue;
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        if words.len() >= 2 {
            add(lang, words[words.len() - 1]);
        }
    }
    out
}

fn declined(lang: &str, phrase: &str, class: NameClass, f: &mut dyn FnMut(&str)) {
    match lang_of(lang) {
        Some(l) => {
            for form in inflect::forms(l, phrase, class) {
                f(&form);
            }
        }
        None => f(phrase),
    }
}
