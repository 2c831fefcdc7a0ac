//! Step 4, after the effect of growth: what is missing if today's members budget their after-growth
//! amounts and nobody joins, per scenario, and what each then tops up; with the guide's advice beside it.

use leptos::prelude::*;

use crate::domain::document::Document;
use crate::domain::notation::Precision;
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::domain::shortfall::shortfall;
use crate::domain::views::{priced_columns, PricedColumn};
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::help::Help;
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::words::words;

/// The shortfall per scenario if only today's municipalities pay the amount after growth.
fn shortfall_table(
    document: &Document,
    report: &Report,
    lang: Lang,
    precision: Precision,
) -> Table {
    let (texts, guide) = (lang.texts(), lang.guide());
    let columns = priced_columns(document);
    let show = move |amount| lang.money(amount, precision);
    let mut head = vec![
        Cell::head(texts.col_scenario),
        Cell::number_head(texts.col_total),
        Cell::number_head(guide.col_collected),
        Cell::number_head(guide.col_missing),
    ];
    head.extend(columns.iter().map(|column| {
        Cell::number_head(match column {
            PricedColumn::EveryMunicipality => guide.col_top_up.to_string(),
            PricedColumn::Average => guide.col_top_up_average.to_string(),
            PricedColumn::Reference(index) => guide.col_top_up_reference(
                document
                    .reference_municipalities
                    .get(*index)
                    .map_or("", |reference| reference.name.as_str()),
            ),
        })
    }));
    let today = report.variant(Variant::Current).count;
    let mut table = Table::new(guide.shortfall_caption(today), head)
        .id("shortfall")
        .testid("shortfall");
    for (index, scenario) in document.scenarios.iter().enumerate() {
        let total = report
            .scenarios
            .get(index)
            .map(|t| show(t.total))
            .unwrap_or_default();
        let mut cells = vec![Cell::row_head(scenario.name.clone()), Cell::number(total)];
        match shortfall(report, index) {
            Ok(Some(found)) => {
                cells.push(
                    Cell::number(show(found.collected))
                        .testid(format!("shortfall-collected-{index}")),
                );
                cells.push(
                    Cell::number(show(found.missing)).testid(format!("shortfall-missing-{index}")),
                );
                for (column_index, column) in columns.iter().enumerate() {
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
                        Err(error) => texts.calc_error_short(&error),
                    };
                    cells.push(
                        Cell::number(text)
                            .testid(format!("shortfall-top-up-{index}-{column_index}")),
                    );
                }
            }
            Ok(None) => {}
            Err(error) => cells.push(Cell::message(
                texts.undivided_message(false, true, &error),
                2 + columns.len(),
            )),
        }
        table.body.push(Row::new(cells));
    }
    table
}

#[component]
pub fn Shortfall() -> impl IntoView {
    let state = use_state();
    // Whether growth adds municipalities at all; without it nothing can fall short.
    let grows = Memo::new(move |_| {
        state.report.with(|report| {
            report.as_ref().is_ok_and(|report| {
                report.variant(Variant::Grown).count > report.variant(Variant::Current).count
            })
        })
    });
    let table = Memo::new(move |_| {
        let (lang, precision) = (state.lang.get(), state.precision.get());
        state.report.with(|report| {
            let report = report.as_ref().ok()?;
            (report.variant(Variant::Grown).count > report.variant(Variant::Current).count).then(
                || {
                    state
                        .document
                        .with(|document| shortfall_table(document, report, lang, precision))
                },
            )
        })
    });
    view! {
        <h3 id="groei-tegenvalt">{words(|l| l.guide().shortfall_heading)}</h3>
        {move || match grows.get() {
            true => view! {
                <p>{words(|l| l.guide().shortfall_intro)}</p>
                <DataTable table=table />
                <Help paragraphs=|l| l.guide().shortfall_advice testid="shortfall-advice" />
            }
            .into_any(),
            false => view! { <p data-testid="shortfall">{words(|l| l.guide().no_growth_no_shortfall)}</p> }.into_any(),
        }}
    }
}
