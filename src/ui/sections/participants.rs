//! Section 3: participants (summary or list, pasted from Excel), growth, reference municipalities and the allocation key.

use leptos::prelude::*;

use crate::state::use_state;

#[component]
pub fn ParticipantsAndKey() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    view! {
        <section class="bw-section" id="deelnemers" aria-labelledby="deelnemers-heading">
            <h2 id="deelnemers-heading">{move || texts().participants_heading}</h2>
        </section>
    }
}
