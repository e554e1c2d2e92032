//! Reading dates: the publication date of an article and the dates it mentions.
//!
//! Pages state dates in many forms ("January 30, 2026", "30 January 2026",
//! "Jan. 30, 2026", "05/02/2026", "2026-01-30", "5 de febrero de 2026", "July 2025",
//! "In July"). This module finds them with their precision, decides ambiguous numeric
//! dates (day-first on Spanish/European pages or with a 24-hour clock, month-first on
//! US pages, never a reading that contradicts the content), picks the publication date
//! from the page header only, and, when the article states none, estimates one from
//! the dates it mentions and their tense (past events bound it from below, upcoming
//! ones from above).
//!
//! A small relative-time grammar ([`find_relative`]) reads "last week", "on Friday",
//! "yesterday", "three weeks ago", "weeks later", "la semana pasada", "hace dos
//! semanas" as spans of days, from the article's date or from the event told just
//! before. They move the bounds ("weeks later" after a dated event is itself a past
//! event), pin the article when written right beside a date ("Last week, on March 3,
//! 2025"), and are listed as tense cues in the evidence of every estimate.

use super::lexicon::fold_fast as fold;
pub use explorer_core::calendar::days_in_month;
use explorer_core::calendar::{month_alternation, month_of_any, MONTHS_ES, MONTH_NAMES_EN};
use explorer_core::evidence::{Bound as Told, BoundHow, DateSource, DateWhy, Reading, TenseCue, YearFrom};
use explorer_core::model::Precision;
use explorer_core::text::Lang;
use regex::Regex;
use std::sync::OnceLock;

/// A calendar date of day, month or year precision (`m`/`d` are 0 when unknown;
/// `y` is 0 for a month named without a year, before it is resolved).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Ymd {
    /// Year.
    pub y: i32,
    /// Month 1–12, or 0.
    pub m: u32,
    /// Day 1–31, or 0.
    pub d: u32,
}

impl Ymd {
    /// A day-precise date.
    pub fn day(y: i32, m: u32, d: u32) -> Self {
        Ymd { y, m, d }
    }

    /// Is it a real calendar date (as far as its precision goes)?
    pub fn valid(self) -> bool {
        (1900..=2100).contains(&self.y)
            && self.m <= 12
            && (self.d == 0 || (self.m > 0 && self.d <= days_in_month(self.y, self.m)))
    }

    /// Precision of the date.
    pub fn precision(self) -> Precision {
        if self.d > 0 {
            Precision::Day
        } else if self.m > 0 {
            Precision::Month
        } else {
            Precision::Year
        }
    }

    /// Cuts the date to a coarser precision.
    pub fn truncate(self, p: Precision) -> Self {
        match p {
            Precision::Day => self,
            Precision::Month => Ymd { d: 0, ..self },
            Precision::Year => Ymd { m: 0, d: 0, ..self },
        }
    }

    /// First day covered, as a day number.
    pub fn first(self) -> i64 {
        days_from_civil(self.y, self.m.max(1), self.d.max(1))
    }

    /// Last day covered, as a day number.
    pub fn last(self) -> i64 {
        let m = if self.m == 0 { 12 } else { self.m };
        let d = if self.d == 0 { days_in_month(self.y, m) } else { self.d };
        days_from_civil(self.y, m, d)
    }

    /// The `YYYY-MM-DD` / `YYYY-MM` / `YYYY` form used by the model.
    pub fn iso(self) -> String {
        match self.precision() {
            Precision::Day => format!("{:04}-{:02}-{:02}", self.y, self.m, self.d),
            Precision::Month => format!("{:04}-{:02}", self.y, self.m),
            Precision::Year => format!("{:04}", self.y),
        }
    }

    /// The day-precise date of a day number.
    pub fn from_days(days: i64) -> Self {
        let (y, m, d) = civil_from_days(days);
        Ymd { y, m, d }
    }

    /// Parses the model's `YYYY[-MM[-DD]]` form.
    pub fn parse_iso(s: &str) -> Option<Self> {
        let mut p = s.split('-');
        let y = p.next()?.parse().ok()?;
        let m = p.next().map(|x| x.parse().ok()).unwrap_or(Some(0))?;
        let d = p.next().map(|x| x.parse().ok()).unwrap_or(Some(0))?;
        Some(Ymd { y, m, d })
    }
}

/// Days since 1970-01-01 (proleptic Gregorian).
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y as i64 - 1 } else { y as i64 };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((if m <= 2 { y + 1 } else { y }) as i32, m, d)
}

/// Month number of a (folded) month name in English, Spanish, French, German,
/// Italian or Portuguese, full or abbreviated.
pub fn month_number(name: &str) -> Option<u32> {
    month_of_any(&fold(name.trim_end_matches('.')))
}

/// English month names, capitalised, and the abbreviations written with a dot, as a
/// regular-expression alternation (what a date in running English text starts with).
fn months_cap() -> String {
    let full = MONTH_NAMES_EN.join("|");
    format!(r"{full}|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.")
}

/// Spanish month names as a regular-expression alternation.
fn months_es() -> String {
    MONTHS_ES.iter().flat_map(|m| m.iter().copied()).collect::<Vec<_>>().join("|")
}

/// What a date mention pins down.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The date read (year 0 when the text names only a month or a day and month).
    pub date: Ymd,
    /// Byte offsets of the mention in the text searched.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// The words of the mention.
    pub surface: String,
    /// The other reading of an ambiguous numeric date (`05/02/2026`).
    pub alt: Option<Ymd>,
}

struct Patterns {
    iso: Regex,
    mdy: Regex,
    dmy: Regex,
    numeric: Regex,
    md: Regex,
    dm_es: Regex,
    my: Regex,
    month_only: Regex,
    year_only: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let r = |s: String| Regex::new(&s).expect("valid date regex");
        let (any, cap, es) = (month_alternation(), months_cap(), months_es());
        Patterns {
            iso: r(r"\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b".into()),
            mdy: r(format!(r"(?i)\b({any})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{{2}})\b")),
            dmy: r(format!(r"(?i)\b(\d{{1,2}})(?:st|nd|rd|th|º|°)?\.?\s+(?:de\s+|of\s+)?({any})\.?,?\s+(?:de\s+|del\s+)?((?:19|20)\d{{2}})\b")),
            numeric: r(r"\b(\d{1,2})([/.\-])(\d{1,2})([/.\-])((?:19|20)\d{2})\b".into()),
            md: r(format!(r"\b({cap}|Jan|Feb|Aug|Oct|Nov|Dec)\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")),
            dm_es: r(format!(r"(?i)\b(\d{{1,2}})\s+(?:de\s+)({es})\b")),
            my: r(format!(r"(?i)\b({any})\.?,?\s+(?:de\s+|of\s+|del\s+)?((?:19|20)\d{{2}})\b")),
            month_only: r(format!(
                r"\b(?:[Ii]n|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id-|[Ee]n|[Dd]e|[Hh]asta|[Dd]esde|[Ii]n early|[Ii]n late|[Ii]n mid-|[Tt]hrough|[Ss]ince early)\s+({cap}|{es})\b"
            )),
            year_only: r(r"\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ee]n|[Dd]esde|[Dd]uring|[Tt]hrough|[Hh]asta)\s+((?:19|20)\d{2})\b".into()),
        }
    })
}

