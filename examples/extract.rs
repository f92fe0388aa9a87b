//! Runs `gazette` over folders of articles: one JSON line per `*.txt` file,
//! in path order, on stdout; a progress bar and a summary on stderr.
//!
//! ```text
//! cargo run --release --example extract -- examples/articles
//! ```

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::Parser;
use gazette::{Document, Entity, Extractor, Lang, Meeting};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use walkdir::WalkDir;

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
    /// How many threads to use (default: all cores).
    #[arg(long, short = 'j')]
    threads: Option<usize>,
}

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
}

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
    let started = Instant::now();
    let mut builder = Extractor::builder();
    builder.default_gazetteer(!args.no_default_gazetteer);
    for g in &args.gazetteers {
        builder.gazetteer_file(g);
    }
    let extractor = builder.build().context("cannot build the extractor")?;
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
    if args.paths.is_empty() {
        anyhow::bail!("no input: give one or more files or folders of *.txt articles");
    }
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot start the thread pool")?;
    }
    let files = collect(&args.paths);
    let bar = progress(files.len() as u64);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let (mut failed, mut bytes, mut entities, mut meetings) = (0usize, 0usize, 0usize, 0usize);
    // Chunks keep memory flat and the output in path order.
    for chunk in files.chunks(256) {
        let results: Vec<Outcome> = chunk
            .par_iter()
            .map(|f| {
                let o = process(&extractor, f);
                bar.inc(1);
                o
            })
            .collect();
        for r in results {
            failed += r.failed as usize;
            bytes += r.bytes;
            entities += r.entities;
            meetings += r.meetings;
            if writeln!(out, "{}", r.json).is_err() {
                return Ok(ExitCode::SUCCESS); // stdout closed: stop quietly
            }
        }
    }
    let _ = out.flush();
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "{} files, {} errors, {} entities, {} meetings, {:.1} MB in {:.2} s ({:.1} MB/s)",
        files.len(),
        failed,
        entities,
        meetings,
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
                Err(e) => eprintln!("extract: skipped: {e}"),
            }
        }
    }
    files.sort();
    files.dedup();
    files
}

fn process(extractor: &Extractor, path: &Path) -> Outcome {
    let shown = path.display().to_string();
    let fail = |error: String, bytes: usize| Outcome {
        json: serde_json::to_string(&ErrorLine {
            path: shown.clone(),
            lang: None,
            published: None,
            entities: [],
            meetings: [],
            error,
        })
        .expect("an error line serialises"),
        failed: true,
        bytes,
        entities: 0,
        meetings: 0,
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return fail(format!("cannot read the file: {e}"), 0),
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
    // The library does not panic on any input; should a bug make it, the
    // file gets an error record and the run goes on.
    let result = match std::panic::catch_unwind(|| extractor.extract(&Document::new(text))) {
        Ok(r) => r,
        Err(_) => {
            return fail(
                "internal error while extracting (a bug: please report it with this file)".into(),
                bytes.len(),
            )
        }
    };
    let line = Line {
        path: shown,
        lang: result.lang,
        published: result.published.map(|d| d.to_string()),
        entities: &result.entities,
        meetings: &result.meetings,
        error: None,
    };
    Outcome {
        json: serde_json::to_string(&line).expect("an extraction serialises"),
        failed: false,
        bytes: bytes.len(),
        entities: result.entities.len(),
        meetings: result.meetings.len(),
    }
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
