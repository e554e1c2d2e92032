//! One result: headline link, credits and date, snippet with the search words marked, chips.

use crate::components::article_meta::{doc_href, meta};
use crate::components::chips::facet_chips;
use crate::components::highlighted::segments;
use crate::dom::{el, elc, El};
use crate::explorer::Explorer;
use explorer_core::index::{highlight, snippet, FacetKind, ParsedQuery};
use leptos::prelude::*;

/// One result: headline link, publisher and date, snippet, people; its words marked
/// after `query` (the parsed search text: a change of filters, or a chunk arriving,
/// leaves it as it was and does not highlight again).
pub fn result_item(ex: Explorer, query: Memo<ParsedQuery>, doc: u32) -> El {
    let d = ex.doc(doc);
    let lang = ex.data.index.langs[doc as usize];
    // Only the highlighted parts follow the query; the rest of the item is built once.
    // Memos: when a keystroke leaves this item's highlighted text as it was (most do),
    // its DOM is not touched.
    let snip = Memo::new(move |_| {
        let full = ex.full_doc(doc);
        query.with(|q| full.map(|full| snippet(full, q, lang, 220)).unwrap_or_default())
    });
    let title = Memo::new(move |_| query.with(|q| highlight(&d.title, q, lang)));
    elc("li", "result")
        .child(el("h3").child(doc_href(ex, &d.id).region(move || segments(title.get()))))
        .child(elc("p", "meta").kids(meta(ex, d)))
        .child(elc("p", "snippet").region(move || segments(snip.get())))
        .child_opt(facet_chips(ex, &d.persons, FacetKind::Person))
        .child_opt(facet_chips(ex, &d.topics, FacetKind::Topic))
}
