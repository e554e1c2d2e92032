//! Text with the search words marked: highlight `Segment`s as text nodes and `<mark>`s.

use crate::dom::{el, text, Frag};
use explorer_core::index::Segment;

/// Highlighted segments as text and `<mark>` nodes (never as HTML).
pub(crate) fn segments(segments: Vec<Segment>) -> Frag {
    segments.iter().map(|s| if s.mark { el("mark").text(&s.text).into() } else { text(&s.text) }).collect()
}
