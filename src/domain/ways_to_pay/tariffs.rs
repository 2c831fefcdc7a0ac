//! Fixed tariffs per size class: each member pays its class's amount (for the months it takes part), so the
//! budget follows from the tariffs rather than being divided. What the tariffs collect is then held against
//! each scenario's total: the coverage, the surplus or shortfall, and from how many members on a scenario
//! is covered.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};

/// A size class and its yearly amount; the class runs from `from_inhabitants` (included) to the next
/// class's start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct TariffClass {
    /// What the class is called, e.g. "G4" or "klein".
    #[serde(default)]
    pub name: String,
    pub from_inhabitants: Decimal,
    /// The yearly amount a member of this class pays; absent while the user has not filled it in, which
    /// validation reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
}

/// Signalen-like tariffs: klein 2,500, middelgroot 12,500, groot 20,000 and G4 40,000 a year.
pub fn example_classes() -> Vec<TariffClass> {
    [
        ("Klein", 0, 2_500),
        ("Middelgroot", 50_000, 12_500),
        ("Groot", 100_000, 20_000),
        ("G4", 300_000, 40_000),
    ]
    .into_iter()
    .map(|(name, from, amount)| TariffClass {
        name: name.to_string(),
        from_inhabitants: Decimal::from(from),
        amount: Some(Decimal::from(amount)),
    })
    .collect()
}

/// The class of a municipality of this size: the last class whose lower edge it reaches.
pub fn class_for(classes: &[TariffClass], inhabitants: Decimal) -> Option<&TariffClass> {
    classes
        .iter()
        .rev()
        .find(|class| class.from_inhabitants <= inhabitants)
}

/// The yearly tariff of a municipality of this size.
pub fn tariff_for(classes: &[TariffClass], inhabitants: Decimal) -> Result<Money, CalcError> {
    class_for(classes, inhabitants)
        .ok_or(CalcError::NoBandFor { inhabitants })?
        .amount
        .ok_or(CalcError::TariffWithoutAmount { inhabitants })
}

/// The size unnamed newcomers count at: the median of the current members' sizes, the lower one of the two
/// middle members for an even count. Not the average, which one large member can push into the top class.
pub fn median_size(current: &[Decimal]) -> Option<Decimal> {
    let mut sizes = current.to_vec();
    sizes.sort();
    let middle = sizes.len().checked_sub(1)? / 2;
    sizes.get(middle).copied()
}

/// The yearly tariff unnamed newcomers pay: that of the median current member's class.
pub fn newcomer_tariff(
    classes: &[TariffClass],
    current_sizes: &[Decimal],
) -> Result<Money, CalcError> {
    let size = median_size(current_sizes).ok_or(CalcError::NoParticipants)?;
    tariff_for(classes, size).map(money::round_cents)
}

/// What the tariffs collect against one scenario's total.
#[derive(Debug, Clone, PartialEq)]
pub struct Coverage {
    /// What the members' tariffs add up to (custom work excluded).
    pub collected: Money,
    /// The scenario's total.
    pub total: Money,
    /// `collected / total` in percent, to one decimal half away from zero; `None` for a total of zero.
    pub percent: Option<Decimal>,
    /// `collected - total`: a surplus above zero, a shortfall below.
    pub difference: Money,
    /// The smallest number of members whose tariffs cover the total, adding newcomers at the tariff of the
    /// median current member's class; `None` when newcomers at that tariff never cover it.
    pub members_needed: Option<u64>,
}

impl Coverage {
    /// What `members` members that collect `collected` cover of `total`, newcomers paying `newcomer_tariff`.
    pub fn of(
        members: usize,
        collected: Money,
        total: Money,
        newcomer_tariff: Money,
    ) -> Result<Coverage, CalcError> {
        Ok(Coverage {
            members_needed: members_needed(members, collected, total, newcomer_tariff),
            ..Coverage::new(collected, total)?
        })
    }

