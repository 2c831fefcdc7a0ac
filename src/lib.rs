//! Bijdragewijzer: decide and explain the community contribution of a collaboration of municipalities.
//!
//! `domain` is the calculation core in plain Rust; `state` holds the document and its report as signals;
//! `ui` renders them with Leptos.

pub mod domain;
pub mod state;
pub mod ui;
