//! Saved web pages (`.html`) as articles.
//!
//! A folder of articles is as often a folder of saved pages as of text scrapes. A page
//! carries two things a text scrape has lost: **metadata** that states what the text
//! only implies (the headline, the publication date with its time zone, the authors,
//! the outlet), and **markup** that says which part is navigation, sidebar or footer.
//! This module reads both with a real HTML parser (html5ever, through `scraper`):
//!
//! - the metadata from schema.org JSON-LD (`NewsArticle` and kin, also inside
//!   `@graph`), then Open Graph / `article:*` / Dublin Core `<meta>` tags, microdata
//!   (`itemprop`), `<time datetime>` and finally `<h1>` / `<title>`;
//! - the text from the article's own element (`itemprop="articleBody"`, else the
//!   largest `<article>`, else `<main>`, else `<body>`), one line per block element,
//!   leaving out scripts, styles, navigation, asides, forms, figures, hidden elements
//!   and elements whose class or id names them as chrome (the rule Readability uses:
//!   `related`, `share`, `newsletter`, `sidebar`, …) or that are lists of links; this
//!   chrome detector never removes the article's whole body (when what it left out
//!   held most of the prose, the element is read without it).
//!
//! The text then goes through the same cleaning and extraction as a text scrape, so
//! chrome that survives the markup rules is still caught there; the metadata takes
//! precedence over what the text suggests (see [`Meta`]).

use super::dates::{find_dates, Ymd};
use ego_tree::NodeId;
use explorer_core::evidence::DateSource;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;

/// What a page states about its article in markup, each part if found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    /// The headline.
    pub title: Option<String>,
    /// The publication date, with the value read and where (`article:published_time`).
    pub published: Option<(Ymd, String, DateSource)>,
    /// Credited authors.
    pub authors: Vec<String>,
    /// The outlet.
    pub publisher: Option<String>,
    /// The summary line (`description`).
    pub description: Option<String>,
}

/// A page read as an article: its text (headline first, one block per line) and
/// metadata.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Page {
    /// The text, as the text cleaner expects it.
    pub text: String,
    /// The metadata.
    pub meta: Meta,
}

/// Does this file look like an HTML page? By extension, else by its first bytes.
pub fn is_html(rel: &str, text: &str) -> bool {
    let lower = rel.to_ascii_lowercase();
    if [".html", ".htm", ".xhtml", ".shtml"].iter().any(|e| lower.ends_with(e)) {
        return true;
    }
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with("<?xml") && head.contains("<html"))
}

/// Reads a page: its metadata and its article text.
pub fn read(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let mut meta = Meta::default();
    let mut body_text = None;
    for article in json_ld_articles(&doc) {
        fill_from_json_ld(&mut meta, &article);
        if body_text.is_none() {
            body_text = article.get("articleBody").and_then(|v| v.as_str()).map(str::to_string);
        }
    }
    fill_from_tags(&mut meta, &doc);
    let root = article_root(&doc);
    let mut lines = root.map(|r| rendered(r, true)).unwrap_or_default();
    // The page's own articleBody when the markup gave much less (text loaded by script).
    let mut from_ld = false;
    if let Some(b) = body_text {
        let have: usize = lines.iter().map(String::len).sum();
        if have * 2 < b.len() {
            lines = b.lines().map(collapse).filter(|l| !l.is_empty()).collect();
            from_ld = true;
        }
    }
    // The chrome detector never removes an article's whole body: when the elements it
    // left out held most of the root's prose (an article inside a block named like
    // chrome, `class="related-stories"`), the root is read without it.
    if let Some(root) = root.filter(|_| !from_ld) {
        let all = rendered(root, false);
        if prose(&lines) * 3 < prose(&all) {
            lines = all;
        }
    }
    if meta.title.is_none() {
        meta.title = first_text(&doc, "h1").or_else(|| title_tag(&doc, meta.publisher.as_deref()));
    }
    // A `<time>` is the article's own only inside the article's element; in a page
    // without one it may as well date a sidebar's story.
    if meta.published.is_none() {
        if let Some(root) = root.filter(|r| !matches!(r.value().name(), "body" | "html")) {
            meta.published = time_element(root);
        }
    }
    // Headline first, as the text cleaner expects, unless the text already starts so.
    if let Some(t) = &meta.title {
        if !lines.iter().take(3).any(|l| same(l, t)) {
            lines.insert(0, t.clone());
        }
    }
    if lines.is_empty() {
        if let Some(d) = &meta.description {
            lines.push(d.clone());
        }
    }
    Page { text: lines.join("\n"), meta }
}

