//! The document generators of the property tests, each for what its tests need:
//!
//! - [`valid_document`]: the built-in example with names, amounts, participants and references varied, names
//!   drawn from any text (markup, quotes, emoji, control characters); mostly valid, for round trips through
//!   import and share links, which validate.
//! - [`any_document`]: any scenarios, members, rates and key, valid or not, for what must hold of every
//!   document (serialising reads back identical).
//! - [`perturbed_document`]: the example or [`listed_example`] with fields set to wild decimals (tiny, 28
//!   digits, negative, any scale), for what must never panic.

use std::collections::BTreeMap;

use bijdragewijzer::domain::budget::{Category, CostLine, LineAmount, Rates, Scenario};
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::key::{
    BandWeight, HybridBase, KeyKind, KeySettings, SizeBand, VariableBasis,
};
use bijdragewijzer::domain::participants::{
    Growth, InhabitantsBasis, Municipality, ParticipantMode, ReferenceMunicipality,
};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Any text a user might type or paste, markup included.
pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,30}",
        "[A-Za-z' -]{0,30}",
        Just("Súdwest-Fryslân".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("=HYPERLINK(\"x\";\"y\")".to_string()),
        Just("Den \"Bosch\"; & 's-Hertogenbosch".to_string()),
    ]
}

/// An amount with up to two decimals, up to one million: six lines of it, times a rate, stay well within
/// what a scenario may total.
fn amount() -> impl Strategy<Value = Decimal> {
    (0i64..100_000_000).prop_map(|cents| Decimal::new(cents, 2))
}

fn line() -> impl Strategy<Value = CostLine> {
    let amount_kind = prop_oneof![
        (0i64..10_000_000, 0u32..=2).prop_map(|(hours, scale)| LineAmount::Hours {
            hours: Decimal::new(hours, scale)
        }),
        (0i64..100, 0u32..=2).prop_map(|(fte, scale)| LineAmount::Fte {
            fte: Decimal::new(fte, scale)
        }),
        (0i64..100, amount()).prop_map(|(count, unit_price)| LineAmount::Units {
            count: Decimal::from(count),
            unit_price,
        }),
        amount().prop_map(|amount| LineAmount::Fixed { amount }),
    ];
    (
        prop::sample::select(Category::ALL.to_vec()),
        name(),
        amount_kind,
        any::<bool>(),
        prop::option::of(amount()),
    )
        .prop_map(|(category, label, amount, base, actual)| CostLine {
            category,
            label,
            amount,
            base,
            actual,
        })
}

fn municipality() -> impl Strategy<Value = Municipality> {
    (
        name(),
        1u64..2_000_000,
        prop::option::of((name(), 0u64..100_000)),
        0i64..1_000_000,
    )
        .prop_map(|(name, inhabitants, usage, custom_cents)| Municipality {
            name,
            inhabitants: Decimal::from(inhabitants),
            usage: usage
                .map(|(metric, value)| BTreeMap::from([(metric, Decimal::from(value))]))
                .unwrap_or_default(),
            custom_work: Decimal::new(custom_cents, 2),
            ..Municipality::new("", Decimal::ZERO)
        })
}

prop_compose! {
    /// The built-in example with names, amounts, participants and references varied; mostly valid
    /// (io_json checks how many), so that round trips through import, which validates, are tested.
    pub fn valid_document()(
        title in name(),
        scenario_names in prop::collection::vec(name(), 3),
        lines in prop::collection::vec(prop::collection::vec(line(), 0..6), 3),
        reserves in prop::collection::vec(0u32..=30, 3),
        list in prop::option::of(prop::collection::vec(municipality(), 1..12)),
        count in 1u32..400,
        inhabitants in 1_000u64..20_000_000,
        additional in 0u32..100,
        references in prop::collection::vec((name(), 1u64..1_000_000), 0..5),
        notes in name(),
    ) -> Document {
        let mut document = example();
        document.name = title;
        for (index, scenario) in document.scenarios.iter_mut().enumerate() {
            scenario.name = scenario_names[index].clone();
            scenario.lines = lines[index].clone();
            scenario.reserve_percent = Decimal::from(reserves[index]);
        }
        document.participants.summary.count = count;
        document.participants.summary.inhabitants = Decimal::from(inhabitants);
        if let Some(list) = list {
            document.participants.mode = ParticipantMode::List;
            document.participants.list = list;
        }
        document.growth.additional = additional;
        document.reference_municipalities = references
            .into_iter()
            .map(|(name, inhabitants)| ReferenceMunicipality { name, inhabitants: Decimal::from(inhabitants) })
            .collect();
        document.conclusions.notes = notes;
        document
    }
}

/// What an export writes: the document with its schema reference.
pub fn stamped(document: &Document) -> Document {
    let mut stamped = document.clone();
    stamped.schema = Some(bijdragewijzer::domain::document::SCHEMA_PATH.to_string());
    stamped
}

