//! Scale: a generated corpus of thousands of articles goes through the real extraction
//! and the real index, and every query count is checked against a naive linear scan.
//!
//! Why: the seeds have five articles, so nothing else exercises the index at the sizes
//! the explorer is meant for. The corpus comes from `explorer_extract::synth` (realistic
//! headlines, bylines, datelines, people, places, topics, dated events; deterministic
//! seed), is written to a temporary folder and read back with `extract::ingest_dir`
//! exactly as the build script does.
//!
//! Size: 10,000 articles when the test is built with optimisations
//! (`cargo test --release --test scale`); the extraction takes ~30 s for 10,000
//! articles in release but minutes unoptimised, so a plain debug `cargo test` uses
//! 300. `SCALE_N=…` overrides both. Nothing here is timed: correctness only.

use explorer_core::index::{contains_phrase, full_text, Data, FacetKind, ParsedQuery, Query};
use explorer_core::model::Document;
use explorer_core::text::{guess_lang, stem, tokenize, Lang};
use explorer_extract::ingest_dir;
use explorer_extract::synth;
use std::collections::HashSet;
use std::path::PathBuf;

fn size() -> usize {
    std::env::var("SCALE_N").ok().and_then(|s| s.parse().ok()).unwrap_or(if cfg!(debug_assertions) {
        300
    } else {
        10_000
    })
}

/// A folder that removes itself.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(tag: &str) -> TempDir {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
    TempDir(std::env::temp_dir().join(format!("news-explorer-{tag}-{}-{nanos}", std::process::id())))
}

/// What one document offers to the oracle: its searchable words, language and text.
struct Plain<'a> {
    doc: &'a Document,
    words: HashSet<String>,
    stems: HashSet<String>,
    lang: Lang,
    text: String,
}

fn plain(doc: &Document) -> Plain<'_> {
    let mut fields: Vec<String> = vec![doc.title.clone(), doc.persons.join(" "), doc.topics.join(" ")];
    fields.extend(doc.standfirst.iter().cloned());
    fields.extend(doc.publisher.iter().cloned());
    fields.extend(doc.authors.iter().cloned());
    fields.extend(doc.paragraphs.iter().cloned());
    let words: HashSet<String> = fields.iter().flat_map(|f| tokenize(f)).map(|t| t.term).collect();
    let lang = guess_lang(&doc.paragraphs.join("\n"));
    let stems = words.iter().map(|w| stem(w, lang)).collect();
    Plain { doc, words, stems, lang, text: full_text(doc) }
}

/// The naive answer: does this document match the text and dates of `q`?
fn base_matches(p: &Plain, q: &Query, parsed: &ParsedQuery) -> bool {
    let term_ok = parsed.terms.iter().all(|t| {
        p.words.contains(&t.word)
            || p.stems.contains(&stem(&t.word, p.lang))
            || (t.prefix && p.words.iter().any(|w| w.starts_with(&t.word)))
    });
    let phrases_ok = parsed.phrases.iter().all(|ph| contains_phrase(&p.text, ph));
    let dates_ok = if q.from.is_none() && q.to.is_none() {
        true
    } else {
        let (from, to) = (q.from.unwrap_or(0), q.to.unwrap_or(u32::MAX));
        matches!(p.doc.day_range(), Some((a, b)) if a <= to && b >= from)
    };
    term_ok && phrases_ok && dates_ok
}

fn facet_ok(doc: &Document, q: &Query, kind: FacetKind) -> bool {
    let chosen = q.selected(kind);
    chosen.is_empty() || kind.values(doc).iter().any(|v| chosen.contains(v))
}

