//! The rule layer: meetings from sentences.
//!
//! Each sentence is read as a list of *units* (people, role mentions, groups)
//! and *triggers* (met, held talks, discussed, phone call, зустрівся,
//! обговорили, ...). A trigger takes its subjects from the units just before
//! it, joined by "and"/"і"/"та", and its objects from the units after a
//! "with"/"з" (or right after it, for "X met Y", "X hosted Y"). Plans,
//! conditionals and negations before a trigger mark the meeting planned or
//! drop it. Sentences whose subject is "the sides", "they", "сторони" add
//! their topics to the meeting before them, and sentences of who else took
//! part ("X attended in person", "Taking part were A and B", "взяв участь")
//! add their people to it. A pronoun or bare title as the subject ("He met",
//! "Увечері міністр провів розмову") stands for the first person named in the
//! nearest sentence before (confidence as for a role). A trip or a meeting
//! reported without names sets the place and date of the meetings after it,
//! and "There," the place of its own (see `frames`). A sentence with one
//! side only lends its topics and place to the meeting of its people before
//! it (or, for a headline, after it). Reports of one meeting in one item (a
//! headline and its body) are merged; a date that is only the publication
//! date gives way to a stated one.
//!
//! Not meetings: a plan, intention or condition ("will meet", "plans to
//! meet", "ready to hold talks if", "зустрінеться", "планує обговорити",
//! calls on others to meet) is emitted with status `planned`, undated, when
//! both sides are named, and dropped otherwise. A negation or refusal ("did
//! not meet", "не зміг зустрітися", "refused to meet") drops the meeting, and
//! so does a meeting word with one side only (commentary on someone's words
//! about talks).

use std::cell::OnceCell;

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use chrono::NaiveDate;
use once_cell::sync::Lazy;
use regex::Regex;

use crate::dates::{find_dates, is_calendar_word};
use crate::fold::Folded;
use crate::gazetteer::Gazetteer;
use crate::roles::{holders, posts_of, Post, RoleMention};
use crate::sentences::{Folds, Item, Sentence};
use crate::whole_words::WholeWords;
use crate::words::{inside, WordAlternation};
use crate::{EntityKind, Mode, Span, Status};

mod frames;

use frames::Frame;

/// An entity of the document.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct DocEntity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    /// Index of its gazetteer record, for known entities.
    pub record: Option<u32>,
    /// Each mention, with how sure it is.
    pub mentions: Vec<(Span, f32)>,
    /// For people found by rule: their surname's nominative, to link the
    /// surname alone.
    pub surname: Option<String>,
    /// For people found by rule: the title the text gives them.
    pub role: Option<String>,
    /// A building or seat of government ("the Pentagon", "the Kremlin"),
    /// which can be where a meeting took place.
    pub seat: bool,
}

/// A participant: an entity of the document or a gazetteer record that a
/// role mention resolved to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    Doc(usize),
    Record(u32),
}

/// A meeting before its participants are turned into output references.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Draft {
    pub item: usize,
    /// Index of the sentence that reports it.
    pub sentence: usize,
    pub participants: Vec<Who>,
    pub location: Option<usize>,
    pub date: Option<NaiveDate>,
    /// The date is only the publication date: a stated date elsewhere wins.
    pub date_assumed: bool,
    pub mode: Mode,
    pub topics: Vec<Span>,
    pub evidence: Span,
    pub status: Status,
    pub confidence: f32,
    /// Only who took part in the meeting before ("X also attended"): its
    /// participants join that meeting.
    pub attending: bool,
}

/// What the meetings rules read.
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub gazetteer: &'a Gazetteer,
    pub entities: &'a [DocEntity],
    /// `(span, entity)`, sorted by span.
    pub mentions: &'a [(Span, usize)],
    pub roles: &'a [RoleMention],
    pub sentences: &'a [Sentence],
    /// The sentences folded.
    pub folds: &'a Folds<'a>,
    pub items: &'a [Item],
    pub published: Option<NaiveDate>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// met, held talks, зустрівся: objects after "with"/"з" or right after.
    Verb,
    /// a meeting/talks/call with: objects after "with"/"з".
    Noun,
    /// discussed, обговорили: subjects before, objects after "with"/"з".
    Discuss,
    /// hosted, received, прийняв: the object follows directly.
    Host,
    /// was received by: the object follows "by".
    Passive,
    /// a future form: зустрінеться, обговорять.
    Future,
    /// an infinitive: зустрітися, обговорити; held only under a plan word.
    Infinitive,
    /// attended, took part, взяв участь: its subjects took part in the
    /// meeting reported before, when nothing else in the sentence is one.
    Attend,
}

struct Trigger {
    re: &'static str,
    kind: Kind,
    mode: Mode,
}

const fn t(re: &'static str, kind: Kind, mode: Mode) -> Trigger {
    Trigger { re, kind, mode }
}

/// Every trigger in one regex; the triggers' order breaks ties at one place.
static TRIGGER_RE: Lazy<WordAlternation> =
    Lazy::new(|| WordAlternation::new(TRIGGERS.iter().map(|t| t.re.to_string())));

static TRIGGERS: &[Trigger] = {
    use Kind::*;
    use Mode::*;
    &[
        // English
        t(
            r"(?:spoke|speaks|talked|talks|spoken)\s+(?:by\s+|over\s+the\s+|on\s+the\s+)?(?:tele)?phone(?:\s+(?:with|to))?",
            Verb,
            Phone,
        ),
        t(
            r"(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+|the\s+)?(?:\S+\s+){0,3}?(?:phone\s+call|telephone\s+(?:call|conversation)|phone\s+conversation|phone\s+talks)",
            Verb,
            Phone,
        ),
        t(
            r"(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+|the\s+)?(?:\S+\s+){0,3}?(?:video\s*(?:call|conference|link)|videoconference)",
            Verb,
            Video,
        ),
        t(
            r"(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+|the\s+)?(?:\S+\s+){0,3}?(?:talks|meeting|negotiations|consultations)",
            Verb,
            InPerson,
        ),
        t(
            r"(?:held|hold|holds|holding|had|has|have)\s+(?:a\s+|an\s+|the\s+)?(?:\S+\s+){0,3}?(?:discussions|conversation|call)",
            Verb,
            Unknown,
        ),
        t(
            r"(?:phone|telephone)\s+(?:call|conversation|talks)",
            Noun,
            Phone,
        ),
        t(
            r"video\s*(?:call|conference|link)|videoconference",
            Noun,
            Video,
        ),
        t(
            r"was\s+(?:received|hosted|welcomed)\s+by",
            Passive,
            InPerson,
        ),
        t(r"met|meets|meet", Verb, InPerson),
        t(r"meeting|talks|negotiations|consultations", Noun, InPerson),
        t(r"conversation", Noun, Unknown),
        t(r"(?:spoke|speaks|talked)\s+(?:with|to)", Verb, Unknown),
        t(r"discuss(?:ed|es|ing)?", Discuss, Unknown),
        t(r"hosted|received|welcomed", Host, InPerson),
        t(
            r"attended|attends|attending|joined|joins|took\s+part|takes\s+part|taking\s+part|participated|participates|participating|(?:co-)?chaired|told|addressed|briefed",
            Attend,
            Unknown,
        ),
        // Ukrainian
        t(
            r"провів\s+телефонну\s+розмову|провела\s+телефонну\s+розмову|провели\s+телефонну\s+розмову|телефонн\w+\s+розмов\w*|поговори\w*\s+телефоном",
            Noun,
            Phone,
        ),
        t(
            r"відеозв'яз\w*|відеоконференці\w*|відеорозмов\w*",
            Noun,
            Video,
        ),
        t(
            r"зустр(?:івся|ілася|ілися|ічався|ічалася|ічалися)",
            Verb,
            InPerson,
        ),
        t(
            r"пров(?:ів|ела|ели|одив|одила|одили)\s+(?:\S+\s+){0,2}?(?:зустріч\w*|переговор\w*|нарад\w*|консультаці\w*)",
            Verb,
            InPerson,
        ),
        t(
            r"пров(?:ів|ела|ели|одив|одила|одили)\s+(?:\S+\s+){0,2}?розмов\w*",
            Verb,
            Unknown,
        ),
        t(r"(?:у|в)\s+розмові\s+(?:з|із|зі)", Noun, Unknown),
        t(r"зустріч(?:і|ю|ей|ах|ами)?|переговор\w*", Noun, InPerson),
        t(r"розмов\w*", Noun, Unknown),
        t(r"обговор(?:ив|ила|или|ювали|ював|ювала)", Discuss, Unknown),
        // An infinitive reports no meeting by itself: at most a plan.
        t(r"зустрітися|зустрічатися|зустрітись", Infinitive, InPerson),
        t(
            r"обговорити|провести\s+(?:\S+\s+){0,2}?(?:зустріч|переговори)",
            Infinitive,
            Unknown,
        ),
        t(r"прийня(?:в|ла|ли)", Host, InPerson),
        t(r"поспілкува(?:вся|лася|лися)", Verb, Unknown),
        t(r"поговори(?:в|ла|ли)", Verb, Unknown),
        t(
            r"взя(?:в|ла|ли)\s+участь|бер(?:е|уть)\s+участь|долучи(?:вся|лася|лися)|приєдна(?:вся|лася|лися)",
            Attend,
            Unknown,
        ),
        t(r"зустрін(?:еться|уться)", Future, InPerson),
        t(
            r"обговор(?:ить|ять)|провед(?:е|уть)\s+(?:\S+\s+){0,2}?(?:зустріч|переговори|розмову)",
            Future,
            Unknown,
        ),
        // Russian
        t(r"телефонн\w+\s+разговор\w*", Noun, Phone),
        t(r"встрет(?:ился|илась|ились)", Verb, InPerson),
        t(
            r"провел[аи]?\s+(?:\S+\s+){0,2}?(?:встреч\w*|переговор\w*)",
            Verb,
            InPerson,
        ),
        t(r"провел[аи]?\s+(?:\S+\s+){0,2}?разговор\w*", Verb, Unknown),
        t(r"(?:в|во)\s+разговоре\s+с", Noun, Unknown),
        t(r"обсудил[аи]?", Discuss, Unknown),
        t(r"встрет(?:ится|ятся)", Future, InPerson),
        t(r"обсуд(?:ит|ят)", Future, Unknown),
        t(r"встретиться|встречаться|обсудить", Infinitive, Unknown),
        t(r"поговорил[аи]?", Verb, Unknown),
        t(
            r"принял[аи]?\s+участие|присоедини(?:лся|лась|лись)",
            Attend,
            Unknown,
        ),
    ]
};

