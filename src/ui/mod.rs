//! Leptos components over the calculation core: the page frame, shared fields, one module per section,
//! and the keep/share controls at the edge.

mod app;
pub mod button;
pub mod directory;
// Reading what is typed and writing figures and messages: no unwrap, expect or indexing (issue 14).
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod fields;
mod footer;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod format;
pub mod guidance;
pub mod help;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod i18n;
pub mod keep;
pub mod print;
mod print_header;
pub mod sections;
mod summary;
pub mod table;
pub mod text_file;
mod update;
pub mod viewport;
pub mod words;

pub use app::App;
