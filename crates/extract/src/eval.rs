//! Scoring extraction against gold files: what `corpus eval` prints.
//!
//! The rules are written on a few articles; they are judged on collections nobody here
//! wrote. This module reads two kinds of answer key and compares them with what the
//! extraction found (or with another system's output, e.g. spaCy's, written by
//! `tools/spacy_eval.py`), with one matching rule for every system:
//!
//! - a **wire TSV** (`file`, `date`, `people`, `places`, `orgs`, `topics` columns, as
//!   `reuters-dev.tsv`): codes such as `james-baker`; only notable people are tagged, so
//!   it measures person recall, plus publication-date accuracy;
//! - **hand annotations** (`tests/gold/*.hand.json`, format in `tests/gold/README.md`):
//!   every person of each article, so it measures precision and recall.
//!
//! It also prints, for an editor to read, the top values of every facet and counts of
//! values whose shape is suspicious (contractions, plurals, place-plus-state, title
//! typos, legal suffixes).

use super::lexicon::fold_fast as fold;
use explorer_core::model::Corpus;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write;

/// What one system found in one article.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
pub struct Found {
    /// People (canonical names).
    #[serde(default)]
    pub people: Vec<String>,
    /// Organisations.
    #[serde(default)]
    pub orgs: Vec<String>,
    /// Places.
    #[serde(default)]
    pub places: Vec<String>,
    /// Publication date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    #[serde(default)]
    pub date: Option<String>,
}

/// A system's findings, per article file (relative path, `/`-separated).
#[derive(Clone, Debug, Default, Deserialize)]
pub struct SystemOutput {
    /// A name for the report ("ours", "spaCy 3.8 en_core_web_sm").
    #[serde(default)]
    pub system: String,
    /// Findings per file.
    pub articles: BTreeMap<String, Found>,
}

impl SystemOutput {
    /// What the extraction put in the corpus, per file; a merged duplicate file gets
    /// the findings of the document that stands for it.
    pub fn from_corpus(corpus: &Corpus) -> SystemOutput {
        let mut articles = BTreeMap::new();
        for d in &corpus.documents {
            let found = Found {
                people: d.persons.clone(),
                orgs: d.orgs.clone(),
                places: d.places.clone(),
                date: d.date.clone(),
            };
            for f in std::iter::once(&d.file).chain(&d.duplicates) {
                articles.insert(f.clone(), found.clone());
            }
        }
        SystemOutput { system: "ours".into(), articles }
    }
}

/// One gold person: the fullest name and the other forms the article uses.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct GoldPerson {
    /// The fullest form the article gives.
    pub name: String,
    /// Other forms for the same person in that article.
    #[serde(default)]
    pub also: Vec<String>,
}

/// One hand-annotated article.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldArticle {
    /// Path inside the collection folder.
    pub file: String,
    /// Every person the article names.
    pub people: Vec<GoldPerson>,
    /// Names the annotator could not decide on: neither right nor wrong.
    #[serde(default)]
    pub optional: Vec<String>,
}

/// A hand-annotation file (`tests/gold/README.md`).
#[derive(Clone, Debug, Deserialize)]
pub struct HandGold {
    /// The collection it annotates.
    #[serde(default)]
    pub corpus: String,
    /// The annotated articles.
    pub articles: Vec<GoldArticle>,
}

/// One row of a wire TSV.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WireRow {
    /// File name in the collection folder.
    pub file: String,
    /// The wire's timestamp, `YYYY-MM-DD`.
    pub date: String,
    /// People codes (`james-baker`).
    pub people: Vec<String>,
    /// Place codes (`usa`).
    pub places: Vec<String>,
    /// Organisation codes (`imf`).
    pub orgs: Vec<String>,
}

/// Either answer key.
pub enum Gold {
    /// A wire TSV.
    Wire(Vec<WireRow>),
    /// Hand annotations.
    Hand(HandGold),
}

