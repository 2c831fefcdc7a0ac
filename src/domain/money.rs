//! Money is an exact decimal amount in euros. Every operation that could overflow or divide by zero goes
//! through a checked helper here, so a bad input becomes a [`CalcError`] instead of a panic.

use rust_decimal::prelude::*;
use rust_decimal::RoundingStrategy;

use super::error::CalcError;

/// An amount in euros, exact.
pub type Money = Decimal;

pub const HUNDRED: Decimal = Decimal::ONE_HUNDRED;

pub fn add(a: Decimal, b: Decimal) -> Result<Decimal, CalcError> {
    a.checked_add(b).ok_or(CalcError::Overflow)
}

pub fn sub(a: Decimal, b: Decimal) -> Result<Decimal, CalcError> {
    a.checked_sub(b).ok_or(CalcError::Overflow)
}

pub fn mul(a: Decimal, b: Decimal) -> Result<Decimal, CalcError> {
    a.checked_mul(b).ok_or(CalcError::Overflow)
}

/// Division that reports a zero divisor as `on_zero`, so the message can say what was missing.
pub fn div(a: Decimal, b: Decimal, on_zero: CalcError) -> Result<Decimal, CalcError> {
    if b.is_zero() {
        return Err(on_zero);
    }
    a.checked_div(b).ok_or(CalcError::Overflow)
}

pub fn sum<I: IntoIterator<Item = Decimal>>(values: I) -> Result<Decimal, CalcError> {
    values.into_iter().try_fold(Decimal::ZERO, add)
}

/// `percent` of `amount`, e.g. 10 % of 99,000 is 9,900.
pub fn percent_of(amount: Decimal, percent: Decimal) -> Result<Decimal, CalcError> {
    div(mul(amount, percent)?, HUNDRED, CalcError::Overflow)
}

/// Rounds to whole cents, half away from zero, as a budget rounds a computed amount.
pub fn round_cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Rounds to whole euros, half away from zero: the default display of a budget document.
pub fn round_euros(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero)
}

/// Whole cents of an amount that is already rounded to cents.
pub fn to_cents(amount: Decimal) -> Result<i128, CalcError> {
    let cents = mul(amount, HUNDRED)?;
    cents.trunc().to_i128().ok_or(CalcError::Overflow)
}

pub fn from_cents(cents: i128) -> Result<Decimal, CalcError> {
    let whole = i64::try_from(cents).map_err(|_| CalcError::Overflow)?;
    Ok(Decimal::new(whole, 2))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn reserve_of_ten_percent_on_99000_is_9900() {
        assert_eq!(percent_of(dec("99000"), dec("10")).unwrap(), dec("9900"));
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        assert_eq!(round_euros(dec("366.5")), dec("367"));
        assert_eq!(round_euros(dec("366.49")), dec("366"));
        assert_eq!(round_cents(dec("0.005")), dec("0.01"));
    }

    #[test]
    fn division_by_zero_is_the_given_error() {
        assert_eq!(
            div(dec("1"), Decimal::ZERO, CalcError::NoParticipants),
            Err(CalcError::NoParticipants)
        );
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        assert_eq!(mul(Decimal::MAX, dec("2")), Err(CalcError::Overflow));
        assert_eq!(add(Decimal::MAX, Decimal::MAX), Err(CalcError::Overflow));
    }

    #[test]
    fn cents_round_trip() {
        assert_eq!(to_cents(dec("1452.50")).unwrap(), 145_250);
        assert_eq!(from_cents(145_250).unwrap(), dec("1452.50"));
    }
}
