//! What can go wrong in a calculation. The core names the problem; the interface words it.

use std::fmt;

use rust_decimal::Decimal;

/// Which contribution bound cannot be met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Minimum,
    Maximum,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalcError {
    /// A number grew beyond what exact decimals can hold.
    Overflow,
    /// There is nobody to divide the budget over.
    NoParticipants,
    /// The key weighs every participant at zero (no inhabitants, no usage on the metric, no points).
    NothingToDivideBy,
    /// The hybrid key's equal base part is larger than the whole scenario total.
    BaseExceedsTotal { base: Decimal, total: Decimal },
    /// The minimum and maximum contribution leave no way to collect exactly the total.
    BoundsCannotBeMet {
        bound: Bound,
        limit: Decimal,
        participants: usize,
        total: Decimal,
    },
    /// Every municipality that has weight under the key pays the maximum, and those without weight (no
    /// inhabitants, usage or points) pay only the base part, which the key does not raise: together they
    /// fall short of the total, although as many maximums as municipalities would not.
    MaximumHoldsEveryoneWithWeight {
        limit: Decimal,
        with_weight: usize,
        without_weight: usize,
        total: Decimal,
    },
    /// With members' own bases and bounds, the total lies outside what they can pay together: below what
    /// they pay at the least (`bound` Minimum; `collectable` rounded up to the cent) or above what they pay
    /// when every member with weight is at its maximum (`bound` Maximum; rounded down).
    TotalOutsideBounds {
        bound: Bound,
        collectable: Decimal,
        total: Decimal,
    },
    /// The minimum contribution is above the maximum.
    MinimumAboveMaximum,
    /// A municipality's inhabitants fall below the first size band.
    NoBandFor { inhabitants: Decimal },
    /// Under the tariff key, newcomers at the median class pay nothing, so no number of members covers the
    /// scenario.
    TariffsNeverCover,
    /// Marginal size bands weigh parts of the inhabitants, so every band needs a rate per inhabitant.
    MarginalBandsNeedRates,
    /// A tariff class that a member falls in has no amount.
    TariffWithoutAmount { inhabitants: Decimal },
    /// A reference amount for break-even must be above zero.
    ReferenceAmountNotPositive,
    /// A scenario number that does not exist.
    NoSuchScenario { index: usize },
    /// A member's position that the community does not have (a list that changed under a choice).
    NoSuchMember { index: usize },
    /// A reference municipality's position that the document does not have.
    NoSuchReference { index: usize },
    /// The document has problems (validation), so there is no report to compute from.
    DocumentHasProblems,
    /// The key divides by usage, so a municipality cannot be priced by its size alone.
    PricedByUsage,
}

impl fmt::Display for CalcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalcError::Overflow => write!(f, "a number is too large to compute with"),
            CalcError::NoParticipants => write!(f, "there are no participating municipalities"),
            CalcError::NothingToDivideBy => {
                write!(f, "every participant weighs zero under this key, so nothing can be divided")
            }
            CalcError::BaseExceedsTotal { base, total } => {
                write!(f, "the base part {base} exceeds the scenario total {total}")
            }
            CalcError::BoundsCannotBeMet { bound: Bound::Minimum, limit, participants, total } => write!(
                f,
                "{participants} municipalities paying at least {limit} collect more than the total {total}"
            ),
            CalcError::BoundsCannotBeMet { bound: Bound::Maximum, limit, participants, total } => write!(
                f,
                "{participants} municipalities paying at most {limit} cannot collect the total {total}"
            ),
            CalcError::MaximumHoldsEveryoneWithWeight { limit, with_weight, without_weight, total } => write!(
                f,
                "{with_weight} municipalities with weight paying at most {limit} and {without_weight} without weight cannot collect the total {total}"
            ),
            CalcError::TotalOutsideBounds { bound: Bound::Minimum, collectable, total } => write!(
                f,
                "together at least {collectable} is collected, the total is {total}"
            ),
            CalcError::TotalOutsideBounds { bound: Bound::Maximum, collectable, total } => write!(
                f,
                "together at most {collectable} can be collected, {total} is needed"
            ),
            CalcError::MinimumAboveMaximum => write!(f, "the minimum contribution is above the maximum"),
            CalcError::NoBandFor { inhabitants } => {
                write!(f, "no size band covers a municipality of {inhabitants} inhabitants")
            }
            CalcError::TariffsNeverCover => {
                write!(f, "no number of members covers the scenario at these tariffs")
            }
            CalcError::MarginalBandsNeedRates => {
                write!(f, "marginal size bands need a rate per inhabitant in every band")
            }
            CalcError::TariffWithoutAmount { inhabitants } => {
                write!(f, "the tariff class of a municipality of {inhabitants} inhabitants has no amount")
            }
            CalcError::ReferenceAmountNotPositive => write!(f, "the reference amount must be above zero"),
            CalcError::NoSuchScenario { index } => write!(f, "there is no scenario number {}", index + 1),
            CalcError::NoSuchMember { index } => write!(f, "there is no participant number {}", index + 1),
            CalcError::NoSuchReference { index } => {
                write!(f, "there is no reference municipality number {}", index + 1)
            }
            CalcError::DocumentHasProblems => write!(f, "the document has problems, so nothing was computed"),
            CalcError::PricedByUsage => {
                write!(f, "the key divides by usage, so a size alone cannot be priced")
            }
        }
    }
}

impl std::error::Error for CalcError {}
