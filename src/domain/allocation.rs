//! Allocation keys (verdeelsleutels): dividing a scenario's total over the members of a community.
//!
//! Every key reduces to the same shape: member i pays `clamp(base_i + L * weight_i, minimum, maximum)`,
//! with one factor `L` chosen so that the payments add up to the total. [`solve_factor`] finds that `L`
//! exactly by walking the points where members reach or leave a bound, in order, rather than pinning
//! members one round at a time (that naive loop never releases a pinned member and can miss the total).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::budget::ScenarioTotals;
use super::error::{Bound, CalcError};
use super::money::{self, Money};
use super::participants::Community;
use super::rounding::round_to_cents_summing_to;

/// Differences below this are rounding in exact decimals' 28th digit (a base of 100 / 12 per member, times
/// 12), not money: far below a cent, so they never decide whether bounds can be met.
const NEGLIGIBLE: Decimal = Decimal::from_parts(1, 0, 0, false, 12);

/// Which key divides the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    /// Gelijk: everyone pays the same.
    #[default]
    Equal,
    /// Inwoners: in proportion to inhabitants.
    Inhabitants,
    /// Gebruik: in proportion to a usage metric.
    Usage,
    /// Hybride: an equal base part plus a variable part, plus custom work.
    Hybrid,
    /// Staffel: weights by size band.
    Staffel,
}

impl KeyKind {
    pub const ALL: [KeyKind; 5] = [
        KeyKind::Equal,
        KeyKind::Inhabitants,
        KeyKind::Usage,
        KeyKind::Hybrid,
        KeyKind::Staffel,
    ];
}

/// Where the hybrid key's equal base part comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum HybridBase {
    /// A fixed amount per municipality, e.g. 2,000.
    #[default]
    FixedAmount,
    /// The cost lines flagged as base (with their share of the reserve), divided equally.
    BaseLines,
}

/// What the variable part of the hybrid key follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VariableBasis {
    #[default]
    Inhabitants,
    Usage,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct HybridSettings {
    pub base: HybridBase,
    /// The base amount per municipality when `base` is `fixed_amount`.
    pub fixed_base_amount: Decimal,
    pub variable: VariableBasis,
}

/// How much a municipality in a size band weighs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BandWeight {
    /// Inhabitants times this rate, e.g. 1.92 per inhabitant.
    PerInhabitant { rate: Decimal },
    /// A number of points per municipality, whatever its exact size.
    Points { points: Decimal },
}

/// A size band: municipalities from `from_inhabitants` up to the next band's start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SizeBand {
    pub from_inhabitants: Decimal,
    pub weight: BandWeight,
}

/// Everything about the key, kept for all kinds so that switching keys loses no settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct KeySettings {
    pub kind: KeyKind,
    /// The usage metric for the usage key and the hybrid key's variable part.
    #[serde(default)]
    pub usage_metric: String,
    pub hybrid: HybridSettings,
    /// Size bands in increasing order of `from_inhabitants`; the first starts at 0.
    pub staffel: Vec<SizeBand>,
    /// Minimum contribution per municipality (shared part, custom work excluded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<Decimal>,
    /// Maximum contribution per municipality (shared part, custom work excluded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<Decimal>,
}

impl KeySettings {
    /// The degressive rates the VNG used for 2024.
    pub fn vng_2024_bands() -> Vec<SizeBand> {
        [
            ("0", "1.92"),
            ("5000", "1.76"),
            ("25000", "1.52"),
            ("200000", "0.75"),
        ]
        .into_iter()
        .map(|(from, rate)| SizeBand {
            from_inhabitants: from.parse().unwrap_or_default(),
            weight: BandWeight::PerInhabitant {
                rate: rate.parse().unwrap_or_default(),
            },
        })
        .collect()
    }

    pub fn equal() -> KeySettings {
        KeySettings {
            kind: KeyKind::Equal,
            usage_metric: String::new(),
            hybrid: HybridSettings {
                base: HybridBase::FixedAmount,
                fixed_base_amount: Decimal::from(2000),
                variable: VariableBasis::Inhabitants,
            },
            staffel: KeySettings::vng_2024_bands(),
            minimum: None,
            maximum: None,
        }
    }

    pub fn with_kind(&self, kind: KeyKind) -> KeySettings {
        KeySettings {
            kind,
            ..self.clone()
        }
    }

    /// The weight of a municipality of this size under a size-band key.
    pub fn band_weight(&self, inhabitants: Decimal) -> Result<Decimal, CalcError> {
        let band = self
            .staffel
            .iter()
            .rev()
            .find(|band| band.from_inhabitants <= inhabitants)
            .ok_or(CalcError::NoBandFor { inhabitants })?;
        match band.weight {
            BandWeight::PerInhabitant { rate } => money::mul(inhabitants, rate),
            BandWeight::Points { points } => Ok(points),
        }
    }
}

