//! The search index and the query engine.
//!
//! The build script turns the extracted [`Corpus`] into an [`Index`] once, at build
//! time; the browser only queries it. Two structures answer every question the
//! interface asks:
//!
//! * **Facets** — for each facet (person, topic, publisher, …) each value keeps the
//!   sorted ids of its articles. At query time the lists become bitsets: OR within a
//!   facet, AND across facets, and each value's count is taken against the selection
//!   of the *other* facets, so ticking one person never zeroes the other people
//!   (the Pagefind / InstantSearch convention).
//! * **Terms** — an inverted index of folded words (accents and case removed) and of
//!   their stems (English or Spanish, by the article's language), with a weighted term
//!   frequency per article (headline and people count more than body text). Queries
//!   are ranked with BM25; the last word typed also matches as a prefix; words in
//!   quotes must appear as a phrase.
//!
//! Everything here is plain Rust and is unit-tested natively.

use crate::model::{sort_by_dyn, sort_keys, Corpus, Document};
use crate::text::{self, fold, stem, tokenize, Lang};
use fixedbitset::FixedBitSet;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The kinds of facet the explorer filters by.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FacetKind {
    /// People mentioned.
    Person,
    /// Topics.
    Topic,
    /// Publisher (outlet).
    Publisher,
    /// Places mentioned.
    Place,
    /// Organisations mentioned.
    Org,
    /// Sub-folder of the corpus.
    Section,
}

impl FacetKind {
    /// Every facet, in the order the interface shows them.
    pub const ALL: [FacetKind; 6] = [
        FacetKind::Person,
        FacetKind::Topic,
        FacetKind::Publisher,
        FacetKind::Place,
        FacetKind::Org,
        FacetKind::Section,
    ];

    /// The key used in URLs (`person=Ines%20Valdor`).
    pub fn key(self) -> &'static str {
        match self {
            FacetKind::Person => "person",
            FacetKind::Topic => "topic",
            FacetKind::Publisher => "publisher",
            FacetKind::Place => "place",
            FacetKind::Org => "org",
            FacetKind::Section => "section",
        }
    }

    /// The facet for a URL key.
    pub fn from_key(key: &str) -> Option<FacetKind> {
        FacetKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// Sets the values of this facet in one document (the first, for a facet of one).
    pub fn set_values(self, doc: &mut Document, values: Vec<String>) {
        match self {
            FacetKind::Person => doc.persons = values,
            FacetKind::Topic => doc.topics = values,
            FacetKind::Publisher => doc.publisher = values.into_iter().next(),
            FacetKind::Place => doc.places = values,
            FacetKind::Org => doc.orgs = values,
            FacetKind::Section => doc.section = values.into_iter().next(),
        }
    }

    /// The values of this facet in one document.
    pub fn values(self, doc: &Document) -> Vec<String> {
        match self {
            FacetKind::Person => doc.persons.clone(),
            FacetKind::Topic => doc.topics.clone(),
            FacetKind::Publisher => doc.publisher.iter().cloned().collect(),
            FacetKind::Place => doc.places.clone(),
            FacetKind::Org => doc.orgs.clone(),
            FacetKind::Section => doc.section.iter().cloned().collect(),
        }
    }
}

/// One value of a facet and the articles that have it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct FacetValue {
    /// The value as shown ("Ines Valdor").
    pub label: String,
    /// Sorted ids (positions in [`Corpus::documents`]) of the articles with it.
    pub docs: Vec<u32>,
}

/// A facet: its kind and its values, most frequent first.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
pub struct Facet {
    /// Which facet.
    pub kind: FacetKind,
    /// Its values, by descending article count, then label.
    pub values: Vec<FacetValue>,
}

/// An article's occurrence of a term, with the field-weighted frequency.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub struct Posting {
    /// Article id.
    pub doc: u32,
    /// Weighted term frequency (headline ×3, people and standfirst ×2, body ×1).
    pub tf: u16,
}

/// Term lists stored as one string, a term per line: without a length before every
/// term, brotli packs the embedded dictionary ~15 % smaller. Terms are runs of letters
/// and digits ([`tokenize`]), so they never hold a line break.
mod lines {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(terms: &[String], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&terms.join("\n"))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
        let joined = String::deserialize(d)?;
        Ok(if joined.is_empty() { Vec::new() } else { joined.split('\n').map(String::from).collect() })
    }
}

/// A sorted term dictionary with one posting list per term.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Terms {
    /// Sorted, unique terms.
    #[serde(with = "lines")]
    pub terms: Vec<String>,
    /// `postings[i]` belongs to `terms[i]`, sorted by article id.
    pub postings: Vec<Vec<Posting>>,
}

impl Terms {
    /// The sub-dictionary of the terms in `range` (by position), for chunking.
    pub fn slice(&self, range: std::ops::Range<usize>) -> Terms {
        Terms { terms: self.terms[range.clone()].to_vec(), postings: self.postings[range].to_vec() }
    }
}

