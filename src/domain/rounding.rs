//! Rounding contributions to cents so that they add up to the total exactly and keep their bounds.

use std::cmp::Reverse;

use rust_decimal::Decimal;

use super::error::Bound;
use super::money::Money;

/// Optional minimum and maximum of one member (or of every member, as a key's), in whole cents.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Bounds {
    pub minimum: Option<Money>,
    pub maximum: Option<Money>,
}

impl Bounds {
    /// `value` raised to the minimum and lowered to the maximum.
    pub fn clamp(self, value: Decimal) -> Decimal {
        let raised = self.minimum.map_or(value, |minimum| value.max(minimum));
        self.maximum.map_or(raised, |maximum| raised.min(maximum))
    }
}

/// One member's exact share, split into whole cents (rounded down) and what is left of a cent, as a
/// numerator over a denominator that every member of one division shares: so remainders compare as
/// integers, exactly.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ExactShare {
    pub cents: i128,
    pub remainder: i128,
    /// Whether the member has weight under the key (the factor moves its share).
    pub weighted: bool,
    /// Its own bounds in whole cents.
    pub minimum: Option<i128>,
    pub maximum: Option<i128>,
}

/// Why the cents could not be placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unplaceable {
    /// Shares rounded down already add up to more than the total.
    TooMuch,
    /// More cents are missing than members free to take one.
    NoRoom,
}

/// Rounds each member's exact share to cents so that the shares add up to `total_cents` and none leaves
/// its own bounds (product.md, "Rounding"):
///
/// - a member held at its minimum or maximum pays that bound exactly (bounds are whole cents);
/// - every other share is rounded down to the cent, and the cents still missing go one each to the members
///   free to move with the largest exact remainders, the earliest first on a tie. One cent more never passes
///   the maximum: a share below a whole-cent maximum, rounded down, is at least a cent below it;
/// - a member that weighs nothing pays its base (the hybrid key's, else nothing), which the factor does not
///   move; when that is not whole cents it is rounded by the same largest-remainder rule;
/// - a member with weight whose exact share is whole cents comes last, after every member with a remainder:
///   it takes a cent only when the exact shares fell short of the total in their last digits.
///
/// Returns whole cents per member, and for each whether it pays exactly one of its own bounds.
pub fn round_largest_remainder(
    shares: &[ExactShare],
    total_cents: i128,
) -> Result<(Vec<i128>, Vec<Option<Bound>>), Unplaceable> {
    let mut cents = Vec::with_capacity(shares.len());
    let mut free_to_move = Vec::with_capacity(shares.len());
    let mut assigned = 0i128;
    for (index, share) in shares.iter().enumerate() {
        cents.push(share.cents);
        assigned = assigned
            .checked_add(share.cents)
            .ok_or(Unplaceable::NoRoom)?;
        let at_bound = share.remainder == 0
            && (Some(share.cents) == share.minimum || Some(share.cents) == share.maximum);
        let below_maximum = share.maximum.is_none_or(|maximum| share.cents < maximum);
        let can_move = share.remainder > 0 || share.weighted;
        if !at_bound && below_maximum && can_move {
            free_to_move.push((Reverse(share.remainder), index));
        }
    }
    let missing = total_cents
        .checked_sub(assigned)
        .ok_or(Unplaceable::NoRoom)?;
    let missing = usize::try_from(missing).map_err(|_| Unplaceable::TooMuch)?;
    if missing > free_to_move.len() {
        return Err(Unplaceable::NoRoom);
    }
    if missing > 0 && missing < free_to_move.len() {
        free_to_move.select_nth_unstable(missing - 1);
    }
    for (_, index) in free_to_move.into_iter().take(missing) {
        if let Some(share) = cents.get_mut(index) {
            *share += 1;
        }
    }
    let held = cents
        .iter()
        .zip(shares)
        .map(|(paid, share)| {
            if Some(*paid) == share.minimum {
                Some(Bound::Minimum)
            } else if Some(*paid) == share.maximum {
                Some(Bound::Maximum)
            } else {
                None
            }
        })
        .collect();
    Ok((cents, held))
}

/// Splits a decimal share the way [`ExactShare`] holds it, with the remainder in [`FRACTION_DIGITS`]
/// digits of a cent: the ranking used where the exact one would not fit in 128-bit integers.
pub fn approximate_share(
    amount: Decimal,
    weighted: bool,
    minimum: Option<i128>,
    maximum: Option<i128>,
) -> Option<ExactShare> {
    let (cents, fraction) = split_cents(amount)?;
    Some(ExactShare {
        cents,
        remainder: i128::from(fraction),
        weighted,
        minimum,
        maximum,
    })
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

    fn share(cents: i128, remainder: i128) -> ExactShare {
        ExactShare {
            cents,
            remainder,
            weighted: true,
            minimum: None,
            maximum: None,
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
        let (cents, _) = round_largest_remainder(&[share(3333, 1); 3], 10_000).unwrap();
        assert_eq!(cents, vec![3334, 3333, 3333]);
    }

    #[test]
    fn largest_remainder_gets_the_cent() {
        let (cents, _) =
            round_largest_remainder(&[share(100, 4), share(100, 6), share(99, 0)], 300).unwrap();
        assert_eq!(cents, vec![100, 101, 99]);
    }

    #[test]
    fn a_member_at_the_maximum_never_gets_the_missing_cent() {
        let capped = ExactShare {
            maximum: Some(778),
            ..share(778, 0)
        };
        let (cents, held) = round_largest_remainder(&[capped, share(500, 0)], 1279).unwrap();
        assert_eq!(cents, vec![778, 501]);
        assert_eq!(held, vec![Some(Bound::Maximum), None]);
    }

    #[test]
    fn cents_nobody_free_can_take_are_an_error() {
        let capped = ExactShare {
            maximum: Some(778),
            ..share(778, 0)
        };
        let weightless = ExactShare {
            weighted: false,
            ..share(0, 0)
        };
        assert_eq!(
            round_largest_remainder(&[capped, weightless], 779),
            Err(Unplaceable::NoRoom)
        );
    }

    #[test]
    fn a_fractional_base_of_weightless_members_rounds_like_any_share() {
        let third = ExactShare {
            weighted: false,
            ..share(3333, 1)
        };
        let (cents, _) = round_largest_remainder(&[third; 3], 10_000).unwrap();
        assert_eq!(cents, vec![3334, 3333, 3333]);
    }
}
