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

use crate::index::{highlight, snippet, Data, FacetKind, Results, Segment};
use crate::labels::{count_line, display_date, facet_title, filter_chip, filter_remove_name};
use crate::model::Document;
use crate::state::{days_in_month, normalise_day, State};
use leptos::ev;
use leptos::prelude::*;
use std::sync::OnceLock;

static EMBEDDED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The corpus and index embedded at build time, decoded once.
pub fn embedded_data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| Data::from_bytes(EMBEDDED).expect("the embedded corpus was written by build.rs"))
}

/// How many results are rendered before "Show more results".
const PAGE: usize = 50;
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
}

impl Explorer {
    /// Creates the explorer state for `data`, starting from the current URL hash.
    pub fn new(data: &'static Data) -> Explorer {
        let (state, notices) = decode(data, &read_hash());
        let state = RwSignal::new(state);
        let query = Memo::new(move |_| state.with(State::query));
        let results = Memo::new(move |_| query.with(|q| data.index.search(&data.corpus.documents, q)));
        Explorer { data, state, results, notices: RwSignal::new(notices) }
    }

    /// Applies a change to the state and records it in the URL: a new history entry
    /// when `push` (discrete actions), a replaced one otherwise (typing).
    pub fn update(&self, push: bool, change: impl FnOnce(&mut State)) {
        let mut next = self.state.get_untracked();
        change(&mut next);
        if next == self.state.get_untracked() {
            return;
        }
        write_hash(&next.to_hash(), push);
        self.state.set(next);
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

    /// The document with a given position.
    pub fn doc(&self, i: u32) -> &'static Document {
        &self.data.corpus.documents[i as usize]
    }

    /// The URL hash of the current state with an article opened.
    fn href_for(&self, id: &str) -> String {
        self.state.with(|s| {
            let mut s = s.clone();
            s.doc = Some(id.to_string());
            format!("#{}", s.to_hash())
        })
    }
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

fn write_hash(hash: &str, push: bool) {
    let location = window().location();
    if push {
        let _ = location.set_hash(hash);
    } else {
        let _ = location.replace(&format!("#{hash}"));
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
    let on_hash = window_event_listener(ev::hashchange, move |_| ex.sync_from_url());
    on_cleanup(move || on_hash.remove());
    view! {
        <a class="skip" href="#results-heading">"Skip to results"</a>
        <header class="top">
            <h1>"News explorer"</h1>
            <SearchBox/>
        </header>
        <Notices/>
        <div class="layout">
            <aside class="filters" aria-label="Filters">
                <DateRange/>
                {FacetKind::ALL
                    .into_iter()
                    .filter(|k| data.index.facet(*k).is_some_and(|f| !f.values.is_empty()))
                    .map(|kind| view! { <FacetList kind/> })
                    .collect_view()}
            </aside>
            <main class="main">
                <ActiveFilters/>
                {move || match ex.state.with(|s| s.doc.clone()) {
                    Some(id) => view! { <Reader id/> }.into_any(),
                    None => view! { <ResultList/> }.into_any(),
                }}
            </main>
        </div>
    }
}

fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("components are used inside <App/>")
}

/// The search box: every keystroke narrows the results.
#[component]
pub fn SearchBox() -> impl IntoView {
    let ex = use_explorer();
    view! {
        <div class="search" role="search">
            <label for="search" class="sr-only">"Search articles"</label>
            <input
                id="search"
                type="search"
                placeholder="Search articles…"
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
    move || {
        let notices = ex.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="notice" role="alert">
                    <ul>{notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    <button type="button" on:click=move |_| ex.notices.set(Vec::new())>"Dismiss"</button>
                </div>
            }
        })
    }
}