/// Where a search reads term postings: a whole [`Terms`] (the embedded index), or the
/// chunks of it loaded so far (`chunks::Sharded`), which the app makes sure hold every
/// term of the query before it searches.
pub trait Lookup {
    /// The postings of exactly `term`.
    fn exact(&self, term: &str) -> Option<&[Posting]>;
    /// Calls `f` with the postings of every term starting with `prefix`.
    fn each_prefixed(&self, prefix: &str, f: &mut dyn FnMut(&[Posting]));
}

impl Lookup for Terms {
    fn exact(&self, term: &str) -> Option<&[Posting]> {
        self.terms.binary_search_by(|t| t.as_str().cmp(term)).ok().map(|i| self.postings[i].as_slice())
    }

    fn each_prefixed(&self, prefix: &str, f: &mut dyn FnMut(&[Posting])) {
        let start = self.terms.partition_point(|t| t.as_str() < prefix);
        for (t, p) in self.terms[start..].iter().zip(&self.postings[start..]) {
            if !t.starts_with(prefix) {
                break;
            }
            f(p);
        }
    }
}

/// The whole index, built at build time and embedded in the app.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Index {
    /// Number of articles.
    pub n_docs: u32,
    /// Folded surface words.
    pub words: Terms,
    /// Stems of the words, by each article's language.
    pub stems: Terms,
    /// Weighted length of each article, for BM25.
    pub doc_len: Vec<u32>,
    /// Average of `doc_len`.
    pub avg_len: f32,
    /// Language of each article.
    pub langs: Vec<Lang>,
    /// Inclusive `yyyymmdd` day range of each article's date.
    pub days: Vec<Option<(u32, u32)>>,
    /// Whether each article's date is estimated: what the histograms count for every
    /// hit, kept here so they need not touch the documents. Not stored; filled on load.
    #[serde(skip)]
    pub estimated: Vec<bool>,
    /// The facets.
    pub facets: Vec<Facet>,
}

/// What the app embeds: the corpus and its index.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Data {
    /// The extracted corpus.
    pub corpus: Corpus,
    /// Its index.
    pub index: Index,
}

impl Data {
    /// Builds the index for a corpus.
    pub fn new(corpus: Corpus) -> Data {
        let index = Index::build(&corpus.documents);
        Data { corpus, index }
    }

    /// Serialises for embedding.
    pub fn to_bytes(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("the corpus serialises")
    }

    /// Reads what [`Data::to_bytes`] wrote.
    pub fn from_bytes(bytes: &[u8]) -> Result<Data, String> {
        let mut data: Data =
            postcard::from_bytes(bytes).map_err(|e| format!("embedded corpus is unreadable: {e}"))?;
        data.index.estimated = data.corpus.documents.iter().map(|d| d.date_estimated).collect();
        Ok(data)
    }
}

/// The searchable fields of a document with their weights.
fn fields(doc: &Document) -> Vec<(String, u32)> {
    let mut out = vec![(doc.title.clone(), 3)];
    if let Some(s) = &doc.standfirst {
        out.push((s.clone(), 2));
    }
    out.push((doc.persons.join(" · "), 2));
    out.push((doc.topics.join(" · "), 2));
    out.extend(doc.publisher.iter().map(|p| (p.clone(), 1)));
    out.extend(doc.authors.iter().map(|a| (a.clone(), 1)));
    out.extend(doc.paragraphs.iter().map(|p| (p.clone(), 1)));
    out
}

/// Text of a document in which phrases are looked for and snippets are cut.
pub fn full_text(doc: &Document) -> String {
    let mut s = doc.title.clone();
    for p in doc.standfirst.iter().chain(&doc.paragraphs) {
        s.push('\n');
        s.push_str(p);
    }
    s
}

/// How many articles [`Index::build`] counts at once: enough to keep both cores
/// busy, few enough that their counts take little memory.
const BUILD_CHUNK: usize = 1024;

/// One article's terms for [`Index::build`]: its language, weighted length, and the
/// weighted frequency of each folded word and of each stem.
struct DocTerms {
    lang: Lang,
    len: u32,
    words: Vec<(String, u32)>,
    stems: Vec<(String, u32)>,
}

impl DocTerms {
    fn of(doc: &Document) -> DocTerms {
        let lang = text::guess_lang(&doc.paragraphs.join("\n"));
        let mut len = 0;
        let mut words: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        for (field, weight) in fields(doc) {
            for tok in tokenize(&field) {
                len += weight;
                *words.entry(tok.term).or_default() += weight;
            }
        }
        // A stem's frequency is the sum of its words': each distinct word is stemmed once.
        let mut stems: std::collections::HashMap<String, u32> = std::collections::HashMap::new();
        for (w, tf) in &words {
            *stems.entry(stem(w, lang)).or_default() += tf;
        }
        DocTerms { lang, len, words: words.into_iter().collect(), stems: stems.into_iter().collect() }
    }
}

/// Posting lists being gathered, article after article (so each list is sorted by
/// article), with the terms in first-seen order until [`TermsBuilder::finish`].
#[derive(Default)]
struct TermsBuilder {
    ids: std::collections::HashMap<String, u32>,
    postings: Vec<Vec<Posting>>,
}

