//! Reading a corpus folder: which files are articles, how their bytes become text,
//! and the errors that name a file that cannot be read.
//!
//! A newsroom's folder holds plain text, saved web pages, Markdown, collections
//! (JSON, JSON Lines, CSV) and things that are not articles at all. This module walks
//! it, skips what is not text (with a warning), decodes each file (UTF-8, UTF-16,
//! else Windows-1252, with a warning), turns each into one or more [`Source`]s, and
//! hands them to the [`pipeline`](crate::pipeline). A file that cannot be used stops
//! the build with an [`IngestError`] naming it and saying how to fix it; nothing is
//! dropped silently.

use crate::pipeline::{extract_drafts, Drafted, Source};
use crate::progress::{stage, Progress, Silent};
use crate::{html, markdown, records};
use explorer_core::model::Corpus;
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// A corpus file that cannot be ingested: which file, and what is wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("{}: {problem}", file.display())]
pub struct IngestError {
    /// The offending file (or the folder, when the folder itself is the problem).
    pub file: PathBuf,
    /// What is wrong and how to fix it.
    pub problem: Problem,
}

/// What is wrong with a corpus file; each message says how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum Problem {
    /// The folder cannot be listed.
    #[error("cannot read the corpus folder: {0}")]
    UnreadableFolder(std::io::Error),
    /// The taxonomy file cannot be read.
    #[error("cannot read the taxonomy file: {0}")]
    UnreadableTaxonomy(std::io::Error),
    /// An article file cannot be read.
    #[error("cannot read the file: {0}")]
    Unreadable(std::io::Error),
    /// A collection file (JSON, JSON Lines, CSV) that cannot be read as records.
    #[error("{0} (a .json, .jsonl or .csv file is read as a collection of articles, one record each)")]
    BadRecords(String),
    /// Markdown with front matter and nothing under it.
    #[error("a Markdown file with front matter but no article text; put the text under the front matter or remove the file")]
    EmptyMarkdown,
    /// An HTML page with no article text (a page that loads its text with scripts).
    #[error("an HTML page with no article text in it (the page may load its text with JavaScript); save the article's text as a .txt file instead, or remove the page from the corpus folder")]
    EmptyHtml,
    /// The folder holds no article file at all.
    #[error("no article files found; put one plain-text article per file (e.g. story.txt) in this folder or its sub-folders")]
    NoArticles,
    /// A file with nothing but white space.
    #[error("the file holds no text; put the article text in it or remove it from the corpus folder")]
    NoText,
    /// A binary file (an image, a document format) where text was expected.
    #[error("looks like a binary file, not article text; convert it to plain text (.txt) or remove it from the corpus folder")]
    Binary,
}

impl IngestError {
    fn new(file: impl Into<PathBuf>, problem: Problem) -> IngestError {
        IngestError { file: file.into(), problem }
    }
}

/// File extensions that are never articles (skipped with a warning).
const NON_TEXT: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "ico", "svg", "pdf", "zip", "gz", "tgz",
    "bz2", "xz", "7z", "rar", "tar", "mp3", "mp4", "m4a", "wav", "ogg", "mov", "avi", "mkv", "webm", "doc",
    "docx", "xls", "xlsx", "ppt", "pptx", "odt", "exe", "dll", "so", "dylib", "bin", "wasm", "woff", "woff2",
    "ttf", "otf", "eot", "db", "sqlite", "ds_store", "pyc", "class", "jar",
    // What a browser's "Web page, complete" saves beside the page, and data files.
    "js", "mjs", "cjs", "css", "map", "xml", "rss", "atom", "yml", "yaml",
];

/// Names of the optional taxonomy file (see [`topics`]).
const TAXONOMY: &[&str] = &["topics.txt", "topics.toml"];

/// Reads every article file under `dir` and extracts the corpus.
pub fn ingest_dir(dir: &Path) -> Result<Corpus, IngestError> {
    ingest_dir_with(dir, &Silent)
}

