//! The ways to pay beyond one key (issue 24), each on a document a user could make, with its figures worked
//! out here by the rules of product.md ("Ways to pay beyond one key" and "the rules, precisely") rather than
//! read back from the code: months per member, work in kind, tariffs per class and marginal bands.

mod support;

use bijdragewijzer::domain::cycle::invoices::{invoices_now, record, supplements};
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::key::{KeyKind, KeySettings};
use bijdragewijzer::domain::participants::{Municipality, ParticipantMode, Variant};
use bijdragewijzer::domain::report::compute_with_cycle;
use bijdragewijzer::domain::validation::{validate, ProblemKind};
use bijdragewijzer::domain::ways_to_pay::in_kind::{InKindItem, InKindValue};
use bijdragewijzer::domain::ways_to_pay::tariffs::example_classes;
use rust_decimal::{Decimal, RoundingStrategy};
use support::dec;

/// The example with five named members instead of its summary.
fn listed(key: KeySettings) -> Document {
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.list = [
        ("Utrecht", "374238"),
        ("Zeist", "65830"),
        ("Houten", "50655"),
        ("Bunnik", "15597"),
        ("Vijfheerenlanden", "58765"),
    ]
    .into_iter()
    .map(|(name, inhabitants)| Municipality::new(name, dec(inhabitants)))
    .collect();
    document.growth.additional = 0;
    document.key = key;
    document
}

fn shares(document: &Document, scenario: usize) -> Vec<Decimal> {
    let report = compute_with_cycle(document).expect("computes");
    let allocation = report.variant(Variant::Current).results[scenario]
        .allocation
        .clone()
        .expect("allocates");
    allocation.shares.iter().map(|share| share.shared).collect()
}

fn cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[test]
fn a_member_joining_in_april_weighs_nine_twelfths_and_the_total_is_still_divided_exactly() {
    let mut document = listed(KeySettings::equal().with_kind(KeyKind::Inhabitants));
    document.participants.list[3].joins_in_month = Some(4);
    let report = compute_with_cycle(&document).unwrap();
    let total = report.scenarios[1].total;
    let paid = shares(&document, 1);
    assert_eq!(paid.iter().copied().sum::<Decimal>(), total);
    // Weights: inhabitants, Bunnik's x 9/12. Each share is within a cent of total x weight / all weights.
    let weights: Vec<Decimal> = document
        .participants
        .list
        .iter()
        .map(|m| m.inhabitants * Decimal::from(m.months()) / Decimal::from(12))
        .collect();
    let all: Decimal = weights.iter().copied().sum();
    for (share, weight) in paid.iter().zip(&weights) {
        let exact = total * *weight / all;
        assert!(
            (*share - exact).abs() < dec("0.01"),
            "{share} against {exact}"
        );
    }
    // Bunnik pays 9/12 of what a full-year Bunnik would weigh against the same others.
    assert!(paid[3] < paid[1] * dec("15597") / dec("65830"));
}

#[test]
fn bounds_count_for_the_months_taken_part() {
    let mut key = KeySettings::equal().with_kind(KeyKind::Inhabitants);
    key.minimum = Some(dec("10000.10"));
    let mut document = listed(key);
    document.participants.list[3].joins_in_month = Some(4);
    document.participants.list[3].leaves_after_month = Some(10);
    let paid = shares(&document, 1);
    // 7 months: 10,000.10 x 7 / 12 = 5,833.3916... -> 5,833.39, and Bunnik is held there.
    assert_eq!(paid[3], dec("5833.39"));
}

