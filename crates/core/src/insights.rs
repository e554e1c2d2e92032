//! What the explorer derives from a result set besides the list itself: the timeline
//! of events, who appears with whom, the date histogram, exports and citations.
//!
//! These are plain functions of the corpus and the matching article ids, tested
//! natively; the components only draw what they return.

use crate::index::Facet;
use crate::labels::{display_date_in, tr};
use crate::model::{sort_by_dyn, Document, Event};
use crate::state::UiLang;
use std::collections::HashSet;

/// The events mentioned by any of the given articles (positions in the corpus), in
/// date order, each with the ids of its articles that are among them.
pub fn timeline<'a>(
    events: &'a [Event],
    documents: &[Document],
    docs: &[u32],
) -> Vec<(&'a Event, Vec<&'a str>)> {
    let ids: HashSet<&str> =
        docs.iter().filter_map(|&d| documents.get(d as usize)).map(|d| d.id.as_str()).collect();
    let mut out: Vec<(&Event, Vec<&str>)> = events
        .iter()
        .filter_map(|e| {
            let mine: Vec<&str> = e.docs.iter().map(String::as_str).filter(|id| ids.contains(id)).collect();
            (!mine.is_empty()).then_some((e, mine))
        })
        .collect();
    sort_by_dyn(&mut out, &|a, b| a.0.date.cmp(&b.0.date));
    out
}

/// Who appears with whom among the given articles: the `limit` most frequent people
/// and, for each pair, the number of articles that mention both (the diagonal holds
/// each person's own count).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Cooccurrence {
    /// People, most frequent first.
    pub people: Vec<String>,
    /// `counts[i][j]`: articles mentioning both `people[i]` and `people[j]`.
    pub counts: Vec<Vec<u32>>,
}

/// Computes [`Cooccurrence`] over the given articles.
pub fn cooccurrence(documents: &[Document], docs: &[u32], limit: usize) -> Cooccurrence {
    let chosen: Vec<&Document> = docs.iter().filter_map(|&d| documents.get(d as usize)).collect();
    let mut freq: Vec<(String, u32)> = Vec::new();
    for d in &chosen {
        for p in &d.persons {
            match freq.iter_mut().find(|(n, _)| n == p) {
                Some((_, c)) => *c += 1,
                None => freq.push((p.clone(), 1)),
            }
        }
    }
    sort_by_dyn(&mut freq, &|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    freq.truncate(limit);
    let people: Vec<String> = freq.into_iter().map(|(n, _)| n).collect();
    let mut counts = vec![vec![0u32; people.len()]; people.len()];
    for d in &chosen {
        let present: Vec<usize> =
            people.iter().enumerate().filter(|(_, p)| d.persons.contains(p)).map(|(i, _)| i).collect();
        for &i in &present {
            for &j in &present {
                counts[i][j] += 1;
            }
        }
    }
    Cooccurrence { people, counts }
}

/// [`cooccurrence`] computed from the person facet's article lists instead of the
/// articles' metadata (the same answer: a facet value's list holds every article naming
/// that person), so that a chunked build draws the matrix with no article's metadata.
pub fn cooccurrence_in(persons: &Facet, n_docs: u32, docs: &[u32], limit: usize) -> Cooccurrence {
    let mut chosen = vec![false; n_docs as usize];
    for &d in docs {
        if let Some(c) = chosen.get_mut(d as usize) {
            *c = true;
        }
    }
    let among = |list: &[u32]| list.iter().filter(|&&d| chosen.get(d as usize) == Some(&true)).count() as u32;
    let mut freq: Vec<(&str, u32, &[u32])> = persons
        .values
        .iter()
        .map(|v| (v.label.as_str(), among(&v.docs), v.docs.as_slice()))
        .filter(|(_, c, _)| *c > 0)
        .collect();
    sort_by_dyn(&mut freq, &|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    freq.truncate(limit);
    let mut counts = vec![vec![0u32; freq.len()]; freq.len()];
    for (i, a) in freq.iter().enumerate() {
        for (j, b) in freq.iter().enumerate() {
            counts[i][j] = if i == j {
                a.1
            } else {
                // Both lists are sorted: walk them together.
                let (mut x, mut y, mut n) = (0, 0, 0);
                while x < a.2.len() && y < b.2.len() {
                    match a.2[x].cmp(&b.2[y]) {
                        std::cmp::Ordering::Less => x += 1,
                        std::cmp::Ordering::Greater => y += 1,
                        std::cmp::Ordering::Equal => {
                            n += u32::from(chosen.get(a.2[x] as usize) == Some(&true));
                            x += 1;
                            y += 1;
                        }
                    }
                }
                n
            };
        }
    }
    Cooccurrence { people: freq.into_iter().map(|(n, _, _)| n.to_string()).collect(), counts }
}

/// [`timeline`] with the events' articles given as positions (`event_docs[e][k]` is
/// the position of `events[e].docs[k]`, `u32::MAX` if no article has that id), as a
/// chunked build stores them: no article's metadata is needed to know which events
/// the results mention.
pub fn timeline_at<'a>(
    events: &'a [Event],
    event_docs: &[Vec<u32>],
    docs: &[u32],
) -> Vec<(&'a Event, Vec<&'a str>)> {
    let chosen: HashSet<u32> = docs.iter().copied().collect();
    let mut out: Vec<(&Event, Vec<&str>)> = events
        .iter()
        .zip(event_docs)
        .filter_map(|(e, at)| {
            let mine: Vec<&str> = e
                .docs
                .iter()
                .zip(at)
                .filter(|(_, p)| chosen.contains(p))
                .map(|(id, _)| id.as_str())
                .collect();
            (!mine.is_empty()).then_some((e, mine))
        })
        .collect();
    sort_by_dyn(&mut out, &|a, b| a.0.date.cmp(&b.0.date));
    out
}

/// One bar of the date histogram.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// The period, `YYYY-MM` (or `YYYY-MM-DD` when drilling into a month).
    pub period: String,
    /// First day of the period, `yyyymmdd`.
    pub first: u32,
    /// Last day of the period, `yyyymmdd`.
    pub last: u32,
    /// Matching articles dated in the period.
    pub count: u32,
    /// Of which estimated.
    pub estimated: u32,
}

