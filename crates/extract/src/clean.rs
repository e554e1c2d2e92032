//! Separating the article from the page around it.
//!
//! Scraped pages carry navigation ("No Result", "Home News"), live-update sidebars,
//! lists of other stories with their dates, share buttons, photo credits, agency codes
//! and newsletter footers. None of that is the article, and names or dates found there
//! must not be attributed to it. This module classifies every line, keeps headline,
//! standfirst, byline and body, moves the rest to [`Cleaned::chrome`], and reads the
//! credits (authors, publisher) that the chrome and the tail of the article reveal.

use super::lexicon::fold_fast as fold;
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Lines longer than this (in bytes) are split into sentence-sized paragraphs, so a
/// file without line breaks still yields a readable, linear-time body.
const LONG_LINE: usize = 1500;

/// The article separated from its page, with its credits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cleaned {
    /// The headline found in the text, or one derived from the lede.
    pub title: String,
    /// True when [`Cleaned::title`] was derived from the lede.
    pub title_derived: bool,
    /// The standfirst under the headline, if any.
    pub standfirst: Option<String>,
    /// The outlet, as the page names it.
    pub publisher: Option<String>,
    /// Credited authors, in order of appearance.
    pub authors: Vec<String>,
    /// The body, one paragraph per entry.
    pub paragraphs: Vec<String>,
    /// Lines removed as page chrome.
    pub chrome: Vec<String>,
    /// Lines of the page header (between the top and the body, headline excluded):
    /// the place where a publication date is stated.
    pub header: Vec<String>,
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid regex"))
}

/// A line that is only a date (with optional "Posted on", time, "by …").
pub fn date_line_re() -> &'static Regex {
    static C: OnceLock<Regex> = OnceLock::new();
    re(
        &C,
        r"(?i)^(?:(?:posted|published|updated|publicado|actualizado|last updated|modified)(?:\s+(?:on|el|at))?:?\s*|on\s+|el\s+)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+)?[a-zéáíóú]{3,10}\.?,?\s+(?:de\s+)?\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:,?\s*(?:at|a las|-|,|—)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\.?$",
    )
}

/// Splits a text into sentences at `.`, `!`, `?` (and `…`) followed by a space and a
/// capital, a quote or a digit, keeping abbreviations ("Mr.", "U.S.", "Jan.") whole.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Look past closing quotes / brackets.
            let mut j = i + 1;
            while j < bytes.len()
                && (matches!(bytes[j], b'"' | b'\'' | b')')
                    || text[j..].starts_with('\u{201D}')
                    || text[j..].starts_with('\u{2019}'))
            {
                j += if bytes[j] < 0x80 { 1 } else { 3 };
            }
            if j < bytes.len() && bytes[j] == b' ' {
                let rest = text[j..].trim_start();
                let next = rest.chars().next();
                let starts_ok = next.is_some_and(|c| {
                    c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(c, '"' | '\u{201C}' | '\u{2018}' | '¿' | '¡' | '(' | '[')
                });
                if starts_ok && !(b == b'.' && is_abbreviation(&text[start..i])) {
                    let s = text[start..j].trim();
                    if !s.is_empty() {
                        out.push(s);
                    }
                    start = j;
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    let s = text[start..].trim();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// Is the word just before a period an abbreviation that does not end a sentence?
fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    let w = word.trim_start_matches(['"', '\u{201C}']);
    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
        return true; // initials: "Kevin M. Warsh"
    }
    if w.contains('.') && w.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        return true; // "U.S", "D.C"
    }
    const ABBR: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Lt", "Sgt", "Capt", "St", "Jr",
        "Sr", "Sra", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "No", "Inc", "Corp", "Co", "Ltd", "Mt", "Ft", "approx", "Av", "Avda",
    ];
    ABBR.contains(&w)
}

