//! The guide's warnings where a user decides: a reserve outside the advised 10 to 15%, the equal key where it
//! stops being fair (high shares, municipalities of very different size), and a hybrid base that is larger
//! than a scenario can carry. Typed here; the interface words them at the field they concern.

use rust_decimal::Decimal;

use super::document::Document;
use super::error::CalcError;
use super::key::{HybridBase, KeyKind};
use super::money::{self, Money};
use super::participants::Variant;
use super::report::Report;

/// The guide's advice for the reserve, in percent of the cost lines.
pub const RESERVE_ADVICE_MIN: Decimal = Decimal::from_parts(10, 0, 0, false, 0);
pub const RESERVE_ADVICE_MAX: Decimal = Decimal::from_parts(15, 0, 0, false, 0);
/// Above this share per municipality the guide no longer sees the equal key as a fit.
pub const EQUAL_SHARE_LIMIT: Decimal = Decimal::from_parts(10_000, 0, 0, false, 0);
/// Municipalities that differ more than this factor in size pay very different amounts per inhabitant
/// under the equal key.
pub const SIZE_RATIO_LIMIT: Decimal = Decimal::from_parts(5, 0, 0, false, 0);

/// A reserve outside the advised range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReserveWarning {
    /// Below 10%: little room for setbacks.
    BelowAdvice,
    /// Above 15%: more money held back than the guide advises.
    AboveAdvice,
}

pub fn reserve_warning(percent: Decimal) -> Option<ReserveWarning> {
    if percent < RESERVE_ADVICE_MIN {
        Some(ReserveWarning::BelowAdvice)
    } else if percent > RESERVE_ADVICE_MAX {
        Some(ReserveWarning::AboveAdvice)
    } else {
        None
    }
}

/// Whose sizes differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeSource {
    /// Today's participants.
    Members,
    /// The reference municipalities.
    References,
}

/// Why the equal key may not fit this community.
#[derive(Debug, Clone, PartialEq)]
pub enum EqualKeyWarning {
    /// Today's share in the most expensive scenario is above the guide's limit.
    SharesHigh { scenario: usize, share: Money },
    /// The largest municipality is more than five times the smallest.
    SizesDiffer {
        source: SizeSource,
        smallest: Decimal,
        largest: Decimal,
    },
}

/// The equal key's warnings; none under any other key.
pub fn equal_key_warnings(document: &Document, report: &Report) -> Vec<EqualKeyWarning> {
    if document.key.kind != KeyKind::Equal {
        return Vec::new();
    }
    let mut warnings = Vec::new();
    let highest = report
        .variant(Variant::Current)
        .results
        .iter()
        .enumerate()
        .filter_map(|(scenario, result)| Some((scenario, result.per_municipality.clone().ok()?)))
        .max_by(|a, b| a.1.cmp(&b.1));
    if let Some((scenario, share)) = highest.filter(|(_, share)| *share > EQUAL_SHARE_LIMIT) {
        warnings.push(EqualKeyWarning::SharesHigh { scenario, share });
    }
    let member_sizes = report
        .variant(Variant::Current)
        .community
        .as_ref()
        .map(|community| {
            community
                .members
                .iter()
                .map(|member| member.inhabitants)
                .collect()
        })
        .unwrap_or_default();
    let reference_sizes = document
        .reference_municipalities
        .iter()
        .map(|reference| reference.inhabitants)
        .collect();
    for (source, sizes) in [
        (SizeSource::Members, member_sizes),
        (SizeSource::References, reference_sizes),
    ] {
        if let Some((smallest, largest)) = spread_beyond_limit(sizes) {
            warnings.push(EqualKeyWarning::SizesDiffer {
                source,
                smallest,
                largest,
            });
            // The members are what the community is; the references only matter when the members do not
            // already show the spread.
            break;
        }
    }
    warnings
}

