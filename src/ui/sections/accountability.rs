//! Section 7: actual spend against budget for the chosen scenario.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::accountability::Account;
use crate::state::use_state;
use crate::ui::fields::{scenario_options, NumberRule, OptionalNumberField, SelectField};
use crate::ui::help::Help;
use crate::ui::words::{words, Pick};

#[component]
pub fn Accountability() -> impl IntoView {
    let state = use_state();
    let insight = move || state.lang.get().insight();
    let scenario = Memo::new(move |_| {
        state.document.with(|document| {
            document
                .accountability
                .scenario
                .min(document.scenarios.len().saturating_sub(1))
        })
    });
    let result = Memo::new(move |_| {
        state.report.with(|report| {
            report
                .as_ref()
                .ok()
                .map(|report| report.accountability.clone())
        })
    });
    let account_with = move |read: &dyn Fn(&Account) -> Option<String>| -> Option<String> {
        result.with(|result| match result {
            Some(Ok(account)) => read(account),
            _ => None,
        })
    };
    let amount = move |value: Decimal| state.lang.get().money(value, state.precision.get());
    let signed = move |value: Decimal| state.lang.get().signed_money(value, state.precision.get());
    let line_count = Memo::new(move |_| {
        state.document.with(|document| {
            document
                .scenarios
                .get(scenario.get())
                .map_or(0, |s| s.lines.len())
        })
    });
    let rows = view! {
        <For each=move || (0..line_count.get()).map(move |line| (scenario.get(), line)) key=|key| *key let:key>
            {
                let (scenario_index, line) = key;
                let label = move || {
                    state.document.with(|document| {
                        document.scenarios.get(scenario_index).and_then(|s| s.lines.get(line)).map(|l| l.label.clone()).unwrap_or_default()
                    })
                };
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td class="bw-number">{move || account_with(&|a| a.lines.get(line).map(|l| amount(l.budget)))}</td>
                        <td class="bw-number">
                            <OptionalNumberField
                                label=Signal::derive(move || insight().actual_label(&label()))
                                label_hidden=true
                                value=Signal::derive(move || state.document.with(|document| {
                                    document.scenarios.get(scenario_index).and_then(|s| s.lines.get(line)).and_then(|l| l.actual)
                                }))
                                on_change={move |value: Option<Decimal>| state.edit(|document| {
                                    if let Some(cost_line) = document.scenarios.get_mut(scenario_index).and_then(|s| s.lines.get_mut(line)) {
                                        cost_line.actual = value;
                                    }
                                })}
                                rule=NumberRule::money()
                                placeholder=words(|l| l.insight().not_known)
                                id=format!("verantwoording-werkelijk-{line}")
                            />
                            // On paper, where the field is not, the amount entered as text.
                            <span class="bw-print-only">{move || state.document.with(|document| {
                                document.scenarios.get(scenario_index).and_then(|s| s.lines.get(line)).and_then(|l| l.actual)
                            }).map(amount)}</span>
                        </td>
                        <td class="bw-number" data-testid="difference">
                            {move || account_with(&|a| a.lines.get(line).map(|l| l.difference.map(signed).unwrap_or_default()))}
                        </td>
                    </tr>
                }
            }
        </For>
    };
    let summary_row = move |label: Pick,
                            budget: fn(&Account) -> Option<Decimal>,
                            actual: fn(&Account) -> Option<Decimal>,
                            difference: fn(&Account) -> Option<Decimal>,
                            test_id: &'static str| {
        view! {
            <tr data-testid=test_id>
                <th scope="row">{words(label)}</th>
                <td class="bw-number">{move || account_with(&|a| budget(a).map(amount))}</td>
                <td class="bw-number">{move || account_with(&|a| actual(a).map(amount))}</td>
                <td class="bw-number">{move || account_with(&|a| difference(a).map(signed))}</td>
            </tr>
        }
    };
    let problem = move || {
        result.with(|result| match result {
            Some(Err(error)) => Some(view! { <p class="bw-error" data-testid="error" role="alert">{state.lang.get().texts().calc_error(error)}</p> }),
            _ => None,
        })
    };
    let missing =
        move || account_with(&|a| Some(insight().lines_without_actual(a.lines_without_actual)));
    // Before any actual spend is known the table has nothing to account for: on paper the sentence that
    // says so is enough (style/print.css).
    let nothing_known = move || {
        account_with(&|a| (a.lines_without_actual == a.lines.len()).then(|| "true".to_string()))
    };
    let scenario_name = move || {
        state.document.with(|document| {
            document
                .scenarios
                .get(scenario.get())
                .map(|s| s.name.clone())
        })
    };
    view! {
        <section class="bw-section" id="verantwoording" aria-labelledby="verantwoording-heading" data-nothing-known=nothing_known>
            <h2 id="verantwoording-heading">{words(|l| l.texts().accountability_heading)}</h2>
            <p class="bw-print-only">{words(|l| l.insight().accountability_scenario_label)}": "{scenario_name}</p>
            <Help paragraphs=|l| l.insight().accountability_tips />
            <SelectField
                label=words(|l| l.insight().accountability_scenario_label)
                options=scenario_options()
                value=scenario
                on_change=state.setter(|document, index| document.accountability.scenario = index)
                id="verantwoording-scenario"
            />
            {problem}
            <div class="bw-table-scroll">
                <table class="utrecht-table bw-table" id="verantwoordingstabel" data-testid="accountability">
                    <caption class="utrecht-table__caption">{words(|l| l.insight().accountability_caption)}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col">{words(|l| l.insight().col_line)}</th>
                            <th scope="col" class="bw-number">{words(|l| l.insight().col_budget)}</th>
                            <th scope="col" class="bw-number">{words(|l| l.insight().col_actual)}</th>
                            <th scope="col" class="bw-number">{words(|l| l.insight().col_difference)}</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{rows}</tbody>
                    <tfoot>
                        {summary_row(|l| l.insight().lines_total, |a| Some(a.budget_total), |a| Some(a.actual_total), |a| Some(a.difference_total), "accountability-total")}
                        {summary_row(|l| l.insight().reserve_budget, |a| Some(a.reserve), |_| None, |_| None, "accountability-reserve")}
                        {summary_row(|l| l.insight().reserve_used, |_| None, |a| Some(a.reserve_used), |_| None, "accountability-reserve-used")}
                        {summary_row(|l| l.insight().overrun, |_| None, |a| Some(a.overrun), |_| None, "accountability-overrun")}
                    </tfoot>
                </table>
            </div>
            <p class="bw-hint" aria-live="polite">{missing}</p>
        </section>
    }
}
