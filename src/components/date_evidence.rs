//! "Why this date?": the evidence behind an article's date, opened on demand.

use crate::dom::{button, elc, Frag};
use crate::explorer::Explorer;
use explorer_core::labels::tr;
use explorer_core::model::Document;
use leptos::prelude::*;

/// "Why this date?": a button that shows, on demand, the evidence an estimated date
/// was reasoned from (a tooltip alone would be out of reach of keyboards and touch).
pub fn date_evidence(ex: Explorer, d: &'static Document) -> Frag {
    let x = tr(ex.ui_lang());
    let open = RwSignal::new(false);
    vec![
        button(Some("linklike why-date"), x.why_date)
            .flag_dyn("aria-expanded", move || open.get())
            .on_click(move |_| open.update(|o| *o = !*o))
            .into(),
        elc("span", "evidence")
            .attr_dyn("hidden", move || (!open.get()).then(String::new))
            .text(d.date_evidence.get(ex.ui_lang()))
            .into(),
    ]
}
