//! The extractor: the pipeline from a document to its entities and meetings.
//!
//! fold → match → resolve overlaps → people by rule → coreference →
//! sentences → role mentions → meetings. Every stage reads the one borrowed
//! text and keeps byte offsets into it.

use std::collections::HashMap;
use std::path::PathBuf;

use once_cell::sync::OnceCell;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::demonyms::Demonyms;
use crate::fold::{fold, Cursor, Folded};
use crate::forms::surnames;
use crate::gazetteer::{Gazetteer, Record};
use crate::inflect::{self, NameClass};
use crate::matcher::{Candidate, Match, Matcher};
use crate::meetings::{self, DocEntity, Draft, Who};
use crate::names::{self, key, key_of_folded, GivenNames};
use crate::resolve::resolve;
use crate::roles::{self, Qualifier};
use crate::sentences::{self, Folds};
use crate::words::{inside, segment, SpanSet, Word};
use crate::{
    Document, Entity, EntityKind, EntityRef, Error, Extraction, Meeting, Mention, Snippet, Span,
};

/// Mention confidences, as `Mention::confidence` documents them.
const NEAR_MISS: f32 = 0.6;
const BY_RULE: f32 = 0.7;
const VARIANT: f32 = 0.85;
const ABBREVIATION: f32 = 0.9;

/// Finds entities and meetings in documents.
///
/// Build it once (building the matcher is the costly part) and share it:
/// it is immutable, `Send` and `Sync`.
#[derive(Clone, Debug)]
pub struct Extractor {
    gazetteer: Gazetteer,
    matcher: Matcher,
    given: GivenNames,
    demonyms: Demonyms,
    /// folded first given name → people with it, for near-miss spellings
    by_given: OnceCell<HashMap<String, Vec<u32>>>,
    /// per record: keys of every form of a person's surnames, filled on
    /// first use so that start-up declines no one
    surname_keys: Vec<OnceCell<Vec<String>>>,
    /// per record: keys of a person's English surnames, for near misses
    en_surname_keys: Vec<OnceCell<Vec<String>>>,
}

/// The default gazetteer's matcher, compiled by `build.rs`.
static COMPILED_DEFAULT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/default_matcher.bin"));

/// Builds an [`Extractor`] from the default gazetteer and files of one's own.
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    default: bool,
    files: Vec<PathBuf>,
    texts: Vec<(String, String)>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            default: true,
            files: Vec::new(),
            texts: Vec::new(),
        }
    }
}

impl ExtractorBuilder {
    /// Whether to load the embedded default gazetteer (the default: yes).
    pub fn default_gazetteer(&mut self, yes: bool) -> &mut Self {
        self.default = yes;
        self
    }

    /// Adds a gazetteer file: JSONL records, or a `.tsv` of given names.
    pub fn gazetteer_file(&mut self, path: impl Into<PathBuf>) -> &mut Self {
        self.files.push(path.into());
        self
    }

    /// Adds JSONL records from a string; `source` names it in errors.
    pub fn gazetteer_jsonl(&mut self, source: &str, jsonl: &str) -> &mut Self {
        self.texts.push((source.to_string(), jsonl.to_string()));
        self
    }

    /// Loads the lists and builds the extractor.
    pub fn build(&self) -> Result<Extractor, Error> {
        let mut b = Gazetteer::builder();
        if self.default {
            b.add_default()?;
        }
        for f in &self.files {
            b.add_file(f)?;
        }
        for (source, text) in &self.texts {
            b.add_jsonl(source, text)?;
        }
        Extractor::new(b.finish()?)
    }
}

impl Extractor {
    /// An extractor over the gazetteer embedded in the crate.
    pub fn with_default_gazetteer() -> Result<Extractor, Error> {
        ExtractorBuilder::default().build()
    }

    /// A builder, to add gazetteers of one's own or drop the default.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// An extractor over `gazetteer`.
    pub fn new(gazetteer: Gazetteer) -> Result<Extractor, Error> {
        let matcher = Matcher::new(&gazetteer, Some(COMPILED_DEFAULT))?;
        let given = GivenNames::new(&gazetteer);
        let demonyms = Demonyms::new(&gazetteer);
        let cells = || (0..gazetteer.records().len()).map(|_| OnceCell::new());
        let (surname_keys, en_surname_keys) = (cells().collect(), cells().collect());
        Ok(Extractor {
            gazetteer,
            matcher,
            given,
            demonyms,
            by_given: OnceCell::new(),
            surname_keys,
            en_surname_keys,
        })
    }

