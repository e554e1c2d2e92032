//! The explorer's components, one per file: plain functions that build a part of the
//! page with [`crate::dom`] and keep it in step with the [`crate::explorer::Explorer`]'s
//! signals. Each reads state through signals and memos and changes it through
//! `Explorer::update`; none finds another's elements or reads state back from the page.

pub mod active_filters;
pub mod article_meta;
pub mod chips;
pub mod count_line;
pub mod date_evidence;
pub mod date_range;
pub mod empty_state;
pub mod facet_list;
pub mod filters_toggle;
pub mod highlighted;
pub mod histogram;
pub mod lang_switch;
pub mod notices;
pub mod panic_panel;
pub mod people_view;
pub mod reader;
pub mod result_item;
pub mod result_list;
pub mod search_box;
pub mod select_box;
pub mod status_text;
pub mod theme_switch;
pub mod timeline_view;
pub mod toolbar;
pub mod view_heading;
