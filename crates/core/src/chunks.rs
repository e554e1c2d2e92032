//! The chunked build: what stays in the app (the head) and what it fetches on demand.
//!
//! Why: a corpus of thousands of articles compiled into the wasm makes the first visit
//! download every article and every posting list before anything shows. Above a size
//! (`build.rs`), the build splits the [`Data`] instead. The **head** keeps only what
//! the first view needs, so that it grows by a few bytes per article: the facets'
//! labels with their counts over the whole corpus, each article's date (delta-coded),
//! language and "estimated" flag (the histogram, the date filter, the order of
//! results), the metadata of the first page of results, and the manifest. The rest
//! goes to static, content-named **chunk** files beside the app:
//!
//! - the word and stem dictionaries, cut into [`Shard`]s of some KB (postings
//!   delta-coded), each a run of consecutive terms with their postings: a query fetches
//!   only the shards its words (and their stems in the corpus's languages, and a last
//!   word's prefix) fall in;
//! - the articles' texts (standfirst, paragraphs, related articles) with their metadata
//!   (headline, credits, date and its evidence, facet values as positions in the
//!   head's labels), one article a file ([`split`]'s `text_bytes`): a page of results
//!   needs these and nothing else;
//! - articles' **metadata** again, in groups of consecutive articles: fetched for
//!   exports and for the titles of articles named by id (related, thread, timeline);
//! - an **id directory** (ids and positions, sorted by id, in shards): a link to an
//!   article by id fetches one shard, then that article's group;
//! - per **facet**, the article lists of its first [`FACET_TOP`] values (delta-coded),
//!   and the articles' lengths (for ranking): fetched by the first query that is not
//!   the opening view; the other values' lists are one more file, fetched when a
//!   facet list shows them or one is selected. Counts stay exact for every value shown;
//! - the people list with every spelling (for the reader), the events with the
//!   positions of the articles they name (for the timeline) and the story threads (for
//!   the reader), each one file. Articles are numbered newest first, the order of the
//!   first page.
//!
//! [`Store`] holds the chunks loaded so far (each a [`OnceCell`], filled once, never
//! changed), says which are missing for a query ([`Store::search_needs`]), for some
//! articles ([`Store::texts_needed`], [`Store::meta_needed`]) or for an id
//! ([`Store::position_needs`]), and searches exactly as [`Index::search`] does once
//! they are there, so counts are exact over the whole corpus. Fetching is the app's
//! business (`src/chunks.rs`): this module is plain Rust, tested natively.

use crate::index::{Data, Facet, FacetKind, Index, Lookup, ParsedQuery, Posting, Query, Results, Terms};
use crate::model::{Corpus, Document, Event, Person, Related, Thread};
use crate::text::{stem, Lang};
use serde::{Deserialize, Serialize};
use std::cell::OnceCell;
use std::collections::HashMap;

/// How many of the newest articles have their metadata in the head: the first page of
/// results in the opening view (newest first).
pub const FIRST_PAGE: usize = 20;

/// How many values of each facet (the most frequent) have their article lists in the
/// facet's own file, fetched by the first query: the values a facet list shows before
/// "Show all" (the app's `FACET_LIMIT`). The other values' lists are one more file,
/// fetched when a list is opened, sorted A–Z or filtered, or one of them is selected.
pub const FACET_TOP: usize = 8;

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
    /// articles from its first up to the next group's first. Stored as differences
    /// (with one article a group, a run of ones, which costs the compressed head
    /// nothing).
    #[serde(with = "deltas")]
    pub texts: Vec<u32>,
    /// One hash of every text group's content, in all their names: a group named by
    /// its own hash would cost 4 incompressible bytes of head per group (hundreds).
    pub texts_hash: u32,
    /// Articles per metadata group: group 0 is the first [`FIRST_PAGE`] articles (in
    /// the head), group `g` ≥ 1 the `meta_size` articles from
    /// `FIRST_PAGE + (g - 1) * meta_size`.
    pub meta_size: u32,
    /// One hash of every metadata group's content, in all their names.
    pub metas_hash: u32,
    /// Hash of each facet's postings file (its first [`FACET_TOP`] values), in the
    /// order of the index's facets.
    pub facets: Vec<u32>,
    /// Hash of the file with every facet's other values' postings.
    pub facets_rest: u32,
    /// Hash of the articles' lengths (for ranking).
    pub lengths: u32,
    /// Hash of the people list with every spelling (the reader marks names with it).
    pub people: u32,
    /// Hash of the dated events (the timeline lists them).
    pub events: u32,
    /// Hash of the story threads (the reader lists an article's thread).
    pub threads: u32,
    /// Shards of the id directory: every article's id with its position, sorted by id
    /// (a link to an article by id fetches one shard, not every metadata group).
    pub ids: Vec<Shard>,
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
    /// A group of articles' metadata (from 1: group 0 is in the head).
    Metas(u32),
    /// A facet's postings of its first [`FACET_TOP`] values (by position among the
    /// index's facets).
    Facet(u32),
    /// Every facet's postings of its other values.
    FacetRest,
    /// The articles' lengths.
    Lengths,
    /// The people list.
    People,
    /// The events.
    Events,
    /// The story threads.
    Threads,
    /// A shard of the id directory.
    Ids(u32),
}

/// What the app embeds in a chunked build: the head and the chunk list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Head {
    /// The index without term dictionaries, lengths or facet postings (facets keep
    /// their labels), and the corpus with only the first page's articles, without
    /// their texts.
    pub data: Data,
    /// Each facet value's number of articles in the whole corpus.
    pub counts: Vec<Vec<u32>>,
    /// The chunk files.
    pub manifest: Manifest,
}

/// Per facet, per article: the positions of the article's values in the facet.
type FacetRefs = Vec<Vec<Vec<u32>>>;

/// The head as stored: dates delta-coded, facets as labels and counts, the first
/// page's metadata with facet values by position.
#[derive(Serialize, Deserialize)]
struct HeadWire {
    n_docs: u32,
    avg_len: f32,
    langs: Vec<Lang>,
    estimated: Vec<bool>,
    /// Each dated article's first day (dated articles come first: newest first,
    /// undated last), as the difference from the previous one's.
    starts: Vec<u32>,
    /// Each dated article's last day minus its first.
    spans: Vec<u32>,
    /// Per facet: its kind, labels and counts.
    facets: Vec<(FacetKind, Vec<String>, Vec<u32>)>,
    first: (Vec<Document>, FacetRefs),
    manifest: Manifest,
}

