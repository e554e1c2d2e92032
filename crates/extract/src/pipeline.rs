//! The extraction pipeline: the stages that turn read articles into a [`Corpus`].
//!
//! [`extract_sources`] runs them in order, each a function named after what it does:
//!
//! 1. [`draft`] each source: clean it, split sentences, read its dates;
//!    [`merge_duplicates`] and [`assign_ids`];
//! 2. [`word_usage`]: corpus-wide casing and organisation evidence;
//! 3. [`find_people`], then [`find_places_and_orgs`];
//! 4. [`find_topics`] (a taxonomy file, else automatic);
//! 5. [`neighbours`]: similarity between articles;
//! 6. [`date_articles`]: stated dates, estimates, dates lent by related articles;
//! 7. [`collect_events`], [`thread_and_relate`], [`warn_near_duplicates`];
//! 8. [`corpus_people`]: the people list with names, aliases and roles.

use crate::dates::{self, BodyDate, BodyRelative, DocDate, Ymd};
use crate::lexicon::{self, fold_fast as fold};
use crate::progress::{stage, Progress, Silent};
use crate::{clean, entities, events, html, people, records, threads, topics};
use explorer_core::evidence::{DateEvidence, DateWhy, Lender, RelatedWhy};
use explorer_core::model::{Corpus, Document, Person, Precision, Related, Thread};
use explorer_core::text::{guess_lang, stem, Lang};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

/// Makes a URL-safe id from a file stem: accents folded, lowercase ASCII letters,
/// digits, `-` and `_`; anything else becomes `-`.
pub fn slug(stem: &str) -> String {
    let mut out = String::new();
    for c in fold(stem).chars() {
        if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "article".into()
    } else {
        out
    }
}

/// One article between the extraction steps.
struct Draft {
    doc: Document,
    lang: Lang,
    /// Sentences of headline, standfirst and body, with "title-cased" flag.
    sentences: Vec<(String, bool)>,
    header: Vec<String>,
    day_first: bool,
    body_dates: Vec<BodyDate>,
    /// Relative time words of the body ("last week", "weeks later").
    body_relatives: Vec<BodyRelative>,
    date: Option<DocDate>,
}

/// One article file to extract: its path relative to the corpus folder, its text, and
/// what its markup states (for HTML pages; empty for text files).
#[derive(Clone, Debug, Default)]
pub struct Source {
    /// Path relative to the corpus folder, `/`-separated.
    pub rel: String,
    /// The article text (for a page: its text as [`html::read`] gives it).
    pub text: String,
    /// The page's metadata, which takes precedence over what the text suggests.
    pub meta: html::Meta,
}

/// Extracts a corpus from already-read text files `(relative path, text)`, in order.
pub fn extract(files: &[(String, String)], taxonomy: Option<&str>) -> Corpus {
    let sources: Vec<Source> = files
        .iter()
        .map(|(rel, text)| Source { rel: rel.clone(), text: text.clone(), meta: Default::default() })
        .collect();
    extract_sources(&sources, taxonomy)
}

/// Extracts a corpus from already-read files, in order: the stages of this module,
/// one after the other.
pub fn extract_sources(files: &[Source], taxonomy: Option<&str>) -> Corpus {
    extract_sources_with(files, taxonomy, &Silent)
}

/// [`extract_sources`], telling `progress` which stage runs and how far it is.
pub fn extract_sources_with(files: &[Source], taxonomy: Option<&str>, progress: &dyn Progress) -> Corpus {
    let drafted = stage(progress, "draft", files.len() as u64, || {
        files
            .par_iter()
            .map(|f| {
                let d = Drafted::of(f);
                progress.advance(1);
                d
            })
            .collect::<Vec<_>>()
    });
    extract_drafts(drafted, taxonomy, progress)
}

/// One source after [`draft`], with the warning drafting gave: what the
/// corpus-wide stages start from. [`crate::ingest`] drafts each file as soon as it is
/// read, so the file's raw text need not be kept.
pub(crate) struct Drafted {
    draft: Draft,
    warning: Option<String>,
}

impl Drafted {
    /// Drafts one source.
    pub(crate) fn of(source: &Source) -> Drafted {
        let mut w = Vec::new();
        let draft = draft(source, &mut w);
        Drafted { draft, warning: w.pop() }
    }
}

/// The stages after [`draft`]: from every article's draft (in input order) the
/// corpus.
pub(crate) fn extract_drafts(
    drafted: Vec<Drafted>,
    taxonomy: Option<&str>,
    progress: &dyn Progress,
) -> Corpus {
    let mut warnings = Vec::new();
    let mut all = Vec::with_capacity(drafted.len());
    for d in drafted {
        warnings.extend(d.warning);
        all.push(d.draft);
    }
    let mut drafts = stage(progress, "merge duplicates", 0, || merge_duplicates(all));
    stage(progress, "assign ids", 0, || assign_ids(&mut drafts, &mut warnings));
    let usage = stage(progress, "word usage", 0, || word_usage(&drafts));
    let found_people = stage(progress, "people", 0, || find_people(&mut drafts, &usage));
    // Every article's sentences as text, once: organisations and topics both read them.
    let lines: Vec<Vec<String>> =
        drafts.iter().map(|d| d.sentences.iter().map(|s| s.0.clone()).collect()).collect();
    let found = stage(progress, "places and orgs", 0, || {
        find_places_and_orgs(&mut drafts, &lines, &found_people, &usage)
    });
    let topic_keys =
        stage(progress, "topics", 0, || find_topics(&mut drafts, &lines, &found, &found_people, taxonomy));
    let near = stage(progress, "neighbours", 0, || neighbours(&drafts, &found_people.per_doc, &topic_keys));
    stage(progress, "dates", 0, || date_articles(&mut drafts, &near.named));
    let events = stage(progress, "events", 0, || collect_events(&drafts));
    let threads =
        stage(progress, "threads", 0, || thread_and_relate(&mut drafts, &near, &topic_keys, &found_people));
    stage(progress, "near duplicates", 0, || warn_near_duplicates(&drafts, &near.named, &mut warnings));
    drop_lone_topics(&mut drafts.iter_mut().map(|d| &mut d.doc.topics).collect::<Vec<_>>());
    Corpus {
        people: corpus_people(&found_people),
        documents: drafts.into_iter().map(|d| d.doc).collect(),
        warnings,
        events,
        threads,
    }
}

