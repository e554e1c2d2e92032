//! Build script of the core crate: the combining-mark ranges the wasm build folds with.
//!
//! `src/text.rs` drops combining marks when it folds text. Natively it asks the
//! `unicode-normalization` crate; the wasm build cannot afford that crate's tables,
//! so this script writes `$OUT_DIR/combining_marks.rs`, the same set of code points as
//! compact `(first, last)` ranges, derived from the crate's own `is_combining_mark`
//! (so both sides drop exactly the same marks).

use std::path::PathBuf;

fn main() {
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let marks = out_dir.join("combining_marks.rs");
    std::fs::write(&marks, combining_mark_ranges())
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", marks.display()));
    println!("cargo:rerun-if-changed=build.rs");
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
