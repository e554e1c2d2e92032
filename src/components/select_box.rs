//! A labelled `<select>`: the theme and language switches are two of them, and a
//! plain select keeps the choice where the browser shows it, with no state of its own.

use crate::dom::{el, elc, El};
use leptos::prelude::*;

/// A `<select>` of `(value, label, selected)` options, labelled by `label`, calling
/// `change` with the chosen value.
pub(crate) fn select_box(
    label: &str,
    options: &[(&str, &str, bool)],
    change: impl Fn(String) + 'static,
) -> El {
    let select = el("select")
        .items(options.iter().map(|&(value, text, selected)| {
            el("option").attr("value", value).attr_opt("selected", selected.then_some("")).text(text)
        }))
        .on("change", move |e| change(event_target_value(&e)));
    elc("label", "theme").child(el("span").text(label)).child(select)
}
