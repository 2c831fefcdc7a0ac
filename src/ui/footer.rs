//! The page footer: which version of Bijdragewijzer this is and when it was built, so that a user can say
//! what they use and an exported file can be matched to it (the same version is written into exports).

use leptos::prelude::*;

use crate::domain::document::SCHEMA_PATH;
use crate::io::export::{APP_NAME, BUILT, VERSION};
use crate::state::use_state;

#[component]
pub fn Footer() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().hosting();
    let built_on = move || state.lang.get().texts().iso_date(BUILT);
    view! {
        <footer class="bw-footer">
            <div class="bw-container">
                <p data-testid="version">
                    {APP_NAME} " " {move || texts().version} " " <span data-testid="version-number">{VERSION}</span>
                    ", " {move || texts().built_on} " "
                    <time datetime=BUILT data-testid="build-date">{built_on}</time>
                </p>
                <p>{move || texts().runs_locally}</p>
                // Relative, like every address of the page: the schema sits beside index.html wherever it is hosted.
                <p><a class="utrecht-link" href=SCHEMA_PATH>{move || texts().file_format}</a></p>
            </div>
        </footer>
    }
}
