//! Leptos components over the calculation core: the page frame, shared fields, one module per section,
//! and the keep/share controls at the edge.

mod app;
pub mod directory;
pub mod fields;
mod footer;
pub mod format;
pub mod guidance;
pub mod i18n;
pub mod keep;
pub mod print;
mod print_header;
pub mod sections;
mod summary;
pub mod text_file;
mod update;
pub mod viewport;

pub use app::App;
