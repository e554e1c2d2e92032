//! Browser glue, kept apart from the components: the URL hash and history, the script
//! embed's shadow root and its height, focus and key handling that must see inside the
//! shadow root, the theme, the clipboard and file downloads. Everything here is a thin
//! call into web-sys; no decision is made here.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub(crate) fn read_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Records the state in the URL. Typing replaces the entry through the History API,
/// which (unlike `location.replace`) is cheap and fires no `hashchange` to re-decode.
pub(crate) fn write_hash(hash: &str, push: bool) {
    let location = window().location();
    if push {
        let _ = location.set_hash(hash);
        return;
    }
    let url = format!("#{hash}");
    let replaced = window()
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    if replaced.is_err() {
        let _ = location.replace(&url);
    }
}

/// The browser's `ResizeObserver` (not among the web-sys features this crate enables).
pub(crate) mod resize {
    use wasm_bindgen::prelude::*;
    #[wasm_bindgen]
    extern "C" {
        /// Calls back when an observed element changes size.
        pub type ResizeObserver;
        /// A new observer calling `callback`.
        #[wasm_bindgen(constructor)]
        pub fn new(callback: &js_sys::Function) -> ResizeObserver;
        /// Starts observing `target`.
        #[wasm_bindgen(method)]
        pub fn observe(this: &ResizeObserver, target: &web_sys::Element);
    }
}

/// Posts the document height to the embedding page.
pub(crate) fn post_height() {
    let Some(body) = document().body() else { return };
    let height = body.scroll_height();
    if let Ok(Some(parent)) = window().parent() {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &"corpus-explorer:height".into());
        let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
        let _ = parent.post_message(&msg, "*");
    }
}

/// The element the script embed (`embed.js`) mounted us into, inside a shadow root.
pub(crate) fn embed_mount() -> Option<web_sys::HtmlElement> {
    js_sys::Reflect::get(&js_sys::global(), &"__CORPUS_EXPLORER_MOUNT__".into()).ok()?.dyn_into().ok()
}

/// Applies a theme: `Some(true)` dark, `Some(false)` light, `None` the system's. On a
/// host page (script embed) on our mount element, never on the host's `<html>`.
pub(crate) fn apply_theme(dark: Option<bool>) {
    if let Some(root) = embed_mount().map(web_sys::Element::from).or_else(|| document().document_element()) {
        let _ = match dark {
            Some(true) => root.set_attribute("data-theme", "dark"),
            Some(false) => root.set_attribute("data-theme", "light"),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// Copies text to the clipboard and reports it in `status`.
pub(crate) fn copy_text(text: &str, status: RwSignal<String>, done: &'static str, failed: &'static str) {
    let clipboard = window().navigator().clipboard();
    let promise = clipboard.write_text(text);
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        status.set(if ok { done.into() } else { failed.into() });
    });
}

/// Offers `content` as a file download.
pub(crate) fn download(name: &str, mime: &str, content: &str) {
    let parts = js_sys::Array::of1(&content.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The shadow root the script embed mounted us into, if any (else `None`: the page's
/// own document is ours).
pub(crate) fn shadow_root() -> Option<web_sys::Node> {
    let mount: web_sys::Element =
        js_sys::Reflect::get(&js_sys::global(), &"__CORPUS_EXPLORER_MOUNT__".into()).ok()?.dyn_into().ok()?;
    let root = mount.get_root_node();
    (root.node_type() == web_sys::Node::DOCUMENT_FRAGMENT_NODE).then_some(root)
}

/// The focused element as far as the app is concerned: inside the script embed's
/// shadow root, the document only sees the host element, so ask the shadow root.
pub fn active_element() -> Option<web_sys::Element> {
    match shadow_root() {
        Some(root) => js_sys::Reflect::get(&root, &"activeElement".into()).ok()?.dyn_into().ok(),
        None => document().active_element(),
    }
}

/// True when a keyboard event belongs to us: always on our own page; in the script
/// embed, when it comes from inside our shadow root or from nowhere in particular
/// (the host page's body), never from the host's own fields.
pub fn key_is_ours(e: &web_sys::KeyboardEvent) -> bool {
    let Some(root) = shadow_root() else { return true };
    let root: &wasm_bindgen::JsValue = root.as_ref();
    let inside = e.composed_path().iter().any(|n| &n == root);
    let idle = document().active_element().is_none_or(|el| el.tag_name() == "BODY");
    inside || idle
}

/// Up/Down arrows move the focus between result headlines (Enter opens one).
pub(crate) fn move_between_results(e: web_sys::KeyboardEvent) {
    let step: i32 = match e.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    // The headline links of the list the key was pressed in (its own descendants: no
    // look-up in the page, so it works the same inside the embed's shadow root).
    let Some(list) = e.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
    let found = list.query_selector_all("h3 a").ok();
    let links: Vec<web_sys::HtmlElement> = found
        .map(|l| (0..l.length()).filter_map(|i| l.item(i)?.dyn_into().ok()).collect())
        .unwrap_or_default();
    let active = active_element();
    let n = links.len() as i32;
    let current = links.iter().position(|l| Some(l.unchecked_ref::<web_sys::Element>()) == active.as_ref());
    let target = match current {
        Some(i) => (i as i32 + step).clamp(0, n - 1),
        None => 0,
    };
    if let Some(link) = links.get(target as usize) {
        e.prevent_default();
        let _ = link.focus();
    }
}
