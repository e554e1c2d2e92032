//! The reader: one article's headline, credits, date, text (with the search words
//! marked and its people, places and dates as buttons that filter by them), chips,
//! related articles and thread, and copy-citation.

use crate::browser::copy_text;
use crate::components::article_meta::{doc_href, doc_link, meta};
use crate::components::chips::facet_chips;
use crate::components::highlighted::segments;
use crate::components::status_text::status_text;
use crate::dom::{button, el, elc, focus_on, El, Frag};
use crate::explorer::Explorer;
use explorer_core::evidence::related_reason_in;
use explorer_core::index::{highlight, FacetKind, ParsedQuery};
use explorer_core::insights::citation_in;
use explorer_core::labels::{tr, Tr};
use explorer_core::model::{Document, Person, Thread};
use explorer_core::reader_text::{doc_year, entity_spans, names_for, runs, EntityKind, Run};
use explorer_core::state::apply_entity;
use explorer_core::text::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A `<section>` of the reader with a heading.
pub(crate) fn reader_section(class: &str, heading_id: &str, heading: &str, list: El) -> El {
    elc("section", class)
        .attr("aria-labelledby", heading_id)
        .child(el("h3").attr("id", heading_id).text(heading))
        .child(list)
}

/// The article view: headline, provenance and the cleaned text (in a chunked build,
/// once the metadata naming the article has arrived).
pub fn reader(ex: Explorer, id: &str) -> Frag {
    #[cfg(not(chunked))]
    return vec![reader_at(ex, ex.position(id)).into()];
    #[cfg(chunked)]
    {
        let key = id.to_string();
        // `None` while the metadata naming the article is on its way, then its position
        // (`Some(None)`: no such article). The reader is built when it is known, not
        // again at every chunk's arrival.
        let pos = Memo::new(move |_| match ex.position(&key) {
            Some(p) => Some(Some(p)),
            None if ex.is_unknown(&key) => Some(None),
            None => None,
        });
        crate::dom::dyn_child(
            move || pos.get(),
            move |p| match p {
                None => Vec::new(),
                Some(p) => vec![reader_at(ex, p).into()],
            },
        )
    }
}

