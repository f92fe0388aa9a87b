//! An HTML report of many extractions: one self-contained page with the
//! who-met-whom graph, a table of meetings and every article's text with
//! its mentions highlighted.

mod escape;
mod graph;
mod layout;

use std::collections::HashMap;
use std::io::{self, BufWriter, Write};

use chrono::NaiveDate;
use serde_json::json;

use crate::{EntityKind, EntityRef, Extraction, Lang, Mode, Status};
use escape::{html, script_json};

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// Collects extractions one file at a time and writes them as one
/// self-contained HTML page: no network, scripts or styles from elsewhere.
///
/// Each article is kept as compact JSON (its text and offsets); the page
/// renders one article at a time, so it stays quick with 10,000 of them.
/// All text is escaped: an article containing `<script>` shows it as text.
///
/// ```
/// use gazette::{Document, Extractor, Report};
///
/// let extractor = Extractor::with_default_gazetteer()?;
/// let text = "Rustem Umerov met John Healey in Kyiv.";
/// let mut report = Report::new();
/// report.add("a.txt", text, &extractor.extract(&Document::new(text)));
/// report.add_error("b.txt", "the file is not UTF-8 text");
/// let mut page = Vec::new();
/// report.write_html(&mut page)?;
/// assert!(String::from_utf8(page).unwrap().contains(r#"class="node"#));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Default)]
pub struct Report {
    entities: Vec<EntityInfo>,
    ids: HashMap<String, u32>,
    articles: Vec<ArticleInfo>,
    meetings: Vec<MeetingInfo>,
    errors: Vec<(String, String)>,
}

/// An entity across all articles.
#[derive(Debug)]
struct EntityInfo {
    id: String,
    name: String,
    kind: EntityKind,
    articles: u32,
    mentions: u32,
}

#[derive(Debug)]
struct ArticleInfo {
    path: String,
    lang: Lang,
    published: Option<NaiveDate>,
    mentions: u32,
    meetings: u32,
    /// `{"t": text, "m": [[start, end, entity]], "v": [[start, end, meeting]]}`,
    /// offsets in UTF-16 units as JavaScript counts them, ready for `<script>`.
    body: String,
}

#[derive(Debug)]
struct MeetingInfo {
    article: u32,
    date: Option<NaiveDate>,
    participants: Vec<u32>,
    place: Option<u32>,
    mode: Mode,
    status: Status,
    topics: Vec<String>,
    evidence: String,
    confidence: f32,
}

impl Report {
    /// An empty report.
    pub fn new() -> Report {
        Report::default()
    }

    /// Adds a file's extraction; `text` is the text it was extracted from.
    pub fn add(&mut self, path: &str, text: &str, extraction: &Extraction) {
        let article = self.articles.len() as u32;
        let mut offsets = Vec::new();
        for e in &extraction.entities {
            offsets.extend(e.mentions.iter().flat_map(|m| [m.start, m.end]));
        }
        for m in &extraction.meetings {
            offsets.extend([m.evidence.start, m.evidence.end]);
        }
        let units = Utf16::new(text, offsets);

        let mut mentions = Vec::new();
        for e in &extraction.entities {
            let idx = self.entity(&e.id, &e.name, e.kind);
            let info = &mut self.entities[idx as usize];
            info.articles += 1;
            info.mentions += e.mentions.len() as u32;
            for m in &e.mentions {
                mentions.push([units.get(m.start), units.get(m.end), idx as usize]);
            }
        }
        mentions.sort_unstable();
        let mut evidence = Vec::new();
        for m in &extraction.meetings {
            let participants = m.participants.iter().map(|p| self.entity_ref(p)).collect();
            let place = m.location.as_ref().map(|l| self.entity_ref(l));
            evidence.push([
                units.get(m.evidence.start),
                units.get(m.evidence.end),
                self.meetings.len(),
            ]);
            self.meetings.push(MeetingInfo {
                article,
                date: m.date,
                participants,
                place,
                mode: m.mode,
                status: m.status,
                topics: m.topics.iter().map(|t| t.text.clone()).collect(),
                evidence: m.evidence.text.clone(),
                confidence: m.confidence,
            });
        }
        self.articles.push(ArticleInfo {
            path: path.to_string(),
            lang: extraction.lang,
            published: extraction.published,
            mentions: mentions.len() as u32,
            meetings: extraction.meetings.len() as u32,
            body: script_json(&json!({ "t": text, "m": mentions, "v": evidence })),
        });
    }

    /// Adds a file that could not be processed, with the reason.
    pub fn add_error(&mut self, path: &str, error: &str) {
        self.errors.push((path.to_string(), error.to_string()));
    }

