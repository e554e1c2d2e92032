//! The person and topic chips under each result and in the reader. A page holds
//! hundreds and a keystroke replaces many, so the buttons have no reactive state of
//! their own: each list keeps its buttons' handles, takes their clicks and sets their
//! pressed states from one effect over the selections.

use crate::dom::{button, effect, el, elc, El};
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
    // A result page holds hundreds of chips and a keystroke can replace many, so the
    // buttons have no reactive state of their own: the list keeps their handles, one
    // listener on it maps a click to the value of the button clicked, and one effect per
    // list keeps the pressed states in step with the selections.
    let buttons: std::rc::Rc<Vec<web_sys::Element>> =
        std::rc::Rc::new(values.iter().map(|v| button(Some(class), v).0).collect());
    let clicked = buttons.clone();
    let on_click = move |e: web_sys::Event| {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("button").ok().flatten());
        if let Some(v) = clicked.iter().position(|b| Some(b) == target.as_ref()).map(|i| values[i].as_str()) {
            ex.update(true, |s| {
                s.toggle(kind, v);
                s.doc = None;
            });
        }
    };
    let items = buttons.iter().map(|b| el("li").child(El(b.clone())));
    let list = elc("ul", list_class).attr("aria-label", label).on_click(on_click).items(items);
    effect(move || {
        ex.facets.with(|f| {
            for (b, v) in buttons.iter().zip(values) {
                let _ =
                    b.set_attribute("aria-pressed", if selected_in(f, kind, v) { "true" } else { "false" });
            }
        })
    });
    Some(list)
}
