//! The lists embedded in the crate, so it runs with no set-up.

/// `(source name, JSONL text)` of every default list.
pub(super) const JSONL: &[(&str, &str)] = &[
    (
        "gazetteers/countries.jsonl",
        include_str!("../../gazetteers/countries.jsonl"),
    ),
    (
        "gazetteers/places.jsonl",
        include_str!("../../gazetteers/places.jsonl"),
    ),
    (
        "gazetteers/organizations.jsonl",
        include_str!("../../gazetteers/organizations.jsonl"),
    ),
    (
        "gazetteers/people.jsonl",
        include_str!("../../gazetteers/people.jsonl"),
    ),
];

/// The given names.
pub(super) const GIVEN_NAMES: (&str, &str) = (
    "gazetteers/given_names.tsv",
    include_str!("../../gazetteers/given_names.tsv"),
);