/// Splits one over-long line into paragraphs of a few sentences each.
fn split_long(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut count = 0;
    for s in sentences(line) {
        // A single monster "sentence" is cut at word boundaries.
        if s.len() > LONG_LINE {
            let mut chunk = String::new();
            for w in s.split_whitespace() {
                if chunk.len() + w.len() > LONG_LINE && !chunk.is_empty() {
                    out.push(std::mem::take(&mut chunk));
                }
                if !chunk.is_empty() {
                    chunk.push(' ');
                }
                chunk.push_str(w);
            }
            if !chunk.is_empty() {
                out.push(chunk);
            }
            continue;
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(s);
        count += 1;
        if count >= 4 || cur.len() > LONG_LINE / 2 {
            out.push(std::mem::take(&mut cur));
            count = 0;
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Normalises a raw text into trimmed, non-empty lines (long lines split).
pub fn raw_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.split(['\n', '\r']) {
        let line: String = line
            .chars()
            .filter(|c| !matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}'))
            .map(|c| if c == '\u{00A0}' || c == '\t' { ' ' } else { c })
            .collect();
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line.len() > LONG_LINE {
            out.extend(split_long(line));
        } else {
            out.push(line.to_string());
        }
    }
    out
}

/// How a line of the page was classified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Article text (headline, standfirst, body, subheading).
    Text,
    /// Navigation, share buttons, labels: never article text.
    Nav,
    /// A line that is only a date (or "Posted on …").
    Date,
    /// "By Jane Doe".
    Byline,
    /// A list item ("- …", "• …").
    Bullet,
    /// A line that ends the article: what follows is chrome ("The post … appeared
    /// first on …", "Related post", "You may also like").
    End,
    /// Any other chrome line (copyright, photo credit, agency code, footer).
    Chrome,
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

const NAV: &[&str] = &[
    "no result",
    "view all result",
    "home",
    "home news",
    "news",
    "in news",
    "menu",
    "search",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "tweet",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "telegram",
    "email",
    "e-mail",
    "print",
    "copy link",
    "advertisement",
    "publicidad",
    "subscribe",
    "sign in",
    "log in",
    "login",
    "register",
    "skip to content",
    "skip to main content",
    "read more",
    "leer mas",
    "ver mas",
    "load more",
    "show more",
    "related",
    "related post",
    "related posts",
    "related articles",
    "related news",
    "more news",
    "more stories",
    "most read",
    "trending",
    "top stories",
    "latest news",
    "ultimas noticias",
    "comments",
    "leave a comment",
    "close",
    "toggle navigation",
    "back to top",
    "next",
    "previous",
    "next post",
    "previous post",
    "follow us",
    "newsletter",
    "live",
    "live updates",
    "listen",
    "listen to this article",
    "save",
    "gift this article",
    "video",
    "watch",
];

fn classify(line: &str) -> Kind {
    let f = fold(line);
    let f = f.trim_matches(|c: char| !c.is_alphanumeric());
    if NAV.contains(&f) {
        return if matches!(
            f,
            "related post"
                | "related posts"
                | "related articles"
                | "related news"
                | "more stories"
                | "more news"
        ) {
            Kind::End
        } else {
            Kind::Nav
        };
    }
    static C: [OnceLock<Regex>; 8] = [const { OnceLock::new() }; 8];
    if re(&C[0], r"(?i)^the post .{3,300} appeared first on .{2,80}$").is_match(line) {
        return Kind::End;
    }
    if re(&C[1], r"(?i)^(?:also read|read also|read more|see also|more from|you may also like|you might also like|recommended|related|lee también|leé también|lea también|te puede interesar|más noticias|mas noticias|ver también|further reading)\b\s*[:\-–—]").is_match(line) {
        return Kind::Chrome;
    }
    // A copyright footer is a short line; a paragraph about copyright is the article.
    if re(&C[2], r"(?i)(?:©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|todos los derechos reservados)")
        .is_match(line)
        && word_count(line) <= 30
    {
        return Kind::Chrome;
    }
    if re(&C[3], r"(?i)(?:^|[.\s])(?:foto|photo|photograph|image|imagen|picture|credit|crédito|getty images|afp photo|ap photo|reuters/)\s*[:/]").is_match(line)
        && word_count(line) <= 40
    {
        return Kind::Chrome;
    }
    if re(&C[4], r"^[\-–—]{0,2}\s*[A-Z]{2,}(?:\s*/\s*[A-Z]{2,})+\s*$|(?i)^(?:source|sources|fuente|fuentes|con información de|with information from)\s*:\s*\S.{0,60}$").is_match(line) {
        return Kind::Chrome;
    }
    if re(&C[5], r"(?i)(?:customer support|get in (?:contact|touch)|contact us|report typos|sign up for|subscribe to our|newsletter|follow us on|click here|terms of (?:use|service)|privacy policy|cookie)").is_match(line)
        && word_count(line) <= 45
    {
        return Kind::Chrome;
    }
    if re(&C[6], r"(?i)^(?:updated|actualizado)\b.*(?:\b(?:ET|EST|EDT|GMT|UTC|BST|CET|ART)\b|[ap]\.m\.)")
        .is_match(line)
        || dates_only(line)
        || credit_line(line)
    {
        // "Published 12.03.2025 14:20 | Updated 12.03.2025 16:05" is two date lines, and
        // so is "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM".
        return Kind::Date;
    }
    if re(&C[7], r"^(?:[Bb]y|BY|Por|por)\s+\p{Lu}").is_match(line)
        && word_count(line) <= 14
        && !line.ends_with('.')
    {
        return Kind::Byline;
    }
    if line.starts_with(['-', '•', '*', '·', '–', '▪', '►']) && word_count(line) >= 1 {
        return Kind::Bullet;
    }
    Kind::Text
}

/// Does the line read like a headline (not a sentence of body text)?
fn headline_like(line: &str) -> bool {
    let n = word_count(line);
    if !(3..=32).contains(&n) {
        return false;
    }
    let t = line.trim_end_matches(['"', '\u{201D}', '\'', '\u{2019}']);
    // A headline rarely ends with a period, and never opens with an agency dateline.
    (!t.ends_with('.') || n <= 6) && !t.ends_with(',') && !t.ends_with(';') && dateline(line).is_none()
}

/// Is this a live-update sidebar heading?
fn sidebar_start(line: &str) -> bool {
    let f = fold(line);
    word_count(line) <= 10
        && (f.contains("live updates")
            || f.contains("live update")
            || f.contains("en vivo")
            || f.ends_with("live"))
}

/// Is the line only dates: "Published 12.03.2025 14:20 | Updated 12.03.2025 16:05",
/// "on December 27, 2014 at 12:06 PM, updated December 27, 2014 at 12:10 PM"?
fn dates_only(line: &str) -> bool {
    static C: OnceLock<Regex> = OnceLock::new();
    let parts: Vec<&str> = re(&C, r"(?i)[|·]|,?\s+(?:updated|actualizado)\b")
        .split(line)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    !parts.is_empty()
        && parts.iter().enumerate().all(|(i, part)| {
            date_line_re().is_match(part) || (i > 0 && date_line_re().is_match(&format!("updated {part}")))
        })
}

/// A credit line of names, places and a date: "Patricio Candia | Palma de Mallorca |
/// 08/01/2014", "Redacción · Buenos Aires · 5 de febrero de 2026". Its date dates the
/// article (read by the article's language, like every numeric date).
fn credit_line(line: &str) -> bool {
    let parts: Vec<&str> = line.split(['|', '·']).map(str::trim).filter(|p| !p.is_empty()).collect();
    if !(2..=4).contains(&parts.len()) || word_count(line) > 16 {
        return false;
    }
    let is_date = |p: &str| date_line_re().is_match(p);
    let is_label = |p: &str| {
        let words: Vec<&str> = p.split_whitespace().collect();
        (1..=5).contains(&words.len())
            && !p.ends_with(['.', ',', ';', ':', '?', '!'])
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "de" | "del" | "la" | "las" | "los" | "y" | "da" | "do" | "van" | "von")
            })
    };
    parts.iter().filter(|p| is_date(p)).count() == 1 && parts.iter().all(|p| is_date(p) || is_label(p))
}

