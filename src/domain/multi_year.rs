//! The multi-year estimate (meerjarenraming): participants, indexed costs and contributions per year.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::error::CalcError;
use super::money::{self, Money};

/// How the number of participants develops over the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum YearlyGrowthMode {
    /// A growth percentage per year.
    #[default]
    Percent,
    /// An explicit count per year.
    Counts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct MultiYearPlan {
    pub years: u32,
    pub growth_mode: YearlyGrowthMode,
    /// Growth of the number of participants per year, in percent (10 to 20 is typical).
    pub growth_percent: Decimal,
    /// Participants per year when counting explicitly; year 1 first.
    #[serde(default)]
    pub counts: Vec<u32>,
    /// Cost indexation per year, in percent.
    pub indexation_percent: Decimal,
    /// The scenario (index) that applies each year; a missing year takes the previous year's.
    #[serde(default)]
    pub scenario_per_year: Vec<usize>,
}

/// One year of the estimate.
#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    /// 1 for the first budget year.
    pub year: u32,
    pub scenario: usize,
    pub participants: u64,
    /// The scenario total with indexation, to the cent.
    pub total: Money,
    /// Equal share per municipality.
    pub per_municipality: Money,
    /// Per reference municipality, by inhabitants, in the order of the reference list.
    pub per_reference: Vec<Money>,
}

/// What the estimate starts from.
pub struct MultiYearBasis<'a> {
    pub participants_now: u64,
    pub average_inhabitants: Decimal,
    /// Total per scenario, in scenario order.
    pub scenario_totals: &'a [Money],
    pub default_scenario: usize,
    pub reference_inhabitants: &'a [Decimal],
}

impl MultiYearPlan {
    /// Participants in a given year (1-based): year 1 is today; growth compounds on the exact figure and
    /// only the result is rounded, so rounding does not drift over the years.
    pub fn participants_in(&self, year: u32, participants_now: u64) -> Result<u64, CalcError> {
        match self.growth_mode {
            YearlyGrowthMode::Counts => {
                let index = (year as usize).saturating_sub(1);
                let given = self.counts.get(index).or(self.counts.last());
                Ok(given.map_or(participants_now, |count| u64::from(*count)))
            }
            YearlyGrowthMode::Percent => {
                let factor = money::add(
                    Decimal::ONE,
                    money::div(self.growth_percent, money::HUNDRED, CalcError::Overflow)?,
                )?;
                let grown = money::mul(
                    Decimal::from(participants_now),
                    power(factor, year.saturating_sub(1))?,
                )?;
                let rounded =
                    grown.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
                rounded.to_u64().ok_or(CalcError::Overflow)
            }
        }
    }

    pub fn scenario_in(&self, year: u32, default_scenario: usize) -> usize {
        let index = (year as usize).saturating_sub(1);
        self.scenario_per_year
            .get(index)
            .or(self.scenario_per_year.last())
            .copied()
            .unwrap_or(default_scenario)
    }

    pub fn estimate(&self, basis: &MultiYearBasis<'_>) -> Result<Vec<YearRow>, CalcError> {
        let indexation = money::add(
            Decimal::ONE,
            money::div(self.indexation_percent, money::HUNDRED, CalcError::Overflow)?,
        )?;
        (1..=self.years)
            .map(|year| {
                let scenario = self.scenario_in(year, basis.default_scenario);
                let base_total = *basis
                    .scenario_totals
                    .get(scenario)
                    .ok_or(CalcError::NoSuchScenario { index: scenario })?;
                let total =
                    money::round_cents(money::mul(base_total, power(indexation, year - 1)?)?);
                let participants = self.participants_in(year, basis.participants_now)?;
                let count = Decimal::from(participants);
                let per_municipality = money::div(total, count, CalcError::NoParticipants)?;
                let inhabitants = money::mul(count, basis.average_inhabitants)?;
                let per_reference = basis
                    .reference_inhabitants
                    .iter()
                    .map(|reference| {
                        money::div(
                            money::mul(total, *reference)?,
                            inhabitants,
                            CalcError::NothingToDivideBy,
                        )
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(YearRow {
                    year,
                    scenario,
                    participants,
                    total,
                    per_municipality,
                    per_reference,
                })
            })
            .collect()
    }
}

fn power(base: Decimal, exponent: u32) -> Result<Decimal, CalcError> {
    (0..exponent).try_fold(Decimal::ONE, |product, _| money::mul(product, base))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    fn plan(growth: &str, indexation: &str) -> MultiYearPlan {
        MultiYearPlan {
            years: 3,
            growth_mode: YearlyGrowthMode::Percent,
            growth_percent: dec(growth),
            counts: vec![],
            indexation_percent: dec(indexation),
            scenario_per_year: vec![],
        }
    }

    #[test]
    fn growth_compounds_on_the_exact_figure() {
        let plan = plan("10", "0");
        assert_eq!(plan.participants_in(1, 45).unwrap(), 45);
        assert_eq!(plan.participants_in(2, 45).unwrap(), 50); // 49.5
        assert_eq!(plan.participants_in(3, 45).unwrap(), 54); // 54.45
    }

    #[test]
    fn explicit_counts_win_and_the_last_one_carries_on() {
        let mut plan = plan("10", "0");
        plan.growth_mode = YearlyGrowthMode::Counts;
        plan.counts = vec![45, 60];
        assert_eq!(plan.participants_in(1, 45).unwrap(), 45);
        assert_eq!(plan.participants_in(3, 45).unwrap(), 60);
    }

    #[test]
    fn indexation_raises_costs_each_year() {
        let plan = plan("0", "3");
        let basis = MultiYearBasis {
            participants_now: 45,
            average_inhabitants: dec("1500000") / dec("45"),
            scenario_totals: &[dec("27500"), dec("108900")],
            default_scenario: 1,
            reference_inhabitants: &[dec("20000")],
        };
        let rows = plan.estimate(&basis).unwrap();
        assert_eq!(rows[0].total, dec("108900"));
        assert_eq!(rows[1].total, dec("112167"));
        assert_eq!(rows[2].total, dec("115532.01"));
        assert_eq!(rows[0].per_municipality, dec("2420"));
        assert_eq!(rows[0].per_reference[0].round_dp(2), dec("1452"));
    }
}
