//! The chunked build: what stays in the app (the head) and what it fetches on demand.
//!
//! Why: a corpus of thousands of articles compiled into the wasm makes the first visit
//! download every article and every posting list before anything shows. Above a size
//! (`build.rs`), the build splits the [`Data`] instead: the **head** keeps what the
//! first view and every filter need (articles' metadata, threads, facets, dates,
//! lengths), and the rest goes to static,
//! content-named **chunk** files beside the app:
//!
//! - the word and stem dictionaries, cut into [`Shard`]s of some tens of KB,
//!   each a run of consecutive terms with their postings: a query fetches only the
//!   shards its words (and their stems, and a last word's prefix) fall in;
//! - the people list with every spelling (for the reader) and the events (for the
//!   timeline), each one file fetched when that view opens;
//! - the articles' texts (standfirst, paragraphs, related articles), in groups of consecutive
//!   articles. Articles are numbered newest first, the order of the first page, so
//!   the first page's snippets come from one or two groups.
//!
//! [`Store`] holds the chunks loaded so far (each a [`OnceCell`], filled once, never
//! changed), says which are missing for a query ([`Store::search_needs`]) or for some
//! articles ([`Store::texts_needed`]), and searches exactly as [`Index::search`] does
//! once they are there, so counts are exact over the whole corpus. Fetching is the
//! app's business (`src/chunks.rs`): this module is plain Rust, tested natively.

use crate::index::{Data, Index, Lookup, ParsedQuery, Posting, Query, Results, Terms};
use crate::model::{Corpus, Document, Event, Person, Related};
use crate::text::{stem, Lang};
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;

/// An article's text, which the head leaves out.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct DocText {
    /// The standfirst, if any.
    pub standfirst: Option<String>,
    /// The body paragraphs.
    pub paragraphs: Vec<String>,
    /// Related articles, which only the reader shows.
    pub related: Vec<Related>,
}

/// A run of a term dictionary in one file: the terms from `first` up to the next
/// shard's first term.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Shard {
    /// The shard's first term (the empty string for the first shard).
    pub first: String,
    /// Hash of the file's content, in its name ([`chunk_name`]).
    pub file: u32,
}

/// Which chunks exist, embedded in the head.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Manifest {
    /// Shards of the folded-word dictionary.
    pub words: Vec<Shard>,
    /// Shards of the stem dictionary.
    pub stems: Vec<Shard>,
    /// Groups of article texts, by their first article: a group holds the texts of the
    /// articles from its first up to the next group's first.
    pub texts: Vec<u32>,
    /// One hash of every text group's content, in all their names: a group named by
    /// its own hash would cost 4 incompressible bytes of head per group (hundreds).
    pub texts_hash: u32,
    /// Hash of the people list with every spelling (the reader marks names with it).
    pub people: u32,
    /// Hash of the dated events (the timeline lists them).
    pub events: u32,
}

/// One chunk file, by kind and position in the [`Manifest`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Chunk {
    /// A shard of the word dictionary.
    Words(u32),
    /// A shard of the stem dictionary.
    Stems(u32),
    /// A group of article texts.
    Texts(u32),
    /// The people list.
    People,
    /// The events.
    Events,
}

/// What the app embeds in a chunked build: the head and the chunk list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Head {
    /// The corpus without article texts, and the index without term dictionaries.
    pub data: Data,
    /// The chunk files.
    pub manifest: Manifest,
}

impl Head {
    /// Serialises for embedding: the data as [`Data::to_compact_bytes`] writes it,
    /// then the manifest.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = self.data.to_compact_bytes();
        bytes.extend(postcard::to_allocvec(&self.manifest).expect("the manifest serialises"));
        bytes
    }

    /// Reads what [`Head::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Head, String> {
        let (data, rest) = Data::take_compact(bytes)?;
        let manifest =
            postcard::from_bytes(rest).map_err(|e| format!("embedded chunk list is unreadable: {e}"))?;
        Ok(Head { data, manifest })
    }
}