/// Names credited by a byline ("By Jane Doe and John Roe", "By Jane Doe, Reuters").
fn byline_names(line: &str) -> Vec<String> {
    let rest = line.split_once(char::is_whitespace).map(|x| x.1).unwrap_or("");
    split_names(rest)
}

/// Splits "A, B and C" into person-looking names; outlets are dropped.
fn split_names(s: &str) -> Vec<String> {
    let s = s.replace(" and ", ",").replace(" y ", ",").replace(" & ", ",");
    let mut out = Vec::new();
    for part in s.split([',', ';', '|']) {
        let mut name = part.trim().trim_end_matches('.').trim();
        // "CNN's Jason Carroll", "Gulf Ledger’s Ana Ruiz": the outlet is not the name.
        let mut at = 0;
        for w in name.split(' ') {
            at += w.len() + 1;
            if ["'s", "’s"].iter().any(|s| w.ends_with(s)) && name.get(at..).is_some_and(|r| r.contains(' '))
            {
                name = name[at..].trim();
                break;
            }
        }
        let words: Vec<&str> = name.split_whitespace().collect();
        if (2..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "de" | "del" | "da" | "van" | "von" | "la")
            })
            && !words.iter().any(|w| super::lexicon::org_cues().contains(&fold(w)))
        {
            out.push(name.to_string());
        }
    }
    out
}

