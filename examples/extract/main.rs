//! Runs `gazette` over folders of articles: one JSON line per `*.txt` file,
//! in path order, on stdout; a progress bar and a summary on stderr.
//!
//! ```text
//! cargo run --release --example extract -- examples/articles
//! ```

use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::Parser;
use gazette::{Document, Entity, Extraction, Extractor, Lang, Meeting};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;

// Extraction makes many small, short-lived allocations on every thread:
// mimalloc serves them faster than the system allocator and without contention.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;
use walkdir::WalkDir;

mod in_order;
use in_order::in_order;

/// Finds people, organisations, places and meetings in news articles.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
    /// Files or folders; every `*.txt` under a folder is read, recursively.
    paths: Vec<PathBuf>,
    /// Adds a gazetteer file of one's own (JSONL records, or a .tsv of given names).
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Leaves out the embedded default gazetteer.
    #[arg(long)]
    no_default_gazetteer: bool,
    /// Prints every surface form the matcher searches for, as
    /// `alias<TAB>kind<TAB>id`, and exits.
    #[arg(long)]
    list_aliases: bool,
    /// Prints how many records the gazetteers hold, per kind and language,
    /// and how many surface forms the matcher searches for, and exits.
    #[arg(long)]
    gazetteer_stats: bool,
    /// How many threads to use (default: all cores).
    #[arg(long, short = 'j')]
    threads: Option<usize>,
    /// Reads JSON lines `{"id": ..., "text": ..., "published": "YYYY-MM-DD"|null}`
    /// from stdin instead of files, and writes one record per line, in input
    /// order, with `"path"` set to the id: a mapper for Spark or Hadoop.
    #[arg(long, conflicts_with = "paths")]
    stdin: bool,
    /// Refuses files (and `--stdin` lines) larger than this, in bytes,
    /// with an error record; they are never read whole.
    #[arg(long, value_name = "BYTES", default_value_t = 64 << 20)]
    max_file_size: u64,
    /// Also writes a self-contained HTML report of all files: who met whom,
    /// the meetings, and each article with its mentions highlighted.
    #[arg(long, value_name = "FILE")]
    html: Option<PathBuf>,
    /// Finds the entities only, without the meeting rules: each record's
    /// `meetings` is empty, and the run is about twice as fast.
    #[arg(long)]
    entities_only: bool,
    /// Gives the bare gazetteer matches only, as `matches`: every surface
    /// form at word boundaries whose capitals fit, overlaps included, before
    /// resolution (no entities, no meetings): the fastest run, for those
    /// who resolve matches their own way.
    #[arg(long, conflicts_with = "entities_only")]
    matches_only: bool,
    /// Output: `json` (one line per file) or `plover` (one PLOVER `CONSULT`
    /// event per meeting, one per line; files that fail still give an error line).
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

/// What stdout carries.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Json,
    Plover,
}

/// The `--format` chosen, read by the worker threads.
static FORMAT: std::sync::OnceLock<Format> = std::sync::OnceLock::new();

/// `--entities-only` or `--matches-only`, read by the worker threads.
static SCOPE: std::sync::OnceLock<Scope> = std::sync::OnceLock::new();

/// What each record holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scope {
    /// entities and meetings
    All,
    /// `--entities-only`
    Entities,
    /// `--matches-only`
    Matches,
}

fn scope() -> Scope {
    SCOPE.get().copied().unwrap_or(Scope::All)
}

/// The `--max-file-size` chosen, read by the worker threads.
static MAX_FILE_SIZE: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

/// One output line for a file that was read.
#[derive(Serialize)]
struct Line<'a> {
    path: String,
    lang: Lang,
    published: Option<String>,
    entities: &'a [Entity],
    meetings: &'a [Meeting],
    error: Option<String>,
}

/// One output line for a file that could not be read.
#[derive(Serialize)]
struct ErrorLine {
    path: String,
    lang: Option<Lang>,
    published: Option<String>,
    entities: [(); 0],
    meetings: [(); 0],
    error: String,
}

struct Outcome {
    json: String,
    failed: bool,
    bytes: usize,
    entities: usize,
    meetings: usize,
    matches: usize,
    /// For `--html`: the path, and the text and extraction or the error.
    kept: Option<Kept>,
}

type Kept = (String, Result<(String, Extraction), String>);

