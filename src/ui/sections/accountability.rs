//! Section 7: actual spend against budget for the chosen scenario.

use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn Accountability() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    view! {
        <section class="bw-section" id="verantwoording" aria-labelledby="verantwoording-heading">
            <h2 id="verantwoording-heading">{move || texts().accountability_heading}</h2>
        </section>
    }
}