/// A plan, intention or condition just before a trigger.
///
/// Word boundaries are boundary characters, which keeps the regex on the
/// DFA (see [`crate::whole_words`]); a boundary after a word that spaces or
/// the end must follow is left out. The words share one tail: each copy of
/// a Unicode class costs much to compile.
static PLANNED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|\W)(?:will|would|shall|could|might|may|should|must|plans?|planning|planned|intends?|intending|expected|expects?|ready|going|wants?|hopes?|hoping|agreed|invited|invitation|set|due|scheduled|to|планує|планують|планувала|планували|має\s+намір|мають\s+намір|збирається|збираються|готовий|готова|готові|хоче|хочуть|може|можуть|має|мають|повинні|повинен|закликав|закликала|закликали|запросив|запросила|домовилися|домовились|планирует|планируют|намерен|готов)(?:\s+\S+){0,3}\s*$|(?:^|\W)(?:if|unless|якщо|якби|если)(?:\W|$)").expect("compiles")
});

/// A negation just before a trigger; boundaries as in [`PLANNED`].
static NEGATED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|\W)(?:not|never|n't|no|failed\s+to|refused\s+to|declined\s+to|unable\s+to|cannot|can't|не\s+зміг|не\s+змогла|не\s+змогли|не\s+вдалося|відмовився|відмовилася|відмовилися|отказался|не\s+смог)(?:\s+\S+){0,2}\s*$|(?:^|\W)не\s+(?:\S+\s+)?$")
        .expect("compiles")
});

/// Markers of a meeting's other side: "with", "з", "с".
static WITH: Lazy<WholeWords> = Lazy::new(|| WholeWords::new(WITH_WORDS));

const WITH_WORDS: &str = r"with|to|by|з|із|зі|с|со|между|між|between";

/// Joins of coordinated units.
static AND: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*(?:,\s*)?(?:and|as\s+well\s+as|і|й|та|и|,)\s*$").expect("compiles")
});

/// A join followed by the title of the next person: "and EU foreign policy
/// chief", "і міністр закордонних справ": the join, then one to six title
/// words, each followed by spaces.
fn titled_join(gap: &str) -> bool {
    let Some(join) = JOIN_WORD.find(gap) else {
        return false;
    };
    // The join's spaces run up to the first title word.
    let title = &gap[join.end()..];
    let words = title.split_whitespace().count();
    (1..=6).contains(&words)
        && title.ends_with(char::is_whitespace)
        && title.split_whitespace().all(|w| TITLE_WORD.is_match(w))
}

/// The join that opens a titled one, with the spaces after it.
static JOIN_WORD: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^\s*(?:,\s*)?(?:and|і|та|й|и)\s+").expect("compiles"));

/// A word of a title. (One regex per word, not a repetition of six: each
/// copy of a Unicode class costs much to compile.)
static TITLE_WORD: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:\p{Lu}[\w'’.-]*|chief|minister|secretary|foreign|defen[cs]e|policy|commissioner|envoy|president|head|deputy|general|adviser|advisor|of|for|the|his|her|its|their|affairs|state|national|security|закордонних|справ|оборони|(?:міністр|голов|глав|очільни|президент|посл|радни|генерал|прем'єр|єврокомісар|комісар)\w*)$")
        .expect("compiles")
});

/// Whether the text between two units joins them.
fn joins(gap: &str) -> bool {
    if !may_join(gap) {
        return false;
    }
    // A plain join has at most 9 other characters than spaces (", as well
    // as"), and lower-casing makes no fewer; a titled one is at most 8
    // words (a comma, the join, six words of title) and ends in a space.
    let short = gap.chars().filter(|c| !c.is_whitespace()).nth(9).is_none();
    let titled = gap.ends_with(char::is_whitespace) && gap.split_whitespace().nth(8).is_none();
    (short && AND.is_match(&gap.to_lowercase())) || (titled && titled_join(gap))
}

/// Whether `gap` opens, after spaces, with a comma or the first letter of
/// a joining word, as [`AND`] (once lower-cased) and [`titled_join`] need:
/// most gaps are runs of text, and fail here.
fn may_join(gap: &str) -> bool {
    gap.trim_start().chars().next().is_some_and(|c| {
        c == ',' || matches!(c.to_lowercase().next(), Some('a' | 'і' | 'й' | 'т' | 'и'))
    })
}

/// Anaphoric subjects that continue the meeting before; the boundary
/// after them is a character, as in [`PLANNED`].
static ANAPHOR: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|[\s,;:])(?:we|they|the\s+(?:sides|parties|ministers|interlocutors|leaders|two|officials|delegations)|both|сторони|вони|ми|міністри|співрозмовники|учасники|стороны|они|мы)(?:\W|$)")
        .expect("compiles")
});

/// Words that announce topics.
static TOPIC_CUE: Lazy<WholeWords> = Lazy::new(|| WholeWords::new(TOPIC_CUE_WORDS));

const TOPIC_CUE_WORDS: &str = r"discuss(?:ed|es|ing)?|focused\s+on|focus\s+on|talked\s+about|topics?\s+of\s+the\s+(?:meeting|talks|conversation)\s+(?:was|were)|regarding|concerning|обговор(?:ив|ила|или|ювали|ить|ять|ити)?|щодо|стосовно|на\s+тему|обсудил[аи]?|обсудить";

/// A piece of every topic cue: most sentences have none, and skip the
/// regex, whose `\b` keeps it off the DFA.
const TOPIC_STEMS: &[&str] = &[
    "discuss",
    "focus",
    "talked",
    "topic",
    "regarding",
    "concerning",
    "обговор",
    "щодо",
    "стосовно",
    "тему",
    "обсуд",
];

/// The stems, all sought in one pass. A plain DFA: the Cyrillic stems open
/// with the bytes most letters open with, which leaves a prefilter nothing
/// to skip.
static TOPIC_STEM_SET: Lazy<AhoCorasick> = Lazy::new(|| {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::DFA))
        .prefilter(false)
        .build(TOPIC_STEMS)
        .expect("topic stems build")
});

/// The topic cues of a folded sentence.
fn topic_cues(f: &str) -> impl Iterator<Item = Span> + '_ {
    let any = TOPIC_STEM_SET.is_match(f);
    any.then(|| TOPIC_CUE.find_iter(f)).into_iter().flatten()
}

