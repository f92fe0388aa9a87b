//! Dates in English, Ukrainian and Russian news text.
//!
//! A handful of regexes find candidate expressions, each of a different
//! shape: day-month ("4 грудня 2023 року", "4th of December"), month-day
//! ("Dec. 4, 2023"), numeric ("04.12.2023", "2023-12-04"), relative words
//! ("yesterday", "позавчора", "сегодня") and weekdays ("last Friday",
//! "у п'ятницю", "во вторник"). Month and weekday words are matched
//! case-insensitively and as whole words (`\b` is Unicode-aware, so
//! "грудняк" is not "грудня"). Each candidate is then checked in code: the
//! day must exist, a number must not be a piece of a bigger number
//! ("12.5 December", "1.04.12.2023"), and a few fixed names are not dates
//! ("Black Friday", "USA Today"). Overlapping candidates are settled by
//! taking the earliest and then the longest; a weekday right next to an
//! explicit date ("on Friday, December 4") is folded into that date.
//!
//! Months alone, month and year ("in February 2022") and slashed dates
//! ("12/04/2023", day or month first?) are not dates here. Years must be
//! 1900–2099, so counts like "December 4, 150 troops" are not years.
//! Lower-case "may" and "march" are verbs, not months ("they may 4 times").
//!
//! Spans of weekday expressions include the word that makes them a date
//! ("on Friday", "last Friday", "у п'ятницю", "минулої п'ятниці");
//! spans of explicit dates do not include a leading "on" but do include a
//! year word ("2023 року", "2023 г.").
//!
//! Resolution against the publication date (news reports the past):
//! - a day and month take the reference's year, or the year before when
//!   that would put them more than 60 days after the reference;
//! - "yesterday"/"вчора"/"вчера" is the day before, "the day before
//!   yesterday" two days before, "tomorrow" the day after; "напередодні",
//!   "накануне" the day before, but not before a noun ("напередодні
//!   саміту", on the eve of the summit): only at a clause's end, or before
//!   a verb in the past or a time of day;
//! - a plain weekday ("Friday", "on Friday", "this Friday", "у п'ятницю")
//!   is the most recent such day on or before the reference, so on a
//!   Friday "on Friday" is the reference day itself; "last Friday",
//!   "минулої п'ятниці", "в прошлую пятницу" are strictly before it, and
//!   "next Friday", "наступної п'ятниці" strictly after;
//! - "4 грудня минулого року", "December 4 last year" take the year before
//!   the reference's.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use once_cell::sync::Lazy;
use std::panic::{RefUnwindSafe, UnwindSafe};

use regex::{Captures, Regex};
use regex_automata::hybrid;
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input, MatchKind};

use crate::Span;

/// Stems of every relative-date and weekday word the patterns know, in
/// lower case, capitalised and upper case: a cheap test before them.
static DATE_WORD_STEMS: Lazy<aho_corasick::AhoCorasick> = Lazy::new(|| {
    const STEMS: &[&str] = &[
        "yesterday",
        "today",
        "tomorrow",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "вчора",
        "учора",
        "сьогодні",
        "завтра",
        "позавчора",
        "понеділ",
        "вівтор",
        "серед",
        "четвер",
        "п'ятниц",
        "п’ятниц",
        "пʼятниц",
        "субот",
        "неділ",
        "вчера",
        "сегодня",
        "позавчера",
        "напередодні",
        "накануне",
        "понедельник",
        "вторник",
        "сред",
        "четверг",
        "пятниц",
        "суббот",
        "воскресен",
        "день",
        "дня",
    ];
    let mut all = Vec::new();
    for s in STEMS {
        let mut cap = s.chars();
        let first: String = cap
            .next()
            .map(|c| c.to_uppercase().collect())
            .unwrap_or_default();
        all.push(s.to_string());
        all.push(format!("{first}{}", cap.as_str()));
        all.push(s.to_uppercase());
    }
    // Over a hundred stems: left to choose, the crate takes an NFA, which
    // costs several times a DFA's steps per byte.
    aho_corasick::AhoCorasick::builder()
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(all)
        .expect("date word stems build")
});

/// How a date was stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateKind {
    /// year, month and day stated
    Full,
    /// day and month stated, year taken from the reference date
    DayMonth,
    /// relative to the reference date: yesterday, today, on Friday, вчора, у понеділок
    Relative,
}

/// A date expression found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateMention {
    /// Where the expression is, in bytes.
    pub span: Span,
    /// The day meant, when it can be known.
    pub date: Option<NaiveDate>,
    /// How the date was stated.
    pub kind: DateKind,
}

/// Every date expression in `text`, in order, with byte spans into `text`
/// (on char boundaries; `&text[span.range()]` is the expression).
///
/// `reference` is the article's publication date; DayMonth and Relative
/// expressions resolve against it and get `date: None` without it. A
/// DayMonth date takes the reference's year, or the previous year when that
/// would put it more than 60 days after the reference. A plain weekday
/// ("on Friday", "у п'ятницю", "в пятницу") is the most recent such day on
/// or before the reference (the reference itself when it is that weekday);
/// "last Friday" and its Ukrainian and Russian equivalents are strictly
/// before, "next Friday" strictly after.
pub fn find_dates(text: &str, reference: Option<NaiveDate>) -> Vec<DateMention> {
    let mut found: Vec<Found> = Vec::new();
    // Stated dates all have a digit; without one, skip their patterns.
    // Their Unicode `\b` keeps the regex engine off its DFA, so each is
    // searched only from where a DFA-friendly regex finds its shape.
    if text.bytes().any(|b| b.is_ascii_digit()) {
        for caps in DAY_MONTH.captures_iter(text) {
            found.extend(explicit(text, &caps, reference, TEXT_BEFORE));
        }
        for caps in MONTH_DAY.captures_iter(text) {
            found.extend(explicit(text, &caps, reference, TEXT_BEFORE));
        }
        if text.contains('-') {
            for caps in ISO.captures_iter(text) {
                found.extend(numeric(text, &caps));
            }
        }
        let digit_after_dot = text
            .match_indices('.')
            .any(|(i, _)| text[i + 1..].chars().next().is_some_and(char::is_numeric));
        if digit_after_dot {
            for caps in EUROPEAN.captures_iter(text) {
                found.extend(numeric(text, &caps));
            }
        }
    }
    // Relative and weekday words all contain one of a few stems; most
    // sentences have none, and need none of those patterns.
    if DATE_WORD_STEMS.is_match(text) {
        for caps in RELATIVE.captures_iter(text) {
            found.extend(relative_word(text, &caps, reference));
        }
        for re in [&WEEKDAY_EN, &WEEKDAY_ACC, &WEEKDAY_GEN] {
            for caps in re.captures_iter(text) {
                found.extend(weekday(text, &caps, reference));
            }
        }
    }

    // Earliest first, then longest; drop whatever overlaps a kept one.
    found.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    let mut kept: Vec<Found> = Vec::with_capacity(found.len());
    for f in found {
        if kept.last().is_none_or(|k| f.span.start >= k.span.end) {
            kept.push(f);
        }
    }

    // "on Friday, December 4" is one date; the explicit part wins.
    let mut out: Vec<DateMention> = Vec::with_capacity(kept.len());
    let mut i = 0;
    while i < kept.len() {
        let cur = kept[i];
        if let Some(next) = kept.get(i + 1) {
            let between = &text[cur.span.end..next.span.start];
            let adjacent = between.chars().all(|c| c == ',' || c.is_whitespace());
            if adjacent && cur.weekday != next.weekday {
                let explicit = if cur.weekday { next } else { &cur };
                out.push(DateMention {
                    span: cur.span.cover(next.span),
                    date: explicit.date,
                    kind: explicit.kind,
                });
                i += 2;
                continue;
            }
        }
        out.push(DateMention {
            span: cur.span,
            date: cur.date,
            kind: cur.kind,
        });
        i += 1;
    }
    out
}