impl Head {
    /// Serialises for embedding.
    pub fn to_bytes(&self) -> Vec<u8> {
        let index = &self.data.index;
        let dated = index.days.iter().take_while(|d| d.is_some()).count();
        assert!(index.days[dated..].iter().all(Option::is_none), "undated articles come last");
        let mut prev = 0u32;
        let mut starts = Vec::with_capacity(dated);
        let mut spans = Vec::with_capacity(dated);
        for &(a, b) in index.days.iter().flatten() {
            starts.push(prev.wrapping_sub(a));
            spans.push(b.wrapping_sub(a));
            prev = a;
        }
        let wire = HeadWire {
            n_docs: index.n_docs,
            avg_len: index.avg_len,
            langs: index.langs.clone(),
            estimated: index.estimated.clone(),
            starts,
            spans,
            facets: index
                .facets
                .iter()
                .zip(&self.counts)
                .map(|(f, c)| (f.kind, f.values.iter().map(|v| v.label.clone()).collect(), c.clone()))
                .collect(),
            first: encode_metas(&self.data.corpus.documents, &index.facets),
            manifest: self.manifest.clone(),
        };
        postcard::to_allocvec(&wire).expect("the head serialises")
    }

    /// Reads what [`Head::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Head, String> {
        let w: HeadWire =
            postcard::from_bytes(bytes).map_err(|e| format!("embedded head is unreadable: {e}"))?;
        let mut days = Vec::with_capacity(w.n_docs as usize);
        let mut prev = 0u32;
        for (&d, &s) in w.starts.iter().zip(&w.spans) {
            let a = prev.wrapping_sub(d);
            days.push(Some((a, a.wrapping_add(s))));
            prev = a;
        }
        days.resize(w.n_docs as usize, None);
        let mut counts = Vec::new();
        let facets: Vec<Facet> = w
            .facets
            .into_iter()
            .map(|(kind, labels, c)| {
                counts.push(c);
                let values =
                    labels.into_iter().map(|label| crate::index::FacetValue { label, docs: Vec::new() });
                Facet { kind, values: values.collect() }
            })
            .collect();
        let documents = decode_metas(w.first, &facets);
        let index = Index {
            n_docs: w.n_docs,
            avg_len: w.avg_len,
            langs: w.langs,
            estimated: w.estimated,
            days,
            facets,
            ..Default::default()
        };
        Ok(Head {
            data: Data { corpus: Corpus { documents, ..Default::default() }, index },
            counts,
            manifest: w.manifest,
        })
    }
}

/// Articles' metadata as stored: without their facet values, which are given as
/// positions among the facets' labels (each label is in the head once).
fn encode_metas(docs: &[Document], facets: &[Facet]) -> (Vec<Document>, FacetRefs) {
    let mut refs: FacetRefs = Vec::with_capacity(facets.len());
    for facet in facets {
        let position: HashMap<&str, u32> =
            facet.values.iter().enumerate().map(|(i, v)| (v.label.as_str(), i as u32)).collect();
        refs.push(
            docs.iter()
                .map(|doc| {
                    facet.kind.values(doc).iter().filter_map(|v| position.get(v.as_str()).copied()).collect()
                })
                .collect(),
        );
    }
    let mut docs = docs.to_vec();
    for doc in &mut docs {
        for kind in FacetKind::ALL {
            kind.set_values(doc, Vec::new());
        }
    }
    (docs, refs)
}

/// Reads what [`encode_metas`] wrote (an unknown position is left out).
fn decode_metas((mut docs, refs): (Vec<Document>, FacetRefs), facets: &[Facet]) -> Vec<Document> {
    for (facet, per_doc) in facets.iter().zip(refs) {
        for (doc, refs) in docs.iter_mut().zip(per_doc) {
            let values = refs.iter().filter_map(|&r| facet.values.get(r as usize)).map(|v| v.label.clone());
            facet.kind.set_values(doc, values.collect());
        }
    }
    docs
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
        Chunk::Metas(i) => format!("m{i}-{hash:08x}"),
        Chunk::Facet(i) => format!("f{i}-{hash:08x}"),
        Chunk::FacetRest => format!("g-{hash:08x}"),
        Chunk::Lengths => format!("l-{hash:08x}"),
        Chunk::People => format!("p-{hash:08x}"),
        Chunk::Events => format!("e-{hash:08x}"),
        Chunk::Threads => format!("h-{hash:08x}"),
        Chunk::Ids(i) => format!("i{i}-{hash:08x}"),
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
/// groups of about `text_bytes` (postcard, before compression), metadata in groups of
/// `meta_size` articles. Text groups are small because a page of results needs the
/// texts of 20 articles from anywhere in the corpus; shards can be larger, a query
/// needing one or two. Articles are renumbered newest first (undated last, input
/// order among equals), the order of the first page, before the index is built.
pub fn split(mut corpus: Corpus, shard_bytes: usize, text_bytes: usize, meta_size: usize) -> Split {
    let meta_size = meta_size.max(1);
    let mut order: Vec<usize> = (0..corpus.documents.len()).collect();
    let newest: Vec<u32> = corpus.documents.iter().map(|d| d.day_range().map_or(0, |(a, _)| a)).collect();
    order.sort_by_key(|&d| (std::cmp::Reverse(newest[d]), d));
    let mut docs: Vec<Option<Document>> = corpus.documents.into_iter().map(Some).collect();
    corpus.documents = order.iter().map(|&d| docs[d].take().expect("a permutation")).collect();
    corpus.warnings.clear();
    let mut data = Data::new(corpus);
    let mut files = Vec::new();
    let people =
        file(Chunk::People, postcard::to_allocvec(&std::mem::take(&mut data.corpus.people)), &mut files);
    // The events with the positions of the articles they name (`u32::MAX`: not in the
    // corpus), so that the timeline needs no id lookup to know which results they concern.
    let position: HashMap<&str, u32> =
        data.corpus.documents.iter().enumerate().map(|(i, d)| (d.id.as_str(), i as u32)).collect();
    let event_docs: Vec<Vec<u32>> = data
        .corpus
        .events
        .iter()
        .map(|e| e.docs.iter().map(|id| position.get(id.as_str()).copied().unwrap_or(u32::MAX)).collect())
        .collect();
    let mut ids: Vec<(&str, u32)> = position.into_iter().collect();
    ids.sort_unstable();
    let ids = id_shards(&ids, ID_SHARD, &mut files);
    let events = file(
        Chunk::Events,
        postcard::to_allocvec(&(std::mem::take(&mut data.corpus.events), event_docs)),
        &mut files,
    );
    let threads =
        file(Chunk::Threads, postcard::to_allocvec(&std::mem::take(&mut data.corpus.threads)), &mut files);
    let lengths =
        file(Chunk::Lengths, postcard::to_allocvec(&std::mem::take(&mut data.index.doc_len)), &mut files);
    let mut counts = Vec::new();
    let mut facet_files = Vec::new();
    let mut rest: Vec<Vec<Vec<u32>>> = Vec::new();
    for (i, facet) in data.index.facets.iter_mut().enumerate() {
        counts.push(facet.values.iter().map(|v| v.docs.len() as u32).collect());
        let mut postings: Vec<Vec<u32>> =
            facet.values.iter_mut().map(|v| delta(&std::mem::take(&mut v.docs))).collect();
        rest.push(postings.split_off(FACET_TOP.min(postings.len())));
        facet_files.push(file(Chunk::Facet(i as u32), postcard::to_allocvec(&postings), &mut files));
    }
    let facets_rest = file(Chunk::FacetRest, postcard::to_allocvec(&rest), &mut files);
    let mut manifest = Manifest {
        words: shards(&std::mem::take(&mut data.index.words), Chunk::Words, shard_bytes, &mut files),
        stems: shards(&std::mem::take(&mut data.index.stems), Chunk::Stems, shard_bytes, &mut files),
        meta_size: meta_size as u32,
        facets: facet_files,
        facets_rest,
        lengths,
        people,
        events,
        threads,
        ids,
        ..Default::default()
    };
    // Text groups: each article's text, and the metadata of those past the first page
    // (the head has theirs), so that a page of results needs its text groups only.
    let mut texts: Vec<DocText> = Vec::new();
    let mut bounds: Vec<std::ops::Range<usize>> = Vec::new();
    let (mut size, mut start) = (0usize, 0usize);
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
        texts.push(text);
        if size >= text_bytes || i + 1 == n {
            bounds.push(start..i + 1);
            manifest.texts.push(start as u32);
            size = 0;
            start = i + 1;
        }
    }
    let groups: Vec<Vec<u8>> = bounds
        .into_iter()
        .map(|r| {
            let metas = &data.corpus.documents[r.start.max(FIRST_PAGE).min(r.end)..r.end];
            let wire = (&texts[r], encode_metas(metas, &data.index.facets));
            postcard::to_allocvec(&wire).expect("chunks serialise")
        })
        .collect();
    manifest.texts_hash = content_hash(&groups.concat());
    for (i, bytes) in groups.into_iter().enumerate() {
        files.push((chunk_name(Chunk::Texts(i as u32), manifest.texts_hash), bytes));
    }
    let rest = data.corpus.documents.split_off(FIRST_PAGE.min(n));
    let metas: Vec<Vec<u8>> = rest
        .chunks(meta_size)
        .map(|g| postcard::to_allocvec(&encode_metas(g, &data.index.facets)).expect("chunks serialise"))
        .collect();
    manifest.metas_hash = content_hash(&metas.concat());
    for (i, bytes) in metas.into_iter().enumerate() {
        files.push((chunk_name(Chunk::Metas(i as u32 + 1), manifest.metas_hash), bytes));
    }
    Split { head: Head { data, counts, manifest }, files }
}

