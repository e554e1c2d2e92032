//! The toolbar: view switch, sort, copy link, exports (CSV, JSON), print, and the
//! theme and language switches.

use crate::browser::{apply_theme, copy_text, download};
use crate::dom::{button, el, elc, El};
use crate::explorer::Explorer;
use explorer_core::index::{Results, Sort};
use explorer_core::insights::{export_csv, export_json};
use explorer_core::state::{UiLang, View};
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

/// Light / dark / system switch.
pub(crate) fn theme_switch(ex: Explorer, initial: Option<bool>) -> El {
    let t = ex.t();
    let value = match initial {
        Some(true) => "dark",
        Some(false) => "light",
        None => "system",
    };
    let options = [("system", t.themes[0]), ("light", t.themes[1]), ("dark", t.themes[2])]
        .map(|(v, label)| (v, label, v == value));
    select_box(t.theme, &options, |v| {
        apply_theme(match v.as_str() {
            "dark" => Some(true),
            "light" => Some(false),
            _ => None,
        })
    })
}

/// English / Spanish switch; the choice is kept in the URL.
pub(crate) fn lang_switch(ex: Explorer) -> El {
    let current = ex.ui_lang();
    let options = [("en", "English", current == UiLang::En), ("es", "Español", current == UiLang::Es)];
    select_box(ex.t().language, &options, move |v| {
        let lang = UiLang::from_key(&v);
        ex.update(true, |s| s.lang = lang)
    })
}

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

/// The polite live region that says "Link copied".
pub(crate) fn status_text(copied: RwSignal<String>) -> El {
    elc("span", "copied").attr("aria-live", "polite").text_dyn(move || copied.get())
}
