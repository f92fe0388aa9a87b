//! The example binary on folders: every file gets exactly one record, in
//! path order; bad files become error records and the run goes on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn binary() -> PathBuf {
    // tests run from target/<profile>/deps; examples live beside deps.
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().unwrap().parent().unwrap();
    let bin = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "build the example first: {}", bin.display());
    bin
}

fn run(args: &[&str]) -> Output {
    Command::new(binary()).args(args).output().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("gazette-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(o.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn a_folder_gives_one_line_per_file_in_path_order() {
    let d = scratch("order");
    std::fs::create_dir_all(d.join("b/deeper")).unwrap();
    std::fs::write(
        d.join("b/deeper/2.txt"),
        " date 2024-12-18 Rustem Umerov met John Healey in Kyiv.",
    )
    .unwrap();
    std::fs::write(d.join("a.txt"), "Умєров зустрівся з Рютте у Брюсселі.").unwrap();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("notes.md"), "not an article").unwrap();
    let o = run(&[d.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = lines(&o);
    let paths: Vec<&str> = v.iter().map(|l| l["path"].as_str().unwrap()).collect();
    assert_eq!(v.len(), 3, "{paths:?}");
    assert!(
        paths[0].ends_with("a.txt")
            && paths[1].ends_with("2.txt")
            && paths[2].ends_with("empty.txt")
    );
    assert_eq!(v[1]["published"], "2024-12-18");
    assert_eq!(
        v[1]["meetings"][0]["participants"][1]["name"],
        "John Healey"
    );
    assert_eq!(v[0]["lang"], "uk");
    assert!(v.iter().all(|l| l["error"].is_null()));
    let summary = String::from_utf8_lossy(&o.stderr);
    assert!(summary.contains("3 files, 0 errors"), "{summary}");
}

#[test]
fn bad_files_become_error_records_and_the_run_goes_on() {
    let d = scratch("bad");
    std::fs::write(d.join("1.txt"), b"caf\xe9 in Kyiv").unwrap();
    std::fs::write(d.join("2.txt"), "NATO met in Kyiv.").unwrap();
    std::fs::write(d.join("3.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&d, d.join("loop")).unwrap();
    let o = run(&[d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "some files failed");
    let v = lines(&o);
    assert_eq!(v.len(), 3);
    assert!(v[0]["error"].as_str().unwrap().contains("not UTF-8"));
    assert!(v[1]["error"].is_null());
    assert!(!v[2]["error"].is_null());
}

#[test]
fn a_bad_gazetteer_line_names_file_and_line() {
    let d = scratch("gaz");
    let g = d.join("mine.jsonl");
    std::fs::write(&g, "{\"id\":\"org:a\",\"kind\":\"organization\",\"name\":\"A Org\"}\n{\"id\":\"org:b\",\"kind\":\"org\"}\n").unwrap();
    let o = run(&["--gazetteer", g.to_str().unwrap(), d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("{}:2:", g.display())), "{err}");
}

#[test]
fn own_gazetteer_and_list_aliases() {
    let d = scratch("own");
    let g = d.join("mine.jsonl");
    std::fs::write(&g, "{\"id\":\"org:acme\",\"kind\":\"organization\",\"name\":\"Acme Corp\",\"aliases\":[\"ACME\"]}\n").unwrap();
    let o = run(&[
        "--no-default-gazetteer",
        "--gazetteer",
        g.to_str().unwrap(),
        "--list-aliases",
    ]);
    assert!(o.status.success());
    let out = String::from_utf8(o.stdout).unwrap();
    let mut rows: Vec<&str> = out.lines().collect();
    rows.sort();
    assert_eq!(
        rows,
        vec![
            "acme\torganization\torg:acme",
            "acme corp\torganization\torg:acme"
        ]
    );
    std::fs::write(d.join("x.txt"), "ACME and Acme Corp; not acme.").unwrap();
    let o = run(&[
        "--no-default-gazetteer",
        "--gazetteer",
        g.to_str().unwrap(),
        d.join("x.txt").to_str().unwrap(),
    ]);
    let v = lines(&o);
    assert_eq!(v[0]["entities"][0]["mentions"].as_array().unwrap().len(), 2);
}

#[test]
fn no_input_is_a_clear_error() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no input"));
    let _ = Path::new(".");
}

/// Runs the binary with `args`, feeding `input` on stdin.
fn run_stdin(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(binary())
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn stdin_gives_one_record_per_line_in_order() {
    let input = [
        r#"{"id": "a1", "text": "Rustem Umerov met John Healey in Kyiv.", "published": "2024-12-18"}"#,
        "",
        "not json",
        r#"{"id": 7, "text": "Умєров зустрівся з Рютте у Брюсселі.", "published": null}"#,
        r#"{"id": "bad-date", "text": "x", "published": "2024-13-01"}"#,
        r#"{"id": "no-text"}"#,
        r#"{"id": "last", "text": " date 2024-12-18 NATO met in Kyiv."}"#,
    ]
    .join("\n");
    let o = run_stdin(&["--stdin"], &input);
    assert_eq!(o.status.code(), Some(1), "some lines failed");
    let v = lines(&o);
    let paths: Vec<&str> = v.iter().map(|l| l["path"].as_str().unwrap()).collect();
    // The blank line gives no record.
    assert_eq!(
        paths,
        ["a1", "<stdin>:3", "7", "bad-date", "no-text", "last"]
    );
    assert_eq!(v[0]["published"], "2024-12-18");
    assert_eq!(v[0]["meetings"][0]["date"], "2024-12-18");
    assert!(v[0]["error"].is_null());
    assert!(v[1]["error"]
        .as_str()
        .unwrap()
        .starts_with("line 3: not JSON"));
    assert_eq!(v[2]["lang"], "uk");
    assert!(v[3]["error"].as_str().unwrap().contains("line 5"));
    assert!(v[4]["error"].as_str().unwrap().contains("\"text\""));
    assert_eq!(v[5]["published"], "2024-12-18", "the header still dates it");
    let summary = String::from_utf8_lossy(&o.stderr);
    assert!(summary.contains("6 records, 3 errors"), "{summary}");
}

/// The output streams: a record comes out before stdin is closed.
#[test]
fn stdin_streams_through_a_pipe() {
    use std::io::{BufRead, Write};
    let mut child = Command::new(binary())
        .args(["--stdin", "-j", "2"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let wait = std::time::Duration::from_secs(120);
    for i in 0..3 {
        writeln!(
            stdin,
            r#"{{"id": "doc-{i}", "text": "Umerov met Healey in Kyiv.", "published": "2024-12-18"}}"#
        )
        .unwrap();
        stdin.flush().unwrap();
        let line = rx.recv_timeout(wait).expect("a record before stdin closes");
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["path"], format!("doc-{i}"));
        assert!(v["error"].is_null());
    }
    drop(stdin);
    assert!(rx.recv_timeout(wait).is_err(), "no more records");
    assert!(child.wait().unwrap().success());
}

#[test]
fn stdin_lines_over_the_limit_are_refused_and_skipped() {
    let long = format!(r#"{{"id": "long", "text": "{}"}}"#, "a".repeat(5000));
    let input = format!("{long}\n{}\n", r#"{"id": "short", "text": "NATO."}"#);
    let o = run_stdin(&["--stdin", "--max-file-size", "1000"], &input);
    assert_eq!(o.status.code(), Some(1));
    let v = lines(&o);
    assert_eq!(v.len(), 2);
    let err = v[0]["error"].as_str().unwrap();
    assert!(
        err.contains("5026 bytes") && err.contains("1000") && err.contains("--max-file-size"),
        "{err}"
    );
    assert_eq!(v[1]["path"], "short");
    assert!(v[1]["error"].is_null());
}

#[test]
fn stdin_and_paths_do_not_mix() {
    let o = run_stdin(&["--stdin", "examples/articles"], "");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn files_over_the_limit_are_refused_unread() {
    let d = scratch("limit");
    std::fs::write(d.join("big.txt"), "NATO met in Kyiv. ".repeat(200)).unwrap();
    std::fs::write(d.join("small.txt"), "NATO met in Kyiv.").unwrap();
    let o = run(&["--max-file-size", "1000", d.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let v = lines(&o);
    assert_eq!(v.len(), 2);
    let err = v[0]["error"].as_str().unwrap();
    assert!(
        err.contains("3600 bytes")
            && err.contains("limit of 1000 bytes")
            && err.contains("--max-file-size"),
        "{err}"
    );
    assert!(v[1]["error"].is_null());
    // The default limit takes it.
    let o = run(&[d.to_str().unwrap()]);
    assert!(o.status.success());
}

/// Binary, empty, deeply nested and oversized files, and a symlink loop:
/// every file gets exactly one record, the run ends with status 1, and
/// nothing panics.
#[test]
fn odd_folders_give_one_record_per_file() {
    let d = scratch("odd");
    let mut expected = Vec::new();
    let mut put = |rel: PathBuf, bytes: Vec<u8>| {
        std::fs::create_dir_all(d.join(&rel).parent().unwrap()).unwrap();
        std::fs::write(d.join(&rel), bytes).unwrap();
        expected.push(d.join(rel));
    };
    put("empty.txt".into(), Vec::new());
    put(
        "binary.txt".into(),
        (0..=255u8).cycle().take(1024).collect(),
    );
    put("nul.txt".into(), b"\0\0NATO\0met\0in\0Kyiv\0".to_vec());
    put(
        "bom.txt".into(),
        "\u{FEFF} date 2024-12-18 Umerov met Healey.".into(),
    );
    put(
        "crlf.txt".into(),
        b"Umerov met Healey\r\nin Kyiv.\r\n".to_vec(),
    );
    put("big.txt".into(), vec![b'a'; 3000]);
    let mut deep = PathBuf::new();
    for i in 0..64 {
        deep.push(format!("d{i}"));
    }
    put(deep.join("deep.txt"), "Умєров зустрівся з Рютте.".into());
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&d, d.join("d0/d1/loop")).unwrap();
        std::os::unix::fs::symlink(d.join("nowhere.txt"), d.join("dangling.txt")).unwrap();
        expected.push(d.join("dangling.txt"));
    }
    let o = run(&["--max-file-size", "2000", d.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let v = lines(&o);
    let mut got: Vec<PathBuf> = v
        .iter()
        .map(|l| l["path"].as_str().unwrap().into())
        .collect();
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
    let error_of = |name: &str| {
        v.iter()
            .find(|l| l["path"].as_str().unwrap().ends_with(name))
            .unwrap()["error"]
            .clone()
    };
    assert!(error_of("binary.txt")
        .as_str()
        .unwrap()
        .contains("not UTF-8"));
    assert!(error_of("big.txt")
        .as_str()
        .unwrap()
        .contains("--max-file-size"));
    #[cfg(unix)]
    assert!(error_of("dangling.txt")
        .as_str()
        .unwrap()
        .contains("cannot read"));
    for ok in ["empty.txt", "nul.txt", "bom.txt", "crlf.txt", "deep.txt"] {
        assert!(error_of(ok).is_null(), "{ok}");
    }
}

/// More files than a worker may run ahead of the one due, of very
/// different sizes, on two threads: still one line each, in path order.
fn many_files(name: &str, n: usize) -> PathBuf {
    let d = scratch(name);
    let long = "Rustem Umerov met John Healey in Kyiv. ".repeat(400);
    for i in 0..n {
        let text = if i % 97 == 0 {
            &long
        } else {
            "Umerov met Healey."
        };
        std::fs::write(d.join(format!("{i:04}.txt")), text).unwrap();
    }
    d
}

#[test]
fn many_files_on_two_threads_stay_in_path_order() {
    let d = many_files("many", 700);
    let o = run(&["-j", "2", d.to_str().unwrap()]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v = lines(&o);
    assert_eq!(v.len(), 700);
    for (i, l) in v.iter().enumerate() {
        let want = format!("{i:04}.txt");
        assert!(l["path"].as_str().unwrap().ends_with(&want), "line {i}");
        assert_eq!(l["meetings"].as_array().unwrap().len(), 1, "line {i}");
    }
}

#[test]
fn a_reader_that_stops_early_ends_the_run() {
    use std::io::{BufRead, BufReader};
    let d = many_files("early", 700);
    let mut child = Command::new(binary())
        .args(["-j", "2", d.to_str().unwrap()])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("0000.txt"), "{first}");
    // The pipe is closed: the workers must stop, not wait on one another.
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send(child.wait().unwrap()));
    let status = rx
        .recv_timeout(std::time::Duration::from_secs(120))
        .expect("the run ends once stdout is closed");
    assert!(status.success());
}

#[test]
fn matches_only_gives_the_bare_matches_beside_their_text() {
    let d = scratch("matches-only");
    let text = " date 2024-12-18 Rustem Umerov met John Healey in Kyiv Oblast.";
    std::fs::write(d.join("1.txt"), text).unwrap();
    std::fs::write(d.join("2.txt"), [0xff, 0xfe, b'x']).unwrap();
    let out = run(&["--matches-only", d.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "the non-UTF-8 file fails");
    assert!(String::from_utf8_lossy(&out.stderr).contains(" matches,"));
    let lines = lines(&out);
    assert_eq!(lines.len(), 2);
    assert!(lines[0].get("entities").is_none() && lines[0]["error"].is_null());
    let found: Vec<(&str, &str, &str)> = lines[0]["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let (start, end) = (m["start"].as_u64().unwrap(), m["end"].as_u64().unwrap());
            let slice = &text[start as usize..end as usize];
            assert_eq!(m["text"], slice, "the offsets slice the text");
            (
                slice,
                m["kind"].as_str().unwrap(),
                m["id"].as_str().unwrap(),
            )
        })
        .collect();
    // Overlaps are kept: the oblast and the city in its name.
    for (name, kind) in [
        ("Rustem Umerov", "person"),
        ("John Healey", "person"),
        ("Kyiv", "location"),
        ("Kyiv Oblast", "location"),
    ] {
        assert!(
            found.iter().any(|&(t, k, _)| t == name && k == kind),
            "{name} in {found:?}"
        );
    }
    // Nothing of the date header.
    assert!(found.iter().all(|(t, _, _)| !t.contains("2024")));
    assert_eq!(lines[1]["matches"], serde_json::json!([]));
    assert!(lines[1]["error"].as_str().unwrap().contains("UTF-8"));
    for refused in [&["--format", "plover"][..], &["--html", "x.html"][..]] {
        let mut args = vec!["--matches-only"];
        args.extend_from_slice(refused);
        args.push(d.to_str().unwrap());
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{refused:?}");
        assert!(String::from_utf8_lossy(&o.stderr).contains("--matches-only"));
    }
}

#[test]
fn entities_only_gives_the_same_entities_and_no_meetings() {
    let d = scratch("entities-only");
    std::fs::write(
        d.join("1.txt"),
        " date 2024-12-18 Rustem Umerov met John Healey in Kyiv. They discussed air defence.",
    )
    .unwrap();
    std::fs::write(d.join("2.txt"), "Умєров зустрівся з Рютте у Брюсселі.").unwrap();
    std::fs::write(d.join("3.txt"), [0xff, 0xfe, b'x']).unwrap();
    let full = run(&[d.to_str().unwrap()]);
    let only = run(&["--entities-only", d.to_str().unwrap()]);
    assert_eq!(only.status.code(), Some(1), "the non-UTF-8 file fails");
    let (full, only) = (lines(&full), lines(&only));
    assert_eq!(full.len(), 3);
    assert_eq!(only.len(), 3);
    assert!(!full[0]["meetings"].as_array().unwrap().is_empty());
    for (f, o) in full.iter().zip(&only) {
        for field in ["path", "lang", "published", "entities", "error"] {
            assert_eq!(f[field], o[field], "{field}");
        }
        assert_eq!(o["meetings"], serde_json::json!([]));
    }
    assert!(!only[1]["entities"].as_array().unwrap().is_empty());
    let plover = run(&["--entities-only", "--format", "plover", d.to_str().unwrap()]);
    assert_eq!(plover.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&plover.stderr).contains("--entities-only"));
}