    /// Folded first given name → the people with it, built on first use.
    fn by_given(&self) -> &HashMap<String, Vec<u32>> {
        self.by_given.get_or_init(|| {
            let mut by_given: HashMap<String, Vec<u32>> = HashMap::new();
            for i in self.gazetteer.indices_of(EntityKind::Person) {
                let r = &self.gazetteer.records()[i];
                let en = std::iter::once(&r.name).chain(r.names.get("en").into_iter().flatten());
                for name in en {
                    if let Some(first) = name.split_whitespace().next() {
                        let v = by_given.entry(fold(first)).or_default();
                        if !v.contains(&(i as u32)) {
                            v.push(i as u32);
                        }
                    }
                }
            }
            by_given
        })
    }

    /// Compiles every rule's regexes now, on up to `threads` threads (this
    /// one among them), instead of when the first article needs each of
    /// them: a program that starts many threads at once calls it first (or
    /// beside other start-up work), so that they do not all wait for one
    /// thread to compile the rules in turn.
    ///
    /// Extraction is the same with or without it.
    ///
    /// ```
    /// use gazette::{Document, Extractor};
    /// let extractor = Extractor::with_default_gazetteer()?;
    /// extractor.warm_up(2);
    /// let x = extractor.extract(&Document::new("Umerov met Healey in Kyiv."));
    /// assert_eq!(x.meetings.len(), 1);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn warm_up(&self, threads: usize) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        // The two big word alternations come first, on threads of their own.
        let jobs: [&(dyn Fn() + Sync); 7] = [
            &meetings::warm_up,
            &roles::warm_up,
            &crate::dates::warm_up,
            &names::warm_up,
            &crate::document::warm_up,
            &sentences::warm_up,
            &|| {
                self.by_given();
            },
        ];
        let next = AtomicUsize::new(0);
        let work = || {
            while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
                job();
            }
        };
        std::thread::scope(|s| {
            for _ in 1..threads.min(jobs.len()) {
                s.spawn(work);
            }
            work();
        });
    }

    /// The gazetteer the extractor matches.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Every surface form the matcher searches for (folded), with the
    /// record it names.
    pub fn aliases(&self) -> impl Iterator<Item = (&str, &Record)> + '_ {
        self.matcher
            .aliases()
            .map(|(a, r)| (a, self.gazetteer.record(r as usize)))
    }

    /// How many distinct folded surface forms the matcher holds.
    pub fn alias_count(&self) -> usize {
        self.matcher.pattern_count()
    }

    /// Finds the entities and meetings of `doc`.
    pub fn extract(&self, doc: &Document<'_>) -> Extraction {
        let text = doc.text();
        let body = doc.body_start();
        let published = doc.published_date();
        let lang = doc.language();
        let words = segment(text, body);
        // Folded once: the entities' stages all read this fold.
        let folded = Folded::new(text);
        let table = self.entity_table(doc, &folded, &words, lang);

        let mentions = table.sorted_mentions();
        let (sentences, items) = sentences::split(text, body);
        let qualifiers = self.qualifiers(&folded, &words, &mentions, &table);
        let folds = Folds::new(&folded, &sentences);
        let mut roles = Vec::new();
        for (i, s) in sentences.iter().enumerate() {
            let q = inside(&qualifiers, s.span, |q| q.span);
            if q.is_empty() && !might_name_a_role(&text[s.span]) {
                continue;
            }
            roles.extend(roles::find(text, folds.get(i), s.span.start, q));
        }
        let drafts = meetings::find(&meetings::Context {
            text,
            gazetteer: &self.gazetteer,
            entities: &table.entities,
            mentions: &mentions,
            roles: &roles,
            sentences: &sentences,
            folds: &folds,
            items: &items,
            published,
        });
        let meetings = drafts
            .into_iter()
            .filter_map(|d| self.meeting(text, &table, d))
            .collect();
        Extraction {
            lang,
            published,
            entities: table.into_entities(text),
            meetings,
        }
    }

    /// Finds the entities of `doc` only, without the meeting rules: the
    /// cheaper call where only names are wanted.
    ///
    /// ```
    /// use gazette::{Document, Extractor};
    /// let extractor = Extractor::with_default_gazetteer()?;
    /// let entities = extractor.entities(&Document::new("NATO met in Brussels."));
    /// let names: Vec<&str> = entities.iter().map(|e| e.name.as_str()).collect();
    /// assert_eq!(names, ["NATO", "Brussels"]);
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn entities(&self, doc: &Document<'_>) -> Vec<Entity> {
        let words = segment(doc.text(), doc.body_start());
        let folded = Folded::new(doc.text());
        // Only Cyrillic names need the language: English texts skip
        // detecting it.
        let lang = OnceCell::new();
        self.entity_table_in(doc, &folded, &words, &|| {
            *lang.get_or_init(|| doc.language())
        })
        .into_entities(doc.text())
    }

    /// Every gazetteer form in the body of `doc` that starts and ends at a
    /// word boundary and whose capitals fit, in order of their end (the
    /// longest first at one end): overlaps included, before resolution, and
    /// without the people found by rule. The bare matching under
    /// [`Extractor::entities`], for those who resolve matches their own way.
    ///
    /// ```
    /// use gazette::{Document, Extractor};
    /// let extractor = Extractor::with_default_gazetteer()?;
    /// let records = extractor.gazetteer().records();
    /// let text = "They left Kyiv Oblast.";
    /// let found: Vec<(&str, &str)> = extractor
    ///     .matches(&Document::new(text))
    ///     .iter()
    ///     .map(|m| (&text[m.span()], records[m.record()].name.as_str()))
    ///     .collect();
    /// assert!(found.contains(&("Kyiv", "Kyiv")));
    /// assert!(found.contains(&("Kyiv Oblast", "Kyiv Oblast")));
    /// # Ok::<(), gazette::Error>(())
    /// ```
    pub fn matches(&self, doc: &Document<'_>) -> Vec<Match> {
        self.candidates(doc, &Folded::new(doc.text()))
            .into_iter()
            .map(Match::from)
            .collect()
    }

    /// The matcher's candidates in the body of `doc` (`folded` is its text).
    fn candidates(&self, doc: &Document<'_>, folded: &Folded<'_>) -> Vec<Candidate> {
        let mut cands = self.matcher.candidates(folded);
        cands.retain(|c| c.span.start >= doc.body_start());
        cands
    }

    /// The document's entities with their mentions: gazetteer matches,
    /// people by rule, surnames and abbreviations linked.
    fn entity_table(
        &self,
        doc: &Document<'_>,
        folded: &Folded<'_>,
        words: &[Word<'_>],
        lang: crate::Lang,
    ) -> Table {
        self.entity_table_in(doc, folded, words, &|| lang)
    }

    /// [`Extractor::entity_table`], with the language asked for only when
    /// needed.
    fn entity_table_in(
        &self,
        doc: &Document<'_>,
        folded: &Folded<'_>,
        words: &[Word<'_>],
        lang: &dyn Fn() -> crate::Lang,
    ) -> Table {
        let text = doc.text();
        let body = doc.body_start();
        let published = doc.published_date();
        let cands = self.candidates(doc, folded);
        let mut hits = resolve(text, &cands, &self.gazetteer, published);
        // "Vladimir Putin", "Florence Parly": a place named like a given name,
        // right before a capitalised word, is the start of a person's name.
        hits.retain(|h| {
            let r = &self.gazetteer.records()[h.record as usize];
            // The cheap test first: folding and looking up the name costs more.
            let given_name_first = r.kind == EntityKind::Location
                && names::next_word_capitalised(text, h.span.end)
                && self.given.nominative(&text[h.span]).is_some();
            !given_name_first && !self.someone_else(text, h.span, r)
        });

        let mut table = Table::with_capacity(hits.len());
        for h in &hits {
            let e = table.known(&self.gazetteer, h.record);
            table.mention(e, h.span, h.confidence);
        }
        self.add_guessed_people(text, body, words, lang, &mut table);
        self.link_surnames(folded, words, lang, &mut table);
        link_abbreviations(text, &mut table);
        table
    }

    /// Whether a known person's surname alone at `span` follows a given name
    /// that is not theirs: "Taras Vlasiuk" is not Vladyslav Vlasiuk.
    fn someone_else(&self, text: &str, span: Span, r: &Record) -> bool {
        if r.kind != EntityKind::Person || text[span].contains(char::is_whitespace) {
            return false;
        }
        let Some(word) = names::previous_capitalised_word(text, span.start) else {
            return false;
        };
        let Some(nominative) = self.given.nominative(word) else {
            return false;
        };
        let (word, nominative) = (fold(word), fold(nominative));
        let theirs = std::iter::once(&r.name)
            .chain(r.names.values().flatten())
            .chain(&r.aliases)
            .filter_map(|n| n.split_whitespace().next())
            .map(fold);
        !theirs.into_iter().any(|g| g == word || g == nominative)
    }

    /// People found by rule: linked to a known person where the spelling is
    /// a near miss of one ("Sébastien Lecorne"), else new entities.
    fn add_guessed_people(
        &self,
        text: &str,
        body: usize,
        words: &[Word<'_>],
        lang: &dyn Fn() -> crate::Lang,
        table: &mut Table,
    ) {
        let taken = SpanSet::new(table.all_spans());
        for g in names::guess_people(text, body, words, &taken, &self.given, lang) {
            let near = g.given.as_ref().and_then(|given| {
                self.by_given().get(given)?.iter().copied().find(|&r| {
                    self.en_surname_keys[r as usize]
                        .get_or_init(|| {
                            let rec = &self.gazetteer.records()[r as usize];
                            surnames(rec)
                                .iter()
                                .filter(|(l, _)| l == "en")
                                .flat_map(|(_, s)| s)
                                .map(|s| key(s))
                                .collect()
                        })
                        .iter()
                        .any(|k| near_miss(k, &g.surname_key))
                })
            });
            let (e, confidence) = match near {
                Some(r) => (table.known(&self.gazetteer, r), NEAR_MISS),
                None => (table.guessed(&g), BY_RULE),
            };
            table.mention(e, g.span, confidence);
        }
    }

    /// A surname alone, in any spelling variant or case form, names a person
    /// the document has named in full.
    fn link_surnames(
        &self,
        folded: &Folded<'_>,
        words: &[Word<'_>],
        lang: &dyn Fn() -> crate::Lang,
        table: &mut Table,
    ) {
        let mut known: Vec<(&[String], usize)> = Vec::new();
        let mut guessed: Vec<(String, usize)> = Vec::new();
        for (i, e) in table.entities.iter().enumerate() {
            if e.kind != EntityKind::Person {
                continue;
            }
            match (e.record, &e.surname) {
                (Some(r), _) => {
                    let rec = &self.gazetteer.records()[r as usize];
                    let k = self.surname_keys[r as usize].get_or_init(|| surname_keys_of(rec));
                    known.push((k, i));
                }
                (None, Some(s)) => {
                    // Only a Cyrillic surname declines, by the language.
                    let cyrillic = s.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'));
                    let l = if cyrillic && lang() == crate::Lang::Ru {
                        "ru"
                    } else {
                        "uk"
                    };
                    for f in declined_surname(l, s, None) {
                        guessed.push((key(&f), i));
                    }
                }
                (None, None) => {}
            }
        }
        // Sized at once: growing the map rehashes it.
        let n = known.iter().map(|(k, _)| k.len()).sum::<usize>() + guessed.len();
        let mut keys: FxHashMap<&str, usize> =
            FxHashMap::with_capacity_and_hasher(n, Default::default());
        for (k, i) in known
            .iter()
            .flat_map(|&(ks, i)| ks.iter().map(move |k| (k, i)))
        {
            keys.entry(k).or_insert(i);
        }
        for (k, i) in &guessed {
            keys.entry(k.as_str()).or_insert(*i);
        }
        if keys.is_empty() {
            return;
        }
        let taken = SpanSet::new(table.all_spans());
        let mut found = Vec::new();
        let mut k = String::new();
        let mut cursor = folded.cursor();
        for w in words {
            if !w.text.chars().next().is_some_and(char::is_uppercase)
                || w.text.chars().count() < 3
                || taken.overlaps(w.span)
            {
                continue;
            }
            k.clear();
            key_of_folded(word_fold(folded, &mut cursor, w.span), &mut k);
            if let Some(&e) = keys.get(k.as_str()) {
                found.push((e, w.span));
            }
        }
        for (e, span) in found {
            table.mention(e, span, VARIANT);
        }
    }

    /// Countries and bodies named in the text, and demonyms: what role
    /// mentions can be "of".
    fn qualifiers(
        &self,
        folded: &Folded<'_>,
        words: &[Word<'_>],
        mentions: &[(Span, usize)],
        table: &Table,
    ) -> Vec<Qualifier> {
        let mut out: Vec<Qualifier> = mentions
            .iter()
            .filter_map(|&(span, e)| {
                let ent = &table.entities[e];
                let rec = &self.gazetteer.records()[ent.record? as usize];
                (rec.kind != EntityKind::Person).then(|| Qualifier {
                    span,
                    id: rec.id.clone(),
                })
            })
            .collect();
        let named = SpanSet::new(out.iter().map(|q| q.span).collect());
        let mut cursor = folded.cursor();
        for w in words {
            if let Some(r) = self.demonyms.get(word_fold(folded, &mut cursor, w.span)) {
                if !named.overlaps(w.span) {
                    out.push(Qualifier {
                        span: w.span,
                        id: self.gazetteer.records()[r as usize].id.clone(),
                    });
                }
            }
        }
        out.sort_by_key(|q| q.span.start);
        out
    }

    fn meeting(&self, text: &str, table: &Table, d: Draft) -> Option<Meeting> {
        let mut participants: Vec<EntityRef> = Vec::new();
        for w in &d.participants {
            let r = match *w {
                Who::Doc(e) => table.entities[e].reference(),
                Who::Record(r) => {
                    let rec = &self.gazetteer.records()[r as usize];
                    EntityRef {
                        id: rec.output_id().to_string(),
                        name: rec.name.clone(),
                        kind: rec.kind,
                    }
                }
            };
            if !participants.iter().any(|p| p.id == r.id) {
                participants.push(r);
            }
        }
        if participants.len() < 2 {
            return None;
        }
        Some(Meeting {
            participants,
            location: d.location.map(|e| table.entities[e].reference()),
            date: d.date,
            mode: d.mode,
            topics: d.topics.iter().map(|&t| Snippet::new(text, t)).collect(),
            evidence: Snippet::new(text, d.evidence),
            status: d.status,
            confidence: d.confidence,
        })
    }
}

/// A word's fold: a slice of the whole text's, which folds char by char.
/// `cursor` is `folded`'s, and words come in order.
fn word_fold<'f>(folded: &'f Folded<'_>, cursor: &mut Cursor<'_>, span: Span) -> &'f str {
    let start = cursor.folded_offset(span.start);
    &folded.as_str()[start..cursor.folded_offset(span.end)]
}

/// "Armed Forces of Ukraine (AFU)": the bracketed capitals name the same
/// entity wherever else they stand in the document.
fn link_abbreviations(text: &str, table: &mut Table) {
    let mut found: Vec<(String, usize)> = Vec::new();
    for (i, e) in table.entities.iter().enumerate() {
        for (m, _) in &e.mentions {
            let rest = &text[m.end..];
            let trimmed = rest.trim_start();
            if let Some(inner) = trimmed.strip_prefix('(') {
                let abbr: String = inner.chars().take_while(|c| c.is_alphanumeric()).collect();
                let closes = inner[abbr.len()..].starts_with(')');
                let caps = abbr.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && abbr
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .all(char::is_uppercase);
                if closes && caps && rest.len() - trimmed.len() <= 1 {
                    found.push((abbr, i));
                }
            }
        }
    }
    for (abbr, e) in found {
        let taken = SpanSet::new(table.all_spans());
        for (at, _) in text.match_indices(abbr.as_str()) {
            let span = Span::new(at, at + abbr.len());
            if crate::fold::is_boundary(text, span.start)
                && crate::fold::is_boundary(text, span.end)
                && !taken.overlaps(span)
            {
                table.mention(e, span, ABBREVIATION);
            }
        }
    }
}

/// The document's entities as they are found.
#[derive(Default)]
struct Table {
    entities: Vec<DocEntity>,
    by_record: FxHashMap<u32, usize>,
    by_id: FxHashMap<String, usize>,
    /// Every (entity, span) mentioned, so that adding one is not a search.
    seen: FxHashSet<(usize, Span)>,
}

impl Table {
    /// A table for about `n` mentions: growing its maps rehashes them.
    fn with_capacity(n: usize) -> Table {
        Table {
            by_record: FxHashMap::with_capacity_and_hasher(n, Default::default()),
            seen: FxHashSet::with_capacity_and_hasher(2 * n, Default::default()),
            ..Table::default()
        }
    }

    fn known(&mut self, g: &Gazetteer, record: u32) -> usize {
        if let Some(&e) = self.by_record.get(&record) {
            return e;
        }
        let r = &g.records()[record as usize];
        self.entities.push(DocEntity {
            id: r.output_id().to_string(),
            name: r.name.clone(),
            kind: r.kind,
            record: Some(record),
            surname: None,
            role: None,
            mentions: Vec::new(),
            seat: matches!(
                r.type_.as_deref(),
                Some("building" | "ministry" | "government" | "parliament")
            ),
        });
        let e = self.entities.len() - 1;
        self.by_record.insert(record, e);
        e
    }

    fn guessed(&mut self, g: &names::Guess) -> usize {
        // One person per surname key: "Volodymyr Horbatiuk" and later
        // "Major General Horbatyuk" are one.
        let id = format!("unk:person:{}", g.surname_key);
        if let Some(&e) = self.by_id.get(&id) {
            // A later mention may give the title an earlier one lacked.
            if self.entities[e].role.is_none() {
                self.entities[e].role = g.title.clone();
            }
            return e;
        }
        self.entities.push(DocEntity {
            id: format!("unk:person:{}", names::slug(&g.name)),
            name: g.name.clone(),
            kind: EntityKind::Person,
            record: None,
            mentions: Vec::new(),
            seat: false,
            surname: Some(g.surname.clone()),
            role: g.title.clone(),
        });
        let e = self.entities.len() - 1;
        self.by_id.insert(id, e);
        e
    }

    fn mention(&mut self, e: usize, span: Span, confidence: f32) {
        if self.seen.insert((e, span)) {
            let ent = &mut self.entities[e];
            ent.mentions.push((span, confidence));
        }
    }

    fn all_spans(&self) -> Vec<Span> {
        self.entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|&(s, _)| s))
            .collect()
    }

    fn sorted_mentions(&self) -> Vec<(Span, usize)> {
        let mut v: Vec<(Span, usize)> = self
            .entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&(s, _)| (s, i)))
            .collect();
        v.sort();
        v
    }

    fn into_entities(self, text: &str) -> Vec<Entity> {
        let mut out: Vec<Entity> = self
            .entities
            .into_iter()
            .filter(|e| !e.mentions.is_empty())
            .map(|e| {
                let mut mentions = e.mentions;
                mentions.sort_by_key(|m| m.0);
                Entity {
                    id: e.id,
                    name: e.name,
                    kind: e.kind,
                    known: e.record.is_some(),
                    role: e.role,
                    mentions: mentions
                        .iter()
                        .map(|&(s, c)| Mention::new(text, s, c))
                        .collect(),
                }
            })
            .collect();
        out.sort_by_key(|e| e.mentions[0].start);
        out
    }
}