/// A date pattern and its shape: the pattern without its word boundaries,
/// which matches wherever the pattern does (and more), and runs on the DFA
/// where the pattern's Unicode `\b` cannot. The pattern is tried only where
/// its shape matches, and only as far as the shape's longest match there:
/// the backtracker the pattern falls back to pays for every byte it may
/// visit, and the rest of the text is most of them.
struct Shaped {
    re: Regex,
    shape: Regex,
    /// The shape, reporting its longest match.
    longest: hybrid::dfa::DFA,
    caches: Pool<hybrid::dfa::Cache, CacheFn>,
}

type CacheFn = Box<dyn Fn() -> hybrid::dfa::Cache + Send + Sync + UnwindSafe + RefUnwindSafe>;

impl Shaped {
    fn new(pattern: &str) -> Shaped {
        let shape = pattern.replace(r"\b", "");
        let longest = hybrid::dfa::DFA::builder()
            .configure(hybrid::dfa::Config::new().match_kind(MatchKind::All))
            .build(&shape)
            .expect("date shape compiles");
        let create = longest.clone();
        Shaped {
            re: Regex::new(pattern).expect("date pattern compiles"),
            shape: Regex::new(&shape).expect("date shape compiles"),
            longest,
            caches: Pool::new(Box::new(move || create.create_cache()) as CacheFn),
        }
    }

    /// The pattern's matches in `text`, in order, as `captures_iter` finds
    /// them (none is empty).
    fn captures_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Captures<'t>> + 't {
        let mut cache = self.caches.get();
        let mut at = 0;
        std::iter::from_fn(move || loop {
            // No match of the pattern starts before its shape's first one,
            // and none from there ends after the shape's longest.
            let from = self.shape.find_at(text, at)?.start();
            let input = Input::new(text)
                .span(from..text.len())
                .anchored(Anchored::Yes);
            // No quit bytes and no giving up: no error.
            let end = self
                .longest
                .try_search_fwd(&mut cache, &input)
                .ok()??
                .offset();
            // One character more, for a `\b` at the end.
            let context = end + text[end..].chars().next().map_or(0, char::len_utf8);
            match self.re.captures_at(&text[..context], from) {
                // A match starting later may be cut short: it is looked
                // for again from there.
                Some(caps) if caps.get(0)?.start() == from => {
                    at = caps.get(0)?.end();
                    return Some(caps);
                }
                _ => at = from + text[from..].chars().next()?.len_utf8(),
            }
        })
    }
}

/// The longest line [`parse_stamp`] reads as a stamp, in bytes.
const MAX_STAMP_LEN: usize = 80;

/// A dateline/time-stamp line as news sites print under headlines:
/// "11:53, 09.03.2025", "09.03.2025, 11:53", "09.03.2025 11:53",
/// "11:53 09.03.2025", "9 березня 2025, 11:53", "March 9, 2025 11:53",
/// "2025-03-09 11:53". Returns the date when the WHOLE trimmed line is such
/// a stamp (time optional), None otherwise.
pub fn parse_stamp(line: &str) -> Option<NaiveDate> {
    let line = line.trim();
    // Stamps are short and hold a year: most lines are neither, and need no regex.
    if line.len() > MAX_STAMP_LEN || line.bytes().filter(u8::is_ascii_digit).count() < 4 {
        return None;
    }
    let rest = if let Some(c) = TIME_LAST.captures(line) {
        c.name("rest").map_or("", |m| m.as_str())
    } else if let Some(c) = TIME_FIRST.captures(line) {
        c.name("rest").map_or("", |m| m.as_str())
    } else {
        line
    };
    let rest = rest.trim();
    match find_dates(rest, None).as_slice() {
        [only]
            if only.kind == DateKind::Full
                && only.span.start == 0
                && only.span.end == rest.len() =>
        {
            only.date
        }
        _ => None,
    }
}

/// A candidate before overlaps are settled.
#[derive(Clone, Copy, Debug)]
struct Found {
    span: Span,
    date: Option<NaiveDate>,
    kind: DateKind,
    /// A weekday expression, which an adjacent explicit date absorbs.
    weekday: bool,
}

/// Which way a weekday points from the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    OnOrBefore,
    Before,
    After,
}

const EN_MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

/// "May" has no abbreviation: it is already short.
const EN_ABBREVIATIONS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// Genitives, the form that follows a day number.
const UK_MONTHS: &[(&str, u32)] = &[
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
];

const RU_MONTHS: &[(&str, u32)] = &[
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
];

const WEEKDAYS_EN: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// Ukrainian accusative, after у/в: "у понеділок". Apostrophes are `'`.
const WEEKDAYS_UK_ACC: &[(&str, Weekday)] = &[
    ("понеділок", Weekday::Mon),
    ("вівторок", Weekday::Tue),
    ("середу", Weekday::Wed),
    ("четвер", Weekday::Thu),
    ("п'ятницю", Weekday::Fri),
    ("суботу", Weekday::Sat),
    ("неділю", Weekday::Sun),
];

/// Ukrainian genitive, after a modifier: "минулого понеділка".
const WEEKDAYS_UK_GEN: &[(&str, Weekday)] = &[
    ("понеділка", Weekday::Mon),
    ("вівторка", Weekday::Tue),
    ("середи", Weekday::Wed),
    ("четверга", Weekday::Thu),
    ("п'ятниці", Weekday::Fri),
    ("суботи", Weekday::Sat),
    ("неділі", Weekday::Sun),
];

