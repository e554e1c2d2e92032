//! Build-time extraction: raw scraped article files in, a [`Corpus`] out.
//!
//! Runs in the build script and in `corpus inspect`, never in the browser, so it may
//! use heavier tools (regular expressions, encoding detection). The steps are split by
//! concern: [`clean`] separates the article from page chrome and reads its credits,
//! [`dates`] reads and estimates dates, [`people`] and [`entities`] find who and what
//! is mentioned, [`topics`] finds what it is about, [`events`] collects dated events,
//! and [`threads`] relates articles to each other. This module reads the folder, runs
//! the steps and assembles the [`Corpus`].

pub mod clean;
pub mod dates;
pub mod entities;
pub mod eval;
pub mod events;
pub mod html;
pub mod lexicon;
pub mod markdown;
pub mod people;
pub mod records;
pub mod threads;
pub mod topics;

use crate::model::{Corpus, Document, Person, Precision, Related, Thread};
use crate::text::{guess_lang, stem, Lang};
use dates::{BodyDate, BodyRelative, DocDate, Ymd};
use lexicon::fold_fast as fold;
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// A corpus file that cannot be ingested, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct IngestError {
    /// The offending file (or the folder, when the folder itself is the problem).
    pub file: PathBuf,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

impl std::error::Error for IngestError {}

/// File extensions that are never articles (skipped with a warning).
const NON_TEXT: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "ico", "svg", "pdf", "zip", "gz", "tgz",
    "bz2", "xz", "7z", "rar", "tar", "mp3", "mp4", "m4a", "wav", "ogg", "mov", "avi", "mkv", "webm", "doc",
    "docx", "xls", "xlsx", "ppt", "pptx", "odt", "exe", "dll", "so", "dylib", "bin", "wasm", "woff", "woff2",
    "ttf", "otf", "eot", "db", "sqlite", "ds_store", "pyc", "class", "jar",
    // What a browser's "Web page, complete" saves beside the page, and data files.
    "js", "mjs", "cjs", "css", "map", "xml", "rss", "atom", "yml", "yaml",
];

/// Names of the optional taxonomy file (see [`topics`]).
const TAXONOMY: &[&str] = &["topics.txt", "topics.toml"];

/// Reads every article file under `dir` and extracts the corpus.
pub fn ingest_dir(dir: &Path) -> Result<Corpus, IngestError> {
    let mut warnings = Vec::new();
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    walk(dir, dir, &mut files, &mut warnings)?;
    files.sort();
    let mut taxonomy = None;
    let mut inputs = Vec::new();
    for (rel, path) in files {
        if TAXONOMY.contains(&rel.to_ascii_lowercase().as_str()) {
            let bytes = std::fs::read(&path).map_err(|e| IngestError {
                file: path.clone(),
                message: format!("cannot read the taxonomy file: {e}"),
            })?;
            taxonomy = Some(decode(&rel, &bytes, &mut warnings));
            continue;
        }
        let bytes = std::fs::read(&path)
            .map_err(|e| IngestError { file: path.clone(), message: format!("cannot read the file: {e}") })?;
        let text = read_text(&rel, &path, &bytes, &mut warnings)?;
        if records::is_records(&rel) {
            let (sources, mut skipped) = records::read(&rel, &text).map_err(|m| IngestError {
                file: path.clone(),
                message: format!(
                    "{m} (a .json, .jsonl or .csv file is read as a collection of articles, one record each)"
                ),
            })?;
            warnings.append(&mut skipped);
            inputs.extend(sources);
        } else if markdown::is_markdown(&rel) {
            let page = markdown::read(&text);
            if page.text.trim().is_empty() {
                return Err(IngestError {
                    file: path,
                    message: "a Markdown file with front matter but no article text; put the text under the front matter or remove the file".into(),
                });
            }
            inputs.push(Source { rel, text: page.text, meta: page.meta });
        } else if html::is_html(&rel, &text) {
            let page = html::read(&text);
            if page.text.trim().is_empty() {
                return Err(IngestError {
                    file: path,
                    message: "an HTML page with no article text in it (the page may load its text with JavaScript); save the article's text as a .txt file instead, or remove the page from the corpus folder".into(),
                });
            }
            inputs.push(Source { rel, text: page.text, meta: page.meta });
        } else {
            inputs.push(Source { rel, text, meta: html::Meta::default() });
        }
    }
    if inputs.is_empty() {
        return Err(IngestError {
            file: dir.to_path_buf(),
            message: "no article files found; put one plain-text article per file (e.g. story.txt) in this folder or its sub-folders".into(),
        });
    }
    let mut corpus = extract_sources(&inputs, taxonomy.as_deref());
    warnings.append(&mut corpus.warnings);
    corpus.warnings = warnings;
    Ok(corpus)
}

