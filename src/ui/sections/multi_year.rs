//! Section 5: the multi-year estimate and break-even.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::error::CalcError;
use crate::domain::multi_year::YearRow;
use crate::domain::participants::{MemberOrigin, Variant};
use crate::domain::readiness::awaited;
use crate::domain::validation::MAX_YEARS;
use crate::state::use_state;
use crate::ui::fields::{
    scenario_options, NumberField, NumberRule, OptionalNumberField, SelectField,
};
use crate::ui::guidance::calc_problem;
use crate::ui::help::Help;
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::words::words;

#[component]
pub fn MultiYear() -> impl IntoView {
    let state = use_state();
    let insight = move || state.lang.get().insight();
    let rows = Memo::new(move |_| {
        state.report.with(|report| match report {
            Ok(report) => report.multi_year.clone().map_err(Some),
            Err(_) => Err(None),
        })
    });
    let row = move |year: u32| -> Option<YearRow> {
        rows.with(|rows| rows.as_ref().ok()?.get(year as usize - 1).cloned())
    };
    let years = Memo::new(move |_| {
        state
            .document
            .with(|document| document.multi_year.years.min(MAX_YEARS))
    });
    // Memos, so that the reference columns are rebuilt only when the references change. A closure that
    // rebuilds cells holding reactive closures on every edit leaves those behind until the page closes.
    let reference_names = Memo::new(move |_| {
        state.document.with(|document| {
            document
                .reference_municipalities
                .iter()
                .map(|reference| reference.name.clone())
                .collect::<Vec<_>>()
        })
    });
    let reference_count = Memo::new(move |_| reference_names.with(Vec::len));
    let reference_headers = move || {
        reference_names
            .get()
            .into_iter()
            .map(|name| view! { <th scope="col" class="bw-number">{name}</th> })
            .collect_view()
    };
    let amount = move |value: Option<Decimal>| {
        value
            .map(|value| state.lang.get().money(value, state.precision.get()))
            .unwrap_or_default()
    };
    let priced = move |value: Option<Result<Decimal, CalcError>>| match value {
        Some(Ok(value)) => state.lang.get().money(value, state.precision.get()),
        Some(Err(error)) => state.lang.get().texts().calc_error_short(&error),
        None => String::new(),
    };
    // Per year, the key's failure to divide that year's budget; a memo, so the cells are rebuilt only when
    // a year starts or stops failing, not on every edit.
    let failures = Memo::new(move |_| {
        rows.with(|rows| match rows {
            Ok(rows) => rows
                .iter()
                .map(|row| row.allocation.as_ref().err().cloned())
                .collect::<Vec<_>>(),
            Err(_) => Vec::new(),
        })
    });
    let undivided = move |year: u32| -> Option<CalcError> {
        failures.with(|failures| failures.get(year as usize - 1).cloned().flatten())
    };
    let table_rows = view! {
        <For each=move || 1..=years.get() key=|year| *year let:year>
            <tr>
                <th scope="row">{move || insight().year_label(year, row(year).and_then(|row| row.calendar_year))}</th>
                <td>
                    <SelectField
                        label=Signal::derive(move || insight().scenario_for_year_label(year, row(year).and_then(|row| row.calendar_year)))
                        label_hidden=true
                        options=scenario_options()
                        value=Signal::derive(move || row(year).map_or(0, |row| row.scenario))
                        on_change=move |scenario| {
                            let mut per_year = state.document.with_untracked(|document| document.multi_year.scenario_per_year.clone());
                            while per_year.len() < year as usize {
                                let earlier = per_year.len() as u32 + 1;
                                per_year.push(row(earlier).map_or(scenario, |row| row.scenario));
                            }
                            if let Some(slot) = (year as usize).checked_sub(1).and_then(|index| per_year.get_mut(index)) {
                                *slot = scenario;
                            }
                            state.edit(|document| document.multi_year.scenario_per_year = per_year);
                        }
                        id=format!("meerjaren-scenario-{year}")
                    />
                    // On paper, where the select is not, the chosen scenario as text.
                    <span class="bw-print-only">{move || row(year).and_then(|row| {
                        state.document.with(|document| document.scenarios.get(row.scenario).map(|s| s.name.clone()))
                    })}</span>
                </td>
                <td class="bw-number">{move || row(year).map(|row| state.lang.get().whole(Decimal::from(row.participants)))}</td>
                <td class="bw-number">{move || amount(row(year).map(|row| row.total))}</td>
                {move || match undivided(year) {
                    // A year the key cannot divide gets one message across its amounts.
                    Some(error) => view! {
                        <td class="bw-row-message" colspan=1 + reference_count.get() data-testid="row-message">
                            {move || state.lang.get().texts().undivided_message(false, false, &error)}
                        </td>
                    }
                    .into_any(),
                    None => view! {
                        <td class="bw-number">{move || amount(row(year).map(|row| row.per_municipality))}</td>
                        {(0..reference_count.get())
                            .map(|index| view! {
                                <td class="bw-number">{move || priced(row(year).and_then(|row| row.per_reference.get(index).cloned()))}</td>
                            })
                            .collect_view()}
                    }
                    .into_any(),
                }}
            </tr>
        </For>
    };
    let estimate_error = move || {
        rows.with(|rows| match rows {
            Err(Some(error)) => Some(
                state
                    .document
                    .with(|document| calc_problem(state.lang.get(), document, error)),
            ),
            _ => None,
        })
    };

    // Break-even
    // The default reference amount, as the report's break-even uses it when none is set.
    let default_reference = Memo::new(move |_| {
        state.report.with(|report| {
            report
                .as_ref()
                .ok()?
                .break_even
                .as_ref()
                .ok()?
                .default_reference
        })
    });
    let break_even = move || {
        let texts = state.lang.get().texts();
        state.report.with(|report| match report {
            Ok(report) => match &report.break_even {
                Ok(break_even) => {
                    let name = state.document.with(|document| {
                        document
                            .scenarios
                            .get(break_even.scenario)
                            .map(|s| s.name.clone())
                            .unwrap_or_default()
                    });
                    if break_even.by_coverage {
                        state
                            .lang
                            .get()
                            .ways_to_pay()
                            .break_even_by_coverage(&name, break_even.count)
                    } else {
                        insight().break_even_sentence(
                            &name,
                            break_even.count,
                            break_even.reference_amount,
                        )
                    }
                }
                Err(error) => match state.document.with(|document| awaited(document, error)) {
                    Some(missing) => texts.awaiting(missing).to_string(),
                    None => texts.calc_error(error),
                },
            },
            Err(_) => texts.document_has_problems.to_string(),
        })
    };

    view! {
        <section class="bw-section" id="meerjaren" aria-labelledby="meerjaren-heading">
            <h2 id="meerjaren-heading">{words(|l| l.texts().multi_year_heading)}</h2>
            <Help paragraphs=|l| l.insight().multi_year_tips />
            <div class="bw-field-row">
                <NumberField
                    label=words(|l| l.insight().years_label)
                    value=Signal::derive(move || Decimal::from(years.get()))
                    on_change=state.setter(|document, years: Decimal| document.multi_year.years = years.to_u32().unwrap_or(1))
                    rule=NumberRule::count(Decimal::from(MAX_YEARS)).at_least(Decimal::ONE)
                    id="meerjaren-jaren"
                />
                <NumberField
                    label=words(|l| l.insight().indexation_label)
                    value=state.value(|document| document.multi_year.indexation_percent)
                    on_change=state.setter(|document, percent| document.multi_year.indexation_percent = percent)
                    rule=NumberRule::percent(-Decimal::ONE_HUNDRED, Decimal::ONE_HUNDRED)
                    unit=words(|l| l.insight().percent_unit)
                    id="meerjaren-indexatie"
                />
            </div>
            <Help>
                {words(|l| l.insight().participants_follow_plan)}
                " "
                <a class="utrecht-link" href="#groei">{words(|l| l.insight().to_growth_plan)}</a>
            </Help>
            {estimate_error}
            <div class="bw-table-scroll">
                <table class="utrecht-table bw-table" id="meerjarentabel" data-testid="multi-year">
                    <caption class="utrecht-table__caption">{words(|l| l.insight().multi_year_caption)}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col">{words(|l| l.insight().col_year)}</th>
                            <th scope="col">{words(|l| l.insight().col_scenario)}</th>
                            <th scope="col" class="bw-number">{words(|l| l.insight().col_participants)}</th>
                            <th scope="col" class="bw-number">{words(|l| l.insight().col_total)}</th>
                            <th scope="col" class="bw-number">{words(|l| l.insight().col_per_municipality)}</th>
                            {reference_headers}
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{table_rows}</tbody>
                </table>
            </div>
            <MembersPerYear />

            <h3>{words(|l| l.insight().break_even_heading)}</h3>
            <div class="bw-field-row">
                <SelectField
                    label=words(|l| l.insight().break_even_scenario_label)
                    options=scenario_options()
                    value=state.value(|document| document.break_even_scenario())
                    on_change=state.setter(|document, scenario| document.break_even.scenario = Some(scenario))
                    id="break-even-scenario"
                />
                <OptionalNumberField
                    label=words(|l| l.insight().reference_amount_label)
                    value=state.value(|document| document.break_even.reference_amount)
                    on_change=state.setter(|document, amount| document.break_even.reference_amount = amount)
                    rule=NumberRule::money().at_least(Decimal::new(1, 2))
                    hint=Signal::derive(move || default_reference.get().map(|amount| insight().reference_hint(amount)).unwrap_or_default())
                    id="break-even-reference"
                />
            </div>
            <p class="bw-outcome" data-testid="break-even" aria-live="polite">{break_even}</p>
        </section>
    }
}

