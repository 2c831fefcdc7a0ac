//! Leptos components over the calculation core.

use leptos::prelude::*;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <main>
            <h1>"Bijdragewijzer"</h1>
            <section data-testid="results"><p>"€ 2.420"</p></section>
        </main>
    }
}
