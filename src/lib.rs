/*!
`gazette` finds the people, organisations and places in English and
Ukrainian (and some Russian) news text with gazetteers, and links them into
typed meetings: who met whom, where, when, in what mode and about what.

If you just want to run it over a folder of articles, see the `extract`
example: `cargo run --release --example extract -- DIR`.

# Overview

* [`Extractor`] holds the gazetteer and its matcher. Build it once; it is
  immutable, `Send` and `Sync`.
* [`Document`] is a borrowed text with its publication date.
* [`Extraction`] is what [`Extractor::extract`] returns: every [`Entity`]
  with all its [`Mention`]s, and every [`Meeting`]. All are plain,
  serde-serialisable values; every offset is a byte offset into the
  document's text, on char boundaries.
* [`Extractor::matches`] gives the bare gazetteer matches instead: every
  whole-word form found, as a [`Match`] (a span and a record), overlaps
  included, before any rule.
* [`Gazetteer`] and [`GazetteerBuilder`] load lists of one's own, in the
  JSONL format of `gazetteers/README.md`.
* [`Report`] gathers many files' extractions into one self-contained HTML
  page: a who-met-whom graph, a table of meetings, each article with its
  mentions highlighted.

# Example: who met whom

```
use gazette::{Document, Extractor, Mode};

let extractor = Extractor::with_default_gazetteer()?;
let text = " date 2024-12-18 Rustem Umerov met John Healey in Kyiv. \
            They discussed air defence and drone production.";
let result = extractor.extract(&Document::new(text));

let m = &result.meetings[0];
let who: Vec<&str> = m.participants.iter().map(|p| p.name.as_str()).collect();
assert_eq!(who, ["Rustem Umerov", "John Healey"]);
assert_eq!(m.location.as_ref().unwrap().name, "Kyiv");
assert_eq!(m.date.unwrap().to_string(), "2024-12-18");
assert_eq!(m.mode, Mode::InPerson);
assert_eq!(m.topics[0].text, "air defence");
# Ok::<(), gazette::Error>(())
```

# Example: Ukrainian inflection

Names are found in every case form, and each mention's offsets slice the
original text.

```
use gazette::{Document, Extractor};

let extractor = Extractor::with_default_gazetteer()?;
let text = "Рустем Умєров провів зустріч у Києві з Марком Рютте.";
let result = extractor.extract(&Document::new(text));

let kyiv = result.entities.iter().find(|e| e.name == "Kyiv").unwrap();
let m = &kyiv.mentions[0];
assert_eq!(&text[m.start..m.end], "Києві");
let who: Vec<&str> = result.meetings[0].participants.iter().map(|p| p.name.as_str()).collect();
assert_eq!(who, ["Rustem Umerov", "Mark Rutte"]);
# Ok::<(), gazette::Error>(())
```

# Example: a gazetteer of one's own

```
use gazette::{Document, Extractor};

let extractor = Extractor::builder()
    .default_gazetteer(false)
    .gazetteer_jsonl("mine.jsonl", r#"{"id":"org:acme","kind":"organization","name":"Acme Corp","aliases":["ACME"]}"#)
    .build()?;
let result = extractor.extract(&Document::new("ACME said so; acme did not."));
assert_eq!(result.entities[0].mentions.len(), 1);
# Ok::<(), gazette::Error>(())
```
*/

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod dates;
mod demonyms;
mod document;
mod error;
mod extractor;
mod fold;
mod forms;
mod gazetteer;
mod inflect;
mod matcher;
mod meetings;
mod names;
mod plover;
mod report;
mod resolve;
mod roles;
mod sentences;
mod span;
mod types;
mod whole_words;
mod word_runs;
mod words;

pub use crate::document::Document;
pub use crate::error::{Error, ErrorKind};
pub use crate::extractor::{Extractor, ExtractorBuilder};
pub use crate::fold::{fold, Folded};
pub use crate::gazetteer::{
    Gazetteer, GazetteerBuilder, GazetteerStats, Gender, GivenName, Record, Records, RecordsIter,
    Role,
};
pub use crate::matcher::Match;
pub use crate::plover::{plover_mode, to_plover, PloverActor, PloverEvent};
pub use crate::report::Report;
pub use crate::span::Span;
pub use crate::types::{
    Entity, EntityKind, EntityRef, Extraction, Lang, Meeting, Mention, Mode, Snippet, Status,
};

/// Helpers the unit tests share.
#[cfg(test)]
pub(crate) mod testing {
    /// A fixed pseudo-random walk (xorshift): `next(n)` is below `n`, and
    /// the same seed gives the same texts on every run.
    pub(crate) fn walk(mut seed: u64) -> impl FnMut(usize) -> usize {
        move |n| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        }
    }
}

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}
    fn assert_copy<T: Copy>() {}

    #[test]
    fn public_types_are_send_and_sync() {
        assert_send_sync::<crate::Extractor>();
        assert_send_sync::<crate::Gazetteer>();
        assert_send_sync::<crate::Extraction>();
        assert_send_sync::<crate::Error>();
        assert_send_sync::<crate::Match>();
        assert_copy::<crate::Match>();
        assert_copy::<crate::Span>();
    }
}

/// The README's examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
