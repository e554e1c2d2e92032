//! [`Explorer`], the handle every component receives: the embedded data, the state
//! signal and the memos derived from it, with typed accessors, and
//! [`Explorer::update`], the one way the state changes (and reaches the URL).

use crate::browser::{read_hash, write_hash};
use crate::dom::Frag;
use explorer_core::index::{Data, Facet, FacetKind, Query, Results};
use explorer_core::labels::{tr, Tr};
use explorer_core::model::{Document, Event, Person, Thread};
use explorer_core::state::{Notice, State, UiLang};
use leptos::prelude::*;

thread_local! {
    /// A typed change is waiting to be written to the URL (see [`Explorer::update`]).
    static HASH_PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// How many results are rendered before "Show more results".
pub(crate) const PAGE: usize = 20;

/// How many values a facet shows before "Show more" (a chunked build fetches the
/// others' article lists when a list is opened).
pub(crate) const FACET_LIMIT: usize = explorer_core::chunks::FACET_TOP;

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
    pub notices: RwSignal<Vec<Notice>>,
    /// Interface language (see [`Explorer::lang`]): the one in the URL, else the
    /// browser's.
    lang: Memo<UiLang>,
    /// The facet selections alone: what checkboxes and chips follow, so that typing
    /// (which changes the state on every keystroke) does not wake them.
    pub facets: Memo<Vec<(FacetKind, Vec<String>)>>,
    /// The URL hash of the state without an open article, which every article link
    /// extends (`State::doc_link`).
    pub link_base: Memo<String>,
    /// Requests for the focus, which the components owning the elements answer.
    pub focus: Focus,
}

/// Where a component asks the focus to go (see `dom::focus_on`): the owner of the
/// element answers, so nobody looks another component's element up.
#[derive(Clone, Copy)]
pub struct Focus {
    /// To the search box ("/" anywhere on the page).
    pub search: RwSignal<bool>,
    /// To the main area's heading: the results (or view) heading, or the open
    /// article's headline ("Skip to results", and after leaving the reader for the
    /// results an entity led to).
    pub main: RwSignal<bool>,
}

impl Explorer {
    /// Creates the explorer state for `data`, starting from the current URL hash.
    pub fn new(data: &'static Data) -> Explorer {
        let (state, notices) = decode(data, &read_hash());
        let state = RwSignal::new(state);
        let notices = RwSignal::new(notices);
        // Opening an article or switching views searches again (microseconds) and finds
        // the same results, which the memo's comparison stops there.
        #[cfg(not(chunked))]
        let results =
            Memo::new(move |_| state.with(|s| data.index.search(&data.corpus.documents, &s.query())));
        #[cfg(chunked)]
        crate::chunks::Loader::install(crate::app::embedded_store(), &data.index, notices);
        // A chunked build searches once the query's chunks are there, and shows the
        // results once the first page's text groups (which hold their articles'
        // metadata) are there too; until then the previous results stay (a few
        // milliseconds on a local network).
        #[cfg(chunked)]
        let results = Memo::new(move |prev: Option<&Results>| {
            let loader = crate::chunks::loader();
            loader.track();
            state.with(|s| {
                let query = s.query();
                let mut need = loader.store.search_needs(&data.index, &query);
                let next = need.is_empty().then(|| loader.search(&query));
                if let Some(r) = &next {
                    need = loader.store.texts_needed(r.hits.iter().take(PAGE).map(|h| h.doc));
                }
                loader.request(need.clone());
                match (prev, next) {
                    (Some(prev), _) if !need.is_empty() => prev.clone(),
                    (_, Some(next)) => next,
                    _ => loader.store.search(&data.index, &query),
                }
            })
        });
        let browser = UiLang::from_browser(&window().navigator().language().unwrap_or_default());
        let lang = Memo::new(move |_| state.with(|s| s.lang.unwrap_or(browser)));
        let facets = Memo::new(move |_| state.with(|s| s.facets.clone()));
        let link_base = Memo::new(move |_| {
            state.with(|s| match s.doc {
                None => s.to_hash(),
                Some(_) => State { doc: None, ..s.clone() }.to_hash(),
            })
        });
        let focus = Focus { search: RwSignal::new(false), main: RwSignal::new(false) };
        Explorer { data, state, results, notices, lang, facets, link_base, focus }
    }

    /// The interface language (tracked: the caller re-runs when it changes).
    pub fn lang(&self) -> UiLang {
        self.lang.get()
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

    /// The document with a given position, without its text (in a chunked build, an
    /// empty one until its metadata has arrived: the result list waits for it).
    pub fn doc(&self, i: u32) -> &'static Document {
        #[cfg(chunked)]
        return crate::chunks::loader().meta(i);
        #[cfg(not(chunked))]
        &self.data.corpus.documents[i as usize]
    }

    /// Is this article's metadata at hand? (Tracked in a chunked build, which asks for
    /// it when it is not.)
    pub fn has_meta(&self, i: u32) -> bool {
        #[cfg(chunked)]
        return crate::chunks::loader().has_meta(i);
        #[cfg(not(chunked))]
        {
            let _ = i;
            true
        }
    }

