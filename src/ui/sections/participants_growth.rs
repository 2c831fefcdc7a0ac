//! Growth towards variant B (more municipalities, their size and usage, named prospects) and the reference
//! municipalities whose contribution is shown in every scenario.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::directory::directory;
use crate::domain::directory::fill::{rename, NameFill};
use crate::domain::directory::refresh::uses_directory_figures;
use crate::domain::edits;
use crate::domain::participants::Variant;
use crate::domain::validation::{MAX_MUNICIPALITIES, MAX_YEARS};
use crate::state::use_state;
use crate::text::row_label;
use crate::ui::button::{Button, Look};
use crate::ui::directory::{DirectoryCredit, MunicipalityNameField};
use crate::ui::fields::{NumberField, NumberRule, OptionalNumberField, TextField};
use crate::ui::help::Help;
use crate::ui::words::words;

#[component]
pub fn GrowthEditor() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().participants();
    let metrics = state.metrics;
    let prospects = Memo::new(move |_| state.document.with(|d| d.growth.prospects.len()));
    let explicit = Memo::new(move |_| {
        state
            .document
            .with(|d| !d.growth.joining_per_year.is_empty())
    });
    let growth_years = Memo::new(move |_| state.document.with(|d| d.growth.years.min(MAX_YEARS)));
    let credited = Memo::new(move |_| {
        state
            .document
            .with(|d| uses_directory_figures(&d.growth.prospects, directory))
    });
    view! {
        <fieldset class="bw-fieldset" id="groei">
            <legend>{words(|l| l.participants().growth_legend)}</legend>
            <Help paragraphs=|l| l.participants().growth_help />
            <div class="bw-field-row">
                <NumberField
                    label=words(|l| l.participants().additional)
                    value=state.value(|d| Decimal::from(d.growth.additional))
                    on_change=state.setter(|d, additional: Decimal| edits::set_newcomers(d, additional.to_u32().unwrap_or(0)))
                    rule=NumberRule::count(Decimal::from(MAX_MUNICIPALITIES))
                    id="growth-additional"
                />
                <NumberField
                    label=words(|l| l.participants().growth_years)
                    value=state.value(|d| Decimal::from(d.growth.years))
                    on_change=state.setter(|d, years: Decimal| edits::set_growth_years(d, years.to_u32().unwrap_or(1)))
                    rule=NumberRule::count(Decimal::from(MAX_YEARS)).at_least(Decimal::ONE)
                    id="growth-years"
                />
            </div>
            <p class="bw-outcome" data-testid="growth-target" aria-live="polite">
                {move || state.report.with(|report| {
                    let report = report.as_ref().ok()?;
                    let target = report.variant(Variant::Grown).count;
                    Some(state.document.with(|d| t().growth_target_sentence(target, d.growth.years, d.budget_year)))
                })}
            </p>
            <div class="utrecht-form-field bw-field">
                <label class="bw-toggle">
                    <input
                        type="checkbox"
                        id="growth-explicit"
                        prop:checked=move || explicit.get()
                        on:change=move |event| {
                            let explicit = event_target_checked(&event);
                            state.edit(|d| edits::set_explicit_growth(d, explicit));
                        }
                    />
                    {words(|l| l.participants().explicit_growth)}
                </label>
            </div>
            <Show when=move || explicit.get()>
                <div class="bw-field-row">
                    <For each=move || 0..growth_years.get() key=|year| *year let:year>
                        <NumberField
                            label=Signal::derive(move || state.document.with(|d| t().joining_in_year_label(year + 1, d.budget_year)))
                            value=Signal::derive(move || state.document.with(|d| {
                                Decimal::from(d.growth.joining_schedule().get(year as usize).copied().unwrap_or(0))
                            }))
                            on_change=Callback::new(move |v: Decimal| {
                                let count = v.to_u32().unwrap_or(0);
                                state.edit(|d| { let _ = edits::set_joining_in_year(d, year as usize, count); });
                            })
                            rule=NumberRule::count(Decimal::from(MAX_MUNICIPALITIES))
                            id=format!("growth-joining-{year}")
                        />
                    </For>
                </div>
            </Show>
            <div class="bw-field-row">
                <OptionalNumberField
                    label=words(|l| l.participants().newcomer_inhabitants)
                    value=state.value(|d| d.growth.newcomer_inhabitants)
                    on_change=state.setter(|d, inhabitants| d.growth.newcomer_inhabitants = inhabitants)
                    rule=NumberRule::inhabitants()
                    hint=words(|l| l.participants().optional_hint)
                    id="growth-inhabitants"
                />
                {move || metrics.get().into_iter().map(|metric| {
                    let read = metric.clone();
                    let write = metric.clone();
                    view! {
                        <OptionalNumberField
                            label=Signal::derive(move || format!("{}: {}", t().newcomer_usage_of, metric))
                            value=Signal::derive(move || state.document.with(|d| d.growth.newcomer_usage.get(&read).copied()))
                            on_change=Callback::new(move |v: Option<Decimal>| {
                                let metric = write.clone();
                                state.edit(|d| match v {
                                    Some(v) => { d.growth.newcomer_usage.insert(metric, v); }
                                    None => { d.growth.newcomer_usage.remove(&metric); }
                                });
                            })
                            rule=NumberRule::quantity()
                            hint=words(|l| l.participants().optional_hint)
                        />
                    }
                }).collect_view()}
            </div>
            <h3>{words(|l| l.participants().prospects_legend)}</h3>
            <ul class="bw-plain-list">
                <For each=move || 0..prospects.get() key=|i| *i let:index>
                    <NamedSizeRow index=index kind=RowKind::Prospect />
                </For>
            </ul>
            <DirectoryCredit shown=credited />
            <Button label=words(|l| l.participants().add_prospect) testid="add-prospect"
                on_click=move |_| {
                    let name = t().new_prospect.to_string();
                    state.edit(|d| { edits::add_prospect(d, name); });
                } />
        </fieldset>
    }
}

