//! The list of drafts in this browser: open, duplicate, rename, delete (with undo).

use leptos::prelude::*;

use crate::state::drafts::DraftEntry;
use crate::state::keep::use_keep;
use crate::state::use_state;
use crate::text::KeepTexts;
use crate::ui::button::{Button, Look};
use crate::ui::fields::TextField;
use crate::ui::words::words;

#[component]
pub fn DraftList() -> impl IntoView {
    let keep = use_keep();
    let heading_id = crate::ui::fields::unique_id("drafts-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="bw-drafts" data-testid="drafts" aria-labelledby=labelled_by>
            <h2 class="bw-keep-heading" id=heading_id>{words(|l| l.keep().drafts_heading)}</h2>
            <p class="bw-keep-hint">{words(|l| l.keep().drafts_hint)}</p>
            <ul class="bw-drafts__list">
                <For
                    each=move || keep.drafts.get()
                    key=|entry| (entry.id.clone(), entry.name.clone())
                    children=move |entry| view! { <DraftRow entry=entry /> }
                />
            </ul>
        </section>
    }
}

#[component]
fn DraftRow(entry: DraftEntry) -> impl IntoView {
    let state = use_state();
    let keep = use_keep();
    let DraftEntry { id, name, .. } = entry;
    let id = StoredValue::new(id);
    let name = StoredValue::new(name);
    let is_open = move || {
        keep.open
            .with(|open| open.as_ref().is_some_and(|open| open.id == id.get_value()))
    };
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(name.get_value());
    // "Open: Begroting 2027": the action and the draft it acts on.
    let about_this_draft = move |action: fn(&KeepTexts) -> &'static str| {
        Signal::derive(move || {
            let texts = state.lang.get().keep();
            texts.draft_label(action(texts), &name.get_value())
        })
    };
    let save_name = move || {
        renaming.set(false);
        let chosen = new_name.get_untracked();
        if !chosen.trim().is_empty() {
            keep.rename(state, &id.get_value(), chosen);
        }
    };
    view! {
        <li class="bw-drafts__item" data-testid="draft-item" aria-current=move || is_open().then_some("true")>
            <span class="bw-drafts__name" data-testid="draft-name">{name.get_value()}</span>
            {move || is_open().then(|| view! { <span class="bw-drafts__open">{format!(" ({})", state.lang.get().keep().open_marker)}</span> })}
            <span class="bw-drafts__actions">
                <Button label=words(|l| l.keep().open) look=Look::Subtle testid="draft-open"
                    disabled=Signal::derive(is_open) aria_label=about_this_draft(|t| t.open)
                    on_click=move |_| keep.open_draft(state, &id.get_value()) />
                <Button label=words(|l| l.keep().duplicate) look=Look::Subtle testid="draft-duplicate"
                    aria_label=about_this_draft(|t| t.duplicate)
                    on_click=move |_| keep.duplicate(state, &id.get_value(), state.lang.get_untracked().keep().copy_suffix) />
                <Button label=words(|l| l.keep().rename) look=Look::Subtle testid="draft-rename"
                    aria_label=about_this_draft(|t| t.rename) expanded=renaming
                    on_click=move |_| renaming.update(|open| *open = !*open) />
                <Button label=words(|l| l.keep().delete) look=Look::Subtle testid="draft-delete"
                    aria_label=about_this_draft(|t| t.delete)
                    on_click=move |_| keep.delete(state, &id.get_value()) />
            </span>
            {move || renaming.get().then(|| view! {
                <form class="bw-drafts__rename" data-testid="rename-form" on:submit=move |event| {
                    event.prevent_default();
                    save_name();
                }>
                    <TextField
                        label=words(|l| l.keep().rename_label)
                        value=new_name
                        on_change=move |text| new_name.set(text)
                    />
                    <Button label=words(|l| l.keep().rename_save) look=Look::Primary testid="rename-save" submit=true />
                    <Button label=words(|l| l.keep().cancel) look=Look::Subtle on_click=move |_| renaming.set(false) />
                </form>
            })}
        </li>
    }
}
