//! The tariff key's classes (name, from how many inhabitants, amount per year; add and remove), and the
//! size-band key's choice to weigh in slices (marginal bands). Their words are the ways to pay's.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::edits;
use crate::domain::validation::ProblemKind;
use crate::domain::ways_to_pay::tariffs::{example_classes, TariffClass};
use crate::state::use_state;
use crate::ui::button::{Button, Look};
use crate::ui::fields::{NumberField, NumberRule, OptionalNumberField, TextField};
use crate::ui::words::words;

/// Whether a problem of the key is said at its own field (a tariff class's amount), so that the key's list
/// of problems leaves it out.
pub fn said_at_its_field(path: &str) -> bool {
    path.starts_with("key.tariffs[") && path.ends_with("].amount")
}

#[component]
pub fn TariffClasses() -> impl IntoView {
    let state = use_state();
    let count = Memo::new(move |_| state.document.with(|d| d.key.tariffs.len()));
    let add = move |_| {
        let lang = state.lang.get_untracked();
        state.edit(|d| {
            let name = lang.ways_to_pay().class_label(d.key.tariffs.len());
            edits::add_tariff_class(d, name);
        });
    };
    view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table bw-edit-table" id="tariff-classes" data-testid="tariff-classes">
                <caption class="utrecht-table__caption">{words(|l| l.ways_to_pay().tariffs_heading)}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{words(|l| l.ways_to_pay().tariff_class_name)}</th>
                        <th scope="col">{words(|l| l.ways_to_pay().tariff_from)}</th>
                        <th scope="col">{words(|l| l.ways_to_pay().tariff_amount)}</th>
                        <th scope="col">{words(|l| l.ways_to_pay().tariff_actions)}</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">
                    <For each=move || 0..count.get() key=|i| *i let:index>
                        <TariffRow index=index count=count />
                    </For>
                </tbody>
            </table>
        </div>
        <div class="bw-actions">
            <Button label=words(|l| l.ways_to_pay().add_tariff_class) testid="add-tariff-class" on_click=add />
            <Button label=words(|l| l.ways_to_pay().example_tariffs) testid="example-tariffs"
                on_click=move |_| state.edit(|d| d.key.tariffs = example_classes()) />
        </div>
    }
}

#[component]
fn TariffRow(index: usize, count: Memo<usize>) -> impl IntoView {
    let state = use_state();
    let class = Memo::new(move |_| state.document.with(|d| d.key.tariffs.get(index).cloned()));
    // "Bedrag per jaar (€): Klasse 2": which class a field of the row belongs to.
    let about = move |what: fn(&crate::text::WaysToPayTexts) -> &'static str| {
        Signal::derive(move || {
            let ways = state.lang.get().ways_to_pay();
            ways.about_class(what(ways), index)
        })
    };
    let edit_class = move |change: Box<dyn FnOnce(&mut TariffClass)>| {
        state.edit(|d| {
            if let Some(class) = d.key.tariffs.get_mut(index) {
                change(class);
            }
        });
    };
    // The document's own message for this class's amount (empty, or out of range), at the field.
    let amount_message = Memo::new(move |_| {
        let lang = state.lang.get();
        let path = format!("key.tariffs[{index}].amount");
        state.report.with(|report| {
            let problems = report.as_ref().err()?;
            let problem = problems.iter().find(|problem| problem.path == path)?;
            Some(match problem.kind {
                ProblemKind::Missing => lang.ways_to_pay().tariff_amount_missing(index),
                _ => lang.texts().problem_message(problem),
            })
        })
    });
    let set_amount =
        move |amount: Option<Decimal>| edit_class(Box::new(move |c| c.amount = amount));
    let from_field = move || {
        if index == 0 {
            view! { <span>"0"</span> }.into_any()
        } else {
            view! {
                <NumberField
                    label=about(|w| w.tariff_from)
                    value=Signal::derive(move || class.with(|c| c.as_ref().map(|c| c.from_inhabitants).unwrap_or_default()))
                    on_change=move |from: Decimal| edit_class(Box::new(move |c| c.from_inhabitants = from))
                    rule=NumberRule::inhabitants()
                    id=format!("tariff-{index}-from")
                />
            }
            .into_any()
        }
    };
    view! {
        <tr>
            <td>
                <TextField
                    label=about(|w| w.tariff_class_name)
                    value=Signal::derive(move || class.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default()))
                    on_change=move |name: String| edit_class(Box::new(move |c| c.name = name))
                    id=format!("tariff-{index}-name")
                />
            </td>
            <td>{from_field}</td>
            <td>
                <OptionalNumberField
                    label=about(|w| w.tariff_amount)
                    value=Signal::derive(move || class.with(|c| c.as_ref().and_then(|c| c.amount)))
                    on_change=set_amount
                    rule=NumberRule::money()
                    id=format!("tariff-{index}-amount")
                />
                {move || amount_message.get().map(|message| view! {
                    <p class="bw-field-message" id=format!("tariff-{index}-amount-problem") data-testid="error" role="alert">{message}</p>
                })}
            </td>
            <td>
                <Button label=words(|l| l.ways_to_pay().remove_tariff_class) look=Look::Subtle
                    disabled=Signal::derive(move || count.get() <= 1)
                    aria_label=about(|w| w.remove_tariff_class)
                    on_click=move |_| state.edit(|d| { let _ = edits::remove_tariff_class(d, index); }) />
            </td>
        </tr>
    }
}

/// Under the size-band key: weigh each band's part of the inhabitants at its rate (no jump at an edge).
#[component]
pub fn MarginalBands() -> impl IntoView {
    let state = use_state();
    let marginal = Memo::new(move |_| state.document.with(|d| d.key.marginal));
    view! {
        <div class="utrecht-form-field bw-field">
            <label class="bw-toggle">
                <input
                    type="checkbox"
                    id="key-marginal"
                    data-testid="key-marginal"
                    prop:checked=move || marginal.get()
                    on:change=move |event| {
                        let marginal = event_target_checked(&event);
                        state.edit(|d| d.key.marginal = marginal);
                    }
                />
                {words(|l| l.ways_to_pay().marginal_bands)}
            </label>
        </div>
    }
}
