//! The explorer's whole view state, and its encoding in the URL.
//!
//! The URL is the single source of truth for what is on screen, so that a reload, a
//! shared link or Back/Forward show the same view. The state lives in the *hash*
//! (`#q=lucia&person=Ines+Valdor&from=2026-01-01`), which works from `file://`, inside
//! an iframe and on any static host, and never reaches a server.
//!
//! Decoding never fails: anything malformed, unknown or out of range is dropped or
//! repaired and reported as a notice, so a hostile or stale link still opens a
//! sensible view.

use crate::calendar::{day_string, days_in_month};
use crate::index::{FacetKind, Index, Query, Sort};
use crate::model::{date_range, sort_by_dyn};
use crate::reader_text::{Entity, EntityKind};

/// Language of the interface (not of the articles).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum UiLang {
    /// English.
    #[default]
    En,
    /// Spanish.
    Es,
}

impl UiLang {
    /// Every interface language, in declaration order (`lang as usize` indexes it).
    pub const ALL: [UiLang; 2] = [UiLang::En, UiLang::Es];

    /// The key used in URLs and in `<html lang>`.
    pub fn key(self) -> &'static str {
        match self {
            UiLang::En => "en",
            UiLang::Es => "es",
        }
    }

    /// The language for a URL key.
    pub fn from_key(key: &str) -> Option<UiLang> {
        match key {
            "en" => Some(UiLang::En),
            "es" => Some(UiLang::Es),
            _ => None,
        }
    }

    /// The interface language for a browser language tag (`es-AR` → Spanish).
    pub fn from_browser(tag: &str) -> UiLang {
        if tag.to_ascii_lowercase().starts_with("es") {
            UiLang::Es
        } else {
            UiLang::En
        }
    }
}

/// Longest value kept from a URL (longer values are cut).
const MAX_VALUE: usize = 200;
/// Most values kept per facet from a URL.
const MAX_VALUES: usize = 50;
/// Longest hash decoded at all.
const MAX_HASH: usize = 16 * 1024;

/// Which main view is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// The list of matching articles.
    #[default]
    Results,
    /// Events the articles mention, in date order.
    Timeline,
    /// Who appears with whom.
    People,
}

impl View {
    /// The key used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            View::Results => "results",
            View::Timeline => "timeline",
            View::People => "people",
        }
    }

    /// The view for a URL key.
    pub fn from_key(key: &str) -> Option<View> {
        [View::Results, View::Timeline, View::People].into_iter().find(|v| v.key() == key)
    }
}

/// Everything that defines what the explorer shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// Free-text search.
    pub q: String,
    /// Selected values per facet, in [`FacetKind::ALL`] order, none empty.
    pub facets: Vec<(FacetKind, Vec<String>)>,
    /// First day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Last day, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Only the articles with no date (`undated=1`).
    pub undated: bool,
    /// Result order.
    pub sort: Sort,
    /// Id of the open article.
    pub doc: Option<String>,
    /// Main view.
    pub view: View,
    /// Interface language chosen by the person (`None`: the browser's).
    pub lang: Option<UiLang>,
}

/// What a link asked for that had to be ignored or repaired; the interface says it
/// in the reader's language (`labels::notice_in`).
#[derive(Debug, PartialEq, Eq)]
pub struct Notice {
    /// Which notice.
    pub kind: NoticeKind,
    /// The value it is about (the ignored value, a count, an article id).
    pub value: String,
    /// The facet it is about, for the notices about facet values.
    pub facet: Option<FacetKind>,
}

/// The notices a link can give, in the order of each language's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeKind {
    /// The hash was longer than any link we write (`value`: its length); ignored.
    TooLong,
    /// A `from` / `to` value that is not a date.
    BadDate,
    /// An unknown `sort`.
    UnknownSort,
    /// An unknown `lang`.
    UnknownLanguage,
    /// An unknown `view`.
    UnknownView,
    /// More values of one facet than a link may hold (`value`: the number kept).
    TooManyFilters,
    /// A key we do not know.
    UnknownSetting,
    /// `from` after `to`: swapped.
    Reversed,
    /// A facet value no article has: the filter was removed.
    UnknownValue,
    /// An article id that is not in the corpus: the reader stays closed.
    UnknownArticle,
    /// A chunk of a chunked build could not be loaded (`value`: the error).
    ChunkFailed,
}

