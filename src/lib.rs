//! Bijdragewijzer: decide and explain the community contribution of a collaboration of municipalities.
//!
//! `domain` is the calculation core in plain Rust; `ui` renders it with Leptos.

pub mod domain;
pub mod ui;
