//! Section 6: recommendations and the two generated texts.

use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn Conclusions() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    view! {
        <section class="bw-section" id="conclusies" aria-labelledby="conclusies-heading">
            <h2 id="conclusies-heading">{move || texts().conclusions_heading}</h2>
        </section>
    }
}
