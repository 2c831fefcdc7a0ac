//! The cost lines of all scenarios side by side ("Kostenpost | Minimum | Streef | Wens"): lines matched
//! across scenarios by their label within a category, subtotals per category, then lines total, reserve and
//! grand total.

use leptos::prelude::*;

use crate::domain::budget::{side_by_side, ScenarioTotals};
use crate::domain::document::Document;
use crate::domain::money::Money;
use crate::domain::notation::Precision;
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::table::{Cell, CellKind, DataTable, Row, Table};

/// "Kostenpost | Minimum | Streef | Wens", by category, with the totals of every scenario below.
fn comparison_table(
    document: &Document,
    totals: &[ScenarioTotals],
    lang: Lang,
    precision: Precision,
) -> Option<Table> {
    let (texts, t) = (lang.texts(), lang.budget());
    let show = move |amount: Money| lang.money(amount, precision);
    let mut head = vec![Cell::head(t.cost_line)];
    head.extend(
        document
            .scenarios
            .iter()
            .map(|s| Cell::number_head(s.name.clone())),
    );
    let mut table = Table::new(t.comparison_caption, head).id("budget-comparison");
    // Every amount is within the checked limits, so adding them up cannot fail; if it did, no table.
    for block in side_by_side(&document.scenarios, totals).ok()? {
        let name = texts.category_name(block.category);
        table.body.push(
            Row::new(vec![
                Cell::new(CellKind::GroupHead, name).spanning(totals.len() + 1)
            ])
            .class("bw-category-row"),
        );
        for line in block.lines {
            let mut cells = vec![Cell::row_head(line.label).class("bw-indent")];
            cells.extend(
                line.amounts
                    .into_iter()
                    .map(|amount| Cell::number(amount.map(show).unwrap_or_else(|| "–".into()))),
            );
            table.body.push(Row::new(cells));
        }
        let mut subtotals = vec![Cell::row_head(format!(
            "{} {}",
            t.subtotal,
            name.to_lowercase()
        ))];
        subtotals.extend(
            block
                .subtotals
                .into_iter()
                .map(|amount| Cell::number(show(amount))),
        );
        table
            .body
            .push(Row::new(subtotals).class("bw-subtotal-row"));
    }
    let total_row =
        |label: &'static str, pick: fn(&ScenarioTotals) -> Money, testid: Option<&str>| {
            let mut cells = vec![Cell::row_head(label)];
            cells.extend(totals.iter().enumerate().map(|(index, totals)| {
                let cell = Cell::number(show(pick(totals)));
                match testid {
                    Some(prefix) => cell.testid(format!("{prefix}-{index}")),
                    None => cell,
                }
            }));
            Row::new(cells)
        };
    table.foot = vec![
        total_row(t.lines_total, |t| t.lines_total, None),
        total_row(t.reserve_amount, |t| t.reserve, None),
        total_row(t.grand_total, |t| t.total, Some("scenario-total")),
    ];
    Some(table)
}

#[component]
pub fn ComparisonTable() -> impl IntoView {
    let state = use_state();
    let table = Memo::new(move |_| {
        let (lang, precision) = (state.lang.get(), state.precision.get());
        state.report.with(|report| {
            let report = report.as_ref().ok()?;
            state
                .document
                .with(|document| comparison_table(document, &report.scenarios, lang, precision))
        })
    });
    view! { <DataTable table=table /> }
}
