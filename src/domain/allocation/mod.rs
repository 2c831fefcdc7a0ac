//! Allocation keys (verdeelsleutels): dividing a scenario's total over the members of a community.
//!
//! The solver's public API:
//! - [`divide`]`(&[MemberTerms], total) -> Result<Division, CalcError>`: any members with their own base,
//!   weight and bounds (whole cents), no key needed; [`Division`] has the cents, who is held
//!   (`Option<Bound>`) and the exact [`Factor`].
//! - [`PreparedKey::allocate`]`(&ScenarioTotals)` and [`PreparedKey::allocate_within`]`(&ScenarioTotals,
//!   &[Bounds])`, the latter with each member's own bounds ([`Bounds`] lives in `rounding`); each
//!   [`Share`] says whether it is `held` at a bound of its own.
//! - [`Allocation::price_for_weight`] and [`Factor::price`]: a non-member's price from the exact factor.
//!
//! Every key reduces to the same shape: member i pays `clamp(base_i + L * weight_i, minimum, maximum)`,
//! with one factor `L` chosen so that the payments add up to the total. [`solve_factor`] finds that `L`
//! exactly by walking the points where members reach or leave a bound, in order, rather than pinning
//! members one round at a time (that naive loop never releases a pinned member and can miss the total).

use rust_decimal::{Decimal, RoundingStrategy};

use super::budget::ScenarioTotals;
use super::error::{Bound, CalcError};
use super::key::KeySettings;
use super::money::{self, Money};
use super::participants::Community;
mod prepared;

pub use prepared::PreparedKey;

use super::rounding::{
    approximate_share, round_largest_remainder, Bounds, ExactShare, Unplaceable,
};

/// Differences below this are rounding in exact decimals' 28th digit (a base of 100 / 12 per member, times
/// 12), not money: far below a cent, so they never decide whether bounds can be met.
const NEGLIGIBLE: Decimal = Decimal::from_parts(1, 0, 0, false, 12);

/// One member's terms: it pays `clamp(base + L * weight, minimum, maximum)`. Bounds are whole cents.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct MemberTerms {
    pub base: Decimal,
    /// Zero or more; a member of weight zero pays its base within its bounds, whatever L is.
    pub weight: Decimal,
    pub minimum: Option<Money>,
    pub maximum: Option<Money>,
}

impl MemberTerms {
    fn bounds(&self) -> Bounds {
        Bounds {
            minimum: self.minimum,
            maximum: self.maximum,
        }
    }

    fn weighted(&self) -> bool {
        self.weight > Decimal::ZERO
    }
}

/// The factor L as the exact fraction `numerator / denominator` (the denominator above zero), so that
/// shares and prices are rounded from their exact value rather than from L rounded to 28 digits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Factor {
    pub numerator: Decimal,
    pub denominator: Decimal,
}

impl Factor {
    fn whole(value: Decimal) -> Factor {
        Factor {
            numerator: value,
            denominator: Decimal::ONE,
        }
    }

    /// L as a decimal, rounded in its 28th digit: for showing, not for rounding shares.
    pub fn value(&self) -> Result<Decimal, CalcError> {
        money::div(self.numerator, self.denominator, CalcError::Overflow)
    }

    /// `clamp(base + L * weight, bounds)` rounded to the cent half away from zero from its exact value:
    /// the price of a municipality that is not a member (a reference municipality).
    pub fn price(
        &self,
        base: Decimal,
        weight: Decimal,
        bounds: Bounds,
    ) -> Result<Money, CalcError> {
        if let Some(scale) = Scale::of(&[base, weight, self.numerator, self.denominator]) {
            if let Some(cents) = scale.rounded_cents(base, weight, *self) {
                let price = money::from_cents(cents)?;
                return Ok(bounds.clamp(price));
            }
        }
        // Beyond 128-bit integers: from L in 28 digits, as before exact ranking.
        let exact = money::add(base, money::mul(self.value()?, weight)?)?;
        Ok(money::round_cents(bounds.clamp(exact)))
    }
}

/// What a division gives: whole cents per member, who pays exactly one of its own bounds, and L.
#[derive(Debug, Clone, PartialEq)]
pub struct Division {
    pub cents: Vec<Money>,
    pub held: Vec<Option<Bound>>,
    pub factor: Factor,
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
    /// Whether `shared` is exactly its own minimum or maximum.
    pub held: Option<Bound>,
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
    /// The factor L: money per unit of weight, in 28 digits (for showing).
    pub factor: Decimal,
    /// The factor L exactly.
    pub exact_factor: Factor,
    /// The key's own bounds.
    pub bounds: Bounds,
}