/// A chunk's file name (without folder or extension): its kind and position, then the
/// hash of its content, e.g. `w12-1a2b3c4d` (word shard 12). The name changes whenever
/// the content does, so chunk files can be cached forever; the kind and position keep
/// names unique, so 32 bits of hash are enough and cost the head 4 bytes a file.
pub fn chunk_name(chunk: Chunk, hash: u32) -> String {
    match chunk {
        Chunk::Words(i) => format!("w{i}-{hash:08x}"),
        Chunk::Stems(i) => format!("s{i}-{hash:08x}"),
        Chunk::Texts(i) => format!("t{i}-{hash:08x}"),
        Chunk::People => format!("p-{hash:08x}"),
        Chunk::Events => format!("e-{hash:08x}"),
    }
}

/// FNV-1a of the bytes, folded to 32 bits.
pub fn content_hash(bytes: &[u8]) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    (h ^ (h >> 32)) as u32
}

/// The chunked build's output: the head and the chunk files (hash, bytes).
pub struct Split {
    /// What the app embeds.
    pub head: Head,
    /// Every chunk file: its name ([`chunk_name`]) and bytes.
    pub files: Vec<(String, Vec<u8>)>,
}

/// Splits a corpus into a head and chunks: term shards of about `shard_bytes` and text
/// groups of about `text_bytes` (postcard, before compression). Text groups are small
/// because a page of results needs the texts of 20 articles from anywhere in the
/// corpus; shards can be larger, a query needing one or two. Articles are renumbered
/// newest first (undated last, input order among equals), the order of the first
/// page, before the index is built.
pub fn split(mut corpus: Corpus, shard_bytes: usize, text_bytes: usize) -> Split {
    let mut order: Vec<usize> = (0..corpus.documents.len()).collect();
    let newest: Vec<u32> = corpus.documents.iter().map(|d| d.day_range().map_or(0, |(a, _)| a)).collect();
    order.sort_by_key(|&d| (std::cmp::Reverse(newest[d]), d));
    let mut docs: Vec<Option<Document>> = corpus.documents.into_iter().map(Some).collect();
    corpus.documents = order.iter().map(|&d| docs[d].take().expect("a permutation")).collect();
    let mut data = Data::new(corpus);
    let mut files = Vec::new();
    let people =
        file(Chunk::People, postcard::to_allocvec(&std::mem::take(&mut data.corpus.people)), &mut files);
    let events =
        file(Chunk::Events, postcard::to_allocvec(&std::mem::take(&mut data.corpus.events)), &mut files);
    let mut manifest = Manifest {
        words: shards(&std::mem::take(&mut data.index.words), Chunk::Words, shard_bytes, &mut files),
        stems: shards(&std::mem::take(&mut data.index.stems), Chunk::Stems, shard_bytes, &mut files),
        texts: Vec::new(),
        texts_hash: 0,
        people,
        events,
    };
    let mut group: Vec<DocText> = Vec::new();
    let mut groups: Vec<Vec<u8>> = Vec::new();
    let (mut size, mut start) = (0usize, 0u32);
    let n = data.corpus.documents.len();
    for (i, d) in data.corpus.documents.iter_mut().enumerate() {
        d.chrome.clear();
        let text = DocText {
            standfirst: d.standfirst.take(),
            paragraphs: std::mem::take(&mut d.paragraphs),
            related: std::mem::take(&mut d.related),
        };
        size += text.standfirst.as_ref().map_or(0, String::len)
            + text.paragraphs.iter().map(String::len).sum::<usize>();
        group.push(text);
        if size >= text_bytes || i + 1 == n {
            groups.push(postcard::to_allocvec(&group).expect("chunks serialise"));
            manifest.texts.push(start);
            group.clear();
            size = 0;
            start = i as u32 + 1;
        }
    }
    manifest.texts_hash = content_hash(&groups.concat());
    for (i, bytes) in groups.into_iter().enumerate() {
        files.push((chunk_name(Chunk::Texts(i as u32), manifest.texts_hash), bytes));
    }
    Split { head: Head { data, manifest }, files }
}

