//! Taking part for part of the year: a member that joins in month j (from the first of that month) and
//! leaves after month l takes part l - j + 1 months, and its weight, its fixed base and its bounds count for
//! those months out of twelve.

use rust_decimal::Decimal;

use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};

/// Months in a year; a member without months takes part all of them.
pub const FULL_YEAR: u8 = 12;

/// The months a member takes part: `joins_in` (1-12, default 1) to `leaves_after` (1-12, default 12).
/// `None` when either month is outside 1-12 or the member would leave before it joins.
pub fn months_taken_part(joins_in: Option<u8>, leaves_after: Option<u8>) -> Option<u8> {
    let first = joins_in.unwrap_or(1);
    let last = leaves_after.unwrap_or(FULL_YEAR);
    let valid = |month: u8| (1..=FULL_YEAR).contains(&month);
    (valid(first) && valid(last) && first <= last).then(|| last - first + 1)
}

/// `amount x months / 12`, exact as far as 28 digits go: a weight or a base, which are not money yet.
pub fn pro_rata(amount: Decimal, months: u8) -> Result<Decimal, CalcError> {
    if months >= FULL_YEAR {
        return Ok(amount);
    }
    money::div(
        money::mul(amount, Decimal::from(months))?,
        Decimal::from(FULL_YEAR),
        CalcError::Overflow,
    )
}

/// `amount x months / 12` to the cent, half away from zero: a bound or a tariff, which a member pays exactly.
pub fn pro_rata_cents(amount: Money, months: u8) -> Result<Money, CalcError> {
    Ok(money::round_cents(pro_rata(amount, months)?))
}

/// What a contribution for `months` months comes to over a whole year (`x 12 / months`), to the cent half
/// away from zero: last year's contribution of a member that took part for part of it, before a phase-in
/// compares against it.
pub fn full_year(amount: Money, months: u8) -> Result<Money, CalcError> {
    if months >= FULL_YEAR || months == 0 {
        return Ok(amount);
    }
    let whole = money::div(
        money::mul(amount, Decimal::from(FULL_YEAR))?,
        Decimal::from(months),
        CalcError::Overflow,
    )?;
    Ok(money::round_cents(whole))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn months_run_from_the_joining_month_to_the_leaving_month_inclusive() {
        assert_eq!(months_taken_part(None, None), Some(12));
        assert_eq!(months_taken_part(Some(4), None), Some(9));
        assert_eq!(months_taken_part(None, Some(6)), Some(6));
        assert_eq!(months_taken_part(Some(3), Some(3)), Some(1));
        assert_eq!(months_taken_part(Some(5), Some(4)), None);
        assert_eq!(months_taken_part(Some(0), None), None);
        assert_eq!(months_taken_part(None, Some(13)), None);
    }

    #[test]
    fn bounds_scale_to_the_cent_half_away_from_zero() {
        assert_eq!(pro_rata_cents(dec("1000"), 9).unwrap(), dec("750"));
        // 100.06 x 7 / 12 = 58.368333...; 0.10 x 3 / 12 = 0.025 rounds away from zero.
        assert_eq!(pro_rata_cents(dec("100.06"), 7).unwrap(), dec("58.37"));
        assert_eq!(pro_rata_cents(dec("0.10"), 3).unwrap(), dec("0.03"));
        assert_eq!(pro_rata_cents(dec("123.45"), 12).unwrap(), dec("123.45"));
    }

    #[test]
    fn part_of_a_year_counts_as_a_whole_year_for_comparison() {
        assert_eq!(full_year(dec("750"), 9).unwrap(), dec("1000"));
        // 100 x 12 / 7 = 171.428571...
        assert_eq!(full_year(dec("100"), 7).unwrap(), dec("171.43"));
        assert_eq!(full_year(dec("100"), 12).unwrap(), dec("100"));
    }
}