#[test]
fn a_member_that_joins_after_recording_gives_the_others_a_credit() {
    let mut document = listed(KeySettings::equal().with_kind(KeyKind::Inhabitants));
    let report = compute_with_cycle(&document).unwrap();
    document.cycle.invoices = Some(record(&document, &report, 1).unwrap());
    let mut joining = Municipality::new("Wijk bij Duurstede", dec("24000"));
    joining.joins_in_month = Some(4);
    document.participants.list.push(joining);
    let report = compute_with_cycle(&document).unwrap();
    let recorded = document.cycle.invoices.as_ref().unwrap();
    let change = supplements(&document, &report, recorded).unwrap();
    assert!(change.lines[..5]
        .iter()
        .all(|line| line.difference < Decimal::ZERO));
    assert!(change.lines[5].invoiced.is_none());
    assert_eq!(
        change
            .lines
            .iter()
            .map(|line| line.difference)
            .sum::<Decimal>(),
        change.change
    );
    // The total invoiced does not change: what the newcomer pays, the others are credited.
    assert_eq!(change.change, Decimal::ZERO);
    let now = invoices_now(&document, &report, 1).unwrap();
    assert_eq!(now[5].months, Some(9));
    assert_eq!(now[5].joins_in_month, Some(4));
}

#[test]
fn two_hundred_hours_in_kind_lower_the_invoice_and_the_cash_received() {
    let mut document = listed(KeySettings::equal().with_kind(KeyKind::Inhabitants));
    document.participants.list[0].in_kind = vec![InKindItem {
        description: "200 uur ontwikkelaar".into(),
        value: InKindValue::Hours { hours: dec("200") },
    }];
    document.participants.list[3].in_kind = vec![InKindItem {
        description: "testwerk".into(),
        value: InKindValue::Amount {
            amount: dec("1000000"),
        },
    }];
    let report = compute_with_cycle(&document).unwrap();
    let invoices = invoices_now(&document, &report, 1).unwrap();
    let value = dec("200") * document.rates.hourly_rate;
    assert_eq!(invoices[0].in_kind, value);
    assert_eq!(invoices[0].amount, invoices[0].contribution - value);
    // Beyond its contribution: counted up to the invoice, never below zero, the rest not paid out.
    assert_eq!(invoices[3].in_kind, invoices[3].contribution);
    assert_eq!(invoices[3].amount, Decimal::ZERO);
    let cash: Decimal = invoices.iter().map(|invoice| invoice.amount).sum();
    let counted: Decimal = invoices.iter().map(|invoice| invoice.in_kind).sum();
    assert_eq!(cash, report.scenarios[1].total - counted);
}

#[test]
fn signalen_like_tariffs_collect_against_each_scenario_of_the_example() {
    let mut key = KeySettings::equal().with_kind(KeyKind::Tariffs);
    key.tariffs = example_classes();
    let document = listed(key);
    let report = compute_with_cycle(&document).unwrap();
    // Utrecht G4 40,000; Zeist, Houten and Vijfheerenlanden middelgroot 12,500; Bunnik klein 2,500.
    let collected = dec("40000") + dec("12500") * dec("3") + dec("2500");
    assert_eq!(
        shares(&document, 0),
        vec![
            dec("40000"),
            dec("12500"),
            dec("12500"),
            dec("2500"),
            dec("12500")
        ]
    );
    for (scenario, totals) in report.scenarios.iter().enumerate() {
        let result = &report.variant(Variant::Current).results[scenario];
        let coverage = result.coverage.clone().expect("tariffs").expect("covers");
        assert_eq!(coverage.collected, collected);
        assert_eq!(coverage.difference, collected - totals.total);
        let percent = (collected * dec("100") / totals.total)
            .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
        assert_eq!(coverage.percent, Some(percent));
        // Newcomers at the median member's class: sizes sorted 15,597 / 50,655 / 58,765 / ... -> 58,765,
        // middelgroot, 12,500 each.
        let short = (totals.total - collected).max(Decimal::ZERO);
        let newcomers = (short / dec("12500")).ceil();
        assert_eq!(
            coverage.members_needed,
            Some(5 + u64::try_from(newcomers).unwrap())
        );
        // The reference municipalities pay their class's tariff: 20,000 and 50,000 inhabitants -> klein and
        // middelgroot, 100,000 -> groot.
        let references: Vec<Decimal> = result
            .references_under_key
            .iter()
            .map(|price| price.clone().unwrap())
            .collect();
        assert_eq!(references, vec![dec("2500"), dec("12500"), dec("20000")]);
    }
}

