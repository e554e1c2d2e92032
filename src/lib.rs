//! News-corpus explorer: the browser app, the only crate that touches the DOM.
//!
//! Everything that can be plain Rust lives in the workspace's other crates:
//! `explorer-core` (model, text folding, index and query, URL state, labels,
//! insights) runs here in the browser but has no web dependency, and
//! `explorer-extract` turns the corpus folder into the embedded data at build time
//! (`build.rs`). This crate adds the shell ([`app`]), the handle every component
//! receives ([`explorer::Explorer`]), the components, one per file ([`components`]),
//! and the browser glue ([`browser`], [`text_host`]), over [`dom`], a small builder on
//! Leptos's reactive system.

#[cfg(target_arch = "wasm32")]
#[cfg(feature = "bench")]
pub mod api;
pub mod app;
pub mod browser;
#[cfg(chunked)]
pub mod chunks;
pub mod components;
pub mod dom;
pub mod explorer;
pub mod text_host;