impl DocEntity {
    fn reference(&self) -> EntityRef {
        EntityRef {
            id: self.id.clone(),
            name: self.name.clone(),
            kind: self.kind,
        }
    }
}

/// Whether a sentence may hold a role word with no country or body named
/// beside it ("the Pentagon chief", "his counterpart"): a cheap filter
/// before the role regex.
fn might_name_a_role(sentence: &str) -> bool {
    const STEMS: &[&str] = &[
        "ounterpart",
        "entagon",
        "inister",
        "ecretary",
        "resident",
        "hancellor",
        "олег",
        "ентагон",
        "ініст",
        "ерж",
        "енсек",
        "екретар",
        "резидент",
        "рем'єр",
        "рем’єр",
        "анцлер",
        "инистр",
    ];
    STEMS.iter().any(|s| sentence.contains(s))
}

/// Keys of every form of a person's surnames: Latin spellings as written,
/// Cyrillic ones in all their cases.
fn surname_keys_of(r: &Record) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (lang, list) in surnames(r) {
        for s in list {
            for f in declined_surname(&lang, &s, r.gender) {
                let k = key(&f);
                if !out.contains(&k) {
                    out.push(k);
                }
            }
        }
    }
    out
}

/// A surname's forms: its case forms where it is Ukrainian or Russian.
fn declined_surname(lang: &str, s: &str, gender: Option<crate::Gender>) -> Vec<String> {
    let g = match gender {
        Some(crate::Gender::Female) => inflect::Gender::Feminine,
        _ => inflect::Gender::Masculine,
    };
    let cyrillic = s.chars().any(|c| matches!(c, '\u{0400}'..='\u{04FF}'));
    match lang {
        "ru" if cyrillic => inflect::forms(inflect::Lang::Ru, s, NameClass::Surname(g)),
        _ if cyrillic => inflect::forms(inflect::Lang::Uk, s, NameClass::Surname(g)),
        _ => vec![s.to_string()],
    }
}

