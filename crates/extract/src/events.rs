//! Dated events: sentences that place something in time.
//!
//! "In July 2025, the secretary visited…", "an August 8, 2025, memo", "In September,
//! the United States offered…": each such sentence of an article body becomes an
//! event, its date resolved against the article's own date when the text omits the
//! year. The same event told by several articles (same date, overlapping key words) is
//! merged into one, listing every article that mentions it.

use super::dates::{resolve_year, BodyDate, Ymd};
use super::lexicon::fold_fast as fold;
use explorer_core::model::Event;
use explorer_core::text::{stem, Lang};
use std::collections::{HashMap, HashSet};

/// The dated sentences of one article.
pub struct DocEvents<'a> {
    /// Article id.
    pub id: &'a str,
    /// The article's date, to resolve months named without a year.
    pub date: Option<Ymd>,
    /// Dated references of its body.
    pub dates: &'a [BodyDate],
    /// Language, for stemming.
    pub lang: Lang,
}

fn key_terms(s: &str, lang: Lang) -> HashSet<String> {
    let sw = super::lexicon::stopwords();
    explorer_core::text::terms(s)
        .into_iter()
        .filter(|t| t.len() >= 4 && !sw.contains(t) && !t.chars().all(|c| c.is_ascii_digit()))
        .map(|t| stem(&fold(&t), lang))
        .collect()
}

/// Collects and merges the events of the corpus, in date order.
pub fn collect(docs: &[DocEvents]) -> Vec<Event> {
    struct Acc {
        date: Ymd,
        text: String,
        terms: HashSet<String>,
        docs: Vec<String>,
    }
    let mut by_date: HashMap<String, Vec<Acc>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    // The timeline covers the stretch of time the articles are dated in (a year either
    // side): "first played in 1903" or "by 2050" is an aside, not an event of the
    // story. With no dated article there is no such stretch, and no timeline.
    let years: Vec<i32> = docs.iter().filter_map(|d| d.date.map(|x| x.y)).collect();
    let span = years.iter().min().zip(years.iter().max()).map(|(a, b)| (a - 1, b + 1));
    for d in docs {
        let mut seen: HashSet<(String, String)> = HashSet::new();
        for b in d.dates {
            let mut date = b.mention.date;
            if date.y == 0 {
                match d.date {
                    Some(r) => date = resolve_year(date, r, b.future),
                    None => continue,
                }
            }
            if !date.valid() || date.y == 0 || span.is_none_or(|(lo, hi)| date.y < lo || date.y > hi) {
                continue;
            }
            let iso = date.iso();
            let text = b.sentence.trim().to_string();
            if text.split_whitespace().count() < 4 || !seen.insert((iso.clone(), text.clone())) {
                continue;
            }
            let terms = key_terms(&text, d.lang);
            let list = by_date.entry(iso.clone()).or_insert_with(|| {
                order.push(iso.clone());
                Vec::new()
            });
            // Only recent events of that date are compared, to stay linear on big corpora.
            let same = list.iter_mut().rev().take(64).find(|a| {
                let shared = a.terms.intersection(&terms).count();
                let union = a.terms.union(&terms).count().max(1);
                shared >= 3 || shared as f64 / union as f64 >= 0.25
            });
            match same {
                Some(a) => {
                    if !a.docs.iter().any(|x| x == d.id) {
                        a.docs.push(d.id.to_string());
                    }
                }
                None => list.push(Acc { date, text, terms, docs: vec![d.id.to_string()] }),
            }
        }
    }
    let mut out: Vec<(Ymd, Event)> = Vec::new();
    for iso in order {
        for a in by_date.remove(&iso).unwrap_or_default() {
            out.push((
                a.date,
                Event { date: a.date.iso(), precision: Some(a.date.precision()), text: a.text, docs: a.docs },
            ));
        }
    }
    out.sort_by(|a, b| {
        a.0.first()
            .cmp(&b.0.first())
            .then(a.0.precision().cmp(&b.0.precision()))
            .then(a.1.text.cmp(&b.1.text))
    });
    out.into_iter().map(|x| x.1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::body_dates;

    #[test]
    fn events_resolve_and_merge() {
        let a =
            body_dates(&["In March 2024, the mayor opened the harbor tunnel to traffic.".to_string()], false);
        let b = body_dates(
            &[
                "In March, the mayor opened the new harbor tunnel.".to_string(),
                "The vote was in 1998 for sure.".to_string(),
            ],
            false,
        );
        let docs = [
            DocEvents { id: "a", date: Some(Ymd::day(2024, 5, 1)), dates: &a, lang: Lang::En },
            DocEvents { id: "b", date: Some(Ymd { y: 2024, m: 6, d: 0 }), dates: &b, lang: Lang::En },
        ];
        let ev = collect(&docs);
        // 1998 is an aside: no article is dated near it.
        assert_eq!(ev.len(), 1, "{ev:?}");
        assert_eq!(ev[0].date, "2024-03");
        assert_eq!(ev[0].docs, ["a", "b"]);
        // Undated articles make no timeline.
        let undated = [DocEvents { id: "a", date: None, dates: &a, lang: Lang::En }];
        assert!(collect(&undated).is_empty());
    }
}