/// Where a topic phrase stops. Only the start of a match is read, which
/// a boundary character after the words (rather than `\b`, which keeps the
/// regex off the DFA) leaves as it is.
static TOPIC_END: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#"(?:;|\s[-–—]\s|,\s*(?:the\s+parties|the\s+sides|they|he|she|which|who|said|noted|wrote|according|as\s+well|написав|зазначив|повідомив|заявив|оцінили|наголосив|сказав|the\s+\w+\s+said)(?:\W|$)|[.!?]["”»]?\s*$|["”»],|,\s*["”»])"#)
        .expect("compiles")
});

/// Prepositions before a seat of government used as a place.
static AT_SEAT: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?:^|\s)(?:at|у|в|во)\s+(?:the\s+)?$").expect("compiles"));

/// A place visited or arrived at is where a meeting of its sentence was:
/// "visited Warsaw, where he met", "прибув до Варшави".
static VISITED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|\s)(?:visit(?:s|ed|ing)?|arrived\s+in|arrives\s+in|travel(?:l)?ed\s+to|travels\s+to|flew\s+to|on\s+an?\s+(?:\S+\s+)?visit\s+to|відвіда(?:в|ла|ли)|(?:прибу(?:в|ла|ли)|приїха(?:в|ла|ли))(?:\s+з\s+\S+\s+візитом)?\s+(?:до|у|в)|з\s+(?:\S+\s+)?візитом\s+(?:до|у|в)|посети(?:л|ла|ли)|прибы(?:л|ла|ли)(?:\s+с\s+\S+\s+визитом)?\s+(?:в|во))\s+(?:the\s+)?$")
        .expect("compiles")
});

/// "The same day": a meeting dated by the one before it.
static SAME_DAY: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)(?:^|[\s,.;:(—–-])(?:(?:on\s+)?the\s+same\s+day|later\s+(?:that|in\s+the)\s+day|that\s+same\s+day|того\s+ж\s+дня|того\s+самого\s+дня|цього\s+ж\s+дня|в\s+той\s+же\s+день|того\s+же\s+дня|в\s+тот\s+же\s+день)(?:[\s,.;:)—–-]|$)")
        .expect("compiles")
});

/// A relative "where" right after a place.
static WHERE_AFTER: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^,\s*(?:where|де|где)\s").expect("compiles"));

/// Prepositions of place.
static AT_PLACE: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"(?:^|\s)(?:in|at|у|в|во|на)\s+(?:the\s+)?$").expect("compiles"));

/// Whether a pronoun or bare title is the subject of the trigger after
/// `window`, with at most three words between ("he also", "він, зокрема,
/// мав"). The window's first word may be cut, unless it is all of `before`.
fn anaphoric_subject(window: &str, whole: bool) -> bool {
    let words: Vec<&str> = window
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let first = usize::from(!whole);
    let n = words.len();
    (n.saturating_sub(4).max(first)..n).any(|i| match words[i] {
        "he" | "she" | "він" | "вона" | "он" | "она" => true,
        "міністр" | "міністерка" | "президент" | "президентка" | "министр" => {
            true
        }
        // "the minister", "the Ukrainian minister".
        "minister" | "president" | "secretary" => {
            (i >= 1 && words[i - 1] == "the") || (i >= 2 && words[i - 2] == "the")
        }
        _ => false,
    })
}

/// What may follow an attendance word for it to be about a meeting: the
/// clause's end, a manner ("in person", "by video link"), an inversion
/// ("Taking part were"), or a meeting word. Boundaries as in [`PLANNED`].
static ATTENDED: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#"^(?:\s*(?:$|[,.;:!?»”")—–-])|\s+(?:in\s+person|by\s+(?:video|phone|telephone|link)|via\s+(?:video|link|phone)|virtually|online|remotely|from\s|too(?:[\s,.;:!?)—–-]|$)|as\s+well|also\s|were\s|was\s|(?:in\s+|at\s+)?the\s+(?:meeting|talks|session|conference|call|videoconference|video\s+(?:call|conference|link)|discussions?|consultations|negotiations|participants)(?:[\s,.;:!?)—–-]|$)|(?:у|в|до)\s+(?:засідан|зустріч|переговор|нарад|конференці|відеоконференці|розмов|консультаці)|також(?:[\s,.;:!?)—–-]|$)|(?:в|во|к)\s+(?:заседани|встреч|переговор|совещани|конференци|видеоконференци|разговор)))"#)
        .expect("compiles")
});

/// Between an attendance word and a body: "in a meeting of the", "у
/// засіданні", "в заседании".
static MEETING_OF: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?i)^\s+(?:(?:in|at)\s+)?(?:a\s+|an\s+|the\s+)?(?:\S+\s+){0,2}?(?:meeting|session|talks|conference)\s+of\s+(?:the\s+)?$|^\s+(?:у|в|во)\s+(?:\S+\s+)?(?:засіданн|зустріч|нарад|конференці|заседани|встреч|совещани|конференци)\S*\s+$")
        .expect("compiles")
});

/// A meeting word just before an attendance word: "У засіданні також
/// взяли участь".
static MEETING_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:засідан|зустріч|переговор|нарад|конференці|розмов|заседани|встреч|совещани|meeting|talks|session|conference|call)\S*\s+(?:\S+\s+){0,2}$")
        .expect("compiles")
});

#[derive(Clone, Debug)]
enum UnitKind {
    Entity(usize),
    Role(usize),
}

#[derive(Clone, Debug)]
struct Unit {
    span: Span,
    kind: UnitKind,
}

/// Finds the meetings of a document.
pub(crate) fn find(ctx: &Context<'_>) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    // Drafts with a single participant wait to join a meeting of their item.
    let mut partial: Vec<Draft> = Vec::new();
    let mut frames: Vec<Frame> = Vec::new();
    for (si, s) in ctx.sentences.iter().enumerate() {
        let units = units(ctx, s.span);
        frames.extend(frames::there(ctx, si, s, drafts.last()));
        // A sentence that names no one can at most lend its topics to the
        // meeting just before it: skip the rules where there is none.
        if units.is_empty() && !drafts.last().is_some_and(|m| may_continue(s, si, m)) {
            continue;
        }
        let folded = ctx.folds.get(si);
        frames.extend(frames::trip(ctx, si, s, folded, &units));
        // Whether a draft here may go on about the meeting before: one
        // that names no one is kept for nothing else.
        let lends = drafts.last().is_some_and(|m| may_continue(s, si, m));
        let Some(d) = sentence_meeting(ctx, si, s, folded, &units, lends) else {
            continue;
        };
        if d.attending {
            // Taking part in nothing reported before is no meeting.
            if let Some(last) = drafts.last_mut().filter(|m| may_continue(s, si, m)) {
                push_all(&mut last.participants, &d.participants);
            }
        } else if d.participants.len() >= 2 {
            drafts.push(d);
        } else if is_continuation(s, folded, &units, ctx, &d, drafts.last()) {
            let last = drafts.last_mut().expect("a continuation follows a meeting");
            last.topics.extend(d.topics);
        } else if !d.participants.is_empty() {
            partial.push(d);
        } else {
            frames.extend(Frame::of_report(&d));
        }
    }
    frames::apply(ctx, &frames, &mut drafts);
    for p in partial {
        // The meeting it goes on about: the last before it that has its
        // people, or (for a headline) the first after it.
        let fits = |m: &Draft| {
            m.item == p.item
                && m.status == p.status
                && p.participants.iter().all(|w| m.participants.contains(w))
        };
        // Drafts are in sentence order; a bounded look keeps a long text
        // of one-sided sentences linear.
        let k = drafts.partition_point(|m| m.sentence <= p.sentence);
        let host = (k.saturating_sub(LOOK)..k)
            .rev()
            .find(|&i| fits(&drafts[i]))
            .or_else(|| (k..(k + LOOK).min(drafts.len())).find(|&i| fits(&drafts[i])));
        if let Some(m) = host.map(|i| &mut drafts[i]) {
            m.topics.extend(p.topics);
            // A call has no place.
            if m.location.is_none() && !matches!(m.mode, Mode::Phone | Mode::Video) {
                m.location = p.location;
            }
        }
    }
    merge(drafts)
}