/// The smallest and largest size when the largest is more than [`SIZE_RATIO_LIMIT`] times the smallest.
/// Sizes of zero say nothing about a spread and are left out.
fn spread_beyond_limit(sizes: Vec<Decimal>) -> Option<(Decimal, Decimal)> {
    let positive = sizes.into_iter().filter(|size| *size > Decimal::ZERO);
    let (smallest, largest) = positive.fold(None, |range: Option<(Decimal, Decimal)>, size| {
        Some(match range {
            None => (size, size),
            Some((low, high)) => (low.min(size), high.max(size)),
        })
    })?;
    let limit = money::mul(smallest, SIZE_RATIO_LIMIT).ok()?;
    (largest > limit).then_some((smallest, largest))
}

/// A scenario and variant in which the hybrid key's base does not fit.
#[derive(Debug, Clone, PartialEq)]
pub struct BaseOverrun {
    pub scenario: usize,
    pub variant: Variant,
    /// The base of every member together.
    pub base_total: Money,
    pub total: Money,
}

/// The hybrid key's fixed base is more than some scenario can carry.
#[derive(Debug, Clone, PartialEq)]
pub struct HybridBaseWarning {
    /// Every scenario and variant where the base does not fit, in scenario order, A before B.
    pub overruns: Vec<BaseOverrun>,
    /// The largest whole-euro base per municipality that every scenario carries now and after growth.
    pub largest_fitting_base: Option<Money>,
    /// Whether some cost line is flagged as basic upkeep, so the base lines are a ready alternative.
    pub base_lines_flagged: bool,
}