/// Finds the date mentions of a text, most specific readings first, without overlaps,
/// in text order. Numeric dates are read month-first unless `day_first`.
pub fn find_dates(text: &str, day_first: bool) -> Vec<Mention> {
    let p = patterns();
    let mut out: Vec<Mention> = Vec::new();
    let overlaps = |out: &Vec<Mention>, s: usize, e: usize| out.iter().any(|m| s < m.end && m.start < e);
    let push = |out: &mut Vec<Mention>, s: usize, e: usize, date: Ymd, alt: Option<Ymd>| {
        if (date.y == 0 || date.valid()) && date.m <= 12 && !overlaps(out, s, e) {
            out.push(Mention { date, start: s, end: e, surface: text[s..e].to_string(), alt });
        }
    };
    // Without a digit only a month named alone can match: skip the other patterns.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    for c in p.iso.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        let d = Ymd::day(c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0), c[3].parse().unwrap_or(0));
        push(&mut out, m.start(), m.end(), d, None);
    }
    // "March 5, 2026" (month in group 1, day in 2), then "5 March 2026" (day in 1).
    for (re, month, day) in [(&p.mdy, 1, 2), (&p.dmy, 2, 1)] {
        for c in re.captures_iter(if digits { text } else { "" }) {
            let m = c.get(0).unwrap();
            if let Some(mo) = month_number(&c[month]) {
                let d = Ymd::day(c[3].parse().unwrap_or(0), mo, c[day].parse().unwrap_or(0));
                push(&mut out, m.start(), m.end(), d, None);
            }
        }
    }
    for c in p.numeric.captures_iter(if digits { text } else { "" }) {
        if c[2] != c[4] {
            continue;
        }
        let m = c.get(0).unwrap();
        let (a, b, y): (u32, u32, i32) =
            (c[1].parse().unwrap_or(0), c[3].parse().unwrap_or(0), c[5].parse().unwrap_or(0));
        let df = Ymd::day(y, b, a);
        let mf = Ymd::day(y, a, b);
        let (first, alt) = match (df.valid() && a > 0, mf.valid() && b > 0) {
            (true, true) if a != b => {
                if day_first {
                    (df, Some(mf))
                } else {
                    (mf, Some(df))
                }
            }
            (true, _) => (df, None),
            (false, true) => (mf, None),
            _ => continue,
        };
        push(&mut out, m.start(), m.end(), first, alt);
    }
    for c in p.my.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        let name = &c[1];
        if let Some(mo) = month_number(name) {
            push(&mut out, m.start(), m.end(), Ymd { y: c[2].parse().unwrap_or(0), m: mo, d: 0 }, None);
        }
    }
    for c in p.md.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        if let Some(mo) = month_number(&c[1]) {
            let d: u32 = c[2].parse().unwrap_or(0);
            if (1..=31).contains(&d) {
                push(&mut out, m.start(), m.end(), Ymd { y: 0, m: mo, d }, None);
            }
        }
    }
    for c in p.dm_es.captures_iter(if digits { text } else { "" }) {
        let m = c.get(0).unwrap();
        if let Some(mo) = month_number(&c[2]) {
            let d: u32 = c[1].parse().unwrap_or(0);
            if (1..=31).contains(&d) {
                push(&mut out, m.start(), m.end(), Ymd { y: 0, m: mo, d }, None);
            }
        }
    }
    for c in p.month_only.captures_iter(text) {
        let g = c.get(1).unwrap();
        if let Some(mo) = month_number(g.as_str()) {
            // "May" is a month only when it reads like one ("in May").
            push(&mut out, g.start(), g.end(), Ymd { y: 0, m: mo, d: 0 }, None);
        }
    }
    for c in p.year_only.captures_iter(if digits { text } else { "" }) {
        let g = c.get(1).unwrap();
        push(&mut out, g.start(), g.end(), Ymd { y: g.as_str().parse().unwrap_or(0), m: 0, d: 0 }, None);
    }
    out.sort_by_key(|m| m.start);
    out
}

/// Resolves a date named without a year ("In July", "on March 3") against a reference
/// date: the latest such date not after the reference for past events, the next one
/// for upcoming events.
pub fn resolve_year(date: Ymd, reference: Ymd, future: bool) -> Ymd {
    if date.y != 0 {
        return date;
    }
    if reference.m == 0 {
        return Ymd { y: reference.y, ..date };
    }
    let ref_end = (reference.m, if reference.d == 0 { 31 } else { reference.d });
    let key = (date.m, date.d);
    // The latest such date not after the reference, and the next one.
    let past = Ymd { y: if key <= ref_end { reference.y } else { reference.y - 1 }, ..date };
    let next = Ymd { y: past.y + 1, ..past };
    if future {
        return if key >= (reference.m, reference.d) { Ymd { y: reference.y, ..date } } else { next };
    }
    // Without a tense cue the past reading wins, unless the next one is much nearer
    // ("antes de julio" in a May article is this July, not last year's).
    let dp = reference.first() - past.last();
    let dn = next.first() - reference.last();
    if dn >= 0 && dn * 2 < dp {
        next
    } else {
        past
    }
}

/// Does the sentence speak of something still to come?
pub fn is_future(sentence: &str) -> bool {
    static C: OnceLock<Regex> = OnceLock::new();
    C.get_or_init(|| {
        Regex::new(r"(?i)\b(?:will|won't|shall|faces|facing|upcoming|ahead of|scheduled|set to|slated|is due|are due|due to be|plans? to|planned for|expected to|preceded by|to be held|next month|next year|next week|coming weeks|coming months|será|serán|se realizará|próxim[oa]s?|would take place|takes? effect|comes? into force|enters? into force|goes into effect|go into effect|entra(?:rá)? en vigor)\b")
            .expect("valid regex")
    })
    .is_match(sentence)
}