fn main() -> ExitCode {
    match try_main() {
        Ok(code) => code,
        Err(e) => {
            eprintln!("extract: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn try_main() -> anyhow::Result<ExitCode> {
    let args = Args::parse();
    let _ = FORMAT.set(args.format);
    let _ = MAX_FILE_SIZE.set(args.max_file_size);
    let _ = SCOPE.set(match (args.entities_only, args.matches_only) {
        (true, _) => Scope::Entities,
        (_, true) => Scope::Matches,
        _ => Scope::All,
    });
    let only = match scope() {
        Scope::All => None,
        Scope::Entities => Some("--entities-only"),
        Scope::Matches => Some("--matches-only"),
    };
    if let (Some(only), Format::Plover) = (only, args.format) {
        anyhow::bail!("{only} finds no meetings, so --format plover would write nothing");
    }
    if scope() == Scope::Matches && args.html.is_some() {
        anyhow::bail!("--matches-only finds no entities, so --html would show nothing");
    }
    let started = Instant::now();
    let mut builder = Extractor::builder();
    builder.default_gazetteer(!args.no_default_gazetteer);
    for g in &args.gazetteers {
        builder.gazetteer_file(g);
    }
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .max(1);
    // With threads to spare, the folders are walked while the extractor is
    // built: neither waits for the other.
    let walk_now = threads > 1 && !args.stdin && !args.list_aliases && !args.gazetteer_stats;
    let (extractor, walked) = std::thread::scope(|s| {
        let walk = walk_now.then(|| s.spawn(|| collect(&args.paths)));
        (builder.build(), walk.map(|w| w.join()))
    });
    let extractor = extractor.context("cannot build the extractor")?;
    if args.gazetteer_stats {
        println!("{}", extractor.gazetteer().stats());
        println!("surface forms\t{}", extractor.alias_count());
        eprintln!("built in {:.0} ms", started.elapsed().as_secs_f64() * 1e3);
        return Ok(ExitCode::SUCCESS);
    }
    if args.list_aliases {
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        for (alias, record) in extractor.aliases() {
            if writeln!(
                out,
                "{alias}\t{}\t{}",
                record.kind.as_str(),
                record.output_id()
            )
            .is_err()
            {
                break; // a closed pipe ends the listing
            }
        }
        let _ = out.flush();
        return Ok(ExitCode::SUCCESS);
    }
    if args.paths.is_empty() && !args.stdin {
        anyhow::bail!("no input: give one or more files or folders of *.txt articles");
    }
    if args.stdin {
        if let Some(n) = args.threads {
            rayon::ThreadPoolBuilder::new()
                .num_threads(n.max(1))
                .build_global()
                .context("cannot start the thread pool")?;
        }
        return run_stdin(&extractor, &args, started);
    }
    let files = match walked {
        Some(Ok(files)) => files,
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        None => collect(&args.paths),
    };
    // With threads to spare, the rules compile on all of them at once,
    // instead of one by one as the first articles need them. Bare matching
    // needs none of them, and the entity stage so few that compiling them
    // all would cost more than it saves.
    if threads > 1 && scope() == Scope::All {
        extractor.warm_up(threads);
    }
    let bar = progress(files.len() as u64);
    // Whichever worker holds the next result writes it: stdout unlocked.
    let mut sink = Sink::new(BufWriter::new(io::stdout()), args.html.is_some());
    let keep = sink.report.is_some();
    let open = in_order(
        &files,
        threads,
        |f| process(&extractor, f, keep),
        |o| {
            bar.inc(1);
            sink.take(o)
        },
    );
    if !open {
        return Ok(ExitCode::SUCCESS); // stdout closed: stop quietly
    }
    bar.finish_and_clear();
    let code = sink.finish(args.html.as_deref(), "files", started);
    // The process ends here: freeing tens of thousands of records one by one
    // would only delay the exit.
    std::mem::forget(extractor);
    code
}

/// Where outcomes go: stdout, the HTML report, and the run's totals.
struct Sink<W: Write> {
    out: W,
    report: Option<gazette::Report>,
    records: usize,
    failed: usize,
    bytes: usize,
    entities: usize,
    meetings: usize,
    matches: usize,
}

impl<W: Write> Sink<W> {
    fn new(out: W, html: bool) -> Self {
        Sink {
            out,
            report: html.then(gazette::Report::new),
            records: 0,
            failed: 0,
            bytes: 0,
            entities: 0,
            meetings: 0,
            matches: 0,
        }
    }

    /// Counts one outcome, writes its line and hands it to the report;
    /// false once stdout is closed.
    fn take(&mut self, r: Outcome) -> bool {
        self.records += 1;
        self.failed += r.failed as usize;
        self.bytes += r.bytes;
        self.entities += r.entities;
        self.meetings += r.meetings;
        self.matches += r.matches;
        // A file without meetings gives no PLOVER line.
        if !r.json.is_empty() && writeln!(self.out, "{}", r.json).is_err() {
            return false;
        }
        match (self.report.as_mut(), r.kept) {
            (Some(rep), Some((path, Ok((text, x))))) => rep.add(&path, &text, &x),
            (Some(rep), Some((path, Err(e)))) => rep.add_error(&path, &e),
            _ => {}
        }
        true
    }

    /// Writes the report, prints the summary and gives the exit status:
    /// 1 when any record failed.
    fn finish(
        mut self,
        html: Option<&Path>,
        what: &str,
        started: Instant,
    ) -> anyhow::Result<ExitCode> {
        let _ = self.out.flush();
        if let (Some(path), Some(report)) = (html, &self.report) {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot create {}", path.display()))?;
            report
                .write_html(file)
                .with_context(|| format!("cannot write {}", path.display()))?;
        }
        let secs = started.elapsed().as_secs_f64();
        let mb = self.bytes as f64 / 1e6;
        let found = if scope() == Scope::Matches {
            format!("{} matches", self.matches)
        } else {
            format!("{} entities, {} meetings", self.entities, self.meetings)
        };
        eprintln!(
            "{} {what}, {} errors, {found}, {mb:.1} MB in {secs:.2} s ({:.1} MB/s)",
            self.records,
            self.failed,
            mb / secs.max(1e-9)
        );
        Ok(if self.failed > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        })
    }
}

/// Every `*.txt` file under `paths`, sorted; a symlink loop or an unreadable
/// folder is reported and skipped.
fn collect(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for p in paths {
        if p.is_file() {
            files.push(p.clone());
            continue;
        }
        if !p.exists() {
            eprintln!("extract: {}: no such file or folder", p.display());
            continue;
        }
        for entry in WalkDir::new(p).follow_links(true).sort_by_file_name() {
            match entry {
                Ok(e)
                    if e.file_type().is_file()
                        && e.path().extension().is_some_and(|x| x == "txt") =>
                {
                    files.push(e.into_path())
                }
                Ok(_) => {}
                // A `*.txt` that cannot be followed (a dangling link) gets
                // its error record; a loop or a folder is only reported.
                Err(e) => match e.path() {
                    Some(p)
                        if e.loop_ancestor().is_none()
                            && p.extension().is_some_and(|x| x == "txt") =>
                    {
                        files.push(p.to_path_buf())
                    }
                    _ => eprintln!("extract: skipped: {e}"),
                },
            }
        }
    }
    files.sort();
    files.dedup();
    files
}

fn process(extractor: &Extractor, path: &Path, keep: bool) -> Outcome {
    let shown = path.display().to_string();
    let fail = |error: String, bytes: usize| failure(shown.clone(), error, bytes, keep);
    let bytes = match read_limited(path, MAX_FILE_SIZE.get().copied().unwrap_or(u64::MAX)) {
        Ok(b) => b,
        Err(e) => return fail(e, 0),
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(e) => {
            return fail(
                format!("the file is not UTF-8 text ({e}); convert it to UTF-8 and run again"),
                bytes.len(),
            )
        }
    };
    extract_text(extractor, shown, text, None, keep, bytes.len())
}

/// What was found in one text.
enum Found {
    Extraction(Extraction),
    /// `--matches-only`: the record, and how many matches it holds
    Matches {
        json: String,
        count: usize,
    },
}

/// One `--matches-only` output line.
#[derive(Serialize)]
struct MatchLine<'a> {
    path: &'a str,
    matches: Vec<MatchOut<'a>>,
    error: Option<String>,
}

/// A bare gazetteer match: where, what, and which record it names.
#[derive(Serialize)]
struct MatchOut<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    id: &'a str,
    kind: gazette::EntityKind,
}

