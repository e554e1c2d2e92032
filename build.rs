//! Build script: turns the corpus folder into data embedded in the app.
//!
//! The explorer has no server and fetches nothing, so the articles must be inside the
//! wasm binary. This script reads every file of the corpus folder (`seeds/`, or the
//! folder named by the `CORPUS_DIR` environment variable, relative to this crate or
//! absolute), runs the same extraction as `corpus inspect`, builds the search index
//! and writes both, serialised with postcard, to `$OUT_DIR/corpus.bin`, which
//! `src/app.rs` includes with `include_bytes!`.
//!
//! It also writes `$OUT_DIR/combining_marks.rs`, the ranges of Unicode combining
//! marks as the `unicode-normalization` crate defines them, so the wasm build can fold
//! accents without carrying the crate's tables (see `src/text.rs`).
//!
//! A file that cannot be ingested stops the build with a message naming it; warnings
//! (re-encoded files, skipped non-text files, merged duplicates) are printed by cargo,
//! then one line with how many files went in and how many articles came out.

#![allow(dead_code)]

#[path = "src/extract/mod.rs"]
mod extract;
#[path = "src/index.rs"]
mod index;
#[path = "src/model.rs"]
mod model;
#[path = "src/text.rs"]
mod text;

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
    let marks = out_dir.join("combining_marks.rs");
    std::fs::write(&marks, combining_mark_ranges())
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", marks.display()));
}

/// The code points for which `is_combining_mark` holds, as a Rust array of inclusive
/// `(first, last)` ranges in ascending order.
fn combining_mark_ranges() -> String {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
        if unicode_normalization::char::is_combining_mark(c) {
            match ranges.last_mut() {
                Some((_, hi)) if *hi + 1 == c as u32 => *hi = c as u32,
                _ => ranges.push((c as u32, c as u32)),
            }
        }
    }
    let body: Vec<String> = ranges.iter().map(|(a, b)| format!("(0x{a:X}, 0x{b:X})")).collect();
    format!("&[{}]", body.join(", "))
}
