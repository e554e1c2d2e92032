//! The components of the explorer: Leptos signals and memos, views built with
//! [`crate::dom`].
//!
//! Components are plain functions that return elements ([`El`]) or sibling nodes
//! ([`Frag`]). They stay thin: they read the [`State`] signal, ask the [`Index`] for
//! results and render them. All decisions (what matches, counts, URL encoding, labels) live in
//! the pure modules. Corpus text is always rendered as text nodes, never as HTML.
//!
//! The one piece of wiring worth knowing: the URL hash is the source of truth. User
//! actions compute the next [`State`], write it to the hash ([`Explorer::update`]) and
//! set the signal; Back/Forward and edited links arrive as `hashchange` events and are
//! decoded back into the signal.
//!
//! [`Index`]: explorer_core::index::Index

use crate::dom::{button, effect, el, elc, keyed, region, text, El, Frag};
use crate::explore::{
    active_element, date_evidence, day_string, element_by_id, empty_state, explore_tr, filters_toggle,
    histogram_key, key_is_ours, reader_body, refocus_bar, select_all, set_day_range,
};
use explorer_core::index::{fold_label, highlight, snippet, Data, FacetKind, Results, Segment, Sort};
use explorer_core::insights::{
    citation, cooccurrence, day_histogram, drilled_month, export_csv, export_json, histogram, timeline,
};
use explorer_core::labels::{
    count_line_in, display_date_in, facet_title_in, filter_chip_in, filter_remove_name_in, tr, Tr,
};
use explorer_core::model::{sort_by_dyn, Document};
use explorer_core::state::{normalise_day, Flags, State, UiLang, View};
use leptos::ev;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

thread_local! {
    /// A typed change is waiting to be written to the URL (see [`Explorer::update`]).
    static HASH_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The corpus and index embedded at build time, decoded once.
pub fn embedded_data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    crate::text_host::install();
    // `panic!` with the message as text: `expect` would format it with `Debug`, which
    // brings string escaping and its Unicode tables into the wasm.
    DATA.get_or_init(|| Data::from_bytes(EMBEDDED).unwrap_or_else(|e| panic!("{e}")))
}

/// How many results are rendered before "Show more results".
const PAGE: usize = 20;
/// How many values a facet shows before "Show more".
const FACET_LIMIT: usize = 8;

/// Shared handle every component uses: the data, the state and the derived results.
#[derive(Clone, Copy)]
pub struct Explorer {
    /// The embedded corpus and index.
    pub data: &'static Data,
    /// The view state (mirrors the URL hash).
    pub state: RwSignal<State>,
    /// Results of the current query.
    pub results: Memo<Results>,
    /// Notices about links that had to be repaired.
    pub notices: RwSignal<Vec<String>>,
    /// Interface language (its key, see [`Explorer::lang`]): the one in the URL, else
    /// the browser's. A string, as other memos are: one memo type less in the wasm.
    lang_key: Memo<String>,
    /// The facet selections alone: what checkboxes and chips follow, so that typing
    /// (which changes the state on every keystroke) does not wake them.
    pub facets: Memo<Vec<(FacetKind, Vec<String>)>>,
    /// The URL hash of the state without an open article, which every article link
    /// extends (`State::doc_link`).
    pub link_base: Memo<String>,
}

impl Explorer {
    /// Creates the explorer state for `data`, starting from the current URL hash.
    pub fn new(data: &'static Data) -> Explorer {
        let (state, notices) = decode(data, &read_hash());
        let state = RwSignal::new(state);
        // Opening an article or switching views searches again (microseconds) and finds
        // the same results, which the memo's comparison stops there.
        let results =
            Memo::new(move |_| state.with(|s| data.index.search(&data.corpus.documents, &s.query())));
        let browser = UiLang::from_browser(&window().navigator().language().unwrap_or_default());
        let lang_key = Memo::new(move |_| state.with(|s| s.lang.unwrap_or(browser).key().to_string()));
        let facets = Memo::new(move |_| state.with(|s| s.facets.clone()));
        let link_base = Memo::new(move |_| {
            state.with(|s| match s.doc {
                None => s.to_hash(),
                Some(_) => State { doc: None, ..s.clone() }.to_hash(),
            })
        });
        Explorer { data, state, results, notices: RwSignal::new(notices), lang_key, facets, link_base }
    }

    /// The interface language (tracked: the caller re-runs when it changes).
    pub fn lang(&self) -> UiLang {
        UiLang::from_key(&self.lang_key.get()).unwrap_or_default()
    }

    /// Is this facet value selected? (Tracked: re-runs only when a selection changes.)
    pub fn is_selected(&self, kind: FacetKind, value: &str) -> bool {
        self.facets.with(|f| selected_in(f, kind, value))
    }

    /// Applies a change to the state and records it in the URL: a new history entry
    /// when `push` (discrete actions), a replaced one otherwise (typing).
    pub fn update(&self, push: bool, change: impl FnOnce(&mut State)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        if next == self.state.get_untracked() {
            return;
        }
        if push {
            HASH_PENDING.with(|p| p.set(false));
            write_hash(&next.to_hash(), true);
            self.state.set(next);
            return;
        }
        self.state.set(next);
        // Typing: the URL follows in a task of its own, right after the page has been
        // updated, once per burst of keystrokes (the keystroke does not wait for it).
        if !HASH_PENDING.with(|p| p.replace(true)) {
            let state = self.state;
            set_timeout(
                move || {
                    if HASH_PENDING.with(|p| p.replace(false)) {
                        write_hash(&state.with_untracked(State::to_hash), false);
                    }
                },
                std::time::Duration::ZERO,
            );
        }
    }

    /// Re-reads the URL hash (after Back/Forward or an edited link).
    pub fn sync_from_url(&self) {
        let (next, notices) = decode(self.data, &read_hash());
        if next != self.state.get_untracked() {
            self.state.set(next);
        }
        if !notices.is_empty() {
            self.notices.set(notices);
        }
    }

    /// The interface texts in the current language (components are rebuilt when it
    /// changes, so reading it untracked at construction is enough).
    pub fn t(&self) -> &'static Tr {
        tr(self.ui_lang())
    }

    /// The current interface language.
    pub fn ui_lang(&self) -> UiLang {
        untrack(|| self.lang())
    }

    /// The document with a given position.
    pub fn doc(&self, i: u32) -> &'static Document {
        &self.data.corpus.documents[i as usize]
    }

    /// The URL hash of the current state with an article opened.
    fn href_for(&self, id: &str) -> String {
        self.link_base.with(|base| State::doc_link(base, id))
    }
}

