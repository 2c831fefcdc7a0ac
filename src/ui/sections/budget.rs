//! Section 2: budget scenarios and their cost lines, side by side.

use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn Budget() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    view! {
        <section class="bw-section" id="begroting" aria-labelledby="begroting-heading">
            <h2 id="begroting-heading">{move || texts().budget_heading}</h2>
        </section>
    }
}
