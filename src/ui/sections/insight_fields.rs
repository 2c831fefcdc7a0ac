//! Helpers the insight sections share: scenarios as select options, and short practical tips.

use leptos::prelude::*;

use crate::state::use_state;

/// The scenarios as select options, values being their indexes.
pub fn scenario_options() -> Signal<Vec<(String, String)>> {
    let state = use_state();
    Signal::derive(move || {
        state.document.with(|document| {
            document
                .scenarios
                .iter()
                .enumerate()
                .map(|(index, scenario)| (index.to_string(), scenario.name.clone()))
                .collect()
        })
    })
}

/// Paragraphs of practical advice under a section heading.
#[component]
pub fn Tips(#[prop(into)] tips: Signal<Vec<&'static str>>) -> impl IntoView {
    view! {
        <ul class="bw-tips">
            {move || tips.get().into_iter().map(|tip| view! { <li>{tip}</li> }).collect_view()}
        </ul>
    }
}