impl Notice {
    /// A notice about `value` that names no facet.
    pub fn new(kind: NoticeKind, value: String) -> Notice {
        Notice { kind, value, facet: None }
    }
}

/// An active filter as listed in "current refinements".
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Filter {
    /// The search text.
    Text(String),
    /// A facet value.
    Facet(FacetKind, String),
    /// The start of the date range.
    From(String),
    /// The end of the date range.
    To(String),
    /// Only undated articles.
    Undated,
}

impl State {
    /// Decodes a URL hash (with or without the leading `#`). Never fails: the second
    /// value lists what was ignored or repaired, for a notice.
    pub fn from_hash(hash: &str) -> (State, Vec<Notice>) {
        let mut notices = Vec::new();
        let mut hash = hash.strip_prefix('#').unwrap_or(hash);
        if hash.len() > MAX_HASH {
            notices.push(Notice::new(NoticeKind::TooLong, hash.len().to_string()));
            hash = "";
        }
        let mut state = State::default();
        for (key, value) in form::parse(hash) {
            // Trim after clipping too, so that a decoded value survives a round trip.
            let value = clip(value.trim()).trim_end().to_string();
            match key.as_ref() {
                "q" => state.q = value,
                "from" | "to" => match normalise_day(&value, key == "to") {
                    Some(day) if key == "from" => state.from = Some(day),
                    Some(day) => state.to = Some(day),
                    None => notices.push(Notice::new(NoticeKind::BadDate, value)),
                },
                "undated" => state.undated = value != "0",
                "sort" => match Sort::from_key(&value) {
                    Some(s) => state.sort = s,
                    None => notices.push(Notice::new(NoticeKind::UnknownSort, value)),
                },
                "doc" if !value.is_empty() => state.doc = Some(value),
                "lang" => match UiLang::from_key(&value) {
                    Some(l) => state.lang = Some(l),
                    None => notices.push(Notice::new(NoticeKind::UnknownLanguage, value)),
                },
                "view" => match View::from_key(&value) {
                    Some(v) => state.view = v,
                    None => notices.push(Notice::new(NoticeKind::UnknownView, value)),
                },
                k => match FacetKind::from_key(k) {
                    Some(kind) if !value.is_empty() => {
                        if state.selected(kind).len() >= MAX_VALUES {
                            notices.push(Notice {
                                facet: Some(kind),
                                ..Notice::new(NoticeKind::TooManyFilters, MAX_VALUES.to_string())
                            });
                        } else if !state.is_selected(kind, &value) {
                            state.toggle(kind, &value);
                        }
                    }
                    Some(_) => {}
                    None => notices.push(Notice::new(NoticeKind::UnknownSetting, clip(k).to_string())),
                },
            }
        }
        if let (Some(f), Some(t)) = (&state.from, &state.to) {
            if f > t {
                notices.push(Notice::new(NoticeKind::Reversed, String::new()));
                std::mem::swap(&mut state.from, &mut state.to);
            }
        }
        notices.dedup();
        (state, notices)
    }

    /// Encodes the state as a URL hash, without the leading `#`. Default values are
    /// left out, so the empty state is the empty string.
    pub fn to_hash(&self) -> String {
        let mut out = form::Pairs::default();
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        for (kind, values) in &self.facets {
            for v in values {
                out.append_pair(kind.key(), v);
            }
        }
        if let Some(f) = &self.from {
            out.append_pair("from", f);
        }
        if let Some(t) = &self.to {
            out.append_pair("to", t);
        }
        if self.undated {
            out.append_pair("undated", "1");
        }
        if self.sort != Sort::default() {
            out.append_pair("sort", self.sort.key());
        }
        if self.view != View::default() {
            out.append_pair("view", self.view.key());
        }
        if let Some(l) = self.lang {
            out.append_pair("lang", l.key());
        }
        // Last, so that `doc_link` can add it to the hash of the rest.
        if let Some(d) = &self.doc {
            out.append_pair("doc", d);
        }
        out.finish()
    }

    /// The hash of this state with article `id` open, given `base`, the hash of this
    /// state without an open article: what `to_hash` would give, without cloning and
    /// encoding the whole state for every article link on the page.
    pub fn doc_link(base: &str, id: &str) -> String {
        let mut out = form::Pairs(format!("#{base}"));
        if !base.is_empty() {
            out.0.push('&');
        }
        form::encode_into(&mut out.0, "doc");
        out.0.push('=');
        form::encode_into(&mut out.0, id);
        out.0
    }