/// [`ingest_dir`], telling `progress` which stage runs and how far it is (the
/// `corpus` CLI draws it).
///
/// Files are read and drafted ([`crate::pipeline`]'s first stage) a chunk at a time,
/// in parallel, so only a chunk's raw text is held at once; results, warnings and
/// the error reported (the first failing file, in path order) do not depend on how
/// the work was split.
pub fn ingest_dir_with(dir: &Path, progress: &dyn Progress) -> Result<Corpus, IngestError> {
    let mut warnings = Vec::new();
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    stage(progress, "list files", 0, || walk(dir, dir, &mut files, &mut warnings))?;
    files.sort();
    let mut taxonomy = None;
    let mut drafted = Vec::new();
    stage(progress, "read and draft", files.len() as u64, || -> Result<(), IngestError> {
        for chunk in files.chunks(READ_CHUNK) {
            let read: Vec<Result<Read, IngestError>> =
                chunk.par_iter().map(|(rel, path)| read_file(rel, path)).collect();
            for r in read {
                let r = r?;
                warnings.extend(r.warnings);
                match r.content {
                    Content::Taxonomy(t) => taxonomy = Some(t),
                    Content::Articles(d) => drafted.extend(d),
                }
            }
            progress.advance(chunk.len() as u64);
        }
        Ok(())
    })?;
    if drafted.is_empty() {
        return Err(IngestError::new(dir, Problem::NoArticles));
    }
    let mut corpus = extract_drafts(drafted, taxonomy.as_deref(), progress);
    warnings.append(&mut corpus.warnings);
    corpus.warnings = warnings;
    Ok(corpus)
}

/// How many files [`ingest_dir_with`] reads and drafts at once.
const READ_CHUNK: usize = 256;

/// One file read: what it holds and the warnings reading it gave.
struct Read {
    content: Content,
    warnings: Vec<String>,
}

/// What a file holds: the taxonomy, or articles (already drafted).
enum Content {
    Taxonomy(String),
    Articles(Vec<Drafted>),
}

/// Reads one file (`rel` is its path relative to the corpus folder) and drafts its
/// articles; the records of a collection are drafted in parallel.
fn read_file(rel: &str, path: &Path) -> Result<Read, IngestError> {
    let mut warnings = Vec::new();
    if TAXONOMY.contains(&rel.to_ascii_lowercase().as_str()) {
        let bytes =
            std::fs::read(path).map_err(|e| IngestError::new(path, Problem::UnreadableTaxonomy(e)))?;
        let content = Content::Taxonomy(decode(rel, &bytes, &mut warnings));
        return Ok(Read { content, warnings });
    }
    let bytes = std::fs::read(path).map_err(|e| IngestError::new(path, Problem::Unreadable(e)))?;
    let text = read_text(rel, path, &bytes, &mut warnings)?;
    drop(bytes);
    let rel = rel.to_string();
    let drafted = if records::is_records(&rel) {
        let (sources, mut skipped) =
            records::read(&rel, &text).map_err(|m| IngestError::new(path, Problem::BadRecords(m)))?;
        warnings.append(&mut skipped);
        drop(text);
        sources.par_iter().map(Drafted::of).collect()
    } else if markdown::is_markdown(&rel) {
        let page = markdown::read(&text);
        if page.text.trim().is_empty() {
            return Err(IngestError::new(path, Problem::EmptyMarkdown));
        }
        vec![Drafted::of(&Source { rel, text: page.text, meta: page.meta })]
    } else if html::is_html(&rel, &text) {
        let page = html::read(&text);
        if page.text.trim().is_empty() {
            return Err(IngestError::new(path, Problem::EmptyHtml));
        }
        vec![Drafted::of(&Source { rel, text: page.text, meta: page.meta })]
    } else {
        vec![Drafted::of(&Source { rel, text, meta: html::Meta::default() })]
    };
    Ok(Read { content: Content::Articles(drafted), warnings })
}

/// Turns the bytes of one article file into text: rejects binary and empty files
/// (naming `path`), decodes the encoding (warning about non-UTF-8 under `rel`) and
/// normalises line ends. Public so that the property tests can feed it any bytes.
pub fn read_text(
    rel: &str,
    path: &Path,
    bytes: &[u8],
    warnings: &mut Vec<String>,
) -> Result<String, IngestError> {
    check_content(path, bytes)?;
    let text = decode(rel, bytes, warnings);
    if text.trim().is_empty() {
        return Err(IngestError::new(path, Problem::NoText));
    }
    Ok(text)
}

