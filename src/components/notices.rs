//! Notices about a link that had to be repaired (unknown settings, bad dates), dismissible.

use crate::dom::{button, el, elc, region, Frag};
use crate::explorer::Explorer;
use explorer_core::labels::notice_in;
use leptos::prelude::*;

/// Notices about a link that had to be repaired, dismissible.
pub fn notices(ex: Explorer) -> Frag {
    let t = ex.t();
    region(move || {
        // Rendered to text right away: the notices themselves are not copied.
        let notices: Vec<String> =
            ex.notices.with(|ns| ns.iter().map(|n| notice_in(n, ex.ui_lang())).collect());
        if notices.is_empty() {
            return Vec::new();
        }
        untrack(|| {
            vec![elc("div", "notice")
                .attr("role", "alert")
                .child(el("ul").items(notices.iter().map(|n| el("li").text(n))))
                .child(button(None, t.dismiss).on_click(move |_| ex.notices.set(Vec::new())))
                .into()]
        })
    })
}
