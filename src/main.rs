//! The app with every editor. The page loads it after the first view (`src/bin/first_view.rs`), which it
//! replaces: the app mounts, then the first view is taken away in the same task, so no frame shows both.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(bijdragewijzer::ui::App);
    if let Some(first_view) =
        leptos::prelude::document().get_element_by_id(bijdragewijzer::first_view::CONTAINER_ID)
    {
        first_view.remove();
    }
}
