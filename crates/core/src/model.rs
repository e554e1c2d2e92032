//! The data the build embeds in the app.
//!
//! Everything the explorer shows comes from these types: the build script runs the
//! extraction over the corpus folder, fills a [`Corpus`], builds the search index from
//! it and serialises both into the wasm binary. The `corpus inspect` command prints the
//! very same [`Corpus`] as JSON, so what you inspect is what the app embeds.
//!
//! The types are plain data with no web dependency, so they are shared by the build
//! script, the command-line tool, the native tests and the wasm app.

use crate::evidence::{RelatedWhy, Said};
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// How precise a date is.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// A calendar day, `YYYY-MM-DD`.
    Day,
    /// A month, `YYYY-MM`.
    Month,
    /// A year, `YYYY`.
    Year,
}

impl Precision {
    /// The lowercase name used in JSON and in the interface.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
        }
    }
}

/// A whole corpus, as embedded in the app and printed by `corpus inspect`.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Corpus {
    /// One entry per accepted article, in file-name order.
    pub documents: Vec<Document>,
    /// Non-fatal problems met while reading the corpus, each naming its file.
    pub warnings: Vec<String>,
    /// Every person of the corpus, aliases merged, most mentioned first.
    pub people: Vec<Person>,
    /// Dated events the articles mention, in date order.
    pub events: Vec<Event>,
    /// Groups of articles telling the same story.
    pub threads: Vec<Thread>,
}

/// One article.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// Stable id derived from the file name (its stem, made URL-safe).
    pub id: String,
    /// File name relative to the corpus folder (with sub-folders, `/`-separated).
    pub file: String,
    /// Sub-folder of the corpus the file is in (`business`, `sport`…), if any.
    pub section: Option<String>,
    /// The headline: the file's own, or one derived from the lede.
    pub title: String,
    /// True when the headline was derived from the text rather than found in it.
    pub title_derived: bool,
    /// The standfirst / dek under the headline, when the page has one.
    pub standfirst: Option<String>,
    /// Publisher (outlet) named by the text, if any.
    pub publisher: Option<String>,
    /// Credited authors (bylines, "contributed reporting").
    pub authors: Vec<String>,
    /// Publication date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` depending on precision.
    pub date: Option<String>,
    /// Precision of `date`.
    pub date_precision: Option<Precision>,
    /// True when the date was estimated from what the text mentions, not stated.
    pub date_estimated: bool,
    /// Why this date: the words it was read from, or the reasoning of the estimate,
    /// said at build time in each interface language from its type
    /// ([`crate::evidence::DateEvidence::said`]).
    pub date_evidence: Said,
    /// Canonical names of the people the article mentions, most mentioned first.
    pub persons: Vec<String>,
    /// Topics of the article.
    pub topics: Vec<String>,
    /// Places the article mentions.
    pub places: Vec<String>,
    /// Organisations the article mentions.
    pub orgs: Vec<String>,
    /// The cleaned body, one paragraph per entry (page chrome removed).
    pub paragraphs: Vec<String>,
    /// Lines removed as page chrome (shown by `corpus inspect`; never indexed, and
    /// not embedded in the app, which never shows them).
    #[serde(skip)]
    pub chrome: Vec<String>,
    /// Closest related articles, best first.
    pub related: Vec<Related>,
    /// Index into [`Corpus::threads`] of the story this article belongs to.
    pub thread: Option<u32>,
    /// Other files with the same article text (compared after cleaning, ignoring
    /// case, accents and punctuation). They are not separate documents: this one, the
    /// first in file-name order, stands for all of them.
    pub duplicates: Vec<String>,
}

/// A person of the corpus with the spellings that were merged into them.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Person {
    /// Canonical (fullest) name.
    pub name: String,
    /// Other spellings merged into this person ("Brenner", "Mr. Brenner"…).
    pub aliases: Vec<String>,
    /// A role or title seen beside the name ("President", "Secretary of State"…).
    pub role: Option<String>,
    /// True when the person is credited as an author somewhere.
    pub author: bool,
    /// Number of articles that mention the person.
    pub articles: u32,
}

/// A dated event mentioned by one or more articles.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Event {
    /// Resolved date, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: String,
    /// Precision of `date`.
    pub precision: Option<Precision>,
    /// The sentence that places the event in time.
    pub text: String,
    /// Ids of the articles that mention it.
    pub docs: Vec<String>,
}

/// A story thread: articles that tell the same story.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Thread {
    /// A readable label for the story.
    pub label: String,
    /// Ids of its articles, oldest first.
    pub docs: Vec<String>,
}

/// A related article and why it is related.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]
pub struct Related {
    /// Id of the related article.
    pub id: String,
    /// Why (said by [`crate::evidence::related_reason_in`]: "Shares Ines Valdor, visa
    /// waiver program").
    pub reason: RelatedWhy,
}

