//! "What would we pay under each key?": one municipality, every key, side by side.

use leptos::prelude::*;

use crate::domain::key_comparison::{compare_keys, KeyOutcome, Subject};
use crate::domain::participants::{ParticipantMode, Variant};
use crate::state::{use_state, AppState};
use crate::ui::fields::{scenario_options, SelectField};
use crate::ui::format::money;
use crate::ui::guidance::calc_problem;

fn subject_value(subject: Subject) -> String {
    match subject {
        Subject::Participant(index) => format!("p{index}"),
        Subject::Reference(index) => format!("r{index}"),
    }
}

fn parse_subject(value: &str) -> Option<Subject> {
    let index = value.get(1..)?.parse().ok()?;
    match value.chars().next()? {
        'p' => Some(Subject::Participant(index)),
        'r' => Some(Subject::Reference(index)),
        _ => None,
    }
}

pub fn variant_value(variant: Variant) -> String {
    match variant {
        Variant::Current => "a".into(),
        Variant::Grown => "b".into(),
    }
}

pub fn parse_variant(value: &str) -> Variant {
    if value == "b" {
        Variant::Grown
    } else {
        Variant::Current
    }
}

pub fn variant_options() -> Signal<Vec<(String, String)>> {
    let state = use_state();
    Signal::derive(move || {
        let t = state.lang.get().edit();
        vec![
            (variant_value(Variant::Current), t.variant_a.to_string()),
            (variant_value(Variant::Grown), t.variant_b.to_string()),
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
    let state = use_state();
    let t = move || state.lang.get().edit();
    let ScenarioVariantChoice {
        chosen_scenario,
        variant,
        scenario,
    } = choice;
    view! {
        <SelectField
            label=Signal::derive(move || t().scenario.to_string())
            options=scenario_options()
            value=Signal::derive(move || scenario.get().to_string())
            on_change=Callback::new(move |value: String| chosen_scenario.set(value.parse().ok()))
            id=format!("{id_prefix}-scenario")
        />
        <SelectField
            label=Signal::derive(move || t().variant.to_string())
            options=variant_options()
            value=Signal::derive(move || variant_value(variant.get()))
            on_change=Callback::new(move |value: String| variant.set(parse_variant(&value)))
            id=format!("{id_prefix}-variant")
        />
    }
}

#[component]
pub fn KeyComparison() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
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
    let table = move || {
        let lang = state.lang.get();
        let precision = state.precision.get();
        let t = lang.edit();
        let Some(subject) = subject.get() else {
            return view! { <p class="bw-hint">{t.nobody_to_compare}</p> }.into_any();
        };
        let variant = variant.get();
        let scenario = scenario.get();
        let rows = state.report.with(|report| match report {
            Ok(report) => state
                .document
                .with(|d| compare_keys(d, report, scenario, variant, subject)),
            Err(_) => Err(crate::domain::error::CalcError::NoParticipants),
        });
        let who = subjects.with(|options| {
            options
                .iter()
                .find(|(s, _)| *s == subject)
                .map(|(_, name)| name.clone())
                .unwrap_or_default()
        });
        let scenario_name = state.document.with(|d| {
            d.scenarios
                .get(scenario)
                .map(|s| s.name.clone())
                .unwrap_or_default()
        });
        let variant_name = match variant {
            Variant::Current => t.variant_a,
            Variant::Grown => t.variant_b,
        };
        let rows = match rows {
            Err(error) => {
                return state
                    .document
                    .with(|document| calc_problem(lang, document, &error))
            }
            Ok(rows) => rows,
        };
        let body = rows
            .into_iter()
            .map(|row| {
                let name = if row.chosen {
                    format!("{} {}", lang.texts().key_name(row.kind), t.current_key)
                } else {
                    lang.texts().key_name(row.kind).to_string()
                };
                let (shared, total) = match row.outcome {
                    KeyOutcome::Pays { shared, total } => (money(shared, lang, precision), money(total, lang, precision)),
                    KeyOutcome::NotApplicable => (t.not_applicable.to_string(), String::new()),
                    KeyOutcome::Failed(error) => (lang.texts().calc_error(&error), String::new()),
                };
                let class = if row.chosen { "bw-chosen" } else { "" };
                view! {
                    <tr class=class data-testid=format!("compare-{}", crate::ui::sections::key_settings::kind_value(row.kind))>
                        <th scope="row">{name}</th>
                        <td class="bw-number">{shared}</td>
                        <td class="bw-number">{total}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="bw-table-scroll" tabindex="0">
                <table class="utrecht-table bw-table" data-testid="compare-keys">
                    <caption class="utrecht-table__caption">{t.compare_caption(&who, &scenario_name, variant_name)}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col">{t.key}</th>
                            <th scope="col" class="bw-number">{t.contribution}</th>
                            <th scope="col" class="bw-number">{t.custom_work_total()}</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{body}</tbody>
                </table>
            </div>
        }
        .into_any()
    };
    view! {
        <fieldset class="bw-fieldset" id="vergelijken">
            <legend>{move || t().compare_legend}</legend>
            <div class="bw-field-row">
                <SelectField
                    label=Signal::derive(move || t().compare_subject.to_string())
                    options=Signal::derive(move || subjects.get().into_iter().map(|(s, name)| (subject_value(s), name)).collect())
                    value=Signal::derive(move || subject.get().map(subject_value).unwrap_or_default())
                    on_change=Callback::new(move |value: String| chosen_subject.set(parse_subject(&value)))
                    id="compare-subject"
                />
                <ScenarioVariantPicker choice=choice id_prefix="compare" />
            </div>
            {table}
        </fieldset>
    }
}
