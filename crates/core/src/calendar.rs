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

/// The month a folded word names, 1–12: English names and their common
/// abbreviations, and Spanish names (`"sept"`, `"mayo"`, `"diciembre"`).
pub fn month_of(term: &str) -> Option<u32> {
    const NAMES: [&[&str]; 12] = [
        &["january", "jan", "enero"],
        &["february", "feb", "febrero"],
        &["march", "mar", "marzo"],
        &["april", "apr", "abril"],
        &["may", "mayo"],
        &["june", "jun", "junio"],
        &["july", "jul", "julio"],
        &["august", "aug", "agosto"],
        &["september", "sept", "sep", "septiembre", "setiembre"],
        &["october", "oct", "octubre"],
        &["november", "nov", "noviembre"],
        &["december", "dec", "diciembre"],
    ];
    NAMES.iter().position(|names| names.contains(&term)).map(|i| i as u32 + 1)
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
