//! Counts of a gazetteer's records, per kind and per language.

use std::collections::BTreeMap;
use std::fmt;

use super::Gazetteer;
use crate::EntityKind;

/// How many records of each kind a gazetteer holds, and how many of them
/// have names in each language; see [`Gazetteer::stats`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GazetteerStats {
    /// Records per kind.
    pub records: BTreeMap<EntityKind, usize>,
    /// Records per kind and language code that have at least one name in
    /// that language (the canonical `name` counts as English).
    pub with_names: BTreeMap<(EntityKind, String), usize>,
    /// People with at least one dated role.
    pub people_with_roles: usize,
    /// Dated roles in all.
    pub roles: usize,
    /// Given names.
    pub given_names: usize,
}

impl Gazetteer {
    /// Counts of records per kind and language.
    pub fn stats(&self) -> GazetteerStats {
        let mut s = GazetteerStats {
            given_names: self.given_names.len(),
            ..GazetteerStats::default()
        };
        for r in self.records() {
            *s.records.entry(r.kind).or_default() += 1;
            let mut langs: Vec<&str> = vec!["en"];
            langs.extend(
                r.names
                    .iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(l, _)| l.as_str()),
            );
            langs.sort_unstable();
            langs.dedup();
            for l in langs {
                *s.with_names.entry((r.kind, l.to_string())).or_default() += 1;
            }
            s.roles += r.roles.len();
            s.people_with_roles += (!r.roles.is_empty()) as usize;
        }
        s
    }
}

impl fmt::Display for GazetteerStats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "kind\trecords\ten\tuk\tru")?;
        for (kind, n) in &self.records {
            let per = |l: &str| {
                self.with_names
                    .get(&(*kind, l.to_string()))
                    .copied()
                    .unwrap_or(0)
            };
            writeln!(
                f,
                "{}\t{n}\t{}\t{}\t{}",
                kind.as_str(),
                per("en"),
                per("uk"),
                per("ru")
            )?;
        }
        writeln!(
            f,
            "people with dated roles\t{}\t({} roles)",
            self.people_with_roles, self.roles
        )?;
        write!(f, "given names\t{}", self.given_names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_per_kind_and_language() {
        let mut b = Gazetteer::builder();
        b.add_jsonl(
            "t",
            r#"{"id":"a","kind":"location","name":"A","names":{"uk":["А"]}}
{"id":"b","kind":"location","name":"B"}
{"id":"p","kind":"person","name":"P Q","gender":"m","names":{"ru":["П К"]},"roles":[{"role":"x","of":"iso:UA","from":"2020-01-01"}]}"#,
        )
        .unwrap();
        let s = b.build().unwrap().stats();
        assert_eq!(s.records[&EntityKind::Location], 2);
        assert_eq!(s.with_names[&(EntityKind::Location, "en".to_string())], 2);
        assert_eq!(s.with_names[&(EntityKind::Location, "uk".to_string())], 1);
        assert_eq!(
            s.with_names.get(&(EntityKind::Person, "uk".to_string())),
            None
        );
        assert_eq!((s.people_with_roles, s.roles), (1, 1));
        assert!(s.to_string().starts_with("kind\trecords"));
    }
}
