//! Property tests ("fuzzing" on stable Rust) of the two places where untrusted input
//! enters: the corpus ingestion (any bytes in any file) and the URL-hash decoder (any
//! link anyone shares).
//!
//! cargo-fuzz needs nightly, so these use proptest. `cargo test` runs 256 cases per
//! property; `make fuzz` runs many more (`PROPTEST_CASES`, default 20 000). Inputs that
//! ever broke a property are kept at the end of this file as plain regression tests.

#![cfg(not(target_arch = "wasm32"))]

use explorer_core::chunks::{self, Head, Split, Store};
use explorer_core::index::{snippet, Data, FacetKind};
use explorer_core::model::{Corpus, Document};
use explorer_core::state::State;
use explorer_core::text::Lang;
use explorer_extract::{extract, read_text, slug, summary};
use proptest::prelude::*;
use std::collections::HashSet;
use std::path::Path;

/// Pieces of real-looking article text: headlines, datelines, bylines, names with
/// titles, dates in many forms, chrome, quotes, markup and awkward Unicode, so that
/// random sequences of them reach the extraction's branches rather than only the
/// "no words at all" path.
const FRAGMENTS: &[&str] = &[
    "Harbor tunnel costs climb as hearing nears",
    "By Priya Raman and Margaret Okafor",
    "March 20, 2025",
    "20 de marzo de 2025",
    "04/03/2025 10:15",
    "2025-03-04T10:15:00Z",
    "Updated 3 hours ago",
    "Governor Ramiro Quesada said on Tuesday that the plan was sound.",
    "Mr. Quesada's office said the higher estimate reflected new flood protections.",
    "“People remembered,” Brennan said.",
    "President Tomas Brenner met Ines Valdor in Montevideo.",
    "La ministra de Desarrollo Territorial, Carolina Benítez, dijo que no.",
    "The vote is scheduled for May 2, 2025, at the State House.",
    "(AFP) —",
    "BOSTON (Reuters) -",
    "Share this article",
    "Read more: Ferry strike enters second week",
    "Also Read",
    "© 2025 Harbor Ledger. All rights reserved.",
    "Photo: Getty Images",
    "Advertisement",
    "<script>window.__pwned = 1</script>",
    "<img src=x onerror=alert(1)>",
    "&lt;b&gt;bold&lt;/b&gt; &amp; &#x27;",
    "javascript:alert(1)",
    "\u{202E}evil\u{202C} \u{200B}\u{200D}\u{FEFF}",
    "Ⅻ ﬁ İstanbul ß ǅ Σίσυφος",
    "the U.S. and the E.U. said",
    "J. R. R. Tolkien and Dr. A. B. Smith",
    "... --- ,,, ''' ’’’",
    "1 2 3 2024 1999 31/12/2024 12/31/2024",
    "last week, yesterday, next month, in July",
    "Visa Waiver Program (VWP) and the VWP",
    "O'Neill McDonald-Smith D'Angelo",
    "",
    " ",
    "\t",
];

/// One line: a fragment, a random printable string, or any string at all.
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => "[A-Za-zÀ-ÿ0-9 .,;:'’\"“”()\\-]{0,80}",
        1 => any::<String>(),
    ]
}

/// An article: lines joined by single or double line ends (paragraphs).
fn article() -> impl Strategy<Value = String> {
    prop::collection::vec((line(), prop::bool::ANY), 0..24).prop_map(|lines| {
        let mut s = String::new();
        for (l, para) in lines {
            s.push_str(&l);
            s.push_str(if para { "\n\n" } else { "\n" });
        }
        s
    })
}

/// A relative file name, sometimes in a sub-folder, with spaces and accents.
fn file_name() -> impl Strategy<Value = String> {
    ("[a-zA-Z0-9 éñ_()-]{0,12}", prop::option::of("[a-z]{1,6}")).prop_map(|(stem, dir)| match dir {
        Some(d) => format!("{d}/{stem}.txt"),
        None => format!("{stem}.txt"),
    })
}

/// Files with distinct names (as a folder has), some of them identical copies.
fn corpus_files() -> impl Strategy<Value = Vec<(String, String)>> {
    prop::collection::vec((file_name(), article(), prop::option::of(0usize..8)), 1..8).prop_map(|raw| {
        let mut names = HashSet::new();
        let mut files: Vec<(String, String)> = Vec::new();
        for (name, text, copy_of) in raw {
            if !names.insert(name.clone()) {
                continue;
            }
            let text = match copy_of.and_then(|i| files.get(i)) {
                Some((_, t)) => t.clone(),
                None => text,
            };
            files.push((name, text));
        }
        files.sort();
        files
    })
}

