//! Printing as a report. On screen the sections join the page as they come near, and the charts load and
//! draw only near the viewport; on paper everything must be there. [`PrintMode`] says when the page is
//! being printed: from `beforeprint` to `afterprint`, and while print media applies (a print preview, or
//! print media emulated by a test). While it is on, every section is mounted and the charts are drawn
//! for paper, within the microtasks that follow `beforeprint`, before the browser lays out the pages.
//!
//! Ctrl+P and the browser's menu cannot wait for anything that loads, so ECharts is fetched a few seconds
//! after the page has settled, near the charts or not (`ui::sections::charts`); printed before that, the
//! charts' tables take their place. The print button can wait: it loads ECharts if needed, turns print
//! mode on, lets the charts draw, and only then opens the print dialog.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::charts::echarts;

/// The size the charts are drawn at for paper, in CSS pixels: the width of an A4 page within the margins
/// of style/print.css (186 mm, about 703 px) with a little room to spare. The stylesheet scales the
/// drawing to the width of the page, so a different paper size still fits.
pub const CHART_WIDTH: u32 = 680;
pub const CHART_HEIGHT: u32 = 270;

#[derive(Clone, Copy)]
pub struct PrintMode {
    active: RwSignal<bool>,
}

impl PrintMode {
    /// Follows the browser's print events and print media for the life of the page, and provides itself
    /// as context.
    pub fn install() -> PrintMode {
        let mode = PrintMode {
            active: RwSignal::new(false),
        };
        let before = window_event_listener_untyped("beforeprint", move |_| mode.active.set(true));
        let after = window_event_listener_untyped("afterprint", move |_| mode.active.set(false));
        // Listeners for the life of the page.
        let _ = (before, after);
        follow_print_media(mode.active);
        provide_context(mode);
        mode
    }

    /// Whether the page is being printed (tracked).
    pub fn is_active(&self) -> bool {
        self.active.get()
    }
}

pub fn use_print_mode() -> Option<PrintMode> {
    use_context::<PrintMode>()
}

/// `matchMedia("print")` changes when print media starts or stops applying. Through `Reflect`, as the
/// rest of the page needs no MediaQueryList bindings.
fn follow_print_media(active: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let list = js_sys::Reflect::get(&window, &JsValue::from_str("matchMedia"))
        .ok()
        .and_then(|match_media| match_media.dyn_into::<js_sys::Function>().ok())
        .and_then(|match_media| match_media.call1(&window, &JsValue::from_str("print")).ok())
        .and_then(|list| list.dyn_into::<web_sys::EventTarget>().ok());
    let Some(list) = list else {
        return;
    };
    let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let matches = js_sys::Reflect::get(&event, &JsValue::from_str("matches"))
            .ok()
            .and_then(|matches| matches.as_bool())
            .unwrap_or(false);
        active.set(matches);
    });
    if list
        .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
        .is_ok()
    {
        // The list holds the listener for the life of the page.
        on_change.forget();
    }
}

/// The print button: everything mounted and drawn for paper first, then the print dialog.
/// `window.print()` pauses the page while its dialog is open, so nothing could be drawn after it.
pub fn print_report(mode: Option<PrintMode>) {
    let open_dialog = || {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let Some(mode) = mode else {
        open_dialog();
        return;
    };
    mode.active.set(true);
    // Without ECharts the tables of the charts are printed instead; the dialog opens either way.
    echarts::load(move |_| {
        // One frame for the sections and charts that print mode mounts and draws, one to be sure.
        request_animation_frame(move || request_animation_frame(open_dialog));
    });
}