/// Is `value` among the `kind` selections of `facets`?
fn selected_in(facets: &[(FacetKind, Vec<String>)], kind: FacetKind, value: &str) -> bool {
    facets.iter().any(|(k, v)| *k == kind && v.iter().any(|x| x == value))
}

fn decode(data: &Data, hash: &str) -> (State, Vec<String>) {
    let (mut state, mut notices) = State::from_hash(hash);
    let ids: Vec<&str> = data.corpus.documents.iter().map(|d| d.id.as_str()).collect();
    notices.extend(state.retain_known(&data.index, &ids));
    (state, notices)
}

fn read_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Records the state in the URL. Typing replaces the entry through the History API,
/// which (unlike `location.replace`) is cheap and fires no `hashchange` to re-decode.
fn write_hash(hash: &str, push: bool) {
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

/// Mounts the explorer over `data` at the end of `parent` (the page's body, the script
/// embed's element in its shadow root, or a test's element). It lives as long as the
/// page: its reactive owner is never disposed of.
pub fn mount(parent: &web_sys::Element, data: &'static Data) {
    // Leptos's effects run as tasks of wasm-bindgen-futures' executor.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    crate::text_host::install();
    let owner = Owner::new();
    owner.with(|| {
        for node in app(data) {
            let _ = parent.append_child(&node);
        }
    });
    std::mem::forget(owner);
}

/// What the shell is laid out from; it is rebuilt (in a new language) from these.
#[derive(Clone)]
struct Layout {
    flags: Flags,
    /// The open article's id, empty for none (the main area changes with it).
    open_doc: Memo<String>,
    /// The key of the view: results, timeline or people.
    view_kind: Memo<String>,
    /// Narrow screens: the filters are behind a "Filters" button.
    filters_open: RwSignal<bool>,
    /// The facets that have values, in order.
    kinds: Vec<FacetKind>,
    /// Whether the date filter, then each facet list, may render yet.
    ready: Vec<RwSignal<bool>>,
}

/// The whole explorer: window listeners, the embed's height reports, and the shell,
/// rebuilt when the interface language changes.
pub fn app(data: &'static Data) -> Frag {
    let ex = Explorer::new(data);
    // Script embed (`embed.js`): flags come from the mount element, not the host's URL.
    let mount = embed_mount();
    let flags = Flags::from_query(&match &mount {
        Some(el) => el.get_attribute("data-flags").unwrap_or_default(),
        None => window().location().search().unwrap_or_default(),
    });
    apply_theme(flags.dark);
    let on_hash = window_event_listener(ev::hashchange, move |_| ex.sync_from_url());
    let on_key = window_event_listener(ev::keydown, move |e| global_key(ex, &e));
    on_cleanup(move || {
        on_hash.remove();
        on_key.remove();
    });
    if flags.embed && mount.is_none() {
        // Tell the host page our height after every change (Datawrapper/pym.js style).
        effect(move || {
            ex.results.track();
            ex.state.track();
            request_animation_frame(post_height);
        });
        let on_resize = window_event_listener(ev::resize, move |_| post_height());
        on_cleanup(move || on_resize.remove());
        // ...and whenever the height changes without a state change ("Show all" in a
        // facet, a facet filter): the host's iframe must never clip us.
        if let Some(body) = document().body() {
            let callback = wasm_bindgen::closure::Closure::<dyn Fn()>::new(post_height);
            let observer = resize::ResizeObserver::new(callback.as_ref().unchecked_ref());
            observer.observe(&body);
            callback.forget();
            std::mem::forget(observer);
        }
    }
    // The chips of results and reader are plain DOM (see `facet_chips`): one effect for
    // all of them follows the selections.
    let first = std::cell::Cell::new(true);
    effect(move || {
        ex.facets.track();
        if !first.replace(false) {
            sync_chips(ex);
        }
    });
    // The filters (the histogram, then each facet list) render one per task after the
    // shell and the results: the first paint comes sooner and no single task blocks the
    // page for long (Lighthouse's TBT). Their column has a fixed width, and on phones it
    // is hidden behind the Filters button, so nothing shifts when they arrive.
    let kinds: Vec<FacetKind> = FacetKind::ALL
        .into_iter()
        .filter(|k| data.index.facet(*k).is_some_and(|f| !f.values.is_empty()))
        .collect();
    let ready: Vec<RwSignal<bool>> = (0..=kinds.len()).map(|_| RwSignal::new(false)).collect();
    reveal_in_turn(ready.clone());
    let layout = Layout {
        flags,
        // What the main area shows changes only with these two parts of the state: a
        // keystroke must not rebuild the toolbar and the result list.
        // Strings (the id, empty for none; the view's key): memos of one type cost less
        // code than one type each.
        open_doc: Memo::new(move |_| ex.state.with(|s| s.doc.clone().unwrap_or_default())),
        view_kind: Memo::new(move |_| ex.state.with(|s| s.view.key().to_string())),
        filters_open: RwSignal::new(false),
        kinds,
        ready,
    };
    effect(move || {
        let lang = ex.lang();
        match embed_mount() {
            // Inside a host page: its <html lang> and title are not ours.
            Some(el) => _ = el.set_attribute("lang", lang.key()),
            None => {
                if let Some(root) = document().document_element() {
                    let _ = root.set_attribute("lang", lang.key());
                }
                document().set_title(tr(lang).app_title);
            }
        }
    });
    region(move || {
        let t = tr(ex.lang());
        untrack(|| vec![shell(ex, t, &layout).into()])
    })
}

/// The page: header, notices, the filters column and the main area.
fn shell(ex: Explorer, t: &'static Tr, l: &Layout) -> El {
    let f = l.flags;
    let mut root = elc("div", if f.embed { "shell embed" } else { "shell" }).child(
        elc("a", "skip").attr("href", "#main").on_click(|e| skip_to_results(e.unchecked_into())).text(t.skip),
    );
    root = if f.plain {
        root.child(elc("h1", "sr-only").text(t.app_title)).child(elc("div", "top").child(search_box(ex)))
    } else {
        root.child(
            elc("header", "top")
                .child(el("h1").text(t.app_title))
                .child(search_box(ex))
                .child(theme_switch(ex, f.dark))
                .child(lang_switch(ex)),
        )
    };
    let open = l.filters_open;
    let ready = l.ready[0];
    let mut aside = elc("aside", "filters")
        .attr("id", "filters")
        .attr("aria-label", t.filters)
        .class_dyn("open", move || open.get())
        .region(move || if ready.get() { untrack(|| vec![date_range(ex).into()]) } else { Vec::new() });
    for (&kind, &ready) in l.kinds.iter().zip(&l.ready[1..]) {
        aside = aside.region(move || {
            if ready.get() {
                untrack(|| vec![facet_list(ex, kind).into()])
            } else {
                Vec::new()
            }
        });
    }
    let (open_doc, view_kind) = (l.open_doc, l.view_kind);
    let main = elc("main", "main").attr("id", "main").attr("tabindex", "-1").kids(active_filters(ex)).region(
        move || match open_doc.get() {
            id if !id.is_empty() => untrack(|| vec![reader(ex, &id).into()]),
            _ => untrack(|| {
                let mut nodes: Frag = vec![toolbar(ex).into()];
                nodes.extend(region(move || {
                    let kind = View::from_key(&view_kind.get()).unwrap_or_default();
                    untrack(|| match kind {
                        View::Results => result_list(ex),
                        View::Timeline => timeline_view(ex),
                        View::People => people_view(ex),
                    })
                }));
                nodes
            }),
        },
    );
    root.kids(notices(ex))
        .child(elc("div", "layout").child(filters_toggle(ex, open)).child(aside).child(main))
}

/// Sets the signals to `true` one per task, in order (each in a `setTimeout` of its
/// own, after what the previous one rendered).
fn reveal_in_turn(mut signals: Vec<RwSignal<bool>>) {
    if signals.is_empty() {
        return;
    }
    set_timeout(
        move || {
            signals.remove(0).set(true);
            reveal_in_turn(signals);
        },
        std::time::Duration::ZERO,
    );
}

/// Keyboard shortcuts: `/` focuses the search box, Esc closes the article. In the
/// script embed, only keys pressed inside the explorer (or on an idle host page) count,
/// and the elements are looked up in our shadow root, not in the host's document.
fn global_key(ex: Explorer, e: &web_sys::KeyboardEvent) {
    if !key_is_ours(e) {
        return;
    }
    let typing = active_element()
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false);
    match e.key().as_str() {
        "/" if !typing => {
            if let Some(input) = element_by_id("search") {
                e.prevent_default();
                let _ = input.focus();
            }
        }
        "Escape" if ex.state.with_untracked(|s| s.doc.is_some()) => {
            ex.update(true, |s| s.doc = None);
        }
        _ => {}
    }
}

