//! Meetings as PLOVER events.
//!
//! [PLOVER](https://github.com/openeventdata/PLOVER) (Political Language
//! Ontology for Verifiable Event Records) codes a meeting as the event type
//! `CONSULT`. Each [`Meeting`] becomes one [`PloverEvent`]: the first
//! participant is the source actor, the others the targets; the mode
//! (`meet`, `phone`, `video`, `discuss`) is the event's sub-type; topics are
//! its context; the reporting sentence is its evidence.

use serde::{Deserialize, Serialize};

use crate::{EntityKind, EntityRef, Extraction, Meeting, Mode, Snippet, Status};

/// An actor of a PLOVER event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PloverActor {
    /// The entity's id, as in [`crate::Entity::id`].
    pub id: String,
    /// Its canonical English name.
    pub name: String,
    /// `person`, `organization` or `location`.
    pub kind: EntityKind,
}

impl From<&EntityRef> for PloverActor {
    fn from(r: &EntityRef) -> Self {
        PloverActor {
            id: r.id.clone(),
            name: r.name.clone(),
            kind: r.kind,
        }
    }
}

/// One `CONSULT` event, a line of PLOVER-style JSONL.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PloverEvent {
    /// `"{doc_id}#{n}"`: the document and the meeting's index in it.
    pub event_id: String,
    /// Always `"CONSULT"`.
    pub event_type: String,
    /// The sub-type: `meet` (in person), `phone`, `video` or `discuss`
    /// (the text does not say how).
    pub mode: String,
    /// `held`, or `planned` for a meeting reported as intended.
    pub status: Status,
    /// The event's date, `YYYY-MM-DD`, where known.
    pub event_date: Option<String>,
    /// The publication date of the story, where known.
    pub story_date: Option<String>,
    /// The first participant.
    pub source: PloverActor,
    /// The other participants.
    pub target: Vec<PloverActor>,
    /// Where the meeting took place, where the text says.
    pub location: Option<PloverActor>,
    /// What was discussed: the topic spans' texts.
    pub context: Vec<String>,
    /// The sentence reporting the meeting, with its byte offsets.
    pub evidence: Snippet,
    /// The rule's confidence, from 0 to 1.
    pub confidence: f32,
}

/// The PLOVER sub-type of a meeting mode.
pub fn plover_mode(mode: Mode) -> &'static str {
    match mode {
        Mode::InPerson => "meet",
        Mode::Phone => "phone",
        Mode::Video => "video",
        Mode::Unknown => "discuss",
    }
}

/// One `CONSULT` event per meeting of `extraction`, in text order; `doc_id`
/// (a path, a URL) prefixes the events' ids.
pub fn to_plover(extraction: &Extraction, doc_id: &str) -> Vec<PloverEvent> {
    extraction
        .meetings
        .iter()
        .enumerate()
        .filter_map(|(i, m)| event(m, &format!("{doc_id}#{i}"), extraction))
        .collect()
}

fn event(m: &Meeting, id: &str, x: &Extraction) -> Option<PloverEvent> {
    let (source, target) = m.participants.split_first()?;
    Some(PloverEvent {
        event_id: id.to_string(),
        event_type: "CONSULT".to_string(),
        mode: plover_mode(m.mode).to_string(),
        status: m.status,
        event_date: m.date.map(|d| d.to_string()),
        story_date: x.published.map(|d| d.to_string()),
        source: source.into(),
        target: target.iter().map(PloverActor::from).collect(),
        location: m.location.as_ref().map(PloverActor::from),
        context: m.topics.iter().map(|t| t.text.clone()).collect(),
        evidence: m.evidence.clone(),
        confidence: m.confidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor};

    #[test]
    fn a_meeting_is_a_consult_event() {
        let ex = Extractor::with_default_gazetteer().unwrap();
        let text =
            " date 2024-12-05 Andrii Sybiha spoke by phone with David Lammy about sanctions.";
        let x = ex.extract(&Document::new(text));
        let events = to_plover(&x, "doc");
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!(e.event_id, "doc#0");
        assert_eq!(e.event_type, "CONSULT");
        assert_eq!(e.mode, "phone");
        assert_eq!(e.status, Status::Held);
        assert_eq!(e.event_date.as_deref(), Some("2024-12-05"));
        assert_eq!(e.source.name, "Andrii Sybiha");
        assert_eq!(e.target[0].name, "David Lammy");
        assert_eq!(e.context, ["sanctions"]);
        let json = serde_json::to_value(e).unwrap();
        assert_eq!(json["status"], "held");
        assert_eq!(json["source"]["kind"], "person");
    }
}