/// Adds a chunk file, returning its content hash.
fn file(chunk: Chunk, bytes: postcard::Result<Vec<u8>>, files: &mut Vec<(String, Vec<u8>)>) -> u32 {
    let bytes = bytes.expect("chunks serialise");
    let hash = content_hash(&bytes);
    files.push((chunk_name(chunk, hash), bytes));
    hash
}

/// Cuts a dictionary into shards of about `target` bytes of postings and terms.
fn shards(
    terms: &Terms,
    kind: fn(u32) -> Chunk,
    target: usize,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Vec<Shard> {
    let mut out = Vec::new();
    let (mut from, mut size) = (0usize, 0usize);
    for i in 0..terms.terms.len() {
        size += terms.terms[i].len() + 1 + terms.postings[i].len() * 3;
        if size >= target || i + 1 == terms.terms.len() {
            let file = file(kind(out.len() as u32), postcard::to_allocvec(&terms.slice(from..i + 1)), files);
            let first = if out.is_empty() { String::new() } else { terms.terms[from].clone() };
            out.push(Shard { first, file });
            from = i + 1;
            size = 0;
        }
    }
    out
}

/// The shard `term` falls in.
fn shard_of(shards: &[Shard], term: &str) -> usize {
    shards.partition_point(|s| s.first.as_str() <= term).saturating_sub(1)
}

/// The shards holding the terms that start with `prefix`.
fn shards_with_prefix(shards: &[Shard], prefix: &str) -> std::ops::Range<usize> {
    let from = shard_of(shards, prefix);
    let mut to = from + 1;
    while to < shards.len() && shards[to].first.starts_with(prefix) {
        to += 1;
    }
    from..to.min(shards.len().max(from))
}

/// A dictionary read through the shards loaded so far.
struct Sharded<'a> {
    shards: &'a [Shard],
    cells: &'a [OnceCell<Terms>],
}

impl Lookup for Sharded<'_> {
    fn exact(&self, term: &str) -> Option<&[Posting]> {
        self.cells.get(shard_of(self.shards, term))?.get()?.exact(term)
    }

    fn each_prefixed(&self, prefix: &str, f: &mut dyn FnMut(&[Posting])) {
        for i in shards_with_prefix(self.shards, prefix) {
            if let Some(t) = self.cells[i].get() {
                t.each_prefixed(prefix, f);
            }
        }
    }
}

/// The chunks loaded so far, and the searches and texts they make possible.
pub struct Store {
    /// Which chunks exist.
    pub manifest: Manifest,
    words: Vec<OnceCell<Terms>>,
    stems: Vec<OnceCell<Terms>>,
    texts: Vec<OnceCell<Vec<Document>>>,
    people: OnceCell<Vec<Person>>,
    events: OnceCell<Vec<Event>>,
}

impl Store {
    /// A store with nothing loaded yet.
    pub fn new(manifest: Manifest) -> Store {
        let cells = |n: usize| (0..n).map(|_| OnceCell::new()).collect();
        Store {
            words: cells(manifest.words.len()),
            stems: cells(manifest.stems.len()),
            texts: (0..manifest.texts.len()).map(|_| OnceCell::new()).collect(),
            people: OnceCell::new(),
            events: OnceCell::new(),
            manifest,
        }
    }

    /// The file name of a chunk ([`chunk_name`]).
    pub fn file(&self, chunk: Chunk) -> String {
        let m = &self.manifest;
        chunk_name(
            chunk,
            match chunk {
                Chunk::Words(i) => m.words[i as usize].file,
                Chunk::Stems(i) => m.stems[i as usize].file,
                Chunk::Texts(_) => m.texts_hash,
                Chunk::People => m.people,
                Chunk::Events => m.events,
            },
        )
    }

    /// Is this chunk loaded?
    pub fn has(&self, chunk: Chunk) -> bool {
        match chunk {
            Chunk::Words(i) => self.words[i as usize].get().is_some(),
            Chunk::Stems(i) => self.stems[i as usize].get().is_some(),
            Chunk::Texts(i) => self.texts[i as usize].get().is_some(),
            Chunk::People => self.people.get().is_some(),
            Chunk::Events => self.events.get().is_some(),
        }
    }

