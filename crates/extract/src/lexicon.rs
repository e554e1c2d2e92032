//! Word lists the extraction rules lean on, compiled into the binary.
//!
//! The lists are general tools (common given names, titles, a world gazetteer, stop
//! words…), never answers about a particular corpus. They live as plain text files
//! under `lexicon/` so they can be read and extended without touching code, and are
//! embedded with `include_str!` so the build script and the native crate see the same
//! data. Every lookup is on folded text (see [`explorer_core::text::fold`]).

use explorer_core::text::fold;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// [`explorer_core::text::fold`] with a fast path for plain ASCII words (the common case in
/// the hot loops of extraction); the result is identical.
pub fn fold_fast(s: &str) -> String {
    if s.is_ascii() {
        s.to_ascii_lowercase()
    } else {
        fold(s)
    }
}

/// Non-empty, non-comment lines of a lexicon file.
fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A folded word set from a one-entry-per-line file (several words per line allowed
/// when `split_words` is set).
fn set(src: &'static str, split_words: bool) -> HashSet<String> {
    let mut out = HashSet::new();
    for l in lines(src) {
        if split_words {
            out.extend(l.split_whitespace().map(fold));
        } else {
            out.insert(fold(l));
        }
    }
    out
}

/// A `Canonical|alias|alias` file as folded alias → canonical spelling.
fn alias_map(src: &'static str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for l in lines(src) {
        let mut parts = l.split('|').map(str::trim);
        let canonical = parts.next().unwrap_or_default().to_string();
        out.insert(fold(&canonical), canonical.clone());
        for alias in parts {
            out.insert(fold(alias), canonical.clone());
        }
    }
    out
}

macro_rules! lexicon_set {
    ($(#[$doc:meta])* $name:ident, $file:literal, $split:expr) => {
        $(#[$doc])*
        pub fn $name() -> &'static HashSet<String> {
            static CELL: OnceLock<HashSet<String>> = OnceLock::new();
            CELL.get_or_init(|| set(include_str!($file), $split))
        }
    };
}

/// Common given names of many languages (folded): the hand-made list and the 1990 US
/// Census first names (`given_names_census.txt`, see `tools/lexicon/generate.py`).
pub fn given_names() -> &'static HashSet<String> {
    static CELL: OnceLock<HashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut s = set(include_str!("lexicon/given_names.txt"), false);
        s.extend(set(include_str!("lexicon/given_names_census.txt"), false));
        s
    })
}

lexicon_set!(
    /// Census given names that are also ordinary words ("Dick", "Rich", "Grace";
    /// `given_names_words.txt`, see `tools/lexicon/generate.py`): a name opens with one
    /// only before a capitalised word.
    given_names_words, "lexicon/given_names_words.txt", false
);

lexicon_set!(
    /// The hand-made list of common given names alone (without the census names, many
    /// of which are also surnames: "Reagan", "Baker").
    common_given_names, "lexicon/given_names.txt", false
);

lexicon_set!(
    /// Cities of 50,000 people or more whose names are not also given names, surnames
    /// or English words (`cities.txt`, see `tools/lexicon/generate.py`): a capitalised
    /// run that is one is a place, not a person. Not a source of the Places facet.
    cities, "lexicon/cities.txt", false
);
lexicon_set!(
    /// Titles and office words that may precede a name (folded).
    titles, "lexicon/titles.txt", false
);
lexicon_set!(
    /// Words completing an office title ("of State", "of Staff").
    role_tails, "lexicon/role_tails.txt", false
);
lexicon_set!(
    /// Capitalised common words that are never part of a name.
    stop_caps, "lexicon/stop_caps.txt", false
);
lexicon_set!(
    /// Words naming a political party or its members ("Tories", "Lib Dem").
    party_words, "lexicon/parties.txt", false
);
lexicon_set!(
    /// Nationality adjectives and demonyms.
    demonyms, "lexicon/demonyms.txt", false
);
lexicon_set!(
    /// Words that mark an organisation name.
    org_cues, "lexicon/org_cues.txt", false
);
lexicon_set!(
    /// Stop words for keyphrases (English and Spanish).
    stopwords, "lexicon/stopwords.txt", true
);

/// The gazetteer: folded place name or alias → canonical place name.
pub fn places() -> &'static HashMap<String, String> {
    static CELL: OnceLock<HashMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| alias_map(include_str!("lexicon/places.txt")))
}

