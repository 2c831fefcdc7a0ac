//! The results at a glance under the header: the same markup the first view showed before the app loaded
//! (`crate::first_view::summary_html`), kept up to date as the user types.

use leptos::prelude::*;

use crate::first_view::summary_html;
use crate::state::use_state;

#[component]
pub fn Summary() -> impl IntoView {
    let state = use_state();
    let html = move || {
        let (lang, precision) = (state.lang.get(), state.precision.get());
        state.report.with(|report| {
            state
                .document
                .with(|document| summary_html(document, report, lang, precision))
        })
    };
    view! { <div class="bw-summary-slot" inner_html=html></div> }
}
