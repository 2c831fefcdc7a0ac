//! The wervingslink: made on request beside the share link, kept up to date while open, with its length,
//! a copy button and a preview that opens the prospect page in a new tab.

use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::io::share_link::{prospect_link, MAX_LINK_CHARS};
use crate::state::use_state;

fn page_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

#[component]
pub fn ProspectLinkPanel() -> impl IntoView {
    let state = use_state();
    let keep = move || state.lang.get().keep();
    let texts = move || state.lang.get().prospect_link();
    let shown = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    // Recomputed on every change while shown, so a copied link always holds what is on screen.
    let current_link = Memo::new(move |_| {
        shown.get().then(|| {
            state
                .document
                .with(|document| prospect_link(&page_address(), document))
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
    let output_id = crate::ui::fields::unique_id("prospect-link");
    let panel = move || {
        let output_id = output_id.clone();
        current_link.get().map(|text| {
            let length = text.chars().count();
            if length > MAX_LINK_CHARS {
                return view! {
                    <p class="bw-keep-notice bw-warning" data-testid="prospect-link-too-long" role="status">
                        {keep().link_too_long(length, MAX_LINK_CHARS)}
                    </p>
                }
                .into_any();
            }
            view! {
                <div class="bw-share utrecht-form-field">
                    <label class="utrecht-form-label" for=output_id.clone()>{texts().label}</label>
                    <textarea id=output_id class="utrecht-textarea bw-share__link" data-testid="prospect-link-url" readonly rows="3" prop:value=text.clone()></textarea>
                    <p class="bw-keep-hint" data-testid="prospect-link-length">{keep().link_length(length)}</p>
                    <div class="bw-keep-actions">
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="copy-prospect-link" on:click=copy>
                            {texts().copy}
                        </button>
                        <a class="utrecht-link bw-share__preview" href=text target="_blank" rel="noopener noreferrer" data-testid="prospect-link-preview">
                            {texts().preview}
                        </a>
                    </div>
                    <p role="status" class="bw-keep-hint">
                        {move || copied.get().map(|ok| if ok { keep().copied } else { keep().copy_failed })}
                    </p>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <div class="bw-share-panel">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="prospect-link"
                aria-expanded=move || shown.get().to_string()
                on:click=move |_| shown.update(|shown| *shown = !*shown)>
                {move || texts().make}
            </button>
            {panel}
        </div>
    }
}