/// Reads a gold file: `.tsv` as a wire TSV, anything else as hand-annotation JSON.
pub fn read_gold(name: &str, text: &str) -> Result<Gold, String> {
    if name.ends_with(".tsv") {
        let mut lines = text.lines();
        let header: Vec<&str> = lines.next().ok_or("the file is empty")?.split('\t').collect();
        let col = |c: &str| header.iter().position(|h| h.trim() == c);
        let file = col("file").ok_or("no `file` column in the header")?;
        let (date, people, places, orgs) = (col("date"), col("people"), col("places"), col("orgs"));
        let mut rows = Vec::new();
        for (n, l) in lines.enumerate() {
            if l.trim().is_empty() {
                continue;
            }
            let cells: Vec<&str> = l.split('\t').collect();
            let get = |c: Option<usize>| c.and_then(|c| cells.get(c)).map(|s| s.trim()).unwrap_or("");
            let list = |c: Option<usize>| -> Vec<String> {
                get(c).split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect()
            };
            let f = get(Some(file));
            if f.is_empty() {
                return Err(format!("line {}: no file name", n + 2));
            }
            rows.push(WireRow {
                file: f.to_string(),
                date: get(date).to_string(),
                people: list(people),
                places: list(places),
                orgs: list(orgs),
            });
        }
        Ok(Gold::Wire(rows))
    } else {
        serde_json::from_str::<HandGold>(text)
            .map(Gold::Hand)
            .map_err(|e| format!("not a hand-annotation file: {e}"))
    }
}

/// Name tokens for matching: folded, without dots, possessives, hyphens or honorifics.
fn tokens(name: &str) -> Vec<String> {
    let f = fold(name).replace(['.', ','], " ").replace(['-', '’', '\''], " ");
    let mut t: Vec<String> = f.split_whitespace().map(String::from).collect();
    while t.len() > 1
        && matches!(t[0].as_str(), "mr" | "mrs" | "ms" | "dr" | "sir" | "dame" | "lord" | "lady" | "baroness")
    {
        t.remove(0);
    }
    if t.last().is_some_and(|l| l == "s") && t.len() > 1 {
        t.pop();
    }
    t
}

/// Do two spellings name the same person? Same tokens; or the same last word when
/// one of them is a surname alone, or their first words agree (or one is the other's
/// initial), or every word of the shorter is in the longer.
pub fn same_person(a: &str, b: &str) -> bool {
    let (x, y) = (tokens(a), tokens(b));
    let (Some(lx), Some(ly)) = (x.last(), y.last()) else { return false };
    if x == y {
        return true;
    }
    if lx != ly {
        // "Jacques de Larosiere" and "Larosiere" end alike; "Blair" and "Tony Blair's".
        return false;
    }
    if x.len() == 1 || y.len() == 1 {
        return true;
    }
    let (fx, fy) = (&x[0], &y[0]);
    if fx == fy
        || (fx.len() == 1 && fy.starts_with(fx.as_str()))
        || (fy.len() == 1 && fx.starts_with(fy.as_str()))
    {
        return true;
    }
    let (short, long) = if x.len() <= y.len() { (&x, &y) } else { (&y, &x) };
    short.iter().all(|t| long.contains(t))
}

/// Does a wire person code (`james-baker`, `reagan`, `de-larosiere`) name this person?
pub fn code_matches(code: &str, name: &str) -> bool {
    let c: Vec<&str> = code.split('-').filter(|s| !s.is_empty()).collect();
    let t = tokens(name);
    let Some(last) = c.last() else { return false };
    // The code's surname is the name's last word (or its last words run together).
    let joined = t.concat();
    let ends = t.last().is_some_and(|l| l == last) || joined.ends_with(&c.concat());
    if !ends {
        return false;
    }
    c.len() == 1
        || t.first().is_some_and(|f| f == c[0] || (f.len() == 1 && c[0].starts_with(f.as_str())))
        || c[..c.len() - 1].iter().all(|w| t.iter().any(|x| x == w))
}

/// Within one article, a surname alone that another found name ends with is the same
/// person (spaCy lists "Blair" beside "Tony Blair"); both systems are scored after it.
fn collapse(names: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in names {
        let t = tokens(n);
        if t.is_empty() {
            continue;
        }
        if out.iter().any(|o| tokens(o) == t) {
            continue;
        }
        if t.len() == 1
            && names.iter().any(|o| {
                let u = tokens(o);
                u.len() > 1 && u.last() == t.last()
            })
        {
            continue;
        }
        out.push(n.clone());
    }
    out
}

/// Precision and recall counts.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    /// Found and right.
    pub tp: u32,
    /// Found and wrong.
    pub fp: u32,
    /// Missed.
    pub fn_: u32,
}

