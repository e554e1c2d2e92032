//! The chunked build's loader: fetches chunk files on demand, once each, in parallel,
//! and tells the page when one has arrived.
//!
//! Why: in a chunked build (`build.rs`, `explorer_core::chunks`) the wasm holds only
//! the head; term shards, articles' metadata and texts, facet postings and the rest
//! are files in `c/` beside the app, named by
//! their content hash and stored gzipped (the browser's `DecompressionStream` reads
//! them, so no host needs to compress them). Served over HTTP they are fetched
//! (`c/<hash>.bin`; any static host, cached forever); opened from disk, where browsers
//! refuse `fetch`, each is a script (`c/<hash>.js`, written by `tools/single-file.mjs`)
//! that hands its bytes, base64, to `globalThis.__explorerChunk`. The [`Loader`] remembers what it has
//! asked for, puts what arrives in the [`Store`] and bumps a signal, which the results
//! memo and every text that waits for a chunk track.

use explorer_core::chunks::{Chunk, Store};
use explorer_core::index::{Index, Query, Results};
use explorer_core::model::{Document, Event, Person, Thread};
use explorer_core::state::{Notice, NoticeKind};
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The chunks loaded and asked for, and the signal that says something arrived.
pub struct Loader {
    /// The chunks loaded so far.
    pub store: &'static Store,
    /// The head's index, whose facet labels arriving metadata names by position.
    index: &'static Index,
    /// Bumped when a chunk arrives (tracked by whatever waits for one).
    arrived: RwSignal<u32>,
    /// Chunks asked for (loaded or on their way).
    asked: RefCell<HashSet<Chunk>>,
    /// Where a failure to load is told to the reader.
    notices: RwSignal<Vec<Notice>>,
    /// The last query searched with all its chunks, whether every facet value's list
    /// was in, and its results: chunks that arrive later (metadata, texts) do not
    /// change them, so they are not searched again (the other facet values' lists
    /// complete the counts: then they are).
    last: RefCell<Option<(Query, bool, Results)>>,
}

thread_local! {
    /// The page's loader (one explorer per page), made by [`Loader::install`].
    static LOADER: std::cell::OnceCell<&'static Loader> = const { std::cell::OnceCell::new() };
}

/// The page's loader. Reached through this function rather than kept in `Explorer`:
/// memos and effects must be `Sync`, and the loader's cells are not (the wasm has one
/// thread).
pub fn loader() -> &'static Loader {
    LOADER.with(|l| *l.get().expect("Loader::install runs when the explorer starts"))
}

impl Loader {
    /// Makes the page's loader for `store`, whose failures are shown in `notices`.
    pub fn install(store: &'static Store, index: &'static Index, notices: RwSignal<Vec<Notice>>) {
        LOADER.with(|l| {
            l.get_or_init(|| {
                let arrived = RwSignal::new(0);
                Box::leak(Box::new(Loader {
                    store,
                    index,
                    arrived,
                    asked: RefCell::default(),
                    notices,
                    last: RefCell::default(),
                }))
            });
        });
    }

    /// Re-runs the caller when a chunk arrives.
    pub fn track(&self) {
        self.arrived.track();
    }