/// The invariants every extracted corpus keeps, whatever the input.
fn check_corpus(files: &[(String, String)], c: &Corpus) {
    // Every file is a document or a listed duplicate of exactly one.
    let mut accounted: Vec<&str> = c
        .documents
        .iter()
        .flat_map(|d| std::iter::once(d.file.as_str()).chain(d.duplicates.iter().map(String::as_str)))
        .collect();
    accounted.sort();
    let names: Vec<&str> = files.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(accounted, names);
    let plural = if files.len() == 1 { "" } else { "s" };
    assert!(summary(c).starts_with(&format!(
        "{} file{plural} in → {} article",
        files.len(),
        c.documents.len()
    )));
    // Ids are unique and URL-safe.
    let ids: HashSet<&str> = c.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids.len(), c.documents.len());
    for d in &c.documents {
        assert!(!d.id.is_empty());
        assert!(d
            .id
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-' || ch == '_'));
        assert!(
            d.date.as_deref().is_none_or(|x| explorer_core::model::date_range(x).is_some()),
            "{:?}",
            d.date
        );
        assert!(d.related.iter().all(|r| ids.contains(r.id.as_str())));
    }
    // Cross references point at real documents.
    for t in &c.threads {
        assert!(t.docs.iter().all(|id| ids.contains(id.as_str())));
    }
    for e in &c.events {
        assert!(e.docs.iter().all(|id| ids.contains(id.as_str())));
    }
}

/// A small, fixed corpus to run decoded states against.
fn data() -> &'static Data {
    static DATA: std::sync::OnceLock<Data> = std::sync::OnceLock::new();
    DATA.get_or_init(|| {
        let doc = |id: &str, title: &str, person: &str, date: &str| Document {
            id: id.into(),
            file: format!("{id}.txt"),
            title: title.into(),
            paragraphs: vec![format!("{title}. {person} said so.")],
            persons: vec![person.into()],
            topics: vec!["Harbour strike".into()],
            date: Some(date.into()),
            date_precision: Some(explorer_core::model::Precision::Day),
            ..Default::default()
        };
        Data::new(Corpus {
            documents: vec![
                doc("a", "Ferry strike ends", "Lucía Ortega", "2024-03-02"),
                doc("b", "Harbour fees rise", "Tom Reyes", "2024-05-09"),
            ],
            ..Default::default()
        })
    })
}

/// A URL hash key: a known one most of the time, else anything.
fn key() -> impl Strategy<Value = String> {
    let known: Vec<String> = ["q", "from", "to", "sort", "doc", "view", "lang"]
        .into_iter()
        .map(str::to_string)
        .chain(FacetKind::ALL.iter().map(|k| k.key().to_string()))
        .collect();
    prop_oneof![4 => prop::sample::select(known), 1 => any::<String>()]
}

/// A URL hash value: dates (valid, impossible, partial), known words, or anything.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?",
        prop::sample::select(vec![
            "relevance",
            "newest",
            "oldest",
            "results",
            "timeline",
            "people",
            "en",
            "es",
            "a",
            "b",
            "Lucía Ortega",
            "Tom Reyes",
            "Harbour strike",
            "<script>",
        ])
        .prop_map(str::to_string),
        "[ -~]{0,30}",
        any::<String>(),
        // Longer than the value limit, with a space near the cut.
        "[a-z ]{190,230}",
    ]
}

