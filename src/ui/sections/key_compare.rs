//! "What would we pay under each key?": one municipality, every key, side by side.

use leptos::prelude::*;

use crate::domain::key_comparison::{compare_keys, KeyOutcome, Subject};
use crate::domain::participants::{ParticipantMode, Variant};
use crate::state::{use_state, AppState};
use crate::ui::fields::{scenario_options, Choice, SelectField};
use crate::ui::guidance::calc_problem;
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::words::words;

/// The two variants as select options.
pub fn variant_options() -> Signal<Vec<(Variant, String)>> {
    let state = use_state();
    Signal::derive(move || {
        let t = state.lang.get().results();
        vec![
            (Variant::Current, t.variant_a.to_string()),
            (Variant::Grown, t.variant_b.to_string()),
        ]
    })
}

/// The scenario and variant a table shows: the user's choice, else the recommended scenario, variant A.
#[derive(Clone, Copy)]
pub struct ScenarioVariantChoice {
    chosen_scenario: RwSignal<Option<usize>>,
    pub variant: RwSignal<Variant>,
    /// The chosen scenario while it exists, else the recommended one.
    pub scenario: Memo<usize>,
}

impl ScenarioVariantChoice {
    pub fn new(state: AppState) -> ScenarioVariantChoice {
        let chosen_scenario = RwSignal::new(None::<usize>);
        let scenario = Memo::new(move |_| {
            let count = state.document.with(|d| d.scenarios.len());
            chosen_scenario
                .get()
                .filter(|s| *s < count)
                .unwrap_or_else(|| state.document.with(|d| d.recommended_scenario()))
        });
        ScenarioVariantChoice {
            chosen_scenario,
            variant: RwSignal::new(Variant::Current),
            scenario,
        }
    }
}

/// The two selects of a [`ScenarioVariantChoice`]; their ids are `<id_prefix>-scenario` and `-variant`.
#[component]
pub fn ScenarioVariantPicker(
    choice: ScenarioVariantChoice,
    id_prefix: &'static str,
) -> impl IntoView {
    let ScenarioVariantChoice {
        chosen_scenario,
        variant,
        scenario,
    } = choice;
    view! {
        <SelectField
            label=words(|l| l.results().scenario)
            options=scenario_options()
            value=scenario
            on_change=move |chosen| chosen_scenario.set(Some(chosen))
            id=format!("{id_prefix}-scenario")
        />
        <SelectField
            label=words(|l| l.results().variant)
            options=variant_options()
            value=variant
            on_change=move |chosen| variant.set(chosen)
            id=format!("{id_prefix}-variant")
        />
    }
}

#[component]
pub fn KeyComparison() -> impl IntoView {
    let state = use_state();
    let chosen_subject = RwSignal::new(None::<Subject>);
    let choice = ScenarioVariantChoice::new(state);
    let (scenario, variant) = (choice.scenario, choice.variant);
    let subjects = Memo::new(move |_| {
        state.document.with(|d| {
            let mut options: Vec<(Subject, String)> = Vec::new();
            if d.participants.mode == ParticipantMode::List {
                options.extend(
                    d.participants
                        .list
                        .iter()
                        .enumerate()
                        .map(|(i, m)| (Subject::Participant(i), m.name.clone())),
                );
            }
            options.extend(
                d.reference_municipalities
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (Subject::Reference(i), r.name.clone())),
            );
            options
        })
    });
    let subject = Memo::new(move |_| {
        let options = subjects.get();
        chosen_subject
            .get()
            .filter(|s| options.iter().any(|(o, _)| o == s))
            .or_else(|| options.first().map(|(s, _)| *s))
    });
    // What the chosen municipality pays under every key, or why that cannot be said.
    let outcome = Memo::new(move |_| {
        let subject = subject.get()?;
        let (scenario, variant) = (scenario.get(), variant.get());
        Some(state.report.with(|report| {
            match report {
                Ok(report) => state
                    .document
                    .with(|d| compare_keys(d, report, scenario, variant, subject)),
                Err(_) => Err(crate::domain::error::CalcError::DocumentHasProblems),
            }
        }))
    });
    let table = Memo::new(move |_| {
        let rows = outcome.get()?.ok()?;
        let lang = state.lang.get();
        let precision = state.precision.get();
        let (texts, t) = (lang.texts(), lang.results());
        let subject = subject.get()?;
        let who = subjects.with(|options| {
            options
                .iter()
                .find(|(s, _)| *s == subject)
                .map(|(_, name)| name.clone())
                .unwrap_or_default()
        });
        let scenario_name = state.document.with(|d| {
            d.scenarios
                .get(scenario.get())
                .map(|s| s.name.clone())
                .unwrap_or_default()
        });
        let variant_name = match variant.get() {
            Variant::Current => t.variant_a,
            Variant::Grown => t.variant_b,
        };
        let mut table = Table::new(
            t.compare_caption(&who, &scenario_name, variant_name),
            vec![
                Cell::head(t.key),
                Cell::number_head(t.contribution),
                Cell::number_head(t.custom_work_total()),
            ],
        )
        .testid("compare-keys");
        for row in rows {
            let name = match row.chosen {
                true => format!("{} {}", texts.key_name(row.kind), t.current_key),
                false => texts.key_name(row.kind).to_string(),
            };
            let (shared, total) = match row.outcome {
                KeyOutcome::Pays { shared, total } => {
                    (lang.money(shared, precision), lang.money(total, precision))
                }
                KeyOutcome::NotApplicable => (t.not_applicable.to_string(), String::new()),
                KeyOutcome::Failed(error) => (texts.calc_error(&error), String::new()),
            };
            let cells = vec![
                Cell::row_head(name),
                Cell::number(shared),
                Cell::number(total),
            ];
            let mut line = Row::new(cells).testid(format!("compare-{}", row.kind.to_value()));
            if row.chosen {
                line = line.class("bw-chosen");
            }
            table.body.push(line);
        }
        Some(table)
    });
    let problem = move || match outcome.get() {
        None => Some(
            view! { <p class="bw-hint">{words(|l| l.results().nobody_to_compare)}</p> }.into_any(),
        ),
        Some(Err(error)) => Some(
            state
                .document
                .with(|d| calc_problem(state.lang.get(), d, &error)),
        ),
        Some(Ok(_)) => None,
    };
    view! {
        <fieldset class="bw-fieldset" id="vergelijken">
            <legend>{words(|l| l.results().compare_legend)}</legend>
            <div class="bw-field-row">
                <SelectField
                    label=words(|l| l.results().compare_subject)
                    options=subjects
                    value=Signal::derive(move || subject.get().unwrap_or(Subject::Reference(0)))
                    on_change=move |chosen| chosen_subject.set(Some(chosen))
                    id="compare-subject"
                />
                <ScenarioVariantPicker choice=choice id_prefix="compare" />
            </div>
            {problem}
            <DataTable table=table />
        </fieldset>
    }
}