impl TermsBuilder {
    /// Adds article `doc`'s terms with their frequencies.
    fn add(&mut self, doc: u32, terms: Vec<(String, u32)>) {
        for (term, tf) in terms {
            let next = self.postings.len() as u32;
            let id = *self.ids.entry(term).or_insert(next);
            if id == next {
                self.postings.push(Vec::new());
            }
            self.postings[id as usize].push(Posting { doc, tf: tf.min(u16::MAX as u32) as u16 });
        }
    }

    /// The sorted dictionary.
    fn finish(self) -> Terms {
        let mut postings: Vec<Option<Vec<Posting>>> = self.postings.into_iter().map(Some).collect();
        let mut terms: Vec<(String, u32)> = self.ids.into_iter().collect();
        terms.sort_unstable();
        let mut out =
            Terms { terms: Vec::with_capacity(terms.len()), postings: Vec::with_capacity(terms.len()) };
        for (term, id) in terms {
            out.terms.push(term);
            out.postings.push(postings[id as usize].take().unwrap_or_default());
        }
        out
    }
}

impl Index {
    /// Builds the index of a list of documents.
    pub fn build(docs: &[Document]) -> Index {
        // Each article's terms are counted on its own (in parallel natively), then
        // appended to the corpus's posting lists in article order, a chunk at a time,
        // so the lists come out sorted by article without holding every article's
        // counts at once.
        let mut words = TermsBuilder::default();
        let mut stems = TermsBuilder::default();
        let mut doc_len = Vec::with_capacity(docs.len());
        let mut langs = Vec::with_capacity(docs.len());
        let mut first = 0u32;
        for chunk in docs.chunks(BUILD_CHUNK) {
            #[cfg(not(target_arch = "wasm32"))]
            let counted: Vec<DocTerms> = {
                use rayon::prelude::*;
                chunk.par_iter().map(DocTerms::of).collect()
            };
            #[cfg(target_arch = "wasm32")]
            let counted: Vec<DocTerms> = chunk.iter().map(DocTerms::of).collect();
            for (k, d) in counted.into_iter().enumerate() {
                let i = first + k as u32;
                words.add(i, d.words);
                stems.add(i, d.stems);
                doc_len.push(d.len);
                langs.push(d.lang);
            }
            first += chunk.len() as u32;
        }
        let n = docs.len();
        let avg_len = if n == 0 { 0.0 } else { doc_len.iter().sum::<u32>() as f32 / n as f32 };
        let facets = FacetKind::ALL
            .into_iter()
            .map(|kind| {
                let mut map: BTreeMap<String, Vec<u32>> = BTreeMap::new();
                for (i, doc) in docs.iter().enumerate() {
                    for v in kind.values(doc) {
                        let list = map.entry(v).or_default();
                        if list.last() != Some(&(i as u32)) {
                            list.push(i as u32);
                        }
                    }
                }
                let mut values: Vec<FacetValue> =
                    map.into_iter().map(|(label, docs)| FacetValue { label, docs }).collect();
                values.sort_by(|a, b| b.docs.len().cmp(&a.docs.len()).then(a.label.cmp(&b.label)));
                Facet { kind, values }
            })
            .collect();
        Index {
            n_docs: n as u32,
            words: words.finish(),
            stems: stems.finish(),
            doc_len,
            avg_len,
            langs,
            days: docs.iter().map(Document::day_range).collect(),
            estimated: docs.iter().map(|d| d.date_estimated).collect(),
            facets,
        }
    }

    /// The facet of a kind.
    pub fn facet(&self, kind: FacetKind) -> Option<&Facet> {
        self.facets.iter().find(|f| f.kind == kind)
    }

    /// Runs a query: the matching articles in order, and the count of every facet value.
    pub fn search(&self, docs: &[Document], query: &Query) -> Results {
        self.search_in(&self.words, &self.stems, |d| docs.get(d), query)
    }