/// The country a city, state or region of the gazetteer lies in (`within.txt`):
/// canonical place name → canonical country name, both as [`places`] gives them.
pub fn country_of() -> &'static HashMap<String, String> {
    static CELL: OnceLock<HashMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| grouped(include_str!("lexicon/within.txt")))
}

/// A `Name: member; member; …` file as member → name, both as written.
fn grouped(src: &'static str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    for l in lines(src) {
        let Some((name, members)) = l.split_once(':') else { continue };
        for m in members.split(';').map(str::trim).filter(|m| !m.is_empty()) {
            out.insert(m.to_string(), name.trim().to_string());
        }
    }
    out
}

/// The nation a nationality adjective names (`nations.txt`): the adjective as written
/// ("Dutch", "U.S.") → canonical country name, as [`places`] gives it.
pub fn nation_of() -> &'static HashMap<String, String> {
    static CELL: OnceLock<HashMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| grouped(include_str!("lexicon/nations.txt")))
}

/// Is this canonical place name a nation: a country of `places.txt` (the lines before
/// its "Not nations" comment) or a nation of `nations.txt` ("Scotland"), not a city or
/// a region?
pub fn is_nation(place: &str) -> bool {
    static CELL: OnceLock<HashSet<String>> = OnceLock::new();
    CELL.get_or_init(|| {
        let src = include_str!("lexicon/places.txt");
        let countries = src.split("\n# Not nations").next().unwrap_or(src);
        lines(countries)
            .filter_map(|l| l.split('|').next())
            .map(|c| c.trim().to_string())
            .chain(nation_of().values().cloned())
            .collect()
    })
    .contains(place)
}

/// How wire datelines abbreviate US states and Canadian provinces (`regions.txt`):
/// abbreviation without its final dot ("Calif", "N.Y", "W. Va") → canonical place.
pub fn region_abbreviations() -> &'static HashMap<String, String> {
    static CELL: OnceLock<HashMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| grouped(include_str!("lexicon/regions.txt")))
}

/// Seats of government and well-known institutions: folded alias → canonical name.
pub fn seats() -> &'static HashMap<String, String> {
    static CELL: OnceLock<HashMap<String, String>> = OnceLock::new();
    CELL.get_or_init(|| alias_map(include_str!("lexicon/seats.txt")))
}

/// Longest alias (in words) of the gazetteer and the seats list, to bound look-ups.
pub fn max_alias_words() -> usize {
    static CELL: OnceLock<usize> = OnceLock::new();
    *CELL.get_or_init(|| {
        places().keys().chain(seats().keys()).map(|k| k.split_whitespace().count()).max().unwrap_or(1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicons_load_and_fold() {
        assert!(given_names().contains("lucia"));
        assert!(titles().contains("mr."));
        assert_eq!(places().get("u.s.").map(String::as_str), Some("United States"));
        assert!(stopwords().contains("the"));
        assert!(!stopwords().contains("third"));
        assert!(max_alias_words() >= 3);
        assert_eq!(country_of().get("Cleveland").map(String::as_str), Some("United States"));
        // Every place and country of within.txt is a canonical name of the gazetteer,
        // spelt as it gives it (a typo would silently never match).
        let canonical: HashSet<&String> = places().values().collect();
        for (place, country) in country_of() {
            assert!(canonical.contains(place), "within.txt: {place} is not a place of places.txt");
            assert!(canonical.contains(country), "within.txt: {country} is not a place of places.txt");
            assert!(!country_of().contains_key(country), "within.txt: {country} is itself within a country");
        }
        for (abbr, place) in region_abbreviations() {
            assert!(
                canonical.contains(place),
                "regions.txt: {abbr} stands for {place}, not a place of places.txt"
            );
        }
        assert_eq!(region_abbreviations().get("W. Va").map(String::as_str), Some("West Virginia"));
        for (word, nation) in nation_of() {
            assert!(canonical.contains(nation), "nations.txt: {nation} is not a place of places.txt");
            assert!(
                demonyms().contains(&fold_fast(word)),
                "nations.txt: {word} is not a line of demonyms.txt"
            );
        }
        assert_eq!(nation_of().get("Dutch").map(String::as_str), Some("Netherlands"));
        assert!(is_nation("Japan") && is_nation("New Zealand") && is_nation("Scotland"));
        assert!(!is_nation("Tokyo") && !is_nation("Europe") && !is_nation("Ohio"));
    }
}