/// Russian accusative, after в/во: "во вторник".
const WEEKDAYS_RU: &[(&str, Weekday)] = &[
    ("понедельник", Weekday::Mon),
    ("вторник", Weekday::Tue),
    ("среду", Weekday::Wed),
    ("четверг", Weekday::Thu),
    ("пятницу", Weekday::Fri),
    ("субботу", Weekday::Sat),
    ("воскресенье", Weekday::Sun),
];

const MODIFIERS: &[(&str, Dir)] = &[
    ("on", Dir::OnOrBefore),
    ("this", Dir::OnOrBefore),
    ("last", Dir::Before),
    ("past", Dir::Before),
    ("this past", Dir::Before),
    ("next", Dir::After),
    ("минулу", Dir::Before),
    ("минулий", Dir::Before),
    ("минулої", Dir::Before),
    ("минулого", Dir::Before),
    ("цю", Dir::OnOrBefore),
    ("цей", Dir::OnOrBefore),
    ("цієї", Dir::OnOrBefore),
    ("цього", Dir::OnOrBefore),
    ("наступну", Dir::After),
    ("наступний", Dir::After),
    ("наступної", Dir::After),
    ("наступного", Dir::After),
    ("прошлую", Dir::Before),
    ("прошлый", Dir::Before),
    ("прошлое", Dir::Before),
    ("эту", Dir::OnOrBefore),
    ("этот", Dir::OnOrBefore),
    ("это", Dir::OnOrBefore),
    ("следующую", Dir::After),
    ("следующий", Dir::After),
    ("следующее", Dir::After),
];

/// Words before a bare weekday that make it a name, not a date.
const WEEKDAY_NAMES: &[&str] = &[
    "black", "good", "cyber", "ash", "super", "holy", "maundy", "bloody", "giving", "easter",
    "whit", "blue", "man", "girl",
];

/// Media names ending in "Today".
const TODAY_NAMES: &[&str] = &["usa", "russia", "ukraine", "china", "psychology"];

/// Characters that join digits into one number: "12.5 December" is not
/// the 5th. A dash is left out for spelled months so that "4-5 December"
/// still gives the 5th.
const TEXT_BEFORE: &str = ".,:/";
const NUMERIC_BEFORE: &str = ".,:/-";
const TEXT_AFTER: &str = ".:/";
const NUMERIC_AFTER: &str = ".:/-";

const APOSTROPHES: &str = "'’ʼ‘`";
const YEAR: &str = r"(?P<y>(?:19|20)\d{2})";
const YEAR_WORD: &str = r"(?:року|р\.|р\b|года|г\.|г\b)";

/// Alternation of `words`, longest first, with `'` matching any apostrophe.
fn alternation<'a>(words: impl IntoIterator<Item = &'a str>) -> String {
    let mut words: Vec<&str> = words.into_iter().collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
    let escaped: Vec<String> = words
        .iter()
        .map(|w| {
            regex::escape(w)
                .replace('\'', "['’ʼ‘`]")
                .replace(' ', r"\s+")
        })
        .collect();
    format!("(?:{})", escaped.join("|"))
}

/// Month word: full names end at a word boundary, abbreviations may take a dot.
fn month_pattern(full: &[&[(&str, u32)]]) -> String {
    let names = alternation(full.iter().flat_map(|t| t.iter().map(|(w, _)| *w)));
    let abbr = alternation(EN_ABBREVIATIONS.iter().map(|(w, _)| *w));
    format!(r"(?P<m>{names}\b|{abbr}\b\.?)")
}

static DAY_MONTH: Lazy<Shaped> = Lazy::new(|| {
    let month = month_pattern(&[EN_MONTHS, UK_MONTHS, RU_MONTHS]);
    Shaped::new(&format!(
        r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|-го|-е)?(?:\s+of)?\s+{month}(?:\s+{YEAR}(?:\s*{YEAR_WORD}|\b)|\s+(?P<rel>{}))?",
        alternation(YEAR_RELATIVE.iter().map(|(w, _)| *w)),
    ))
});

static MONTH_DAY: Lazy<Shaped> = Lazy::new(|| {
    let month = month_pattern(&[EN_MONTHS]);
    Shaped::new(&format!(
        r"(?i)\b{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+){YEAR}\b|\s+(?P<rel>last\s+year|this\s+year))?"
    ))
});

static ISO: Lazy<Shaped> = Lazy::new(|| {
    // A "T" may glue a time on: "2023-12-04T10:00".
    Shaped::new(&format!(r"\b{YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?:\b|T)"))
});

static EUROPEAN: Lazy<Shaped> = Lazy::new(|| {
    Shaped::new(&format!(
        r"(?i)\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.{YEAR}(?:\s*{YEAR_WORD}|\b)"
    ))
});

/// Year words after a day and month: the year counts from the reference's.
const YEAR_RELATIVE: &[(&str, i32)] = &[
    ("last year", -1),
    ("this year", 0),
    ("минулого року", -1),
    ("торік", -1),
    ("цього року", 0),
    ("прошлого года", -1),
    ("в прошлом году", -1),
    ("этого года", 0),
    ("в этом году", 0),
];

