//! The "N of M articles" status line (a live region) above results and views.

use crate::dom::{elc, El};
use crate::explorer::Explorer;
use explorer_core::labels::count_line_in;
use explorer_core::state::UiLang;
use leptos::prelude::*;

/// "3 of 5 articles", announced politely.
pub(crate) fn count_line(ex: Explorer, lang: UiLang) -> El {
    elc("p", "count")
        .attr("role", "status")
        .attr("aria-live", "polite")
        .text_dyn(move || ex.results.with(|r| count_line_in(r.hits.len(), r.total, lang)))
}
