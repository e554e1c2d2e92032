//! The People view: who appears in the results, how often, and with whom.

use crate::components::view_heading::view_heading;
use crate::dom::{button, dyn_child, el, elc, Frag};
use crate::explorer::Explorer;
use explorer_core::index::{FacetKind, Results};
use explorer_core::insights::cooccurrence_in;
use explorer_core::state::View;
use leptos::prelude::*;

/// Who appears with whom among the matching articles, as a matrix.
pub fn people_view(ex: Explorer) -> Frag {
    let t = ex.t();
    let mut nodes = view_heading(ex, t.views[2]);
    nodes.extend(dyn_child(
        move || (ex.results.with(Results::doc_ids), ex.persons()),
        move |(ids, persons)| {
            let Some(persons) = persons else { return Vec::new() };
            let m = cooccurrence_in(persons, ex.data.index.n_docs, &ids, 12);
            if m.people.is_empty() {
                return vec![elc("p", "empty").text(t.no_people).into()];
            }
            let max = m.counts.iter().flatten().copied().max().unwrap_or(1).max(1);
            let head = el("tr")
                .child(el("td"))
                .items(m.people.iter().map(|p| el("th").attr("scope", "col").child(el("span").text(p))));
            let rows = m.people.iter().zip(&m.counts).map(|(p, row)| {
                let name = p.clone();
                let th =
                    el("th").attr("scope", "row").child(button(Some("linklike"), p).on_click(move |_| {
                        ex.update(true, |s| {
                            if !s.is_selected(FacetKind::Person, &name) {
                                s.toggle(FacetKind::Person, &name);
                            }
                            s.view = View::Results;
                        })
                    }));
                el("tr").child(th).items(row.iter().zip(&m.people).map(|(&c, other)| {
                    let level = if c == 0 { 0 } else { 1 + (c * 4 - 1) / max };
                    let cell = el("td")
                        .attr("class", &format!("cell l{level}"))
                        .attr("title", &format!("{p} {} {other}: {c}", t.and));
                    if c > 0 {
                        cell.text(&c.to_string())
                    } else {
                        cell
                    }
                }))
            });
            let table = elc("table", "matrix")
                .child(el("caption").text(t.matrix_caption))
                .child(el("thead").child(head))
                .child(el("tbody").items(rows));
            vec![elc("div", "matrix-wrap").child(table).into()]
        },
    ));
    nodes
}