/// Stage 1: one source cleaned into a [`Draft`]: its text split from page chrome,
/// the page's metadata applied, sentences for the entity finders, body sentences and
/// their dates. Warns when no body was found (the whole text is then kept).
fn draft(source: &Source, warnings: &mut Vec<String>) -> Draft {
    let Source { rel, text, meta } = source;
    let mut c = clean::clean(text);
    apply_meta(&mut c, meta);
    let all_text: String = c.paragraphs.join("\n");
    let lang = guess_lang(&all_text);
    let mut sentences: Vec<(String, bool)> = Vec::new();
    if !c.title_derived && !c.title.is_empty() {
        sentences.push((c.title.clone(), people::title_case(&c.title)));
    }
    let mut body = Vec::new();
    for p in c.standfirst.iter().chain(c.paragraphs.iter()) {
        let sub = people::title_case(p) && p.split_whitespace().count() <= 16 && !p.ends_with('.');
        for s in clean::sentences(p) {
            sentences.push((s.to_string(), sub));
            if !sub {
                body.push(s.to_string());
            }
        }
    }
    let header_text = format!("{}\n{}", c.header.join("\n"), all_text);
    let day_first = dates::day_first_page(lang, &header_text);
    let mut doc = Document {
        file: rel.clone(),
        section: rel.split_once('/').map(|(s, _)| s.to_string()),
        title: c.title.clone(),
        title_derived: c.title_derived,
        standfirst: c.standfirst.clone(),
        publisher: c.publisher.clone(),
        authors: c.authors.clone(),
        paragraphs: c.paragraphs.clone(),
        chrome: c.chrome.clone(),
        ..Default::default()
    };
    if doc.paragraphs.is_empty() {
        warnings.push(format!(
            "{rel}: no article body found after removing page chrome; the whole text was kept as the body"
        ));
        // Never drop an article: keep its text even if it all looked like chrome.
        doc.paragraphs = clean::raw_lines(text);
        doc.chrome.clear();
        for p in &doc.paragraphs {
            for s in clean::sentences(p) {
                sentences.push((s.to_string(), false));
                body.push(s.to_string());
            }
        }
        if doc.title.is_empty() {
            doc.title = doc
                .paragraphs
                .first()
                .map(|p| clean::derive_title(p))
                .unwrap_or_else(|| file_stem(rel).to_string());
            doc.title_derived = true;
        }
    }
    let body_dates = dates::body_dates(&body, day_first);
    let body_relatives = dates::body_relatives(&body, day_first);
    Draft {
        doc,
        lang,
        sentences,
        header: c.header,
        day_first,
        body_dates,
        body_relatives,
        date: meta.published.as_ref().map(|(date, raw, source)| DocDate {
            date: *date,
            estimated: false,
            evidence: DateWhy::Stated { quote: raw.clone(), source: source.clone(), reading: None },
            bounded: true,
        }),
    }
}

/// Stage 1b: the same article saved twice is one document that lists the other
/// files; the shortest file name stands for them ("story.txt" rather than
/// "story copy.txt"). The drafts come back sorted by file.
fn merge_duplicates(all: Vec<Draft>) -> Vec<Draft> {
    // Texts are compared by a hash of their key (computed in parallel, the keys not
    // kept), and by the keys themselves only when two hashes meet.
    let hashes: Vec<Option<u64>> = all
        .par_iter()
        .map(|d| {
            let key = dedup_key(&d.doc.paragraphs);
            (!key.is_empty()).then(|| {
                use std::hash::{BuildHasher, BuildHasherDefault};
                BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(&key)
            })
        })
        .collect();
    let mut drafts: Vec<Draft> = Vec::with_capacity(all.len());
    // Hash of the cleaned article text (see `dedup_key`) → positions of the drafts
    // with that hash.
    let mut texts: HashMap<u64, Vec<usize>> = HashMap::new();
    for (draft, hash) in all.into_iter().zip(hashes) {
        let Some(hash) = hash else {
            drafts.push(draft);
            continue;
        };
        let same = texts.get(&hash).and_then(|at| {
            let key = dedup_key(&draft.doc.paragraphs);
            at.iter().copied().find(|&k| dedup_key(&drafts[k].doc.paragraphs) == key)
        });
        match same {
            Some(kept) => {
                let old = &mut drafts[kept];
                let rel = draft.doc.file.clone();
                if (rel.chars().count(), &rel) < (old.doc.file.chars().count(), &old.doc.file) {
                    let mut dups = std::mem::take(&mut old.doc.duplicates);
                    dups.push(old.doc.file.clone());
                    *old = draft;
                    old.doc.duplicates = dups;
                } else {
                    old.doc.duplicates.push(rel);
                }
            }
            None => {
                texts.entry(hash).or_default().push(drafts.len());
                drafts.push(draft);
            }
        }
    }
    drafts.sort_by(|a, b| a.doc.file.cmp(&b.doc.file));
    drafts
}

