//! Compiles the default gazetteer's matcher (every case form of every name,
//! folded, and the trie over them) so that start-up only loads it.
//! The modules are the library's own, included by path.

#![allow(unused)]

#[path = "src/error.rs"]
mod error;
#[path = "src/fold.rs"]
mod fold;
#[path = "src/forms.rs"]
mod forms;
#[path = "src/gazetteer/mod.rs"]
mod gazetteer;
#[path = "src/inflect/mod.rs"]
mod inflect;
#[path = "src/matcher.rs"]
mod matcher;
#[path = "src/span.rs"]
mod span;
#[path = "src/types.rs"]
mod types;

use error::{Error, ErrorKind};
use span::Span;
use types::EntityKind;

fn main() {
    for path in [
        "build.rs",
        "gazetteers",
        "src/error.rs",
        "src/fold.rs",
        "src/forms.rs",
        "src/gazetteer",
        "src/inflect",
        "src/matcher.rs",
        "src/span.rs",
        "src/types.rs",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let g = gazetteer::Gazetteer::default_lists().unwrap_or_else(|e| panic!("{e}"));
    // Parsing every record checks it; the id and kind the library reads off
    // each line's start, without parsing, must be the parsed ones.
    for (i, r) in g.records().iter().enumerate() {
        assert!(
            g.id(i) == r.id && g.kind(i) == r.kind,
            "{}: a line of the embedded lists must start with its id and kind",
            r.id
        );
    }
    let bytes = matcher::Matcher::compile(&g).unwrap_or_else(|e| panic!("{e}"));
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("default_matcher.bin"), bytes).expect("OUT_DIR is writable");
}