/// Does the text before a date look forward to it ("contract until May 2008", "by
/// 2050", "before the end of 2006", "expires in July")?
fn forward_before(before: &str) -> bool {
    static C: OnceLock<Regex> = OnceLock::new();
    C.get_or_init(|| {
        Regex::new(r"(?i)\b(?:until|till|by|before|through|due|expir\w*|deadline|ending|hasta|antes\s+de)\s+(?:(?:in|on|the|el|la|de)\s+)*(?:(?:end|start|middle|beginning|fin|final|principios)\s+(?:of|de)\s+)?(?:\d{1,2}\s+)?$")
            .expect("valid regex")
    })
    .is_match(before)
}

/// What a relative time expression counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The article's own date: "last week", "on Friday", "yesterday", "la semana pasada".
    Article,
    /// The dated event told just before it: "weeks later", "two days later".
    Previous,
}

/// A time expression without a calendar date, read as a span of days from its anchor.
#[derive(Clone, Debug, PartialEq)]
pub struct Relative {
    /// The words as written.
    pub surface: String,
    /// What it counts from.
    pub anchor: Anchor,
    /// Earliest offset in days from the anchor (negative: before it).
    pub lo: i64,
    /// Latest offset in days from the anchor.
    pub hi: i64,
}

/// Count words of relative expressions; `None` for vague ones ("weeks later", "a few").
fn count_word(w: &str) -> Option<i64> {
    let n = match fold(w).as_str() {
        "a" | "an" | "one" | "un" | "una" | "uno" => 1,
        "two" | "dos" => 2,
        "three" | "tres" => 3,
        "four" | "cuatro" => 4,
        "five" | "cinco" => 5,
        "six" | "seis" => 6,
        "seven" | "siete" => 7,
        "eight" | "ocho" => 8,
        "nine" | "nueve" => 9,
        "ten" | "diez" => 10,
        d => return d.parse().ok().filter(|n| (1..=400).contains(n)),
    };
    Some(n)
}

/// Days in a unit word ("weeks", "meses").
fn unit_days(w: &str) -> i64 {
    let f = fold(w);
    if f.starts_with("week") || f.starts_with("semana") {
        7
    } else if f.starts_with("month") || f.starts_with("mes") {
        30
    } else if f.starts_with("year") || f.starts_with("ano") {
        365
    } else {
        1
    }
}

/// Span of `count unit` ("two weeks" → 14–20 days; vague "weeks" → 2–8 weeks).
fn span(count: Option<i64>, unit: i64) -> (i64, i64) {
    match count {
        Some(n) => (n * unit, n * unit + (unit - 1).max(0)),
        None => (2 * unit, 8 * unit),
    }
}

/// Finds the relative time expressions of a sentence: the small tense grammar used to
/// estimate undated articles. `future` is the tense of the sentence ("on Friday" is
/// the coming Friday in "will vote on Friday", the last one otherwise).
pub fn find_relative(sentence: &str, future: bool) -> Vec<Relative> {
    static C: OnceLock<[Regex; 4]> = OnceLock::new();
    let [fixed, weekday, ago, later] = C.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("valid relative-date regex");
        let n = r"(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|unos|unas|pocos|pocas)";
        [
            r(r"(?i)\b(yesterday|ayer|today|hoy|tomorrow|(?:last|this past) (?:week|weekend|month|year)|earlier this (?:week|month|year)|this (?:week|month)|next (?:week|month|year)|la semana pasada|el fin de semana pasado|el mes pasado|el año pasado|esta semana|este mes|a principios de este mes|la próxima semana|la semana próxima|el próximo mes|el mes próximo)\b"),
            r(r"(?i)\b(?:(last|this past|next|on|el|este|el pasado|el próximo)\s+)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b"),
            r(&format!(r"(?i)\b(?:{n}\s+(days?|weeks?|months?|years?)\s+ago|hace\s+{n}\s+(días|dias|día|dia|semanas?|mes|meses|años?|anos?))\b")),
            r(&format!(r"(?i)\b(?:{n}\s+)?(days|weeks|months|years|day|week|month|year|días|dias|día|dia|semanas?|meses|mes|años|año)\s+(?:later|después|despues|más tarde|mas tarde)\b")),
        ]
    });
    let mut out = Vec::new();
    let mut push = |m: regex::Match, anchor: Anchor, lo: i64, hi: i64| {
        out.push(Relative { surface: m.as_str().to_string(), anchor, lo, hi });
    };
    for m in fixed.find_iter(sentence) {
        let f = fold(m.as_str());
        let (lo, hi) = match f.as_str() {
            "yesterday" | "ayer" => (-1, -1),
            "today" | "hoy" => (0, 0),
            "tomorrow" => (1, 1),
            s if s.contains("year") || s.contains("ano") => {
                if s.starts_with("next") {
                    (1, 730)
                } else if s.starts_with("earlier") {
                    (-365, 0)
                } else {
                    (-730, -1)
                }
            }
            s if s.contains("month") || s.contains("mes") => {
                if s.starts_with("next") || s.contains("proximo") {
                    (1, 62)
                } else if s.starts_with("last") || s.contains("past") || s.contains("pasado") {
                    (-62, -1)
                } else if future && !s.starts_with("earlier") && !s.contains("principios") {
                    (0, 30)
                } else {
                    (-30, 0)
                }
            }
            s => {
                if s.starts_with("next") || s.contains("proxima") {
                    (1, 13)
                } else if s.starts_with("last") || s.contains("past") || s.contains("pasad") {
                    (-13, -1)
                } else if future && !s.starts_with("earlier") {
                    (0, 6)
                } else {
                    (-6, 0)
                }
            }
        };
        push(m, Anchor::Article, lo, hi);
    }
    for c in weekday.captures_iter(sentence) {
        let lead = c.get(1).map(|g| fold(g.as_str())).unwrap_or_default();
        let (lo, hi) = if lead.contains("next") || lead.contains("proximo") {
            (1, 13)
        } else if lead.contains("last") || lead.contains("past") || lead.contains("pasado") {
            (-13, -1)
        } else if future {
            (1, 7)
        } else {
            (-6, 0)
        };
        push(c.get(0).unwrap(), Anchor::Article, lo, hi);
    }
    for c in ago.captures_iter(sentence) {
        let count = c.get(1).or(c.get(3)).and_then(|g| count_word(g.as_str()));
        let unit = unit_days(c.get(2).or(c.get(4)).map_or("", |g| g.as_str()));
        let (lo, hi) = span(count, unit);
        push(c.get(0).unwrap(), Anchor::Article, -hi, -lo);
    }
    for c in later.captures_iter(sentence) {
        let word = &c[2];
        let count = match c.get(1) {
            Some(g) => count_word(g.as_str()),
            // "weeks later" is vague, "a week later" is not; "day after" alone is "the day after".
            None if fold(word).ends_with('s') => None,
            None => Some(1),
        };
        let (lo, hi) = span(count, unit_days(word));
        push(c.get(0).unwrap(), Anchor::Previous, lo, hi);
    }
    out.sort_by_key(|r| sentence.find(&r.surface).unwrap_or(0));
    out
}