/// The `--matches-only` line of a document, and how many matches it holds.
fn matches_line(extractor: &Extractor, path: &str, doc: &Document<'_>) -> (String, usize) {
    let records = extractor.gazetteer().records();
    let matches: Vec<MatchOut<'_>> = extractor
        .matches(doc)
        .iter()
        .map(|m| {
            let r = &records[m.record()];
            MatchOut {
                start: m.span().start,
                end: m.span().end,
                text: &doc.text()[m.span()],
                id: r.output_id(),
                kind: r.kind,
            }
        })
        .collect();
    let n = matches.len();
    let line = MatchLine {
        path,
        matches,
        error: None,
    };
    (serde_json::to_string(&line).expect("matches serialise"), n)
}

/// Extracts from one text and makes its output: a JSON line, or PLOVER lines.
fn extract_text(
    extractor: &Extractor,
    shown: String,
    text: &str,
    published: Option<chrono::NaiveDate>,
    keep: bool,
    bytes: usize,
) -> Outcome {
    // The library does not panic on any input; should a bug make it, the
    // file gets an error record and the run goes on.
    let result = match std::panic::catch_unwind(|| {
        let doc = Document::new(text);
        let doc = match published {
            Some(d) => doc.published(d),
            None => doc,
        };
        match scope() {
            Scope::Matches => {
                let (json, count) = matches_line(extractor, &shown, &doc);
                Found::Matches { json, count }
            }
            Scope::Entities => Found::Extraction(Extraction {
                lang: doc.language(),
                published: doc.published_date(),
                entities: extractor.entities(&doc),
                meetings: Vec::new(),
            }),
            Scope::All => Found::Extraction(extractor.extract(&doc)),
        }
    }) {
        Ok(Found::Extraction(r)) => r,
        Ok(Found::Matches { json, count }) => {
            return Outcome {
                json,
                failed: false,
                bytes,
                entities: 0,
                meetings: 0,
                matches: count,
                kept: None,
            }
        }
        Err(_) => {
            return failure(
                shown,
                "internal error while extracting (a bug: please report it with this file)".into(),
                bytes,
                keep,
            )
        }
    };
    let line = Line {
        path: shown.clone(),
        lang: result.lang,
        published: result.published.map(|d| d.to_string()),
        entities: &result.entities,
        meetings: &result.meetings,
        error: None,
    };
    Outcome {
        json: match FORMAT.get() {
            Some(Format::Plover) => gazette::to_plover(&result, &line.path)
                .iter()
                .map(|e| serde_json::to_string(e).expect("an event serialises"))
                .collect::<Vec<_>>()
                .join("\n"),
            _ => serde_json::to_string(&line).expect("an extraction serialises"),
        },
        failed: false,
        bytes,
        entities: result.entities.len(),
        meetings: result.meetings.len(),
        matches: 0,
        kept: keep.then(|| (shown, Ok((text.to_string(), result)))),
    }
}

