//! Section 7: actual spend against budget for the chosen scenario.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::accountability::Account;
use crate::state::use_state;
use crate::ui::fields::NumberRule;
use crate::ui::fields::{scenario_options, OptionalNumberField, SelectField};
use crate::ui::format::money;
use crate::ui::sections::insight_fields::Tips;

#[component]
pub fn Accountability() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
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
    let amount = move |value: Decimal| money(value, state.lang.get(), state.precision.get());
    let signed = move |value: Decimal| {
        let shown = amount(value);
        if value > Decimal::ZERO {
            format!("+{shown}")
        } else {
            shown
        }
    };
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
                                on_change=Callback::new(move |value: Option<Decimal>| state.edit(|document| {
                                    if let Some(cost_line) = document.scenarios.get_mut(scenario_index).and_then(|s| s.lines.get_mut(line)) {
                                        cost_line.actual = value;
                                    }
                                }))
                                rule=NumberRule::money()
                                placeholder=Signal::derive(move || insight().not_known.to_string())
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
    let summary_row = move |label: fn(&'static crate::ui::i18n::InsightTexts) -> &'static str,
                            budget: fn(&Account) -> Option<Decimal>,
                            actual: fn(&Account) -> Option<Decimal>,
                            difference: fn(&Account) -> Option<Decimal>,
                            test_id: &'static str| {
        view! {
            <tr data-testid=test_id>
                <th scope="row">{move || label(insight())}</th>
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
            <h2 id="verantwoording-heading">{move || texts().accountability_heading}</h2>
            <p class="bw-print-only">{move || insight().accountability_scenario_label}": "{scenario_name}</p>
            <Tips tips=Signal::derive(move || insight().accountability_tips.to_vec()) />
            <SelectField
                label=Signal::derive(move || insight().accountability_scenario_label.to_string())
                options=scenario_options()
                value=Signal::derive(move || scenario.get().to_string())
                on_change=Callback::new(move |value: String| {
                    if let Ok(index) = value.parse::<usize>() {
                        state.edit(|document| document.accountability.scenario = index);
                    }
                })
                id="verantwoording-scenario"
            />
            {problem}
            <div class="bw-table-wrapper">
                <table class="utrecht-table bw-table" id="verantwoordingstabel" data-testid="accountability">
                    <caption class="utrecht-table__caption">{move || insight().accountability_caption}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col">{move || insight().col_line}</th>
                            <th scope="col" class="bw-number">{move || insight().col_budget}</th>
                            <th scope="col" class="bw-number">{move || insight().col_actual}</th>
                            <th scope="col" class="bw-number">{move || insight().col_difference}</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{rows}</tbody>
                    <tfoot>
                        {summary_row(|t| t.lines_total, |a| Some(a.budget_total), |a| Some(a.actual_total), |a| Some(a.difference_total), "accountability-total")}
                        {summary_row(|t| t.reserve_budget, |a| Some(a.reserve), |_| None, |_| None, "accountability-reserve")}
                        {summary_row(|t| t.reserve_used, |_| None, |a| Some(a.reserve_used), |_| None, "accountability-reserve-used")}
                        {summary_row(|t| t.overrun, |_| None, |a| Some(a.overrun), |_| None, "accountability-overrun")}
                    </tfoot>
                </table>
            </div>
            <p class="bw-hint" aria-live="polite">{missing}</p>
        </section>
    }
}