    /// Takes in a fetched chunk. Texts are joined to their articles' metadata from
    /// `head`. A chunk that is already there is left as it was.
    pub fn insert(&self, chunk: Chunk, bytes: &[u8], head: &[Document]) -> Result<(), String> {
        if self.has(chunk) {
            return Ok(());
        }
        let bad = |e: postcard::Error| format!("chunk {} is unreadable: {e}", self.file(chunk));
        match chunk {
            Chunk::Words(i) | Chunk::Stems(i) => {
                let terms: Terms = postcard::from_bytes(bytes).map_err(bad)?;
                let cells = if matches!(chunk, Chunk::Words(_)) { &self.words } else { &self.stems };
                let _ = cells[i as usize].set(terms);
            }
            Chunk::Texts(i) => {
                let texts: Vec<DocText> = postcard::from_bytes(bytes).map_err(bad)?;
                let first = self.manifest.texts[i as usize] as usize;
                let docs = texts
                    .into_iter()
                    .zip(head.iter().skip(first))
                    .map(|(t, d)| Document {
                        standfirst: t.standfirst,
                        paragraphs: t.paragraphs,
                        related: t.related,
                        ..d.clone()
                    })
                    .collect();
                let _ = self.texts[i as usize].set(docs);
            }
            Chunk::People => {
                let _ = self.people.set(postcard::from_bytes(bytes).map_err(bad)?);
            }
            Chunk::Events => {
                let _ = self.events.set(postcard::from_bytes(bytes).map_err(bad)?);
            }
        }
        Ok(())
    }

    /// The group holding an article's text.
    fn group_of(&self, doc: u32) -> usize {
        self.manifest.texts.partition_point(|&g| g <= doc).saturating_sub(1)
    }

    /// An article with its text, once its group is loaded.
    pub fn doc(&self, doc: u32) -> Option<&Document> {
        let g = self.group_of(doc);
        let first = *self.manifest.texts.get(g)?;
        self.texts[g].get()?.get((doc - first) as usize)
    }

    /// The people list, once loaded.
    pub fn people(&self) -> Option<&[Person]> {
        self.people.get().map(Vec::as_slice)
    }

    /// The events, once loaded.
    pub fn events(&self) -> Option<&[Event]> {
        self.events.get().map(Vec::as_slice)
    }

