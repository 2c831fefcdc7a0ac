//! Properties that must hold for any input, not just the examples we thought of.

mod support;

use std::collections::BTreeMap;

use bijdragewijzer::domain::allocation::{allocate, divide, Allocation, MemberTerms, PreparedKey};
use bijdragewijzer::domain::budget::{Category, CostLine, LineAmount, ScenarioTotals};
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::error::{Bound, CalcError};
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::key::{HybridBase, KeyKind, KeySettings, VariableBasis};
use bijdragewijzer::domain::participants::{
    Community, Growth, InhabitantsBasis, Member, MemberOrigin, Municipality, ParticipantMode,
    Participants, Summary, Variant,
};
use bijdragewijzer::domain::report::compute;
use proptest::prelude::*;
use rust_decimal::Decimal;
use support::documents::{any_document, dividing_key_kind};

const METRIC: &str = "meldingen";

fn cents(value: i64) -> Decimal {
    Decimal::new(value, 2)
}

fn totals(total: Decimal, base_total: Decimal) -> ScenarioTotals {
    ScenarioTotals {
        line_amounts: vec![total],
        lines_total: total,
        reserve: Decimal::ZERO,
        total,
        base_total,
        by_category: vec![],
    }
}

prop_compose! {
    fn member()(inhabitants in 100u64..2_000_000, usage in 1u64..200_000, custom in prop::option::weighted(0.2, 0i64..5_000_000)) -> Member {
        Member::all_year(
            MemberOrigin::Named(format!("Gemeente {inhabitants}")),
            Decimal::from(inhabitants),
            BTreeMap::from([(METRIC.to_string(), Decimal::from(usage))]),
            custom.map_or(Decimal::ZERO, cents),
        )
    }
}

fn community() -> impl Strategy<Value = Community> {
    prop::collection::vec(member(), 1..60).prop_map(|members| Community::new(members).unwrap())
}

/// A key with bounds that can be met: minimum at or below the average share, maximum at or above it.
fn key_for(
    kind: KeyKind,
    average: Decimal,
    min_part: u32,
    max_extra: u32,
    bounded: (bool, bool),
    hybrid: (bool, bool, u32),
) -> KeySettings {
    let mut key = KeySettings::equal().with_kind(kind);
    key.usage_metric = METRIC.to_string();
    let (use_min, use_max) = bounded;
    if use_min {
        key.minimum =
            Some((average * Decimal::from(min_part) / Decimal::from(100)).floor_to_cents());
    }
    if use_max {
        key.maximum =
            Some((average * Decimal::from(100 + max_extra) / Decimal::from(100)).ceil_to_cents());
    }
    let (base_lines, by_usage, base_percent) = hybrid;
    key.hybrid.base = if base_lines {
        HybridBase::BaseLines
    } else {
        HybridBase::FixedAmount
    };
    key.hybrid.variable = if by_usage {
        VariableBasis::Usage
    } else {
        VariableBasis::Inhabitants
    };
    key.hybrid.fixed_base_amount =
        (average * Decimal::from(base_percent) / Decimal::from(100)).floor_to_cents();
    key
}

trait CentRounding {
    fn floor_to_cents(self) -> Decimal;
    fn ceil_to_cents(self) -> Decimal;
}

