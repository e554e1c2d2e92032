//! A small JavaScript API over the embedded engine, for the benchmark page.
//!
//! `tools/bench.mjs` measures our wasm query engine side by side with MiniSearch and
//! ItemsJS in one browser page. To be fair, all three must answer the same questions
//! over the same articles, so the page needs to call our engine directly (not through
//! the DOM) and to read the articles to index them into the JavaScript engines. Trunk
//! exposes these exports as `window.wasmBindings`. The interface itself never uses them.

use crate::app::embedded_data;
use explorer_core::index::{Data, FacetKind, Query};
use explorer_core::model::date_range;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;
use wasm_bindgen::prelude::*;

/// A query as the benchmark page writes it.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsQuery {
    text: String,
    person: Vec<String>,
    topic: Vec<String>,
    /// `YYYY-MM-DD`, inclusive.
    from: Option<String>,
    /// `YYYY-MM-DD`, inclusive.
    to: Option<String>,
}

/// An article as plain data, for indexing it into the JavaScript engines.
#[derive(Serialize)]
struct JsDocument<'a> {
    /// Position in the corpus (what `explorer_query` returns in `ids`).
    id: u32,
    title: &'a str,
    /// Standfirst and paragraphs, newline-separated.
    body: String,
    persons: &'a [String],
    topics: &'a [String],
    publisher: Option<&'a str>,
    authors: &'a [String],
    date: Option<&'a str>,
    /// First and last `yyyymmdd` day the date covers (0 when undated).
    day_from: u32,
    day_to: u32,
}

fn to_query(q: JsQuery) -> Query {
    let mut facets = Vec::new();
    if !q.person.is_empty() {
        facets.push((FacetKind::Person, q.person));
    }
    if !q.topic.is_empty() {
        facets.push((FacetKind::Topic, q.topic));
    }
    Query {
        text: q.text,
        facets,
        from: q.from.as_deref().and_then(date_range).map(|r| r.0),
        to: q.to.as_deref().and_then(date_range).map(|r| r.1),
        ..Default::default()
    }
}

/// Runs a query `{text, person: [], topic: [], from, to}` through the same
/// [`explorer_core::index::Index::search`] the interface uses (ranking and every facet count
/// included) and returns `{count, ids}`, `ids` a `Uint32Array` of article positions in
/// result order. A malformed query is treated as empty.
#[wasm_bindgen]
pub fn explorer_query(q: JsValue) -> JsValue {
    let query = to_query(serde_wasm_bindgen::from_value(q).unwrap_or_default());
    let data = embedded_data();
    let results = data.index.search(&data.corpus.documents, &query);
    let ids = results.doc_ids();
    let out = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&out, &"count".into(), &JsValue::from(ids.len() as u32));
    let _ = js_sys::Reflect::set(&out, &"ids".into(), &js_sys::Uint32Array::from(ids.as_slice()).into());
    out.into()
}

/// Every article as a plain object: `{id, title, body, persons, topics, publisher,
/// authors, date, day_from, day_to}`.
#[wasm_bindgen]
pub fn explorer_documents() -> JsValue {
    let data = embedded_data();
    let docs: Vec<JsDocument> = data
        .corpus
        .documents
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let (day_from, day_to) = d.day_range().unwrap_or((0, 0));
            let body = d.standfirst.iter().chain(&d.paragraphs).cloned().collect::<Vec<_>>().join("\n");
            JsDocument {
                id: i as u32,
                title: &d.title,
                body,
                persons: &d.persons,
                topics: &d.topics,
                publisher: d.publisher.as_deref(),
                authors: &d.authors,
                date: d.date.as_deref(),
                day_from,
                day_to,
            }
        })
        .collect();
    serde_wasm_bindgen::to_value(&docs).unwrap_or(JsValue::NULL)
}

fn bytes() -> &'static [u8] {
    static BYTES: OnceLock<Vec<u8>> = OnceLock::new();
    BYTES.get_or_init(|| embedded_data().to_bytes())
}

/// Size in bytes of the embedded corpus and index (postcard), as the wasm carries it.
#[wasm_bindgen]
pub fn explorer_embedded_bytes() -> u32 {
    bytes().len() as u32
}

/// Decodes the embedded bytes once more (what start-up pays) and returns the number
/// of articles; the page times the call.
#[wasm_bindgen]
pub fn explorer_decode_once() -> u32 {
    Data::from_bytes(bytes()).map(|d| d.corpus.documents.len() as u32).unwrap_or(0)
}
