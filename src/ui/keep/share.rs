//! The share link: made on request, kept up to date while open, with its length and a copy button.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::io::share_link::{link, MAX_LINK_CHARS};
use crate::state::use_state;
use crate::ui::button::Button;
use crate::ui::words::words;

fn page_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

#[component]
pub fn SharePanel() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().keep();
    let shown = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    // Recomputed on every change while shown, so a copied link always holds what is on screen.
    let current_link = Memo::new(move |_| {
        shown.get().then(|| {
            state
                .document
                .with(|document| link(&page_address(), document))
        })
    });
    Effect::new(move |_| {
        current_link.track();
        copied.set(None);
    });
    let copy = move |_| {
        let Some(text) = current_link.get_untracked() else {
            return;
        };
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            copied.set(Some(JsFuture::from(promise).await.is_ok()));
        });
    };
    let output_id = crate::ui::fields::unique_id("share-link");
    let panel = move || {
        let output_id = output_id.clone();
        current_link.get().map(|text| {
            let length = text.chars().count();
            if length > MAX_LINK_CHARS {
                return view! {
                    <p class="bw-keep-notice bw-warning" data-testid="link-too-long" role="status">
                        {texts().link_too_long(length, MAX_LINK_CHARS)}
                    </p>
                }
                .into_any();
            }
            view! {
                <div class="bw-share utrecht-form-field">
                    <label class="utrecht-form-label" for=output_id.clone()>{texts().link_label}</label>
                    <textarea id=output_id class="utrecht-textarea bw-share__link" data-testid="share-link-output" readonly rows="3" prop:value=text></textarea>
                    <p class="bw-keep-hint" data-testid="share-link-length">{texts().link_length(length)}</p>
                    <Button label=words(|l| l.keep().copy_link) testid="copy-link" on_click=copy />
                    <p role="status" class="bw-keep-hint">
                        {move || copied.get().map(|ok| if ok { texts().copied } else { texts().copy_failed })}
                    </p>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <div class="bw-share-panel">
            <Button label=words(|l| l.keep().share_link) testid="share-link" expanded=shown
                on_click=move |_| shown.update(|shown| *shown = !*shown) />
            {panel}
        </div>
    }
}
