//! Bijdragewijzer: decide and explain the community contribution of a collaboration of municipalities.
//!
//! The layers, from the bottom up; each imports only those above it in this list:
//! - `domain`: the calculation core in plain Rust;
//! - `io` (files, links, CSV), `charts` (the charts' numbers and options), `text` (the language, every word
//!   and how figures are written) and `html` (escaping, tables, buttons' looks, the header: markup as text);
//! - `state`: the document, its report and its drafts, kept as plain Rust with a thin reactive layer;
//! - `page_contract`, below all of them: the names the Rust modules and the page's JavaScript share;
//! - `first_view` and `prospect_page`: what the small first module draws, written as HTML text without
//!   Leptos; and `ui`, the app's Leptos components, which exists only with the feature `app`.

// Input reaches every module (parsing, validation, the report and everything that writes it out); a panic
// aborts the whole WebAssembly app, so no module may unwrap, expect or index (issue 14). Tests may:
// clippy.toml allows the three in `#[test]` code.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod charts;
pub mod domain;
pub mod first_view;
pub mod html;
pub mod io;
pub mod page_contract;
pub mod prospect_page;
pub mod state;
pub mod text;
#[cfg(feature = "app")]
pub mod ui;
