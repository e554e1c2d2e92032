//! Components and helpers of the exploring experience added on top of [`crate::app`]:
//! the reader's clickable people, places and dates, the phone "Filters" disclosure,
//! the histogram's keyboard operation, and finding our own elements when the app
//! lives in a shadow root (script embed).
//!
//! Why a module of its own: `app.rs` holds the core wiring (search box, URL writing,
//! result list) and changes for other reasons; what is here only plugs into it.
//! The decisions (what is a name or a date, which day range a date covers) live in
//! the pure [`explorer_core::reader_text`] module; these components only render [`Run`]s as
//! text nodes, `<mark>`s and buttons, never as HTML.

use crate::app::{segments, Explorer};
use crate::dom::{button, el, elc, region, El, Frag};
use explorer_core::calendar::days_in_month;
use explorer_core::index::Data;
use explorer_core::index::{highlight, FacetKind, ParsedQuery};
use explorer_core::labels::filter_remove_name_in;
use explorer_core::model::Document;
use explorer_core::reader_text::{doc_year, entity_spans, names_for, runs, Entity, EntityKind, Run};
use explorer_core::state::{normalise_day, Filter, State, UiLang};
use explorer_core::text::Lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The texts these components add, in one language.
#[derive(Debug)]
pub struct ExploreTr {
    /// Tooltip of a person in the reader.
    pub filter_person: &'static str,
    /// Tooltip of a place in the reader.
    pub filter_place: &'static str,
    /// Tooltip of a date in the reader.
    pub filter_date: &'static str,
    /// Hint above the article text.
    pub reader_hint: &'static str,
    /// "active" in "Filters (2 active)".
    pub active: &'static str,
    /// Accessible name of the day histogram.
    pub per_day: &'static str,
    /// Button leaving the day histogram.
    pub all_months: &'static str,
    /// How to use the histogram from the keyboard.
    pub histogram_help: &'static str,
    /// "Why this date?" (opens the evidence of an estimated date).
    pub why_date: &'static str,
    /// Empty results, when removing one filter would bring articles back.
    pub rescue: &'static str,
    /// "or" before "clear them all".
    pub or: &'static str,
}

const EN: ExploreTr = ExploreTr {
    filter_person: "Show the articles that mention this person",
    filter_place: "Show the articles that mention this place",
    filter_date: "Show the articles of this date",
    reader_hint: "Highlighted names, places and dates are buttons: choose one to filter the articles by it.",
    active: "active",
    per_day: "Articles per day",
    all_months: "All months",
    histogram_help: "Choose a bar to keep its dates (a month opens its days); Shift extends the range; arrow keys move between bars, Shift with an arrow extends the range.",
    why_date: "Why this date?",
    rescue: "No article matches all of these filters. Without one of them there would be some:",
    or: "or",
};

const ES: ExploreTr = ExploreTr {
    filter_person: "Mostrar los artículos que mencionan a esta persona",
    filter_place: "Mostrar los artículos que mencionan este lugar",
    filter_date: "Mostrar los artículos de esta fecha",
    reader_hint: "Los nombres, lugares y fechas resaltados son botones: elija uno para filtrar los artículos.",
    active: "activos",
    per_day: "Artículos por día",
    all_months: "Todos los meses",
    histogram_help: "Elija una barra para quedarse con sus fechas (un mes muestra sus días); Mayús amplía el intervalo; las flechas pasan de una barra a otra, Mayús con una flecha amplía el intervalo.",
    why_date: "¿Por qué esta fecha?",
    rescue: "Ningún artículo cumple todos estos filtros. Sin uno de ellos habría algunos:",
    or: "o",
};

/// The added texts in `lang`.
pub fn explore_tr(lang: UiLang) -> &'static ExploreTr {
    match lang {
        UiLang::En => &EN,
        UiLang::Es => &ES,
    }
}

/// `yyyymmdd` as `YYYY-MM-DD` (clamped to the month's last day).
pub fn day_string(d: u32) -> String {
    let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
    format!("{y:04}-{m:02}-{:02}", day.min(days_in_month(y as i32, m)))
}

