//! Leptos components (placeholder).
