//! Step 4, after the effect of growth: what is missing if today's members budget their after-growth
//! amounts and nobody joins, per scenario, and what each then tops up; with the guide's advice beside it.

use leptos::prelude::*;

use crate::domain::notation::Precision;
use crate::domain::report::Report;
use crate::domain::shortfall::shortfall;
use crate::domain::views::{priced_columns, PricedColumn};
use crate::state::use_state;
use crate::ui::format::money;
use crate::ui::i18n::Lang;

pub fn shortfall_view(report: &Report, lang: Lang, precision: Precision) -> impl IntoView {
    let state = use_state();
    let guide = lang.guide();
    let texts = lang.texts();
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
    let show = move |amount| money(amount, lang, precision);
    let today = report.variants[0].count;
    let grows = report.variants[1].count > today;
    let table = grows.then(|| {
        let headers = columns
            .iter()
            .map(|column| {
                let label = match column {
                    PricedColumn::EveryMunicipality => guide.col_top_up.to_string(),
                    PricedColumn::Average => guide.col_top_up_average.to_string(),
                    PricedColumn::Reference(index) => guide.col_top_up_reference(
                        reference_names.get(*index).map_or("", String::as_str),
                    ),
                };
                view! { <th scope="col" class="bw-number">{label}</th> }
            })
            .collect_view();
        let rows = names
            .iter()
            .enumerate()
            .map(|(index, name)| {
                let total = report.scenarios.get(index).map(|t| show(t.total)).unwrap_or_default();
                let cells = match shortfall(report, index) {
                    Ok(Some(found)) => {
                        let top_ups = columns
                            .iter()
                            .enumerate()
                            .map(|(column_index, column)| {
                                let amount = match column {
                                    PricedColumn::EveryMunicipality | PricedColumn::Average => {
                                        Ok(found.per_municipality)
                                    }
                                    PricedColumn::Reference(reference) => found
                                        .per_reference
                                        .get(*reference)
                                        .cloned()
                                        .unwrap_or(Ok(found.per_municipality)),
                                };
                                let text = match amount {
                                    Ok(amount) => show(amount),
                                    Err(error) => lang.texts().calc_error_short(&error),
                                };
                                view! {
                                    <td class="bw-number" data-testid=format!("shortfall-top-up-{index}-{column_index}")>{text}</td>
                                }
                            })
                            .collect_view();
                        view! {
                            <td class="bw-number" data-testid=format!("shortfall-collected-{index}")>{show(found.collected)}</td>
                            <td class="bw-number" data-testid=format!("shortfall-missing-{index}")>{show(found.missing)}</td>
                            {top_ups}
                        }
                        .into_any()
                    }
                    Ok(None) => ().into_any(),
                    Err(error) => view! {
                        <td class="bw-row-message" colspan=2 + columns.len() data-testid="row-message">
                            {lang.texts().undivided_message(false, true, &error)}
                        </td>
                    }
                    .into_any(),
                };
                view! {
                    <tr>
                        <th scope="row">{name.clone()}</th>
                        <td class="bw-number">{total}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="bw-table-scroll" tabindex="0">
                <table class="utrecht-table bw-table" id="shortfall" data-testid="shortfall">
                    <caption class="utrecht-table__caption">{guide.shortfall_caption(today)}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col">{texts.col_scenario}</th>
                            <th scope="col" class="bw-number">{texts.col_total}</th>
                            <th scope="col" class="bw-number">{guide.col_collected}</th>
                            <th scope="col" class="bw-number">{guide.col_missing}</th>
                            {headers}
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{rows}</tbody>
                </table>
            </div>
            <ul class="bw-tips" data-testid="shortfall-advice">
                {guide.shortfall_advice.iter().map(|advice| view! { <li>{*advice}</li> }).collect_view()}
            </ul>
        }
    });
    view! {
        <h3 id="groei-tegenvalt">{guide.shortfall_heading}</h3>
        {if grows {
            view! { <p>{guide.shortfall_intro}</p> }.into_any()
        } else {
            view! { <p data-testid="shortfall">{guide.no_growth_no_shortfall}</p> }.into_any()
        }}
        {table}
    }
}
