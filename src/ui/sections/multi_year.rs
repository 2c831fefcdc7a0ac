//! Section 5: the multi-year estimate and break-even.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::error::CalcError;
use crate::domain::multi_year::YearRow;
use crate::domain::participants::MemberOrigin;
use crate::domain::readiness::awaited;
use crate::domain::validation::MAX_YEARS;
use crate::state::use_state;
use crate::ui::fields::{scenario_options, OptionalNumberField, SelectField};
use crate::ui::fields::{NumberField, NumberRule};
use crate::ui::format::{money, whole};
use crate::ui::guidance::calc_problem;
use crate::ui::sections::insight_fields::Tips;

#[component]
pub fn MultiYear() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    let insight = move || state.lang.get().insight();
    let plan = move || state.document.with(|document| document.multi_year.clone());
    let rows = Memo::new(move |_| match state.report.get() {
        Ok(report) => report.multi_year.map_err(Some),
        Err(_) => Err(None),
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
            .map(|value| money(value, state.lang.get(), state.precision.get()))
            .unwrap_or_default()
    };
    let priced = move |value: Option<Result<Decimal, CalcError>>| match value {
        Some(Ok(value)) => money(value, state.lang.get(), state.precision.get()),
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
                        value=Signal::derive(move || row(year).map(|row| row.scenario.to_string()).unwrap_or_default())
                        on_change=Callback::new(move |value: String| {
                            let Ok(scenario) = value.parse::<usize>() else { return };
                            let mut per_year = plan().scenario_per_year;
                            while per_year.len() < year as usize {
                                let earlier = per_year.len() as u32 + 1;
                                per_year.push(row(earlier).map_or(scenario, |row| row.scenario));
                            }
                            per_year[year as usize - 1] = scenario;
                            state.edit(|document| document.multi_year.scenario_per_year = per_year);
                        })
                        id=format!("meerjaren-scenario-{year}")
                    />
                    // On paper, where the select is not, the chosen scenario as text.
                    <span class="bw-print-only">{move || row(year).and_then(|row| {
                        state.document.with(|document| document.scenarios.get(row.scenario).map(|s| s.name.clone()))
                    })}</span>
                </td>
                <td class="bw-number">{move || row(year).map(|row| whole(Decimal::from(row.participants), state.lang.get()))}</td>
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
    let break_even = move || match state.report.get() {
        Ok(report) => match report.break_even {
            Ok(break_even) => {
                let name = state.document.with(|document| {
                    document
                        .scenarios
                        .get(break_even.scenario)
                        .map(|s| s.name.clone())
                        .unwrap_or_default()
                });
                insight().break_even_sentence(&name, break_even.count, break_even.reference_amount)
            }
            Err(error) => match state.document.with(|document| awaited(document, &error)) {
                Some(missing) => texts().awaiting(missing).to_string(),
                None => state.lang.get().texts().calc_error(&error),
            },
        },
        Err(_) => texts().document_has_problems.to_string(),
    };

    view! {
        <section class="bw-section" id="meerjaren" aria-labelledby="meerjaren-heading">
            <h2 id="meerjaren-heading">{move || texts().multi_year_heading}</h2>
            <Tips tips=Signal::derive(move || insight().multi_year_tips.to_vec()) />
            <div class="bw-field-row">
                <NumberField
                    label=Signal::derive(move || insight().years_label.to_string())
                    value=Signal::derive(move || Decimal::from(years.get()))
                    on_change=Callback::new(move |value: Decimal| {
                        state.edit(|document| document.multi_year.years = value.to_u32().unwrap_or(1));
                    })
                    rule=NumberRule::count(Decimal::from(MAX_YEARS)).at_least(Decimal::ONE)
                    id="meerjaren-jaren"
                />
                <NumberField
                    label=Signal::derive(move || insight().indexation_label.to_string())
                    value=Signal::derive(move || state.document.with(|document| document.multi_year.indexation_percent))
                    on_change=Callback::new(move |value: Decimal| state.edit(|document| document.multi_year.indexation_percent = value))
                    rule=NumberRule::percent(-Decimal::ONE_HUNDRED, Decimal::ONE_HUNDRED)
                    unit=Signal::derive(move || insight().percent_unit.to_string())
                    id="meerjaren-indexatie"
                />
            </div>
            <p class="bw-help">
                {move || insight().participants_follow_plan}
                " "
                <a class="utrecht-link" href="#groei">{move || insight().to_growth_plan}</a>
            </p>
            {estimate_error}
            <div class="bw-table-wrapper">
                <table class="utrecht-table bw-table" id="meerjarentabel" data-testid="multi-year">
                    <caption class="utrecht-table__caption">{move || insight().multi_year_caption}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col">{move || insight().col_year}</th>
                            <th scope="col">{move || insight().col_scenario}</th>
                            <th scope="col" class="bw-number">{move || insight().col_participants}</th>
                            <th scope="col" class="bw-number">{move || insight().col_total}</th>
                            <th scope="col" class="bw-number">{move || insight().col_per_municipality}</th>
                            {reference_headers}
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{table_rows}</tbody>
                </table>
            </div>
            <MembersPerYear />

            <h3>{move || insight().break_even_heading}</h3>
            <div class="bw-field-row">
                <SelectField
                    label=Signal::derive(move || insight().break_even_scenario_label.to_string())
                    options=scenario_options()
                    value=Signal::derive(move || state.document.with(|document| document.break_even_scenario().to_string()))
                    on_change=Callback::new(move |value: String| {
                        if let Ok(scenario) = value.parse::<usize>() {
                            state.edit(|document| document.break_even.scenario = Some(scenario));
                        }
                    })
                    id="break-even-scenario"
                />
                <OptionalNumberField
                    label=Signal::derive(move || insight().reference_amount_label.to_string())
                    value=Signal::derive(move || state.document.with(|document| document.break_even.reference_amount))
                    on_change=Callback::new(move |value: Option<Decimal>| state.edit(|document| document.break_even.reference_amount = value))
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
    let insight = move || state.lang.get().insight();
    let open = RwSignal::new(false);
    let has_named = Memo::new(move |_| {
        state.document.with(|document| {
            !document.participants.list.is_empty() || !document.growth.prospects.is_empty()
        })
    });
    let table = move || {
        if !open.get() {
            return None;
        }
        let report = state.report.get().ok()?;
        let rows = report.multi_year.ok()?;
        let grown = report.variants.get(1)?.community.clone().ok()?;
        let lang = state.lang.get();
        let precision = state.precision.get();
        let headers = rows
            .iter()
            .map(|row| {
                view! { <th scope="col" class="bw-number">{insight().year_label(row.year, row.calendar_year)}</th> }
            })
            .collect_view();
        let body = grown
            .members
            .iter()
            .enumerate()
            .filter_map(|(index, member)| match &member.origin {
                MemberOrigin::Named(name) => Some((index, name.clone())),
                _ => None,
            })
            .map(|(index, name)| {
                let cells = rows
                    .iter()
                    .map(|row| {
                        let share = row
                            .allocation
                            .as_ref()
                            .ok()
                            .and_then(|allocation| allocation.shares.get(index));
                        let text = match share {
                            Some(share) => money(share.total, lang, precision),
                            None => insight().not_yet_member.to_string(),
                        };
                        view! { <td class="bw-number">{text}</td> }
                    })
                    .collect_view();
                view! { <tr><th scope="row">{name}</th>{cells}</tr> }
            })
            .collect_view();
        Some(view! {
            <div class="bw-table-wrapper">
                <table class="utrecht-table bw-table" data-testid="multi-year-members">
                    <caption class="utrecht-table__caption">{insight().members_per_year_caption}</caption>
                    <thead class="utrecht-table__header">
                        <tr><th scope="col">{insight().col_municipality}</th>{headers}</tr>
                    </thead>
                    <tbody class="utrecht-table__body">{body}</tbody>
                </table>
            </div>
        })
    };
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
                <summary>{move || insight().members_per_year_summary}</summary>
                {table}
            </details>
        </Show>
    }
}
