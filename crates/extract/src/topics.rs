//! Topics of the articles, found automatically or named by a taxonomy file.
//!
//! Without configuration, topics are keyphrases scored across the corpus: runs of up
//! to three content words (no stop words, names, parties, places, numbers or dates) that are
//! frequent in an article and shared with a few others but not with every article.
//! Phrases are compared folded and stemmed, so "cross-border rail links" and
//! "cross border rail link" are one topic, and labelled with their commonest
//! spelling ("Harbor Tunnel Project" stays capitalised when the text capitalises it).
//!
//! # Optional taxonomy file
//!
//! A file named `topics.txt` or `topics.toml` at the top of the corpus folder replaces
//! the automatic topics. It is never required, and it is not an article. Format, one
//! topic per line:
//!
//! ```text
//! # comment lines start with '#'; blank lines and [section] headers are ignored
//! Harbor works: harbor tunnel, dredging, HTP
//! Transport = rail link, bus lanes, cross border
//! Energy = ["oil", "gas pipeline"]
//! ```
//!
//! The label comes before the first `:` or `=`; the keywords after it are separated by
//! commas (quotes and brackets are ignored, so a TOML table of string arrays works too).
//! Keywords match whole words, accents, case and plural endings ignored. An article
//! gets every topic one of whose keywords it contains, most matched first.

use super::lexicon;
use super::lexicon::fold_fast as fold;
use explorer_core::text::{stem, Lang};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

/// The text of an article as topic extraction sees it.
pub struct TopicDoc<'a> {
    /// Headline, standfirst and paragraphs.
    pub lines: &'a [String],
    /// Language, for stemming.
    pub lang: Lang,
    /// The first line is the headline: a phrase must also be in the body to be a topic
    /// ("critics warn" of a headline is not what the article is about).
    pub headline: bool,
}

/// A word of a phrase chunk: folded form, stem, surface and capitalisation.
struct Tok {
    /// A linking word inside a phrase ("de"), never at its ends.
    joiner: bool,
    fold: String,
    stem: String,
    surface: String,
    /// Capitalised and not the first word of a sentence.
    cap: bool,
    /// Written in lower case.
    lower: bool,
    /// A capitalised word left out of the chunk touches this end of it ("Norwich" of
    /// "Norwich Union Grand Prix", "Gross" of "Gross Domestic Product").
    glued: bool,
    /// Written with a possessive "'s" ("Women's" of "Women's Tennis Association").
    possessive: bool,
}

/// Splits a line into chunks of content words between punctuation and stop words.
fn chunks(
    line: &str,
    lang: Lang,
    banned: &HashSet<String>,
    verbs: &HashSet<String>,
) -> Vec<(Vec<Tok>, bool)> {
    // A sentence cut from a longer quotation opens inside it: its first quote mark closes.
    let mut in_quote = line.find(['“', '”']).is_some_and(|i| line[i..].starts_with('”'));
    let mut c = Chunker { lang, banned, verbs, out: Vec::new(), cur: Vec::new(), first: true, glue: false };
    let mut word = String::new();
    for ch in line.chars() {
        if ch.is_alphanumeric() || (matches!(ch, '\'' | '’' | '-') && !word.is_empty()) {
            word.push(ch);
        } else {
            c.word(std::mem::take(&mut word), in_quote);
            if !ch.is_whitespace() {
                c.glue = false;
                c.close(in_quote);
                if matches!(ch, '.' | '!' | '?' | ':' | '“' | '"') {
                    c.first = true;
                }
                match ch {
                    '“' => in_quote = true,
                    '”' => in_quote = false,
                    '"' => in_quote = !in_quote,
                    _ => {}
                }
            }
        }
    }
    c.word(word, in_quote);
    c.close(in_quote);
    c.out
}

/// The state of [`chunks`] along a line.
struct Chunker<'a> {
    lang: Lang,
    banned: &'a HashSet<String>,
    verbs: &'a HashSet<String>,
    /// The chunks so far, each with whether it was read inside quotes.
    out: Vec<(Vec<Tok>, bool)>,
    /// The chunk being read.
    cur: Vec<Tok>,
    /// The next word opens a sentence.
    first: bool,
    /// A capitalised word left out (a name's word: a place, a person's, a
    /// possessive) was just read, with only spaces since.
    glue: bool,
}

