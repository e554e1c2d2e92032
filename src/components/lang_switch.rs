//! The interface language switch of the page header; the language is part of the
//! explorer's state, so a shared link opens in it.

use crate::components::select_box::select_box;
use crate::dom::El;
use crate::explorer::Explorer;
use explorer_core::state::UiLang;

/// English / Spanish switch; the choice is kept in the URL.
pub(crate) fn lang_switch(ex: Explorer) -> El {
    let current = ex.ui_lang();
    let options = [("en", "English", current == UiLang::En), ("es", "Español", current == UiLang::Es)];
    select_box(ex.t().language, &options, move |v| {
        let lang = UiLang::from_key(&v);
        ex.update(true, |s| s.lang = lang)
    })
}