/// A relative expression of the body with what it can be counted from.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyRelative {
    /// The expression.
    pub rel: Relative,
    /// True when its sentence speaks of the future.
    pub future: bool,
    /// For [`Anchor::Previous`]: the last dated (with year) mention before it in the text.
    pub previous: Option<Ymd>,
    /// Dates with a year written right beside it ("Last week, on March 3, 2025, …").
    pub same: Vec<Ymd>,
}

/// Collects the relative time expressions of body sentences, each with the dates it
/// can be counted from.
pub fn body_relatives(sentences: &[String], day_first: bool) -> Vec<BodyRelative> {
    let mut out = Vec::new();
    let mut previous: Option<Ymd> = None;
    for s in sentences {
        let dated: Vec<Mention> = find_dates(s, day_first).into_iter().filter(|m| m.date.y != 0).collect();
        let future = is_future(s);
        for rel in find_relative(s, future) {
            let at = s.find(&rel.surface).unwrap_or(0);
            let end = at + rel.surface.len();
            let before = dated.iter().rev().find(|m| m.end <= at).map(|m| m.date);
            // Only a date right beside the words is theirs: "Last week, on March 3,
            // 2025", "on Friday (Mar. 7, 2025)", not "a 2020 law" further on.
            let beside = |m: &&Mention| {
                let gap = if m.start >= end {
                    &s[end..m.start]
                } else if m.end <= at {
                    &s[m.end..at]
                } else {
                    return false;
                };
                let gap =
                    gap.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '—' | '–'));
                matches!(fold(gap).as_str(), "" | "on" | "el" | "del" | "of")
            };
            out.push(BodyRelative {
                previous: if rel.anchor == Anchor::Previous { before.or(previous) } else { None },
                same: dated.iter().filter(beside).map(|m| m.date).collect(),
                future,
                rel,
            });
        }
        if let Some(m) = dated.last() {
            previous = Some(m.date);
        }
    }
    out
}

/// Signals of the page that decide how to read `05/02/2026`.
pub fn day_first_page(lang: Lang, text: &str) -> bool {
    static C: [OnceLock<Regex>; 3] = [const { OnceLock::new() }; 3];
    let spanish_words = C[0]
        .get_or_init(|| {
            Regex::new(r"(?i)\b(?:publicado|actualizado|a las|de \d{4}|fecha|horas|hs\.)\b")
                .expect("valid regex")
        })
        .is_match(text);
    let clock24 = C[1]
        .get_or_init(|| Regex::new(r"\b(?:1[3-9]|2[0-3]):[0-5]\d\b").expect("valid regex"))
        .is_match(text);
    let us = C[2]
        .get_or_init(|| {
            Regex::new(r"(?i)\b\d{1,2}:\d{2}\s*[ap]\.?m\.?|\b(?:ET|EST|EDT|PT|PST|CT)\b")
                .expect("valid regex")
        })
        .is_match(text);
    // British and European pages: pounds, euros, British spellings.
    let european = ["£", "€", " colour", " favour", " organisation", " centre ", " programme", " labour "]
        .iter()
        .any(|w| text.contains(w));
    lang == Lang::Es || spanish_words || (clock24 && !us) || (european && !us)
}

/// A document date with how it was obtained.
#[derive(Clone, Debug, PartialEq)]
pub struct DocDate {
    /// The date.
    pub date: Ymd,
    /// True when estimated rather than stated.
    pub estimated: bool,
    /// Why this date.
    pub evidence: DateWhy,
    /// The evidence bounds the article on both sides (stated, a dateline, a past and an
    /// upcoming event, a deictic window): only such dates are lent to related articles.
    pub bounded: bool,
}

/// A dated reference of the body, with its sentence and tense.
#[derive(Clone, Debug, PartialEq)]
pub struct BodyDate {
    /// The mention (year may be 0 until resolved).
    pub mention: Mention,
    /// The sentence it is in.
    pub sentence: String,
    /// True when the sentence speaks of the future.
    pub future: bool,
}

/// Collects the dated references of body sentences.
pub fn body_dates(sentences: &[String], day_first: bool) -> Vec<BodyDate> {
    let mut out = Vec::new();
    for s in sentences {
        let ms = find_dates(s, day_first);
        if ms.is_empty() {
            continue;
        }
        for m in ms {
            // The tense that matters is the one governing the date: the words before
            // it and just after it, not a clause further on.
            let mut end = (m.end + 30).min(s.len());
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            let future = is_future(&s[..end]) || forward_before(&s[..m.start]);
            out.push(BodyDate { mention: m, sentence: s.clone(), future });
        }
    }
    out
}

/// The publication date stated in the page header (dateline, "Posted on", byline) or
/// as a dateline opening the first paragraph. `body` is used to reject readings of an
/// ambiguous numeric date that would fall before events the article reports as past.
pub fn stated_date(
    header: &[String],
    first_paragraph: Option<&str>,
    day_first: bool,
    body: &[BodyDate],
    collection_year: Option<i32>,
) -> Option<DocDate> {
    let lower = body
        .iter()
        .filter(|b| !b.future && b.mention.date.y != 0 && b.mention.date.m != 0)
        .map(|b| b.mention.date.first())
        .max();
    for line in header {
        if line.split_whitespace().count() > 20 {
            continue;
        }
        if let Some(m) = find_dates(line, day_first).into_iter().find(|m| m.date.d != 0 && m.date.y != 0) {
            return Some(stated(&m, line, DateSource::Header, lower, day_first));
        }
    }
    if let Some(p) = first_paragraph {
        if let Some(m) =
            find_dates(p, day_first).into_iter().find(|m| m.date.d != 0 && m.date.y != 0 && m.start < 80)
        {
            let after = p[m.end..].trim_start();
            if after.starts_with(['—', '–', '-', '(', ':', '/']) || after.starts_with("(") {
                let shown: String = p[..m.end].to_string();
                return Some(stated(&m, &shown, DateSource::Dateline, lower, day_first));
            }
        }
    }
    // Agency copy states day and month only: "MONTEVIDEO, 3 feb (Reuters) -". The year
    // is the collection's (see [`collection_year`]), or the next one when that would put
    // the day before a past event the article reports.
    if let (Some(p), Some(year)) = (first_paragraph, collection_year) {
        if let Some(d) = wire_dateline(p, year, lower) {
            return Some(d);
        }
    }
    // A month-precise header date ("July 2025") is still the page's own statement.
    for line in header {
        if line.split_whitespace().count() > 8 {
            continue;
        }
        if let Some(m) = find_dates(line, day_first).into_iter().find(|m| m.date.y != 0 && m.date.m != 0) {
            return Some(stated(&m, line, DateSource::Header, lower, day_first));
        }
    }
    None
}