impl Counts {
    /// Precision (1 when nothing was found).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    /// Recall (1 when nothing was to be found).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// The score of one system on hand annotations, with its errors for reading.
#[derive(Clone, Debug, Default)]
pub struct HandScore {
    /// Person counts over all annotated articles.
    pub people: Counts,
    /// Annotated articles the system had no entry for.
    pub missing_files: Vec<String>,
    /// `(file, name)` found but not in the gold.
    pub false_positives: Vec<(String, String)>,
    /// `(file, name)` in the gold but not found.
    pub misses: Vec<(String, String)>,
}

/// Scores a system's people against hand annotations.
pub fn score_hand(gold: &HandGold, sys: &SystemOutput) -> HandScore {
    let mut s = HandScore::default();
    for a in &gold.articles {
        let Some(found) = sys.articles.get(&a.file) else {
            s.missing_files.push(a.file.clone());
            s.people.fn_ += a.people.len() as u32;
            continue;
        };
        let pred = collapse(&found.people);
        let mut used = vec![false; pred.len()];
        for g in &a.people {
            let forms: Vec<&String> = std::iter::once(&g.name).chain(&g.also).collect();
            let hit = (0..pred.len()).find(|&k| !used[k] && forms.iter().any(|f| same_person(f, &pred[k])));
            match hit {
                Some(k) => {
                    used[k] = true;
                    s.people.tp += 1;
                }
                None => {
                    s.people.fn_ += 1;
                    s.misses.push((a.file.clone(), g.name.clone()));
                }
            }
        }
        for (k, p) in pred.iter().enumerate() {
            if used[k] || a.optional.iter().any(|o| same_person(o, p)) {
                continue;
            }
            s.people.fp += 1;
            s.false_positives.push((a.file.clone(), p.clone()));
        }
    }
    s
}

/// Publication-date agreement with a gold day.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct DateCounts {
    /// The exact day.
    pub day: u32,
    /// The right month (day wrong or not given).
    pub month: u32,
    /// The right year only.
    pub year: u32,
    /// A wrong date.
    pub wrong: u32,
    /// No date.
    pub none: u32,
}

impl DateCounts {
    fn total(&self) -> u32 {
        self.day + self.month + self.year + self.wrong + self.none
    }
    fn add(&mut self, gold: &str, found: Option<&str>) {
        let Some(f) = found else {
            self.none += 1;
            return;
        };
        if f == gold {
            self.day += 1;
        } else if gold.len() >= 7 && f.len() >= 7 && f[..7] == gold[..7] {
            self.month += 1;
        } else if f.len() == 4 && gold.starts_with(f)
            || f.len() >= 4 && gold.len() >= 4 && f[..4] == gold[..4] && f.len() < 10
        {
            self.year += 1;
        } else {
            self.wrong += 1;
        }
    }
}

/// The score of one system on a wire TSV.
#[derive(Clone, Debug, Default)]
pub struct WireScore {
    /// Tagged (article, person) pairs.
    pub people_tagged: u32,
    /// Of them, found.
    pub people_found: u32,
    /// `(file, code)` tagged and not found.
    pub people_missed: Vec<(String, String)>,
    /// Tagged (article, place) pairs and found.
    pub places: (u32, u32),
    /// Tagged (article, organisation) pairs and found.
    pub orgs: (u32, u32),
    /// Publication dates against the wire's timestamps.
    pub dates: DateCounts,
    /// Some wrong dates, `(file, gold, found)`.
    pub wrong_dates: Vec<(String, String, String)>,
}

/// Folded place names a wire's country code stands for, besides the code itself.
fn place_forms(code: &str) -> Vec<String> {
    let mut v = vec![code.replace('-', " ")];
    let more: &[&str] = match code {
        "usa" => &["united states", "u.s.", "us", "america", "united states of america"],
        "uk" => &["united kingdom", "britain", "great britain", "u.k.", "england", "scotland", "wales"],
        "ussr" => &["soviet union", "russia", "u.s.s.r."],
        "west-germany" => &["germany", "west germany", "federal republic of germany"],
        "east-germany" => &["germany", "east germany"],
        "south-korea" => &["korea", "south korea"],
        "hong-kong" => &["hong kong"],
        "china" => &["people's republic of china", "prc"],
        "uae" => &["united arab emirates"],
        _ => &[],
    };
    v.extend(more.iter().map(|s| s.to_string()));
    v
}

