//! Gazetteer errors name the file, the line and the problem.

use gazette::{ErrorKind, Gazetteer};

const OK: &str = r#"{"id": "org:a", "kind": "organization", "name": "A Org"}"#;

/// Loads `bad` as line 3 of `mine.jsonl` (after a good line and a comment)
/// and returns the error's line, message and display.
fn load_error(bad: &str) -> (usize, String, String) {
    let text = format!("{OK}\n# a comment\n{bad}\n");
    let err = match Gazetteer::builder().add_jsonl("mine.jsonl", &text) {
        Ok(_) => panic!("{bad} loads"),
        Err(e) => e,
    };
    let shown = err.to_string();
    match err.kind() {
        ErrorKind::Gazetteer {
            source,
            line,
            message,
        } => {
            assert_eq!(source, "mine.jsonl");
            (*line, message.clone(), shown)
        }
        k => panic!("unexpected error {k:?}"),
    }
}

fn check(bad: &str, problem: &[&str]) {
    let (line, message, shown) = load_error(bad);
    assert_eq!(line, 3, "{shown}");
    assert!(shown.starts_with("mine.jsonl:3: "), "{shown}");
    for p in problem {
        assert!(message.contains(p), "{p:?} not in {message:?}");
    }
}

#[test]
fn invalid_json() {
    check(
        r#"{"id": "org:b", "kind": "organization", "name": "B""#,
        &["EOF"],
    );
    check("not json", &["expected"]);
}

#[test]
fn unknown_field() {
    check(
        r#"{"id": "org:b", "kind": "organization", "name": "B", "nmae": "x"}"#,
        &["unknown field", "nmae"],
    );
    check(
        r#"{"id": "p:b", "kind": "person", "name": "B C", "roles": [{"role": "x", "of": "iso:UA", "from": "2024-01-01", "until": "2025-01-01"}]}"#,
        &["unknown field", "until"],
    );
}

#[test]
fn bad_date() {
    check(
        r#"{"id": "p:b", "kind": "person", "name": "B C", "roles": [{"role": "x", "of": "iso:UA", "from": "2024-13-01"}]}"#,
        &["out of range"],
    );
    check(
        r#"{"id": "p:b", "kind": "person", "name": "B C", "roles": [{"role": "x", "of": "iso:UA", "from": "1 May 2024"}]}"#,
        &["invalid"],
    );
}

#[test]
fn missing_field() {
    check(
        r#"{"id": "org:b", "kind": "organization"}"#,
        &["missing field", "name"],
    );
    check(
        r#"{"kind": "organization", "name": "B"}"#,
        &["missing field", "id"],
    );
    check(
        r#"{"id": "p:b", "kind": "person", "name": "B C", "roles": [{"role": "x", "from": "2024-01-01"}]}"#,
        &["missing field", "of"],
    );
}

#[test]
fn unknown_kind() {
    check(
        r#"{"id": "org:b", "kind": "planet", "name": "B"}"#,
        &["unknown variant", "planet"],
    );
}

#[test]
fn duplicate_ids_name_both_places() {
    let mut b = Gazetteer::builder();
    b.add_jsonl("one.jsonl", OK).unwrap();
    b.add_jsonl("two.jsonl", &format!("# x\n{OK}")).unwrap();
    let err = b.build().unwrap_err();
    let shown = err.to_string();
    assert!(
        shown.contains("one.jsonl:1") && shown.contains("two.jsonl:2") && shown.contains("org:a"),
        "{shown}"
    );
}

#[test]
fn bad_given_names_name_their_line() {
    let err = Gazetteer::builder()
        .add_given_names("names.tsv", "Olena\tf\tuk\nOleh\tx\tuk\n")
        .unwrap_err();
    assert!(err.to_string().starts_with("names.tsv:2: "), "{err}");
}

/// The invariants of the embedded lists: ids unique (the builder refuses
/// duplicates), roles' dates ordered and their `of` an existing record,
/// every person with an English name and a gender, every name and alias
/// folding to something, a surname that is also a given name marked
/// ambiguous, and each kind present.
#[test]
fn default_lists_keep_their_invariants() {
    let g = gazette::Gazetteer::default_lists().expect("the default lists load");
    let stats = g.stats();
    for kind in [
        gazette::EntityKind::Person,
        gazette::EntityKind::Organization,
        gazette::EntityKind::Location,
    ] {
        assert!(
            stats.records[&kind] > 100,
            "{kind:?}: {}",
            stats.records[&kind]
        );
    }
    let given: std::collections::HashSet<String> = g
        .given_names()
        .iter()
        .map(|n| n.name.to_lowercase())
        .collect();
    let mut problems = Vec::new();
    for r in g.records() {
        // A surname that is also a given name ("Antony", "Bohdan") must not
        // name the person alone: the record says so.
        if r.kind == gazette::EntityKind::Person && !r.ambiguous {
            let by_lang = std::iter::once(("en", &r.name)).chain(
                r.names
                    .iter()
                    .flat_map(|(l, ns)| ns.iter().map(move |n| (l.as_str(), n))),
            );
            for (lang, name) in by_lang {
                let words: Vec<&str> = name.split_whitespace().collect();
                let surnames: Vec<&str> = match r.surnames.get(lang) {
                    Some(s) => s.iter().map(String::as_str).collect(),
                    None if words.len() >= 2 => vec![words[words.len() - 1]],
                    None => vec![],
                };
                for s in surnames {
                    if given.contains(&s.to_lowercase()) {
                        problems.push(format!("{}: surname {s:?} is a given name", r.id));
                    }
                }
            }
        }
        let names = r
            .names
            .values()
            .chain(r.context_aliases.values())
            .chain(r.surnames.values())
            .flatten()
            .chain(&r.aliases)
            .chain(std::iter::once(&r.name));
        for n in names {
            if gazette::fold(n.trim()).is_empty() || n.trim() != n {
                problems.push(format!("{}: name {n:?} is empty or untrimmed", r.id));
            }
        }
        if r.kind == gazette::EntityKind::Person {
            if r.gender.is_none() {
                problems.push(format!("{}: person without a gender", r.id));
            }
            if !r.name.is_ascii()
                && !r
                    .name
                    .chars()
                    .all(|c| c.is_alphabetic() || " -.'".contains(c))
            {
                problems.push(format!("{}: odd English name {:?}", r.id, r.name));
            }
        }
        for role in &r.roles {
            if role.to.is_some_and(|to| to < role.from) {
                problems.push(format!(
                    "{}: role {} ends before it starts",
                    r.id, role.role
                ));
            }
            if g.get(&role.of).is_none() {
                problems.push(format!(
                    "{}: role {} is of unknown {}",
                    r.id, role.role, role.of
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
