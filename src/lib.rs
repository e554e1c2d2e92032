//! News-corpus explorer: a set of news articles turned into one explorable web page.
//!
//! The crate is split so that everything that can be plain Rust is: [`model`] (the
//! embedded data), [`text`] (folding and tokenizing), [`extract`] (build-time
//! extraction, native only), [`index`] (facets and full-text search) and [`state`]
//! (the URL codec) have no web dependency and are unit-tested natively. Only [`app`]
//! and [`explore`] touch the DOM, through [`dom`]: a small builder over Leptos's
//! reactive system.

#[cfg(target_arch = "wasm32")]
#[cfg(feature = "bench")]
pub mod api;
pub mod app;
pub mod dom;
pub mod explore;
#[cfg(not(target_arch = "wasm32"))]
pub mod extract;
pub mod index;
pub mod insights;
pub mod labels;
pub mod model;
pub mod reader_text;
pub mod state;
pub mod synth;
pub mod text;
