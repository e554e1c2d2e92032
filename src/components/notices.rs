//! Notices about a link that had to be repaired (unknown settings, bad dates), dismissible.

use crate::dom::{button, el, elc, region, Frag};
use crate::explorer::Explorer;
use leptos::prelude::*;

/// Notices about a link that had to be repaired, dismissible.
pub fn notices(ex: Explorer) -> Frag {
    let t = ex.t();
    region(move || {
        let notices = ex.notices.get();
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
