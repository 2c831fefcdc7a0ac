//! Messages about keeping and sharing: bad files and links, damaged drafts, storage trouble, a newer save
//! in another tab, and the undo of a deletion.

use leptos::prelude::*;

use crate::io::download::download;
use crate::state::keep::use_keep;
use crate::state::notice::Notice;
use crate::state::storage::StoreError;
use crate::state::use_state;

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let keep = use_keep();
    let texts = move || state.lang.get().keep();
    let listed = move || {
        let lang = state.lang.get();
        keep.notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, notice)| {
                let raw = match &notice {
                    Notice::DamagedDraft { name, raw } => Some((format!("{name}.damaged.txt"), raw.clone())),
                    _ => None,
                };
                let download_raw = raw.map(|(file, raw)| {
                    view! {
                        <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="download-raw"
                            on:click=move |_| download(&file, "text/plain;charset=utf-8", &raw)>
                            {texts().download_raw}
                        </button>
                    }
                });
                view! {
                    <div class="bw-keep-notice bw-error" data-testid="error" role="alert">
                        <p>{lang.keep().notice(&notice)}</p>
                        {download_raw}
                        <button type="button" class="utrecht-button utrecht-button--subtle" on:click=move |_| keep.dismiss(index)>
                            {texts().dismiss}
                        </button>
                    </div>
                }
            })
            .collect_view()
    };
    let storage = move || {
        keep.storage_problem.get().map(|problem| {
            let text = match problem {
                StoreError::Unavailable => texts().storage_unavailable,
                StoreError::Full => texts().storage_full,
            };
            view! { <p class="bw-keep-notice bw-error" data-testid="error" role="alert">{text}</p> }
        })
    };
    let conflict = move || {
        keep.conflict.get().then(|| {
            view! {
                <div class="bw-keep-notice bw-warning" data-testid="conflict" role="alert">
                    <p>{texts().conflict}</p>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="conflict-reload"
                        on:click=move |_| keep.reload_from_storage(state)>
                        {texts().reload_newest}
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="conflict-copy"
                        on:click=move |_| keep.save_as_copy(state, state.lang.get_untracked().keep().copy_suffix)>
                        {texts().keep_as_copy}
                    </button>
                </div>
            }
        })
    };
    let undo = move || {
        keep.deleted.get().map(|removed| {
            view! {
                <div class="bw-keep-notice" role="status">
                    <p>{texts().deleted(&removed.entry.name)}</p>
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="undo-delete"
                        on:click=move |_| keep.undo_delete()>
                        {texts().undo}
                    </button>
                </div>
            }
        })
    };
    view! { <div class="bw-keep-notices">{storage}{conflict}{listed}{undo}</div> }
}