/// The reader of the article at `pos` (`None`: not found).
fn reader_at(ex: Explorer, pos: Option<u32>) -> El {
    let t = ex.t();
    let Some(pos) = pos else {
        return elc("p", "empty").text(t.not_found);
    };
    let d = ex.doc(pos);
    let pos = pos as usize;
    let lang = ex.data.index.langs[pos];
    let query = ex.results.with_untracked(|r| r.query.clone());
    let copied = RwSignal::new(String::new());
    let (prev, next) = ex.results.with_untracked(|r| {
        let at = r.hits.iter().position(|h| h.doc as usize == pos);
        let id = |i: usize| r.hits.get(i).filter(|h| ex.has_meta(h.doc)).map(|h| ex.doc(h.doc).id.clone());
        match at {
            Some(i) => (i.checked_sub(1).and_then(id), id(i + 1)),
            None => (None, None),
        }
    });
    let heading = el("h2").attr("id", "reader-title").attr("tabindex", "-1").text(&d.title);
    let h: web_sys::HtmlElement = heading.0.clone().unchecked_into();
    // Once the reader is on the page; and again for "Skip to results".
    request_animation_frame(move || {
        let _ = h.focus();
    });
    focus_on(&heading, ex.focus.main);
    let mut meta_line = elc("p", "meta").kids(meta(ex, d));
    if !d.authors.is_empty() {
        meta_line =
            meta_line.child(elc("span", "authors").text(&format!("{} {}", t.by, d.authors.join(", "))));
    }
    let pair = |dt: &str, dd: &str| [el("dt").text(dt), el("dd").text(dd)];
    let mut dl = el("dl").items(pair(t.source_file, &d.file));
    if !d.duplicates.is_empty() {
        dl = dl
            .child(el("dt").text(t.duplicates))
            .child(elc("dd", "duplicates").text(&d.duplicates.join(", ")));
    }
    dl = dl
        .items(pair(t.publisher, d.publisher.as_deref().unwrap_or(t.not_named)))
        .items(pair(t.date, d.date_evidence.get(ex.ui_lang())));
    if d.title_derived {
        dl = dl.items(pair(t.headline, t.derived_headline));
    }
    let link = |rel: &str, id: Option<String>, label: &str| {
        id.map(|id| doc_href(ex, &id).attr("rel", rel).text(label))
    };
    let mut article = elc("article", "reader")
        .attr("aria-labelledby", "reader-title")
        .child(button(Some("back"), t.back).on_click(move |_| ex.update(true, |s| s.doc = None)))
        .child(heading)
        .kids(ex.with_text(pos as u32, |d, _| {
            d.standfirst.as_deref().map(|s| vec![elc("p", "standfirst").text(s).into()]).unwrap_or_default()
        }))
        .child(meta_line)
        .child(elc("details", "provenance").child(el("summary").text(t.provenance)).child(dl))
        .child_opt(facet_chips(ex, &d.persons, FacetKind::Person))
        .child(
            elc("div", "reader-actions")
                .child(button(None, t.copy_citation).on_click(move |_| {
                    copy_text(&citation_in(d, ex.ui_lang()), copied, t.citation_copied, t.copy_failed)
                }))
                .child(status_text(copied)),
        )
        .kids(ex.with_text(pos as u32, move |d, people| reader_body(ex, d, people, lang, &query)))
        .child(
            elc("nav", "prevnext")
                .attr("aria-label", t.prev_next)
                .child_opt(link("prev", prev, t.prev))
                .child_opt(link("next", next, t.next)),
        );
    article = article.kids(ex.with_text(pos as u32, move |d, _| {
        if d.related.is_empty() {
            return Vec::new();
        }
        let items = d.related.iter().map(|r| {
            el("li")
                .child(doc_link(ex, &r.id))
                .child(elc("span", "reason").text(&related_reason_in(&r.reason, ex.ui_lang())))
        });
        vec![reader_section("related", "related-title", t.related, el("ul").items(items)).into()]
    }));
    let thread = move |threads: Option<&'static [Thread]>| -> Frag {
        let th = d.thread.and_then(|t| threads?.get(t as usize)).filter(|t| t.docs.len() > 1);
        let Some(th) = th else { return Vec::new() };
        let items = th.docs.iter().map(|id| {
            if *id == d.id {
                el("li").attr("aria-current", "true").text(&d.title)
            } else {
                el("li").child(doc_link(ex, id))
            }
        });
        let heading = format!("{}: {}", t.story, th.label);
        vec![reader_section("thread", "thread-title", &heading, el("ol").items(items)).into()]
    };
    #[cfg(not(chunked))]
    {
        article = article.kids(thread(ex.threads()));
    }
    // A chunked build loads the threads when an article of one is opened.
    #[cfg(chunked)]
    if d.thread.is_some() {
        article = article.kids(crate::dom::dyn_child(move || ex.threads(), thread));
    }
    article
}

/// The article text with the search words marked and its people, places and dates as
/// buttons that filter by them.
pub fn reader_body(
    ex: Explorer,
    d: &'static Document,
    people: &[Person],
    lang: Lang,
    query: &ParsedQuery,
) -> Frag {
    let x = tr(ex.ui_lang());
    let names = names_for(people, d);
    let year = doc_year(d);
    let paragraphs = d.paragraphs.iter().map(|p| {
        let spans = entity_spans(p, &names, year);
        let runs = runs(p, &spans, &highlight(p, query, lang));
        el("p").kids(runs.into_iter().flat_map(|r| run_view(ex, x, r)).collect())
    });
    vec![elc("p", "reader-hint").text(x.reader_hint).into(), elc("div", "body").items(paragraphs).into()]
}

pub(crate) fn run_view(ex: Explorer, x: &'static Tr, run: Run) -> Frag {
    let Some(entity) = run.entity else { return segments(run.parts) };
    let (class, title) = match entity.kind {
        EntityKind::Person => ("entity person-name", x.filter_person),
        EntityKind::Place => ("entity place-name", x.filter_place),
        EntityKind::Date => ("entity date-name", x.filter_date),
    };
    let button = el("button")
        .attr("type", "button")
        .attr("class", class)
        .attr("title", title)
        .attr("data-value", &entity.value)
        .kids(segments(run.parts))
        .on_click(move |_| {
            ex.update(true, |s| apply_entity(s, &entity));
            // The reader is gone: land on the results it led to.
            ex.focus.main.set(true);
        });
    vec![button.into()]
}