/// Stage 1c: a URL-safe id for every article, unique in the corpus, and a warning
/// for each duplicate merged.
fn assign_ids(drafts: &mut [Draft], warnings: &mut Vec<String>) {
    let mut used_ids: HashSet<String> = HashSet::new();
    for d in drafts {
        d.doc.duplicates.sort();
        for dup in &d.doc.duplicates {
            warnings.push(format!(
                "{dup}: same article text as {}; merged into it (the article is shown once and lists this file as a duplicate)",
                d.doc.file
            ));
        }
        let base = slug(file_stem(&d.doc.file));
        let mut id = base.clone();
        let mut k = 2;
        while !used_ids.insert(id.clone()) {
            id = format!("{base}-{k}");
            k += 1;
        }
        d.doc.id = id;
    }
}

/// How words are written across the whole corpus: the evidence the entity finders
/// weigh beside each sentence.
struct WordUsage {
    /// Words written in lower case often enough to be common words.
    lowercase: HashSet<String>,
    /// Words capitalised inside a sentence somewhere.
    capitalised: HashSet<String>,
    /// Names with the context of a thing (a legal suffix, a ticker, "software giant").
    orgish: HashSet<String>,
}

/// Stage 2: corpus-wide casing and organisation evidence. Capitalised at a sentence
/// start, common words are not names: a word counts as common when it is written in
/// lower case at least a quarter as often as capitalised inside a sentence ("baker"
/// now and then beside hundreds of "James Baker" leaves Baker a name; "black" is a
/// common word even though "Black" opens some names). Names of things are known by
/// their context anywhere in the corpus: before a legal suffix or a ticker
/// ("Drexel Burnham Lambert Inc", "Texaco <TX>"), after a word for a firm or a band
/// ("software giant Microsoft", "rock band Franz Ferdinand").
fn word_usage(drafts: &[Draft]) -> WordUsage {
    type Counts = HashMap<String, u32>;
    // Counted per article in parallel, then summed: the same counts in any order.
    let (lower_n, upper_n, orgish) = drafts
        .par_iter()
        .fold(
            || (Counts::new(), Counts::new(), HashSet::new()),
            |(mut lower_n, mut upper_n, mut orgish), d| {
                for (s, _) in d.sentences.iter().filter(|(_, weak)| !weak) {
                    let mut first = true;
                    for w in s.split(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'' && c != '’') {
                        if w.is_empty() {
                            continue;
                        }
                        let mut cs = w.chars();
                        let c0 = cs.next().unwrap_or(' ');
                        if c0.is_lowercase() {
                            *lower_n.entry(fold(w)).or_default() += 1;
                        } else if c0.is_uppercase() && !first && cs.any(char::is_lowercase) {
                            *upper_n.entry(fold(w)).or_default() += 1;
                        }
                        first = false;
                    }
                }
                for (s, _) in &d.sentences {
                    people::org_evidence(s, &mut orgish);
                }
                (lower_n, upper_n, orgish)
            },
        )
        .reduce(
            || (Counts::new(), Counts::new(), HashSet::new()),
            |a, b| (add_counts(a.0, b.0), add_counts(a.1, b.1), union(a.2, b.2)),
        );
    let capitalised: HashSet<String> = upper_n.keys().cloned().collect();
    let lowercase: HashSet<String> = lower_n
        .into_iter()
        .filter(|(w, n)| n * 4 >= upper_n.get(w).copied().unwrap_or(0))
        .map(|(w, _)| w)
        .collect();
    WordUsage { lowercase, capitalised, orgish }
}

/// The sum of two word counts (the smaller added into the larger).
fn add_counts(a: HashMap<String, u32>, b: HashMap<String, u32>) -> HashMap<String, u32> {
    let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    for (w, n) in small {
        *big.entry(w).or_default() += n;
    }
    big
}

/// The union of two sets (the smaller added into the larger).
fn union(a: HashSet<String>, b: HashSet<String>) -> HashSet<String> {
    let (mut big, small) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    big.extend(small);
    big
}

/// The people of the corpus: the register of merged persons, who each article
/// names, and in how many articles each person appears.
struct FoundPeople {
    reg: people::Register,
    per_doc: Vec<people::DocPeople>,
    articles: Vec<u32>,
}

