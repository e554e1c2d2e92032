//! The date filter: the histogram and the "from" / "to" day inputs beside it.

use crate::components::histogram::histogram_view;
use crate::dom::{el, elc, El};
use crate::explorer::Explorer;
use explorer_core::calendar::day_string;
use explorer_core::state::normalise_day;
use leptos::prelude::*;

/// A date input of the From / To pair: `id`, its bounds, the state's value and how a
/// chosen day is written back.
pub(crate) fn date_input(ex: Explorer, id: &str, bounds: (&str, &str), end: bool) -> El {
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
