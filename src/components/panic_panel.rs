//! The readable error panel shown if the app panics, with a link that resets the view.

use explorer_core::labels::tr;
use explorer_core::state::UiLang;
use std::cell::Cell;
use wasm_bindgen::JsCast;

thread_local! {
    /// The language the panel speaks: the interface's, kept current by the app.
    static LANG: Cell<UiLang> = const { Cell::new(UiLang::En) };
}

/// Tells the panel the interface's language (the app calls it when it changes).
pub fn speak(lang: UiLang) {
    LANG.with(|l| l.set(lang));
}

/// Replaces a dead page with a readable error and a way to start again. Built with
/// plain DOM calls and `text_content` (the message may contain anything).
pub fn show_panic_panel(host: &web_sys::Element, message: &str) {
    let [stopped, reset] = tr(LANG.with(Cell::get)).stopped;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(panel) = doc.create_element("div") else { return };
    panel.set_class_name("panic");
    let _ = panel.set_attribute("role", "alert");
    if let Ok(h) = doc.create_element("h2") {
        h.set_text_content(Some(stopped));
        let _ = panel.append_child(&h);
    }
    if let Ok(p) = doc.create_element("pre") {
        p.set_text_content(Some(message));
        let _ = panel.append_child(&p);
    }
    if let Ok(a) = doc.create_element("a") {
        a.set_text_content(Some(reset));
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
    host.set_text_content(None);
    let _ = host.append_child(&panel);
}