    /// The text groups of these articles that are not loaded yet, each once.
    pub fn texts_needed(&self, docs: impl IntoIterator<Item = u32>) -> Vec<Chunk> {
        let mut out: Vec<Chunk> = docs
            .into_iter()
            .map(|d| self.group_of(d))
            .filter(|&g| g < self.texts.len() && self.texts[g].get().is_none())
            .map(|g| Chunk::Texts(g as u32))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The chunks a search for `query` still needs: the shards of its words, their
    /// stems and a last word's prefix; then, for a quoted phrase, the texts of the
    /// articles that hold all its words (where the phrase is checked).
    pub fn search_needs(&self, index: &Index, query: &Query) -> Vec<Chunk> {
        let parsed = ParsedQuery::parse(&query.text);
        let mut out = Vec::new();
        let words = parsed.terms.iter().map(|t| (t.word.as_str(), t.prefix));
        let phrase_words = parsed.phrases.iter().flatten().map(|w| (w.as_str(), false));
        for (word, prefix) in words.chain(phrase_words) {
            let m = &self.manifest;
            let range = if prefix {
                shards_with_prefix(&m.words, word)
            } else {
                shard_of(&m.words, word)..shard_of(&m.words, word) + 1
            };
            out.extend(range.filter(|&i| i < self.words.len()).map(|i| Chunk::Words(i as u32)));
            for lang in [Lang::En, Lang::Es] {
                let i = shard_of(&m.stems, &stem(word, lang));
                if i < self.stems.len() {
                    out.push(Chunk::Stems(i as u32));
                }
            }
        }
        out.retain(|&c| !self.has(c));
        out.sort();
        out.dedup();
        if out.is_empty() && !parsed.phrases.is_empty() {
            let (words, stems) = self.lookups();
            let mut candidates: Option<Vec<bool>> = None;
            for word in parsed.phrases.iter().flatten() {
                let mut has = vec![false; index.n_docs as usize];
                let mut mark = |list: &[Posting]| list.iter().for_each(|p| has[p.doc as usize] = true);
                if let Some(l) = words.exact(word) {
                    mark(l);
                }
                for lang in [Lang::En, Lang::Es] {
                    if let Some(l) = stems.exact(&stem(word, lang)) {
                        mark(l);
                    }
                }
                candidates = Some(match candidates {
                    None => has,
                    Some(c) => c.iter().zip(has).map(|(a, b)| *a && b).collect(),
                });
            }
            let docs = candidates.unwrap_or_default();
            return self.texts_needed((0..docs.len() as u32).filter(|&d| docs[d as usize]));
        }
        out
    }

    fn lookups(&self) -> (Sharded<'_>, Sharded<'_>) {
        (
            Sharded { shards: &self.manifest.words, cells: &self.words },
            Sharded { shards: &self.manifest.stems, cells: &self.stems },
        )
    }

    /// [`Index::search`] over the loaded chunks: the same results once
    /// [`Store::search_needs`] is empty.
    pub fn search(&self, index: &Index, query: &Query) -> Results {
        let (words, stems) = self.lookups();
        index.search_in(&words, &stems, |d| self.doc(d as u32), query)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::FacetKind;

    fn corpus() -> Corpus {
        let words =
            ["ferry", "harbour", "fees", "port", "authority", "visa", "union", "strike", "budget", "rain"];
        let documents = (0..40)
            .map(|i| Document {
                id: format!("a{i}"),
                title: format!("Story {i} about {}", words[i % words.len()]),
                date: (i % 7 != 0).then(|| format!("2024-0{}-1{}", 1 + i % 9, i % 10)),
                persons: vec![format!("Person {}", i % 5)],
                standfirst: Some(format!("The {} and the {}.", words[(i * 3) % 10], words[(i * 7) % 10])),
                paragraphs: vec![
                    format!("The port authority said {} {} rose.", words[i % 10], words[(i + 1) % 10]),
                    format!("Ferries {} carried {} people.", words[(i + 2) % 10], i * 11),
                ],
                related: vec![Related { id: format!("a{}", (i + 1) % 40), reason: "Shares: ferry".into() }],
                ..Default::default()
            })
            .collect();
        let people =
            vec![Person { name: "Person 1".into(), aliases: vec!["P. One".into()], ..Default::default() }];
        let events = vec![Event {
            date: "2024-03-01".into(),
            text: "Ferries stopped.".into(),
            docs: vec!["a3".into()],
            ..Default::default()
        }];
        Corpus { documents, people, events, ..Default::default() }
    }

    /// Loads what a search needs, as the app does, until nothing is missing.
    fn load_for(store: &Store, files: &[(String, Vec<u8>)], head: &Data, query: &Query) {
        for _ in 0..3 {
            for c in store.search_needs(&head.index, query) {
                let name = store.file(c);
                let bytes = &files.iter().find(|(n, _)| *n == name).unwrap().1;
                store.insert(c, bytes, &head.corpus.documents).unwrap();
            }
        }
        assert!(store.search_needs(&head.index, query).is_empty());
    }

    fn ids(data: &Data, r: &Results) -> Vec<String> {
        r.hits.iter().map(|h| data.corpus.documents[h.doc as usize].id.clone()).collect()
    }

    #[test]
    fn chunked_search_finds_what_the_whole_index_finds() {
        let whole = Data::new(corpus());
        let Split { head, files } = split(corpus(), 200, 200);
        assert!(
            head.manifest.words.len() > 2 && head.manifest.texts.len() > 2,
            "small chunks: {:?}",
            head.manifest
        );
        assert!(
            head.data.index.words.terms.is_empty()
                && head.data.corpus.documents.iter().all(|d| d.paragraphs.is_empty())
        );
        let store = Store::new(head.manifest.clone());
        let queries = [
            "ferry",
            "ferries ",
            "port",
            "po",
            "f",
            "\"port authority\"",
            "\"authority port\"",
            "visa strike",
            "zzz",
            "11",
        ];
        for text in queries {
            for facet in [None, Some("Person 2")] {
                let mut q = Query { text: text.into(), ..Default::default() };
                if let Some(p) = facet {
                    q.facets = vec![(FacetKind::Person, vec![p.into()])];
                }
                load_for(&store, &files, &head.data, &q);
                let a = whole.index.search(&whole.corpus.documents, &q);
                let b = store.search(&head.data.index, &q);
                let mut x = ids(&whole, &a);
                let mut y = ids(&head.data, &b);
                x.sort();
                y.sort();
                assert_eq!(x, y, "{text:?} {facet:?}");
                assert_eq!(
                    a.counts.iter().map(|c| c.iter().sum::<u32>()).sum::<u32>(),
                    b.counts.iter().map(|c| c.iter().sum::<u32>()).sum::<u32>()
                );
            }
        }
    }

    #[test]
    fn articles_are_numbered_newest_first_and_texts_come_back_whole() {
        let whole = corpus();
        let Split { head, files } = split(corpus(), 300, 300);
        let days = &head.data.index.days;
        let starts: Vec<u32> = days.iter().map(|d| d.map_or(0, |(a, _)| a)).collect();
        assert!(starts.windows(2).all(|w| w[0] >= w[1]), "newest first, undated last");
        let store = Store::new(head.manifest.clone());
        assert!(store.doc(0).is_none());
        let need = store.texts_needed(0..head.data.corpus.documents.len() as u32);
        assert_eq!(need.len(), head.manifest.texts.len());
        for c in need {
            let name = store.file(c);
            store
                .insert(c, &files.iter().find(|(n, _)| *n == name).unwrap().1, &head.data.corpus.documents)
                .unwrap();
        }
        for (i, d) in head.data.corpus.documents.iter().enumerate() {
            let full = store.doc(i as u32).expect("loaded");
            let original = whole.documents.iter().find(|o| o.id == d.id).unwrap();
            assert_eq!(full, original);
        }
        assert!(head.data.corpus.people.is_empty() && head.data.corpus.events.is_empty());
        assert!(store.people().is_none() && store.events().is_none());
        for c in [Chunk::People, Chunk::Events] {
            let name = store.file(c);
            store.insert(c, &files.iter().find(|(n, _)| *n == name).unwrap().1, &[]).unwrap();
        }
        assert_eq!(store.people(), Some(&whole.people[..]));
        assert_eq!(store.events(), Some(&whole.events[..]));
        assert!(
            store.insert(Chunk::Texts(0), b"\xff\xff", &head.data.corpus.documents).is_ok(),
            "a loaded chunk stays"
        );
        let fresh = Store::new(head.manifest.clone());
        let err = fresh.insert(Chunk::Words(0), b"\xff\xff\xff", &[]).unwrap_err();
        assert!(err.contains(&fresh.file(Chunk::Words(0))), "{err}");
    }

    #[test]
    fn the_head_round_trips_and_names_are_content_hashes() {
        let Split { head, files } = split(corpus(), 500, 500);
        assert_eq!(Head::from_bytes(&head.to_bytes()).unwrap().manifest, head.manifest);
        let texts: Vec<u8> =
            files.iter().filter(|(n, _)| n.starts_with('t')).flat_map(|(_, b)| b.clone()).collect();
        assert_eq!(head.manifest.texts_hash, content_hash(&texts));
        for (name, bytes) in &files {
            let hash = if name.starts_with('t') { head.manifest.texts_hash } else { content_hash(bytes) };
            assert!(name.ends_with(&format!("-{hash:08x}")), "{name}");
        }
        assert_ne!(content_hash(b"ab"), content_hash(b"ba"));
        assert_eq!(chunk_name(Chunk::Words(12), 255), "w12-000000ff");
        assert_eq!(chunk_name(Chunk::People, 1), "p-00000001");
    }
}
