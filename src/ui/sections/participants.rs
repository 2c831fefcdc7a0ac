//! Section 3: participants (summary or list, pasted from Excel), growth, reference municipalities and the
//! allocation key.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::edits;
use crate::domain::participants::{InhabitantsBasis, ParticipantMode};
use crate::domain::validation::MAX_MUNICIPALITIES;
use crate::state::use_state;
use crate::text::row_label;
use crate::ui::button::{Button, Look};
use crate::ui::directory::DirectorySuggestions;
use crate::ui::fields::{NumberField, NumberRule, RadioGroup, TextField};
use crate::ui::help::Help;
use crate::ui::sections::key_compare::KeyComparison;
use crate::ui::sections::key_settings::KeyEditor;
use crate::ui::sections::participants_growth::{GrowthEditor, ReferenceEditor};
use crate::ui::sections::participants_list::ParticipantList;
use crate::ui::sections::participants_paste::PasteList;
use crate::ui::sections::participants_refresh::RefreshInhabitants;
use crate::ui::words::words;

#[component]
pub fn ParticipantsAndKey() -> impl IntoView {
    let state = use_state();
    let mode = Memo::new(move |_| state.document.with(|d| d.participants.mode));
    // One suggestion list for every municipality name field in this section.
    provide_context(DirectorySuggestions::new());
    view! {
        <section class="bw-section" id="deelnemers" aria-labelledby="deelnemers-heading">
            <h2 id="deelnemers-heading">{words(|l| l.texts().participants_heading)}</h2>
            <Help paragraphs=|l| l.participants().participants_help />
            <RadioGroup
                legend=words(|l| l.participants().mode_legend)
                name="mode"
                options=Signal::derive(move || {
                    let t = state.lang.get().participants();
                    vec![
                        (ParticipantMode::Summary, t.mode_summary.to_string()),
                        (ParticipantMode::List, t.mode_list.to_string()),
                    ]
                })
                value=mode
                on_change=move |mode| state.edit(|d| edits::set_participant_mode(d, mode))
            />
            <MetricsEditor />
            {move || match mode.get() {
                ParticipantMode::Summary => view! { <SummaryEditor /> }.into_any(),
                ParticipantMode::List => view! { <ParticipantList /> }.into_any(),
            }}
            <PasteList />
            <RefreshInhabitants />
            <GrowthEditor />
            <ReferenceEditor />
            <KeyEditor />
            <KeyComparison />
        </section>
    }
}

#[component]
fn SummaryEditor() -> impl IntoView {
    let state = use_state();
    let metrics = state.metrics;
    view! {
        <div class="bw-field-row">
            <NumberField
                label=words(|l| l.participants().participant_count)
                value=state.value(|d| Decimal::from(d.participants.summary.count))
                on_change=state.setter(|d, count: Decimal| d.participants.summary.count = count.to_u32().unwrap_or(0))
                rule=NumberRule::count(Decimal::from(MAX_MUNICIPALITIES))
                id="summary-count"
            />
            <NumberField
                label=words(|l| l.participants().inhabitants)
                value=state.value(|d| d.participants.summary.inhabitants)
                on_change=state.setter(|d, inhabitants| d.participants.summary.inhabitants = inhabitants)
                rule=NumberRule::inhabitants()
                id="summary-inhabitants"
            />
        </div>
        <RadioGroup
            legend=words(|l| l.participants().inhabitants_basis)
            name="basis"
            options=Signal::derive(move || {
                let t = state.lang.get().participants();
                vec![
                    (InhabitantsBasis::Total, t.basis_total.to_string()),
                    (InhabitantsBasis::Average, t.basis_average.to_string()),
                ]
            })
            value=state.value(|d| d.participants.summary.inhabitants_basis)
            on_change=state.setter(|d, basis| d.participants.summary.inhabitants_basis = basis)
        />
        {move || {
            metrics
                .get()
                .into_iter()
                .map(|metric| {
                    let read = metric.clone();
                    let write = metric.clone();
                    view! {
                        <NumberField
                            label=Signal::derive(move || format!("{}: {}", state.lang.get().participants().average_usage_of, metric))
                            value=Signal::derive(move || state.document.with(|d| {
                                d.participants.summary.average_usage.get(&read).copied().unwrap_or_default()
                            }))
                            on_change=move |usage| {
                                let metric = write.clone();
                                state.edit(|d| { d.participants.summary.average_usage.insert(metric, usage); });
                            }
                            rule=NumberRule::quantity()
                        />
                    }
                })
                .collect_view()
        }}
    }
}

/// The names of the usage metrics: add, rename, remove.
#[component]
fn MetricsEditor() -> impl IntoView {
    let state = use_state();
    let count = Memo::new(move |_| state.document.with(|d| d.participants.metrics.len()));
    let new_name = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let add = move |_| {
        let name = new_name.get_untracked();
        let mut result = Ok(());
        state.edit(|d| result = edits::add_metric(d, &name));
        problem.set(result.is_err());
        if result.is_ok() {
            new_name.set(String::new());
        }
    };
    view! {
        <fieldset class="bw-fieldset">
            <legend>{words(|l| l.participants().metrics_legend)}</legend>
            <ul class="bw-plain-list">
                <For each=move || 0..count.get() key=|i| *i let:index>
                    {
                        let name = Signal::derive(move || state.document.with(|d| d.participants.metrics.get(index).cloned().unwrap_or_default()));
                        view! {
                            <li class="bw-field-row">
                                <TextField
                                    label=words(|l| l.participants().metric_name)
                                    value=name
                                    on_change=move |text: String| {
                                        let old = name.get_untracked();
                                        state.edit(|d| { let _ = edits::rename_metric(d, &old, &text); });
                                    }
                                />
                                <Button label=words(|l| l.participants().remove) look=Look::Subtle
                                    aria_label=Signal::derive(move || {
                                        let t = state.lang.get().participants();
                                        row_label(t.remove_metric, &name.get())
                                    })
                                    on_click=move |_| {
                                        let old = name.get_untracked();
                                        state.edit(|d| edits::remove_metric(d, &old));
                                    } />
                            </li>
                        }
                    }
                </For>
            </ul>
            <div class="bw-field-row">
                <TextField
                    label=words(|l| l.participants().new_metric)
                    value=new_name
                    on_change=move |text| new_name.set(text)
                    id="new-metric"
                />
                <Button label=words(|l| l.participants().add_metric) testid="add-metric" on_click=add />
            </div>
            {move || problem.get().then(|| view! {
                <p class="bw-field-message" data-testid="error" role="alert">{words(|l| l.participants().metric_name_taken)}</p>
            })}
        </fieldset>
    }
}