/// Articles per period between the corpus's first and last dated months (empty periods
/// included, so the bars show gaps), counting the given articles. The period follows
/// the spread: months up to ten years, then years up to a century, then decades (the
/// bar's `period` is then the decade's first year), so the bars always fit their box.
/// `days[i]` is the day range of article `i` (the index's `days`, parsed once at build
/// time: this runs on every keystroke).
pub fn histogram(estimated: &[bool], days: &[Option<(u32, u32)>], docs: &[u32]) -> Vec<Bar> {
    let month = |i: usize| days.get(i).copied().flatten().map(|(a, _)| a / 100);
    let all = (0..days.len()).filter_map(month);
    let (Some(lo), Some(hi)) = (all.clone().min(), all.max()) else { return Vec::new() };
    let months = (hi / 100 - lo / 100) * 12 + hi % 100 - lo % 100 + 1;
    // Years per bar: 0 for months.
    let span = match months {
        0..=120 => 0,
        121..=1200 => 1,
        _ => 10,
    };
    let slot = |m: u32| -> u32 {
        match span {
            0 => (m / 100 - lo / 100) * 12 + m % 100 - lo % 100,
            n => (m / 100) / n - (lo / 100) / n,
        }
    };
    let mut bars = Vec::new();
    let mut m = lo;
    while m <= hi && bars.len() < 600 {
        let (period, first, last, next) = match span {
            0 => (
                format!("{:04}-{:02}", m / 100, m % 100),
                m * 100 + 1,
                m * 100 + 31,
                if m % 100 == 12 { (m / 100 + 1) * 100 + 1 } else { m + 1 },
            ),
            n => {
                let y = (m / 100) / n * n;
                (format!("{y:04}"), y * 10000 + 101, (y + n - 1) * 10000 + 1231, (y + n) * 100 + 1)
            }
        };
        bars.push(Bar { period, first, last, count: 0, estimated: 0 });
        m = next;
    }
    for &d in docs {
        let Some(m) = month(d as usize) else { continue };
        if let Some(bar) = bars.get_mut(slot(m) as usize) {
            bar.count += 1;
            bar.estimated += estimated.get(d as usize).copied().unwrap_or(false) as u32;
        }
    }
    bars
}