impl CentRounding for Decimal {
    fn floor_to_cents(self) -> Decimal {
        (self * Decimal::ONE_HUNDRED).floor() / Decimal::ONE_HUNDRED
    }
    fn ceil_to_cents(self) -> Decimal {
        (self * Decimal::ONE_HUNDRED).ceil() / Decimal::ONE_HUNDRED
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_key_sums_to_the_total_and_keeps_its_bounds(
        community in community(),
        total_cents in 0i64..2_000_000_000,
        kind in dividing_key_kind(),
        min_part in 0u32..=100,
        max_extra in 0u32..300,
        bounded in (any::<bool>(), any::<bool>()),
        hybrid in (any::<bool>(), any::<bool>(), 0u32..=100),
        base_share in 0u32..=100,
    ) {
        let total = cents(total_cents);
        let average = total / Decimal::from(community.count());
        let key = key_for(kind, average, min_part, max_extra, bounded, hybrid);
        let base_total = (total * Decimal::from(base_share) / Decimal::from(100)).floor_to_cents();
        let allocation = allocate(&key, &community, &totals(total, base_total)).unwrap();
        let shared: Decimal = allocation.shares.iter().map(|share| share.shared).sum();
        prop_assert_eq!(shared, total);
        let custom: Decimal = community.members.iter().map(|member| member.custom_work).sum();
        prop_assert_eq!(allocation.collected, total + custom);
        for share in &allocation.shares {
            prop_assert_eq!(share.shared, share.shared.round_dp(2));
            if let Some(minimum) = key.minimum {
                prop_assert!(share.shared >= minimum, "{} below minimum {}", share.shared, minimum);
            }
            if let Some(maximum) = key.maximum {
                prop_assert!(share.shared <= maximum, "{} above maximum {}", share.shared, maximum);
            }
        }
    }

    #[test]
    fn equal_shares_differ_by_at_most_one_cent(community in community(), total_cents in 0i64..2_000_000_000) {
        let key = KeySettings::equal();
        let allocation = allocate(&key, &community, &totals(cents(total_cents), Decimal::ZERO)).unwrap();
        let highest = allocation.shares.iter().map(|share| share.shared).max().unwrap();
        let lowest = allocation.shares.iter().map(|share| share.shared).min().unwrap();
        prop_assert!(highest - lowest <= cents(1));
    }

    #[test]
    fn more_inhabitants_never_pays_less(
        community in community(),
        total_cents in 0i64..2_000_000_000,
        bounded in (any::<bool>(), any::<bool>()),
        min_part in 0u32..=100,
        max_extra in 0u32..300,
    ) {
        let total = cents(total_cents);
        let average = total / Decimal::from(community.count());
        let key = key_for(KeyKind::Inhabitants, average, min_part, max_extra, bounded, (false, false, 0));
        let allocation = allocate(&key, &community, &totals(total, Decimal::ZERO)).unwrap();
        for (a, share_a) in community.members.iter().zip(&allocation.shares) {
            for (b, share_b) in community.members.iter().zip(&allocation.shares) {
                // Rounding to cents may favour either by one cent; beyond that, size must tell.
                if a.inhabitants > b.inhabitants {
                    prop_assert!(share_a.shared + cents(1) >= share_b.shared);
                }
            }
        }
    }

    #[test]
    fn growth_never_raises_the_equal_share(additional in 0u32..500, count in 1u32..400, lines in prop::collection::vec(0i64..100_000_000, 0..12)) {
        let mut document = example();
        document.participants.summary.count = count;
        document.growth.additional = additional;
        document.scenarios[0].lines = lines
            .iter()
            .map(|amount| CostLine {
                category: Category::Other,
                label: String::new(),
                amount: LineAmount::Fixed { amount: cents(*amount) },
                base: false,
                actual: None,
            })
            .collect();
        let report = compute(&document).unwrap();
        for index in 0..document.scenarios.len() {
            let now = report.variants[0].results[index].per_municipality.clone().unwrap();
            let grown = report.variants[1].results[index].per_municipality.clone().unwrap();
            prop_assert!(grown <= now);
        }
    }

    #[test]
    fn a_serialised_document_reads_back_identical(document in any_document()) {
        let json = document.to_json();
        let back: Document = serde_json::from_str(&json).unwrap();
        let mut expected = document.clone();
        expected.schema = back.schema.clone();
        prop_assert_eq!(back, expected);
    }
}

// Rounding respects bounds (issue 11). For communities as the app builds them (named lists with members that
// use nothing, summary communities of many equal members whose average is a repeating decimal, newcomers of
// the average usage), every key, the hybrid base either way, a minimum and/or a maximum anywhere from
// impossible to loose, and totals from a cent to a billion: every rounded share is within its bounds and
// the shares add up to the total to the cent, or the bounds are reported as impossible, and then an
// independent bound on what the key can collect confirms they are.

/// A community built the way the report builds one: from a list or a summary, grown by newcomers.
fn grown_community() -> impl Strategy<Value = Community> {
    let listed = prop::collection::vec(
        (
            1u64..2_000_000,
            prop_oneof![Just(0u64), 1u64..10, 1u64..200_000],
        ),
        1..40,
    )
    .prop_map(|members| {
        members
            .into_iter()
            .enumerate()
            .map(|(index, (inhabitants, usage))| Municipality {
                name: format!("Gemeente {index}"),
                inhabitants: Decimal::from(inhabitants),
                usage: BTreeMap::from([(METRIC.to_string(), Decimal::from(usage))]),
                custom_work: Decimal::ZERO,
                ..Municipality::new("", Decimal::ZERO)
            })
            .collect::<Vec<_>>()
    });
    (
        any::<bool>(),
        listed,
        (1u32..400, 1u64..20_000_000, 0u64..50_000, any::<bool>()),
        0u32..40,
    )
        .prop_map(
            |(as_list, list, (count, inhabitants, usage, average), additional)| {
                let participants = Participants {
                    mode: if as_list {
                        ParticipantMode::List
                    } else {
                        ParticipantMode::Summary
                    },
                    summary: Summary {
                        count,
                        inhabitants: Decimal::from(inhabitants),
                        inhabitants_basis: if average {
                            InhabitantsBasis::Average
                        } else {
                            InhabitantsBasis::Total
                        },
                        average_usage: BTreeMap::from([(METRIC.to_string(), Decimal::from(usage))]),
                    },
                    list,
                    metrics: vec![METRIC.to_string()],
                };
                let growth = Growth {
                    additional,
                    ..Growth::none()
                };
                participants.grown(&growth).unwrap()
            },
        )
}

/// A total from a cent to a billion euros, in cents.
fn total_cents() -> impl Strategy<Value = i64> {
    prop_oneof![
        0i64..100,
        100i64..10_000_000,
        10_000_000i64..100_000_000_000
    ]
}

/// A bound as a percentage of the average share (0 to 300 %), in whole cents, or a few cents outright.
fn bound(average: Decimal, percent: u32, outright: Option<i64>) -> Decimal {
    match outright {
        Some(cents_outright) => cents(cents_outright),
        None => (average * Decimal::from(percent) / Decimal::from(100)).floor_to_cents(),
    }
}

/// What member i weighs under the key, written out here apart from the allocation code.
fn weight_of(key: &KeySettings, member: &Member) -> Decimal {
    let by_usage = member.usage_of(&key.usage_metric);
    match key.kind {
        KeyKind::Equal => Decimal::ONE,
        KeyKind::Inhabitants => member.inhabitants,
        KeyKind::Usage => by_usage,
        KeyKind::Staffel => key.band_weight(member.inhabitants).unwrap(),
        KeyKind::Tariffs => Decimal::ZERO,
        KeyKind::Hybrid => match key.hybrid.variable {
            VariableBasis::Inhabitants => member.inhabitants,
            VariableBasis::Usage => by_usage,
        },
    }
}

/// Checks one allocation of a scenario total, or the error in its place.
fn check_rounding(
    key: &KeySettings,
    community: &Community,
    totals: &ScenarioTotals,
    result: &Result<Allocation, CalcError>,
) -> Result<(), TestCaseError> {
    let total = totals.total;
    let minimum = key.minimum;
    let maximum = key.maximum;
    match result {
        Ok(allocation) => {
            let shared: Decimal = allocation.shares.iter().map(|share| share.shared).sum();
            prop_assert_eq!(shared, total);
            for share in &allocation.shares {
                prop_assert_eq!(share.shared, share.shared.round_dp(2));
                if let Some(minimum) = minimum {
                    prop_assert!(
                        share.shared >= minimum,
                        "{} below the minimum {}",
                        share.shared,
                        minimum
                    );
                }
                if let Some(maximum) = maximum {
                    prop_assert!(
                        share.shared <= maximum,
                        "{} above the maximum {}",
                        share.shared,
                        maximum
                    );
                }
            }
        }
        Err(
            CalcError::BoundsCannotBeMet { .. } | CalcError::MaximumHoldsEveryoneWithWeight { .. },
        ) => {
            // Member i pays clamp(base + L * weight_i) for some L >= 0: at least clamp(base), and at most the
            // maximum if it has weight (else clamp(base) again). A total between those sums by more than a
            // cent per member could have been divided.
            let count = Decimal::from(community.count());
            let base = match key.kind {
                KeyKind::Hybrid => match key.hybrid.base {
                    HybridBase::FixedAmount => key.hybrid.fixed_base_amount,
                    HybridBase::BaseLines => totals.base_total / count,
                },
                _ => Decimal::ZERO,
            };
            let held = {
                let raised = minimum.map_or(base, |minimum| base.max(minimum));
                maximum.map_or(raised, |maximum| raised.min(maximum))
            };
            let lowest = held * count;
            let highest = community
                .members
                .iter()
                .try_fold(Decimal::ZERO, |sum, member| {
                    if weight_of(key, member) > Decimal::ZERO {
                        maximum.map(|maximum| sum + maximum.max(held))
                    } else {
                        Some(sum + held)
                    }
                });
            let slack = cents(1) * count;
            let could_be_divided =
                lowest + slack <= total && highest.is_none_or(|highest| total + slack <= highest);
            prop_assert!(
                !could_be_divided,
                "bounds reported impossible for {} within [{}, {:?}]",
                total,
                lowest,
                highest
            );
        }
        Err(CalcError::MinimumAboveMaximum) => prop_assert!(minimum > maximum),
        Err(CalcError::NothingToDivideBy) => prop_assert!(community
            .members
            .iter()
            .all(|member| weight_of(key, member).is_zero())),
        Err(CalcError::BaseExceedsTotal { .. }) => prop_assert_eq!(key.kind, KeyKind::Hybrid),
        Err(other) => prop_assert!(false, "unexpected error {:?}", other),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn rounded_shares_keep_their_bounds_or_the_bounds_are_reported(
        community in grown_community(),
        total_cents in total_cents(),
        kind in dividing_key_kind(),
        (base_lines, by_usage, base_share) in (any::<bool>(), any::<bool>(), 0u32..=120),
        minimum in prop::option::of((0u32..=150, prop::option::weighted(0.1, 0i64..10))),
        maximum in prop::option::of((50u32..=300, prop::option::weighted(0.1, 0i64..10))),
    ) {
        let total = cents(total_cents);
        let average = total / Decimal::from(community.count());
        let mut key = KeySettings::equal().with_kind(kind);
        key.usage_metric = METRIC.to_string();
        key.hybrid.base = if base_lines { HybridBase::BaseLines } else { HybridBase::FixedAmount };
        key.hybrid.variable = if by_usage { VariableBasis::Usage } else { VariableBasis::Inhabitants };
        key.hybrid.fixed_base_amount = bound(average, base_share, None);
        key.minimum = minimum.map(|(percent, outright)| bound(average, percent, outright));
        key.maximum = maximum.map(|(percent, outright)| bound(average, percent, outright));
        let base_total = (total * Decimal::from(base_share.min(100)) / Decimal::from(100)).floor_to_cents();
        let totals = totals(total, base_total);
        let result = allocate(&key, &community, &totals);
        check_rounding(&key, &community, &totals, &result)?;
    }

    #[test]
    fn every_allocation_of_a_report_keeps_its_bounds(
        as_list in any::<bool>(),
        kind in dividing_key_kind(),
        minimum_cents in prop::option::of(0i64..800_000),
        maximum_cents in prop::option::of(0i64..2_000_000),
        additional in 0u32..60,
    ) {
        let mut document = example();
        if as_list {
            document.participants.mode = ParticipantMode::List;
            document.participants.metrics = vec![METRIC.to_string()];
            document.participants.list = (0..25u32)
                .map(|index| Municipality {
                    name: format!("Gemeente {index}"),
                    inhabitants: Decimal::from(3_000 + 7_919 * index),
                    usage: BTreeMap::from([(METRIC.to_string(), Decimal::from(index % 4 * 3))]),
                    custom_work: Decimal::ZERO,
                    ..Municipality::new("", Decimal::ZERO)
                })
                .collect();
        }
        document.growth.additional = additional;
        document.key.kind = kind;
        document.key.usage_metric = METRIC.to_string();
        document.key.minimum = minimum_cents.map(cents);
        document.key.maximum = maximum_cents.map(cents);
        let report = compute(&document).unwrap();
        for variant in Variant::BOTH {
            let variant_report = report.variant(variant);
            let community = variant_report.community.as_ref().unwrap();
            for (result, totals) in variant_report.results.iter().zip(&report.scenarios) {
                check_rounding(&document.key, community, totals, &result.allocation)?;
            }
        }
    }
}

/// The document of issue 11: the usage key on one metric, three municipalities using 1, 7 and 0, one
/// unnamed newcomer of the average usage 8/3, a maximum of € 7,78 and a scenario total of € 23,35.
fn issue_eleven_document() -> Document {
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.metrics = vec![METRIC.to_string()];
    document.participants.list = [1, 7, 0]
        .into_iter()
        .enumerate()
        .map(|(index, usage)| Municipality {
            name: format!("Gemeente {index}"),
            inhabitants: Decimal::from(10_000),
            usage: BTreeMap::from([(METRIC.to_string(), Decimal::from(usage))]),
            custom_work: Decimal::ZERO,
            ..Municipality::new("", Decimal::ZERO)
        })
        .collect();
    document.growth.additional = 1;
    document.growth.newcomer_inhabitants = None;
    document.key.kind = KeyKind::Usage;
    document.key.usage_metric = METRIC.to_string();
    document.key.maximum = Some(cents(778));
    for scenario in &mut document.scenarios {
        scenario.reserve_percent = Decimal::ZERO;
        scenario.lines = vec![CostLine {
            category: Category::Other,
            label: "Alles".into(),
            amount: LineAmount::Fixed {
                amount: cents(2335),
            },
            base: false,
            actual: None,
        }];
    }
    document
}

#[test]
fn a_maximum_is_never_exceeded_by_a_cent() {
    // Variant B used to make member 0 pay € 7,79. The three members with usage can pay 3 x 7,78 = 23,34
    // at most and the fourth uses nothing, so no division meets the maximum.
    let document = issue_eleven_document();
    let report = compute(&document).unwrap();
    let grown = &report.variant(Variant::Grown).results[0];
    assert_eq!(grown.total, cents(2335));
    assert_eq!(
        grown.allocation,
        Err(CalcError::MaximumHoldsEveryoneWithWeight {
            limit: cents(778),
            with_weight: 3,
            without_weight: 1,
            total: cents(2335),
        })
    );
    let now = &report.variant(Variant::Current).results[0];
    assert!(matches!(
        now.allocation,
        Err(CalcError::BoundsCannotBeMet {
            bound: Bound::Maximum,
            participants: 3,
            ..
        })
    ));
}

#[test]
fn a_cent_more_room_divides_the_issue_example_within_the_maximum() {
    // With a maximum of € 7,79 the same community can pay € 23,35: two at the maximum, and the
    // municipality using 1 pays the remaining € 7,77, below the maximum.
    let mut document = issue_eleven_document();
    document.key.maximum = Some(cents(779));
    let report = compute(&document).unwrap();
    let allocation = report.variant(Variant::Grown).results[0]
        .allocation
        .clone()
        .unwrap();
    let shared: Vec<Decimal> = allocation.shares.iter().map(|share| share.shared).collect();
    assert_eq!(shared, vec![cents(777), cents(779), cents(0), cents(779)]);
}

#[test]
fn members_that_weigh_nothing_do_not_take_the_cents_of_a_full_maximum() {
    // Hybrid key with a fixed base of € 5,00 and the rest by usage 1, 7 and 0 plus a newcomer of the
    // average 8/3. The member using nothing pays its base and cannot move; the three others can reach
    // 3 x 7,78 = 23,34, so 28,35 in all is impossible, however the cent might be rounded.
    let mut document = issue_eleven_document();
    document.key.kind = KeyKind::Hybrid;
    document.key.hybrid.base = HybridBase::FixedAmount;
    document.key.hybrid.fixed_base_amount = cents(500);
    document.key.hybrid.variable = VariableBasis::Usage;
    for scenario in &mut document.scenarios {
        scenario.lines[0].amount = LineAmount::Fixed {
            amount: cents(2835),
        };
    }
    let report = compute(&document).unwrap();
    assert_eq!(
        report.variant(Variant::Grown).results[0].allocation,
        Err(CalcError::MaximumHoldsEveryoneWithWeight {
            limit: cents(778),
            with_weight: 3,
            without_weight: 1,
            total: cents(2835),
        })
    );
    // One cent less fits exactly: everyone with usage at the maximum, the fourth at its base.
    for scenario in &mut document.scenarios {
        scenario.lines[0].amount = LineAmount::Fixed {
            amount: cents(2834),
        };
    }
    let report = compute(&document).unwrap();
    let allocation = report.variant(Variant::Grown).results[0]
        .allocation
        .clone()
        .unwrap();
    let shared: Vec<Decimal> = allocation.shares.iter().map(|share| share.shared).collect();
    assert_eq!(shared, vec![cents(778), cents(778), cents(500), cents(778)]);
}

// Per-member terms (issue 22, 23, 24): each member its own base, weight and bounds.

prop_compose! {
    fn member_terms()(
        base in prop::option::weighted(0.3, 0i64..50_000),
        weight in prop::option::weighted(0.85, 1i64..1_000_000),
        weight_scale in 0u32..3,
        minimum in prop::option::weighted(0.4, 0i64..60_000),
        width in prop::option::weighted(0.5, 0i64..80_000),
    ) -> MemberTerms {
        MemberTerms {
            base: base.map_or(Decimal::ZERO, cents),
            weight: weight.map_or(Decimal::ZERO, |weight| Decimal::new(weight, weight_scale)),
            minimum: minimum.map(cents),
            maximum: width.map(|width| cents(minimum.unwrap_or(0) + width)),
        }
    }
}

fn clamp_to(value: Decimal, terms: &MemberTerms) -> Decimal {
    let raised = terms.minimum.map_or(value, |minimum| value.max(minimum));
    terms.maximum.map_or(raised, |maximum| raised.min(maximum))
}

proptest! {
    #[test]
    fn own_bounds_are_never_broken_and_infeasible_exactly_when_the_total_is_out_of_reach(
        terms in prop::collection::vec(member_terms(), 1..40),
        total_cents in 0i64..2_000_000,
    ) {
        let total = cents(total_cents);
        // What everybody pays at a factor of 0, and with every member that has weight at its maximum.
        let lowest: Decimal = terms.iter().map(|member| clamp_to(member.base, member)).sum();
        let weighted = terms.iter().filter(|member| member.weight > Decimal::ZERO).count();
        let highest: Option<Decimal> = terms
            .iter()
            .map(|member| {
                if member.weight > Decimal::ZERO {
                    member.maximum
                } else {
                    Some(clamp_to(member.base, member))
                }
            })
            .sum();
        let feasible = if weighted == 0 {
            lowest == total
        } else {
            lowest <= total && highest.is_none_or(|highest| total <= highest)
        };
        match divide(&terms, total) {
            Ok(division) => {
                prop_assert!(feasible, "divided although out of reach: {lowest} .. {highest:?}");
                prop_assert_eq!(division.cents.iter().copied().sum::<Decimal>(), total);
                for ((paid, held), member) in division.cents.iter().zip(&division.held).zip(&terms) {
                    prop_assert!(member.minimum.is_none_or(|minimum| *paid >= minimum), "{paid} below {member:?}");
                    prop_assert!(member.maximum.is_none_or(|maximum| *paid <= maximum), "{paid} above {member:?}");
                    let expected_held = if Some(*paid) == member.minimum {
                        Some(Bound::Minimum)
                    } else if Some(*paid) == member.maximum {
                        Some(Bound::Maximum)
                    } else {
                        None
                    };
                    prop_assert_eq!(*held, expected_held);
                }
            }
            Err(error) => {
                prop_assert!(!feasible, "{error:?} although {lowest} <= {total} <= {highest:?}");
                if weighted == 0 {
                    prop_assert_eq!(error, CalcError::NothingToDivideBy);
                }
            }
        }
    }

    #[test]
    fn sorting_the_points_divides_as_the_heaviest_first_order_of_one_pair_of_bounds(
        community in community(),
        total_cents in 1i64..2_000_000_000,
        min_part in 0u32..100,
        max_extra in 0u32..100,
        bounded in (any::<bool>(), any::<bool>()),
    ) {
        // The key's bounds given to every member go the general way (points sorted per member); the key
        // alone goes the prepared way (heaviest first). Both must pay every member the same.
        let total = cents(total_cents);
        let average = total / Decimal::from(community.members.len());
        let key = key_for(KeyKind::Inhabitants, average, min_part, max_extra, bounded, (false, false, 0));
        let prepared = PreparedKey::new(&key, &community).unwrap();
        let terms: Vec<MemberTerms> = community
            .members
            .iter()
            .map(|member| MemberTerms {
                base: Decimal::ZERO,
                weight: member.inhabitants,
                minimum: prepared.bounds().minimum,
                maximum: prepared.bounds().maximum,
            })
            .collect();
        let general = divide(&terms, total).map(|division| division.cents);
        let prepared = prepared
            .allocate(&totals(total, Decimal::ZERO))
            .map(|allocation| allocation.shares.iter().map(|share| share.shared).collect::<Vec<_>>());
        prop_assert_eq!(general, prepared);
    }
}

proptest! {
    /// Issue 22 item 5: what a number field writes, it reads back as the same value, in both languages.
    #[test]
    fn a_field_reads_back_what_it_wrote_in_both_notations(
        mantissa in -10_000_000_000_000i64..10_000_000_000_000,
        scale in 0u32..8,
        english in any::<bool>(),
    ) {
        use bijdragewijzer::text::Lang;
        use bijdragewijzer::text::number_rule::{field_text, NumberRule};
        let value = Decimal::new(mantissa, scale);
        let lang = if english { Lang::En } else { Lang::Nl };
        let rule = NumberRule { min: None, max: None, decimals: 8, ..NumberRule::quantity() };
        let text = field_text(value, lang);
        prop_assert_eq!(rule.read_in(&text, lang.notation()), Ok(value), "{}", text);
    }
}
