//! The extraction's output: plain, serde-serialisable values.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Span;

/// The three kinds of entity `gazette` finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation: a body, a government, a ministry, an army, a company.
    Organization,
    /// A place: a country, a city, a region.
    Location,
}

impl EntityKind {
    /// The kind's name as written in gazetteers and output.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
        }
    }
}

/// The language of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// English.
    En,
    /// Ukrainian.
    Uk,
    /// Russian.
    Ru,
}

impl Lang {
    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
            Lang::Ru => "ru",
        }
    }
}

/// One place in the text where an entity is named.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// First byte of the mention in the original text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// `&text[start..end]`.
    pub text: String,
    /// How sure the link to the entity is, from 0 to 1: 1.0 for a full name
    /// or alias, 0.95 for a surname alone where the person is named in full,
    /// 0.9 for an abbreviation the text defines, 0.85 for a context alias
    /// ("the Alliance") or a spelling variant of a named person, 0.8 for a
    /// surname alone, 0.7 for a person recognised from a given name or title,
    /// 0.6 for a near-miss spelling of a known person ("Sébastien Lecorne").
    pub confidence: f32,
}

impl Mention {
    pub(crate) fn new(text: &str, span: Span, confidence: f32) -> Mention {
        Mention {
            start: span.start,
            end: span.end,
            text: text[span].to_string(),
            confidence,
        }
    }

    /// The mention's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// An entity named in a document, with every mention of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// The Wikidata QID where known, else a stable id of the gazetteer's or,
    /// for people the gazetteer does not know, one derived from the name.
    pub id: String,
    /// The canonical English name.
    pub name: String,
    /// Person, organisation or location.
    pub kind: EntityKind,
    /// Whether the entity comes from the gazetteer (`false`: recognised from context).
    pub known: bool,
    /// For people recognised from context: the title the text gives them
    /// ("Lieutenant General", "Deputy Minister", "генерал-майор").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// A reference from a meeting to an entity.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct EntityRef {
    /// The entity's id, as in [`Entity::id`].
    pub id: String,
    /// The canonical English name.
    pub name: String,
    /// Person, organisation or location.
    pub kind: EntityKind,
}

/// How the participants met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Face to face.
    InPerson,
    /// By telephone.
    Phone,
    /// By video link.
    Video,
    /// The text does not say.
    Unknown,
}

/// Whether a meeting took place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Reported as having taken place.
    Held,
    /// Reported as planned, expected or intended: not (yet) held.
    Planned,
}

/// A span of text with its content: a topic or an evidence sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snippet {
    /// First byte in the original text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `&text[start..end]`.
    pub text: String,
}

impl Snippet {
    pub(crate) fn new(text: &str, span: Span) -> Snippet {
        Snippet {
            start: span.start,
            end: span.end,
            text: text[span].to_string(),
        }
    }

    /// The snippet's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A meeting between two or more participants.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meeting {
    /// Who met: people, or organisations where a group met ("EU defence ministers").
    pub participants: Vec<EntityRef>,
    /// Where, when the text says: in the meeting's sentence, or by a trip
    /// or report before it ("X arrived in Kyiv on Monday"; not for calls).
    pub location: Option<EntityRef>,
    /// When: stated in the text (in the sentence, by a trip or report
    /// before it, or "the same day" as the meeting before), or the
    /// publication date when the text reports the meeting as just held
    /// (with a lower confidence).
    pub date: Option<NaiveDate>,
    /// In person, by phone, by video, or unknown.
    pub mode: Mode,
    /// What was discussed: spans of the text.
    pub topics: Vec<Snippet>,
    /// The sentence that reports the meeting.
    pub evidence: Snippet,
    /// Held or only planned.
    pub status: Status,
    /// How sure the rule is, from 0 to 1: 0.9 for a meeting verb with both
    /// participants in its clause, lower where a participant or the date was
    /// inferred (a role resolved on the date, the publication date used).
    pub confidence: f32,
}

/// Everything found in one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The document's language, as detected.
    pub lang: Lang,
    /// The publication date, as given or read from the article's header.
    pub published: Option<NaiveDate>,
    /// The entities, in order of first mention.
    pub entities: Vec<Entity>,
    /// The meetings, in text order.
    pub meetings: Vec<Meeting>,
}
