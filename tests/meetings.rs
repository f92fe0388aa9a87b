//! Meetings, pattern by pattern: one invented sentence (or short text) per
//! pattern and per negative, in English, Ukrainian and Russian.
//!
//! Each row is a text (with an optional ` date YYYY-MM-DD ` header) and the
//! meetings expected from it, each written as
//! `"participants sorted, joined by + | status | mode | location | date"`,
//! with `-` for no location or no date. Plans are expected as `planned`
//! (never dated); refusals, negations and commentary give no meeting.

use gazette::{Document, Extraction, Extractor, Meeting};
use once_cell::sync::Lazy;

static EXTRACTOR: Lazy<Extractor> =
    Lazy::new(|| Extractor::with_default_gazetteer().expect("the default gazetteer loads"));

/// Publication date of most rows: Thursday, 5 December 2024.
const D: &str = " date 2024-12-05 ";

fn extract(text: &str) -> Extraction {
    EXTRACTOR.extract(&Document::new(text))
}

fn describe(m: &Meeting) -> String {
    let mut who: Vec<&str> = m.participants.iter().map(|p| p.name.as_str()).collect();
    who.sort_unstable();
    format!(
        "{} | {} | {} | {} | {}",
        who.join(" + "),
        json(&m.status),
        json(&m.mode),
        m.location.as_ref().map_or("-", |l| l.name.as_str()),
        m.date.map_or("-".to_string(), |d| d.to_string()),
    )
}

/// A unit enum's name as serialised ("held", "in_person").
fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Every topic and evidence span slices its own text.
fn check_slices(text: &str, x: &Extraction) {
    for m in &x.meetings {
        for s in m.topics.iter().chain(std::iter::once(&m.evidence)) {
            assert_eq!(
                text.get(s.start..s.end),
                Some(s.text.as_str()),
                "span {}..{} of {text:?}",
                s.start,
                s.end
            );
        }
    }
}