/// Optional minimum and maximum per municipality.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Bounds {
    pub minimum: Option<Money>,
    pub maximum: Option<Money>,
}

/// One member's contribution.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// Its part of the scenario total, to the cent.
    pub shared: Money,
    /// Custom work it asked for, on top.
    pub custom_work: Money,
    /// What it pays in all.
    pub total: Money,
}

/// The outcome of a key on one community and one scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct Allocation {
    /// In the order of the community's members.
    pub shares: Vec<Share>,
    /// The scenario total plus all custom work.
    pub collected: Money,
    /// The equal base part per member (hybrid key), zero otherwise.
    pub base_per_member: Money,
    /// The factor L: money per unit of weight.
    pub factor: Decimal,
    pub bounds: Bounds,
}

impl Allocation {
    /// What a municipality of the given weight would pay if it were one more member under the same factor:
    /// how reference municipalities are priced under the chosen key.
    pub fn hypothetical(&self, weight: Decimal) -> Result<Money, CalcError> {
        let exact = money::add(self.base_per_member, money::mul(self.factor, weight)?)?;
        Ok(clamp(exact, self.bounds))
    }
}

/// The weight of each member and the equal base part, for a key.
fn weights_and_base(
    key: &KeySettings,
    community: &Community,
    totals: &ScenarioTotals,
) -> Result<(Vec<Decimal>, Money), CalcError> {
    let members = &community.members;
    let by_usage = || {
        members
            .iter()
            .map(|member| member.usage_of(&key.usage_metric))
            .collect::<Vec<_>>()
    };
    let by_inhabitants = || {
        members
            .iter()
            .map(|member| member.inhabitants)
            .collect::<Vec<_>>()
    };
    Ok(match key.kind {
        KeyKind::Equal => (vec![Decimal::ONE; members.len()], Decimal::ZERO),
        KeyKind::Inhabitants => (by_inhabitants(), Decimal::ZERO),
        KeyKind::Usage => (by_usage(), Decimal::ZERO),
        KeyKind::Staffel => {
            let weights = members
                .iter()
                .map(|member| key.band_weight(member.inhabitants))
                .collect::<Result<Vec<_>, _>>()?;
            (weights, Decimal::ZERO)
        }
        KeyKind::Hybrid => {
            let count = Decimal::from(members.len());
            let base_per_member = match key.hybrid.base {
                HybridBase::FixedAmount => key.hybrid.fixed_base_amount,
                HybridBase::BaseLines => {
                    money::div(totals.base_total, count, CalcError::NoParticipants)?
                }
            };
            let base_total = money::mul(base_per_member, count)?;
            if money::sub(base_total, totals.total)? > NEGLIGIBLE {
                return Err(CalcError::BaseExceedsTotal {
                    base: base_total,
                    total: totals.total,
                });
            }
            let weights = match key.hybrid.variable {
                VariableBasis::Inhabitants => by_inhabitants(),
                VariableBasis::Usage => by_usage(),
            };
            (weights, base_per_member)
        }
    })
}

/// Divides `totals.total` over the community by the key, to the cent, and adds custom work on top.
pub fn allocate(
    key: &KeySettings,
    community: &Community,
    totals: &ScenarioTotals,
) -> Result<Allocation, CalcError> {
    if community.members.is_empty() {
        return Err(CalcError::NoParticipants);
    }
    let bounds = Bounds {
        minimum: key.minimum.map(money::round_cents),
        maximum: key.maximum.map(money::round_cents),
    };
    let (weights, base_per_member) = weights_and_base(key, community, totals)?;
    let bases = vec![base_per_member; weights.len()];
    let factor = solve_factor(&bases, &weights, totals.total, bounds)?;
    let exact = bases
        .iter()
        .zip(&weights)
        .map(|(base, weight)| {
            Ok(clamp(
                money::add(*base, money::mul(factor, *weight)?)?,
                bounds,
            ))
        })
        .collect::<Result<Vec<_>, CalcError>>()?;
    let shared = round_to_cents_summing_to(&exact, totals.total)?;
    let shares = shared
        .into_iter()
        .zip(&community.members)
        .map(|(shared, member)| {
            let custom_work = money::round_cents(member.custom_work);
            Ok(Share {
                shared,
                custom_work,
                total: money::add(shared, custom_work)?,
            })
        })
        .collect::<Result<Vec<_>, CalcError>>()?;
    let collected = money::sum(shares.iter().map(|share| share.total))?;
    Ok(Allocation {
        shares,
        collected,
        base_per_member,
        factor,
        bounds,
    })
}

