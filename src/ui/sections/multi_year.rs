//! Section 5: the multi-year estimate and break-even.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::money::round_cents;
use crate::domain::multi_year::{YearRow, YearlyGrowthMode};
use crate::domain::validation::{MAX_AMOUNT, MAX_MUNICIPALITIES, MAX_YEARS};
use crate::state::use_state;
use crate::ui::fields::{scenario_options, OptionalNumberField, SelectField};
use crate::ui::fields::{NumberField, NumberRule};
use crate::ui::format::{money, whole};
use crate::ui::i18n::calc_error;
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
    let mode = Memo::new(move |_| {
        state
            .document
            .with(|document| document.multi_year.growth_mode)
    });
    // Filling a per-year list up to `year` with what the estimate shows now keeps the other years as they are.
    let fill_counts = move |counts: &mut Vec<u32>, upto: usize| {
        while counts.len() < upto {
            let year = counts.len() as u32 + 1;
            let shown = row(year).map_or(0, |row| {
                row.participants.min(MAX_MUNICIPALITIES as u64) as u32
            });
            counts.push(shown);
        }
    };
    let set_mode = move |new_mode: YearlyGrowthMode| {
        let mut counts = plan().counts;
        if new_mode == YearlyGrowthMode::Counts {
            fill_counts(&mut counts, years.get_untracked() as usize);
        }
        state.edit(|document| {
            document.multi_year.growth_mode = new_mode;
            document.multi_year.counts = counts;
        });
    };
    let mode_radio =
        move |option: YearlyGrowthMode,
              id: &'static str,
              label: fn(&'static crate::ui::i18n::InsightTexts) -> &'static str| {
            view! {
                <div class="bw-radio">
                    <input type="radio" class="utrecht-radio-button utrecht-radio-button--html-input" name="meerjaren-groei" id=id
                        prop:checked=move || mode.get() == option
                        on:change=move |_| set_mode(option) />
                    <label class="utrecht-form-label" for=id>{move || label(insight())}</label>
                </div>
            }
        };
    let count_fields = move || {
        (mode.get() == YearlyGrowthMode::Counts).then(|| {
            (1..=years.get())
                .map(|year| {
                    view! {
                        <NumberField
                            label=Signal::derive(move || insight().count_for_year_label(year))
                            value=Signal::derive(move || Decimal::from(row(year).map_or(0, |row| row.participants)))
                            on_change=Callback::new(move |value: Decimal| {
                                let mut counts = plan().counts;
                                fill_counts(&mut counts, year as usize);
                                counts[year as usize - 1] = value.to_u32().unwrap_or(0);
                                state.edit(|document| document.multi_year.counts = counts);
                            })
                            rule=NumberRule { min: Some(Decimal::ONE), max: Some(Decimal::from(MAX_MUNICIPALITIES)), decimals: 0 }
                            id=format!("meerjaren-aantal-{year}")
                        />
                    }
                })
                .collect_view()
        })
    };
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
    let table_rows = view! {
        <For each=move || 1..=years.get() key=|year| *year let:year>
            <tr>
                <th scope="row">{move || insight().year_label(year)}</th>
                <td>
                    <SelectField
                        label=Signal::derive(move || insight().scenario_for_year_label(year))
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
                </td>
                <td class="bw-number">{move || row(year).map(|row| whole(Decimal::from(row.participants), state.lang.get()))}</td>
                <td class="bw-number">{move || amount(row(year).map(|row| row.total))}</td>
                <td class="bw-number">{move || amount(row(year).map(|row| row.per_municipality))}</td>
                {move || {
                    (0..reference_count.get())
                        .map(|index| view! {
                            <td class="bw-number">{move || amount(row(year).and_then(|row| row.per_reference.get(index).copied()))}</td>
                        })
                        .collect_view()
                }}
            </tr>
        </For>
    };
    let estimate_error = move || {
        rows.with(|rows| match rows {
            Err(Some(error)) => Some(view! { <p class="bw-error" data-testid="error" role="alert">{calc_error(state.lang.get(), error)}</p> }),
            _ => None,
        })
    };

    // Break-even
    let default_reference = Memo::new(move |_| {
        let report = state.report.get().ok()?;
        let start = state
            .document
            .with(|document| document.recommended_scenario());
        report.variants[0]
            .results
            .get(start)?
            .per_municipality
            .clone()
            .ok()
            .map(round_cents)
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
            Err(error) => calc_error(state.lang.get(), &error),
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
                    rule=NumberRule { min: Some(Decimal::ONE), max: Some(Decimal::from(MAX_YEARS)), decimals: 0 }
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
            <fieldset class="utrecht-form-fieldset bw-fieldset">
                <legend class="utrecht-form-fieldset__legend">{move || insight().growth_mode_legend}</legend>
                {mode_radio(YearlyGrowthMode::Percent, "meerjaren-groei-procent", |t| t.growth_mode_percent)}
                {mode_radio(YearlyGrowthMode::Counts, "meerjaren-groei-aantallen", |t| t.growth_mode_counts)}
            </fieldset>
            <Show when=move || mode.get() == YearlyGrowthMode::Percent>
                <NumberField
                    label=Signal::derive(move || insight().growth_percent_label.to_string())
                    value=Signal::derive(move || state.document.with(|document| document.multi_year.growth_percent))
                    on_change=Callback::new(move |value: Decimal| state.edit(|document| document.multi_year.growth_percent = value))
                    rule=NumberRule::percent(-Decimal::ONE_HUNDRED, Decimal::from(1000))
                    unit=Signal::derive(move || insight().percent_unit.to_string())
                    id="meerjaren-groei"
                />
            </Show>
            <div class="bw-field-row">{count_fields}</div>
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
                    rule=NumberRule { min: Some(Decimal::new(1, 2)), ..NumberRule::money(MAX_AMOUNT) }
                    hint=Signal::derive(move || default_reference.get().map(|amount| insight().reference_hint(amount)).unwrap_or_default())
                    id="break-even-reference"
                />
            </div>
            <p class="bw-outcome" data-testid="break-even" aria-live="polite">{break_even}</p>
        </section>
    }
}
