//! The phase-in (ingroeiregeling): each member's change against last year's contribution limited to +u %
//! and optionally -d % a year, as bounds per member in the same exact solver, combined with the key's own
//! minimum and maximum.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::next_year::closed_ids;
use super::{community_ids, match_members, names, MemberId};
use crate::domain::allocation::{Allocation, PreparedKey};
use crate::domain::budget::ScenarioTotals;
use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};
use crate::domain::participants::Community;
use crate::domain::rounding::Bounds;
use crate::domain::ways_to_pay::months::{full_year, pro_rata_cents, FULL_YEAR};

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

/// The phase-in bounds of a member that takes part `months` months this year: those of a full year, scaled
/// by months / 12 to the cent half away from zero, as the key's bounds are.
pub fn phase_in_bounds_for_months(
    settings: &PhaseIn,
    last: Option<Money>,
    months: u8,
) -> Result<PhaseInBounds, CalcError> {
    let full = phase_in_bounds(settings, last)?;
    if months >= FULL_YEAR {
        return Ok(full);
    }
    let scale = |bound: Option<Money>| bound.map(|bound| pro_rata_cents(bound, months)).transpose();
    Ok(PhaseInBounds {
        lower: scale(full.lower)?,
        upper: scale(full.upper)?,
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
    members: &[MemberLimits],
    without: &Allocation,
    with: &Allocation,
) -> Result<Vec<PhasedShare>, CalcError> {
    last.iter()
        .zip(members)
        .zip(&without.shares)
        .zip(&with.shares)
        .map(|(((last, member), without), with)| {
            let bounds = phase_in_bounds_for_months(settings, *last, member.months)?;
            Ok(PhasedShare {
                last: *last,
                bounds,
                without: without.shared,
                with: with.shared,
                gap: money::sub(with.shared, without.shared)?,
                held: held(with.shared, bounds, member.key),
            })
        })
        .collect()
}

/// What limits one member besides the phase-in: the key's bounds for its months, and those months.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MemberLimits {
    pub key: Bounds,
    pub months: u8,
}

/// Each member's limits in a community under a prepared key.
pub fn member_limits(prepared: &PreparedKey, community: &Community) -> Vec<MemberLimits> {
    prepared
        .member_bounds()
        .iter()
        .zip(&community.members)
        .map(|(key, member)| MemberLimits {
            key: *key,
            months: member.months,
        })
        .collect()
}

/// The bounds of every member for the solver, from last year's contributions.
pub fn member_bounds(
    settings: &PhaseIn,
    last: &[Option<Money>],
    members: &[MemberLimits],
) -> Result<Vec<Bounds>, CalcError> {
    last.iter()
        .zip(members)
        .map(|(last, member)| {
            Ok(combined(
                phase_in_bounds_for_months(settings, *last, member.months)?,
                member.key,
            ))
        })
        .collect()
}

/// Last year's contribution of each member of `community`, matched by name (unnamed members by position),
/// when the document has last year in its history; a member that took part for part of last year counts
/// at a full year's (x 12 / months, to the cent half away from zero).
pub fn last_contributions(
    document: &Document,
    community: &Community,
) -> Option<Vec<Option<Money>>> {
    let last = document.cycle.last_year()?;
    let matched = match_members(&closed_ids(last), &community_ids(community));
    Some(
        matched
            .into_iter()
            .map(|at| {
                at.and_then(|at| last.members.get(at)).map(|member| {
                    // Validation keeps months within 1-12, so this only falls back on overflow.
                    full_year(member.contribution, member.months.unwrap_or(FULL_YEAR))
                        .unwrap_or(member.contribution)
                })
            })
            .collect(),
    )
}

/// Every member's bounds with the document's phase-in, or `None` without a phase-in or without last year.
pub fn bounds_for(
    document: &Document,
    community: &Community,
    prepared: &PreparedKey,
) -> Result<Option<Vec<Bounds>>, CalcError> {
    let Some(settings) = document.cycle.phase_in else {
        return Ok(None);
    };
    let Some(last) = last_contributions(document, community) else {
        return Ok(None);
    };
    member_bounds(&settings, &last, &member_limits(prepared, community)).map(Some)
}

/// The phase-in per member of this year's community in the adopted scenario.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseInReport {
    /// In member order: who, and its amounts without and with the phase-in.
    pub rows: Vec<(MemberId, String, PhasedShare)>,
    /// Years, this one the first, that somebody is held if budget and members stay; `None` past 20.
    pub years_held: Option<u32>,
}

/// The phase-in's figures for the document, given its report's allocation of the adopted scenario.
pub fn phase_in_report(
    document: &Document,
    community: &Community,
    totals: &ScenarioTotals,
    with: &Allocation,
) -> Option<Result<PhaseInReport, CalcError>> {
    let settings = document.cycle.phase_in?;
    let last = last_contributions(document, community)?;
    Some((|| {
        let prepared = PreparedKey::new(&document.key, community)?;
        let limits = member_limits(&prepared, community);
        let without = prepared.allocate(totals)?;
        let shares = phased_shares(&settings, &last, &limits, &without, with)?;
        let years_held = years_held(&settings, &last, &limits, |bounds| {
            prepared.allocate_within(totals, bounds)
        })?;
        let rows = community_ids(community)
            .into_iter()
            .zip(names(community))
            .zip(shares)
            .map(|((id, name), share)| (id, name, share))
            .collect();
        Ok(PhaseInReport { rows, years_held })
    })())
}

/// The most years the phase-in is followed ahead; past it the interface says "more than 20 years".
pub const YEARS_AHEAD: u32 = 20;

