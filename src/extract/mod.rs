//! Build-time extraction: raw scraped article files in, a [`Corpus`] out.
//!
//! Runs in the build script and in `corpus inspect`, never in the browser, so it may
//! use heavier tools (regular expressions, encoding detection).
//! (First placeholder version: to be replaced by the real extraction.)

use crate::model::{Corpus, Document};
use std::fmt;
use std::path::{Path, PathBuf};

/// A corpus file that cannot be ingested, with the reason.
#[derive(Debug, Clone, PartialEq)]
pub struct IngestError {
    /// The offending file (or the folder, when the folder itself is the problem).
    pub file: PathBuf,
    /// What is wrong and how to fix it.
    pub message: String,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

impl std::error::Error for IngestError {}

/// Reads every article file under `dir` and extracts the corpus.
pub fn ingest_dir(dir: &Path) -> Result<Corpus, IngestError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| IngestError { file: dir.to_path_buf(), message: format!("cannot read the corpus folder: {e}") })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let mut corpus = Corpus::default();
    for path in files {
        let bytes = std::fs::read(&path)
            .map_err(|e| IngestError { file: path.clone(), message: e.to_string() })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| IngestError { file: path.clone(), message: "not UTF-8".into() })?;
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        corpus.documents.push(parse_document(&name, &text));
    }
    Ok(corpus)
}

/// Extracts one article from its file name and text.
pub fn parse_document(file: &str, text: &str) -> Document {
    let lines: Vec<String> = text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
    Document {
        id: file.trim_end_matches(".txt").to_string(),
        file: file.to_string(),
        title: lines.first().cloned().unwrap_or_default(),
        paragraphs: lines.into_iter().skip(1).collect(),
        ..Default::default()
    }
}
