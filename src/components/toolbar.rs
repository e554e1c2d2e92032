//! The toolbar: view switch, sort, copy link, exports (CSV, JSON) and print. The theme
//! and language switches of the page header are `theme_switch` and `lang_switch`.

use crate::browser::{copy_text, download};
use crate::components::status_text::status_text;
use crate::dom::{button, el, elc, El};
use crate::explorer::Explorer;
use explorer_core::index::{Results, Sort};
use explorer_core::insights::{export_csv, export_json};
use explorer_core::state::View;
use leptos::prelude::*;

/// Views, sort order, and what can be done with the current results.
pub(crate) fn toolbar(ex: Explorer) -> El {
    let t = ex.t();
    let copied = RwSignal::new(String::new());
    let tab = move |view: View, label: &'static str| {
        button(Some("tab"), label)
            .flag_dyn("aria-pressed", move || ex.state.with(|s| s.view) == view)
            .on_click(move |_| ex.update(true, |s| s.view = view))
    };
    let ids = move || ex.results.with(Results::doc_ids);
    let sorts = [(Sort::Relevance, t.sorts[0]), (Sort::Newest, t.sorts[1]), (Sort::Oldest, t.sorts[2])];
    let select = el("select")
        .items(sorts.into_iter().map(|(sort, label)| {
            el("option")
                .attr("value", sort.key())
                .attr_dyn("selected", move || ex.state.with(|s| s.sort == sort).then(String::new))
                .text(label)
        }))
        .on("change", move |e| {
            let sort = Sort::from_key(&event_target_value(&e)).unwrap_or_default();
            ex.update(true, |s| s.sort = sort)
        });
    elc("div", "toolbar")
        .child(
            elc("div", "views")
                .attr("role", "group")
                .attr("aria-label", t.view)
                .child(tab(View::Results, t.views[0]))
                .child(tab(View::Timeline, t.views[1]))
                .child(tab(View::People, t.views[2])),
        )
        .child(elc("label", "sort").child(el("span").text(t.sort)).child(select))
        .child(
            elc("div", "actions")
                .attr("role", "group")
                .attr("aria-label", t.share)
                .child(button(None, t.copy_link).on_click(move |_| {
                    let href = window().location().href().unwrap_or_default();
                    copy_text(&href, copied, t.link_copied, t.copy_failed);
                }))
                .child(button(None, t.export_csv).on_click(move |_| {
                    ex.with_metas(ids(), |docs| download("articles.csv", "text/csv", &export_csv(docs)))
                }))
                .child(button(None, t.export_json).on_click(move |_| {
                    let lang = ex.ui_lang();
                    ex.with_texts(ids(), move |docs| {
                        download("articles.json", "application/json", &export_json(docs, lang))
                    })
                }))
                .child(button(None, t.print).on_click(|_| {
                    let _ = window().print();
                }))
                .child(status_text(copied)),
        )
}
