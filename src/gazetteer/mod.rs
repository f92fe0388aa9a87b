//! Gazetteer records and their loading.
//!
//! A [`Gazetteer`] is a list of [`Record`]s (people, organisations, places)
//! plus a list of given names, built once by a [`GazetteerBuilder`] from JSONL
//! files in the format `gazetteers/README.md` describes.

mod default;
mod load;
mod records;
mod stats;

pub use records::{Records, RecordsIter};
pub use stats::GazetteerStats;

use records::Slot;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use chrono::NaiveDate;
use once_cell::sync::OnceCell;
use serde::{Deserialize, Serialize};

use crate::{EntityKind, Error};

/// One entity of the gazetteer: a person, an organisation or a place.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Stable, unique id (`iso:UA`, `geonames:703448`, `org:nato`, `person:rustem-umerov`).
    pub id: String,
    /// Person, organisation or location.
    pub kind: EntityKind,
    /// Canonical English name.
    pub name: String,
    /// Wikidata QID, where certain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Language code → full names; `uk` and `ru` names are declined.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, Vec<String>>,
    /// Forms matched as written (after folding), never declined.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Forms that name the entity only where it is named otherwise too.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub context_aliases: BTreeMap<String, Vec<String>>,
    /// People: surnames where the last word of a name is not the surname.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub surnames: BTreeMap<String, Vec<String>>,
    /// People: `m` or `f`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// People: the posts they held, with dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
    /// A finer type: `country`, `city`, `ministry`, `media`, ...
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// ISO 3166-1 alpha-2 code of the country it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Places: population, to prefer the bigger of two places of one name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
    /// Countries: language → adjectives ("French", "французький").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub demonyms: BTreeMap<String, Vec<String>>,
    /// The names are also common words: demand a capital letter and context.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ambiguous: bool,
}

impl Record {
    /// The id used in output: the Wikidata QID where known, else [`Record::id`].
    pub fn output_id(&self) -> &str {
        self.wikidata.as_deref().unwrap_or(&self.id)
    }

    /// Whether the person held `role` of `of` on `date`.
    pub fn holds(&self, role: &str, of: &str, date: NaiveDate) -> bool {
        self.roles
            .iter()
            .any(|r| r.role == role && r.of == of && r.covers(date))
    }
}

/// A person's grammatical gender, which picks the declension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    /// Masculine.
    #[serde(rename = "m")]
    Male,
    /// Feminine.
    #[serde(rename = "f")]
    Female,
}

/// A post a person held, from one date to another.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The post: `defence_minister`, `foreign_minister`, `head_of_state`, ...
    pub role: String,
    /// The id of the country (`iso:US`) or organisation (`org:nato`).
    pub of: String,
    /// First day in post.
    pub from: NaiveDate,
    /// Last day in post; `None` while the post is held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    /// The post's full title, where it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

impl Role {
    /// Whether the post was held on `date`.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.from <= date && self.to.is_none_or(|to| date <= to)
    }
}

/// A given name, for recognising people the gazetteer does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GivenName {
    /// The name as written (nominative).
    pub name: String,
    /// Its gender, where known.
    pub gender: Option<Gender>,
    /// The language it is written in: `en` for Latin script, `uk`, `ru`.
    pub lang: String,
}

/// An immutable set of records and given names.
///
/// Build one with [`Gazetteer::builder`] or take the embedded default with
/// [`Gazetteer::default_lists`].
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    slots: Vec<Slot>,
    by_id: HashMap<Box<str>, usize>,
    given_names: Vec<GivenName>,
    /// `(role, of)` → the people who ever held it, built on first use.
    posts: OnceCell<HashMap<(String, String), Vec<u32>>>,
}

impl Gazetteer {
    /// A builder with no lists in it.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// The default lists embedded in the crate.
    pub fn default_lists() -> Result<Gazetteer, Error> {
        let mut b = Gazetteer::builder();
        b.add_default()?;
        b.finish()
    }

