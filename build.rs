//! Build script: turns the corpus folder into data embedded in the app.
//!
//! The explorer has no server, so the articles travel with the app. This script reads
//! every file of the corpus folder (`seeds/`, or the folder named by the `CORPUS_DIR`
//! environment variable, relative to this crate or absolute), runs the same extraction
//! as `corpus inspect`, builds the search index, and writes one of two shapes
//! (`EXPLORER_BUILD` = `single`, `chunked`, or `auto`, the default, which chooses by
//! the size of the articles' text, [`CHUNKED_ABOVE`]):
//!
//! - **single**: corpus and index, serialised with postcard, in `$OUT_DIR/corpus.bin`,
//!   which `src/app.rs` includes with `include_bytes!`: one wasm, one file offline;
//! - **chunked**: the head (`explorer_core::chunks`) in `corpus.bin`, the cfg
//!   `chunked` for the app, and the chunk files (term shards, metadata and text
//!   groups, facet postings, lengths, people, events, threads) in `<target>/<triple>/<profile>/explorer-chunks/`, which Trunk's
//!   post-build hook (`tools/single-file.mjs`) copies to `dist/c/`.
//!
//! `explorer-chunks/build.json` says which shape was written and why; the hook prints
//! it. The extraction is the `explorer-extract` crate and the index the
//! `explorer-core` crate, both ordinary build-dependencies, so a change to either
//! rebuilds the embedded corpus.
//!
//! A file that cannot be ingested stops the build with a message naming it; warnings
//! (re-encoded files, skipped non-text files, merged duplicates) are printed by cargo,
//! then one line with how many files went in, how many articles came out, and the shape.

use explorer_core::chunks::{self, Split};
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
    let mut corpus = match extract::ingest_dir(&dir) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("\nerror: the corpus cannot be built.\n  {e}\n");
            std::process::exit(1);
        }
    };
    for w in std::mem::take(&mut corpus.warnings) {
        // Said here, at build time; the app never shows them, so they are not embedded.
        println!("cargo:warning=corpus: {w}");
    }
    let summary = extract::summary(&corpus);
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let out = out_dir.join("corpus.bin");
    let chunk_dir = chunk_dir(&out_dir);
    println!("cargo::rustc-check-cfg=cfg(chunked)");
    let text: usize = corpus.documents.iter().map(text_bytes).sum();
    let (mode, why) = mode(text);
    let _ = std::fs::remove_dir_all(&chunk_dir);
    std::fs::create_dir_all(&chunk_dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", chunk_dir.display()));
    let bytes = if mode == Mode::Single {
        index::Data::new(corpus).to_bytes()
    } else {
        println!("cargo:rustc-cfg=chunked");
        let Split { head, files } = chunks::split(corpus, SHARD_BYTES, TEXT_BYTES, META_DOCS);
        for (name, bytes) in &files {
            let file = chunk_dir.join(format!("{name}.bin"));
            std::fs::write(&file, gzip(bytes))
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
        }
        head.to_bytes()
    };
    let mode_name = if mode == Mode::Single { "single" } else { "chunked" };
    let report = format!("{{\"mode\":\"{mode_name}\",\"why\":\"{why}\"}}\n");
    std::fs::write(chunk_dir.join("build.json"), report).expect("the chunk folder is writable");
    println!(
        "cargo:warning=corpus: {}: {summary}, {} KB embedded; {mode_name} build ({why})",
        dir.display(),
        bytes.len() / 1024
    );
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}

/// Above this many bytes of article text, `auto` makes a chunked build: about 500
/// articles of news prose, whose corpus and index would add some 1.5 MB of brotli to
/// the wasm. Below it the whole corpus is embedded in the wasm, which opens as one file
/// (`explorer.html`) and needs no further requests.
const CHUNKED_ABOVE: usize = 1 << 20;

/// A chunk file's bytes as stored: gzipped, which the browser's `DecompressionStream`
/// reads (`src/chunks.rs`), so that a static host serves them small whether or not it
/// compresses `application/octet-stream`, and the `file://` scripts are small too.
fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut out = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    out.write_all(bytes).expect("writing to memory");
    out.finish().expect("writing to memory")
}

/// An article's text: headline, standfirst and paragraphs.
fn text_bytes(d: &explorer_core::model::Document) -> usize {
    d.title.len()
        + d.standfirst.as_ref().map_or(0, String::len)
        + d.paragraphs.iter().map(String::len).sum::<usize>()
}

/// The size a term shard aims at (postcard bytes, before gzip, which about halves it;
/// a word query fetches one word and one stem shard: 12 KB gives ~5 KB gzipped each,
/// for some bytes of head per shard).
const SHARD_BYTES: usize = 12 << 10;

/// The size a group of article texts aims at: 1, so one article a group, as Pagefind's
/// fragments: a page of results needs the texts (and metadata) of 20 articles from
/// anywhere in the corpus, and a group of two or three would bring their neighbours'
/// too (measured on BBC: 2.9 KB gzipped a group of ~4 KB of text, 2.6 articles).
const TEXT_BYTES: usize = 1;

/// Articles per group of metadata (headline, credits, date, facet values): a page of
/// results sorted by relevance needs up to 20 groups from anywhere in the corpus, so
/// groups are small (a few KB gzipped).
const META_DOCS: usize = 64;

/// The two shapes of a build (ARCHITECTURE.md, "Scaling"; README, "Big corpora").
#[derive(PartialEq)]
enum Mode {
    /// Everything inside the wasm.
    Single,
    /// A head inside the wasm, term shards and article texts in chunk files.
    Chunked,
}

/// The mode `EXPLORER_BUILD` asks for (`single`, `chunked`, or `auto`, the default,
/// which chooses by size), with the reason, for the build's report.
fn mode(bytes: usize) -> (Mode, String) {
    println!("cargo:rerun-if-env-changed=EXPLORER_BUILD");
    let asked = std::env::var("EXPLORER_BUILD").unwrap_or_default();
    match asked.trim() {
        "single" => (Mode::Single, "EXPLORER_BUILD=single".into()),
        "chunked" => (Mode::Chunked, "EXPLORER_BUILD=chunked".into()),
        "" | "auto" => {
            let mb = |n: usize| format!("{:.1} MB", n as f64 / (1 << 20) as f64);
            if bytes > CHUNKED_ABOVE {
                (
                    Mode::Chunked,
                    format!("the articles' text takes {}, above {}", mb(bytes), mb(CHUNKED_ABOVE)),
                )
            } else {
                (
                    Mode::Single,
                    format!("the articles' text takes {}, within {}", mb(bytes), mb(CHUNKED_ABOVE)),
                )
            }
        }
        other => {
            eprintln!("\nerror: EXPLORER_BUILD is {other:?}; it must be single, chunked or auto.\n");
            std::process::exit(1);
        }
    }
}

/// Where the chunk files of this profile go, for Trunk's post-build hook
/// (`tools/single-file.mjs`) to copy beside the app: `<target>/<triple>/<profile>/explorer-chunks`
/// (`OUT_DIR` is `<that folder>/build/<package>-<hash>/out`).
fn chunk_dir(out_dir: &std::path::Path) -> PathBuf {
    let profile_dir = out_dir.ancestors().nth(3).expect("OUT_DIR is inside the target folder");
    profile_dir.join("explorer-chunks")
}
