//! Charts of step 4: cost per municipality against the number of municipalities, and each scenario's
//! budget by category. Each chart has its table as a text alternative.

use leptos::prelude::*;

#[component]
pub fn Charts() -> impl IntoView {
    view! { <div class="bw-charts" id="grafieken"></div> }
}
