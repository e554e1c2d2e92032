//! Entry point of the wasm app: install the panic panel, mount the explorer.
//!
//! Everything else lives in the library; this file only wires it to the page.

use news_explorer::app::{embedded_data, mount};
use news_explorer::components::panic_panel::show_panic_panel;
use wasm_bindgen::JsCast;

/// Talc in place of Rust's default wasm allocator (dlmalloc): 6 KB less allocator code,
/// 0.4 KB less of the served app's brotli once inlined (docs/measurements.md); keystroke
/// timings on Reuters dev are the same with either. The app is single-threaded (no
/// `atomics`).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.as_str().into());
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            show_panic_panel(&body, &message);
        }
    }));
    let data = embedded_data();
    // The script embed (`embed.js`) mounts the explorer inside a shadow root on a host
    // page: it names the element in `globalThis.__CORPUS_EXPLORER_MOUNT__`.
    let target = js_sys::Reflect::get(&js_sys::global(), &"__CORPUS_EXPLORER_MOUNT__".into())
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::Element>().ok())
        .or_else(|| web_sys::window()?.document()?.body().map(Into::into));
    if let Some(target) = target {
        mount(&target, data);
    }
}