/// Whether a sentence with topics but not two participants goes on about
/// the meeting before it: its subject is an anaphor ("the sides", "вони"),
/// or it names no one before its topic cue, or only people of that meeting.
fn is_continuation(
    s: &Sentence,
    folded: &Folded<'_>,
    units: &[Unit],
    ctx: &Context<'_>,
    d: &Draft,
    last: Option<&Draft>,
) -> bool {
    let Some(last) = last.filter(|m| may_continue(s, d.sentence, m)) else {
        return false;
    };
    if d.topics.is_empty() {
        return false;
    }
    let Some(cue) = topic_cues(folded.as_str()).next() else {
        return false;
    };
    let cue_at = folded.to_original(Span::new(cue.start, cue.start)).start + s.span.start;
    let person_before = units.iter().any(|u| {
        u.span.start < cue_at
            && matches!(u.kind, UnitKind::Entity(e) if ctx.entities[e].kind == EntityKind::Person)
    });
    let theirs = d.participants.iter().all(|w| last.participants.contains(w));
    ANAPHOR.is_match(&folded.as_str()[..cue.start]) || !person_before || theirs
}

/// Whether sentence `si` (`s`) is near enough to the held meeting `last`,
/// in its item, to go on about it.
fn may_continue(s: &Sentence, si: usize, last: &Draft) -> bool {
    last.item == s.item && last.status == Status::Held && si <= last.sentence + CONTINUATION_REACH
}

/// How many drafts (or frames) back or ahead a sentence's meeting is
/// sought.
const LOOK: usize = 64;

/// How many sentences after a meeting a continuation may stand.
const CONTINUATION_REACH: usize = 12;

/// A phone or video cue anywhere in a (folded) sentence.
fn mode_cue(f: &str) -> Mode {
    const PHONE: &[&str] = &["phone", "телефон"];
    const VIDEO: &[&str] = &["video", "відео", "видео"];
    if PHONE.iter().any(|w| f.contains(w)) {
        Mode::Phone
    } else if VIDEO.iter().any(|w| f.contains(w)) {
        Mode::Video
    } else {
        Mode::Unknown
    }
}

/// The units of a sentence: its people, groups and role mentions, with a
/// role glued to the name it titles ("NATO Secretary General Jens
/// Stoltenberg" is one unit, the person).
fn units(ctx: &Context<'_>, sentence: Span) -> Vec<Unit> {
    let mut out: Vec<Unit> = Vec::new();
    for &(span, e) in inside(ctx.mentions, sentence, |m| m.0)
        .iter()
        .filter(|(sp, _)| sentence.contains(*sp))
    {
        if ctx.entities[e].kind == EntityKind::Person {
            out.push(Unit {
                span,
                kind: UnitKind::Entity(e),
            });
        }
    }
    for (i, r) in ctx.roles.iter().enumerate() {
        if sentence.contains(r.span) && !out.iter().any(|u| u.span.overlaps(r.span)) {
            out.push(Unit {
                span: r.span,
                kind: UnitKind::Role(i),
            });
        }
    }
    out.sort_by_key(|u| u.span.start);
    // A role right before or after a name titles it: the name stands for both.
    let mut glued: Vec<Unit> = Vec::new();
    for u in out {
        if let Some(prev) = glued.last_mut() {
            let gap = &ctx.text[prev.span.end..u.span.start];
            let apposition = gap.trim().is_empty() || gap.trim() == ",";
            match (&prev.kind, &u.kind) {
                (UnitKind::Role(_), UnitKind::Entity(_)) if apposition => {
                    *prev = Unit {
                        span: prev.span.cover(u.span),
                        kind: u.kind.clone(),
                    };
                    continue;
                }
                (UnitKind::Entity(_), UnitKind::Role(_)) if gap.trim() == "," => {
                    prev.span = prev.span.cover(u.span);
                    continue;
                }
                _ => {}
            }
        }
        glued.push(u);
    }
    glued
}

fn sentence_meeting(
    ctx: &Context<'_>,
    sentence: usize,
    s: &Sentence,
    folded: &Folded<'_>,
    units: &[Unit],
    lends: bool,
) -> Option<Draft> {
    let f = folded.as_str();
    let base = s.span.start;
    let to_orig = |a: usize, b: usize| {
        let sp = folded.to_original(Span::new(a, b));
        Span::new(sp.start + base, sp.end + base)
    };
    let (attend, found): (Vec<Found<'_>>, Vec<Found<'_>>) = TRIGGER_RE
        .matches(f)
        .map(|(i, fs)| (fs, to_orig(fs.start, fs.end), &TRIGGERS[i]))
        .partition(|(_, _, tr)| tr.kind == Kind::Attend);
    let places: Vec<Span> = inside(ctx.mentions, s.span, |m| m.0)
        .iter()
        .filter(|(_, e)| ctx.entities[*e].kind == EntityKind::Location)
        .map(|(sp, _)| *sp)
        .collect();
    if found.is_empty() {
        if let Some(d) = group_meeting(ctx, sentence, s, f, units, &attend) {
            return Some(d);
        }
        // Taking part is in the meeting before, if any.
        if let Some(d) = lends
            .then(|| attendance(ctx, sentence, s, f, units, &attend))
            .flatten()
        {
            return Some(d);
        }
        // Its draft would have no participants, and lend to no meeting.
        if !lends {
            return None;
        }
        return topic_only(sentence, s, folded, units, &places);
    }
    // Dating a sentence costs a scan for dates: done only where needed.
    let date_cell = OnceCell::new();
    let date = || *date_cell.get_or_init(|| date_of(ctx, s));
    let mut subjects: Vec<Who> = Vec::new();
    let mut objects: Vec<Who> = Vec::new();
    let mut mode = Mode::Unknown;
    let mut held = false;
    let mut planned = false;
    let mut meeting_word = false;
    let mut role_used = false;
    for (fs, orig, tr) in &found {
        let before = &f[..fs.start];
        let window = window_before(f, fs.start);
        if NEGATED.is_match(window) {
            continue;
        }
        let is_plan =
            matches!(tr.kind, Kind::Future | Kind::Infinitive) || PLANNED.is_match(window);
        // "to discuss" after a meeting verb is its purpose, not a plan.
        let purpose = tr.kind == Kind::Discuss && held;
        let mut subj = subjects_before(ctx, units, orig.start, &found);
        let obj = objects_after(ctx, units, f, fs.end, base, folded, tr.kind);
        if subj.is_empty() && tr.kind == Kind::Noun {
            subj = noun_subjects(ctx, units, orig.end, &obj);
        }
        // "He spoke by phone with X", "Увечері міністр провів розмову з X".
        let mut anaphor = false;
        if subj.is_empty() && !obj.is_empty() && anaphoric_subject(window, window == before) {
            if let Some(u) = antecedent(ctx, sentence, &obj) {
                subj.push(u);
                anaphor = true;
            }
        }
        if subj.is_empty() && obj.is_empty() {
            if tr.kind != Kind::Discuss {
                meeting_word |= !is_plan;
            }
            continue;
        }
        // A meeting noun with no "with" after it ("the next contact group
        // meeting") names no one: a name before it belongs to another verb.
        if tr.kind == Kind::Noun && obj.is_empty() && subj.len() < 2 {
            continue;
        }
        // "which X welcomed": a host verb without its guest hosts no one.
        if tr.kind == Kind::Host && obj.is_empty() {
            continue;
        }
        role_used |= anaphor;
        for u in subj.iter().chain(&obj) {
            role_used |= matches!(u.kind, UnitKind::Role(_));
        }
        let resolve = |list: &[Unit], anchor: &[Who]| -> Vec<Who> {
            list.iter()
                .flat_map(|u| resolve_unit(ctx, u, anchor, &|| date().0))
                .collect()
        };
        let subj_w = resolve(&subj, &[]);
        let obj_w = resolve(&obj, &subj_w);
        let subj_w = if subj_w.is_empty() {
            resolve(&subj, &obj_w)
        } else {
            subj_w
        };
        push_all(&mut subjects, &subj_w);
        push_all(&mut objects, &obj_w);
        if !purpose {
            if is_plan {
                planned = true;
            } else {
                held = true;
            }
        }
        mode = stronger(mode, tr.mode);
        if tr.kind != Kind::Discuss {
            meeting_word = true;
        }
    }
    let mut participants = subjects;
    push_all(&mut participants, &objects);
    if participants.is_empty() {
        if let Some(d) = group_meeting(ctx, sentence, s, f, units, &attend) {
            return Some(d);
        }
    }
    if participants.is_empty() && lends {
        if let Some(d) = attendance(ctx, sentence, s, f, units, &attend) {
            return Some(d);
        }
    }
    // A meeting reported without naming anyone may still tell where and
    // when, for the meetings after it.
    // It must name the place; a place inside its topics is none, but the
    // topics are read only for a sentence this far.
    let report =
        participants.is_empty() && meeting_word && !planned && location(ctx, s.span, &[]).is_some();
    if participants.is_empty() && !lends && !report {
        return None;
    }
    // Only a meeting of two (or a report) is dated: a draft of fewer lends
    // no more than its topics, place or people to another.
    let date = if participants.len() >= 2 || report {
        date()
    } else {
        (None, true)
    };
    let cues: Vec<Span> = topic_cues(f).collect();
    let topics = topics(f, folded, base, units, &places, &cues);
    if participants.is_empty() && topics.is_empty() && !report {
        return None;
    }
    let status = if held || (!planned && meeting_word) {
        Status::Held
    } else if planned {
        Status::Planned
    } else {
        Status::Held
    };
    if mode == Mode::Unknown {
        mode = mode_cue(f);
    }
    let location = location(ctx, s.span, &topics);
    if mode == Mode::Unknown && location.is_some() && meeting_word {
        mode = Mode::InPerson;
    }
    if mode == Mode::Unknown && location.is_some() {
        mode = Mode::InPerson;
    }
    // In hundredths, so that 0.9 - 0.1 is written 0.8, not 0.79999995.
    let mut hundredths: u8 = if meeting_word { 90 } else { 80 };
    if role_used {
        hundredths -= 15;
    }
    if date.1 {
        hundredths -= 10;
    }
    let confidence = f32::from(hundredths) / 100.0;
    Some(Draft {
        item: s.item,
        sentence,
        participants,
        location,
        date: if status == Status::Held { date.0 } else { None },
        date_assumed: date.1,
        mode,
        topics,
        evidence: s.span,
        status,
        confidence,
        attending: false,
    })
}