fn same(a: &str, b: &str) -> bool {
    a.trim().eq_ignore_ascii_case(b.trim())
}

/// Collapses runs of white space to one space and trims.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this module are valid")
}

/// The schema.org article objects of the page's JSON-LD blocks.
fn json_ld_articles(doc: &Html) -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for script in doc.select(&sel(r#"script[type="application/ld+json"]"#)) {
        let text: String = script.text().collect();
        let Ok(value) = serde_json::from_str::<serde_json::Value>(text.trim()) else {
            continue;
        };
        collect_articles(&value, &mut out, 0);
    }
    out
}

fn collect_articles(v: &serde_json::Value, out: &mut Vec<serde_json::Value>, depth: u32) {
    if depth > 4 {
        return;
    }
    match v {
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_articles(i, out, depth + 1)),
        serde_json::Value::Object(map) => {
            let is_article = match map.get("@type") {
                Some(serde_json::Value::String(t)) => article_type(t),
                Some(serde_json::Value::Array(ts)) => ts.iter().filter_map(|t| t.as_str()).any(article_type),
                _ => false,
            };
            if is_article {
                out.push(v.clone());
            }
            if let Some(g) = map.get("@graph") {
                collect_articles(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

/// `NewsArticle`, `Article`, `ReportageNewsArticle`, `BlogPosting`, `Report`, …
fn article_type(t: &str) -> bool {
    t.ends_with("Article") || t == "BlogPosting" || t == "Report" || t == "LiveBlogPosting"
}

/// Names in a JSON-LD `author` / `publisher` value: a string, an object with `name`,
/// or a list of either.
fn ld_names(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) => vec![s.clone()],
        serde_json::Value::Object(m) => m.get("name").map(ld_names).unwrap_or_default(),
        serde_json::Value::Array(items) => items.iter().flat_map(ld_names).collect(),
        _ => Vec::new(),
    }
}

fn fill_from_json_ld(meta: &mut Meta, a: &serde_json::Value) {
    let text = |k: &str| a.get(k).and_then(|v| v.as_str()).map(collapse).filter(|s| !s.is_empty());
    if meta.title.is_none() {
        meta.title = text("headline").or_else(|| text("name"));
    }
    if meta.published.is_none() {
        meta.published = text("datePublished")
            .or_else(|| text("dateCreated"))
            .and_then(|s| parse_date(&s).map(|d| (d, s, DateSource::SchemaOrg("datePublished".into()))));
    }
    if meta.authors.is_empty() {
        meta.authors = a
            .get("author")
            .map(ld_names)
            .unwrap_or_default()
            .into_iter()
            .flat_map(|n| split_names(&n))
            .collect();
    }
    if meta.publisher.is_none() {
        meta.publisher =
            a.get("publisher").and_then(|p| ld_names(p).into_iter().next()).map(|s| collapse(&s));
    }
    if meta.description.is_none() {
        meta.description = text("description");
    }
}

/// The `content` of the first `<meta>` matching one of `selectors`, with the selector.
fn meta_content(doc: &Html, selectors: &[&str]) -> Option<(String, String)> {
    selectors.iter().find_map(|s| {
        doc.select(&sel(s))
            .filter_map(|e| e.value().attr("content").or_else(|| e.value().attr("datetime")))
            .map(collapse)
            .find(|c| !c.is_empty())
            .map(|c| (c, s.to_string()))
    })
}

fn fill_from_tags(meta: &mut Meta, doc: &Html) {
    if meta.publisher.is_none() {
        meta.publisher = meta_content(doc, &[r#"meta[property="og:site_name"]"#]).map(|m| m.0);
    }
    if meta.title.is_none() {
        meta.title = meta_content(doc, &[r#"meta[property="og:title"]"#, r#"meta[name="twitter:title"]"#])
            .map(|m| without_outlet(m.0, meta.publisher.as_deref()));
    }
    if meta.published.is_none() {
        const DATES: &[&str] = &[
            r#"meta[property="article:published_time"]"#,
            r#"meta[property="og:published_time"]"#,
            r#"meta[itemprop="datePublished"]"#,
            r#"[itemprop="datePublished"][datetime]"#,
            r#"meta[name="pubdate"]"#,
            r#"meta[name="publishdate"]"#,
            r#"meta[name="publish-date"]"#,
            r#"meta[name="parsely-pub-date"]"#,
            r#"meta[name="sailthru.date"]"#,
            r#"meta[name="citation_publication_date"]"#,
            r#"meta[name="dc.date.issued"]"#,
            r#"meta[name="DC.date.issued"]"#,
            r#"meta[name="dcterms.created"]"#,
            r#"meta[name="DC.date"]"#,
            r#"meta[name="dc.date"]"#,
            r#"meta[name="date"]"#,
        ];
        for s in DATES {
            if let Some((value, how)) = meta_content(doc, &[s]) {
                if let Some(d) = parse_date(&value) {
                    let name = how.split('"').nth(1).unwrap_or(&how).to_string();
                    meta.published = Some((d, value, DateSource::Meta(name)));
                    break;
                }
            }
        }
    }
    if meta.published.is_none() {
        // A site's own name for it ("article_date_original", "cXenseParse:recs:publishtime").
        meta.published = doc.select(&sel("meta[content]")).find_map(|e| {
            let name = e.value().attr("name").or_else(|| e.value().attr("property"))?;
            let n = name.to_ascii_lowercase();
            let dated = n.contains("date") || n.contains("time");
            let first =
                ["publish", "original", "issued", "created", "pub_", "pub-"].iter().any(|w| n.contains(w));
            let later = ["modif", "updat", "expir", "revis", "edit"].iter().any(|w| n.contains(w));
            let value = collapse(e.value().attr("content")?);
            let d = parse_date(&value).filter(|_| dated && first && !later)?;
            Some((d, value, DateSource::Meta(name.to_string())))
        });
    }
    if meta.authors.is_empty() {
        let from_meta = meta_content(doc, &[r#"meta[name="author"]"#, r#"meta[property="article:author"]"#])
            .map(|m| m.0)
            .filter(|a| !a.contains("://"));
        meta.authors = match from_meta {
            Some(a) => split_names(&a),
            None => doc
                .select(&sel(r#"[rel="author"], [itemprop="author"]"#))
                .map(|e| collapse(&e.text().collect::<String>()))
                .filter(|t| !t.is_empty() && t.split_whitespace().count() <= 6)
                .flat_map(|t| split_names(t.trim_start_matches("By ").trim_start_matches("by ")))
                .collect(),
        };
        meta.authors.dedup();
    }
    if meta.description.is_none() {
        meta.description =
            meta_content(doc, &[r#"meta[property="og:description"]"#, r#"meta[name="description"]"#])
                .map(|m| m.0);
    }
}

/// "Ana Pérez and John Smith", "Ana Pérez, John Smith" → the names.
pub fn split_names(s: &str) -> Vec<String> {
    s.split([',', ';', '&', '|'])
        .flat_map(|p| p.split(" and ").flat_map(|q| q.split(" y ")))
        .map(collapse)
        .filter(|n| !n.is_empty() && n.chars().any(char::is_alphabetic) && n.split_whitespace().count() <= 5)
        .collect()
}

/// A date as pages state it in metadata: ISO 8601 (`2025-08-12T14:03:00-04:00`),
/// `2025/08/12`, or any form the text date grammar reads (month-first, as metadata is
/// usually written by software in US conventions when not ISO).
pub fn parse_date(s: &str) -> Option<Ymd> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && (b[4] == b'-' || b[4] == b'/')
        && b[7] == b[4]
    {
        let iso = s[..10].replace('/', "-");
        if let Some(d) = Ymd::parse_iso(&iso).filter(|d| d.valid() && d.d != 0) {
            return Some(d);
        }
    }
    // Compact forms: 20250812, 20250812T140300Z.
    if b.len() >= 8 && b[..8].iter().all(u8::is_ascii_digit) && b.get(8).is_none_or(|c| !c.is_ascii_digit()) {
        let iso = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..8]);
        if let Some(d) = Ymd::parse_iso(&iso).filter(|d| d.valid() && d.d != 0) {
            return Some(d);
        }
    }
    find_dates(s, false).into_iter().map(|m| m.date).find(|d| d.y != 0 && d.m != 0 && d.d != 0 && d.valid())
}

/// The element that holds the article: `itemprop="articleBody"`, else the `<article>`
/// with the most paragraph text (unless all are teaser cards of a few words), else
/// `<main>`, else `<body>`.
fn article_root(doc: &Html) -> Option<ElementRef<'_>> {
    if let Some(e) = doc.select(&sel(r#"[itemprop="articleBody"]"#)).max_by_key(|e| paragraph_len(*e)) {
        if paragraph_len(e) > 0 {
            return Some(e);
        }
    }
    if let Some(e) = doc.select(&sel("article")).max_by_key(|e| paragraph_len(*e)) {
        if paragraph_len(e) > 200 {
            return Some(e);
        }
    }
    doc.select(&sel(r#"main, [role="main"]"#))
        .max_by_key(|e| paragraph_len(*e))
        .filter(|e| paragraph_len(*e) > 0)
        .or_else(|| doc.select(&sel("body")).next().map(densest))
        .or_else(|| Some(doc.root_element()))
}

/// Within a page without article markup, the deepest element that still holds most
/// (70 %) of the page's prose: paragraphs of some length that are not mostly links.
/// Sidebars, "most popular" lists and footers then fall outside it, while an article
/// split over sibling blocks is kept whole (the walk stops at their common parent).
fn densest(body: ElementRef<'_>) -> ElementRef<'_> {
    let mut weight: HashMap<NodeId, usize> = HashMap::new();
    let mut total = 0;
    for p in body.select(&sel("p")) {
        let len: usize = p.text().map(|t| t.trim().len()).sum();
        let linked: usize = p.select(&sel("a")).flat_map(|a| a.text()).map(|t| t.trim().len()).sum();
        if len < 40 || linked * 2 > len {
            continue;
        }
        total += len;
        // Its containers, not the paragraph: one long paragraph is not the article.
        for a in p.ancestors() {
            *weight.entry(a.id()).or_default() += len;
        }
    }
    if total < 500 {
        return body;
    }
    // A block's kind, for articles split around an advert (below); blocks without a
    // class are of no known kind.
    let kind =
        |e: &ElementRef<'_>| e.value().attr("class").map(|c| (e.value().name().to_string(), c.to_string()));
    let mut at = body;
    while let Some(next) = at
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|c| weight.get(&c.id()).is_some_and(|w| w * 10 >= total * 7))
        .max_by_key(|c| weight[&c.id()])
    {
        // An article split around an advert into blocks of one kind ("body-part",
        // advert, "body-part") is kept whole: stop above the parts.
        let split = kind(&next).is_some()
            && at
                .children()
                .filter_map(ElementRef::wrap)
                .any(|c| c.id() != next.id() && kind(&c) == kind(&next) && weight.contains_key(&c.id()));
        if split {
            break;
        }
        at = next;
    }
    at
}

fn paragraph_len(e: ElementRef<'_>) -> usize {
    e.select(&sel("p")).map(|p| p.text().map(str::len).sum::<usize>()).sum()
}

/// Elements whose content is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "video",
    "audio", "nav", "aside", "form", "button", "select", "input", "textarea", "dialog", "figure", "footer",
    "head", "title", "link", "meta", "picture", "img", "menu",
];

/// Elements that end a line.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "caption",
    "address",
    "hr",
    "br",
    "figcaption",
    "details",
    "summary",
    "body",
    "html",
];

/// Class or id words that name page chrome (after Readability's "unlikely
/// candidates"), and words that keep an element anyway.
const CHROME_WORDS: &[&str] = &[
    "related",
    "share",
    "sharing",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "sidebar",
    "comment",
    "comments",
    "breadcrumb",
    "breadcrumbs",
    "promo",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "banner",
    "cookie",
    "cookies",
    "gdpr",
    "popup",
    "modal",
    "menu",
    "navbar",
    "nav",
    "footer",
    "masthead",
    "recommended",
    "recommendations",
    "trending",
    "popular",
    "most-read",
    "mostread",
    "more-stories",
    "read-more",
    "readmore",
    "outbrain",
    "taboola",
    "sponsor",
    "sponsored",
    "paywall",
    "signup",
    "tags",
    "toolbar",
    "pagination",
    "pager",
    "skip",
    "sr-only",
    "visually-hidden",
    "live-updates",
    "liveblog-sidebar",
    "latest",
    "sns",
    "rating",
    "rater",
    "star-rating",
    "stars",
    "views",
    "buy",
    "category",
    "submitted",
    "donate",
    "donation",
    "print",
    "hide-text",
    // The same in the languages of the seeds' neighbours.
    "compartir",
    "relacionadas",
    "relacionados",
    "relacionada",
    "publicidad",
    "comentarios",
    "partager",
    "compartilhar",
    "publicite",
    "recomendados",
    "estrellas",
    "valora",
    "vistas",
    "formulario",
];
const KEEP_WORDS: &[&str] = &["article", "body", "content", "main", "story", "post", "entry", "text"];

/// True when the element's class or id words name chrome. A compound word is named
/// by its last part ("article-sns", "post_comments" are chrome; "related-content",
/// "sidebar-main" are not), else by any part when none keeps it ("social-links").
fn chrome_named(e: &scraper::node::Element) -> bool {
    let mut words: Vec<String> = e.classes().map(str::to_ascii_lowercase).collect();
    if let Some(id) = e.id() {
        words.push(id.to_ascii_lowercase());
    }
    let is = |list: &[&str], w: &str| list.contains(&w);
    let mut chrome = false;
    for w in &words {
        let parts: Vec<&str> = w.split(['-', '_']).filter(|p| !p.is_empty()).collect();
        let last = parts.last().copied().unwrap_or_default();
        if is(KEEP_WORDS, w) || is(KEEP_WORDS, last) {
            return false;
        }
        let any_keep = parts.iter().any(|p| is(KEEP_WORDS, p));
        chrome |= is(CHROME_WORDS, w)
            || is(CHROME_WORDS, last)
            || (!any_keep && parts.iter().any(|p| is(CHROME_WORDS, p)));
    }
    chrome
}

/// A block that is a list of links (a "best of" box, a tag list, a menu without
/// markup): a list, or a block of several links, whose text is mostly link text.
fn link_list(node: ego_tree::NodeRef<'_, Node>) -> bool {
    let Some(e) = ElementRef::wrap(node) else { return false };
    let name = e.value().name();
    if !matches!(name, "ul" | "ol" | "div" | "section" | "table" | "dl") {
        return false;
    }
    let links: Vec<ElementRef<'_>> = e.select(&sel("a")).collect();
    if links.len() < 2 {
        return false;
    }
    let len: usize = e.text().map(|t| t.trim().chars().count()).sum();
    let linked: usize = links.iter().flat_map(|a| a.text()).map(|t| t.trim().chars().count()).sum();
    len > 0 && linked * 10 >= len * 8
}

fn hidden(e: &scraper::node::Element) -> bool {
    e.attr("hidden").is_some()
        || e.attr("aria-hidden") == Some("true")
        || e.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        })
        || matches!(
            e.attr("role"),
            Some("navigation" | "complementary" | "banner" | "contentinfo" | "dialog" | "alert" | "search")
        )
}

/// Lines of text being written: inline text joins, block elements end a line.
#[derive(Default)]
struct Writer {
    lines: Vec<String>,
    current: String,
    space: bool,
}

impl Writer {
    fn text(&mut self, t: &str) {
        for c in t.chars() {
            if c.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.current.is_empty() {
                    self.current.push(' ');
                }
                self.space = false;
                self.current.push(c);
            }
        }
    }

    fn block(&mut self) {
        let line = std::mem::take(&mut self.current);
        self.space = false;
        if !line.is_empty() {
            self.lines.push(line);
        }
    }
}

/// The length of the lines that read as prose (of 80 characters or more): an
/// article's paragraphs, not the headlines and labels of teasers and menus.
fn prose(lines: &[String]) -> usize {
    lines.iter().map(|l| l.chars().count()).filter(|n| *n >= 80).sum()
}

/// The lines of `root`'s text, leaving out elements named as chrome if `chrome`.
fn rendered(root: ElementRef<'_>, chrome: bool) -> Vec<String> {
    let mut w = Writer::default();
    render(root, &mut w, false, chrome);
    w.block();
    w.lines
}

/// Writes the text of `e` to `w`, without elements whose class or id names them as
/// chrome if `chrome`. `in_article`: a `<header>` inside an article is its headline
/// and byline; one outside is the site's masthead.
fn render(e: ElementRef<'_>, w: &mut Writer, in_article: bool, chrome: bool) {
    let in_article = in_article
        || matches!(e.value().name(), "article" | "main")
        || e.value().attr("itemprop") == Some("articleBody");
    for child in e.children() {
        match child.value() {
            Node::Text(t) => w.text(t),
            Node::Element(el) => {
                let name = el.name();
                if SKIP.contains(&name)
                    || hidden(el)
                    || (chrome && (chrome_named(el) || link_list(child)))
                    || (name == "header" && !in_article)
                {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    w.block();
                }
                if let Some(c) = ElementRef::wrap(child) {
                    render(c, w, in_article, chrome);
                }
                if block {
                    w.block();
                }
            }
            _ => {}
        }
    }
}

/// The collapsed text of the first element matching `css`.
fn first_text(doc: &Html, css: &str) -> Option<String> {
    doc.select(&sel(css)).map(|e| collapse(&e.text().collect::<String>())).find(|t| !t.is_empty())
}

/// The `<title>`, without a trailing " | Outlet" / " - Outlet".
fn title_tag(doc: &Html, publisher: Option<&str>) -> Option<String> {
    first_text(doc, "title").map(|t| without_outlet(t, publisher))
}

/// A page title without the outlet (and section) pages append to it: "Headline |
/// Outlet", "Headline -- Section -- Outlet". What is cut must be the publisher or
/// short (four words at most), and at least three words of headline must remain.
fn without_outlet(t: String, publisher: Option<&str>) -> String {
    const SEPS: [&str; 6] = [" | ", " -- ", " – ", " — ", " - ", " :: "];
    let is_publisher = |tail: &str| publisher.is_some_and(|p| same(p, tail));
    let mut head = t.as_str();
    for sep in SEPS {
        let Some((h, tail)) = head.rsplit_once(sep) else { continue };
        if (is_publisher(tail) || tail.split_whitespace().count() <= 4) && h.split_whitespace().count() >= 3 {
            head = h.trim();
            // After the outlet's own name, a section before it with the same separator.
            if is_publisher(tail) {
                if let Some((h, tail)) = head.rsplit_once(sep) {
                    if tail.split_whitespace().count() <= 3 && h.split_whitespace().count() >= 3 {
                        head = h.trim();
                    }
                }
            }
            break;
        }
    }
    head.to_string()
}

/// The first `<time datetime>` of the article (one marked `pubdate` first).
fn time_element(root: ElementRef<'_>) -> Option<(Ymd, String, DateSource)> {
    let times: Vec<ElementRef<'_>> = root.select(&sel("time[datetime]")).collect();
    let pick = times.iter().find(|t| t.value().attr("pubdate").is_some()).or(times.first())?;
    let value = pick.value().attr("datetime")?.to_string();
    parse_date(&value).map(|d| (d, value, DateSource::TimeElement))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en"><head>
<title>Ministers meet in Lisbon | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="description" content="Talks on fisheries resumed on Tuesday.">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"The Daily Example"},
 {"@type":["NewsArticle"],"headline":"Ministers meet in Lisbon over fishing quotas",
  "datePublished":"2025-03-04T22:30:00-05:00",
  "author":[{"@type":"Person","name":"Ana Pérez"},{"@type":"Person","name":"John Smith"}],
  "publisher":{"@type":"Organization","name":"The Daily Example"}}]}
</script>
<style>p { color: red }</style>
</head><body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<p>Breaking: Someone Else wins an award</p></header>
<article>
 <h1>Ministers meet in Lisbon over fishing quotas</h1>
 <p class="byline">By Ana Pérez and John Smith</p>
 <p>Fisheries ministers met in Lisbon on Tuesday. Maria Costa, the Portuguese minister,
   said the talks were &ldquo;constructive&rdquo;.</p>
 <figure><img src="x.jpg"><figcaption>Photo: Carlos Ruiz/Reuters</figcaption></figure>
 <div class="share-tools"><a>Share on Facebook</a></div>
 <p>The next round is due in <em>May</em>.<br>Costa will attend.</p>
 <aside><h3>Related</h3><p>Peter Jones resigns</p></aside>
 <div class="related-stories"><p>Other news: Laura Bell visits Rome</p></div>
 <p hidden>Subscriber only text</p>
 <script>var x = "<p>not text</p>";</script>
</article>
<footer><p>© 2025 The Daily Example. Contact Mark Twain.</p></footer>
</body></html>"#;

    #[test]
    fn the_chrome_detector_never_removes_the_whole_body() {
        let body = "<p>The harbour board voted on Monday to close the north quay for six weeks of repairs to its crumbling sea wall.</p><p>Fishing crews will moor at the old ferry pier while the work lasts, the board's chair told reporters after the vote.</p><p>The repairs are paid for by a grant from the regional government and are due to end before the summer season.</p>";
        for wrapper in [
            r#"<div class="related-content">"#,
            r#"<div id="sidebar-main">"#,
            r#"<div class="related-stories">"#,
            r#"<div class="share">"#,
        ] {
            let page = format!(
                "<html><head><title>Quay to close for repairs</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Quay to close for repairs</h1>{wrapper}{body}</div></article><footer><p>Contact us</p></footer></body></html>"
            );
            let p = read(&page);
            for needle in ["voted on Monday", "old ferry pier", "before the summer season"] {
                assert!(p.text.contains(needle), "{wrapper}: {needle} lost from {:?}", p.text);
            }
            assert!(!p.text.contains("Contact us"), "{wrapper}: the footer came back");
        }
    }

    #[test]
    fn one_long_paragraph_is_not_the_whole_article() {
        let long = "The harbor board met on Monday and agreed to dredge the channel before the winter storms arrive. ".repeat(9);
        let page = format!(
            "<html><body><div class=\"x\"><p>{long}</p><p>The work starts in March and will close the north quay for six weeks.</p><p>Fishing crews said they would moor at the old ferry pier while it lasts.</p></div></body></html>"
        );
        let doc = Html::parse_document(&page);
        let root = article_root(&doc).expect("a root");
        assert_eq!(root.value().name(), "div");
    }

    #[test]
    fn an_article_split_around_an_advert_is_kept_whole() {
        let para = "The harbor board met on Monday and agreed to dredge the channel before the storms. ";
        let (first, second) = (para.repeat(8), para.repeat(2));
        let page = format!(
            "<html><body><div id=\"page\"><div class=\"part\"><p>{first}</p></div><div class=\"ad-slot\">Advert</div><div class=\"part\"><p>{second}</p></div></div><div><p>Teaser: the ferry timetable for the summer season is out now.</p></div></body></html>"
        );
        let doc = Html::parse_document(&page);
        let root = article_root(&doc).expect("a root");
        assert_eq!(root.value().attr("id"), Some("page"));
    }

    #[test]
    fn page_titles_lose_the_outlet_and_its_section() {
        let t = |s: &str, p: Option<&str>| without_outlet(s.to_string(), p);
        assert_eq!(t("Cod quotas agreed in Lisbon | The Harbour Post", None), "Cod quotas agreed in Lisbon");
        assert_eq!(
            t("Storm eases before the rush -- Weather -- Gulf Ledger", Some("Gulf Ledger")),
            "Storm eases before the rush"
        );
        // Without the outlet's name, only the last part goes.
        assert_eq!(
            t("Storm eases before the rush -- Weather -- Gulf Ledger", None),
            "Storm eases before the rush -- Weather"
        );
        // Different separators: the headline's own dash stays.
        assert_eq!(
            t("Biden meets Xi - the takeaways | Gulf Ledger", Some("Gulf Ledger")),
            "Biden meets Xi - the takeaways"
        );
        // Too little would remain, or what follows is not an outlet.
        assert_eq!(t("Live | Gulf Ledger", None), "Live | Gulf Ledger");
        assert_eq!(
            t("Ministers meet - and agree on a plan for the fisheries of the north", None),
            "Ministers meet - and agree on a plan for the fisheries of the north"
        );
    }

    #[test]
    fn metadata_from_json_ld_graph() {
        let p = read(PAGE);
        assert_eq!(p.meta.title.as_deref(), Some("Ministers meet in Lisbon over fishing quotas"));
        let (d, raw, how) = p.meta.published.clone().unwrap();
        assert_eq!(d, Ymd::day(2025, 3, 4), "the date as the page states it, not shifted to UTC");
        assert_eq!(raw, "2025-03-04T22:30:00-05:00");
        assert_eq!(how, DateSource::SchemaOrg("datePublished".into()));
        assert_eq!(p.meta.authors, ["Ana Pérez", "John Smith"]);
        assert_eq!(p.meta.publisher.as_deref(), Some("The Daily Example"));
        assert_eq!(p.meta.description.as_deref(), Some("Talks on fisheries resumed on Tuesday."));
    }

    #[test]
    fn text_is_the_article_without_chrome() {
        let p = read(PAGE);
        let lines: Vec<&str> = p.text.lines().collect();
        assert_eq!(
            lines,
            [
                "Ministers meet in Lisbon over fishing quotas",
                "By Ana Pérez and John Smith",
                "Fisheries ministers met in Lisbon on Tuesday. Maria Costa, the Portuguese minister, said the talks were “constructive”.",
                "The next round is due in May.",
                "Costa will attend.",
            ]
        );
        for chrome in [
            "Someone Else",
            "Carlos Ruiz",
            "Facebook",
            "Peter Jones",
            "Laura Bell",
            "Subscriber",
            "Mark Twain",
            "not text",
            "color",
        ] {
            assert!(!p.text.contains(chrome), "{chrome} leaked into the text");
        }
    }

    #[test]
    fn meta_tags_when_there_is_no_json_ld() {
        let page = r#"<html><head><title>Rail strike ends after three days - Northern Courier</title>
<meta property="og:site_name" content="Northern Courier">
<meta property="article:published_time" content="2024-11-05T08:00:00Z">
<meta name="author" content="Lee Wong, Sam Okafor">
</head><body><div id="content"><p>The strike ended on Monday after unions and the operator reached a deal on pay.</p></div>
<div id="sidebar"><p>Most read: Jane Roe quits</p></div></body></html>"#;
        let p = read(page);
        assert_eq!(p.meta.title.as_deref(), Some("Rail strike ends after three days"));
        assert_eq!(p.meta.published.as_ref().map(|x| x.0), Some(Ymd::day(2024, 11, 5)));
        assert_eq!(p.meta.published.as_ref().unwrap().2, DateSource::Meta("article:published_time".into()));
        assert_eq!(p.meta.authors, ["Lee Wong", "Sam Okafor"]);
        assert_eq!(p.meta.publisher.as_deref(), Some("Northern Courier"));
        assert!(
            p.text.starts_with("Rail strike ends after three days\nThe strike ended on Monday"),
            "{}",
            p.text
        );
        assert!(!p.text.contains("Jane Roe"));
    }

    #[test]
    fn time_element_and_h1_as_last_resorts() {
        let page = r#"<html><body><main><h1>Festival opens</h1><time datetime="2023-07-01">1 July</time>
<p>The city festival opened on Saturday with a parade through the old town and a concert by the river that lasted until late in the night, organisers said.</p></main></body></html>"#;
        let p = read(page);
        assert_eq!(p.meta.title.as_deref(), Some("Festival opens"));
        assert_eq!(p.meta.published.as_ref().map(|x| x.0), Some(Ymd::day(2023, 7, 1)));
        assert!(p.text.starts_with("Festival opens\n"));
    }

    #[test]
    fn article_body_from_json_ld_when_the_markup_is_empty() {
        let page = r#"<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam reopens",
"articleBody":"The dam reopened on Friday.\nEngineers said repairs had gone well and the reservoir would refill by spring."}</script></head>
<body><div id="app"></div></body></html>"#;
        let p = read(page);
        assert_eq!(p.text, "Dam reopens\nThe dam reopened on Friday.\nEngineers said repairs had gone well and the reservoir would refill by spring.");
    }

    #[test]
    fn dates_in_metadata_forms() {
        assert_eq!(parse_date("2025-02-05"), Some(Ymd::day(2025, 2, 5)));
        assert_eq!(parse_date("2025/02/05 10:00"), Some(Ymd::day(2025, 2, 5)));
        assert_eq!(parse_date("20250205T101500Z"), Some(Ymd::day(2025, 2, 5)));
        assert_eq!(parse_date("Wed, 05 Feb 2025 10:00:00 GMT"), Some(Ymd::day(2025, 2, 5)));
        assert_eq!(parse_date("February 5, 2025"), Some(Ymd::day(2025, 2, 5)));
        assert_eq!(parse_date("2025-13-45"), None);
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn sniffing_pages() {
        assert!(is_html("a/story.HTML", "whatever"));
        assert!(is_html("story.txt", "\n  <!DOCTYPE html><html>"));
        assert!(is_html("story", "<html lang=es>"));
        assert!(!is_html("story.txt", "A <b>bold</b> claim about HTML."));
    }

    #[test]
    fn broken_markup_does_not_panic() {
        for page in [
            "<html",
            "<html><body><p>Unclosed <b>bold",
            "<<<>>>",
            "<html><head><script type=\"application/ld+json\">{not json</script></head></html>",
            "",
        ] {
            let _ = read(page);
        }
    }
}