#[test]
fn a_tariff_member_for_part_of_the_year_pays_its_months_to_the_cent() {
    let mut key = KeySettings::equal().with_kind(KeyKind::Tariffs);
    key.tariffs = example_classes();
    let mut document = listed(key);
    document.participants.list[1].joins_in_month = Some(6);
    // 12,500 x 7 / 12 = 7,291.666... -> 7,291.67.
    assert_eq!(
        shares(&document, 1)[1],
        cents(dec("12500") * dec("7") / dec("12"))
    );
}

#[test]
fn marginal_vng_bands_have_no_jump_just_above_an_edge() {
    let mut key = KeySettings::equal().with_kind(KeyKind::Staffel);
    key.marginal = true;
    let mut document = listed(key.clone());
    document.participants.list[0].inhabitants = dec("199999");
    document.participants.list[1].inhabitants = dec("200001");
    let paid = shares(&document, 1);
    // One inhabitant apart on either side of 200,000: the weights differ by 1.52 + 0.75, not by half.
    let below = key.band_weight(dec("199999")).unwrap();
    let above = key.band_weight(dec("200001")).unwrap();
    assert_eq!(above - below, dec("1.52") + dec("0.75"));
    assert!(paid[1] > paid[0]);
    // With whole-band rates the municipality just below the edge would pay about twice as much.
    let mut whole = document.clone();
    whole.key.marginal = false;
    let paid = shares(&whole, 1);
    assert!(paid[0] > paid[1] * dec("2") - dec("1"));
}

#[test]
fn bad_input_of_the_ways_to_pay_is_named_at_its_field() {
    let mut key = KeySettings::equal().with_kind(KeyKind::Tariffs);
    key.tariffs = example_classes();
    key.tariffs[2].amount = None;
    key.tariffs.swap(0, 1);
    let mut document = listed(key);
    document.participants.list[0].joins_in_month = Some(13);
    document.participants.list[1].joins_in_month = Some(6);
    document.participants.list[1].leaves_after_month = Some(3);
    document.participants.list[2].in_kind = vec![InKindItem {
        description: String::new(),
        value: InKindValue::Hours { hours: dec("-5") },
    }];
    document.key.marginal = true;
    document.key.staffel[1].weight =
        bijdragewijzer::domain::key::BandWeight::Points { points: dec("2") };
    let problems: Vec<(String, ProblemKind)> = validate(&document)
        .into_iter()
        .map(|problem| (problem.path, problem.kind))
        .collect();
    let has = |path: &str, kind: ProblemKind| problems.contains(&(path.to_string(), kind));
    assert!(
        has(
            "participants.list[0].joins_in_month",
            ProblemKind::MonthOutOfRange { month: 13 }
        ),
        "{problems:?}"
    );
    assert!(
        has(
            "participants.list[1].leaves_after_month",
            ProblemKind::LeavesBeforeJoining
        ),
        "{problems:?}"
    );
    assert!(
        has(
            "participants.list[2].in_kind[0].value.hours",
            ProblemKind::Negative
        ),
        "{problems:?}"
    );
    assert!(
        has("key.tariffs[2].amount", ProblemKind::Missing),
        "{problems:?}"
    );
    assert!(
        has("key.tariffs", ProblemKind::BandsOutOfOrder),
        "{problems:?}"
    );
    assert!(
        has(
            "key.staffel[1].weight.kind",
            ProblemKind::MarginalNeedsRates
        ),
        "{problems:?}"
    );
}

// Properties of the ways to pay over many communities: the sums stay exact, bounds scaled by months hold
// after rounding, tariffs are paid to the cent for the months taken part, and marginal bands never jump.

mod properties {
    use std::collections::BTreeMap;

    use bijdragewijzer::domain::allocation::allocate;
    use bijdragewijzer::domain::budget::ScenarioTotals;
    use bijdragewijzer::domain::error::CalcError;
    use bijdragewijzer::domain::key::{BandWeight, HybridBase, KeyKind, KeySettings};
    use bijdragewijzer::domain::participants::{Community, Member, MemberOrigin};
    use bijdragewijzer::domain::ways_to_pay::tariffs::{example_classes, tariff_for};
    use proptest::prelude::*;
    use rust_decimal::{Decimal, RoundingStrategy};

    const METRIC: &str = "meldingen";

