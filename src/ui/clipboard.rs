//! Copying a text the page shows in a read-only field. `navigator.clipboard` is missing outside a secure
//! context (plain http, as on a local network) and in old browsers, and may refuse; the text is then
//! selected in its field, so the user copies it with one key press instead of getting nothing.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// How a copy ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    /// The text is on the clipboard.
    Yes,
    /// The text is selected in its field, for the user to copy.
    ByHand,
}

/// Starts writing `text` to the clipboard; `None` when the page has no clipboard. Looked up by name rather
/// than through `Navigator::clipboard`, which throws where the property is missing.
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into()
        .ok()
}

fn select(field: NodeRef<Textarea>) {
    if let Some(field) = field.get_untracked() {
        let _ = field.focus();
        field.select();
    }
}

/// Copies `text`, which `field` shows; where the clipboard is missing or refuses, selects the field instead.
/// `done` hears how it ended, possibly after the clipboard's answer.
pub fn copy_text(text: &str, field: NodeRef<Textarea>, done: impl FnOnce(Copied) + 'static) {
    let Some(promise) = clipboard_write(text) else {
        select(field);
        done(Copied::ByHand);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if JsFuture::from(promise).await.is_ok() {
            done(Copied::Yes);
        } else {
            select(field);
            done(Copied::ByHand);
        }
    });
}
