//! The HTML report in a real browser: headless Chromium loads the page,
//! runs its script, and must show the graph and highlighted mentions while
//! an article's `<script>` stays text.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use gazette::{Document, Extractor, Report};

const EVIL: &str = " date 2024-12-18\nRustem Umerov met John Healey in Kyiv. \
    <script>window.__pwned = 1; document.body.setAttribute('data-pwned', '1')</script> \
    Some <b>bold</b> text.\n";

fn scratch() -> PathBuf {
    let d = std::env::temp_dir().join(format!("gazette-report-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The sample articles, the hostile one first (so it is shown on load), and
/// a failed file.
fn write_report(dir: &Path) -> PathBuf {
    let extractor = Extractor::with_default_gazetteer().unwrap();
    let mut files: Vec<(String, String)> = vec![("00_evil.txt".into(), EVIL.into())];
    let mut samples: Vec<_> = std::fs::read_dir("examples/articles")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    samples.sort();
    for p in samples {
        files.push((
            p.display().to_string(),
            std::fs::read_to_string(&p).unwrap(),
        ));
    }
    let mut report = Report::new();
    for (path, text) in &files {
        report.add(path, text, &extractor.extract(&Document::new(text)));
    }
    report.add_error("broken <i>.txt", "the file is not UTF-8 text");
    let page = dir.join("report.html");
    report
        .write_html(std::fs::File::create(&page).unwrap())
        .unwrap();
    page
}

/// Runs headless Chromium on the page with `extra` arguments; its stdout.
fn chromium(dir: &Path, page: &Path, extra: &str) -> String {
    let found = Command::new("chromium")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found,
        "chromium is not installed: this test needs it. Run \
         `apt-get update && apt-get install -y chromium` and test again."
    );
    // To a file, not a pipe: a full pipe would stall Chromium while we wait.
    let out_path = dir.join("chromium.out");
    let mut child = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--window-size=1400,1800",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(extra)
        .arg(format!("file://{}", page.display()))
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > Duration::from_secs(90) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "chromium failed: {status:?}");
    String::from_utf8_lossy(&std::fs::read(&out_path).unwrap()).into_owned()
}

#[test]
fn the_report_renders_in_chromium_and_runs_no_article_script() {
    let dir = scratch();
    let page = write_report(&dir);

    let dom = chromium(&dir, &page, "--dump-dom");
    let body = dom
        .split("<body")
        .nth(1)
        .and_then(|b| b.split('>').next())
        .expect("a <body> in the DOM");
    // The page's own script ran to the end; the article's did not run.
    assert!(
        body.contains(r#"data-ready="1""#),
        "page script did not finish: <body{body}>"
    );
    assert!(
        !body.contains("data-pwned"),
        "the article's script ran: <body{body}>"
    );
    assert!(!dom.contains("<b>bold</b>"), "article markup became HTML");
    assert!(dom.contains("&lt;script&gt;window.__pwned = 1;"));
    assert!(dom.contains("&lt;b&gt;bold&lt;/b&gt;"));

    // The graph, with its people.
    assert!(dom.matches(r#"<g class="node k-person""#).count() >= 10);
    assert!(dom.contains(r#"<line class="edge""#));
    // The first article, rendered on demand, with its mentions and evidence.
    assert!(dom.contains(
        r#"<mark class="m k-person" title="Rustem Umerov (person:rustem-umerov)" data-e="#
    ));
    assert!(dom.contains(r#"<mark class="m k-location" title="Kyiv (geonames:703448)""#));
    assert!(dom.contains(r#"<span class="ev" data-ev="0""#));
    // The meetings table, and the failed file listed with its error.
    assert!(dom.matches("<tr>").count() > 10);
    assert!(dom.contains("<code>broken &lt;i&gt;.txt</code>: the file is not UTF-8 text"));

    // A link to another article's evidence renders that article.
    let linked = chromium(
        &dir,
        Path::new(&format!("{}#article-1-ev-1", page.display())),
        "--dump-dom",
    );
    assert!(linked.contains(r#"<span class="ev flash" data-ev="1""#));

    let png = dir.join("report.png");
    chromium(&dir, &page, &format!("--screenshot={}", png.display()));
    let bytes = std::fs::read(&png).expect("chromium wrote the screenshot");
    assert!(bytes.len() > 10_000, "screenshot of {} bytes", bytes.len());
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let _ = std::fs::remove_dir_all(&dir);
}
