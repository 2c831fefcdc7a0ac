//! The cost lines of all scenarios side by side ("Kostenpost | Minimum | Streef | Wens"): lines matched
//! across scenarios by their label within a category, subtotals per category, then lines total, reserve and
//! grand total.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::budget::{Category, Scenario, ScenarioTotals};
use crate::domain::money::Money;
use crate::state::use_state;
use crate::ui::format::money;

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
                    let cell = &mut lines[position].amounts[s];
                    *cell = Some(cell.unwrap_or(Decimal::ZERO).saturating_add(*amount));
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

#[component]
pub fn ComparisonTable() -> impl IntoView {
    let state = use_state();
    move || {
        let lang = state.lang.get();
        let precision = state.precision.get();
        let t = lang.edit();
        let document = state.document.read();
        let report = state.report.read();
        let Ok(report) = report.as_ref() else {
            return ().into_any();
        };
        let totals = &report.scenarios;
        let blocks = side_by_side(&document.scenarios, totals);
        let show = move |amount: Money| money(amount, lang, precision);
        let headers = document
            .scenarios
            .iter()
            .map(|s| view! { <th scope="col" class="bw-number">{s.name.clone()}</th> })
            .collect_view();
        let body = blocks
            .into_iter()
            .map(|block| {
                let rows = block
                    .lines
                    .into_iter()
                    .map(|line| {
                        let cells = line
                            .amounts
                            .into_iter()
                            .map(|a| view! { <td class="bw-number">{a.map(show).unwrap_or_else(|| "–".into())}</td> })
                            .collect_view();
                        view! { <tr><th scope="row" class="bw-indent">{line.label}</th>{cells}</tr> }
                    })
                    .collect_view();
                let subtotals = block
                    .subtotals
                    .into_iter()
                    .map(|a| view! { <td class="bw-number">{show(a)}</td> })
                    .collect_view();
                let name = lang.texts().category_name(block.category);
                view! {
                    <tr class="bw-category-row"><th scope="colgroup" colspan=totals.len() + 1>{name}</th></tr>
                    {rows}
                    <tr class="bw-subtotal-row"><th scope="row">{format!("{} {}", t.subtotal, name.to_lowercase())}</th>{subtotals}</tr>
                }
            })
            .collect_view();
        let row = |label: &'static str,
                   pick: fn(&ScenarioTotals) -> Money,
                   testid: Option<&'static str>| {
            let cells = totals
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let id = testid.map(|prefix| format!("{prefix}-{i}"));
                    view! { <td class="bw-number" data-testid=id>{show(pick(t))}</td> }
                })
                .collect_view();
            view! { <tr><th scope="row">{label}</th>{cells}</tr> }
        };
        view! {
            <div class="bw-table-scroll" tabindex="0">
                <table class="utrecht-table bw-table" id="budget-comparison">
                    <caption class="utrecht-table__caption">{t.comparison_caption}</caption>
                    <thead class="utrecht-table__header">
                        <tr><th scope="col">{t.cost_line}</th>{headers}</tr>
                    </thead>
                    <tbody class="utrecht-table__body">{body}</tbody>
                    <tfoot>
                        {row(t.lines_total, |t| t.lines_total, None)}
                        {row(t.reserve_amount, |t| t.reserve, None)}
                        {row(t.grand_total, |t| t.total, Some("scenario-total"))}
                    </tfoot>
                </table>
            </div>
        }
        .into_any()
    }
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
