//! The phone layout's "Filters (N active)" disclosure over the facet column.

use crate::dom::{el, El};
use crate::explorer::Explorer;
use explorer_core::labels::tr;
use leptos::prelude::*;

/// The "Filters" button that shows and hides the filters on narrow screens (where
/// they would otherwise push the results down), with the number of active filters.
pub fn filters_toggle(ex: Explorer, open: RwSignal<bool>) -> El {
    let (t, x) = (ex.t(), tr(ex.ui_lang()));
    el("button")
        .attr("type", "button")
        .attr("class", "filters-toggle")
        .attr("aria-controls", "filters")
        .flag_dyn("aria-expanded", move || open.get())
        .on_click(move |_| open.update(|o| *o = !*o))
        .text_dyn(move || match ex.state.with(|s| s.filters().len()) {
            0 => t.filters.to_string(),
            n => format!("{} ({n} {})", t.filters, x.active),
        })
}
