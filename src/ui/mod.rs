//! Leptos components over the calculation core: the page frame, shared fields, one module per section,
//! and the keep/share controls at the edge.

mod app;
pub mod directory;
pub mod fields;
pub mod format;
pub mod i18n;
pub mod keep;
pub mod sections;
mod summary;
pub mod viewport;

pub use app::App;