/// Sets the date range to the days `first..=last` (`yyyymmdd`) and closes the reader.
pub fn set_day_range(ex: Explorer, first: u32, last: u32) {
    let from = day_string(first.min(last));
    let to = day_string(first.max(last));
    ex.update(true, |s| {
        s.from = normalise_day(&from, false);
        s.to = normalise_day(&to, true);
        s.doc = None;
    })
}

/// What choosing an entity of the reader does to the state: a person or a place is
/// added to its facet, a date becomes the date range; the reader closes on the results.
pub fn apply_entity(s: &mut State, entity: &Entity) {
    match entity.kind {
        EntityKind::Person | EntityKind::Place => {
            let kind = if entity.kind == EntityKind::Person { FacetKind::Person } else { FacetKind::Place };
            if !s.is_selected(kind, &entity.value) {
                s.toggle(kind, &entity.value);
            }
        }
        EntityKind::Date => {
            if let Some((first, last)) = entity.day_range() {
                s.from = normalise_day(&day_string(first), false);
                s.to = normalise_day(&day_string(last), true);
            }
        }
    }
    s.doc = None;
}

/// For a state with no results: each active filter whose removal alone would bring
/// articles back, with how many, most first.
pub fn rescuers(data: &Data, state: &State) -> Vec<(Filter, usize)> {
    let mut out: Vec<(Filter, usize)> = state
        .filters()
        .into_iter()
        .map(|f| {
            let mut without = state.clone();
            without.remove(&f);
            let n = data.index.search(&data.corpus.documents, &without.query()).hits.len();
            (f, n)
        })
        .filter(|(_, n)| *n > 0)
        .collect();
    explorer_core::model::sort_by_dyn(&mut out, &|a, b| b.1.cmp(&a.1));
    out
}

/// The article text with the search words marked and its people, places and dates as
/// buttons that filter by them.
pub fn reader_body(ex: Explorer, d: &'static Document, lang: Lang, query: &ParsedQuery) -> Frag {
    let x = explore_tr(ex.ui_lang());
    let names = names_for(&ex.data.corpus, d);
    let year = doc_year(d);
    let paragraphs = d.paragraphs.iter().map(|p| {
        let spans = entity_spans(p, &names, year);
        let runs = runs(p, &spans, &highlight(p, query, lang));
        el("p").kids(runs.into_iter().flat_map(|r| run_view(ex, x, r)).collect())
    });
    vec![elc("p", "reader-hint").text(x.reader_hint).into(), elc("div", "body").items(paragraphs).into()]
}

fn run_view(ex: Explorer, x: &'static ExploreTr, run: Run) -> Frag {
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
            request_animation_frame(|| {
                if let Some(h) = element_by_id("results-heading") {
                    let _ = h.focus();
                }
            });
        });
    vec![button.into()]
}

/// "Why this date?": a button that shows, on demand, the evidence an estimated date
/// was reasoned from (a tooltip alone would be out of reach of keyboards and touch).
pub fn date_evidence(ex: Explorer, d: &'static Document) -> Frag {
    let x = explore_tr(ex.ui_lang());
    let open = RwSignal::new(false);
    vec![
        button(Some("linklike why-date"), x.why_date)
            .flag_dyn("aria-expanded", move || open.get())
            .on_click(move |_| open.update(|o| *o = !*o))
            .into(),
        elc("span", "evidence")
            .attr_dyn("hidden", move || (!open.get()).then(String::new))
            .text(&d.date_evidence)
            .into(),
    ]
}

/// The empty state: names the filters whose removal would bring articles back, each a
/// button that removes it, then "clear them all".
pub fn empty_state(ex: Explorer) -> Frag {
    let lang = ex.ui_lang();
    let (t, x) = (ex.t(), explore_tr(lang));
    let clear = move || {
        button(Some("linklike"), t.clear_them_all).on_click(move |_| ex.update(true, State::clear_filters))
    };
    region(move || {
        let found = ex.state.with(|s| rescuers(ex.data, s));
        untrack(|| {
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
        })
    })
}

