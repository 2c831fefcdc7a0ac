//! The prospect page in the browser: draws the markup of this module's parent and wires the field. One
//! listener per event type on the page's container (the markup is redrawn whole when the language
//! changes, so listeners on its elements would be lost); the field's keyboard rules are `combobox`'s.
//!
//! Nothing is stored: not the document, not a draft, not the language. Only when the visitor follows
//! "Open de volledige berekening" (a link to the same document as a share link) does the page hand over
//! to the usual start: the first view, then the app, which opens the link as a new draft.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, KeyboardEvent};

use super::combobox::{Combobox, Key, Outcome};
use super::{
    answer_html, full_calculation_link, link_error_html, matches, option_id, options_html,
    page_html, status_text, typed_choice, ProspectChoice, ProspectMatches, ANSWER_ID, CONTAINER_ID,
    INPUT_ID, LANG_ID, POPUP_ID, STATUS_ID,
};
use crate::domain::document::Document;
use crate::domain::report::{compute, Report};
use crate::domain::validation::Problem;
use crate::io::share_link::{decode_prospect, is_prospect_fragment, is_share_fragment};
use crate::state::preferences::write_lang;
use crate::state::storage::BrowserStore;
use crate::text::Lang;

struct Live {
    /// The address fragment this page was drawn for, with its `#`.
    fragment: String,
    document: Document,
    report: Result<Report, Vec<Problem>>,
    lang: Lang,
    /// The visitor switched the language here: the app should open in it too.
    lang_switched: bool,
    /// The same document as a share link, for "Open de volledige berekening".
    share_link: String,
    matches: ProspectMatches,
    combobox: Combobox,
    chosen: Option<ProspectChoice>,
    /// The usual start (first view, then the app), once the visitor opens the full calculation.
    open_app: Option<Box<dyn FnOnce()>>,
}

type Shared = Rc<RefCell<Live>>;

fn page() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

fn element(id: &str) -> Option<Element> {
    page()?.get_element_by_id(id)
}

fn input() -> Option<HtmlInputElement> {
    element(INPUT_ID)?.dyn_into().ok()
}

/// Shows the page for the wervingslink in `fragment`. `open_app` is the usual start of the page, run when
/// the visitor opens the full calculation.
pub fn show(fragment: &str, lang: Lang, open_app: Box<dyn FnOnce()>) -> Option<()> {
    let window = web_sys::window()?;
    let page = window.document()?;
    if let Some(root) = page.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    let container = page.create_element("div").ok()?;
    container.set_id(CONTAINER_ID);
    let address = window.location().href().ok()?;
    let share_link = full_calculation_link(&address, fragment);
    let document = match decode_prospect(fragment) {
        Ok(document) => document,
        Err(error) => {
            container.set_inner_html(&link_error_html(&error, lang, &share_link));
            page.body()?.append_child(&container).ok()?;
            // The way on to the full calculation, when the error page offers it.
            let mut open_app = Some(open_app);
            on(&window, "hashchange", move |_| {
                if let (true, Some(open)) = (is_share_fragment(&current_hash()), open_app.take()) {
                    start_app(open);
                }
            });
            return Some(());
        }
    };
    page.body()?.append_child(&container).ok()?;
    let live: Shared = Rc::new(RefCell::new(Live {
        fragment: window.location().hash().unwrap_or_default(),
        report: compute(&document),
        document,
        lang,
        lang_switched: false,
        share_link,
        matches: ProspectMatches::default(),
        combobox: Combobox::default(),
        chosen: None,
        open_app: Some(open_app),
    }));
    draw_page(&live.borrow(), "");
    listen(&live, &container);
    Some(())
}

fn draw_page(live: &Live, field_value: &str) {
    let Some(container) = element(CONTAINER_ID) else {
        return;
    };
    let answer = match (&live.report, &live.chosen) {
        (Ok(report), Some(choice)) => answer_html(&live.document, report, choice, live.lang).html,
        _ => String::new(),
    };
    container.set_inner_html(&page_html(
        &live.document,
        &live.report,
        live.lang,
        &live.share_link,
        field_value,
        &answer,
    ));
}

/// The list under the field and the field's ARIA state.
fn draw_list(live: &Live) {
    let combobox = live.combobox;
    let shown = combobox.open && !live.matches.options.is_empty();
    if let Some(popup) = element(POPUP_ID) {
        popup.set_inner_html(&options_html(&live.matches, combobox.active, live.lang));
        let _ = if shown {
            popup.remove_attribute("hidden")
        } else {
            popup.set_attribute("hidden", "")
        };
    }
    if let Some(input) = input() {
        let _ = input.set_attribute("aria-expanded", if shown { "true" } else { "false" });
        let _ = match combobox.active.filter(|_| shown) {
            Some(index) => input.set_attribute("aria-activedescendant", &option_id(index)),
            None => input.remove_attribute("aria-activedescendant"),
        };
    }
}

fn set_status(text: &str) {
    if let Some(status) = element(STATUS_ID) {
        status.set_text_content(Some(text));
    }
}

fn typed(live: &mut Live, value: &str) {
    let Ok(report) = &live.report else {
        return;
    };
    live.matches = matches(report, value);
    live.combobox.show(live.matches.options.len());
    draw_list(live);
    set_status(&status_text(&live.matches, live.lang));
}

fn choose(live: &mut Live, choice: ProspectChoice) {
    live.combobox.close();
    draw_list(live);
    let Ok(report) = &live.report else {
        return;
    };
    let answered = answer_html(&live.document, report, &choice, live.lang);
    if let Some(input) = input() {
        input.set_value(&choice.field_text(live.lang));
    }
    if let Some(answer) = element(ANSWER_ID) {
        answer.set_inner_html(&answered.html);
    }
    set_status(&answered.status);
    live.chosen = Some(choice);
}