/// The date read from a stated mention `m` on `line` (`source`: where the line is):
/// of an ambiguous numeric date, the reading that does not fall before `lower` (the
/// latest past event the article reports), else the page's order (`day_first`).
fn stated(m: &Mention, line: &str, source: DateSource, lower: Option<i64>, day_first: bool) -> DocDate {
    let mut date = m.date;
    let mut reading = None;
    if let Some(alt) = m.alt {
        let fits = |d: Ymd| lower.is_none_or(|l| d.first() >= l);
        let how = if !fits(date) && fits(alt) {
            date = alt;
            Reading::AfterEvents
        } else if day_first {
            Reading::DayFirst
        } else {
            Reading::MonthFirst
        };
        reading = Some((m.surface.clone(), date.iso(), how));
    }
    DocDate {
        date,
        estimated: false,
        evidence: DateWhy::Stated { quote: line.trim().to_string(), source, reading },
        bounded: true,
    }
}

/// A year-less wire dateline opening `p` ("MONTEVIDEO, 3 feb (Reuters) -"), dated in
/// the collection's `year`, or the next one when that would put the day before
/// `lower`, a past event the article reports.
fn wire_dateline(p: &str, year: i32, lower: Option<i64>) -> Option<DocDate> {
    let (dm, shown) = dateline_day_month(p)?;
    let mut date = Ymd { y: year, ..dm };
    let mut from = YearFrom::Collection(year);
    // Wire copy often speaks of the weeks ahead in the past tense ("the quarter
    // ended March 31"): only an event months after the day moves the year.
    if let Some(l) = lower.filter(|&l| l > date.first() + 90 && Ymd::from_days(l).y <= year) {
        let next = Ymd { y: year + 1, ..dm };
        if next.valid() && next.first() >= l {
            date = next;
            from = YearFrom::NextYear { collection: year, past: Ymd::from_days(l).iso() };
        }
    }
    date.valid().then_some(DocDate {
        date,
        estimated: true,
        evidence: DateWhy::Dateline { quote: shown, year: date.y, from },
        bounded: true,
    })
}

/// The year a collection is written in: news speaks of the present year and of the
/// last one, much less of later years, so it is the latest year that at least 40 % as
/// many articles mention (in a past or present sentence, with a month when any article
/// gives one) as the most mentioned year; an article's stated publication year counts
/// five times. `None` when no article mentions a year. A wire story's year-less
/// dateline ("WASHINGTON, Feb 26 -") takes it.
pub fn collection_year<'a>(articles: impl Iterator<Item = (&'a [BodyDate], Option<i32>)>) -> Option<i32> {
    // Articles per year: with a month, and with the year alone.
    let mut with_month: std::collections::HashMap<i32, u32> = Default::default();
    let mut any: std::collections::HashMap<i32, u32> = Default::default();
    for (body, published) in articles {
        let mut years: Vec<(i32, bool)> = body
            .iter()
            .filter(|b| b.mention.date.y != 0 && !b.future)
            .map(|b| (b.mention.date.y, b.mention.date.m != 0))
            .collect();
        years.sort_unstable();
        years.dedup();
        for &(y, month) in &years {
            *any.entry(y).or_default() += 1;
            if month {
                *with_month.entry(y).or_default() += 1;
            }
        }
        if let Some(y) = published {
            *any.entry(y).or_default() += 5;
            *with_month.entry(y).or_default() += 5;
        }
    }
    let counts = if with_month.is_empty() { any } else { with_month };
    let most = counts.values().copied().max()?;
    counts.iter().filter(|(_, &n)| n * 10 >= most * 4).map(|(&y, _)| y).max()
}

fn dateline_regex() -> &'static Regex {
    static C: OnceLock<Regex> = OnceLock::new();
    C.get_or_init(|| {
        let any = month_alternation();
        Regex::new(&format!(
            r"^\s*\p{{Lu}}[\p{{L}} .'’-]{{1,40}}(?:,\s*\p{{Lu}}[\p{{L}} .]{{0,30}}?)?,?\s+(?:(\d{{1,2}})\s+(?:de\s+)?((?i:{any}))|((?i:{any}))\.?\s+(\d{{1,2}}))\.?\s*(?:\([^)]{{1,40}}\)\s*)?[—–-]"
        ))
        .expect("valid dateline regex")
    })
}

/// Where the text after an opening dateline starts ("SAN FRANCISCO, March 3 - …"), if
/// the paragraph opens with one: the dateline's capitals are a place, not acronyms.
pub fn dateline_end(p: &str) -> Option<usize> {
    may_open_with_dateline(p).then(|| dateline_regex().find(p).map(|m| m.end())).flatten()
}

/// What every opening dateline has (a capital first, a digit, a dash), checked
/// before [`dateline_regex`], which is slow on the many sentences without one.
fn may_open_with_dateline(p: &str) -> bool {
    p.trim_start().chars().next().is_some_and(char::is_uppercase)
        && p.contains(['-', '—', '–'])
        && p.chars().any(char::is_numeric)
}

/// An agency dateline without a year opening a paragraph ("MONTEVIDEO, 3 feb
/// (Reuters) -", "WASHINGTON, Feb 3 (AP) —"): the day and month, and the words read.
pub fn dateline_day_month(p: &str) -> Option<(Ymd, String)> {
    if !may_open_with_dateline(p) {
        return None;
    }
    let c = dateline_regex().captures(p)?;
    let (d, m) = match (c.get(1), c.get(2), c.get(3), c.get(4)) {
        (Some(d), Some(m), _, _) | (_, _, Some(m), Some(d)) => (d.as_str(), m.as_str()),
        _ => return None,
    };
    let date = Ymd { y: 0, m: month_number(m)?, d: d.parse().ok()? };
    (1..=31).contains(&date.d).then(|| (date, c[0].trim_end_matches(['—', '–', '-']).trim().to_string()))
}