impl Chunker<'_> {
    /// Ends the chunk being read, if any.
    fn close(&mut self, quoted: bool) {
        if !self.cur.is_empty() {
            self.out.push((std::mem::take(&mut self.cur), quoted));
        }
    }

    /// Whether a part of a word (folded `f`, as written `w`) may be in a topic. A
    /// hyphenated compound ("cross-border") is one token whose stem is the stems of
    /// its parts, so it matches the same words written apart.
    fn part_ok(&self, f: &str, w: &str) -> bool {
        let letters = f.chars().filter(|c| c.is_alphabetic()).count();
        !(letters < 3
            || f.chars().any(|c| c.is_ascii_digit())
            || lexicon::stopwords().contains(f)
            || self.banned.contains(f)
            || lexicon::places().contains_key(f)
            || lexicon::demonyms().contains(f)
            || (f.ends_with("ly") && f.len() > 5)
            || (lexicon::party_words().contains(f) && w.starts_with(char::is_uppercase))
            || super::people::is_acronym(w)
            || f.contains(['\'', '’'])
            || wire_unit(f))
    }

    /// Reads a word: it joins the chunk being read, or ends it.
    fn word(&mut self, w: String, quoted: bool) {
        if w.is_empty() {
            return;
        }
        let sw = lexicon::stopwords();
        // Spanish noun phrases join with "de" ("plan de vivienda").
        if self.lang == Lang::Es && matches!(w.as_str(), "de" | "del") && !self.cur.is_empty() {
            self.cur.push(Tok {
                stem: w.clone(),
                fold: w.clone(),
                surface: w,
                cap: false,
                lower: true,
                joiner: true,
                glued: false,
                possessive: false,
            });
            self.first = false;
            return;
        }
        let possessive = w.ends_with("’s") || w.ends_with("'s");
        let w =
            w.trim_end_matches(['\'', '’', '-']).trim_end_matches("’s").trim_end_matches("'s").to_string();
        let f = fold(&w);
        let parts: Vec<&str> = w.split('-').filter(|p| !p.is_empty()).collect();
        let ok = !parts.is_empty()
            && parts.iter().all(|p| self.part_ok(&fold(p), p))
            && !sw.contains(&f)
            && !self.banned.contains(&f);
        if !ok {
            let name_word = w.starts_with(char::is_uppercase)
                && !sw.contains(&f)
                && !lexicon::demonyms().contains(&f)
                && !super::people::is_acronym(&w);
            if let Some(last) = self.cur.last_mut() {
                last.glued |= name_word;
                self.out.push((std::mem::take(&mut self.cur), quoted));
            }
            self.glue = name_word;
        } else {
            let cap = w.chars().next().is_some_and(char::is_uppercase) && !self.first;
            // A verb cannot start a topic ("send foreign nationals").
            if self.cur.is_empty() && self.verbs.contains(&f) {
                self.first = false;
                return;
            }
            let stem_all = parts.iter().map(|p| stem(&fold(p), self.lang)).collect::<Vec<_>>().join(" ");
            let lower = w.chars().next().is_some_and(char::is_lowercase);
            let glued = self.cur.is_empty() && self.glue;
            self.cur.push(Tok {
                stem: stem_all,
                fold: f,
                surface: w,
                cap,
                lower,
                joiner: false,
                glued,
                possessive,
            });
            self.glue = false;
        }
        self.first = false;
    }
}

/// Abbreviations of units and of wire tables ("mln dlrs", "avg shrs", "cts prior"):
/// never part of a topic.
fn wire_unit(f: &str) -> bool {
    matches!(
        f,
        "mln"
            | "bln"
            | "dlrs"
            | "dlr"
            | "pct"
            | "cts"
            | "ct"
            | "shr"
            | "shrs"
            | "avg"
            | "stg"
            | "mths"
            | "mth"
            | "qtr"
            | "qtrs"
            | "oper"
            | "vs"
            | "yr"
            | "yrs"
            | "pvs"
            | "revs"
            | "prior"
            | "tonnes"
            | "francs"
            | "marks"
            | "lire"
            | "pesos"
            | "billion"
            | "million"
            | "percent"
    )
}

/// Number words and ordinals ("second half", "first set", "six mths"): a lower-case
/// phrase with one counts something, it names no subject. ("Six Nations" keeps its
/// capital.)
fn number_word(f: &str) -> bool {
    matches!(
        f,
        "one"
            | "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "twenty"
            | "hundred"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "last"
            | "next"
            | "half"
            | "quarter"
            | "dozen"
            | "uno"
            | "dos"
            | "tres"
            | "primer"
            | "primera"
            | "segundo"
            | "segunda"
            | "tercer"
            | "tercera"
    )
}