/// Does a wire organisation code (`imf`, `worldbank`, `opec`) name this organisation?
fn org_matches(code: &str, name: &str) -> bool {
    let f = fold(name);
    let squashed: String = f.chars().filter(|c| c.is_alphanumeric()).collect();
    let code_sq: String = code.chars().filter(|c| c.is_alphanumeric()).collect();
    let initials: String = f
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !matches!(*w, "of" | "the" | "and" | "for" | "de"))
        .filter_map(|w| w.chars().next())
        .collect();
    // "ico-coffee" is the ICO of coffee: its first part names it too.
    let head: String =
        code.split('-').next().unwrap_or(code).chars().filter(|c| c.is_alphanumeric()).collect();
    [code_sq, head]
        .iter()
        .any(|c| squashed == *c || initials == *c || (c.len() >= 5 && squashed.contains(c.as_str())))
}

/// Scores a system against a wire TSV. Rows whose file the system lacks count as not
/// found (and undated).
pub fn score_wire(rows: &[WireRow], sys: &SystemOutput) -> WireScore {
    let mut s = WireScore::default();
    let empty = Found::default();
    for r in rows {
        let f = sys.articles.get(&r.file).unwrap_or(&empty);
        for code in &r.people {
            s.people_tagged += 1;
            if f.people.iter().any(|p| code_matches(code, p)) {
                s.people_found += 1;
            } else {
                s.people_missed.push((r.file.clone(), code.clone()));
            }
        }
        for code in &r.places {
            s.places.0 += 1;
            let forms = place_forms(code);
            if f.places.iter().any(|p| forms.contains(&fold(p))) {
                s.places.1 += 1;
            }
        }
        for code in &r.orgs {
            s.orgs.0 += 1;
            if f.orgs.iter().any(|o| org_matches(code, o)) {
                s.orgs.1 += 1;
            }
        }
        if !r.date.is_empty() {
            let before = s.dates;
            s.dates.add(&r.date, f.date.as_deref());
            if s.dates.wrong > before.wrong && s.wrong_dates.len() < 20 {
                s.wrong_dates.push((r.file.clone(), r.date.clone(), f.date.clone().unwrap_or_default()));
            }
        }
    }
    s
}

/// Why a value of a facet looks wrong: the shapes an editor would question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Suspicion {
    /// A contraction or a pronoun ("I've", "We").
    Contraction,
    /// A place and a state abbreviation, as a person ("Camden N.J.").
    PlacePlusState,
    /// A firm's word, as a person ("Texaco Inc", "Unilever PLc").
    OrgSuffix,
    /// A misspelt title before a name ("Represenative Clayton Yeutter").
    TitleTypo,
    /// A plural noun, as a person ("Lib Dem MPs").
    PluralNoun,
    /// A nationality alone ("Japanese").
    Demonym,
    /// A legal suffix alone, as an organisation ("Co Inc").
    LegalSuffixAlone,
    /// A title alone, as an organisation ("Secretary").
    Title,
    /// A topic with a hyphen or a contraction ("team-mate", "don't know").
    HyphenOrContraction,
}

impl Suspicion {
    /// How the report names it.
    pub fn reason(self) -> &'static str {
        match self {
            Suspicion::Contraction => "contraction or pronoun",
            Suspicion::PlacePlusState => "place plus state",
            Suspicion::OrgSuffix => "organisation suffix",
            Suspicion::TitleTypo => "title typo",
            Suspicion::PluralNoun => "plural noun",
            Suspicion::Demonym => "demonym",
            Suspicion::LegalSuffixAlone => "legal suffix alone",
            Suspicion::Title => "title",
            Suspicion::HyphenOrContraction => "hyphenated word or contraction",
        }
    }
}

/// Why a value of a facet looks wrong, if it does.
pub fn suspicious(facet: Facet, value: &str) -> Option<Suspicion> {
    let words: Vec<&str> = value.split_whitespace().collect();
    let low = fold(value);
    if low.split_whitespace().any(contraction_or_pronoun) {
        return Some(Suspicion::Contraction);
    }
    match facet {
        Facet::People => suspicious_person(&words, &low),
        Facet::Orgs => suspicious_org(&words, &low),
        Facet::Topics if low.contains('-') || low.contains("n't") || low.contains("n’t") => {
            Some(Suspicion::HyphenOrContraction)
        }
        _ => None,
    }
}

/// "I've", "don't", "we": a folded word that is a contraction or a pronoun.
fn contraction_or_pronoun(w: &str) -> bool {
    let w = w.replace('’', "'");
    ["'ve", "n't", "'m", "'ll", "'re", "'d"].iter().any(|c| w.ends_with(c))
        || matches!(w.as_str(), "i" | "we" | "you" | "he" | "she" | "they" | "it")
}

