//! The light / dark / system switch of the page header: what it sets is the page's
//! theme (`browser::apply_theme`), not the explorer's state, so it is not in the URL.

use crate::browser::apply_theme;
use crate::components::select_box::select_box;
use crate::dom::El;
use crate::explorer::Explorer;

/// Light / dark / system switch.
pub(crate) fn theme_switch(ex: Explorer, initial: Option<bool>) -> El {
    let t = ex.t();
    let value = match initial {
        Some(true) => "dark",
        Some(false) => "light",
        None => "system",
    };
    let options = [("system", t.themes[0]), ("light", t.themes[1]), ("dark", t.themes[2])]
        .map(|(v, label)| (v, label, v == value));
    select_box(t.theme, &options, |v| {
        apply_theme(match v.as_str() {
            "dark" => Some(true),
            "light" => Some(false),
            _ => None,
        })
    })
}