/// A generic label an editor would not keep as a topic: one hyphenated common noun
/// ("team-mate", "film-maker", "quarter-finals"), a count of something ("second half", "first
/// set", "four cts", "finished third"), an office ("shadow chancellor"), or a stock phrase of reporting ("press conference", "paid
/// tribute").
pub fn generic(label: &str) -> bool {
    let words: Vec<String> = label.split_whitespace().map(fold).collect();
    let lower = label.chars().next().is_some_and(char::is_lowercase);
    (lower && words.len() == 1 && label.contains('-'))
        || (lower && words.len() == 2 && number_word(&words[0]))
        || (lower && words.len() >= 2 && words.last().is_some_and(|w| number_word(w)))
        || (lower && words.len() >= 2 && words.last().is_some_and(|w| office_word(w)))
        || matches!(
            words.join(" ").as_str(),
            "press conference"
                | "takes place"
                | "pleaded guilty"
                | "pleaded not guilty"
                | "tested positive"
                | "testing positive"
                | "took part"
                | "taking part"
                | "took place"
                | "take place"
                | "news conference"
                | "paid tribute"
                | "top spot"
                | "told reporters"
                | "statement"
                | "spokesman"
                | "spokeswoman"
                | "conferencia de prensa"
                | "rueda de prensa"
        )
}

/// The noun of an office: a lower-case phrase ending in one names a role, not a
/// subject ("shadow chancellor", "foreign secretary", "finance minister").
fn office_word(f: &str) -> bool {
    matches!(
        f,
        "minister"
            | "ministers"
            | "secretary"
            | "chancellor"
            | "president"
            | "spokesman"
            | "spokeswoman"
            | "chairman"
            | "leader"
            | "governor"
            | "mayor"
            | "premier"
            | "commissioner"
    )
}

/// Can this window of tokens be a topic? No linking word at either end, and no mix of
/// capitalised (not sentence-initial) and lower-case words: "Red Cross published
/// figures", "accused Secretary" are a name and a clause, not one phrase; "Harbor Tunnel
/// Authority", "flood risk" are.
fn window_ok(w: &[Tok]) -> bool {
    let words = || w.iter().filter(|t| !t.joiner);
    let mixed = words().any(|t| t.cap) && words().any(|t| t.lower);
    !w[0].joiner && !w[w.len() - 1].joiner && !mixed
}

/// A scored topic of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    /// Stemmed key.
    pub key: String,
    /// Display label.
    pub label: String,
    /// Score in the article.
    pub score: f64,
}

/// Stemmed word sequences (and all their contiguous parts) that may not be topics:
/// names of organisations and roles ("Homeland Security", "State Department").
pub fn phrase_ban(phrases: &[String], lang: Lang) -> HashSet<String> {
    let mut out = HashSet::new();
    for p in phrases {
        let stems: Vec<String> = explorer_core::text::terms(p).iter().map(|t| stem(t, lang)).collect();
        for len in 1..=stems.len() {
            for w in stems.windows(len) {
                out.insert(w.join(" "));
            }
        }
    }
    out
}

/// Finds the automatic topics of every article. `banned` holds folded words that may
/// not appear in a topic (names of people); `banned_phrases` stemmed phrases that may
/// not be topics (see [`phrase_ban`]). Stages: every article's phrases are counted
/// ([`read_corpus`]), then each article's candidates scored against the corpus
/// ([`Ranker::candidates`]) and the best few picked ([`Ranker::pick`]).
pub fn auto_topics(
    docs: &[TopicDoc],
    banned: &HashSet<String>,
    banned_phrases: &HashSet<String>,
) -> Vec<Vec<Scored>> {
    let verbs = verbs_of(docs);
    let (per_doc, tallies) = read_corpus(docs, banned, banned_phrases, &verbs);
    let ranker = Ranker::new(docs.len(), &per_doc, tallies);
    per_doc.par_iter().map(|counts| ranker.pick(ranker.candidates(counts))).collect()
}

/// Each article's phrases, and the corpus-wide tallies. Each article is read on its
/// own, in parallel; the tallies are sums, the same in any order.
fn read_corpus(
    docs: &[TopicDoc],
    banned: &HashSet<String>,
    banned_phrases: &HashSet<String>,
    verbs: &HashSet<String>,
) -> (Vec<PhraseCounts>, Tallies) {
    docs.par_iter()
        .map(|d| read_phrases(d, banned, banned_phrases, verbs))
        .fold(
            || (Vec::new(), Tallies::default()),
            |(mut per_doc, mut t), (counts, one)| {
                per_doc.push(counts);
                t.add(one);
                (per_doc, t)
            },
        )
        .reduce(
            || (Vec::new(), Tallies::default()),
            |(mut a, mut ta), (b, tb)| {
                a.extend(b);
                ta.add(tb);
                (a, ta)
            },
        )
}