/// A sorted list serialised as the differences between neighbours ([`delta`]).
mod deltas {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(list: &[u32], s: S) -> Result<S::Ok, S::Error> {
        super::delta(list).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u32>, D::Error> {
        Ok(super::undelta(Vec::<u32>::deserialize(d)?))
    }
}

/// A sorted list as the differences between neighbours (the first as it is).
fn delta(sorted: &[u32]) -> Vec<u32> {
    let mut prev = 0;
    sorted
        .iter()
        .map(|&d| {
            let out = d - prev;
            prev = d;
            out
        })
        .collect()
}

/// Undoes [`delta`].
fn undelta(deltas: Vec<u32>) -> Vec<u32> {
    let mut at = 0u32;
    deltas
        .into_iter()
        .map(|d| {
            at = at.wrapping_add(d);
            at
        })
        .collect()
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
            let wire = ShardWire::from(&terms.slice(from..i + 1));
            let file = file(kind(out.len() as u32), postcard::to_allocvec(&wire), files);
            let first = if out.is_empty() { String::new() } else { terms.terms[from].clone() };
            out.push(Shard { first, file });
            from = i + 1;
            size = 0;
        }
    }
    out
}

/// A term shard as stored: the terms one per line, then per term its articles
/// (delta-coded) and, apart, their frequencies. Ids as differences are mostly one byte,
/// where absolute ids take up to three, and gzip packs the two runs better apart.
#[derive(Serialize, Deserialize)]
struct ShardWire {
    terms: String,
    docs: Vec<Vec<u32>>,
    tfs: Vec<Vec<u16>>,
}

impl From<&Terms> for ShardWire {
    fn from(t: &Terms) -> ShardWire {
        ShardWire {
            terms: t.terms.join("\n"),
            docs: t.postings.iter().map(|l| delta(&l.iter().map(|p| p.doc).collect::<Vec<_>>())).collect(),
            tfs: t.postings.iter().map(|l| l.iter().map(|p| p.tf).collect()).collect(),
        }
    }
}

impl ShardWire {
    /// The dictionary it stores (`None` when its parts disagree).
    fn terms(self) -> Option<Terms> {
        let terms: Vec<String> = if self.terms.is_empty() {
            Vec::new()
        } else {
            self.terms.split('\n').map(String::from).collect()
        };
        if terms.len() != self.docs.len() || self.docs.len() != self.tfs.len() {
            return None;
        }
        let mut postings = Vec::with_capacity(terms.len());
        for (docs, tfs) in self.docs.into_iter().zip(self.tfs) {
            if docs.len() != tfs.len() {
                return None;
            }
            postings.push(undelta(docs).into_iter().zip(tfs).map(|(doc, tf)| Posting { doc, tf }).collect());
        }
        Some(Terms { terms, postings })
    }
}

/// Articles per shard of the id directory.
const ID_SHARD: usize = 512;

