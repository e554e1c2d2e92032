//! Native growth figures: extraction time, embedded size, decode time and query
//! latency at several corpus sizes (synthetic, see `explorer_extract::synth`).
//!
//! Why: ARCHITECTURE.md's "Scaling" section needs measured numbers at 1k, 10k and
//! 100k articles, and a 100k-article wasm build is not practical on a small machine;
//! the engine is the same Rust code natively, so its growth curve is measured here
//! (absolute browser figures come from `tools/bench.mjs`). Run it with
//!
//! ```sh
//! cargo run --release -p explorer-extract --example scale -- 1000 10000 100000
//! ```

use explorer_core::index::{Data, FacetKind, Query};
use explorer_extract::ingest_dir;
use explorer_extract::synth;
use std::time::Instant;

fn median_ms(mut f: impl FnMut(), runs: usize) -> (f64, f64) {
    f();
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    (t[t.len() / 2], t[(t.len() * 95 / 100).min(t.len() - 1)])
}

fn main() {
    let sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() { vec![1000, 10_000] } else { sizes };
    println!("| articles | raw corpus | extract | index build | postcard | decode | single word | prefix (4 letters) | phrase | person facet | search + 2 facets |");
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for n in sizes {
        let dir = std::env::temp_dir().join(format!("news-explorer-scale-ex-{n}-{}", std::process::id()));
        synth::write_dir(n, &dir, 1).expect("temp dir is writable");
        let raw: u64 =
            std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()?.metadata().ok()).map(|m| m.len()).sum();
        let t = Instant::now();
        let corpus = ingest_dir(&dir).expect("ingests");
        let extract_s = t.elapsed().as_secs_f64();
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        let data = Data::new(corpus);
        let build_s = t.elapsed().as_secs_f64();
        let bytes = data.to_bytes();
        let (decode, _) = median_ms(
            || {
                let _ = Data::from_bytes(&bytes).unwrap();
            },
            3,
        );
        let top = |k: FacetKind, i: usize| data.index.facet(k).unwrap().values[i].label.clone();
        let q = |text: &str, persons: Vec<String>, topics: Vec<String>| {
            let mut facets = Vec::new();
            if !persons.is_empty() {
                facets.push((FacetKind::Person, persons));
            }
            if !topics.is_empty() {
                facets.push((FacetKind::Topic, topics));
            }
            Query { text: text.into(), facets, ..Default::default() }
        };
        let queries = [
            q("pension ", vec![], vec![]),
            q("pens", vec![], vec![]),
            q("\"water rationing\"", vec![], vec![]),
            q("", vec![top(FacetKind::Person, 0)], vec![]),
            q(
                "refo",
                vec![top(FacetKind::Person, 0), top(FacetKind::Person, 2)],
                vec![top(FacetKind::Topic, 0), top(FacetKind::Topic, 1)],
            ),
        ];
        let runs = if n >= 50_000 { 11 } else { 31 };
        let lat: Vec<String> = queries
            .iter()
            .map(|query| {
                let (m, p95) = median_ms(
                    || {
                        std::hint::black_box(data.index.search(&data.corpus.documents, query));
                    },
                    runs,
                );
                format!("{m:.2} ms (p95 {p95:.2})")
            })
            .collect();
        println!(
            "| {n} | {:.1} MB | {extract_s:.1} s | {build_s:.2} s | {:.1} MB | {decode:.0} ms | {} |",
            raw as f64 / 1e6,
            bytes.len() as f64 / 1e6,
            lat.join(" | ")
        );
    }
}