/// Whom a pronoun or a bare title opening a clause stands for: the first
/// person named in the nearest sentence before it, in its item and at most
/// three back, that names one (a sentence's subject most often comes
/// first), unless that person is one of the objects.
fn antecedent(ctx: &Context<'_>, sentence: usize, obj: &[Unit]) -> Option<Unit> {
    let item = ctx.sentences[sentence].item;
    for p in ctx.sentences[sentence.saturating_sub(3)..sentence]
        .iter()
        .rev()
    {
        if p.item != item {
            break;
        }
        let first = inside(ctx.mentions, p.span, |m| m.0)
            .iter()
            .find(|(sp, e)| p.span.contains(*sp) && ctx.entities[*e].kind == EntityKind::Person);
        if let Some(&(span, e)) = first {
            let object = obj
                .iter()
                .any(|u| matches!(u.kind, UnitKind::Entity(x) if x == e));
            return (!object).then_some(Unit {
                span,
                kind: UnitKind::Entity(e),
            });
        }
    }
    None
}

/// A trigger found in a folded sentence: its folded span, its span in the
/// text, and the trigger.
type Found<'t> = (Span, Span, &'t Trigger);

/// A sentence that reports who took part in a meeting ("X attended in
/// person", "Y, who also took part, said", "Taking part were A and B",
/// "У засіданні взяли участь A і B"): a draft of those people, to join the
/// meeting before it. The attendance word must be about a meeting: bare,
/// or followed by a manner or a meeting word, or after one.
fn attendance(
    ctx: &Context<'_>,
    sentence: usize,
    s: &Sentence,
    f: &str,
    units: &[Unit],
    attend: &[Found<'_>],
) -> Option<Draft> {
    let mut who: Vec<Unit> = Vec::new();
    for (fs, orig, _) in attend {
        let window = window_before(f, fs.start);
        if NEGATED.is_match(window) || PLANNED.is_match(window) {
            continue;
        }
        if !ATTENDED.is_match(&f[fs.end..]) && !MEETING_BEFORE.is_match(window) {
            continue;
        }
        let mut list = subjects_before(ctx, units, orig.start, attend);
        if list.is_empty() {
            list = listed_after(ctx, units, orig.end, s.span);
        }
        for u in list {
            if !who.iter().any(|w| w.span == u.span) {
                who.push(u);
            }
        }
    }
    if who.is_empty() {
        return None;
    }
    let date = date_of(ctx, s).0;
    let mut participants = Vec::new();
    for u in &who {
        push_all(&mut participants, &resolve_unit(ctx, u, &[], &|| date));
    }
    (!participants.is_empty()).then(|| Draft {
        item: s.item,
        sentence,
        participants,
        location: None,
        date: None,
        date_assumed: true,
        mode: Mode::Unknown,
        topics: Vec::new(),
        evidence: s.span,
        status: Status::Held,
        confidence: 0.0,
        attending: true,
    })
}

/// Taking part in a meeting of a body ("took part in a meeting of the
/// Ukraine Defense Contact Group", "взяв участь у засіданні Контактної
/// групи"): a meeting of the subjects with the body.
fn group_meeting(
    ctx: &Context<'_>,
    sentence: usize,
    s: &Sentence,
    f: &str,
    units: &[Unit],
    attend: &[Found<'_>],
) -> Option<Draft> {
    let (subj, group) = attend.iter().find_map(|(fs, orig, _)| {
        let window = window_before(f, fs.start);
        if NEGATED.is_match(window) || PLANNED.is_match(window) {
            return None;
        }
        let &(_, group) = inside(ctx.mentions, s.span, |m| m.0)
            .iter()
            .find(|(sp, e)| {
                ctx.entities[*e].kind == EntityKind::Organization
                    && sp.start >= orig.end
                    && sp.end <= s.span.end
                    && sp.start - orig.end <= 80
                    && MEETING_OF.is_match(&ctx.text[orig.end..sp.start])
            })?;
        let subj = subjects_before(ctx, units, orig.start, attend);
        (!subj.is_empty()).then_some((subj, group))
    })?;
    let (date, assumed) = date_of(ctx, s);
    let mut participants = Vec::new();
    for u in &subj {
        push_all(&mut participants, &resolve_unit(ctx, u, &[], &|| date));
    }
    if participants.is_empty() || participants.contains(&Who::Doc(group)) {
        return None;
    }
    participants.push(Who::Doc(group));
    let location = location(ctx, s.span, &[]);
    let mode = match mode_cue(f) {
        Mode::Unknown => Mode::InPerson,
        m => m,
    };
    let role_used = subj.iter().any(|u| matches!(u.kind, UnitKind::Role(_)));
    let hundredths: u8 = 90 - if role_used { 15 } else { 0 } - if assumed { 10 } else { 0 };
    Some(Draft {
        item: s.item,
        sentence,
        participants,
        location,
        date,
        date_assumed: assumed,
        mode,
        topics: Vec::new(),
        evidence: s.span,
        status: Status::Held,
        confidence: f32::from(hundredths) / 100.0,
        attending: false,
    })
}

/// The units listed after an attendance word, up to the clause's end:
/// "Taking part were A from London, B from Paris and C".
fn listed_after(ctx: &Context<'_>, units: &[Unit], end: usize, sentence: Span) -> Vec<Unit> {
    let clause = ctx.text[end..sentence.end]
        .find(['.', ';', '?', '!'])
        .map_or(sentence.end, |i| end + i);
    let after: Vec<Unit> = units
        .iter()
        .filter(|u| u.span.start >= end && u.span.start < clause)
        .cloned()
        .collect();
    match after.first() {
        Some(u) if ctx.text[end..u.span.start].len() <= 40 => after,
        _ => Vec::new(),
    }
}

/// A sentence without a meeting word whose subject is an anaphor ("They
/// also focused on energy"): its topics, for the meeting before it.
fn topic_only(
    sentence: usize,
    s: &Sentence,
    folded: &Folded<'_>,
    units: &[Unit],
    places: &[Span],
) -> Option<Draft> {
    let f = folded.as_str();
    let cues: Vec<Span> = topic_cues(f).collect();
    let cue = cues.first()?;
    if !ANAPHOR.is_match(&f[..cue.start]) {
        return None;
    }
    let topics = topics(f, folded, s.span.start, units, places, &cues);
    (!topics.is_empty()).then(|| Draft {
        item: s.item,
        sentence,
        participants: Vec::new(),
        location: None,
        date: None,
        date_assumed: true,
        mode: Mode::Unknown,
        topics,
        evidence: s.span,
        status: Status::Held,
        confidence: 0.0,
        attending: false,
    })
}

/// Of two modes, the more specific: a phone or video cue anywhere in the
/// clause tells how "talks" were held.
fn stronger(a: Mode, b: Mode) -> Mode {
    let rank = |m: Mode| match m {
        Mode::Unknown => 0,
        Mode::InPerson => 1,
        Mode::Phone | Mode::Video => 2,
    };
    if rank(b) > rank(a) {
        b
    } else {
        a
    }
}

/// The subjects of a meeting noun that has none before it: a genitive
/// between the noun and "with" ("зустріч Умєрова з Остіном", "розмова
/// Зеленського з Макроном"), or, after a fronted "у розмові з X", the first
/// name after the objects ("У розмові з Леммі Сибіга наголосив").
fn noun_subjects(ctx: &Context<'_>, units: &[Unit], trigger_end: usize, obj: &[Unit]) -> Vec<Unit> {
    let Some(first_obj) = obj.first() else {
        return Vec::new();
    };
    let between: Vec<Unit> = units
        .iter()
        .filter(|u| u.span.start >= trigger_end && u.span.end <= first_obj.span.start)
        .filter(|u| !ctx.text[u.span.end..first_obj.span.start].contains([',', ';']))
        .cloned()
        .collect();
    if !between.is_empty() {
        return between;
    }
    let fronted = units.iter().all(|u| u.span.start >= trigger_end);
    let last_obj = obj.last().expect("objects are not empty");
    match units.iter().find(|u| u.span.start >= last_obj.span.end) {
        Some(u)
            if fronted
                && ctx.text[last_obj.span.end..u.span.start]
                    .trim_matches([' ', ','])
                    .is_empty() =>
        {
            vec![u.clone()]
        }
        _ => Vec::new(),
    }
}

fn push_all(to: &mut Vec<Who>, from: &[Who]) {
    for w in from {
        if !to.contains(w) {
            to.push(*w);
        }
    }
}

/// The last 48 bytes (or fewer, to a char boundary) of `f` before `at`:
/// where a negation or plan word before a trigger stands.
fn window_before(f: &str, at: usize) -> &str {
    let before = &f[..at];
    &before[floor(before, before.len().saturating_sub(48))..]
}

fn floor(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The subjects of a trigger at `at`: the unit nearest before it, and those
/// coordinated with it ("X and Y", "X, Y and Z").
fn subjects_before(
    ctx: &Context<'_>,
    units: &[Unit],
    at: usize,
    triggers: &[(Span, Span, &Trigger)],
) -> Vec<Unit> {
    let before: Vec<&Unit> = units.iter().filter(|u| u.span.end <= at).collect();
    let Some(&nearest) = before.last() else {
        return Vec::new();
    };
    // Another trigger between the unit and this one: the unit is its.
    if triggers
        .iter()
        .any(|(_, o, _)| o.start >= nearest.span.end && o.end <= at)
    {
        return Vec::new();
    }
    // A unit after "with" is an object of something else.
    if WITH.is_match(&word_before(ctx.text, nearest.span.start).to_lowercase()) {
        return Vec::new();
    }
    let mut chain = vec![nearest.clone()];
    let mut joined_by_and = false;
    let mut commas = false;
    for u in before.iter().rev().skip(1) {
        let first = &chain[0];
        let gap = &ctx.text[u.span.end..first.span.start];
        if !joins(gap) {
            break;
        }
        if gap.trim() == "," {
            commas = true;
        } else {
            joined_by_and = true;
        }
        chain.insert(0, (*u).clone());
    }
    if commas && !joined_by_and {
        chain.drain(..chain.len() - 1);
    }
    chain
}

/// The objects of a trigger ending at folded offset `end`.
fn objects_after(
    ctx: &Context<'_>,
    units: &[Unit],
    f: &str,
    end: usize,
    base: usize,
    folded: &Folded<'_>,
    kind: Kind,
) -> Vec<Unit> {
    let rest = &f[end..];
    let clause_end = rest.find(['.', ';', '?', '!']).map_or(f.len(), |i| end + i);
    let to_orig = |i: usize| folded.to_original(Span::new(i, i)).start + base;
    let start = match kind {
        Kind::Host | Kind::Verb if !trigger_ends_with_marker(&f[..end]) => {
            // "X met Y", "X hosted Y": the next unit, if close; else after "with".
            match WITH.find(&f[end..clause_end]) {
                Some(m) if m.start < 60 => end + m.end,
                _ => end,
            }
        }
        _ if trigger_ends_with_marker(&f[..end]) => end,
        _ => match WITH.find(&f[end..clause_end]) {
            Some(m) if m.start < 60 => end + m.end,
            _ => return Vec::new(),
        },
    };
    let from = to_orig(start);
    let limit = to_orig(clause_end);
    let after: Vec<&Unit> = units
        .iter()
        .filter(|u| u.span.start >= from && u.span.end <= limit)
        .collect();
    let Some(&first) = after.first() else {
        return Vec::new();
    };
    if start == end && first.span.start - from > 40 {
        return Vec::new();
    }
    let mut first = first.clone();
    // A long title before a name: "з помічником ... НАТО з розвідки та
    // безпеки Скоттом Бреєм" is the person.
    if let (UnitKind::Role(_), Some(next)) = (&first.kind, after.get(1)) {
        let gap = &ctx.text[first.span.end..next.span.start];
        if matches!(next.kind, UnitKind::Entity(_))
            && !gap.contains(',')
            && !AND.is_match(gap)
            && gap.len() < 60
        {
            first = (*next).clone();
        }
    }
    let first_end = first.span.end;
    let mut chain = vec![first];
    for u in after.iter().skip_while(|u| u.span.start < first_end) {
        let last = chain.last().expect("chain has a unit");
        if !joins(&ctx.text[last.span.end..u.span.start]) {
            break;
        }
        chain.push((*u).clone());
    }
    chain
}

/// The word just before byte `at`.
fn word_before(text: &str, at: usize) -> &str {
    text[..at]
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("")
}

fn trigger_ends_with_marker(f: &str) -> bool {
    f.trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| matches!(w, "with" | "to" | "by" | "з" | "із" | "зі" | "с" | "со"))
}

/// The people (or group) a unit stands for.
fn resolve_unit(
    ctx: &Context<'_>,
    u: &Unit,
    anchor: &[Who],
    date: &dyn Fn() -> Option<NaiveDate>,
) -> Vec<Who> {
    match u.kind {
        UnitKind::Entity(e) => vec![Who::Doc(e)],
        UnitKind::Role(r) => resolve_role(ctx, &ctx.roles[r], anchor, date()),
    }
}

fn resolve_role(
    ctx: &Context<'_>,
    r: &RoleMention,
    anchor: &[Who],
    date: Option<NaiveDate>,
) -> Vec<Who> {
    let in_doc: Vec<u32> = ctx.entities.iter().filter_map(|e| e.record).collect();
    let records = ctx.gazetteer.records();
    let national = |id: &str| -> String {
        // A ministry or army stands for its country.
        match ctx.gazetteer.get(id) {
            Some(rec)
                if rec.kind == EntityKind::Organization
                    && rec.country.is_some()
                    && !id.starts_with("org:nato")
                    && !id.starts_with("org:eu") =>
            {
                format!("iso:{}", rec.country.as_deref().unwrap_or_default())
            }
            _ => id.to_string(),
        }
    };
    let of: Vec<String> = r.of.iter().map(|o| national(o)).collect();
    let mut out = Vec::new();
    match r.post {
        Post::Named(role, _) => {
            // A plural post of a body ("EU defence ministers") is the body.
            if r.plural && of.len() == 1 && !of[0].starts_with("iso:") {
                if let Some(e) = ctx
                    .entities
                    .iter()
                    .position(|e| e.record.is_some_and(|i| records[i as usize].id == of[0]))
                {
                    return vec![Who::Doc(e)];
                }
            }
            for o in &of {
                let h = holders(ctx.gazetteer, role, o, date, &in_doc);
                if h.len() == 1 {
                    out.push(who_of(ctx, h[0]));
                }
            }
        }
        Post::Counterpart => {
            for a in anchor {
                let Some(rec) = record_of(ctx, *a) else {
                    continue;
                };
                for (role, _) in posts_of(&records[rec as usize], date) {
                    for o in &of {
                        let h = holders(ctx.gazetteer, role, o, date, &in_doc);
                        if h.len() == 1 && !out.contains(&who_of(ctx, h[0])) {
                            out.push(who_of(ctx, h[0]));
                        }
                    }
                }
                if !out.is_empty() {
                    break;
                }
            }
        }
    }
    out
}

fn record_of(ctx: &Context<'_>, w: Who) -> Option<u32> {
    match w {
        Who::Doc(e) => ctx.entities[e].record,
        Who::Record(r) => Some(r),
    }
}

fn who_of(ctx: &Context<'_>, record: u32) -> Who {
    match ctx.entities.iter().position(|e| e.record == Some(record)) {
        Some(e) => Who::Doc(e),
        None => Who::Record(record),
    }
}

/// The meeting's place: a place (or building) right after "in"/"at"/"у"/"в",
/// outside the topics.
fn location(ctx: &Context<'_>, sentence: Span, topics: &[Span]) -> Option<usize> {
    inside(ctx.mentions, sentence, |m| m.0)
        .iter()
        .filter(|(sp, _)| sentence.contains(*sp) && !topics.iter().any(|t| t.contains(*sp)))
        .find(|(sp, e)| {
            let ent = &ctx.entities[*e];
            let leads_here: fn(&str) -> bool = match ent.kind {
                // "arrived from Brussels, where he took part": the place too.
                EntityKind::Location if WHERE_AFTER.is_match(&ctx.text[sp.end..sentence.end]) => {
                    return true
                }
                EntityKind::Location => |l| AT_PLACE.is_match(l) || VISITED.is_match(l),
                // "at the Pentagon", "у Кремлі": a seat of government is a place.
                EntityKind::Organization if ent.seat => |l| AT_SEAT.is_match(l),
                // Most mentions are of people: what leads to them is not read.
                _ => return false,
            };
            leads_here(&lead(ctx, sentence, *sp))
        })
        .map(|&(_, e)| e)
}

/// The 24 characters of `sentence` before `span`, lower-cased.
fn lead(ctx: &Context<'_>, sentence: Span, span: Span) -> String {
    let start = ctx.text[..span.start]
        .char_indices()
        .rev()
        .nth(23)
        .map_or(sentence.start, |(i, _)| i.max(sentence.start));
    ctx.text[start..span.start].to_lowercase()
}

/// The spans after topic cues, up to the clause's end, split at commas and
/// "and"/"і"/"та". A "with X (and Y)" right after the cue is skipped, and a
/// part that starts with a person's name is no topic.
fn topics(
    f: &str,
    folded: &Folded<'_>,
    base: usize,
    units: &[Unit],
    places: &[Span],
    topic_cues: &[Span],
) -> Vec<Span> {
    let to_orig = |i: usize| folded.to_original(Span::new(i, i)).start + base;
    let mut cues: Vec<usize> = topic_cues.iter().map(|m| m.end).collect();
    cues.extend(preposition_cues(f, &to_orig, units));
    cues.sort_unstable();
    let mut out = Vec::new();
    for cue_end in cues {
        let mut start = cue_end;
        if let Some(m) = WITH.find(&f[start..]).filter(|m| m.start <= 1) {
            let after_with = start + m.end;
            let from = to_orig(after_with);
            let skipped = units
                .iter()
                .filter(|u| u.span.start >= from)
                .take_while(|u| u.span.start - from < 40)
                .last()
                .map(|u| u.span.end);
            if let Some(end) = skipped {
                start = (after_with..f.len())
                    .find(|&k| f.is_char_boundary(k) && to_orig(k) >= end)
                    .unwrap_or(f.len());
            }
        }
        let start = skip_adverbials(f, start, &to_orig, places);
        let rest = &f[start..];
        let end = TOPIC_END.find(rest).map_or(f.len(), |m| start + m.start());
        let end = before_other_side(f, Span::new(start, end), &to_orig, units);
        for part in split_topics(f, Span::new(start, end)) {
            let sp = folded.to_original(part);
            let sp = Span::new(sp.start + base, sp.end + base);
            let names_someone = units
                .iter()
                .any(|u| u.span.start == sp.start && matches!(u.kind, UnitKind::Entity(_)));
            if !sp.is_empty() && !names_someone {
                out.push(sp);
            }
        }
    }
    out.dedup();
    out
}

/// Skips the time and place adverbials that may open a topic phrase:
/// "обговорили у вівторок у Вільнюсі спільне виробництво" → "спільне
/// виробництво". `places` are the sentence's place mentions (original offsets).
fn skip_adverbials(
    f: &str,
    mut start: usize,
    to_orig: &dyn Fn(usize) -> usize,
    places: &[Span],
) -> usize {
    loop {
        let rest = &f[start..];
        let lead = rest.len() - rest.trim_start().len();
        let at = start + lead;
        // A leading date is short: look at the phrase's first bytes only.
        let head = &f[at..floor(f, (at + 48).min(f.len()))];
        let date_len = find_dates(head, None)
            .first()
            .filter(|d| d.span.start == 0)
            .map(|d| d.span.end);
        if let Some(len) = date_len {
            start = at + len;
            continue;
        }
        let Some(prep) = PLACE_PREP.find(&f[at..]) else {
            return start;
        };
        let word_at = to_orig(at + prep.end());
        match places.iter().find(|p| p.start == word_at) {
            Some(p) => {
                start = (at + prep.end()..=f.len())
                    .find(|&k| f.is_char_boundary(k) && to_orig(k) >= p.end)
                    .unwrap_or(f.len());
            }
            None => return start,
        }
    }
}

/// A place preposition opening a phrase.
static PLACE_PREP: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^(?:у|в|во|in|at)\s+(?:the\s+)?").expect("compiles"));

/// "about", "on", "про" after a meeting noun or a participant's name
/// ("talks on security", "a call with Austin on air defence"), and the
/// word after it (its last word: `\w+` ends at a word's end).
static TOPIC_PREP: Lazy<WholeWords> = Lazy::new(|| WholeWords::new(TOPIC_PREP_WORDS));

const TOPIC_PREP_WORDS: &str = r"(?:about|on|про)\s+(?:the\s+)?\w+";

/// A meeting noun at the end; the boundary before it is a character, as
/// in [`PLANNED`].
static MEETING_NOUN_END: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"(?:^|\W)(?:talks|meetings?|calls?|conversations?|consultations|discussions?|negotiations|(?:розмов|переговор|зустріч|консультаці)\w*)\s*$")
        .expect("compiles")
});

