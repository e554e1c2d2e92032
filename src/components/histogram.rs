//! The date histogram: bars per day, month, year or decade (as the spread needs),
//! chosen by click or keyboard to set the date range, a month drilling into its days.

use crate::browser::active_element;
use crate::dom::{button, dyn_child, el, elc, El, Frag};
use crate::explorer::Explorer;
use explorer_core::calendar::day_string;
use explorer_core::insights::{day_histogram, drilled_month, histogram};
use explorer_core::labels::{display_date_in, tr};
use explorer_core::state::{normalise_day, State};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Articles per month as bars, or per day once the date range lies within one month:
/// choosing a bar sets the date range to it (a month then opens its days);
/// Shift-choosing another, or dragging across bars, extends the range. Arrow keys move
/// between bars, Shift with an arrow extends the range.
pub(crate) fn histogram_view(ex: Explorer) -> Frag {
    let (t, lang) = (ex.t(), ex.ui_lang());
    let x = tr(lang);
    // Not a signal: nothing on the page shows it.
    let drag_from = std::rc::Rc::new(std::cell::Cell::new(None::<(u32, u32)>));
    // The bars on the page with their days, for the keyboard and for focus after a
    // rebuild: handles kept here, never looked up again in the page.
    let shown = Shown::default();
    // The bars are laid out again only when the periods change (drilling into a month
    // or out); a keystroke only updates their heights, names and pressed states.
    let range = Memo::new(move |_| {
        ex.state.with(|s| {
            let q = s.query();
            (q.from, q.to)
        })
    });
    // The month drilled into (`yyyymm`), if any.
    let drilled = Memo::new(move |_| range.with(|&(from, to)| drilled_month(from, to)));
    let bars = Memo::new(move |_| {
        let month = drilled.get();
        ex.results.with(|r| {
            let ids = r.doc_ids();
            match month {
                Some(m) => day_histogram(&ex.data.index.estimated, &ex.data.index.days, &ids, m),
                None => histogram(&ex.data.index.estimated, &ex.data.index.days, &ids),
            }
        })
    });
    dyn_child(
        move || drilled.get(),
        move |month| {
            let periods: Vec<(String, u32, u32)> =
                bars.with(|b| b.iter().map(|b| (b.period.clone(), b.first, b.last)).collect());
            if periods.len() < 2 {
                return Vec::new();
            }
            let name = match month {
                Some(_) => x.per_day,
                // Year (or decade) bars: their periods are bare years.
                None if periods[0].0.len() == 4 => t.per_year,
                None => t.per_month,
            };
            // The first and last periods under the bars (the bars' own names carry them too).
            let ends = [&periods[0], &periods[periods.len() - 1]]
                .map(|(p, _, _)| el("span").text(&display_date_in(Some(p), None, false, lang)));
            let mut nodes: Frag = Vec::new();
            if let Some(m) = month {
                let shown = shown.clone();
                let back =
                    button(Some("linklike zoom-out"), &format!("← {}", x.all_months)).on_click(move |_| {
                        ex.update(true, |s| {
                            s.from = None;
                            s.to = None;
                            s.doc = None;
                        });
                        refocus_bar(&shown, m * 100 + 1);
                    });
                nodes.push(back.into());
            }
            // The bars being built, with their days: what `shown` holds once they are.
            let mut next = Vec::new();
            let bar_els: Vec<El> = periods
                .into_iter()
                .enumerate()
                .map(|(i, (period, first, last))| {
                    let period = display_date_in(Some(&period), None, false, lang);
                    let hb = HistBar {
                        i,
                        period,
                        first,
                        last,
                        range,
                        bars,
                        drag_from: drag_from.clone(),
                        shown: shown.clone(),
                    };
                    let bar = histogram_bar(ex, hb);
                    next.push((first, last, bar.0.clone()));
                    bar
                })
                .collect();
            *shown.borrow_mut() = next;
            let keys = shown.clone();
            let bars_el = elc("div", if month.is_some() { "histogram days" } else { "histogram" })
                .attr("role", "group")
                .attr("aria-label", name)
                .attr("aria-describedby", "histogram-help")
                .on("keydown", move |e| histogram_key(ex, &keys, e.unchecked_ref()))
                .items(bar_els);
            nodes.push(elc("p", "sr-only").attr("id", "histogram-help").text(x.histogram_help).into());
            nodes.push(bars_el.into());
            nodes.push(elc("p", "histogram-axis").attr("aria-hidden", "true").items(ends).into());
            // Articles with no date are not in the bars: counted, and a filter of their own.
            if ex.data.index.days.iter().any(Option::is_none) {
                let undated = move || {
                    ex.results.with(|r| {
                        r.doc_ids().iter().filter(|&&d| ex.data.index.days[d as usize].is_none()).count()
                    })
                };
                let pressed = move || ex.state.with(|s| s.undated);
                let toggle = button(Some("linklike undated"), "")
                    .text_dyn(move || format!("{} ({})", t.undated, undated()))
                    .flag_dyn("aria-pressed", pressed)
                    .on_click(move |_| {
                        ex.update(true, |s| {
                            s.undated = !s.undated;
                            s.doc = None;
                        })
                    });
                nodes.push(toggle.into());
            }
            nodes
        },
    )
}