/// A candidate topic of an article: its key, score, count in the article and words.
type Candidate = (String, f64, u32, usize);

/// Scores an article's phrases against the corpus.
struct Ranker<'a> {
    /// Articles in the corpus.
    n: usize,
    /// Articles a phrase may be in at the most and still be a topic.
    max_df: u32,
    /// Each key's count over the whole corpus.
    corpus_tf: HashMap<&'a str, u32>,
    t: Tallies,
}

impl<'a> Ranker<'a> {
    fn new(n: usize, per_doc: &'a [PhraseCounts], t: Tallies) -> Ranker<'a> {
        let mut corpus_tf: HashMap<&str, u32> = HashMap::new();
        for c in per_doc {
            for (k, n) in c {
                *corpus_tf.entry(k.as_str()).or_default() += n.0;
            }
        }
        let max_df = if n >= 5 { (n as f64 * 0.6).ceil() as u32 } else { n as u32 };
        Ranker { n, max_df, corpus_tf, t }
    }

    /// A key's commonest surface form, as written.
    fn label(&self, key: &str) -> String {
        let surface = self.t.surfaces.get(key).and_then(|m| {
            m.iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.len().cmp(&a.0.len())).then(b.0.cmp(a.0)))
                .map(|(s, _)| s.clone())
        });
        surface.unwrap_or_else(|| key.to_string())
    }

    /// The corpus count of a phrase's head noun (its last word).
    fn head_tf(&self, ext: &str) -> u32 {
        self.corpus_tf.get(ext.rsplit(' ').next().unwrap_or("")).copied().unwrap_or(0)
    }

    /// A phrase ending in a hyphenated compound that mostly modifies a following noun
    /// ("cross-border" in "cross-border rail freight") is not a topic by itself: an
    /// article's topic is the noun phrase it opens there, its commonest extension in
    /// that article (ties to the extension commonest in the corpus, then to the
    /// commonest head noun); with none, the dangling modifier is dropped.
    fn complete(&self, key: &str, counts: &PhraseCounts) -> Option<String> {
        let f = self.t.followers.get(key);
        let modifier = self.t.hyphen_end.get(key).is_some_and(|&h| h >= 0)
            && f.is_some_and(|f| f.values().sum::<u32>() > self.t.heads.get(key).copied().unwrap_or(0));
        if !modifier {
            return Some(key.to_string());
        }
        f?.iter()
            .filter_map(|(ext, &n)| counts.get(ext).map(|&(c, _)| (ext, c, n)))
            .max_by(|a, b| {
                a.1.cmp(&b.1)
                    .then(a.2.cmp(&b.2))
                    .then(self.head_tf(a.0).cmp(&self.head_tf(b.0)))
                    .then(b.0.cmp(a.0))
            })
            .map(|(ext, _, _)| ext.clone())
    }

    /// An article's candidate topics, best first: phrases frequent enough in it and
    /// rare enough in the corpus, scored by tf-idf with a bonus for longer and shared
    /// phrases.
    fn candidates(&self, counts: &PhraseCounts) -> Vec<Candidate> {
        let n = self.n;
        let mut cands: Vec<Candidate> = Vec::new();
        for (k, &(tf, unquoted)) in counts {
            let words = k.split(' ').count();
            let d = self.t.df[k];
            if !unquoted {
                continue;
            }
            if d > self.max_df && n > 2 {
                continue;
            }
            // A piece of a longer name is not a topic: mostly written touching
            // another capitalised word ("Union Grand" of "Norwich Union Grand Prix").
            if self.t.fragment.get(k).is_some_and(|&f| 2 * f > self.corpus_tf[k.as_str()]) {
                continue;
            }
            let ok = match words {
                1 => tf >= 3 && (d >= 2 || n == 1),
                _ => tf >= 2 || (d >= 2 && n > 2),
            };
            if !ok {
                continue;
            }
            let idf = (1.0 + n as f64 / d as f64).ln();
            let shared = if d >= 2 { 1.3 } else { 1.0 };
            let len_bonus = match words {
                1 => 0.45,
                2 => 1.0,
                _ => 1.15,
            };
            let Some(k) = self.complete(k, counts) else { continue };
            let words = k.split(' ').count();
            cands.push((k, tf as f64 * idf * len_bonus * shared, tf, words));
        }
        // Drop phrases contained in a longer candidate that is nearly as frequent,
        // and longer phrases much rarer than the shorter one they extend.
        let keys: Vec<(String, u32)> = cands.iter().map(|c| (c.0.clone(), c.2)).collect();
        cands.retain(|(k, _, tf, _)| {
            !keys.iter().any(|(other, otf)| {
                other != k
                    && other.len() > k.len()
                    && contains_words(other, k)
                    && (*otf as f64) >= 0.5 * (*tf as f64)
            })
        });
        cands.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap_or(std::cmp::Ordering::Equal).then(a.0.cmp(&b.0)));
        // Single words only fill in when there are few phrases.
        let phrases = cands.iter().filter(|c| c.3 >= 2).count();
        if phrases >= 3 {
            cands.retain(|c| c.3 >= 2);
        }
        cands
    }

    /// The first six candidates of which no two share most words or read the same.
    fn pick(&self, cands: Vec<Candidate>) -> Vec<Scored> {
        let mut picked: Vec<Scored> = Vec::new();
        for (k, s, _, _) in cands {
            if picked.len() >= 6 {
                break;
            }
            let l = self.label(&k);
            if picked.iter().any(|p| contains_words(&p.key, &k) || contains_words(&k, &p.key) || p.label == l)
            {
                continue;
            }
            picked.push(Scored { key: k, label: l, score: s });
        }
        picked
    }
}

