//! Bijdragewijzer: decide and explain the community contribution of a collaboration of municipalities.
//!
//! `domain` is the calculation core in plain Rust; `state` holds the document and its report as signals;
//! `ui` renders them with Leptos; `io` (files, links, CSV) and `charts` are adapters at the edge;
//! `first_view` is what the small first module shows while the app loads, written without Leptos;
//! `prospect_page` is the page a wervingslink opens, drawn by the same small module.

// Input reaches these modules (parsing, validation, the report and everything that writes it out); a panic
// there aborts the whole WebAssembly app, so they may not unwrap, expect or index (issue 14). Tests may.
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod charts;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod domain;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod first_view;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod io;
#[deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
#[cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)
)]
pub mod prospect_page;
pub mod state;
pub mod ui;