/// The first eight words of `s` (with "…" when there were more), white space folded:
/// how a sentence or a headline is quoted in a date's evidence.
pub(crate) fn quote(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= 8 {
        words.join(" ")
    } else {
        format!("{}…", words[..8].join(" "))
    }
}

/// Context of a mention for evidence strings: the mention with a couple of words
/// either side, as written.
fn context(b: &BodyDate) -> String {
    let s = &b.sentence;
    let m = &b.mention;
    let before = s[..m.start].trim_end();
    let mut st = before.len();
    for _ in 0..2 {
        let t = before[..st].trim_end();
        match t.rfind(char::is_whitespace) {
            Some(p) => st = p + 1,
            None => {
                st = 0;
                break;
            }
        }
    }
    let after = &s[m.end..];
    let mut e = 0;
    for _ in 0..2 {
        let rest = &after[e..];
        let t = rest.trim_start();
        let lead = rest.len() - t.len();
        let w = t.find(char::is_whitespace).unwrap_or(t.len());
        e += lead + w;
    }
    let text = format!("{}{}", &s[st..m.start], &s[m.start..m.end + e]);
    quote(text.trim().trim_end_matches([',', ';', '.']))
}

/// One bound on an undated article's date: a past event it is not earlier than, or an
/// upcoming one it is not later than.
struct Bound {
    /// First day of the bounding event.
    first: i64,
    /// Day precision of the bounding event (breaks ties between equal first days).
    day: bool,
    /// Month known (else only the year bounds the article).
    month: bool,
    /// How the bound reads in evidence: 8 August 2025, “issue an August 8, 2025, memo”.
    told: Told,
}

/// The window a deictic expression beside a dated mention pins the article to:
/// "Last week, on March 3, 2025, …" puts it 1–13 days after 3 March.
fn deictic_window(rels: &[BodyRelative]) -> Option<(i64, i64, &BodyRelative, Ymd)> {
    rels.iter().find_map(|r| {
        let days: Vec<&Ymd> = r.same.iter().filter(|d| d.d != 0).collect();
        if r.rel.anchor != Anchor::Article || days.len() != 1 || r.same.len() != 1 {
            return None;
        }
        let d = days[0].first();
        Some((d - r.rel.hi, d - r.rel.lo, r, *days[0]))
    })
}

/// Estimates a publication date from the dates the body mentions and their tense: the
/// latest past reference (a dated event, or one counted from it: "weeks later") is a
/// lower bound, the earliest upcoming one an upper bound; a deictic expression beside
/// a dated mention ("last week, on March 3") pins a window. `present` is the
/// collection's year ([`collection_year`]): a past event alone dates the article only
/// when it is of that year or later.
pub fn estimate_from_body(body: &[BodyDate], rels: &[BodyRelative], present: Option<i32>) -> Option<DocDate> {
    let (past, fut) = bounds(body, rels);
    let p = past.iter().max_by_key(|b| (b.first, b.day));
    let f = fut.iter().filter(|f| p.is_none_or(|p| f.first >= p.first)).min_by_key(|b| b.first);
    if let Some(d) = deictic_date(rels, p, f) {
        return Some(d);
    }
    from_bounds(p, f, present)
}

/// The past and the upcoming bounds of an article's date: the dated mentions by
/// tense, events counted from a dated one ("weeks later"), and upcoming months named
/// without a year, dated after the latest past bound.
fn bounds(body: &[BodyDate], rels: &[BodyRelative]) -> (Vec<Bound>, Vec<Bound>) {
    let mut past: Vec<Bound> = Vec::new();
    let mut fut: Vec<Bound> = Vec::new();
    for b in body.iter().filter(|b| b.mention.date.y != 0) {
        let d = b.mention.date;
        let bound = Bound {
            first: d.first(),
            day: d.d != 0,
            month: d.m != 0,
            told: Told { date: d.iso(), quote: context(b), how: BoundHow::Named },
        };
        if b.future {
            fut.push(bound);
        } else {
            past.push(bound);
        }
    }
    // "Weeks later" after a dated event: the later event is itself a past bound.
    for r in rels.iter().filter(|r| r.rel.anchor == Anchor::Previous && !r.future) {
        if let Some(prev) = r.previous.filter(|p| p.m != 0) {
            let first = prev.last() + r.rel.lo;
            past.push(Bound {
                first,
                day: false,
                month: true,
                told: Told {
                    date: Ymd::from_days(first).iso(),
                    quote: r.rel.surface.clone(),
                    how: BoundHow::After(prev.iso()),
                },
            });
        }
    }
    // A date told both as past and as upcoming is a fixture of a schedule ("the
    // qualifiers end on 12 October 2005"): it bounds the article from above only.
    past.retain(|b| !fut.iter().any(|f| f.first == b.first));
    // An upcoming month named without a year is the next one after the past bound.
    let lower = past.iter().max_by_key(|b| (b.first, b.day)).map(|b| b.first);
    if let (Some(lo), true) = (lower, fut.is_empty()) {
        let reference = Ymd::from_days(lo);
        for b in body.iter().filter(|b| b.future && b.mention.date.y == 0 && b.mention.date.m != 0) {
            let d = resolve_year(b.mention.date, reference, true);
            if d.valid() {
                fut.push(Bound {
                    first: d.first(),
                    day: d.d != 0,
                    month: true,
                    told: Told { date: d.iso(), quote: context(b), how: BoundHow::Upcoming },
                });
            }
        }
    }
    (past, fut)
}

/// The window a deictic expression beside a dated mention pins ("last week, on
/// March 3"), when it fits between the past bound `p` and the upcoming one `f`.
fn deictic_date(rels: &[BodyRelative], p: Option<&Bound>, f: Option<&Bound>) -> Option<DocDate> {
    let (wlo, whi, r, beside) = deictic_window(rels)?;
    let fits = p.is_none_or(|p| whi >= p.first) && f.is_none_or(|f| wlo <= f.first);
    if fits && whi >= wlo {
        let date = Ymd::from_days(wlo + (whi - wlo) / 2);
        let prec = if whi - wlo <= 1 { Precision::Day } else { Precision::Month };
        return Some(DocDate {
            date: date.truncate(prec),
            estimated: true,
            evidence: DateWhy::Deictic {
                words: r.rel.surface.clone(),
                beside: beside.iso(),
                from: Ymd::from_days(wlo).iso(),
                to: Ymd::from_days(whi).iso(),
            },
            bounded: true,
        });
    }
    None
}