/// Each named municipality's contribution per year under the chosen key, for a list of participants. Inside
/// a disclosure that builds its table only while open: hundreds of rows times the years are not worth
/// rebuilding on every keystroke for a reader who does not look.
#[component]
fn MembersPerYear() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(false);
    let has_named = Memo::new(move |_| {
        state.document.with(|document| {
            !document.participants.list.is_empty() || !document.growth.prospects.is_empty()
        })
    });
    let table = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let (lang, precision) = (state.lang.get(), state.precision.get());
        let insight = lang.insight();
        state.report.with(|report| {
            let report = report.as_ref().ok()?;
            let rows = report.multi_year.as_ref().ok()?;
            let grown = report.variant(Variant::Grown).community.as_ref().ok()?;
            let mut head = vec![Cell::head(insight.col_municipality)];
            head.extend(
                rows.iter()
                    .map(|row| Cell::number_head(insight.year_label(row.year, row.calendar_year))),
            );
            let mut table =
                Table::new(insight.members_per_year_caption, head).testid("multi-year-members");
            for (index, member) in grown.members.iter().enumerate() {
                let MemberOrigin::Named(name) = &member.origin else {
                    continue;
                };
                let mut cells = vec![Cell::row_head(name.clone())];
                cells.extend(rows.iter().map(|row| {
                    let share = row
                        .allocation
                        .as_ref()
                        .ok()
                        .and_then(|allocation| allocation.shares.get(index));
                    Cell::number(match share {
                        Some(share) => lang.money(share.total, precision),
                        None => insight.not_yet_member.to_string(),
                    })
                }));
                table.body.push(Row::new(cells));
            }
            Some(table)
        })
    });
    view! {
        <Show when=move || has_named.get()>
            <details class="bw-details" on:toggle=move |event| {
                use leptos::wasm_bindgen::JsCast;
                let is_open = event
                    .target()
                    .and_then(|target| target.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                    .is_some_and(|details| details.open());
                open.set(is_open);
            }>
                <summary>{words(|l| l.insight().members_per_year_summary)}</summary>
                <DataTable table=table />
            </details>
        </Show>
    }
}
