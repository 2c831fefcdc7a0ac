//! What a row of the participant list holds beyond its name and figures, behind a disclosure so the row stays
//! compact: the months the municipality takes part, and the work it delivers in kind. The fields are only
//! built while the disclosure is open, so a list of 342 rows stays cheap.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::edits::{self, InKindWay};
use crate::domain::participants::Municipality;
use crate::domain::ways_to_pay::in_kind::InKindValue;
use crate::domain::ways_to_pay::months::{months_taken_part, FULL_YEAR};
use crate::state::use_state;
use crate::text::month_name;
use crate::ui::button::{Button, Look};
use crate::ui::fields::{NumberField, NumberRule, OptionalNumberField, SelectField, TextField};
use crate::ui::words::words;

/// The disclosure of one row: closed, it says what is set ("vanaf 1 april (9/12)") or "Meer".
#[component]
pub fn RowMore(index: usize, list: Memo<Vec<Municipality>>, name: Memo<String>) -> impl IntoView {
    let state = use_state();
    let ways = move || state.lang.get().ways_to_pay();
    let open = RwSignal::new(false);
    let joins = Memo::new(move |_| list.with(|l| l.get(index).and_then(|m| m.joins_in_month)));
    let leaves = Memo::new(move |_| list.with(|l| l.get(index).and_then(|m| m.leaves_after_month)));
    let items = Memo::new(move |_| list.with(|l| l.get(index).map_or(0, |m| m.in_kind.len())));
    let summary = move || {
        let (joins, leaves) = (joins.get(), leaves.get());
        let months = months_taken_part(joins, leaves).unwrap_or(FULL_YEAR);
        ways().row_summary(joins.filter(|month| *month > 1), months, items.get())
    };
    view! {
        <details class="bw-row-more" data-testid=format!("participant-{index}-more") on:toggle=move |event| {
            use leptos::wasm_bindgen::JsCast;
            let is_open = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|details| details.open());
            open.set(is_open);
        }>
            <summary>
                {summary}
                <span class="bw-visually-hidden">{move || format!(" ({})", name.get())}</span>
            </summary>
            {move || open.get().then(|| view! {
                <MonthFields index=index joins=joins leaves=leaves name=name />
                <InKindList index=index list=list items=items name=name />
            })}
        </details>
    }
}

/// A month of the document as a number field's value, and back.
fn month_value(month: Option<u8>) -> Option<Decimal> {
    month.map(Decimal::from)
}

fn month_of(value: Option<Decimal>) -> Option<u8> {
    value.and_then(|value| value.to_u8())
}

/// The month it joins in and the last month it takes part. Each field accepts only months that keep the
/// other one valid, so leaving before joining gets a message at the field and changes nothing.
#[component]
fn MonthFields(
    index: usize,
    joins: Memo<Option<u8>>,
    leaves: Memo<Option<u8>>,
    name: Memo<String>,
) -> impl IntoView {
    let state = use_state();
    let lang = state.lang;
    let ways = move || lang.get().ways_to_pay();
    let label = move |what: fn(&crate::text::WaysToPayTexts) -> &'static str| {
        Signal::derive(move || format!("{} ({})", what(ways()), name.get()))
    };
    let set = move |joins: Option<u8>, leaves: Option<u8>| {
        state.edit(|d| {
            let _ = edits::set_months(d, index, joins, leaves);
        });
    };
    view! {
        <p class="bw-hint bw-hint--shown">{words(|l| l.ways_to_pay().months_hint)}</p>
        <div class="bw-field-row">
            {move || {
                // The rule of each field follows the other month, so it is rebuilt when that one changes
                // (never while the user types in it).
                let last = leaves.get().unwrap_or(FULL_YEAR);
                view! {
                    <OptionalNumberField
                        label=label(|w| w.joins_in_month)
                        value=Signal::derive(move || month_value(joins.get()))
                        on_change=Callback::new(move |v| set(month_of(v), leaves.get_untracked()))
                        rule=NumberRule::month(1, last)
                        placeholder=Signal::derive(move || format!("1 ({})", month_name(lang.get(), 1)))
                        id=format!("participant-{index}-joins")
                        testid="joins-in-month" />
                }
            }}
            {move || {
                let first = joins.get().unwrap_or(1);
                view! {
                    <OptionalNumberField
                        label=label(|w| w.leaves_after_month)
                        value=Signal::derive(move || month_value(leaves.get()))
                        on_change=Callback::new(move |v| set(joins.get_untracked(), month_of(v)))
                        rule=NumberRule::month(first, FULL_YEAR)
                        placeholder=Signal::derive(move || format!("12 ({})", month_name(lang.get(), 12)))
                        id=format!("participant-{index}-leaves")
                        testid="leaves-after-month" />
                }
            }}
        </div>
    }
}

