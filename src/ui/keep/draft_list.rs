//! The list of drafts in this browser: open, duplicate, rename, delete (with undo).

use leptos::prelude::*;

use crate::state::drafts::DraftEntry;
use crate::state::keep::use_keep;
use crate::state::use_state;
use crate::ui::fields::TextField;

#[component]
pub fn DraftList() -> impl IntoView {
    let state = use_state();
    let keep = use_keep();
    let texts = move || state.lang.get().keep();
    let heading_id = crate::ui::fields::unique_id("drafts-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class="bw-drafts" data-testid="drafts" aria-labelledby=labelled_by>
            <h2 class="bw-keep-heading" id=heading_id>{move || texts().drafts_heading}</h2>
            <p class="bw-keep-hint">{move || texts().drafts_hint}</p>
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
    let texts = move || state.lang.get().keep();
    let DraftEntry { id, name, .. } = entry;
    let id = StoredValue::new(id);
    let name = StoredValue::new(name);
    let is_open = move || {
        keep.open
            .with(|open| open.as_ref().is_some_and(|open| open.id == id.get_value()))
    };
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(name.get_value());
    let label = move |action: &'static str| texts().draft_label(action, &name.get_value());
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
            {move || is_open().then(|| view! { <span class="bw-drafts__open">{format!(" ({})", texts().open_marker)}</span> })}
            <span class="bw-drafts__actions">
                <button type="button" class="utrecht-button utrecht-button--subtle" data-testid="draft-open"
                    disabled=is_open aria-label=move || label(texts().open)
                    on:click=move |_| keep.open_draft(state, &id.get_value())>
                    {move || texts().open}
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-testid="draft-duplicate"
                    aria-label=move || label(texts().duplicate)
                    on:click=move |_| keep.duplicate(state, &id.get_value(), texts().copy_suffix)>
                    {move || texts().duplicate}
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-testid="draft-rename"
                    aria-label=move || label(texts().rename) aria-expanded=move || renaming.get().to_string()
                    on:click=move |_| renaming.update(|open| *open = !*open)>
                    {move || texts().rename}
                </button>
                <button type="button" class="utrecht-button utrecht-button--subtle" data-testid="draft-delete"
                    aria-label=move || label(texts().delete)
                    on:click=move |_| keep.delete(state, &id.get_value())>
                    {move || texts().delete}
                </button>
            </span>
            {move || renaming.get().then(|| view! {
                <form class="bw-drafts__rename" data-testid="rename-form" on:submit=move |event| {
                    event.prevent_default();
                    save_name();
                }>
                    <TextField
                        label=Signal::derive(move || texts().rename_label.to_string())
                        value=new_name
                        on_change=Callback::new(move |text| new_name.set(text))
                    />
                    <button type="submit" class="utrecht-button utrecht-button--primary-action" data-testid="rename-save">
                        {move || texts().rename_save}
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" on:click=move |_| renaming.set(false)>
                        {move || texts().cancel}
                    </button>
                </form>
            })}
        </li>
    }
}