    fn cents(value: Decimal) -> Decimal {
        value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
    }

    /// `amount x months / 12` to the cent, half away from zero, worked out here apart from the code.
    fn for_months(amount: Decimal, months: u8) -> Decimal {
        cents(amount * Decimal::from(months) / Decimal::from(12))
    }

    fn totals(total: Decimal) -> ScenarioTotals {
        ScenarioTotals {
            line_amounts: vec![total],
            lines_total: total,
            reserve: Decimal::ZERO,
            total,
            base_total: Decimal::ZERO,
            by_category: vec![],
        }
    }

    prop_compose! {
        fn member()(
            inhabitants in 1u64..1_000_000,
            usage in prop_oneof![Just(0u64), 1u64..100_000],
            months in prop_oneof![Just(12u8), 1u8..=12],
        ) -> Member {
            Member {
                months,
                ..Member::all_year(
                    MemberOrigin::Named(format!("Gemeente {inhabitants}")),
                    Decimal::from(inhabitants),
                    BTreeMap::from([(METRIC.to_string(), Decimal::from(usage))]),
                    Decimal::ZERO,
                )
            }
        }
    }

    fn community() -> impl Strategy<Value = Community> {
        prop::collection::vec(member(), 1..30)
            .prop_map(|members| Community::new(members).expect("community"))
    }

    fn dividing_kind() -> impl Strategy<Value = KeyKind> {
        prop::sample::select(vec![
            KeyKind::Equal,
            KeyKind::Inhabitants,
            KeyKind::Usage,
            KeyKind::Hybrid,
            KeyKind::Staffel,
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2_000))]

        #[test]
        fn months_keep_the_sum_exact_and_their_scaled_bounds(
            community in community(),
            total_cents in 1i64..1_000_000_000,
            kind in dividing_kind(),
            marginal in any::<bool>(),
            base_percent in 0u32..=50,
            minimum_percent in prop::option::of(0u32..=120),
            maximum_percent in prop::option::of(80u32..=400),
        ) {
            let total = Decimal::new(total_cents, 2);
            let average = total / Decimal::from(community.count());
            let percent = |p: u32| (average * Decimal::from(p) / Decimal::from(100)).round_dp(2);
            let mut key = KeySettings::equal().with_kind(kind);
            key.usage_metric = METRIC.to_string();
            key.marginal = marginal;
            key.hybrid.base = HybridBase::FixedAmount;
            key.hybrid.fixed_base_amount = percent(base_percent);
            key.minimum = minimum_percent.map(percent);
            key.maximum = maximum_percent.map(percent);
            let bounds: Vec<(Option<Decimal>, Option<Decimal>)> = community
                .members
                .iter()
                .map(|member| {
                    (
                        key.minimum.map(|bound| for_months(bound, member.months)),
                        key.maximum.map(|bound| for_months(bound, member.months)),
                    )
                })
                .collect();
            match allocate(&key, &community, &totals(total)) {
                Ok(allocation) => {
                    let sum: Decimal = allocation.shares.iter().map(|share| share.shared).sum();
                    prop_assert_eq!(sum, total);
                    for (share, (minimum, maximum)) in allocation.shares.iter().zip(&bounds) {
                        prop_assert_eq!(share.shared, share.shared.round_dp(2));
                        if let Some(minimum) = minimum {
                            prop_assert!(share.shared >= *minimum, "{} below {}", share.shared, minimum);
                        }
                        if let Some(maximum) = maximum {
                            prop_assert!(share.shared <= *maximum, "{} above {}", share.shared, maximum);
                        }
                    }
                }
                Err(
                    CalcError::BoundsCannotBeMet { .. }
                    | CalcError::MaximumHoldsEveryoneWithWeight { .. }
                    | CalcError::TotalOutsideBounds { .. },
                ) => {
                    // Infeasible only if the total lies outside what everybody pays at a factor of 0 (its base
                    // within its bounds) and what it pays when every member with weight is at its maximum.
                    let mut lowest = Decimal::ZERO;
                    let mut highest = Some(Decimal::ZERO);
                    for (member, (minimum, maximum)) in community.members.iter().zip(&bounds) {
                        let base = if kind == KeyKind::Hybrid {
                            key.hybrid.fixed_base_amount * Decimal::from(member.months) / Decimal::from(12)
                        } else {
                            Decimal::ZERO
                        };
                        let raised = minimum.map_or(base, |minimum| base.max(minimum));
                        let at_base = maximum.map_or(raised, |maximum| raised.min(maximum));
                        lowest += at_base;
                        let weighted = key.member_weight(member).unwrap() > Decimal::ZERO;
                        highest = match (highest, weighted) {
                            (Some(sum), true) => maximum.map(|maximum| sum + maximum.max(at_base)),
                            (Some(sum), false) => Some(sum + at_base),
                            (None, _) => None,
                        };
                    }
                    let slack = Decimal::new(community.count() as i64, 2);
                    prop_assert!(
                        lowest + slack > total || highest.is_some_and(|highest| highest < total + slack),
                        "reported impossible: total {} between {} and {:?}",
                        total, lowest, highest
                    );
                }
                Err(CalcError::MinimumAboveMaximum) => prop_assert!(key.minimum > key.maximum),
                Err(CalcError::NothingToDivideBy) => {}
                Err(CalcError::BaseExceedsTotal { .. }) => prop_assert_eq!(kind, KeyKind::Hybrid),
                Err(other) => prop_assert!(false, "unexpected error {:?}", other),
            }
        }