/// Turns the bytes of one article file into text: rejects binary and empty files
/// (naming `path`), decodes the encoding (warning about non-UTF-8 under `rel`) and
/// normalises line ends. Public so that the property tests can feed it any bytes.
pub fn read_text(
    rel: &str,
    path: &Path,
    bytes: &[u8],
    warnings: &mut Vec<String>,
) -> Result<String, IngestError> {
    check_content(path, bytes)?;
    let text = decode(rel, bytes, warnings);
    if text.trim().is_empty() {
        return Err(IngestError {
            file: path.to_path_buf(),
            message: "the file holds no text; put the article text in it or remove it from the corpus folder"
                .into(),
        });
    }
    Ok(text)
}

/// Collects regular, non-hidden files under `dir` as (relative path, path).
fn walk(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, PathBuf)>,
    warnings: &mut Vec<String>,
) -> Result<(), IngestError> {
    let entries = std::fs::read_dir(dir).map_err(|e| IngestError {
        file: dir.to_path_buf(),
        message: format!("cannot read the corpus folder: {e}"),
    })?;
    let mut list: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    list.sort();
    for path in list {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            warnings.push(format!("{rel}: skipped (hidden file)"));
            continue;
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                warnings.push(format!("{rel}: skipped (cannot read: {e})"));
                continue;
            }
        };
        if meta.is_dir() {
            walk(root, &path, out, warnings)?;
        } else if meta.is_file() {
            let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
            if NON_TEXT.contains(&ext.as_str()) {
                warnings.push(format!("{rel}: skipped (not a text file: .{ext})"));
                continue;
            }
            out.push((rel, path));
        }
    }
    Ok(())
}

/// Rejects binary files (NUL bytes outside UTF-16, or mostly control bytes).
fn check_content(path: &Path, bytes: &[u8]) -> Result<(), IngestError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(()); // UTF-16 with a byte-order mark
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if head.contains(&0) || controls * 10 > head.len().max(1) {
        return Err(IngestError {
            file: path.to_path_buf(),
            message: "looks like a binary file, not article text; convert it to plain text (.txt) or remove it from the corpus folder".into(),
        });
    }
    Ok(())
}

/// Decodes a file: UTF-8 (BOM stripped), UTF-16 with BOM, else Windows-1252 with a
/// warning. Line endings are normalised to `\n`.
fn decode(rel: &str, bytes: &[u8], warnings: &mut Vec<String>) -> String {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        encoding_rs::UTF_16LE.decode(bytes).0.into_owned()
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        encoding_rs::UTF_16BE.decode(bytes).0.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => {
                warnings.push(format!("{rel}: not valid UTF-8; decoded as Windows-1252 (Latin-1). Save it as UTF-8 to silence this warning"));
                encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()
            }
        }
    };
    text.trim_start_matches('\u{FEFF}').replace("\r\n", "\n").replace('\r', "\n")
}

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
    /// Body sentences (standfirst and paragraphs), for dates and events.
    body: Vec<String>,
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