/// Authors named at the tail of an article ("X and Y contributed reporting",
/// "X is a Times reporter", "Reporting by X; Editing by Y").
fn tail_authors(line: &str) -> Vec<String> {
    static C: [OnceLock<Regex>; 3] = [const { OnceLock::new() }; 3];
    if let Some(c) =
        re(&C[0], r"^(.{3,120}?)\s+contributed (?:reporting|to this report|research)").captures(line)
    {
        return split_names(&c[1]);
    }
    if let Some(c) = re(&C[1], r"^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}) is an? (?:[\p{L} ]{0,30})?(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|bureau chief)\b").captures(line) {
        return split_names(&c[1]);
    }
    if let Some(c) =
        re(&C[2], r"(?i)^\(?(?:reporting|writing|additional reporting|reporte|reportaje|información|informacion|redacción|redaccion) (?:by|de|por) (.{3,120}?)(?:;|\)|$)").captures(line)
    {
        return split_names(&c[1]);
    }
    Vec::new()
}

/// Title-cases an agency code ("PERFIL" → "Perfil"; short codes stay upper case).
fn code_name(code: &str) -> String {
    if code.len() <= 4 {
        return code.to_string();
    }
    let mut c = code.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c.flat_map(char::to_lowercase)).collect(),
        None => String::new(),
    }
}

/// Publisher evidence found in a line, with a strength (higher wins).
fn publisher_hint(line: &str) -> Option<(u8, String)> {
    static C: [OnceLock<Regex>; 6] = [const { OnceLock::new() }; 6];
    if let Some(c) = re(&C[0], r"(?i)appeared first on (.{2,80}?)\.?$").captures(line) {
        return Some((6, c[1].trim().to_string()));
    }
    if let Some(c) = re(&C[1], r"(?i)^(?:source|fuente)\s*:\s*(.{2,60}?)\.?$").captures(line) {
        return Some((5, c[1].trim().to_string()));
    }
    if let Some(c) = re(&C[2], r"^[\-–—]{0,2}\s*((?:[A-Z]{2,}\s*/\s*)+[A-Z]{2,})\s*$").captures(line) {
        // The outlet is the last code long enough to be a name ("TIMES/NA/PERFIL").
        let codes: Vec<&str> = c[1].split('/').map(str::trim).collect();
        let pick = codes.iter().rev().find(|c| c.len() >= 4).or(codes.first()).copied().unwrap_or("");
        return Some((4, code_name(pick)));
    }
    if let Some(c) = re(&C[3], r"\b(The (?:\p{Lu}[\p{L}]+ ){0,3}\p{Lu}[\p{L}]+) (?:has|have) (?:asked|contacted|reached out to|approached|requested)\b(.*)").captures(line) {
        // An outlet asking for comment ("The Ledger has contacted the ministry for
        // comment"), not a country or a body asking for something ("The US has asked
        // the World Trade Organisation to investigate").
        let name = &c[1];
        let bare = fold(name.trim_start_matches("The "));
        let for_comment = {
            let rest = c[2].to_lowercase();
            ["comment", "response", "a statement", "reaction"].iter().any(|w| rest.contains(w))
        };
        if for_comment && !super::lexicon::places().contains_key(&bare) && !super::lexicon::demonyms().contains(&bare)
        {
            return Some((3, name.to_string()));
        }
    }
    if let Some(c) = re(&C[4], r"(?i)[a-z0-9._%+-]+@([a-z0-9-]+)\.(?:[a-z.]{2,10})").captures(line) {
        let dom = &c[1];
        if !matches!(dom, "gmail" | "yahoo" | "hotmail" | "outlook" | "proton" | "protonmail" | "icloud") {
            return Some((2, code_name(&dom.to_uppercase()).replace('-', " ")));
        }
    }
    if let Some(c) = re(&C[5], r"^(.{2,40}?)\s*(?:©|\(c\))\s*\d{4}|(?:©|\(c\)|Copyright)\s*(?:\d{4}\s*)?(.{2,40}?)\.?(?:\s+All rights reserved.*)?$").captures(line) {
        let name = c.get(1).or(c.get(2)).map(|m| m.as_str().trim().trim_end_matches([',', '.']).to_string())?;
        if !name.is_empty() && !name.chars().all(|c| c.is_ascii_digit() || c.is_whitespace()) {
            return Some((1, name));
        }
    }
    None
}

/// An agency dateline opening a paragraph: "BUENOS AIRES, Feb 5 (Reuters) - ",
/// "PARK CITY, Utah — ". Returns the length of the dateline and the agency, if named.
pub fn dateline(p: &str) -> Option<(usize, Option<String>)> {
    static C: OnceLock<Regex> = OnceLock::new();
    let c = re(
        &C,
        r"^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*\p{Lu}[\p{L}. ]{1,30})?,?\s*(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*|\d{1,2}\s+(?:de\s+)?\p{L}{3,10}\.?(?:\s+\d{4})?\s*)?(?:\(([^)]{2,30})\))?\s*[-–—]+\s+",
    )
    .captures(p)?;
    let m = c.get(0)?;
    // The city must be written in capitals (at least its first word).
    let first_word: String = p.chars().take_while(|ch| ch.is_alphabetic()).collect();
    if first_word.chars().count() < 2 || first_word.chars().any(char::is_lowercase) {
        return None;
    }
    Some((m.end(), c.get(1).map(|a| a.as_str().trim().to_string())))
}