// Any document.

fn any_amount() -> impl Strategy<Value = Decimal> {
    (0i64..10_000_000_000, 0u32..4).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale))
}

fn any_line_amount() -> impl Strategy<Value = LineAmount> {
    prop_oneof![
        any_amount().prop_map(|hours| LineAmount::Hours { hours }),
        any_amount().prop_map(|fte| LineAmount::Fte { fte }),
        (any_amount(), any_amount())
            .prop_map(|(count, unit_price)| LineAmount::Units { count, unit_price }),
        any_amount().prop_map(|amount| LineAmount::Fixed { amount }),
    ]
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    let line = (
        any_line_amount(),
        name(),
        any::<bool>(),
        prop::option::of(any_amount()),
        prop::sample::select(Category::ALL.to_vec()),
    )
        .prop_map(|(amount, label, base, actual, category)| CostLine {
            category,
            label,
            amount,
            base,
            actual,
        });
    (
        name(),
        name(),
        any_amount(),
        prop::collection::vec(line, 0..8),
    )
        .prop_map(|(name, purpose, reserve_percent, lines)| Scenario {
            name,
            purpose,
            reserve_percent,
            lines,
        })
}

fn any_municipality() -> impl Strategy<Value = Municipality> {
    (
        name(),
        any_amount(),
        prop::collection::btree_map("[a-z]{1,8}", any_amount(), 0..3),
        any_amount(),
    )
        .prop_map(|(name, inhabitants, usage, custom_work)| Municipality {
            usage,
            custom_work,
            ..Municipality::new(name, inhabitants)
        })
}

pub fn any_document() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(any_scenario(), 0..6),
        prop::collection::vec(any_municipality(), 0..20),
        prop::collection::vec(any_municipality(), 0..4),
        (
            any_amount(),
            any_amount(),
            name(),
            any::<bool>(),
            0u32..1000,
        ),
        (
            key_kind(),
            prop::option::of(any_amount()),
            prop::option::of(any_amount()),
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

pub fn key_kind() -> impl Strategy<Value = KeyKind> {
    prop::sample::select(KeyKind::ALL.to_vec())
}

/// Any key that divides a scenario's total (all but the tariffs).
pub fn dividing_key_kind() -> impl Strategy<Value = KeyKind> {
    prop::sample::select(
        KeyKind::ALL
            .into_iter()
            .filter(|kind| kind.divides_a_total())
            .collect::<Vec<_>>(),
    )
}

// Wild values in a known document.

/// Every value a `Decimal` can hold: any 96-bit mantissa, either sign, any scale.
pub fn any_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28
        )
            .prop_map(|(lo, mid, hi, negative, scale)| Decimal::from_parts(
                lo, mid, hi, negative, scale
            )),
        (any::<i64>(), 0u32..=28).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)),
        prop::sample::select(vec![
            Decimal::MAX,
            Decimal::MIN,
            Decimal::ZERO,
            Decimal::new(1, 28),
            Decimal::new(-1, 28),
            Decimal::new(1, 22),
        ]),
    ]
}

/// Decimals a document might carry after a hand-edited file or a crafted link: mostly ordinary amounts,
/// often with odd scales, sometimes tiny or enormous or negative.
pub fn wild_decimal() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        4 => (0i64..2_000_000_000, 0u32..=3).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)),
        2 => (0i64..100_000, 0u32..=2).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)),
        1 => (1i64..1_000, 0u32..=28).prop_map(|(mantissa, scale)| Decimal::new(mantissa, scale)),
        1 => any_decimal(),
        1 => Just(Decimal::ZERO),
        1 => Just(Decimal::new(1, 22)),
        1 => Just(Decimal::from_i128_with_scale(2_999_999_999_999_999_999_999_999_195, 0)),
    ]
}

/// A change to one field of a document, set to a wild value.
#[derive(Debug, Clone)]
pub enum Perturbation {
    Rate(bool, Decimal),
    Line(usize, usize, u8, Decimal),
    Actual(usize, usize, Decimal),
    Reserve(usize, Decimal),
    SummaryCount(u32),
    SummaryInhabitants(Decimal, bool),
    AverageUsage(Decimal),
    Member(usize, u8, Decimal),
    Additional(u32),
    NewcomerInhabitants(Option<Decimal>),
    NewcomerUsage(Decimal),
    Prospect(Decimal, Decimal),
    Reference(usize, Decimal),
    Key(KeyKind, bool, bool, bool),
    FixedBase(Decimal),
    Bounds(Option<Decimal>, Option<Decimal>),
    Band(usize, Decimal, Decimal, bool),
    MultiYear(u32, Decimal, Vec<usize>),
    GrowthPlan(u32, Vec<u32>),
    BudgetYear(Option<u16>),
    BreakEven(Option<usize>, Option<Decimal>),
    Scenarios(usize, Option<usize>, usize),
}