/// The bars on the page, in order, with their first and last day (`yyyymmdd`).
type Shown = std::rc::Rc<std::cell::RefCell<Vec<(u32, u32, web_sys::Element)>>>;

/// What one bar of the histogram needs.
pub(crate) struct HistBar {
    /// Its position among the bars.
    i: usize,
    /// Its period, as shown ("Jan 2026", "30 Jan 2026").
    period: String,
    /// Its first and last day (`yyyymmdd`).
    first: u32,
    last: u32,
    /// The date range of the state.
    range: Memo<(Option<u32>, Option<u32>)>,
    /// The bars' counts.
    bars: Memo<Vec<explorer_core::insights::Bar>>,
    /// Where a drag across bars started.
    drag_from: std::rc::Rc<std::cell::Cell<Option<(u32, u32)>>>,
    /// The bars on the page (to put the focus back after a rebuild).
    shown: Shown,
}

/// One bar of the histogram: a button whose height, name and pressed state follow the
/// results and the date range.
pub(crate) fn histogram_bar(ex: Explorer, b: HistBar) -> El {
    let t = ex.t();
    let HistBar { i, period, first, last, range, bars, drag_from, shown } = b;
    let drag = drag_from.clone();
    let set_range = move |first: u32, last: u32| {
        set_day_range(ex, first, last);
        // The bars are rebuilt: keep the keyboard focus on the one chosen.
        refocus_bar(&shown, first.min(last));
    };
    let inside = move || {
        let (from, to) = range.get();
        let (from, to) = (from.unwrap_or(0), to.unwrap_or(u32::MAX));
        first <= to && last >= from && (from > 0 || to < u32::MAX)
    };
    let count = move || bars.with(|b| b.get(i).map(|b| (b.count, b.estimated)).unwrap_or_default());
    let label = move || {
        let (n, estimated) = count();
        Some(format!(
            "{period}: {n} {}{}",
            if n == 1 { t.article[0] } else { t.article[1] },
            if estimated > 0 {
                format!(", {estimated} {}", t.estimated.trim_matches(['(', ')']))
            } else {
                String::new()
            },
        ))
    };
    let height = move || match count().0 {
        0 => "2px".to_string(),
        n => format!("{}%", 8 + 92 * n / bars.with(|b| b.iter().map(|b| b.count).max().unwrap_or(1).max(1))),
    };
    el("button")
        .attr("type", "button")
        .attr("class", "bar")
        .class_dyn("selected", inside)
        .attr_dyn("aria-label", label.clone())
        .flag_dyn("aria-pressed", inside)
        .attr_dyn("title", label)
        .on("pointerdown", move |e| {
            drag.set(Some((first, last)));
            // Touch captures the pointer on the first bar: release it so that the drag
            // ends on the bar under the finger.
            let e: &web_sys::PointerEvent = e.unchecked_ref();
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.release_pointer_capture(e.pointer_id());
            }
        })
        .on("pointerup", {
            let set_range = set_range.clone();
            move |_| {
                if let Some((f, l)) = drag_from.take() {
                    if f != first {
                        set_range(f.min(first), l.max(last));
                    }
                }
            }
        })
        .on_click(move |e| {
            let e: &web_sys::MouseEvent = e.unchecked_ref();
            if e.shift_key() {
                let cur = ex.state.with_untracked(|s| s.query());
                let f = cur.from.unwrap_or(first).min(first);
                let t = cur.to.unwrap_or(last).max(last);
                set_range(f, t);
            } else if e.detail() <= 1 {
                set_range(first, last);
            }
        })
        .child(elc("span", "fill").style_dyn("height", height))
}

/// Histogram keys: Left/Right (Home/End) move the focus between bars; with Shift they
/// also extend the date range to the bar reached.
pub(crate) fn histogram_key(ex: Explorer, shown: &Shown, e: &web_sys::KeyboardEvent) {
    let bars = shown.borrow().clone();
    if bars.is_empty() {
        return;
    }
    let active = active_element();
    let Some(at) = bars.iter().position(|b| Some(&b.2) == active.as_ref()) else {
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
    if e.shift_key() {
        let ((f, l, _), (tf, tl, _)) = (&bars[at], &bars[target]);
        let cur = ex.state.with_untracked(State::query);
        let first = cur.from.unwrap_or(*f).min(*f).min(*tf);
        let last = cur.to.unwrap_or(*l).max(*l).max(*tl);
        set_day_range(ex, first, last);
        refocus_bar(shown, *tf);
        return;
    }
    let _ = bars[target].2.unchecked_ref::<web_sys::HtmlElement>().focus();
}

/// After the histogram is rebuilt, puts the focus back on the bar starting on `first`
/// (or on the first bar, when the view changed from months to days).
pub(crate) fn refocus_bar(shown: &Shown, first: u32) {
    let shown = shown.clone();
    request_animation_frame(move || {
        let bars = shown.borrow();
        if let Some(bar) = bars.iter().find(|b| b.0 == first).or(bars.first()) {
            let _ = bar.2.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
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