/// The "Filters" button that shows and hides the filters on narrow screens (where
/// they would otherwise push the results down), with the number of active filters.
pub fn filters_toggle(ex: Explorer, open: RwSignal<bool>) -> El {
    let (t, x) = (ex.t(), explore_tr(ex.ui_lang()));
    el("button")
        .attr("type", "button")
        .attr("class", "filters-toggle")
        .attr("aria-controls", "filters")
        .flag_dyn("aria-expanded", move || open.get())
        .on_click(move |_| open.update(|o| *o = !*o))
        .text_dyn(move || match ex.state.with(|s| s.filters().len()) {
            0 => t.filters.to_string(),
            n => format!("{} ({n} {})", t.filters, x.active),
        })
}

/// The shadow root the script embed mounted us into, if any (else `None`: the page's
/// own document is ours).
fn shadow_root() -> Option<web_sys::Node> {
    let mount: web_sys::Element =
        js_sys::Reflect::get(&js_sys::global(), &"__CORPUS_EXPLORER_MOUNT__".into()).ok()?.dyn_into().ok()?;
    let root = mount.get_root_node();
    (root.node_type() == web_sys::Node::DOCUMENT_FRAGMENT_NODE).then_some(root)
}

/// The focused element as far as the app is concerned: inside the script embed's
/// shadow root, the document only sees the host element, so ask the shadow root.
pub fn active_element() -> Option<web_sys::Element> {
    match shadow_root() {
        Some(root) => js_sys::Reflect::get(&root, &"activeElement".into()).ok()?.dyn_into().ok(),
        None => document().active_element(),
    }
}

/// Calls `root.method(arg)` on a shadow root (the `ShadowRoot` type is not among
/// the web-sys features this crate enables).
fn call_on(root: &web_sys::Node, method: &str, arg: &str) -> Option<wasm_bindgen::JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(root, &method.into()).ok()?.dyn_into().ok()?;
    f.call1(root, &arg.into()).ok()
}

/// Our element with a given id, inside the shadow root when embedded.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    match shadow_root() {
        Some(root) => call_on(&root, "getElementById", id)?.dyn_into().ok(),
        None => document().get_element_by_id(id)?.dyn_into().ok(),
    }
}