/// An article's phrases (stemmed key → count, and whether it is met in the body
/// outside quotes).
type PhraseCounts = HashMap<String, (u32, bool)>;

/// What [`auto_topics`] tallies over the whole corpus.
#[derive(Default)]
struct Tallies {
    /// Key → surface form → count.
    surfaces: HashMap<String, HashMap<String, u32>>,
    /// Key → number of articles counting it.
    df: HashMap<String, u32>,
    /// How often a phrase is followed by another content word (key of the longer
    /// phrase → count).
    followers: HashMap<String, HashMap<String, u32>>,
    /// How often a phrase ends its noun phrase.
    heads: HashMap<String, u32>,
    /// How often a phrase is written with a hyphenated last word ("cross-border"),
    /// minus how often written apart ("cross border").
    hyphen_end: HashMap<String, i64>,
    /// How often a capitalised phrase is written as part of a longer name (another
    /// capitalised word touches it: "Domestic Product" in "Gross Domestic Product") or
    /// as a name with a possessive inside ("Women's Tennis Association").
    fragment: HashMap<String, u32>,
}

impl Tallies {
    /// Adds another part of the corpus's tallies.
    fn add(&mut self, mut other: Tallies) {
        if other.surfaces.len() > self.surfaces.len() {
            std::mem::swap(self, &mut other);
        }
        fn nested(a: &mut HashMap<String, HashMap<String, u32>>, b: HashMap<String, HashMap<String, u32>>) {
            for (k, m) in b {
                let e = a.entry(k).or_default();
                for (x, n) in m {
                    *e.entry(x).or_default() += n;
                }
            }
        }
        fn flat<N: std::ops::AddAssign + Default>(a: &mut HashMap<String, N>, b: HashMap<String, N>) {
            for (k, n) in b {
                *a.entry(k).or_default() += n;
            }
        }
        nested(&mut self.surfaces, other.surfaces);
        nested(&mut self.followers, other.followers);
        flat(&mut self.df, other.df);
        flat(&mut self.heads, other.heads);
        flat(&mut self.hyphen_end, other.hyphen_end);
        flat(&mut self.fragment, other.fragment);
    }
}