fn run(rows: &[(&str, &[&str])]) {
    let mut failures = Vec::new();
    let mut rendered = String::new();
    for (text, expected) in rows {
        let text = if text.starts_with(" date ") {
            text.to_string()
        } else {
            format!("{D}{text}")
        };
        let x = extract(&text);
        check_slices(&text, &x);
        let got: Vec<String> = x.meetings.iter().map(describe).collect();
        rendered.push_str(&format!("{}\n", text.trim()));
        for m in &x.meetings {
            rendered.push_str(&format!("  - {}\n", describe(m)));
            for t in &m.topics {
                rendered.push_str(&format!("    topic {:?}\n", t.text));
            }
        }
        rendered.push('\n');
        let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
        if got != want {
            failures.push(format!("{text}\n   want {want:#?}\n    got {got:#?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n\n")
    );
    // The whole output, topics included, for review beside the rows; named
    // after the test, as this helper serves them all.
    let thread = std::thread::current();
    let test = thread
        .name()
        .and_then(|n| n.rsplit("::").next())
        .unwrap_or("meetings");
    insta::assert_snapshot!(test, rendered);
}

#[test]
fn english_patterns() {
    run(&[
        (
            "Sybiha met with Polish Foreign Minister Radosław Sikorski and EU foreign policy chief Kaja Kallas in Brussels.",
            &["Andrii Sybiha + Kaja Kallas + Radosław Sikorski | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Rustem Umerov met John Healey in London.",
            &["John Healey + Rustem Umerov | held | in_person | London | 2024-12-05"],
        ),
        (
            "Andrii Sybiha meets Antony Blinken in Washington.",
            &["Andrii Sybiha + Antony Blinken | held | in_person | Washington, D.C. | 2024-12-05"],
        ),
        (
            "Andrii Sybiha had a meeting with David Lammy on December 4.",
            &["Andrii Sybiha + David Lammy | held | in_person | - | 2024-12-04"],
        ),
        (
            "Rustem Umerov held talks with Boris Pistorius in Berlin.",
            &["Boris Pistorius + Rustem Umerov | held | in_person | Berlin | 2024-12-05"],
        ),
        (
            "Talks with Radosław Sikorski: Andrii Sybiha held talks with Radosław Sikorski in Warsaw.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-05"],
        ),
        (
            "Andrii Sybiha discussed energy security with Radosław Sikorski.",
            &["Andrii Sybiha + Radosław Sikorski | held | unknown | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov and Władysław Kosiniak-Kamysz discussed joint drone production.",
            &["Rustem Umerov + Władysław Kosiniak-Kamysz | held | unknown | - | 2024-12-05"],
        ),
        (
            "Volodymyr Zelenskyy hosted Keir Starmer in Kyiv.",
            &["Keir Starmer + Volodymyr Zelenskyy | held | in_person | Kyiv | 2024-12-05"],
        ),
        (
            "Volodymyr Zelenskyy received Mark Rutte in Kyiv yesterday.",
            &["Mark Rutte + Volodymyr Zelenskyy | held | in_person | Kyiv | 2024-12-04"],
        ),
        (
            "Rustem Umerov welcomed Sébastien Lecornu in Odesa.",
            &["Rustem Umerov + Sébastien Lecornu | held | in_person | Odesa | 2024-12-05"],
        ),
        (
            "Andrii Sybiha visited Warsaw, where he met Radosław Sikorski.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-05"],
        ),
        (
            "Andrii Sybiha spoke by phone with Jean-Noël Barrot.",
            &["Andrii Sybiha + Jean-Noël Barrot | held | phone | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov had a phone call with Lloyd Austin on Monday.",
            &["Lloyd Austin + Rustem Umerov | held | phone | - | 2024-12-02"],
        ),
        (
            "Volodymyr Zelenskyy spoke with Emmanuel Macron on the phone.",
            &["Emmanuel Macron + Volodymyr Zelenskyy | held | phone | - | 2024-12-05"],
        ),
        (
            "Andrii Sybiha held a video call with Kaja Kallas.",
            &["Andrii Sybiha + Kaja Kallas | held | video | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov took part in a videoconference with John Healey.",
            &["John Healey + Rustem Umerov | held | video | - | 2024-12-05"],
        ),
        (
            "Andrii Sybiha had a conversation with David Lammy.",
            &["Andrii Sybiha + David Lammy | held | unknown | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov, Boris Pistorius and John Healey held talks in Berlin.",
            &["Boris Pistorius + John Healey + Rustem Umerov | held | in_person | Berlin | 2024-12-05"],
        ),
        (
            "Andrii Sybiha met with David Lammy and Jean-Noël Barrot.",
            &["Andrii Sybiha + David Lammy + Jean-Noël Barrot | held | in_person | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov held a meeting in Kyiv with Lloyd Austin.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | Kyiv | 2024-12-05"],
        ),
        (
            "Rustem Umerov was received by Lloyd Austin in Washington.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | Washington, D.C. | 2024-12-05"],
        ),
        (
            "Emmanuel Macron hosted Volodymyr Zelenskyy in Paris on Friday.",
            &["Emmanuel Macron + Volodymyr Zelenskyy | held | in_person | Paris | 2024-11-29"],
        ),
        (
            "Andrii Sybiha, who arrived in Warsaw on Monday, met Radosław Sikorski.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-02"],
        ),
        (
            "Rustem Umerov, the Ukrainian defence minister, met Lloyd Austin.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov met his French counterpart in Paris.",
            &["Rustem Umerov + Sébastien Lecornu | held | in_person | Paris | 2024-12-05"],
        ),
        (
            "Rustem Umerov met the Pentagon chief in Washington.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | Washington, D.C. | 2024-12-05"],
        ),
        (
            "Andrii Sybiha spoke by phone with the British Foreign Secretary.",
            &["Andrii Sybiha + David Lammy | held | phone | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov met EU defence ministers in Brussels.",
            &["European Union + Rustem Umerov | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "On December 3, Rustem Umerov met John Healey.",
            &["John Healey + Rustem Umerov | held | in_person | - | 2024-12-03"],
        ),
        (
            "Andrii Sybiha met David Lammy in Kyiv on 03.12.2024.",
            &["Andrii Sybiha + David Lammy | held | in_person | Kyiv | 2024-12-03"],
        ),
        (
            " date 2025-03-10 Pete Hegseth met Rustem Umerov at the Pentagon.",
            &["Pete Hegseth + Rustem Umerov | held | in_person | The Pentagon | 2025-03-10"],
        ),
    ]);
}

#[test]
fn english_discourse() {
    run(&[
        (
            "Rustem Umerov met John Healey in Kyiv. The sides also discussed drone production.",
            &["John Healey + Rustem Umerov | held | in_person | Kyiv | 2024-12-05"],
        ),
        (
            "Andrii Sybiha held talks with Radosław Sikorski. They also focused on energy.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | - | 2024-12-05"],
        ),
        (
            "Umerov meets Healey in London\n\nRustem Umerov met John Healey in London on Tuesday. \
             Rustem Umerov thanked John Healey for the aid.",
            &["John Healey + Rustem Umerov | held | in_person | London | 2024-12-03"],
        ),
        (
            "Sybiha meets Sikorski in Warsaw\n11:53, 09.03.2025\n\
             Umerov holds talks with Healey in London\n10:20, 08.03.2025\n\
             Andrii Sybiha, Radosław Sikorski, Rustem Umerov and John Healey are in the news.\n",
            &[
                "Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2025-03-09",
                "John Healey + Rustem Umerov | held | in_person | London | 2025-03-08",
            ],
        ),
        (
            "Rustem Umerov met John Healey in Kyiv. Later, Rustem Umerov met Boris Pistorius in Berlin.",
            &[
                "John Healey + Rustem Umerov | held | in_person | Kyiv | 2024-12-05",
                "Boris Pistorius + Rustem Umerov | held | in_person | Berlin | 2024-12-05",
            ],
        ),
    ]);
}

#[test]
fn english_negatives() {
    run(&[
        (
            "Pete Hegseth plans to meet Rustem Umerov on the sidelines of the next contact group meeting.",
            &["Pete Hegseth + Rustem Umerov | planned | in_person | - | -"],
        ),
        (
            "Rustem Umerov will meet John Healey in London.",
            &["John Healey + Rustem Umerov | planned | in_person | London | -"],
        ),
        (
            "Andrii Sybiha plans to meet Jean-Noël Barrot next week.",
            &["Andrii Sybiha + Jean-Noël Barrot | planned | in_person | - | -"],
        ),
        (
            "Volodymyr Zelenskyy is ready to hold talks with Vladimir Putin if the fighting stops.",
            &["Vladimir Putin + Volodymyr Zelenskyy | planned | in_person | - | -"],
        ),
        (
            "Rustem Umerov is expected to meet Lloyd Austin on Friday.",
            &["Lloyd Austin + Rustem Umerov | planned | in_person | - | -"],
        ),
        (
            "Rustem Umerov did not meet Lloyd Austin during the visit.",
            &[],
        ),
        ("Andrii Sybiha refused to meet Sergey Lavrov.", &[]),
        (
            "Andrii Sybiha could not meet Jean-Noël Barrot in Paris.",
            &[],
        ),
        ("Andrii Sybiha never met Sergey Lavrov.", &[]),
        (
            "Emmanuel Macron urged Volodymyr Zelenskyy and Vladimir Putin to meet.",
            &["Vladimir Putin + Volodymyr Zelenskyy | planned | in_person | - | -"],
        ),
        (
            "Sergey Lavrov commented on Antony Blinken's remarks about the talks.",
            &[],
        ),
        (
            "Volodymyr Zelenskyy thanked Emmanuel Macron for the support.",
            &[],
        ),
        ("Rustem Umerov met soldiers in Kharkiv.", &[]),
        (
            "Mark Rutte said that the allies would discuss air defence.",
            &[],
        ),
        (
            "Rustem Umerov and John Healey signed a memorandum in London.",
            &[],
        ),
    ]);
}

#[test]
fn ukrainian_patterns() {
    run(&[
        (
            " date 2025-03-04 Міністри оборони України та Литви обговорили у вівторок у Вільнюсі спільне виробництво дронів.",
            &["Dovilė Šakalienė + Rustem Umerov | held | in_person | Vilnius | 2025-03-04"],
        ),
        (
            "Рустем Умєров зустрівся з Джоном Гілі у Лондоні.",
            &["John Healey + Rustem Umerov | held | in_person | London | 2024-12-05"],
        ),
        (
            "Кая Каллас зустрілася з Андрієм Сибігою в Брюсселі.",
            &["Andrii Sybiha + Kaja Kallas | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Рустем Умєров і Борис Пісторіус зустрілися в Берліні.",
            &["Boris Pistorius + Rustem Umerov | held | in_person | Berlin | 2024-12-05"],
        ),
        (
            "Андрій Сибіга провів зустріч з Радославом Сікорським у Варшаві.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-05"],
        ),
        (
            "Рустем Умєров провів зустріч у Києві з Ллойдом Остіном.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | Kyiv | 2024-12-05"],
        ),
        (
            "Зустріч Рустема Умєрова з Ллойдом Остіном відбулася в Брюсселі.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Андрій Сибіга провів переговори з Жаном-Ноелем Барро.",
            &["Andrii Sybiha + Jean-Noël Barrot | held | in_person | - | 2024-12-05"],
        ),
        (
            "Андрій Сибіга обговорив з Девідом Леммі енергетичну безпеку.",
            &["Andrii Sybiha + David Lammy | held | unknown | - | 2024-12-05"],
        ),
        (
            "Рустем Умєров і Джон Гілі обговорили виробництво дронів.",
            &["John Healey + Rustem Umerov | held | unknown | - | 2024-12-05"],
        ),
        (
            "Андрій Сибіга обговорив з Радославом Сікорським і Жаном-Ноелем Барро підтримку України.",
            &["Andrii Sybiha + Jean-Noël Barrot + Radosław Sikorski | held | unknown | - | 2024-12-05"],
        ),
        (
            "Андрій Сибіга, Радослав Сікорський та Жан-Ноель Барро провели переговори у Варшаві.",
            &["Andrii Sybiha + Jean-Noël Barrot + Radosław Sikorski | held | in_person | Warsaw | 2024-12-05"],
        ),
        (
            "Володимир Зеленський прийняв Марка Рютте в Києві.",
            &["Mark Rutte + Volodymyr Zelenskyy | held | in_person | Kyiv | 2024-12-05"],
        ),
        (
            "Андрій Сибіга відвідав Варшаву, де зустрівся з Радославом Сікорським.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-05"],
        ),
        (
            "Андрій Сибіга провів телефонну розмову з Жаном-Ноелем Барро.",
            &["Andrii Sybiha + Jean-Noël Barrot | held | phone | - | 2024-12-05"],
        ),
        (
            "Відбулася телефонна розмова Володимира Зеленського з Емманюелем Макроном.",
            &["Emmanuel Macron + Volodymyr Zelenskyy | held | phone | - | 2024-12-05"],
        ),
        (
            "У розмові з Девідом Леммі Андрій Сибіга наголосив на потребі посилити ППО.",
            &["Andrii Sybiha + David Lammy | held | unknown | - | 2024-12-05"],
        ),
        (
            "Рустем Умєров провів переговори у форматі відеозв'язку з Джоном Гілі.",
            &["John Healey + Rustem Umerov | held | video | - | 2024-12-05"],
        ),
        (
            "Андрій Сибіга, який у понеділок прибув до Варшави, зустрівся з Радославом Сікорським.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-02"],
        ),
        (
            "Вчора Рустем Умєров зустрівся з Ллойдом Остіном.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | - | 2024-12-04"],
        ),
        (
            "4 грудня Андрій Сибіга зустрівся з Девідом Леммі.",
            &["Andrii Sybiha + David Lammy | held | in_person | - | 2024-12-04"],
        ),
        (
            "У понеділок Андрій Сибіга провів переговори з Антоні Блінкеном.",
            &["Andrii Sybiha + Antony Blinken | held | in_person | - | 2024-12-02"],
        ),
        (
            "Андрій Сибіга зустрівся з Кає Каллас 03.12.2024 у Брюсселі.",
            &["Andrii Sybiha + Kaja Kallas | held | in_person | Brussels | 2024-12-03"],
        ),
        (
            " date 2025-02-10 Міністри оборони України та Литви обговорили постачання зброї.",
            &["Dovilė Šakalienė + Rustem Umerov | held | unknown | - | 2025-02-10"],
        ),
        (
            "Андрій Сибіга обговорив з британським колегою підтримку України.",
            &["Andrii Sybiha + David Lammy | held | unknown | - | 2024-12-05"],
        ),
        (
            "Рустем Умєров зустрівся з міністрами оборони ЄС у Брюсселі.",
            &["European Union + Rustem Umerov | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Рустем Умєров зустрівся у Брюсселі з Марком Рютте.",
            &["Mark Rutte + Rustem Umerov | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Андрія Сибігу прийняв у Варшаві Радослав Сікорський.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-05"],
        ),
    ]);
}