pub fn perturbation() -> impl Strategy<Value = Perturbation> {
    use Perturbation::*;
    let index = || 0usize..8;
    prop_oneof![
        (any::<bool>(), wild_decimal()).prop_map(|(fte, value)| Rate(fte, value)),
        (index(), index(), 0u8..5, wild_decimal())
            .prop_map(|(s, l, kind, value)| Line(s, l, kind, value)),
        (index(), index(), wild_decimal()).prop_map(|(s, l, value)| Actual(s, l, value)),
        (index(), wild_decimal()).prop_map(|(s, value)| Reserve(s, value)),
        prop_oneof![
            Just(0u32),
            1u32..500,
            Just(10_000),
            Just(10_001),
            Just(u32::MAX)
        ]
        .prop_map(SummaryCount),
        (wild_decimal(), any::<bool>())
            .prop_map(|(value, average)| SummaryInhabitants(value, average)),
        wild_decimal().prop_map(AverageUsage),
        (index(), 0u8..3, wild_decimal()).prop_map(|(m, field, value)| Member(m, field, value)),
        prop_oneof![0u32..200, Just(10_000), Just(u32::MAX)].prop_map(Additional),
        prop::option::of(wild_decimal()).prop_map(NewcomerInhabitants),
        wild_decimal().prop_map(NewcomerUsage),
        (wild_decimal(), wild_decimal())
            .prop_map(|(inhabitants, usage)| Prospect(inhabitants, usage)),
        (index(), wild_decimal()).prop_map(|(r, value)| Reference(r, value)),
        (
            prop::sample::select(KeyKind::ALL.to_vec()),
            any::<bool>(),
            any::<bool>(),
            any::<bool>()
        )
            .prop_map(|(kind, base_lines, by_usage, named_metric)| Key(
                kind,
                base_lines,
                by_usage,
                named_metric
            )),
        wild_decimal().prop_map(FixedBase),
        (
            prop::option::of(wild_decimal()),
            prop::option::of(wild_decimal())
        )
            .prop_map(|(min, max)| Bounds(min, max)),
        (index(), wild_decimal(), wild_decimal(), any::<bool>())
            .prop_map(|(b, from, weight, points)| Band(b, from, weight, points)),
        (
            prop_oneof![0u32..=31, Just(u32::MAX)],
            wild_decimal(),
            prop::collection::vec(0usize..7, 0..4),
        )
            .prop_map(|(years, indexation, per_year)| MultiYear(years, indexation, per_year)),
        (
            prop_oneof![0u32..=31, Just(u32::MAX)],
            prop::collection::vec(prop_oneof![0u32..20_000, Just(u32::MAX)], 0..4),
        )
            .prop_map(|(years, joining)| GrowthPlan(years, joining)),
        prop::option::of(any::<u16>()).prop_map(BudgetYear),
        (
            prop::option::of(0usize..7),
            prop::option::of(wild_decimal())
        )
            .prop_map(|(scenario, amount)| BreakEven(scenario, amount)),
        (0usize..7, prop::option::of(0usize..7), 0usize..7).prop_map(
            |(start, scale_up, accountability)| Scenarios(start, scale_up, accountability)
        ),
    ]
}

