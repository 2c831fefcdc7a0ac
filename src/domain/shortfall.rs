//! What if growth falls short: today's members each budget what they would pay after growth (variant B),
//! and nobody joins. Then the scenario's total is not met; the difference is what the members have to top
//! up (bijstorten). The guide's advice beside it: evaluate after six months and agree on top-ups beforehand.

use super::error::CalcError;
use super::money::{self, Money};
use super::participants::Variant;
use super::report::Report;

/// One scenario's shortfall when only today's members pay their variant-B contributions.
#[derive(Debug, Clone, PartialEq)]
pub struct Shortfall {
    pub scenario: usize,
    /// The scenario total that has to be paid.
    pub total: Money,
    /// What today's members bring in if each pays what it would pay after growth (shared part; custom work
    /// is paid apart and changes nothing here).
    pub collected: Money,
    /// The total minus what comes in.
    pub missing: Money,
    /// The missing amount over today's members, exact: the top-up of each under the equal key, the average
    /// top-up under any other. The interface rounds for display.
    pub per_municipality: Money,
    /// Each reference municipality under the chosen key: what it pays today minus what it budgeted (its
    /// price after growth). An error where the key cannot price a size alone.
    pub per_reference: Vec<Result<Money, CalcError>>,
}

/// The shortfall of one scenario, or `None` when the growth plan adds nobody (variant B is variant A).
pub fn shortfall(report: &Report, scenario: usize) -> Result<Option<Shortfall>, CalcError> {
    let [current, grown] = [
        &report.variant(Variant::Current),
        &report.variant(Variant::Grown),
    ];
    if grown.count <= current.count {
        return Ok(None);
    }
    let today = current
        .results
        .get(scenario)
        .ok_or(CalcError::NoSuchScenario { index: scenario })?;
    let later = grown
        .results
        .get(scenario)
        .ok_or(CalcError::NoSuchScenario { index: scenario })?;
    let allocation = later.allocation.as_ref().map_err(Clone::clone)?;
    // Variant B lists today's members first, in the same order, so their variant-B shares come first.
    let collected = money::sum(
        allocation
            .shares
            .iter()
            .take(current.count)
            .map(|share| share.shared),
    )?;
    let total = today.total;
    let missing = money::sub(total, collected)?;
    let per_municipality = money::div(
        missing,
        rust_decimal::Decimal::from(current.count),
        CalcError::NoParticipants,
    )?;
    let per_reference = today
        .references_under_key
        .iter()
        .zip(&later.references_under_key)
        .map(|(now, after)| money::sub(now.clone()?, after.clone()?))
        .collect();
    Ok(Some(Shortfall {
        scenario,
        total,
        collected,
        missing,
        per_municipality,
        per_reference,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::key::KeyKind;
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    #[test]
    fn the_example_misses_what_thirty_newcomers_would_have_paid_in_streef() {
        let document = example();
        let report = compute(&document).unwrap();
        let found = shortfall(&report, 1).unwrap().unwrap();
        // Figures of the report: Streef's total and the equal share after growth.
        let total = report.scenarios[1].total;
        let share_after_growth = report.variants[1].results[1]
            .per_municipality
            .clone()
            .unwrap();
        assert_eq!(found.total, total);
        assert_eq!(found.collected, share_after_growth * dec("45"));
        assert_eq!(found.missing, total - share_after_growth * dec("45"));
        // The worked example of the issue: 108,900; 1,452 x 45 = 65,340 collected; 43,560 missing; 968 each.
        assert_eq!(
            (found.total, found.collected, found.missing),
            (dec("108900"), dec("65340"), dec("43560"))
        );
        assert_eq!(found.per_municipality, dec("968"));
        // Under the equal key every reference municipality tops up the same.
        assert_eq!(found.per_reference, vec![Ok(dec("968")); 3]);
    }

    #[test]
    fn by_inhabitants_each_size_tops_up_the_difference_of_its_prices() {
        let mut document = example();
        document.key.kind = KeyKind::Inhabitants;
        let report = compute(&document).unwrap();
        let found = shortfall(&report, 1).unwrap().unwrap();
        let now = &report.variants[0].results[1].references_under_key;
        let later = &report.variants[1].results[1].references_under_key;
        for (index, top_up) in found.per_reference.iter().enumerate() {
            let expected = now[index].clone().unwrap() - later[index].clone().unwrap();
            assert_eq!(top_up.clone().unwrap(), expected);
        }
        // Klein: 1,452 today (108,900 x 20,000 / 1,500,000) against 871.20 after growth.
        assert_eq!(found.per_reference[0], Ok(dec("580.80")));
        // All 45 today are of average size, so what is missing is 45 times one average top-up.
        assert_eq!(found.missing, dec("43560"));
    }

    #[test]
    fn no_growth_means_nothing_can_fall_short() {
        let mut document = example();
        document.growth.additional = 0;
        let report = compute(&document).unwrap();
        assert_eq!(shortfall(&report, 1), Ok(None));
    }

    #[test]
    fn a_key_that_cannot_divide_the_grown_community_is_an_error_not_a_figure() {
        let mut document = example();
        document.key.kind = KeyKind::Hybrid;
        let report = compute(&document).unwrap();
        // 75 x the base of 2,000 exceeds Streef's 108,900.
        assert!(matches!(
            shortfall(&report, 1),
            Err(CalcError::BaseExceedsTotal { .. })
        ));
        assert_eq!(
            shortfall(&report, 7),
            Err(CalcError::NoSuchScenario { index: 7 })
        );
    }
}