/// Extracts a corpus from already-read files, in order.
pub fn extract_sources(files: &[Source], taxonomy: Option<&str>) -> Corpus {
    let mut warnings = Vec::new();
    let mut used_ids: HashSet<String> = HashSet::new();
    let mut drafts: Vec<Draft> = Vec::with_capacity(files.len());
    // Cleaned article text (see `dedup_key`) → position of the draft that has it.
    let mut texts: HashMap<String, usize> = HashMap::new();
    for Source { rel, text, meta } in files {
        let stem_name = file_stem(rel);
        let section = rel.split_once('/').map(|(s, _)| s.to_string());
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
        if c.paragraphs.is_empty() {
            warnings.push(format!("{rel}: no article body found after removing page chrome; the whole text was kept as the body"));
        }
        let mut doc = Document {
            file: rel.clone(),
            section,
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
                    .unwrap_or_else(|| stem_name.to_string());
                doc.title_derived = true;
            }
        }
        let key = dedup_key(&doc.paragraphs);
        let body_dates = dates::body_dates(&body, day_first);
        let body_relatives = dates::body_relatives(&body, day_first);
        let draft = Draft {
            doc,
            lang,
            sentences,
            body,
            header: c.header,
            day_first,
            body_dates,
            body_relatives,
            date: meta.published.as_ref().map(|(date, raw, how)| DocDate {
                date: *date,
                estimated: false,
                evidence: format!("Stated: “{raw}” in {how}"),
                bounded: true,
            }),
        };
        // The same article saved twice is one document that lists the other files. The
        // shortest file name stands for them ("story.txt" rather than "story copy.txt").
        match texts.get(&key) {
            Some(&kept) if !key.is_empty() => {
                let old = &mut drafts[kept];
                if (rel.chars().count(), rel) < (old.doc.file.chars().count(), &old.doc.file) {
                    let mut dups = std::mem::take(&mut old.doc.duplicates);
                    dups.push(old.doc.file.clone());
                    *old = draft;
                    old.doc.duplicates = dups;
                } else {
                    old.doc.duplicates.push(rel.clone());
                }
            }
            _ => {
                texts.insert(key, drafts.len());
                drafts.push(draft);
            }
        }
    }
    drafts.sort_by(|a, b| a.doc.file.cmp(&b.doc.file));
    for d in &mut drafts {
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

    // Common words: capitalised at a sentence start they are not names. A word counts
    // as common when it is written in lower case at least a quarter as often as
    // capitalised inside a sentence: "baker" now and then beside hundreds of
    // "James Baker" leaves Baker a name; "black" is a common word even though "Black"
    // opens some names.
    let mut lower_n: HashMap<String, u32> = HashMap::new();
    let mut upper_n: HashMap<String, u32> = HashMap::new();
    for d in &drafts {
        for (s, weak) in &d.sentences {
            if *weak {
                continue;
            }
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
    }
    let capitalised: HashSet<String> = upper_n.keys().cloned().collect();
    let lowercase: HashSet<String> = lower_n
        .into_iter()
        .filter(|(w, n)| n * 4 >= upper_n.get(w).copied().unwrap_or(0))
        .map(|(w, _)| w)
        .collect();
    // Names of things by their context anywhere in the corpus: before a legal suffix or
    // a ticker ("Drexel Burnham Lambert Inc", "Texaco <TX>"), after a word for a firm or
    // a band ("software giant Microsoft", "rock band Franz Ferdinand").
    let mut orgish: HashSet<String> = HashSet::new();
    for d in &drafts {
        for (s, _) in &d.sentences {
            people::org_evidence(s, &mut orgish);
        }
    }

    // People.
    let ctx = people::Context { lowercase: &lowercase, orgish: &orgish, capitalised: &capitalised };
    // An outlet is never a person ("Gulf Ledger’s Ana Ruiz contributed…").
    let outlets: HashSet<String> =
        drafts.iter().filter_map(|d| d.doc.publisher.as_deref()).map(fold).collect();
    let mentions: Vec<Vec<people::Mention>> = drafts
        .iter()
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

    // Places and organisations.
    // A line in capitals (a wire's headline) has no acronyms to read: every word looks
    // like one ("QTR NET", "SHR").
    let found: Vec<entities::Found> = drafts
        .iter()
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
    // An organisation named with a cue in one article is the same organisation when
    // another article names it bare ("for Reuters to call…").
    let known: Vec<String> = {
        let mut v: Vec<String> = orgs.iter().flatten().cloned().collect();
        v.sort();
        v.dedup();
        v
    };
    let sentences: Vec<Vec<String>> =
        drafts.iter().map(|d| d.sentences.iter().map(|s| s.0.clone()).collect()).collect();
    entities::add_known(&mut orgs, &known, &sentences);
    let person_names: HashSet<String> = reg.people.iter().map(|p| fold(&p.name)).collect();
    // People's names, and the surnames of people named in two articles or more, are not
    // organisations ("Baker" standing alone in a headline).
    let mut not_orgs = person_names.clone();
    not_orgs.extend(
        reg.people
            .iter()
            .enumerate()
            .filter(|(i, p)| articles[*i] >= 2 && p.key.len() >= 2)
            .filter_map(|(_, p)| p.key.last().cloned()),
    );
    entities::tidy_orgs(&mut orgs, &not_orgs, &lowercase);
    for (d, (f, o)) in drafts.iter_mut().zip(found.iter().zip(orgs)) {
        let mut places: Vec<(String, u32)> = f.places.clone();
        places.sort_by_key(|p| std::cmp::Reverse(p.1));
        d.doc.places = places.into_iter().map(|p| p.0).collect();
        d.doc.orgs = o.into_iter().filter(|x| !person_names.contains(&fold(x))).collect();
        // "New York Times" named by a footer is "The New York Times" of the text.
        if let Some(p) = &d.doc.publisher {
            let full = format!("the {}", fold(p));
            if let Some(o) = d.doc.orgs.iter().find(|o| fold(o) == full) {
                d.doc.publisher = Some(o.clone());
            }
        }
    }

    // Topics.
    let banned: HashSet<String> = reg
        .people
        .iter()
        .enumerate()
        .filter(|(i, _)| articles[*i] > 0)
        .flat_map(|(_, p)| p.key.clone())
        .collect();
    let topic_lines: Vec<Vec<String>> =
        drafts.iter().map(|d| d.sentences.iter().map(|s| s.0.clone()).collect()).collect();
    let mut topic_keys: Vec<Vec<String>> = vec![Vec::new(); drafts.len()];
    match taxonomy.map(topics::parse_taxonomy).filter(|t| !t.is_empty()) {
        Some(named) => {
            for (d, lines) in drafts.iter_mut().zip(&topic_lines) {
                d.doc.topics = topics::apply_taxonomy(&named, lines);
            }
            for (i, d) in drafts.iter().enumerate() {
                topic_keys[i] = d.doc.topics.iter().map(|t| fold(t)).collect();
            }
        }
        None => {
            // Acronyms of things ("HTP") count as their expansion.
            let terms: Vec<(String, String)> = found.iter().flat_map(|f| f.terms.iter().cloned()).collect();
            let topic_lines: Vec<Vec<String>> = topic_lines
                .iter()
                .map(|ls| ls.iter().map(|l| expand_acronyms(l, &terms)).collect())
                .collect();
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
            for (i, (d, t)) in drafts.iter_mut().zip(auto).enumerate() {
                let t: Vec<topics::Scored> = t.into_iter().filter(|s| !topics::generic(&s.label)).collect();
                d.doc.topics = t.iter().map(|s| s.label.clone()).collect();
                topic_keys[i] = t.into_iter().map(|s| s.key).collect();
            }
        }
    }

    // Similarity between articles.
    let bags: Vec<threads::Bag> = drafts
        .iter()
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
            let sw = lexicon::stopwords();
            for (s, _) in &d.sentences {
                for t in crate::text::terms(s) {
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
    let near_words = threads::neighbours(&bags, 8);
    // Links need a shared person, topic or organisation, not only common words.
    let named: Vec<HashSet<&str>> = bags
        .iter()
        .map(|b| b.iter().filter(|(f, _)| !f.starts_with("w:")).map(|(f, _)| f.as_str()).collect())
        .collect();
    let near: Vec<Vec<(usize, f64)>> = near_words
        .iter()
        .enumerate()
        .map(|(i, list)| {
            list.iter().copied().filter(|&(j, _)| named[i].iter().any(|f| named[j].contains(f))).collect()
        })
        .collect();

    // Dates: stated, else estimated from the body, else from related dated articles.
    let year = dates::collection_year(
        drafts
            .iter()
            .map(|d| (&d.body_dates[..], d.date.as_ref().filter(|x| !x.estimated).map(|x| x.date.y))),
    );
    for d in drafts.iter_mut() {
        // The dateline may follow a subheading ("ECONOMIC SPOTLIGHT - …").
        let first = d
            .doc
            .paragraphs
            .iter()
            .take(3)
            .find(|p| dates::dateline_day_month(p).is_some())
            .or(d.doc.paragraphs.first())
            .map(String::as_str);
        if d.date.is_some() {
            continue; // stated in the page's metadata
        }
        d.date = dates::stated_date(&d.header, first, d.day_first, &d.body_dates, year)
            .or_else(|| dates::estimate_from_body(&d.body_dates, &d.body_relatives, year));
    }
    for _pass in 0..2 {
        // Only dates bounded on both sides are lent (an estimate from one past event, or
        // one itself borrowed, is not).
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
            if let Some(&(_, best)) = used.first() {
                let prec =
                    if best.precision() == Precision::Year { Precision::Year } else { Precision::Month };
                let names: Vec<String> = used
                    .iter()
                    .map(|(j, dt)| {
                        // Say when the related article's own date is itself an estimate.
                        let how = if snapshot[*j].is_some_and(|x| x.1) { ", itself estimated" } else { "" };
                        format!(
                            "{} “{}” ({}{how})",
                            drafts[*j].doc.id,
                            short(&drafts[*j].doc.title),
                            dt.iso()
                        )
                    })
                    .collect();
                let related = format!("Estimated from related dated articles: {}", names.join("; "));
                // An agency dateline's day and month ("3 feb (Reuters)") with the year of
                // the related articles, the occurrence nearest to them.
                let dateline = drafts[i].doc.paragraphs.first().and_then(|p| dates::dateline_day_month(p));
                drafts[i].date = Some(match dateline {
                    Some((dm, shown)) if best.m != 0 && dates::resolve_year(dm, best, false).valid() => DocDate {
                        date: dates::resolve_year(dm, best, false),
                        estimated: true,
                        evidence: format!("Stated day and month: “{shown}” in the opening dateline; year from the related dated articles. {related}"),
                        bounded: false,
                    },
                    _ => DocDate { date: best.truncate(prec), estimated: true, evidence: related, bounded: false },
                });
            }
        }
    }
    for d in drafts.iter_mut() {
        match &d.date {
            Some(dd) => {
                d.doc.date = Some(dd.date.iso());
                d.doc.date_precision = Some(dd.date.precision());
                d.doc.date_estimated = dd.estimated;
                d.doc.date_evidence = dd.evidence.clone();
                if dd.estimated {
                    d.doc.date_evidence += &dates::tense_notes(&d.body_dates, &d.body_relatives, dd.date);
                }
            }
            None => {
                d.doc.date_evidence =
                    "No date: the article states none and mentions no dated event or related dated article"
                        .into();
            }
        }
    }

    // Events.
    let ev_inputs: Vec<events::DocEvents> = drafts
        .iter()
        .map(|d| events::DocEvents {
            id: &d.doc.id,
            date: d.date.as_ref().map(|x| x.date),
            dates: &d.body_dates,
            lang: d.lang,
        })
        .collect();
    let events = events::collect(&ev_inputs);
    let _ = drafts.iter().map(|d| d.body.len()).sum::<usize>();

    // Threads and related articles.
    let groups = threads::group(&near, 0.2);
    let mut thread_list = Vec::new();
    for g in &groups {
        let mut members = g.clone();
        members.sort_by_key(|&m| (drafts[m].date.as_ref().map(|x| x.date.first()).unwrap_or(i64::MAX), m));
        let label = thread_label(&members, &drafts, &topic_keys);
        let t = thread_list.len() as u32;
        for &m in &members {
            drafts[m].doc.thread = Some(t);
        }
        thread_list.push(Thread { label, docs: members.iter().map(|&m| drafts[m].doc.id.clone()).collect() });
    }
    let rarity: HashMap<&str, u32> =
        reg.people.iter().enumerate().map(|(i, p)| (p.name.as_str(), articles[i])).collect();
    for i in 0..drafts.len() {
        let mut rel = Vec::new();
        // Related: neighbours sharing a name or topic, else very similar wording.
        let mut list: Vec<(usize, f64)> = near[i].iter().copied().filter(|x| x.1 >= 0.12).collect();
        list.extend(
            near_words[i].iter().copied().filter(|x| x.1 >= 0.4 && !near[i].iter().any(|y| y.0 == x.0)),
        );
        for &(j, _) in list.iter().take(4) {
            rel.push(Related {
                id: drafts[j].doc.id.clone(),
                reason: reason(&drafts[i].doc, &drafts[j].doc, &rarity),
            });
        }
        drafts[i].doc.related = rel;
    }

    // Near-duplicates (exact ones were merged above) are kept, with a warning.
    for (i, list) in near.iter().enumerate() {
        if let Some(&(j, s)) = list.first() {
            // The neighbour measure only weighs features that articles share, so two
            // short articles of one story can score high: confirm on the words.
            if s > 0.9
                && i < j
                && word_overlap(&drafts[i].doc.paragraphs, &drafts[j].doc.paragraphs) >= 0.8
                && !warnings
                    .iter()
                    .any(|w| w.starts_with(&drafts[j].doc.file) && w.contains(&drafts[i].doc.file))
            {
                warnings.push(format!(
                    "{}: nearly the same text as {} (near-duplicate; both kept)",
                    drafts[j].doc.file, drafts[i].doc.file
                ));
            }
        }
    }

    // People of the corpus.
    let mut people: Vec<(u32, Person)> = reg
        .people
        .iter()
        .enumerate()
        .filter(|(i, _)| articles[*i] > 0)
        .map(|(i, e)| {
            let mut aliases = e.aliases.clone();
            aliases.retain(|a| fold(a) != fold(&e.name));
            (
                e.mentions,
                Person {
                    name: e.name.clone(),
                    aliases,
                    role: reg.role(i),
                    author: e.author,
                    articles: articles[i],
                },
            )
        })
        .collect();
    people.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.articles.cmp(&a.1.articles)).then(a.1.name.cmp(&b.1.name)));

    Corpus {
        documents: drafts.into_iter().map(|d| d.doc).collect(),
        warnings,
        people: people.into_iter().map(|p| p.1).collect(),
        events,
        threads: thread_list,
    }
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
        ps.iter().flat_map(|p| crate::text::terms(p)).filter(|t| t.chars().count() >= 3).collect()
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

/// How many files went in and how many articles came out, for the build log:
/// `"8 files in → 7 articles (1 duplicate merged)"`. Every accepted file is either a
/// document or listed in one document's [`Document::duplicates`].
pub fn summary(corpus: &Corpus) -> String {
    let dups: usize = corpus.documents.iter().map(|d| d.duplicates.len()).sum();
    let docs = corpus.documents.len();
    // Records of one collection file are one file in.
    let mut files: Vec<&str> = corpus
        .documents
        .iter()
        .flat_map(|d| std::iter::once(&d.file).chain(&d.duplicates))
        .map(|f| match f.rsplit_once('#') {
            Some((file, _)) if records::is_records(file) => file,
            _ => f.as_str(),
        })
        .collect();
    files.sort_unstable();
    files.dedup();
    format!(
        "{} file{} in → {docs} article{} ({dups} duplicate{} merged)",
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        if docs == 1 { "" } else { "s" },
        if dups == 1 { "" } else { "s" }
    )
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

/// A headline cut for evidence strings.
fn short(title: &str) -> String {
    let w: Vec<&str> = title.split_whitespace().collect();
    if w.len() <= 8 {
        w.join(" ")
    } else {
        format!("{}…", w[..8].join(" "))
    }
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
        [] => short(&drafts[members[0]].doc.title),
        [one] => capital(one.2),
        [one, two, ..] => format!("{}, {}", capital(one.2), two.2),
    }
}

/// Why two articles are related: the people (rarest in the corpus first), topics and
/// organisations they share.
fn reason(a: &Document, b: &Document, rarity: &HashMap<&str, u32>) -> String {
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
        "Similar wording".into()
    } else {
        format!("Shares {}", shared.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_url_safe() {
        assert_eq!(slug("000_b2b489ced0da07e4"), "000_b2b489ced0da07e4");
        assert_eq!(slug("Économie: la Peña (2)"), "economie-la-pena-2");
        assert_eq!(slug("???"), "article");
    }

    #[test]
    fn decoding_handles_bom_crlf_and_latin1() {
        let mut w = Vec::new();
        assert_eq!(decode("a.txt", b"\xEF\xBB\xBFHi\r\nthere\r\n", &mut w), "Hi\nthere\n");
        assert!(w.is_empty());
        assert_eq!(decode("b.txt", b"Pe\xf1a", &mut w), "Peña");
        assert!(w[0].starts_with("b.txt: "));
    }

    #[test]
    fn a_credit_line_dates_the_article_by_its_language() {
        let text = "Anticorrupción estudia si recurre la imputación del exministro\n\nMarta Ribas | Palma de Mallorca | 05/02/2026\n\nLa Fiscalía Anticorrupción decidirá en Madrid si recurre el auto del juez, según fuentes del ministerio público.\n\nEl fiscal se reunirá con sus superiores la próxima semana para estudiar el caso y la decisión se conocerá después.\n";
        let c = extract(&[("nota.txt".into(), text.into())], None);
        let d = &c.documents[0];
        assert_eq!(d.date.as_deref(), Some("2026-02-05"), "{}", d.date_evidence);
        assert!(!d.date_estimated);
        assert!(!d.paragraphs.iter().any(|p| p.contains("05/02/2026")), "{:?}", d.paragraphs);
    }

    #[test]
    fn binary_is_rejected() {
        assert!(check_content(Path::new("x.bin"), b"abc\0def").is_err());
        assert!(check_content(Path::new("x.txt"), "plain text\n".as_bytes()).is_ok());
    }
}
