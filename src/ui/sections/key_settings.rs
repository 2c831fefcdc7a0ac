//! The allocation key: its kind and each kind's settings (usage metric, hybrid base and variable part,
//! size bands), the optional minimum and maximum, and the key's calculation problems in plain words.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::advice::{advice_for, key_fit};
use crate::domain::allocation::{BandWeight, HybridBase, KeyKind, KeySettings, VariableBasis};
use crate::domain::edits;
use crate::domain::error::CalcError;
use crate::domain::participants::Variant;
use crate::domain::readiness::awaits_input;
use crate::domain::warnings::{equal_key_warnings, hybrid_base_warning};
use crate::state::use_state;
use crate::ui::fields::{NumberField, NumberRule};
use crate::ui::fields::{OptionalNumberField, SelectField};
use crate::ui::sections::budget::help;
use crate::ui::sections::budget_fields::RadioGroup;

pub fn kind_value(kind: KeyKind) -> &'static str {
    match kind {
        KeyKind::Equal => "equal",
        KeyKind::Inhabitants => "inhabitants",
        KeyKind::Usage => "usage",
        KeyKind::Hybrid => "hybrid",
        KeyKind::Staffel => "staffel",
    }
}

#[component]
pub fn KeyEditor() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let key = Memo::new(move |_| state.document.with(|d| d.key.clone()));
    let kind = Memo::new(move |_| key.with(|k| k.kind));
    let uses_usage = Memo::new(move |_| {
        key.with(|k| {
            k.kind == KeyKind::Usage
                || (k.kind == KeyKind::Hybrid && k.hybrid.variable == VariableBasis::Usage)
        })
    });
    view! {
        <fieldset class="bw-fieldset" id="sleutel">
            <legend>{move || t().key_legend}</legend>
            {help(move || t().key_help)}
            <RadioGroup
                legend=Signal::derive(move || t().key.to_string())
                name="key"
                options=Signal::derive(move || {
                    KeyKind::ALL.iter().map(|k| (kind_value(*k).to_string(), t().key_choice(*k))).collect()
                })
                value=Signal::derive(move || kind_value(kind.get()).to_string())
                on_change=Callback::new(move |value: String| {
                    if let Some(chosen) = KeyKind::ALL.into_iter().find(|k| kind_value(*k) == value) {
                        state.edit(|d| d.key.kind = chosen);
                    }
                })
            />
            <KeyJudgement kind=kind />
            {move || (kind.get() == KeyKind::Hybrid).then(|| view! { <HybridSettings /> })}
            {move || uses_usage.get().then(|| view! { <UsageMetric /> })}
            {move || (kind.get() == KeyKind::Staffel).then(|| view! { <Bands /> })}
            <div class="bw-field-row">
                <OptionalNumberField
                    label=Signal::derive(move || t().minimum.to_string())
                    value=Signal::derive(move || key.with(|k| k.minimum))
                    on_change=Callback::new(move |v| state.edit(|d| d.key.minimum = v))
                    rule=NumberRule::money()
                    id="key-minimum"
                />
                <OptionalNumberField
                    label=Signal::derive(move || t().maximum.to_string())
                    value=Signal::derive(move || key.with(|k| k.maximum))
                    on_change=Callback::new(move |v| state.edit(|d| d.key.maximum = v))
                    rule=NumberRule::money()
                    id="key-maximum"
                />
            </div>
            <KeyProblems />
        </fieldset>
    }
}

#[component]
fn UsageMetric() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let metrics = Memo::new(move |_| state.document.with(|d| d.participants.all_metrics()));
    move || {
        if metrics.with(Vec::is_empty) {
            return view! { <p class="bw-hint">{t().no_metrics}</p> }.into_any();
        }
        view! {
            <SelectField
                label=Signal::derive(move || t().usage_metric.to_string())
                options=Signal::derive(move || metrics.get().into_iter().map(|m| (m.clone(), m)).collect())
                value=Signal::derive(move || state.document.with(|d| d.key.usage_metric.clone()))
                on_change=Callback::new(move |m| state.edit(|d| d.key.usage_metric = m))
                id="key-metric"
            />
        }
        .into_any()
    }
}

