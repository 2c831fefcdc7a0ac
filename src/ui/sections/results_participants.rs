//! Step 4 beyond the template tables: every participant's contribution under the chosen key for one
//! scenario and variant, and the effect of growth. A plain table rebuilt from the report, so that 342
//! municipalities stay cheap: no inputs, no per-row signals.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::directory::directory;
use crate::domain::money;
use crate::domain::notation::Precision;
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::domain::views::{
    explain_share, member_rows, priced_amount, priced_columns, priced_growth_effect, PricedColumn,
};
use crate::io::download::download;
use crate::io::export::invoice_file;
use crate::io::json::file_stem;
use crate::state::use_state;
use crate::ui::fields::SelectField;
use crate::ui::format::{money as show_money, whole};
use crate::ui::guidance::calc_problem;
use crate::ui::i18n::Lang;
use crate::ui::sections::key_compare::{ScenarioVariantChoice, ScenarioVariantPicker};

/// A rate per inhabitant, to four decimals: cents per inhabitant are too coarse to compare.
fn rate(rate: &Result<Decimal, crate::domain::error::CalcError>, lang: Lang) -> String {
    match rate {
        Ok(rate) => crate::ui::format::rate(*rate, lang),
        Err(_) => "–".into(),
    }
}

#[component]
pub fn ParticipantResults() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let choice = ScenarioVariantChoice::new(state);
    let (scenario, variant) = (choice.scenario, choice.variant);
    // The row whose amount "Waarom dit bedrag?" explains, by its first member.
    let explained = RwSignal::new(0usize);
    let table = move || {
        let lang = state.lang.get();
        let precision = state.precision.get();
        let t = lang.edit();
        let scenario = scenario.get();
        let variant = variant.get();
        let show = move |amount| show_money(amount, lang, precision);
        state.report.with(|report| {
            let Ok(report) = report else { return ().into_any() };
            let variant_report = report.variant(variant);
            let Some(result) = variant_report.results.get(scenario) else { return ().into_any() };
            let community = match &variant_report.community {
                Ok(community) => community,
                Err(error) => return state.document.with(|document| calc_problem(lang, document, error)),
            };
            let allocation = match &result.allocation {
                Ok(allocation) => allocation,
                Err(error) => return state.document.with(|document| calc_problem(lang, document, error)),
            };
            let (key_name, scenario_name) = state.document.with(|d| {
                (lang.texts().key_name(d.key.kind), d.scenarios.get(scenario).map(|s| s.name.clone()).unwrap_or_default())
            });
            let variant_name = match variant {
                Variant::Current => t.variant_a,
                Variant::Grown => t.variant_b,
            };
            let rows = member_rows(community, allocation);
            let total_custom = rows.iter().fold(Decimal::ZERO, |sum, row| {
                sum.saturating_add(row.custom_work.saturating_mul(Decimal::from(row.members)))
            });
            // What the shown (rounded) amounts add up to, so the table can say when that differs from the
            // exact total it prints below them.
            let shown = |amount: Decimal| match precision {
                Precision::WholeEuros => money::round_euros(amount),
                Precision::Cents => money::round_cents(amount),
            };
            let shown_sum = rows.iter().fold(Decimal::ZERO, |sum, row| {
                sum.saturating_add(shown(row.shared).saturating_mul(Decimal::from(row.members)))
            });
            let rounding_note = (shown_sum != shown(result.total))
                .then(|| view! { <p class="bw-help" data-testid="rounding-note">{t.rounding_note(&show(shown_sum), &show(result.total))}</p> });
            let any_bound = rows.iter().any(|row| row.held_at.is_some());
            let body = rows
                .into_iter()
                .map(|row| {
                    view! {
                        <tr data-testid=format!("participant-row-{}", row.first_member)>
                            <th scope="row">{t.who(&row.who, row.members)}</th>
                            <td class="bw-number">{whole(row.inhabitants, lang)}</td>
                            <td class="bw-number" data-testid=format!("contribution-{}", row.first_member)>{show(row.shared)}</td>
                            <td class="bw-number">{show(row.custom_work)}</td>
                            <td class="bw-number">{show(row.total)}</td>
                            <td class="bw-number">{rate(&row.per_inhabitant, lang)}</td>
                            <td data-testid=format!("bound-{}", row.first_member)>{t.held_at(row.held_at)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let inhabitants = variant_report.total_inhabitants;
            view! {
                <div class="bw-table-scroll" tabindex="0">
                    <table class="utrecht-table bw-table" id="participant-results" data-testid="participant-table">
                        <caption class="utrecht-table__caption">{t.participants_caption(&scenario_name, variant_name, key_name)}</caption>
                        <thead class="utrecht-table__header">
                            <tr>
                                <th scope="col">{t.name}</th>
                                <th scope="col" class="bw-number">{t.inhabitants}</th>
                                <th scope="col" class="bw-number">{t.contribution}</th>
                                <th scope="col" class="bw-number">{t.custom_work}</th>
                                <th scope="col" class="bw-number">{t.total}</th>
                                <th scope="col" class="bw-number">{t.per_inhabitant}</th>
                                <th scope="col">{t.bound_column}</th>
                            </tr>
                        </thead>
                        <tbody class="utrecht-table__body">{body}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{t.totals_row}</th>
                                <td class="bw-number">{whole(inhabitants, lang)}</td>
                                <td class="bw-number" data-testid="contribution-total">{show(result.total)}</td>
                                <td class="bw-number">{show(total_custom)}</td>
                                <td class="bw-number">{show(allocation.collected)}</td>
                                <td class="bw-number">{rate(&result.per_inhabitant, lang)}</td>
                                <td></td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
                {rounding_note}
                {any_bound.then(|| view! { <p class="bw-help">{t.bound_note}</p> })}
            }
            .into_any()
        })
    };
    // "Waarom dit bedrag?" lives outside the table, which is rebuilt on every edit: a select rebuilt with it
    // would leave its reactive cells behind each time.
    let explain_options = Memo::new(move |_| {
        let t = state.lang.get().edit();
        let (scenario, variant) = (scenario.get(), variant.get());
        state
            .report
            .with(|report| {
                let variant_report = report.as_ref().ok()?.variant(variant);
                let community = variant_report.community.as_ref().ok()?;
                let allocation = variant_report
                    .results
                    .get(scenario)?
                    .allocation
                    .as_ref()
                    .ok()?;
                Some(
                    member_rows(community, allocation)
                        .iter()
                        .map(|row| (row.first_member.to_string(), t.who(&row.who, row.members)))
                        .collect::<Vec<_>>(),
                )
            })
            .unwrap_or_default()
    });
    let explanation = move || {
        let lang = state.lang.get();
        let precision = state.precision.get();
        let (scenario, variant) = (scenario.get(), variant.get());
        let first = explained.get();
        state.report.with(|report| {
            let variant_report = report.as_ref().ok()?.variant(variant);
            let community = variant_report.community.as_ref().ok()?;
            let result = variant_report.results.get(scenario)?;
            let allocation = result.allocation.as_ref().ok()?;
            let index = if first < community.count() { first } else { 0 };
            let name = explain_options.with(|options| {
                options
                    .iter()
                    .find(|(value, _)| *value == index.to_string())
                    .map(|(_, name)| name.clone())
            })?;
            Some(
                state
                    .document
                    .with(|d| explain_share(&d.key, community, allocation, result.total, index))
                    .map(|e| lang.edit().explain_share(&name, &e, lang, precision))
                    .unwrap_or_else(|error| lang.texts().calc_error(&error)),
            )
        })
    };
    view! {
        <h3>{move || t().participants_table_heading}</h3>
        <div class="bw-field-row">
            <ScenarioVariantPicker choice=choice id_prefix="results" />
        </div>
        {table}
        <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            data-testid="export-invoice-csv"
            on:click=move |_| {
                let lang = state.lang.get_untracked();
                let (scenario, variant) = (scenario.get_untracked(), variant.get_untracked());
                let csv = state.report.with_untracked(|report| {
                    let report = report.as_ref().ok()?;
                    state.document.with_untracked(|document| {
                        invoice_file(
                            document,
                            report,
                            scenario,
                            variant,
                            &lang.keep().csv,
                            lang.texts().key_name(document.key.kind),
                            |name| directory().find(name).map(|entry| entry.code.to_string()),
                        )
                        .map(|csv| (csv, format!("{}-facturering.csv", file_stem(document))))
                    })
                });
                if let Some((csv, name)) = csv {
                    download(&name, "text/csv;charset=utf-8", &csv);
                }
            }
        >
            {move || t().export_invoice}
        </button>
        <div class="bw-explain">
            <SelectField
                label=Signal::derive(move || t().why_label.to_string())
                options=explain_options
                value=Signal::derive(move || explained.get().to_string())
                on_change=Callback::new(move |value: String| {
                    if let Ok(first) = value.parse() {
                        explained.set(first);
                    }
                })
                id="why-member"
            />
            <p class="bw-outcome" data-testid="why-amount" aria-live="polite">{explanation}</p>
        </div>
    }
}

/// What growth from variant A to B does to what a municipality pays under the chosen key: per scenario, and
/// per reference municipality when the key prices sizes.
pub fn growth_effect_table(report: &Report, lang: Lang, precision: Precision) -> impl IntoView {
    let state = use_state();
    let t = lang.edit();
    let (names, columns, reference_names) = state.document.with(|d| {
        (
            d.scenarios
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>(),
            priced_columns(d),
            d.reference_municipalities
                .iter()
                .map(|r| r.name.clone())
                .collect::<Vec<_>>(),
        )
    });
    let cell = move |value: &Result<Decimal, crate::domain::error::CalcError>| match value {
        Ok(amount) => show_money(*amount, lang, precision),
        Err(error) => lang.texts().calc_error_short(error),
    };
    // A scenario the key cannot divide, now or after growth, gets one row with the reason instead of an
    // error in every cell.
    let failure = |index: usize| {
        let failed = |variant: Variant| {
            report
                .variant(variant)
                .results
                .get(index)
                .and_then(|result| result.allocation.as_ref().err().cloned())
        };
        match (failed(Variant::Current), failed(Variant::Grown)) {
            (None, None) => None,
            (Some(error), after) => Some(lang.texts().undivided_message(
                true,
                after.is_some(),
                &error,
            )),
            (None, Some(error)) => Some(lang.texts().undivided_message(false, true, &error)),
        }
    };
    let mut row = 0;
    let mut rows = Vec::new();
    for (index, name) in names.into_iter().enumerate() {
        if let Some(message) = failure(index) {
            rows.push(
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td class="bw-row-message" colspan="3" data-testid="row-message">{message}</td>
                    </tr>
                }
                .into_any(),
            );
            continue;
        }
        for column in &columns {
            let label = match column {
                PricedColumn::Reference(reference) => format!(
                    "{name}: {}",
                    reference_names.get(*reference).cloned().unwrap_or_default()
                ),
                _ => name.clone(),
            };
            let amount = |variant: Variant| {
                report
                    .variant(variant)
                    .results
                    .get(index)
                    .map(|result| cell(&priced_amount(result, *column)))
                    .unwrap_or_default()
            };
            let drop = match report
                .growth_effect
                .get(index)
                .map(|effect| priced_growth_effect(effect, *column))
            {
                Some(Ok(percent)) => {
                    crate::domain::notation::format_percent(percent, lang.notation())
                }
                Some(Err(error)) => lang.texts().calc_error_short(&error),
                None => String::new(),
            };
            rows.push(
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td class="bw-number">{amount(Variant::Current)}</td>
                        <td class="bw-number">{amount(Variant::Grown)}</td>
                        <td class="bw-number" data-testid=format!("growth-effect-{row}")>{drop}</td>
                    </tr>
                }
                .into_any(),
            );
            row += 1;
        }
    }
    view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table" id="growth-effect" data-testid="growth-effect">
                <caption class="utrecht-table__caption">{t.growth_effect_caption}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{lang.texts().col_scenario}</th>
                        <th scope="col" class="bw-number">{t.per_municipality_a}</th>
                        <th scope="col" class="bw-number">{t.per_municipality_b}</th>
                        <th scope="col" class="bw-number">{t.drop}</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">{rows}</tbody>
            </table>
        </div>
    }
}