    /// The person facet with its article lists (tracked in a chunked build, which
    /// loads the facet postings when first asked: `None` until then).
    pub fn persons(&self) -> Option<&'static Facet> {
        #[cfg(chunked)]
        let index = crate::chunks::loader().full()?;
        #[cfg(not(chunked))]
        let index = &self.data.index;
        index.facets.iter().find(|f| f.kind == FacetKind::Person)
    }

    /// The events the articles at these positions mention, oldest first, each with the
    /// ids of those articles (tracked in a chunked build, which loads the events when
    /// first asked: `None` until then; no article's metadata is needed).
    pub fn timeline(&self, docs: &[u32]) -> Option<Vec<(&'static Event, Vec<&'static str>)>> {
        #[cfg(chunked)]
        {
            let loader = crate::chunks::loader();
            let events = loader.events()?;
            Some(explorer_core::insights::timeline_at(events, loader.store.event_docs()?, docs))
        }
        #[cfg(not(chunked))]
        Some(explorer_core::insights::timeline(&self.data.corpus.events, &self.data.corpus.documents, docs))
    }

    /// The position of the article with this id (tracked in a chunked build: `None`
    /// until its metadata has arrived, found through the id directory, which it asks
    /// for).
    pub fn position(&self, id: &str) -> Option<u32> {
        #[cfg(chunked)]
        return crate::chunks::loader().position(id);
        #[cfg(not(chunked))]
        self.data.corpus.documents.iter().position(|d| d.id == id).map(|p| p as u32)
    }

    /// Are every facet value's counts at hand, not only those of each facet's first
    /// [`FACET_LIMIT`] values? (Tracked in a chunked build, which asks for the other
    /// values' article lists when they are not.)
    pub fn facets_complete(&self) -> bool {
        #[cfg(chunked)]
        return crate::chunks::loader().full().is_some();
        #[cfg(not(chunked))]
        true
    }

    /// Is it known that no article has this id? (Tracked in a chunked build: known
    /// once the id directory's shard for it has arrived.)
    pub fn is_unknown(&self, id: &str) -> bool {
        #[cfg(chunked)]
        return crate::chunks::loader().is_unknown(id);
        #[cfg(not(chunked))]
        self.position(id).is_none()
    }

    /// The story threads (tracked in a chunked build, which loads them when first
    /// asked: `None` until then).
    pub fn threads(&self) -> Option<&'static [Thread]> {
        #[cfg(chunked)]
        return crate::chunks::loader().threads();
        #[cfg(not(chunked))]
        Some(&self.data.corpus.threads)
    }

    /// The document with a given position and its text: at once when the text is in
    /// the wasm; in a chunked build once its text group has arrived (tracked: the
    /// caller re-runs then), which it asks for.
    pub fn full_doc(&self, i: u32) -> Option<&'static Document> {
        #[cfg(chunked)]
        return crate::chunks::loader().doc(i);
        #[cfg(not(chunked))]
        Some(self.doc(i))
    }

    /// Searches the corpus (in a chunked build, with the chunks loaded so far: enough
    /// for any query that only drops a filter from the current one).
    pub fn search(&self, query: &Query) -> Results {
        #[cfg(chunked)]
        return crate::chunks::loader().store.search(&self.data.index, query);
        #[cfg(not(chunked))]
        self.data.index.search(&self.data.corpus.documents, query)
    }

    /// Runs `then` with these articles and their texts: at once when the texts are in
    /// the wasm; in a chunked build once their text groups have arrived.
    pub fn with_texts(&self, docs: Vec<u32>, then: impl FnOnce(Vec<&'static Document>) + 'static) {
        #[cfg(chunked)]
        crate::chunks::loader().with_texts(docs, then);
        #[cfg(not(chunked))]
        then(docs.into_iter().map(|d| self.doc(d)).collect())
    }

    /// Runs `then` with these articles' metadata: at once when it is in the wasm; in a
    /// chunked build once its groups have arrived.
    pub fn with_metas(&self, docs: Vec<u32>, then: impl FnOnce(Vec<&'static Document>) + 'static) {
        #[cfg(chunked)]
        crate::chunks::loader().with_metas(docs, then);
        #[cfg(not(chunked))]
        then(docs.into_iter().map(|d| self.doc(d)).collect())
    }

    /// The part of a view made from an article's text and the people list: built at
    /// once when both are in the wasm; in a chunked build once they have arrived
    /// (empty until then).
    pub fn with_text(
        &self,
        i: u32,
        build: impl Fn(&'static Document, &'static [Person]) -> Frag + 'static,
    ) -> Frag {
        #[cfg(not(chunked))]
        return build(self.doc(i), &self.data.corpus.people);
        #[cfg(chunked)]
        {
            let ex = *self;
            crate::dom::dyn_child(
                move || ex.full_doc(i).zip(ex.people()),
                move |d| d.map(|(d, people)| build(d, people)).unwrap_or_default(),
            )
        }
    }

    /// The people list with every spelling (tracked in a chunked build, which loads it
    /// when first asked: `None` until then).
    pub fn people(&self) -> Option<&'static [Person]> {
        #[cfg(chunked)]
        return crate::chunks::loader().people();
        #[cfg(not(chunked))]
        Some(&self.data.corpus.people)
    }

    /// The URL hash of the current state with an article opened.
    pub fn href_for(&self, id: &str) -> String {
        self.link_base.with(|base| State::doc_link(base, id))
    }
}

/// Is `value` among the `kind` selections of `facets`?
pub(crate) fn selected_in(facets: &[(FacetKind, Vec<String>)], kind: FacetKind, value: &str) -> bool {
    facets.iter().any(|(k, v)| *k == kind && v.iter().any(|x| x == value))
}

pub(crate) fn decode(data: &Data, hash: &str) -> (State, Vec<Notice>) {
    let (mut state, mut notices) = State::from_hash(hash);
    // A chunked build does not know every article's id yet: the reader says when one
    // is not there.
    #[cfg(chunked)]
    {
        let doc = state.doc.take();
        notices.extend(state.retain_known(&data.index, &[]));
        state.doc = doc;
    }
    #[cfg(not(chunked))]
    {
        let ids: Vec<&str> = data.corpus.documents.iter().map(|d| d.id.as_str()).collect();
        notices.extend(state.retain_known(&data.index, &ids));
    }
    (state, notices)
}
