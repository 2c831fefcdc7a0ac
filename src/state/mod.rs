//! The reactive store: one document, and the report derived from it once per change; and keeping it.
//!
//! Keeping is split so that its rules are plain Rust, tested natively over a store in memory:
//! - `storage`: the key-value [`storage::Store`] trait, localStorage (through gloo-storage) and memory;
//! - `drafts`: the draft index and each draft with its revision: read, write, rename, delete, undo;
//! - `startup`: which document opens (a share link, else the draft opened last, else the example);
//! - `autosave`: the open draft, the debounced save and the conflict control between tabs;
//! - `preferences`: the language chosen last;
//! - `notice`: what keeping has to tell the user;
//! - `page`: the browser page around it (address, clock), shared with the first view;
//! - `keep`: the signals, timers and browser events over `autosave`, for the interface;
//! - `signals`: the document and its report as Leptos signals (`AppState`).
//!
//! `keep` and `signals` need the feature `app` (Leptos); the rest is what the small first module reads too.

pub mod autosave;
pub mod drafts;
#[cfg(feature = "app")]
pub mod keep;
pub mod notice;
pub mod page;
pub mod preferences;
#[cfg(feature = "app")]
mod signals;
pub mod startup;
pub mod storage;

#[cfg(feature = "app")]
pub use signals::{use_state, AppState};