#[component]
fn HybridSettings() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let base = Memo::new(move |_| state.document.with(|d| d.key.hybrid.base));
    view! {
        <RadioGroup
            legend=Signal::derive(move || t().hybrid_base.to_string())
            name="hybrid-base"
            options=Signal::derive(move || vec![
                ("fixed".to_string(), t().hybrid_fixed.to_string()),
                ("lines".to_string(), t().hybrid_base_lines.to_string()),
            ])
            value=Signal::derive(move || match base.get() {
                HybridBase::FixedAmount => "fixed".to_string(),
                HybridBase::BaseLines => "lines".to_string(),
            })
            on_change=Callback::new(move |value: String| {
                let chosen = if value == "lines" { HybridBase::BaseLines } else { HybridBase::FixedAmount };
                state.edit(|d| d.key.hybrid.base = chosen);
            })
        />
        {move || (base.get() == HybridBase::FixedAmount).then(|| view! {
            <NumberField
                label=Signal::derive(move || t().hybrid_fixed_amount.to_string())
                value=Signal::derive(move || state.document.with(|d| d.key.hybrid.fixed_base_amount))
                on_change=Callback::new(move |v| state.edit(|d| d.key.hybrid.fixed_base_amount = v))
                rule=NumberRule::money()
                unit=Signal::derive(move || t().euro.to_string())
                id="hybrid-fixed"
            />
            <HybridBaseWarning />
        })}
        <RadioGroup
            legend=Signal::derive(move || t().hybrid_variable.to_string())
            name="hybrid-variable"
            options=Signal::derive(move || vec![
                ("inhabitants".to_string(), state.lang.get().texts().key_name(KeyKind::Inhabitants).to_string()),
                ("usage".to_string(), state.lang.get().texts().key_name(KeyKind::Usage).to_string()),
            ])
            value=Signal::derive(move || state.document.with(|d| match d.key.hybrid.variable {
                VariableBasis::Inhabitants => "inhabitants".to_string(),
                VariableBasis::Usage => "usage".to_string(),
            }))
            on_change=Callback::new(move |value: String| {
                let chosen = if value == "usage" { VariableBasis::Usage } else { VariableBasis::Inhabitants };
                state.edit(|d| d.key.hybrid.variable = chosen);
            })
        />
        <p class="bw-hint">{move || t().custom_work_note}</p>
    }
}

#[component]
fn Bands() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let count = Memo::new(move |_| state.document.with(|d| d.key.staffel.len()));
    view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table bw-edit-table" id="staffel-bands">
                <caption class="utrecht-table__caption">{move || t().bands_caption}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{move || t().band_from}</th>
                        <th scope="col">{move || t().band_weight_kind}</th>
                        <th scope="col">{move || t().band_value}</th>
                        <th scope="col">{move || t().actions}</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">
                    <For each=move || 0..count.get() key=|i| *i let:index>
                        <BandRow index=index count=count />
                    </For>
                </tbody>
            </table>
        </div>
        <div class="bw-actions">
            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="add-band"
                on:click=move |_| state.edit(|d| { edits::add_band(d); })>{move || t().add_band}</button>
            <button type="button" class="utrecht-button utrecht-button--secondary-action"
                on:click=move |_| state.edit(|d| d.key.staffel = KeySettings::vng_2024_bands())>{move || t().vng_bands}</button>
        </div>
    }
}