    /// How many files were added, failed ones included.
    pub fn len(&self) -> usize {
        self.articles.len() + self.errors.len()
    }

    /// Whether no file was added.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Writes the page.
    pub fn write_html(&self, w: impl Write) -> io::Result<()> {
        let mut w = BufWriter::new(w);
        writeln!(
            w,
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>gazette report</title>\n<style>{CSS}</style></head>\n<body>"
        )?;
        writeln!(
            w,
            "<header><h1>gazette report</h1><p>{} articles, {} failed, {} entities, {} meetings.\
             <nav><a href=\"#gz-graph-sec\">graph</a> · <a href=\"#gz-meetings\">meetings</a> · \
             <a href=\"#gz-articles\">articles</a> · <a href=\"#gz-failed\">failed files</a></nav></p></header>",
            self.articles.len(),
            self.errors.len(),
            self.entities.len(),
            self.meetings.len()
        )?;

        writeln!(w, "<section id=\"gz-graph-sec\"><h2>Who met whom</h2>")?;
        writeln!(
            w,
            "<div class=\"legend\"><span class=\"dot k-person\"></span>person \
             <span class=\"dot k-organization\"></span>organisation \
             <span class=\"zoom\"><button type=\"button\" data-zoom=\"0.8\">−</button>\
             <button type=\"button\" data-zoom=\"1.25\">+</button>\
             <button type=\"button\" data-zoom=\"0\">fit</button></span></div>"
        )?;
        graph::write_svg(&mut w, &self.entities, &self.meetings)?;
        writeln!(
            w,
            "<div id=\"gz-tip\" hidden></div><div id=\"gz-panel\"></div></section>"
        )?;

        writeln!(
            w,
            "<section id=\"gz-meetings\"><h2>Meetings</h2>\
             <div class=\"bar\"><span id=\"gz-mfilter\"></span> <button type=\"button\" id=\"gz-mclear\" hidden>show all</button>\
             <span class=\"pager\"><button type=\"button\" id=\"gz-mprev\">‹</button> <span id=\"gz-mpage\"></span> \
             <button type=\"button\" id=\"gz-mnext\">›</button></span></div>\
             <table><thead><tr><th>date</th><th>participants</th><th>place</th><th>mode</th>\
             <th>status</th><th>topics</th><th>article and evidence</th></tr></thead>\
             <tbody id=\"gz-mbody\"></tbody></table></section>"
        )?;

        writeln!(
            w,
            "<section id=\"gz-articles\"><h2>Articles</h2><div class=\"cols\"><div class=\"alist\">\
             <input id=\"gz-afilter\" type=\"search\" placeholder=\"filter by path\">\
             <div class=\"pager\"><button type=\"button\" id=\"gz-aprev\">‹</button> <span id=\"gz-apage\"></span> \
             <button type=\"button\" id=\"gz-anext\">›</button></div><ol id=\"gz-alist\"></ol></div>\
             <article id=\"gz-view\"><div class=\"legend\"><mark class=\"m k-person\">person</mark> \
             <mark class=\"m k-organization\">organisation</mark> <mark class=\"m k-location\">place</mark> \
             <span class=\"ev\">meeting evidence</span></div><h3 id=\"gz-vtitle\"></h3>\
             <div id=\"gz-vtext\" class=\"text\"></div></article></div></section>"
        )?;

        writeln!(
            w,
            "<section id=\"gz-failed\"><h2>Files that failed ({})</h2>",
            self.errors.len()
        )?;
        if self.errors.is_empty() {
            writeln!(w, "<p>None.</p>")?;
        } else {
            writeln!(w, "<ul>")?;
            for (path, error) in &self.errors {
                writeln!(w, "<li><code>{}</code>: {}</li>", html(path), html(error))?;
            }
            writeln!(w, "</ul>")?;
        }
        writeln!(w, "</section>")?;

        self.write_data(&mut w)?;
        writeln!(w, "<script>{JS}</script>\n</body></html>")?;
        w.flush()
    }

    /// The data the page's script renders from: one JSON block for the
    /// index, one per article, parsed only when the article is shown.
    fn write_data(&self, w: &mut impl Write) -> io::Result<()> {
        // Written item by item, so no copy of the whole index is built.
        write!(
            w,
            "<script type=\"application/json\" id=\"gz-data\">{{\"entities\":"
        )?;
        write_array(w, &self.entities, |e| {
            json!([e.id, e.name, e.kind.as_str(), e.articles, e.mentions])
        })?;
        write!(w, ",\"articles\":")?;
        write_array(w, &self.articles, |a| {
            let date = a.published.map(|d| d.to_string());
            json!([a.path, a.lang.code(), date, a.mentions, a.meetings])
        })?;
        write!(w, ",\"meetings\":")?;
        write_array(w, &self.meetings, |m| {
            json!({
                "a": m.article, "d": m.date.map(|d| d.to_string()), "p": m.participants,
                "l": m.place, "mo": m.mode, "s": m.status, "t": m.topics,
                "e": m.evidence, "c": (m.confidence * 100.0).round() / 100.0,
            })
        })?;
        writeln!(w, "}}</script>")?;
        for (i, a) in self.articles.iter().enumerate() {
            writeln!(
                w,
                "<script type=\"application/json\" id=\"gz-a{i}\">{}</script>",
                a.body
            )?;
        }
        Ok(())
    }

