//! Properties that must hold for any input, not just the examples we thought of.

use std::collections::BTreeMap;

use bijdragewijzer::domain::allocation::{
    allocate, HybridBase, KeyKind, KeySettings, VariableBasis,
};
use bijdragewijzer::domain::budget::{
    Category, CostLine, LineAmount, Rates, Scenario, ScenarioTotals,
};
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::participants::{
    Community, Growth, Member, MemberOrigin, Municipality, ParticipantMode,
};
use bijdragewijzer::domain::report::compute;
use proptest::prelude::*;
use rust_decimal::Decimal;

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
        Member {
            origin: MemberOrigin::Named(format!("Gemeente {inhabitants}")),
            inhabitants: Decimal::from(inhabitants),
            usage: BTreeMap::from([(METRIC.to_string(), Decimal::from(usage))]),
            custom_work: custom.map_or(Decimal::ZERO, cents),
        }
    }
}

fn community() -> impl Strategy<Value = Community> {
    prop::collection::vec(member(), 1..60).prop_map(|members| Community::new(members).unwrap())
}

fn key_kind() -> impl Strategy<Value = KeyKind> {
    prop::sample::select(KeyKind::ALL.to_vec())
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
        kind in key_kind(),
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
    fn a_serialised_document_reads_back_identical(document in document()) {
        let json = document.to_json();
        let back: Document = serde_json::from_str(&json).unwrap();
        let mut expected = document.clone();
        expected.schema = back.schema.clone();
        prop_assert_eq!(back, expected);
    }
}

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z' -]{0,30}",
        Just("<script>alert(1)</script>".to_string()),
        Just("Súdwest-Fryslân".to_string()),
        "\\PC{0,20}",
    ]
}

fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..10_000_000_000, 0u32..4).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale))
}

fn line_amount() -> impl Strategy<Value = LineAmount> {
    prop_oneof![
        amount().prop_map(|hours| LineAmount::Hours { hours }),
        amount().prop_map(|fte| LineAmount::Fte { fte }),
        (amount(), amount())
            .prop_map(|(count, unit_price)| LineAmount::Units { count, unit_price }),
        amount().prop_map(|amount| LineAmount::Fixed { amount }),
    ]
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let line = (
        line_amount(),
        name(),
        any::<bool>(),
        prop::option::of(amount()),
        prop::sample::select(Category::ALL.to_vec()),
    )
        .prop_map(|(amount, label, base, actual, category)| CostLine {
            category,
            label,
            amount,
            base,
            actual,
        });
    (name(), name(), amount(), prop::collection::vec(line, 0..8)).prop_map(
        |(name, purpose, reserve_percent, lines)| Scenario {
            name,
            purpose,
            reserve_percent,
            lines,
        },
    )
}

fn municipality() -> impl Strategy<Value = Municipality> {
    (
        name(),
        amount(),
        prop::collection::btree_map("[a-z]{1,8}", amount(), 0..3),
        amount(),
    )
        .prop_map(|(name, inhabitants, usage, custom_work)| Municipality {
            name,
            inhabitants,
            usage,
            custom_work,
        })
}

fn document() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(scenario(), 0..6),
        prop::collection::vec(municipality(), 0..20),
        prop::collection::vec(municipality(), 0..4),
        (amount(), amount(), name(), any::<bool>(), 0u32..1000),
        (
            key_kind(),
            prop::option::of(amount()),
            prop::option::of(amount()),
        ),
    )
        .prop_map(
            |(
                scenarios,
                list,
                prospects,
                (hourly_rate, fte_cost, doc_name, as_list, additional),
                (kind, minimum, maximum),
            )| {
                let mut document = example();
                document.name = doc_name;
                document.rates = Rates {
                    hourly_rate,
                    fte_cost,
                };
                document.scenarios = scenarios;
                document.participants.list = list;
                document.participants.mode = if as_list {
                    ParticipantMode::List
                } else {
                    ParticipantMode::Summary
                };
                document.growth = Growth {
                    additional,
                    prospects,
                    ..document.growth
                };
                document.key = KeySettings {
                    kind,
                    minimum,
                    maximum,
                    ..document.key
                };
                document
            },
        )
}