/// One article's candidate phrases (up to three words) and its share of the corpus's
/// tallies. Phrases an article only has inside quotations are its speakers' words,
/// not its topics, and phrases only in its headline are not either: hence the flag
/// of phrases met in the body outside quotes.
fn read_phrases(
    d: &TopicDoc,
    banned: &HashSet<String>,
    banned_phrases: &HashSet<String>,
    verbs: &HashSet<String>,
) -> (PhraseCounts, Tallies) {
    let mut t = Tallies::default();
    let mut counts: HashMap<String, u32> = HashMap::new();
    let mut unquoted: HashSet<String> = HashSet::new();
    for (li, line) in d.lines.iter().enumerate() {
        let in_body = li > 0 || !d.headline;
        for (ch, quoted) in chunks(line, d.lang, banned, verbs) {
            for len in 1..=3usize {
                // Nor can a verb end one ("commentators believe", "names include").
                let ends_in_verb = |w: &[Tok]| w.len() > 1 && verbs.contains(&w[w.len() - 1].fold);
                for (i, w) in ch.windows(len).enumerate().filter(|(_, w)| window_ok(w) && !ends_in_verb(w)) {
                    let key = w.iter().map(|t| t.stem.as_str()).collect::<Vec<_>>().join(" ");
                    if !quoted && in_body && !unquoted.contains(&key) {
                        unquoted.insert(key.clone());
                    }
                    match ch.get(i + len) {
                        Some(next) if len < 3 && !next.joiner => {
                            let ext = format!("{key} {}", next.stem);
                            *t.followers.entry(key.clone()).or_default().entry(ext).or_default() += 1;
                        }
                        Some(_) => {}
                        None => *t.heads.entry(key.clone()).or_default() += 1,
                    }
                    // Verb forms do not end a topic ("ministry declined").
                    let last = &w[len - 1].fold;
                    if banned_phrases.contains(&key) || (last.ends_with("ed") && !w[len - 1].cap) {
                        continue;
                    }
                    *counts.entry(key.clone()).or_default() += 1;
                    let hyphened = w[len - 1].surface.contains('-');
                    *t.hyphen_end.entry(key.clone()).or_default() += if hyphened { 1 } else { -1 };
                    let all_cap = w.iter().all(|t| t.cap);
                    let touched = (i > 0 && ch[i - 1].cap)
                        || ch.get(i + len).is_some_and(|t| t.cap)
                        || (i == 0 && w[0].glued)
                        || (i + len == ch.len() && w[len - 1].glued)
                        || w[..len - 1].iter().any(|t| t.possessive);
                    if all_cap && touched {
                        *t.fragment.entry(key.clone()).or_default() += 1;
                    }
                    let surface = w
                        .iter()
                        .map(|t| if all_cap { t.surface.clone() } else { t.surface.to_lowercase() })
                        .collect::<Vec<_>>()
                        .join(" ");
                    *t.surfaces.entry(key).or_default().entry(surface).or_default() += 1;
                }
            }
        }
    }
    for k in counts.keys() {
        t.df.insert(k.clone(), 1);
    }
    let counts = counts
        .into_iter()
        .map(|(k, n)| {
            let u = unquoted.contains(&k);
            (k, (n, u))
        })
        .collect();
    (counts, t)
}

/// Words used as verbs in the corpus: seen after "to" or a modal, never after an
/// article or a possessive ("to send", "would return", but not "the border").
fn verbs_of(docs: &[TopicDoc]) -> HashSet<String> {
    const MARKERS: &[&str] =
        &["to", "will", "would", "could", "can", "should", "must", "might", "not", "cannot"];
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "your", "no", "any",
        "every", "each",
    ];
    let mut after_marker = HashSet::new();
    let mut after_det = HashSet::new();
    for d in docs {
        for line in d.lines {
            let t = explorer_core::text::terms(line);
            for w in t.windows(2) {
                if MARKERS.contains(&w[0].as_str()) {
                    after_marker.insert(w[1].clone());
                } else if DETERMINERS.contains(&w[0].as_str()) {
                    after_det.insert(w[1].clone());
                }
            }
        }
    }
    after_marker.retain(|w| !after_det.contains(w));
    after_marker
}

fn contains_words(long: &str, short: &str) -> bool {
    let l: Vec<&str> = long.split(' ').collect();
    let s: Vec<&str> = short.split(' ').collect();
    s.len() <= l.len() && l.windows(s.len()).any(|w| w == s.as_slice())
}

/// A topic named by the taxonomy file.
#[derive(Clone, Debug, PartialEq)]
pub struct Named {
    /// Label.
    pub label: String,
    /// Keywords, as folded stemmed word sequences.
    pub keywords: Vec<Vec<String>>,
}

/// Parses a taxonomy file (see the module documentation for the format).
pub fn parse_taxonomy(text: &str) -> Vec<Named> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with('[') {
            continue;
        }
        let Some(pos) = line.find([':', '=']) else { continue };
        let label = line[..pos].trim().trim_matches(['"', '\'']).trim().to_string();
        if label.is_empty() {
            continue;
        }
        let keywords: Vec<Vec<String>> = line[pos + 1..]
            .split(',')
            .map(|k| {
                k.trim().trim_matches(|c: char| matches!(c, '[' | ']' | '"' | '\'') || c.is_whitespace())
            })
            .filter(|k| !k.is_empty())
            .map(|k| explorer_core::text::terms(k).iter().map(|t| stem(t, Lang::En)).collect::<Vec<_>>())
            .filter(|k: &Vec<String>| !k.is_empty())
            .collect();
        let mut kws = keywords;
        if kws.is_empty() {
            let own: Vec<String> =
                explorer_core::text::terms(&label).iter().map(|t| stem(t, Lang::En)).collect();
            if own.is_empty() {
                continue; // no word to match (e.g. a label of punctuation only)
            }
            kws.push(own);
        }
        out.push(Named { label, keywords: kws });
    }
    out
}