    /// [`Index::search`] with the postings read from `words` and `stems`, and the
    /// articles whose text a phrase is checked in from `doc` (`None`: not at hand,
    /// which counts as not containing it; the chunked app loads them first).
    pub fn search_in<'d>(
        &self,
        words: &impl Lookup,
        stems: &impl Lookup,
        doc: impl Fn(usize) -> Option<&'d Document>,
        query: &Query,
    ) -> Results {
        let n = self.n_docs as usize;
        let parsed = ParsedQuery::parse(&query.text);
        // Text and date restrict the base set every facet is counted against.
        let mut base = FixedBitSet::with_capacity(n);
        base.insert_range(..);
        let mut scores = vec![0f32; n];
        for term in &parsed.terms {
            let (set, term_scores) = self.term_scores(words, stems, term);
            base.intersect_with(&set);
            for (s, t) in scores.iter_mut().zip(term_scores) {
                *s += t;
            }
        }
        for phrase in &parsed.phrases {
            let mut set = FixedBitSet::with_capacity(n);
            set.insert_range(..);
            for word in phrase {
                let (s, term_scores) =
                    self.term_scores(words, stems, &QueryTerm { word: word.clone(), prefix: false });
                set.intersect_with(&s);
                for (sc, t) in scores.iter_mut().zip(term_scores) {
                    *sc += t;
                }
            }
            for d in set.clone().ones() {
                if base.contains(d) && !doc(d).is_some_and(|doc| doc_contains_phrase(doc, phrase)) {
                    set.set(d, false);
                }
            }
            base.intersect_with(&set);
        }
        if query.undated {
            for (d, range) in self.days.iter().enumerate() {
                if range.is_some() {
                    base.set(d, false);
                }
            }
        }
        if query.from.is_some() || query.to.is_some() {
            let from = query.from.unwrap_or(0);
            let to = query.to.unwrap_or(u32::MAX);
            for (d, range) in self.days.iter().enumerate() {
                let inside = matches!(range, Some((a, b)) if *a <= to && *b >= from);
                if !inside {
                    base.set(d, false);
                }
            }
        }
        // One OR-set per facet that has a selection.
        let selections: Vec<Option<FixedBitSet>> = self
            .facets
            .iter()
            .map(|facet| {
                let chosen = query.selected(facet.kind);
                if chosen.is_empty() {
                    return None;
                }
                let mut set = FixedBitSet::with_capacity(n);
                for label in chosen {
                    if let Some(v) = facet.values.iter().find(|v| &v.label == label) {
                        set.extend(v.docs.iter().map(|&d| d as usize));
                    }
                }
                Some(set)
            })
            .collect();
        let mut matching = base.clone();
        for set in selections.iter().flatten() {
            matching.intersect_with(set);
        }
        let counts = self
            .facets
            .iter()
            .enumerate()
            .map(|(i, facet)| {
                let mut mask = base.clone();
                for (j, set) in selections.iter().enumerate() {
                    if let (true, Some(set)) = (i != j, set) {
                        mask.intersect_with(set);
                    }
                }
                facet
                    .values
                    .iter()
                    .map(|v| v.docs.iter().filter(|&&d| mask.contains(d as usize)).count() as u32)
                    .collect()
            })
            .collect();
        let mut hits: Vec<Hit> = matching.ones().map(|d| Hit { doc: d as u32, score: scores[d] }).collect();
        let sort = match query.sort {
            Sort::Relevance if parsed.is_empty() => Sort::Newest,
            s => s,
        };
        // One integer key per hit, so sorting compares integers instead of calling a
        // closure that looks up scores and dates: a keystroke at 20,000 articles sorts
        // every hit, and the closure-driven sort cost milliseconds there.
        // Keys: [primary 32 bits | secondary 32 bits | article 32 bits]; scores are
        // never negative, so their bits sort like their values.
        let newest = |d: u32| self.days[d as usize].map(|(a, _)| a).unwrap_or(0);
        let oldest = |d: u32| self.days[d as usize].map(|(a, _)| a).unwrap_or(u32::MAX);
        let key = |h: &Hit| -> u128 {
            let (primary, secondary) = match sort {
                Sort::Relevance => (!h.score.max(0.0).to_bits(), !newest(h.doc)),
                Sort::Newest => (!newest(h.doc), 0),
                Sort::Oldest => (oldest(h.doc), 0),
            };
            ((primary as u128) << 64) | ((secondary as u128) << 32) | h.doc as u128
        };
        let mut keys: Vec<u128> = hits.iter().map(key).collect();
        sort_keys(&mut keys);
        let score = |d: u32| scores[d as usize];
        hits = keys.into_iter().map(|k| Hit { doc: k as u32, score: score(k as u32) }).collect();
        Results { hits, counts, total: n, query: parsed }
    }

    /// The articles matching one query word, with their BM25 scores.
    fn term_scores(
        &self,
        words: &impl Lookup,
        stems: &impl Lookup,
        term: &QueryTerm,
    ) -> (FixedBitSet, Vec<f32>) {
        let n = self.n_docs as usize;
        let mut tf = vec![0u32; n];
        let mut merge = |list: &[Posting]| {
            for p in list {
                let slot = &mut tf[p.doc as usize];
                *slot = (*slot).max(p.tf as u32);
            }
        };
        if let Some(list) = words.exact(&term.word) {
            merge(list);
        }
        for lang in [Lang::En, Lang::Es] {
            if let Some(list) = stems.exact(&stem(&term.word, lang)) {
                // A stem only counts for articles in the language it was made for.
                for p in list {
                    if self.langs[p.doc as usize] == lang {
                        merge(std::slice::from_ref(p));
                    }
                }
            }
        }
        if term.prefix {
            words.each_prefixed(&term.word, &mut merge);
        }
        let mut set = FixedBitSet::with_capacity(n);
        let df = tf.iter().filter(|&&t| t > 0).count() as f32;
        let idf = ((n as f32 - df + 0.5) / (df + 0.5) + 1.0).ln();
        let (k1, b) = (1.2f32, 0.75f32);
        let scores = tf
            .iter()
            .enumerate()
            .map(|(d, &t)| {
                if t == 0 {
                    return 0.0;
                }
                set.insert(d);
                let t = t as f32;
                let norm = 1.0 - b + b * self.doc_len[d] as f32 / self.avg_len.max(1.0);
                idf * t * (k1 + 1.0) / (t + k1 * norm)
            })
            .collect();
        (set, scores)
    }
}