#[component]
fn BandRow(index: usize, count: Memo<usize>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let band = Memo::new(move |_| state.document.with(|d| d.key.staffel.get(index).cloned()));
    let is_points = Memo::new(move |_| {
        band.with(|b| matches!(b, Some(b) if matches!(b.weight, BandWeight::Points { .. })))
    });
    let band_name = move || t().band_label(index);
    let from_field = move || {
        if index == 0 {
            view! { <span>"0"</span> }.into_any()
        } else {
            view! {
                <NumberField
                    label=Signal::derive(move || t().row_label(t().band_from, &band_name()))
                    value=Signal::derive(move || band.with(|b| b.as_ref().map(|b| b.from_inhabitants).unwrap_or_default()))
                    on_change=Callback::new(move |v| state.edit(|d| if let Some(b) = d.key.staffel.get_mut(index) { b.from_inhabitants = v }))
                    rule=NumberRule::inhabitants()
                    id=format!("band-{index}-from")
                />
            }
            .into_any()
        }
    };
    view! {
        <tr>
            <td>{from_field}</td>
            <td>
                <SelectField
                    label=Signal::derive(move || t().row_label(t().band_weight_kind, &band_name()))
                    options=Signal::derive(move || vec![
                        ("rate".to_string(), t().band_rate.to_string()),
                        ("points".to_string(), t().band_points.to_string()),
                    ])
                    value=Signal::derive(move || if is_points.get() { "points".to_string() } else { "rate".to_string() })
                    on_change=Callback::new(move |value: String| state.edit(|d| {
                        if let Some(b) = d.key.staffel.get_mut(index) {
                            b.weight = if value == "points" {
                                BandWeight::Points { points: Decimal::ONE }
                            } else {
                                BandWeight::PerInhabitant { rate: Decimal::ONE }
                            };
                        }
                    }))
                    id=format!("band-{index}-kind")
                />
            </td>
            <td>
                <NumberField
                    label=Signal::derive(move || t().row_label(t().band_value, &band_name()))
                    value=Signal::derive(move || band.with(|b| match b.as_ref().map(|b| &b.weight) {
                        Some(BandWeight::PerInhabitant { rate }) => *rate,
                        Some(BandWeight::Points { points }) => *points,
                        None => Decimal::ZERO,
                    }))
                    on_change=Callback::new(move |v| state.edit(|d| {
                        if let Some(b) = d.key.staffel.get_mut(index) {
                            match &mut b.weight {
                                BandWeight::PerInhabitant { rate } => *rate = v,
                                BandWeight::Points { points } => *points = v,
                            }
                        }
                    }))
                    rule=NumberRule::quantity()
                    id=format!("band-{index}-value")
                />
            </td>
            <td>
                <button type="button" class="utrecht-button utrecht-button--subtle"
                    disabled=move || count.get() <= 1
                    aria-label=move || t().row_label(t().remove, &band_name())
                    on:click=move |_| state.edit(|d| { let _ = edits::remove_band(d, index); })>{move || t().remove}</button>
            </td>
        </tr>
    }
}

/// The guide's judgement of the chosen key: its pros and cons, how it fits the collaboration level, and the
/// equal key's warnings for this community.
#[component]
fn KeyJudgement(kind: Memo<KeyKind>) -> impl IntoView {
    let state = use_state();
    let level = Memo::new(move |_| state.document.with(|d| d.collaboration_level));
    let warnings = Memo::new(move |_| {
        state.report.with(|report| match report {
            Ok(report) => state.document.with(|d| equal_key_warnings(d, report)),
            Err(_) => Vec::new(),
        })
    });
    let judgement = move || {
        let lang = state.lang.get();
        let guide = lang.guide();
        let insight = lang.insight();
        let kind = kind.get();
        let level = level.get();
        let advised: Vec<String> = advice_for(level)
            .suitable_keys
            .iter()
            .map(|key| lang.texts().key_name(*key).to_string())
            .collect();
        let advised = match advised.as_slice() {
            [first @ .., last] if !first.is_empty() => {
                format!("{} {} {last}", first.join(", "), lang.letters().or)
            }
            _ => advised.join(""),
        };
        let fit = guide.key_fit(key_fit(level, kind), insight.level_name(level), &advised);
        view! {
            <p class="bw-guide__title">{guide.key_judgement_label}": "{lang.texts().key_name(kind)}</p>
            <dl class="bw-pros-cons">
                <dt>{guide.pros_label}</dt>
                <dd>{guide.pros(kind)}</dd>
                <dt>{guide.cons_label}</dt>
                <dd>{guide.cons(kind)}</dd>
            </dl>
            <p>{fit}</p>
        }
    };
    let warning_views = move || {
        let lang = state.lang.get();
        let names: Vec<String> = state
            .document
            .with(|d| d.scenarios.iter().map(|s| s.name.clone()).collect());
        warnings
            .get()
            .iter()
            .map(|warning| {
                view! { <p class="bw-warning" data-testid="key-warning">{lang.guide().equal_key_warning(warning, &names)}</p> }
            })
            .collect_view()
    };
    view! {
        <div class="bw-guide" data-testid="key-judgement">{judgement}</div>
        <div role="status">{warning_views}</div>
    }
}

