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
