//! Leptos components over the calculation core: the page frame, shared fields, one module per section,
//! and the keep/share controls at the edge. The words (`i18n`), the way figures are written (`format`), what
//! a number field accepts (`number_rule`) and the looks of buttons are plain Rust that the small first module
//! uses too; everything with Leptos needs the feature `app`, which that module is built without.

#[cfg(feature = "app")]
mod app;
pub mod button;
#[cfg(feature = "app")]
pub mod directory;
// Reading what is typed and writing figures and messages: no unwrap, expect or indexing (issue 14).
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
#[cfg(feature = "app")]
pub mod fields;
#[cfg(feature = "app")]
mod footer;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod format;
#[cfg(feature = "app")]
pub mod guidance;
#[cfg(feature = "app")]
pub mod help;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod i18n;
#[cfg(feature = "app")]
pub mod keep;
// What a number field accepts: no unwrap, expect or indexing either (issue 14).
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod number_rule;
#[cfg(feature = "app")]
pub mod print;
#[cfg(feature = "app")]
mod print_header;
#[cfg(feature = "app")]
pub mod sections;
#[cfg(feature = "app")]
mod summary;
#[cfg(feature = "app")]
pub mod table;
#[cfg(feature = "app")]
pub mod text_file;
#[cfg(feature = "app")]
mod update;
pub mod viewport;
#[cfg(feature = "app")]
pub mod words;

#[cfg(feature = "app")]
pub use app::App;
