//! Where and when a stretch of an item takes place.
//!
//! A trip ("X arrived in Kyiv on Monday", "прибув з візитом до Києва") sets
//! the place and date of the traveller's meetings after it; a meeting
//! reported without naming anyone ("defence ministers met in Brussels on
//! Tuesday") sets them for every meeting after it. A frame holds until the
//! next one of its item. A meeting's own place and stated date win, and a
//! call or video link takes a frame's date but not its place. A meeting
//! "the same day" ("later that day", "того ж дня") takes the date of the
//! dated meeting before it. A sentence that opens with "There," or "Там"
//! takes the last place of the sentence before.

use super::{date_of, Context, Draft, Unit, UnitKind, Who, LOOK, SAME_DAY, THERE, VISITED};
use crate::fold::Folded;
use crate::sentences::Sentence;
use crate::words::inside;
use crate::{EntityKind, Mode, Status};
use chrono::NaiveDate;

/// The place and date a sentence sets for the meetings after it.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Frame {
    pub item: usize,
    pub sentence: usize,
    pub place: Option<usize>,
    pub date: Option<NaiveDate>,
    /// Whose trip it is: the frame holds for their meetings only.
    pub traveller: Option<Who>,
    /// The frame holds for its own sentence only ("There, he met").
    pub here_only: bool,
}

impl Frame {
    /// The frame a meeting without participants sets, if it tells where or
    /// when.
    pub fn of_report(d: &Draft) -> Option<Frame> {
        let date = d.date.filter(|_| !d.date_assumed);
        (d.status == Status::Held && (d.location.is_some() || date.is_some())).then_some(Frame {
            item: d.item,
            sentence: d.sentence,
            place: d.location,
            date,
            traveller: None,
            here_only: false,
        })
    }
}

/// The trip sentence `si` reports: a person, then a place led by a travel
/// word ("arrived in", "visited", "прибув до").
pub(super) fn trip(
    ctx: &Context<'_>,
    si: usize,
    s: &Sentence,
    folded: &Folded<'_>,
    units: &[Unit],
) -> Option<Frame> {
    if !units.iter().any(|u| matches!(u.kind, UnitKind::Entity(_))) {
        return None;
    }
    let f = folded.as_str();
    let &(place_span, place) = inside(ctx.mentions, s.span, |m| m.0)
        .iter()
        .filter(|(sp, e)| s.span.contains(*sp) && ctx.entities[*e].kind == EntityKind::Location)
        .find(|(sp, _)| {
            // The folded text is lower-cased already. A longer lead than a
            // meeting's place: "прибув з робочим візитом до".
            let at = folded.to_folded(sp.start - s.span.start);
            let mut from = at.saturating_sub(96);
            while !f.is_char_boundary(from) {
                from += 1;
            }
            VISITED.is_match(&f[from..at])
        })?;
    let traveller = units.iter().rev().find_map(|u| match u.kind {
        UnitKind::Entity(e) if u.span.end <= place_span.start => Some(Who::Doc(e)),
        _ => None,
    })?;
    let (date, assumed) = date_of(ctx, s);
    Some(Frame {
        item: s.item,
        sentence: si,
        place: Some(place),
        date: date.filter(|_| !assumed),
        traveller: Some(traveller),
        here_only: false,
    })
}

/// The frame of a sentence that opens with "there" ("There, he met",
/// "Там він мав зустріч"): where the meeting of the sentence before was,
/// and when; else the last place that sentence names (not its date, which
/// may be of another of its places).
pub(super) fn there(
    ctx: &Context<'_>,
    si: usize,
    s: &Sentence,
    last: Option<&Draft>,
) -> Option<Frame> {
    let prev = ctx.sentences[..si].last().filter(|p| p.item == s.item)?;
    if !THERE.is_match(&ctx.text[s.span]) {
        return None;
    }
    let met =
        last.filter(|d| d.sentence + 1 == si && d.status == Status::Held && d.location.is_some());
    let (place, date) = match met {
        Some(d) => (d.location?, d.date.filter(|_| !d.date_assumed)),
        None => {
            let place = inside(ctx.mentions, prev.span, |m| m.0)
                .iter()
                .rev()
                .find(|(sp, e)| {
                    prev.span.contains(*sp) && ctx.entities[*e].kind == EntityKind::Location
                })
                .map(|&(_, e)| e)?;
            (place, None)
        }
    };
    Some(Frame {
        item: s.item,
        sentence: si,
        place: Some(place),
        date,
        traveller: None,
        here_only: true,
    })
}

/// Gives each held meeting the place and date its frame sets, where its
/// own sentence tells none, and a "same day" meeting the date before it.
pub(super) fn apply(ctx: &Context<'_>, frames: &[Frame], drafts: &mut [Draft]) {
    let mut last_dated: Option<(usize, NaiveDate)> = None;
    for d in drafts.iter_mut() {
        if d.status != Status::Held {
            continue;
        }
        // Frames are in sentence order; a bounded look keeps it linear.
        let j = frames.partition_point(|f| f.sentence <= d.sentence);
        let frame = frames[j.saturating_sub(LOOK)..j].iter().rev().find(|f| {
            f.item == d.item
                && f.sentence <= d.sentence
                && f.traveller.is_none_or(|t| d.participants.contains(&t))
                && (!f.here_only || f.sentence == d.sentence)
        });
        if let Some(f) = frame {
            let remote = matches!(d.mode, Mode::Phone | Mode::Video);
            if d.location.is_none() && !remote {
                d.location = f.place;
                if d.location.is_some() && d.mode == Mode::Unknown {
                    d.mode = Mode::InPerson;
                }
            }
            if d.date_assumed && f.date.is_some() {
                set_date(d, f.date);
            }
        }
        if d.date_assumed {
            if let Some((item, date)) = last_dated {
                if item == d.item && SAME_DAY.is_match(&ctx.text[d.evidence]) {
                    set_date(d, Some(date));
                }
            }
        }
        if let (false, Some(date)) = (d.date_assumed, d.date) {
            last_dated = Some((d.item, date));
        }
    }
}

/// Dates a meeting that had only the publication date: no longer less
/// sure for it (see `Meeting::confidence`).
fn set_date(d: &mut Draft, date: Option<NaiveDate>) {
    d.date = date;
    d.date_assumed = false;
    // In hundredths, as the confidences are written.
    d.confidence = ((d.confidence * 100.0).round() + 10.0).min(100.0) / 100.0;
}