/// Quotes a CSV field when needed (RFC 4180), and defuses spreadsheet formulas.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// The given articles as CSV: one row each with id, headline, publisher, date, its
/// precision and whether estimated, people, topics, file.
pub fn export_csv<'a>(docs: impl IntoIterator<Item = &'a Document>) -> String {
    let mut out =
        String::from("id,title,publisher,date,date_precision,date_estimated,persons,topics,file\r\n");
    for d in docs {
        let row = [
            d.id.clone(),
            d.title.clone(),
            d.publisher.clone().unwrap_or_default(),
            d.date.clone().unwrap_or_default(),
            d.date_precision.map(|p| p.as_str().to_string()).unwrap_or_default(),
            d.date_estimated.to_string(),
            d.persons.join("; "),
            d.topics.join("; "),
            d.file.clone(),
        ];
        out.push_str(&row.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// Escapes a string as a JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // Also escape what could close a <script> if someone inlines the export.
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn json_list(items: &[String]) -> String {
    format!("[{}]", items.iter().map(|s| json_str(s)).collect::<Vec<_>>().join(","))
}

fn json_opt(s: &Option<String>) -> String {
    s.as_deref().map(json_str).unwrap_or_else(|| "null".into())
}

/// The given articles as a JSON array (metadata and full cleaned text), the date's
/// evidence said in `lang`.
pub fn export_json<'a>(docs: impl IntoIterator<Item = &'a Document>, lang: UiLang) -> String {
    let rows: Vec<String> = docs
        .into_iter()
        .map(|d| {
            format!(
                "{{\"id\":{},\"title\":{},\"publisher\":{},\"authors\":{},\"date\":{},\"date_precision\":{},\"date_estimated\":{},\"date_evidence\":{},\"persons\":{},\"topics\":{},\"places\":{},\"orgs\":{},\"file\":{},\"paragraphs\":{}}}",
                json_str(&d.id),
                json_str(&d.title),
                json_opt(&d.publisher),
                json_list(&d.authors),
                json_opt(&d.date),
                d.date_precision.map(|p| json_str(p.as_str())).unwrap_or_else(|| "null".into()),
                d.date_estimated,
                json_str(d.date_evidence.get(lang)),
                json_list(&d.persons),
                json_list(&d.topics),
                json_list(&d.places),
                json_list(&d.orgs),
                json_str(&d.file),
                json_list(&d.paragraphs),
            )
        })
        .collect();
    format!("[\n{}\n]\n", rows.join(",\n"))
}

/// A citation for an article: `Authors. “Headline.” Publisher, date. (file)`.
pub fn citation(d: &Document) -> String {
    citation_in(d, UiLang::En)
}

/// [`citation`] in a language (the date and "Source file" in it).
pub fn citation_in(d: &Document, lang: UiLang) -> String {
    let mut out = String::new();
    if !d.authors.is_empty() {
        out.push_str(&d.authors.join(", "));
        out.push_str(". ");
    }
    out.push_str(&format!("“{}.” ", d.title.trim_end_matches('.')));
    if let Some(p) = &d.publisher {
        out.push_str(p);
        out.push_str(", ");
    }
    out.push_str(&display_date_in(d.date.as_deref(), d.date_precision, d.date_estimated, lang));
    out.push_str(&format!(". {}: {}.", tr(lang).source_file, d.file));
    out
}

/// The month (`yyyymm`) a date range lies in when it lies within one month: the
/// histogram then drills down to that month's days.
pub fn drilled_month(from: Option<u32>, to: Option<u32>) -> Option<u32> {
    let (from, to) = (from?, to?);
    (from / 100 == to / 100 && from <= to).then_some(from / 100)
}

/// Articles per day of one month (`yyyymm`), every day included, counting the given
/// articles dated to a day of that month (one dated only by the month has no day).
pub fn day_histogram(estimated: &[bool], days: &[Option<(u32, u32)>], docs: &[u32], month: u32) -> Vec<Bar> {
    let (y, m) = (month / 100, month % 100);
    if !(1..=12).contains(&m) {
        return Vec::new();
    }
    let mut bars: Vec<Bar> = (1..=crate::calendar::days_in_month(y as i32, m))
        .map(|d| Bar {
            period: format!("{y:04}-{m:02}-{d:02}"),
            first: month * 100 + d,
            last: month * 100 + d,
            count: 0,
            estimated: 0,
        })
        .collect();
    for &d in docs {
        if let Some(&Some((first, last))) = days.get(d as usize) {
            if first == last && first / 100 == month {
                let bar = &mut bars[(first % 100 - 1) as usize];
                bar.count += 1;
                bar.estimated += estimated.get(d as usize).copied().unwrap_or(false) as u32;
            }
        }
    }
    bars
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Corpus, Precision};

    fn corpus() -> Corpus {
        let d = |id: &str, people: &[&str], date: &str| Document {
            id: id.into(),
            file: format!("{id}.txt"),
            title: format!("Title {id}, \"quoted\""),
            persons: people.iter().map(|s| s.to_string()).collect(),
            date: Some(date.into()),
            date_precision: Some(Precision::Day),
            ..Default::default()
        };
        Corpus {
            documents: vec![
                d("a", &["Ann Lee", "Bo Kim"], "2024-01-05"),
                d("b", &["Bo Kim"], "2024-03-09"),
                d("c", &[], "2024-03-10"),
            ],
            events: vec![
                Event {
                    date: "2024-02".into(),
                    text: "Later".into(),
                    docs: vec!["b".into()],
                    ..Default::default()
                },
                Event {
                    date: "2023-12-01".into(),
                    text: "Earlier".into(),
                    docs: vec!["a".into(), "b".into()],
                    ..Default::default()
                },
            ],
            ..Default::default()
        }
    }

    #[test]
    fn timeline_follows_the_results() {
        let c = corpus();
        let t = timeline(&c.events, &c.documents, &[0, 1]);
        assert_eq!(t.iter().map(|(e, _)| e.text.as_str()).collect::<Vec<_>>(), ["Earlier", "Later"]);
        let t = timeline(&c.events, &c.documents, &[0]);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].1, ["a"]);
    }

    #[test]
    fn cooccurrence_counts_pairs() {
        let c = corpus();
        let m = cooccurrence(&c.documents, &[0, 1, 2], 10);
        assert_eq!(m.people, ["Bo Kim", "Ann Lee"]);
        assert_eq!(m.counts, vec![vec![2, 1], vec![1, 1]]);
    }

    fn days(c: &Corpus) -> Vec<Option<(u32, u32)>> {
        c.documents.iter().map(Document::day_range).collect()
    }

    fn estimated(c: &Corpus) -> Vec<bool> {
        c.documents.iter().map(|d| d.date_estimated).collect()
    }

    #[test]
    fn histogram_spans_years() {
        let mut c = corpus();
        c.documents[0].date = Some("2023-11-20".into());
        let h = histogram(&estimated(&c), &days(&c), &[0, 1, 2]);
        assert_eq!(h.first().map(|b| b.period.as_str()), Some("2023-11"));
        assert_eq!(h.len(), 5, "Nov, Dec, Jan, Feb, Mar");
        assert_eq!(h.iter().map(|b| b.count).collect::<Vec<_>>(), [1, 0, 0, 0, 2]);
    }

    #[test]
    fn histogram_has_every_month() {
        let c = corpus();
        let h = histogram(&estimated(&c), &days(&c), &[0, 1, 2]);
        assert_eq!(h.iter().map(|b| b.count).collect::<Vec<_>>(), [1, 0, 2]);
        assert_eq!(h[1].period, "2024-02");
        assert!(histogram(&[], &[], &[]).is_empty());
        // A spread of decades: one bar a year, then one a decade, never hundreds.
        let wide = [Some((19300101, 19301231)), Some((20040301, 20040331)), Some((20050101, 20050101))];
        let h = histogram(&[false; 3], &wide, &[0, 1, 2]);
        assert_eq!(h.len(), 76);
        assert_eq!((h[0].period.as_str(), h[0].count), ("1930", 1));
        assert_eq!(
            (h[74].period.as_str(), h[74].first, h[74].last, h[74].count),
            ("2004", 20040101, 20041231, 1)
        );
        let wider = [Some((15000101, 15000101)), Some((20050101, 20050101))];
        let h = histogram(&[false; 2], &wider, &[0, 1]);
        assert_eq!((h.len(), h[0].period.as_str(), h[50].period.as_str()), (51, "1500", "2000"));
        assert_eq!(h.iter().map(|b| b.count).sum::<u32>(), 2);
    }

    #[test]
    fn histogram_drills_down_to_days() {
        let c = corpus();
        assert_eq!(drilled_month(Some(20240301), Some(20240331)), Some(202403));
        assert_eq!(drilled_month(Some(20240301), Some(20240401)), None);
        assert_eq!(drilled_month(None, Some(20240331)), None);
        let per_day = day_histogram(&estimated(&c), &days(&c), &[0, 1, 2], 202403);
        assert_eq!(per_day.len(), 31);
        assert_eq!((per_day[8].period.as_str(), per_day[8].count), ("2024-03-09", 1));
        assert_eq!(per_day[9].count, 1);
        assert_eq!(per_day.iter().map(|b| b.count).sum::<u32>(), 2);
        assert_eq!(
            day_histogram(&estimated(&c), &days(&c), &[0, 1, 2], 202402).len(),
            29,
            "2024 is a leap year"
        );
        assert!(day_histogram(&estimated(&c), &days(&c), &[], 202413).is_empty());
    }

    #[test]
    fn exports_are_well_formed() {
        let c = corpus();
        let csv = export_csv(&c.documents[..1]);
        assert!(csv.contains("\"Title a, \"\"quoted\"\"\""), "{csv}");
        assert_eq!(csv.lines().count(), 2);
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        let json = export_json(&c.documents[..2], UiLang::En);
        assert!(json.contains("\"title\":\"Title a, \\\"quoted\\\"\""), "{json}");
        assert_eq!(json_str("</script>\u{2028}"), "\"\\u003c/script>\\u2028\"");
        assert!(citation(&c.documents[0]).starts_with("“Title a"));
    }
}