/// Cuts the sorted (id, position) list into shards of `size` ids.
fn id_shards(ids: &[(&str, u32)], size: usize, files: &mut Vec<(String, Vec<u8>)>) -> Vec<Shard> {
    ids.chunks(size.max(1))
        .enumerate()
        .map(|(i, run)| {
            let ids: Vec<&str> = run.iter().map(|(id, _)| *id).collect();
            let positions: Vec<u32> = run.iter().map(|(_, p)| *p).collect();
            let file = file(Chunk::Ids(i as u32), postcard::to_allocvec(&(ids, positions)), files);
            Shard { first: if i == 0 { String::new() } else { run[0].0.to_string() }, file }
        })
        .collect()
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

/// Is this the opening view's query (no text, filter or dates), which the head alone
/// answers?
fn is_opening(query: &Query) -> bool {
    ParsedQuery::parse(&query.text).is_empty()
        && query.facets.iter().all(|(_, v)| v.is_empty())
        && query.from.is_none()
        && query.to.is_none()
        && !query.undated
}

/// The chunks loaded so far, and the searches and texts they make possible.
pub struct Store {
    /// Which chunks exist.
    pub manifest: Manifest,
    /// Each facet value's count over the whole corpus (from the head).
    counts: Vec<Vec<u32>>,
    n_docs: u32,
    words: Vec<OnceCell<Terms>>,
    stems: Vec<OnceCell<Terms>>,
    /// Text groups: their articles whole (metadata and text).
    texts: Vec<OnceCell<Vec<Document>>>,
    metas: Vec<OnceCell<Vec<Document>>>,
    /// Shards of the id directory: ids and positions, sorted by id.
    ids: Vec<OnceCell<(Vec<String>, Vec<u32>)>>,
    /// The languages of the corpus's articles (a query needs stems in these only).
    langs: Vec<Lang>,
    facets: Vec<OnceCell<Vec<Vec<u32>>>>,
    /// Per facet, the article lists of its values past the first [`FACET_TOP`].
    facets_rest: OnceCell<Vec<Vec<Vec<u32>>>>,
    lengths: OnceCell<Vec<u32>>,
    /// The head's index with the first [`FACET_TOP`] values' lists of every facet
    /// (the others empty) and the lengths, once they are loaded.
    top: OnceCell<Index>,
    /// The head's index with every facet's lists and the lengths, once all are loaded.
    full: OnceCell<Index>,
    /// Every article's metadata, once every group is loaded.
    all: OnceCell<Vec<Document>>,
    people: OnceCell<Vec<Person>>,
    events: OnceCell<(Vec<Event>, Vec<Vec<u32>>)>,
    threads: OnceCell<Vec<Thread>>,
}

fn cells<T>(n: usize) -> Vec<OnceCell<T>> {
    (0..n).map(|_| OnceCell::new()).collect()
}

impl Store {
    /// Takes a head apart: the data the app shows at once (its corpus without
    /// documents: the first page's metadata goes to the store), and a store with
    /// nothing else loaded yet.
    pub fn from_head(head: Head) -> (Data, Store) {
        let Head { mut data, counts, manifest } = head;
        let n = data.index.n_docs as usize;
        let size = manifest.meta_size.max(1) as usize;
        let groups = 1 + n.saturating_sub(FIRST_PAGE).div_ceil(size);
        let metas = cells(groups);
        let _ = metas[0].set(std::mem::take(&mut data.corpus.documents));
        let mut langs = data.index.langs.clone();
        langs.sort_by_key(|l| *l as u8);
        langs.dedup();
        let store = Store {
            counts,
            n_docs: n as u32,
            words: cells(manifest.words.len()),
            stems: cells(manifest.stems.len()),
            texts: cells(manifest.texts.len()),
            metas,
            ids: cells(manifest.ids.len()),
            langs,
            facets: cells(manifest.facets.len()),
            facets_rest: OnceCell::new(),
            lengths: OnceCell::new(),
            top: OnceCell::new(),
            full: OnceCell::new(),
            all: OnceCell::new(),
            people: OnceCell::new(),
            events: OnceCell::new(),
            threads: OnceCell::new(),
            manifest,
        };
        (data, store)
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
                Chunk::Metas(_) => m.metas_hash,
                Chunk::Facet(i) => m.facets[i as usize],
                Chunk::FacetRest => m.facets_rest,
                Chunk::Lengths => m.lengths,
                Chunk::People => m.people,
                Chunk::Events => m.events,
                Chunk::Threads => m.threads,
                Chunk::Ids(i) => m.ids[i as usize].file,
            },
        )
    }

    /// Is this chunk loaded?
    pub fn has(&self, chunk: Chunk) -> bool {
        match chunk {
            Chunk::Words(i) => self.words[i as usize].get().is_some(),
            Chunk::Stems(i) => self.stems[i as usize].get().is_some(),
            Chunk::Texts(i) => self.texts[i as usize].get().is_some(),
            Chunk::Metas(i) => self.metas[i as usize].get().is_some(),
            Chunk::Facet(i) => self.facets[i as usize].get().is_some(),
            Chunk::FacetRest => self.facets_rest.get().is_some(),
            Chunk::Lengths => self.lengths.get().is_some(),
            Chunk::People => self.people.get().is_some(),
            Chunk::Events => self.events.get().is_some(),
            Chunk::Threads => self.threads.get().is_some(),
            Chunk::Ids(i) => self.ids[i as usize].get().is_some(),
        }
    }

    /// Every chunk the manifest lists (metadata groups from 1).
    pub fn all_chunks(&self) -> Vec<Chunk> {
        let n = |v: usize| 0..v as u32;
        n(self.words.len())
            .map(Chunk::Words)
            .chain(n(self.stems.len()).map(Chunk::Stems))
            .chain(n(self.texts.len()).map(Chunk::Texts))
            .chain(n(self.metas.len()).skip(1).map(Chunk::Metas))
            .chain(n(self.facets.len()).map(Chunk::Facet))
            .chain(n(self.ids.len()).map(Chunk::Ids))
            .chain([Chunk::FacetRest, Chunk::Lengths, Chunk::People, Chunk::Events, Chunk::Threads])
            .collect()
    }

    /// Takes in a fetched chunk; `index` is the head's (metadata name facet values by
    /// position in its facets). A chunk that is already there is left as it was.
    pub fn insert(&self, chunk: Chunk, bytes: &[u8], index: &Index) -> Result<(), String> {
        if self.has(chunk) {
            return Ok(());
        }
        let bad = |e: postcard::Error| format!("chunk {} is unreadable: {e}", self.file(chunk));
        match chunk {
            Chunk::Words(i) | Chunk::Stems(i) => {
                let wire: ShardWire = postcard::from_bytes(bytes).map_err(bad)?;
                let terms =
                    wire.terms().ok_or_else(|| format!("chunk {} is inconsistent", self.file(chunk)))?;
                let cells = if matches!(chunk, Chunk::Words(_)) { &self.words } else { &self.stems };
                let _ = cells[i as usize].set(terms);
            }
            Chunk::Texts(i) => {
                let (texts, metas): (Vec<DocText>, _) = postcard::from_bytes(bytes).map_err(bad)?;
                let first = self.manifest.texts[i as usize];
                let mut metas = decode_metas(metas, &index.facets).into_iter();
                let mut docs = Vec::with_capacity(texts.len());
                for (k, t) in texts.into_iter().enumerate() {
                    let d = first as usize + k;
                    let meta = if d < FIRST_PAGE {
                        self.metas[0].get().and_then(|m| m.get(d)).cloned()
                    } else {
                        metas.next()
                    };
                    let meta = meta.ok_or_else(|| format!("chunk {} lacks metadata", self.file(chunk)))?;
                    docs.push(Document {
                        standfirst: t.standfirst,
                        paragraphs: t.paragraphs,
                        related: t.related,
                        ..meta
                    });
                }
                let _ = self.texts[i as usize].set(docs);
            }
            Chunk::Metas(i) => {
                let docs = decode_metas(postcard::from_bytes(bytes).map_err(bad)?, &index.facets);
                let _ = self.metas[i as usize].set(docs);
            }
            Chunk::Facet(i) => {
                let lists: Vec<Vec<u32>> = postcard::from_bytes(bytes).map_err(bad)?;
                let _ = self.facets[i as usize].set(lists.into_iter().map(undelta).collect());
            }
            Chunk::FacetRest => {
                let lists: Vec<Vec<Vec<u32>>> = postcard::from_bytes(bytes).map_err(bad)?;
                let lists = lists.into_iter().map(|f| f.into_iter().map(undelta).collect()).collect();
                let _ = self.facets_rest.set(lists);
            }
            Chunk::Lengths => {
                let _ = self.lengths.set(postcard::from_bytes(bytes).map_err(bad)?);
            }
            Chunk::People => {
                let _ = self.people.set(postcard::from_bytes(bytes).map_err(bad)?);
            }
            Chunk::Events => {
                let _ = self.events.set(postcard::from_bytes(bytes).map_err(bad)?);
            }
            Chunk::Threads => {
                let _ = self.threads.set(postcard::from_bytes(bytes).map_err(bad)?);
            }
            Chunk::Ids(i) => {
                let _ = self.ids[i as usize].set(postcard::from_bytes(bytes).map_err(bad)?);
            }
        }
        Ok(())
    }

    /// The group holding an article's text.
    fn group_of(&self, doc: u32) -> usize {
        self.manifest.texts.partition_point(|&g| g <= doc).saturating_sub(1)
    }

    /// The metadata group holding an article, and the group's first article.
    fn meta_group(&self, doc: u32) -> (usize, u32) {
        let first = FIRST_PAGE as u32;
        if doc < first {
            return (0, 0);
        }
        let size = self.manifest.meta_size.max(1);
        let g = (doc - first) / size;
        (g as usize + 1, first + g * size)
    }

    /// An article's metadata, once its metadata group or its text group is loaded
    /// (from the text group, with its text).
    pub fn meta(&self, doc: u32) -> Option<&Document> {
        let (g, first) = self.meta_group(doc);
        self.metas.get(g)?.get().and_then(|m| m.get((doc - first) as usize)).or_else(|| self.doc(doc))
    }

    /// An article with its text, once its text group is loaded.
    pub fn doc(&self, doc: u32) -> Option<&Document> {
        let g = self.group_of(doc);
        let first = *self.manifest.texts.get(g)?;
        self.texts[g].get()?.get((doc - first) as usize)
    }

    /// Every article's metadata, once every metadata group is loaded.
    pub fn all_docs(&self) -> Option<&[Document]> {
        if let Some(all) = self.all.get() {
            return Some(all);
        }
        let mut all = Vec::with_capacity(self.n_docs as usize);
        for g in &self.metas {
            all.extend(g.get()?.iter().cloned());
        }
        Some(self.all.get_or_init(|| all))
    }

    /// The metadata groups not loaded yet (for [`Store::all_docs`]).
    pub fn all_metas_needed(&self) -> Vec<Chunk> {
        (1..self.metas.len() as u32).map(Chunk::Metas).filter(|&c| !self.has(c)).collect()
    }

    /// What the id directory says of `id`: `None` while its shard is not loaded,
    /// `Some(None)` if no article has it, else its position.
    fn directory(&self, id: &str) -> Option<Option<u32>> {
        let (ids, positions) = self.ids.get(shard_of(&self.manifest.ids, id))?.get()?;
        Some(ids.binary_search_by(|i| i.as_str().cmp(id)).ok().map(|k| positions[k]))
    }

    /// The position of the article with this id, once its metadata is loaded (found
    /// through the id directory, or among the metadata loaded so far).
    pub fn position(&self, id: &str) -> Option<u32> {
        let p = match self.directory(id) {
            Some(found) => found?,
            None => self.loaded_position(id)?,
        };
        self.meta(p).is_some().then_some(p)
    }

    /// The position of the article with this id among the metadata loaded so far.
    fn loaded_position(&self, id: &str) -> Option<u32> {
        let in_metas = self.metas.iter().enumerate().find_map(|(g, cell)| {
            let docs = cell.get()?;
            let first = if g == 0 { 0 } else { FIRST_PAGE as u32 + (g as u32 - 1) * self.manifest.meta_size };
            docs.iter().position(|d| d.id == id).map(|i| first + i as u32)
        });
        in_metas.or_else(|| {
            self.texts.iter().zip(&self.manifest.texts).find_map(|(cell, &first)| {
                cell.get()?.iter().position(|d| d.id == id).map(|i| first + i as u32)
            })
        })
    }

    /// What [`Store::position`] still needs for `id`: its shard of the id directory,
    /// then its article's metadata group.
    pub fn position_needs(&self, id: &str) -> Vec<Chunk> {
        if self.position(id).is_some() {
            return Vec::new();
        }
        match self.directory(id) {
            None => {
                let i = shard_of(&self.manifest.ids, id);
                if i < self.ids.len() {
                    vec![Chunk::Ids(i as u32)]
                } else {
                    Vec::new()
                }
            }
            Some(Some(p)) => self.meta_needed([p]),
            Some(None) => Vec::new(),
        }
    }

    /// Does no article have this id? (Known once its shard of the id directory is in.)
    pub fn is_unknown(&self, id: &str) -> bool {
        self.directory(id) == Some(None)
    }

    /// The people list, once loaded.
    pub fn people(&self) -> Option<&[Person]> {
        self.people.get().map(Vec::as_slice)
    }

    /// The events, once loaded.
    pub fn events(&self) -> Option<&[Event]> {
        self.events.get().map(|(e, _)| e.as_slice())
    }

    /// For each event, the positions of the articles it names (`u32::MAX`: an id not
    /// in the corpus), once the events are loaded.
    pub fn event_docs(&self) -> Option<&[Vec<u32>]> {
        self.events.get().map(|(_, d)| d.as_slice())
    }

    /// The story threads, once loaded.
    pub fn threads(&self) -> Option<&[Thread]> {
        self.threads.get().map(Vec::as_slice)
    }

    /// The metadata groups of these articles whose metadata is not loaded yet (in
    /// neither its metadata nor its text group), each once.
    pub fn meta_needed(&self, docs: impl IntoIterator<Item = u32>) -> Vec<Chunk> {
        let mut out: Vec<Chunk> = docs
            .into_iter()
            .filter(|&d| self.meta(d).is_none())
            .map(|d| self.meta_group(d).0)
            .filter(|&g| g < self.metas.len() && self.metas[g].get().is_none())
            .map(|g| Chunk::Metas(g as u32))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The text groups of these articles that are not loaded yet, each once (a text
    /// group holds its articles' metadata too).
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
    /// stems and a last word's prefix; unless it is the opening view's query, every
    /// facet's postings and the lengths (for counts and ranking over the whole
    /// corpus); then, for a quoted phrase, the texts of the articles that hold all
    /// its words (where the phrase is checked).
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
            for &lang in &self.langs {
                let i = shard_of(&m.stems, &stem(word, lang));
                if i < self.stems.len() {
                    out.push(Chunk::Stems(i as u32));
                }
            }
        }
        if !is_opening(query) {
            out.extend(self.query_chunks());
        }
        let beyond_top = query.facets.iter().any(|(kind, chosen)| {
            index
                .facets
                .iter()
                .filter(|f| f.kind == *kind)
                .any(|f| f.values.iter().skip(FACET_TOP).any(|v| chosen.contains(&v.label)))
        });
        if beyond_top {
            out.push(Chunk::FacetRest);
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

    /// What every query but the opening one needs: each facet's postings (for the
    /// counts) and the lengths (for ranking).
    pub fn query_chunks(&self) -> Vec<Chunk> {
        let mut out: Vec<Chunk> = (0..self.facets.len() as u32).map(Chunk::Facet).collect();
        out.push(Chunk::Lengths);
        out
    }

    fn lookups(&self) -> (Sharded<'_>, Sharded<'_>) {
        (
            Sharded { shards: &self.manifest.words, cells: &self.words },
            Sharded { shards: &self.manifest.stems, cells: &self.stems },
        )
    }

    /// The head's index completed with every facet's postings and the lengths, once
    /// loaded ([`Store::query_chunks`] and [`Chunk::FacetRest`]).
    pub fn full(&self, head: &Index) -> Option<&Index> {
        if let Some(full) = self.full.get() {
            return Some(full);
        }
        let rest = self.facets_rest.get()?;
        let top = self.top(head)?;
        let mut facets = top.facets.clone();
        for (facet, rest) in facets.iter_mut().zip(rest) {
            for (v, docs) in facet.values.iter_mut().skip(FACET_TOP).zip(rest) {
                v.docs = docs.clone();
            }
        }
        Some(self.full.get_or_init(|| Index { facets, ..top.clone() }))
    }

    /// The head's index completed with the first [`FACET_TOP`] values' postings of
    /// every facet (the others' lists empty) and the lengths, once loaded.
    fn top(&self, head: &Index) -> Option<&Index> {
        if let Some(top) = self.top.get() {
            return Some(top);
        }
        let doc_len = self.lengths.get()?.clone();
        let mut facets = head.facets.clone();
        for (facet, cell) in facets.iter_mut().zip(&self.facets) {
            for (v, docs) in facet.values.iter_mut().zip(cell.get()?) {
                v.docs = docs.clone();
            }
        }
        Some(self.top.get_or_init(|| Index { doc_len, facets, ..head.clone() }))
    }

    /// Are every facet value's postings loaded (so that every count is known, not
    /// only those of each facet's first [`FACET_TOP`] values)?
    pub fn facets_complete(&self, head: &Index) -> bool {
        self.full(head).is_some()
    }

    /// [`Index::search`] over the loaded chunks: the same hits, and the same counts
    /// for each facet's first [`FACET_TOP`] values, once [`Store::search_needs`] is
    /// empty; every count once [`Store::facets_complete`] (the others read 0 until
    /// then). The opening view's query is answered from the head (its counts are the
    /// whole corpus's).
    pub fn search(&self, index: &Index, query: &Query) -> Results {
        let (words, stems) = self.lookups();
        let doc = |d: usize| self.doc(d as u32);
        // The opening query's counts are the head's unless every list is in.
        let top = || if is_opening(query) { None } else { self.top(index) };
        match self.full(index).or_else(top) {
            Some(full) => full.search_in(&words, &stems, doc, query),
            None => {
                let mut r = index.search_in(&words, &stems, doc, query);
                if is_opening(query) {
                    r.counts = self.counts.clone();
                }
                r
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{DateEvidence, DateSource, DateWhy, RelatedWhy};

    fn corpus() -> Corpus {
        let words =
            ["ferry", "harbour", "fees", "port", "authority", "visa", "union", "strike", "budget", "rain"];
        let documents = (0..70)
            .map(|i| Document {
                id: format!("a{i}"),
                title: format!("Story {i} about {}", words[i % words.len()]),
                date: (i % 7 != 0).then(|| format!("2024-0{}-1{}", 1 + i % 9, i % 10)),
                date_evidence: DateEvidence {
                    why: DateWhy::Stated {
                        quote: format!("stated {i}"),
                        source: DateSource::Header,
                        reading: None,
                    },
                    cues: Vec::new(),
                }
                .said(),
                // An article names a person once (extraction dedupes).
                persons: if i % 5 == (i * 3) % 11 {
                    vec![format!("Person {}", i % 5)]
                } else {
                    vec![format!("Person {}", i % 5), format!("Person {}", (i * 3) % 11)]
                },
                topics: if i % 3 == 0 { vec!["Harbour".into()] } else { Vec::new() },
                publisher: (i % 4 == 0).then(|| "Gazette".into()),
                standfirst: Some(format!("The {} and the {}.", words[(i * 3) % 10], words[(i * 7) % 10])),
                paragraphs: vec![
                    format!("The port authority said {} {} rose.", words[i % 10], words[(i + 1) % 10]),
                    format!("Ferries {} carried {} people.", words[(i + 2) % 10], i * 11),
                ],
                related: vec![Related {
                    id: format!("a{}", (i + 1) % 40),
                    reason: RelatedWhy::Shares(vec!["ferry".into()]),
                }],
                thread: (i % 10 == 1).then_some(0),
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
        let threads = vec![Thread { label: "Ferries".into(), docs: vec!["a1".into(), "a11".into()] }];
        Corpus { documents, people, events, threads, ..Default::default() }
    }

    fn bytes_of<'a>(files: &'a [(String, Vec<u8>)], store: &Store, c: Chunk) -> &'a [u8] {
        let name = store.file(c);
        &files.iter().find(|(n, _)| *n == name).unwrap_or_else(|| panic!("no file {name}")).1
    }

    /// Loads what a search needs, as the app does, until nothing is missing, then the
    /// metadata of its hits; with `every_facet`, the other facet values' lists too.
    fn search_with(
        store: &Store,
        files: &[(String, Vec<u8>)],
        head: &Index,
        query: &Query,
        every_facet: bool,
    ) -> Results {
        if every_facet {
            store.insert(Chunk::FacetRest, bytes_of(files, store, Chunk::FacetRest), head).unwrap();
        }
        for _ in 0..3 {
            for c in store.search_needs(head, query) {
                store.insert(c, bytes_of(files, store, c), head).unwrap();
            }
        }
        assert!(store.search_needs(head, query).is_empty());
        let r = store.search(head, query);
        for c in store.meta_needed(r.hits.iter().map(|h| h.doc)) {
            store.insert(c, bytes_of(files, store, c), head).unwrap();
        }
        r
    }

    /// [`search_with`] everything.
    fn search(store: &Store, files: &[(String, Vec<u8>)], head: &Index, query: &Query) -> Results {
        search_with(store, files, head, query, true)
    }

    fn split_small() -> (Data, Store, Vec<(String, Vec<u8>)>) {
        let Split { head, files } = split(corpus(), 200, 200, 7);
        let (data, store) = Store::from_head(Head::from_bytes(&head.to_bytes()).unwrap());
        (data, store, files)
    }

    #[test]
    fn chunked_search_finds_what_the_whole_index_finds() {
        let whole = Data::new(corpus());
        let (head, store, _) = split_small();
        let Split { files, .. } = split(corpus(), 200, 200, 7);
        let (_, lean, _) = split_small();
        let m = &store.manifest;
        assert!(m.words.len() > 2 && m.texts.len() > 2 && store.metas.len() > 3, "small chunks: {m:?}");
        assert!(head.index.words.terms.is_empty() && head.corpus.documents.is_empty());
        assert!(head.index.facets.iter().all(|f| f.values.iter().all(|v| v.docs.is_empty())));
        let queries = [
            "",
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
        let facets: [&[(FacetKind, &str)]; 4] = [
            &[],
            &[(FacetKind::Person, "Person 2")],
            &[(FacetKind::Person, "Person 2"), (FacetKind::Topic, "Harbour")],
            &[(FacetKind::Publisher, "Gazette"), (FacetKind::Person, "Person 7")],
        ];
        for text in queries {
            for chosen in facets {
                for (from, to) in [(None, None), (Some(20240300), Some(20240699))] {
                    let mut q = Query { text: text.into(), from, to, ..Default::default() };
                    for &(kind, v) in chosen {
                        q.facets.push((kind, vec![v.into()]));
                    }
                    let a = whole.index.search(&whole.corpus.documents, &q);
                    // Only what the query needs: the same hits, and the same counts for
                    // the values a facet list shows first.
                    let c = search_with(&lean, &files, &head.index, &q, false);
                    let top = |r: &Results| -> Vec<Vec<u32>> {
                        r.counts.iter().map(|c| c.iter().take(FACET_TOP).copied().collect()).collect()
                    };
                    assert_eq!(top(&a), top(&c), "first values' counts: {text:?} {chosen:?} {from:?}");
                    let mut z: Vec<u32> = c.hits.iter().map(|h| h.doc).collect();
                    z.sort();
                    let b = search(&store, &files, &head.index, &q);
                    let mut w: Vec<u32> = b.hits.iter().map(|h| h.doc).collect();
                    w.sort();
                    assert_eq!(z, w, "{text:?} {chosen:?}");
                    let mut x: Vec<&str> =
                        a.hits.iter().map(|h| whole.corpus.documents[h.doc as usize].id.as_str()).collect();
                    let mut y: Vec<&str> =
                        b.hits.iter().map(|h| store.meta(h.doc).unwrap().id.as_str()).collect();
                    x.sort();
                    y.sort();
                    assert_eq!(x, y, "{text:?} {chosen:?}");
                    assert_eq!(a.counts, b.counts, "exact counts: {text:?} {chosen:?} {from:?}");
                }
            }
        }
    }

    #[test]
    fn the_opening_view_needs_nothing_but_the_head() {
        let whole = Data::new(corpus());
        let (head, store, _) = split_small();
        let q = Query::default();
        assert!(store.search_needs(&head.index, &q).is_empty());
        let r = store.search(&head.index, &q);
        assert_eq!(r.counts, whole.index.search(&whole.corpus.documents, &q).counts);
        assert_eq!(r.hits.len(), 70);
        assert!(store.meta_needed(r.hits.iter().take(FIRST_PAGE).map(|h| h.doc)).is_empty());
        assert_eq!(store.meta_needed([FIRST_PAGE as u32]), vec![Chunk::Metas(1)]);
        let known = (0..70).filter(|i| store.position(&format!("a{i}")).is_some()).count();
        assert_eq!(known, FIRST_PAGE, "only the first page's articles are known before any chunk");
        let q = Query { facets: vec![(FacetKind::Person, vec!["Person 2".into()])], ..Default::default() };
        let need = store.search_needs(&head.index, &q);
        assert!(need.contains(&Chunk::Facet(0)) && need.contains(&Chunk::Lengths), "{need:?}");
        assert!(!need.contains(&Chunk::FacetRest), "Person 2 is among the first values: {need:?}");
        let last = head.index.facets[0].values.last().unwrap().label.clone();
        assert!(head.index.facets[0].values.len() > FACET_TOP);
        let q = Query { facets: vec![(head.index.facets[0].kind, vec![last])], ..Default::default() };
        assert!(store.search_needs(&head.index, &q).contains(&Chunk::FacetRest));
    }

    #[test]
    fn articles_are_numbered_newest_first_and_come_back_whole() {
        let whole = corpus();
        let Split { head, files } = split(corpus(), 300, 300, 9);
        let days = &head.data.index.days;
        let starts: Vec<u32> = days.iter().map(|d| d.map_or(0, |(a, _)| a)).collect();
        assert!(starts.windows(2).all(|w| w[0] >= w[1]), "newest first, undated last");
        let (data, store) = Store::from_head(head);
        let index = &data.index;
        assert!(store.doc(0).is_none() && store.meta(0).is_some() && store.meta(FIRST_PAGE as u32).is_none());
        assert!(store.all_docs().is_none());
        let need = store.texts_needed(0..70);
        assert_eq!(need.len(), store.manifest.texts.len(), "text groups only: they hold the metadata");
        for c in need {
            store.insert(c, bytes_of(&files, &store, c), index).unwrap();
        }
        assert!(store.meta_needed(0..70).is_empty(), "the text groups gave every article's metadata");
        for i in 0..70u32 {
            let full = store.doc(i).expect("loaded");
            let original = whole.documents.iter().find(|o| o.id == full.id).unwrap().clone();
            assert_eq!(full, &original);
            assert_eq!(store.position(&full.id), Some(i));
        }
        assert!(store.all_docs().is_none());
        for c in store.all_metas_needed() {
            store.insert(c, bytes_of(&files, &store, c), index).unwrap();
        }
        for i in 0..70u32 {
            let mut original = store.doc(i).unwrap().clone();
            original.standfirst = None;
            original.paragraphs.clear();
            original.related.clear();
            assert_eq!(store.meta(i), Some(&original), "a metadata group has no text");
        }
        assert_eq!(store.all_docs().map(<[Document]>::len), Some(70));
        assert!(store.people().is_none() && store.events().is_none() && store.threads().is_none());
        for c in [Chunk::People, Chunk::Events, Chunk::Threads] {
            store.insert(c, bytes_of(&files, &store, c), index).unwrap();
        }
        assert_eq!(store.people(), Some(&whole.people[..]));
        assert_eq!(store.events(), Some(&whole.events[..]));
        assert_eq!(store.event_docs(), Some(&[vec![store.position("a3").unwrap()]][..]));
        assert_eq!(store.threads(), Some(&whole.threads[..]));
        assert!(store.insert(Chunk::Texts(0), b"\xff\xff", index).is_ok(), "a loaded chunk stays");
        let (_, fresh, _) = split_small();
        let err = fresh.insert(Chunk::Words(0), b"\xff\xff\xff", index).unwrap_err();
        assert!(err.contains(&fresh.file(Chunk::Words(0))), "{err}");
        for c in fresh.all_chunks() {
            assert!(!fresh.file(c).is_empty());
        }
    }

    #[test]
    fn the_head_round_trips_and_names_are_content_hashes() {
        let Split { head, files } = split(corpus(), 500, 500, 16);
        assert_eq!(Head::from_bytes(&head.to_bytes()).unwrap(), head);
        assert_eq!(head.data.corpus.documents.len(), FIRST_PAGE);
        let shared = |p: char| {
            files.iter().filter(|(n, _)| n.starts_with(p)).flat_map(|(_, b)| b.clone()).collect::<Vec<u8>>()
        };
        assert_eq!(head.manifest.texts_hash, content_hash(&shared('t')));
        assert_eq!(head.manifest.metas_hash, content_hash(&shared('m')));
        for (name, bytes) in &files {
            let hash = match name.as_bytes()[0] {
                b't' => head.manifest.texts_hash,
                b'm' => head.manifest.metas_hash,
                _ => content_hash(bytes),
            };
            assert!(name.ends_with(&format!("-{hash:08x}")), "{name}");
        }
        assert_ne!(content_hash(b"ab"), content_hash(b"ba"));
        assert_eq!(chunk_name(Chunk::Words(12), 255), "w12-000000ff");
        assert_eq!(chunk_name(Chunk::People, 1), "p-00000001");
        assert_eq!(undelta(delta(&[0, 3, 4, 90])), vec![0, 3, 4, 90]);
    }

    #[test]
    fn a_link_by_id_fetches_one_directory_shard_and_one_group() {
        let Split { head, files } = split(corpus(), 300, 300, 9);
        let (data, store) = Store::from_head(head);
        let index = &data.index;
        assert_eq!(store.manifest.ids.len(), 1, "70 ids fit one shard");
        let target = (0..70).map(|i| format!("a{i}")).find(|id| store.position(id).is_none()).unwrap();
        let need = store.position_needs(&target);
        assert_eq!(need, vec![Chunk::Ids(0)]);
        assert!(!store.is_unknown(&target) && !store.is_unknown("nope"), "not known before the shard");
        store.insert(Chunk::Ids(0), bytes_of(&files, &store, Chunk::Ids(0)), index).unwrap();
        let need = store.position_needs(&target);
        assert!(matches!(need[..], [Chunk::Metas(_)]), "then its metadata group only: {need:?}");
        assert!(store.position(&target).is_none());
        store.insert(need[0], bytes_of(&files, &store, need[0]), index).unwrap();
        let p = store.position(&target).expect("found");
        assert_eq!(store.meta(p).unwrap().id, target);
        assert!(store.position_needs(&target).is_empty());
        assert!(store.is_unknown("nope") && store.position_needs("nope").is_empty());
        assert!(!store.is_unknown(&target));
    }

    #[test]
    fn people_and_timeline_need_no_article_metadata() {
        use crate::insights::{cooccurrence, cooccurrence_in, timeline, timeline_at};
        let whole = Data::new(corpus());
        let Split { head, files } = split(corpus(), 300, 300, 9);
        let (data, store) = Store::from_head(head);
        let index = &data.index;
        let rest = [Chunk::FacetRest, Chunk::Events];
        for c in store.query_chunks().into_iter().chain(rest).chain(store.all_metas_needed()) {
            store.insert(c, bytes_of(&files, &store, c), index).unwrap();
        }
        let full = store.full(index).expect("facets and lengths are in");
        let all = store.all_docs().unwrap();
        let persons = full.facets.iter().find(|f| f.kind == FacetKind::Person).unwrap();
        let whole_persons = whole.index.facets.iter().find(|f| f.kind == FacetKind::Person).unwrap();
        for text in ["", "ferry", "port authority", "visa"] {
            let q = Query { text: text.into(), ..Default::default() };
            let ids = search(&store, &files, index, &q).doc_ids();
            for limit in [3, 12] {
                assert_eq!(
                    cooccurrence_in(persons, 70, &ids, limit),
                    cooccurrence(all, &ids, limit),
                    "{text}"
                );
            }
            let whole_ids = whole.index.search(&whole.corpus.documents, &q).doc_ids();
            assert_eq!(
                cooccurrence_in(whole_persons, 70, &whole_ids, 12),
                cooccurrence(&whole.corpus.documents, &whole_ids, 12)
            );
            let events = store.events().unwrap();
            assert_eq!(
                timeline_at(events, store.event_docs().unwrap(), &ids),
                timeline(events, all, &ids),
                "{text}"
            );
        }
    }
}