/// The work a municipality delivers in kind: one group of fields per piece, and a button for another.
#[component]
fn InKindList(
    index: usize,
    list: Memo<Vec<Municipality>>,
    items: Memo<usize>,
    name: Memo<String>,
) -> impl IntoView {
    let state = use_state();
    view! {
        <For each=move || 0..items.get() key=|item| *item let:item>
            <InKindFields index=index item=item list=list name=name />
        </For>
        <Button label=words(|l| l.ways_to_pay().add_in_kind) look=Look::Subtle testid="add-in-kind"
            aria_label=Signal::derive(move || format!("{} ({})", state.lang.get().ways_to_pay().add_in_kind, name.get()))
            on_click=move |_| state.edit(|d| { let _ = edits::add_in_kind(d, index, String::new()); }) />
    }
}

#[component]
fn InKindFields(
    index: usize,
    item: usize,
    list: Memo<Vec<Municipality>>,
    name: Memo<String>,
) -> impl IntoView {
    let state = use_state();
    let ways = move || state.lang.get().ways_to_pay();
    let read = move || {
        list.with(|l| {
            l.get(index)
                .and_then(|m| m.in_kind.get(item))
                .map(|i| (i.description.clone(), i.value))
        })
    };
    let description = Memo::new(move |_| read().map(|(d, _)| d).unwrap_or_default());
    let value = Memo::new(move |_| read().map(|(_, v)| v));
    let way = Memo::new(move |_| value.get().map_or(InKindWay::Hours, |v| InKindWay::of(&v)));
    let label = move |what: &'static str| format!("{what} ({}, {})", name.get(), item + 1);
    let ways_options = Signal::derive(move || {
        let w = ways();
        vec![
            (InKindWay::Hours, w.in_kind_way_hours.to_string()),
            (InKindWay::Amount, w.in_kind_way_amount.to_string()),
        ]
    });
    view! {
        <fieldset class="bw-fieldset bw-in-kind" data-testid="in-kind-item">
            <legend>{move || format!("{} {}", ways().in_kind_heading, item + 1)}</legend>
            <TextField label=Signal::derive(move || label(ways().in_kind_description))
                value=description
                on_change=Callback::new(move |text: String| state.edit(|d| {
                    let _ = edits::set_in_kind_description(d, index, item, text);
                }))
                id=format!("participant-{index}-in-kind-{item}-description") />
            <SelectField label=Signal::derive(move || label(ways().in_kind_way))
                options=ways_options
                value=way
                on_change=Callback::new(move |chosen| state.edit(|d| {
                    let _ = edits::set_in_kind_way(d, index, item, chosen);
                }))
                id=format!("participant-{index}-in-kind-{item}-way") />
            {move || {
                // Hours and a fixed value accept different numbers, so the field is rebuilt with the way.
                let (what, rule) = match way.get() {
                    InKindWay::Hours => (ways().in_kind_hours, NumberRule::quantity()),
                    InKindWay::Amount => (ways().in_kind_fixed_value, NumberRule::money()),
                };
                view! {
                    <NumberField label=Signal::derive(move || label(what))
                        value=Signal::derive(move || match value.get() {
                            Some(InKindValue::Hours { hours }) => hours,
                            Some(InKindValue::Amount { amount }) => amount,
                            None => Decimal::ZERO,
                        })
                        on_change=Callback::new(move |figure| state.edit(|d| {
                            let _ = edits::set_in_kind_figure(d, index, item, figure);
                        }))
                        rule=rule
                        id=format!("participant-{index}-in-kind-{item}-figure")
                        testid="in-kind-figure" />
                }
            }}
            <Button label=words(|l| l.ways_to_pay().remove_in_kind) look=Look::Subtle
                aria_label=Signal::derive(move || label(ways().remove_in_kind))
                on_click=move |_| state.edit(|d| { let _ = edits::remove_in_kind(d, index, item); }) />
        </fieldset>
    }
}
