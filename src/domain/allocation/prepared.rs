//! A key applied to one community: each member's weight, bounds and months prepared once, then any
//! scenario divided by the solver of the parent module (or, under tariffs, nothing divided at all).

use rust_decimal::Decimal;

use super::{
    divide, divide_in_order, heaviest_first, Allocation, Division, Factor, MemberTerms, Share,
    NEGLIGIBLE,
};
use crate::domain::budget::ScenarioTotals;
use crate::domain::error::CalcError;
use crate::domain::key::{HybridBase, KeyKind, KeySettings};
use crate::domain::money::{self, Money};
use crate::domain::participants::{Community, MemberOrigin};
use crate::domain::rounding::Bounds;
use crate::domain::ways_to_pay::months::{pro_rata, pro_rata_cents, FULL_YEAR};
use crate::domain::ways_to_pay::tariffs::{median_size, tariff_for};

/// A key applied to one community, ready for any scenario: the weights do not depend on the budget, so they
/// are computed and put in order once per community rather than once per scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct PreparedKey {
    key: KeySettings,
    bounds: Bounds,
    /// The key's bounds for each member, for the months it takes part.
    member_bounds: Vec<Bounds>,
    /// Months each member takes part, in member order.
    months: Vec<u8>,
    /// Each member's weight for the months it takes part, in member order.
    weights: Vec<Decimal>,
    /// Member indexes with a weight above zero, heaviest first: the order in which they reach a bound.
    heaviest_first: Vec<usize>,
    custom_work: Vec<Money>,
    /// Under the tariff key, each member's tariff for its months, to the cent: fixed contributions that
    /// nothing divides.
    tariffs: Option<Vec<Money>>,
}

impl PreparedKey {
    pub fn new(key: &KeySettings, community: &Community) -> Result<PreparedKey, CalcError> {
        let members = &community.members;
        if members.is_empty() {
            return Err(CalcError::NoParticipants);
        }
        let months: Vec<u8> = members.iter().map(|member| member.months).collect();
        let weights = members
            .iter()
            .map(|member| pro_rata(key.member_weight(member)?, member.months))
            .collect::<Result<Vec<_>, _>>()?;
        let bounds = Bounds {
            minimum: key.minimum.map(money::round_cents),
            maximum: key.maximum.map(money::round_cents),
        };
        let member_bounds = months
            .iter()
            .map(|months| {
                Ok(Bounds {
                    minimum: bounds
                        .minimum
                        .map(|bound| pro_rata_cents(bound, *months))
                        .transpose()?,
                    maximum: bounds
                        .maximum
                        .map(|bound| pro_rata_cents(bound, *months))
                        .transpose()?,
                })
            })
            .collect::<Result<Vec<_>, CalcError>>()?;
        let tariffs = match key.kind {
            KeyKind::Tariffs => Some(member_tariffs(key, community)?),
            _ => None,
        };
        Ok(PreparedKey {
            key: key.clone(),
            bounds,
            member_bounds,
            months,
            heaviest_first: heaviest_first(&weights),
            weights,
            custom_work: members
                .iter()
                .map(|member| money::round_cents(member.custom_work))
                .collect(),
            tariffs,
        })
    }

    /// The key's own minimum and maximum for a whole year, rounded to cents.
    pub fn bounds(&self) -> Bounds {
        self.bounds
    }

    /// The key's minimum and maximum for each member, for the months it takes part (to the cent, half away
    /// from zero).
    pub fn member_bounds(&self) -> &[Bounds] {
        &self.member_bounds
    }

    fn all_year(&self) -> bool {
        self.months.iter().all(|months| *months >= FULL_YEAR)
    }

    /// The equal base part per member for a whole year (hybrid key only), and each member's base for its
    /// months: a fixed amount scales by months / 12; base lines are divided over the member-months.
    fn bases(&self, totals: &ScenarioTotals) -> Result<(Money, Vec<Decimal>), CalcError> {
        let count = self.weights.len();
        if self.key.kind != KeyKind::Hybrid {
            return Ok((Decimal::ZERO, vec![Decimal::ZERO; count]));
        }
        let (per_member, bases) = match self.key.hybrid.base {
            HybridBase::FixedAmount => {
                let fixed = self.key.hybrid.fixed_base_amount;
                let bases = self
                    .months
                    .iter()
                    .map(|months| pro_rata(fixed, *months))
                    .collect::<Result<Vec<_>, _>>()?;
                (fixed, bases)
            }
            HybridBase::BaseLines if self.all_year() => {
                let per_member = money::div(
                    totals.base_total,
                    Decimal::from(count),
                    CalcError::NoParticipants,
                )?;
                (per_member, vec![per_member; count])
            }
            HybridBase::BaseLines => {
                let member_months = Decimal::from(
                    self.months
                        .iter()
                        .map(|months| u64::from(*months))
                        .sum::<u64>(),
                );
                let share = |months: u8| {
                    money::div(
                        money::mul(totals.base_total, Decimal::from(months))?,
                        member_months,
                        CalcError::NoParticipants,
                    )
                };
                let bases = self
                    .months
                    .iter()
                    .map(|months| share(*months))
                    .collect::<Result<Vec<_>, _>>()?;
                (share(FULL_YEAR)?, bases)
            }
        };
        let base_total = if self.all_year() {
            money::mul(per_member, Decimal::from(count))?
        } else {
            money::sum(bases.iter().copied())?
        };
        if money::sub(base_total, totals.total)? > NEGLIGIBLE {
            return Err(CalcError::BaseExceedsTotal {
                base: base_total,
                total: totals.total,
            });
        }
        Ok((per_member, bases))
    }