/// Derives a readable headline from the lede: its first sentence (after any agency
/// dateline), cut to about twelve words at a word boundary.
pub fn derive_title(lede: &str) -> String {
    let lede = match dateline(lede) {
        Some((n, _)) => &lede[n..],
        None => lede,
    };
    let first = sentences(lede).into_iter().next().unwrap_or(lede);
    let words: Vec<&str> = first.split_whitespace().collect();
    let mut take = words.len().min(12);
    // Prefer ending at a clause boundary when the sentence is cut.
    if take < words.len() {
        if let Some(k) = (5..take).rev().find(|&k| words[k].ends_with(',')) {
            take = k + 1;
        }
    }
    let sw = super::lexicon::stopwords();
    let cut = take < words.len();
    while cut && take > 4 && sw.contains(&fold(words[take - 1].trim_matches(|c: char| !c.is_alphanumeric())))
    {
        take -= 1;
    }
    let t = words[..take].join(" ");
    t.trim_end_matches(|c: char| matches!(c, ',' | ';' | ':' | '.' | '-' | '–' | '—') || c.is_whitespace())
        .to_string()
}

/// Separates article text from page chrome and reads the credits, in stages: lines
/// are classified ([`classify`]), repeated lines and live-update sidebars marked as
/// chrome, the page's end and its trailing list of other stories found, the header
/// read (headline, standfirst), then every line sorted into body, credits or chrome.
pub fn clean(text: &str) -> Cleaned {
    let lines = raw_lines(text);
    let n = lines.len();
    let mut kinds: Vec<Kind> = lines.iter().map(|l| classify(l)).collect();
    mark_repeated(&lines, &mut kinds);
    mark_sidebars(&lines, &mut kinds);
    // Everything after an end marker is chrome.
    let end = (0..n).find(|&i| kinds[i] == Kind::End && i * 3 >= n).unwrap_or(n);
    let tail_start = other_stories_start(&lines, &kinds, end);
    let mut out = Cleaned::default();
    let header = read_header(&lines, &mut kinds, tail_start, end, &mut out);
    sort_lines(&lines, &kinds, &header, tail_start.min(end), &mut out);
    if out.title.is_empty() {
        if let Some(p) = out.paragraphs.first() {
            out.title = derive_title(p);
            out.title_derived = true;
        }
    }
    out.publisher = publisher(&lines, out.paragraphs.first());
    out
}

/// Short lines repeated on the page are site names and menus; lines of a few words
/// said three times or more, digits aside, are gallery captions and widgets
/// ("Weather threatens holiday plans" under each photo, "Rate it 1 star", "… 2 stars").
fn mark_repeated(lines: &[String], kinds: &mut [Kind]) {
    let key = |l: &str| fold(l).replace(|c: char| c.is_ascii_digit(), "#");
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in lines {
        *counts.entry(key(l)).or_default() += 1;
    }
    for (i, l) in lines.iter().enumerate() {
        let (words, seen) = (word_count(l), counts[&key(l)]);
        if kinds[i] == Kind::Text && ((words <= 3 && seen >= 2) || (words <= 12 && seen >= 3)) {
            kinds[i] = Kind::Nav;
        }
    }
}

