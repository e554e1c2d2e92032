//! Text normalisation shared by extraction and search.
//!
//! The same folding must be applied when the build indexes an article and when the
//! browser parses a query, or "Lucia" would never meet "Lucía". This module is that
//! single definition: Unicode decomposition with combining marks dropped (accent
//! folding), lower-casing, a tokenizer that keeps byte offsets into the original text
//! (so matches can be highlighted in place), English/Spanish stemming and a tiny
//! language guess to pick the stemmer.

use rust_stemmers::{Algorithm, Stemmer};
use unicode_normalization::{char::is_combining_mark, UnicodeNormalization};

/// Language of a text, as far as stemming is concerned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Lang {
    /// English.
    En,
    /// Spanish.
    Es,
}

/// Folds a string for matching: accents removed, lower case, typographic quotes
/// made plain. `fold("Lucía")` is `"lucia"`.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2018}' | '\u{2019}' | '\u{02BC}' => out.push('\''),
            'ß' => out.push_str("ss"),
            'ø' | 'Ø' => out.push('o'),
            'æ' | 'Æ' => out.push_str("ae"),
            'ł' | 'Ł' => out.push('l'),
            'đ' | 'Đ' => out.push('d'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Folds one word (no allocation when it is already plain lowercase ASCII).
fn fold_word(word: &str) -> String {
    if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
        word.to_string()
    } else {
        fold(word)
    }
}

/// A token of a text: its folded form and where it sits in the original string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The folded word.
    pub term: String,
    /// Byte offset of the first character in the original text.
    pub start: usize,
    /// Byte offset just past the last character in the original text.
    pub end: usize,
}

/// The byte spans of the words of a text: runs of letters, digits and combining
/// marks. A possessive `'s` / `’s` is not a word of its own. This is the one word
/// boundary rule; [`tokenize`] and the phrase scan of the index both walk it.
pub fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut chars = text.char_indices().chain(std::iter::once((text.len(), ' ')));
    let mut start: Option<usize> = None;
    let mut prev_apostrophe = false;
    let mut apostrophe_before_start = false;
    std::iter::from_fn(move || {
        for (i, c) in chars.by_ref() {
            let in_word = i < text.len() && (c.is_alphanumeric() || is_combining_mark(c));
            if in_word {
                if start.is_none() {
                    start = Some(i);
                    apostrophe_before_start = prev_apostrophe;
                }
                prev_apostrophe = false;
                continue;
            }
            prev_apostrophe = matches!(c, '\'' | '\u{2019}');
            if let Some(s) = start.take() {
                let word = &text[s..i];
                if !(apostrophe_before_start && (word == "s" || word == "S")) {
                    return Some((s, i));
                }
            }
        }
        None
    })
}

/// Splits text into word tokens (see [`word_spans`]), folded, with their byte
/// offsets.
pub fn tokenize(text: &str) -> Vec<Token> {
    word_spans(text).map(|(start, end)| Token { term: fold_word(&text[start..end]), start, end }).collect()
}

/// The folded terms of a text, without offsets.
pub fn terms(text: &str) -> Vec<String> {
    tokenize(text).into_iter().map(|t| t.term).collect()
}

/// Stems a folded word in the given language.
pub fn stem(word: &str, lang: Lang) -> String {
    let algorithm = match lang {
        Lang::En => Algorithm::English,
        Lang::Es => Algorithm::Spanish,
    };
    Stemmer::create(algorithm).stem(word).into_owned()
}

const ES_MARKERS: &[&str] = &[
    "el", "la", "los", "las", "del", "que", "por", "para", "con", "una", "es", "se", "su", "al", "lo",
    "como", "pero", "sus", "fue", "desde", "sobre",
];
const EN_MARKERS: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "with", "was", "on", "as", "by", "it", "from",
    "has", "have", "are", "be", "this",
];

/// Guesses whether a text is English or Spanish from its commonest short words.
/// Anything that is not clearly Spanish is treated as English.
pub fn guess_lang(text: &str) -> Lang {
    let (mut en, mut es) = (0usize, 0usize);
    for t in tokenize(text) {
        if EN_MARKERS.contains(&t.term.as_str()) {
            en += 1;
        }
        if ES_MARKERS.contains(&t.term.as_str()) {
            es += 1;
        }
    }
    if es > en {
        Lang::Es
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_removes_accents_and_case() {
        assert_eq!(fold("Lucía"), "lucia");
        assert_eq!(fold("ÉXITO Ñandú"), "exito nandu");
        assert_eq!(fold("Björn Straße"), "bjorn strasse");
        assert_eq!(fold("Milei’s"), "milei's");
    }

    #[test]
    fn tokens_keep_offsets_into_the_original() {
        let text = "Lucía Cholakian’s report, 2026.";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(words, ["Lucía", "Cholakian", "report", "2026"]);
        assert_eq!(toks[0].term, "lucia");
    }

    #[test]
    fn decomposed_accents_stay_inside_the_word() {
        let text = "Luci\u{301}a";
        let toks = tokenize(text);
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].term, "lucia");
    }

    #[test]
    fn stems_in_both_languages() {
        assert_eq!(stem("deportations", Lang::En), stem("deportation", Lang::En));
        assert_eq!(stem("migrantes", Lang::Es), stem("migrante", Lang::Es));
    }

    #[test]
    fn guesses_language() {
        assert_eq!(guess_lang("Marco Rubio admite contactos con Argentina sobre los migrantes"), Lang::Es);
        assert_eq!(guess_lang("The talks highlight the eagerness of the government"), Lang::En);
    }
}
