//! The explorer's engine: everything the browser runs that is plain Rust.
//!
//! This crate depends on no web crate (no leptos, web-sys or js-sys), so all of it is
//! unit-tested natively and shared with the build, which uses [`index`] to build what
//! the app embeds. The app (the root package) only adds the DOM on top.
//!
//! - [`model`]: the embedded data (articles, people, events, threads) and its types.
//! - [`text`]: folding, tokenizing and stemming, the same at build time and in the
//!   browser (which lends its Unicode tables through [`text::TextHost`]).
//! - [`index`]: facets, full-text postings, queries and their results.
//! - [`state`]: what the reader has chosen (query, filters, view) and its URL codec.
//! - [`labels`]: the translation tables and every visible sentence, per language.
//! - [`evidence`]: why a date and why a related article, as types said per language.
//! - [`insights`]: the summaries the views draw (histogram bins, timelines, people).
//! - [`reader_text`]: an article's body as runs of text, names and highlights.
//! - [`calendar`]: month names and days in a month.
//! - [`chunks`]: the chunked build's head, chunk files and the store of loaded chunks.

pub mod calendar;
pub mod chunks;
pub mod evidence;
pub mod index;
pub mod insights;
pub mod labels;
pub mod model;
pub mod reader_text;
pub mod state;
pub mod text;