/// Stage 3: people, from every sentence (an outlet is never a person: "Gulf
/// Ledger’s Ana Ruiz contributed…"), merged across the corpus; each article gets
/// the names of the people it mentions.
fn find_people(drafts: &mut [Draft], usage: &WordUsage) -> FoundPeople {
    let ctx = people::Context {
        lowercase: &usage.lowercase,
        orgish: &usage.orgish,
        capitalised: &usage.capitalised,
    };
    let outlets: HashSet<String> =
        drafts.iter().filter_map(|d| d.doc.publisher.as_deref()).map(fold).collect();
    let mentions: Vec<Vec<people::Mention>> = drafts
        .par_iter()
        .map(|d| {
            // A headline in capitals ("BAKER SAYS DOLLAR …", as wires write them) names
            // people too: read in title case as a weak line, it finds people the corpus
            // knows by other mentions.
            let caps_title = (!d.doc.title_derived && people::all_caps(&d.doc.title))
                .then(|| (people::title_cased(&d.doc.title), true));
            d.sentences
                .iter()
                .chain(caps_title.iter())
                .flat_map(|(s, weak)| people::mentions(s, *weak, &ctx))
                .filter(|m| !outlets.contains(&fold(&m.name.join(" "))))
                .collect()
        })
        .collect();
    let authors: Vec<Vec<String>> = drafts.iter().map(|d| d.doc.authors.clone()).collect();
    let (reg, per_doc) = people::Register::build(&mentions, &authors);
    let mut articles = vec![0u32; reg.people.len()];
    for (d, list) in per_doc.iter().enumerate() {
        drafts[d].doc.persons = list.iter().map(|&(i, _, _)| reg.people[i].name.clone()).collect();
        for &(i, _, _) in list {
            articles[i] += 1;
        }
    }
    FoundPeople { reg, per_doc, articles }
}

/// Stage 3b: places and organisations of every article. A line in capitals (a
/// wire's headline) has no acronyms to read: every word looks like one ("QTR NET",
/// "SHR"). An organisation named with a cue in one article is the same organisation
/// when another names it bare; people's names, and the surnames of people named in
/// two articles or more, are not organisations ("Baker" alone in a headline).
fn find_places_and_orgs(
    drafts: &mut [Draft],
    lines: &[Vec<String>],
    found_people: &FoundPeople,
    usage: &WordUsage,
) -> Vec<entities::Found> {
    let found: Vec<entities::Found> = drafts
        .par_iter()
        .map(|d| {
            let lines: Vec<(String, bool)> = d
                .sentences
                .iter()
                .filter(|(s, _)| !people::all_caps(s))
                .map(|(s, w)| (dates::dateline_end(s).map_or(s.as_str(), |e| &s[e..]).to_string(), *w))
                .collect();
            // Places from every line, headline and dateline included (one pass when no
            // line was left out or cut).
            let all = entities::find(&d.sentences);
            if lines == d.sentences {
                all
            } else {
                entities::Found { places: all.places, ..entities::find(&lines) }
            }
        })
        .collect();
    let mut orgs = entities::merge_orgs(&found);
    let known: Vec<String> = {
        let mut v: Vec<String> = orgs.iter().flatten().cloned().collect();
        v.sort();
        v.dedup();
        v
    };
    entities::add_known(&mut orgs, &known, lines);
    let FoundPeople { reg, articles, .. } = found_people;
    let person_names: HashSet<String> =
        reg.people.iter().flat_map(|p| [fold(&p.name), p.key.join(" ")]).collect();
    let mut not_orgs = person_names.clone();
    not_orgs.extend(
        reg.people
            .iter()
            .enumerate()
            .filter(|(i, p)| articles[*i] >= 2 && p.key.len() >= 2)
            .filter_map(|(_, p)| p.key.last().cloned()),
    );
    entities::tidy_orgs(&mut orgs, &not_orgs, &usage.lowercase);
    entities::complete_fragments(&mut orgs, lines);
    for (d, (f, o)) in drafts.iter_mut().zip(found.iter().zip(orgs)) {
        let mut places: Vec<(String, u32)> = f.places.clone();
        let dateline = d.doc.paragraphs.first().and_then(|p| dates::dateline_day_month(p));
        if let Some(region) = dateline.as_ref().and_then(|(_, words)| entities::dateline_region(words)) {
            if !places.iter().any(|p| p.0 == *region) {
                places.push((region.clone(), 1));
            }
        }
        entities::with_countries(&mut places);
        places.sort_by_key(|p| std::cmp::Reverse(p.1));
        d.doc.places = places.iter().map(|p| p.0.clone()).collect();
        let home = entities::home_nation(dateline.as_ref().map(|(_, words)| words.as_str()), &places);
        d.doc.orgs = entities::with_nations(
            o.into_iter().filter(|x| !person_names.contains(&fold(x))).collect(),
            home.map(String::as_str),
        );
        // "New York Times" named by a footer is "The New York Times" of the text.
        if let Some(p) = &d.doc.publisher {
            let full = format!("the {}", fold(p));
            if let Some(o) = d.doc.orgs.iter().find(|o| fold(o) == full) {
                d.doc.publisher = Some(o.clone());
            }
        }
    }
    entities::settle_nations(&mut drafts.iter_mut().map(|d| &mut d.doc.orgs).collect::<Vec<_>>());
    found
}

