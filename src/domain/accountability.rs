//! Accountability (verantwoording): what was actually spent per cost line of one scenario, against its
//! budget, and how much of the reserve that used.

use super::budget::{Category, Scenario, ScenarioTotals};
use super::error::CalcError;
use super::money::{self, Money};

/// One cost line: budget, actual spend if known, and the difference (positive = overspent).
#[derive(Debug, Clone, PartialEq)]
pub struct LineAccount {
    pub label: String,
    pub category: Category,
    pub budget: Money,
    pub actual: Option<Money>,
    /// Actual minus budget; absent while the actual is not known.
    pub difference: Option<Money>,
}

/// The scenario's account as a whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub lines: Vec<LineAccount>,
    /// Sum of all lines' budgets, reserve excluded.
    pub budget_total: Money,
    /// Sum of the actuals that are known.
    pub actual_total: Money,
    /// Sum of the differences of lines with a known actual: underspending on one line offsets
    /// overspending on another before the reserve is touched.
    pub difference_total: Money,
    /// The reserve the scenario budgets.
    pub reserve: Money,
    /// The part of the net overspend that the reserve covers.
    pub reserve_used: Money,
    /// Overspend beyond the reserve: money that has to come from elsewhere.
    pub overrun: Money,
    /// Lines whose actual spend is not known yet.
    pub lines_without_actual: usize,
}

/// Actual spend against the budget of one scenario, whose totals come from the report.
pub fn account(scenario: &Scenario, totals: &ScenarioTotals) -> Result<Account, CalcError> {
    let lines = scenario
        .lines
        .iter()
        .zip(&totals.line_amounts)
        .map(|(line, budget)| {
            let actual = line.actual.map(money::round_cents);
            let difference = actual
                .map(|actual| money::sub(actual, *budget))
                .transpose()?;
            Ok(LineAccount {
                label: line.label.clone(),
                category: line.category,
                budget: *budget,
                actual,
                difference,
            })
        })
        .collect::<Result<Vec<_>, CalcError>>()?;
    let actual_total = money::sum(lines.iter().filter_map(|line| line.actual))?;
    let difference_total = money::sum(lines.iter().filter_map(|line| line.difference))?;
    let overspend = difference_total.max(Money::ZERO);
    let reserve_used = overspend.min(totals.reserve);
    let overrun = money::sub(overspend, reserve_used)?;
    Ok(Account {
        lines_without_actual: lines.iter().filter(|line| line.actual.is_none()).count(),
        lines,
        budget_total: totals.lines_total,
        actual_total,
        difference_total,
        reserve: totals.reserve,
        reserve_used,
        overrun,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::budget::Rates;
    use crate::domain::budget::{CostLine, LineAmount};
    use crate::domain::test_support::dec;

    fn rates() -> Rates {
        Rates {
            hourly_rate: dec("100"),
            fte_cost: dec("75000"),
        }
    }

    fn line(amount: &str, actual: Option<&str>) -> CostLine {
        CostLine {
            category: Category::Development,
            label: format!("line {amount}"),
            amount: LineAmount::Fixed {
                amount: dec(amount),
            },
            base: false,
            actual: actual.map(dec),
        }
    }

    fn account_of(scenario: &Scenario) -> Result<Account, CalcError> {
        account(scenario, &scenario.totals(&rates()).unwrap())
    }

    fn scenario(lines: Vec<CostLine>) -> Scenario {
        Scenario {
            name: "Streef".into(),
            purpose: String::new(),
            reserve_percent: dec("10"),
            lines,
        }
    }

    #[test]
    fn differences_are_actual_minus_budget_per_line() {
        let account = account_of(&scenario(vec![
            line("10000", Some("11500")),
            line("5000", Some("4200")),
        ]))
        .unwrap();
        assert_eq!(account.lines[0].difference, Some(dec("1500")));
        assert_eq!(account.lines[1].difference, Some(dec("-800")));
        assert_eq!(account.difference_total, dec("700"));
        assert_eq!(account.actual_total, dec("15700"));
        assert_eq!(account.budget_total, dec("15000"));
        assert_eq!(account.reserve, dec("1500"));
        assert_eq!(account.reserve_used, dec("700"));
        assert_eq!(account.overrun, dec("0"));
    }

    #[test]
    fn overspend_beyond_the_reserve_is_an_overrun() {
        // Reserve 10 % of 10,000 = 1,000; overspent 2,500.
        let account = account_of(&scenario(vec![line("10000", Some("12500"))])).unwrap();
        assert_eq!(account.reserve_used, dec("1000"));
        assert_eq!(account.overrun, dec("1500"));
    }

    #[test]
    fn underspending_leaves_the_reserve_untouched() {
        let account = account_of(&scenario(vec![line("10000", Some("9000"))])).unwrap();
        assert_eq!(account.difference_total, dec("-1000"));
        assert_eq!(account.reserve_used, dec("0"));
        assert_eq!(account.overrun, dec("0"));
    }

    #[test]
    fn lines_without_actuals_are_left_out_of_the_differences() {
        let account = account_of(&scenario(vec![
            line("10000", None),
            line("3000", Some("3300")),
        ]))
        .unwrap();
        assert_eq!(account.lines_without_actual, 1);
        assert_eq!(account.lines[0].difference, None);
        assert_eq!(account.actual_total, dec("3300"));
        assert_eq!(account.difference_total, dec("300"));
        assert_eq!(account.reserve_used, dec("300"));
    }
}
