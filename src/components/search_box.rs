//! The search box: every keystroke narrows the results.

use crate::dom::{el, elc, focus_on, El};
use crate::explorer::Explorer;
use leptos::prelude::*;

/// The search box: every keystroke narrows the results.
pub fn search_box(ex: Explorer) -> El {
    let t = ex.t();
    let input = el("input")
        .attr("id", "search")
        .attr("type", "search")
        .attr("placeholder", t.search_placeholder)
        .attr("autocomplete", "off")
        .attr("spellcheck", "false")
        .prop_dyn("value", move || ex.state.with(|s| s.q.clone()).into())
        .on("input", move |e| {
            let q = event_target_value(&e);
            ex.update(false, |s| {
                s.q = q;
                s.doc = None;
            })
        });
    focus_on(&input, ex.focus.search);
    elc("div", "search")
        .attr("role", "search")
        .child(elc("label", "sr-only").attr("for", "search").text(t.search_label))
        .child(input)
}