/// A date between the past bound `p` and the upcoming one `f`, or not earlier than a
/// recent `p`, or none.
fn from_bounds(p: Option<&Bound>, f: Option<&Bound>, present: Option<i32>) -> Option<DocDate> {
    // Only evidence that places the article itself: a past event and an upcoming one
    // close together, or a recent past event (of the collection's present, not history
    // an article recounts). A bare year, or an upcoming event alone ("by 2050"), never
    // dates an article.
    let recent =
        |b: &Bound| b.month && present.is_some_and(|y| (y..=y + 1).contains(&Ymd::from_days(b.first).y));
    let (date, evidence, bounded) = match (p, f) {
        (Some(p), Some(f))
            if p.month
                && f.month
                && f.first - p.first <= 400
                && present.is_none_or(|y| Ymd::from_days(p.first).y >= y - 1) =>
        {
            let mid = if f.first > p.first { p.first + (f.first - p.first) / 2 } else { p.first };
            let d = Ymd::from_days(mid).truncate(Precision::Month);
            (d, DateWhy::Bounds { past: p.told.clone(), next: Some(f.told.clone()) }, true)
        }
        (Some(p), _) if recent(p) => (
            Ymd::from_days(p.first).truncate(Precision::Month),
            DateWhy::Bounds { past: p.told.clone(), next: None },
            false,
        ),
        _ => return None,
    };
    Some(DocDate { date, estimated: true, evidence, bounded })
}

/// How the article's own time words read against an estimated date, for its evidence
/// (at most four): "In July" (past: July 2025), "Weeks later", "Last week".
pub fn tense_notes(body: &[BodyDate], rels: &[BodyRelative], date: Ymd) -> Vec<TenseCue> {
    let mut cues: Vec<TenseCue> = Vec::new();
    for b in body.iter().filter(|b| b.mention.date.y == 0 && b.mention.date.m != 0) {
        let r = resolve_year(b.mention.date, date, b.future);
        cues.push(TenseCue { quote: context(b), read_as: Some((b.future, r.iso())) });
    }
    for r in rels {
        cues.push(TenseCue { quote: r.rel.surface.clone(), read_as: None });
    }
    let mut seen = std::collections::HashSet::new();
    cues.retain(|c| seen.insert((fold(&c.quote), c.read_as.clone())));
    cues.truncate(4);
    cues
}

#[cfg(test)]
mod tests {
    use super::*;
    use explorer_core::evidence::{date_evidence_in, DateEvidence};
    use explorer_core::state::UiLang;

    /// A date's evidence as the English reader reads it.
    fn said(d: &DocDate) -> String {
        date_evidence_in(&DateEvidence { why: d.evidence.clone(), cues: Vec::new() }, UiLang::En)
    }

    fn dates(t: &str, df: bool) -> Vec<String> {
        find_dates(t, df)
            .into_iter()
            .map(|m| if m.date.y == 0 { format!("?-{:02}-{:02}", m.date.m, m.date.d) } else { m.date.iso() })
            .collect()
    }

    #[test]
    fn reads_many_forms() {
        assert_eq!(dates("January 30, 2026", false), ["2026-01-30"]);
        assert_eq!(dates("on 30 January 2026 and Jan. 3, 2025", false), ["2026-01-30", "2025-01-03"]);
        assert_eq!(dates("Updated Mar. 4, 2024, 10:44 a.m. ET", false), ["2024-03-04"]);
        assert_eq!(dates("2023-11-09", false), ["2023-11-09"]);
        assert_eq!(dates("el 5 de febrero de 2026", true), ["2026-02-05"]);
        assert_eq!(dates("In August 2025, audio leaked", false), ["2025-08"]);
        assert_eq!(dates("In July, she flew", false), ["?-07-00"]);
        assert_eq!(dates("removed in 2002 due to", false), ["2002"]);
        assert_eq!(dates("an August 8, 2025, memo", false), ["2025-08-08"]);
        assert_eq!(dates("You may see it", false), Vec::<String>::new());
    }

    #[test]
    fn numeric_dates_follow_the_page() {
        assert_eq!(dates("05/02/2026", true), ["2026-02-05"]);
        assert_eq!(dates("05/02/2026", false), ["2026-05-02"]);
        assert_eq!(dates("25/02/2026", false), ["2026-02-25"]);
        assert!(day_first_page(Lang::En, "Publicado el 05/02/2026 a las 19:14"));
        assert!(!day_first_page(Lang::En, "Posted 05/02/2026 at 7:14 p.m. ET"));
        assert!(day_first_page(Lang::En, "Published 04/03/2025. The council spent £3m on the programme."));
    }

    #[test]
    fn ambiguous_reading_that_contradicts_content_is_rejected() {
        let body = body_dates(&["The ministry signed the accord on March 20, 2024.".to_string()], false);
        let d = stated_date(&["03/04/2024".into()], None, true, &body, None).unwrap();
        // Day-first would be 3 April… fine; month-first would be 4 March, before 20 March.
        assert_eq!(d.date.iso(), "2024-04-03");
        let d = stated_date(&["04/03/2024".into()], None, false, &body, None).unwrap();
        assert_eq!(d.date.iso(), "2024-04-03");
    }

    #[test]
    fn estimates_between_past_and_future() {
        let s: Vec<String> = [
            "In May 2024, the board approved the merger.",
            "Auditors flagged an April 30, 2024, memo.",
            "The company faces a shareholder vote on July 15, 2024.",
        ]
        .map(String::from)
        .to_vec();
        let d = estimate_from_body(&body_dates(&s, false), &[], Some(2024)).unwrap();
        assert!(d.estimated);
        assert!(d.date.iso() == "2024-06" || d.date.iso() == "2024-05", "{:?}", d);
        assert!(said(&d).contains("15 Jul 2024"), "{}", said(&d));
    }

    fn rel(s: &str, future: bool) -> Vec<(String, Anchor, i64, i64)> {
        find_relative(s, future).into_iter().map(|r| (r.surface, r.anchor, r.lo, r.hi)).collect()
    }

    #[test]
    fn relative_expressions_and_their_tense() {
        assert_eq!(
            rel("Last week, officials flew home.", false),
            [("Last week".into(), Anchor::Article, -13, -1)]
        );
        assert_eq!(
            rel("The report came out on Friday.", false),
            [("on Friday".into(), Anchor::Article, -6, 0)]
        );
        assert_eq!(
            rel("Lawmakers will vote on Friday.", true),
            [("on Friday".into(), Anchor::Article, 1, 7)]
        );
        assert_eq!(
            rel("Weeks later, the memo followed.", false),
            [("Weeks later".into(), Anchor::Previous, 14, 56)]
        );
        assert_eq!(
            rel("Two days later it fell.", false),
            [("Two days later".into(), Anchor::Previous, 2, 2)]
        );
        assert_eq!(
            rel("She resigned three weeks ago.", false),
            [("three weeks ago".into(), Anchor::Article, -27, -21)]
        );
        assert_eq!(rel("El ministro viajó la semana pasada.", false)[0].2, -13);
        assert_eq!(rel("Lo anunció el viernes.", false)[0].0, "el viernes");
        assert_eq!(rel("Hace dos semanas, el gobierno cayó.", false)[0].2, -20);
        assert!(rel("The Friday prayers were calm. Days of talks.", false).is_empty());
        assert!(is_future("The rules take effect on 1 April 2025."));
        assert!(!is_future("The rules took effect on 1 April 2025."));
    }