#[component]
pub fn ReferenceEditor() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().participants();
    let count = Memo::new(move |_| state.document.with(|d| d.reference_municipalities.len()));
    view! {
        <fieldset class="bw-fieldset" id="referenties">
            <legend>{words(|l| l.participants().references_legend)}</legend>
            <ul class="bw-plain-list">
                <For each=move || 0..count.get() key=|i| *i let:index>
                    <NamedSizeRow index=index kind=RowKind::Reference />
                </For>
            </ul>
            <Button label=words(|l| l.participants().add_reference) testid="add-reference"
                on_click=move |_| {
                    let name = t().new_reference.to_string();
                    state.edit(|d| { edits::add_reference(d, name); });
                } />
        </fieldset>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum RowKind {
    Prospect,
    Reference,
}

/// A name and a number of inhabitants: a prospect on the waiting list or a reference municipality.
#[component]
fn NamedSizeRow(index: usize, kind: RowKind) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().participants();
    let prefix = match kind {
        RowKind::Prospect => "prospect",
        RowKind::Reference => "reference",
    };
    let name = Signal::derive(move || {
        state
            .document
            .with(|d| match kind {
                RowKind::Prospect => d.growth.prospects.get(index).map(|m| m.name.clone()),
                RowKind::Reference => d
                    .reference_municipalities
                    .get(index)
                    .map(|r| r.name.clone()),
            })
            .unwrap_or_default()
    });
    let inhabitants = Signal::derive(move || {
        state
            .document
            .with(|d| match kind {
                RowKind::Prospect => d.growth.prospects.get(index).map(|m| m.inhabitants),
                RowKind::Reference => d.reference_municipalities.get(index).map(|r| r.inhabitants),
            })
            .unwrap_or_default()
    });
    let name_id = format!("{prefix}-{index}-name");
    // A prospect is a municipality and gets the directory's suggestions; a reference is a size ("Klein").
    let name_field = match kind {
        RowKind::Prospect => view! {
            <MunicipalityNameField
                label=words(|l| l.participants().name)
                value=name
                on_change=Callback::new(move |(text, replaceable)| {
                    let mut fill = NameFill::NotFound;
                    state.edit(|d| {
                        if let Some(m) = d.growth.prospects.get_mut(index) {
                            fill = rename(m, text, replaceable, directory());
                        }
                    });
                    fill
                })
                take_figure=Callback::new(move |v| state.edit(|d| {
                    if let Some(m) = d.growth.prospects.get_mut(index) { m.inhabitants = v }
                }))
                id=name_id
            />
        }
        .into_any(),
        RowKind::Reference => view! {
            <TextField
                label=words(|l| l.participants().name)
                value=name
                on_change=Callback::new(move |text: String| state.edit(|d| {
                    if let Some(r) = d.reference_municipalities.get_mut(index) { r.name = text }
                }))
                id=name_id
            />
        }
        .into_any(),
    };
    view! {
        <li class="bw-field-row">
            {name_field}
            <NumberField
                label=Signal::derive(move || row_label(t().inhabitants, &name.get()))
                value=inhabitants
                on_change=Callback::new(move |v| state.edit(|d| match kind {
                    RowKind::Prospect => if let Some(m) = d.growth.prospects.get_mut(index) { m.inhabitants = v },
                    RowKind::Reference => if let Some(r) = d.reference_municipalities.get_mut(index) { r.inhabitants = v },
                }))
                rule=NumberRule::inhabitants()
                id=format!("{prefix}-{index}-inhabitants")
            />
            <Button label=words(|l| l.participants().remove) look=Look::Subtle
                aria_label=Signal::derive(move || row_label(t().remove, &name.get()))
                on_click=move |_| state.edit(|d| {
                    let _ = match kind {
                        RowKind::Prospect => edits::remove_prospect(d, index),
                        RowKind::Reference => edits::remove_reference(d, index),
                    };
                }) />
        </li>
    }
}
