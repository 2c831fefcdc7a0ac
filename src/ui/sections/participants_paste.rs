//! Pasting a list from Excel or CSV: a preview of what was read and what was skipped and why; only an
//! explicit button takes it over.

use leptos::prelude::*;

use crate::domain::edits::{self, PasteMode};
use crate::domain::paste::{parse_pasted_list, PastedList};
use crate::state::use_state;
use rust_decimal::Decimal;

use crate::domain::directory::directory;
use crate::domain::notation::format_number;
use crate::ui::directory::DirectoryCredit;
use crate::ui::i18n::Lang;

/// A number as read, with its decimals, so the preview shows exactly what will be taken over.
fn exact(value: Decimal, lang: Lang) -> String {
    format_number(value, value.normalize().scale(), lang.notation())
}

#[component]
pub fn PasteList() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let text = RwSignal::new(String::new());
    let pasted = Memo::new(move |_| {
        let known = state.document.with(|d| d.participants.all_metrics());
        let lang = state.lang.get();
        text.with(|text| {
            parse_pasted_list(text, &known, |column| lang.edit().unnamed_metric(column))
        })
    });
    let accept = move |mode: PasteMode| {
        let list = pasted.get_untracked();
        state.edit(|d| edits::accept_paste(d, &list, mode));
        text.set(String::new());
    };
    let nothing = move || pasted.with(|p| p.municipalities.is_empty());
    view! {
        <details class="bw-details" open=state.document.with_untracked(|d| d.participants.list.is_empty())>
            <summary>{move || t().paste_legend}</summary>
            <div class="utrecht-form-field bw-field">
                <label class="utrecht-form-label" for="paste-text">{move || t().paste_label}</label>
                <p class="bw-hint" id="paste-hint">{move || t().paste_hint}</p>
                <textarea
                    id="paste-text"
                    class="utrecht-textarea bw-paste"
                    rows="6"
                    aria-describedby="paste-hint"
                    prop:value=move || text.get()
                    on:input=move |event| text.set(event_target_value(&event))
                ></textarea>
            </div>
            {move || (!text.with(|t| t.trim().is_empty())).then(|| preview(&pasted.get()))}
            <div class="bw-actions">
                <button type="button" class="utrecht-button utrecht-button--primary-action" data-testid="paste-replace"
                    disabled=nothing on:click=move |_| accept(PasteMode::Replace)>{move || t().paste_replace}</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="paste-append"
                    disabled=nothing on:click=move |_| accept(PasteMode::Append)>{move || t().paste_append}</button>
            </div>
        </details>
    }
}

fn preview(pasted: &PastedList) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get();
    let t = lang.edit();
    let d = lang.directory();
    let any_from_directory = pasted.from_directory.contains(&true);
    let source = d.source_short(directory().source());
    let metric_headers = pasted
        .metrics
        .iter()
        .map(|m| view! { <th scope="col" class="bw-number">{m.clone()}</th> })
        .collect_view();
    let rows = pasted
        .municipalities
        .iter()
        .zip(&pasted.lines)
        .zip(&pasted.from_directory)
        .map(|((m, line), from_directory)| {
            let usage = pasted
                .metrics
                .iter()
                .map(|metric| {
                    let value = m
                        .usage
                        .get(metric)
                        .map(|v| exact(*v, lang))
                        .unwrap_or_default();
                    view! { <td class="bw-number">{value}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <td class="bw-number">{*line}</td>
                    <th scope="row">{m.name.clone()}</th>
                    <td class="bw-number">{exact(m.inhabitants, lang)}</td>
                    {any_from_directory.then(|| {
                        let from = if *from_directory { source.clone() } else { d.source_pasted.to_string() };
                        view! { <td>{from}</td> }
                    })}
                    {usage}
                </tr>
            }
        })
        .collect_view();
    let skipped = pasted
        .skipped
        .iter()
        .map(|s| view! { <li>{t.skipped_line(s.line, &s.reason)}": "<code>{s.text.clone()}</code></li> })
        .collect_view();
    let has_skipped = !pasted.skipped.is_empty();
    view! {
        <div data-testid="paste-preview">
            <p role="status">{t.paste_summary(pasted.municipalities.len(), pasted.skipped.len(), pasted.header)}</p>
            <div class="bw-table-scroll" tabindex="0">
                <table class="utrecht-table bw-table">
                    <caption class="utrecht-table__caption">{t.paste_preview_caption}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col" class="bw-number">{t.paste_line}</th>
                            <th scope="col">{t.name}</th>
                            <th scope="col" class="bw-number">{t.inhabitants}</th>
                            {any_from_directory.then(|| view! { <th scope="col">{d.col_source}</th> })}
                            {metric_headers}
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{rows}</tbody>
                </table>
            </div>
            <DirectoryCredit shown=any_from_directory />
            {has_skipped.then(|| view! {
                <h3>{t.paste_skipped_heading}</h3>
                <ul class="bw-skipped" data-testid="paste-skipped">{skipped}</ul>
            })}
        </div>
    }
}
