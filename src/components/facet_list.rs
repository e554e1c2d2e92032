//! One facet (people, topics, places, organisations, outlets, sections): its values
//! with counts as checkboxes, the A–Z / by-count toggle, "Show all" and the filter box.

use crate::dom::{button, el, elc, El};
use crate::explorer::{Explorer, FACET_LIMIT};
use explorer_core::index::{fold_label, FacetKind};
use explorer_core::labels::facet_title_in;
use explorer_core::model::sort_by_dyn;
use leptos::prelude::*;

/// One facet: its values as checkboxes with counts, by count or A–Z, with "Show more"
/// and, for long lists, a box that filters the values.
pub fn facet_list(ex: Explorer, kind: FacetKind) -> El {
    // The index has every facet (`Data::new` builds them all).
    let fi = ex.data.index.facets.iter().position(|f| f.kind == kind).unwrap_or(0);
    let facet = &ex.data.index.facets[fi];
    let expanded = RwSignal::new(false);
    let alpha = RwSignal::new(false);
    let filter = RwSignal::new(String::new());
    let t = ex.t();
    let title = facet_title_in(kind, ex.ui_lang());
    let lower = explorer_core::text::lowercase(title);
    let many = facet.values.len() > FACET_LIMIT;
    let folded: Vec<String> = facet.values.iter().map(|v| fold_label(&v.label)).collect();
    let mut by_alpha: Vec<usize> = (0..facet.values.len()).collect();
    sort_by_dyn(&mut by_alpha, &|&a, &b| folded[a].cmp(&folded[b]));
    let filter_id = format!("facet-filter-{}", kind.key());
    let mut fieldset = elc("fieldset", "facet").child(el("legend").text(title));
    if many {
        fieldset = fieldset.child(
            elc("div", "facet-tools")
                .child(elc("label", "sr-only").attr("for", &filter_id).text(&format!("{} {lower}", t.filter)))
                .child(
                    elc("input", "facet-filter")
                        .attr("id", &filter_id)
                        .attr("type", "search")
                        .attr("placeholder", &format!("{} {lower}…", t.filter))
                        .on("input", move |e| filter.set(fold_label(&event_target_value(&e)))),
                )
                .child(
                    button(Some("sort-toggle"), t.a_z)
                        .flag_dyn("aria-pressed", move || alpha.get())
                        .on_click(move |_| alpha.update(|a| *a = !*a)),
                ),
        );
    }
    let list = el("ul").dyn_child(
        move || {
            let open = expanded.get() || !filter.with(String::is_empty);
            // Values past the first FACET_LIMIT show once their counts are known (a chunked
            // build fetches them now).
            let known = !(open || alpha.get()) || ex.facets_complete();
            let open = open && known;
            let needle = filter.get();
            let order: Vec<usize> =
                if alpha.get() && known { by_alpha.clone() } else { (0..facet.values.len()).collect() };
            // `facets`, not the whole state: the list is not rebuilt on every keystroke.
            let chosen = ex.facets.with(|f| f.iter().find(|(k, _)| *k == kind).map(|(_, v)| v.clone()));
            let chosen = chosen.unwrap_or_default();
            let shown = order.into_iter().enumerate().filter(|(rank, vi)| {
                let selected = chosen.contains(&facet.values[*vi].label);
                (needle.is_empty() || folded[*vi].contains(&needle))
                    && (open || *rank < FACET_LIMIT || selected)
            });
            shown.map(|(_, vi)| vi).collect::<Vec<usize>>()
        },
        move |shown| shown.into_iter().map(|vi| facet_value(ex, kind, fi, vi).into()).collect(),
    );
    fieldset = fieldset.child(list);
    if many {
        let n = facet.values.len();
        fieldset = fieldset.child(
            el("button")
                .attr("type", "button")
                .attr("class", "more")
                .flag_dyn("aria-expanded", move || expanded.get())
                .on_click(move |_| expanded.update(|e| *e = !*e))
                .text_dyn(move || {
                    if expanded.get() {
                        format!("{} {lower}", t.show_fewer)
                    } else {
                        format!("{} {n} {lower}", t.show_all)
                    }
                }),
        );
    }
    fieldset
}

/// One value of a facet: a checkbox with the value and its count.
pub(crate) fn facet_value(ex: Explorer, kind: FacetKind, fi: usize, vi: usize) -> El {
    let label: &'static str = ex.data.index.facets[fi].values[vi].label.as_str();
    let count = move || ex.results.with(|r| r.counts[fi][vi]);
    let checked = move || ex.is_selected(kind, label);
    let input = el("input")
        .attr("type", "checkbox")
        .attr("aria-label", label)
        .prop_dyn("checked", move || checked().into())
        .prop_dyn("disabled", move || (count() == 0 && !checked()).into())
        .on("change", move |_| {
            ex.update(true, |s| {
                s.toggle(kind, label);
                s.doc = None;
            })
        });
    el("li").child(
        elc("label", "facet-value")
            .class_dyn("zero", move || count() == 0)
            .child(input)
            .child(elc("span", "value").text(label))
            .child(elc("span", "count").attr("aria-hidden", "true").text_dyn(move || count().to_string())),
    )
}
