//! Section 1: advice before numbers: the collaboration level, whether a contribution fits, which keys suit.

use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn Advice() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    view! {
        <section class="bw-section" id="advies" aria-labelledby="advies-heading">
            <h2 id="advies-heading">{move || texts().advice_heading}</h2>
        </section>
    }
}