    pub fn new(collected: Money, total: Money) -> Result<Coverage, CalcError> {
        let percent = if total.is_zero() {
            None
        } else {
            Some(
                money::div(
                    money::mul(collected, Decimal::ONE_HUNDRED)?,
                    total,
                    CalcError::Overflow,
                )?
                .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero),
            )
        };
        Ok(Coverage {
            collected,
            total,
            percent,
            difference: money::sub(collected, total)?,
            members_needed: None,
        })
    }

    /// Whether the tariffs pay for the whole scenario.
    pub fn covered(&self) -> bool {
        self.difference >= Decimal::ZERO
    }
}

/// The smallest number of members, adding newcomers at `newcomer_tariff` to `members` members that
/// collect `collected`, whose tariffs cover `total`; `None` when newcomers pay nothing and the total is not
/// covered, or the count is beyond counting.
pub fn members_needed(
    members: usize,
    collected: Money,
    total: Money,
    newcomer_tariff: Money,
) -> Option<u64> {
    let shortfall = total.checked_sub(collected)?;
    let members = u64::try_from(members).ok()?;
    if shortfall <= Decimal::ZERO {
        return Some(members);
    }
    if newcomer_tariff <= Decimal::ZERO {
        return None;
    }
    let newcomers = shortfall.checked_div(newcomer_tariff)?.ceil().to_u64()?;
    members.checked_add(newcomers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn a_class_includes_its_lower_edge() {
        let classes = example_classes();
        assert_eq!(tariff_for(&classes, dec("49999")).unwrap(), dec("2500"));
        assert_eq!(tariff_for(&classes, dec("50000")).unwrap(), dec("12500"));
        assert_eq!(tariff_for(&classes, dec("300000")).unwrap(), dec("40000"));
        let mut missing = classes.clone();
        missing[1].amount = None;
        assert!(tariff_for(&missing, dec("60000")).is_err());
    }

    #[test]
    fn newcomers_count_at_the_lower_median_not_the_average() {
        let sizes = [dec("20000"), dec("900000"), dec("30000"), dec("25000")];
        assert_eq!(median_size(&sizes), Some(dec("25000")));
        assert_eq!(median_size(&sizes[..3]), Some(dec("30000")));
        assert_eq!(median_size(&[]), None);
    }

    #[test]
    fn coverage_is_shown_to_one_decimal_with_its_surplus_or_shortfall() {
        let short = Coverage::new(dec("95000"), dec("108900")).unwrap();
        assert_eq!(short.percent, Some(dec("87.2")));
        assert_eq!(short.difference, dec("-13900"));
        assert!(!short.covered());
        let exact = Coverage::new(dec("100"), dec("100")).unwrap();
        assert!(exact.covered());
        assert_eq!(exact.percent, Some(dec("100.0")));
        assert_eq!(Coverage::new(dec("1"), dec("0")).unwrap().percent, None);
    }

    #[test]
    fn coverage_of_a_community_says_from_how_many_members_on_it_is_covered() {
        let coverage = Coverage::of(10, dec("95000"), dec("108900"), dec("2500")).unwrap();
        assert_eq!(coverage.members_needed, Some(16));
        let sizes = [dec("20000"), dec("60000"), dec("900000")];
        assert_eq!(
            newcomer_tariff(&example_classes(), &sizes).unwrap(),
            dec("12500")
        );
    }

    #[test]
    fn members_needed_adds_newcomers_until_the_total_is_covered() {
        // 13,900 short at 2,500 per newcomer: 5.56, so 6 newcomers.
        assert_eq!(
            members_needed(10, dec("95000"), dec("108900"), dec("2500")),
            Some(16)
        );
        assert_eq!(
            members_needed(10, dec("100"), dec("100"), dec("2500")),
            Some(10)
        );
        assert_eq!(members_needed(10, dec("0"), dec("100"), dec("0")), None);
        // Exactly divisible: 5,000 short at 2,500 is 2 newcomers, not 3.
        assert_eq!(
            members_needed(3, dec("5000"), dec("10000"), dec("2500")),
            Some(5)
        );
    }
}
