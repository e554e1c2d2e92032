//! The heading and count line each view (results, timeline, people) opens with.

use crate::components::count_line::count_line;
use crate::dom::{elc, focus_on, Frag};
use crate::explorer::Explorer;

/// The heading and count line of the timeline and people views.
pub(crate) fn view_heading(ex: Explorer, title: &str) -> Frag {
    let heading = elc("h2", "view-title").attr("id", "results-heading").attr("tabindex", "-1").text(title);
    focus_on(&heading, ex.focus.main);
    vec![heading.into(), count_line(ex, ex.ui_lang()).into()]
}
