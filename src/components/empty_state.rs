//! What an empty result shows: the filters whose removal alone would bring articles
//! back (`state::rescuers`), each a button, and "clear them all".

use crate::dom::{button, dyn_child, el, elc, Frag};
use crate::explorer::Explorer;
use explorer_core::labels::{filter_remove_name_in, tr};
use explorer_core::state::{rescuers, State};
use leptos::prelude::*;

/// The empty state: names the filters whose removal would bring articles back, each a
/// button that removes it, then "clear them all".
pub fn empty_state(ex: Explorer) -> Frag {
    let lang = ex.ui_lang();
    let (t, x) = (ex.t(), tr(lang));
    let clear = move || {
        button(Some("linklike"), t.clear_them_all).on_click(move |_| ex.update(true, State::clear_filters))
    };
    dyn_child(
        move || ex.state.with(|s| rescuers(s, |q| ex.search(q).hits.len())),
        move |found| {
            if found.is_empty() {
                return vec![elc("p", "empty").text(t.empty).child(clear()).text(".").into()];
            }
            let items = found.into_iter().map(|(f, n)| {
                let label = format!(
                    "{} ({n} {})",
                    filter_remove_name_in(&f, lang),
                    if n == 1 { t.article[0] } else { t.article[1] },
                );
                el("li").child(
                    button(Some("linklike"), &label).on_click(move |_| ex.update(true, |s| s.remove(&f))),
                )
            });
            vec![elc("div", "empty")
                .child(el("p").text(x.rescue))
                .child(elc("ul", "rescue").items(items))
                .child(el("p").text(x.or).text(" ").child(clear()).text("."))
                .into()]
        },
    )
}
