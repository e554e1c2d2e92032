//! The Leptos components of the explorer.
//!
//! Components stay thin: they read the [`State`] signal, ask the [`Index`] for results
//! and render them. All decisions (what matches, counts, URL encoding, labels) live in
//! the pure modules. Corpus text is always rendered as text nodes, never as HTML.
//!
//! The one piece of wiring worth knowing: the URL hash is the source of truth. User
//! actions compute the next [`State`], write it to the hash ([`Explorer::update`]) and
//! set the signal; Back/Forward and edited links arrive as `hashchange` events and are
//! decoded back into the signal.
//!
//! [`Index`]: crate::index::Index

use crate::explore::{
    active_element, day_string, element_by_id, explore_tr, histogram_key, key_is_ours, refocus_bar,
    select_all, set_day_range, DateEvidence, EmptyState, FiltersToggle, ReaderBody,
};
use crate::index::{fold_label, highlight, snippet, Data, FacetKind, Results, Segment, Sort};
use crate::insights::{
    citation, cooccurrence, day_histogram, drilled_month, export_csv, export_json, histogram, timeline,
};
use crate::labels::{
    count_line_in, display_date_in, facet_title_in, filter_chip_in, filter_remove_name_in, tr, Tr, UiLang,
};
use crate::model::{sort_by_dyn, Document};
use crate::state::{normalise_day, Flags, State, View};
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
    DATA.get_or_init(|| Data::from_bytes(EMBEDDED).expect("the embedded corpus was written by build.rs"))
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
    /// Interface language: the one in the URL, else the browser's.
    pub lang: Memo<UiLang>,
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
        let query = Memo::new(move |_| state.with(State::query));
        let results = Memo::new(move |_| query.with(|q| data.index.search(&data.corpus.documents, q)));
        let browser = UiLang::from_browser(&window().navigator().language().unwrap_or_default());
        let lang = Memo::new(move |_| state.with(|s| s.lang).unwrap_or(browser));
        let facets = Memo::new(move |_| state.with(|s| s.facets.clone()));
        let link_base = Memo::new(move |_| {
            state.with(|s| match s.doc {
                None => s.to_hash(),
                Some(_) => State { doc: None, ..s.clone() }.to_hash(),
            })
        });
        Explorer { data, state, results, notices: RwSignal::new(notices), lang, facets, link_base }
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
        tr(self.lang.get_untracked())
    }

    /// The current interface language.
    pub fn ui_lang(&self) -> UiLang {
        self.lang.get_untracked()
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

/// The whole explorer.
#[component]
pub fn App(
    /// The corpus and index to explore.
    data: &'static Data,
) -> impl IntoView {
    let ex = Explorer::new(data);
    provide_context(ex);
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
        Effect::new(move |_| {
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
    // The chips of results and reader are plain DOM (see `FacetChips`): one effect for
    // all of them follows the selections.
    Effect::new(move |first_done: Option<()>| {
        ex.facets.track();
        if first_done.is_some() {
            sync_chips(ex);
        }
    });
    let shell = if flags.embed { "shell embed" } else { "shell" };
    // What the main area shows changes only with these two parts of the state: a
    // keystroke must not rebuild the toolbar and the result list.
    let open_doc = Memo::new(move |_| ex.state.with(|s| s.doc.clone()));
    let view_kind = Memo::new(move |_| ex.state.with(|s| s.view));
    // Narrow screens: the filters are behind a "Filters" button so the results come first.
    let filters_open = RwSignal::new(false);
    // The filters (the histogram, then each facet list) render one per task after the
    // shell and the results: the first paint comes sooner and no single task blocks the
    // page for long (Lighthouse's TBT). Their column has a fixed width, and on phones it
    // is hidden behind the Filters button, so nothing shifts when they arrive.
    let kinds: Vec<FacetKind> = FacetKind::ALL
        .into_iter()
        .filter(|k| data.index.facet(*k).is_some_and(|f| !f.values.is_empty()))
        .collect();
    let filters_ready: Vec<RwSignal<bool>> = (0..=kinds.len()).map(|_| RwSignal::new(false)).collect();
    reveal_in_turn(filters_ready.clone());
    Effect::new(move |_| {
        let lang = ex.lang.get();
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
    move || {
        let t = tr(ex.lang.get());
        view! {
        <div class=shell>
            <a class="skip" href="#main" on:click=skip_to_results>{t.skip}</a>
            {(!flags.plain)
                .then(|| {
                    view! {
                        <header class="top">
                            <h1>{t.app_title}</h1>
                            <SearchBox/>
                            <ThemeSwitch initial=flags.dark/>
                            <LangSwitch/>
                        </header>
                    }
                })}
            {flags.plain.then(|| view! { <h1 class="sr-only">{t.app_title}</h1> <div class="top"><SearchBox/></div> })}
            <Notices/>
            <div class="layout">
                <FiltersToggle open=filters_open/>
                <aside id="filters" class="filters" class:open=move || filters_open.get() aria-label=t.filters>
                    {
                        let ready = filters_ready[0];
                        move || ready.get().then(|| view! { <DateRange/> })
                    }
                    {kinds
                        .iter()
                        .zip(&filters_ready[1..])
                        .map(|(&kind, &ready)| move || ready.get().then(|| view! { <FacetList kind/> }))
                        .collect_view()}
                </aside>
                <main class="main" id="main" tabindex="-1">
                    <ActiveFilters/>
                    {move || match open_doc.get() {
                        Some(id) => view! { <Reader id/> }.into_any(),
                        None => {
                            view! {
                                <Toolbar/>
                                {move || match view_kind.get() {
                                    View::Results => view! { <ResultList/> }.into_any(),
                                    View::Timeline => view! { <Timeline/> }.into_any(),
                                    View::People => view! { <PeopleView/> }.into_any(),
                                }}
                            }
                                .into_any()
                        }
                    }}
                </main>
            </div>
        </div>
        }
    }
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

/// Light / dark / system switch.
#[component]
fn ThemeSwitch(initial: Option<bool>) -> impl IntoView {
    let t = use_explorer().t();
    let value = match initial {
        Some(true) => "dark",
        Some(false) => "light",
        None => "system",
    };
    view! {
        <label class="theme">
            <span>{t.theme}</span>
            <select on:change=move |ev| {
                apply_theme(match event_target_value(&ev).as_str() {
                    "dark" => Some(true),
                    "light" => Some(false),
                    _ => None,
                })
            }>
                <option value="system" selected=value == "system">{t.themes[0]}</option>
                <option value="light" selected=value == "light">{t.themes[1]}</option>
                <option value="dark" selected=value == "dark">{t.themes[2]}</option>
            </select>
        </label>
    }
}

/// Views, sort order, and what can be done with the current results.
#[component]
fn Toolbar() -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    let copied = RwSignal::new(String::new());
    let tab = move |view: View, label: &'static str| {
        view! {
            <button
                type="button"
                class="tab"
                aria-pressed=move || (ex.state.with(|s| s.view) == view).to_string()
                on:click=move |_| ex.update(true, |s| s.view = view)
            >
                {label}
            </button>
        }
    };
    let ids = move || ex.results.with(|r| r.hits.iter().map(|h| h.doc).collect::<Vec<u32>>());
    view! {
        <div class="toolbar">
            <div class="views" role="group" aria-label=t.view>
                {tab(View::Results, t.views[0])}
                {tab(View::Timeline, t.views[1])}
                {tab(View::People, t.views[2])}
            </div>
            <label class="sort">
                <span>{t.sort}</span>
                <select on:change=move |ev| {
                    let sort = Sort::from_key(&event_target_value(&ev)).unwrap_or_default();
                    ex.update(true, |s| s.sort = sort)
                }>
                    {[(Sort::Relevance, t.sorts[0]), (Sort::Newest, t.sorts[1]), (Sort::Oldest, t.sorts[2])]
                        .into_iter()
                        .map(|(sort, label)| {
                            view! {
                                <option value=sort.key() selected=move || ex.state.with(|s| s.sort == sort)>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <div class="actions" role="group" aria-label=t.share>
                <button type="button" on:click=move |_| {
                    let href = window().location().href().unwrap_or_default();
                    copy_text(&href, copied, t.link_copied, t.copy_failed);
                }>{t.copy_link}</button>
                <button type="button" on:click=move |_| {
                    download("articles.csv", "text/csv", &export_csv(&ex.data.corpus, &ids()))
                }>{t.export_csv}</button>
                <button type="button" on:click=move |_| {
                    download("articles.json", "application/json", &export_json(&ex.data.corpus, &ids()))
                }>{t.export_json}</button>
                <button type="button" on:click=move |_| {
                    let _ = window().print();
                }>{t.print}</button>
                <span class="copied" aria-live="polite">{move || copied.get()}</span>
            </div>
        </div>
    }
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

fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("components are used inside <App/>")
}

/// The search box: every keystroke narrows the results.
#[component]
pub fn SearchBox() -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    view! {
        <div class="search" role="search">
            <label for="search" class="sr-only">{t.search_label}</label>
            <input
                id="search"
                type="search"
                placeholder=t.search_placeholder
                autocomplete="off"
                spellcheck="false"
                prop:value=move || ex.state.with(|s| s.q.clone())
                on:input=move |ev| {
                    let q = event_target_value(&ev);
                    ex.update(false, |s| {
                        s.q = q;
                        s.doc = None;
                    })
                }
            />
        </div>
    }
}

/// Notices about a link that had to be repaired, dismissible.
#[component]
pub fn Notices() -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    move || {
        let notices = ex.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="notice" role="alert">
                    <ul>{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    <button type="button" on:click=move |_| ex.notices.set(Vec::new())>{t.dismiss}</button>
                </div>
            }
        })
    }
}

/// The From / To date inputs.
#[component]
pub fn DateRange() -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    let days = ex.data.index.days.iter().flatten();
    let min = days.clone().map(|d| d.0).min().map(day_string).unwrap_or_default();
    let max = days.map(|d| d.1).max().map(day_string).unwrap_or_default();
    let (min2, max2) = (min.clone(), max.clone());
    view! {
        <fieldset class="dates">
            <legend>{t.dates}</legend>
            <Histogram/>
            <label for="from">{t.from}</label>
            <input
                id="from"
                type="date"
                min=min
                max=max
                prop:value=move || ex.state.with(|s| s.from.clone().unwrap_or_default())
                on:change=move |ev| {
                    let v = normalise_day(&event_target_value(&ev), false);
                    ex.update(true, |s| {
                        s.from = v;
                        s.doc = None;
                    })
                }
            />
            <label for="to">{t.to}</label>
            <input
                id="to"
                type="date"
                min=min2
                max=max2
                prop:value=move || ex.state.with(|s| s.to.clone().unwrap_or_default())
                on:change=move |ev| {
                    let v = normalise_day(&event_target_value(&ev), true);
                    ex.update(true, |s| {
                        s.to = v;
                        s.doc = None;
                    })
                }
            />
        </fieldset>
    }
}

/// One facet: its values as checkboxes with counts, by count or A–Z, with "Show more"
/// and, for long lists, a box that filters the values.
#[component]
pub fn FacetList(
    /// Which facet.
    kind: FacetKind,
) -> impl IntoView {
    let ex = use_explorer();
    let fi = ex.data.index.facets.iter().position(|f| f.kind == kind).expect("facet exists");
    let facet = &ex.data.index.facets[fi];
    let expanded = RwSignal::new(false);
    let alpha = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    let t = ex.t();
    let title = facet_title_in(kind, ex.ui_lang());
    let many = facet.values.len() > FACET_LIMIT;
    let folded: Vec<String> = facet.values.iter().map(|v| fold_label(&v.label)).collect();
    let mut by_alpha: Vec<usize> = (0..facet.values.len()).collect();
    sort_by_dyn(&mut by_alpha, &|&a, &b| folded[a].cmp(&folded[b]));
    let filter_id = format!("facet-filter-{}", kind.key());
    // The list is rebuilt only when this facet's selection changes, not on every keystroke.
    let chosen = Memo::new(move |_| {
        ex.facets.with(|f| f.iter().find(|(k, _)| *k == kind).map(|(_, v)| v.clone()).unwrap_or_default())
    });
    view! {
        <fieldset class="facet">
            <legend>{title}</legend>
            {many
                .then(|| {
                    let filter_id2 = filter_id.clone();
                    view! {
                        <div class="facet-tools">
                            <label for=filter_id class="sr-only">{format!("{} {}", t.filter, crate::text::lowercase(title))}</label>
                            <input
                                id=filter_id2
                                type="search"
                                class="facet-filter"
                                placeholder=format!("{} {}…", t.filter, crate::text::lowercase(title))
                                on:input=move |ev| filter.set(fold_label(&event_target_value(&ev)))
                            />
                            <button
                                type="button"
                                class="sort-toggle"
                                aria-pressed=move || alpha.get().to_string()
                                on:click=move |_| alpha.update(|a| *a = !*a)
                            >
                                {t.a_z}
                            </button>
                        </div>
                    }
                })}
            <ul>
                {move || {
                    let open = expanded.get() || !filter.with(String::is_empty);
                    let needle = filter.get();
                    let order: Vec<usize> = if alpha.get() { by_alpha.clone() } else { (0..facet.values.len()).collect() };
                    order
                        .into_iter()
                        .enumerate()
                        .filter(|(rank, vi)| {
                            let v = &facet.values[*vi];
                            let selected = chosen.with(|c| c.contains(&v.label));
                            (needle.is_empty() || folded[*vi].contains(&needle))
                                && (open || *rank < FACET_LIMIT || selected)
                        })
                        .map(|(_, vi)| {
                            let label: &'static str = facet.values[vi].label.as_str();
                            let count = move || ex.results.with(|r| r.counts[fi][vi]);
                            let checked = move || ex.is_selected(kind, label);
                            view! {
                                <li>
                                    <label class="facet-value" class:zero=move || count() == 0>
                                        <input
                                            type="checkbox"
                                            aria-label=label
                                            prop:checked=checked
                                            prop:disabled=move || count() == 0 && !checked()
                                            on:change=move |_| {
                                                ex.update(true, |s| {
                                                    s.toggle(kind, label);
                                                    s.doc = None;
                                                })
                                            }
                                        />
                                        <span class="value">{label}</span>
                                        <span class="count" aria-hidden="true">{count}</span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            {many
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="more"
                            aria-expanded=move || expanded.get().to_string()
                            on:click=move |_| expanded.update(|e| *e = !*e)
                        >
                            {move || if expanded.get() { format!("{} {}", t.show_fewer, crate::text::lowercase(title)) } else { format!("{} {} {}", t.show_all, facet.values.len(), crate::text::lowercase(title)) }}
                        </button>
                    }
                })}
        </fieldset>
    }
}

/// The active filters, each removable, and "Clear all".
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let ex = use_explorer();
    let (t, lang) = (ex.t(), ex.ui_lang());
    move || {
        let filters = ex.state.with(State::filters);
        (!filters.is_empty()).then(|| {
            view! {
                <div class="refinements" role="group" aria-label=t.active_filters>
                    {filters
                        .into_iter()
                        .map(|f| {
                            let name = filter_remove_name_in(&f, lang);
                            let chip = filter_chip_in(&f, lang);
                            // The visible text is part of the accessible name ("Remove Ines Valdor").
                            let visible = name.strip_prefix(t.remove).unwrap_or(&name).trim().to_string();
                            let hidden = format!("{} ", t.remove);
                            view! {
                                <button
                                    type="button"
                                    class="chip"
                                    title=chip
                                    on:click=move |_| ex.update(true, |s| s.remove(&f))
                                >
                                    <span class="sr-only">{hidden}</span>
                                    {visible}
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            }
                        })
                        .collect_view()}
                    <button type="button" class="clear" on:click=move |_| ex.update(true, State::clear_filters)>
                        {t.clear_all}
                    </button>
                </div>
            }
        })
    }
}

/// Renders highlighted segments as text and `<mark>` nodes (never as HTML).
pub(crate) fn segments_view(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| if s.mark { view! { <mark>{s.text}</mark> }.into_any() } else { s.text.into_any() })
        .collect_view()
}

/// The matching count and the list of matching articles.
#[component]
pub fn ResultList() -> impl IntoView {
    let ex = use_explorer();
    let (t, lang) = (ex.t(), ex.ui_lang());
    let shown = RwSignal::new(PAGE);
    view! {
        <h2 id="results-heading" class="sr-only" tabindex="-1">{t.results}</h2>
        <p class="count" role="status" aria-live="polite">
            {move || ex.results.with(|r| count_line_in(r.hits.len(), r.total, lang))}
        </p>
        <ol class="results" aria-label=t.results on:keydown=move_between_results>
            <For
                // Keyed by article: items that stay in the list keep their DOM while typing.
                each=move || {
                    ex.results.with(|r| r.hits.iter().take(shown.get()).map(|h| h.doc).collect::<Vec<u32>>())
                }
                key=|doc| *doc
                let:doc
            >
                <ResultItem doc/>
            </For>
        </ol>
        {move || {
            let n = ex.results.with(|r| r.hits.len());
            (n == 0).then(|| view! { <EmptyState/> })
        }}
        {move || {
            let n = ex.results.with(|r| r.hits.len());
            (n > shown.get())
                .then(|| {
                    view! {
                        <button type="button" class="more" on:click=move |_| shown.update(|s| *s += PAGE)>
                            {t.show_more_results}
                        </button>
                    }
                })
        }}
    }
}

/// One result: headline link, publisher and date, snippet, people.
#[component]
pub fn ResultItem(
    /// Position of the article in the corpus.
    doc: u32,
) -> impl IntoView {
    let ex = use_explorer();
    let d = ex.doc(doc);
    let lang = ex.data.index.langs[doc as usize];
    let id = d.id.clone();
    // Only the highlighted parts follow the query; the rest of the item is built once.
    // Memos: when a keystroke leaves this item's highlighted text as it was (most do),
    // its DOM is not touched.
    let query = Memo::new(move |_| ex.results.with(|r| r.query.clone()));
    let snip = Memo::new(move |_| query.with(|q| snippet(d, q, lang, 220)));
    let title = Memo::new(move |_| query.with(|q| highlight(&d.title, q, lang)));
    let (snip, title) = (move || segments_view(snip.get()), move || segments_view(title.get()));
    view! {
        <li class="result">
            <h3>
                <a href=move || ex.href_for(&id)>{title}</a>
            </h3>
            <p class="meta">
                <Meta d/>
            </p>
            <p class="snippet">{snip}</p>
            <FacetChips values=&d.persons kind=FacetKind::Person/>
            <FacetChips values=&d.topics kind=FacetKind::Topic/>
        </li>
    }
}

/// Publisher and date of an article, the date's evidence in its tooltip.
#[component]
fn Meta(d: &'static Document) -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    let date = display_date_in(d.date.as_deref(), d.date_precision, d.date_estimated, ex.ui_lang());
    view! {
        {d.publisher.clone().map(|p| view! { <span class="publisher">{p}</span> })}
        <time datetime=d.date.clone().unwrap_or_default() title=d.date_evidence.clone()>
            {date}
        </time>
        {d.date_estimated.then(|| view! { <span class="estimated">{format!(" {}", t.estimated)}</span> <DateEvidence d/> })}
    }
}

/// The article view: headline, provenance and the cleaned text.
#[component]
pub fn Reader(
    /// Id of the article.
    id: String,
) -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    let Some(pos) = ex.data.corpus.documents.iter().position(|d| d.id == id) else {
        return view! { <p class="empty">{t.not_found}</p> }.into_any();
    };
    let d = ex.doc(pos as u32);
    let lang = ex.data.index.langs[pos];
    let query = ex.results.with_untracked(|r| r.query.clone());
    let heading = NodeRef::<leptos::html::H2>::new();
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
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <article class="reader" aria-labelledby="reader-title">
            <button type="button" class="back" on:click=move |_| ex.update(true, |s| s.doc = None)>
                {t.back}
            </button>
            <h2 id="reader-title" tabindex="-1" node_ref=heading>
                {d.title.clone()}
            </h2>
            {d.standfirst.clone().map(|s| view! { <p class="standfirst">{s}</p> })}
            <p class="meta">
                <Meta d/>
                {(!d.authors.is_empty()).then(|| view! { <span class="authors">{format!("{} {}", t.by, d.authors.join(", "))}</span> })}
            </p>
            <details class="provenance">
                <summary>{t.provenance}</summary>
                <dl>
                    <dt>{t.source_file}</dt>
                    <dd>{d.file.clone()}</dd>
                    {(!d.duplicates.is_empty()).then(|| view! { <dt>{t.duplicates}</dt><dd class="duplicates">{d.duplicates.join(", ")}</dd> })}
                    <dt>{t.publisher}</dt>
                    <dd>{d.publisher.clone().unwrap_or_else(|| t.not_named.into())}</dd>
                    <dt>{t.date}</dt>
                    <dd>{d.date_evidence.clone()}</dd>
                    {d.title_derived.then(|| view! { <dt>{t.headline}</dt><dd>{t.derived_headline}</dd> })}
                </dl>
            </details>
            <FacetChips values=&d.persons kind=FacetKind::Person/>
            <div class="reader-actions">
                <button type="button" on:click=move |_| copy_text(&citation(d), copied, t.citation_copied, t.copy_failed)>
                    {t.copy_citation}
                </button>
                <span class="copied" aria-live="polite">{move || copied.get()}</span>
            </div>
            <ReaderBody d lang query/>
            <nav class="prevnext" aria-label=t.prev_next>
                {prev.map(|id| view! { <a rel="prev" href=move || ex.href_for(&id)>{t.prev}</a> })}
                {next.map(|id| view! { <a rel="next" href=move || ex.href_for(&id)>{t.next}</a> })}
            </nav>
            {(!d.related.is_empty())
                .then(|| {
                    view! {
                        <section class="related" aria-labelledby="related-title">
                            <h3 id="related-title">{t.related}</h3>
                            <ul>
                                {d
                                    .related
                                    .iter()
                                    .map(|r| view! { <li><DocLink id=r.id.clone()/> <span class="reason">{r.reason.clone()}</span></li> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
            {thread
                .map(|th| {
                    let tt = t;
                    view! {
                        <section class="thread" aria-labelledby="thread-title">
                            <h3 id="thread-title">{format!("{}: {}", tt.story, th.label)}</h3>
                            <ol>
                                {th
                                    .docs
                                    .iter()
                                    .map(|id| {
                                        if *id == d.id {
                                            view! { <li aria-current="true">{d.title.clone()}</li> }.into_any()
                                        } else {
                                            view! { <li><DocLink id=id.clone()/></li> }.into_any()
                                        }
                                    })
                                    .collect_view()}
                            </ol>
                        </section>
                    }
                })}
        </article>
    }
    .into_any()
}

/// Events the matching articles mention, in date order, each linked to its articles.
#[component]
pub fn Timeline() -> impl IntoView {
    let ex = use_explorer();
    let (t, lang) = (ex.t(), ex.ui_lang());
    let count = move || ex.results.with(|r| count_line_in(r.hits.len(), r.total, lang));
    view! {
        <h2 id="results-heading" class="view-title" tabindex="-1">{t.views[1]}</h2>
        <p class="count" role="status" aria-live="polite">{count}</p>
        {move || {
            let ids: Vec<u32> = ex.results.with(|r| r.hits.iter().map(|h| h.doc).collect());
            let events = timeline(&ex.data.corpus, &ids);
            if events.is_empty() {
                return view! { <p class="empty">{t.no_events}</p> }.into_any();
            }
            view! {
                <ol class="timeline">
                    {events
                        .into_iter()
                        .map(|(e, docs)| {
                            let when = display_date_in(Some(&e.date), e.precision, false, lang);
                            view! {
                                <li>
                                    <time datetime=e.date.clone()>{when}</time>
                                    <p>{e.text.clone()}</p>
                                    <ul class="sources" aria-label=t.mentioned_in>
                                        {docs.into_iter().map(|id| view! { <li><DocLink id=id.to_string()/></li> }).collect_view()}
                                    </ul>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            }
                .into_any()
        }}
    }
}

/// A link that opens an article, labelled with its headline.
#[component]
fn DocLink(id: String) -> impl IntoView {
    let ex = use_explorer();
    let title = ex
        .data
        .corpus
        .documents
        .iter()
        .find(|d| d.id == id)
        .map(|d| d.title.clone())
        .unwrap_or_else(|| id.clone());
    view! { <a href=move || ex.href_for(&id)>{title}</a> }
}

/// Who appears with whom among the matching articles, as a matrix.
#[component]
pub fn PeopleView() -> impl IntoView {
    let ex = use_explorer();
    let (t, lang) = (ex.t(), ex.ui_lang());
    let count = move || ex.results.with(|r| count_line_in(r.hits.len(), r.total, lang));
    view! {
        <h2 id="results-heading" class="view-title" tabindex="-1">{t.views[2]}</h2>
        <p class="count" role="status" aria-live="polite">{count}</p>
        {move || {
            let ids: Vec<u32> = ex.results.with(|r| r.hits.iter().map(|h| h.doc).collect());
            let m = cooccurrence(&ex.data.corpus, &ids, 12);
            if m.people.is_empty() {
                return view! { <p class="empty">{t.no_people}</p> }.into_any();
            }
            let max = m.counts.iter().flatten().copied().max().unwrap_or(1).max(1);
            let people = m.people.clone();
            view! {
                <div class="matrix-wrap">
                    <table class="matrix">
                        <caption>{t.matrix_caption}</caption>
                        <thead>
                            <tr>
                                <td></td>
                                {people.iter().map(|p| view! { <th scope="col"><span>{p.clone()}</span></th> }).collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {m.people
                                .into_iter()
                                .zip(m.counts)
                                .map(|(p, row)| {
                                    let name = p.clone();
                                    let cols = people.clone();
                                    view! {
                                        <tr>
                                            <th scope="row">
                                                <button type="button" class="linklike" on:click=move |_| {
                                                    let name = name.clone();
                                                    ex.update(true, |s| {
                                                        if !s.is_selected(FacetKind::Person, &name) {
                                                            s.toggle(FacetKind::Person, &name);
                                                        }
                                                        s.view = View::Results;
                                                    })
                                                }>{p.clone()}</button>
                                            </th>
                                            {row
                                                .into_iter()
                                                .zip(cols)
                                                .map(|(c, other)| {
                                                    let level = if c == 0 { 0 } else { 1 + (c * 4 - 1) / max };
                                                    view! {
                                                        <td class=format!("cell l{level}") title=format!("{p} and {other}: {c}")>
                                                            {(c > 0).then(|| c.to_string())}
                                                        </td>
                                                    }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
            }
                .into_any()
        }}
    }
}

/// Articles per month as bars, or per day once the date range lies within one month:
/// choosing a bar sets the date range to it (a month then opens its days);
/// Shift-choosing another, or dragging across bars, extends the range. Arrow keys move
/// between bars, Shift with an arrow extends the range.
#[component]
fn Histogram() -> impl IntoView {
    let ex = use_explorer();
    let (t, lang) = (ex.t(), ex.ui_lang());
    let x = explore_tr(lang);
    let drag_from = RwSignal::new(None::<(u32, u32)>);
    let set_range = move |first: u32, last: u32| {
        set_day_range(ex, first, last);
        // The bars are rebuilt: keep the keyboard focus on the one chosen.
        refocus_bar(first.min(last));
    };
    // The bars are laid out again only when the periods change (drilling into a month
    // or out); a keystroke only updates their heights, names and pressed states.
    let range = Memo::new(move |_| {
        ex.state.with(|s| {
            let q = s.query();
            (q.from, q.to)
        })
    });
    let drilled = Memo::new(move |_| range.with(|&(from, to)| drilled_month(from, to)));
    let bars = Memo::new(move |_| {
        let month = drilled.get();
        ex.results.with(|r| {
            let ids: Vec<u32> = r.hits.iter().map(|h| h.doc).collect();
            match month {
                Some(m) => day_histogram(&ex.data.index.estimated, &ex.data.index.days, &ids, m),
                None => histogram(&ex.data.index.estimated, &ex.data.index.days, &ids),
            }
        })
    });
    let max = Memo::new(move |_| bars.with(|b| b.iter().map(|b| b.count).max().unwrap_or(1).max(1)));
    move || {
        let month = drilled.get();
        let periods: Vec<(String, u32, u32)> =
            bars.with_untracked(|b| b.iter().map(|b| (b.period.clone(), b.first, b.last)).collect());
        if periods.len() < 2 {
            return None;
        }
        let name = if month.is_some() { x.per_day } else { t.per_month };
        // The first and last periods under the bars (the bars' own names carry them too).
        let ends = [&periods[0], &periods[periods.len() - 1]]
            .map(|(p, _, _)| display_date_in(Some(p), None, false, lang));
        Some(view! {
            {month.map(|m| {
                view! {
                    <button type="button" class="linklike zoom-out" on:click=move |_| {
                        ex.update(true, |s| {
                            s.from = None;
                            s.to = None;
                            s.doc = None;
                        });
                        refocus_bar(m * 100 + 1);
                    }>{format!("← {}", x.all_months)}</button>
                }
            })}
            <p id="histogram-help" class="sr-only">{x.histogram_help}</p>
            <div
                class="histogram"
                class:days=month.is_some()
                role="group"
                aria-label=name
                aria-describedby="histogram-help"
                on:keydown=move |e| histogram_key(ex, &e)
            >
                {periods
                    .into_iter()
                    .enumerate()
                    .map(|(i, (period, first, last))| {
                        let inside = move || {
                            let (from, to) = range.get();
                            let (from, to) = (from.unwrap_or(0), to.unwrap_or(u32::MAX));
                            first <= to && last >= from && (from > 0 || to < u32::MAX)
                        };
                        let count = move || bars.with(|b| b.get(i).map(|b| (b.count, b.estimated)).unwrap_or_default());
                        let period = display_date_in(Some(&period), None, false, lang);
                        let label = move || {
                            let (n, estimated) = count();
                            format!(
                                "{period}: {n} {}{}",
                                if n == 1 { t.article[0] } else { t.article[1] },
                                if estimated > 0 { format!(", {estimated} {}", t.estimated.trim_matches(['(', ')'])) } else { String::new() },
                            )
                        };
                        let height = move || match count().0 {
                            0 => "2px".to_string(),
                            n => format!("{}%", 8 + 92 * n / max.get()),
                        };
                        view! {
                            <button
                                type="button"
                                class="bar"
                                class:selected=inside
                                aria-label=label.clone()
                                aria-pressed=move || inside().to_string()
                                title=label
                                data-first=first.to_string()
                                data-last=last.to_string()
                                on:pointerdown=move |e| {
                                    drag_from.set(Some((first, last)));
                                    // Touch captures the pointer on the first bar: release it
                                    // so that the drag ends on the bar under the finger.
                                    if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                                        let _ = el.release_pointer_capture(e.pointer_id());
                                    }
                                }
                                on:pointerup=move |_| {
                                    if let Some((f, l)) = drag_from.get_untracked() {
                                        drag_from.set(None);
                                        if f != first {
                                            set_range(f.min(first), l.max(last));
                                        }
                                    }
                                }
                                on:click=move |e| {
                                    if e.shift_key() {
                                        let cur = ex.state.with_untracked(|s| s.query());
                                        let f = cur.from.unwrap_or(first).min(first);
                                        let t = cur.to.unwrap_or(last).max(last);
                                        set_range(f, t);
                                    } else if e.detail() <= 1 {
                                        set_range(first, last);
                                    }
                                }
                            >
                                <span class="fill" style:height=height></span>
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <p class="histogram-axis" aria-hidden="true">
                <span>{ends[0].clone()}</span>
                <span>{ends[1].clone()}</span>
            </p>
        })
    }
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

/// English / Spanish switch; the choice is kept in the URL.
#[component]
fn LangSwitch() -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    let current = ex.ui_lang();
    view! {
        <label class="theme">
            <span>{t.language}</span>
            <select on:change=move |ev| {
                let lang = UiLang::from_key(&event_target_value(&ev));
                ex.update(true, |s| s.lang = lang)
            }>
                <option value="en" selected=current == UiLang::En>"English"</option>
                <option value="es" selected=current == UiLang::Es>"Español"</option>
            </select>
        </label>
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
/// value is selected).
#[component]
fn FacetChips(
    /// The values, most relevant first (at most 6 people or 4 topics are shown).
    values: &'static [String],
    /// Which facet they belong to.
    kind: FacetKind,
) -> impl IntoView {
    let ex = use_explorer();
    let t = ex.t();
    let (class, list_class, label, limit) = match kind {
        FacetKind::Person => ("person", "people chips", t.people_in_article, 6),
        _ => ("topic", "topics chips", t.topics_of_article, 4),
    };
    let values = &values[..values.len().min(limit)];
    // A result page holds hundreds of chips and a keystroke can replace them all, so
    // the buttons are plain DOM built with the list (`fill_chips`), not a reactive view
    // each: one listener on the list handles their clicks, and one effect of the app
    // (`sync_chips`) keeps their pressed states in step with the selections.
    let on_click = move |e: ev::MouseEvent| {
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
    let chips = Chips {
        values,
        class,
        pressed: ex.facets.with_untracked(|f| values.iter().map(|v| selected_in(f, kind, v)).collect()),
    };
    (!values.is_empty())
        .then(|| view! { <ul class=list_class aria-label=label on:click=on_click use:fill_chips=chips></ul> })
}

/// What [`fill_chips`] puts in a chip list.
#[derive(Clone)]
struct Chips {
    values: &'static [String],
    class: &'static str,
    pressed: Vec<bool>,
}

/// Fills a chip list with `<li><button aria-pressed>value</button></li>`, each value set
/// as text (never parsed as HTML). A directive, so it runs as the list is built.
fn fill_chips(ul: web_sys::Element, chips: Chips) {
    let Some(doc) = ul.owner_document() else { return };
    for (v, p) in chips.values.iter().zip(chips.pressed) {
        let (Ok(li), Ok(b)) = (doc.create_element("li"), doc.create_element("button")) else { return };
        let _ = b.set_attribute("type", "button");
        let _ = b.set_attribute("class", chips.class);
        let _ = b.set_attribute("aria-pressed", if p { "true" } else { "false" });
        b.set_text_content(Some(v));
        let _ = li.append_child(&b);
        let _ = ul.append_child(&li);
    }
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
