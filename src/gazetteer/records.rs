//! The records of a gazetteer, parsed when first used.
//!
//! The embedded lists hold some 38,000 records, and a document names a few
//! dozen of them: parsing them all at start-up would cost more than the
//! rest of it together. A record of the embedded lists keeps its JSON line
//! (already checked when the crate was built) and is parsed on first use;
//! its id and kind are read off the line's start. Records from a user's
//! files are parsed, and checked, when loaded.

use once_cell::sync::OnceCell;

use super::{load, Record};
use crate::EntityKind;

/// One record, parsed or still a line.
#[derive(Clone, Debug)]
pub struct Slot {
    pub id: Box<str>,
    pub kind: EntityKind,
    /// The record's JSON line; empty once given parsed.
    line: &'static str,
    /// May name a country's demonyms (never misses one that does).
    pub demonyms: bool,
    record: OnceCell<Box<Record>>,
}

impl Slot {
    pub fn parsed(record: Record) -> Slot {
        Slot {
            id: record.id.as_str().into(),
            kind: record.kind,
            line: "",
            demonyms: !record.demonyms.is_empty(),
            record: OnceCell::with_value(Box::new(record)),
        }
    }

    /// A slot for a line of the embedded lists, when its start gives the id
    /// and kind (`{"id":"…","kind":"…",`); `None` means parse it now.
    pub fn lazy(line: &'static str) -> Option<Slot> {
        let rest = line.strip_prefix(r#"{"id":""#)?;
        let (id, rest) = rest.split_once('"')?;
        let rest = rest.strip_prefix(r#","kind":""#)?;
        let (kind, _) = rest.split_once('"')?;
        let kind = match kind {
            "person" => EntityKind::Person,
            "organization" => EntityKind::Organization,
            "location" => EntityKind::Location,
            _ => return None,
        };
        if id.contains('\\') {
            return None;
        }
        Some(Slot {
            id: id.into(),
            kind,
            line,
            demonyms: line.contains(r#""demonyms":"#),
            record: OnceCell::new(),
        })
    }

    pub fn get(&self) -> &Record {
        self.record.get_or_init(|| {
            // The embedded lists are parsed and checked by the build script
            // (`build.rs` loads them with this very code), so this holds.
            Box::new(
                load::parse_line(self.line).expect("the embedded lists are checked at build time"),
            )
        })
    }
}

/// The records of a [`Gazetteer`](super::Gazetteer), in load order; index it
/// like a slice: `records[i]`.
#[derive(Clone, Copy, Debug)]
pub struct Records<'a> {
    pub(super) slots: &'a [Slot],
}

impl<'a> Records<'a> {
    /// How many records there are.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The record at `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&'a Record> {
        self.slots.get(i).map(Slot::get)
    }

    /// Every record, in order.
    pub fn iter(&self) -> RecordsIter<'a> {
        RecordsIter(self.slots.iter())
    }
}

impl std::ops::Index<usize> for Records<'_> {
    type Output = Record;

    fn index(&self, i: usize) -> &Record {
        self.slots[i].get()
    }
}

impl<'a> IntoIterator for Records<'a> {
    type Item = &'a Record;
    type IntoIter = RecordsIter<'a>;

    fn into_iter(self) -> RecordsIter<'a> {
        self.iter()
    }
}

/// An iterator over [`Records`].
#[derive(Clone, Debug)]
pub struct RecordsIter<'a>(std::slice::Iter<'a, Slot>);

impl<'a> Iterator for RecordsIter<'a> {
    type Item = &'a Record;

    fn next(&mut self) -> Option<&'a Record> {
        self.0.next().map(Slot::get)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl ExactSizeIterator for RecordsIter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_that_starts_with_id_and_kind_waits_to_be_parsed() {
        let line = r#"{"id":"org:x","kind":"organization","name":"X Corp","demonyms":{}}"#;
        let slot = Slot::lazy(line).unwrap();
        assert_eq!(
            (&*slot.id, slot.kind, slot.demonyms),
            ("org:x", EntityKind::Organization, true)
        );
        assert!(slot.record.get().is_none());
        assert_eq!(slot.get().name, "X Corp");
        assert_eq!(*slot.get(), load::parse_line(line).unwrap());
    }

    #[test]
    fn any_other_line_is_parsed_at_once() {
        for line in [
            r#"{"kind":"person","id":"person:a","name":"A B"}"#,
            r#"{"id":"person:a","name":"A B","kind":"person"}"#,
            r#"{"id":"person:\u0061","kind":"person","name":"A B"}"#,
            r#"{"id":"person:a","kind":"alien","name":"A B"}"#,
        ] {
            assert!(Slot::lazy(line).is_none(), "{line}");
        }
    }
}