/// Stage 4: the topics of every article, from the corpus's taxonomy file when it has
/// one, else found automatically (never a person's name, an organisation, a role or
/// a place; an acronym of a thing counts as its expansion). Returns each article's
/// folded topic keys, for similarity and thread labels.
fn find_topics(
    drafts: &mut [Draft],
    lines: &[Vec<String>],
    found: &[entities::Found],
    found_people: &FoundPeople,
    taxonomy: Option<&str>,
) -> Vec<Vec<String>> {
    if let Some(named) = taxonomy.map(topics::parse_taxonomy).filter(|t| !t.is_empty()) {
        for (d, l) in drafts.iter_mut().zip(lines) {
            d.doc.topics = topics::apply_taxonomy(&named, l);
        }
        return drafts.iter().map(|d| d.doc.topics.iter().map(|t| fold(t)).collect()).collect();
    }
    let FoundPeople { reg, articles, .. } = found_people;
    let banned: HashSet<String> = reg
        .people
        .iter()
        .enumerate()
        .filter(|(i, _)| articles[*i] > 0)
        .flat_map(|(_, p)| p.key.clone())
        .collect();
    let terms: Vec<(String, String)> = found.iter().flat_map(|f| f.terms.iter().cloned()).collect();
    let topic_lines: Vec<Vec<String>> =
        lines.par_iter().map(|ls| ls.iter().map(|l| expand_acronyms(l, &terms)).collect()).collect();
    let mut ban_src: Vec<String> = drafts.iter().flat_map(|d| d.doc.orgs.iter().cloned()).collect();
    ban_src.extend(reg.people.iter().flat_map(|p| p.roles.keys().cloned()));
    ban_src.extend(drafts.iter().filter_map(|d| d.doc.publisher.clone()));
    let mut banned_phrases = topics::phrase_ban(&ban_src, Lang::En);
    banned_phrases.extend(topics::phrase_ban(&ban_src, Lang::Es));
    // A place is not a topic ("Rio de Janeiro"), nor is a word of one alone ("Rio"),
    // though a longer topic may name one.
    let places: Vec<String> = drafts.iter().flat_map(|d| d.doc.places.iter().cloned()).collect();
    banned_phrases.extend(topics::phrase_ban(&places, Lang::En));
    banned_phrases.extend(topics::phrase_ban(&places, Lang::Es));
    let tdocs: Vec<topics::TopicDoc> = drafts
        .iter()
        .zip(&topic_lines)
        .map(|(d, l)| topics::TopicDoc {
            lines: l,
            lang: d.lang,
            headline: !d.doc.title_derived && !d.doc.title.is_empty(),
        })
        .collect();
    let auto = topics::auto_topics(&tdocs, &banned, &banned_phrases);
    drafts
        .iter_mut()
        .zip(auto)
        .map(|(d, t)| {
            let t: Vec<topics::Scored> = t.into_iter().filter(|s| !topics::generic(&s.label)).collect();
            d.doc.topics = t.iter().map(|s| s.label.clone()).collect();
            t.into_iter().map(|s| s.key).collect()
        })
        .collect()
}

/// Each article's nearest articles, best first, with their similarity.
struct Neighbours {
    /// By every feature, words included.
    words: Vec<Vec<(usize, f64)>>,
    /// Only those that share a person, topic or organisation.
    named: Vec<Vec<(usize, f64)>>,
}

/// From how many articles on a topic must group two of them: below it, a topic found in
/// one article still describes it (a handful of articles share few phrases).
const LONE_TOPICS_FROM: usize = 200;

/// In a collection of [`LONE_TOPICS_FROM`] articles or more, a topic found in only one
/// article is dropped from its Topics: a facet value that filters down to one article
/// groups nothing, and the long tail of them is most of a big corpus's facet labels.
/// Runs after similarity and threads, which still read every topic key.
fn drop_lone_topics(topics: &mut [&mut Vec<String>]) {
    if topics.len() < LONE_TOPICS_FROM {
        return;
    }
    let mut articles: HashMap<String, u32> = HashMap::new();
    for t in topics.iter() {
        let mut seen: Vec<String> = t.iter().map(|t| fold(t)).collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            *articles.entry(t).or_default() += 1;
        }
    }
    for t in topics.iter_mut() {
        t.retain(|t| articles.get(&fold(t)).is_some_and(|&n| n >= 2));
    }
}

/// Stage 5: similarity between articles, over bags of people, topics,
/// organisations and content words.
fn neighbours(drafts: &[Draft], per_doc: &[people::DocPeople], topic_keys: &[Vec<String>]) -> Neighbours {
    let sw = lexicon::stopwords();
    let bags: Vec<threads::Bag> = drafts
        .par_iter()
        .enumerate()
        .map(|(i, d)| {
            let mut bag: HashMap<String, f64> = HashMap::new();
            for &(p, c, _) in &per_doc[i] {
                *bag.entry(format!("p:{p}")).or_default() += 2.0 + c as f64;
            }
            for t in &topic_keys[i] {
                *bag.entry(format!("t:{t}")).or_default() += 3.0;
            }
            for o in &d.doc.orgs {
                *bag.entry(format!("o:{}", fold(o))).or_default() += 1.0;
            }
            for (s, _) in &d.sentences {
                for t in explorer_core::text::terms(s) {
                    if t.len() >= 4 && !sw.contains(&t) && !t.chars().all(|c| c.is_ascii_digit()) {
                        *bag.entry(format!("w:{}", stem(&t, d.lang))).or_default() += 1.0;
                    }
                }
            }
            let mut v: Vec<(String, f64)> = bag.into_iter().collect();
            v.sort_by(|a, b| a.0.cmp(&b.0));
            v
        })
        .collect();
    let words = threads::neighbours(&bags, 8);
    // Links need a shared person, topic or organisation, not only common words.
    let shared: Vec<HashSet<&str>> = bags
        .iter()
        .map(|b| b.iter().filter(|(f, _)| !f.starts_with("w:")).map(|(f, _)| f.as_str()).collect())
        .collect();
    let named = words
        .iter()
        .enumerate()
        .map(|(i, list)| {
            list.iter().copied().filter(|&(j, _)| shared[i].iter().any(|f| shared[j].contains(f))).collect()
        })
        .collect();
    Neighbours { words, named }
}

