//! Helpers the insight sections share: scenarios as select options, and short practical tips.

use leptos::prelude::*;

/// Paragraphs of practical advice under a section heading.
#[component]
pub fn Tips(#[prop(into)] tips: Signal<Vec<&'static str>>) -> impl IntoView {
    view! {
        <ul class="bw-tips">
            {move || tips.get().into_iter().map(|tip| view! { <li>{tip}</li> }).collect_view()}
        </ul>
    }
}
