//! What growth does: the drop in each municipality's contribution, and the break-even size.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::CalcError;
use super::money::{self, Money};

/// The percentage by which a contribution drops from `before` to `after`: 2,420 to 1,452 is 40 %.
pub fn drop_percent(before: Money, after: Money) -> Result<Decimal, CalcError> {
    let difference = money::sub(before, after)?;
    money::div(
        money::mul(difference, money::HUNDRED)?,
        before,
        CalcError::NothingToDivideBy,
    )
}

/// Settings for the break-even question: from how many municipalities on does a scenario cost each of
/// them no more than a reference amount?
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct BreakEvenSettings {
    /// The scenario to reach (index); absent means the last, most ambitious one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<usize>,
    /// The most each municipality should pay; absent means today's equal share of the recommended scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_amount: Option<Decimal>,
}

/// The smallest whole number of municipalities n with `total / n <= reference`.
pub fn break_even_count(total: Money, reference: Money) -> Result<u64, CalcError> {
    if reference <= Decimal::ZERO {
        return Err(CalcError::ReferenceAmountNotPositive);
    }
    let exact = money::div(total, reference, CalcError::ReferenceAmountNotPositive)?;
    let count = exact.ceil();
    let count: u64 = count.try_into().map_err(|_| CalcError::Overflow)?;
    Ok(count.max(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn growth_from_45_to_75_lowers_the_equal_share_by_40_percent() {
        assert_eq!(drop_percent(dec("2420"), dec("1452")).unwrap(), dec("40"));
    }

    #[test]
    fn break_even_rounds_up_to_whole_municipalities() {
        // Wens 247,500 against today's Streef share of 2,420: 102.27 -> 103 municipalities.
        assert_eq!(break_even_count(dec("247500"), dec("2420")).unwrap(), 103);
        assert_eq!(break_even_count(dec("100"), dec("50")).unwrap(), 2);
        assert_eq!(break_even_count(dec("0"), dec("50")).unwrap(), 1);
    }

    #[test]
    fn a_zero_reference_is_an_error() {
        assert_eq!(
            break_even_count(dec("100"), dec("0")),
            Err(CalcError::ReferenceAmountNotPositive)
        );
    }
}
