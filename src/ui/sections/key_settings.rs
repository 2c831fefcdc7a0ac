//! The allocation key: its kind and each kind's settings (usage metric, hybrid base and variable part,
//! size bands), the optional minimum and maximum, and the key's calculation problems in plain words.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::advice::{advice_for, key_fit};
use crate::domain::edits;
use crate::domain::error::CalcError;
use crate::domain::key::{BandWeight, HybridBase, KeyKind, KeySettings, VariableBasis};
use crate::domain::participants::Variant;
use crate::domain::readiness::awaits_input;
use crate::domain::warnings::{equal_key_warnings, hybrid_base_warning};
use crate::state::use_state;
use crate::text::{row_label, Lang};
use crate::ui::button::{Button, Look};
use crate::ui::fields::{
    Choice, NumberField, NumberRule, OptionalNumberField, RadioGroup, SelectField,
};
use crate::ui::help::Help;
use crate::ui::sections::key_tariffs::{said_at_its_field, MarginalBands, TariffClasses};
use crate::ui::words::words;

#[component]
pub fn KeyEditor() -> impl IntoView {
    let state = use_state();
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
            <legend>{words(|l| l.key().key_legend)}</legend>
            <Help paragraphs=|l| l.key().key_help />
            <RadioGroup
                legend=words(|l| l.results().key)
                name="key"
                options=Signal::derive(move || {
                    let t = state.lang.get().key();
                    KeyKind::ALL.iter().map(|k| (*k, t.key_choice(*k))).collect()
                })
                value=kind
                on_change=state.setter(edits::set_key_kind)
            />
            <KeyJudgement kind=kind />
            {move || (kind.get() == KeyKind::Hybrid).then(|| view! { <HybridSettings /> })}
            {move || uses_usage.get().then(|| view! { <UsageMetric /> })}
            {move || (kind.get() == KeyKind::Staffel).then(|| view! { <Bands /> <MarginalBands /> })}
            {move || (kind.get() == KeyKind::Tariffs).then(|| view! { <TariffClasses /> })}
            <div class="bw-field-row">
                <OptionalNumberField
                    label=words(|l| l.key().minimum)
                    value=state.value(|d| d.key.minimum)
                    on_change=state.setter(|d, minimum| d.key.minimum = minimum)
                    rule=NumberRule::money()
                    id="key-minimum"
                />
                <OptionalNumberField
                    label=words(|l| l.key().maximum)
                    value=state.value(|d| d.key.maximum)
                    on_change=state.setter(|d, maximum| d.key.maximum = maximum)
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
    let metrics = state.metrics;
    move || {
        if metrics.with(Vec::is_empty) {
            return view! { <p class="bw-hint">{words(|l| l.key().no_metrics)}</p> }.into_any();
        }
        view! {
            <SelectField
                label=words(|l| l.key().usage_metric)
                options=Signal::derive(move || metrics.get().into_iter().map(|m| (m.clone(), m)).collect())
                value=state.value(|d| d.key.usage_metric.clone())
                on_change=state.setter(|d, metric| d.key.usage_metric = metric)
                id="key-metric"
            />
        }
        .into_any()
    }
}

