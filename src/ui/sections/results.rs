//! Section 4: results and growth, starting with the template tables of variant A and B.

use leptos::prelude::*;

use rust_decimal::Decimal;

use crate::domain::allocation::KeyKind;
use crate::domain::error::CalcError;
use crate::domain::notation::Precision;
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::state::use_state;
use crate::ui::format::{money, whole};
use crate::ui::guidance::{complete_memo, Guidance};
use crate::ui::i18n::Lang;
use crate::ui::sections::budget::help;
use crate::ui::sections::results_participants::{growth_effect_table, ParticipantResults};
use crate::ui::sections::shortfall::shortfall_view;

#[component]
pub fn Results() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    let complete = complete_memo();
    view! {
        <section class="bw-section" id="resultaten" data-testid="results" aria-labelledby="resultaten-heading">
            <h2 id="resultaten-heading">{move || texts().results_heading}</h2>
            {help(move || state.lang.get().edit().results_help)}
            {move || match state.report.get() {
                Ok(_) if !complete.get() => view! { <Guidance /> }.into_any(),
                Ok(report) => {
                    let lang = state.lang.get();
                    view! {
                        {Variant::BOTH.iter().map(|variant| template_table(&report, *variant)).collect_view()}
                        {comparison_table(&report)}
                        {growth_effect_table(&report, lang, state.precision.get())}
                        {shortfall_view(&report, lang, state.precision.get())}
                    }
                    .into_any()
                }
                Err(_) => view! { <p class="bw-error" data-testid="error" role="alert">{texts().document_has_problems}</p> }.into_any(),
            }}
            <ParticipantResults />
        </section>
    }
}

fn amount_cell(value: &Result<Decimal, CalcError>, lang: Lang, precision: Precision) -> AnyView {
    match value {
        Ok(amount) => {
            view! { <td class="bw-number">{money(*amount, lang, precision)}</td> }.into_any()
        }
        Err(error) => view! {
            <td class="bw-number" title=lang.texts().calc_error(error)>{lang.texts().calc_error_short(error)}</td>
        }
        .into_any(),
    }
}

/// "Scenario | Totaal | Per gemeente | Klein | Middel | Groot" for one variant, under the chosen key: the
/// guide's template table, with each reference municipality paying what the key (bounds included) asks.
fn template_table(report: &Report, variant: Variant) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get();
    let precision = state.precision.get();
    let texts = lang.texts();
    let document = state.document.read();
    let variant_report = report.variant(variant);
    let title = match variant {
        Variant::Current => texts.variant_current,
        Variant::Grown => texts.variant_grown,
    };
    let caption = format!(
        "{title} ({} {}, {} {}): {} {}",
        variant_report.count,
        texts.municipalities,
        whole(variant_report.total_inhabitants, lang),
        texts.inhabitants,
        texts.template_caption,
        texts.key_name(document.key.kind),
    );
    let reference_headers = document
        .reference_municipalities
        .iter()
        .map(|reference| view! { <th scope="col" class="bw-number">{reference.name.clone()}</th> })
        .collect_view();
    let rows = document
        .scenarios
        .iter()
        .zip(&variant_report.results)
        .map(|(scenario, result)| {
            // A scenario the key cannot divide gets one message across its amounts, not an error per cell.
            let amounts = match &result.allocation {
                Err(error) => {
                    let (now, after) = match variant {
                        Variant::Current => (true, false),
                        Variant::Grown => (false, true),
                    };
                    view! {
                        <td class="bw-row-message" colspan=1 + document.reference_municipalities.len() data-testid="row-message">
                            {lang.texts().undivided_message(now, after, error)}
                        </td>
                    }
                    .into_any()
                }
                Ok(_) => {
                    let references = result
                        .references_under_key
                        .iter()
                        .map(|value| amount_cell(value, lang, precision))
                        .collect_view();
                    view! {
                        {amount_cell(&result.per_municipality, lang, precision)}
                        {references}
                    }
                    .into_any()
                }
            };
            view! {
                <tr>
                    <th scope="row">{scenario.name.clone()}</th>
                    <td class="bw-number">{money(result.total, lang, precision)}</td>
                    {amounts}
                </tr>
            }
        })
        .collect_view();
    let table_id = match variant {
        Variant::Current => "template-a",
        Variant::Grown => "template-b",
    };
    view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table" id=table_id>
                <caption class="utrecht-table__caption">{caption}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{texts.col_scenario}</th>
                        <th scope="col" class="bw-number">{texts.col_total}</th>
                        <th scope="col" class="bw-number">{lang.texts().per_municipality_heading(document.key.kind)}</th>
                        {reference_headers}
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">{rows}</tbody>
            </table>
        </div>
    }
}

/// The guide's own view for comparison when another key is chosen: the equal share and each reference
/// municipality by inhabitants alone, now and after growth.
fn comparison_table(report: &Report) -> Option<impl IntoView> {
    let state = use_state();
    let document = state.document.read();
    if document.key.kind == KeyKind::Inhabitants
        && document.key.minimum.is_none()
        && document.key.maximum.is_none()
    {
        return None;
    }
    let lang = state.lang.get();
    let precision = state.precision.get();
    let texts = lang.texts();
    let reference_headers = document
        .reference_municipalities
        .iter()
        .map(|reference| view! { <th scope="col" class="bw-number">{reference.name.clone()}</th> })
        .collect_view();
    let rows = document
        .scenarios
        .iter()
        .enumerate()
        .flat_map(|(index, scenario)| {
            Variant::BOTH.into_iter().filter_map(move |variant| {
                let result = report.variant(variant).results.get(index)?;
                let suffix = match variant {
                    Variant::Current => texts.suffix_now,
                    Variant::Grown => texts.suffix_after_growth,
                };
                Some((format!("{} {suffix}", scenario.name), result))
            })
        })
        .map(|(name, result)| {
            let references = result
                .references_by_inhabitants
                .iter()
                .map(|value| amount_cell(value, lang, precision))
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    {amount_cell(&result.per_municipality, lang, precision)}
                    {references}
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table" id="template-comparison">
                <caption class="utrecht-table__caption">{texts.comparison_caption}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{texts.col_scenario}</th>
                        <th scope="col" class="bw-number">{texts.col_per_municipality_equal}</th>
                        {reference_headers}
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">{rows}</tbody>
            </table>
        </div>
    })
}
