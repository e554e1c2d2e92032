//! Scoring the article text read from saved pages (`corpus eval-html`).
//!
//! A test folder holds pages `NAME.html`, each beside `NAME.txt`: the article's body
//! as plain text, marked by hand (any line breaks; the headline, byline and captions
//! are not part of it, as in the public benchmarks). `tools/html_pages.py` lays out
//! such a folder from the test sets other extractors publish.
//!
//! The measure is the one of the scrapinghub article-extraction benchmark, on bags
//! of word tokens:
//!
//! - a text's tokens are its lowercase runs of letters and digits
//!   ([`char::is_alphanumeric`]), except that in scripts written without spaces
//!   (Han, kana, Thai, Lao, Myanmar, Khmer) each character is a token of its own;
//! - the overlap of two bags is the multiset intersection (a token counted as often as
//!   it occurs in both);
//! - per page, precision = overlap / tokens extracted, recall = overlap / tokens
//!   expected, F1 their harmonic mean (an empty extraction of a non-empty body scores
//!   0 / 0; both empty score 1 / 1);
//! - overall, precision and recall are the means over pages and F1 is the harmonic
//!   mean of those two means (as the benchmark reports it); the mean of the per-page
//!   F1 is printed beside it.
//!
//! Two texts of ours are scored: `ours`, [`crate::html::read`]'s text without the
//! headline line it puts first (what the HTML path keeps), and `ours, cleaned`, the
//! body paragraphs the explorer shows once that text went through the text cleaner
//! ([`crate::clean`]: bylines, datelines and chrome lines out; see [`shown_body`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Precision, recall and F1 of one extraction against one expected body.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prf {
    /// Overlap / tokens extracted.
    pub precision: f64,
    /// Overlap / tokens expected.
    pub recall: f64,
    /// Harmonic mean of the two.
    pub f1: f64,
}

/// One page's scores: ours (two texts, see the module documentation), then one per
/// compared system (`None` when that system
/// has no output for the page, which scores as an empty extraction).
#[derive(Clone, Debug)]
pub struct PageScore {
    /// The page's name (file stem).
    pub name: String,
    /// Tokens of the expected body.
    pub expected_tokens: usize,
    /// Scores: ours, ours cleaned, then each compared system's.
    pub scores: Vec<Prf>,
}

/// Is `c` in a script written without spaces between words?
fn unspaced(c: char) -> bool {
    matches!(c as u32,
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x2FFFF)
}

/// The text's tokens (see the module documentation).
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if unspaced(c) {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(c.to_string());
        } else if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn bag(text: &str) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for t in tokens(text) {
        *m.entry(t).or_default() += 1;
    }
    m
}

/// Scores `extracted` against `expected` as bags of tokens.
pub fn score(extracted: &str, expected: &str) -> Prf {
    let (got, want) = (bag(extracted), bag(expected));
    let n_got: usize = got.values().sum();
    let n_want: usize = want.values().sum();
    if n_got == 0 && n_want == 0 {
        return Prf { precision: 1.0, recall: 1.0, f1: 1.0 };
    }
    let overlap: usize = got.iter().map(|(t, n)| (*n).min(want.get(t).copied().unwrap_or(0))).sum();
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let (precision, recall) = (ratio(overlap, n_got), ratio(overlap, n_want));
    Prf { precision, recall, f1: f1(precision, recall) }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// The body text our HTML path keeps for a page: [`crate::html::read`]'s text without
/// the headline line it starts with.
pub fn our_body(html: &str) -> String {
    let page = crate::html::read(html);
    let mut lines: Vec<&str> = page.text.lines().collect();
    if let (Some(first), Some(title)) = (lines.first(), page.meta.title.as_deref()) {
        if first.trim().eq_ignore_ascii_case(title.trim()) {
            lines.remove(0);
        }
    }
    lines.join("\n")
}

/// The body the explorer shows for a page: the text cleaner's paragraphs of
/// [`crate::html::read`]'s text, without the headline (as the build drops it), or the
/// whole text when the cleaner found no body (as the build keeps it then).
pub fn shown_body(html: &str) -> String {
    let page = crate::html::read(html);
    let mut c = crate::clean::clean(&page.text);
    if let Some(t) = &page.meta.title {
        let key = crate::lexicon::fold_fast(t);
        c.paragraphs.retain(|p| crate::lexicon::fold_fast(p) != key);
    }
    if c.paragraphs.is_empty() {
        return our_body(html);
    }
    c.paragraphs.join("\n")
}

/// The pages of `dir` that have an expected body: `(name, page path, expected path)`,
/// sorted by name.
pub fn pages(dir: &Path) -> std::io::Result<Vec<(String, PathBuf, PathBuf)>> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let expected = path.with_extension("txt");
        if let (Some(name), true) = (path.file_stem().and_then(|s| s.to_str()), expected.exists()) {
            out.push((name.to_string(), path.clone(), expected));
        }
    }
    out.sort();
    Ok(out)
}

