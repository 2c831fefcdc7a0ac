//! The multi-year estimate (meerjarenraming): participants, indexed costs and contributions per year.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::allocation::Allocation;
use super::error::CalcError;
use super::money::{self, Money};

/// The multi-year settings. How many municipalities take part each year is not set here: it follows the
/// growth plan (`Document::growth`), so the estimate reaches variant B when the plan says it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct MultiYearPlan {
    /// How many years the estimate covers, the budget year first.
    pub years: u32,
    /// Cost indexation per year, in percent.
    pub indexation_percent: Decimal,
    /// The scenario (index) that applies each year; a missing year takes the previous year's.
    #[serde(default)]
    pub scenario_per_year: Vec<usize>,
}

/// One year of the estimate.
#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    /// 1 for the budget year.
    pub year: u32,
    /// The calendar year, when the document names its budget year.
    pub calendar_year: Option<u16>,
    pub scenario: usize,
    pub participants: u64,
    /// The scenario total with indexation, to the cent.
    pub total: Money,
    /// The total over the participants: each one's share under the equal key, the average otherwise.
    pub per_municipality: Money,
    /// Each reference municipality under the chosen key, in the order of the reference list.
    pub per_reference: Vec<Result<Money, CalcError>>,
    /// That year's community under the chosen key: its members are the first `participants` members of
    /// variant B, in the same order.
    pub allocation: Result<Allocation, CalcError>,
}

impl MultiYearPlan {
    pub fn scenario_in(&self, year: u32, default_scenario: usize) -> usize {
        let index = (year as usize).saturating_sub(1);
        self.scenario_per_year
            .get(index)
            .or(self.scenario_per_year.last())
            .copied()
            .unwrap_or(default_scenario)
    }

    /// A scenario total in a given year (1-based): indexed once per year after the first, to the cent.
    pub fn indexed_total(&self, total: Money, year: u32) -> Result<Money, CalcError> {
        let indexation = money::add(
            Decimal::ONE,
            money::div(self.indexation_percent, money::HUNDRED, CalcError::Overflow)?,
        )?;
        Ok(money::round_cents(money::mul(
            total,
            power(indexation, year.saturating_sub(1))?,
        )?))
    }
}

fn power(base: Decimal, exponent: u32) -> Result<Decimal, CalcError> {
    (0..exponent).try_fold(Decimal::ONE, |product, _| money::mul(product, base))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    fn plan(indexation: &str) -> MultiYearPlan {
        MultiYearPlan {
            years: 3,
            indexation_percent: dec(indexation),
            scenario_per_year: vec![1, 2],
        }
    }

    #[test]
    fn indexation_raises_costs_each_year_to_the_cent() {
        let plan = plan("3");
        assert_eq!(plan.indexed_total(dec("108900"), 1).unwrap(), dec("108900"));
        assert_eq!(plan.indexed_total(dec("108900"), 2).unwrap(), dec("112167"));
        assert_eq!(
            plan.indexed_total(dec("108900"), 3).unwrap(),
            dec("115532.01")
        );
    }

    #[test]
    fn a_missing_year_takes_the_previous_years_scenario() {
        let plan = plan("0");
        assert_eq!(plan.scenario_in(1, 0), 1);
        assert_eq!(plan.scenario_in(2, 0), 2);
        assert_eq!(plan.scenario_in(3, 0), 2);
        let unset = MultiYearPlan {
            scenario_per_year: vec![],
            ..plan
        };
        assert_eq!(unset.scenario_in(2, 1), 1);
    }
}
