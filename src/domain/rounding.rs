//! Rounding contributions to cents so that they add up to the total exactly.

use rust_decimal::Decimal;

use super::error::CalcError;
use super::money::{self, Money};

/// Rounds each exact amount down to the cent and hands the missing cents, one each, to the amounts with the
/// largest remainders (the earliest first on a tie), so the parts add up to `total` to the cent.
///
/// `exact` must add up to `total` (up to the precision of exact decimals) and `total` must be whole cents.
pub fn round_to_cents_summing_to(exact: &[Decimal], total: Money) -> Result<Vec<Money>, CalcError> {
    let total_cents = money::to_cents(money::round_cents(total))?;
    let mut cents = Vec::with_capacity(exact.len());
    let mut remainders = Vec::with_capacity(exact.len());
    for (index, amount) in exact.iter().enumerate() {
        let (whole_cents, fraction) = split_cents(*amount).ok_or(CalcError::Overflow)?;
        cents.push(whole_cents);
        remainders.push((std::cmp::Reverse(fraction), index));
    }
    let assigned: i128 = cents.iter().sum();
    let missing = total_cents - assigned;
    let missing = usize::try_from(missing).map_err(|_| CalcError::Overflow)?;
    if missing > exact.len() {
        return Err(CalcError::Overflow);
    }
    if missing > 0 && missing < remainders.len() {
        remainders.select_nth_unstable(missing - 1);
    }
    for (_, index) in remainders.into_iter().take(missing) {
        cents[index] += 1;
    }
    cents.into_iter().map(money::from_cents).collect()
}

/// Digits of a cent's fraction that decide who gets a missing cent; beyond 18 digits of a cent, no difference
/// is a reason to prefer one municipality over another (the earlier one gets it then).
const FRACTION_DIGITS: u32 = 18;

/// Splits a non-negative amount into whole cents (rounded down) and the fraction of a cent left over, as an
/// integer of [`FRACTION_DIGITS`] digits. Integer arithmetic on the decimal's mantissa: this runs for every
/// municipality on every keystroke, and decimal multiplication and flooring cost far more.
fn split_cents(amount: Decimal) -> Option<(i128, u64)> {
    let mantissa = amount.mantissa();
    let scale = amount.scale();
    if scale <= 2 {
        return Some((mantissa.checked_mul(10i128.checked_pow(2 - scale)?)?, 0));
    }
    let fraction_scale = scale - 2;
    let per_cent = 10i128.checked_pow(fraction_scale)?;
    let whole_cents = mantissa.div_euclid(per_cent);
    let fraction = mantissa.rem_euclid(per_cent);
    let key = if fraction_scale <= FRACTION_DIGITS {
        fraction.checked_mul(10i128.checked_pow(FRACTION_DIGITS - fraction_scale)?)?
    } else {
        fraction / 10i128.checked_pow(fraction_scale - FRACTION_DIGITS)?
    };
    Some((whole_cents, u64::try_from(key).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn splits_whole_cents_from_the_fraction() {
        assert_eq!(
            split_cents(dec("12.345")),
            Some((1234, 500_000_000_000_000_000))
        );
        assert_eq!(split_cents(dec("12.3")), Some((1230, 0)));
        assert_eq!(split_cents(dec("7")), Some((700, 0)));
        let third = dec("100") / dec("3");
        assert_eq!(split_cents(third), Some((3333, 333_333_333_333_333_333)));
    }

    #[test]
    fn thirds_add_up_to_the_whole() {
        let third = dec("100") / dec("3");
        let parts = round_to_cents_summing_to(&[third, third, third], dec("100")).unwrap();
        assert_eq!(parts, vec![dec("33.34"), dec("33.33"), dec("33.33")]);
    }

    #[test]
    fn largest_remainder_gets_the_cent() {
        let parts = round_to_cents_summing_to(&[dec("1.004"), dec("1.006"), dec("0.99")], dec("3"))
            .unwrap();
        assert_eq!(parts, vec![dec("1.00"), dec("1.01"), dec("0.99")]);
    }
}