/// Reads a file as text, decoded the way the build decodes it (a page's declared
/// charset, else UTF-8 or a legacy encoding).
fn read_text(path: &Path) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?;
    let rel = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    crate::read_text(rel, path, &bytes, &mut Vec::new()).or_else(|e| {
        if bytes.is_empty() {
            Ok(String::new())
        } else {
            Err(std::io::Error::other(e.to_string()))
        }
    })
}

/// Scores our extraction of every page of `dir`, beside each folder of `compare`
/// (another extractor's output, `NAME.txt` per page).
pub fn run(dir: &Path, compare: &[PathBuf]) -> std::io::Result<Vec<PageScore>> {
    let mut out = Vec::new();
    for (name, page, expected) in pages(dir)? {
        let html = read_text(&page)?;
        let want = read_text(&expected)?;
        let mut scores = vec![score(&our_body(&html), &want), score(&shown_body(&html), &want)];
        for c in compare {
            let theirs = read_text(&c.join(format!("{name}.txt"))).unwrap_or_default();
            scores.push(score(&theirs, &want));
        }
        out.push(PageScore { name, expected_tokens: tokens(&want).len(), scores });
    }
    Ok(out)
}

/// Writes the body text we read from every page of `dir` as `out/NAME.txt` (to read
/// what was kept, or to score it elsewhere).
pub fn write_bodies(dir: &Path, out: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    for (name, page, _) in pages(dir)? {
        std::fs::write(out.join(format!("{name}.txt")), our_body(&read_text(&page)?))?;
    }
    Ok(())
}

/// Mean precision and recall over pages, the F1 of those means, and the mean F1.
pub fn overall(scores: &[PageScore], system: usize) -> (Prf, f64) {
    let n = scores.len().max(1) as f64;
    let p = scores.iter().map(|s| s.scores[system].precision).sum::<f64>() / n;
    let r = scores.iter().map(|s| s.scores[system].recall).sum::<f64>() / n;
    let mean_f1 = scores.iter().map(|s| s.scores[system].f1).sum::<f64>() / n;
    (Prf { precision: p, recall: r, f1: f1(p, r) }, mean_f1)
}

/// The report: one line per page (precision / recall / F1 of each system), then the
/// overall figures.
pub fn report(scores: &[PageScore], systems: &[String]) -> String {
    let mut s = String::new();
    let width = scores.iter().map(|p| p.name.len()).max().unwrap_or(4).max(4);
    s.push_str(&format!("{:width$} {:>6}", "page", "tokens"));
    for name in systems {
        s.push_str(&format!("  {:>20}", truncate(name, 20)));
    }
    s.push('\n');
    for p in scores {
        s.push_str(&format!("{:width$} {:>6}", p.name, p.expected_tokens));
        for x in &p.scores {
            s.push_str(&format!("  {:.2} / {:.2} / {:.2}  ", x.precision, x.recall, x.f1));
        }
        s.push('\n');
    }
    s.push_str(&format!(
        "\n{} pages (precision / recall / F1 as page means; F1 of the means; mean page F1)\n",
        scores.len()
    ));
    for (i, name) in systems.iter().enumerate() {
        let (m, mean_f1) = overall(scores, i);
        s.push_str(&format!(
            "{name}: P {:.3}  R {:.3}  F1 {:.3}  (mean page F1 {:.3})\n",
            m.precision, m.recall, m.f1, mean_f1
        ));
    }
    s
}

fn truncate(s: &str, n: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= n {
        s.to_string()
    } else {
        chars[chars.len() - n..].iter().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_lowercase_words_and_unspaced_characters() {
        assert_eq!(tokens("The cat's 3 hats!"), ["the", "cat", "s", "3", "hats"]);
        assert_eq!(tokens("東京 Tokyo"), ["東", "京", "tokyo"]);
        assert_eq!(tokens("Ça va"), ["ça", "va"]);
    }

    #[test]
    fn bags_overlap_as_multisets() {
        let s = score("a a b c", "a b b");
        assert!((s.precision - 0.5).abs() < 1e-9, "{s:?}"); // a, b of a a b c
        assert!((s.recall - 2.0 / 3.0).abs() < 1e-9, "{s:?}");
        assert_eq!(score("", "words here").f1, 0.0);
        assert_eq!(score("", "").f1, 1.0);
    }

    #[test]
    fn the_headline_is_not_scored_as_body() {
        let html = "<html><head><title>Quay closes for repairs</title></head><body><article><p>The north quay closes on Monday for six weeks of repairs, the harbour board said in a statement on Friday evening after its meeting.</p></article></body></html>";
        assert!(our_body(html).starts_with("The north quay"), "{}", our_body(html));
    }
}
