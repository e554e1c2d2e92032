//! The polite live region that confirms a copy ("Link copied"), shared by the toolbar
//! and the reader's citation, so a screen reader hears what a sighted reader sees.

use crate::dom::{elc, El};
use leptos::prelude::*;

/// The polite live region that says "Link copied".
pub(crate) fn status_text(copied: RwSignal<String>) -> El {
    elc("span", "copied").attr("aria-live", "polite").text_dyn(move || copied.get())
}
