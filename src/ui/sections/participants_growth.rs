//! Growth towards variant B (more municipalities, their size and usage, named prospects) and the reference
//! municipalities whose contribution is shown in every scenario.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::edits;
use crate::domain::validation::{MAX_INHABITANTS, MAX_MUNICIPALITIES, MAX_QUANTITY};
use crate::state::use_state;
use crate::ui::fields::OptionalNumberField;
use crate::ui::fields::{NumberField, NumberRule, TextField};

#[component]
pub fn GrowthEditor() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let metrics = Memo::new(move |_| state.document.with(|d| d.participants.all_metrics()));
    let prospects = Memo::new(move |_| state.document.with(|d| d.growth.prospects.len()));
    view! {
        <fieldset class="bw-fieldset" id="groei">
            <legend>{move || t().growth_legend}</legend>
            <p class="bw-help">{move || t().growth_help}</p>
            <div class="bw-field-row">
                <NumberField
                    label=Signal::derive(move || t().additional.to_string())
                    value=Signal::derive(move || state.document.with(|d| Decimal::from(d.growth.additional)))
                    on_change=Callback::new(move |v: Decimal| {
                        let additional = v.to_u32().unwrap_or(0);
                        state.edit(|d| d.growth.additional = additional);
                    })
                    rule=NumberRule::count(Decimal::from(MAX_MUNICIPALITIES))
                    id="growth-additional"
                />
                <OptionalNumberField
                    label=Signal::derive(move || t().newcomer_inhabitants.to_string())
                    value=Signal::derive(move || state.document.with(|d| d.growth.newcomer_inhabitants))
                    on_change=Callback::new(move |v| state.edit(|d| d.growth.newcomer_inhabitants = v))
                    rule=NumberRule::count(MAX_INHABITANTS)
                    hint=Signal::derive(move || t().optional_hint.to_string())
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
                            rule=NumberRule::non_negative(MAX_QUANTITY)
                            hint=Signal::derive(move || t().optional_hint.to_string())
                        />
                    }
                }).collect_view()}
            </div>
            <h3>{move || t().prospects_legend}</h3>
            <ul class="bw-plain-list">
                <For each=move || 0..prospects.get() key=|i| *i let:index>
                    <NamedSizeRow index=index kind=RowKind::Prospect />
                </For>
            </ul>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="add-prospect"
                on:click=move |_| {
                    let name = t().new_prospect.to_string();
                    state.edit(|d| { edits::add_prospect(d, name); });
                }>{move || t().add_prospect}</button>
        </fieldset>
    }
}

#[component]
pub fn ReferenceEditor() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let count = Memo::new(move |_| state.document.with(|d| d.reference_municipalities.len()));
    view! {
        <fieldset class="bw-fieldset" id="referenties">
            <legend>{move || t().references_legend}</legend>
            <ul class="bw-plain-list">
                <For each=move || 0..count.get() key=|i| *i let:index>
                    <NamedSizeRow index=index kind=RowKind::Reference />
                </For>
            </ul>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="add-reference"
                on:click=move |_| {
                    let name = t().new_reference.to_string();
                    state.edit(|d| { edits::add_reference(d, name); });
                }>{move || t().add_reference}</button>
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
    let t = move || state.lang.get().edit();
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
    view! {
        <li class="bw-inline-row">
            <TextField
                label=Signal::derive(move || t().name.to_string())
                value=name
                on_change=Callback::new(move |text: String| state.edit(|d| match kind {
                    RowKind::Prospect => if let Some(m) = d.growth.prospects.get_mut(index) { m.name = text },
                    RowKind::Reference => if let Some(r) = d.reference_municipalities.get_mut(index) { r.name = text },
                }))
                id=format!("{prefix}-{index}-name")
            />
            <NumberField
                label=Signal::derive(move || t().row_label(t().inhabitants, &name.get()))
                value=inhabitants
                on_change=Callback::new(move |v| state.edit(|d| match kind {
                    RowKind::Prospect => if let Some(m) = d.growth.prospects.get_mut(index) { m.inhabitants = v },
                    RowKind::Reference => if let Some(r) = d.reference_municipalities.get_mut(index) { r.inhabitants = v },
                }))
                rule=NumberRule::count(MAX_INHABITANTS)
                id=format!("{prefix}-{index}-inhabitants")
            />
            <button type="button" class="utrecht-button utrecht-button--subtle"
                aria-label=move || t().row_label(t().remove, &name.get())
                on:click=move |_| state.edit(|d| {
                    let _ = match kind {
                        RowKind::Prospect => edits::remove_prospect(d, index),
                        RowKind::Reference => edits::remove_reference(d, index),
                    };
                })>{move || t().remove}</button>
        </li>
    }
}
