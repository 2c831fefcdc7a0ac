//! The first module the page loads: small, without the component framework. It shows the header and the
//! results at a glance for the document the app is about to open, in the language chosen last, then asks
//! the page to load the app (public/start.js listens for `page_contract::FIRST_VIEW_SHOWN_EVENT`). See
//! `bijdragewijzer::first_view`.
//!
//! A wervingslink (`#bwp1.`) gets the prospect page instead (`bijdragewijzer::prospect_page`), and no app
//! until the visitor opens the full calculation from it.

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::report::compute;
use bijdragewijzer::first_view::{page_html, CONTAINER_ID};
use bijdragewijzer::io::share_link::is_prospect_fragment;
use bijdragewijzer::page_contract::FIRST_VIEW_SHOWN_EVENT;
use bijdragewijzer::prospect_page;
use bijdragewijzer::state::page::{peek_lang, peek_start_document};
use bijdragewijzer::text::Lang;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn main() {
    let fragment = web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default();
    if is_prospect_fragment(&fragment) {
        // Read-only: no draft, nothing stored, no app until the visitor asks for the full calculation.
        let _ = prospect_page::live::show(&fragment, peek_lang(), Box::new(start));
        return;
    }
    start();
}

/// The usual start: the first view, then the app.
fn start() {
    // Reading the document and drawing it are two tasks, so that neither keeps a slow phone busy for long.
    let document = peek_start_document();
    let lang = peek_lang();
    let draw = move || {
        show_first_view(&document, lang);
        // Whatever happened above, the app must still come: it shows every problem where it belongs.
        if let Some(window) = web_sys::window() {
            if let Ok(event) = web_sys::Event::new(FIRST_VIEW_SHOWN_EVENT) {
                let _ = window.dispatch_event(&event);
            }
        }
    };
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(Closure::once_into_js(draw).unchecked_ref());
    }
}

fn show_first_view(document: &Document, lang: Lang) -> Option<()> {
    let page = web_sys::window()?.document()?;
    // As the app will set it, so that a screen reader does not switch voices when the app arrives.
    if let Some(root) = page.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    let body = page.body()?;
    let container = page.create_element("div").ok()?;
    container.set_id(CONTAINER_ID);
    container.set_inner_html(&page_html(document, &compute(document), lang));
    body.append_child(&container).ok()?;
    Some(())
}
