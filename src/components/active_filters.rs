//! "Current refinements": the active filters as removable chips, and "Clear all".

use crate::dom::{button, dyn_child, el, elc, Frag};
use crate::explorer::Explorer;
use explorer_core::labels::{filter_chip_in, filter_remove_name_in};
use explorer_core::state::State;
use leptos::prelude::*;

/// The active filters, each removable, and "Clear all".
pub fn active_filters(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    dyn_child(
        move || ex.state.with(State::filters),
        move |filters| {
            if filters.is_empty() {
                return Vec::new();
            }
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
        },
    )
}
