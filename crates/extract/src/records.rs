//! Article collections in one file: JSON, JSON Lines and CSV/TSV exports.
//!
//! Researchers rarely hold a folder of pages; they hold an export from a news
//! database, a scraper or a spreadsheet: one record per article with fields named
//! `title`, `date`, `text` or some variant (`headline`, `publishedAt`, `body`,
//! `maintext`, `título`, `fecha`, `texto`, …). This module turns each record into one article [`Source`] so the
//! rest of the extraction treats it like any other file. Fields are found by name,
//! ignoring case, `_`, `-` and spaces, from lists of the names common exports use;
//! the record's own title, date, authors and outlet count as stated metadata (as a
//! page's do). A file whose records have no text field is an error that names the file
//! and lists the fields it has.

use super::html::{self, Meta};
use crate::pipeline::Source;
use explorer_core::evidence::DateSource;

/// Field names that hold each part, normalised (lower case, no `_`, `-`, spaces), in
/// order of preference.
const TITLE: &[&str] = &[
    "title",
    "headline",
    "heading",
    "articletitle",
    "name",
    "titulo",
    "titular",
    "titre",
    "titel",
    "titolo",
];
const TEXT: &[&str] = &[
    "text",
    "body",
    "content",
    "articlebody",
    "fulltext",
    "maintext",
    "article",
    "story",
    "bodytext",
    "articletext",
    "contents",
    "texto",
    "cuerpo",
    "contenido",
    "nota",
    "texte",
    "contenu",
    "inhalt",
    "corpo",
    "conteudo",
    "testo",
];
const SUMMARY: &[&str] = &[
    "description",
    "summary",
    "abstract",
    "lead",
    "lede",
    "standfirst",
    "snippet",
    "excerpt",
    "resumen",
    "bajada",
    "copete",
    "resumo",
    "chapeau",
];
const DATE: &[&str] = &[
    "date",
    "published",
    "publishedat",
    "publicationdate",
    "pubdate",
    "datepublished",
    "publishdate",
    "publisheddate",
    "datetime",
    "timestamp",
    "created",
    "createdat",
    "time",
    "publishtime",
    "seendate",
    "fecha",
    "fechapublicacion",
    "data",
    "datum",
];
const AUTHORS: &[&str] = &[
    "authors", "author", "byline", "creator", "creators", "writer", "by", "autor", "autores", "auteur",
    "firma",
];
const PUBLISHER: &[&str] = &[
    "source",
    "publisher",
    "outlet",
    "sitename",
    "site",
    "medianame",
    "media",
    "publication",
    "domain",
    "sourcename",
    "fuente",
    "medio",
];
const LISTS: &[&str] = &[
    "articles",
    "items",
    "data",
    "results",
    "documents",
    "docs",
    "records",
    "hits",
    "entries",
    "posts",
    "stories",
];

/// Is this file an article collection, by extension?
pub fn is_records(rel: &str) -> bool {
    let lower = rel.to_ascii_lowercase();
    [".json", ".jsonl", ".ndjson", ".csv", ".tsv"].iter().any(|e| lower.ends_with(e))
}

/// One record: field names (normalised, then as written) and values, in the file's
/// order.
pub(super) type Record = Vec<(String, String, serde_json::Value)>;

pub(super) fn norm(key: &str) -> String {
    crate::lexicon::fold_fast(key)
        .chars()
        .filter(|c| !matches!(c, '_' | '-' | ' ' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

fn record_of(map: &serde_json::Map<String, serde_json::Value>) -> Record {
    map.iter().map(|(k, v)| (norm(k), k.clone(), v.clone())).collect()
}

/// Reads the records of one file, with warnings about records left out. `rel` names
/// the file in errors and warnings and decides the format by extension.
pub fn read(rel: &str, text: &str) -> Result<(Vec<Source>, Vec<String>), String> {
    let lower = rel.to_ascii_lowercase();
    let records = if lower.ends_with(".csv") || lower.ends_with(".tsv") {
        read_delimited(text, if lower.ends_with(".tsv") { b'\t' } else { b',' })?
    } else if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        read_lines(text)?
    } else {
        match serde_json::from_str::<serde_json::Value>(text) {
            Ok(v) => read_json(v)?,
            // A .json file that is really JSON Lines.
            Err(e) => read_lines(text).map_err(|_| format!("not valid JSON ({e})"))?,
        }
    };
    if records.is_empty() {
        return Err("holds no records; put one object per article in it or remove it".into());
    }
    let fields: Vec<(String, String)> = {
        let mut f: Vec<(String, String)> =
            records.iter().flatten().map(|(k, o, _)| (k.clone(), o.clone())).collect();
        f.sort();
        f.dedup();
        f
    };
    if !fields.iter().any(|(f, _)| TEXT.contains(&f.as_str()) || SUMMARY.contains(&f.as_str())) {
        let names: Vec<&str> = fields.iter().map(|f| f.1.as_str()).collect();
        return Err(format!(
            "its records have no text field (looked for {}); its fields are: {}",
            TEXT.join(", "),
            names.join(", ")
        ));
    }
    let mut out = Vec::new();
    let mut warnings = Vec::new();
    for (n, r) in records.iter().enumerate() {
        match source(rel, n, r) {
            Some(s) => out.push(s),
            None => warnings.push(match field(r, TITLE) {
                Some(t) => format!("{rel}: record {} (“{t}”) has no text; left out", n + 1),
                None => format!("{rel}: record {} has no text; left out", n + 1),
            }),
        }
    }
    if out.is_empty() {
        return Err("every record's text is empty".into());
    }
    Ok((out, warnings))
}

fn read_json(v: serde_json::Value) -> Result<Vec<Record>, String> {
    let items = match v {
        serde_json::Value::Array(items) => items,
        serde_json::Value::Object(map) => {
            let list = map.iter().find_map(|(k, v)| match v {
                serde_json::Value::Array(a) if LISTS.contains(&norm(k).as_str()) => Some(a.clone()),
                _ => None,
            });
            match list {
                Some(items) => items,
                None => return Ok(vec![record_of(&map)]),
            }
        }
        _ => return Err("is JSON but neither a list of articles nor an article object".into()),
    };
    Ok(items.iter().filter_map(|i| i.as_object().map(record_of)).collect())
}

fn read_lines(text: &str) -> Result<Vec<Record>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match serde_json::from_str::<serde_json::Value>(line) {
            Ok(serde_json::Value::Object(map)) => out.push(record_of(&map)),
            Ok(_) => return Err(format!("line {} is not a JSON object", i + 1)),
            Err(e) => return Err(format!("line {} is not valid JSON ({e})", i + 1)),
        }
    }
    Ok(out)
}

