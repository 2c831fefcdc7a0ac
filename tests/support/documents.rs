//! A generator of valid documents for the io tests: the built-in example with names, amounts,
//! participants and references varied, names drawn from any text (markup, quotes, emoji, control
//! characters), so round trips are tested on what users could type.

use std::collections::BTreeMap;

use bijdragewijzer::domain::budget::{Category, CostLine, LineAmount};
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::participants::{Municipality, ParticipantMode, ReferenceMunicipality};
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Any text a user might type or paste, markup included.
pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,30}",
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
        })
}

prop_compose! {
    pub fn document()(
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
