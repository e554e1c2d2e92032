//! Entry point of the wasm app: install the panic panel, mount the explorer.
//!
//! Everything else lives in the library; this file only wires it to the page.

use news_explorer::app::{embedded_data, App};
use wasm_bindgen::JsCast;

fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_panel(&info.to_string());
    }));
    let data = embedded_data();
    // The script embed (`embed.js`) mounts the explorer inside a shadow root on a host
    // page: it names the element in `globalThis.__CORPUS_EXPLORER_MOUNT__`.
    let target = js_sys::Reflect::get(&js_sys::global(), &"__CORPUS_EXPLORER_MOUNT__".into())
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => leptos::mount::mount_to(el, move || leptos::view! { <App data/> }).forget(),
        None => leptos::mount::mount_to_body(move || leptos::view! { <App data/> }),
    }
}

/// Replaces a dead page with a readable error and a way to start again. Built with
/// plain DOM calls and `text_content` (the message may contain anything).
fn show_panic_panel(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Some(body) = doc.body() else { return };
    let Ok(panel) = doc.create_element("div") else { return };
    panel.set_class_name("panic");
    let _ = panel.set_attribute("role", "alert");
    if let Ok(h) = doc.create_element("h2") {
        h.set_text_content(Some("The explorer stopped because of an internal error."));
        let _ = panel.append_child(&h);
    }
    if let Ok(p) = doc.create_element("pre") {
        p.set_text_content(Some(message));
        let _ = panel.append_child(&p);
    }
    if let Ok(a) = doc.create_element("a") {
        a.set_text_content(Some("Reset the explorer"));
        let _ = a.set_attribute("href", "?");
        let _ = a.set_attribute("class", "reset");
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            let reset = wasm_bindgen::closure::Closure::<dyn Fn()>::new(|| {
                if let Some(w) = web_sys::window() {
                    let loc = w.location();
                    let _ = loc.set_hash("");
                    let _ = loc.reload();
                }
            });
            a.set_onclick(Some(reset.as_ref().unchecked_ref()));
            reset.forget();
            let _ = panel.append_child(&a);
        }
    }
    body.set_inner_html("");
    let _ = body.append_child(&panel);
}
