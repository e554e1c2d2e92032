//! The Timeline view: the dated events the results mention, oldest first.

use crate::components::article_meta::doc_link;
use crate::components::view_heading::view_heading;
use crate::dom::{dyn_child, el, elc, Frag};
use crate::explorer::Explorer;
use explorer_core::labels::display_date_in;
use leptos::prelude::*;

/// Events the matching articles mention, in date order, each linked to its articles.
pub fn timeline_view(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    let mut nodes = view_heading(ex, t.views[1]);
    nodes.extend(dyn_child(
        move || ex.results.with(|r| ex.timeline(&r.doc_ids())),
        move |events| {
            let Some(events) = events else { return Vec::new() };
            if events.is_empty() {
                return vec![elc("p", "empty").text(t.no_events).into()];
            }
            let items = events.into_iter().map(|(e, docs)| {
                let when = display_date_in(Some(&e.date), e.precision, false, lang);
                el("li")
                    .child(el("time").attr("datetime", &e.date).text(&when))
                    .child(el("p").text(&e.text))
                    .child(
                        elc("ul", "sources")
                            .attr("aria-label", t.mentioned_in)
                            .items(docs.into_iter().map(|id| el("li").child(doc_link(ex, id)))),
                    )
            });
            vec![elc("ol", "timeline").items(items).into()]
        },
    ));
    nodes
}