/// Enter without a highlighted option, or leaving the field: what was typed, if it says who.
fn choose_typed(live: &mut Live) {
    let Ok(report) = &live.report else {
        return;
    };
    let value = input().map(|input| input.value()).unwrap_or_default();
    if live
        .chosen
        .as_ref()
        .is_some_and(|chosen| chosen.field_text(live.lang) == value)
    {
        return;
    }
    let found = matches(report, &value);
    match typed_choice(report, &value, &found) {
        Some(choice) => choose(live, choice),
        None => {
            // Not clear yet: show what there is to choose from, or why nothing.
            live.matches = found;
            live.combobox.show(live.matches.options.len());
            draw_list(live);
            set_status(&status_text(&live.matches, live.lang));
        }
    }
}

fn key(live: &mut Live, event: &KeyboardEvent) {
    let Some(key) = Key::from_name(&event.key()) else {
        return;
    };
    match live.combobox.key(key) {
        Outcome::Ignored => return,
        Outcome::Redraw => draw_list(live),
        Outcome::Choose(index) => {
            if let Some(choice) = live.matches.options.get(index).cloned() {
                choose(live, choice);
            }
        }
        Outcome::ChooseTyped => choose_typed(live),
    }
    event.prevent_default();
}

fn switch_language(live: &mut Live) {
    let value = input().map(|input| input.value()).unwrap_or_default();
    live.lang = live.lang.other();
    live.lang_switched = !live.lang_switched;
    if let Some(root) = page().and_then(|page| page.document_element()) {
        let _ = root.set_attribute("lang", live.lang.code());
    }
    live.combobox.close();
    draw_page(live, &value);
    if let Some(button) = element(LANG_ID).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = button.focus();
    }
}

/// "Open de volledige berekening" followed: the address now holds the share link. The page becomes the
/// usual one, which opens it as a new draft. Back to the wervingslink (the browser's Back button) draws
/// the prospect page again.
fn address_changed(live: &Shared) {
    let hash = current_hash();
    if is_share_fragment(&hash) {
        let (open, lang) = {
            let mut live = live.borrow_mut();
            let lang = live.lang_switched.then_some(live.lang);
            (live.open_app.take(), lang)
        };
        let Some(open) = open else {
            return;
        };
        if let (Some(lang), Ok(store)) = (lang, BrowserStore::open()) {
            let _ = write_lang(&store, lang);
        }
        start_app(open);
        return;
    }
    // Back from the full calculation, or another wervingslink pasted into the address bar.
    // Either way the page on screen is not the one this address asks for.
    let stale = {
        let live = live.borrow();
        hash != live.fragment || live.open_app.is_none()
    };
    if is_prospect_fragment(&hash) && stale {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The page gives way to the usual one, which opens the share link now in the address.
fn start_app(open: Box<dyn FnOnce()>) {
    if let Some(container) = element(CONTAINER_ID) {
        container.remove();
    }
    open();
}

fn on(target: &web_sys::EventTarget, event: &str, handler: impl FnMut(web_sys::Event) + 'static) {
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

fn target_element(event: &web_sys::Event) -> Option<Element> {
    event.target()?.dyn_into::<Element>().ok()
}

fn from_field(event: &web_sys::Event) -> bool {
    target_element(event).is_some_and(|target| target.id() == INPUT_ID)
}

fn listen(live: &Shared, container: &Element) {
    let shared = live.clone();
    on(container, "input", move |event| {
        if from_field(&event) {
            let value = input().map(|input| input.value()).unwrap_or_default();
            typed(&mut shared.borrow_mut(), &value);
        }
    });
    let shared = live.clone();
    on(container, "keydown", move |event| {
        if let (true, Some(event)) = (from_field(&event), event.dyn_ref::<KeyboardEvent>()) {
            key(&mut shared.borrow_mut(), event);
        }
    });
    let shared = live.clone();
    on(container, "change", move |event| {
        if from_field(&event) {
            choose_typed(&mut shared.borrow_mut());
        }
    });
    let shared = live.clone();
    on(container, "focusout", move |event| {
        if from_field(&event) {
            let mut live = shared.borrow_mut();
            live.combobox.close();
            draw_list(&live);
        }
    });
    // Pressing on an option must not take the focus from the field (which would close the list first).
    on(container, "mousedown", move |event| {
        let in_popup = target_element(&event)
            .and_then(|target| target.closest(&format!("#{POPUP_ID}")).ok().flatten())
            .is_some();
        if in_popup {
            event.prevent_default();
        }
    });
    let shared = live.clone();
    on(container, "click", move |event| {
        let Some(target) = target_element(&event) else {
            return;
        };
        if target
            .closest(&format!("#{LANG_ID}"))
            .ok()
            .flatten()
            .is_some()
        {
            switch_language(&mut shared.borrow_mut());
            return;
        }
        let option = target.closest("[role=option]").ok().flatten();
        let index = option
            .and_then(|option| option.get_attribute("data-index"))
            .and_then(|index| index.parse::<usize>().ok());
        if let Some(index) = index {
            let mut live = shared.borrow_mut();
            if let Some(choice) = live.matches.options.get(index).cloned() {
                choose(&mut live, choice);
            }
        }
    });
    let shared = live.clone();
    if let Some(window) = web_sys::window() {
        on(&window, "hashchange", move |_| address_changed(&shared));
    }
}