/// At the hybrid key's base amount: the scenarios it does not fit, what would fit, and a button that takes
/// the base lines instead.
#[component]
fn HybridBaseWarning() -> impl IntoView {
    let state = use_state();
    let warning = Memo::new(move |_| {
        state.report.with(|report| match report {
            Ok(report) => state.document.with(|d| hybrid_base_warning(d, report)),
            Err(_) => None,
        })
    });
    let content = move || {
        let lang = state.lang.get();
        let guide = lang.guide();
        warning.get().map(|warning| {
            let names: Vec<String> = state
                .document
                .with(|d| d.scenarios.iter().map(|s| s.name.clone()).collect());
            let sentences = guide.hybrid_base_warning(&warning, &names).join(" ");
            let button = warning.base_lines_flagged.then(|| {
                view! {
                    <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="use-base-lines"
                        on:click=move |_| state.edit(|d| d.key.hybrid.base = HybridBase::BaseLines)>
                        {guide.use_base_lines}
                    </button>
                }
            });
            view! {
                <div class="bw-warning" data-testid="hybrid-base-warning">
                    <p>{sentences}</p>
                    {button}
                </div>
            }
        })
    };
    view! { <div role="status" id="hybrid-fixed-warning">{content}</div> }
}

/// The chosen key's problems: a document problem in the key's settings, or a calculation error per scenario
/// and variant, in words. A hybrid base larger than a scenario is said at the base field instead.
#[component]
fn KeyProblems() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let t = lang.edit();
        let messages: Vec<String> = state.report.with(|report| match report {
            Err(problems) => problems
                .iter()
                .filter(|p| p.path.starts_with("key"))
                .map(|p| lang.texts().problem_message(p))
                .collect(),
            Ok(report) => {
                let names: Vec<String> = state
                    .document
                    .with(|d| d.scenarios.iter().map(|s| s.name.clone()).collect());
                let mut messages = Vec::new();
                for variant in Variant::BOTH {
                    let label = match variant {
                        Variant::Current => t.variant_a,
                        Variant::Grown => t.variant_b,
                    };
                    for (result, name) in report.variant(variant).results.iter().zip(&names) {
                        let Err(error) = &result.allocation else {
                            continue;
                        };
                        // The base's overrun is said at the base field; without participants yet the page
                        // guides instead (`ui::guidance`).
                        if matches!(error, CalcError::BaseExceedsTotal { .. }) {
                            continue;
                        }
                        if !state.document.with(|d| awaits_input(d, error)) {
                            messages.push(format!(
                                "{} {name}, {label}: {}",
                                t.key_problem_in,
                                lang.texts().calc_error(error)
                            ));
                        }
                    }
                }
                messages
            }
        });
        messages
            .into_iter()
            .map(|message| view! { <p class="bw-error" data-testid="error" role="alert">{message}</p> })
            .collect_view()
    }
}