/// Stage 6: every article's date: stated (the page's metadata, a dateline, a credit
/// line), else estimated from the body, else lent by related dated articles; an
/// article with no evidence stays undated and says so.
fn date_articles(drafts: &mut [Draft], near: &[Vec<(usize, f64)>]) {
    let year = dates::collection_year(
        drafts
            .iter()
            .map(|d| (&d.body_dates[..], d.date.as_ref().filter(|x| !x.estimated).map(|x| x.date.y))),
    );
    for d in drafts.iter_mut().filter(|d| d.date.is_none()) {
        // The dateline may follow a subheading ("ECONOMIC SPOTLIGHT - …").
        let first = d
            .doc
            .paragraphs
            .iter()
            .take(3)
            .find(|p| dates::dateline_day_month(p).is_some())
            .or(d.doc.paragraphs.first())
            .map(String::as_str);
        d.date = dates::stated_date(&d.header, first, d.day_first, &d.body_dates, year)
            .or_else(|| dates::estimate_from_body(&d.body_dates, &d.body_relatives, year));
    }
    lend_dates(drafts, near);
    for d in drafts.iter_mut() {
        match &d.date {
            Some(dd) => {
                d.doc.date = Some(dd.date.iso());
                d.doc.date_precision = Some(dd.date.precision());
                d.doc.date_estimated = dd.estimated;
                let cues = match dd.estimated {
                    true => dates::tense_notes(&d.body_dates, &d.body_relatives, dd.date),
                    false => Vec::new(),
                };
                d.doc.date_evidence = DateEvidence { why: dd.evidence.clone(), cues }.said();
            }
            None => d.doc.date_evidence = DateEvidence::default().said(),
        }
    }
}

/// Stage 6b: an undated article takes the month (or year) of its closest related
/// articles, in two passes so a lent date can be lent on once. Only dates bounded on
/// both sides are lent (an estimate from one past event, or one itself borrowed, is
/// not).
fn lend_dates(drafts: &mut [Draft], near: &[Vec<(usize, f64)>]) {
    for _pass in 0..2 {
        let snapshot: Vec<Option<(Ymd, bool)>> = drafts
            .iter()
            .map(|d| d.date.as_ref().filter(|x| x.bounded).map(|x| (x.date, x.estimated)))
            .collect();
        for i in 0..drafts.len() {
            if drafts[i].date.is_some() {
                continue;
            }
            let best = near[i].first().map(|x| x.1).unwrap_or(0.0);
            let used: Vec<(usize, Ymd)> = near[i]
                .iter()
                .filter(|&&(_, s)| s >= 0.15 && s >= 0.6 * best)
                .filter_map(|&(j, _)| snapshot[j].map(|(dt, _)| (j, dt)))
                .take(2)
                .collect();
            let Some(&(_, best)) = used.first() else { continue };
            let prec = if best.precision() == Precision::Year { Precision::Year } else { Precision::Month };
            let lenders: Vec<Lender> = used
                .iter()
                .map(|(j, dt)| Lender {
                    id: drafts[*j].doc.id.clone(),
                    title: dates::quote(&drafts[*j].doc.title),
                    date: dt.iso(),
                    estimated: snapshot[*j].is_some_and(|x| x.1),
                })
                .collect();
            // An agency dateline's day and month ("3 feb (Reuters)") with the year of
            // the related articles, the occurrence nearest to them.
            let dateline = drafts[i].doc.paragraphs.first().and_then(|p| dates::dateline_day_month(p));
            drafts[i].date = Some(match dateline {
                Some((dm, shown)) if best.m != 0 && dates::resolve_year(dm, best, false).valid() => DocDate {
                    date: dates::resolve_year(dm, best, false),
                    estimated: true,
                    evidence: DateWhy::Related { dateline: Some(shown), lenders },
                    bounded: false,
                },
                _ => DocDate {
                    date: best.truncate(prec),
                    estimated: true,
                    evidence: DateWhy::Related { dateline: None, lenders },
                    bounded: false,
                },
            });
        }
    }
}

/// Stage 7: the dated events the articles mention, for the timeline.
fn collect_events(drafts: &[Draft]) -> Vec<explorer_core::model::Event> {
    let inputs: Vec<events::DocEvents> = drafts
        .iter()
        .map(|d| events::DocEvents {
            id: &d.doc.id,
            date: d.date.as_ref().map(|x| x.date),
            dates: &d.body_dates,
            lang: d.lang,
        })
        .collect();
    events::collect(&inputs)
}

