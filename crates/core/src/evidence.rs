//! Why an article has its date, and why two articles are related, as data.
//!
//! The extraction decides these at build time as types (what was read where, which
//! events bound an estimate, which related articles lent a date), and
//! [`date_evidence_in`] and [`related_reason_in`] say them with the templates of
//! [`crate::labels::Tr`], in English or Spanish. Dates are `YYYY`, `YYYY-MM` or
//! `YYYY-MM-DD` strings, shown by [`crate::labels::display_date_in`].
//!
//! The app only ever shows a date's evidence, never reasons on it, so the build says it
//! once in every interface language ([`Said`]) and the document carries the sentences:
//! decoding ten evidence types in the browser cost 2.2 KB of the served app's brotli
//! and saying them another 1.2 KB, against a budget of 120 KB. A related article's
//! reason ([`RelatedWhy`]) is small and travels as its type.

use crate::labels::{display_date_in, fill, tr};
use crate::model::Precision;
use crate::state::UiLang;
use serde::{Deserialize, Serialize};

/// Where a stated publication date was read.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum DateSource {
    /// A `<meta>` of the page, by its name (`article:published_time`).
    Meta(String),
    /// The page's schema.org metadata, by its property (`datePublished`).
    SchemaOrg(String),
    /// The article's `<time>` element.
    TimeElement,
    /// A field of a record or of a Markdown front matter, by its name.
    Field(String),
    /// A line of the page header ("Published 4 March 2025").
    Header,
    /// The opening dateline ("LONDON, 3 March 2025 -").
    Dateline,
}

/// How an ambiguous numeric date (`05/02/2026`) was read.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// The other reading falls before events the article reports.
    AfterEvents,
    /// Day first: a non-US page (its language or a 24-hour clock).
    DayFirst,
    /// Month first: a US page.
    MonthFirst,
}

/// The year a dateline without one ("WASHINGTON, Feb 26 -") takes.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum YearFrom {
    /// The year most of the collection's articles are written in.
    Collection(i32),
    /// The year after the collection's, as the article reports a later day as past.
    NextYear {
        /// The collection's year.
        collection: i32,
        /// The day reported as past.
        past: String,
    },
}

/// An event that bounds an estimated date, as the article tells it.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Bound {
    /// The event's date.
    pub date: String,
    /// The words that date it ("issue an August 8, 2025, memo", or "weeks later").
    pub quote: String,
    /// How the date was reached.
    pub how: BoundHow,
}

/// How a bound's date was reached.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub enum BoundHow {
    /// The article names it.
    Named,
    /// Counted from an earlier dated event ("weeks later" after 3 March).
    After(String),
    /// An upcoming month without a year, the year taken from the events before it.
    Upcoming,
}

/// A related article that lent its date.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Lender {
    /// Its id.
    pub id: String,
    /// Its headline, quoted short.
    pub title: String,
    /// Its date.
    pub date: String,
    /// True when its own date is an estimate.
    pub estimated: bool,
}

/// Why an article has its date, or none.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub enum DateWhy {
    /// The article states none and mentions no dated event or related dated article.
    #[default]
    Undated,
    /// Stated: the words read, where, and how an ambiguous numeric date was read
    /// (its words, the date taken, why).
    Stated {
        /// The line the date was read from.
        quote: String,
        /// Where.
        source: DateSource,
        /// An ambiguous date's reading: its words, the date taken, why.
        reading: Option<(String, String, Reading)>,
    },
    /// A wire dateline's day and month, with a year from the collection.
    Dateline {
        /// The dateline ("WASHINGTON, Feb 26").
        quote: String,
        /// The year taken.
        year: i32,
        /// Why that year.
        from: YearFrom,
    },
    /// Estimated from the latest past event the article mentions, and the next
    /// upcoming one when there is one (else: the article is not earlier).
    Bounds {
        /// The latest past event.
        past: Bound,
        /// The next upcoming event.
        next: Option<Bound>,
    },
    /// Estimated from a deictic expression beside a dated mention ("last week, on
    /// March 3"): the article falls between two days.
    Deictic {
        /// The expression ("Last week").
        words: String,
        /// The day it stands beside.
        beside: String,
        /// First day of the window.
        from: String,
        /// Last day of the window.
        to: String,
    },
    /// Lent by the closest related dated articles, with the opening dateline's day and
    /// month when there is one.
    Related {
        /// The dateline whose day and month were kept.
        dateline: Option<String>,
        /// The articles that lent the date.
        lenders: Vec<Lender>,
    },
}