/// How many years, this budget year the first, somebody is held by the phase-in if budget and members stay
/// as they are; `None` past [`YEARS_AHEAD`]. `allocate` divides the year's total with the given bounds.
pub fn years_held(
    settings: &PhaseIn,
    last: &[Option<Money>],
    members: &[MemberLimits],
    allocate: impl Fn(&[Bounds]) -> Result<Allocation, CalcError>,
) -> Result<Option<u32>, CalcError> {
    let mut last: Vec<Option<Money>> = last.to_vec();
    for year in 0..=YEARS_AHEAD {
        let bounds = member_bounds(settings, &last, members)?;
        let allocation = allocate(&bounds)?;
        let anyone_held =
            allocation
                .shares
                .iter()
                .zip(&last)
                .zip(members)
                .any(|((share, last), member)| {
                    phase_in_bounds_for_months(settings, *last, member.months)
                        .map(|phase| held(share.shared, phase, member.key) == Held::PhaseIn)
                        .unwrap_or(false)
                });
        if !anyone_held {
            return Ok(Some(year));
        }
        // Next year starts from this year's contributions, each as a full year's.
        last = allocation
            .shares
            .iter()
            .zip(members)
            .map(|(share, member)| full_year(share.shared, member.months).map(Some))
            .collect::<Result<_, _>>()?;
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

// The app's report only: the first module never reads the cycle (see `Document::cycle`).
#[cfg(test)]
#[cfg(feature = "app")]
mod report_tests {
    use super::*;
    use crate::domain::cycle::next_year::{next_year, NextYearChoices};
    use crate::domain::error::CalcError;
    use crate::domain::example::example;
    use crate::domain::key::KeyKind;
    use crate::domain::participants::{Municipality, ParticipantMode, Variant};
    use crate::domain::report::compute_with_cycle;
    use crate::domain::test_support::dec;

    /// Last year equal shares over five very different municipalities; this year by inhabitants.
    fn switched_to_inhabitants(up: &str, down: Option<&str>) -> Document {
        let mut document = example();
        document.participants.mode = ParticipantMode::List;
        document.participants.list = vec![
            Municipality::new("Utrecht", dec("374238")),
            Municipality::new("Zeist", dec("66000")),
            Municipality::new("Houten", dec("50000")),
            Municipality::new("Bunnik", dec("15500")),
            Municipality::new("Vijfheerenlanden", dec("59000")),
        ];
        document.growth.additional = 0;
        let report = compute_with_cycle(&document).unwrap();
        let mut choices = NextYearChoices::for_document(&document);
        choices.refresh_inhabitants = false;
        let mut next = next_year(&document, &report, &choices).unwrap().document;
        next.key = next.key.with_kind(KeyKind::Inhabitants);
        next.cycle.phase_in = Some(PhaseIn {
            up_percent: dec(up),
            down_percent: down.map(dec),
        });
        next
    }

    #[test]
    fn the_phase_in_holds_every_rise_and_still_collects_the_total() {
        let document = switched_to_inhabitants("10", None);
        let report = compute_with_cycle(&document).unwrap();
        let scenario = report.cycle.adopted_scenario;
        let allocation = report.variant(Variant::Current).results[scenario]
            .allocation
            .clone()
            .unwrap();
        let paid: Decimal = allocation.shares.iter().map(|share| share.shared).sum();
        assert_eq!(paid, report.scenarios[scenario].total);
        let phase = report.cycle.phase_in.clone().unwrap().unwrap();
        let last = &document.cycle.history[0].members;
        for ((_, name, share), before) in phase.rows.iter().zip(last) {
            let limit = (before.contribution * dec("1.1"))
                .round_dp_with_strategy(2, RoundingStrategy::ToNegativeInfinity);
            assert!(share.with <= limit, "{name}: {} above {limit}", share.with);
            assert_eq!(share.gap, share.with - share.without);
        }
        // Utrecht would pay far more by inhabitants: held at +10 %.
        assert_eq!(phase.rows[0].2.held, Held::PhaseIn);
        assert!(phase.rows[0].2.without > phase.rows[0].2.with);
        // The small ones pay more than their key's amount because Utrecht is held.
        assert!(phase.rows[3].2.gap > Decimal::ZERO);
        assert!(
            matches!(phase.years_held, Some(years) if years > 1),
            "{:?}",
            phase.years_held
        );
    }

    #[test]
    fn limits_that_cannot_collect_the_total_say_what_they_can_collect() {
        // Nobody may change, but the budget is indexed: the total cannot be collected.
        let mut document = switched_to_inhabitants("0", Some("0"));
        document.key = document.key.with_kind(KeyKind::Equal);
        document.rates.hourly_rate = dec("120");
        let report = compute_with_cycle(&document).unwrap();
        let scenario = report.cycle.adopted_scenario;
        let error = report.variant(Variant::Current).results[scenario]
            .allocation
            .clone()
            .unwrap_err();
        // Last year everyone paid the same, so the limits are the same for all: 5 x 21,780 = 108,900 is what
        // they can collect, against the indexed total.
        match error {
            CalcError::BoundsCannotBeMet {
                bound: crate::domain::error::Bound::Maximum,
                limit,
                participants: 5,
                total,
            } => {
                assert_eq!(limit, dec("21780"));
                assert!(total > limit * dec("5"));
            }
            CalcError::TotalOutsideBounds {
                bound: crate::domain::error::Bound::Maximum,
                collectable,
                total,
            } => assert!(collectable < total),
            other => panic!("{other:?}"),
        }
    }
}