/// Live-update sidebars: heading, "Updated …" line and the bullets under it.
fn mark_sidebars(lines: &[String], kinds: &mut [Kind]) {
    let n = lines.len();
    let mut i = 0;
    while i < n {
        if kinds[i] == Kind::Text && sidebar_start(&lines[i]) {
            kinds[i] = Kind::Chrome;
            let mut j = i + 1;
            let mut seen_item = false;
            while j < n {
                match kinds[j] {
                    Kind::Date | Kind::Bullet | Kind::Nav => {
                        seen_item |= kinds[j] == Kind::Bullet;
                        kinds[j] = Kind::Chrome;
                        j += 1;
                    }
                    Kind::Text if !seen_item && word_count(&lines[j]) <= 25 => {
                        kinds[j] = Kind::Chrome;
                        j += 1;
                    }
                    _ => break,
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

/// Where a trailing list of other stories (headline lines interleaved with dates)
/// starts, before the page's `end`; `end` when there is none.
fn other_stories_start(lines: &[String], kinds: &[Kind], end: usize) -> usize {
    let n = lines.len();
    let dates: Vec<usize> = (n / 3..end).filter(|&i| kinds[i] == Kind::Date).collect();
    if dates.len() < 2 {
        return end;
    }
    // The densest run of dates reaching the end of the page.
    let last = *dates.last().unwrap();
    let mut first = last;
    for w in dates.windows(2).rev() {
        if w[1] - w[0] <= 5 {
            first = w[0];
        } else {
            break;
        }
    }
    if end - last > 6 || first >= last {
        return end;
    }
    let mut s = first;
    let mut back = 0;
    while s > 0
        && back < 4
        && kinds[s - 1] != Kind::Date
        && word_count(&lines[s - 1]) <= 30
        && kinds[s - 1] != Kind::End
    {
        s -= 1;
        back += 1;
    }
    s
}

/// What the header told: the headline's line, if any, and where the body starts.
struct Header {
    title: Option<usize>,
    body_start: usize,
}

/// Reads the header: the headline among the first lines, then what follows it up to
/// the body (datelines, bylines, labels, a repeated headline, the standfirst). Sets
/// the title, standfirst and header lines of `out`.
fn read_header(
    lines: &[String],
    kinds: &mut [Kind],
    tail_start: usize,
    end: usize,
    out: &mut Cleaned,
) -> Header {
    let stop = tail_start.min(end);
    let (mut i, mut body_start, title_idx) = find_headline(lines, kinds, stop);
    let header_from = title_idx.map(|t| t + 1).unwrap_or(0);
    if let Some(t) = title_idx {
        out.title = lines[t].clone();
        let (next, standfirst_idx) = after_headline(lines, kinds, t, i, stop);
        i = next;
        if let Some(s) = standfirst_idx {
            out.standfirst = Some(lines[s].clone());
            kinds[s] = Kind::Nav; // consumed; not a body paragraph
        }
        body_start = Some(i);
    }
    let body_start = body_start.unwrap_or(i).min(tail_start);
    for (j, line) in lines.iter().enumerate().take(body_start).skip(header_from) {
        if Some(j) != title_idx {
            out.header.push(line.clone());
        }
    }
    // Lines before the headline can hold the date too ("Jan 5, 2026" above it).
    if let Some(t) = title_idx {
        for j in 0..t {
            if kinds[j] == Kind::Date {
                out.header.push(lines[j].clone());
            }
        }
    }
    Header { title: title_idx, body_start }
}

/// Finds the headline among the first lines (before `stop`), passing over section
/// labels: the line after it, where the body starts if there is no headline, and the
/// headline's line.
fn find_headline(lines: &[String], kinds: &mut [Kind], stop: usize) -> (usize, Option<usize>, Option<usize>) {
    let n = lines.len();
    let mut i = 0;
    while i < stop {
        match kinds[i] {
            Kind::Text => {
                let l = &lines[i];
                // A short label followed by a headline-like line is a section label.
                let next_text = (i + 1..n).find(|&j| kinds[j] == Kind::Text);
                if word_count(l) < 5
                    && !l.ends_with('.')
                    && next_text.is_some_and(|j| headline_like(&lines[j]) && word_count(&lines[j]) >= 5)
                {
                    kinds[i] = Kind::Nav;
                    i += 1;
                    continue;
                }
                if !headline_like(l) {
                    return (i, Some(i), None);
                }
                return (i + 1, None, Some(i));
            }
            _ => i += 1,
        }
    }
    (i, None, None)
}

/// After the headline (line `t`, read from line `i` on, before `stop`): datelines,
/// bylines, labels, a repeated headline and the standfirst, up to the body. Returns
/// where the body starts and the standfirst's line.
fn after_headline(
    lines: &[String],
    kinds: &mut [Kind],
    t: usize,
    mut i: usize,
    stop: usize,
) -> (usize, Option<usize>) {
    let n = lines.len();
    let tf = fold(&lines[t]);
    let mut standfirst_idx = None;
    let mut dated = false;
    while i < stop {
        let l = &lines[i];
        dated |= matches!(kinds[i], Kind::Date | Kind::Byline);
        match kinds[i] {
            Kind::Text if fold(l) == tf => kinds[i] = Kind::Nav,
            Kind::Text if word_count(l) <= 3 && !l.ends_with('.') => kinds[i] = Kind::Nav,
            Kind::Text => {
                // After the dateline or byline comes the body.
                if standfirst_idx.is_some() || dated {
                    break;
                }
                let next = (i + 1..n).find(|&j| kinds[j] != Kind::Text || !lines[j].is_empty()).unwrap_or(n);
                let chrome_follows = next < n
                    && matches!(
                        kinds[next],
                        Kind::Date | Kind::Byline | Kind::Chrome | Kind::Bullet | Kind::Nav
                    );
                // A standfirst is told apart from a short lede by the dateline,
                // byline or picture that follows it.
                if word_count(l) <= 60 && chrome_follows {
                    standfirst_idx = Some(i);
                } else {
                    break;
                }
            }
            Kind::Bullet => {
                // A table of contents under the header.
                kinds[i] = Kind::Chrome;
            }
            _ => {}
        }
        i += 1;
    }
    (i, standfirst_idx)
}

/// Sorts every line but the headline and the standfirst into the body (text and
/// bullets from the body's start to `stop`), the credits (bylines, and the authors
/// named at a paragraph's end) or chrome.
fn sort_lines(lines: &[String], kinds: &[Kind], header: &Header, stop: usize, out: &mut Cleaned) {
    let body_start = header.body_start;
    for (j, line) in lines.iter().enumerate() {
        if Some(j) == header.title || out.standfirst.as_deref() == Some(line.as_str()) && j < body_start {
            continue;
        }
        if kinds[j] == Kind::Byline && j < stop {
            add_authors(&mut out.authors, byline_names(line));
            out.chrome.push(line.clone());
            continue;
        }
        if j >= body_start && j < stop && matches!(kinds[j], Kind::Text | Kind::Bullet) {
            add_authors(&mut out.authors, tail_authors(line));
            out.paragraphs.push(line.clone());
        } else {
            out.chrome.push(line.clone());
        }
    }
}

/// Adds the names not yet in `authors`, in order.
fn add_authors(authors: &mut Vec<String>, names: Vec<String>) {
    for a in names {
        if !authors.contains(&a) {
            authors.push(a);
        }
    }
}

/// The outlet: the strongest publisher hint of the page's lines, unless the lede's
/// dateline names an agency and no hint is that sure.
fn publisher(lines: &[String], lede: Option<&String>) -> Option<String> {
    let mut hint: Option<(u8, String)> = None;
    for line in lines {
        if let Some((s, name)) = publisher_hint(line) {
            if hint.as_ref().is_none_or(|(hs, _)| s > *hs) {
                hint = Some((s, name));
            }
        }
    }
    if let Some((_, Some(agency))) = lede.and_then(|p| dateline(p)) {
        if hint.as_ref().is_none_or(|(s, _)| *s < 3) {
            hint = Some((3, agency));
        }
    }
    hint.map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_respect_abbreviations() {
        let s = sentences("Mr. Vance met U.S. officials on Jan. 5. They agreed. “Fine,” she said. Then Kevin M. Ortiz left.");
        assert_eq!(
            s,
            [
                "Mr. Vance met U.S. officials on Jan. 5.",
                "They agreed.",
                "“Fine,” she said.",
                "Then Kevin M. Ortiz left."
            ]
        );
    }

    #[test]
    fn chrome_is_separated_from_the_article() {
        let page = "SITENAME\nNo Result\nSITENAME\nHome News\n\nMayor Unveils Plan for Harbor Tunnel\n\nMarch 3, 2025\nin News\nMayor Unveils Plan for Harbor Tunnel\n\nThe mayor of Port Ellis, Tomas Verhoeven, unveiled a plan on Monday to build a harbor tunnel under the bay.\n\nCity Hall: Live Updates\nUpdated March 3, 2025, 9:00 a.m. ET\n  • Gustavo Lindqvist resigns as budget chief.\n  • What to know.\nThe council will vote next month on the plan, officials said.\nAna Ruiz contributed reporting.\nThe post Mayor Unveils Plan for Harbor Tunnel appeared first on Ellis Courier.\nOther story headline here\nMarch 3, 2025\nSITENAME © 2025";
        let c = clean(page);
        assert_eq!(c.title, "Mayor Unveils Plan for Harbor Tunnel");
        assert!(!c.title_derived);
        assert_eq!(c.publisher.as_deref(), Some("Ellis Courier"));
        assert_eq!(c.authors, ["Ana Ruiz"]);
        assert_eq!(c.paragraphs.len(), 3, "{:?}", c.paragraphs);
        assert!(c.chrome.iter().any(|l| l.contains("Lindqvist")));
        assert!(c.header.iter().any(|l| l == "March 3, 2025"));
    }

    #[test]
    fn repeated_captions_and_widgets_are_chrome() {
        let caption = "Storm threatens holiday plans\n";
        let page = format!(
            "Ferries Resume After the Storm\n\nThe ferries to the islands ran again on Friday after two days in port.\n{}Rated 1 out of 5\nRated 2 out of 5\nRated 3 out of 5\nThe harbor master said every crossing would run on time this weekend.\n",
            caption.repeat(4)
        );
        let c = clean(&page);
        let text = c.paragraphs.join("\n");
        assert!(!text.contains("threatens") && !text.contains("Rated"), "{text}");
        assert!(text.contains("harbor master"), "{text}");
        // Said twice, a sentence of the article stays.
        let c = clean("Ferries Resume After the Storm\n\nThe ferries ran again on Friday after two days in port.\nThe harbor master was pleased.\nThe harbor master was pleased.\n");
        assert_eq!(c.paragraphs.iter().filter(|p| p.contains("pleased")).count(), 2, "{:?}", c.paragraphs);
    }

    #[test]
    fn lede_only_pages_get_a_derived_title() {
        let c = clean("A planned reform of the port authority stalled last week when the board of directors failed to agree on a budget.\nMore text follows here.\n");
        assert!(c.title_derived);
        assert_eq!(c.title, "A planned reform of the port authority stalled");
    }

    #[test]
    fn section_label_standfirst_and_agency_code() {
        let c = clean("Economy & markets\n\nPeso slides as central bank cuts rates\n\nThe currency fell to a record low; analysts expect more volatility.\n\nPhoto: archive\n\nTraders reacted on Monday to the decision of the central bank, which cut rates again.\n\n– TIMES/NA/DIARIO\n");
        assert_eq!(c.title, "Peso slides as central bank cuts rates", "{c:?}");
        assert_eq!(
            c.standfirst.as_deref(),
            Some("The currency fell to a record low; analysts expect more volatility.")
        );
        assert_eq!(c.publisher.as_deref(), Some("Diario"));
        assert_eq!(c.paragraphs.len(), 1);
    }

    #[test]
    fn agency_datelines() {
        assert_eq!(
            dateline("LIMA, March 4 (Reuters) - Peru's central bank held rates."),
            Some((26, Some("Reuters".into())))
        );
        assert_eq!(dateline("PARK CITY, Utah — The festival opened.").map(|d| d.0), Some(20));
        assert_eq!(dateline("Lima is a city - and a big one."), None);
        assert_eq!(
            dateline("MONTEVIDEO, 3 feb (Reuters) - El peso cayó.").map(|d| d.1),
            Some(Some("Reuters".into()))
        );
        assert_eq!(tail_authors("(Reporte de Tomás Greco; Editado por Ana Lucero)"), ["Tomás Greco"]);
        assert_eq!(
            tail_authors("CNN’s Mara Lindqvist and Theo Barros contributed to this report"),
            ["Mara Lindqvist", "Theo Barros"]
        );
        assert_eq!(classify("Published 12.03.2025 14:20 | Updated 12.03.2025 16:05"), Kind::Date);
        assert_eq!(
            classify("on December 27, 2014 at 12:06 PM, updated December 28, 2014 at 9:10 AM"),
            Kind::Date
        );
        assert_eq!(classify("el 5 de marzo de 2025, actualizado 6 de marzo de 2025"), Kind::Date);
        assert_eq!(classify("On Monday the council voted, updated rules in hand."), Kind::Text);
        assert_ne!(classify("updated"), Kind::Date);
        assert_eq!(classify("Patricio Candia | Palma de Mallorca | 08/01/2014"), Kind::Date);
        assert_eq!(classify("Redacción · Buenos Aires · 5 de febrero de 2026"), Kind::Date);
        assert_eq!(classify("Home | World | Business"), Kind::Text);
        assert_eq!(classify("Prices rose 3% | the bank said on 08/01/2014"), Kind::Text);
        let c =
            clean("LIMA, March 4 (Reuters) - Peru's central bank held its rate on Thursday.\nMore text.\n");
        assert_eq!(c.title, "Peru's central bank held its rate on Thursday");
        assert_eq!(c.publisher.as_deref(), Some("Reuters"));
    }

    #[test]
    fn long_lines_are_split() {
        let long = "This is a sentence about the harbor. ".repeat(400);
        let lines = raw_lines(&long);
        assert!(lines.len() > 5);
        assert!(lines.iter().all(|l| l.len() <= LONG_LINE + 100));
    }

    #[test]
    fn a_country_asking_for_something_is_no_publisher() {
        assert_eq!(publisher_hint("The US has asked the trade body to investigate tariffs."), None);
        assert_eq!(
            publisher_hint("The Harbour Ledger has contacted the ministry for comment.").map(|h| h.1),
            Some("The Harbour Ledger".to_string())
        );
    }
}
