//! Messages about keeping and sharing: bad files and links, damaged drafts, storage trouble, a newer save
//! in another tab, and the undo of a deletion.

use leptos::prelude::*;

use crate::io::download::download;
use crate::state::keep::use_keep;
use crate::state::notice::Notice;
use crate::state::storage::StoreError;
use crate::state::use_state;
use crate::ui::button::{Button, Look};
use crate::ui::words::words;

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
                        <Button label=words(|l| l.keep().download_raw) testid="download-raw"
                            on_click=move |_| download(&file, "text/plain;charset=utf-8", &raw) />
                    }
                });
                view! {
                    <div class="bw-keep-notice bw-error" data-testid="error" role="alert">
                        <p>{lang.keep().notice(&notice)}</p>
                        {download_raw}
                        <Button label=words(|l| l.keep().dismiss) look=Look::Subtle on_click=move |_| keep.dismiss(index) />
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
                    <Button label=words(|l| l.keep().reload_newest) testid="conflict-reload"
                        on_click=move |_| keep.reload_from_storage(state) />
                    <Button label=words(|l| l.keep().keep_as_copy) testid="conflict-copy"
                        on_click=move |_| keep.save_as_copy(state, state.lang.get_untracked().keep().copy_suffix) />
                </div>
            }
        })
    };
    let undo = move || {
        keep.deleted.get().map(|removed| {
            view! {
                <div class="bw-keep-notice" role="status">
                    <p>{texts().deleted(&removed.entry.name)}</p>
                    <Button label=words(|l| l.keep().undo) testid="undo-delete" on_click=move |_| keep.undo_delete() />
                </div>
            }
        })
    };
    view! { <div class="bw-keep-notices">{storage}{conflict}{listed}{undo}</div> }
}
