//! The result list: keyed items (an article that stays keeps its elements while typing), "Show more".

use crate::browser::move_between_results;
use crate::components::count_line::count_line;
use crate::components::empty_state::empty_state;
use crate::components::result_item::result_item;
use crate::dom::{button, elc, focus_on, keyed, region, show, Frag};
use crate::explorer::{Explorer, PAGE};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The matching count and the list of matching articles.
pub fn result_list(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    let shown = RwSignal::new(PAGE);
    let list = elc("ol", "results")
        .attr("aria-label", t.results)
        .on("keydown", |e| move_between_results(e.unchecked_into()));
    // What the items highlight: the parsed text alone, so that a facet click or an
    // arriving chunk, which change the results but not the words, highlights nothing.
    let query = Memo::new(move |_| ex.results.with(|r| r.query.clone()));
    // Keyed by article: items that stay in the list keep their DOM while typing.
    keyed(
        &list,
        // In a chunked build, up to the first article whose metadata has not arrived
        // (asked for here; the list grows when it comes).
        move || {
            ex.results.with(|r| {
                r.hits.iter().take(shown.get()).map(|h| h.doc).take_while(|&d| ex.has_meta(d)).collect()
            })
        },
        move |doc| result_item(ex, query, doc),
    );
    let n = move || ex.results.with(|r| r.hits.len());
    let heading = elc("h2", "sr-only").attr("id", "results-heading").attr("tabindex", "-1").text(t.results);
    focus_on(&heading, ex.focus.main);
    let mut nodes: Frag = vec![heading.into(), count_line(ex, lang).into(), list.into()];
    nodes.extend(show(move || n() == 0, move || empty_state(ex)));
    nodes.extend(region(move || {
        if n() <= shown.get() {
            return Vec::new();
        }
        vec![button(Some("more"), t.show_more_results).on_click(move |_| shown.update(|s| *s += PAGE)).into()]
    }));
    nodes
}
