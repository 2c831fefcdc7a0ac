//! The page: header, then the sections in the order of the decision.

use leptos::prelude::*;

use crate::domain::example::example;
use crate::state::AppState;
use crate::ui::results::Results;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(example());
    provide_context(state);
    // <html lang> follows the language switch, so screen readers pronounce the page correctly.
    Effect::new(move |_| {
        let code = state.lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });
    let texts = move || state.lang.get().texts();
    view! {
        <header class="bw-header">
            <div class="bw-container bw-header__inner">
                <div>
                    <h1 class="utrecht-heading-1">{move || texts().app_title}</h1>
                    <p class="bw-tagline">{move || texts().tagline}</p>
                </div>
                <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action"
                    data-testid="lang"
                    lang=move || state.lang.get().other().code()
                    on:click=move |_| state.lang.update(|lang| *lang = lang.other())
                >
                    {move || texts().switch_language}
                </button>
            </div>
        </header>
        <main class="bw-container" id="main">
            <Results />
        </main>
    }
}