#[test]
fn ukrainian_discourse() {
    run(&[
        (
            "Рустем Умєров зустрівся з Джоном Гілі. Сторони також обговорили виробництво дронів.",
            &["John Healey + Rustem Umerov | held | in_person | - | 2024-12-05"],
        ),
        (
            "Умєров зустрівся з Гілі у Лондоні\n\nРустем Умєров учора зустрівся з Джоном Гілі у Лондоні.",
            &["John Healey + Rustem Umerov | held | in_person | London | 2024-12-04"],
        ),
        (
            "Сибіга зустрівся з Сікорським\n11:53, 09.03.2025\n\
             Умєров провів переговори з Гілі\n10:20, 08.03.2025\n\
             Андрій Сибіга, Радослав Сікорський, Рустем Умєров і Джон Гілі — у новинах.\n",
            &[
                "Andrii Sybiha + Radosław Sikorski | held | in_person | - | 2025-03-09",
                "John Healey + Rustem Umerov | held | in_person | - | 2025-03-08",
            ],
        ),
    ]);
}

#[test]
fn ukrainian_negatives() {
    run(&[
        (
            "Рустем Умєров зустрінеться з Джоном Гілі у Лондоні.",
            &["John Healey + Rustem Umerov | planned | in_person | London | -"],
        ),
        (
            "Андрій Сибіга планує обговорити з Радославом Сікорським постачання зброї.",
            &["Andrii Sybiha + Radosław Sikorski | planned | unknown | - | -"],
        ),
        ("Рустем Умєров не зміг зустрітися з Ллойдом Остіном.", &[]),
        (
            "Андрій Сибіга відмовився зустрічатися з Сергієм Лавровим.",
            &[],
        ),
        ("Андрій Сибіга не зустрічався з Сергієм Лавровим.", &[]),
        (
            "Володимир Зеленський заявив, що готовий до зустрічі з Володимиром Путіним.",
            &["Vladimir Putin + Volodymyr Zelenskyy | planned | in_person | - | -"],
        ),
        (
            "Сергій Лавров прокоментував слова Антоні Блінкена про переговори.",
            &[],
        ),
        (
            "Володимир Зеленський подякував Емманюелю Макрону за підтримку.",
            &[],
        ),
        ("Рустем Умєров зустрівся з військовими на Харківщині.", &[]),
    ]);
}

