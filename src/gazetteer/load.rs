//! Parsing gazetteer files, with errors that name the file and the line.

use super::{Gender, GivenName, Record};
use crate::fold::fold_char;
use crate::{EntityKind, Error};

/// Parses JSONL records; blank lines and `#` comments are skipped.
pub(super) fn parse_jsonl(source: &str, text: &str) -> Result<Vec<(usize, Record)>, Error> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let record = parse_line(line).map_err(|m| Error::gazetteer(source, line_no, m))?;
        out.push((line_no, record));
    }
    Ok(out)
}

/// Parses and checks one JSONL record.
pub(super) fn parse_line(line: &str) -> Result<Record, String> {
    let record: Record = serde_json::from_str(line).map_err(|e| e.to_string())?;
    check(&record)?;
    Ok(record)
}

fn check(r: &Record) -> Result<(), String> {
    if r.id.trim().is_empty() {
        return Err("the id is empty".into());
    }
    if folds_to_nothing(&r.name) {
        return Err(format!("record {:?} has an empty name", r.id));
    }
    let all_names = r
        .names
        .values()
        .chain(r.context_aliases.values())
        .chain(r.surnames.values())
        .flatten()
        .chain(&r.aliases);
    for n in all_names {
        if folds_to_nothing(n) {
            return Err(format!("record {:?} has an empty name or alias", r.id));
        }
    }
    for role in &r.roles {
        if role.to.is_some_and(|to| to < role.from) {
            return Err(format!(
                "record {:?}: role {:?} ends ({}) before it starts ({})",
                r.id,
                role.role,
                role.to.unwrap(),
                role.from
            ));
        }
    }
    if r.kind == EntityKind::Person && r.gender.is_none() && has_cyrillic_names(r) {
        return Err(format!(
            "person {:?} has Ukrainian or Russian names but no \"gender\" (\"m\" or \"f\"), which their declension needs",
            r.id
        ));
    }
    Ok(())
}

/// Whether `s` folds to nothing at all (folding drops spaces at the ends,
/// marks and invisible characters); stops at the first that stays.
fn folds_to_nothing(s: &str) -> bool {
    let mut buf = String::new();
    s.trim().chars().all(|c| {
        buf.clear();
        fold_char(c, &mut buf);
        buf.is_empty()
    })
}

fn has_cyrillic_names(r: &Record) -> bool {
    r.names.contains_key("uk") || r.names.contains_key("ru")
}

/// Parses `name<TAB>gender<TAB>lang` lines.
pub(super) fn parse_given_names(source: &str, text: &str) -> Result<Vec<GivenName>, Error> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = trimmed.split('\t').map(str::trim).collect();
        let [name, gender, lang] = cols[..] else {
            return Err(Error::gazetteer(
                source,
                line_no,
                format!(
                    "expected 3 tab-separated columns (name, gender, lang), found {}",
                    cols.len()
                ),
            ));
        };
        if folds_to_nothing(name) {
            return Err(Error::gazetteer(source, line_no, "the name is empty"));
        }
        let gender = match gender {
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            "u" | "" => None,
            other => {
                return Err(Error::gazetteer(
                    source,
                    line_no,
                    format!("gender must be m, f or u, not {other:?}"),
                ))
            }
        };
        out.push(GivenName {
            name: name.to_string(),
            gender,
            lang: lang.to_string(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    fn err_line(text: &str) -> (usize, String) {
        match parse_jsonl("t.jsonl", text).unwrap_err().kind() {
            ErrorKind::Gazetteer { line, message, .. } => (*line, message.clone()),
            k => panic!("unexpected {k:?}"),
        }
    }

    #[test]
    fn good_lines_parse_and_comments_skip() {
        let text = "# comment\n\n{\"id\":\"org:x\",\"kind\":\"organization\",\"name\":\"X\",\"aliases\":[\"XX\"]}\n";
        let recs = parse_jsonl("t.jsonl", text).unwrap();
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].0, 3);
        assert_eq!(recs[0].1.aliases, vec!["XX"]);
    }

    #[test]
    fn bad_lines_name_their_line() {
        let ok = "{\"id\":\"a\",\"kind\":\"location\",\"name\":\"A\"}\n";
        assert_eq!(err_line(&format!("{ok}{{not json\n")).0, 2);
        let (line, msg) = err_line(&format!(
            "{ok}{ok}{{\"id\":\"b\",\"kind\":\"planet\",\"name\":\"B\"}}\n"
        ));
        assert_eq!(line, 3);
        assert!(msg.contains("planet"), "{msg}");
        let (_, msg) = err_line("{\"id\":\"b\",\"kind\":\"location\",\"name\":\"B\",\"nmes\":{}}");
        assert!(msg.contains("nmes"), "{msg}");
        let (_, msg) = err_line("{\"id\":\"b\",\"kind\":\"location\",\"name\":\"  \"}");
        assert!(msg.contains("empty name"), "{msg}");
        let (_, msg) = err_line("{\"id\":\"p\",\"kind\":\"person\",\"name\":\"P Q\",\"roles\":[{\"role\":\"x\",\"of\":\"iso:UA\",\"from\":\"2024-01-02\",\"to\":\"2023-01-01\"}]}");
        assert!(msg.contains("ends"), "{msg}");
        let (_, msg) = err_line(
            "{\"id\":\"p\",\"kind\":\"person\",\"name\":\"P Q\",\"names\":{\"uk\":[\"П К\"]}}",
        );
        assert!(msg.contains("gender"), "{msg}");
        let (_, msg) = err_line("{\"id\":\"p\",\"kind\":\"person\",\"name\":\"P Q\",\"roles\":[{\"role\":\"x\",\"of\":\"iso:UA\",\"from\":\"2024-13-02\"}]}");
        assert!(msg.contains("month") || msg.contains("input"), "{msg}");
    }

    #[test]
    fn given_names_parse_and_refuse_bad_lines() {
        let g = parse_given_names(
            "g.tsv",
            "# name\tgender\tlang\nOleksandr\tm\ten\nОлена\tf\tuk\n",
        )
        .unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g[1].gender, Some(Gender::Female));
        let e = parse_given_names("g.tsv", "Oleksandr\tm\ten\nBad line\n").unwrap_err();
        assert!(e.to_string().starts_with("g.tsv:2:"), "{e}");
        let e = parse_given_names("g.tsv", "X\tq\ten\n").unwrap_err();
        assert!(e.to_string().contains("m, f or u"), "{e}");
    }
}