/// True when the folded words of `phrase` follow each other in `text`.
pub fn contains_phrase(text: &str, phrase: &[String]) -> bool {
    if phrase.is_empty() {
        return true;
    }
    let words = text::terms(text);
    words.windows(phrase.len()).any(|w| w == phrase)
}

/// [`contains_phrase`] over [`full_text`] of a document, without building the text or
/// a token list: the fields are scanned in place with the tokenizer's rules (runs of
/// letters, digits and combining marks; a possessive `'s` is no token) and a
/// Shift-And automaton over the phrase words, so no allocation is made for plain
/// ASCII words. Phrases verify every candidate article at query time, so this is the
/// hot loop of a quoted search.
pub fn doc_contains_phrase(doc: &Document, phrase: &[String]) -> bool {
    if phrase.is_empty() {
        return true;
    }
    if phrase.len() > 64 {
        return contains_phrase(&full_text(doc), phrase);
    }
    let done = 1u64 << (phrase.len() - 1);
    let mut state = 0u64;
    let mut buf = String::new();
    let fields = std::iter::once(&doc.title).chain(doc.standfirst.iter()).chain(&doc.paragraphs);
    for field in fields {
        for (s, e) in text::word_spans(field) {
            let word = &field[s..e];
            let mut bits = 0u64;
            if word.is_ascii() {
                for (j, p) in phrase.iter().enumerate() {
                    bits |= (word.eq_ignore_ascii_case(p) as u64) << j;
                }
            } else {
                buf.clear();
                buf.push_str(&fold(word));
                for (j, p) in phrase.iter().enumerate() {
                    bits |= ((buf == *p) as u64) << j;
                }
            }
            state = ((state << 1) | 1) & bits;
            if state & done != 0 {
                return true;
            }
        }
    }
    false
}

/// Sort orders of the result list.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Sort {
    /// Best match first (newest first when there is no search text).
    #[default]
    Relevance,
    /// Newest first.
    Newest,
    /// Oldest first.
    Oldest,
}

impl Sort {
    /// The key used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Newest => "newest",
            Sort::Oldest => "oldest",
        }
    }

    /// The sort for a URL key.
    pub fn from_key(key: &str) -> Option<Sort> {
        [Sort::Relevance, Sort::Newest, Sort::Oldest].into_iter().find(|s| s.key() == key)
    }
}

/// Everything that selects and orders results.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    /// The free text typed.
    pub text: String,
    /// Selected values per facet.
    pub facets: Vec<(FacetKind, Vec<String>)>,
    /// First day (`yyyymmdd`), inclusive.
    pub from: Option<u32>,
    /// Last day (`yyyymmdd`), inclusive.
    pub to: Option<u32>,
    /// Only articles with no date.
    pub undated: bool,
    /// Order of the results.
    pub sort: Sort,
}

impl Query {
    /// The values selected in a facet.
    pub fn selected(&self, kind: FacetKind) -> &[String] {
        self.facets.iter().find(|(k, _)| *k == kind).map(|(_, v)| v.as_slice()).unwrap_or(&[])
    }
}

/// A query word: folded, and whether it may match as a prefix (the last word typed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryTerm {
    /// The folded word.
    pub word: String,
    /// Matches any word starting with it.
    pub prefix: bool,
}

/// Free text split into words and quoted phrases.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    /// Loose words (all must match).
    pub terms: Vec<QueryTerm>,
    /// Quoted phrases, as folded words.
    pub phrases: Vec<Vec<String>>,
}

impl ParsedQuery {
    /// Parses free text: `"..."` groups a phrase; the last loose word, when the text
    /// does not end with a space, matches as a prefix.
    pub fn parse(text: &str) -> ParsedQuery {
        let mut out = ParsedQuery::default();
        let mut loose = String::new();
        for (i, part) in text.split('"').enumerate() {
            if i % 2 == 1 {
                let words = text::terms(part);
                if !words.is_empty() {
                    out.phrases.push(words);
                }
                loose.push(' ');
            } else {
                loose.push_str(part);
            }
        }
        // An unclosed quote leaves its words loose, which is what a person typing expects.
        let ends_open = !text.ends_with(char::is_whitespace) && !text.ends_with('"');
        let words = text::terms(&loose);
        let last = words.len().saturating_sub(1);
        for (i, word) in words.into_iter().enumerate() {
            if !out.terms.iter().any(|t| t.word == word) {
                out.terms.push(QueryTerm { word, prefix: ends_open && i == last });
            }
        }
        out
    }