/// The record of an input that failed.
fn failure(shown: String, error: String, bytes: usize, keep: bool) -> Outcome {
    let json = if scope() == Scope::Matches {
        serde_json::to_string(&MatchLine {
            path: &shown,
            matches: Vec::new(),
            error: Some(error.clone()),
        })
    } else {
        serde_json::to_string(&ErrorLine {
            path: shown.clone(),
            lang: None,
            published: None,
            entities: [],
            meetings: [],
            error: error.clone(),
        })
    };
    Outcome {
        kept: keep.then_some((shown, Err(error))),
        json: json.expect("an error line serialises"),
        failed: true,
        bytes,
        entities: 0,
        meetings: 0,
        matches: 0,
    }
}

/// Reads a file of at most `limit` bytes: its size is checked first, and
/// the read stops past the limit (a file that grows, a device).
fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let too_big = |size: String| {
        format!(
            "the file is {size} bytes, over the limit of {limit} bytes; \
             raise it with --max-file-size BYTES"
        )
    };
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read the file: {e}"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > limit {
        return Err(too_big(size.to_string()));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read the file: {e}"))?;
    if bytes.len() as u64 > limit {
        return Err(too_big(format!("more than {limit}")));
    }
    Ok(bytes)
}

/// `--stdin`: JSON lines in, one record per line out, in input order. Lines
/// are taken in small batches, each extracted in parallel and written (and
/// flushed) before the next is read, so the output streams.
fn run_stdin(extractor: &Extractor, args: &Args, started: Instant) -> anyhow::Result<ExitCode> {
    let limit = args.max_file_size;
    let keep = args.html.is_some();
    if rayon::current_num_threads() > 1 {
        extractor.warm_up(rayon::current_num_threads());
    }
    let mut input = io::BufReader::with_capacity(1 << 20, io::stdin().lock());
    let stdout = io::stdout();
    let mut sink = Sink::new(BufWriter::new(stdout.lock()), keep);
    let mut line_no = 0usize;
    let mut eof = false;
    while !eof {
        let mut batch = Vec::new();
        let mut size = 0usize;
        loop {
            let Some(line) = read_line(&mut input, limit).context("cannot read stdin")? else {
                eof = true;
                break;
            };
            line_no += 1;
            // A blank line is no record.
            if !matches!(&line, Ok(b) if b.iter().all(u8::is_ascii_whitespace)) {
                size += line.as_ref().map_or(0, Vec::len);
                batch.push((line_no, line));
            }
            // Hand over what has come when nothing more is waiting.
            let waiting = !input.buffer().is_empty();
            if !batch.is_empty() && (batch.len() >= 64 || size >= 16 << 20 || !waiting) {
                break;
            }
        }
        let results: Vec<Outcome> = batch
            .into_par_iter()
            .map(|(n, line)| stdin_record(extractor, n, line, limit, keep))
            .collect();
        for r in results {
            if !sink.take(r) {
                return Ok(ExitCode::SUCCESS); // stdout closed: stop quietly
            }
        }
        if sink.out.flush().is_err() {
            return Ok(ExitCode::SUCCESS);
        }
    }
    sink.finish(args.html.as_deref(), "records", started)
}

