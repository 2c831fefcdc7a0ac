//! Keeping, sharing and exporting: drafts, JSON files, share links, CSV and print. The controls sit in a bar
//! above the sections; the conversions themselves live in `crate::io`, the keeping in `crate::state`.

mod draft_list;
mod notices;
mod share;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::io::download::download;
use crate::io::export::{document_file, results_file};
use crate::io::json::{file_name, file_stem, parse_bytes, MAX_FILE_BYTES};
use crate::state::keep::{use_keep, KeepState};
use crate::state::notice::Notice;
use crate::state::{use_state, AppState};
use crate::ui::button::{Button, Look};
use crate::ui::fields::TextField;
use crate::ui::print::{print_report, use_print_mode};
use crate::ui::words::words;

use draft_list::DraftList;
use notices::Notices;
use share::{LinkKind, LinkPanel};

/// Reads a chosen or dropped file and opens it as a new draft, or says why not.
fn open_file(state: AppState, keep: KeepState, file: web_sys::File) {
    let name = file.name();
    keep.notices.update(|notices| {
        notices
            .retain(|notice| !matches!(notice, Notice::Import { .. } | Notice::FileTooLarge { .. }))
    });
    // Refused before reading: a huge file would freeze the page while it is read.
    if file.size() > MAX_FILE_BYTES as f64 {
        keep.notify(Notice::FileTooLarge {
            file: name,
            bytes: file.size(),
        });
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        match parse_bytes(&bytes) {
            Ok(document) => keep.open_as_new(state, document),
            Err(error) => keep.notify(Notice::Import { file: name, error }),
        }
    });
}

/// A .json file dropped anywhere on the page opens as a new draft.
fn accept_dropped_files(state: AppState, keep: KeepState) {
    let over = window_event_listener(leptos::ev::dragover, |event| {
        event.prevent_default();
    });
    let drop = window_event_listener(leptos::ev::drop, move |event| {
        let Some(file) = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        event.prevent_default();
        open_file(state, keep, file);
    });
    // Listeners for the life of the page.
    let _ = (over, drop);
}

/// The bar with drafts, new, import, export and share.
#[component]
pub fn KeepBar() -> impl IntoView {
    let state = use_state();
    let keep = use_keep();
    accept_dropped_files(state, keep);

    let export_json = move |_| {
        state.document.with_untracked(|document| {
            download(
                &file_name(document),
                "application/json",
                &document_file(document),
            )
        });
    };
    let export_csv = move |_| {
        let lang = state.lang.get_untracked();
        let labels = &lang.keep().csv;
        let csv = state.report.with_untracked(|report| {
            report.as_ref().ok().map(|report| {
                state.document.with_untracked(|document| {
                    let key_name = lang.texts().key_name(document.key.kind);
                    results_file(document, report, labels, key_name)
                })
            })
        });
        match csv {
            Some(csv) => {
                let name = state
                    .document
                    .with_untracked(|document| format!("{}.csv", file_stem(document)));
                download(&name, "text/csv;charset=utf-8", &csv);
            }
            None => keep.notify(Notice::NoResults),
        }
    };
    let import = move |event: leptos::ev::Event| {
        let Some(input) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            open_file(state, keep, file);
        }
        // Cleared so that choosing the same file again still opens it.
        input.set_value("");
    };
    let print_mode = use_print_mode();
    let print = move |_| print_report(print_mode);

    view! {
        <section class="bw-keep-bar" aria-label=words(|l| l.keep().bar_label)>
            <Notices />
            <TextField
                id="document-name"
                label=words(|l| l.keep().document_name)
                value=state.value(|document| document.name.clone())
                on_change=state.setter(|document, name| document.name = name)
            />
            <div class="bw-keep-actions">
                <Button label=words(|l| l.keep().new_blank) testid="new-blank" on_click=move |_| keep.new_blank(state) />
                <Button label=words(|l| l.keep().example) testid="example" on_click=move |_| keep.new_example(state) />
                // A file input dressed as a button: its label is what the user sees and clicks.
                <label class=format!("{} bw-file-button", Look::Secondary.class())>
                    {words(|l| l.keep().import_file)}
                    <input type="file" class="bw-visually-hidden" accept=".json,application/json" data-testid="import-file" on:change=import />
                </label>
                <Button label=words(|l| l.keep().export_json) testid="export-json" on_click=export_json />
                <Button label=words(|l| l.keep().export_csv) testid="export-csv" on_click=export_csv />
                <Button label=words(|l| l.keep().print) testid="print" on_click=print />
            </div>
            <p class="bw-keep-hint">{words(|l| l.keep().drop_hint)}</p>
            <div class="bw-link-panels">
                <LinkPanel kind=LinkKind::Share />
                <LinkPanel kind=LinkKind::Prospect />
            </div>
            <DraftList />
        </section>
    }
}