    /// Every record, in load order.
    pub fn records(&self) -> Records<'_> {
        Records { slots: &self.slots }
    }

    /// The record with this id.
    pub fn get(&self, id: &str) -> Option<&Record> {
        self.by_id.get(id).map(|&i| self.slots[i].get())
    }

    /// Record `i`.
    pub(crate) fn record(&self, i: usize) -> &Record {
        self.slots[i].get()
    }

    /// The id of record `i`, without parsing it.
    pub(crate) fn id(&self, i: usize) -> &str {
        &self.slots[i].id
    }

    /// The kind of record `i`, without parsing it.
    #[allow(dead_code)] // used by build.rs
    pub(crate) fn kind(&self, i: usize) -> EntityKind {
        self.slots[i].kind
    }

    /// The indices of the records of `kind`, without parsing them.
    pub(crate) fn indices_of(&self, kind: EntityKind) -> impl Iterator<Item = usize> + '_ {
        (0..self.slots.len()).filter(move |&i| self.slots[i].kind == kind)
    }

    /// The people who ever held `role` of `of`, in load order.
    pub(crate) fn people_with_post(&self, role: &str, of: &str) -> &[u32] {
        let posts = self.posts.get_or_init(|| {
            let mut posts: HashMap<(String, String), Vec<u32>> = HashMap::new();
            for i in self.indices_of(EntityKind::Person) {
                for x in &self.record(i).roles {
                    let v = posts.entry((x.role.clone(), x.of.clone())).or_default();
                    if v.last() != Some(&(i as u32)) {
                        v.push(i as u32);
                    }
                }
            }
            posts
        });
        posts
            .get(&(role.to_string(), of.to_string()))
            .map_or(&[], Vec::as_slice)
    }

    /// The indices of the records that may have demonyms.
    pub(crate) fn with_demonyms(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.slots.len()).filter(move |&i| self.slots[i].demonyms)
    }

    /// The given names.
    pub fn given_names(&self) -> &[GivenName] {
        &self.given_names
    }
}

/// Builds a [`Gazetteer`] from the default lists and files of one's own.
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    slots: Vec<Slot>,
    /// Per record: its source (an index into `sources`) and line.
    origins: Vec<(u32, u32)>,
    sources: Vec<String>,
    given_names: Vec<GivenName>,
}

impl GazetteerBuilder {
    /// Adds the lists embedded in the crate.
    pub fn add_default(&mut self) -> Result<&mut Self, Error> {
        for (name, text) in default::JSONL {
            let source = self.sources.len() as u32;
            self.sources.push(name.to_string());
            for (i, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let slot = match Slot::lazy(line) {
                    Some(slot) => slot,
                    None => Slot::parsed(
                        load::parse_line(line).map_err(|m| Error::gazetteer(name, i + 1, m))?,
                    ),
                };
                self.slots.push(slot);
                self.origins.push((source, i as u32 + 1));
            }
        }
        self.add_given_names(default::GIVEN_NAMES.0, default::GIVEN_NAMES.1)?;
        Ok(self)
    }

    /// Adds records from JSONL text; `source` names it in errors.
    pub fn add_jsonl(&mut self, source: &str, text: &str) -> Result<&mut Self, Error> {
        let records = load::parse_jsonl(source, text)?;
        let source_index = self.sources.len() as u32;
        self.sources.push(source.to_string());
        for (line, record) in records {
            self.slots.push(Slot::parsed(record));
            self.origins.push((source_index, line as u32));
        }
        Ok(self)
    }

    /// Adds records from a JSONL file.
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        if path.extension().is_some_and(|e| e == "tsv") {
            self.add_given_names(&path.display().to_string(), &text)
        } else {
            self.add_jsonl(&path.display().to_string(), &text)
        }
    }

    /// Adds given names from TSV text (`name<TAB>m|f|u<TAB>lang`).
    pub fn add_given_names(&mut self, source: &str, text: &str) -> Result<&mut Self, Error> {
        self.given_names
            .extend(load::parse_given_names(source, text)?);
        Ok(self)
    }

    /// Checks the records against each other and builds the gazetteer.
    ///
    /// Fails when two records share an id.
    pub fn build(&self) -> Result<Gazetteer, Error> {
        self.clone().finish()
    }

    /// [`build`](Self::build), without copying the records.
    pub(crate) fn finish(self) -> Result<Gazetteer, Error> {
        let origin = |i: usize| {
            let (source, line) = self.origins[i];
            format!("{}:{line}", self.sources[source as usize])
        };
        let mut by_id = HashMap::with_capacity(self.slots.len());
        for (i, s) in self.slots.iter().enumerate() {
            if let Some(&first) = by_id.get(&s.id) {
                return Err(Error::duplicate_id(&s.id, origin(first), origin(i)));
            }
            by_id.insert(s.id.clone(), i);
        }
        Ok(Gazetteer {
            slots: self.slots,
            by_id,
            given_names: self.given_names,
            posts: OnceCell::new(),
        })
    }
}
