//! Pasting a list from Excel or CSV: a preview of what was read and what was skipped and why; only an
//! explicit button takes it over.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::directory::directory;
use crate::domain::edits::{self, PasteMode};
use crate::domain::notation::format_number;
use crate::domain::paste::{parse_pasted_list, PastedList};
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::button::{Button, Look};
use crate::ui::directory::DirectoryCredit;
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::words::words;

/// A number as read, with its decimals, so the preview shows exactly what will be taken over.
fn exact(value: Decimal, lang: Lang) -> String {
    format_number(value, value.normalize().scale(), lang.notation())
}

#[component]
pub fn PasteList() -> impl IntoView {
    let state = use_state();
    let text = RwSignal::new(String::new());
    let pasted = Memo::new(move |_| {
        // Follows the metrics alone, so that other edits do not parse the pasted text again.
        let lang = state.lang.get();
        state.metrics.with(|known| {
            text.with(|text| {
                parse_pasted_list(text, known, |column| {
                    lang.participants().unnamed_metric(column)
                })
            })
        })
    });
    let accept = move |mode: PasteMode| {
        let list = pasted.get_untracked();
        state.edit(|d| edits::accept_paste(d, &list, mode));
        text.set(String::new());
    };
    let nothing = Signal::derive(move || pasted.with(|p| p.municipalities.is_empty()));
    let typed = Memo::new(move |_| !text.with(|t| t.trim().is_empty()));
    view! {
        <details class="bw-details" open=state.document.with_untracked(|d| d.participants.list.is_empty())>
            <summary>{words(|l| l.participants().paste_legend)}</summary>
            <div class="utrecht-form-field bw-field">
                <label class="utrecht-form-label" for="paste-text">{words(|l| l.participants().paste_label)}</label>
                <p class="bw-hint" id="paste-hint">{words(|l| l.participants().paste_hint)}</p>
                <textarea
                    id="paste-text"
                    class="utrecht-textarea bw-paste"
                    rows="6"
                    aria-describedby="paste-hint"
                    prop:value=move || text.get()
                    on:input=move |event| text.set(event_target_value(&event))
                ></textarea>
            </div>
            <Show when=move || typed.get()>
                <Preview pasted=pasted />
            </Show>
            <div class="bw-actions">
                <Button label=words(|l| l.participants().paste_replace) look=Look::Primary testid="paste-replace"
                    disabled=nothing on_click=move |_| accept(PasteMode::Replace) />
                <Button label=words(|l| l.participants().paste_append) testid="paste-append"
                    disabled=nothing on_click=move |_| accept(PasteMode::Append) />
            </div>
        </details>
    }
}

/// What was read (a table, with where each figure came from) and what was skipped, and why.
#[component]
fn Preview(pasted: Memo<PastedList>) -> impl IntoView {
    let state = use_state();
    let from_directory =
        Memo::new(move |_| pasted.with(|pasted| pasted.from_directory.contains(&true)));
    let table = Memo::new(move |_| {
        let lang = state.lang.get();
        let (t, d) = (lang.participants(), lang.directory());
        let any_from_directory = from_directory.get();
        let source = d.source_short(directory().source());
        pasted.with(|pasted| {
            let mut head = vec![
                Cell::number_head(t.paste_line),
                Cell::head(t.name),
                Cell::number_head(t.inhabitants),
            ];
            if any_from_directory {
                head.push(Cell::head(d.col_source));
            }
            head.extend(
                pasted
                    .metrics
                    .iter()
                    .map(|metric| Cell::number_head(metric.clone())),
            );
            let mut table = Table::new(t.paste_preview_caption, head);
            for ((municipality, line), from) in pasted
                .municipalities
                .iter()
                .zip(&pasted.lines)
                .zip(&pasted.from_directory)
            {
                let mut cells = vec![
                    Cell::number(line.to_string()),
                    Cell::row_head(municipality.name.clone()),
                    Cell::number(exact(municipality.inhabitants, lang)),
                ];
                if any_from_directory {
                    cells.push(Cell::text(if *from {
                        source.clone()
                    } else {
                        d.source_pasted.to_string()
                    }));
                }
                cells.extend(pasted.metrics.iter().map(|metric| {
                    Cell::number(
                        municipality
                            .usage
                            .get(metric)
                            .map(|value| exact(*value, lang))
                            .unwrap_or_default(),
                    )
                }));
                table.body.push(Row::new(cells));
            }
            Some(table)
        })
    });
    let summary = move || {
        let t = state.lang.get().participants();
        pasted.with(|p| t.paste_summary(p.municipalities.len(), p.skipped.len(), p.header))
    };
    let skipped = move || {
        let t = state.lang.get().participants();
        pasted.with(|pasted| {
            (!pasted.skipped.is_empty()).then(|| {
                let lines = pasted
                    .skipped
                    .iter()
                    .map(|s| view! { <li>{t.skipped_line(s.line, &s.reason)}": "<code>{s.text.clone()}</code></li> })
                    .collect_view();
                view! {
                    <h3>{t.paste_skipped_heading}</h3>
                    <ul class="bw-skipped" data-testid="paste-skipped">{lines}</ul>
                }
            })
        })
    };
    view! {
        <div data-testid="paste-preview">
            <p role="status">{summary}</p>
            <DataTable table=table />
            <DirectoryCredit shown=from_directory />
            {skipped}
        </div>
    }
}
