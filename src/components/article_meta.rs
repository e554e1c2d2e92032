//! An article's byline and date line (outlet, authors, date with "Why this date?"),
//! and links that open an article, shared by the result list, the views and the reader.

use crate::components::date_evidence::date_evidence;
use crate::dom::{el, elc, El, Frag};
use crate::explorer::Explorer;
use explorer_core::labels::display_date_in;
use explorer_core::model::Document;

/// Publisher and date of an article, the date's evidence in its tooltip.
pub(crate) fn meta(ex: Explorer, d: &'static Document) -> Frag {
    let t = ex.t();
    let date = display_date_in(d.date.as_deref(), d.date_precision, d.date_estimated, ex.ui_lang());
    let mut nodes = Vec::new();
    if let Some(p) = &d.publisher {
        nodes.push(elc("span", "publisher").text(p).into());
    }
    nodes.push(
        el("time")
            .attr("datetime", d.date.as_deref().unwrap_or_default())
            .attr("title", d.date_evidence.get(ex.ui_lang()))
            .text(&date)
            .into(),
    );
    if d.date_estimated {
        nodes.push(elc("span", "estimated").text(&format!(" {}", t.estimated)).into());
        nodes.extend(date_evidence(ex, d));
    }
    nodes
}

/// An `<a>` that opens the article `id` over the current state.
pub(crate) fn doc_href(ex: Explorer, id: &str) -> El {
    let id = id.to_string();
    el("a").attr_dyn("href", move || Some(ex.href_for(&id)))
}

/// A link that opens an article, labelled with its headline.
pub(crate) fn doc_link(ex: Explorer, id: &str) -> El {
    #[cfg(not(chunked))]
    {
        let title = ex.position(id).map_or(id, |p| ex.doc(p).title.as_str());
        doc_href(ex, id).text(title)
    }
    // A chunked build: the id until the metadata naming the article has arrived.
    #[cfg(chunked)]
    {
        let key = id.to_string();
        doc_href(ex, id).text_dyn(move || ex.position(&key).map_or(key.clone(), |p| ex.doc(p).title.clone()))
    }
}