/// A state's abbreviation: a dotted run of two to four capitals ("N.J.") or one of the
/// wires' abbreviations (`lexicon/regions.txt`: "Calif", "Mass").
fn state_abbreviation(w: &str) -> bool {
    let bare = w.trim_end_matches('.');
    (w.contains('.')
        && (2..=4).contains(&bare.len())
        && bare.chars().all(|c| c.is_ascii_uppercase() || c == '.'))
        || super::lexicon::region_abbreviations().contains_key(bare)
}

/// A person's value that looks like something else.
fn suspicious_person(words: &[&str], low: &str) -> Option<Suspicion> {
    let last = words.last()?;
    if words.len() >= 2 && last.len() > 2 && state_abbreviation(last) {
        return Some(Suspicion::PlacePlusState);
    }
    const FIRM: &[&str] = &[
        "inc", "co", "corp", "ltd", "plc", "llc", "group", "ag", "sa", "nv", "bv", "holdings", "bank", "fc",
        "united", "city",
    ];
    if words.iter().any(|w| FIRM.contains(&fold(w).as_str())) {
        return Some(Suspicion::OrgSuffix);
    }
    const TITLES: &[&str] = &[
        "representative",
        "secretary",
        "president",
        "minister",
        "chairman",
        "governor",
        "senator",
        "director",
    ];
    let typo = |f: &str| {
        TITLES.iter().any(|t| {
            f != *t
                && f.len() >= 6
                && f.chars().next() == t.chars().next()
                && super::people::edit_distance(f, t) <= 2
        })
    };
    if words.iter().any(|w| typo(&fold(w))) {
        return Some(Suspicion::TitleTypo);
    }
    if words.iter().any(|w| plural_noun(w)) {
        return Some(Suspicion::PluralNoun);
    }
    (words.len() == 1 && super::lexicon::demonyms().contains(low)).then_some(Suspicion::Demonym)
}

/// "MPs", "PCs", "fans": a plural noun (an acronym with a plural "s", or a common one).
fn plural_noun(w: &str) -> bool {
    let f = fold(w);
    let acronym_plural = f.ends_with('s')
        && !f.ends_with("ss")
        && !f.ends_with("us")
        && !f.ends_with("is")
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.len() > 2
        && w[..w.len() - 1].chars().all(|c| c.is_uppercase());
    acronym_plural
        || matches!(f.as_str(), "mps" | "fans" | "players" | "people" | "pcs" | "members" | "officials")
}

/// An organisation's value that looks like something else.
fn suspicious_org(words: &[&str], low: &str) -> Option<Suspicion> {
    if words.len() == 1 && super::lexicon::demonyms().contains(low) {
        return Some(Suspicion::Demonym);
    }
    const LEGAL: &[&str] = &["co", "inc", "ltd", "corp", "plc", "llc", "sa", "ag", "nv"];
    if words.iter().all(|w| LEGAL.contains(&fold(w).trim_end_matches('.'))) {
        return Some(Suspicion::LegalSuffixAlone);
    }
    (words.len() == 1 && super::lexicon::titles().contains(low)).then_some(Suspicion::Title)
}

/// The facets an editor reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// People.
    People,
    /// Organisations.
    Orgs,
    /// Places.
    Places,
    /// Topics.
    Topics,
    /// Publishers.
    Publishers,
}

impl Facet {
    /// All of them, in the app's order.
    pub const ALL: [Facet; 5] = [Facet::People, Facet::Topics, Facet::Publishers, Facet::Places, Facet::Orgs];
    fn name(self) -> &'static str {
        match self {
            Facet::People => "People",
            Facet::Orgs => "Organisations",
            Facet::Places => "Places",
            Facet::Topics => "Topics",
            Facet::Publishers => "Publishers",
        }
    }
    fn values(self, d: &explorer_core::model::Document) -> Vec<String> {
        match self {
            Facet::People => d.persons.clone(),
            Facet::Orgs => d.orgs.clone(),
            Facet::Places => d.places.clone(),
            Facet::Topics => d.topics.clone(),
            Facet::Publishers => d.publisher.iter().cloned().collect(),
        }
    }
}