#[test]
fn russian() {
    run(&[
        (
            "Рустем Умеров встретился с Ллойдом Остином в Вашингтоне.",
            &["Lloyd Austin + Rustem Umerov | held | in_person | Washington, D.C. | 2024-12-05"],
        ),
        (
            "Андрей Сибига провел переговоры с Радославом Сикорским.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | - | 2024-12-05"],
        ),
        (
            "Рустем Умеров и Джон Хили обсудили поставки оружия.",
            &["John Healey + Rustem Umerov | held | unknown | - | 2024-12-05"],
        ),
        ("Сергей Лавров не встретился с Энтони Блинкеном.", &[]),
        (
            "Сергей Лавров встретится с Энтони Блинкеном.",
            &["Antony Blinken + Sergey Lavrov | planned | in_person | - | -"],
        ),
    ]);
}

/// Topics: the spans after "discussed", "focused on", "about", "regarding",
/// "обговорили", "щодо", "про", split at coordination.
#[test]
fn topics() {
    let rows: &[(&str, &[&str])] = &[
        (
            "Andrii Sybiha met David Lammy in Kyiv. They discussed energy security, air defence and the \"peace formula\".",
            &["energy security", "air defence", "peace formula"],
        ),
        (
            "Рустем Умєров і Джон Гілі обговорили виробництво дронів та посилення ППО.",
            &["виробництво дронів", "посилення ППО"],
        ),
        (
            "Андрій Сибіга та Радослав Сікорський обговорили, які кроки потрібні для вступу України до ЄС.",
            &["які кроки потрібні для вступу України до ЄС"],
        ),
        (
            "Rustem Umerov held talks with John Healey about air defence for the winter.",
            &["air defence for the winter"],
        ),
        (
            "Andrii Sybiha spoke by phone with Jean-Noël Barrot regarding sanctions against Russia, the ministry said.",
            &["sanctions against Russia"],
        ),
        (
            "Andrii Sybiha held talks with Radosław Sikorski. They also focused on energy.",
            &["energy"],
        ),
        (
            "Рустем Умєров зустрівся з Джоном Гілі. Сторони також обговорили «коаліцію охочих» та постачання ППО.",
            &["коаліцію охочих", "постачання ППО"],
        ),
        (
            "Андрій Сибіга провів розмову з Жаном-Ноелем Барро щодо санкцій проти Росії.",
            &["санкцій проти Росії"],
        ),
        (
            "Rustem Umerov discussed air defence with John Healey. Kyiv was calm.",
            &["air defence"],
        ),
        (
            "Rustem Umerov met John Healey. The sides discussed the situation at the front, which remains difficult.",
            &["the situation at the front"],
        ),
        (
            "Андрій Сибіга провів переговори з Девідом Леммі про посилення санкцій.",
            &["посилення санкцій"],
        ),
        (
            "Rustem Umerov had a phone call with Lloyd Austin on air defence and the F-16 programme.",
            &["air defence", "F-16 programme"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, expected) in rows {
        let text = format!("{D}{text}");
        let x = extract(&text);
        check_slices(&text, &x);
        let got: Vec<&str> = x
            .meetings
            .iter()
            .flat_map(|m| m.topics.iter().map(|t| t.text.as_str()))
            .collect();
        if x.meetings.len() != 1 || got != *expected {
            failures.push(format!(
                "{text}\n   want {expected:?}\n    got {got:?} in {} meetings",
                x.meetings.len()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows fail:\n\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n\n")
    );
}

/// Who else took part: attendance words after a meeting join their people
/// to it; a word about something else, a negation or no meeting before
/// adds no one.
#[test]
fn attendance() {
    run(&[
        (
            "Rustem Umerov met John Healey in London. Boris Pistorius attended in person, \
             while Mark Rutte joined by video link.",
            &["Boris Pistorius + John Healey + Mark Rutte + Rustem Umerov | held | in_person | London | 2024-12-05"],
        ),
        (
            "Rustem Umerov held talks with John Healey in Berlin. Mark Rutte, who also took part, \
             said more help was coming. Boris Pistorius told the meeting that Germany would send \
             more launchers.",
            &["Boris Pistorius + John Healey + Mark Rutte + Rustem Umerov | held | in_person | Berlin | 2024-12-05"],
        ),
        (
            "Andrii Sybiha held a video call with Kaja Kallas. Taking part were David Lammy from \
             London and Jean-Noël Barrot from Paris.",
            &["Andrii Sybiha + David Lammy + Jean-Noël Barrot + Kaja Kallas | held | video | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov held a video conference with his counterparts from Britain and France.",
            &["John Healey + Rustem Umerov + Sébastien Lecornu | held | video | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov met John Healey in London. Boris Pistorius attended a concert in the \
             evening. Mark Rutte joined the board of a bank.",
            &["John Healey + Rustem Umerov | held | in_person | London | 2024-12-05"],
        ),
        (
            "Rustem Umerov met John Healey in London. Mark Rutte never attended.",
            &["John Healey + Rustem Umerov | held | in_person | London | 2024-12-05"],
        ),
        ("Boris Pistorius attended in person.", &[]),
        (
            "Rustem Umerov met Władysław Kosiniak-Kamysz. Kosiniak-Kamysz proposed a repair hub \
             in Poland, which Umerov welcomed.",
            &["Rustem Umerov + Władysław Kosiniak-Kamysz | held | in_person | - | 2024-12-05"],
        ),
        (
            "Рустем Умєров зустрівся з Джоном Гілі в Лондоні. У зустрічі також взяв участь Борис \
             Пісторіус.",
            &["Boris Pistorius + John Healey + Rustem Umerov | held | in_person | London | 2024-12-05"],
        ),
        (
            "Рустем Умєров провів переговори з Джоном Гілі в Берліні. Марк Рютте долучився до \
             розмови онлайн.",
            &["John Healey + Mark Rutte + Rustem Umerov | held | in_person | Berlin | 2024-12-05"],
        ),
        (
            "Рустем Умєров зустрівся з Джоном Гілі. Борис Пісторіус не взяв участь у зустрічі.",
            &["John Healey + Rustem Umerov | held | in_person | - | 2024-12-05"],
        ),
        (
            "Андрій Сибіга поговорив з Каєю Каллас.",
            &["Andrii Sybiha + Kaja Kallas | held | unknown | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov took part in a meeting of the Ukraine Defense Contact Group in Brussels.",
            &["Rustem Umerov + Ukraine Defense Contact Group | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Рустем Умєров напередодні взяв участь у засіданні Контактної групи з питань оборони \
             України.",
            &["Rustem Umerov + Ukraine Defense Contact Group | held | in_person | - | 2024-12-04"],
        ),
        (
            "Rustem Umerov never attended a meeting of the Ukraine Defense Contact Group.",
            &[],
        ),
    ]);
}

/// Where and when: a trip sets the place and date of the traveller's
/// meetings after it, a meeting reported without names sets them for the
/// meetings after it, and "the same day" dates a meeting by the one before.
#[test]
fn frames() {
    run(&[
        (
            "Andrii Sybiha arrived in Warsaw on Monday. Sybiha held talks with Radosław Sikorski \
             at the foreign ministry.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-02"],
        ),
        (
            "David Lammy arrived in Kyiv on Monday. Andrii Sybiha met Radosław Sikorski.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | - | 2024-12-05"],
        ),
        (
            "David Lammy arrived in Kyiv on Monday. Lammy spoke by phone with Antony Blinken.",
            &["Antony Blinken + David Lammy | held | phone | - | 2024-12-02"],
        ),
        (
            "David Lammy visited Kyiv on Monday. On Tuesday Lammy travelled to Lviv. Lammy met \
             Andrii Sybiha.",
            &["Andrii Sybiha + David Lammy | held | in_person | Lviv | 2024-12-03"],
        ),
        (
            "David Lammy arrived in Kyiv on Monday. Lammy met Andrii Sybiha on Wednesday.",
            &["Andrii Sybiha + David Lammy | held | in_person | Kyiv | 2024-12-04"],
        ),
        (
            "BRUSSELS, December 4 — Defence ministers met at NATO headquarters in Brussels on \
             Tuesday. The meeting was chaired by Rustem Umerov and John Healey.",
            &["John Healey + Rustem Umerov | held | in_person | Brussels | 2024-12-03"],
        ),
        (
            "KYIV, December 4 — Andrii Sybiha met Radosław Sikorski.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | - | 2024-12-04"],
        ),
        (
            "Rustem Umerov flew in from Brussels, where he met John Healey.",
            &["John Healey + Rustem Umerov | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Rustem Umerov took part in a meeting of the Ukraine Defense Contact Group in Brussels \
             on Tuesday. There, he met John Healey.",
            &[
                "Rustem Umerov + Ukraine Defense Contact Group | held | in_person | Brussels | 2024-12-03",
                "John Healey + Rustem Umerov | held | in_person | Brussels | 2024-12-03",
            ],
        ),
        (
            "Rustem Umerov met John Healey in London on Monday. Later that day, Umerov spoke by \
             phone with Lloyd Austin.",
            &[
                "John Healey + Rustem Umerov | held | in_person | London | 2024-12-02",
                "Lloyd Austin + Rustem Umerov | held | phone | - | 2024-12-02",
            ],
        ),
        (
            "Андрій Сибіга у понеділок прибув з робочим візитом до Варшави. Сибіга провів \
             переговори з Радославом Сікорським.",
            &["Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-02"],
        ),
        (
            "Андрій Сибіга вчора зустрівся з Радославом Сікорським у Варшаві. Того ж дня Сибіга \
             поговорив з Каєю Каллас.",
            &[
                "Andrii Sybiha + Radosław Sikorski | held | in_person | Warsaw | 2024-12-04",
                "Andrii Sybiha + Kaja Kallas | held | unknown | - | 2024-12-04",
            ],
        ),
    ]);
}

/// A pronoun or bare title as the subject ("He met", "Увечері міністр
/// провів розмову") stands for the first person named in the nearest
/// sentence before that names one; "There," puts the meeting at the last
/// place of the sentence before.
#[test]
fn subject_anaphora() {
    run(&[
        (
            "Rustem Umerov arrived in London on Monday. He met John Healey.",
            &["John Healey + Rustem Umerov | held | in_person | London | 2024-12-02"],
        ),
        (
            "Rustem Umerov thanked the allies. Later he spoke by phone with Lloyd Austin.",
            &["Lloyd Austin + Rustem Umerov | held | phone | - | 2024-12-05"],
        ),
        (
            "Volodymyr Zelenskyy said Vladimir Putin did not want peace. He later met Emmanuel \
             Macron.",
            &["Emmanuel Macron + Volodymyr Zelenskyy | held | in_person | - | 2024-12-05"],
        ),
        ("He met John Healey in London.", &[]),
        (
            "Денис Шмигаль прибув до Берліна. Увечері міністр провів телефонну розмову з Марком \
             Рютте.",
            &["Denys Shmyhal + Mark Rutte | held | phone | - | 2024-12-05"],
        ),
        (
            "Рустем Умєров подякував партнерам. Він також зустрівся з Джоном Гілі.",
            &["John Healey + Rustem Umerov | held | in_person | - | 2024-12-05"],
        ),
        (
            "Rustem Umerov came to Vilnius after two days in Brussels. There, he met John Healey.",
            &["John Healey + Rustem Umerov | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Rustem Umerov arrived in Vilnius on Wednesday. He thanked his hosts. There, he met \
             John Healey.",
            &["John Healey + Rustem Umerov | held | in_person | Vilnius | 2024-12-04"],
        ),
        (
            "Рустем Умєров прибув до Вільнюса з Брюсселя. Там він мав окрему зустріч з Джоном \
             Гілі.",
            &["John Healey + Rustem Umerov | held | in_person | Brussels | 2024-12-05"],
        ),
        (
            "Shmyhal in Berlin\n\nDenys Shmyhal met Boris Pistorius. In Berlin, Shmyhal also met \
             arms makers. In the evening Shmyhal spoke by phone with Mark Rutte.",
            &[
                "Boris Pistorius + Denys Shmyhal | held | in_person | Berlin | 2024-12-05",
                "Denys Shmyhal + Mark Rutte | held | phone | - | 2024-12-05",
            ],
        ),
    ]);
}
