//! The calculation core: plain Rust, no Leptos, no web-sys.