/// Words after "on"/"about" that make no topic: dates, "on the phone",
/// "on the sidelines", "about 20".
fn is_not_topic_word(w: &str) -> bool {
    const STOP: &[&str] = &[
        "phone",
        "telephone",
        "sidelines",
        "margins",
        "behalf",
        "eve",
        "occasion",
        "condition",
        "day",
        "morning",
        "afternoon",
        "evening",
        "night",
        "way",
        "visit",
        "invitation",
        "x",
        "twitter",
        "telegram",
        "facebook",
        "tuesday's",
        "friday's",
        "an",
        "a",
        "hour",
        "minutes",
        "it",
        "this",
        "that",
        "them",
        "це",
        "цьому",
        "телефону",
        "телефоном",
    ];
    w.chars().next().is_some_and(|c| c.is_ascii_digit()) || STOP.contains(&w) || is_calendar_word(w)
}

fn preposition_cues(f: &str, to_orig: &dyn Fn(usize) -> usize, units: &[Unit]) -> Vec<usize> {
    TOPIC_PREP
        .find_iter(f)
        .filter_map(|m| {
            let found = &f[m.range()];
            let word = found.rsplit(char::is_whitespace).next().unwrap_or_default();
            if is_not_topic_word(word) {
                return None;
            }
            let lead = f[..m.start].trim_end();
            let lead_end = to_orig(lead.len());
            let after_name = units.iter().any(|u| u.span.end == lead_end);
            let after_noun = MEETING_NOUN_END.is_match(lead);
            (after_name || after_noun)
                .then(|| m.start + found.find(char::is_whitespace).unwrap_or(0))
        })
        .collect()
}