#[test]
fn generated_corpus_ingests_and_every_count_is_exact() {
    let n = size();
    let dir = temp_dir("scale");
    assert_eq!(synth::write_dir(n, &dir.0, 2026).expect("the temp dir is writable"), n);
    let corpus = ingest_dir(&dir.0).expect("generated articles ingest");
    assert_eq!(corpus.documents.len(), n, "every file became a document");
    let files: HashSet<&str> = corpus.documents.iter().map(|d| d.file.as_str()).collect();
    assert_eq!(files.len(), n, "one document per file");
    let ids: HashSet<&str> = corpus.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), n, "ids are unique");
    assert!(corpus.documents.iter().all(|d| d.date.is_some()), "every dateline was read");
    assert!(corpus.documents.iter().all(|d| !d.persons.is_empty()), "every article names people");

    let data = Data::new(corpus);
    let bytes = data.to_bytes();
    let back = Data::from_bytes(&bytes).expect("round trip");
    assert_eq!(back.index, data.index);
    // Everything but the removed page chrome, which is not embedded.
    assert!(back.corpus.documents.iter().zip(&data.corpus.documents).all(|(b, d)| {
        let mut d = d.clone();
        d.chrome.clear();
        *b == d
    }));
    eprintln!("scale: {n} articles, {} KB embedded", bytes.len() / 1024);

    let docs = &data.corpus.documents;
    let index = &data.index;
    let plains: Vec<Plain> = docs.iter().map(plain).collect();
    let top = |kind: FacetKind, i: usize| index.facet(kind).unwrap().values[i].label.clone();
    let (p0, p1, t0, t1) = (
        top(FacetKind::Person, 0),
        top(FacetKind::Person, 3),
        top(FacetKind::Topic, 0),
        top(FacetKind::Topic, 1),
    );
    let topic_word = t0.split(' ').next().unwrap().to_lowercase();
    let queries = vec![
        Query { text: "pension".into(), ..Default::default() },
        Query { text: "pension reform ".into(), ..Default::default() },
        Query { text: "rat".into(), ..Default::default() },
        Query { text: "\"water rationing\"".into(), ..Default::default() },
        Query { text: "protests".into(), ..Default::default() },
        Query { facets: vec![(FacetKind::Person, vec![p0.clone()])], ..Default::default() },
        Query { facets: vec![(FacetKind::Person, vec![p0.clone(), p1.clone()])], ..Default::default() },
        Query { facets: vec![(FacetKind::Topic, vec![t0.clone()])], ..Default::default() },
        Query { from: Some(20250101), to: Some(20250630), ..Default::default() },
        Query {
            text: topic_word,
            facets: vec![(FacetKind::Person, vec![p0.clone()]), (FacetKind::Topic, vec![t0.clone(), t1])],
            from: Some(20240101),
            ..Default::default()
        },
        Query { facets: vec![(FacetKind::Person, vec!["Nobody At All".into()])], ..Default::default() },
        Query { text: "zzzzqx".into(), ..Default::default() },
    ];
    for q in &queries {
        let r = index.search(docs, q);
        let parsed = ParsedQuery::parse(&q.text);
        let base: Vec<bool> = plains.iter().map(|p| base_matches(p, q, &parsed)).collect();
        let mut expected: Vec<u32> = (0..docs.len())
            .filter(|&d| base[d] && FacetKind::ALL.iter().all(|&k| facet_ok(&docs[d], q, k)))
            .map(|d| d as u32)
            .collect();
        let mut got: Vec<u32> = r.hits.iter().map(|h| h.doc).collect();
        got.sort_unstable();
        expected.sort_unstable();
        assert_eq!(got.len(), expected.len(), "result count for {q:?}");
        assert_eq!(got, expected, "results for {q:?}");
        // Every facet value's count against the other facets' selections.
        for (fi, facet) in index.facets.iter().enumerate() {
            let mut want = vec![0u32; facet.values.len()];
            let pos: std::collections::HashMap<&str, usize> =
                facet.values.iter().enumerate().map(|(i, v)| (v.label.as_str(), i)).collect();
            for d in 0..docs.len() {
                let others =
                    FacetKind::ALL.iter().filter(|&&k| k != facet.kind).all(|&k| facet_ok(&docs[d], q, k));
                if base[d] && others {
                    let mut seen = HashSet::new();
                    for v in facet.kind.values(&docs[d]) {
                        if seen.insert(v.clone()) {
                            want[pos[v.as_str()]] += 1;
                        }
                    }
                }
            }
            assert_eq!(r.counts[fi], want, "{:?} counts for {q:?}", facet.kind);
        }
    }
    // The queries are not vacuous.
    let hits = |q: &Query| index.search(docs, q).hits.len();
    assert!(hits(&queries[0]) > 0 && hits(&queries[0]) < n);
    assert!(hits(&queries[3]) > 0);
    assert!(hits(&queries[5]) > 0);
    assert!(hits(&queries[8]) > 0);
    assert_eq!(hits(&queries[10]), 0);
}