/// Relative day words and their offset in days from the reference.
const RELATIVE_WORDS: &[(&str, i64)] = &[
    ("the day before yesterday", -2),
    ("day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("day after tomorrow", 2),
    ("yesterday", -1),
    ("today", 0),
    ("tomorrow", 1),
    ("позавчора", -2),
    ("вчора", -1),
    ("учора", -1),
    ("сьогодні", 0),
    ("завтра", 1),
    ("післязавтра", 2),
    ("позавчера", -2),
    ("вчера", -1),
    ("сегодня", 0),
    ("послезавтра", 2),
    ("напередодні", -1),
    ("накануне", -1),
];

static RELATIVE: Lazy<Shaped> = Lazy::new(|| {
    let words = alternation(RELATIVE_WORDS.iter().map(|(w, _)| *w));
    Shaped::new(&format!(r"(?i)\b{words}\b"))
});

static WEEKDAY_EN: Lazy<Shaped> = Lazy::new(|| {
    let days = alternation(WEEKDAYS_EN.iter().map(|(w, _)| *w));
    Shaped::new(&format!(
        r"(?i)\b(?:(?P<mod>this\s+past|on|last|past|this|next)\s+)?(?P<wd>{days})\b"
    ))
});

/// Ukrainian and Russian "у/в/во [минулу|прошлую…] <accusative>".
static WEEKDAY_ACC: Lazy<Shaped> = Lazy::new(|| {
    let days = alternation(
        [WEEKDAYS_UK_ACC, WEEKDAYS_RU]
            .iter()
            .flat_map(|t| t.iter().map(|(w, _)| *w)),
    );
    let mods = alternation([
        "минулу",
        "минулий",
        "цю",
        "цей",
        "наступну",
        "наступний",
        "прошлую",
        "прошлый",
        "прошлое",
        "эту",
        "этот",
        "это",
        "следующую",
        "следующий",
        "следующее",
    ]);
    Shaped::new(&format!(
        r"(?i)\b(?:у|в|во)\s+(?:(?P<mod>{mods})\s+)?(?P<wd>{days})\b"
    ))
});

/// Ukrainian "минулої п'ятниці", "наступного понеділка".
static WEEKDAY_GEN: Lazy<Shaped> = Lazy::new(|| {
    let days = alternation(WEEKDAYS_UK_GEN.iter().map(|(w, _)| *w));
    let mods = alternation([
        "минулої",
        "минулого",
        "цієї",
        "цього",
        "наступної",
        "наступного",
    ]);
    Shaped::new(&format!(r"(?i)\b(?P<mod>{mods})\s+(?P<wd>{days})\b"))
});

const TIME: &str = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:utc|gmt)(?:\s*[+-]\s*\d{1,2})?)?";

static TIME_LAST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)^(?P<rest>.*?\S)(?:\s*[,|·•–—-]\s*|\s+(?:о|об|в|at)\s+|\s+|T){TIME}$"
    ))
    .expect("trailing time regex")
});

static TIME_FIRST: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?i)^{TIME}(?:\s*[,|·•–—-]\s*|\s+)(?P<rest>\S.*)$"
    ))
    .expect("leading time regex")
});

/// Lower-case with every apostrophe as `'` and single spaces.
fn normalize(word: &str) -> String {
    let lower: String = word
        .chars()
        .map(|c| if APOSTROPHES.contains(c) { '\'' } else { c })
        .collect::<String>()
        .to_lowercase();
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    let word = normalize(word);
    table.iter().find(|(w, _)| *w == word).map(|(_, v)| *v)
}

/// Whether `word` (lower case) is an English month or weekday name: no
/// person's name and no topic.
pub(crate) fn is_calendar_word(word: &str) -> bool {
    EN_MONTHS.iter().any(|(m, _)| *m == word) || WEEKDAYS_EN.iter().any(|(d, _)| *d == word)
}

fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    [EN_MONTHS, EN_ABBREVIATIONS, UK_MONTHS, RU_MONTHS]
        .iter()
        .find_map(|t| lookup(t, word))
}

/// Whether `text[start..end]` stands alone rather than being part of a
/// longer number such as "12.5" or "1.04.12.2023".
fn isolated(text: &str, start: usize, end: usize, before: &str, after: &str) -> bool {
    let mut back = text[..start].chars().rev();
    let clean_before = match (back.next(), back.next()) {
        (Some(c), _) if c.is_ascii_digit() => false,
        (Some(p), Some(d)) if before.contains(p) && d.is_ascii_digit() => false,
        _ => true,
    };
    let mut ahead = text[end..].chars();
    let clean_after = match (ahead.next(), ahead.next()) {
        (Some(c), _) if c.is_ascii_digit() => false,
        (Some(p), Some(d)) if after.contains(p) && d.is_ascii_digit() => false,
        _ => true,
    };
    clean_before && clean_after
}

/// The word just before `start`, skipping spaces.
fn word_before(text: &str, start: usize) -> &str {
    let head = text[..start].trim_end();
    let from = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &head[from..]
}

/// The word just after `end`, skipping spaces.
fn word_after(text: &str, end: usize) -> &str {
    let tail = text[end..].trim_start();
    let to = tail
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(tail.len(), |(i, _)| i);
    &tail[..to]
}