    /// True when nothing was typed.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.phrases.is_empty()
    }

    /// Does a folded word of the text match this query? (For many words of one text,
    /// [`ParsedQuery::matcher`] stems the query words once.)
    pub fn matches_word(&self, word: &str, lang: Lang) -> bool {
        self.matcher(lang).matches(word)
    }

    /// A matcher for the words of a text in `lang`, with the query words stemmed once.
    pub fn matcher(&self, lang: Lang) -> WordMatcher<'_> {
        let stems: Vec<String> = self.terms.iter().map(|t| stem(&t.word, lang)).collect();
        let words = self.terms.iter().map(|t| &t.word).chain(&stems).chain(self.phrases.iter().flatten());
        let mut firsts: Vec<u8> = words.filter_map(|w| w.as_bytes().first().copied()).collect();
        sort_by_dyn(&mut firsts, &|a, b| a.cmp(b));
        firsts.dedup();
        WordMatcher { query: self, stems, lang, firsts }
    }
}

/// Tells which words of one text match a query: the same rule as the search (the
/// word itself, a prefix of it for the last word typed, or the same stem).
pub struct WordMatcher<'a> {
    query: &'a ParsedQuery,
    /// The stem of each query term, in the text's language.
    stems: Vec<String>,
    lang: Lang,
    /// The first bytes of the query words, their stems and the phrase words.
    firsts: Vec<u8>,
}

impl WordMatcher<'_> {
    /// Can this word of the text (as written, not folded) match at all? A match keeps
    /// the first letter (equal word, prefix, or stem), so a word written in ASCII whose
    /// lower-cased first letter starts no query word is skipped without folding it.
    pub fn may_match(&self, raw: &str) -> bool {
        match raw.as_bytes().first() {
            Some(b) if b.is_ascii() => self.firsts.contains(&b.to_ascii_lowercase()),
            _ => true,
        }
    }

    /// Does this word of the text, as written, match? ([`WordMatcher::may_match`],
    /// then [`WordMatcher::matches`] on its folded form.)
    pub fn matches_raw(&self, raw: &str) -> bool {
        self.may_match(raw) && self.matches(&fold(raw))
    }

    /// Does this folded word match?
    pub fn matches(&self, word: &str) -> bool {
        let q = self.query;
        if q.terms.iter().any(|t| t.word == word || (t.prefix && word.starts_with(&t.word)))
            || q.phrases.iter().flatten().any(|p| p == word)
        {
            return true;
        }
        // Stemming only strips and rewrites endings, so a word can share a stem only
        // with query words that start with its letter: most words are never stemmed
        // (highlighting runs on every keystroke).
        let first = word.as_bytes().first();
        if !self.stems.iter().any(|s| s.as_bytes().first() == first) {
            return false;
        }
        let s = stem(word, self.lang);
        self.stems.contains(&s)
    }
}

/// One result.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hit {
    /// Article id.
    pub doc: u32,
    /// Relevance score (0 without search text).
    pub score: f32,
}

/// The answer to a [`Query`].
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// Matching articles, in display order.
    pub hits: Vec<Hit>,
    /// `counts[f][v]`: articles that would match with value `v` of facet `f`, given
    /// the text, dates and the other facets' selections.
    pub counts: Vec<Vec<u32>>,
    /// Number of articles in the corpus.
    pub total: usize,
    /// The parsed text, for highlighting.
    pub query: ParsedQuery,
}

impl Results {
    /// The matching articles' ids, in display order.
    pub fn doc_ids(&self) -> Vec<u32> {
        self.hits.iter().map(|h| h.doc).collect()
    }
}

/// A piece of text, highlighted or not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The text (plain text, never HTML).
    pub text: String,
    /// True for a match.
    pub mark: bool,
}

/// Splits `text` into segments with the words matching `query` marked.
pub fn highlight(text: &str, query: &ParsedQuery, lang: Lang) -> Vec<Segment> {
    if query.is_empty() {
        return vec![Segment { text: text.to_string(), mark: false }];
    }
    highlight_with(text, &query.matcher(lang))
}

/// [`highlight`] with a matcher already made (its query words stemmed once).
fn highlight_with(text: &str, matcher: &WordMatcher<'_>) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut at = 0;
    if !matcher.query.is_empty() {
        for (start, end) in text::word_spans(text) {
            if matcher.matches_raw(&text[start..end]) {
                if start > at {
                    out.push(Segment { text: text[at..start].to_string(), mark: false });
                }
                out.push(Segment { text: text[start..end].to_string(), mark: true });
                at = end;
            }
        }
    }
    if at < text.len() || out.is_empty() {
        out.push(Segment { text: text[at..].to_string(), mark: false });
    }
    out
}

