//! Leptos components over the calculation core: the page frame, shared fields, one module per section,
//! and the keep/share controls at the edge.

mod app;
// Reading what is typed and writing figures and messages: no unwrap, expect or indexing (issue 14).
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod fields;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod format;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod i18n;
pub mod keep;
pub mod sections;
mod summary;
pub mod viewport;

pub use app::App;