    fn sents(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    fn estimate(s: &[&str]) -> DocDate {
        let s = sents(s);
        {
            let b = body_dates(&s, false);
            let year = collection_year(std::iter::once((&b[..], None)));
            estimate_from_body(&b, &body_relatives(&s, false), year).expect("an estimate")
        }
    }

    #[test]
    fn weeks_later_moves_the_lower_bound() {
        let d = estimate(&["In March 2024, the council met.", "Weeks later, it approved the budget."]);
        assert_eq!(d.date.iso(), "2024-04", "{d:?}");
        assert!(said(&d).contains("Weeks later"), "{}", said(&d));
        let d = estimate(&["In March 2024, the council met.", "It approved the budget."]);
        assert_eq!(d.date.iso(), "2024-03");
    }

    #[test]
    fn upcoming_month_without_year_bounds_from_above() {
        let d = estimate(&["On May 2, 2024, the court ruled.", "Voters will decide in November."]);
        assert!(said(&d).contains("Nov 2024"), "{}", said(&d));
        assert_eq!(d.date.iso(), "2024-08", "{d:?}");
    }

    #[test]
    fn deictic_word_beside_a_date_pins_a_window() {
        let d = estimate(&["Yesterday, on March 3, 2025, the strike began."]);
        assert_eq!(d.date.iso(), "2025-03-04");
        assert_eq!(d.date.precision(), Precision::Day);
        let d = estimate(&["Last week, on March 3, 2025, the strike began."]);
        assert_eq!(d.date.iso(), "2025-03", "{d:?}");
        assert!(said(&d).contains("Last week"), "{}", said(&d));
        // A date further on in the sentence is not the one the words speak of.
        let d = estimate(&["Yesterday, the court struck down a law passed on March 3, 2020."]);
        assert_eq!(d.date.iso(), "2020-03", "{d:?}");
        assert!(!said(&d).contains("Yesterday"), "{}", said(&d));
    }

    #[test]
    fn tense_notes_read_months_without_year() {
        let s = sents(&["In July, the minister visited.", "Last week, talks stalled.", "Last week, again."]);
        let n = tense_notes(&body_dates(&s, false), &body_relatives(&s, false), Ymd { y: 2025, m: 8, d: 0 });
        assert_eq!(
            n[0],
            TenseCue { quote: "In July, the".into(), read_as: Some((false, "2025-07".into())) },
            "{n:?}"
        );
        assert_eq!(n.iter().filter(|c| c.quote == "Last week").count(), 1, "{n:?}");
    }

    #[test]
    fn agency_dateline_without_year() {
        let (d, shown) = dateline_day_month("MONTEVIDEO, 3 feb (Reuters) - El gobierno dijo").unwrap();
        assert_eq!((d.m, d.d), (2, 3));
        assert_eq!(shown, "MONTEVIDEO, 3 feb (Reuters)");
        assert!(dateline_day_month("WASHINGTON, Feb. 3 (AP) — The Senate").is_some());
        assert!(dateline_day_month("RICHMOND, Va. Feb 26 - Qtly div").is_some());
        assert!(dateline_day_month("Scarborough, Ontario, Feb 26 - Shr 45 cts").is_some());
        assert!(dateline_day_month("The talks, on 3 feb, went on").is_none());
        let body = body_dates(&sents(&["El acuerdo se firmó en diciembre de 2023."]), true);
        let year = collection_year(std::iter::once((&body[..], None)));
        assert_eq!(year, Some(2023));
        let d = stated_date(&[], Some("MONTEVIDEO, 3 feb (Reuters) - El gobierno dijo."), true, &body, year)
            .unwrap();
        assert_eq!(d.date.iso(), "2024-02-03");
        assert!(d.estimated && said(&d).contains("year 2024"), "{d:?}");
        // Wire copy of one year: the year is the collection's, whatever the past it reports.
        let d =
            stated_date(&[], Some("WASHINGTON, Feb 26 - The Senate voted."), false, &[], Some(1987)).unwrap();
        assert_eq!(d.date.iso(), "1987-02-26");
    }

    #[test]
    fn the_collection_year_follows_tense() {
        // Results of last year reported, this year's plans: the articles are of 1987.
        let a =
            body_dates(&sents(&["Net profit rose in December 1986.", "It will invest more in 1987."]), false);
        let b =
            body_dates(&sents(&["Sales fell in January 1987.", "Profit in December 1986 was flat."]), false);
        let c = body_dates(&sents(&["The company expects growth by March 1990."]), false);
        let year = collection_year([(&a[..], None), (&b[..], None), (&c[..], None)].into_iter());
        assert_eq!(year, Some(1987));
        assert_eq!(collection_year(std::iter::empty()), None);
    }

    #[test]
    fn history_and_plans_never_date_an_article() {
        for s in [
            &["The cup was first played in 1903.", "The club plans a new stadium by 2050."][..],
            &["In March 1999 the firm was founded."][..],
        ] {
            let s = sents(s);
            let b = body_dates(&s, false);
            assert!(estimate_from_body(&b, &body_relatives(&s, false), Some(2004)).is_none(), "{s:?}");
        }
    }

    #[test]
    fn resolves_month_without_year() {
        let r = Ymd::day(2025, 8, 20);
        assert_eq!(resolve_year(Ymd { y: 0, m: 7, d: 0 }, r, false).iso(), "2025-07");
        assert_eq!(resolve_year(Ymd { y: 0, m: 12, d: 0 }, Ymd::day(2026, 1, 30), false).iso(), "2025-12");
        assert_eq!(resolve_year(Ymd { y: 0, m: 7, d: 0 }, Ymd::day(2024, 5, 12), false).iso(), "2024-07");
        assert_eq!(resolve_year(Ymd { y: 0, m: 9, d: 0 }, r, true).iso(), "2025-09");
        assert_eq!(Ymd::from_days(days_from_civil(2024, 2, 29)).iso(), "2024-02-29");
    }
}
