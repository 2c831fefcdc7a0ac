//! The two links a document travels as: the share link (the whole calculation, opened as a draft) and the
//! wervingslink (the read-only prospect page). One panel serves both: made on request, kept up to date while
//! open, with its length and a copy button; the wervingslink adds a preview that opens it in a new tab.

use leptos::html::Textarea;
use leptos::prelude::*;

use crate::domain::document::Document;
use crate::io::share_link::{link, prospect_link, MAX_LINK_CHARS};
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::button::Button;
use crate::ui::clipboard::{copy_text, Copied};
use crate::ui::words::words;

/// Which link a panel makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    Share,
    Prospect,
}

/// What differs between the two panels: the link, its words and its test hooks (product.md).
struct LinkPanelParts {
    make_link: fn(&str, &Document) -> String,
    make: fn(Lang) -> &'static str,
    label: fn(Lang) -> &'static str,
    copy: fn(Lang) -> &'static str,
    id_prefix: &'static str,
    testid_toggle: &'static str,
    testid_output: &'static str,
    testid_length: &'static str,
    testid_copy: &'static str,
    testid_too_long: &'static str,
    preview: bool,
}

impl LinkKind {
    fn parts(self) -> LinkPanelParts {
        match self {
            LinkKind::Share => LinkPanelParts {
                make_link: link,
                make: |lang| lang.keep().share_link,
                label: |lang| lang.keep().link_label,
                copy: |lang| lang.keep().copy_link,
                id_prefix: "share-link",
                testid_toggle: "share-link",
                testid_output: "share-link-output",
                testid_length: "share-link-length",
                testid_copy: "copy-link",
                testid_too_long: "link-too-long",
                preview: false,
            },
            LinkKind::Prospect => LinkPanelParts {
                make_link: prospect_link,
                make: |lang| lang.prospect_link().make,
                label: |lang| lang.prospect_link().label,
                copy: |lang| lang.prospect_link().copy,
                id_prefix: "prospect-link",
                testid_toggle: "prospect-link",
                testid_output: "prospect-link-url",
                testid_length: "prospect-link-length",
                testid_copy: "copy-prospect-link",
                testid_too_long: "prospect-link-too-long",
                preview: true,
            },
        }
    }
}

fn page_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default()
}

#[component]
pub fn LinkPanel(kind: LinkKind) -> impl IntoView {
    let parts = kind.parts();
    let state = use_state();
    let lang = state.lang;
    let keep = move || lang.get().keep();
    let shown = RwSignal::new(false);
    let copied = RwSignal::new(None::<bool>);
    let field = NodeRef::<Textarea>::new();
    let make_link = parts.make_link;
    // Recomputed on every change while shown, so a copied link always holds what is on screen.
    let current_link = Memo::new(move |_| {
        shown.get().then(|| {
            state
                .document
                .with(|document| make_link(&page_address(), document))
        })
    });
    Effect::new(move |_| {
        current_link.track();
        copied.set(None);
    });
    let copy = move |_| {
        let Some(text) = current_link.get_untracked() else {
            return;
        };
        copy_text(&text, field, move |outcome| {
            copied.set(Some(outcome == Copied::Yes));
        });
    };
    let output_id = crate::ui::fields::unique_id(parts.id_prefix);
    let (label, copy_label, preview) = (parts.label, parts.copy, parts.preview);
    let (testid_output, testid_length, testid_copy, testid_too_long) = (
        parts.testid_output,
        parts.testid_length,
        parts.testid_copy,
        parts.testid_too_long,
    );
    let panel = move || {
        let output_id = output_id.clone();
        current_link.get().map(|text| {
            let length = text.chars().count();
            if length > MAX_LINK_CHARS {
                return view! {
                    <p class="bw-keep-notice bw-warning" data-testid=testid_too_long role="status">
                        {keep().link_too_long(length, MAX_LINK_CHARS)}
                    </p>
                }
                .into_any();
            }
            let preview_link = preview.then(|| {
                view! {
                    <a class="utrecht-link bw-share__preview" href=text.clone() target="_blank" rel="noopener noreferrer" data-testid="prospect-link-preview">
                        {move || lang.get().prospect_link().preview}
                    </a>
                }
            });
            view! {
                <div class="bw-share utrecht-form-field">
                    <label class="utrecht-form-label" for=output_id.clone()>{move || label(lang.get())}</label>
                    <textarea id=output_id class="utrecht-textarea bw-share__link" data-testid=testid_output readonly rows="3" node_ref=field prop:value=text></textarea>
                    <p class="bw-keep-hint" data-testid=testid_length>{keep().link_length(length)}</p>
                    <div class="bw-keep-actions">
                        <Button label=words(copy_label) testid=testid_copy on_click=copy />
                        {preview_link}
                    </div>
                    <p role="status" class="bw-keep-hint">
                        {move || copied.get().map(|ok| if ok { keep().copied } else { keep().copy_failed })}
                    </p>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <div class="bw-share-panel">
            <Button label=words(parts.make) testid=parts.testid_toggle expanded=shown
                on_click=move |_| shown.update(|shown| *shown = !*shown) />
            {panel}
        </div>
    }
}