#[component]
fn HybridSettings() -> impl IntoView {
    let state = use_state();
    let base = Memo::new(move |_| state.document.with(|d| d.key.hybrid.base));
    view! {
        <RadioGroup
            legend=words(|l| l.key().hybrid_base)
            name="hybrid-base"
            options=Signal::derive(move || {
                let t = state.lang.get().key();
                vec![
                    (HybridBase::FixedAmount, t.hybrid_fixed.to_string()),
                    (HybridBase::BaseLines, t.hybrid_base_lines.to_string()),
                ]
            })
            value=base
            on_change=state.setter(|d, base| d.key.hybrid.base = base)
        />
        {move || (base.get() == HybridBase::FixedAmount).then(|| view! {
            <NumberField
                label=words(|l| l.key().hybrid_fixed_amount)
                value=state.value(|d| d.key.hybrid.fixed_base_amount)
                on_change=state.setter(|d, amount| d.key.hybrid.fixed_base_amount = amount)
                rule=NumberRule::money()
                unit=words(|l| l.budget().euro)
                id="hybrid-fixed"
            />
            <HybridBaseWarning />
        })}
        <RadioGroup
            legend=words(|l| l.key().hybrid_variable)
            name="hybrid-variable"
            options=Signal::derive(move || {
                let texts = state.lang.get().texts();
                vec![
                    (VariableBasis::Inhabitants, texts.key_name(KeyKind::Inhabitants).to_string()),
                    (VariableBasis::Usage, texts.key_name(KeyKind::Usage).to_string()),
                ]
            })
            value=state.value(|d| d.key.hybrid.variable)
            on_change=state.setter(|d, variable| d.key.hybrid.variable = variable)
        />
        <p class="bw-hint">{words(|l| l.key().custom_work_note)}</p>
    }
}

#[component]
fn Bands() -> impl IntoView {
    let state = use_state();
    let count = Memo::new(move |_| state.document.with(|d| d.key.staffel.len()));
    view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table bw-edit-table" id="staffel-bands">
                <caption class="utrecht-table__caption">{words(|l| l.key().bands_caption)}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{words(|l| l.key().band_from)}</th>
                        <th scope="col">{words(|l| l.key().band_weight_kind)}</th>
                        <th scope="col">{words(|l| l.key().band_value)}</th>
                        <th scope="col">{words(|l| l.participants().actions)}</th>
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
            <Button label=words(|l| l.key().add_band) testid="add-band"
                on_click=move |_| state.edit(|d| { edits::add_band(d); }) />
            <Button label=words(|l| l.key().vng_bands)
                on_click=move |_| state.edit(|d| d.key.staffel = KeySettings::vng_2024_bands()) />
        </div>
    }
}

/// How a size band weighs its members: a rate per inhabitant or fixed points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WeightKind {
    Rate,
    Points,
}

impl Choice for WeightKind {
    fn to_value(&self) -> String {
        match self {
            WeightKind::Rate => "rate",
            WeightKind::Points => "points",
        }
        .to_string()
    }
    fn from_value(value: &str) -> Option<WeightKind> {
        match value {
            "rate" => Some(WeightKind::Rate),
            "points" => Some(WeightKind::Points),
            _ => None,
        }
    }
}