/// Collects regular, non-hidden files under `dir` as (relative path, path).
fn walk(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, PathBuf)>,
    warnings: &mut Vec<String>,
) -> Result<(), IngestError> {
    let entries = std::fs::read_dir(dir).map_err(|e| IngestError::new(dir, Problem::UnreadableFolder(e)))?;
    let mut list: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    list.sort();
    for path in list {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if name.starts_with('.') {
            warnings.push(format!("{rel}: skipped (hidden file)"));
            continue;
        }
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                warnings.push(format!("{rel}: skipped (cannot read: {e})"));
                continue;
            }
        };
        if meta.is_dir() {
            walk(root, &path, out, warnings)?;
        } else if meta.is_file() {
            let ext = path.extension().map(|e| e.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
            if NON_TEXT.contains(&ext.as_str()) {
                warnings.push(format!("{rel}: skipped (not a text file: .{ext})"));
                continue;
            }
            out.push((rel, path));
        }
    }
    Ok(())
}

/// Rejects binary files (NUL bytes outside UTF-16, or mostly control bytes).
fn check_content(path: &Path, bytes: &[u8]) -> Result<(), IngestError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Ok(()); // UTF-16 with a byte-order mark
    }
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)).count();
    if head.contains(&0) || controls * 10 > head.len().max(1) {
        return Err(IngestError::new(path, Problem::Binary));
    }
    Ok(())
}

/// Decodes a file: UTF-8 (BOM stripped), UTF-16 with BOM, else Windows-1252 with a
/// warning. Line endings are normalised to `\n`.
fn decode(rel: &str, bytes: &[u8], warnings: &mut Vec<String>) -> String {
    let text = if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(&[0xFF, 0xFE]) {
        encoding_rs::UTF_16LE.decode(bytes).0.into_owned()
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        encoding_rs::UTF_16BE.decode(bytes).0.into_owned()
    } else {
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => {
                warnings.push(format!("{rel}: not valid UTF-8; decoded as Windows-1252 (Latin-1). Save it as UTF-8 to silence this warning"));
                encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned()
            }
        }
    };
    text.trim_start_matches('\u{FEFF}').replace("\r\n", "\n").replace('\r', "\n")
}

/// How many files went in and how many articles came out, for the build log:
/// `"8 files in → 7 articles (1 duplicate merged)"`. Every accepted file is either a
/// document or listed in one document's [`Document::duplicates`].
pub fn summary(corpus: &Corpus) -> String {
    let dups: usize = corpus.documents.iter().map(|d| d.duplicates.len()).sum();
    let docs = corpus.documents.len();
    // Records of one collection file are one file in.
    let mut files: Vec<&str> = corpus
        .documents
        .iter()
        .flat_map(|d| std::iter::once(&d.file).chain(&d.duplicates))
        .map(|f| match f.rsplit_once('#') {
            Some((file, _)) if records::is_records(file) => file,
            _ => f.as_str(),
        })
        .collect();
    files.sort_unstable();
    files.dedup();
    format!(
        "{} file{} in → {docs} article{} ({dups} duplicate{} merged)",
        files.len(),
        if files.len() == 1 { "" } else { "s" },
        if docs == 1 { "" } else { "s" },
        if dups == 1 { "" } else { "s" }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_handles_bom_crlf_and_latin1() {
        let mut w = Vec::new();
        assert_eq!(decode("a.txt", b"\xEF\xBB\xBFHi\r\nthere\r\n", &mut w), "Hi\nthere\n");
        assert!(w.is_empty());
        assert_eq!(decode("b.txt", b"Pe\xf1a", &mut w), "Peña");
        assert!(w[0].starts_with("b.txt: "));
    }

    #[test]
    fn binary_is_rejected() {
        assert!(check_content(Path::new("x.bin"), b"abc\0def").is_err());
        assert!(check_content(Path::new("x.txt"), "plain text\n".as_bytes()).is_ok());
    }
}