/// The From / To date inputs.
#[component]
pub fn DateRange() -> impl IntoView {
    let ex = use_explorer();
    let days = ex.data.index.days.iter().flatten();
    let min = days.clone().map(|d| d.0).min().map(day_string).unwrap_or_default();
    let max = days.map(|d| d.1).max().map(day_string).unwrap_or_default();
    let (min2, max2) = (min.clone(), max.clone());
    view! {
        <fieldset class="dates">
            <legend>"Dates"</legend>
            <label for="from">"From"</label>
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
            <label for="to">"To"</label>
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

fn day_string(d: u32) -> String {
    let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
    format!("{y:04}-{m:02}-{:02}", day.min(days_in_month(y, m)))
}

/// One facet: its values as checkboxes with counts.
#[component]
pub fn FacetList(
    /// Which facet.
    kind: FacetKind,
) -> impl IntoView {
    let ex = use_explorer();
    let fi = ex.data.index.facets.iter().position(|f| f.kind == kind).expect("facet exists");
    let facet = &ex.data.index.facets[fi];
    let expanded = RwSignal::new(false);
    let title = facet_title(kind);
    let many = facet.values.len() > FACET_LIMIT;
    view! {
        <fieldset class="facet">
            <legend>{title}</legend>
            <ul>
                {move || {
                    let open = expanded.get();
                    facet
                        .values
                        .iter()
                        .enumerate()
                        .filter(|(vi, v)| {
                            open || *vi < FACET_LIMIT
                                || ex.state.with(|s| s.is_selected(kind, &v.label))
                        })
                        .map(|(vi, v)| {
                            let label: &'static str = v.label.as_str();
                            let count = move || ex.results.with(|r| r.counts[fi][vi]);
                            let checked = move || ex.state.with(|s| s.is_selected(kind, label));
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
                            {move || if expanded.get() { "Show fewer" } else { "Show more" }}
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
    move || {
        let filters = ex.state.with(State::filters);
        (!filters.is_empty()).then(|| {
            view! {
                <div class="refinements" role="group" aria-label="Active filters">
                    {filters
                        .into_iter()
                        .map(|f| {
                            let name = filter_remove_name(&f);
                            let chip = filter_chip(&f);
                            view! {
                                <button
                                    type="button"
                                    class="chip"
                                    aria-label=name
                                    on:click=move |_| ex.update(true, |s| s.remove(&f))
                                >
                                    {chip}
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            }
                        })
                        .collect_view()}
                    <button type="button" class="clear" on:click=move |_| ex.update(true, State::clear_filters)>
                        "Clear all"
                    </button>
                </div>
            }
        })
    }
}

/// Renders highlighted segments as text and `<mark>` nodes (never as HTML).
fn segments_view(segments: Vec<Segment>) -> impl IntoView {
    segments
        .into_iter()
        .map(|s| if s.mark { view! { <mark>{s.text}</mark> }.into_any() } else { s.text.into_any() })
        .collect_view()
}

/// The matching count and the list of matching articles.
#[component]
pub fn ResultList() -> impl IntoView {
    let ex = use_explorer();
    let shown = RwSignal::new(PAGE);
    view! {
        <h2 id="results-heading" class="sr-only">"Results"</h2>
        <p class="count" role="status" aria-live="polite">
            {move || ex.results.with(|r| count_line(r.hits.len(), r.total))}
        </p>
        <ol class="results" aria-label="Results">
            {move || {
                ex.results
                    .with(|r| {
                        r.hits
                            .iter()
                            .take(shown.get())
                            .map(|h| view! { <ResultItem doc=h.doc/> })
                            .collect_view()
                    })
            }}
        </ol>
        {move || {
            let n = ex.results.with(|r| r.hits.len());
            (n == 0)
                .then(|| {
                    view! {
                        <p class="empty">
                            "No article matches all of these filters. Remove one of the active filters above, or "
                            <button type="button" class="linklike" on:click=move |_| ex.update(true, State::clear_filters)>
                                "clear them all"
                            </button> "."
                        </p>
                    }
                })
        }}
        {move || {
            let n = ex.results.with(|r| r.hits.len());
            (n > shown.get())
                .then(|| {
                    view! {
                        <button type="button" class="more" on:click=move |_| shown.update(|s| *s += PAGE)>
                            "Show more results"
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
    let snip = ex.results.with_untracked(|r| snippet(d, &r.query, lang, 220));
    let title = ex.results.with_untracked(|r| highlight(&d.title, &r.query, lang));
    view! {
        <li class="result">
            <h3>
                <a href=move || ex.href_for(&id)>{segments_view(title)}</a>
            </h3>
            <p class="meta">
                <Meta d/>
            </p>
            <p class="snippet">{segments_view(snip)}</p>
            <PeopleChips d/>
        </li>
    }
}

/// Publisher and date of an article, the date's evidence in its tooltip.
#[component]
fn Meta(d: &'static Document) -> impl IntoView {
    let date = display_date(d.date.as_deref(), d.date_precision, d.date_estimated);
    view! {
        {d.publisher.clone().map(|p| view! { <span class="publisher">{p}</span> })}
        <time datetime=d.date.clone().unwrap_or_default() title=d.date_evidence.clone()>
            {date}
        </time>
        {d.date_estimated.then(|| view! { <span class="estimated">" (estimated)"</span> })}
    }
}

/// The people of an article as buttons that filter by them.
#[component]
fn PeopleChips(d: &'static Document) -> impl IntoView {
    let ex = use_explorer();
    (!d.persons.is_empty()).then(|| {
        view! {
            <ul class="people" aria-label="People in this article">
                {d
                    .persons
                    .iter()
                    .take(6)
                    .map(|p| {
                        let p: &'static str = p.as_str();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="person"
                                    aria-pressed=move || ex.state.with(|s| s.is_selected(FacetKind::Person, p)).to_string()
                                    on:click=move |_| ex.update(true, |s| {
                                        s.toggle(FacetKind::Person, p);
                                        s.doc = None;
                                    })
                                >
                                    {p}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// The article view: headline, provenance and the cleaned text.
#[component]
pub fn Reader(
    /// Id of the article.
    id: String,
) -> impl IntoView {
    let ex = use_explorer();
    let Some(pos) = ex.data.corpus.documents.iter().position(|d| d.id == id) else {
        return view! { <p class="empty">"This article is not in the corpus."</p> }.into_any();
    };
    let d = ex.doc(pos as u32);
    let lang = ex.data.index.langs[pos];
    let query = ex.results.with_untracked(|r| r.query.clone());
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    view! {
        <article class="reader" aria-labelledby="reader-title">
            <button type="button" class="back" on:click=move |_| ex.update(true, |s| s.doc = None)>
                "Back to results"
            </button>
            <h2 id="reader-title" tabindex="-1" node_ref=heading>
                {d.title.clone()}
            </h2>
            {d.standfirst.clone().map(|s| view! { <p class="standfirst">{s}</p> })}
            <p class="meta">
                <Meta d/>
                {(!d.authors.is_empty()).then(|| view! { <span class="authors">{format!("By {}", d.authors.join(", "))}</span> })}
            </p>
            <details class="provenance">
                <summary>"Where this comes from"</summary>
                <dl>
                    <dt>"Source file"</dt>
                    <dd>{d.file.clone()}</dd>
                    <dt>"Publisher"</dt>
                    <dd>{d.publisher.clone().unwrap_or_else(|| "Not named in the text".into())}</dd>
                    <dt>"Date"</dt>
                    <dd>{d.date_evidence.clone()}</dd>
                    {d.title_derived.then(|| view! { <dt>"Headline"</dt><dd>"Derived from the first sentence; the page has none."</dd> })}
                </dl>
            </details>
            <PeopleChips d/>
            <div class="body">
                {d
                    .paragraphs
                    .iter()
                    .map(|p| view! { <p>{segments_view(highlight(p, &query, lang))}</p> })
                    .collect_view()}
            </div>
        </article>
    }
    .into_any()
}