/// A time word of an estimated article, read against its date.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct TenseCue {
    /// The words ("In July", "Weeks later").
    pub quote: String,
    /// For a month without a year: upcoming or not, and the month it was read as.
    pub read_as: Option<(bool, String)>,
}

/// Why an article has its date: the reason and, for an estimate, its own time words.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct DateEvidence {
    /// The reason.
    pub why: DateWhy,
    /// The article's time words, for an estimate (at most four).
    pub cues: Vec<TenseCue>,
}

/// Why two articles are related.
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub enum RelatedWhy {
    /// Nothing named in common: their wording is alike.
    #[default]
    Wording,
    /// The people, topics and organisations they share, most telling first.
    Shares(Vec<String>),
}

/// A sentence said at build time in every interface language, indexed by
/// [`UiLang`]: what the app shows of a type it never decodes ([`DateEvidence`]).
#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq, Eq)]
pub struct Said([String; 2]);

impl Said {
    /// Says something in each language of [`UiLang::ALL`].
    pub fn new(mut say: impl FnMut(UiLang) -> String) -> Said {
        Said(UiLang::ALL.map(&mut say))
    }

    /// The sentence in `lang`.
    pub fn get(&self, lang: UiLang) -> &str {
        &self.0[lang as usize]
    }
}

impl DateEvidence {
    /// This evidence said in every interface language, as documents carry it.
    pub fn said(&self) -> Said {
        Said::new(|lang| date_evidence_in(self, lang))
    }
}

/// A date of the evidence as the interface shows dates ("8 Aug 2025", "ago 2025").
fn day(date: &str, lang: UiLang) -> String {
    let precision = match date.len() {
        4 => Precision::Year,
        7 => Precision::Month,
        _ => Precision::Day,
    };
    display_date_in(Some(date), Some(precision), false, lang)
}

fn bound_in(b: &Bound, lang: UiLang) -> String {
    let t = tr(lang);
    let date = day(&b.date, lang);
    match &b.how {
        BoundHow::Named => fill(t.ev_bounds[0], &[&date, &b.quote]),
        BoundHow::After(prev) => fill(t.ev_bounds[1], &[&date, &b.quote, &day(prev, lang)]),
        BoundHow::Upcoming => fill(t.ev_bounds[2], &[&date, &b.quote]),
    }
}