/// Our elements matching a CSS selector, inside the shadow root when embedded.
pub fn select_all(selector: &str) -> Vec<web_sys::HtmlElement> {
    let list: Option<web_sys::NodeList> = match shadow_root() {
        Some(root) => call_on(&root, "querySelectorAll", selector).and_then(|l| l.dyn_into().ok()),
        None => document().query_selector_all(selector).ok(),
    };
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// True when a keyboard event belongs to us: always on our own page; in the script
/// embed, when it comes from inside our shadow root or from nowhere in particular
/// (the host page's body), never from the host's own fields.
pub fn key_is_ours(e: &web_sys::KeyboardEvent) -> bool {
    let Some(root) = shadow_root() else { return true };
    let root: &wasm_bindgen::JsValue = root.as_ref();
    let inside = e.composed_path().iter().any(|n| &n == root);
    let idle = document().active_element().is_none_or(|el| el.tag_name() == "BODY");
    inside || idle
}

/// Histogram keys: Left/Right (Home/End) move the focus between bars; with Shift they
/// also extend the date range to the bar reached.
pub fn histogram_key(ex: Explorer, e: &web_sys::KeyboardEvent) {
    let bars = select_all(".histogram .bar");
    if bars.is_empty() {
        return;
    }
    let active = active_element();
    let Some(at) = bars.iter().position(|b| Some(b.unchecked_ref::<web_sys::Element>()) == active.as_ref())
    else {
        return;
    };
    let last = bars.len() - 1;
    let target = match e.key().as_str() {
        "ArrowRight" | "ArrowUp" => (at + 1).min(last),
        "ArrowLeft" | "ArrowDown" => at.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => return,
    };
    e.prevent_default();
    let range = |b: &web_sys::HtmlElement| -> Option<(u32, u32)> {
        Some((b.get_attribute("data-first")?.parse().ok()?, b.get_attribute("data-last")?.parse().ok()?))
    };
    if e.shift_key() {
        if let (Some((f, l)), Some((tf, tl))) = (range(&bars[at]), range(&bars[target])) {
            let cur = ex.state.with_untracked(State::query);
            let first = cur.from.unwrap_or(f).min(f).min(tf);
            let last = cur.to.unwrap_or(l).max(l).max(tl);
            set_day_range(ex, first, last);
            refocus_bar(tf);
            return;
        }
    }
    let _ = bars[target].focus();
}

/// After the histogram is rebuilt, puts the focus back on the bar starting on `first`
/// (or on the first bar, when the view changed from months to days).
pub fn refocus_bar(first: u32) {
    request_animation_frame(move || {
        let bars = select_all(".histogram .bar");
        let bar = bars
            .iter()
            .find(|b| b.get_attribute("data-first").as_deref() == Some(first.to_string().as_str()))
            .or(bars.first());
        if let Some(bar) = bar {
            let _ = bar.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_change_the_state() {
        let mut s = State { doc: Some("a".into()), ..State::default() };
        apply_entity(&mut s, &Entity { kind: EntityKind::Person, value: "Ines Valdor".into() });
        assert!(s.is_selected(FacetKind::Person, "Ines Valdor"));
        assert_eq!(s.doc, None);
        // Choosing it again keeps it selected (it does not toggle it off).
        apply_entity(&mut s, &Entity { kind: EntityKind::Person, value: "Ines Valdor".into() });
        assert!(s.is_selected(FacetKind::Person, "Ines Valdor"));
        apply_entity(&mut s, &Entity { kind: EntityKind::Place, value: "Argentina".into() });
        assert!(s.is_selected(FacetKind::Place, "Argentina"));
        apply_entity(&mut s, &Entity { kind: EntityKind::Date, value: "2025-02".into() });
        assert_eq!((s.from.as_deref(), s.to.as_deref()), (Some("2025-02-01"), Some("2025-02-28")));
        apply_entity(&mut s, &Entity { kind: EntityKind::Date, value: "2026-01-30".into() });
        assert_eq!((s.from.as_deref(), s.to.as_deref()), (Some("2026-01-30"), Some("2026-01-30")));
    }

    #[test]
    fn the_empty_state_names_the_filters_to_remove() {
        use explorer_core::model::{Corpus, Document};
        let doc = |id: &str, person: &str| Document {
            id: id.into(),
            title: format!("About {person}"),
            paragraphs: vec![format!("{person} spoke about ferries.")],
            persons: vec![person.into()],
            ..Document::default()
        };
        let data = Data::new(Corpus {
            documents: vec![doc("a", "Ann Lee"), doc("b", "Bo Kim")],
            ..Corpus::default()
        });
        let s = State { q: "zebra".into(), from: Some("2030-01-01".into()), ..State::default() };
        assert!(rescuers(&data, &s).is_empty(), "no single filter is to blame");
        let mut s = State { q: "ferries zebra".into(), ..State::default() };
        s.toggle(FacetKind::Person, "Ann Lee");
        assert_eq!(rescuers(&data, &s), vec![(Filter::Text("ferries zebra".into()), 1)]);
        let mut s = State { from: Some("2030-01-01".into()), ..State::default() };
        s.toggle(FacetKind::Person, "Ann Lee");
        assert_eq!(rescuers(&data, &s), vec![(Filter::From("2030-01-01".into()), 1)]);
    }

    #[test]
    fn day_strings_are_clamped_to_the_month() {
        assert_eq!(day_string(20250231), "2025-02-28");
        assert_eq!(day_string(20260130), "2026-01-30");
    }
}