/// The editor's report on a corpus: date spread, top values per facet (`top` of
/// each) and suspicious values.
pub fn facet_report(corpus: &Corpus, top: usize) -> String {
    let mut out = String::new();
    let n = corpus.documents.len();
    let mut stated = 0;
    let mut estimated = 0;
    let mut by_year: BTreeMap<String, u32> = BTreeMap::new();
    for d in &corpus.documents {
        if let Some(x) = &d.date {
            if d.date_estimated {
                estimated += 1
            } else {
                stated += 1
            }
            *by_year.entry(x[..4.min(x.len())].to_string()).or_default() += 1;
        }
    }
    let _ = writeln!(
        out,
        "Dates: {n} articles: {stated} stated, {estimated} estimated, {} undated",
        n - stated - estimated
    );
    let years: Vec<String> = by_year.iter().map(|(y, c)| format!("{y}: {c}")).collect();
    let _ = writeln!(out, "  by year: {}", if years.is_empty() { "-".into() } else { years.join(", ") });
    for facet in Facet::ALL {
        let mut counts: HashMap<String, u32> = HashMap::new();
        for d in &corpus.documents {
            let vals: HashSet<String> = facet.values(d).into_iter().collect();
            for v in vals {
                *counts.entry(v).or_default() += 1;
            }
        }
        let mut list: Vec<(String, u32)> = counts.into_iter().collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut sus: BTreeMap<Suspicion, Vec<&str>> = BTreeMap::new();
        for (v, _) in &list {
            if let Some(why) = suspicious(facet, v) {
                sus.entry(why).or_default().push(v);
            }
        }
        let flagged_top = list.iter().take(top).filter(|(v, _)| suspicious(facet, v).is_some()).count();
        let _ = writeln!(
            out,
            "\n{} ({} values; {} suspicious, {flagged_top} of them in the top {top})",
            facet.name(),
            list.len(),
            sus.values().map(Vec::len).sum::<usize>()
        );
        let cells: Vec<String> = list
            .iter()
            .take(top)
            .map(|(v, c)| format!("{}{v} ({c})", if suspicious(facet, v).is_some() { "!" } else { "" }))
            .collect();
        for chunk in cells.chunks(4) {
            let _ = writeln!(out, "  {}", chunk.join(" · "));
        }
        for (why, vals) in &sus {
            let shown: Vec<&str> = vals.iter().take(8).copied().collect();
            let _ = writeln!(
                out,
                "  suspicious, {}: {} ({}{})",
                why.reason(),
                vals.len(),
                shown.join(", "),
                if vals.len() > 8 { ", …" } else { "" }
            );
        }
    }
    out
}

/// The report of one system on hand annotations.
pub fn hand_report(score: &HandScore, system: &str, show_errors: usize) -> String {
    let mut out = String::new();
    let c = score.people;
    let _ = writeln!(
        out,
        "{system:<28} people: precision {:.3}  recall {:.3}  F1 {:.3}  (tp {} fp {} fn {})",
        c.precision(),
        c.recall(),
        c.f1(),
        c.tp,
        c.fp,
        c.fn_
    );
    if !score.missing_files.is_empty() {
        let _ = writeln!(
            out,
            "  {} annotated files not in the output: {}",
            score.missing_files.len(),
            score.missing_files.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        );
    }
    if show_errors > 0 {
        let fp: Vec<String> =
            score.false_positives.iter().take(show_errors).map(|(f, n)| format!("{n} [{f}]")).collect();
        let fneg: Vec<String> =
            score.misses.iter().take(show_errors).map(|(f, n)| format!("{n} [{f}]")).collect();
        let _ = writeln!(out, "  not people: {}", fp.join("; "));
        let _ = writeln!(out, "  missed: {}", fneg.join("; "));
    }
    out
}