/// The next line of `input` without its line end, `Err(length)` for a line
/// over `limit` bytes (skipped without being kept), `None` at the end.
fn read_line(input: &mut impl BufRead, limit: u64) -> io::Result<Option<Result<Vec<u8>, u64>>> {
    let mut line = Vec::new();
    if input
        .by_ref()
        .take(limit.saturating_add(1))
        .read_until(b'\n', &mut line)?
        == 0
    {
        return Ok(None);
    }
    if line.last() == Some(&b'\n') {
        line.pop();
        if line.last() == Some(&b'\r') {
            line.pop();
        }
    }
    if line.len() as u64 <= limit {
        return Ok(Some(Ok(line)));
    }
    let mut len = line.len() as u64;
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            break;
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                len += i as u64;
                input.consume(i + 1);
                break;
            }
            None => {
                let n = buf.len();
                len += n as u64;
                input.consume(n);
            }
        }
    }
    Ok(Some(Err(len)))
}

/// One `--stdin` line: `{"id": ..., "text": ..., "published": "YYYY-MM-DD"|null}`.
fn stdin_record(
    extractor: &Extractor,
    line_no: usize,
    line: Result<Vec<u8>, u64>,
    limit: u64,
    keep: bool,
) -> Outcome {
    let at = format!("<stdin>:{line_no}");
    let line = match line {
        Ok(l) => l,
        Err(len) => {
            let error = format!(
                "line {line_no} is {len} bytes, over the limit of {limit} bytes; \
                 raise it with --max-file-size BYTES"
            );
            return failure(at, error, 0, keep);
        }
    };
    const FORM: &str = r#"{"id": ..., "text": ..., "published": "YYYY-MM-DD" or null}"#;
    let bad = |path: String, what: String| {
        failure(
            path,
            format!("line {line_no}: {what}; expected {FORM}"),
            line.len(),
            keep,
        )
    };
    let value: serde_json::Value = match serde_json::from_slice(&line) {
        Ok(v) => v,
        Err(e) => return bad(at, format!("not JSON ({e})")),
    };
    let Some(record) = value.as_object() else {
        return bad(at, "not a JSON object".into());
    };
    let id = match record.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(n @ serde_json::Value::Number(_)) => n.to_string(),
        _ => return bad(at, "no \"id\" (a string or a number)".into()),
    };
    let Some(text) = record.get("text").and_then(|t| t.as_str()) else {
        return bad(id, "no \"text\" (a string)".into());
    };
    let published = match record.get("published") {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(d)) => {
            match chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(e) => return bad(id, format!("\"published\" {d:?} is not a date ({e})")),
            }
        }
        Some(other) => return bad(id, format!("\"published\" {other} is not a string")),
    };
    extract_text(extractor, id, text, published, keep, line.len())
}

fn progress(len: u64) -> ProgressBar {
    if !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed} ({eta} left)")
            .expect("the progress template is valid"),
    );
    bar
}