impl Allocation {
    /// What a municipality of the given weight would pay if it were one more member under the same factor,
    /// to the cent (half away from zero from the exact amount): how reference municipalities are priced.
    pub fn price_for_weight(&self, weight: Decimal) -> Result<Money, CalcError> {
        self.exact_factor
            .price(self.base_per_member, weight, self.bounds)
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

/// Divides `total` over members with their own terms: each pays `clamp(base_i + L * weight_i, minimum_i,
/// maximum_i)` with one L >= 0 for all, rounded to cents by the exact largest remainder so that the cents
/// add up to `total` and every member keeps its own bounds. No key needed: settlement refunds and phase-in
/// use it with terms of their own.
pub fn divide(terms: &[MemberTerms], total: Money) -> Result<Division, CalcError> {
    // The points where members leave their minimum, and where they reach their maximum, each in order of L.
    let mut leaving = Vec::new();
    let mut reaching = Vec::new();
    for (index, member) in terms.iter().enumerate() {
        if !member.weighted() {
            continue;
        }
        if let Some(minimum) = member.minimum.filter(|minimum| member.base < *minimum) {
            let at = money::div(
                money::sub(minimum, member.base)?,
                member.weight,
                CalcError::Overflow,
            )?;
            leaving.push((at, index));
        }
        if let Some(maximum) = member.maximum.filter(|maximum| member.base < *maximum) {
            let at = money::div(
                money::sub(maximum, member.base)?,
                member.weight,
                CalcError::Overflow,
            )?;
            reaching.push((at, index));
        }
    }
    leaving.sort_unstable();
    reaching.sort_unstable();
    let leaving: Vec<usize> = leaving.into_iter().map(|(_, index)| index).collect();
    let reaching: Vec<usize> = reaching.into_iter().map(|(_, index)| index).collect();
    divide_in_order(terms, total, &leaving, &reaching)
}

/// The factor L >= 0 such that the sum over i of clamp(base + L * weights[i], bounds) equals `total`, with
/// one base and one pair of bounds for all; `heaviest_first` from [`heaviest_first`].
pub fn solve_factor(
    base: Decimal,
    weights: &[Decimal],
    heaviest_first: &[usize],
    total: Money,
    bounds: Bounds,
) -> Result<Decimal, CalcError> {
    let terms: Vec<MemberTerms> = weights
        .iter()
        .map(|weight| MemberTerms {
            base,
            weight: *weight,
            minimum: bounds.minimum,
            maximum: bounds.maximum,
        })
        .collect();
    solve(&terms, total, heaviest_first, heaviest_first)?.value()
}

fn divide_in_order(
    terms: &[MemberTerms],
    total: Money,
    leaving: &[usize],
    reaching: &[usize],
) -> Result<Division, CalcError> {
    let factor = solve(terms, total, leaving, reaching)?;
    let total_cents = money::to_cents(money::round_cents(total))?;
    let shares = match exact_shares(terms, factor) {
        Some(shares) => shares,
        None => approximate_shares(terms, factor)?,
    };
    let (cents, held) = round_largest_remainder(&shares, total_cents).map_err(|unplaceable| {
        let bounds = uniform_bounds(terms);
        let limit = |bound: Option<Money>, side| match bound {
            Some(limit) => CalcError::BoundsCannotBeMet {
                bound: side,
                limit,
                participants: terms.len(),
                total,
            },
            None => CalcError::NothingToDivideBy,
        };
        match (unplaceable, bounds) {
            (Unplaceable::TooMuch, Some(bounds)) => limit(bounds.minimum, Bound::Minimum),
            (Unplaceable::NoRoom, Some(bounds)) if bounds.maximum.is_some() => {
                limit(bounds.maximum, Bound::Maximum)
            }
            (Unplaceable::NoRoom, Some(bounds)) => limit(bounds.minimum, Bound::Minimum),
            (_, None) => CalcError::Overflow,
        }
    })?;
    Ok(Division {
        cents: cents
            .into_iter()
            .map(money::from_cents)
            .collect::<Result<_, _>>()?,
        held,
        factor,
    })
}

/// The bounds every member shares, if they all have the same.
fn uniform_bounds(terms: &[MemberTerms]) -> Option<Bounds> {
    let first = terms.first()?.bounds();
    terms
        .iter()
        .all(|member| member.bounds() == first)
        .then_some(first)
}

/// The factor L, exactly. The sum over members is a non-decreasing, piecewise linear function of L. Between
/// two consecutive points where a member leaves its minimum or reaches its maximum it is `constant + slope
/// * L`; walking those points in order (`leaving` and `reaching`, member indexes in order of their point;
/// members without such a point are skipped) finds the segment that contains the total, and L is that
/// segment's `(total - constant) / slope`, kept as a fraction.
fn solve(
    terms: &[MemberTerms],
    total: Money,
    leaving: &[usize],
    reaching: &[usize],
) -> Result<Factor, CalcError> {
    if terms.is_empty() {
        return Err(CalcError::NoParticipants);
    }
    if terms.iter().any(|member| {
        matches!((member.minimum, member.maximum), (Some(minimum), Some(maximum)) if minimum > maximum)
    }) {
        return Err(CalcError::MinimumAboveMaximum);
    }
    // What everyone pays at L = 0 (the lowest the sum can be), and what they pay when every member with
    // weight is at its maximum (the highest; none without a maximum on a member with weight).
    let mut constant = Decimal::ZERO;
    let mut slope = Decimal::ZERO;
    let mut moving = 0usize;
    let mut highest = Some(Decimal::ZERO);
    let mut weighted = 0usize;
    for member in terms {
        let at_zero = member.bounds().clamp(member.base);
        constant = money::add(constant, at_zero)?;
        if !member.weighted() {
            highest = highest.map(|sum| money::add(sum, at_zero)).transpose()?;
            continue;
        }
        weighted += 1;
        highest = match (highest, member.maximum) {
            (Some(sum), Some(maximum)) => Some(money::add(sum, maximum)?),
            _ => None,
        };
        let starts_free = member.minimum.is_none_or(|minimum| member.base >= minimum)
            && member.maximum.is_none_or(|maximum| member.base < maximum);
        if starts_free {
            slope = money::add(slope, member.weight)?;
            moving += 1;
        }
    }
    let lowest = constant;
    // Where nobody weighs anything, nothing moves: that is what fails, whatever the bounds.
    if weighted == 0 {
        if money::sub(total, lowest)?.abs() <= NEGLIGIBLE {
            return Ok(Factor::whole(Decimal::ZERO));
        }
        return Err(CalcError::NothingToDivideBy);
    }
    if money::sub(lowest, total)? > NEGLIGIBLE {
        return Err(cannot_collect(
            terms,
            Bound::Minimum,
            lowest,
            total,
            weighted,
        ));
    }
    if let Some(highest) = highest {
        if money::sub(total, highest)? > NEGLIGIBLE {
            return Err(cannot_collect(
                terms,
                Bound::Maximum,
                highest,
                total,
                weighted,
            ));
        }
    }
    if money::sub(total, constant)? <= NEGLIGIBLE {
        return Ok(Factor::whole(Decimal::ZERO));
    }
    let leave_point = |index: usize| -> Result<Option<(Decimal, MemberTerms)>, CalcError> {
        let Some(member) = terms.get(index).copied() else {
            return Ok(None);
        };
        match member.minimum {
            Some(minimum) if member.weighted() && member.base < minimum => Ok(Some((
                money::div(
                    money::sub(minimum, member.base)?,
                    member.weight,
                    CalcError::Overflow,
                )?,
                member,
            ))),
            _ => Ok(None),
        }
    };
    let reach_point = |index: usize| -> Result<Option<(Decimal, MemberTerms)>, CalcError> {
        let Some(member) = terms.get(index).copied() else {
            return Ok(None);
        };
        match member.maximum {
            Some(maximum) if member.weighted() && member.base < maximum => Ok(Some((
                money::div(
                    money::sub(maximum, member.base)?,
                    member.weight,
                    CalcError::Overflow,
                )?,
                member,
            ))),
            _ => Ok(None),
        }
    };
    // The factor at the last point passed: on a flat stretch (nobody between their bounds) that reaches
    // the total, any factor of the stretch will do.
    let mut position = Decimal::ZERO;
    let mut next_leave = leaving.iter();
    let mut next_reach = reaching.iter();
    let mut leave = next_point(&mut next_leave, &leave_point)?;
    let mut reach = next_point(&mut next_reach, &reach_point)?;
    loop {
        // A member leaves the minimum before it reaches the maximum, so on a tie the leaving goes first.
        let leaves = match (&leave, &reach) {
            (Some((leave_at, _)), Some((reach_at, _))) => leave_at <= reach_at,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let (at, member) = match if leaves { leave } else { reach } {
            Some(point) => point,
            None => break,
        };
        let reached = money::add(constant, money::mul(slope, at)?)?;
        // A point computed a 28th digit short of the total still ends the walk here, while the slope is
        // that of the segment that holds the total (past it the slope may be zero).
        if money::sub(total, reached)? <= NEGLIGIBLE {
            break;
        }
        position = at;
        if leaves {
            let minimum = member.minimum.unwrap_or_default();
            constant = money::add(money::sub(constant, minimum)?, member.base)?;
            slope = money::add(slope, member.weight)?;
            moving += 1;
            leave = next_point(&mut next_leave, &leave_point)?;
        } else {
            let maximum = member.maximum.unwrap_or_default();
            constant = money::add(money::sub(constant, member.base)?, maximum)?;
            slope = money::sub(slope, member.weight)?;
            // When nobody is left between their bounds the slope is zero exactly, whatever the decimal sum
            // of their weights rounded to (adding 8/3 and taking it off again leaves 1e-28).
            moving = moving.saturating_sub(1);
            if moving == 0 {
                slope = Decimal::ZERO;
            }
            reach = next_point(&mut next_reach, &reach_point)?;
        }
    }
    if slope <= Decimal::ZERO {
        if money::sub(total, constant)? <= NEGLIGIBLE {
            return Ok(Factor::whole(position));
        }
        return Err(cannot_collect(
            terms,
            Bound::Maximum,
            constant,
            total,
            weighted,
        ));
    }
    Ok(Factor {
        numerator: money::sub(total, constant)?,
        denominator: slope,
    })
}

type Point = Option<(Decimal, MemberTerms)>;

/// The next member of `order` that has a point of this kind.
fn next_point<'a>(
    order: &mut impl Iterator<Item = &'a usize>,
    point: &impl Fn(usize) -> Result<Point, CalcError>,
) -> Result<Point, CalcError> {
    for index in order.by_ref() {
        if let Some(found) = point(*index)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}

/// The message for a total outside what the members can pay, naming the condition that really fails: with
/// one pair of bounds for all, "N municipalities paying at least/at most X" where that is true; otherwise
/// what can be collected against what is needed, an "at least" rounded up to the cent and an "at most" down.
fn cannot_collect(
    terms: &[MemberTerms],
    side: Bound,
    collectable: Money,
    total: Money,
    weighted: usize,
) -> CalcError {
    let count = terms.len();
    let members = Decimal::from(count);
    let all = |limit: Money| money::mul(limit, members);
    if let Some(bounds) = uniform_bounds(terms) {
        match (side, bounds.minimum, bounds.maximum) {
            (Bound::Minimum, Some(minimum), _) if all(minimum).is_ok_and(|sum| sum > total) => {
                return CalcError::BoundsCannotBeMet {
                    bound: Bound::Minimum,
                    limit: minimum,
                    participants: count,
                    total,
                }
            }
            (Bound::Maximum, _, Some(maximum)) if all(maximum).is_ok_and(|sum| sum < total) => {
                return CalcError::BoundsCannotBeMet {
                    bound: Bound::Maximum,
                    limit: maximum,
                    participants: count,
                    total,
                }
            }
            (Bound::Maximum, _, Some(maximum)) if weighted < count => {
                return CalcError::MaximumHoldsEveryoneWithWeight {
                    limit: maximum,
                    with_weight: weighted,
                    without_weight: count - weighted,
                    total,
                }
            }
            _ => {}
        }
    }
    let strategy = match side {
        Bound::Minimum => RoundingStrategy::ToPositiveInfinity,
        Bound::Maximum => RoundingStrategy::ToNegativeInfinity,
    };
    CalcError::TotalOutsideBounds {
        bound: side,
        collectable: collectable.round_dp_with_strategy(2, strategy),
        total,
    }
}

/// One scale for every figure of a division, so that each becomes an integer and a share
/// `base + weight * numerator / denominator` is `(B * D + W * N) / (10^scale * D)` in integers.
#[derive(Debug, Clone, Copy)]
struct Scale {
    digits: u32,
}

impl Scale {
    fn of(values: &[Decimal]) -> Option<Scale> {
        let digits = values.iter().map(|value| value.scale()).max().unwrap_or(0);
        Some(Scale { digits })
    }

    fn integer(&self, value: Decimal) -> Option<i128> {
        value
            .mantissa()
            .checked_mul(10i128.checked_pow(self.digits.checked_sub(value.scale())?)?)
    }

    /// 100 times a member's share, as a numerator over [`Scale::denominator`].
    fn share_numerator(&self, base: Decimal, weight: Decimal, factor: Factor) -> Option<i128> {
        let denominator = self.integer(factor.denominator)?;
        let numerator = self.integer(factor.numerator)?;
        self.integer(base)?
            .checked_mul(denominator)?
            .checked_add(self.integer(weight)?.checked_mul(numerator)?)?
            .checked_mul(100)
    }

    /// 100 times a fixed amount, over the same denominator.
    fn amount_numerator(&self, amount: Decimal, factor: Factor) -> Option<i128> {
        self.integer(amount)?
            .checked_mul(self.integer(factor.denominator)?)?
            .checked_mul(100)
    }

    fn denominator(&self, factor: Factor) -> Option<i128> {
        10i128
            .checked_pow(self.digits)?
            .checked_mul(self.integer(factor.denominator)?)
            .filter(|denominator| *denominator > 0)
    }

    /// `base + weight * L` in whole cents, half away from zero.
    fn rounded_cents(&self, base: Decimal, weight: Decimal, factor: Factor) -> Option<i128> {
        let numerator = self.share_numerator(base, weight, factor)?;
        let denominator = self.denominator(factor)?;
        let magnitude = numerator.checked_abs()?;
        let cents = magnitude / denominator;
        let rest = magnitude % denominator;
        let rounded = if rest.checked_mul(2)? >= denominator {
            cents.checked_add(1)?
        } else {
            cents
        };
        Some(if numerator < 0 { -rounded } else { rounded })
    }
}

fn bound_cents(bound: Option<Money>) -> Option<Option<i128>> {
    match bound {
        Some(bound) => money::to_cents(money::round_cents(bound)).ok().map(Some),
        None => Some(None),
    }
}

/// Every member's exact share, clamped to its bounds, in integers over one denominator; `None` when a
/// figure does not fit in 128 bits (astronomical amounts or repeating decimals of 28 digits, such as base
/// lines divided by the member count or a newcomer at the average weight), where the caller falls back to
/// ranking remainders of L in 28 digits.
fn exact_shares(terms: &[MemberTerms], factor: Factor) -> Option<Vec<ExactShare>> {
    let mut figures = vec![factor.numerator, factor.denominator];
    for member in terms {
        figures.extend([member.base, member.weight]);
        figures.extend(member.minimum);
        figures.extend(member.maximum);
    }
    let scale = Scale::of(&figures)?;
    let denominator = scale.denominator(factor)?;
    terms
        .iter()
        .map(|member| {
            let minimum = bound_cents(member.minimum)?;
            let maximum = bound_cents(member.maximum)?;
            let raw = if member.weighted() {
                scale.share_numerator(member.base, member.weight, factor)?
            } else {
                scale.amount_numerator(member.base, factor)?
            };
            let at = |bound: Option<Money>| {
                bound
                    .map(|bound| scale.amount_numerator(bound, factor))
                    .map_or(Some(None), |numerator| numerator.map(Some))
            };
            let low = at(member.minimum)?;
            let high = at(member.maximum)?;
            let raised = low.map_or(raw, |low| raw.max(low));
            let clamped = high.map_or(raised, |high| raised.min(high));
            Some(ExactShare {
                cents: clamped.div_euclid(denominator),
                remainder: clamped.rem_euclid(denominator),
                weighted: member.weighted(),
                minimum,
                maximum,
            })
        })
        .collect()
}

/// Shares from L in 28 digits, remainders to 18 digits of a cent.
fn approximate_shares(terms: &[MemberTerms], factor: Factor) -> Result<Vec<ExactShare>, CalcError> {
    let value = factor.value()?;
    terms
        .iter()
        .map(|member| {
            let amount = if member.weighted() {
                money::add(member.base, money::mul(value, member.weight)?)?
            } else {
                member.base
            };
            let exact = member.bounds().clamp(amount);
            let minimum = bound_cents(member.minimum).ok_or(CalcError::Overflow)?;
            let maximum = bound_cents(member.maximum).ok_or(CalcError::Overflow)?;
            approximate_share(exact, member.weighted(), minimum, maximum).ok_or(CalcError::Overflow)
        })
        .collect()
}

#[cfg(test)]
mod tests;
