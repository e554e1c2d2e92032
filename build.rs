//! Build script: turns the corpus folder into data embedded in the app.
//!
//! The explorer has no server and fetches nothing, so the articles must be inside the
//! wasm binary. This script reads every file of the corpus folder (`seeds/`, or the
//! folder named by the `CORPUS_DIR` environment variable, relative to this crate or
//! absolute), runs the same extraction as `corpus inspect`, builds the search index
//! and writes both, serialised with postcard, to `$OUT_DIR/corpus.bin`, which
//! `src/app.rs` includes with `include_bytes!`. The extraction is the
//! `explorer-extract` crate and the index the `explorer-core` crate, both ordinary
//! build-dependencies, so a change to either rebuilds the embedded corpus.
//!
//! A file that cannot be ingested stops the build with a message naming it; warnings
//! (re-encoded files, skipped non-text files, merged duplicates) are printed by cargo,
//! then one line with how many files went in and how many articles came out.

use explorer_core::index;
use explorer_extract as extract;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-env-changed=CORPUS_DIR");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dir = match std::env::var("CORPUS_DIR") {
        Ok(d) if !d.trim().is_empty() => root.join(d.trim()),
        _ => root.join("seeds"),
    };
    println!("cargo:rerun-if-changed={}", dir.display());
    let corpus = match extract::ingest_dir(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("\nerror: the corpus cannot be built.\n  {e}\n");
            std::process::exit(1);
        }
    };
    for w in &corpus.warnings {
        println!("cargo:warning=corpus: {w}");
    }
    let summary = extract::summary(&corpus);
    let data = index::Data::new(corpus);
    let bytes = data.to_bytes();
    println!("cargo:warning=corpus: {}: {summary}, {} KB embedded", dir.display(), bytes.len() / 1024);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let out = out_dir.join("corpus.bin");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
