//! Keeping, sharing and exporting: drafts, JSON files, share links, CSV and print. The controls sit in a bar
//! above the sections; the conversions themselves live in `crate::io`.

use leptos::prelude::*;

/// The bar with drafts, new, import, export and share.
#[component]
pub fn KeepBar() -> impl IntoView {
    view! { <div class="bw-keep-bar"></div> }
}