/// A snippet of about `max_chars` characters around the first match in the article
/// (its lede when nothing matches), with matches marked.
pub fn snippet(doc: &Document, query: &ParsedQuery, lang: Lang, max_chars: usize) -> Vec<Segment> {
    let paragraphs: Vec<&String> = doc.standfirst.iter().chain(&doc.paragraphs).collect();
    // One matcher for finding the first match and marking the window: the query
    // words are stemmed once per article (this runs for every shown result on every
    // keystroke).
    let matcher = query.matcher(lang);
    let found = if query.is_empty() {
        None
    } else {
        paragraphs.iter().find_map(|p| {
            text::word_spans(p).find(|&(s, e)| matcher.matches_raw(&p[s..e])).map(|(s, _)| (p.as_str(), s))
        })
    };
    let (text, at) = match found {
        Some(x) => x,
        None => match paragraphs.first() {
            Some(p) => (p.as_str(), 0),
            None => return Vec::new(),
        },
    };
    let start = if at > max_chars / 3 {
        let mut s = at - max_chars / 3;
        while !text.is_char_boundary(s) {
            s -= 1;
        }
        // Start at a word boundary.
        text[s..].find(' ').map(|i| s + i + 1).filter(|&i| i <= at).unwrap_or(s)
    } else {
        0
    };
    let mut end = (start + max_chars).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    if end < text.len() {
        end = text[..end].rfind(' ').filter(|&i| i > at).unwrap_or(end);
    }
    let mut segs = highlight_with(&text[start..end], &matcher);
    if start > 0 {
        segs.insert(0, Segment { text: "… ".into(), mark: false });
    }
    if end < text.len() {
        segs.push(Segment { text: " …".into(), mark: false });
    }
    segs
}