/// Stage 7b: threads (groups of closely related articles, oldest first, each with a
/// label) and each article's related articles with the reason they are related.
fn thread_and_relate(
    drafts: &mut [Draft],
    near: &Neighbours,
    topic_keys: &[Vec<String>],
    found_people: &FoundPeople,
) -> Vec<Thread> {
    let mut thread_list = Vec::new();
    for g in &threads::group(&near.named, 0.2) {
        let mut members = g.clone();
        members.sort_by_key(|&m| (drafts[m].date.as_ref().map(|x| x.date.first()).unwrap_or(i64::MAX), m));
        let label = thread_label(&members, drafts, topic_keys);
        let t = thread_list.len() as u32;
        for &m in &members {
            drafts[m].doc.thread = Some(t);
        }
        thread_list.push(Thread { label, docs: members.iter().map(|&m| drafts[m].doc.id.clone()).collect() });
    }
    let FoundPeople { reg, articles, .. } = found_people;
    let rarity: HashMap<&str, u32> =
        reg.people.iter().enumerate().map(|(i, p)| (p.name.as_str(), articles[i])).collect();
    for i in 0..drafts.len() {
        // Related: neighbours sharing a name or topic, else very similar wording.
        let mut list: Vec<(usize, f64)> = near.named[i].iter().copied().filter(|x| x.1 >= 0.12).collect();
        list.extend(
            near.words[i].iter().copied().filter(|x| x.1 >= 0.4 && !near.named[i].iter().any(|y| y.0 == x.0)),
        );
        let related = list
            .iter()
            .take(4)
            .map(|&(j, _)| Related {
                id: drafts[j].doc.id.clone(),
                reason: reason(&drafts[i].doc, &drafts[j].doc, &rarity),
            })
            .collect();
        drafts[i].doc.related = related;
    }
    thread_list
}

/// Stage 7c: near-duplicates (exact ones were merged in stage 1b) are kept, with a
/// warning. The neighbour measure only weighs features that articles share, so two
/// short articles of one story can score high: confirm on the words.
fn warn_near_duplicates(drafts: &[Draft], near: &[Vec<(usize, f64)>], warnings: &mut Vec<String>) {
    for (i, list) in near.iter().enumerate() {
        let Some(&(j, s)) = list.first() else { continue };
        if s > 0.9
            && i < j
            && word_overlap(&drafts[i].doc.paragraphs, &drafts[j].doc.paragraphs) >= 0.8
            && !warnings.iter().any(|w| w.starts_with(&drafts[j].doc.file) && w.contains(&drafts[i].doc.file))
        {
            warnings.push(format!(
                "{}: nearly the same text as {} (near-duplicate; both kept)",
                drafts[j].doc.file, drafts[i].doc.file
            ));
        }
    }
}

/// Stage 8: the people of the corpus, most mentioned first, each under its most
/// complete name with its other spellings and its role.
fn corpus_people(found_people: &FoundPeople) -> Vec<Person> {
    let FoundPeople { reg, articles, .. } = found_people;
    let mut people: Vec<(u32, Person)> = reg
        .people
        .iter()
        .enumerate()
        .filter(|(i, _)| articles[*i] > 0)
        .map(|(i, e)| {
            let mut aliases = e.aliases.clone();
            aliases.retain(|a| fold(a) != fold(&e.name));
            let person = Person {
                name: e.name.clone(),
                aliases,
                role: reg.role(i),
                author: e.author,
                articles: articles[i],
            };
            (e.mentions, person)
        })
        .collect();
    people.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.articles.cmp(&a.1.articles)).then(a.1.name.cmp(&b.1.name)));
    people.into_iter().map(|p| p.1).collect()
}

/// Lets a page's metadata override what the text cleaner guessed: the headline, the
/// outlet and, when the text credits nobody, the authors; the page's summary becomes
/// the standfirst when the text has none and the summary is not the lede itself.
fn apply_meta(c: &mut clean::Cleaned, meta: &html::Meta) {
    if let Some(t) = &meta.title {
        // The headline repeated as a body line (an `<h1>` inside the article) is not body.
        let key = fold(t);
        c.paragraphs.retain(|p| fold(p) != key);
        c.title = t.clone();
        c.title_derived = false;
    }
    if meta.publisher.is_some() {
        c.publisher = meta.publisher.clone();
    }
    // The page's stated authors first, then those the text credits ("X contributed").
    if !meta.authors.is_empty() {
        let mut authors = meta.authors.clone();
        for a in c.authors.drain(..) {
            if !authors.iter().any(|b| fold(b) == fold(&a)) {
                authors.push(a);
            }
        }
        // "Ana Ruiz and Tom Lee, CNN": the outlet is the publisher, not an author.
        let outlet = c.publisher.as_deref().map(fold);
        authors.retain(|a| outlet.as_deref() != Some(fold(a).as_str()));
        c.authors = authors;
    }
    if let (None, Some(d)) = (&c.standfirst, &meta.description) {
        let key = fold(d);
        let in_body = c.paragraphs.iter().take(3).any(|p| {
            let p = fold(p);
            p.contains(&key) || key.contains(&p)
        });
        if !in_body && d.split_whitespace().count() <= 60 {
            c.standfirst = Some(d.clone());
        }
    }
}