/// Topics of an article according to a taxonomy, most matched first.
pub fn apply_taxonomy(named: &[Named], lines: &[String]) -> Vec<String> {
    let stems: Vec<String> =
        lines.iter().flat_map(|l| explorer_core::text::terms(l)).map(|t| stem(&t, Lang::En)).collect();
    let mut hits: Vec<(usize, usize, &str)> = Vec::new();
    for (i, t) in named.iter().enumerate() {
        let c: usize = t.keywords.iter().map(|k| stems.windows(k.len()).filter(|w| w == k).count()).sum();
        if c > 0 {
            hits.push((c, i, &t.label));
        }
    }
    hits.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    hits.into_iter().map(|h| h.2.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_phrases_become_topics() {
        let a = vec![
            "The harbor tunnel project stalled after the harbor tunnel budget vote.".to_string(),
            "Critics of the harbor tunnel cite flood risk and rising costs.".to_string(),
            "Flood risk maps were updated.".to_string(),
        ];
        let b = vec![
            "A second harbor-tunnel study weighed flood risks.".to_string(),
            "The city council met.".to_string(),
        ];
        let c = vec![
            "The football club won the league again.".to_string(),
            "The league title was its third.".to_string(),
        ];
        let docs = [
            TopicDoc { lines: &a, lang: Lang::En, headline: false },
            TopicDoc { lines: &b, lang: Lang::En, headline: false },
            TopicDoc { lines: &c, lang: Lang::En, headline: false },
        ];
        let t = auto_topics(&docs, &HashSet::new(), &HashSet::new());
        let labels: Vec<&str> = t[0].iter().map(|s| s.label.as_str()).collect();
        assert!(labels.contains(&"harbor tunnel"), "{labels:?}");
        assert!(labels.iter().any(|l| l.starts_with("flood risk")), "{labels:?}");
        let lb: Vec<&str> = t[1].iter().map(|s| s.label.as_str()).collect();
        assert!(lb.contains(&"harbor tunnel"), "{lb:?}");
    }

    /// An article's lines as owned strings.
    fn lines(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    fn topics_of(docs: &[Vec<String>]) -> Vec<Vec<String>> {
        let t: Vec<TopicDoc> =
            docs.iter().map(|l| TopicDoc { lines: l, lang: Lang::En, headline: true }).collect();
        auto_topics(&t, &HashSet::new(), &HashSet::new())
            .into_iter()
            .map(|v| v.into_iter().map(|s| s.label).collect())
            .collect()
    }

    #[test]
    fn hyphenated_modifiers_are_completed_with_their_noun() {
        let t = topics_of(&[
            lines(&[
                "The port signed a cross-border rail deal.",
                "Critics said the cross-border rail deal was rushed.",
            ]),
            lines(&["Cross-border rail freight grew.", "Cross-border rail freight is cheap."]),
            lines(&["The football club won the league.", "The league title was its third."]),
        ]);
        assert!(t[0].iter().any(|l| l == "cross-border rail deal"), "{t:?}");
        assert!(t[1].iter().any(|l| l == "cross-border rail freight"), "{t:?}");
        assert!(
            !t.concat().iter().any(|l| l.ends_with("cross-border") || l.ends_with("cross-border rail")),
            "{t:?}"
        );
    }

    #[test]
    fn phrases_only_quoted_in_an_article_are_not_its_topics() {
        let t = topics_of(&[
            lines(&[
                "“We are partners.",
                "It serves the public purse and the public purse,” he said.",
                "Harbor dredging resumed; harbor dredging costs rose.",
            ]),
            lines(&["Lawmakers debated the public purse.", "The public purse was cited again."]),
            lines(&["Harbor dredging begins.", "Harbor dredging ends."]),
        ]);
        assert!(t[1].iter().any(|l| l == "public purse"), "{t:?}");
        assert!(!t[0].iter().any(|l| l == "public purse"), "{t:?}");
    }

    #[test]
    fn headline_only_phrases_are_not_topics() {
        let t = topics_of(&[
            lines(&[
                "Mayor defends ferry subsidies as critics warn",
                "The ferry subsidies cost more.",
                "Ferry subsidies rose.",
            ]),
            lines(&["Ferry subsidies debated as critics warn", "The ferry subsidies were debated."]),
            lines(&[
                "Club wins league",
                "The football club won the league.",
                "The league title was its third.",
            ]),
        ]);
        assert!(t[0].iter().any(|l| l == "ferry subsidies"), "{t:?}");
        assert!(!t.concat().iter().any(|l| l.contains("critics")), "{t:?}");
    }

    #[test]
    fn parties_and_offices_are_not_topics() {
        let t = topics_of(&[
            lines(&[
                "Budget row",
                "Lib Dem MPs attacked the shadow chancellor over the pension plans.",
                "Lib Dem MPs said the shadow chancellor had no pension plans.",
            ]),
            lines(&["Lib Dem MPs met.", "The shadow chancellor spoke on pension plans."]),
            lines(&["The football club won the league.", "The league title was its third."]),
        ]);
        let all: Vec<String> = t.concat().into_iter().filter(|l| !generic(l)).collect();
        assert!(all.iter().any(|l| l == "pension plans"), "{t:?}");
        assert!(!all.iter().any(|l| l.to_lowercase().contains("lib") || l.contains("chancellor")), "{t:?}");
        assert!(generic("foreign secretary") && !generic("Foreign Office"));
        assert!(generic("finished third") && generic("testing positive") && !generic("Six Nations"));
    }

    #[test]
    fn pieces_of_longer_names_are_not_topics() {
        let t = topics_of(&[
            lines(&[
                "Growth slows",
                "Japan's Gross Domestic Product fell as the Women's Tennis Association met.",
                "The Gross Domestic Product figures and the Women's Tennis Association rules worried bond traders.",
            ]),
            lines(&["Gross Domestic Product rose.", "Bond traders sold."]),
            lines(&["The Women's Tennis Association met.", "Bond traders cheered."]),
            lines(&["The football club won the league.", "The league title was its third."]),
        ]);
        let all = t.concat();
        assert!(all.iter().any(|l| l == "bond traders"), "{t:?}");
        assert!(!all.iter().any(|l| l.contains("Tennis")), "{t:?}");
        // "Gross" is a person's name elsewhere (banned): what is left is a fragment.
        let docs = [
            lines(&["Gross Domestic Product fell.", "Gross Domestic Product data worried bond traders."]),
            lines(&["Gross Domestic Product rose.", "Bond traders sold."]),
            lines(&["The football club won the league.", "The league title was its third."]),
        ];
        let td: Vec<TopicDoc> =
            docs.iter().map(|l| TopicDoc { lines: l, lang: Lang::En, headline: false }).collect();
        let banned: HashSet<String> = ["gross".to_string()].into_iter().collect();
        let out = auto_topics(&td, &banned, &HashSet::new());
        assert!(!out.concat().iter().any(|s| s.label.contains("Domestic")), "{out:?}");
    }

    #[test]
    fn a_hyphenated_name_of_a_person_is_not_a_topic() {
        let docs = [
            lines(&["Marshall-Andrews said no.", "Marshall-Andrews spoke.", "Marshall-Andrews voted."]),
            lines(&["Marshall-Andrews left.", "Marshall-Andrews returned."]),
            lines(&["The football club won the league.", "The league title was its third."]),
        ];
        let t: Vec<TopicDoc> =
            docs.iter().map(|l| TopicDoc { lines: l, lang: Lang::En, headline: false }).collect();
        let banned: HashSet<String> = ["marshall-andrews".to_string()].into_iter().collect();
        let out = auto_topics(&t, &banned, &HashSet::new());
        assert!(!out.concat().iter().any(|s| s.label.contains("Marshall")), "{out:?}");
    }

    #[test]
    fn a_name_and_a_clause_are_not_one_topic() {
        let t = topics_of(&[
            lines(&[
                "Later the Blue Heron published figures.",
                "Then the Blue Heron published figures again.",
            ]),
            lines(&["Later the Blue Heron published figures on rents."]),
            lines(&["The football club won the league.", "The league title was its third."]),
        ]);
        assert!(!t.concat().iter().any(|l| l.contains("heron published")), "{t:?}");
        let t = topics_of(&[
            lines(&["Critics accused Governor Vance.", "They accused Governor Vance again."]),
            lines(&["Voters accused Governor Vance."]),
            lines(&["The football club won the league.", "The league title was its third."]),
        ]);
        assert!(!t.concat().iter().any(|l| l.contains("accused")), "{t:?}");
    }

    #[test]
    fn taxonomy_file_parses_both_forms() {
        let t = parse_taxonomy(
            "# topics\n[topics]\nHarbor works: harbor tunnel, dredging\nSport = [\"football\", \"league\"]\n",
        );
        assert_eq!(t.len(), 2);
        assert_eq!(t[1].label, "Sport");
        let got = apply_taxonomy(
            &t,
            &["The harbor tunnels and the football league.".to_string(), "League.".to_string()],
        );
        assert_eq!(got, ["Sport", "Harbor works"]);
    }
}