/// Folds a label for comparing facet values typed by a person.
pub fn fold_label(s: &str) -> String {
    fold(s.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(title: &str, body: &str, persons: &[&str], date: &str) -> Document {
        Document {
            id: title.to_lowercase().replace(' ', "-"),
            title: title.into(),
            paragraphs: vec![body.into()],
            persons: persons.iter().map(|s| s.to_string()).collect(),
            topics: vec!["Harbour".into()],
            date: Some(date.into()),
            ..Default::default()
        }
    }

    fn docs() -> Vec<Document> {
        vec![
            doc(
                "Ferry strike ends",
                "Lucía Ortega said the ferries run again.",
                &["Lucía Ortega"],
                "2024-03-02",
            ),
            doc(
                "Harbour fees rise",
                "The port authority raised fees; Tom Reyes objected.",
                &["Tom Reyes"],
                "2024-05",
            ),
            doc(
                "Ferries and fees",
                "Ortega and Reyes met about running ferries.",
                &["Lucía Ortega", "Tom Reyes"],
                "2025-01-10",
            ),
        ]
    }

    fn run(q: Query) -> Vec<u32> {
        let d = docs();
        Index::build(&d).search(&d, &q).hits.iter().map(|h| h.doc).collect()
    }

    #[test]
    fn search_folds_accents_and_case() {
        let got = run(Query { text: "LUCIA ".into(), ..Default::default() });
        assert_eq!(got, vec![0, 2], "body text first, then the people field");
    }

    #[test]
    fn stems_and_prefixes_match() {
        let mut got = run(Query { text: "ferry ".into(), ..Default::default() });
        got.sort();
        assert_eq!(got, vec![0, 2], "ferry finds ferries via the stem");
        assert_eq!(
            run(Query { text: "objec".into(), ..Default::default() }),
            vec![1],
            "last word is a prefix"
        );
        assert!(
            run(Query { text: "objec ".into(), ..Default::default() }).is_empty(),
            "a finished word is not"
        );
    }

    #[test]
    fn phrases_must_be_adjacent() {
        assert_eq!(run(Query { text: "\"port authority\"".into(), ..Default::default() }), vec![1]);
        assert!(run(Query { text: "\"authority port\"".into(), ..Default::default() }).is_empty());
    }

    #[test]
    fn facets_or_within_and_across_with_other_facet_counts() {
        let d = docs();
        let index = Index::build(&d);
        let q = Query { facets: vec![(FacetKind::Person, vec!["Tom Reyes".into()])], ..Default::default() };
        let r = index.search(&d, &q);
        assert_eq!(r.hits.len(), 2);
        let people = index.facet(FacetKind::Person).unwrap();
        let person_counts = &r.counts[0];
        // Counts for the person facet ignore the person selection itself.
        for (v, c) in people.values.iter().zip(person_counts) {
            assert_eq!(*c as usize, v.docs.len(), "{}", v.label);
        }
        let q = Query {
            facets: vec![(FacetKind::Person, vec!["Tom Reyes".into(), "Lucía Ortega".into()])],
            ..Default::default()
        };
        assert_eq!(index.search(&d, &q).hits.len(), 3, "OR within a facet");
        let q = Query {
            facets: vec![
                (FacetKind::Person, vec!["Lucía Ortega".into()]),
                (FacetKind::Topic, vec!["Harbour".into()]),
            ],
            text: "fees".into(),
            ..Default::default()
        };
        assert_eq!(index.search(&d, &q).hits.iter().map(|h| h.doc).collect::<Vec<_>>(), vec![2]);
    }

    #[test]
    fn unknown_values_give_nothing_without_panicking() {
        let q = Query { facets: vec![(FacetKind::Person, vec!["Nobody".into()])], ..Default::default() };
        assert!(run(q).is_empty());
    }

    #[test]
    fn date_ranges_overlap_imprecise_dates() {
        let q = Query { from: Some(20240510), to: Some(20240520), ..Default::default() };
        assert_eq!(run(q), vec![1], "a month-precise date overlaps a range inside it");
        let q = Query { from: Some(20250101), ..Default::default() };
        assert_eq!(run(q), vec![2]);
    }

    #[test]
    fn undated_articles_are_a_filter_of_their_own() {
        let mut d = docs();
        d[1].date = None;
        let index = Index::build(&d);
        let q = Query { undated: true, ..Default::default() };
        assert_eq!(index.search(&d, &q).hits.iter().map(|h| h.doc).collect::<Vec<_>>(), vec![1]);
        let q = Query { undated: true, text: "ferries".into(), ..Default::default() };
        assert!(index.search(&d, &q).hits.is_empty());
        assert!(run(Query { undated: true, ..Default::default() }).is_empty(), "all dated");
    }

    #[test]
    fn sorts_by_date_without_text() {
        assert_eq!(run(Query::default()), vec![2, 1, 0]);
        assert_eq!(run(Query { sort: Sort::Oldest, ..Default::default() }), vec![0, 1, 2]);
    }

    #[test]
    fn headline_matches_rank_first() {
        let got = run(Query { text: "fees".into(), ..Default::default() });
        assert_eq!(got[0], 1, "{got:?}");
    }

    #[test]
    fn query_parsing() {
        let q = ParsedQuery::parse("Buenos \"visa waiver\" arg");
        assert_eq!(q.phrases, vec![vec!["visa".to_string(), "waiver".to_string()]]);
        assert_eq!(
            q.terms,
            vec![
                QueryTerm { word: "buenos".into(), prefix: false },
                QueryTerm { word: "arg".into(), prefix: true }
            ]
        );
        assert!(ParsedQuery::parse("  ").is_empty());
    }

    #[test]
    fn the_first_letter_shortcut_never_changes_a_match() {
        let words = [
            "Deported",
            "deportations",
            "dying",
            "die",
            "Skies",
            "sky",
            "Lucía",
            "LUCIA",
            "Árbol",
            "arboles",
            "migrantes",
            "Migrant",
            "x",
            "Ñandú",
            "nandu",
            "1990s",
            "éxito",
            "Exitos",
        ];
        for q in ["deport", "die sky", "lucia", "arbol", "migrante", "\"nandu exito\" 1990", "Éxito"] {
            let parsed = ParsedQuery::parse(q);
            for lang in [Lang::En, Lang::Es] {
                let m = parsed.matcher(lang);
                for w in words {
                    assert_eq!(m.matches_raw(w), m.matches(&fold(w)), "{q:?} {w:?} {lang:?}");
                }
            }
        }
    }

    #[test]
    fn highlights_and_snippets_are_plain_segments() {
        let q = ParsedQuery::parse("lucia ");
        let segs = highlight("Dear Lucía, <b>hi</b>", &q, Lang::En);
        assert_eq!(segs[1], Segment { text: "Lucía".into(), mark: true });
        assert_eq!(segs.iter().map(|s| s.text.as_str()).collect::<String>(), "Dear Lucía, <b>hi</b>");
        let d = docs();
        let snip = snippet(&d[0], &q, Lang::En, 40);
        assert!(snip.iter().any(|s| s.mark && s.text == "Lucía"));
    }

    #[test]
    fn phrase_scan_agrees_with_tokenizing_the_full_text() {
        let mut d = docs()[2].clone();
        d.standfirst = Some("Lucía’s ferries. It's O'Neill's port-authority".into());
        d.paragraphs.push("Ferry FEES rise; ÉXITO Ñandú s s".into());
        let text = full_text(&d);
        let words = crate::text::terms(&text);
        let mut phrases: Vec<Vec<String>> = Vec::new();
        for len in 1..=4 {
            for w in words.windows(len) {
                phrases.push(w.to_vec());
            }
        }
        phrases.push(vec!["lucia".into(), "s".into()]);
        phrases.push(vec!["it".into(), "s".into()]);
        phrases.push(vec!["fees".into(), "lucia".into()]);
        phrases.push(vec!["nandu".into(), "s".into(), "s".into()]);
        phrases.push(vec!["ferries".into(), "ferries".into()]);
        for p in &phrases {
            assert_eq!(doc_contains_phrase(&d, p), contains_phrase(&text, p), "{p:?}");
        }
        assert!(doc_contains_phrase(&d, &["ferries".into(), "and".into(), "fees".into()]));
    }

    #[test]
    fn round_trips_through_bytes() {
        let data = Data::new(Corpus { documents: docs(), ..Default::default() });
        assert_eq!(Data::from_bytes(&data.to_bytes()).unwrap(), data);
        assert!(Data::from_bytes(&[1, 2, 3]).is_err());
    }
}