    /// Drops facet values and an open article that this corpus does not have,
    /// returning a notice for each.
    pub fn retain_known(&mut self, index: &Index, doc_ids: &[&str]) -> Vec<Notice> {
        let mut notices = Vec::new();
        for (kind, values) in &mut self.facets {
            let facet = index.facet(*kind);
            values.retain(|v| {
                let known = facet.is_some_and(|f| f.values.iter().any(|x| &x.label == v));
                if !known {
                    notices.push(Notice {
                        facet: Some(*kind),
                        ..Notice::new(NoticeKind::UnknownValue, v.clone())
                    });
                }
                known
            });
        }
        self.facets.retain(|(_, v)| !v.is_empty());
        if let Some(d) = &self.doc {
            if !doc_ids.contains(&d.as_str()) {
                notices.push(Notice::new(NoticeKind::UnknownArticle, d.clone()));
                self.doc = None;
            }
        }
        notices
    }

    /// The values selected in a facet.
    pub fn selected(&self, kind: FacetKind) -> &[String] {
        self.facets.iter().find(|(k, _)| *k == kind).map(|(_, v)| v.as_slice()).unwrap_or(&[])
    }

    /// Is this value selected?
    pub fn is_selected(&self, kind: FacetKind, value: &str) -> bool {
        self.selected(kind).iter().any(|v| v == value)
    }

    /// Selects a value, or unselects it when it was selected.
    pub fn toggle(&mut self, kind: FacetKind, value: &str) {
        if let Some((_, values)) = self.facets.iter_mut().find(|(k, _)| *k == kind) {
            if let Some(i) = values.iter().position(|v| v == value) {
                values.remove(i);
            } else {
                values.push(value.to_string());
            }
        } else {
            self.facets.push((kind, vec![value.to_string()]));
            sort_by_dyn(&mut self.facets, &|a, b| a.0.cmp(&b.0));
        }
        self.facets.retain(|(_, v)| !v.is_empty());
    }

    /// The active filters, in display order.
    pub fn filters(&self) -> Vec<Filter> {
        let mut out = Vec::new();
        if !self.q.trim().is_empty() {
            out.push(Filter::Text(self.q.clone()));
        }
        for (kind, values) in &self.facets {
            out.extend(values.iter().map(|v| Filter::Facet(*kind, v.clone())));
        }
        out.extend(self.from.iter().map(|f| Filter::From(f.clone())));
        out.extend(self.to.iter().map(|t| Filter::To(t.clone())));
        if self.undated {
            out.push(Filter::Undated);
        }
        out
    }

    /// Removes one active filter.
    pub fn remove(&mut self, filter: &Filter) {
        match filter {
            Filter::Text(_) => self.q.clear(),
            Filter::Facet(k, v) => {
                if self.is_selected(*k, v) {
                    self.toggle(*k, v)
                }
            }
            Filter::From(_) => self.from = None,
            Filter::To(_) => self.to = None,
            Filter::Undated => self.undated = false,
        }
    }

    /// Removes every filter (keeps the sort and the view).
    pub fn clear_filters(&mut self) {
        self.q.clear();
        self.facets.clear();
        self.from = None;
        self.to = None;
        self.undated = false;
    }

    /// The engine query for this state.
    pub fn query(&self) -> Query {
        Query {
            text: self.q.clone(),
            facets: self.facets.clone(),
            from: self.from.as_deref().and_then(date_range).map(|r| r.0),
            to: self.to.as_deref().and_then(date_range).map(|r| r.1),
            undated: self.undated,
            sort: self.sort,
        }
    }
}