    /// Asks for chunks not asked for yet; each is fetched in a task of its own.
    pub fn request(&'static self, chunks: Vec<Chunk>) {
        for chunk in chunks {
            if self.asked.borrow_mut().insert(chunk) {
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = self.fetch(chunk).await;
                });
            }
        }
    }

    /// Fetches one chunk into the store and tells the page; a failure is shown as a
    /// notice naming the file, and the chunk may be asked for again.
    async fn fetch(&'static self, chunk: Chunk) -> Result<(), ()> {
        let name = self.store.file(chunk);
        match load(&name).await.and_then(|bytes| self.store.insert(chunk, &bytes, self.index)) {
            Ok(()) => {
                self.arrived.update(|n| *n = n.wrapping_add(1));
                Ok(())
            }
            Err(e) => {
                self.asked.borrow_mut().remove(&chunk);
                let notice = Notice::new(NoticeKind::ChunkFailed, e.to_string());
                // The console, read by whoever hosts the page, in English.
                let said = explorer_core::labels::notice_in(&notice, explorer_core::state::UiLang::En);
                web_sys::console::error_1(&said.as_str().into());
                self.notices.update(|n| n.push(notice));
                Err(())
            }
        }
    }

    /// Fetches these chunks in parallel; whether every one arrived.
    async fn fetch_all(&'static self, chunks: impl IntoIterator<Item = Chunk>) -> bool {
        futures::future::join_all(chunks.into_iter().map(|c| self.fetch(c))).await.iter().all(Result::is_ok)
    }

    /// Runs `then` with these articles and their texts once every text group they
    /// need has arrived (fetched in parallel); not at all if one cannot be loaded.
    pub fn with_texts(&'static self, docs: Vec<u32>, then: impl FnOnce(Vec<&'static Document>) + 'static) {
        wasm_bindgen_futures::spawn_local(async move {
            if self.fetch_all(self.store.texts_needed(docs.iter().copied())).await {
                then(docs.iter().filter_map(|&d| self.store.doc(d)).collect());
            }
        });
    }

    /// Asks for the chunks every query but the opening one needs (the facet postings
    /// and the lengths), ahead of the first.
    pub fn prefetch(&'static self) {
        self.request(self.store.query_chunks());
    }

    /// The results of `query` once [`Store::search_needs`] is empty for it: searched
    /// once, then kept while the query stays the same.
    pub fn search(&self, query: &Query) -> Results {
        let complete = self.store.facets_complete(self.index);
        if let Some((q, c, r)) = &*self.last.borrow() {
            if q == query && *c == complete {
                return r.clone();
            }
        }
        let r = self.store.search(self.index, query);
        *self.last.borrow_mut() = Some((query.clone(), complete, r.clone()));
        r
    }

    /// Runs `then` with these articles' metadata once every group they need has
    /// arrived (fetched in parallel); not at all if one cannot be loaded.
    pub fn with_metas(&'static self, docs: Vec<u32>, then: impl FnOnce(Vec<&'static Document>) + 'static) {
        wasm_bindgen_futures::spawn_local(async move {
            if self.fetch_all(self.store.meta_needed(docs.iter().copied())).await {
                then(docs.iter().filter_map(|&d| self.store.meta(d)).collect());
            }
        });
    }

    /// An article's metadata (untracked), or an empty article until it has arrived
    /// (what shows articles waits for [`Loader::has_meta`]).
    pub fn meta(&'static self, i: u32) -> &'static Document {
        static EMPTY: std::sync::OnceLock<Document> = std::sync::OnceLock::new();
        self.store.meta(i).unwrap_or_else(|| EMPTY.get_or_init(Document::default))
    }

    /// Is this article's metadata here (tracked)? Asks for its text group when it is
    /// not: what shows an article in the list shows its snippet too, and a text group
    /// (one or two articles, with their metadata) is smaller than a metadata group.
    pub fn has_meta(&'static self, i: u32) -> bool {
        self.tracked(self.store.meta(i), || self.store.texts_needed([i])).is_some()
    }

    /// The head's index with every facet's postings and the lengths (tracked): `None`
    /// until they have arrived, which it asks for.
    pub fn full(&'static self) -> Option<&'static Index> {
        self.tracked(self.store.full(self.index), || {
            let mut need = self.store.query_chunks();
            need.push(Chunk::FacetRest);
            need
        })
    }

    /// The position of the article with this id (tracked): `None` until its metadata
    /// has arrived; asks for its shard of the id directory, then its metadata group.
    pub fn position(&'static self, id: &str) -> Option<u32> {
        self.tracked(self.store.position(id), || self.store.position_needs(id))
    }

    /// Is it known that no article has this id (tracked)? Asks for the id directory's
    /// shard when it is not known yet.
    pub fn is_unknown(&'static self, id: &str) -> bool {
        self.track();
        if self.store.position(id).is_none() {
            self.request(self.store.position_needs(id));
        }
        self.store.is_unknown(id)
    }

    /// The story threads (tracked): `None` until they have arrived, which it asks for.
    pub fn threads(&'static self) -> Option<&'static [Thread]> {
        self.tracked(self.store.threads(), || vec![Chunk::Threads])
    }

    /// The people list (tracked): `None` until it has arrived, which it asks for.
    pub fn people(&'static self) -> Option<&'static [Person]> {
        self.tracked(self.store.people(), || vec![Chunk::People])
    }

    /// The events (tracked): `None` until they have arrived, which it asks for.
    pub fn events(&'static self) -> Option<&'static [Event]> {
        self.tracked(self.store.events(), || vec![Chunk::Events])
    }

    /// An article with its text (tracked): `None` until its text group has arrived,
    /// which it asks for.
    pub fn doc(&'static self, i: u32) -> Option<&'static Document> {
        self.tracked(self.store.doc(i), || self.store.texts_needed([i]))
    }

    /// `got` (tracked), asking for the chunks `need` names when it is not there yet.
    fn tracked<T>(&'static self, got: Option<T>, need: impl FnOnce() -> Vec<Chunk>) -> Option<T> {
        self.track();
        if got.is_none() {
            self.request(need());
        }
        got
    }
}

/// The URL of a chunk file, beside the app: the script embed names its folder in
/// `globalThis.__CORPUS_EXPLORER_BASE__`; the app's own pages resolve it from their own.
fn url(name: &str, ext: &str) -> String {
    let base = js_sys::Reflect::get(&js_sys::global(), &"__CORPUS_EXPLORER_BASE__".into())
        .ok()
        .and_then(|b| b.as_string())
        .unwrap_or_default();
    format!("{base}c/{name}.{ext}")
}

#[wasm_bindgen]
extern "C" {
    /// The browser's gzip decoder (Compression Streams; web-sys has it only behind
    /// `web_sys_unstable_apis`).
    #[wasm_bindgen(js_name = DecompressionStream)]
    type Gunzip;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<Gunzip, JsValue>;

    /// A `Blob` of the stored bytes, to read as a stream.
    #[wasm_bindgen(js_name = Blob)]
    type Bytes;
    #[wasm_bindgen(constructor, js_class = "Blob")]
    fn new(parts: &js_sys::Array) -> Bytes;
    #[wasm_bindgen(method)]
    fn stream(this: &Bytes) -> Stream;

    /// A `ReadableStream` of bytes.
    type Stream;
    #[wasm_bindgen(method, js_name = pipeThrough)]
    fn pipe_through(this: &Stream, through: &Gunzip) -> Stream;

    /// A `Response` over a stream, to read it whole.
    type Body;
    #[wasm_bindgen(constructor, js_class = "Response")]
    fn new(stream: &Stream) -> Body;
    #[wasm_bindgen(method, js_name = arrayBuffer)]
    fn array_buffer(this: &Body) -> js_sys::Promise;
}

/// Ungzips a chunk (chunks are stored gzipped, so that any static host serves them
/// small as they are, whatever it compresses, and from disk too).
async fn gunzip(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let stream = Bytes::new(&parts).stream().pipe_through(&Gunzip::new("gzip")?);
    let buffer = JsFuture::from(Body::new(&stream).array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Requests on their way at most: a cold phrase over a big corpus needs the texts of
/// a thousand candidates or more, and a browser refuses that many requests at once
/// (`ERR_INSUFFICIENT_RESOURCES`); the rest wait for a free slot.
const MAX_IN_FLIGHT: usize = 16;

thread_local! {
    /// Requests on their way now.
    static IN_FLIGHT: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Loads waiting for a slot: the resolve functions of the promises they await.
    static SLOT_QUEUE: RefCell<std::collections::VecDeque<js_sys::Function>> = RefCell::default();
}

/// Waits until fewer than [`MAX_IN_FLIGHT`] requests are on their way, and takes a slot.
async fn take_slot() {
    while IN_FLIGHT.with(|n| n.get()) >= MAX_IN_FLIGHT {
        let wait =
            js_sys::Promise::new(&mut |resolve, _| SLOT_QUEUE.with(|q| q.borrow_mut().push_back(resolve)));
        let _ = JsFuture::from(wait).await;
    }
    IN_FLIGHT.with(|n| n.set(n.get() + 1));
}

/// Gives a slot back and wakes the load that has waited longest.
fn give_slot() {
    IN_FLIGHT.with(|n| n.set(n.get().saturating_sub(1)));
    if let Some(resolve) = SLOT_QUEUE.with(|q| q.borrow_mut().pop_front()) {
        let _ = resolve.call0(&JsValue::NULL);
    }
}

/// Loads a chunk's bytes: fetched over HTTP, read through a script from `file://`
/// (at most [`MAX_IN_FLIGHT`] at once); then ungzipped.
async fn load(name: &str) -> Result<Vec<u8>, String> {
    let fail =
        |what: &str, e: JsValue| format!("{what}: {}", e.as_string().unwrap_or_else(|| format!("{e:?}")));
    take_slot().await;
    let got = load_gzipped(name).await;
    give_slot();
    let (url, bytes) = got?;
    gunzip(&bytes).await.map_err(|e| fail(&url, e))
}

/// A chunk's stored (gzipped) bytes, and the URL they came from.
async fn load_gzipped(name: &str) -> Result<(String, Vec<u8>), String> {
    let window = web_sys::window().ok_or("no window")?;
    let from_disk = window.location().protocol().is_ok_and(|p| p == "file:");
    let fail =
        |what: &str, e: JsValue| format!("{what}: {}", e.as_string().unwrap_or_else(|| format!("{e:?}")));
    if from_disk {
        let url = url(name, "js");
        let b64 = JsFuture::from(script(&url, name)).await.map_err(|e| fail(&url, e))?;
        let bin = window.atob(&b64.as_string().unwrap_or_default()).map_err(|e| fail(&url, e))?;
        return Ok((url, bin.chars().map(|c| c as u8).collect()));
    }
    let url = url(name, "bin");
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(&url)).await.map_err(|e| fail(&url, e))?.unchecked_into();
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|e| fail(&url, e))?)
        .await
        .map_err(|e| fail(&url, e))?;
    Ok((url, js_sys::Uint8Array::new(&buffer).to_vec()))
}

thread_local! {
    /// Scripts on their way: chunk name → the promise's resolve function.
    static WAITING: RefCell<HashMap<String, js_sys::Function>> = RefCell::default();
}

/// A promise of the base64 text a chunk script hands to `__explorerChunk`.
fn script(url: &str, name: &str) -> js_sys::Promise {
    install_receiver();
    js_sys::Promise::new(&mut |resolve, reject| {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            let _ = reject.call1(&JsValue::NULL, &"no document".into());
            return;
        };
        let Ok(el) = doc.create_element("script") else { return };
        WAITING.with(|w| w.borrow_mut().insert(name.to_string(), resolve));
        let _ = el.set_attribute("src", url);
        let gone = el.clone();
        let on_error = Closure::once_into_js(move || {
            gone.remove();
            let _ = reject.call1(&JsValue::NULL, &"the file is missing or unreadable".into());
        });
        let _ = el.add_event_listener_with_callback("error", on_error.unchecked_ref());
        let loaded = el.clone();
        let on_load = Closure::once_into_js(move || loaded.remove());
        let _ = el.add_event_listener_with_callback("load", on_load.unchecked_ref());
        if let Some(body) = doc.body() {
            let _ = body.append_child(&el);
        }
    })
}

/// Defines `globalThis.__explorerChunk(name, base64)`, which chunk scripts call.
fn install_receiver() {
    thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    let receive = Closure::<dyn Fn(String, JsValue)>::new(|name: String, b64: JsValue| {
        if let Some(resolve) = WAITING.with(|w| w.borrow_mut().remove(&name)) {
            let _ = resolve.call1(&JsValue::NULL, &b64);
        }
    });
    let _ = js_sys::Reflect::set(&js_sys::global(), &"__explorerChunk".into(), receive.as_ref());
    receive.forget();
}
