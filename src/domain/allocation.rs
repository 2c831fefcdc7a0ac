//! Allocation keys (verdeelsleutels): dividing a scenario's total over the members of a community.
//!
//! Every key reduces to the same shape: member i pays `clamp(base_i + L * weight_i, minimum, maximum)`,
//! with one factor `L` chosen so that the payments add up to the total. [`solve_factor`] finds that `L`
//! exactly by walking the points where members reach or leave a bound, in order, rather than pinning
//! members one round at a time (that naive loop never releases a pinned member and can miss the total).

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::budget::{required, ScenarioTotals};
use super::error::{Bound, CalcError};
use super::money::{self, Money};
use super::participants::{Community, Member};
use super::rounding::round_within_bounds;

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
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BandWeight {
    /// Inhabitants times this rate, e.g. 1.92 per inhabitant.
    PerInhabitant { rate: Decimal },
    /// A number of points per municipality, whatever its exact size.
    Points { points: Decimal },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum BandWeightKind {
    PerInhabitant,
    Points,
}

/// A band's weight as written: the kind, and the fields of both kinds, of which the kind's is required.
#[derive(Deserialize)]
struct BandWeightFields {
    kind: BandWeightKind,
    rate: Option<Decimal>,
    points: Option<Decimal>,
}

// Read by hand, for the reason given at `LineAmount`'s reader.
impl<'de> Deserialize<'de> for BandWeight {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = BandWeightFields::deserialize(deserializer)?;
        Ok(match fields.kind {
            BandWeightKind::PerInhabitant => BandWeight::PerInhabitant {
                rate: required(fields.rate, "rate")?,
            },
            BandWeightKind::Points => BandWeight::Points {
                points: required(fields.points, "points")?,
            },
        })
    }
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

    /// How much a member weighs under this key: one each (equal), its inhabitants, its usage on the key's
    /// metric, or its size band's weight.
    pub fn member_weight(&self, member: &Member) -> Result<Decimal, CalcError> {
        match self.kind {
            KeyKind::Equal => Ok(Decimal::ONE),
            KeyKind::Inhabitants => Ok(member.inhabitants),
            KeyKind::Usage => Ok(member.usage_of(&self.usage_metric)),
            KeyKind::Staffel => self.band_weight(member.inhabitants),
            KeyKind::Hybrid => match self.hybrid.variable {
                VariableBasis::Inhabitants => Ok(member.inhabitants),
                VariableBasis::Usage => Ok(member.usage_of(&self.usage_metric)),
            },
        }
    }

    /// The size band a municipality of this size falls in.
    pub fn band_for(&self, inhabitants: Decimal) -> Option<&SizeBand> {
        self.staffel
            .iter()
            .rev()
            .find(|band| band.from_inhabitants <= inhabitants)
    }

    /// The weight of a municipality of this size under a size-band key.
    pub fn band_weight(&self, inhabitants: Decimal) -> Result<Decimal, CalcError> {
        let band = self
            .band_for(inhabitants)
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

/// A key applied to one community, ready for any scenario: the weights do not depend on the budget, so they
/// are computed and put in order once per community rather than once per scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedKey {
    key: KeySettings,
    bounds: Bounds,
    /// Each member's weight, in member order.
    weights: Vec<Decimal>,
    /// Member indexes with a weight above zero, heaviest first: the order in which they reach a bound.
    heaviest_first: Vec<usize>,
    custom_work: Vec<Money>,
}

impl PreparedKey {
    pub fn new(key: &KeySettings, community: &Community) -> Result<PreparedKey, CalcError> {
        let members = &community.members;
        if members.is_empty() {
            return Err(CalcError::NoParticipants);
        }
        let weights = members
            .iter()
            .map(|member| key.member_weight(member))
            .collect::<Result<Vec<_>, _>>()?;
        let bounds = Bounds {
            minimum: key.minimum.map(money::round_cents),
            maximum: key.maximum.map(money::round_cents),
        };
        Ok(PreparedKey {
            key: key.clone(),
            bounds,
            heaviest_first: heaviest_first(&weights),
            weights,
            custom_work: members
                .iter()
                .map(|member| money::round_cents(member.custom_work))
                .collect(),
        })
    }

    /// The equal base part per member: only the hybrid key has one.
    fn base_per_member(&self, totals: &ScenarioTotals) -> Result<Money, CalcError> {
        if self.key.kind != KeyKind::Hybrid {
            return Ok(Decimal::ZERO);
        }
        let count = Decimal::from(self.weights.len());
        let base_per_member = match self.key.hybrid.base {
            HybridBase::FixedAmount => self.key.hybrid.fixed_base_amount,
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
        Ok(base_per_member)
    }

    /// Divides `totals.total` over the community, to the cent, and adds custom work on top.
    pub fn allocate(&self, totals: &ScenarioTotals) -> Result<Allocation, CalcError> {
        let bounds = self.bounds;
        let base_per_member = self.base_per_member(totals)?;
        let factor = solve_factor(
            base_per_member,
            &self.weights,
            &self.heaviest_first,
            totals.total,
            bounds,
        )?;
        let exact = self
            .weights
            .iter()
            .map(|weight| {
                Ok(clamp(
                    money::add(base_per_member, money::mul(factor, *weight)?)?,
                    bounds,
                ))
            })
            .collect::<Result<Vec<_>, CalcError>>()?;
        let shared = round_within_bounds(&exact, &self.weights, totals.total, bounds)?;
        let shares = shared
            .into_iter()
            .zip(&self.custom_work)
            .map(|(shared, custom_work)| {
                Ok(Share {
                    shared,
                    custom_work: *custom_work,
                    total: money::add(shared, *custom_work)?,
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
}

/// Divides `totals.total` over the community by the key, to the cent, and adds custom work on top.
pub fn allocate(
    key: &KeySettings,
    community: &Community,
    totals: &ScenarioTotals,
) -> Result<Allocation, CalcError> {
    PreparedKey::new(key, community)?.allocate(totals)
}

/// Indexes of the members with a positive weight, heaviest first (earliest first among equals).
pub fn heaviest_first(weights: &[Decimal]) -> Vec<usize> {
    let positive: Vec<(usize, Decimal)> = weights
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, weight)| *weight > Decimal::ZERO)
        .collect();
    // Comparing decimals of different scales is slow; on one common scale their mantissas compare as
    // integers. The index breaks ties, so an unstable sort gives one order every time.
    let scale = positive
        .iter()
        .map(|(_, weight)| weight.scale())
        .max()
        .unwrap_or(0);
    let keyed: Option<Vec<(std::cmp::Reverse<i128>, usize)>> = positive
        .iter()
        .map(|(index, weight)| {
            let key = weight
                .mantissa()
                .checked_mul(10i128.checked_pow(scale - weight.scale())?)?;
            Some((std::cmp::Reverse(key), *index))
        })
        .collect();
    match keyed {
        Some(mut keyed) => {
            keyed.sort_unstable();
            keyed.into_iter().map(|(_, index)| index).collect()
        }
        None => {
            let mut order = positive;
            order.sort_by(|(a, weight_a), (b, weight_b)| weight_b.cmp(weight_a).then(a.cmp(b)));
            order.into_iter().map(|(index, _)| index).collect()
        }
    }
}

fn clamp(value: Decimal, bounds: Bounds) -> Decimal {
    let raised = bounds.minimum.map_or(value, |minimum| value.max(minimum));
    bounds.maximum.map_or(raised, |maximum| raised.min(maximum))
}

/// The factor L >= 0 such that the sum over i of clamp(base + L * weights[i]) equals `total`.
///
/// The sum is a non-decreasing, piecewise linear function of L. Between two consecutive points where a
/// member leaves the minimum or reaches the maximum it is `constant + slope * L`; walking those points in
/// order finds the segment that contains the total, and L follows exactly from that segment's line. With
/// one base for all, heavier members pass each point first, so `heaviest_first` (positive weights only,
/// from [`heaviest_first`]) gives both kinds of points in order and nothing needs sorting here.
pub fn solve_factor(
    base: Decimal,
    weights: &[Decimal],
    heaviest_first: &[usize],
    total: Money,
    bounds: Bounds,
) -> Result<Decimal, CalcError> {
    let count = weights.len();
    if count == 0 {
        return Err(CalcError::NoParticipants);
    }
    if let (Some(minimum), Some(maximum)) = (bounds.minimum, bounds.maximum) {
        if minimum > maximum {
            return Err(CalcError::MinimumAboveMaximum);
        }
    }
    let members = Decimal::from(count);
    let cannot = |bound, limit| CalcError::BoundsCannotBeMet {
        bound,
        limit,
        participants: count,
        total,
    };
    if let Some(minimum) = bounds.minimum {
        if money::mul(minimum, members)? > total {
            return Err(cannot(Bound::Minimum, minimum));
        }
    }
    if let Some(maximum) = bounds.maximum {
        if money::mul(maximum, members)? < total {
            return Err(cannot(Bound::Maximum, maximum));
        }
    }

    // The weights of the members that have one, heaviest first: the order in which they leave the minimum
    // and, again, the order in which they reach the maximum.
    let in_order = || {
        heaviest_first
            .iter()
            .filter_map(|index| weights.get(*index).copied())
    };
    let weighted_count = in_order().count();
    let weighted = Decimal::from(weighted_count);
    let unweighted = money::sub(members, weighted)?;
    // Members without weight pay the base, held within the bounds, whatever L is.
    let mut constant = money::mul(unweighted, clamp(base, bounds))?;
    let mut slope = Decimal::ZERO;
    // How many members are strictly between their bounds, so that the sum still rises with L. When none is
    // left the slope is zero exactly, whatever the decimal sum of their weights rounded to (adding 8/3 and
    // taking it off again leaves 1e-28, and a total divided by that is a factor of 1e25).
    let mut moving = 0usize;
    // How far L must rise before a member leaves the minimum (per unit of weight), if it starts there.
    let mut to_leave_minimum = None;
    // How far L must rise before a member reaches the maximum (per unit of weight), if it can.
    let mut to_reach_maximum = None;
    match (bounds.minimum, bounds.maximum) {
        (_, Some(maximum)) if base >= maximum => {
            constant = money::add(constant, money::mul(weighted, maximum)?)?
        }
        (minimum, maximum) => {
            match minimum.filter(|minimum| base < *minimum) {
                Some(minimum) => {
                    constant = money::add(constant, money::mul(weighted, minimum)?)?;
                    to_leave_minimum = Some((money::sub(minimum, base)?, minimum));
                }
                None => {
                    constant = money::add(constant, money::mul(weighted, base)?)?;
                    slope = money::sum(in_order())?;
                    moving = weighted_count;
                }
            }
            if let Some(maximum) = maximum {
                to_reach_maximum = Some((money::sub(maximum, base)?, maximum));
            }
        }
    }
    if money::sub(constant, total)? > NEGLIGIBLE {
        return Err(cannot(Bound::Minimum, bounds.minimum.unwrap_or_default()));
    }
    if money::sub(total, constant)? <= NEGLIGIBLE {
        return Ok(Decimal::ZERO);
    }
    // The factor at the last point passed: on a flat stretch (nobody between their bounds) that reaches
    // the total, any factor of the stretch will do.
    let mut position = Decimal::ZERO;

    // Walk both sequences of points in order of L, merging them like two sorted lists: one cursor through
    // the members leaving the minimum, one through those reaching the maximum, both heaviest first.
    let mut leaving = in_order()
        .take(if to_leave_minimum.is_some() {
            weighted_count
        } else {
            0
        })
        .peekable();
    let mut reaching = in_order()
        .take(if to_reach_maximum.is_some() {
            weighted_count
        } else {
            0
        })
        .peekable();
    loop {
        let leave_at = match (to_leave_minimum, leaving.peek()) {
            (Some((distance, _)), Some(weight)) => {
                Some(money::div(distance, *weight, CalcError::Overflow)?)
            }
            _ => None,
        };
        let reach_at = match (to_reach_maximum, reaching.peek()) {
            (Some((distance, _)), Some(weight)) => {
                Some(money::div(distance, *weight, CalcError::Overflow)?)
            }
            _ => None,
        };
        // A member leaves the minimum before it reaches the maximum, so on a tie the leaving goes first.
        let leaves = match (leave_at, reach_at) {
            (Some(leave), Some(reach)) => leave <= reach,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let at = if leaves { leave_at } else { reach_at }.unwrap_or_default();
        let reached = money::add(constant, money::mul(slope, at)?)?;
        // A point computed a 28th digit short of the total still ends the walk here, while the slope is
        // that of the segment that holds the total (past it the slope may be zero).
        if money::sub(total, reached)? <= NEGLIGIBLE {
            break;
        }
        position = at;
        if leaves {
            let weight = leaving.next().unwrap_or_default();
            let minimum = to_leave_minimum
                .map(|(_, minimum)| minimum)
                .unwrap_or_default();
            constant = money::add(money::sub(constant, minimum)?, base)?;
            slope = money::add(slope, weight)?;
            moving += 1;
        } else {
            let weight = reaching.next().unwrap_or_default();
            let maximum = to_reach_maximum
                .map(|(_, maximum)| maximum)
                .unwrap_or_default();
            constant = money::add(money::sub(constant, base)?, maximum)?;
            slope = money::sub(slope, weight)?;
            moving = moving.saturating_sub(1);
            if moving == 0 {
                slope = Decimal::ZERO;
            }
        }
    }
    if slope <= Decimal::ZERO {
        if money::sub(total, constant)? <= NEGLIGIBLE {
            return Ok(position);
        }
        return Err(match bounds.maximum {
            // The pre-check above let this through, so some members weigh nothing and hold the rest.
            Some(maximum) if weighted_count > 0 && weighted_count < count => {
                CalcError::MaximumHoldsEveryoneWithWeight {
                    limit: maximum,
                    with_weight: weighted_count,
                    without_weight: count - weighted_count,
                    total,
                }
            }
            Some(maximum) => cannot(Bound::Maximum, maximum),
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

    #[test]
    fn band_weights_read_back_what_was_written_and_name_a_missing_field() {
        for weight in [
            BandWeight::PerInhabitant { rate: dec("1.92") },
            BandWeight::Points { points: dec("3") },
        ] {
            let text = serde_json::to_string(&weight).unwrap();
            assert_eq!(
                serde_json::from_str::<BandWeight>(&text).unwrap(),
                weight,
                "{text}"
            );
        }
        let missing = serde_json::from_str::<BandWeight>(r#"{"kind":"points","rate":"1"}"#)
            .unwrap_err()
            .to_string();
        assert!(missing.contains("missing field `points`"), "{missing}");
    }

    fn bounds(minimum: Option<&str>, maximum: Option<&str>) -> Bounds {
        Bounds {
            minimum: minimum.map(dec),
            maximum: maximum.map(dec),
        }
    }

    fn solve(
        base: Decimal,
        weights: &[Decimal],
        total: &str,
        bounds: Bounds,
    ) -> Result<Decimal, CalcError> {
        solve_factor(base, weights, &heaviest_first(weights), dec(total), bounds)
    }

    fn pay(weights: &[Decimal], total: &str, bounds: Bounds) -> Vec<Decimal> {
        let factor = solve(Decimal::ZERO, weights, total, bounds).unwrap();
        weights
            .iter()
            .map(|weight| clamp(factor * *weight, bounds))
            .collect()
    }

    #[test]
    fn without_bounds_the_factor_is_total_over_weight() {
        let weights = [dec("100000"), dec("25000"), dec("875000")];
        assert_eq!(
            solve(Decimal::ZERO, &weights, "100000", Bounds::default()),
            Ok(dec("0.1"))
        );
    }

    #[test]
    fn heaviest_first_orders_by_weight_across_scales_and_skips_zero() {
        let weights = [dec("1.5"), dec("0"), dec("20"), dec("1.50"), dec("3.25")];
        assert_eq!(heaviest_first(&weights), vec![2, 4, 0, 3]);
    }

    #[test]
    fn a_member_held_at_the_minimum_is_released_when_the_factor_rises_past_it() {
        // Weights 1, 10, 100 and a total of 3,330 with a minimum of 100: the smallest member sits at the
        // minimum; the others share the rest in proportion (about 293 and 2,937).
        let weights = [dec("1"), dec("10"), dec("100")];
        let paid = pay(&weights, "3330", bounds(Some("100"), None));
        assert_eq!(paid[0], dec("100"));
        assert_eq!((paid[1] + paid[2]).round_dp(10), dec("3230"));
        assert_eq!((paid[2] / paid[1]).round_dp(10), dec("10"));
    }

    #[test]
    fn naive_pinning_would_miss_but_the_factor_meets_the_total() {
        // A maximum pins the largest member; the minimum raises the smallest. The exact sum must hold.
        let weights = [dec("5"), dec("20"), dec("30"), dec("200")];
        let paid = pay(&weights, "1000", bounds(Some("50"), Some("400")));
        let total: Decimal = paid.iter().sum();
        assert_eq!(total.round_dp(12), dec("1000"));
        assert_eq!(paid[3], dec("400"));
        // Pinned at the minimum in a first round, the smallest member must come free again: 600 / 55 * 5.
        assert_eq!(paid[0].round_dp(4), dec("54.5455"));
    }

    #[test]
    fn a_base_part_comes_before_the_factor() {
        // Hybrid: 2,000 each plus the rest by weight; the maximum caps the heaviest.
        let weights = [dec("1"), dec("1"), dec("8")];
        let factor = solve(dec("2000"), &weights, "16000", bounds(None, Some("9000"))).unwrap();
        // 6,000 of base, then 10,000 by weight: L = 1,000, so the heaviest would pay 10,000 but is capped
        // at 9,000; the other two share 16,000 - 9,000 - 4,000 = 3,000 by weight: L = 1,500.
        assert_eq!(factor, dec("1500"));
    }

    #[test]
    fn impossible_bounds_are_named() {
        let weights = [Decimal::ONE; 20];
        let too_high_minimum = solve(
            Decimal::ZERO,
            &weights,
            "100000",
            bounds(Some("6000"), None),
        );
        assert!(matches!(
            too_high_minimum,
            Err(CalcError::BoundsCannotBeMet {
                bound: Bound::Minimum,
                ..
            })
        ));
        let too_low_maximum = solve(
            Decimal::ZERO,
            &weights,
            "100000",
            bounds(None, Some("4000")),
        );
        assert!(matches!(
            too_low_maximum,
            Err(CalcError::BoundsCannotBeMet {
                bound: Bound::Maximum,
                ..
            })
        ));
        let crossed = solve(
            Decimal::ZERO,
            &weights,
            "100000",
            bounds(Some("10"), Some("5")),
        );
        assert_eq!(crossed, Err(CalcError::MinimumAboveMaximum));
    }

    #[test]
    fn a_base_that_is_the_whole_total_survives_repeating_decimals() {
        // 1.37 over 12 members, rounded in the 28th digit: twelve of those add up to just over 1.37.
        let base = dec("1.37") / dec("12");
        assert!((0..12).fold(Decimal::ZERO, |sum, _| sum + base) > dec("1.37"));
        let factor = solve(base, &[Decimal::ONE; 12], "1.37", bounds(Some("0"), None)).unwrap();
        assert_eq!(factor, Decimal::ZERO);
    }

    #[test]
    fn when_every_weighted_member_is_at_the_maximum_the_sum_stops_rising() {
        // Issue 11: usage 1, 7 and 0 and a newcomer of the average 8/3, maximum 7.78, total 23.35. The three
        // members with weight reach 23.34 at most; the fourth weighs nothing. Adding 8/3 to the slope and
        // taking it off again left 1e-28, and the factor became 3e25 instead of an error.
        let weights = [dec("1"), dec("7"), dec("0"), dec("8") / dec("3")];
        let result = solve(Decimal::ZERO, &weights, "23.35", bounds(None, Some("7.78")));
        assert_eq!(
            result,
            Err(CalcError::MaximumHoldsEveryoneWithWeight {
                limit: dec("7.78"),
                with_weight: 3,
                without_weight: 1,
                total: dec("23.35"),
            })
        );
    }

    #[test]
    fn a_flat_stretch_that_meets_the_total_is_a_solution() {
        // The heavy member reaches the maximum (at L = 1) before the light ones leave the minimum (at
        // L = 5): between the two, nobody moves and the sum is 10 + 2 x 5 = 20, the total.
        let weights = [dec("10"), dec("1"), dec("1")];
        let factor = solve(Decimal::ZERO, &weights, "20", bounds(Some("5"), Some("10"))).unwrap();
        assert!(factor >= dec("1") && factor <= dec("5"), "{factor}");
    }

    #[test]
    fn zero_weights_cannot_be_divided() {
        let result = solve(Decimal::ZERO, &[Decimal::ZERO; 2], "10", Bounds::default());
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
