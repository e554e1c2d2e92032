//! Markdown articles (`.md`), as static-site generators and note-taking tools keep
//! them.
//!
//! Two things set them apart from a text scrape: a **front matter** block (YAML
//! between `---` lines, or TOML between `+++`) that states title, date, authors and
//! outlet, and **markup** in the text (`[text](url)`, `**bold**`, `# headings`,
//! images) that must not reach the index or the reader as punctuation and URLs. The
//! front matter is read with the same field names as a record of a collection
//! ([`super::records`]); the body is reduced to plain lines.

use super::html::Page;
use super::records::{self, Record};

/// Is this file Markdown, by extension?
pub fn is_markdown(rel: &str) -> bool {
    let lower = rel.to_ascii_lowercase();
    lower.ends_with(".md") || lower.ends_with(".markdown")
}

/// Reads a Markdown article: front matter as metadata, the body as plain lines.
pub fn read(text: &str) -> Page {
    let (front, body) = split_front_matter(text);
    let record = front.map(parse_front_matter).unwrap_or_default();
    let mut lines = plain_lines(body);
    // No title in the front matter: a leading `# Heading` is the headline already.
    let (text, meta) = records::article(&record, &lines.join("\n"));
    if meta.title.is_some() {
        // The same headline repeated as the first heading of the body.
        if lines.first().is_some_and(|l| Some(l.as_str()) == meta.title.as_deref()) {
            lines.remove(0);
            let (text, meta) = records::article(&record, &lines.join("\n"));
            return Page { text, meta };
        }
    }
    Page { text, meta }
}

/// The front matter (without its fences) and the rest.
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let t = text.trim_start_matches('\u{FEFF}');
    for fence in ["---", "+++"] {
        if let Some(rest) = t.strip_prefix(fence).and_then(|r| r.strip_prefix('\n')) {
            let close = format!("\n{fence}");
            if let Some(end) = rest.find(&close) {
                let after = &rest[end + close.len()..];
                let after = after.split_once('\n').map(|x| x.1).unwrap_or("");
                return (Some(&rest[..end]), after);
            }
        }
    }
    (None, t)
}

/// `key: value` (YAML) or `key = value` (TOML) lines; YAML lists (`- item` lines or
/// `[a, b]`) become lists. Nested structures are ignored.
fn parse_front_matter(front: &str) -> Record {
    let mut out: Record = Vec::new();
    let mut list_key: Option<usize> = None;
    for line in front.lines() {
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            if let Some(i) = list_key {
                if let serde_json::Value::Array(items) = &mut out[i].2 {
                    items.push(serde_json::Value::String(unquote(item)));
                }
            }
            continue;
        }
        if line.starts_with([' ', '\t']) {
            continue;
        }
        let Some((key, value)) = line.split_once(':').or_else(|| line.split_once('=')) else {
            continue;
        };
        let (key, value) = (key.trim(), value.trim());
        let value = if value.is_empty() {
            list_key = Some(out.len());
            serde_json::Value::Array(Vec::new())
        } else if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            list_key = None;
            serde_json::Value::Array(
                inner.split(',').map(|v| serde_json::Value::String(unquote(v))).collect(),
            )
        } else {
            list_key = None;
            serde_json::Value::String(unquote(value))
        };
        out.push((records::norm(key), key.to_string(), value));
    }
    out
}

fn unquote(v: &str) -> String {
    let v = v.trim();
    v.strip_prefix('"')
        .and_then(|x| x.strip_suffix('"'))
        .or_else(|| v.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')))
        .unwrap_or(v)
        .trim()
        .to_string()
}

/// The body as plain lines: headings, quotes and list markers dropped, links reduced
/// to their text, images, code fences, rules and link definitions removed.
fn plain_lines(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in body.lines() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence || t.is_empty() {
            continue;
        }
        if t.chars().all(|c| matches!(c, '-' | '*' | '_' | '=' | ' ')) {
            continue; // rule or setext underline
        }
        if t.starts_with('[') && t.contains("]:") && !t.contains("](") {
            continue; // [ref]: https://…
        }
        let mut t = t.trim_start_matches('>').trim_start();
        t = t.trim_start_matches('#').trim_start();
        for marker in ["- ", "* ", "+ "] {
            if let Some(rest) = t.strip_prefix(marker) {
                t = rest;
            }
        }
        if let Some((num, rest)) = t.split_once(". ") {
            if !num.is_empty() && num.len() <= 3 && num.chars().all(|c| c.is_ascii_digit()) {
                t = rest;
            }
        }
        let plain = inline(t);
        let plain = plain.split_whitespace().collect::<Vec<_>>().join(" ");
        if !plain.is_empty() {
            out.push(plain);
        }
    }
    out
}

