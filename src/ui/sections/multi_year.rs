//! Section 5: the multi-year estimate and break-even.

use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn MultiYear() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    view! {
        <section class="bw-section" id="meerjaren" aria-labelledby="meerjaren-heading">
            <h2 id="meerjaren-heading">{move || texts().multi_year_heading}</h2>
        </section>
    }
}
