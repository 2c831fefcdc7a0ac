//! Bijdragewijzer: decide and explain the community contribution of a collaboration of municipalities.
//!
//! `domain` is the calculation core in plain Rust; `state` holds the document and its report as signals;
//! `ui` renders them with Leptos; `io` (files, links, CSV) and `charts` are adapters at the edge;
//! `first_view` is what the small first module shows while the app loads, written without Leptos.

pub mod charts;
pub mod domain;
pub mod first_view;
pub mod io;
pub mod state;
pub mod ui;
