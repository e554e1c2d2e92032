//! `corpus`: the command-line view of what the build embeds.
//!
//! `corpus inspect [DIR]` runs the build-time extraction over a folder (default
//! `seeds/`) and prints the resulting corpus as JSON: exactly the documents, people,
//! events, threads and warnings the app would embed. A file that cannot be ingested
//! makes it exit with status 1 and a message naming the file.

#[cfg(not(target_arch = "wasm32"))]
use news_explorer::extract::ingest_dir;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: corpus inspect [DIR]\n       corpus generate N DIR [--seed S]\n\n`inspect` prints, as JSON, what the explorer would embed for DIR (default: seeds/).\n`generate` writes N synthetic articles into DIR (deterministic for a seed, default 1).";

/// The extraction is native-only; a wasm build of this binary only says so.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    let _ = (USAGE, PathBuf::new());
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("inspect") if args.len() <= 2 => {
            let dir = args.get(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("seeds"));
            match ingest_dir(&dir) {
                Ok(corpus) => {
                    let json =
                        serde_json::to_string_pretty(&corpus).expect("the corpus is JSON-serialisable");
                    println!("{json}");
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("error: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some("generate") => generate(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

/// `generate N DIR [--seed S]`: a synthetic corpus for scale tests and benchmarks.
#[cfg(not(target_arch = "wasm32"))]
fn generate(args: &[String]) -> ExitCode {
    let (n, dir, seed) = match args {
        [n, dir] => (n.parse::<usize>().ok(), dir, Some(1)),
        [n, dir, flag, s] if flag == "--seed" => (n.parse().ok(), dir, s.parse::<u64>().ok()),
        _ => (None, &String::new(), None),
    };
    let (Some(n), Some(seed)) = (n, seed) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    match news_explorer::synth::write_dir(n, &PathBuf::from(dir), seed) {
        Ok(count) => {
            eprintln!("wrote {count} articles to {dir} (seed {seed})");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: cannot write {dir}: {e}");
            ExitCode::FAILURE
        }
    }
}
