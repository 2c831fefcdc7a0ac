//! The named list of participants: one editable row per municipality (name, inhabitants, usage per
//! metric, custom work, and behind "Meer" its months and work in kind). Rows are keyed by position, so typing in a row never rebuilds the table.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::directory::directory;
use crate::domain::directory::fill::{rename, NameFill};
use crate::domain::directory::refresh::uses_directory_figures;
use crate::domain::edits;
use crate::domain::participants::Municipality;
use crate::state::use_state;
use crate::text::row_label;
use crate::ui::button::{Button, Look};
use crate::ui::directory::{DirectoryCredit, MunicipalityNameField};
use crate::ui::fields::{NumberField, NumberRule};
use crate::ui::sections::participants_more::RowMore;
use crate::ui::words::words;

#[component]
pub fn ParticipantList() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().participants();
    // The rows read the list through this one memo, which wakes them only when the list itself changed: an
    // edit elsewhere (a rate, a cost line) costs one comparison here instead of waking every row's fields,
    // each of which would also have to leave and rejoin a subscriber list thousands long.
    let list = Memo::new(move |_| state.document.with(|d| d.participants.list.clone()));
    let count = Memo::new(move |_| list.with(Vec::len));
    let metrics = state.metrics;
    // The source's credit, while some municipality carries the directory's figure.
    let credited = Memo::new(move |_| list.with(|list| uses_directory_figures(list, directory)));
    view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table bw-edit-table" id="participant-list">
                <caption class="utrecht-table__caption">{words(|l| l.participants().list_caption)}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{words(|l| l.participants().name)}</th>
                        <th scope="col">{words(|l| l.participants().inhabitants)}</th>
                        {move || metrics.get().into_iter().map(|m| view! { <th scope="col">{m}</th> }).collect_view()}
                        <th scope="col">{words(|l| l.participants().custom_work)}</th>
                        <th scope="col">{words(|l| l.ways_to_pay().more_column)}</th>
                        <th scope="col">{words(|l| l.participants().actions)}</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">
                    <For each=move || 0..count.get() key=|i| *i let:index>
                        <ListRow index=index list=list metrics=metrics />
                    </For>
                </tbody>
            </table>
        </div>
        <DirectoryCredit shown=credited />
        <p class="bw-hint" hidden=move || count.get() != 0>{words(|l| l.participants().empty_list)}</p>
        <Button label=words(|l| l.participants().add_municipality) testid="add-municipality"
            on_click=move |_| {
                let name = t().new_municipality.to_string();
                state.edit(|d| { edits::add_municipality(d, name); });
            } />
    }
}

#[component]
fn ListRow(
    index: usize,
    list: Memo<Vec<Municipality>>,
    metrics: Memo<Vec<String>>,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().participants();
    // Memos, not derived signals: when the list changes, a row of a 342-row list must only wake its fields
    // when its own value changed.
    let read = move |pick: fn(&Municipality) -> Decimal| {
        Memo::new(move |_| list.with(|list| list.get(index).map(pick).unwrap_or_default()))
    };
    let edit = move |change: Box<dyn FnOnce(&mut Municipality)>| {
        state.edit(|d| {
            if let Some(m) = d.participants.list.get_mut(index) {
                change(m);
            }
        });
    };
    let name = Memo::new(move |_| {
        list.with(|list| list.get(index).map(|m| m.name.clone()).unwrap_or_default())
    });
    let cell_label = move |what: &'static str| Signal::derive(move || row_label(what, &name.get()));
    view! {
        <tr>
            <td>
                <MunicipalityNameField label=cell_label(t().name) value=name
                    on_change=Callback::new(move |(text, replaceable)| {
                        let mut fill = NameFill::NotFound;
                        state.edit(|d| {
                            if let Some(m) = d.participants.list.get_mut(index) {
                                fill = rename(m, text, replaceable, directory());
                            }
                        });
                        fill
                    })
                    take_figure=Callback::new(move |v| edit(Box::new(move |m| m.inhabitants = v)))
                    id=format!("participant-{index}-name") />
            </td>
            <td>
                <NumberField label=cell_label(t().inhabitants) value=read(|m| m.inhabitants)
                    on_change=Callback::new(move |v| edit(Box::new(move |m| m.inhabitants = v)))
                    rule=NumberRule::inhabitants()
                    id=format!("participant-{index}-inhabitants") />
            </td>
            {move || {
                metrics
                    .get()
                    .into_iter()
                    .map(|metric| {
                        let read_metric = metric.clone();
                        let write_metric = metric.clone();
                        let label = Signal::derive(move || row_label(&metric, &name.get()));
                        view! {
                            <td>
                                <NumberField label=label
                                    value=Memo::new(move |_| list.with(|list| {
                                        list.get(index).and_then(|m| m.usage.get(&read_metric).copied()).unwrap_or_default()
                                    }))
                                    on_change=Callback::new(move |v| {
                                        let metric = write_metric.clone();
                                        edit(Box::new(move |m| { m.usage.insert(metric, v); }));
                                    })
                                    rule=NumberRule::quantity() />
                            </td>
                        }
                    })
                    .collect_view()
            }}
            <td>
                <NumberField label=cell_label(t().custom_work) value=read(|m| m.custom_work)
                    on_change=Callback::new(move |v| edit(Box::new(move |m| m.custom_work = v)))
                    rule=NumberRule::money()
                    id=format!("participant-{index}-custom-work") />
            </td>
            <td>
                <RowMore index=index list=list name=name />
            </td>
            <td>
                <Button label=words(|l| l.participants().remove) look=Look::Subtle
                    aria_label=Signal::derive(move || row_label(t().remove, &name.get()))
                    on_click=move |_| state.edit(|d| { let _ = edits::remove_municipality(d, index); }) />
            </td>
        </tr>
    }
}
