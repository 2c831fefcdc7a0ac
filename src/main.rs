//! The app with every editor. The page loads it after the first view (`src/bin/first_view.rs`), which it
//! replaces: the app mounts, then the first view is taken away in the same task, so no frame shows both.
//!
//! Starting takes three tasks rather than one: picking the document, computing its report, and mounting.
//! The first run of WebAssembly code is compiled as it goes, so one task doing all of it kept a slow phone
//! from answering the user for a noticeable moment; in between, the first view stays on screen.

use std::time::Duration;

use bijdragewijzer::first_view::CONTAINER_ID;
use bijdragewijzer::state::keep::KeepState;
use bijdragewijzer::state::AppState;
use bijdragewijzer::ui::App;
use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    // A share link in the address, else the draft opened last, else the built-in example; and the
    // language chosen last.
    let (keep, start_document, lang) = KeepState::start();
    set_timeout(
        move || {
            let state = AppState::new(start_document, lang);
            state.report.with_untracked(|_| ());
            set_timeout(
                move || {
                    leptos::mount::mount_to_body(move || view! { <App state keep /> });
                    if let Some(first_view) = document().get_element_by_id(CONTAINER_ID) {
                        first_view.remove();
                    }
                },
                Duration::ZERO,
            );
        },
        Duration::ZERO,
    );
}
