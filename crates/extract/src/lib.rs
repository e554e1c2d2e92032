//! Build-time extraction: a folder of article files in, the explorer's [`Corpus`] out.
//!
//! Runs in the app's build script and in the `corpus` CLI, never in the browser, so it
//! may use heavier tools (regular expressions, HTML parsing, encoding detection).
//! One module per concern:
//!
//! - [`ingest`] walks the folder, decodes files and names the ones it cannot use;
//!   [`html`], [`markdown`] and [`records`] read saved pages, Markdown and collections.
//! - [`pipeline`] runs the stages below over every article and assembles the corpus.
//! - [`clean`] separates the article from page chrome and reads its credits.
//! - [`dates`] reads datelines and stated dates and estimates the rest.
//! - [`people`] finds who is mentioned and merges aliases; [`entities`] places and
//!   organisations; [`lexicon`] holds the word lists both use.
//! - [`topics`] finds what articles are about; [`events`] the dated events they
//!   mention; [`threads`] relates articles to each other.
//! - [`eval`] scores the result against gold files (`corpus eval`), [`eval_html`]
//!   the article text read from saved pages (`corpus eval-html`); [`synth`] writes
//!   synthetic corpora for scale tests; [`progress`] tells a caller how far a long
//!   extraction is.

pub mod clean;
pub mod dates;
pub mod entities;
pub mod eval;
pub mod eval_html;
pub mod events;
pub mod html;
pub mod ingest;
pub mod lexicon;
pub mod markdown;
pub mod people;
pub mod pipeline;
pub mod progress;
pub mod records;
pub mod synth;
pub mod threads;
pub mod topics;

pub use ingest::{ingest_dir, ingest_dir_with, read_text, summary, IngestError, Problem};
pub use pipeline::{extract, extract_sources, extract_sources_with, slug, Source};
pub use progress::{Progress, Silent};
