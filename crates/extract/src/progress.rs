//! What a long extraction tells whoever runs it: which stage it is in and how far.
//!
//! The library draws nothing. The `corpus` CLI passes a [`Progress`] that draws bars
//! on a terminal; the build script and the tests pass [`Silent`] (through
//! [`crate::ingest_dir`]). With `EXPLORER_TIMINGS=1` in the environment every stage
//! also prints its wall time on stderr, whatever the progress (for profiling).

use std::time::{Duration, Instant};

/// Receives the extraction's progress. Every method has an empty default, so an
/// implementation only writes what it shows. Calls come from several threads at
/// once (stages run in parallel), hence `Sync`.
pub trait Progress: Sync {
    /// A stage starts; `total` is how many items (files, articles) it goes through,
    /// or 0 when it has no count.
    fn start(&self, stage: &'static str, total: u64) {
        let _ = (stage, total);
    }

    /// `n` more items of the current stage are done.
    fn advance(&self, n: u64) {
        let _ = n;
    }

    /// The current stage is over, after `elapsed`.
    fn finish(&self, stage: &'static str, elapsed: Duration) {
        let _ = (stage, elapsed);
    }
}

/// Reports nothing: what the build script and the tests use.
#[derive(Clone, Copy, Debug, Default)]
pub struct Silent;

impl Progress for Silent {}

/// Whether `EXPLORER_TIMINGS` asks for stage timings on stderr (read once).
fn timings() -> bool {
    static ON: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *ON.get_or_init(|| std::env::var("EXPLORER_TIMINGS").is_ok_and(|v| !v.is_empty() && v != "0"))
}

/// CPU seconds this process has used so far (user and system, all threads), from
/// `/proc/self/stat` where there is one: on a shared machine a stage's CPU time says
/// more than its wall time, and their ratio shows how parallel it ran.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces):
    // state is field 3, utime and stime fields 14 and 15, in clock ticks (100 a second).
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: u64 = f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?;
    Some(ticks as f64 / 100.0)
}

/// Runs one stage: tells `progress` it starts and ends, and prints its wall and CPU
/// time on stderr when `EXPLORER_TIMINGS` is set.
pub(crate) fn stage<T>(progress: &dyn Progress, name: &'static str, total: u64, f: impl FnOnce() -> T) -> T {
    progress.start(name, total);
    let cpu = if timings() { cpu_seconds() } else { None };
    let t = Instant::now();
    let out = f();
    let elapsed = t.elapsed();
    progress.finish(name, elapsed);
    if timings() {
        let cpu = match (cpu, cpu_seconds()) {
            (Some(a), Some(b)) => format!(", {:>8.2} s CPU", b - a),
            _ => String::new(),
        };
        eprintln!("timing: {name:<18} {:>8.2} s wall{cpu}", elapsed.as_secs_f64());
    }
    out
}
