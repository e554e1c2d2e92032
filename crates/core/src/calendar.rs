//! The Gregorian calendar the rest of the code counts with, written once.
//!
//! Dates are read at build time (`explorer-extract`'s dates and synthetic articles),
//! normalised in URL state, binned by the histogram and recognised in the reader's
//! text; all of them need the same month names and month lengths, so they live here.

/// English month names, January first.
pub const MONTH_NAMES_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English month names and the abbreviations the wires write, folded, January first.
pub const MONTHS_EN: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// Spanish month names (written in lower case), January first.
pub const MONTHS_ES: [&[&str]; 12] = [
    &["enero"],
    &["febrero"],
    &["marzo"],
    &["abril"],
    &["mayo"],
    &["junio"],
    &["julio"],
    &["agosto"],
    &["septiembre", "setiembre"],
    &["octubre"],
    &["noviembre"],
    &["diciembre"],
];

/// Month names of the other languages whose pages the build reads (French, German,
/// Italian, Portuguese), as written, with their accents, January first.
pub const MONTHS_OTHER: [&[&str]; 12] = [
    &["janvier", "Januar", "gennaio", "janeiro"],
    &["février", "fevrier", "Februar", "febbraio", "fevereiro"],
    &["mars", "März", "março"],
    &["avril", "aprile"],
    &["mai", "maggio", "maio"],
    &["juin", "Juni", "giugno", "junho"],
    &["juillet", "Juli", "luglio", "julho"],
    &["août", "aout"],
    &["septembre", "settembre", "setembro"],
    &["octobre", "Oktober", "ottobre", "outubro"],
    &["novembre", "novembro"],
    &["décembre", "decembre", "Dezember", "dicembre", "dezembro"],
];

/// Abbreviations and spellings read only where a month is expected (a dateline's or
/// a page header's date), never searched for in running text ("out", "set", "ago" are
/// words), folded, January first.
pub const MONTH_ABBREVIATIONS: [&[&str]; 12] = [
    &["ene"],
    &[],
    &["marz", "marco"],
    &["abr"],
    &[],
    &[],
    &[],
    &["ago"],
    &["set"],
    &["out"],
    &[],
    &["dic", "dez"],
];

fn month_in(tables: &[&[&[&str]; 12]], folded: &str) -> Option<u32> {
    (0..12).find(|&i| tables.iter().any(|t| t[i].contains(&folded))).map(|i| i as u32 + 1)
}

/// The month a folded word names, 1–12: English names and their common
/// abbreviations, and Spanish names (`"sept"`, `"mayo"`, `"diciembre"`).
pub fn month_of(term: &str) -> Option<u32> {
    month_in(&[&MONTHS_EN, &MONTHS_ES], term)
}

/// Whether a folded word is a Spanish month name.
pub fn is_spanish_month(term: &str) -> bool {
    month_in(&[&MONTHS_ES], term).is_some()
}

/// The month a folded word names in any language of [`MONTHS_EN`], [`MONTHS_ES`],
/// [`MONTHS_OTHER`] (whose entries are compared folded: lower case, no accents) and
/// [`MONTH_ABBREVIATIONS`].
pub fn month_of_any(term: &str) -> Option<u32> {
    month_in(&[&MONTHS_EN, &MONTHS_ES, &MONTH_ABBREVIATIONS], term).or_else(|| {
        (0..12).find(|&i| MONTHS_OTHER[i].iter().any(|m| crate::text::fold(m) == term)).map(|i| i as u32 + 1)
    })
}

/// Every spelling of every month that running text is searched for (not
/// [`MONTH_ABBREVIATIONS`]), as a regular-expression alternation, the longest first
/// (so "September" is not read as "Sep").
pub fn month_alternation() -> String {
    let mut all: Vec<String> = Vec::new();
    for i in 0..12 {
        for m in MONTHS_EN[i].iter().chain(MONTHS_ES[i]).chain(MONTHS_OTHER[i]) {
            if !all.iter().any(|a| a == m) {
                all.push(m.to_string());
            }
        }
    }
    all.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
    all.join("|")
}

/// Whether `y` is a leap year.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in month `m` (1–12) of year `y`; 0 for a month that does not exist.
pub fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// `yyyymmdd` as `YYYY-MM-DD` (clamped to the month's last day).
pub fn day_string(d: u32) -> String {
    let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
    format!("{y:04}-{m:02}-{:02}", day.min(days_in_month(y as i32, m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_in_every_language_read() {
        assert_eq!(month_of("sept"), Some(9));
        assert_eq!(month_of("mayo"), Some(5));
        assert_eq!(month_of("fevrier"), None);
        assert_eq!(month_of_any("fevrier"), Some(2));
        assert_eq!(month_of_any("marz"), Some(3));
        assert_eq!(month_of_any("dez"), Some(12));
        assert!(is_spanish_month("setiembre") && !is_spanish_month("may"));
        let alt = month_alternation();
        let at = |m: &str| alt.split('|').position(|x| x == m);
        assert!(at("september") < at("sept") && at("sept") < at("sep"));
        assert!(at("août").is_some() && at("out").is_none());
    }

    #[test]
    fn month_lengths() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2026, 4), 30);
        assert_eq!(days_in_month(2026, 13), 0);
        assert_eq!(days_in_month(2026, 0), 0);
    }

    #[test]
    fn month_words() {
        assert_eq!(month_of("sept"), Some(9));
        assert_eq!(month_of("mayo"), Some(5));
        assert_eq!(month_of("maybe"), None);
        assert_eq!(MONTH_NAMES_EN[11], "December");
    }

    #[test]
    fn day_strings_are_clamped_to_the_month() {
        assert_eq!(day_string(20250231), "2025-02-28");
        assert_eq!(day_string(20260130), "2026-01-30");
    }
}