/// The browser's `ResizeObserver` (not among the web-sys features this crate enables).
mod resize {
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
fn post_height() {
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
fn embed_mount() -> Option<web_sys::HtmlElement> {
    js_sys::Reflect::get(&js_sys::global(), &"__CORPUS_EXPLORER_MOUNT__".into()).ok()?.dyn_into().ok()
}

/// Applies a theme: `Some(true)` dark, `Some(false)` light, `None` the system's. On a
/// host page (script embed) on our mount element, never on the host's `<html>`.
fn apply_theme(dark: Option<bool>) {
    if let Some(root) = embed_mount().map(web_sys::Element::from).or_else(|| document().document_element()) {
        let _ = match dark {
            Some(true) => root.set_attribute("data-theme", "dark"),
            Some(false) => root.set_attribute("data-theme", "light"),
            None => root.remove_attribute("data-theme"),
        };
    }
}

/// A `<select>` of `(value, label, selected)` options, labelled by `label`, calling
/// `change` with the chosen value.
fn select_box(label: &str, options: &[(&str, &str, bool)], change: impl Fn(String) + 'static) -> El {
    let select = el("select")
        .items(options.iter().map(|&(value, text, selected)| {
            el("option").attr("value", value).attr_opt("selected", selected.then_some("")).text(text)
        }))
        .on("change", move |e| change(event_target_value(&e)));
    elc("label", "theme").child(el("span").text(label)).child(select)
}

/// Light / dark / system switch.
fn theme_switch(ex: Explorer, initial: Option<bool>) -> El {
    let t = ex.t();
    let value = match initial {
        Some(true) => "dark",
        Some(false) => "light",
        None => "system",
    };
    let options = [("system", t.themes[0]), ("light", t.themes[1]), ("dark", t.themes[2])]
        .map(|(v, label)| (v, label, v == value));
    select_box(t.theme, &options, |v| {
        apply_theme(match v.as_str() {
            "dark" => Some(true),
            "light" => Some(false),
            _ => None,
        })
    })
}

/// English / Spanish switch; the choice is kept in the URL.
fn lang_switch(ex: Explorer) -> El {
    let current = ex.ui_lang();
    let options = [("en", "English", current == UiLang::En), ("es", "Español", current == UiLang::Es)];
    select_box(ex.t().language, &options, move |v| {
        let lang = UiLang::from_key(&v);
        ex.update(true, |s| s.lang = lang)
    })
}

/// Views, sort order, and what can be done with the current results.
fn toolbar(ex: Explorer) -> El {
    let t = ex.t();
    let copied = RwSignal::new(String::new());
    let tab = move |view: View, label: &'static str| {
        button(Some("tab"), label)
            .flag_dyn("aria-pressed", move || ex.state.with(|s| s.view) == view)
            .on_click(move |_| ex.update(true, |s| s.view = view))
    };
    let ids = move || ex.results.with(Results::doc_ids);
    let sorts = [(Sort::Relevance, t.sorts[0]), (Sort::Newest, t.sorts[1]), (Sort::Oldest, t.sorts[2])];
    let select = el("select")
        .items(sorts.into_iter().map(|(sort, label)| {
            el("option")
                .attr("value", sort.key())
                .attr_dyn("selected", move || ex.state.with(|s| s.sort == sort).then(String::new))
                .text(label)
        }))
        .on("change", move |e| {
            let sort = Sort::from_key(&event_target_value(&e)).unwrap_or_default();
            ex.update(true, |s| s.sort = sort)
        });
    elc("div", "toolbar")
        .child(
            elc("div", "views")
                .attr("role", "group")
                .attr("aria-label", t.view)
                .child(tab(View::Results, t.views[0]))
                .child(tab(View::Timeline, t.views[1]))
                .child(tab(View::People, t.views[2])),
        )
        .child(elc("label", "sort").child(el("span").text(t.sort)).child(select))
        .child(
            elc("div", "actions")
                .attr("role", "group")
                .attr("aria-label", t.share)
                .child(button(None, t.copy_link).on_click(move |_| {
                    let href = window().location().href().unwrap_or_default();
                    copy_text(&href, copied, t.link_copied, t.copy_failed);
                }))
                .child(button(None, t.export_csv).on_click(move |_| {
                    download("articles.csv", "text/csv", &export_csv(&ex.data.corpus, &ids()))
                }))
                .child(button(None, t.export_json).on_click(move |_| {
                    download("articles.json", "application/json", &export_json(&ex.data.corpus, &ids()))
                }))
                .child(button(None, t.print).on_click(|_| {
                    let _ = window().print();
                }))
                .child(status_text(copied)),
        )
}

/// The polite live region that says "Link copied".
fn status_text(copied: RwSignal<String>) -> El {
    elc("span", "copied").attr("aria-live", "polite").text_dyn(move || copied.get())
}

/// Copies text to the clipboard and reports it in `status`.
fn copy_text(text: &str, status: RwSignal<String>, done: &'static str, failed: &'static str) {
    let clipboard = window().navigator().clipboard();
    let promise = clipboard.write_text(text);
    leptos::task::spawn_local(async move {
        let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        status.set(if ok { done.into() } else { failed.into() });
    });
}

/// Offers `content` as a file download.
fn download(name: &str, mime: &str, content: &str) {
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

/// The search box: every keystroke narrows the results.
pub fn search_box(ex: Explorer) -> El {
    let t = ex.t();
    let input = el("input")
        .attr("id", "search")
        .attr("type", "search")
        .attr("placeholder", t.search_placeholder)
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .prop_dyn("value", move || ex.state.with(|s| s.q.clone()).into())
        .on("input", move |e| {
            let q = event_target_value(&e);
            ex.update(false, |s| {
                s.q = q;
                s.doc = None;
            })
        });
    elc("div", "search")
        .attr("role", "search")
        .child(elc("label", "sr-only").attr("for", "search").text(t.search_label))
        .child(input)
}

/// Notices about a link that had to be repaired, dismissible.
pub fn notices(ex: Explorer) -> Frag {
    let t = ex.t();
    region(move || {
        let notices = ex.notices.get();
        if notices.is_empty() {
            return Vec::new();
        }
        untrack(|| {
            vec![elc("div", "notice")
                .attr("role", "alert")
                .child(el("ul").items(notices.iter().map(|n| el("li").text(n))))
                .child(button(None, t.dismiss).on_click(move |_| ex.notices.set(Vec::new())))
                .into()]
        })
    })
}

/// A date input of the From / To pair: `id`, its bounds, the state's value and how a
/// chosen day is written back.
fn date_input(ex: Explorer, id: &str, bounds: (&str, &str), end: bool) -> El {
    el("input")
        .attr("id", id)
        .attr("type", "date")
        .attr("min", bounds.0)
        .attr("max", bounds.1)
        .prop_dyn("value", move || {
            ex.state.with(|s| if end { s.to.clone() } else { s.from.clone() }).unwrap_or_default().into()
        })
        .on("change", move |e| {
            let v = normalise_day(&event_target_value(&e), end);
            ex.update(true, |s| {
                if end {
                    s.to = v;
                } else {
                    s.from = v;
                }
                s.doc = None;
            })
        })
}

/// The date filter: the histogram and the From / To date inputs.
pub fn date_range(ex: Explorer) -> El {
    let t = ex.t();
    let days = ex.data.index.days.iter().flatten();
    let min = days.clone().map(|d| d.0).min().map(day_string).unwrap_or_default();
    let max = days.map(|d| d.1).max().map(day_string).unwrap_or_default();
    elc("fieldset", "dates")
        .child(el("legend").text(t.dates))
        .kids(histogram_view(ex))
        .child(el("label").attr("for", "from").text(t.from))
        .child(date_input(ex, "from", (&min, &max), false))
        .child(el("label").attr("for", "to").text(t.to))
        .child(date_input(ex, "to", (&min, &max), true))
}

/// One facet: its values as checkboxes with counts, by count or A–Z, with "Show more"
/// and, for long lists, a box that filters the values.
pub fn facet_list(ex: Explorer, kind: FacetKind) -> El {
    let fi = ex.data.index.facets.iter().position(|f| f.kind == kind).expect("facet exists");
    let facet = &ex.data.index.facets[fi];
    let expanded = RwSignal::new(false);
    let alpha = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    let t = ex.t();
    let title = facet_title_in(kind, ex.ui_lang());
    let lower = explorer_core::text::lowercase(title);
    let many = facet.values.len() > FACET_LIMIT;
    let folded: Vec<String> = facet.values.iter().map(|v| fold_label(&v.label)).collect();
    let mut by_alpha: Vec<usize> = (0..facet.values.len()).collect();
    sort_by_dyn(&mut by_alpha, &|&a, &b| folded[a].cmp(&folded[b]));
    let filter_id = format!("facet-filter-{}", kind.key());
    let mut fieldset = elc("fieldset", "facet").child(el("legend").text(title));
    if many {
        fieldset = fieldset.child(
            elc("div", "facet-tools")
                .child(elc("label", "sr-only").attr("for", &filter_id).text(&format!("{} {lower}", t.filter)))
                .child(
                    elc("input", "facet-filter")
                        .attr("id", &filter_id)
                        .attr("type", "search")
                        .attr("placeholder", &format!("{} {lower}…", t.filter))
                        .on("input", move |e| filter.set(fold_label(&event_target_value(&e)))),
                )
                .child(
                    button(Some("sort-toggle"), t.a_z)
                        .flag_dyn("aria-pressed", move || alpha.get())
                        .on_click(move |_| alpha.update(|a| *a = !*a)),
                ),
        );
    }
    let list = el("ul").region(move || {
        let open = expanded.get() || !filter.with(String::is_empty);
        let needle = filter.get();
        let order: Vec<usize> =
            if alpha.get() { by_alpha.clone() } else { (0..facet.values.len()).collect() };
        // `facets`, not the whole state: the list is not rebuilt on every keystroke.
        let chosen = ex.facets.with(|f| f.iter().find(|(k, _)| *k == kind).map(|(_, v)| v.clone()));
        let chosen = chosen.unwrap_or_default();
        let shown = order.into_iter().enumerate().filter(|(rank, vi)| {
            let selected = chosen.contains(&facet.values[*vi].label);
            (needle.is_empty() || folded[*vi].contains(&needle)) && (open || *rank < FACET_LIMIT || selected)
        });
        untrack(|| shown.map(|(_, vi)| facet_value(ex, kind, fi, vi).into()).collect())
    });
    fieldset = fieldset.child(list);
    if many {
        let n = facet.values.len();
        fieldset = fieldset.child(
            el("button")
                .attr("type", "button")
                .attr("class", "more")
                .flag_dyn("aria-expanded", move || expanded.get())
                .on_click(move |_| expanded.update(|e| *e = !*e))
                .text_dyn(move || {
                    if expanded.get() {
                        format!("{} {lower}", t.show_fewer)
                    } else {
                        format!("{} {n} {lower}", t.show_all)
                    }
                }),
        );
    }
    fieldset
}

/// One value of a facet: a checkbox with the value and its count.
fn facet_value(ex: Explorer, kind: FacetKind, fi: usize, vi: usize) -> El {
    let label: &'static str = ex.data.index.facets[fi].values[vi].label.as_str();
    let count = move || ex.results.with(|r| r.counts[fi][vi]);
    let checked = move || ex.is_selected(kind, label);
    let input = el("input")
        .attr("type", "checkbox")
        .attr("aria-label", label)
        .prop_dyn("checked", move || checked().into())
        .prop_dyn("disabled", move || (count() == 0 && !checked()).into())
        .on("change", move |_| {
            ex.update(true, |s| {
                s.toggle(kind, label);
                s.doc = None;
            })
        });
    el("li").child(
        elc("label", "facet-value")
            .class_dyn("zero", move || count() == 0)
            .child(input)
            .child(elc("span", "value").text(label))
            .child(elc("span", "count").attr("aria-hidden", "true").text_dyn(move || count().to_string())),
    )
}

/// The active filters, each removable, and "Clear all".
pub fn active_filters(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    region(move || {
        let filters = ex.state.with(State::filters);
        if filters.is_empty() {
            return Vec::new();
        }
        untrack(|| {
            let chips = filters.into_iter().map(|f| {
                let name = filter_remove_name_in(&f, lang);
                // The visible text is part of the accessible name ("Remove Ines Valdor").
                let visible = name.strip_prefix(t.remove).unwrap_or(&name).trim();
                el("button")
                    .attr("type", "button")
                    .attr("class", "chip")
                    .attr("title", &filter_chip_in(&f, lang))
                    .child(elc("span", "sr-only").text(&format!("{} ", t.remove)))
                    .text(visible)
                    .child(el("span").attr("aria-hidden", "true").text(" ×"))
                    .on_click(move |_| ex.update(true, |s| s.remove(&f)))
            });
            vec![elc("div", "refinements")
                .attr("role", "group")
                .attr("aria-label", t.active_filters)
                .items(chips)
                .child(
                    button(Some("clear"), t.clear_all)
                        .on_click(move |_| ex.update(true, State::clear_filters)),
                )
                .into()]
        })
    })
}

/// Highlighted segments as text and `<mark>` nodes (never as HTML).
pub(crate) fn segments(segments: Vec<Segment>) -> Frag {
    segments.iter().map(|s| if s.mark { el("mark").text(&s.text).into() } else { text(&s.text) }).collect()
}

/// The matching count and the list of matching articles.
pub fn result_list(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    let shown = RwSignal::new(PAGE);
    let list = elc("ol", "results")
        .attr("aria-label", t.results)
        .on("keydown", |e| move_between_results(e.unchecked_into()));
    // Keyed by article: items that stay in the list keep their DOM while typing.
    keyed(
        &list,
        move || ex.results.with(|r| r.hits.iter().take(shown.get()).map(|h| h.doc).collect()),
        move |doc| result_item(ex, doc),
    );
    let n = move || ex.results.with(|r| r.hits.len());
    let mut nodes: Frag = vec![
        elc("h2", "sr-only").attr("id", "results-heading").attr("tabindex", "-1").text(t.results).into(),
        count_line(ex, lang).into(),
        list.into(),
    ];
    nodes.extend(region(move || if n() == 0 { untrack(|| empty_state(ex)) } else { Vec::new() }));
    nodes.extend(region(move || {
        if n() <= shown.get() {
            return Vec::new();
        }
        vec![button(Some("more"), t.show_more_results).on_click(move |_| shown.update(|s| *s += PAGE)).into()]
    }));
    nodes
}

/// "3 of 5 articles", announced politely.
fn count_line(ex: Explorer, lang: UiLang) -> El {
    elc("p", "count")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .text_dyn(move || ex.results.with(|r| count_line_in(r.hits.len(), r.total, lang)))
}

/// One result: headline link, publisher and date, snippet, people.
pub fn result_item(ex: Explorer, doc: u32) -> El {
    let d = ex.doc(doc);
    let lang = ex.data.index.langs[doc as usize];
    // Only the highlighted parts follow the query; the rest of the item is built once.
    // Memos: when a keystroke leaves this item's highlighted text as it was (most do),
    // its DOM is not touched.
    let snip = Memo::new(move |_| ex.results.with(|r| snippet(d, &r.query, lang, 220)));
    let title = Memo::new(move |_| ex.results.with(|r| highlight(&d.title, &r.query, lang)));
    elc("li", "result")
        .child(el("h3").child(doc_href(ex, &d.id).region(move || segments(title.get()))))
        .child(elc("p", "meta").kids(meta(ex, d)))
        .child(elc("p", "snippet").region(move || segments(snip.get())))
        .child_opt(facet_chips(ex, &d.persons, FacetKind::Person))
        .child_opt(facet_chips(ex, &d.topics, FacetKind::Topic))
}

/// An `<a>` that opens the article `id` over the current state.
fn doc_href(ex: Explorer, id: &str) -> El {
    let id = id.to_string();
    el("a").attr_dyn("href", move || Some(ex.href_for(&id)))
}

/// Publisher and date of an article, the date's evidence in its tooltip.
fn meta(ex: Explorer, d: &'static Document) -> Frag {
    let t = ex.t();
    let date = display_date_in(d.date.as_deref(), d.date_precision, d.date_estimated, ex.ui_lang());
    let mut nodes = Vec::new();
    if let Some(p) = &d.publisher {
        nodes.push(elc("span", "publisher").text(p).into());
    }
    nodes.push(
        el("time")
            .attr("datetime", d.date.as_deref().unwrap_or_default())
            .attr("title", &d.date_evidence)
            .text(&date)
            .into(),
    );
    if d.date_estimated {
        nodes.push(elc("span", "estimated").text(&format!(" {}", t.estimated)).into());
        nodes.extend(date_evidence(ex, d));
    }
    nodes
}

/// A `<section>` of the reader with a heading.
fn reader_section(class: &str, heading_id: &str, heading: &str, list: El) -> El {
    elc("section", class)
        .attr("aria-labelledby", heading_id)
        .child(el("h3").attr("id", heading_id).text(heading))
        .child(list)
}

/// The article view: headline, provenance and the cleaned text.
pub fn reader(ex: Explorer, id: &str) -> El {
    let t = ex.t();
    let Some(pos) = ex.data.corpus.documents.iter().position(|d| d.id == id) else {
        return elc("p", "empty").text(t.not_found);
    };
    let d = ex.doc(pos as u32);
    let lang = ex.data.index.langs[pos];
    let query = ex.results.with_untracked(|r| r.query.clone());
    let copied = RwSignal::new(String::new());
    let thread = d.thread.and_then(|t| ex.data.corpus.threads.get(t as usize)).filter(|t| t.docs.len() > 1);
    let (prev, next) = ex.results.with_untracked(|r| {
        let at = r.hits.iter().position(|h| h.doc as usize == pos);
        let id = |i: usize| r.hits.get(i).map(|h| ex.doc(h.doc).id.clone());
        match at {
            Some(i) => (i.checked_sub(1).and_then(id), id(i + 1)),
            None => (None, None),
        }
    });
    let heading = el("h2").attr("id", "reader-title").attr("tabindex", "-1").text(&d.title);
    let h: web_sys::HtmlElement = heading.0.clone().unchecked_into();
    // Once the reader is on the page.
    request_animation_frame(move || {
        let _ = h.focus();
    });
    let mut meta_line = elc("p", "meta").kids(meta(ex, d));
    if !d.authors.is_empty() {
        meta_line =
            meta_line.child(elc("span", "authors").text(&format!("{} {}", t.by, d.authors.join(", "))));
    }
    let pair = |dt: &str, dd: &str| [el("dt").text(dt), el("dd").text(dd)];
    let mut dl = el("dl").items(pair(t.source_file, &d.file));
    if !d.duplicates.is_empty() {
        dl = dl
            .child(el("dt").text(t.duplicates))
            .child(elc("dd", "duplicates").text(&d.duplicates.join(", ")));
    }
    dl = dl
        .items(pair(t.publisher, d.publisher.as_deref().unwrap_or(t.not_named)))
        .items(pair(t.date, &d.date_evidence));
    if d.title_derived {
        dl = dl.items(pair(t.headline, t.derived_headline));
    }
    let link = |rel: &str, id: Option<String>, label: &str| {
        id.map(|id| doc_href(ex, &id).attr("rel", rel).text(label))
    };
    let mut article = elc("article", "reader")
        .attr("aria-labelledby", "reader-title")
        .child(button(Some("back"), t.back).on_click(move |_| ex.update(true, |s| s.doc = None)))
        .child(heading)
        .child_opt(d.standfirst.as_deref().map(|s| elc("p", "standfirst").text(s)))
        .child(meta_line)
        .child(elc("details", "provenance").child(el("summary").text(t.provenance)).child(dl))
        .child_opt(facet_chips(ex, &d.persons, FacetKind::Person))
        .child(
            elc("div", "reader-actions")
                .child(
                    button(None, t.copy_citation)
                        .on_click(move |_| copy_text(&citation(d), copied, t.citation_copied, t.copy_failed)),
                )
                .child(status_text(copied)),
        )
        .kids(reader_body(ex, d, lang, &query))
        .child(
            elc("nav", "prevnext")
                .attr("aria-label", t.prev_next)
                .child_opt(link("prev", prev, t.prev))
                .child_opt(link("next", next, t.next)),
        );
    if !d.related.is_empty() {
        let items = d
            .related
            .iter()
            .map(|r| el("li").child(doc_link(ex, &r.id)).child(elc("span", "reason").text(&r.reason)));
        article = article.child(reader_section("related", "related-title", t.related, el("ul").items(items)));
    }
    if let Some(th) = thread {
        let items = th.docs.iter().map(|id| {
            if *id == d.id {
                el("li").attr("aria-current", "true").text(&d.title)
            } else {
                el("li").child(doc_link(ex, id))
            }
        });
        let heading = format!("{}: {}", t.story, th.label);
        article = article.child(reader_section("thread", "thread-title", &heading, el("ol").items(items)));
    }
    article
}

/// The heading and count line of the timeline and people views.
fn view_heading(ex: Explorer, title: &str) -> Frag {
    vec![
        elc("h2", "view-title").attr("id", "results-heading").attr("tabindex", "-1").text(title).into(),
        count_line(ex, ex.ui_lang()).into(),
    ]
}

/// Events the matching articles mention, in date order, each linked to its articles.
pub fn timeline_view(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    let mut nodes = view_heading(ex, t.views[1]);
    nodes.extend(region(move || {
        let ids = ex.results.with(Results::doc_ids);
        untrack(|| {
            let events = timeline(&ex.data.corpus, &ids);
            if events.is_empty() {
                return vec![elc("p", "empty").text(t.no_events).into()];
            }
            let items = events.into_iter().map(|(e, docs)| {
                let when = display_date_in(Some(&e.date), e.precision, false, lang);
                el("li")
                    .child(el("time").attr("datetime", &e.date).text(&when))
                    .child(el("p").text(&e.text))
                    .child(
                        elc("ul", "sources")
                            .attr("aria-label", t.mentioned_in)
                            .items(docs.into_iter().map(|id| el("li").child(doc_link(ex, id)))),
                    )
            });
            vec![elc("ol", "timeline").items(items).into()]
        })
    }));
    nodes
}

/// A link that opens an article, labelled with its headline.
fn doc_link(ex: Explorer, id: &str) -> El {
    let docs = &ex.data.corpus.documents;
    let title = docs.iter().find(|d| d.id == id).map_or(id, |d| d.title.as_str());
    doc_href(ex, id).text(title)
}

/// Who appears with whom among the matching articles, as a matrix.
pub fn people_view(ex: Explorer) -> Frag {
    let t = ex.t();
    let mut nodes = view_heading(ex, t.views[2]);
    nodes.extend(region(move || {
        let ids = ex.results.with(Results::doc_ids);
        untrack(|| {
            let m = cooccurrence(&ex.data.corpus, &ids, 12);
            if m.people.is_empty() {
                return vec![elc("p", "empty").text(t.no_people).into()];
            }
            let max = m.counts.iter().flatten().copied().max().unwrap_or(1).max(1);
            let head = el("tr")
                .child(el("td"))
                .items(m.people.iter().map(|p| el("th").attr("scope", "col").child(el("span").text(p))));
            let rows = m.people.iter().zip(&m.counts).map(|(p, row)| {
                let name = p.clone();
                let th =
                    el("th").attr("scope", "row").child(button(Some("linklike"), p).on_click(move |_| {
                        ex.update(true, |s| {
                            if !s.is_selected(FacetKind::Person, &name) {
                                s.toggle(FacetKind::Person, &name);
                            }
                            s.view = View::Results;
                        })
                    }));
                el("tr").child(th).items(row.iter().zip(&m.people).map(|(&c, other)| {
                    let level = if c == 0 { 0 } else { 1 + (c * 4 - 1) / max };
                    let cell = el("td")
                        .attr("class", &format!("cell l{level}"))
                        .attr("title", &format!("{p} and {other}: {c}"));
                    if c > 0 {
                        cell.text(&c.to_string())
                    } else {
                        cell
                    }
                }))
            });
            let table = elc("table", "matrix")
                .child(el("caption").text(t.matrix_caption))
                .child(el("thead").child(head))
                .child(el("tbody").items(rows));
            vec![elc("div", "matrix-wrap").child(table).into()]
        })
    }));
    nodes
}

/// Articles per month as bars, or per day once the date range lies within one month:
/// choosing a bar sets the date range to it (a month then opens its days);
/// Shift-choosing another, or dragging across bars, extends the range. Arrow keys move
/// between bars, Shift with an arrow extends the range.
fn histogram_view(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    let x = explore_tr(lang);
    // Not a signal: nothing on the page shows it.
    let drag_from = std::rc::Rc::new(std::cell::Cell::new(None::<(u32, u32)>));
    // The bars are laid out again only when the periods change (drilling into a month
    // or out); a keystroke only updates their heights, names and pressed states.
    let range = Memo::new(move |_| {
        ex.state.with(|s| {
            let q = s.query();
            (q.from, q.to)
        })
    });
    // The month drilled into (`yyyymm`, empty for none; a string as other memos are).
    let drilled = Memo::new(move |_| {
        range.with(|&(from, to)| drilled_month(from, to).map(|m| m.to_string()).unwrap_or_default())
    });
    let bars = Memo::new(move |_| {
        let month = drilled.with(|m| m.parse::<u32>().ok());
        ex.results.with(|r| {
            let ids = r.doc_ids();
            match month {
                Some(m) => day_histogram(&ex.data.index.estimated, &ex.data.index.days, &ids, m),
                None => histogram(&ex.data.index.estimated, &ex.data.index.days, &ids),
            }
        })
    });
    region(move || {
        let month = drilled.with(|m| m.parse::<u32>().ok());
        untrack(|| {
            let periods: Vec<(String, u32, u32)> =
                bars.with(|b| b.iter().map(|b| (b.period.clone(), b.first, b.last)).collect());
            if periods.len() < 2 {
                return Vec::new();
            }
            let name = match month {
                Some(_) => x.per_day,
                // Year (or decade) bars: their periods are bare years.
                None if periods[0].0.len() == 4 => t.per_year,
                None => t.per_month,
            };
            // The first and last periods under the bars (the bars' own names carry them too).
            let ends = [&periods[0], &periods[periods.len() - 1]]
                .map(|(p, _, _)| el("span").text(&display_date_in(Some(p), None, false, lang)));
            let mut nodes: Frag = Vec::new();
            if let Some(m) = month {
                let back =
                    button(Some("linklike zoom-out"), &format!("← {}", x.all_months)).on_click(move |_| {
                        ex.update(true, |s| {
                            s.from = None;
                            s.to = None;
                            s.doc = None;
                        });
                        refocus_bar(m * 100 + 1);
                    });
                nodes.push(back.into());
            }
            let bars_el = elc("div", if month.is_some() { "histogram days" } else { "histogram" })
                .attr("role", "group")
                .attr("aria-label", name)
                .attr("aria-describedby", "histogram-help")
                .on("keydown", move |e| histogram_key(ex, e.unchecked_ref()))
                .items(periods.into_iter().enumerate().map(|(i, (period, first, last))| {
                    let period = display_date_in(Some(&period), None, false, lang);
                    histogram_bar(
                        ex,
                        HistBar { i, period, first, last, range, bars, drag_from: drag_from.clone() },
                    )
                }));
            nodes.push(elc("p", "sr-only").attr("id", "histogram-help").text(x.histogram_help).into());
            nodes.push(bars_el.into());
            nodes.push(elc("p", "histogram-axis").attr("aria-hidden", "true").items(ends).into());
            // Articles with no date are not in the bars: counted, and a filter of their own.
            if ex.data.index.days.iter().any(Option::is_none) {
                let undated = move || {
                    ex.results.with(|r| {
                        r.doc_ids().iter().filter(|&&d| ex.data.index.days[d as usize].is_none()).count()
                    })
                };
                let pressed = move || ex.state.with(|s| s.undated);
                let toggle = button(Some("linklike undated"), "")
                    .text_dyn(move || format!("{} ({})", t.undated, undated()))
                    .flag_dyn("aria-pressed", pressed)
                    .on_click(move |_| {
                        ex.update(true, |s| {
                            s.undated = !s.undated;
                            s.doc = None;
                        })
                    });
                nodes.push(toggle.into());
            }
            nodes
        })
    })
}

/// What one bar of the histogram needs.
struct HistBar {
    /// Its position among the bars.
    i: usize,
    /// Its period, as shown ("Jan 2026", "30 Jan 2026").
    period: String,
    /// Its first and last day (`yyyymmdd`).
    first: u32,
    last: u32,
    /// The date range of the state.
    range: Memo<(Option<u32>, Option<u32>)>,
    /// The bars' counts.
    bars: Memo<Vec<explorer_core::insights::Bar>>,
    /// Where a drag across bars started.
    drag_from: std::rc::Rc<std::cell::Cell<Option<(u32, u32)>>>,
}

/// One bar of the histogram: a button whose height, name and pressed state follow the
/// results and the date range.
fn histogram_bar(ex: Explorer, b: HistBar) -> El {
    let t = ex.t();
    let HistBar { i, period, first, last, range, bars, drag_from } = b;
    let drag = drag_from.clone();
    let set_range = move |first: u32, last: u32| {
        set_day_range(ex, first, last);
        // The bars are rebuilt: keep the keyboard focus on the one chosen.
        refocus_bar(first.min(last));
    };
    let inside = move || {
        let (from, to) = range.get();
        let (from, to) = (from.unwrap_or(0), to.unwrap_or(u32::MAX));
        first <= to && last >= from && (from > 0 || to < u32::MAX)
    };
    let count = move || bars.with(|b| b.get(i).map(|b| (b.count, b.estimated)).unwrap_or_default());
    let label = move || {
        let (n, estimated) = count();
        Some(format!(
            "{period}: {n} {}{}",
            if n == 1 { t.article[0] } else { t.article[1] },
            if estimated > 0 {
                format!(", {estimated} {}", t.estimated.trim_matches(['(', ')']))
            } else {
                String::new()
            },
        ))
    };
    let height = move || match count().0 {
        0 => "2px".to_string(),
        n => format!("{}%", 8 + 92 * n / bars.with(|b| b.iter().map(|b| b.count).max().unwrap_or(1).max(1))),
    };
    el("button")
        .attr("type", "button")
        .attr("class", "bar")
        .class_dyn("selected", inside)
        .attr_dyn("aria-label", label.clone())
        .flag_dyn("aria-pressed", inside)
        .attr_dyn("title", label)
        .attr("data-first", &first.to_string())
        .attr("data-last", &last.to_string())
        .on("pointerdown", move |e| {
            drag.set(Some((first, last)));
            // Touch captures the pointer on the first bar: release it so that the drag
            // ends on the bar under the finger.
            let e: &web_sys::PointerEvent = e.unchecked_ref();
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.release_pointer_capture(e.pointer_id());
            }
        })
        .on("pointerup", move |_| {
            if let Some((f, l)) = drag_from.take() {
                if f != first {
                    set_range(f.min(first), l.max(last));
                }
            }
        })
        .on_click(move |e| {
            let e: &web_sys::MouseEvent = e.unchecked_ref();
            if e.shift_key() {
                let cur = ex.state.with_untracked(|s| s.query());
                let f = cur.from.unwrap_or(first).min(first);
                let t = cur.to.unwrap_or(last).max(last);
                set_range(f, t);
            } else if e.detail() <= 1 {
                set_range(first, last);
            }
        })
        .child(elc("span", "fill").style_dyn("height", height))
}

/// Up/Down arrows move the focus between result headlines (Enter opens one).
fn move_between_results(e: web_sys::KeyboardEvent) {
    let step: i32 = match e.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    // Looked up in our shadow root when embedded (the document cannot see inside it).
    let links = select_all(".results h3 a");
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

/// "Skip to results" moves the focus without touching the hash (which holds the state).
fn skip_to_results(e: web_sys::MouseEvent) {
    e.prevent_default();
    let target = document()
        .get_element_by_id("results-heading")
        .or_else(|| document().get_element_by_id("reader-title"));
    if let Some(el) = target {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Replaces a dead page with a readable error and a way to start again. Built with
/// plain DOM calls and `text_content` (the message may contain anything).
pub fn show_panic_panel(host: &web_sys::Element, message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
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
    host.set_text_content(None);
    let _ = host.append_child(&panel);
}

/// An article's people or topics as buttons that filter by them (pressed when the
/// value is selected); `None` when it has none.
fn facet_chips(ex: Explorer, values: &'static [String], kind: FacetKind) -> Option<El> {
    let t = ex.t();
    let (class, list_class, label, limit) = match kind {
        FacetKind::Person => ("person", "people chips", t.people_in_article, 6),
        _ => ("topic", "topics chips", t.topics_of_article, 4),
    };
    let values = &values[..values.len().min(limit)];
    if values.is_empty() {
        return None;
    }
    // A result page holds hundreds of chips and a keystroke can replace them all, so
    // the buttons have no reactive state of their own: one listener on the list handles
    // their clicks, and one effect of the app (`sync_chips`) keeps their pressed states
    // in step with the selections.
    let on_click = move |e: web_sys::Event| {
        let button = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten());
        let text = button.and_then(|b| b.text_content()).unwrap_or_default();
        if let Some(v) = values.iter().find(|v| **v == text) {
            let v = v.as_str();
            ex.update(true, |s| {
                s.toggle(kind, v);
                s.doc = None;
            });
        }
    };
    let pressed =
        ex.facets.with_untracked(|f| values.iter().map(|v| selected_in(f, kind, v)).collect::<Vec<_>>());
    let items = values.iter().zip(pressed).map(|(v, p)| {
        el("li").child(button(Some(class), v).attr("aria-pressed", if p { "true" } else { "false" }))
    });
    Some(elc("ul", list_class).attr("aria-label", label).on_click(on_click).items(items))
}

/// Brings the pressed state of every chip on the page in step with the selections.
fn sync_chips(ex: Explorer) {
    for b in select_all("ul.chips > li > button") {
        let kind = if b.class_name() == "person" { FacetKind::Person } else { FacetKind::Topic };
        let text = b.text_content().unwrap_or_default();
        let pressed = ex.facets.with_untracked(|f| selected_in(f, kind, &text));
        let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    }
}