    fn entity(&mut self, id: &str, name: &str, kind: EntityKind) -> u32 {
        if let Some(&i) = self.ids.get(id) {
            return i;
        }
        let i = self.entities.len() as u32;
        self.entities.push(EntityInfo {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            articles: 0,
            mentions: 0,
        });
        self.ids.insert(id.to_string(), i);
        i
    }

    fn entity_ref(&mut self, r: &EntityRef) -> u32 {
        self.entity(&r.id, &r.name, r.kind)
    }
}

/// Writes `items` as a JSON array safe inside `<script>`, one item at a time.
fn write_array<T>(
    w: &mut impl Write,
    items: &[T],
    item: impl Fn(&T) -> serde_json::Value,
) -> io::Result<()> {
    write!(w, "[")?;
    for (i, x) in items.iter().enumerate() {
        let sep = if i == 0 { "" } else { "," };
        write!(w, "{sep}{}", script_json(&item(x)))?;
    }
    write!(w, "]")
}

/// Byte offsets of one text mapped to UTF-16 offsets, found in one pass.
struct Utf16(Vec<(usize, usize)>);

impl Utf16 {
    fn new(text: &str, mut bytes: Vec<usize>) -> Utf16 {
        bytes.sort_unstable();
        bytes.dedup();
        let mut out = Vec::with_capacity(bytes.len());
        let mut wanted = bytes.into_iter().peekable();
        let mut units = 0;
        let ends = text.char_indices().chain([(text.len(), '\0')]);
        for (at, c) in ends {
            while let Some(&b) = wanted.peek() {
                if b > at {
                    break;
                }
                out.push((b, units));
                wanted.next();
            }
            units += c.len_utf16();
        }
        // Offsets past the end (never expected) go to the end.
        let end = units - 1;
        out.extend(wanted.map(|b| (b, end)));
        Utf16(out)
    }

    fn get(&self, byte: usize) -> usize {
        match self.0.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.0[i].1,
            Err(_) => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, Extractor};

    #[test]
    fn utf16_offsets_count_as_javascript_does() {
        let text = "a Київ 😀 b";
        let b = text.find('b').unwrap();
        let u = Utf16::new(text, vec![b, 2, 0, text.len()]);
        assert_eq!(u.get(0), 0);
        assert_eq!(u.get(2), 2);
        // "a Київ " is 7 units, the emoji 2, the space 1.
        assert_eq!(u.get(b), 10);
        assert_eq!(u.get(text.len()), 11);
    }

    fn page(files: &[(&str, &str)]) -> String {
        let extractor = Extractor::with_default_gazetteer().unwrap();
        let mut r = Report::new();
        for (path, text) in files {
            r.add(path, text, &extractor.extract(&Document::new(text)));
        }
        r.add_error("<bad>.txt", "not <UTF-8>");
        let mut out = Vec::new();
        r.write_html(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn article_text_cannot_end_the_script_element() {
        let html = page(&[(
            "x</script>.txt",
            "Rustem Umerov met John Healey in Kyiv. </script><script>alert(1)</script> \u{2028}",
        )]);
        assert!(!html.contains("alert(1)</script>"));
        assert!(!html.contains("x</script>"));
        assert!(!html.contains('\u{2028}'));
        assert!(html.contains(r"\u003c/script\u003e\u003cscript\u003ealert(1)"));
        assert!(html.contains("<code>&lt;bad&gt;.txt</code>: not &lt;UTF-8&gt;"));
        // Exactly the page's own scripts: the data, one article, the code.
        assert_eq!(html.matches("<script").count(), 3);
        assert_eq!(html.matches("</script>").count(), 3);
    }

    #[test]
    fn the_graph_has_the_meeting_participants() {
        let html = page(&[("a.txt", "Rustem Umerov met John Healey in Kyiv.")]);
        assert_eq!(html.matches(r#"<g class="node k-person""#).count(), 2);
        assert_eq!(html.matches(r#"<line class="edge""#).count(), 1);
        assert!(html.contains(">Rustem Umerov</text>"));
    }
}