fn clamp(value: Decimal, bounds: Bounds) -> Decimal {
    let raised = bounds.minimum.map_or(value, |minimum| value.max(minimum));
    bounds.maximum.map_or(raised, |maximum| raised.min(maximum))
}

/// The factor L >= 0 such that the sum over i of clamp(bases[i] + L * weights[i]) equals `total`.
///
/// The sum is a non-decreasing, piecewise linear function of L. Between two consecutive points where a
/// member reaches its minimum or its maximum, it is `constant + slope * L`; walking those points in order
/// finds the segment that contains the total, and L follows exactly from that segment's line.
pub fn solve_factor(
    bases: &[Decimal],
    weights: &[Decimal],
    total: Money,
    bounds: Bounds,
) -> Result<Decimal, CalcError> {
    let count = bases.len();
    if count == 0 {
        return Err(CalcError::NoParticipants);
    }
    if let (Some(minimum), Some(maximum)) = (bounds.minimum, bounds.maximum) {
        if minimum > maximum {
            return Err(CalcError::MinimumAboveMaximum);
        }
    }
    let members = Decimal::from(count);
    if let Some(minimum) = bounds.minimum {
        if money::mul(minimum, members)? > total {
            return Err(CalcError::BoundsCannotBeMet {
                bound: Bound::Minimum,
                limit: minimum,
                participants: count,
                total,
            });
        }
    }
    if let Some(maximum) = bounds.maximum {
        if money::mul(maximum, members)? < total {
            return Err(CalcError::BoundsCannotBeMet {
                bound: Bound::Maximum,
                limit: maximum,
                participants: count,
                total,
            });
        }
    }

    enum Change {
        /// The member rises above the minimum and starts to follow L.
        LeavesMinimum {
            base: Decimal,
            weight: Decimal,
            minimum: Decimal,
        },
        /// The member reaches the maximum and stops following L.
        ReachesMaximum {
            base: Decimal,
            weight: Decimal,
            maximum: Decimal,
        },
    }
    let mut constant = Decimal::ZERO;
    let mut slope = Decimal::ZERO;
    let mut changes: Vec<(Decimal, Change)> = Vec::new();
    for (&base, &weight) in bases.iter().zip(weights) {
        if weight.is_zero() {
            constant = money::add(constant, clamp(base, bounds))?;
            continue;
        }
        if let Some(maximum) = bounds.maximum.filter(|maximum| base >= *maximum) {
            constant = money::add(constant, maximum)?;
            continue;
        }
        match bounds.minimum.filter(|minimum| base < *minimum) {
            Some(minimum) => {
                constant = money::add(constant, minimum)?;
                let at = money::div(money::sub(minimum, base)?, weight, CalcError::Overflow)?;
                changes.push((
                    at,
                    Change::LeavesMinimum {
                        base,
                        weight,
                        minimum,
                    },
                ));
            }
            None => {
                constant = money::add(constant, base)?;
                slope = money::add(slope, weight)?;
            }
        }
        if let Some(maximum) = bounds.maximum {
            let at = money::div(money::sub(maximum, base)?, weight, CalcError::Overflow)?;
            changes.push((
                at,
                Change::ReachesMaximum {
                    base,
                    weight,
                    maximum,
                },
            ));
        }
    }
    if money::sub(constant, total)? > NEGLIGIBLE {
        return Err(CalcError::BoundsCannotBeMet {
            bound: Bound::Minimum,
            limit: bounds.minimum.unwrap_or_default(),
            participants: count,
            total,
        });
    }
    if constant >= total {
        return Ok(Decimal::ZERO);
    }
    changes.sort_by_key(|change| change.0);
    for (at, change) in changes {
        let reached = money::add(constant, money::mul(slope, at)?)?;
        // A breakpoint computed a 28th digit short of the total still ends the walk here, while the slope
        // is that of the segment that holds the total (past it the slope may be zero).
        if money::sub(total, reached)? <= NEGLIGIBLE {
            break;
        }
        match change {
            Change::LeavesMinimum {
                base,
                weight,
                minimum,
            } => {
                constant = money::add(money::sub(constant, minimum)?, base)?;
                slope = money::add(slope, weight)?;
            }
            Change::ReachesMaximum {
                base,
                weight,
                maximum,
            } => {
                constant = money::add(money::sub(constant, base)?, maximum)?;
                slope = money::sub(slope, weight)?;
            }
        }
    }
    if slope <= Decimal::ZERO {
        return Err(match bounds.maximum {
            Some(maximum) => CalcError::BoundsCannotBeMet {
                bound: Bound::Maximum,
                limit: maximum,
                participants: count,
                total,
            },
            None => CalcError::NothingToDivideBy,
        });
    }
    money::div(
        money::sub(total, constant)?,
        slope,
        CalcError::NothingToDivideBy,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    fn bounds(minimum: Option<&str>, maximum: Option<&str>) -> Bounds {
        Bounds {
            minimum: minimum.map(dec),
            maximum: maximum.map(dec),
        }
    }

    fn pay(bases: &[Decimal], weights: &[Decimal], total: &str, bounds: Bounds) -> Vec<Decimal> {
        let factor = solve_factor(bases, weights, dec(total), bounds).unwrap();
        bases
            .iter()
            .zip(weights)
            .map(|(b, w)| clamp(*b + factor * *w, bounds))
            .collect()
    }

    #[test]
    fn without_bounds_the_factor_is_total_over_weight() {
        let weights = [dec("100000"), dec("25000"), dec("875000")];
        let factor = solve_factor(
            &[Decimal::ZERO; 3],
            &weights,
            dec("100000"),
            Bounds::default(),
        )
        .unwrap();
        assert_eq!(factor, dec("0.1"));
    }

    #[test]
    fn a_member_held_at_the_minimum_is_released_when_the_factor_rises_past_it() {
        // Weights 1, 10, 100 and a total of 3,330 with a minimum of 100: the smallest member sits at the
        // minimum; the others share the rest in proportion (about 293 and 2,937).
        let weights = [dec("1"), dec("10"), dec("100")];
        let paid = pay(
            &[Decimal::ZERO; 3],
            &weights,
            "3330",
            bounds(Some("100"), None),
        );
        assert_eq!(paid[0], dec("100"));
        assert_eq!((paid[1] + paid[2]).round_dp(10), dec("3230"));
        assert_eq!((paid[2] / paid[1]).round_dp(10), dec("10"));
    }

    #[test]
    fn naive_pinning_would_miss_but_the_factor_meets_the_total() {
        // A maximum pins the largest member; the minimum raises the smallest. The exact sum must hold.
        let weights = [dec("5"), dec("20"), dec("30"), dec("200")];
        let b = bounds(Some("50"), Some("400"));
        let paid = pay(&[Decimal::ZERO; 4], &weights, "1000", b);
        let total: Decimal = paid.iter().sum();
        assert_eq!(total.round_dp(12), dec("1000"));
        assert_eq!(paid[3], dec("400"));
        // Pinned at the minimum in a first round, the smallest member must come free again: 600 / 55 * 5.
        assert_eq!(paid[0].round_dp(4), dec("54.5455"));
    }

    #[test]
    fn impossible_bounds_are_named() {
        let weights = [Decimal::ONE; 20];
        let zeros = [Decimal::ZERO; 20];
        let too_high_minimum =
            solve_factor(&zeros, &weights, dec("100000"), bounds(Some("6000"), None));
        assert!(matches!(
            too_high_minimum,
            Err(CalcError::BoundsCannotBeMet {
                bound: Bound::Minimum,
                ..
            })
        ));
        let too_low_maximum =
            solve_factor(&zeros, &weights, dec("100000"), bounds(None, Some("4000")));
        assert!(matches!(
            too_low_maximum,
            Err(CalcError::BoundsCannotBeMet {
                bound: Bound::Maximum,
                ..
            })
        ));
        let crossed = solve_factor(
            &zeros,
            &weights,
            dec("100000"),
            bounds(Some("10"), Some("5")),
        );
        assert_eq!(crossed, Err(CalcError::MinimumAboveMaximum));
    }

    #[test]
    fn a_base_that_is_the_whole_total_survives_repeating_decimals() {
        // 1.37 over 12 members, rounded in the 28th digit: twelve of those add up to just over 1.37.
        let base = dec("1.37") / dec("12");
        assert!((0..12).fold(Decimal::ZERO, |sum, _| sum + base) > dec("1.37"));
        let zero_minimum = bounds(Some("0"), None);
        let factor =
            solve_factor(&[base; 12], &[Decimal::ONE; 12], dec("1.37"), zero_minimum).unwrap();
        assert_eq!(factor, Decimal::ZERO);
    }

    #[test]
    fn zero_weights_cannot_be_divided() {
        let result = solve_factor(
            &[Decimal::ZERO; 2],
            &[Decimal::ZERO; 2],
            dec("10"),
            Bounds::default(),
        );
        assert_eq!(result, Err(CalcError::NothingToDivideBy));
    }

    #[test]
    fn vng_bands_are_degressive() {
        let key = KeySettings::equal();
        assert_eq!(key.band_weight(dec("4000")).unwrap(), dec("7680"));
        assert_eq!(key.band_weight(dec("5000")).unwrap(), dec("8800"));
        assert_eq!(key.band_weight(dec("300000")).unwrap(), dec("225000"));
    }
}
