//! The phase-in (ingroeiregeling): each member's change against last year's contribution limited to +u %
//! and optionally -d % a year, as bounds per member in the same exact solver, combined with the key's own
//! minimum and maximum.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::domain::allocation::Allocation;
use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};
use crate::domain::rounding::Bounds;

/// The most a member's contribution may rise, and optionally fall, in a year, in percent of last year's.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct PhaseIn {
    pub up_percent: Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub down_percent: Option<Decimal>,
}

/// The phase-in's own bounds of one member, before the key's.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct PhaseInBounds {
    pub lower: Option<Money>,
    pub upper: Option<Money>,
}

/// The phase-in bounds around last year's contribution (a full year's): the lower rounded up and the
/// upper down to the cent, so the limits are never exceeded. No bound without a contribution last year.
pub fn phase_in_bounds(
    settings: &PhaseIn,
    last: Option<Money>,
) -> Result<PhaseInBounds, CalcError> {
    let Some(last) = last.filter(|last| *last > Decimal::ZERO) else {
        return Ok(PhaseInBounds::default());
    };
    let upper = money::add(last, money::percent_of(last, settings.up_percent)?)?
        .round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity);
    let lower = settings
        .down_percent
        .map(|down| {
            money::sub(last, money::percent_of(last, down)?).map(|lower| {
                lower
                    .max(Decimal::ZERO)
                    .round_dp_with_strategy(2, RoundingStrategy::ToPositiveInfinity)
            })
        })
        .transpose()?;
    Ok(PhaseInBounds {
        lower,
        upper: Some(upper),
    })
}

/// The member's bounds for the solver: the phase-in interval clamped into the key's, so that where the two
/// do not overlap the key's bound wins.
pub fn combined(phase: PhaseInBounds, key: Bounds) -> Bounds {
    let clamp = |value: Money| {
        let raised = key.minimum.map_or(value, |minimum| value.max(minimum));
        key.maximum.map_or(raised, |maximum| raised.min(maximum))
    };
    Bounds {
        minimum: phase.lower.map(clamp).or(key.minimum),
        maximum: phase.upper.map(clamp).or(key.maximum),
    }
}

/// What holds a member's contribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// It pays exactly its phase-in bound, which is tighter than the key's own.
    PhaseIn,
    /// It pays the key's minimum or maximum.
    KeyBound,
    Free,
}

/// Whether `paid` is held by the phase-in, by the key's bound, or by neither.
pub fn held(paid: Money, phase: PhaseInBounds, key: Bounds) -> Held {
    let tighter_lower = phase
        .lower
        .filter(|lower| key.minimum.is_none_or(|minimum| *lower > minimum))
        .filter(|lower| key.maximum.is_none_or(|maximum| *lower <= maximum));
    let tighter_upper = phase
        .upper
        .filter(|upper| key.maximum.is_none_or(|maximum| *upper < maximum))
        .filter(|upper| key.minimum.is_none_or(|minimum| *upper >= minimum));
    if tighter_lower == Some(paid) || tighter_upper == Some(paid) {
        Held::PhaseIn
    } else if key.minimum == Some(paid) || key.maximum == Some(paid) {
        Held::KeyBound
    } else {
        Held::Free
    }
}

/// One member under the phase-in.
#[derive(Debug, Clone, PartialEq)]
pub struct PhasedShare {
    /// Last year's contribution, as a full year's.
    pub last: Option<Money>,
    pub bounds: PhaseInBounds,
    /// The key's amount without the phase-in.
    pub without: Money,
    pub with: Money,
    /// With minus without.
    pub gap: Money,
    pub held: Held,
}

/// Each member's amount with and without the phase-in, in member order.
pub fn phased_shares(
    settings: &PhaseIn,
    last: &[Option<Money>],
    key: Bounds,
    without: &Allocation,
    with: &Allocation,
) -> Result<Vec<PhasedShare>, CalcError> {
    last.iter()
        .zip(&without.shares)
        .zip(&with.shares)
        .map(|((last, without), with)| {
            let bounds = phase_in_bounds(settings, *last)?;
            Ok(PhasedShare {
                last: *last,
                bounds,
                without: without.shared,
                with: with.shared,
                gap: money::sub(with.shared, without.shared)?,
                held: held(with.shared, bounds, key),
            })
        })
        .collect()
}

/// The bounds of every member for the solver, from last year's contributions.
pub fn member_bounds(
    settings: &PhaseIn,
    last: &[Option<Money>],
    key: Bounds,
) -> Result<Vec<Bounds>, CalcError> {
    last.iter()
        .map(|last| Ok(combined(phase_in_bounds(settings, *last)?, key)))
        .collect()
}

/// The most years the phase-in is followed ahead; past it the interface says "more than 20 years".
pub const YEARS_AHEAD: u32 = 20;

/// How many years, this budget year the first, somebody is held by the phase-in if budget and members stay
/// as they are; `None` past [`YEARS_AHEAD`]. `allocate` divides the year's total with the given bounds.
pub fn years_held(
    settings: &PhaseIn,
    last: &[Option<Money>],
    key: Bounds,
    allocate: impl Fn(&[Bounds]) -> Result<Allocation, CalcError>,
) -> Result<Option<u32>, CalcError> {
    let mut last: Vec<Option<Money>> = last.to_vec();
    for year in 0..=YEARS_AHEAD {
        let bounds = member_bounds(settings, &last, key)?;
        let allocation = allocate(&bounds)?;
        let anyone_held = allocation.shares.iter().zip(&last).any(|(share, last)| {
            phase_in_bounds(settings, *last)
                .map(|phase| held(share.shared, phase, key) == Held::PhaseIn)
                .unwrap_or(false)
        });
        if !anyone_held {
            return Ok(Some(year));
        }
        last = allocation
            .shares
            .iter()
            .map(|share| Some(share.shared))
            .collect();
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    fn up(percent: &str) -> PhaseIn {
        PhaseIn {
            up_percent: dec(percent),
            down_percent: None,
        }
    }

    #[test]
    fn phase_in_bounds_round_inward() {
        let bounds = phase_in_bounds(
            &PhaseIn {
                up_percent: dec("5"),
                down_percent: Some(dec("5")),
            },
            Some(dec("100.10")),
        )
        .unwrap();
        // 105.105 down to 105.10; 95.095 up to 95.10.
        assert_eq!(bounds.upper, Some(dec("105.10")));
        assert_eq!(bounds.lower, Some(dec("95.10")));
        assert_eq!(
            phase_in_bounds(&up("5"), Some(Decimal::ZERO)).unwrap(),
            PhaseInBounds::default()
        );
        assert_eq!(
            phase_in_bounds(&up("5"), None).unwrap(),
            PhaseInBounds::default()
        );
    }

    #[test]
    fn where_phase_in_and_key_do_not_overlap_the_key_wins_and_holds_the_member() {
        let key = Bounds {
            minimum: Some(dec("200")),
            maximum: None,
        };
        let phase = phase_in_bounds(&up("10"), Some(dec("100"))).unwrap();
        let bounds = combined(phase, key);
        assert_eq!(bounds.minimum, Some(dec("200")));
        assert_eq!(bounds.maximum, Some(dec("200")));
        assert_eq!(held(dec("200"), phase, key), Held::KeyBound);
        let free_key = Bounds::default();
        assert_eq!(held(dec("110"), phase, free_key), Held::PhaseIn);
        assert_eq!(held(dec("109.99"), phase, free_key), Held::Free);
    }
}
