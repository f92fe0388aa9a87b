//! Matching and resolution rules on sentences written for the purpose:
//! longest match, capitals, context aliases, surnames and places.

use gazette::{Document, Extractor};
use once_cell::sync::Lazy;

static EXTRACTOR: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_default_gazetteer().expect("the default gazetteer loads"));

/// `(surface, canonical name)` of every mention in `text`.
fn mentions(text: &str) -> Vec<(String, String)> {
    let x = EXTRACTOR.extract(&Document::new(text));
    let mut out = Vec::new();
    for e in &x.entities {
        for m in &e.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
            out.push((m.text.clone(), e.name.clone()));
        }
    }
    out
}

struct Case {
    name: &'static str,
    text: &'static str,
    present: &'static [(&'static str, &'static str)],
    absent: &'static [(&'static str, &'static str)],
}

const CASES: &[Case] = &[
    Case {
        name: "longest match wins",
        text: "He spoke to the General Staff of the Armed Forces of Ukraine today.",
        present: &[(
            "General Staff of the Armed Forces of Ukraine",
            "General Staff of the Armed Forces of Ukraine",
        )],
        absent: &[
            ("Armed Forces of Ukraine", "Armed Forces of Ukraine"),
            ("Ukraine", "Ukraine"),
        ],
    },
    Case {
        name: "a surname names the person named in full before",
        text: "Lloyd Austin arrived on Monday. Later Austin said the talks went well.",
        present: &[("Austin", "Lloyd Austin")],
        absent: &[("Austin", "Austin")],
    },
    Case {
        name: "a place followed by its state stays a place",
        text: "Lloyd Austin spoke in Austin, Texas, on Friday.",
        present: &[
            ("Lloyd Austin", "Lloyd Austin"),
            ("Austin", "Austin"),
            ("Texas", "Texas"),
        ],
        absent: &[("Austin", "Lloyd Austin")],
    },
    Case {
        name: "a lone surname without a rival names the person",
        text: "Stoltenberg said the allies would deliver more air defence.",
        present: &[("Stoltenberg", "Jens Stoltenberg")],
        absent: &[],
    },
    Case {
        name: "acronyms need capitals",
        text: "The US and NATO told us that nato rules apply.",
        present: &[("US", "United States"), ("NATO", "NATO")],
        absent: &[("us", "United States"), ("nato", "NATO")],
    },
    Case {
        name: "lower-case common words are no places",
        text: "It was a nice day, and reading the mobile news was easy.",
        present: &[],
        absent: &[
            ("nice", "Nice"),
            ("reading", "Reading"),
            ("mobile", "Mobile"),
        ],
    },
    Case {
        name: "a context alias needs its record or country named",
        text: "NATO ministers met. The Alliance agreed on more aid.",
        present: &[("The Alliance", "NATO")],
        absent: &[],
    },
    Case {
        name: "a context alias alone is nothing",
        text: "The Alliance agreed on more aid.",
        present: &[],
        absent: &[("The Alliance", "NATO"), ("Alliance", "NATO")],
    },
    Case {
        name: "Congress is the US Congress where the US is named",
        text: "The United States needs Congress to act.",
        present: &[("Congress", "United States Congress")],
        absent: &[],
    },
    Case {
        name: "whole words only in Ukrainian",
        text: "Київська область і київський транспорт, але Київ — столиця.",
        present: &[("Київ", "Kyiv")],
        absent: &[("Київська", "Kyiv"), ("київський", "Kyiv")],
    },
    Case {
        name: "declined places and people",
        text: "Умєров зустрівся у Києві з Марком Рютте та Андрієм Сибігою.",
        present: &[
            ("Києві", "Kyiv"),
            ("Марком Рютте", "Mark Rutte"),
            ("Андрієм Сибігою", "Andrii Sybiha"),
            ("Умєров", "Rustem Umerov"),
        ],
        absent: &[],
    },
    Case {
        name: "a place named like a given name before a surname is a person's name",
        text: "Vladimir Putin spoke on Tuesday.",
        present: &[("Vladimir Putin", "Vladimir Putin")],
        absent: &[("Vladimir", "Vladimir")],
    },
    Case {
        name: "an abbreviation in brackets names the entity again",
        text:
            "The Territorial Defence Forces of Ukraine (TDFU) grew. The TDFU now trains civilians.",
        present: &[("TDFU", "Territorial Defense Forces (Ukraine)")],
        absent: &[],
    },
    Case {
        name: "a near miss of a known name with its given name beside it",
        text: "Rustem Umerov met his French counterpart Sébastien Lecorne.",
        present: &[("Sébastien Lecorne", "Sébastien Lecornu")],
        absent: &[],
    },
    Case {
        name: "a known surname after someone else's given name is someone else",
        text: "The report by Taras Vlasiuk came out. Звіт підготував Тарас Власюк.",
        present: &[("Taras Vlasiuk", "Taras Vlasiuk")],
        absent: &[
            ("Vlasiuk", "Vladyslav Vlasiuk"),
            ("Власюк", "Vladyslav Vlasiuk"),
        ],
    },
    Case {
        name: "a surname that is also a given name needs the full name",
        text: "Antony Blinken flew in. Bohdan said so.",
        present: &[("Antony Blinken", "Antony Blinken")],
        absent: &[("Bohdan", "Andriy Bohdan")],
    },
    Case {
        name: "a place named like a common word needs a place's context",
        text: "The Trade Deal was a Hit. Fighting near Hit went on; ferries left Deal, Kent.",
        present: &[("Hit", "Hīt"), ("Deal", "Deal")],
        absent: &[],
    },
    Case {
        name: "a city of a million named like a word needs no more context",
        text: "Officials said Sofia and Kyiv had agreed.",
        present: &[("Sofia", "Sofia")],
        absent: &[],
    },
    Case {
        name: "nor does a common word named like a place match without it",
        text: "The Trade Deal was a Hit with Split votes.",
        present: &[],
        absent: &[("Deal", "Deal"), ("Hit", "Hīt"), ("Split", "Split")],
    },
    Case {
        name: "a short word in capitals is an acronym, not a small town",
        text: "Our NER model found it.\nKYIV, March 3 — Talks went on in SPLIT and NER.",
        present: &[("KYIV", "Kyiv"), ("SPLIT", "Split")],
        absent: &[("NER", "Ner")],
    },
];

