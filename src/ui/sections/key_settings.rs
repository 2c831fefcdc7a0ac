//! The allocation key: its kind and each kind's settings (usage metric, hybrid base and variable part,
//! size bands), the optional minimum and maximum, and the key's calculation problems in plain words.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::allocation::{BandWeight, HybridBase, KeyKind, KeySettings, VariableBasis};
use crate::domain::edits;
use crate::domain::participants::Variant;
use crate::domain::validation::{MAX_AMOUNT, MAX_INHABITANTS, MAX_QUANTITY};
use crate::state::use_state;
use crate::ui::fields::{NumberField, NumberRule};
use crate::ui::fields::{OptionalNumberField, SelectField};
use crate::ui::i18n::{calc_error, problem_message};
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
                    KeyKind::ALL.iter().map(|k| (kind_value(*k).to_string(), t().key_kind(*k).to_string())).collect()
                })
                value=Signal::derive(move || kind_value(kind.get()).to_string())
                on_change=Callback::new(move |value: String| {
                    if let Some(chosen) = KeyKind::ALL.into_iter().find(|k| kind_value(*k) == value) {
                        state.edit(|d| d.key.kind = chosen);
                    }
                })
            />
            {move || (kind.get() == KeyKind::Hybrid).then(|| view! { <HybridSettings /> })}
            {move || uses_usage.get().then(|| view! { <UsageMetric /> })}
            {move || (kind.get() == KeyKind::Staffel).then(|| view! { <Bands /> })}
            <div class="bw-field-row">
                <OptionalNumberField
                    label=Signal::derive(move || t().minimum.to_string())
                    value=Signal::derive(move || key.with(|k| k.minimum))
                    on_change=Callback::new(move |v| state.edit(|d| d.key.minimum = v))
                    rule=NumberRule::money(MAX_AMOUNT)
                    id="key-minimum"
                />
                <OptionalNumberField
                    label=Signal::derive(move || t().maximum.to_string())
                    value=Signal::derive(move || key.with(|k| k.maximum))
                    on_change=Callback::new(move |v| state.edit(|d| d.key.maximum = v))
                    rule=NumberRule::money(MAX_AMOUNT)
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
                rule=NumberRule::money(MAX_AMOUNT)
                unit=Signal::derive(move || t().euro.to_string())
                id="hybrid-fixed"
            />
        })}
        <RadioGroup
            legend=Signal::derive(move || t().hybrid_variable.to_string())
            name="hybrid-variable"
            options=Signal::derive(move || vec![
                ("inhabitants".to_string(), t().key_short(KeyKind::Inhabitants).to_string()),
                ("usage".to_string(), t().key_short(KeyKind::Usage).to_string()),
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
                    rule=NumberRule::count(MAX_INHABITANTS)
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
                    rule=NumberRule::non_negative(MAX_QUANTITY)
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

/// The chosen key's problems: a document problem in the key's settings, or a calculation error per scenario
/// and variant, in words.
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
                .map(|p| problem_message(lang, p))
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
                        if let Err(error) = &result.allocation {
                            messages.push(format!(
                                "{} {name}, {label}: {}",
                                t.key_problem_in,
                                calc_error(lang, error)
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
