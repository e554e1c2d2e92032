//! Search index (placeholder).