#[component]
fn BandRow(index: usize, count: Memo<usize>) -> impl IntoView {
    let state = use_state();
    let band = Memo::new(move |_| state.document.with(|d| d.key.staffel.get(index).cloned()));
    let weight_kind = Memo::new(move |_| {
        band.with(|b| match b.as_ref().map(|b| &b.weight) {
            Some(BandWeight::Points { .. }) => WeightKind::Points,
            _ => WeightKind::Rate,
        })
    });
    // "Vanaf (Klasse 2)": which band a field of the row belongs to.
    let about_this_band = move |what: fn(Lang) -> &'static str| {
        Signal::derive(move || {
            let lang = state.lang.get();
            row_label(what(lang), &lang.key().band_label(index))
        })
    };
    let edit_band = move |change: Box<dyn FnOnce(&mut crate::domain::key::SizeBand)>| {
        state.edit(|d| {
            if let Some(band) = d.key.staffel.get_mut(index) {
                change(band);
            }
        });
    };
    let from_field = move || {
        if index == 0 {
            view! { <span>"0"</span> }.into_any()
        } else {
            view! {
                <NumberField
                    label=about_this_band(|l| l.key().band_from)
                    value=Signal::derive(move || band.with(|b| b.as_ref().map(|b| b.from_inhabitants).unwrap_or_default()))
                    on_change=move |from| edit_band(Box::new(move |b| b.from_inhabitants = from))
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
                    label=about_this_band(|l| l.key().band_weight_kind)
                    options=Signal::derive(move || {
                        let t = state.lang.get().key();
                        vec![(WeightKind::Rate, t.band_rate.to_string()), (WeightKind::Points, t.band_points.to_string())]
                    })
                    value=weight_kind
                    on_change=move |kind| edit_band(Box::new(move |b| {
                        b.weight = match kind {
                            WeightKind::Points => BandWeight::Points { points: Decimal::ONE },
                            WeightKind::Rate => BandWeight::PerInhabitant { rate: Decimal::ONE },
                        };
                    }))
                    id=format!("band-{index}-kind")
                />
            </td>
            <td>
                <NumberField
                    label=about_this_band(|l| l.key().band_value)
                    value=Signal::derive(move || band.with(|b| match b.as_ref().map(|b| &b.weight) {
                        Some(BandWeight::PerInhabitant { rate }) => *rate,
                        Some(BandWeight::Points { points }) => *points,
                        None => Decimal::ZERO,
                    }))
                    on_change=move |value| edit_band(Box::new(move |b| match &mut b.weight {
                        BandWeight::PerInhabitant { rate } => *rate = value,
                        BandWeight::Points { points } => *points = value,
                    }))
                    rule=NumberRule::quantity()
                    id=format!("band-{index}-value")
                />
            </td>
            <td>
                <Button label=words(|l| l.participants().remove) look=Look::Subtle
                    disabled=Signal::derive(move || count.get() <= 1)
                    aria_label=about_this_band(|l| l.participants().remove)
                    on_click=move |_| state.edit(|d| { let _ = edits::remove_band(d, index); }) />
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
    let title = Signal::derive(move || {
        let lang = state.lang.get();
        format!(
            "{}: {}",
            lang.guide().key_judgement_label,
            lang.texts().key_name(kind.get())
        )
    });
    let judgement = move || {
        let lang = state.lang.get();
        let guide = lang.guide();
        let kind = kind.get();
        let level = level.get();
        let edges =
            (kind == KeyKind::Staffel).then(|| state.document.with(|d| d.key.edge_effect()));
        let advised: Vec<String> = advice_for(level)
            .suitable_keys
            .iter()
            .map(|key| lang.texts().key_name(*key).to_string())
            .collect();
        let advised = lang.texts().list_or(&advised);
        let fit = guide.key_fit(
            key_fit(level, kind),
            lang.insight().level_name(level),
            &advised,
        );
        view! {
            <dl class="bw-help__facts">
                <dt>{guide.pros_label}</dt>
                <dd>{guide.pros(kind)}</dd>
                <dt>{guide.cons_label}</dt>
                <dd>{guide.cons_with_edges(kind, edges.as_ref())}</dd>
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
        <Help title=title testid="key-judgement">{judgement}</Help>
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
        let guide = state.lang.get().guide();
        warning.get().map(|warning| {
            let names: Vec<String> = state
                .document
                .with(|d| d.scenarios.iter().map(|s| s.name.clone()).collect());
            let sentences = guide.hybrid_base_warning(&warning, &names).join(" ");
            let button = warning.base_lines_flagged.then(|| {
                view! {
                    <Button label=words(|l| l.guide().use_base_lines) testid="use-base-lines"
                        on_click=move |_| state.edit(|d| d.key.hybrid.base = HybridBase::BaseLines) />
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
        let t = lang.key();
        let messages: Vec<String> = state.report.with(|report| match report {
            Err(problems) => problems
                .iter()
                .filter(|p| p.path.starts_with("key") && !said_at_its_field(&p.path))
                .map(|p| lang.texts().problem_message(p))
                .collect(),
            Ok(report) => {
                let names: Vec<String> = state
                    .document
                    .with(|d| d.scenarios.iter().map(|s| s.name.clone()).collect());
                let mut messages = Vec::new();
                for variant in Variant::BOTH {
                    let label = match variant {
                        Variant::Current => lang.results().variant_a,
                        Variant::Grown => lang.results().variant_b,
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
