//! Rounding contributions to cents so that they add up to the total exactly.

use rust_decimal::prelude::ToPrimitive;
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
        let scaled = money::mul(*amount, money::HUNDRED)?;
        let floor = scaled.floor();
        cents.push(floor.to_i128().ok_or(CalcError::Overflow)?);
        remainders.push((scaled - floor, index));
    }
    let assigned: i128 = cents.iter().sum();
    let missing = total_cents - assigned;
    let missing = usize::try_from(missing).map_err(|_| CalcError::Overflow)?;
    if missing > exact.len() {
        return Err(CalcError::Overflow);
    }
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, index) in remainders.into_iter().take(missing) {
        cents[index] += 1;
    }
    cents.into_iter().map(money::from_cents).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

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