/// Inline markup: `![alt](src)` removed, `[text](url)` and `[text][ref]` → text,
/// `<https://…>` removed, emphasis and code marks dropped, HTML tags removed.
fn inline(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let image = c == '!' && chars.get(i + 1) == Some(&'[');
        if c == '[' || image {
            let open = if image { i + 1 } else { i };
            if let Some(close) = find(&chars, open + 1, ']') {
                let next = chars.get(close + 1);
                let target_end = match next {
                    Some('(') => find(&chars, close + 2, ')'),
                    Some('[') => find(&chars, close + 2, ']'),
                    _ => None,
                };
                if let Some(end) = target_end {
                    if !image {
                        out.push_str(&inline(&chars[open + 1..close].iter().collect::<String>()));
                    }
                    i = end + 1;
                    continue;
                }
            }
        }
        if c == '<' {
            if let Some(close) = find(&chars, i + 1, '>') {
                let inner: String = chars[i + 1..close].iter().collect();
                let tag =
                    inner.starts_with('/') || inner.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
                if tag && !inner.contains(' ')
                    || inner.contains("://")
                    || inner.starts_with(|c: char| c.is_ascii_alphabetic()) && inner.contains('=')
                {
                    i = close + 1;
                    continue;
                }
            }
        }
        let word_inner = |j: usize| chars.get(j).is_some_and(|c| c.is_alphanumeric());
        if c == '*' || c == '`' || (c == '_' && !(i > 0 && word_inner(i - 1) && word_inner(i + 1))) {
            i += 1;
            continue;
        }
        if c == '\\' && i + 1 < chars.len() {
            out.push(chars[i + 1]);
            i += 2;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

fn find(chars: &[char], from: usize, what: char) -> Option<usize> {
    (from..chars.len()).find(|&j| chars[j] == what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Ymd;

    const POST: &str = "---\ntitle: \"Council backs new tram line\"\ndate: 2025-06-03T09:00:00+02:00\nauthors:\n  - Ana Pérez\n  - John Smith\npublisher: City Chronicle\ntags: [transport, trams]\n---\n\n# Council backs new tram line\n\nThe city council **approved** the [tram line](https://example.org/tram) on Tuesday.\n\n![Tram depot](/img/depot.jpg)\n\n> \"It is a good day,\" said Mayor *Joan Ellis*.\n\n- Construction starts in 2026\n1. Costs: 40 million\n\n```\nlet x = 1;\n```\n\n[ref]: https://example.org\n";

    #[test]
    fn front_matter_is_metadata() {
        let p = read(POST);
        assert_eq!(p.meta.title.as_deref(), Some("Council backs new tram line"));
        assert_eq!(p.meta.published.as_ref().map(|x| x.0), Some(Ymd::day(2025, 6, 3)));
        assert_eq!(
            p.meta.published.as_ref().unwrap().2,
            explorer_core::evidence::DateSource::Field("date".into())
        );
        assert_eq!(p.meta.authors, ["Ana Pérez", "John Smith"]);
        assert_eq!(p.meta.publisher.as_deref(), Some("City Chronicle"));
    }

    #[test]
    fn markup_becomes_plain_lines() {
        let p = read(POST);
        let lines: Vec<&str> = p.text.lines().collect();
        assert_eq!(
            lines,
            [
                "Council backs new tram line",
                "The city council approved the tram line on Tuesday.",
                "\"It is a good day,\" said Mayor Joan Ellis.",
                "Construction starts in 2026",
                "Costs: 40 million",
            ]
        );
    }

    #[test]
    fn without_front_matter_the_first_heading_leads() {
        let p = read("# Ferry fares rise\n\nFares rise in March, the operator\\_said. See <https://x.example> and <b>this</b>. snake_case stays.\n");
        assert_eq!(p.meta.title, None);
        assert_eq!(
            p.text,
            "Ferry fares rise\nFares rise in March, the operator_said. See and this. snake_case stays."
        );
    }

    #[test]
    fn toml_front_matter_and_unclosed_fences() {
        let p = read("+++\ntitle = 'Dam reopens'\ndate = 2024-04-02\n+++\nThe dam reopened.\n");
        assert_eq!(p.meta.title.as_deref(), Some("Dam reopens"));
        assert_eq!(p.meta.published.as_ref().map(|x| x.0), Some(Ymd::day(2024, 4, 2)));
        assert_eq!(p.text, "Dam reopens\nThe dam reopened.");
        // A document that only looks like it starts with front matter.
        let p = read("---\nNot closed\nThe text.\n");
        assert_eq!(p.text, "Not closed\nThe text.");
    }
}
