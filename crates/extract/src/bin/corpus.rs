//! `corpus`: the command-line view of what the build embeds.
//!
//! `corpus inspect [DIR]` runs the build-time extraction over a folder (default
//! `seeds/`) and prints the resulting corpus as JSON: exactly the documents, people,
//! events, threads and warnings the app would embed. A file that cannot be ingested
//! makes it exit with status 1 and a message naming the file.
//!
//! `corpus eval DIR [GOLD...]` scores the same extraction against gold files (a wire
//! TSV, hand annotations) and prints the top values of every facet for an editor to
//! read (see `extract::eval`); `corpus eval-html DIR [--compare OUT]...` scores the
//! article text read from saved pages `NAME.html` against expected bodies `NAME.txt`
//! (see `extract::eval_html`); `corpus generate` writes synthetic corpora.
//!
//! Extractions show their progress on stderr: a bar per stage when stderr is a
//! terminal, and, for a corpus of 10,000 files or more, one line per finished stage
//! with its time (in a build log too). Standard output only ever holds the JSON or the report.

#[cfg(not(target_arch = "wasm32"))]
use explorer_extract::ingest_dir_with;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: corpus inspect [DIR]\n       corpus eval DIR [GOLD...] [--compare OUT.json] [--top N] [--errors N]\n       corpus eval-html DIR [--compare OUT]... [--write OUT]\n       corpus generate N DIR [--seed S]\n\n`inspect` prints, as JSON, what the explorer would embed for DIR (default: seeds/).\n`eval` extracts DIR and scores it against each GOLD file (a wire TSV such as\n  reuters-dev.tsv, or hand annotations as in tests/gold/README.md), beside another\n  system's output given with --compare (tools/spacy_eval.py writes one); then it prints\n  the top N values of every facet (default 40) and the suspicious ones.\n`eval-html` scores the body text read from each DIR/NAME.html against DIR/NAME.txt\n  (token-bag precision / recall / F1), beside another extractor's OUT/NAME.txt files;\n  --write OUT saves the body text we read as OUT/NAME.txt.\n`generate` writes N synthetic articles into DIR (deterministic for a seed, default 1).";

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
            match ingest_dir_with(&dir, &bars::Bars::new()) {
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
        Some("eval") if args.len() >= 2 => eval(&args[1..]),
        Some("eval-html") if args.len() >= 2 => eval_html(&args[1..]),
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
    match explorer_extract::synth::write_dir(n, &PathBuf::from(dir), seed) {
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

/// `eval-html DIR [--compare OUT]...`: body text of saved pages against expected text.
#[cfg(not(target_arch = "wasm32"))]
fn eval_html(args: &[String]) -> ExitCode {
    use explorer_extract::eval_html;
    let mut dir = None;
    let mut compare = Vec::new();
    let mut write = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--compare" | "--write" => match it.next() {
                Some(f) if a == "--compare" => compare.push(PathBuf::from(f)),
                Some(f) => write = Some(PathBuf::from(f)),
                None => {
                    eprintln!("error: {a} needs a folder");
                    return ExitCode::from(2);
                }
            },
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if let Some(out) = &write {
        if let Err(e) = eval_html::write_bodies(&dir, out) {
            eprintln!("error: {}: {e}", out.display());
            return ExitCode::FAILURE;
        }
    }
    match eval_html::run(&dir, &compare) {
        Ok(scores) if !scores.is_empty() => {
            let mut systems = vec!["ours".to_string(), "ours, cleaned".to_string()];
            systems.extend(compare.iter().map(|c| c.display().to_string()));
            print!("{}", eval_html::report(&scores, &systems));
            ExitCode::SUCCESS
        }
        Ok(_) => {
            eprintln!("error: no NAME.html with a NAME.txt beside it in {}", dir.display());
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// `eval DIR [GOLD...] [--compare OUT.json]... [--top N] [--errors N]`.
#[cfg(not(target_arch = "wasm32"))]
fn eval(args: &[String]) -> ExitCode {
    use explorer_extract::eval;
    let mut golds = Vec::new();
    let mut compare = Vec::new();
    let (mut top, mut errors) = (40usize, 0usize);
    let mut dir = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut num = |name: &str| -> Option<usize> {
            let v = it.next().and_then(|v| v.parse().ok());
            if v.is_none() {
                eprintln!("error: {name} needs a number");
            }
            v
        };
        match a.as_str() {
            "--top" => match num("--top") {
                Some(n) => top = n,
                None => return ExitCode::from(2),
            },
            "--errors" => match num("--errors") {
                Some(n) => errors = n,
                None => return ExitCode::from(2),
            },
            "--compare" => match it.next() {
                Some(f) => compare.push(f.clone()),
                None => {
                    eprintln!("error: --compare needs a file");
                    return ExitCode::from(2);
                }
            },
            _ if dir.is_none() => dir = Some(PathBuf::from(a)),
            _ => golds.push(a.clone()),
        }
    }
    let Some(dir) = dir else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let start = std::time::Instant::now();
    let corpus = match ingest_dir_with(&dir, &bars::Bars::new()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "{}: {} ({:.1} s)",
        dir.display(),
        explorer_extract::summary(&corpus),
        start.elapsed().as_secs_f64()
    );
    let mut systems = vec![eval::SystemOutput::from_corpus(&corpus)];
    for f in &compare {
        let parsed = std::fs::read_to_string(f)
            .map_err(|e| e.to_string())
            .and_then(|t| serde_json::from_str::<eval::SystemOutput>(&t).map_err(|e| e.to_string()));
        match parsed {
            Ok(mut s) => {
                if s.system.is_empty() {
                    s.system = f.clone();
                }
                systems.push(s);
            }
            Err(e) => {
                eprintln!("error: {f}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    for g in &golds {
        let gold = match std::fs::read_to_string(g)
            .map_err(|e| e.to_string())
            .and_then(|t| eval::read_gold(g, &t))
        {
            Ok(x) => x,
            Err(e) => {
                eprintln!("error: {g}: {e}");
                return ExitCode::FAILURE;
            }
        };
        println!("\n== {g}");
        for s in &systems {
            match &gold {
                eval::Gold::Wire(rows) => {
                    print!("{}", eval::wire_report(&eval::score_wire(rows, s), &s.system, errors))
                }
                eval::Gold::Hand(h) => {
                    print!("{}", eval::hand_report(&eval::score_hand(h, s), &s.system, errors))
                }
            }
        }
    }
    if top > 0 {
        println!("\n== facets of {}\n{}", dir.display(), eval::facet_report(&corpus, top));
    }
    ExitCode::SUCCESS
}

/// The extraction's progress drawn on stderr (see the module documentation).
#[cfg(not(target_arch = "wasm32"))]
mod bars {
    use explorer_extract::Progress;
    use indicatif::{ProgressBar, ProgressStyle};
    use std::io::IsTerminal;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Mutex;
    use std::time::Duration;

    /// From how many files a corpus reports its stages even when stderr is not a
    /// terminal (a build log then shows where the time went).
    const LARGE: u64 = 10_000;

    /// Draws the current stage as a bar (or a spinner when it has no count).
    pub struct Bars {
        terminal: bool,
        large: AtomicBool,
        bar: Mutex<Option<ProgressBar>>,
    }

    impl Bars {
        /// Progress for this process's stderr.
        pub fn new() -> Bars {
            Bars {
                terminal: std::io::stderr().is_terminal(),
                large: AtomicBool::new(false),
                bar: Mutex::new(None),
            }
        }
    }

    impl Progress for Bars {
        fn start(&self, stage: &'static str, total: u64) {
            if total >= LARGE {
                self.large.store(true, Ordering::Relaxed);
            }
            if !self.terminal {
                return;
            }
            let bar = if total > 0 {
                ProgressBar::new(total).with_style(
                    ProgressStyle::with_template("{spinner} {msg:<16} [{bar:32}] {pos}/{len} ({eta} left)")
                        .expect("valid template")
                        .progress_chars("=> "),
                )
            } else {
                ProgressBar::new_spinner().with_style(
                    ProgressStyle::with_template("{spinner} {msg:<16} {elapsed}").expect("valid template"),
                )
            };
            bar.set_message(stage);
            bar.enable_steady_tick(Duration::from_millis(120));
            *self.bar.lock().unwrap_or_else(|e| e.into_inner()) = Some(bar);
        }

        fn advance(&self, n: u64) {
            if let Some(bar) = &*self.bar.lock().unwrap_or_else(|e| e.into_inner()) {
                bar.inc(n);
            }
        }

        fn finish(&self, stage: &'static str, elapsed: Duration) {
            if let Some(bar) = self.bar.lock().unwrap_or_else(|e| e.into_inner()).take() {
                bar.finish_and_clear();
            }
            if self.large.load(Ordering::Relaxed) {
                eprintln!("corpus: {stage:<16} {:>7.1} s", elapsed.as_secs_f64());
            }
        }
    }
}