/// The report of one system on a wire TSV.
pub fn wire_report(s: &WireScore, system: &str, show_errors: usize) -> String {
    let mut out = String::new();
    let pct = |a: u32, b: u32| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    let _ = writeln!(
        out,
        "{system:<28} tagged people found: {}/{} ({:.1} %)",
        s.people_found,
        s.people_tagged,
        pct(s.people_found, s.people_tagged)
    );
    let _ = writeln!(
        out,
        "{:<28} tagged places found: {}/{} ({:.1} %), organisations: {}/{} ({:.1} %)",
        "",
        s.places.1,
        s.places.0,
        pct(s.places.1, s.places.0),
        s.orgs.1,
        s.orgs.0,
        pct(s.orgs.1, s.orgs.0)
    );
    let d = s.dates;
    let t = d.total();
    if t > 0 {
        let _ = writeln!(
            out,
            "{:<28} publication dates ({t}): exact day {:.1} %, right month {:.1} %, right year {:.1} %, wrong {:.1} %, none {:.1} %",
            "",
            pct(d.day, t),
            pct(d.month, t),
            pct(d.year, t),
            pct(d.wrong, t),
            pct(d.none, t)
        );
    }
    if show_errors > 0 {
        let m: Vec<String> =
            s.people_missed.iter().take(show_errors).map(|(f, c)| format!("{c} [{f}]")).collect();
        let _ = writeln!(out, "  missed people: {}", m.join("; "));
        let w: Vec<String> = s
            .wrong_dates
            .iter()
            .take(show_errors.min(10))
            .map(|(f, g, x)| format!("{f}: {x} for {g}"))
            .collect();
        if !w.is_empty() {
            let _ = writeln!(out, "  wrong dates: {}", w.join("; "));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn person_spellings_match_by_surname_and_given_name() {
        assert!(same_person("Tony Blair", "Blair"));
        assert!(same_person("Mr Blair", "Tony Blair"));
        assert!(same_person("George W Bush", "George Bush"));
        assert!(same_person("J. Baker", "James Baker"));
        assert!(!same_person("Gordon Brown", "Nick Brown"));
        assert!(!same_person("Tony Blair", "Tony Adams"));
        assert!(same_person("Jacques de Larosiere", "de Larosiere"));
    }

    #[test]
    fn wire_codes_match_names() {
        assert!(code_matches("james-baker", "James A. Baker"));
        assert!(code_matches("reagan", "Ronald Reagan"));
        assert!(code_matches("de-larosiere", "Jacques de Larosiere"));
        assert!(!code_matches("james-baker", "Howard Baker"));
        assert!(!code_matches("reagan", "Nancy Reaganite"));
    }

    #[test]
    fn hand_scores_count_every_kind_of_error() {
        let gold = HandGold {
            corpus: "x".into(),
            articles: vec![GoldArticle {
                file: "a.txt".into(),
                people: vec![
                    GoldPerson { name: "Tony Blair".into(), also: vec!["Blair".into()] },
                    GoldPerson { name: "Gordon Brown".into(), also: vec![] },
                ],
                optional: vec!["Alexander".into()],
            }],
        };
        let mut articles = BTreeMap::new();
        articles.insert(
            "a.txt".into(),
            Found {
                people: vec!["Blair".into(), "Camden N.J.".into(), "Alexander".into(), "Tony Blair".into()],
                ..Default::default()
            },
        );
        let s = score_hand(&gold, &SystemOutput { system: "t".into(), articles });
        assert_eq!(s.people, Counts { tp: 1, fp: 1, fn_: 1 });
    }

    #[test]
    fn dates_are_graded() {
        let mut d = DateCounts::default();
        d.add("1987-02-26", Some("1987-02-26"));
        d.add("1987-02-26", Some("1987-02-25"));
        d.add("1987-02-26", Some("1987"));
        d.add("1987-02-26", Some("2050"));
        d.add("1987-02-26", None);
        assert_eq!(d, DateCounts { day: 1, month: 1, year: 1, wrong: 1, none: 1 });
    }

    #[test]
    fn shapes_an_editor_would_question() {
        assert_eq!(suspicious(Facet::People, "Camden N.J."), Some(Suspicion::PlacePlusState));
        assert_eq!(suspicious(Facet::People, "I've"), Some(Suspicion::Contraction));
        assert_eq!(suspicious(Facet::People, "Represenative Clayton Yeutter"), Some(Suspicion::TitleTypo));
        // A first letter of several bytes is compared as a letter ("Ωmega", "Шевчук").
        assert_eq!(suspicious(Facet::People, "Шевчук Олександр"), None);
        assert_eq!(suspicious(Facet::People, "Harriet Harman"), None);
        assert_eq!(suspicious(Facet::People, "Lib Dem MPs"), Some(Suspicion::PluralNoun));
        assert_eq!(suspicious(Facet::People, "Texaco Inc"), Some(Suspicion::OrgSuffix));
        assert_eq!(suspicious(Facet::Orgs, "Co Inc"), Some(Suspicion::LegalSuffixAlone));
        assert_eq!(suspicious(Facet::People, "Tony Blair"), None);
    }
}
