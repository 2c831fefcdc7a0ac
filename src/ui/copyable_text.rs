//! A generated text (letters, the settlement's and the next year's texts), read-only, with a button that
//! copies it and one that downloads it as a file.

use leptos::html::Textarea;
use leptos::prelude::*;

use crate::io::download::download;
use crate::state::use_state;
use crate::ui::button::Button;
use crate::ui::clipboard::{copy_text, Copied};
use crate::ui::fields::unique_id;
use crate::ui::words::words;

/// A generated text, read-only, with a button that copies it and one that downloads it as a file.
#[component]
pub fn CopyableText(
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// The name of the downloaded file.
    #[prop(into)]
    file_name: Signal<String>,
    /// Base for the element ids and test ids.
    name: &'static str,
) -> impl IntoView {
    let state = use_state();
    let status = RwSignal::new(None::<Copied>);
    let area = NodeRef::<Textarea>::new();
    let heading_id = unique_id(name);
    let area_id = format!("{name}-tekst");
    // A new text makes an old "copied" untrue.
    Effect::new(move |_| {
        text.track();
        status.set(None);
    });
    let copy = move |_| {
        copy_text(&text.get_untracked(), area, move |copied| {
            status.set(Some(copied));
        });
    };
    view! {
        <div class="bw-copyable">
            <h3 id=heading_id.clone()>{heading}</h3>
            <label class="bw-visually-hidden" for=area_id.clone()>{heading}</label>
            <textarea
                id=area_id
                class="utrecht-textarea bw-letter"
                readonly=true
                rows=12
                node_ref=area
                data-testid=format!("{name}-text")
                prop:value=move || text.get()
            ></textarea>
            <div class="bw-copy-row">
                <Button label=words(|l| l.insight().copy) testid=format!("{name}-copy")
                    described_by=heading_id.clone() on_click=copy />
                <Button label=words(|l| l.insight().download_text) testid=format!("{name}-download")
                    described_by=heading_id
                    on_click=move |_| download(&file_name.get_untracked(), "text/plain;charset=utf-8", &text.get_untracked()) />
                <p class="bw-copy-status" role="status" data-testid=format!("{name}-status")>
                    {move || status.get().map(|status| {
                        let insight = state.lang.get().insight();
                        match status {
                            Copied::Yes => insight.copied,
                            Copied::ByHand => insight.copy_by_hand,
                        }
                    })}
                </p>
            </div>
        </div>
    }
}
