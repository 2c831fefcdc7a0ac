//! The app's Leptos components over the calculation core: the page frame, shared fields, one module per
//! section, and the keep/share controls at the edge. Only Leptos code lives here (lib.rs builds this module
//! with the feature `app` alone); the words are in `text`, the markup written as text in `html`.

mod app;
pub mod button;
pub mod clipboard;
pub mod copyable_text;
pub mod directory;
pub mod fields;
mod footer;
pub mod guidance;
pub mod help;
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