/// Decodes, checks the state is one the app can use, and that it survives a round
/// trip through the URL (when its link fits under the decoder's length limit).
fn check_hash(hash: &str) {
    let (state, _notices) = State::from_hash(hash);
    let data = data();
    let mut known = state.clone();
    let ids: Vec<&str> = data.corpus.documents.iter().map(|d| d.id.as_str()).collect();
    let _ = known.retain_known(&data.index, &ids);
    let results = data.index.search(&data.corpus.documents, &known.query());
    assert!(results.hits.len() <= data.corpus.documents.len());
    for h in &results.hits {
        let _ = snippet(&data.corpus.documents[h.doc as usize], &results.query, Lang::En, 220);
    }
    if let (Some(f), Some(t)) = (&state.from, &state.to) {
        assert!(f <= t, "the date range is never reversed");
    }
    let encoded = state.to_hash();
    if encoded.len() <= 16 * 1024 {
        let (back, notices) = State::from_hash(&encoded);
        assert_eq!(back, state, "round trip of {encoded:?}");
        assert!(notices.is_empty(), "{notices:?} for {encoded:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Any bytes: a clean error naming the file, or text without CR or BOM.
    #[test]
    fn any_bytes_read_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let mut warnings = Vec::new();
        match read_text("f.txt", Path::new("dir/f.txt"), &bytes, &mut warnings) {
            Ok(text) => {
                prop_assert!(!text.contains('\r') && !text.starts_with('\u{FEFF}'), "CR or BOM left");
                prop_assert!(!text.trim().is_empty());
                prop_assert!(warnings.iter().all(|w| w.starts_with("f.txt: ")));
            }
            Err(e) => {
                prop_assert!(e.file.ends_with("f.txt"));
                prop_assert!(e.problem.to_string().contains("remove"), "{e}");
            }
        }
    }

    /// Text-like bytes in Windows-1252 or UTF-8, with BOMs and CRLF, always read.
    #[test]
    fn text_in_any_common_encoding_reads(text in article(), bom in any::<bool>(), crlf in any::<bool>(), latin in any::<bool>()) {
        prop_assume!(!text.trim().is_empty() && !text.chars().any(|c| c.is_control() && !c.is_whitespace()));
        let text = if crlf { text.replace('\n', "\r\n") } else { text };
        let mut bytes = if bom { vec![0xEF, 0xBB, 0xBF] } else { Vec::new() };
        let (enc, _, lossy) = encoding_rs::WINDOWS_1252.encode(&text);
        if latin && !lossy {
            bytes.extend_from_slice(&enc);
        } else {
            bytes.extend_from_slice(text.as_bytes());
        }
        let mut warnings = Vec::new();
        let out = read_text("f.txt", Path::new("f.txt"), &bytes, &mut warnings);
        prop_assert!(out.is_ok(), "{out:?}");
        prop_assert!(!out.unwrap().contains('\r'));
    }

    /// Any set of articles: extraction finishes and keeps every invariant; the index
    /// built from it serialises and answers queries made of its own words.
    #[test]
    fn extraction_keeps_its_invariants(files in corpus_files(), query in line()) {
        let c = extract(&files, None);
        check_corpus(&files, &c);
        let data = Data::new(c);
        let back = Data::from_bytes(&data.to_bytes()).expect("round trip");
        // Everything round-trips but the removed page chrome, which is not embedded.
        let mut expected = data.corpus.clone();
        expected.documents.iter_mut().for_each(|d| d.chrome.clear());
        prop_assert_eq!(&back.corpus, &expected);
        let q = explorer_core::index::Query { text: query, ..Default::default() };
        let r = data.index.search(&data.corpus.documents, &q);
        for h in &r.hits {
            let d = &data.corpus.documents[h.doc as usize];
            let _ = snippet(d, &r.query, Lang::En, 220);
        }
        // Split into small chunks, all loaded: the same hits and counts.
        let Split { head, files } = chunks::split(data.corpus.clone(), 64, 64, 3);
        let (head, store) = Store::from_head(Head::from_bytes(&head.to_bytes()).expect("head round trip"));
        for c in store.all_chunks() {
            let name = store.file(c);
            let bytes = &files.iter().find(|(n, _)| *n == name).expect("a file per chunk").1;
            store.insert(c, bytes, &head.index).expect("chunk decodes");
        }
        prop_assert!(store.search_needs(&head.index, &q).is_empty());
        let chunked = store.search(&head.index, &q);
        let ids = |r: &explorer_core::index::Results, id: &dyn Fn(u32) -> String| {
            let mut v: Vec<String> = r.hits.iter().map(|h| id(h.doc)).collect();
            v.sort();
            v
        };
        prop_assert_eq!(
            ids(&r, &|d| data.corpus.documents[d as usize].id.clone()),
            ids(&chunked, &|d| store.meta(d).expect("loaded").id.clone())
        );
        prop_assert_eq!(&r.counts, &chunked.counts);
        prop_assert_eq!(r.total, chunked.total);
        for (i, d) in store.all_docs().expect("all loaded").iter().enumerate() {
            let full = store.doc(i as u32).expect("all loaded");
            prop_assert_eq!(&full.id, &d.id);
            let original = expected.documents.iter().find(|o| o.id == d.id).expect("same articles");
            prop_assert_eq!(full, original);
        }
    }

    /// Any page, well-formed or not: reading it never panics, and every line of the
    /// text it gives is collapsed (no empty lines, no runs of white space).
    #[test]
    fn any_markup_reads(
        parts in prop::collection::vec(prop_oneof![
            Just("<p>".to_string()), Just("</p>".to_string()), Just("<article>".to_string()),
            Just("<nav>".to_string()), Just("<br>".to_string()), Just("<h1>".to_string()),
            Just("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":".to_string()),
            Just("<meta property=\"article:published_time\" content=\"".to_string()),
            Just("\"".to_string()), Just("</script>".to_string()), Just("<time datetime=2024-02-30>".to_string()),
            line(),
        ], 0..40)
    ) {
        let page = explorer_extract::html::read(&parts.concat());
        for l in page.text.lines() {
            prop_assert!(!l.trim().is_empty() && !l.contains("  ") && l.trim() == l, "{l:?}");
        }
        if let Some((d, _, _)) = page.meta.published {
            prop_assert!(d.valid());
        }
    }

    /// Any taxonomy file is parsed without panicking.
    #[test]
    fn any_taxonomy_is_accepted(files in corpus_files(), taxonomy in article()) {
        let c = extract(&files, Some(&taxonomy));
        check_corpus(&files, &c);
    }

    /// File names become URL-safe, never-empty ids.
    #[test]
    fn slugs_are_always_url_safe(name in any::<String>()) {
        let s = slug(&name);
        prop_assert!(!s.is_empty());
        prop_assert!(s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'));
    }

    /// Any string as a URL hash.
    #[test]
    fn any_hash_decodes(hash in any::<String>()) {
        check_hash(&hash);
    }

    /// Any list of key/value pairs, percent-encoded as a browser would.
    #[test]
    fn any_pairs_decode(pairs in prop::collection::vec((key(), value()), 0..30), hash_sign in any::<bool>()) {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            s.append_pair(k, v);
        }
        let hash = s.finish();
        check_hash(&if hash_sign { format!("#{hash}") } else { hash });
    }

    /// Our URL encoding (`state::form`, hand-written for size) agrees with the
    /// `form_urlencoded` crate: the same encoding of any pairs, the same pairs from
    /// any string.
    #[test]
    fn form_matches_the_crate(pairs in prop::collection::vec((any::<String>(), any::<String>()), 0..8), raw in any::<String>(), junk in "[%+&=a-f0-9 é]{0,40}") {
        let mut ours = explorer_core::state::form::Pairs::default();
        let mut theirs = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &pairs {
            ours.append_pair(k, v);
            theirs.append_pair(k, v);
        }
        prop_assert_eq!(ours.finish(), theirs.finish());
        for s in [raw.as_str(), junk.as_str()] {
            let ours: Vec<(String, String)> = explorer_core::state::form::parse(s).collect();
            let theirs: Vec<(String, String)> =
                form_urlencoded::parse(s.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
            prop_assert_eq!(ours, theirs);
        }
    }

    /// Raw (unencoded) pairs with stray `%`, `&`, `=` and `+`.
    #[test]
    fn raw_pairs_decode(pairs in prop::collection::vec((key(), value()), 0..30)) {
        let hash: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        check_hash(&hash.join("&"));
    }

    /// Huge links: repeated keys and long values, up to twice the length limit.
    #[test]
    fn huge_hashes_decode(unit in "[a-z=&%+0-9é]{1,12}", times in 1usize..4000) {
        check_hash(&unit.repeat(times));
    }
}

// ---- Regression tests: inputs the properties above once failed on. ----

/// A value cut at the length limit right after a space came back one character
/// shorter on the next decode (it was trimmed before the cut, not after).
#[test]
fn regression_clipped_value_with_trailing_space_round_trips() {
    let value = format!("{} {}", "a".repeat(199), "b".repeat(10));
    let (state, _) = State::from_hash(&format!("doc={}", value.replace(' ', "+")));
    assert_eq!(state.doc.as_deref(), Some("a".repeat(199).as_str()));
    check_hash(&format!("doc={}", value.replace(' ', "+")));
    check_hash("doc=aa++aa++aa++a+++aaa+aaaa+aaa++aa+aaaaa++aaa+a+a+aaaaaa+++aaa+aaaa+aaaaaa+aaaaaa+a++a++a+aaaaa++aaa+aaa+aa+++++a+aa+aaa++aa+aaaaa++aaaa+aa++++aaaaa++a++aa+a++aa+a+++aaaa+aaaa+a+a+a++a+aaaaaaaaaaaa+++a+");
}

/// A taxonomy line whose label has no word and no keywords ("\:") made an empty
/// keyword, and matching it panicked ("window size must be non-zero").
#[test]
fn regression_taxonomy_label_without_words() {
    let files = vec![(".txt".to_string(), String::new()), ("a.txt".into(), "Ferry fares rise.\n".into())];
    let c = extract(&files, Some("\\:\n"));
    check_corpus(&files, &c);
    let c = extract(&files, Some("Ferries: ferry\n??: ,,\n"));
    assert_eq!(c.documents[1].topics, ["Ferries"]);
}