fn clip(s: &str) -> String {
    match s.char_indices().nth(MAX_VALUE) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

/// Accepts `YYYY-MM-DD`, `YYYY-MM` or `YYYY` and returns a full day (the first day of
/// the period, or its last day when `end` is set), or `None` when it is not a date.
pub fn normalise_day(value: &str, end: bool) -> Option<String> {
    let (first, last) = date_range(value)?;
    let d = if end { last } else { first };
    let (y, m, mut day) = (d / 10000, d / 100 % 100, d % 100);
    day = day.min(days_in_month(y as i32, m));
    if value.len() == 10 && d % 100 != day {
        return None; // 2026-02-30 is not a day
    }
    Some(format!("{y:04}-{m:02}-{day:02}"))
}

/// What choosing an entity of the reader does to the state: a person or a place is
/// added to its facet, a date becomes the date range; the reader closes on the results.
pub fn apply_entity(s: &mut State, entity: &Entity) {
    match entity.kind {
        EntityKind::Person | EntityKind::Place => {
            let kind = if entity.kind == EntityKind::Person { FacetKind::Person } else { FacetKind::Place };
            if !s.is_selected(kind, &entity.value) {
                s.toggle(kind, &entity.value);
            }
        }
        EntityKind::Date => {
            if let Some((first, last)) = entity.day_range() {
                s.from = normalise_day(&day_string(first), false);
                s.to = normalise_day(&day_string(last), true);
            }
        }
    }
    s.doc = None;
}

/// For a state with no results: each active filter whose removal alone would bring
/// articles back, with how many (`count`: the hits of a query), most first.
pub fn rescuers(state: &State, count: impl Fn(&Query) -> usize) -> Vec<(Filter, usize)> {
    let mut out: Vec<(Filter, usize)> = state
        .filters()
        .into_iter()
        .map(|f| {
            let mut without = state.clone();
            without.remove(&f);
            let n = count(&without.query());
            (f, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    sort_by_dyn(&mut out, &|a, b| b.1.cmp(&a.1));
    out
}

/// `application/x-www-form-urlencoded`, the encoding of URL query strings and of our
/// hash: a few lines here instead of the `form_urlencoded` crate, whose tables and
/// generic code cost more of the wasm than the state codec itself. The property test
/// `form_matches_the_crate` (tests/fuzz.rs) checks both agree on arbitrary input.
pub mod form {
    /// Appends `s` percent-encoded: ASCII letters, digits and `*-._` as they are, a
    /// space as `+`, every other byte of its UTF-8 as `%XX`.
    pub fn encode_into(out: &mut String, s: &str) {
        const HEX: &[u8; 16] = b"0123456789ABCDEF";
        for b in s.bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => out.push(b as char),
                b' ' => out.push('+'),
                _ => {
                    out.push('%');
                    out.push(HEX[(b >> 4) as usize] as char);
                    out.push(HEX[(b & 15) as usize] as char);
                }
            }
        }
    }

    /// Decodes one key or value: `+` is a space, `%XX` a byte (a `%` not followed by
    /// two hex digits stays as it is), invalid UTF-8 becomes U+FFFD.
    pub fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = |j: usize| bytes.get(j).and_then(|&c| (c as char).to_digit(16));
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' => match (hex(i + 1), hex(i + 2)) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                },
                c => out.push(c),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// The `key=value` pairs of a query string (empty pieces skipped, a piece without
    /// `=` is a key with an empty value).
    pub fn parse(s: &str) -> impl Iterator<Item = (String, String)> + '_ {
        s.split('&').filter(|p| !p.is_empty()).map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
    }

    /// A query string being written, pair by pair.
    #[derive(Default)]
    pub struct Pairs(pub String);

    impl Pairs {
        /// Appends `key=value`, both encoded.
        pub fn append_pair(&mut self, key: &str, value: &str) {
            if !self.0.is_empty() {
                self.0.push('&');
            }
            encode_into(&mut self.0, key);
            self.0.push('=');
            encode_into(&mut self.0, value);
        }

        /// The query string.
        pub fn finish(self) -> String {
            self.0
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undated_is_a_filter_in_the_url() {
        let (mut s, notices) = State::from_hash("undated=1&q=ferry");
        assert!(notices.is_empty() && s.undated);
        assert_eq!(s.to_hash(), "q=ferry&undated=1");
        assert!(s.query().undated);
        assert!(s.filters().contains(&Filter::Undated));
        s.remove(&Filter::Undated);
        assert!(!s.undated);
        assert_eq!(State::from_hash("undated=0").0, State::default());
    }

    #[test]
    fn doc_links_equal_the_hash_with_the_article_open() {
        for hash in
            ["", "q=visa+waiver", "person=Ana+P%C3%A9rez&from=2025-01-01&lang=es", "view=people&sort=oldest"]
        {
            let (mut s, _) = State::from_hash(hash);
            let base = s.to_hash();
            for id in ["003", "a b&c=d", "ñ/é"] {
                s.doc = Some(id.to_string());
                assert_eq!(State::doc_link(&base, id), format!("#{}", s.to_hash()), "{hash:?} + {id:?}");
                let (back, notices) = State::from_hash(&State::doc_link(&base, id));
                assert!(notices.is_empty());
                assert_eq!(back, s);
            }
        }
    }

    #[test]
    fn round_trips() {
        let mut s = State { q: "visa \"waiver program\"".into(), ..Default::default() };
        s.toggle(FacetKind::Topic, "Border & Security");
        s.toggle(FacetKind::Person, "Lucía Arregui");
        s.toggle(FacetKind::Person, "Ines Valdor");
        s.from = Some("2026-01-01".into());
        s.to = Some("2026-02-28".into());
        s.sort = Sort::Oldest;
        s.doc = Some("003_a1".into());
        s.view = View::Timeline;
        s.lang = Some(UiLang::Es);
        let hash = s.to_hash();
        let (back, notices) = State::from_hash(&format!("#{hash}"));
        assert_eq!(back, s);
        assert!(notices.is_empty(), "{notices:?}");
        assert_eq!(State::default().to_hash(), "");
    }

    #[test]
    fn reads_hand_written_links() {
        let (s, n) = State::from_hash("#person=Ines%20Valdor&person=Pablo+Serna&from=2026-01&to=2026-02");
        assert_eq!(s.selected(FacetKind::Person), ["Ines Valdor", "Pablo Serna"]);
        assert_eq!(s.from.as_deref(), Some("2026-01-01"));
        assert_eq!(s.to.as_deref(), Some("2026-02-28"));
        assert!(n.is_empty());
    }

    #[test]
    fn hostile_links_open_a_sensible_view_with_notices() {
        let (s, n) = State::from_hash("#from=2026-02-30&to=yesterday&sort=%FF&zzz=1&view=<script>");
        assert_eq!(s, State::default());
        assert_eq!(n.len(), 5, "{n:?}");
        let (s, n) = State::from_hash("#from=2026-03-01&to=2026-01-01");
        assert_eq!((s.from.as_deref(), s.to.as_deref()), (Some("2026-01-01"), Some("2026-03-01")));
        assert_eq!(n.len(), 1);
        let huge = "q=".to_string() + &"a".repeat(MAX_HASH);
        let (s, n) = State::from_hash(&huge);
        assert!(s.q.is_empty() && n.len() == 1);
        let (s, _) = State::from_hash(&format!("q={}", "é".repeat(1000)));
        assert_eq!(s.q.chars().count(), MAX_VALUE);
        let many: String = (0..200).map(|i| format!("person=p{i}&")).collect();
        let (s, n) = State::from_hash(&many);
        assert_eq!(s.selected(FacetKind::Person).len(), MAX_VALUES);
        assert!(!n.is_empty());
        for junk in ["#", "&&&", "=", "%", "#%zz=%", "q", "person=", "from=&to="] {
            let _ = State::from_hash(junk);
        }
    }

    #[test]
    fn filters_can_be_removed_one_by_one_and_all_at_once() {
        let (mut s, _) = State::from_hash("q=brenner&person=A&person=B&from=2025-01-01&sort=newest");
        assert_eq!(s.filters().len(), 4);
        s.remove(&Filter::Facet(FacetKind::Person, "A".into()));
        assert_eq!(s.selected(FacetKind::Person), ["B"]);
        s.remove(&Filter::Text("brenner".into()));
        assert!(s.q.is_empty());
        s.clear_filters();
        assert!(s.filters().is_empty());
        assert_eq!(s.sort, Sort::Newest, "clearing filters keeps the sort");
    }

    #[test]
    fn query_uses_whole_days() {
        let (s, _) = State::from_hash("from=2026-01&to=2026-02");
        let q = s.query();
        assert_eq!((q.from, q.to), (Some(20260101), Some(20260228)));
    }

    #[test]
    fn normalises_days() {
        assert_eq!(normalise_day("2024-02", true).as_deref(), Some("2024-02-29"));
        assert_eq!(normalise_day("2025", false).as_deref(), Some("2025-01-01"));
        assert_eq!(normalise_day("2025-04-31", false), None);
        assert_eq!(normalise_day("31/12/2025", false), None);
    }
}

/// Render flags read from the page's query string (`?embed&dark=auto`), for embeds.
/// They describe the frame, not the view, so they stay out of the hash.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    /// Compact header, no page chrome, reports its height to the host page.
    pub embed: bool,
    /// No header at all (only filters and results).
    pub plain: bool,
    /// `Some(true)` dark, `Some(false)` light, `None` follow the system.
    pub dark: Option<bool>,
}

impl Flags {
    /// Reads `embed`, `plain` and `dark=auto|true|false` from a query string.
    pub fn from_query(search: &str) -> Flags {
        let mut flags = Flags::default();
        let search = search.strip_prefix('?').unwrap_or(search);
        for (k, v) in form::parse(search) {
            let on = !matches!(v.as_ref(), "0" | "false" | "no");
            match k.as_ref() {
                "embed" => flags.embed = on,
                "plain" => flags.plain = on,
                "dark" => {
                    flags.dark = match v.as_ref() {
                        "true" | "1" | "yes" | "" => Some(true),
                        "false" | "0" | "no" => Some(false),
                        _ => None,
                    }
                }
                _ => {}
            }
        }
        flags
    }
}

#[cfg(test)]
mod flag_tests {
    use super::*;

    #[test]
    fn reads_embed_flags() {
        assert_eq!(Flags::from_query(""), Flags::default());
        let f = Flags::from_query("?embed&plain=1&dark=false");
        assert_eq!(f, Flags { embed: true, plain: true, dark: Some(false) });
        assert_eq!(Flags::from_query("dark=auto").dark, None);
        assert_eq!(
            Flags::from_query("dark=true&embed=0"),
            Flags { embed: false, plain: false, dark: Some(true) }
        );
    }
}

#[cfg(test)]
mod entity_tests {
    use super::*;

    #[test]
    fn entities_change_the_state() {
        let mut s = State { doc: Some("a".into()), ..State::default() };
        apply_entity(&mut s, &Entity { kind: EntityKind::Person, value: "Ines Valdor".into() });
        assert!(s.is_selected(FacetKind::Person, "Ines Valdor"));
        assert_eq!(s.doc, None);
        // Choosing it again keeps it selected (it does not toggle it off).
        apply_entity(&mut s, &Entity { kind: EntityKind::Person, value: "Ines Valdor".into() });
        assert!(s.is_selected(FacetKind::Person, "Ines Valdor"));
        apply_entity(&mut s, &Entity { kind: EntityKind::Place, value: "Argentina".into() });
        assert!(s.is_selected(FacetKind::Place, "Argentina"));
        apply_entity(&mut s, &Entity { kind: EntityKind::Date, value: "2025-02".into() });
        assert_eq!((s.from.as_deref(), s.to.as_deref()), (Some("2025-02-01"), Some("2025-02-28")));
        apply_entity(&mut s, &Entity { kind: EntityKind::Date, value: "2026-01-30".into() });
        assert_eq!((s.from.as_deref(), s.to.as_deref()), (Some("2026-01-30"), Some("2026-01-30")));
    }

    #[test]
    fn the_empty_state_names_the_filters_to_remove() {
        use crate::index::Data;
        use crate::model::{Corpus, Document};
        let doc = |id: &str, person: &str| Document {
            id: id.into(),
            title: format!("About {person}"),
            paragraphs: vec![format!("{person} spoke about ferries.")],
            persons: vec![person.into()],
            ..Document::default()
        };
        let data = Data::new(Corpus {
            documents: vec![doc("a", "Ann Lee"), doc("b", "Bo Kim")],
            ..Corpus::default()
        });
        let s = State { q: "zebra".into(), from: Some("2030-01-01".into()), ..State::default() };
        let count = |q: &Query| data.index.search(&data.corpus.documents, q).hits.len();
        assert!(rescuers(&s, count).is_empty(), "no single filter is to blame");
        let mut s = State { q: "ferries zebra".into(), ..State::default() };
        s.toggle(FacetKind::Person, "Ann Lee");
        assert_eq!(rescuers(&s, count), vec![(Filter::Text("ferries zebra".into()), 1)]);
        let mut s = State { from: Some("2030-01-01".into()), ..State::default() };
        s.toggle(FacetKind::Person, "Ann Lee");
        assert_eq!(rescuers(&s, count), vec![(Filter::From("2030-01-01".into()), 1)]);
    }
}