/// The evidence of an article's date as a sentence in `lang`.
pub fn date_evidence_in(e: &DateEvidence, lang: UiLang) -> String {
    let t = tr(lang);
    let mut out = match &e.why {
        DateWhy::Undated => t.ev_undated.to_string(),
        DateWhy::Stated { quote, source, reading } => {
            let place = match source {
                DateSource::Meta(n) => fill(t.ev_sources[0], &[n]),
                DateSource::SchemaOrg(n) => fill(t.ev_sources[1], &[n]),
                DateSource::TimeElement => t.ev_sources[2].to_string(),
                DateSource::Field(n) => fill(t.ev_sources[3], &[n]),
                DateSource::Header => t.ev_sources[4].to_string(),
                DateSource::Dateline => t.ev_sources[5].to_string(),
            };
            let mut s = fill(t.ev_stated, &[quote, &place]);
            if let Some((words, date, how)) = reading {
                s += &fill(t.ev_readings[*how as usize], &[words, &day(date, lang)]);
            }
            s
        }
        DateWhy::Dateline { quote, year, from } => {
            let why = match from {
                YearFrom::Collection(y) => fill(t.ev_years[0], &[&y.to_string()]),
                YearFrom::NextYear { collection, past } => {
                    fill(t.ev_years[1], &[&collection.to_string(), &day(past, lang)])
                }
            };
            fill(t.ev_dateline, &[quote, &year.to_string(), &why])
        }
        DateWhy::Bounds { past, next: Some(next) } => {
            fill(t.ev_between, &[&bound_in(past, lang), &bound_in(next, lang)])
        }
        DateWhy::Bounds { past, next: None } => fill(t.ev_not_earlier, &[&bound_in(past, lang)]),
        DateWhy::Deictic { words, beside, from, to } => {
            fill(t.ev_deictic, &[words, &day(beside, lang), &day(from, lang), &day(to, lang)])
        }
        DateWhy::Related { dateline, lenders } => {
            let names: Vec<String> = lenders
                .iter()
                .map(|l| fill(t.ev_lenders[l.estimated as usize], &[&l.id, &l.title, &day(&l.date, lang)]))
                .collect();
            let related = fill(t.ev_related, &[&names.join("; ")]);
            match dateline {
                Some(d) => fill(t.ev_related_dateline, &[d, &related]),
                None => related,
            }
        }
    };
    if !e.cues.is_empty() {
        let cues: Vec<String> = e
            .cues
            .iter()
            .map(|c| match &c.read_as {
                Some((upcoming, date)) => {
                    fill(t.ev_cue, &[&c.quote, t.ev_tenses[*upcoming as usize], &day(date, lang)])
                }
                None => format!("“{}”", c.quote),
            })
            .collect();
        out += &fill(t.ev_cues, &[&cues.join(", ")]);
    }
    out
}

/// Why two articles are related, as a phrase in `lang` ("Shares Ines Valdor, visa
/// waiver program").
pub fn related_reason_in(r: &RelatedWhy, lang: UiLang) -> String {
    let t = tr(lang);
    match r {
        RelatedWhy::Wording => t.rel_wording.to_string(),
        RelatedWhy::Shares(v) => fill(t.rel_shares, &[&v.join(", ")]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_said_in_both_languages() {
        let e = DateEvidence {
            why: DateWhy::Bounds {
                past: Bound {
                    date: "2025-08-08".into(),
                    quote: "an August 8, 2025, memo".into(),
                    how: BoundHow::Named,
                },
                next: Some(Bound {
                    date: "2025-09".into(),
                    quote: "in September".into(),
                    how: BoundHow::Upcoming,
                }),
            },
            cues: vec![
                TenseCue { quote: "In July".into(), read_as: Some((false, "2025-07".into())) },
                TenseCue { quote: "Weeks later".into(), read_as: None },
            ],
        };
        assert_eq!(
            date_evidence_in(&e, UiLang::En),
            "Estimated: latest past event mentioned is 8 Aug 2025 (“an August 8, 2025, memo”); next \
             upcoming is Sep 2025 (“in September”, upcoming, year taken from the events before it); \
             tense cues: “In July” (past: Jul 2025), “Weeks later”"
        );
        let es = date_evidence_in(&e, UiLang::Es);
        assert!(es.starts_with("Estimada: el último hecho pasado que menciona es 8 ago 2025"), "{es}");
        assert!(es.contains("(pasado: jul 2025)"), "{es}");
        let stated = DateEvidence {
            why: DateWhy::Stated {
                quote: "05/02/2026".into(),
                source: DateSource::Meta("date".into()),
                reading: Some(("05/02/2026".into(), "2026-02-05".into(), Reading::DayFirst)),
            },
            cues: vec![],
        };
        assert_eq!(
            date_evidence_in(&stated, UiLang::En),
            "Stated: “05/02/2026” in the page's metadata (date); “05/02/2026” read day-first as 5 Feb \
             2026 (non-US page: language or 24-hour clock)"
        );
        assert!(date_evidence_in(&DateEvidence::default(), UiLang::Es).starts_with("Sin fecha"));
        let shares = RelatedWhy::Shares(vec!["Ines Valdor".into(), "visa waiver program".into()]);
        assert_eq!(related_reason_in(&shares, UiLang::En), "Shares Ines Valdor, visa waiver program");
        assert_eq!(related_reason_in(&shares, UiLang::Es), "Comparte Ines Valdor, visa waiver program");
    }
}