/// The hybrid key's base check; `None` unless the key is hybrid with a fixed base that does not fit.
/// (A base of flagged lines never exceeds its own scenario.)
pub fn hybrid_base_warning(document: &Document, report: &Report) -> Option<HybridBaseWarning> {
    if document.key.kind != KeyKind::Hybrid || document.key.hybrid.base != HybridBase::FixedAmount {
        return None;
    }
    let overruns: Vec<BaseOverrun> = document
        .scenarios
        .iter()
        .enumerate()
        .flat_map(|(scenario, _)| {
            Variant::BOTH.into_iter().filter_map(move |variant| {
                match &report.variant(variant).results.get(scenario)?.allocation {
                    Err(CalcError::BaseExceedsTotal { base, total }) => Some(BaseOverrun {
                        scenario,
                        variant,
                        base_total: *base,
                        total: *total,
                    }),
                    _ => None,
                }
            })
        })
        .collect();
    if overruns.is_empty() {
        return None;
    }
    let largest_fitting_base = report
        .each_variant()
        .filter(|variant| variant.count > 0)
        .flat_map(|variant| {
            variant.results.iter().map(move |result| {
                money::div(
                    result.total,
                    Decimal::from(variant.count),
                    CalcError::NoParticipants,
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .ok()
        .and_then(|bases| bases.into_iter().min())
        .map(|base| base.floor());
    let base_lines_flagged = document
        .scenarios
        .iter()
        .any(|scenario| scenario.lines.iter().any(|line| line.base));
    Some(HybridBaseWarning {
        overruns,
        largest_fitting_base,
        base_lines_flagged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::key::KeyKind;
    use crate::domain::participants::{Municipality, ParticipantMode};
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    #[test]
    fn the_reserve_is_advised_between_ten_and_fifteen_percent() {
        assert_eq!(reserve_warning(dec("0")), Some(ReserveWarning::BelowAdvice));
        assert_eq!(
            reserve_warning(dec("9.99")),
            Some(ReserveWarning::BelowAdvice)
        );
        assert_eq!(reserve_warning(dec("10")), None);
        assert_eq!(reserve_warning(dec("15")), None);
        assert_eq!(
            reserve_warning(dec("15.01")),
            Some(ReserveWarning::AboveAdvice)
        );
        // The example's Minimum runs without a reserve; Streef and Wens keep 10%.
        let document = example();
        let warnings: Vec<_> = document
            .scenarios
            .iter()
            .map(|scenario| reserve_warning(scenario.reserve_percent))
            .collect();
        assert_eq!(
            warnings,
            vec![Some(ReserveWarning::BelowAdvice), None, None]
        );
    }

    #[test]
    fn the_example_fits_the_equal_key() {
        // Wens costs 5,500 per municipality today, Klein and Groot differ exactly five times.
        let document = example();
        let report = compute(&document).unwrap();
        assert_eq!(equal_key_warnings(&document, &report), vec![]);
    }

    #[test]
    fn shares_above_ten_thousand_are_named_with_the_scenario_that_has_them() {
        let mut document = example();
        document.participants.summary.count = 20;
        let report = compute(&document).unwrap();
        let wens_share = report.variants[0].results[2]
            .per_municipality
            .clone()
            .unwrap();
        assert_eq!(wens_share, dec("12375"));
        assert_eq!(
            equal_key_warnings(&document, &report),
            vec![EqualKeyWarning::SharesHigh {
                scenario: 2,
                share: wens_share
            }]
        );
        // No such warning under another key.
        document.key.kind = KeyKind::Inhabitants;
        let report = compute(&document).unwrap();
        assert_eq!(equal_key_warnings(&document, &report), vec![]);
    }

    #[test]
    fn members_more_than_five_times_apart_are_warned_about_before_the_references() {
        let mut document = example();
        document.participants.mode = ParticipantMode::List;
        document.participants.list = [("Dorp", "9000"), ("Stad", "50000"), ("Leeg", "0")]
            .into_iter()
            .map(|(name, inhabitants)| Municipality::new(name, dec(inhabitants)))
            .collect();
        let report = compute(&document).unwrap();
        assert!(
            equal_key_warnings(&document, &report).contains(&EqualKeyWarning::SizesDiffer {
                source: SizeSource::Members,
                smallest: dec("9000"),
                largest: dec("50000"),
            })
        );
        // Members within five times of each other; a reference of 100,001 against Klein's 20,000 is not.
        document.participants.list[0].inhabitants = dec("10000");
        document.reference_municipalities[2].inhabitants = dec("100001");
        let report = compute(&document).unwrap();
        let sizes: Vec<EqualKeyWarning> = equal_key_warnings(&document, &report)
            .into_iter()
            .filter(|warning| matches!(warning, EqualKeyWarning::SizesDiffer { .. }))
            .collect();
        assert_eq!(
            sizes,
            vec![EqualKeyWarning::SizesDiffer {
                source: SizeSource::References,
                smallest: dec("20000"),
                largest: dec("100001"),
            }]
        );
    }

    #[test]
    fn a_fixed_base_too_high_for_minimum_names_each_overrun_and_what_would_fit() {
        let mut document = example();
        document.key.kind = KeyKind::Hybrid;
        let report = compute(&document).unwrap();
        let warning = hybrid_base_warning(&document, &report).unwrap();
        let overruns: Vec<(usize, Variant)> = warning
            .overruns
            .iter()
            .map(|overrun| (overrun.scenario, overrun.variant))
            .collect();
        // 45 x 2,000 = 90,000 and 75 x 2,000 = 150,000 against 27,500, 108,900 and 247,500.
        assert_eq!(
            overruns,
            vec![
                (0, Variant::Current),
                (0, Variant::Grown),
                (1, Variant::Grown)
            ]
        );
        assert_eq!(warning.overruns[0].base_total, dec("90000"));
        assert_eq!(warning.overruns[0].total, dec("27500"));
        // Minimum over 75 municipalities: 366.67, so at most 366 whole euros fits everywhere.
        assert_eq!(warning.largest_fitting_base, Some(dec("366")));
        assert!(warning.base_lines_flagged);
        // With that base every result computes, and the warning is gone.
        document.key.hybrid.fixed_base_amount = dec("366");
        let report = compute(&document).unwrap();
        assert_eq!(hybrid_base_warning(&document, &report), None);
        // The base lines never exceed their own scenario.
        document.key.hybrid.fixed_base_amount = dec("2000");
        document.key.hybrid.base = HybridBase::BaseLines;
        let report = compute(&document).unwrap();
        assert_eq!(hybrid_base_warning(&document, &report), None);
        assert!(report.variants.iter().all(|variant| variant
            .results
            .iter()
            .all(|result| result.allocation.is_ok())));
    }
}
