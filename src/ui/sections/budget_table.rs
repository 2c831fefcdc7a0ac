//! The cost lines of all scenarios side by side ("Kostenpost | Minimum | Streef | Wens"): lines matched
//! across scenarios by their label within a category, subtotals per category, then lines total, reserve and
//! grand total.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::budget::{Category, Scenario, ScenarioTotals};
use crate::domain::document::Document;
use crate::domain::money::Money;
use crate::domain::notation::Precision;
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::table::{Cell, CellKind, DataTable, Row, Table};

/// One row of the side-by-side table: a label and its amount in each scenario (`None`: not in it).
#[derive(Debug, Clone, PartialEq)]
pub struct MatchedLine {
    pub label: String,
    pub amounts: Vec<Option<Money>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryBlock {
    pub category: Category,
    pub lines: Vec<MatchedLine>,
    pub subtotals: Vec<Money>,
}

/// Groups the lines of every scenario by category and label, in the order labels first appear. Lines with
/// the same label in one scenario and category add up. Categories without lines are left out.
pub fn side_by_side(scenarios: &[Scenario], totals: &[ScenarioTotals]) -> Vec<CategoryBlock> {
    Category::ALL
        .iter()
        .filter_map(|category| {
            let mut lines: Vec<MatchedLine> = Vec::new();
            for (s, (scenario, totals)) in scenarios.iter().zip(totals).enumerate() {
                for (line, amount) in scenario.lines.iter().zip(&totals.line_amounts) {
                    if line.category != *category {
                        continue;
                    }
                    let label = line.label.trim();
                    let position = match lines.iter().position(|m| m.label == label) {
                        Some(position) => position,
                        None => {
                            lines.push(MatchedLine {
                                label: label.to_string(),
                                amounts: vec![None; scenarios.len()],
                            });
                            lines.len() - 1
                        }
                    };
                    if let Some(cell) = lines
                        .get_mut(position)
                        .and_then(|line| line.amounts.get_mut(s))
                    {
                        *cell = Some(cell.unwrap_or(Decimal::ZERO).saturating_add(*amount));
                    }
                }
            }
            if lines.is_empty() {
                return None;
            }
            let subtotals = totals
                .iter()
                .map(|t| {
                    t.by_category
                        .iter()
                        .find(|(c, _)| c == category)
                        .map_or(Decimal::ZERO, |(_, amount)| *amount)
                })
                .collect();
            Some(CategoryBlock {
                category: *category,
                lines,
                subtotals,
            })
        })
        .collect()
}

/// "Kostenpost | Minimum | Streef | Wens", by category, with the totals of every scenario below.
fn comparison_table(
    document: &Document,
    totals: &[ScenarioTotals],
    lang: Lang,
    precision: Precision,
) -> Table {
    let (texts, t) = (lang.texts(), lang.edit());
    let show = move |amount: Money| lang.money(amount, precision);
    let mut head = vec![Cell::head(t.cost_line)];
    head.extend(
        document
            .scenarios
            .iter()
            .map(|s| Cell::number_head(s.name.clone())),
    );
    let mut table = Table::new(t.comparison_caption, head).id("budget-comparison");
    for block in side_by_side(&document.scenarios, totals) {
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
    table
}

#[component]
pub fn ComparisonTable() -> impl IntoView {
    let state = use_state();
    let table =
        Memo::new(move |_| {
            let (lang, precision) = (state.lang.get(), state.precision.get());
            state.report.with(|report| {
                let report = report.as_ref().ok()?;
                Some(state.document.with(|document| {
                    comparison_table(document, &report.scenarios, lang, precision)
                }))
            })
        });
    view! { <DataTable table=table /> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;

    #[test]
    fn lines_with_the_same_label_share_a_row_across_scenarios() {
        let document = example();
        let report = crate::domain::report::compute(&document).unwrap();
        let blocks = side_by_side(&document.scenarios, &report.scenarios);
        let infrastructure = blocks
            .iter()
            .find(|b| b.category == Category::Infrastructure)
            .unwrap();
        let hosting = infrastructure
            .lines
            .iter()
            .find(|l| l.label == "Hosting en infrastructuur")
            .unwrap();
        assert_eq!(hosting.amounts[0], Some(Decimal::from(10_000)));
        assert_eq!(hosting.amounts[1], Some(Decimal::from(12_000)));
        // Subtotals per category add up to each scenario's lines total.
        for (s, t) in report.scenarios.iter().enumerate() {
            let sum: Decimal = blocks.iter().map(|b| b.subtotals[s]).sum();
            assert_eq!(sum, t.lines_total);
        }
        // Every line appears exactly once.
        let cells: usize = blocks
            .iter()
            .flat_map(|b| &b.lines)
            .flat_map(|l| &l.amounts)
            .filter(|a| a.is_some())
            .count();
        let lines: usize = document.scenarios.iter().map(|s| s.lines.len()).sum();
        assert!(cells <= lines && cells > 0);
    }
}
