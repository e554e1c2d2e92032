//! Notices about a link that had to be repaired (unknown settings, bad dates), dismissible.

use crate::dom::{button, dyn_child, el, elc, Frag};
use crate::explorer::Explorer;
use explorer_core::labels::notice_in;
use leptos::prelude::*;

/// Notices about a link that had to be repaired, dismissible.
pub fn notices(ex: Explorer) -> Frag {
    let t = ex.t();
    dyn_child(
        // Rendered to text right away: the notices themselves are not copied.
        move || ex.notices.with(|ns| ns.iter().map(|n| notice_in(n, ex.ui_lang())).collect::<Vec<String>>()),
        move |notices| {
            if notices.is_empty() {
                return Vec::new();
            }
            vec![elc("div", "notice")
                .attr("role", "alert")
                .child(el("ul").items(notices.iter().map(|n| el("li").text(n))))
                .child(button(None, t.dismiss).on_click(move |_| ex.notices.set(Vec::new())))
                .into()]
        },
    )
}