/// Whether two surname keys are spellings of one name: the same first
/// letter, and at most one edit apart (two from eight letters on). Short
/// names get no slack: "Kim" and "Lim" are different people.
fn near_miss(known: &str, seen: &str) -> bool {
    let len = known.chars().count();
    let allowed = match len {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    };
    known.chars().next() == seen.chars().next() && strsim::levenshtein(known, seen) <= allowed
}

#[cfg(test)]
mod tests {
    use super::near_miss;

    /// The text of the function that opens with `head`, up to `end`.
    fn body<'s>(src: &'s str, head: &str, end: &str) -> Option<&'s str> {
        src.split(head).nth(1)?.split(end).next()
    }

    /// `warm_up` compiles every lazy static: each module that has some
    /// forces each of them in its own `warm_up`, which `Extractor::warm_up`
    /// calls.
    #[test]
    fn warm_up_forces_every_lazy_static() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let extractor = std::fs::read_to_string(format!("{root}/extractor.rs")).unwrap();
        let jobs = body(
            &extractor,
            "pub fn warm_up(&self, threads: usize) {",
            "\n    }\n",
        )
        .expect("Extractor::warm_up");
        let mut dirs = vec![std::path::PathBuf::from(root)];
        let mut modules = 0;
        while let Some(dir) = dirs.pop() {
            for e in std::fs::read_dir(dir).unwrap() {
                let path = e.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let src = std::fs::read_to_string(&path).unwrap_or_default();
                let statics: Vec<&str> = src
                    .lines()
                    .filter_map(|l| l.strip_prefix("static "))
                    .filter(|l| l.contains(": Lazy<"))
                    .filter_map(|l| l.split(':').next())
                    .collect();
                if statics.is_empty() {
                    continue;
                }
                let name = path.file_stem().unwrap().to_string_lossy().to_string();
                assert!(
                    jobs.contains(&format!("{name}::warm_up")),
                    "Extractor::warm_up does not call {name}::warm_up"
                );
                let own = body(&src, "pub(crate) fn warm_up() {", "\n}")
                    .unwrap_or_else(|| panic!("{name} has Lazy statics but no warm_up"));
                for s in statics {
                    assert!(
                        own.contains(&format!("Lazy::force(&{s});")),
                        "{name}::warm_up misses {s}"
                    );
                }
                modules += 1;
            }
        }
        assert!(modules >= 6, "the rules' modules were read: {modules}");
    }

    #[test]
    fn near_misses_are_close_and_share_a_first_letter() {
        assert!(near_miss("lecornu", "lecorne"));
        assert!(near_miss("blinken", "blinken"));
        assert!(near_miss("stoltenberg", "stoltenburg"));
        assert!(!near_miss("lecornu", "lecorneuil"));
        assert!(!near_miss("rutte", "butte"));
        assert!(!near_miss("kim", "kin"));
        assert!(!near_miss("healey", "heally-x"));
    }
}
