//! Section 3: participants (summary or list, pasted from Excel), growth, reference municipalities and the
//! allocation key.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::edits;
use crate::domain::participants::{InhabitantsBasis, ParticipantMode};
use crate::domain::validation::{MAX_INHABITANTS, MAX_MUNICIPALITIES, MAX_QUANTITY};
use crate::state::use_state;
use crate::ui::fields::{NumberField, NumberRule, TextField};
use crate::ui::sections::budget::help;
use crate::ui::sections::budget_fields::RadioGroup;
use crate::ui::sections::key_compare::KeyComparison;
use crate::ui::sections::key_settings::KeyEditor;
use crate::ui::sections::participants_growth::{GrowthEditor, ReferenceEditor};
use crate::ui::sections::participants_list::ParticipantList;
use crate::ui::sections::participants_paste::PasteList;

#[component]
pub fn ParticipantsAndKey() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    let t = move || state.lang.get().edit();
    let mode = Memo::new(move |_| state.document.with(|d| d.participants.mode));
    view! {
        <section class="bw-section" id="deelnemers" aria-labelledby="deelnemers-heading">
            <h2 id="deelnemers-heading">{move || texts().participants_heading}</h2>
            {help(move || t().participants_help)}
            <RadioGroup
                legend=Signal::derive(move || t().mode_legend.to_string())
                name="mode"
                options=Signal::derive(move || vec![
                    ("summary".to_string(), t().mode_summary.to_string()),
                    ("list".to_string(), t().mode_list.to_string()),
                ])
                value=Signal::derive(move || match mode.get() {
                    ParticipantMode::Summary => "summary".to_string(),
                    ParticipantMode::List => "list".to_string(),
                })
                on_change=Callback::new(move |value: String| {
                    let mode = if value == "list" { ParticipantMode::List } else { ParticipantMode::Summary };
                    state.edit(|d| edits::set_participant_mode(d, mode));
                })
            />
            <MetricsEditor />
            {move || match mode.get() {
                ParticipantMode::Summary => view! { <SummaryEditor /> }.into_any(),
                ParticipantMode::List => view! { <ParticipantList /> }.into_any(),
            }}
            <PasteList />
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
    let t = move || state.lang.get().edit();
    let metrics = Memo::new(move |_| state.document.with(|d| d.participants.all_metrics()));
    view! {
        <div class="bw-field-row">
            <NumberField
                label=Signal::derive(move || t().participant_count.to_string())
                value=Signal::derive(move || state.document.with(|d| Decimal::from(d.participants.summary.count)))
                on_change=Callback::new(move |v: Decimal| {
                    let count = v.to_u32().unwrap_or(0);
                    state.edit(|d| d.participants.summary.count = count);
                })
                rule=NumberRule::count(Decimal::from(MAX_MUNICIPALITIES))
                id="summary-count"
            />
            <NumberField
                label=Signal::derive(move || t().inhabitants.to_string())
                value=Signal::derive(move || state.document.with(|d| d.participants.summary.inhabitants))
                on_change=Callback::new(move |v| state.edit(|d| d.participants.summary.inhabitants = v))
                rule=NumberRule::count(MAX_INHABITANTS)
                id="summary-inhabitants"
            />
        </div>
        <RadioGroup
            legend=Signal::derive(move || t().inhabitants_basis.to_string())
            name="basis"
            options=Signal::derive(move || vec![
                ("total".to_string(), t().basis_total.to_string()),
                ("average".to_string(), t().basis_average.to_string()),
            ])
            value=Signal::derive(move || state.document.with(|d| match d.participants.summary.inhabitants_basis {
                InhabitantsBasis::Total => "total".to_string(),
                InhabitantsBasis::Average => "average".to_string(),
            }))
            on_change=Callback::new(move |value: String| {
                let basis = if value == "average" { InhabitantsBasis::Average } else { InhabitantsBasis::Total };
                state.edit(|d| d.participants.summary.inhabitants_basis = basis);
            })
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
                            label=Signal::derive(move || format!("{}: {}", t().average_usage_of, metric))
                            value=Signal::derive(move || state.document.with(|d| {
                                d.participants.summary.average_usage.get(&read).copied().unwrap_or_default()
                            }))
                            on_change=Callback::new(move |v| {
                                let metric = write.clone();
                                state.edit(|d| { d.participants.summary.average_usage.insert(metric, v); });
                            })
                            rule=NumberRule::non_negative(MAX_QUANTITY)
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
    let t = move || state.lang.get().edit();
    let count = Memo::new(move |_| state.document.with(|d| d.participants.metrics.len()));
    let new_name = RwSignal::new(String::new());
    let problem = RwSignal::new(false);
    let add = move || {
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
            <legend>{move || t().metrics_legend}</legend>
            <ul class="bw-plain-list">
                <For each=move || 0..count.get() key=|i| *i let:index>
                    {
                        let name = Signal::derive(move || state.document.with(|d| d.participants.metrics.get(index).cloned().unwrap_or_default()));
                        view! {
                            <li class="bw-inline-row">
                                <TextField
                                    label=Signal::derive(move || t().metric_name.to_string())
                                    value=name
                                    on_change=Callback::new(move |text: String| {
                                        let old = name.get_untracked();
                                        state.edit(|d| { let _ = edits::rename_metric(d, &old, &text); });
                                    })
                                />
                                <button type="button" class="utrecht-button utrecht-button--subtle"
                                    aria-label=move || t().row_label(t().remove_metric, &name.get())
                                    on:click=move |_| {
                                        let old = name.get_untracked();
                                        state.edit(|d| edits::remove_metric(d, &old));
                                    }>{move || t().remove}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <div class="bw-inline-row">
                <TextField
                    label=Signal::derive(move || t().new_metric.to_string())
                    value=new_name
                    on_change=Callback::new(move |text| new_name.set(text))
                    id="new-metric"
                />
                <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="add-metric"
                    on:click=move |_| add()>{move || t().add_metric}</button>
            </div>
            {move || problem.get().then(|| view! {
                <p class="bw-field-message" data-testid="error" role="alert">{t().metric_name_taken}</p>
            })}
        </fieldset>
    }
}