#[test]
fn matching_rules() {
    let mut failures = Vec::new();
    for c in CASES {
        let got = mentions(c.text);
        for (surface, name) in c.present {
            if !got.iter().any(|(s, n)| s == surface && n == name) {
                failures.push(format!(
                    "{}: missing {surface:?} -> {name:?}; got {got:?}",
                    c.name
                ));
            }
        }
        for (surface, name) in c.absent {
            if got.iter().any(|(s, n)| s == surface && n == name) {
                failures.push(format!("{}: unexpected {surface:?} -> {name:?}", c.name));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn people_found_by_rule_carry_their_title() {
    let text = "Lieutenant General Anatolii Testenko, the commander, spoke. \
                Later Testenko left. Author: Iryna Prykladna";
    let x = EXTRACTOR.extract(&Document::new(text));
    let role = |name: &str| {
        x.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name} in {:?}", x.entities))
            .role
            .clone()
    };
    assert_eq!(
        role("Anatolii Testenko").as_deref(),
        Some("Lieutenant General")
    );
    assert_eq!(role("Iryna Prykladna").as_deref(), Some("Author"));
    let testenko = x
        .entities
        .iter()
        .find(|e| e.name == "Anatolii Testenko")
        .unwrap();
    assert_eq!(testenko.mentions.len(), 2, "the surname alone is linked");
    assert!(!testenko.known);
}

#[test]
fn a_common_word_surname_needs_the_full_name() {
    let mut g = gazette::Gazetteer::builder();
    g.add_jsonl(
        "mine.jsonl",
        r#"{"id":"person:alex-wood","kind":"person","name":"Alex Wood","ambiguous":true}
{"id":"person:petra-quell","kind":"person","name":"Petra Quell"}"#,
    )
    .unwrap();
    let x = gazette::Extractor::new(g.build().unwrap()).unwrap();
    let names = |text: &str| -> Vec<String> {
        let out = x.extract(&Document::new(text));
        out.entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| format!("{}={}", m.text, e.name)))
            .collect()
    };
    assert_eq!(names("Wood was cut. Quell spoke."), ["Quell=Petra Quell"]);
    assert_eq!(
        names("Alex Wood arrived. Later Wood spoke."),
        ["Alex Wood=Alex Wood", "Wood=Alex Wood"]
    );
}

#[test]
fn a_nul_byte_inside_a_name_breaks_it() {
    // NUL anywhere in a name, the trie must not read it as no byte at all.
    for name in [
        "Rustem Umerov",
        "Умеров",
        "Kyiv Oblast",
        "Каспарсом Пудансом",
        "Штарлінгеру",
        "Armed Forces of Ukraine",
    ] {
        for (i, _) in name.char_indices().skip(1) {
            let text = format!("Talks: {}\0{} today.", &name[..i], &name[i..]);
            for (surface, entity) in mentions(&text) {
                assert!(!surface.contains('\0'), "{text:?}: {surface:?} -> {entity}");
            }
        }
    }
}

/// `(surface, record name)` of every bare gazetteer match in `text`.
fn bare_matches(doc: &Document<'_>) -> Vec<(String, String)> {
    let records = EXTRACTOR.gazetteer().records();
    EXTRACTOR
        .matches(doc)
        .iter()
        .map(|m| {
            let s = m.span();
            (doc.text()[s].to_string(), records[m.record()].name.clone())
        })
        .collect()
}

#[test]
fn bare_matches_keep_overlaps_case_forms_and_skip_the_header() {
    let text = " date 2024-12-18 Kyiv\nNATO troops left Kyiv Oblast for Київщину; у Києві — nato.";
    let doc = Document::new(text);
    let found = bare_matches(&doc);
    let has = |surface: &str, name: &str| found.iter().any(|(s, n)| s == surface && n == name);
    // The longer form and the one inside it both stay.
    assert!(has("Kyiv Oblast", "Kyiv Oblast"), "{found:?}");
    assert!(has("Kyiv", "Kyiv"), "{found:?}");
    assert!(has("Києві", "Kyiv"), "{found:?}");
    assert!(has("NATO", "NATO"), "{found:?}");
    // An acronym in lower case is not the acronym.
    assert!(!found.iter().any(|(s, _)| s == "nato"), "{found:?}");
    // The header's "Kyiv" is not article text.
    let body = doc.body_start();
    assert!(EXTRACTOR
        .matches(&doc)
        .iter()
        .all(|m| m.span().start >= body));
    assert_eq!(
        found.iter().filter(|(s, _)| s == "Kyiv").count(),
        2,
        "{found:?}"
    );
    // In order of their end, the longest first at one end.
    let spans: Vec<_> = EXTRACTOR.matches(&doc).iter().map(|m| m.span()).collect();
    assert!(spans
        .windows(2)
        .all(|w| (w[0].end, std::cmp::Reverse(w[0].start))
            <= (w[1].end, std::cmp::Reverse(w[1].start))));
}

#[test]
fn every_full_name_mention_is_among_the_bare_matches() {
    let text = "Rustem Umerov met Mark Rutte at NATO headquarters in Brussels; \
                Умєров зустрівся з Рютте у Брюсселі.";
    let doc = Document::new(text);
    let bare: Vec<_> = EXTRACTOR.matches(&doc).iter().map(|m| m.span()).collect();
    let x = EXTRACTOR.entities(&doc);
    let mut checked = 0;
    for e in x.iter().filter(|e| e.known) {
        for m in &e.mentions {
            // A full name or alias (1.0) is a form; linked surnames,
            // variants and near misses come from rules.
            if m.confidence == 1.0 {
                assert!(
                    bare.iter().any(|s| s.start == m.start && s.end == m.end),
                    "{} at {}..{}",
                    m.text,
                    m.start,
                    m.end
                );
                checked += 1;
            }
        }
    }
    // Rustem Umerov, Mark Rutte, NATO, Brussels, Брюсселі.
    assert_eq!(checked, 5);
}
