//! The browser's Unicode tables, lent to `explorer-core`'s text folding.
//!
//! Folding "Lucía" to "lucia" needs canonical decomposition and lower-casing, whose
//! tables would add ~85 KB to the wasm; the browser already has both
//! (`String.prototype.normalize`, `toLowerCase`). The core crate has no web
//! dependency, so it asks through its `TextHost` hooks, filled here over js-sys
//! and installed once, before anything is folded.

use explorer_core::text::{set_host, TextHost};

fn nfd(s: &str) -> String {
    String::from(js_sys::JsString::from(s).normalize("NFD"))
}

fn to_lower_case(s: &str) -> String {
    String::from(js_sys::JsString::from(s).to_lower_case())
}

/// Installs the browser as the text host (later calls do nothing).
pub fn install() {
    set_host(TextHost { nfd, to_lower_case });
}
