//! Guidance for a document that is not complete yet ("Nieuw, leeg"): what to fill in first, where the
//! figures would be. Never shown as an error: empty fields are an invitation (`domain::readiness`). Real
//! problems keep their error message.

use leptos::prelude::*;

use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::readiness::{awaited, missing};
use crate::state::use_state;
use crate::text::Lang;

/// Whether the document has what a first contribution needs: cost lines and participants.
pub fn complete_memo() -> Memo<bool> {
    let state = use_state();
    Memo::new(move |_| state.document.with(|document| missing(document).is_empty()))
}

/// What to fill in first, when something is missing; nothing otherwise.
#[component]
pub fn Guidance() -> impl IntoView {
    let state = use_state();
    let missing = Memo::new(move |_| state.document.with(missing));
    move || {
        let text = missing.with(|missing| state.lang.get().texts().guidance(missing));
        text.map(|text| view! { <p class="bw-guidance" data-testid="guidance">{text}</p> })
    }
}

/// A calculation problem where a figure would be: guidance when it only waits for input that has not
/// been filled in yet, otherwise the error.
pub fn calc_problem(lang: Lang, document: &Document, error: &CalcError) -> AnyView {
    match awaited(document, error) {
        Some(missing) => {
            view! { <p class="bw-guidance" data-testid="guidance">{lang.texts().awaiting(missing)}</p> }
                .into_any()
        }
        None => view! { <p class="bw-error" data-testid="error" role="alert">{lang.texts().calc_error(error)}</p> }
            .into_any(),
    }
}
