//! A generated community of all 342 Dutch municipalities' size range, for benchmarks: a few under 5,000
//! inhabitants, most between 5,000 and 200,000, a handful above. Deterministic, so runs compare.

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::key::KeyKind;
use bijdragewijzer::domain::participants::{Municipality, ParticipantMode};
use rust_decimal::Decimal;

/// A small linear congruential generator: enough spread for sizes, no dependency.
struct Sizes(u64);

impl Sizes {
    fn next_unit(&mut self) -> f64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Log-uniform between `low` and `high`, as municipality sizes spread. Only inhabitants pass through f64
    /// here, never money, and they are rounded to whole people.
    fn between(&mut self, low: f64, high: f64) -> i64 {
        (low * (high / low).powf(self.next_unit())).round() as i64
    }
}

pub const MUNICIPALITIES: usize = 342;

/// The example's budget over 342 named municipalities, the size-band key with a minimum and a maximum.
pub fn large_community() -> Document {
    let mut sizes = Sizes(342);
    let mut document = example();
    document.name = "Alle 342 gemeenten (gegenereerd)".into();
    document.participants.mode = ParticipantMode::List;
    document.participants.list = (0..MUNICIPALITIES)
        .map(|index| {
            let inhabitants = match index {
                0..=4 => sizes.between(900.0, 4_999.0),
                335.. => sizes.between(200_001.0, 950_000.0),
                _ => sizes.between(5_000.0, 200_000.0),
            };
            Municipality {
                name: format!("Gemeente {:03}", index + 1),
                inhabitants: Decimal::from(inhabitants),
                usage: Default::default(),
                custom_work: Decimal::ZERO,
                ..Municipality::new("", Decimal::ZERO)
            }
        })
        .collect();
    document.growth.additional = 20;
    document.key.kind = KeyKind::Staffel;
    document.key.minimum = Some(Decimal::from(250));
    document.key.maximum = Some(Decimal::from(6_000));
    document
}

/// The heaviest document validation accepts for the usage metrics of issue 22: the most municipalities
/// (10,000), each with a figure on every one of the most distinct metrics (50), the usage key with a minimum
/// and a maximum, growth and a multi-year estimate over the most years (30). More than a 5 MB file holds, so
/// every document the import takes computes at most this long.
// The example that writes the 342-municipality community out includes this file too, without this one.
#[allow(dead_code)]
pub fn most_metrics() -> Document {
    use bijdragewijzer::domain::validation::{MAX_METRICS, MAX_MUNICIPALITIES, MAX_YEARS};
    let mut sizes = Sizes(22);
    let mut document = example();
    document.name = "Most municipalities and metrics (generated)".into();
    document.participants.mode = ParticipantMode::List;
    let metrics: Vec<String> = (0..MAX_METRICS)
        .map(|metric| format!("metric {metric:02}"))
        .collect();
    document.participants.metrics = metrics.clone();
    document.participants.list = (0..MAX_MUNICIPALITIES)
        .map(|index| Municipality {
            name: format!("Gemeente {:05}", index + 1),
            inhabitants: Decimal::from(sizes.between(900.0, 950_000.0)),
            usage: metrics
                .iter()
                .map(|metric| (metric.clone(), Decimal::from(sizes.between(1.0, 100_000.0))))
                .collect(),
            custom_work: Decimal::ZERO,
            ..Municipality::new("", Decimal::ZERO)
        })
        .collect();
    document.growth.additional = 20;
    document.multi_year.years = MAX_YEARS;
    document.key.kind = KeyKind::Usage;
    document.key.usage_metric = metrics.first().cloned().unwrap_or_default();
    document.key.minimum = Some(Decimal::from(25));
    document.key.maximum = Some(Decimal::from(60_000));
    document
}
