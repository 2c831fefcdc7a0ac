//! Leptos components over the calculation core, one module per section of the page.

mod app;
pub mod format;
pub mod i18n;
mod results;

pub use app::App;
