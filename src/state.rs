//! URL state (placeholder).