    /// Divides `totals.total` over the community, to the cent, and adds custom work on top. Under the
    /// tariff key nothing is divided: every member pays its tariff, whatever the total.
    pub fn allocate(&self, totals: &ScenarioTotals) -> Result<Allocation, CalcError> {
        self.divide(totals, None)
    }

    /// As [`PreparedKey::allocate`], with `member_bounds[i]` in place of the key's bounds for member i (the
    /// caller has already combined them with [`PreparedKey::member_bounds`]). Whole cents.
    pub fn allocate_within(
        &self,
        totals: &ScenarioTotals,
        member_bounds: &[Bounds],
    ) -> Result<Allocation, CalcError> {
        if member_bounds.len() != self.weights.len() {
            return Err(CalcError::NoParticipants);
        }
        self.divide(totals, Some(member_bounds))
    }

    fn divide(
        &self,
        totals: &ScenarioTotals,
        member_bounds: Option<&[Bounds]>,
    ) -> Result<Allocation, CalcError> {
        if let Some(tariffs) = &self.tariffs {
            let division = Division {
                cents: tariffs.clone(),
                held: vec![None; tariffs.len()],
                factor: Factor::whole(Decimal::ZERO),
            };
            return self.allocation(division, Decimal::ZERO);
        }
        let (base_per_member, bases) = self.bases(totals)?;
        let bounds_of = |index: usize| {
            member_bounds
                .and_then(|bounds| bounds.get(index).copied())
                .or_else(|| self.member_bounds.get(index).copied())
                .unwrap_or(self.bounds)
        };
        let terms: Vec<MemberTerms> = self
            .weights
            .iter()
            .zip(&bases)
            .enumerate()
            .map(|(index, (weight, base))| {
                let bounds = bounds_of(index);
                MemberTerms {
                    base: *base,
                    weight: *weight,
                    minimum: bounds.minimum,
                    maximum: bounds.maximum,
                }
            })
            .collect();
        // With one base and one pair of bounds for all, heavier members pass every point first: the order
        // prepared once per community serves, and nothing needs sorting per scenario.
        let uniform = self.all_year()
            && member_bounds.is_none_or(|bounds| bounds.iter().all(|b| *b == self.bounds));
        let division = if uniform {
            divide_in_order(
                &terms,
                totals.total,
                &self.heaviest_first,
                &self.heaviest_first,
            )?
        } else {
            divide(&terms, totals.total)?
        };
        self.allocation(division, base_per_member)
    }

    fn allocation(
        &self,
        division: Division,
        base_per_member: Money,
    ) -> Result<Allocation, CalcError> {
        let shares = division
            .cents
            .into_iter()
            .zip(division.held)
            .zip(&self.custom_work)
            .map(|((shared, held), custom_work)| {
                Ok(Share {
                    shared,
                    custom_work: *custom_work,
                    total: money::add(shared, *custom_work)?,
                    held,
                })
            })
            .collect::<Result<Vec<_>, CalcError>>()?;
        let collected = money::sum(shares.iter().map(|share| share.total))?;
        Ok(Allocation {
            shares,
            collected,
            base_per_member,
            factor: division.factor.value()?,
            exact_factor: division.factor,
            bounds: self.bounds,
        })
    }
}

/// Each member's tariff for the months it takes part, to the cent: named members and the current members of
/// a summary by their own size, unnamed newcomers at the class of the median current member.
fn member_tariffs(key: &KeySettings, community: &Community) -> Result<Vec<Money>, CalcError> {
    let current_sizes: Vec<Decimal> = community
        .current_members()
        .iter()
        .map(|member| member.inhabitants)
        .collect();
    community
        .members
        .iter()
        .map(|member| {
            let size = match member.origin {
                MemberOrigin::Newcomer => median_size(&current_sizes).unwrap_or(member.inhabitants),
                MemberOrigin::Named(_) | MemberOrigin::Average => member.inhabitants,
            };
            pro_rata_cents(tariff_for(&key.tariffs, size)?, member.months)
        })
        .collect()
}
