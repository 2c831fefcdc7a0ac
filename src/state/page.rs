//! The browser page around the app, for the keeping modules: the address, the clock, and peeking at what
//! the app will open. No Leptos here: the first view uses this before the app has loaded.

use crate::domain::document::Document;
use crate::io::share_link;
use crate::state::drafts::Clock;
use crate::state::preferences::read_lang;
use crate::state::startup::choose_start;
use crate::state::storage::{usable, BrowserStore, Store};
use crate::text::Lang;

fn now() -> f64 {
    js_sys::Date::now()
}

fn random() -> u64 {
    (js_sys::Math::random() * 1e9) as u64
}

pub const BROWSER_CLOCK: Clock = Clock { now, random };

/// The address fragment, if it is a share link.
pub fn share_fragment() -> Option<String> {
    web_sys::window()?
        .location()
        .hash()
        .ok()
        .filter(|hash| share_link::is_share_fragment(hash))
}

/// Whether the address holds a wervingslink (`#bwp1.`), which opens the prospect page rather than the app.
pub fn is_prospect_address() -> bool {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .is_some_and(|hash| share_link::is_prospect_fragment(&hash))
}

/// Loads the page afresh from the same address.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Takes the fragment out of the address without a reload or a history entry, so that a reload does not
/// open the same link again.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let path = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// The document the page is about to open, read without changing anything: the first view shows it while
/// the app loads, then the app (`KeepState::start`) opens the same one by the same rule.
pub fn peek_start_document() -> Document {
    let (store, _) = usable(BrowserStore::open());
    let fragment = share_fragment();
    choose_start(
        fragment.as_deref(),
        store.as_ref().map(|store| store as &dyn Store),
        BROWSER_CLOCK.next_budget_year(),
    )
    .document
}

/// The language chosen last in this browser, else Dutch.
pub fn peek_lang() -> Lang {
    BrowserStore::open()
        .ok()
        .and_then(|store| read_lang(&store))
        .unwrap_or_default()
}
