//! The page: header, the keep/share bar, then the sections in the order of the decision.

use leptos::prelude::*;

use crate::domain::notation::Precision;
use crate::state::drafts::KeepState;
use crate::state::AppState;
use crate::ui::keep::KeepBar;
use crate::ui::sections::{
    accountability::Accountability, advice::Advice, budget::Budget, charts::Charts,
    conclusions::Conclusions, multi_year::MultiYear, participants::ParticipantsAndKey,
    results::Results,
};

#[component]
pub fn App() -> impl IntoView {
    // Startup picks the document: a share link in the address, else the draft opened last, else the
    // built-in example; see `KeepState::start`.
    let (keep, start_document) = KeepState::start();
    let state = AppState::new(start_document);
    provide_context(state);
    provide_context(keep);
    keep.install(state);
    // <html lang> follows the language switch, so screen readers pronounce the page correctly.
    Effect::new(move |_| {
        let code = state.lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });
    let texts = move || state.lang.get().texts();
    let steps = move || {
        let texts = texts();
        [
            ("advies", texts.advice_heading),
            ("begroting", texts.budget_heading),
            ("deelnemers", texts.participants_heading),
            ("resultaten", texts.results_heading),
            ("meerjaren", texts.multi_year_heading),
            ("conclusies", texts.conclusions_heading),
            ("verantwoording", texts.accountability_heading),
        ]
        .into_iter()
        .map(|(id, heading)| view! { <li><a class="utrecht-link" href=format!("#{id}")>{heading}</a></li> })
        .collect_view()
    };
    view! {
        <a class="bw-skip-link" href="#main">{move || texts().skip_to_content}</a>
        <header class="bw-header">
            <div class="bw-container bw-header__inner">
                <div>
                    <h1 class="utrecht-heading-1">{move || texts().app_title}</h1>
                    <p class="bw-tagline">{move || texts().tagline}</p>
                </div>
                <div class="bw-header__controls">
                    <label class="bw-toggle">
                        <input
                            type="checkbox"
                            prop:checked=move || state.precision.get() == Precision::Cents
                            on:change=move |event| {
                                let cents = event_target_checked(&event);
                                state.precision.set(if cents { Precision::Cents } else { Precision::WholeEuros });
                            }
                        />
                        {move || texts().show_cents}
                    </label>
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
            </div>
        </header>
        <div class="bw-container">
            <KeepBar />
            <nav class="bw-steps" aria-label=move || texts().steps_label>
                <ol>{steps}</ol>
            </nav>
        </div>
        <main class="bw-container" id="main" tabindex="-1">
            <Advice />
            <Budget />
            <ParticipantsAndKey />
            <Results />
            <Charts />
            <MultiYear />
            <Conclusions />
            <Accountability />
        </main>
    }
}
