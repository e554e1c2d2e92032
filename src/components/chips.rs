//! The person and topic chips under each result and in the reader. A page holds
//! hundreds and a keystroke replaces many, so they have no reactive state of their
//! own: the list takes their clicks and one effect (`sync_chips`) sets their pressed
//! states when a selection changes.

use crate::browser::select_all;
use crate::dom::{button, el, elc, El};
use crate::explorer::{selected_in, Explorer};
use explorer_core::index::FacetKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An article's people or topics as buttons that filter by them (pressed when the
/// value is selected); `None` when it has none.
pub(crate) fn facet_chips(ex: Explorer, values: &'static [String], kind: FacetKind) -> Option<El> {
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
pub(crate) fn sync_chips(ex: Explorer) {
    for b in select_all("ul.chips > li > button") {
        let kind = if b.class_name() == "person" { FacetKind::Person } else { FacetKind::Topic };
        let text = b.text_content().unwrap_or_default();
        let pressed = ex.facets.with_untracked(|f| selected_in(f, kind, &text));
        let _ = b.set_attribute("aria-pressed", if pressed { "true" } else { "false" });
    }
}
