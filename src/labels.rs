//! Words and formats the interface shows, kept out of the components.
//!
//! Date formatting and facet titles are plain functions so that they are tested
//! natively and every component says the same thing the same way.

use crate::index::FacetKind;
use crate::model::Precision;
use crate::state::Filter;

const MONTHS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Title of a facet group.
pub fn facet_title(kind: FacetKind) -> &'static str {
    match kind {
        FacetKind::Person => "People",
        FacetKind::Topic => "Topics",
        FacetKind::Publisher => "Publishers",
        FacetKind::Place => "Places",
        FacetKind::Org => "Organisations",
        FacetKind::Section => "Sections",
    }
}

/// Singular name of a facet, for chips ("Person: Kristi Noem").
pub fn facet_singular(kind: FacetKind) -> &'static str {
    match kind {
        FacetKind::Person => "Person",
        FacetKind::Topic => "Topic",
        FacetKind::Publisher => "Publisher",
        FacetKind::Place => "Place",
        FacetKind::Org => "Organisation",
        FacetKind::Section => "Section",
    }
}

/// A date for people: `30 Jan 2026`, `Aug 2025` or `2025`, with `≈` when estimated.
pub fn display_date(date: Option<&str>, precision: Option<Precision>, estimated: bool) -> String {
    let Some(date) = date else { return "Undated".into() };
    let parts: Vec<&str> = date.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied();
    let text = match (parts.as_slice(), precision) {
        ([y, m, d], Some(Precision::Day) | None) => match month(m) {
            Some(mn) => format!("{} {mn} {y}", d.trim_start_matches('0')),
            None => date.to_string(),
        },
        ([y, m, ..], Some(Precision::Day | Precision::Month) | None) => match month(m) {
            Some(mn) => format!("{mn} {y}"),
            None => date.to_string(),
        },
        ([y, ..], _) => y.to_string(),
        _ => date.to_string(),
    };
    if estimated {
        format!("≈ {text}")
    } else {
        text
    }
}

/// The text of an active-filter chip.
pub fn filter_chip(filter: &Filter) -> String {
    match filter {
        Filter::Text(q) => format!("Search: {q}"),
        Filter::Facet(k, v) => format!("{}: {v}", facet_singular(*k)),
        Filter::From(d) => format!("From {d}"),
        Filter::To(d) => format!("To {d}"),
    }
}

/// The accessible name of the button that removes a filter ("Remove Kristi Noem").
pub fn filter_remove_name(filter: &Filter) -> String {
    match filter {
        Filter::Text(q) => format!("Remove search {q}"),
        Filter::Facet(_, v) => format!("Remove {v}"),
        Filter::From(d) => format!("Remove from {d}"),
        Filter::To(d) => format!("Remove to {d}"),
    }
}

/// "2 of 5 articles".
pub fn count_line(shown: usize, total: usize) -> String {
    let noun = if total == 1 { "article" } else { "articles" };
    format!("{shown} of {total} {noun}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally() {
        assert_eq!(display_date(Some("2026-01-30"), Some(Precision::Day), false), "30 Jan 2026");
        assert_eq!(display_date(Some("2025-08"), Some(Precision::Month), true), "≈ Aug 2025");
        assert_eq!(display_date(Some("2025"), Some(Precision::Year), true), "≈ 2025");
        assert_eq!(display_date(None, None, false), "Undated");
        assert_eq!(display_date(Some("2025-13-01"), None, false), "2025-13-01");
    }

    #[test]
    fn filter_words() {
        let f = Filter::Facet(FacetKind::Person, "Kristi Noem".into());
        assert_eq!(filter_chip(&f), "Person: Kristi Noem");
        assert_eq!(filter_remove_name(&f), "Remove Kristi Noem");
        assert_eq!(count_line(2, 5), "2 of 5 articles");
        assert_eq!(count_line(1, 1), "1 of 1 article");
    }
}