/// A topic stops before "with"/"з" and a name: "discussed air defence with
/// John Healey" is about air defence.
fn before_other_side(
    f: &str,
    topic: Span,
    to_orig: &dyn Fn(usize) -> usize,
    units: &[Unit],
) -> usize {
    WITH.find_iter(&f[topic.range()])
        .find(|m| {
            let next = topic.start + m.end;
            let at = to_orig(next);
            units
                .iter()
                .any(|u| u.span.start >= at && u.span.start <= at + 1)
        })
        .map_or(topic.end, |m| topic.start + m.start)
}

static TOPIC_SPLIT: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r#",\s*(?:and\s+|і\s+|та\s+)?|\s+(?:and|і|та|й)\s+(?:the\s+|a\s+)?"#)
        .expect("compiles")
});

fn split_topics(f: &str, span: Span) -> Vec<Span> {
    let text = &f[span.range()];
    let mut parts = Vec::new();
    let mut last = 0;
    for m in TOPIC_SPLIT.find_iter(text) {
        parts.push((last, m.start()));
        last = m.end();
    }
    parts.push((last, text.len()));
    parts
        .into_iter()
        .filter_map(|(a, b)| {
            let piece = &text[a..b];
            let lead = piece.len()
                - piece
                    .trim_start_matches(|c: char| c.is_whitespace() || "\"'«“(:—–-".contains(c))
                    .len();
            let trail = piece.len()
                - piece
                    .trim_end_matches(|c: char| c.is_whitespace() || "\"'»”).,:;—–-".contains(c))
                    .len();
            let (s, e) = (span.start + a + lead, span.start + b - trail);
            let words = f[s..e.max(s)].split_whitespace().count();
            (e > s
                && words >= 1
                && f[s..e].chars().any(char::is_alphabetic)
                && !is_stop_topic(&f[s..e]))
            .then(|| Span::new(s, e))
        })
        .collect()
}