fn read_delimited(text: &str, delimiter: u8) -> Result<Vec<Record>, String> {
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("cannot read the header row ({e})"))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut out = Vec::new();
    for (i, row) in reader.records().enumerate() {
        let row = row.map_err(|e| format!("row {} cannot be read ({e})", i + 2))?;
        out.push(
            headers
                .iter()
                .zip(row.iter())
                .map(|(h, v)| (norm(h), h.clone(), serde_json::Value::String(v.to_string())))
                .collect(),
        );
    }
    Ok(out)
}

/// The first non-empty field among `names`, as text (objects give their `name`).
fn field(r: &Record, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| r.iter().find(|(k, _, _)| k == n).and_then(|(_, _, v)| as_text(v)))
}

fn as_text(v: &serde_json::Value) -> Option<String> {
    let s = match v {
        serde_json::Value::String(s) => s.trim().to_string(),
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::Object(m) => m.get("name").or_else(|| m.get("title")).and_then(as_text)?,
        serde_json::Value::Array(items) => items.iter().filter_map(as_text).collect::<Vec<_>>().join(", "),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

/// A date field: text as [`html::parse_date`] reads it, or a Unix time in seconds or
/// milliseconds.
fn date(r: &Record) -> Option<(super::dates::Ymd, String, DateSource)> {
    DATE.iter().find_map(|n| {
        let (_, name, v) = r.iter().find(|(k, _, _)| k == n)?;
        let raw = as_text(v)?;
        let d = match raw.parse::<i64>() {
            Ok(t) if raw.len() >= 9 => {
                let secs = if t > 100_000_000_000 { t / 1000 } else { t };
                Some(super::dates::Ymd::from_days(
                    secs.div_euclid(86_400) + super::dates::days_from_civil(1970, 1, 1),
                ))
            }
            _ => html::parse_date(&raw),
        }?;
        Some((d, raw, DateSource::Field(name.clone())))
    })
}

/// "05/02/2026": both readings are dates, so it is left to the text rules, which
/// decide day-first or month-first by the article's language.
fn ambiguous(raw: &str) -> bool {
    let parts: Vec<&str> = raw.split(['/', '.', '-']).map(str::trim).collect();
    match parts.as_slice() {
        [a, b, y] if y.len() >= 2 && y.chars().all(|c| c.is_ascii_digit()) => {
            matches!((a.parse::<u32>(), b.parse::<u32>()), (Ok(a), Ok(b)) if (1..=12).contains(&a) && (1..=12).contains(&b) && a != b)
        }
        _ => false,
    }
}

fn source(rel: &str, n: usize, r: &Record) -> Option<Source> {
    let summary = field(r, SUMMARY);
    let body = field(r, TEXT).or_else(|| summary.clone())?;
    let (text, meta) = article(r, &body);
    // "feed.jsonl#rail-strike-ends": the record's place in the file, named by its title.
    let name = meta
        .title
        .as_deref()
        .map(crate::pipeline::slug)
        .filter(|s| s != "article")
        .unwrap_or_else(|| format!("{}", n + 1));
    Some(Source { rel: format!("{rel}#{name}"), text, meta })
}

/// The text (headline, an ambiguous date where a page states it, then `body`) and
/// metadata of an article described by the fields of `r`.
pub(super) fn article(r: &Record, body: &str) -> (String, Meta) {
    let title = field(r, TITLE);
    let authors: Vec<String> = field(r, AUTHORS).map(|a| html::split_names(&a)).unwrap_or_default();
    let stated = date(r);
    let unclear = stated.as_ref().filter(|(_, raw, _)| ambiguous(raw)).map(|(_, raw, _)| raw.clone());
    let meta = Meta {
        title: title.clone(),
        published: stated.filter(|_| unclear.is_none()),
        authors,
        publisher: field(r, PUBLISHER),
        description: field(r, SUMMARY).filter(|s| s != body),
    };
    let mut text = String::new();
    if let Some(t) = &title {
        text.push_str(t);
        text.push('\n');
    }
    if let Some(raw) = &unclear {
        // Where a page states its date: in the header, under the headline.
        text.push_str(raw);
        text.push('\n');
    }
    text.push_str(body);
    (text, meta)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Ymd;

    #[test]
    fn json_list_with_nested_source_and_author_objects() {
        let json = r#"{"status":"ok","totalResults":2,"articles":[
 {"source":{"id":null,"name":"Harbour Post"},"author":"Ana Pérez and John Smith","title":"Port reopens",
  "description":"Ships move again.","url":"https://x.example/a","publishedAt":"2025-03-04T10:00:00Z",
  "content":"The port reopened on Tuesday after the strike ended."},
 {"title":"No text here","url":"https://x.example/b"}]}"#;
        let (s, warnings) = read("news/export.json", json).unwrap();
        assert_eq!(warnings, ["news/export.json: record 2 (“No text here”) has no text; left out"]);
        assert_eq!(s.len(), 1, "a record without text is left out");
        assert_eq!(s[0].rel, "news/export.json#port-reopens");
        assert_eq!(s[0].text, "Port reopens\nThe port reopened on Tuesday after the strike ended.");
        assert_eq!(s[0].meta.title.as_deref(), Some("Port reopens"));
        assert_eq!(s[0].meta.published.as_ref().map(|p| p.0), Some(Ymd::day(2025, 3, 4)));
        assert_eq!(s[0].meta.published.as_ref().unwrap().2, DateSource::Field("publishedAt".into()));
        assert_eq!(s[0].meta.authors, ["Ana Pérez", "John Smith"]);
        assert_eq!(s[0].meta.publisher.as_deref(), Some("Harbour Post"));
        assert_eq!(s[0].meta.description.as_deref(), Some("Ships move again."));
    }

    #[test]
    fn json_lines_and_unix_times() {
        let jsonl = "{\"headline\":\"A\",\"body\":\"First text.\",\"timestamp\":1709553600}\n\n{\"headline\":\"B\",\"body\":\"Second text.\",\"timestamp\":1709553600000}\n";
        let s = read("feed.jsonl", jsonl).unwrap().0;
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].meta.published.as_ref().map(|p| p.0), Some(Ymd::day(2024, 3, 4)));
        assert_eq!(s[1].meta.published.as_ref().map(|p| p.0), Some(Ymd::day(2024, 3, 4)));
        assert_eq!(s[1].rel, "feed.jsonl#b");
        let e = read("feed.jsonl", "{\"text\":\"ok\"}\n{broken\n").unwrap_err();
        assert!(e.contains("line 2"), "{e}");
    }

    #[test]
    fn csv_and_tsv_with_header_variants() {
        let csv = "Article Title,Publish_Date,Full Text,Byline\n\"Dam reopens, finally\",05/03/2025,\"The dam reopened.\nRepairs went well.\",Lee Wong\n,2025-01-02,Untitled text body.,\n";
        let s = read("dams.csv", csv).unwrap().0;
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].meta.title.as_deref(), Some("Dam reopens, finally"));
        assert_eq!(s[0].meta.authors, ["Lee Wong"]);
        assert_eq!(s[0].meta.published, None, "05/03/2025 is left to the text rules");
        assert!(s[0].text.starts_with("Dam reopens, finally\n05/03/2025\n"), "{}", s[0].text);
        assert!(s[1].meta.published.is_some());
        assert_eq!(s[1].rel, "dams.csv#2", "a record without a title is named by its position");
        let tsv = "title\ttext\nOne\tBody one.\n";
        assert_eq!(read("x.tsv", tsv).unwrap().0[0].text, "One\nBody one.");
    }

    #[test]
    fn a_file_without_text_fields_names_its_fields() {
        let e = read("prices.csv", "ticker,price\nABC,12\n").unwrap_err();
        assert!(e.contains("no text field") && e.contains("price, ticker"), "{e}");
        assert!(read("empty.json", "[]").unwrap_err().contains("no records"));
        assert!(read("bad.json", "{oops").unwrap_err().contains("not valid JSON"));
        assert!(read("n.json", "42").unwrap_err().contains("neither"));
    }

    #[test]
    fn a_single_article_object() {
        let s = read("one.json", r#"{"headline":"Solo","articleBody":"Only one article."}"#).unwrap().0;
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].text, "Solo\nOnly one article.");
    }
}