        #[test]
        fn tariffs_are_paid_to_the_cent_for_the_months_taken_part(community in community()) {
            let mut key = KeySettings::equal().with_kind(KeyKind::Tariffs);
            key.tariffs = example_classes();
            let allocation = allocate(&key, &community, &totals(Decimal::ONE)).unwrap();
            for (share, member) in allocation.shares.iter().zip(&community.members) {
                let yearly = tariff_for(&key.tariffs, member.inhabitants).unwrap();
                prop_assert_eq!(share.shared, for_months(yearly, member.months));
            }
            let collected: Decimal = allocation.shares.iter().map(|share| share.total).sum();
            prop_assert_eq!(allocation.collected, collected);
        }

        #[test]
        fn marginal_bands_weigh_each_slice_and_never_jump(inhabitants in 0u64..2_000_000) {
            let mut key = KeySettings::equal().with_kind(KeyKind::Staffel);
            key.marginal = true;
            let n = Decimal::from(inhabitants);
            // 1.92 up to 5,000; 1.76 to 25,000; 1.52 to 200,000; 0.75 beyond, written out here.
            let slice = |from: u64, to: u64, rate: &str| {
                let part = inhabitants.clamp(from, to) - from;
                Decimal::from(part) * rate.parse::<Decimal>().unwrap()
            };
            let expected = slice(0, 5_000, "1.92")
                + slice(5_000, 25_000, "1.76")
                + slice(25_000, 200_000, "1.52")
                + slice(200_000, u64::MAX, "0.75");
            let weight = key.band_weight(n).unwrap();
            prop_assert_eq!(weight, expected);
            let next = key.band_weight(n + Decimal::ONE).unwrap();
            let steepest: Decimal = "1.92".parse().unwrap();
            prop_assert!(next >= weight && next - weight <= steepest, "a jump from {} to {}", weight, next);
            prop_assert!(
                key.staffel.iter().all(|band| matches!(band.weight, BandWeight::PerInhabitant { .. })),
                "rates per inhabitant"
            );
        }

        #[test]
        fn only_months_one_to_twelve_with_leaving_not_before_joining_are_accepted(
            joins in prop::option::of(0u8..=14),
            leaves in prop::option::of(0u8..=14),
        ) {
            let mut document = super::listed(KeySettings::equal());
            document.participants.list[0].joins_in_month = joins;
            document.participants.list[0].leaves_after_month = leaves;
            let valid = |month: Option<u8>| month.is_none_or(|month| (1..=12).contains(&month));
            let fine = valid(joins) && valid(leaves) && joins.unwrap_or(1) <= leaves.unwrap_or(12);
            let problems = bijdragewijzer::domain::validation::validate(&document);
            prop_assert_eq!(problems.is_empty(), fine, "{:?}", problems);
        }
    }
}