/// Jaccard overlap of the (folded) word sets of two texts.
fn word_overlap(a: &[String], b: &[String]) -> f64 {
    let set = |ps: &[String]| -> HashSet<String> {
        ps.iter().flat_map(|p| explorer_core::text::terms(p)).filter(|t| t.chars().count() >= 3).collect()
    };
    let (a, b) = (set(a), set(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
}

/// The file name of a relative path without its extension (`a/b.txt` → `b`).
fn file_stem(rel: &str) -> &str {
    // A record of a collection ("export.json#port-reopens") is named by its title.
    if let Some((file, record)) = rel.rsplit_once('#') {
        if records::is_records(file) {
            return record;
        }
    }
    let name = rel.rsplit('/').next().unwrap_or(rel);
    match name.rfind('.') {
        Some(p) if p > 0 => &name[..p],
        _ => name,
    }
}

/// What makes two articles the same: their cleaned body with case, accents,
/// punctuation and spacing ignored. Empty when the body has no letters or digits
/// (such articles are never merged).
fn dedup_key(paragraphs: &[String]) -> String {
    fold(&paragraphs.join(" ")).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// Replaces acronyms of things by their expansion (and drops their definition).
fn expand_acronyms(line: &str, terms: &[(String, String)]) -> String {
    let mut out = line.to_string();
    for (a, e) in terms {
        if !out.contains(a.as_str()) {
            continue;
        }
        out = out.replace(&format!("({a})"), "");
        let mut res = String::with_capacity(out.len());
        let mut rest = out.as_str();
        while let Some(p) = rest.find(a.as_str()) {
            let before_ok = rest[..p].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let after_ok = rest[p + a.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
            res.push_str(&rest[..p]);
            res.push_str(if before_ok && after_ok { e } else { a });
            rest = &rest[p + a.len()..];
        }
        res.push_str(rest);
        out = res;
    }
    out
}

/// A readable label for a thread: its most shared topic, else the oldest headline.
fn thread_label(members: &[usize], drafts: &[Draft], topic_keys: &[Vec<String>]) -> String {
    let mut score: HashMap<&str, (usize, usize, &str)> = HashMap::new();
    for &m in members {
        for (rank, (k, label)) in topic_keys[m].iter().zip(drafts[m].doc.topics.iter()).enumerate() {
            let e = score.entry(k.as_str()).or_insert((0, 0, label.as_str()));
            e.0 += 1;
            e.1 += 10 - rank.min(9);
        }
    }
    let mut shared: Vec<&(usize, usize, &str)> = score.values().filter(|v| v.0 >= 2).collect();
    shared.sort_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)).then(a.2.cmp(b.2)));
    let capital = |s: &str| -> String {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    };
    match shared.as_slice() {
        [] => dates::quote(&drafts[members[0]].doc.title),
        [one] => capital(one.2),
        [one, two, ..] => format!("{}, {}", capital(one.2), two.2),
    }
}

/// Why two articles are related: the people (rarest in the corpus first), topics and
/// organisations they share.
fn reason(a: &Document, b: &Document, rarity: &HashMap<&str, u32>) -> RelatedWhy {
    let mut people: Vec<&String> = a.persons.iter().filter(|p| b.persons.contains(p)).collect();
    people.sort_by_key(|p| rarity.get(p.as_str()).copied().unwrap_or(u32::MAX));
    let topics: Vec<&String> =
        a.topics.iter().filter(|t| b.topics.iter().any(|x| fold(x) == fold(t))).collect();
    let orgs: Vec<&String> = a.orgs.iter().filter(|o| b.orgs.contains(o)).collect();
    let mut shared: Vec<&String> = Vec::new();
    shared.extend(people.iter().take(2));
    shared.extend(topics.iter().take(2));
    shared.extend(people.iter().skip(2));
    shared.extend(topics.iter().skip(2));
    shared.extend(orgs.iter());
    shared.truncate(5);
    if shared.is_empty() {
        RelatedWhy::Wording
    } else {
        RelatedWhy::Shares(shared.into_iter().cloned().collect())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_topic_of_one_article_is_dropped_only_in_a_big_collection() {
        let make = |n: usize| -> Vec<Vec<String>> {
            (0..n)
                .map(|i| {
                    let mut t = vec!["Interest Rates".to_string(), format!("phrase {i}")];
                    if i < 2 {
                        t.push("oil prices".into());
                    }
                    t
                })
                .collect()
        };
        let mut small = make(LONE_TOPICS_FROM - 1);
        drop_lone_topics(&mut small.iter_mut().collect::<Vec<_>>());
        assert_eq!(small[5], ["Interest Rates", "phrase 5"], "a small collection keeps them");
        let mut big = make(LONE_TOPICS_FROM);
        drop_lone_topics(&mut big.iter_mut().collect::<Vec<_>>());
        assert_eq!(big[0], ["Interest Rates", "oil prices"]);
        assert_eq!(big[5], ["Interest Rates"]);
    }

    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("000_b2b489ced0da07e4"), "000_b2b489ced0da07e4");
        assert_eq!(slug("Économie: la Peña (2)"), "economie-la-pena-2");
        assert_eq!(slug("???"), "article");
    }

    #[test]
    fn a_credit_line_dates_the_article_by_its_language() {
        let text = "Anticorrupción estudia si recurre la imputación del exministro\n\nMarta Ribas | Palma de Mallorca | 05/02/2026\n\nLa Fiscalía Anticorrupción decidirá en Madrid si recurre el auto del juez, según fuentes del ministerio público.\n\nEl fiscal se reunirá con sus superiores la próxima semana para estudiar el caso y la decisión se conocerá después.\n";
        let c = extract(&[("nota.txt".into(), text.into())], None);
        let d = &c.documents[0];
        assert_eq!(d.date.as_deref(), Some("2026-02-05"), "{:?}", d.date_evidence);
        assert!(!d.date_estimated);
        assert!(!d.paragraphs.iter().any(|p| p.contains("05/02/2026")), "{:?}", d.paragraphs);
    }
}