impl Document {
    /// The inclusive range of days `(first, last)` the date covers, as `yyyymmdd`
    /// integers, so that a month-precise date overlaps any day range inside it.
    pub fn day_range(&self) -> Option<(u32, u32)> {
        self.date.as_deref().and_then(date_range)
    }
}

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into an inclusive `yyyymmdd` range.
/// Returns `None` for anything else.
pub fn date_range(date: &str) -> Option<(u32, u32)> {
    let mut parts = date.split('-');
    let y: u32 = parse_fixed(parts.next()?, 4)?;
    let m = match parts.next() {
        Some(p) => Some(parse_fixed(p, 2).filter(|m| (1..=12).contains(m))?),
        None => None,
    };
    let d = match parts.next() {
        Some(p) => Some(parse_fixed(p, 2).filter(|d| (1..=31).contains(d))?),
        None => None,
    };
    if parts.next().is_some() || (m.is_none() && d.is_some()) {
        return None;
    }
    Some(match (m, d) {
        (Some(m), Some(d)) => (y * 10000 + m * 100 + d, y * 10000 + m * 100 + d),
        (Some(m), None) => (y * 10000 + m * 100 + 1, y * 10000 + m * 100 + 31),
        _ => (y * 10000 + 101, y * 10000 + 1231),
    })
}

fn parse_fixed(s: &str, len: usize) -> Option<u32> {
    if s.len() == len && s.bytes().all(|b| b.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// Sorts `v` stably by `cmp`.
///
/// Every sort on the browser's paths goes through this one function over indices and a
/// `&dyn Fn`, with a small merge sort of its own: each `sort_by` closure would otherwise
/// instantiate its own ~4 KB copy of the standard library's sort in the wasm. The build
/// script may sort as it likes.
pub fn sort_by_dyn<T>(v: &mut Vec<T>, cmp: &dyn Fn(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order: Vec<u32> = (0..v.len() as u32).collect();
    sort_indices(&mut order, &|a, b| cmp(&v[a as usize], &v[b as usize]));
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(order.into_iter().filter_map(|i| slots[i as usize].take()));
}

#[inline(never)]
fn sort_indices(order: &mut Vec<u32>, cmp: &dyn Fn(u32, u32) -> Ordering) {
    merge_sort(order, |a, b| cmp(*a, *b) == Ordering::Greater);
}

/// Sorts integer keys in ascending order, with the same small merge sort (the search
/// orders its hits by one `u128` key each).
pub fn sort_keys(keys: &mut Vec<u128>) {
    merge_sort(keys, |a, b| a > b);
}

/// Stable merge sort: insertion sort in runs of `RUN`, then bottom-up merges that
/// take from the left run unless its element is `greater` than the right one.
/// O(n log n) comparisons.
fn merge_sort<T: Copy + Default>(v: &mut Vec<T>, greater: impl Fn(&T, &T) -> bool) {
    const RUN: usize = 8;
    let n = v.len();
    for start in (0..n).step_by(RUN) {
        for i in start + 1..(start + RUN).min(n) {
            let mut j = i;
            while j > start && greater(&v[j - 1], &v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut merged = vec![T::default(); n];
    let mut width = RUN;
    while width < n {
        for lo in (0..n).step_by(2 * width) {
            let (mid, hi) = ((lo + width).min(n), (lo + 2 * width).min(n));
            let (mut i, mut j) = (lo, mid);
            for slot in &mut merged[lo..hi] {
                let left = i < mid && (j >= hi || !greater(&v[i], &v[j]));
                *slot = if left { v[i] } else { v[j] };
                if left {
                    i += 1;
                } else {
                    j += 1;
                }
            }
        }
        std::mem::swap(v, &mut merged);
        width *= 2;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_ranges_cover_their_precision() {
        assert_eq!(date_range("2026-01-30"), Some((20260130, 20260130)));
        assert_eq!(date_range("2025-08"), Some((20250801, 20250831)));
        assert_eq!(date_range("2025"), Some((20250101, 20251231)));
        assert_eq!(date_range("2025-13"), None);
        assert_eq!(date_range("20-01-01"), None);
        assert_eq!(date_range("2025-01-01-01"), None);
        assert_eq!(date_range(""), None);
    }

    #[test]
    fn sort_by_dyn_is_stable_and_complete() {
        let mut v = vec![(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd'), (1, 'e')];
        sort_by_dyn(&mut v, &|a, b| a.0.cmp(&b.0));
        assert_eq!(v, [(0, 'd'), (1, 'b'), (1, 'e'), (2, 'a'), (2, 'c')]);
        let mut empty: Vec<u8> = Vec::new();
        sort_by_dyn(&mut empty, &|a, b| a.cmp(b));
        assert!(empty.is_empty());
    }

    #[test]
    fn sort_by_dyn_agrees_with_the_standard_stable_sort() {
        // Lengths around the run size and powers of two, many ties.
        for n in [2usize, 7, 8, 9, 16, 17, 63, 64, 65, 1000, 1031] {
            let mut x = n as u64;
            let v: Vec<(u64, usize)> = (0..n)
                .map(|i| {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((x >> 33) % 13, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_dyn(&mut ours, &|a, b| b.0.cmp(&a.0));
            let mut std = v;
            std.sort_by_key(|x| std::cmp::Reverse(x.0));
            assert_eq!(ours, std, "n = {n}");
            let mut keys: Vec<u128> = std.iter().map(|x| ((x.0 as u128) << 64) | x.1 as u128).collect();
            keys.reverse();
            let mut sorted = keys.clone();
            sorted.sort_unstable();
            sort_keys(&mut keys);
            assert_eq!(keys, sorted, "n = {n}");
        }
    }
}
