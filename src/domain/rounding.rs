//! Rounding contributions to cents so that they add up to the total exactly and keep their bounds.

use std::cmp::Reverse;

use rust_decimal::Decimal;

use super::allocation::Bounds;
use super::error::{Bound, CalcError};
use super::money::{self, Money};

/// Rounds each member's exact share to cents so that the shares add up to `total` to the cent and none
/// leaves its bounds (the product rule "Rounding" of issue 11):
///
/// - a member held at the minimum or the maximum pays that bound exactly (bounds are whole cents);
/// - every other share is rounded down to the cent, and the cents still missing go one each to the members
///   free to move with the largest remainders (the earliest first on a tie). One cent more never passes the
///   maximum: a share below a whole-cent maximum, rounded down, is at least a cent below it;
/// - a member that weighs nothing pays the base part (the hybrid key's, else nothing), which the factor does
///   not move. When that base is whole cents it pays it exactly; when it is not (base lines divided by the
///   number of members), its exact share lies between two cents like any other and it is rounded down or up
///   by the same largest-remainder rule, so it never pays a cent beyond its exact share;
/// - a member with weight whose exact share is whole cents comes last, after every member with a remainder:
///   it takes a cent only when the exact shares fell short of the total in their last digits.
///
/// When the missing cents cannot be placed, no rounding meets the bounds: that is the same error as any
/// other bound that cannot be met. `exact` and `weights` are in member order and of the same length.
pub fn round_within_bounds(
    exact: &[Decimal],
    weights: &[Decimal],
    total: Money,
    bounds: Bounds,
) -> Result<Vec<Money>, CalcError> {
    let total_cents = money::to_cents(money::round_cents(total))?;
    // Bounds in whole cents, so that "at a bound" is an integer comparison: comparing decimals of
    // different scales for every member on every keystroke costs more than the rest of the rounding.
    let in_cents = |bound: Option<Money>| {
        bound
            .map(|bound| money::to_cents(money::round_cents(bound)))
            .transpose()
    };
    let minimum_cents = in_cents(bounds.minimum)?;
    let maximum_cents = in_cents(bounds.maximum)?;
    let mut cents = Vec::with_capacity(exact.len());
    let mut free_to_move = Vec::with_capacity(exact.len());
    for (index, (amount, weight)) in exact.iter().zip(weights).enumerate() {
        let (whole_cents, fraction) = split_cents(*amount).ok_or(CalcError::Overflow)?;
        cents.push(whole_cents);
        let at_bound = fraction == 0
            && (Some(whole_cents) == minimum_cents || Some(whole_cents) == maximum_cents);
        let below_maximum = maximum_cents.is_none_or(|maximum| whole_cents < maximum);
        let can_move = fraction > 0 || *weight > Decimal::ZERO;
        if !at_bound && below_maximum && can_move {
            free_to_move.push((Reverse(fraction), index));
        }
    }
    let assigned = cents
        .iter()
        .try_fold(0i128, |sum, cents| sum.checked_add(*cents))
        .ok_or(CalcError::Overflow)?;
    let cannot_be_met = |bound: Bound, limit: Option<Money>| match limit {
        Some(limit) => CalcError::BoundsCannotBeMet {
            bound,
            limit,
            participants: exact.len(),
            total,
        },
        None => CalcError::NothingToDivideBy,
    };
    let missing = total_cents
        .checked_sub(assigned)
        .ok_or(CalcError::Overflow)?;
    // Shares rounded down already add up to more than the total: only members held at the minimum can do
    // that (every other share was at most its exact amount).
    let missing =
        usize::try_from(missing).map_err(|_| cannot_be_met(Bound::Minimum, bounds.minimum))?;
    if missing > free_to_move.len() {
        return Err(match bounds.maximum {
            Some(_) => cannot_be_met(Bound::Maximum, bounds.maximum),
            None => cannot_be_met(Bound::Minimum, bounds.minimum),
        });
    }
    if missing > 0 && missing < free_to_move.len() {
        free_to_move.select_nth_unstable(missing - 1);
    }
    for (_, index) in free_to_move.into_iter().take(missing) {
        if let Some(share) = cents.get_mut(index) {
            *share += 1;
        }
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

    fn unbounded(exact: &[Decimal], total: &str) -> Result<Vec<Money>, CalcError> {
        let weights = vec![Decimal::ONE; exact.len()];
        round_within_bounds(exact, &weights, dec(total), Bounds::default())
    }

    fn capped(maximum: &str) -> Bounds {
        Bounds {
            minimum: None,
            maximum: Some(dec(maximum)),
        }
    }

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
        let parts = unbounded(&[third, third, third], "100").unwrap();
        assert_eq!(parts, vec![dec("33.34"), dec("33.33"), dec("33.33")]);
    }

    #[test]
    fn largest_remainder_gets_the_cent() {
        let parts = unbounded(&[dec("1.004"), dec("1.006"), dec("0.99")], "3").unwrap();
        assert_eq!(parts, vec![dec("1.00"), dec("1.01"), dec("0.99")]);
    }

    #[test]
    fn a_member_at_the_maximum_never_gets_the_missing_cent() {
        // Exact shares a cent short of the total, the first member at the maximum and earliest on the tie
        // of zero remainders: the cent goes to the one that is free to move.
        let parts = round_within_bounds(
            &[dec("7.78"), dec("5.00")],
            &[dec("7"), dec("1")],
            dec("12.79"),
            capped("7.78"),
        )
        .unwrap();
        assert_eq!(parts, vec![dec("7.78"), dec("5.01")]);
    }

    #[test]
    fn cents_nobody_free_can_take_are_an_error() {
        // Everyone free to move weighs nothing and has no remainder: the cent has nowhere to go.
        let result = round_within_bounds(
            &[dec("7.78"), dec("0")],
            &[dec("7"), dec("0")],
            dec("7.79"),
            capped("7.78"),
        );
        assert!(matches!(
            result,
            Err(CalcError::BoundsCannotBeMet {
                bound: Bound::Maximum,
                ..
            })
        ));
    }

    #[test]
    fn a_fractional_base_of_weightless_members_rounds_like_any_share() {
        // Base lines of 100 over three members who weigh nothing: 33.33 each and one cent more for one.
        let third = dec("100") / dec("3");
        let parts = round_within_bounds(
            &[third, third, third],
            &[Decimal::ZERO; 3],
            dec("100"),
            Bounds::default(),
        )
        .unwrap();
        assert_eq!(parts, vec![dec("33.34"), dec("33.33"), dec("33.33")]);
    }
}