fn is_stop_topic(t: &str) -> bool {
    matches!(
        t,
        "it" | "this" | "that" | "them" | "це" | "їх" | "це питання"
    )
}

/// The date of a sentence's meeting and whether it is only the publication
/// date: an item's stamp, a date stated in the sentence, or the publication
/// date.
fn date_of(ctx: &Context<'_>, s: &Sentence) -> (Option<NaiveDate>, bool) {
    let item = &ctx.items[s.item];
    if let Some(d) = item.stamp {
        return (Some(d), false);
    }
    let text = &ctx.text[s.span];
    // A dateline's date is when the report was filed: a date after it
    // tells the meeting's better.
    let from = DATELINE.find(text).map_or(0, |m| m.end());
    let dates = find_dates(text, ctx.published);
    let stated = |m: &&crate::dates::DateMention| m.date.is_some();
    let after = dates.iter().filter(stated).find(|m| m.span.start >= from);
    if let Some(d) = after
        .or_else(|| dates.iter().find(stated))
        .and_then(|m| m.date)
    {
        return (Some(d), false);
    }
    (ctx.published, true)
}

/// A sentence that opens with "there": its meeting is where and when the
/// sentence before it tells.
static THERE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*(?:(?i:there),|Там(?:\s+же)?[\s,]|Там же[\s,])").expect("compiles")
});

/// A dateline: a place in capitals, perhaps a date, then a dash
/// ("BRUSSELS, March 12 —", "KYIV —").
static DATELINE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^\s*[A-ZЀ-ЯҐ][A-ZЀ-ЯҐ\s.'’-]*[A-ZЀ-ЯҐ](?:,[^—–\n]{1,30}?)?\s+[—–-]\s")
        .expect("compiles")
});

/// Merges reports of one meeting: same item (or the article and its
/// headline), same participants, same status, dates that agree.
fn merge(drafts: Vec<Draft>) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for d in drafts {
        let same = out.iter_mut().find(|m| {
            m.item == d.item
                && m.status == d.status
                && m.participants.len() == d.participants.len()
                && d.participants.iter().all(|w| m.participants.contains(w))
                && dates_agree(m, &d)
        });
        match same {
            Some(m) => {
                for t in d.topics {
                    if !m.topics.contains(&t) {
                        m.topics.push(t);
                    }
                }
                m.location = m.location.or(d.location);
                if m.date.is_none() || (m.date_assumed && !d.date_assumed) {
                    // The dated report (the body, not the headline) is the evidence.
                    m.date = d.date.or(m.date);
                    m.date_assumed = d.date_assumed;
                    m.evidence = d.evidence;
                    m.sentence = d.sentence;
                }
                if m.mode == Mode::Unknown {
                    m.mode = d.mode;
                }
                m.confidence = m.confidence.max(d.confidence);
            }
            None => out.push(d),
        }
    }
    out
}

/// Two reports' dates agree when equal, or when either is missing or only
/// the publication date (a headline is dated by its body).
fn dates_agree(a: &Draft, b: &Draft) -> bool {
    a.date.is_none() || b.date.is_none() || a.date_assumed || b.date_assumed || a.date == b.date
}

/// Compiles this module's regexes and tables now, not on first use (see
/// [`crate::Extractor::warm_up`]).
pub(crate) fn warm_up() {
    Lazy::force(&TRIGGER_RE);
    Lazy::force(&PLANNED);
    Lazy::force(&NEGATED);
    Lazy::force(&WITH);
    Lazy::force(&AND);
    Lazy::force(&JOIN_WORD);
    Lazy::force(&TITLE_WORD);
    Lazy::force(&ANAPHOR);
    Lazy::force(&TOPIC_CUE);
    Lazy::force(&TOPIC_STEM_SET);
    Lazy::force(&TOPIC_END);
    Lazy::force(&AT_SEAT);
    Lazy::force(&VISITED);
    Lazy::force(&AT_PLACE);
    Lazy::force(&ATTENDED);
    Lazy::force(&THERE);
    Lazy::force(&DATELINE);
    Lazy::force(&SAME_DAY);
    Lazy::force(&MEETING_BEFORE);
    Lazy::force(&MEETING_OF);
    Lazy::force(&WHERE_AFTER);
    Lazy::force(&PLACE_PREP);
    Lazy::force(&TOPIC_PREP);
    Lazy::force(&MEETING_NOUN_END);
    Lazy::force(&TOPIC_SPLIT);
}

#[cfg(test)]
mod regression {
    use super::*;

    /// A topic phrase of nothing but quotes and stops gives no topic (it once
    /// built a span that ended before it started: "discussed’").
    #[test]
    fn topic_of_only_punctuation_is_none() {
        for f in ["discussed'", "discussed \"\"", "обговорили — ,"] {
            let cue = TOPIC_CUE.find(f).unwrap().end;
            assert!(split_topics(f, Span::new(cue, f.len())).is_empty(), "{f:?}");
        }
    }
}

#[cfg(test)]
mod alternation {
    use super::*;
    use crate::whole_words::word_edged;
    use crate::words::WordAlternation;

    /// Word alternations and whole-word regexes cut boundary characters
    /// off their matches, which needs every match to start and end with a
    /// word character.
    #[test]
    fn alternatives_are_word_edged() {
        let whole = [WITH_WORDS, TOPIC_CUE_WORDS, TOPIC_PREP_WORDS];
        for re in TRIGGERS
            .iter()
            .map(|t| t.re)
            .chain(crate::roles::patterns())
            .chain(whole)
        {
            assert!(word_edged(re), "{re}");
        }
    }

    /// The alternation finds what captures over one big regex found: the
    /// same alternative and span for every match, in every sentence of the
    /// sample and test articles.
    #[test]
    fn matches_agree_with_captures() {
        let alts = |res: Vec<&str>| {
            let groups: Vec<String> = res.iter().map(|a| format!("({a})")).collect();
            let big =
                regex::RegexBuilder::new(&format!(r"(?:^|\W)(?:{})(?:\W|$)", groups.join("|")))
                    .dfa_size_limit(32 << 20)
                    .build()
                    .unwrap();
            (big, WordAlternation::new(res.iter().map(|s| s.to_string())))
        };
        let triggers = alts(TRIGGERS.iter().map(|t| t.re).collect());
        let roles = alts(crate::roles::patterns());
        let root = env!("CARGO_MANIFEST_DIR");
        let mut lines = 0;
        for dir in ["examples/articles", "tests/corpus"] {
            for e in std::fs::read_dir(format!("{root}/{dir}")).unwrap() {
                let text = std::fs::read_to_string(e.unwrap().path()).unwrap_or_default();
                for line in text.lines() {
                    let f = crate::fold::fold(line);
                    for (big, alt) in [&triggers, &roles] {
                        let want: Vec<(usize, Span)> = big
                            .captures_iter(&f)
                            .filter_map(|c| {
                                c.iter().enumerate().skip(1).find_map(|(i, m)| {
                                    m.map(|m| (i - 1, Span::new(m.start(), m.end())))
                                })
                            })
                            .collect();
                        assert_eq!(alt.matches(&f).collect::<Vec<_>>(), want, "{f}");
                    }
                    lines += 1;
                }
            }
        }
        assert!(lines > 100);
    }
}
