//! The explorer's shell: decodes the embedded corpus, mounts the component tree and
//! wires what belongs to the whole page (global keys, the embed's height, the chips'
//! pressed states, rebuilding once when the interface language changes).
//!
//! The one piece of wiring worth knowing: the URL hash is the source of truth. User
//! actions compute the next `State`, write it to the hash (`Explorer::update`) and set
//! the signal; Back/Forward and edited links arrive as `hashchange` events and are
//! decoded back into the signal. Components live in [`crate::components`], one per file.

use crate::browser::{active_element, apply_theme, embed_mount, key_is_ours, post_height, resize};
use crate::components::active_filters::active_filters;
use crate::components::date_range::date_range;
use crate::components::facet_list::facet_list;
use crate::components::filters_toggle::filters_toggle;
use crate::components::lang_switch::lang_switch;
use crate::components::notices::notices;
use crate::components::people_view::people_view;
use crate::components::reader::reader;
use crate::components::result_list::result_list;
use crate::components::search_box::search_box;
use crate::components::theme_switch::theme_switch;
use crate::components::timeline_view::timeline_view;
use crate::components::toolbar::toolbar;
use crate::dom::{dyn_child, effect, el, elc, show, El, Frag};
use crate::explorer::Explorer;
use explorer_core::index::{Data, FacetKind};
use explorer_core::labels::{tr, Tr};
use explorer_core::state::{Flags, View};
use leptos::ev;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

pub(crate) static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The corpus and index embedded at build time, decoded once (in a chunked build, the
/// head: the chunk list goes to [`embedded_store`]).
pub fn embedded_data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    crate::text_host::install();
    // `panic!` with the message as text: `expect` would format it with `Debug`, which
    // brings string escaping and its Unicode tables into the wasm.
    #[cfg(not(chunked))]
    return DATA.get_or_init(|| Data::from_bytes(EMBEDDED).unwrap_or_else(|e| panic!("{e}")));
    #[cfg(chunked)]
    DATA.get_or_init(|| {
        let head = explorer_core::chunks::Head::from_bytes(EMBEDDED).unwrap_or_else(|e| panic!("{e}"));
        let (data, store) = explorer_core::chunks::Store::from_head(head);
        let store: &'static _ = Box::leak(Box::new(store));
        STORE.with(|s| s.set(store).ok());
        data
    })
}

#[cfg(chunked)]
thread_local! {
    /// The chunks loaded so far, made with the head ([`embedded_data`]).
    static STORE: std::cell::OnceCell<&'static explorer_core::chunks::Store> = const { std::cell::OnceCell::new() };
}

/// A chunked build's store of loaded chunks.
#[cfg(chunked)]
pub fn embedded_store() -> &'static explorer_core::chunks::Store {
    embedded_data();
    STORE.with(|s| *s.get().expect("made with the head"))
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
pub(crate) struct Layout {
    flags: Flags,
    /// The open article's id (the main area changes with it).
    open_doc: Memo<Option<String>>,
    /// The view: results, timeline or people.
    view_kind: Memo<View>,
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
    // A chunked build: the first touch, click or focus (the reader is about to type or
    // filter) fetches what every query but the opening one needs, so that the first
    // query waits for its own shards and results only.
    #[cfg(chunked)]
    {
        let _ = window_event_listener(ev::pointerdown, |_| crate::chunks::loader().prefetch());
        let _ = window_event_listener(ev::focusin, |_| crate::chunks::loader().prefetch());
    }
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
        open_doc: Memo::new(move |_| ex.state.with(|s| s.doc.clone())),
        view_kind: Memo::new(move |_| ex.state.with(|s| s.view)),
        filters_open: RwSignal::new(false),
        kinds,
        ready,
    };
    effect(move || {
        let lang = ex.lang();
        crate::components::panic_panel::speak(lang);
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
    dyn_child(move || tr(ex.lang()), move |t| vec![shell(ex, t, &layout).into()])
}

/// The page: header, notices, the filters column and the main area.
pub(crate) fn shell(ex: Explorer, t: &'static Tr, l: &Layout) -> El {
    let f = l.flags;
    let mut root = elc("div", if f.embed { "shell embed" } else { "shell" }).child(
        elc("a", "skip")
            .attr("href", "#main")
            .on_click(move |e| {
                // Moves the focus without touching the hash (which holds the state).
                e.prevent_default();
                ex.focus.main.set(true);
            })
            .text(t.skip),
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
        .kids(show(move || ready.get(), move || vec![date_range(ex).into()]));
    for (&kind, &ready) in l.kinds.iter().zip(&l.ready[1..]) {
        aside = aside.kids(show(move || ready.get(), move || vec![facet_list(ex, kind).into()]));
    }
    let (open_doc, view_kind) = (l.open_doc, l.view_kind);
    let main = elc("main", "main").attr("id", "main").attr("tabindex", "-1").kids(active_filters(ex));
    let main = main.dyn_child(
        move || open_doc.get(),
        move |doc| match doc {
            Some(id) => reader(ex, &id),
            None => {
                let mut nodes: Frag = vec![toolbar(ex).into()];
                nodes.extend(dyn_child(
                    move || view_kind.get(),
                    move |kind| match kind {
                        View::Results => result_list(ex),
                        View::Timeline => timeline_view(ex),
                        View::People => people_view(ex),
                    },
                ));
                nodes
            }
        },
    );
    root.kids(notices(ex))
        .child(elc("div", "layout").child(filters_toggle(ex, open)).child(aside).child(main))
}

/// Sets the signals to `true` one per task, in order (each in a `setTimeout` of its
/// own, after what the previous one rendered).
pub(crate) fn reveal_in_turn(mut signals: Vec<RwSignal<bool>>) {
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
pub(crate) fn global_key(ex: Explorer, e: &web_sys::KeyboardEvent) {
    if !key_is_ours(e) {
        return;
    }
    let typing = active_element()
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false);
    match e.key().as_str() {
        "/" if !typing => {
            e.prevent_default();
            ex.focus.search.set(true);
        }
        "Escape" if ex.state.with_untracked(|s| s.doc.is_some()) => {
            ex.update(true, |s| s.doc = None);
        }
        _ => {}
    }
}