/// Whether "напередодні"/"накануне" ending at `end` stands alone ("the day
/// before") rather than before a noun ("on the eve of"): the clause ends,
/// or a verb in the past or a time of day follows.
fn eve_alone(text: &str, end: usize) -> bool {
    let next = word_after(text, end);
    if next.is_empty() {
        return true;
    }
    const PAST: &[&str] = &[
        // Not "ів" or "ов": "напередодні виборів" is a noun.
        "ав", "ив", "яв", "ла", "ли", "ло", "вся", "лася", "лися", "лось", "лся", "лась", "лись",
    ];
    const TIME: &[&str] = &[
        "ввечері",
        "увечері",
        "вранці",
        "вночі",
        "вечером",
        "утром",
        "ночью",
    ];
    next.chars().next().is_some_and(char::is_lowercase)
        && (PAST.iter().any(|e| next.ends_with(e)) || TIME.contains(&next))
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The date a day and month name most likely mean, given the reference.
fn day_month_date(reference: NaiveDate, month: u32, day: u32) -> Option<NaiveDate> {
    let limit = reference.checked_add_days(Days::new(60));
    let this_year = NaiveDate::from_ymd_opt(reference.year(), month, day);
    match this_year {
        Some(d) if limit.is_none_or(|l| d <= l) => Some(d),
        // Later than the reference allows, or 29 February of a common year.
        _ => NaiveDate::from_ymd_opt(reference.year() - 1, month, day),
    }
}

fn shift(reference: NaiveDate, days: i64) -> Option<NaiveDate> {
    let n = Days::new(days.unsigned_abs());
    if days < 0 {
        reference.checked_sub_days(n)
    } else {
        reference.checked_add_days(n)
    }
}

fn weekday_date(reference: NaiveDate, day: Weekday, dir: Dir) -> Option<NaiveDate> {
    let r = i64::from(reference.weekday().num_days_from_monday());
    let w = i64::from(day.num_days_from_monday());
    match dir {
        Dir::OnOrBefore => shift(reference, -(r - w).rem_euclid(7)),
        Dir::Before => shift(reference, -((r - w - 1).rem_euclid(7) + 1)),
        Dir::After => shift(reference, (w - r - 1).rem_euclid(7) + 1),
    }
}

/// A date with a spelled month, day first or month first.
fn explicit(
    text: &str,
    caps: &Captures,
    reference: Option<NaiveDate>,
    before: &str,
) -> Option<Found> {
    let whole = caps.get(0)?;
    if !isolated(text, whole.start(), whole.end(), before, TEXT_AFTER) {
        return None;
    }
    let month_word = caps.name("m")?.as_str();
    // "may" and "march" in lower case are a verb far more often than a month.
    let lower = month_word.to_lowercase();
    if (lower == "may" || lower == "march") && !starts_upper(month_word) {
        return None;
    }
    let month = month_number(month_word)?;
    let day: u32 = caps.name("d")?.as_str().parse().ok()?;
    let span = Span::new(whole.start(), whole.end());
    if let Some(y) = caps.name("y") {
        let year: i32 = y.as_str().parse().ok()?;
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        return Some(Found {
            span,
            date: Some(date),
            kind: DateKind::Full,
            weekday: false,
        });
    }
    // 2000 is a leap year, so only days that never exist are dropped.
    NaiveDate::from_ymd_opt(2000, month, day)?;
    let date = match (reference, caps.name("rel")) {
        (Some(r), Some(rel)) => {
            let offset = lookup(YEAR_RELATIVE, rel.as_str())?;
            NaiveDate::from_ymd_opt(r.year() + offset, month, day)
        }
        (Some(r), None) => day_month_date(r, month, day),
        (None, _) => None,
    };
    Some(Found {
        span,
        date,
        kind: DateKind::DayMonth,
        weekday: false,
    })
}

/// "2023-12-04" or "04.12.2023".
fn numeric(text: &str, caps: &Captures) -> Option<Found> {
    let whole = caps.get(0)?;
    let end = whole.start() + whole.as_str().trim_end_matches('T').len();
    if !isolated(text, whole.start(), end, NUMERIC_BEFORE, NUMERIC_AFTER) {
        return None;
    }
    let year: i32 = caps.name("y")?.as_str().parse().ok()?;
    let month: u32 = caps.name("m")?.as_str().parse().ok()?;
    let day: u32 = caps.name("d")?.as_str().parse().ok()?;
    Some(Found {
        span: Span::new(whole.start(), end),
        date: Some(NaiveDate::from_ymd_opt(year, month, day)?),
        kind: DateKind::Full,
        weekday: false,
    })
}

fn relative_word(text: &str, caps: &Captures, reference: Option<NaiveDate>) -> Option<Found> {
    let whole = caps.get(0)?;
    let offset = lookup(RELATIVE_WORDS, whole.as_str())?;
    let word = whole.as_str().to_lowercase();
    if (word == "напередодні" || word == "накануне") && !eve_alone(text, whole.end())
    {
        return None;
    }
    if offset == 0 && starts_upper(whole.as_str()) {
        // "USA Today", "Russia Today", the BBC's "Today programme".
        let prev = word_before(text, whole.start()).to_lowercase();
        let next = word_after(text, whole.end()).to_lowercase();
        if TODAY_NAMES.contains(&prev.as_str())
            || matches!(next.as_str(), "programme" | "program" | "show")
        {
            return None;
        }
    }
    Some(Found {
        span: Span::new(whole.start(), whole.end()),
        date: reference.and_then(|r| shift(r, offset)),
        kind: DateKind::Relative,
        weekday: false,
    })
}

fn weekday(text: &str, caps: &Captures, reference: Option<NaiveDate>) -> Option<Found> {
    let whole = caps.get(0)?;
    let word = caps.name("wd")?.as_str();
    let day = [WEEKDAYS_EN, WEEKDAYS_UK_ACC, WEEKDAYS_UK_GEN, WEEKDAYS_RU]
        .iter()
        .find_map(|t| lookup(t, word))?;
    let dir = match caps.name("mod") {
        Some(m) => lookup(MODIFIERS, m.as_str())?,
        None => {
            let prev = word_before(text, whole.start()).to_lowercase();
            if WEEKDAY_NAMES.contains(&prev.as_str()) {
                return None;
            }
            Dir::OnOrBefore
        }
    };
    Some(Found {
        span: Span::new(whole.start(), whole.end()),
        date: reference.and_then(|r| weekday_date(r, day, dir)),
        kind: DateKind::Relative,
        weekday: true,
    })
}

/// Compiles this module's regexes and tables now, not on first use (see
/// [`crate::Extractor::warm_up`]).
pub(crate) fn warm_up() {
    Lazy::force(&DATE_WORD_STEMS);
    Lazy::force(&DAY_MONTH);
    Lazy::force(&MONTH_DAY);
    Lazy::force(&ISO);
    Lazy::force(&EUROPEAN);
    Lazy::force(&RELATIVE);
    Lazy::force(&WEEKDAY_EN);
    Lazy::force(&WEEKDAY_ACC);
    Lazy::force(&WEEKDAY_GEN);
    Lazy::force(&TIME_LAST);
    Lazy::force(&TIME_FIRST);
}

#[cfg(test)]
mod tests {
    use super::DateKind::{DayMonth, Full, Relative};
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    /// Text, reference date, and the expected (slice, date, kind) in order.
    type Row = (
        &'static str,
        Option<&'static str>,
        &'static [(&'static str, Option<&'static str>, DateKind)],
    );

    // 2024-03-15 is a Friday.
    const FRI: Option<&str> = Some("2024-03-15");
    const DEC: Option<&str> = Some("2023-12-10");

    const ROWS: &[Row] = &[
        // English, spelled months.
        (
            "They met on December 4 in Brussels.",
            DEC,
            &[("December 4", Some("2023-12-04"), DayMonth)],
        ),
        (
            "Talks on Dec. 4 ended early.",
            DEC,
            &[("Dec. 4", Some("2023-12-04"), DayMonth)],
        ),
        (
            "Talks on Dec 4 ended early.",
            DEC,
            &[("Dec 4", Some("2023-12-04"), DayMonth)],
        ),
        (
            "On 4 December the leaders met.",
            DEC,
            &[("4 December", Some("2023-12-04"), DayMonth)],
        ),
        (
            "December 4, 2023",
            None,
            &[("December 4, 2023", Some("2023-12-04"), Full)],
        ),
        (
            "on 4 December 2023 in Kyiv",
            None,
            &[("4 December 2023", Some("2023-12-04"), Full)],
        ),
        (
            "on December 4th",
            DEC,
            &[("December 4th", Some("2023-12-04"), DayMonth)],
        ),
        (
            "on the 4th of December",
            DEC,
            &[("4th of December", Some("2023-12-04"), DayMonth)],
        ),
        (
            "December 4th, 2023.",
            None,
            &[("December 4th, 2023", Some("2023-12-04"), Full)],
        ),
        (
            "since February 24, 2022,",
            None,
            &[("February 24, 2022", Some("2022-02-24"), Full)],
        ),
        (
            "Sept. 11, 2001",
            None,
            &[("Sept. 11, 2001", Some("2001-09-11"), Full)],
        ),
        (
            "MAY 9 PARADE",
            Some("2024-06-01"),
            &[("MAY 9", Some("2024-05-09"), DayMonth)],
        ),
        (
            "on May 9 in Moscow",
            Some("2024-06-01"),
            &[("May 9", Some("2024-05-09"), DayMonth)],
        ),
        (
            "on 9 May 2024",
            None,
            &[("9 May 2024", Some("2024-05-09"), Full)],
        ),
        (
            "on 4 Dec. 2023",
            None,
            &[("4 Dec. 2023", Some("2023-12-04"), Full)],
        ),
        ("December 4", None, &[("December 4", None, DayMonth)]),
        (
            "March 3-4 summit",
            Some("2024-03-15"),
            &[("March 3", Some("2024-03-03"), DayMonth)],
        ),
        (
            "the 3-4 March summit",
            Some("2024-03-15"),
            &[("4 March", Some("2024-03-04"), DayMonth)],
        ),
        // Year roll-back and the 60-day edge (2024-01-01 + 60 days = 2024-03-01).
        (
            "December 28",
            Some("2024-01-03"),
            &[("December 28", Some("2023-12-28"), DayMonth)],
        ),
        (
            "March 1",
            Some("2024-01-01"),
            &[("March 1", Some("2024-03-01"), DayMonth)],
        ),
        (
            "March 2",
            Some("2024-01-01"),
            &[("March 2", Some("2023-03-02"), DayMonth)],
        ),
        (
            "February 29",
            Some("2025-01-10"),
            &[("February 29", Some("2024-02-29"), DayMonth)],
        ),
        (
            "February 29",
            Some("2027-03-01"),
            &[("February 29", None, DayMonth)],
        ),
        (
            "December 4 last year",
            Some("2024-12-20"),
            &[("December 4 last year", Some("2023-12-04"), DayMonth)],
        ),
        // Numeric.
        (
            "on 2023-12-04 at noon",
            None,
            &[("2023-12-04", Some("2023-12-04"), Full)],
        ),
        (
            "on 04.12.2023 at noon",
            None,
            &[("04.12.2023", Some("2023-12-04"), Full)],
        ),
        (
            "on 4.12.2023.",
            None,
            &[("4.12.2023", Some("2023-12-04"), Full)],
        ),
        (
            "2023-12-04T10:00:00Z",
            None,
            &[("2023-12-04", Some("2023-12-04"), Full)],
        ),
        // English relative; reference is Friday 2024-03-15.
        (
            "He said yesterday.",
            FRI,
            &[("yesterday", Some("2024-03-14"), Relative)],
        ),
        (
            "Yesterday, the ministers met.",
            FRI,
            &[("Yesterday", Some("2024-03-14"), Relative)],
        ),
        (
            "They meet today.",
            FRI,
            &[("today", Some("2024-03-15"), Relative)],
        ),
        (
            "the day before yesterday",
            FRI,
            &[("the day before yesterday", Some("2024-03-13"), Relative)],
        ),
        (
            "talks tomorrow",
            FRI,
            &[("tomorrow", Some("2024-03-16"), Relative)],
        ),
        (
            "They met on Monday.",
            FRI,
            &[("on Monday", Some("2024-03-11"), Relative)],
        ),
        (
            "Scholz said Monday that",
            FRI,
            &[("Monday", Some("2024-03-11"), Relative)],
        ),
        (
            "on Tuesday",
            FRI,
            &[("on Tuesday", Some("2024-03-12"), Relative)],
        ),
        (
            "on Wednesday",
            FRI,
            &[("on Wednesday", Some("2024-03-13"), Relative)],
        ),
        (
            "on Thursday",
            FRI,
            &[("on Thursday", Some("2024-03-14"), Relative)],
        ),
        (
            "on Friday",
            FRI,
            &[("on Friday", Some("2024-03-15"), Relative)],
        ),
        (
            "on Saturday",
            FRI,
            &[("on Saturday", Some("2024-03-09"), Relative)],
        ),
        (
            "on Sunday",
            FRI,
            &[("on Sunday", Some("2024-03-10"), Relative)],
        ),
        (
            "last Friday",
            FRI,
            &[("last Friday", Some("2024-03-08"), Relative)],
        ),
        (
            "last Thursday",
            FRI,
            &[("last Thursday", Some("2024-03-14"), Relative)],
        ),
        (
            "this Monday",
            FRI,
            &[("this Monday", Some("2024-03-11"), Relative)],
        ),
        (
            "next Monday",
            FRI,
            &[("next Monday", Some("2024-03-18"), Relative)],
        ),
        ("ON SUNDAY", None, &[("ON SUNDAY", None, Relative)]),
        ("yesterday", None, &[("yesterday", None, Relative)]),
        (
            "on Friday, December 4, 2020",
            FRI,
            &[("on Friday, December 4, 2020", Some("2020-12-04"), Full)],
        ),
        (
            "yesterday's meeting",
            FRI,
            &[("yesterday", Some("2024-03-14"), Relative)],
        ),
        // Ukrainian.
        (
            "Зустріч відбулася 4 грудня у Брюсселі.",
            DEC,
            &[("4 грудня", Some("2023-12-04"), DayMonth)],
        ),
        (
            "4 грудня 2023 року",
            None,
            &[("4 грудня 2023 року", Some("2023-12-04"), Full)],
        ),
        (
            "4 грудня 2023 р. у Києві",
            None,
            &[("4 грудня 2023 р.", Some("2023-12-04"), Full)],
        ),
        (
            "4 грудня 2023р.",
            None,
            &[("4 грудня 2023р.", Some("2023-12-04"), Full)],
        ),
        (
            "24 лютого 2022 року",
            None,
            &[("24 лютого 2022 року", Some("2022-02-24"), Full)],
        ),
        (
            "Зустріч відбулася 04.12.2023 у Брюсселі",
            None,
            &[("04.12.2023", Some("2023-12-04"), Full)],
        ),
        (
            "04.12.2023 р.",
            None,
            &[("04.12.2023 р.", Some("2023-12-04"), Full)],
        ),
        (
            "4\u{a0}грудня",
            DEC,
            &[("4\u{a0}грудня", Some("2023-12-04"), DayMonth)],
        ),
        (
            "4-го грудня",
            DEC,
            &[("4-го грудня", Some("2023-12-04"), DayMonth)],
        ),
        (
            "з 4 до 6 грудня",
            DEC,
            &[("6 грудня", Some("2023-12-06"), DayMonth)],
        ),
        (
            "2 грудня минулого року",
            Some("2024-12-20"),
            &[("2 грудня минулого року", Some("2023-12-02"), DayMonth)],
        ),
        (
            "28 грудня",
            Some("2024-01-03"),
            &[("28 грудня", Some("2023-12-28"), DayMonth)],
        ),
        ("4 грудня", None, &[("4 грудня", None, DayMonth)]),
        (
            "Він заявив вчора.",
            FRI,
            &[("вчора", Some("2024-03-14"), Relative)],
        ),
        (
            "Учора він заявив.",
            FRI,
            &[("Учора", Some("2024-03-14"), Relative)],
        ),
        (
            "де напередодні взяв участь у засіданні",
            FRI,
            &[("напередодні", Some("2024-03-14"), Relative)],
        ),
        (
            "Міністр прибув напередодні.",
            FRI,
            &[("напередодні", Some("2024-03-14"), Relative)],
        ),
        (
            "Вони накануне вечером встретились.",
            FRI,
            &[("накануне", Some("2024-03-14"), Relative)],
        ),
        ("напередодні саміту в Гаазі", FRI, &[]),
        ("напередодні виборів", FRI, &[]),
        ("накануне встречи", FRI, &[]),
        ("Напередодні Різдва", FRI, &[]),
        (
            "сьогодні",
            FRI,
            &[("сьогодні", Some("2024-03-15"), Relative)],
        ),
        (
            "позавчора",
            FRI,
            &[("позавчора", Some("2024-03-13"), Relative)],
        ),
        (
            "у понеділок",
            FRI,
            &[("у понеділок", Some("2024-03-11"), Relative)],
        ),
        (
            "В понеділок",
            FRI,
            &[("В понеділок", Some("2024-03-11"), Relative)],
        ),
        (
            "у вівторок",
            FRI,
            &[("у вівторок", Some("2024-03-12"), Relative)],
        ),
        (
            "в середу",
            FRI,
            &[("в середу", Some("2024-03-13"), Relative)],
        ),
        (
            "у четвер",
            FRI,
            &[("у четвер", Some("2024-03-14"), Relative)],
        ),
        (
            "у п'ятницю",
            FRI,
            &[("у п'ятницю", Some("2024-03-15"), Relative)],
        ),
        (
            "у п’ятницю",
            FRI,
            &[("у п’ятницю", Some("2024-03-15"), Relative)],
        ),
        (
            "у пʼятницю",
            FRI,
            &[("у пʼятницю", Some("2024-03-15"), Relative)],
        ),
        (
            "в суботу",
            FRI,
            &[("в суботу", Some("2024-03-09"), Relative)],
        ),
        (
            "у неділю",
            FRI,
            &[("у неділю", Some("2024-03-10"), Relative)],
        ),
        (
            "минулої п'ятниці",
            FRI,
            &[("минулої п'ятниці", Some("2024-03-08"), Relative)],
        ),
        (
            "минулого четверга",
            FRI,
            &[("минулого четверга", Some("2024-03-14"), Relative)],
        ),
        (
            "наступного понеділка",
            FRI,
            &[("наступного понеділка", Some("2024-03-18"), Relative)],
        ),
        (
            "у минулу середу",
            FRI,
            &[("у минулу середу", Some("2024-03-13"), Relative)],
        ),
        ("у понеділок", None, &[("у понеділок", None, Relative)]),
        (
            "у понеділок, 4 березня",
            FRI,
            &[("у понеділок, 4 березня", Some("2024-03-04"), DayMonth)],
        ),
        // Russian.
        (
            "4 декабря",
            DEC,
            &[("4 декабря", Some("2023-12-04"), DayMonth)],
        ),
        (
            "4 декабря 2023 года",
            None,
            &[("4 декабря 2023 года", Some("2023-12-04"), Full)],
        ),
        (
            "4 декабря 2023 г.",
            None,
            &[("4 декабря 2023 г.", Some("2023-12-04"), Full)],
        ),
        (
            "9 мая",
            Some("2024-06-01"),
            &[("9 мая", Some("2024-05-09"), DayMonth)],
        ),
        ("вчера", FRI, &[("вчера", Some("2024-03-14"), Relative)]),
        (
            "Сегодня он заявил",
            FRI,
            &[("Сегодня", Some("2024-03-15"), Relative)],
        ),
        (
            "позавчера",
            FRI,
            &[("позавчера", Some("2024-03-13"), Relative)],
        ),
        (
            "в понедельник",
            FRI,
            &[("в понедельник", Some("2024-03-11"), Relative)],
        ),
        (
            "во вторник",
            FRI,
            &[("во вторник", Some("2024-03-12"), Relative)],
        ),
        ("в среду", FRI, &[("в среду", Some("2024-03-13"), Relative)]),
        (
            "в четверг",
            FRI,
            &[("в четверг", Some("2024-03-14"), Relative)],
        ),
        (
            "в пятницу",
            FRI,
            &[("в пятницу", Some("2024-03-15"), Relative)],
        ),
        (
            "в субботу",
            FRI,
            &[("в субботу", Some("2024-03-09"), Relative)],
        ),
        (
            "в воскресенье",
            FRI,
            &[("в воскресенье", Some("2024-03-10"), Relative)],
        ),
        (
            "в прошлую пятницу",
            FRI,
            &[("в прошлую пятницу", Some("2024-03-08"), Relative)],
        ),
        // Several in one text, in order.
        (
            "Yesterday they recalled that on December 4, 2023 they met; today they meet again.",
            FRI,
            &[
                ("Yesterday", Some("2024-03-14"), Relative),
                ("December 4, 2023", Some("2023-12-04"), Full),
                ("today", Some("2024-03-15"), Relative),
            ],
        ),
        (
            "Вчора, 14 березня, Зеленський зустрівся з Шольцом, а у п'ятницю — з Макроном.",
            FRI,
            &[
                ("Вчора", Some("2024-03-14"), Relative),
                ("14 березня", Some("2024-03-14"), DayMonth),
                ("у п'ятницю", Some("2024-03-15"), Relative),
            ],
        ),
        // Not dates.
        ("May I ask a question?", FRI, &[]),
        ("March forward, they said.", FRI, &[]),
        ("Mark 4 and Luke 2", FRI, &[]),
        ("4 грудняка", FRI, &[]),
        (
            "troops march 12 miles a day; they may 4 times a year",
            FRI,
            &[],
        ),
        ("in February 2022", FRI, &[]),
        ("since December 2023", FRI, &[]),
        ("on 12/04/2023", FRI, &[]),
        ("version 1.04.12.2023", FRI, &[]),
        ("rate of 12.5 December futures", FRI, &[]),
        ("31 лютого", FRI, &[]),
        ("February 30, 2024", FRI, &[]),
        ("0 December", FRI, &[]),
        ("2023-13-04", FRI, &[]),
        ("Black Friday sales and Good Friday", FRI, &[]),
        ("USA Today reported", FRI, &[]),
        ("on Mondays and Fridays", FRI, &[]),
        ("сьогоднішній та позавчорашній", FRI, &[]),
        ("через неділю", FRI, &[]),
        ("грудня 4", FRI, &[]),
        ("December 1850", FRI, &[]),
    ];

    #[test]
    fn table() {
        assert!(ROWS.len() >= 60);
        for (text, reference, expected) in ROWS {
            let found = find_dates(text, reference.map(d));
            let got: Vec<(&str, Option<NaiveDate>, DateKind)> = found
                .iter()
                .map(|m| (&text[m.span.range()], m.date, m.kind))
                .collect();
            let want: Vec<(&str, Option<NaiveDate>, DateKind)> = expected
                .iter()
                .map(|(s, date, k)| (*s, date.map(d), *k))
                .collect();
            assert_eq!(got, want, "text: {text:?}, reference: {reference:?}");
        }
    }

    #[test]
    fn stamps() {
        let rows: &[(&str, Option<&str>)] = &[
            ("11:53, 09.03.2025", Some("2025-03-09")),
            ("09.03.2025, 11:53", Some("2025-03-09")),
            ("09.03.2025 11:53", Some("2025-03-09")),
            ("11:53 09.03.2025", Some("2025-03-09")),
            ("  9 березня 2025, 11:53 ", Some("2025-03-09")),
            ("9 березня 2025 року о 11:53", Some("2025-03-09")),
            ("March 9, 2025 11:53", Some("2025-03-09")),
            ("March 9, 2025, 11:53 AM", Some("2025-03-09")),
            ("2025-03-09 11:53", Some("2025-03-09")),
            ("2025-03-09T11:53:20", Some("2025-03-09")),
            ("09.03.2025", Some("2025-03-09")),
            ("9 марта 2025 г., 11:53", Some("2025-03-09")),
            ("11:53", None),
            ("", None),
            ("9 березня, 11:53", None),
            ("вчора, 11:53", None),
            ("Talks on 09.03.2025", None),
            ("09.03.2025, 11:53 Kyiv", None),
            ("09.03.2025 10.03.2025", None),
            ("31.02.2025 11:53", None),
        ];
        for (line, want) in rows {
            assert_eq!(parse_stamp(line), want.map(d), "line: {line:?}");
        }
    }

    #[test]
    fn kind_serializes_snake_case() {
        assert_eq!(serde_json::to_string(&DayMonth).unwrap(), "\"day_month\"");
        assert_eq!(serde_json::to_string(&Full).unwrap(), "\"full\"");
        assert_eq!(serde_json::to_string(&Relative).unwrap(), "\"relative\"");
    }

    #[test]
    fn odd_input_does_not_panic() {
        let odd = [
            "",
            " ",
            "99999999 December",
            "December 99999999",
            "31 лютого",
            "February 30",
            "December",
            "грудня",
            "May",
            "4",
            "2023-",
            "99.99.9999",
            "00.00.2000",
            "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32",
            "у п'",
            "\u{a0}\u{200b}\u{feff}",
            "💥4 грудня💥 yesterday🙂on Friday",
        ];
        let extremes = [
            None,
            Some(NaiveDate::MIN),
            Some(NaiveDate::MAX),
            Some(d("2024-02-29")),
        ];
        for text in odd {
            for reference in extremes {
                for m in find_dates(text, reference) {
                    assert!(
                        text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end)
                    );
                }
                let _ = parse_stamp(text);
            }
        }
        assert!(find_dates("99999999 December", None).is_empty());
        assert!(find_dates("December 99999999", None).is_empty());
        assert!(find_dates("31 лютого", None).is_empty());
        assert!(find_dates("February 30", None).is_empty());
        assert!(find_dates("December грудня декабря May", None).is_empty());
        // References at the ends of chrono's range resolve to None, not a panic.
        let max = find_dates("tomorrow; on Monday; December 31", Some(NaiveDate::MAX));
        assert_eq!(max.len(), 3);
        let min = find_dates("yesterday", Some(NaiveDate::MIN));
        assert_eq!(min[0].date, None);
    }

    #[test]
    fn every_substring_is_safe() {
        // Cutting mixed text at every char boundary exercises partial words.
        let text = "Вчора, 4 грудня 2023 р., on Dec. 4th, 2023-12-04 у п’ятницю в прошлую пятницу 04.12.2023 11:53";
        let cuts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        for &a in &cuts {
            for &b in cuts.iter().filter(|&&b| b >= a) {
                let piece = &text[a..b];
                let found = find_dates(piece, Some(d("2024-03-15")));
                for pair in found.windows(2) {
                    assert!(pair[0].span.end <= pair[1].span.start, "{piece:?}");
                }
                for m in &found {
                    assert!(!piece[m.span.range()].is_empty());
                }
                let _ = parse_stamp(piece);
            }
        }
    }

    #[test]
    fn every_date_word_has_a_stem() {
        for (w, _) in RELATIVE_WORDS {
            for form in [w.to_string(), w.to_uppercase()] {
                assert!(DATE_WORD_STEMS.is_match(&form), "{form}");
            }
        }
    }

    /// A shape matches at the start of every match of its pattern, in
    /// every row and odd text of the tests.
    #[test]
    fn shapes_match_where_patterns_do() {
        let shaped: [&Shaped; 8] = [
            &DAY_MONTH,
            &MONTH_DAY,
            &ISO,
            &EUROPEAN,
            &RELATIVE,
            &WEEKDAY_EN,
            &WEEKDAY_ACC,
            &WEEKDAY_GEN,
        ];
        let mut texts: Vec<String> = ROWS.iter().map(|r| r.0.to_string()).collect();
        for table in [EN_MONTHS, EN_ABBREVIATIONS, UK_MONTHS, RU_MONTHS] {
            for (w, _) in table {
                for form in [w.to_string(), w.to_uppercase()] {
                    texts.push(format!("4th of {form}. 2023, {form} 4 2024"));
                    texts.push(format!("04 {form} 2023-12-04 4.12.2023 р."));
                }
            }
        }
        let mut matched = 0;
        for text in &texts {
            for p in shaped {
                for m in p.re.find_iter(text) {
                    let at = p.shape.find_at(text, m.start()).map(|n| n.start());
                    assert_eq!(at, Some(m.start()), "{text:?}");
                    matched += 1;
                }
            }
        }
        assert!(matched > 100);
    }
}