pub fn apply(document: &mut Document, change: Perturbation) {
    use Perturbation::*;
    let scenarios = document.scenarios.len().max(1);
    match change {
        Rate(fte, value) => {
            if fte {
                document.rates.fte_cost = value
            } else {
                document.rates.hourly_rate = value
            }
        }
        Line(s, l, kind, value) => {
            if let Some(scenario) = document.scenarios.get_mut(s % scenarios) {
                let amount = match kind {
                    0 => LineAmount::Hours { hours: value },
                    1 => LineAmount::Fte { fte: value },
                    2 => LineAmount::Units {
                        count: value,
                        unit_price: Decimal::new(1250, 2),
                    },
                    3 => LineAmount::Units {
                        count: Decimal::TWO,
                        unit_price: value,
                    },
                    _ => LineAmount::Fixed { amount: value },
                };
                let lines = scenario.lines.len();
                match scenario
                    .lines
                    .get_mut(if lines == 0 { 0 } else { l % (lines + 1) })
                {
                    Some(line) => line.amount = amount,
                    None => scenario.lines.push(CostLine {
                        category: Category::Other,
                        label: "<b>nieuw</b>".into(),
                        amount,
                        base: l % 2 == 0,
                        actual: None,
                    }),
                }
            }
        }
        Actual(s, l, value) => {
            if let Some(scenario) = document.scenarios.get_mut(s % scenarios) {
                let lines = scenario.lines.len().max(1);
                if let Some(line) = scenario.lines.get_mut(l % lines) {
                    line.actual = Some(value);
                }
            }
        }
        Reserve(s, value) => {
            if let Some(scenario) = document.scenarios.get_mut(s % scenarios) {
                scenario.reserve_percent = value;
            }
        }
        SummaryCount(count) => document.participants.summary.count = count,
        SummaryInhabitants(value, average) => {
            document.participants.summary.inhabitants = value;
            document.participants.summary.inhabitants_basis = if average {
                InhabitantsBasis::Average
            } else {
                InhabitantsBasis::Total
            };
        }
        AverageUsage(value) => {
            document
                .participants
                .summary
                .average_usage
                .insert("meldingen".into(), value);
        }
        Member(m, field, value) => {
            let members = document.participants.list.len().max(1);
            if let Some(member) = document.participants.list.get_mut(m % members) {
                match field {
                    0 => member.inhabitants = value,
                    1 => {
                        member.usage.insert("meldingen".into(), value);
                    }
                    _ => member.custom_work = value,
                }
            }
        }
        Additional(count) => document.growth.additional = count,
        NewcomerInhabitants(value) => document.growth.newcomer_inhabitants = value,
        NewcomerUsage(value) => {
            document
                .growth
                .newcomer_usage
                .insert("meldingen".into(), value);
        }
        Prospect(inhabitants, usage) => document.growth.prospects.push(Municipality {
            name: "Wachtstad".into(),
            inhabitants,
            usage: BTreeMap::from([("meldingen".to_string(), usage)]),
            custom_work: Decimal::ZERO,
            ..Municipality::new("", Decimal::ZERO)
        }),
        Reference(r, value) => {
            let references = document.reference_municipalities.len();
            match document
                .reference_municipalities
                .get_mut(r % (references + 1))
            {
                Some(reference) => reference.inhabitants = value,
                None => document
                    .reference_municipalities
                    .push(ReferenceMunicipality {
                        name: "Heel groot".into(),
                        inhabitants: value,
                    }),
            }
        }
        Key(kind, base_lines, by_usage, named_metric) => {
            document.key.kind = kind;
            document.key.hybrid.base = if base_lines {
                HybridBase::BaseLines
            } else {
                HybridBase::FixedAmount
            };
            document.key.hybrid.variable = if by_usage {
                VariableBasis::Usage
            } else {
                VariableBasis::Inhabitants
            };
            document.key.usage_metric = if named_metric {
                "meldingen".into()
            } else {
                "onbekend".into()
            };
        }
        FixedBase(value) => document.key.hybrid.fixed_base_amount = value,
        Bounds(minimum, maximum) => {
            document.key.minimum = minimum;
            document.key.maximum = maximum;
        }
        Band(b, from, weight, points) => {
            let weight = if points {
                BandWeight::Points { points: weight }
            } else {
                BandWeight::PerInhabitant { rate: weight }
            };
            let bands = document.key.staffel.len();
            match document.key.staffel.get_mut(b % (bands + 1)) {
                Some(band) => {
                    band.from_inhabitants = from;
                    band.weight = weight;
                }
                None => document.key.staffel.push(SizeBand {
                    from_inhabitants: from,
                    weight,
                }),
            }
        }
        MultiYear(years, indexation, per_year) => {
            let plan = &mut document.multi_year;
            plan.years = years;
            plan.indexation_percent = indexation;
            plan.scenario_per_year = per_year;
        }
        GrowthPlan(years, joining) => {
            document.growth.years = years;
            document.growth.joining_per_year = joining;
        }
        BudgetYear(year) => document.budget_year = year,
        BreakEven(scenario, amount) => {
            document.break_even.scenario = scenario;
            document.break_even.reference_amount = amount;
        }
        Scenarios(start, scale_up, accountability) => {
            document.conclusions.start_scenario = start;
            document.conclusions.scale_up_scenario = scale_up;
            document.accountability.scenario = accountability;
        }
    }
}

/// The example as a named list of twelve municipalities with a usage metric.
pub fn listed_example() -> Document {
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.metrics = vec!["meldingen".into()];
    document.participants.list = (0..12u32)
        .map(|index| Municipality {
            name: format!("Gemeente <i>{index}</i>"),
            inhabitants: Decimal::from(5_000 + 17_000 * index),
            usage: BTreeMap::from([("meldingen".to_string(), Decimal::from(index * index))]),
            custom_work: Decimal::from(index % 3 * 1_000),
            ..Municipality::new("", Decimal::ZERO)
        })
        .collect();
    document
}

pub fn perturbed_document() -> impl Strategy<Value = Document> {
    (any::<bool>(), prop::collection::vec(perturbation(), 0..6)).prop_map(|(as_list, changes)| {
        let mut document = if as_list { listed_example() } else { example() };
        for change in changes {
            apply(&mut document, change);
        }
        document
    })
}
