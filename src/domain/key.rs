//! The key's file format (verdeelsleutel): which key, its hybrid and size-band settings, its minimum and
//! maximum, and how much a member weighs under it. Dividing by it is `allocation`'s.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::budget::required;
use super::error::CalcError;
use super::money;
use super::participants::Member;
use super::ways_to_pay::tariffs::{self, TariffClass};

/// Which key divides the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KeyKind {
    /// Gelijk: everyone pays the same.
    #[default]
    Equal,
    /// Inwoners: in proportion to inhabitants.
    Inhabitants,
    /// Gebruik: in proportion to a usage metric.
    Usage,
    /// Hybride: an equal base part plus a variable part, plus custom work.
    Hybrid,
    /// Staffel: weights by size band.
    Staffel,
    /// Tarieven: a fixed amount per size class; the budget follows from the tariffs.
    Tariffs,
}

impl KeyKind {
    pub const ALL: [KeyKind; 6] = [
        KeyKind::Equal,
        KeyKind::Inhabitants,
        KeyKind::Usage,
        KeyKind::Hybrid,
        KeyKind::Staffel,
        KeyKind::Tariffs,
    ];

    /// Whether the key divides a scenario's total; tariffs do not, they collect what they collect.
    pub fn divides_a_total(self) -> bool {
        self != KeyKind::Tariffs
    }
}

/// Where the hybrid key's equal base part comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum HybridBase {
    /// A fixed amount per municipality, e.g. 2,000.
    #[default]
    FixedAmount,
    /// The cost lines flagged as base (with their share of the reserve), divided equally.
    BaseLines,
}

/// What the variable part of the hybrid key follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VariableBasis {
    #[default]
    Inhabitants,
    Usage,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct HybridSettings {
    pub base: HybridBase,
    /// The base amount per municipality when `base` is `fixed_amount`.
    pub fixed_base_amount: Decimal,
    pub variable: VariableBasis,
}

/// How much a municipality in a size band weighs.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BandWeight {
    /// Inhabitants times this rate, e.g. 1.92 per inhabitant.
    PerInhabitant { rate: Decimal },
    /// A number of points per municipality, whatever its exact size.
    Points { points: Decimal },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum BandWeightKind {
    PerInhabitant,
    Points,
}

/// A band's weight as written: the kind, and the fields of both kinds, of which the kind's is required.
#[derive(Deserialize)]
struct BandWeightFields {
    kind: BandWeightKind,
    rate: Option<Decimal>,
    points: Option<Decimal>,
}

// Read by hand, for the reason given at `LineAmount`'s reader.
impl<'de> Deserialize<'de> for BandWeight {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = BandWeightFields::deserialize(deserializer)?;
        Ok(match fields.kind {
            BandWeightKind::PerInhabitant => BandWeight::PerInhabitant {
                rate: required(fields.rate, "rate")?,
            },
            BandWeightKind::Points => BandWeight::Points {
                points: required(fields.points, "points")?,
            },
        })
    }
}

/// A size band: municipalities from `from_inhabitants` up to the next band's start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SizeBand {
    pub from_inhabitants: Decimal,
    pub weight: BandWeight,
}

/// Everything about the key, kept for all kinds so that switching keys loses no settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct KeySettings {
    pub kind: KeyKind,
    /// The usage metric for the usage key and the hybrid key's variable part.
    #[serde(default)]
    pub usage_metric: String,
    pub hybrid: HybridSettings,
    /// Size bands in increasing order of `from_inhabitants`; the first starts at 0.
    pub staffel: Vec<SizeBand>,
    /// Whether the size bands weigh like income tax: each band's part of the inhabitants at that band's
    /// rate, so that a municipality just over an edge pays no jump. Rates per inhabitant only.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub marginal: bool,
    /// The classes and their yearly amounts under the tariff key, in increasing order of
    /// `from_inhabitants`; the first starts at 0. A document from before tariffs gets the example classes,
    /// as a new document does, so choosing the key shows classes to edit.
    #[serde(default = "tariffs::example_classes")]
    pub tariffs: Vec<TariffClass>,
    /// Minimum contribution per municipality (shared part, custom work excluded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum: Option<Decimal>,
    /// Maximum contribution per municipality (shared part, custom work excluded).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum: Option<Decimal>,
}

impl KeySettings {
    /// The degressive rates the VNG used for 2024.
    pub fn vng_2024_bands() -> Vec<SizeBand> {
        [
            ("0", "1.92"),
            ("5000", "1.76"),
            ("25000", "1.52"),
            ("200000", "0.75"),
        ]
        .into_iter()
        .map(|(from, rate)| SizeBand {
            from_inhabitants: from.parse().unwrap_or_default(),
            weight: BandWeight::PerInhabitant {
                rate: rate.parse().unwrap_or_default(),
            },
        })
        .collect()
    }

    pub fn equal() -> KeySettings {
        KeySettings {
            kind: KeyKind::Equal,
            usage_metric: String::new(),
            hybrid: HybridSettings {
                base: HybridBase::FixedAmount,
                fixed_base_amount: Decimal::from(2000),
                variable: VariableBasis::Inhabitants,
            },
            staffel: KeySettings::vng_2024_bands(),
            marginal: false,
            tariffs: tariffs::example_classes(),
            minimum: None,
            maximum: None,
        }
    }

    pub fn with_kind(&self, kind: KeyKind) -> KeySettings {
        KeySettings {
            kind,
            ..self.clone()
        }
    }

    /// How much a member weighs under this key: one each (equal), its inhabitants, its usage on the key's
    /// metric, or its size band's weight.
    pub fn member_weight(&self, member: &Member) -> Result<Decimal, CalcError> {
        match self.kind {
            KeyKind::Equal => Ok(Decimal::ONE),
            KeyKind::Inhabitants => Ok(member.inhabitants),
            KeyKind::Usage => Ok(member.usage_of(&self.usage_metric)),
            KeyKind::Staffel => self.band_weight(member.inhabitants),
            // Tariffs are bases with no weight (see `PreparedKey`).
            KeyKind::Tariffs => Ok(Decimal::ZERO),
            KeyKind::Hybrid => match self.hybrid.variable {
                VariableBasis::Inhabitants => Ok(member.inhabitants),
                VariableBasis::Usage => Ok(member.usage_of(&self.usage_metric)),
            },
        }
    }

    /// The size band a municipality of this size falls in.
    pub fn band_for(&self, inhabitants: Decimal) -> Option<&SizeBand> {
        self.staffel
            .iter()
            .rev()
            .find(|band| band.from_inhabitants <= inhabitants)
    }

    /// The weight of a municipality of this size under a size-band key.
    pub fn band_weight(&self, inhabitants: Decimal) -> Result<Decimal, CalcError> {
        if self.marginal {
            return self.marginal_weight(inhabitants);
        }
        let band = self
            .band_for(inhabitants)
            .ok_or(CalcError::NoBandFor { inhabitants })?;
        match band.weight {
            BandWeight::PerInhabitant { rate } => money::mul(inhabitants, rate),
            BandWeight::Points { points } => Ok(points),
        }
    }
}

/// What happens to a municipality's weight where it crosses a band edge.
#[derive(Debug, Clone, PartialEq)]
pub enum EdgeEffect {
    /// Marginal bands, or bands that weigh the same on both sides: no jump.
    NoJump,
    /// Just above an edge a municipality weighs relatively more (rising rates, points or amounts).
    AbovePaysMore,
    /// Just below an edge a municipality weighs more than one just above it (falling rates per inhabitant,
    /// as the VNG's): `below` at `edge - 1` inhabitants against `above` at `edge`.
    BelowPaysMore {
        edge: Decimal,
        below: Decimal,
        above: Decimal,
    },
    /// Some edges one way, some the other.
    Mixed,
}

impl KeySettings {
    /// What the size bands do at their edges, judged at every edge between `edge - 1` and `edge`
    /// inhabitants; the first edge where one just below weighs more is given as the example.
    pub fn edge_effect(&self) -> EdgeEffect {
        if self.marginal {
            return EdgeEffect::NoJump;
        }
        let mut below_more = None;
        let mut above_more = false;
        for band in self.staffel.iter().skip(1) {
            let edge = band.from_inhabitants;
            let Some(just_below) = edge.checked_sub(Decimal::ONE) else {
                continue;
            };
            let (Ok(below), Ok(above)) = (self.band_weight(just_below), self.band_weight(edge))
            else {
                continue;
            };
            // Per inhabitant: above * (edge - 1) against below * edge, to compare without dividing.
            let relative_above = above.checked_mul(just_below);
            let relative_below = below.checked_mul(edge);
            if below > above {
                below_more.get_or_insert(EdgeEffect::BelowPaysMore { edge, below, above });
            } else if relative_above > relative_below {
                above_more = true;
            }
        }
        match (below_more, above_more) {
            (Some(_), true) => EdgeEffect::Mixed,
            (Some(effect), false) => effect,
            (None, true) => EdgeEffect::AbovePaysMore,
            (None, false) => EdgeEffect::NoJump,
        }
    }

    /// Each band's part of the inhabitants at that band's rate: the first `from` of the second band at the
    /// first band's rate, and so on.
    fn marginal_weight(&self, inhabitants: Decimal) -> Result<Decimal, CalcError> {
        if self.band_for(inhabitants).is_none() {
            return Err(CalcError::NoBandFor { inhabitants });
        }
        let mut weight = Decimal::ZERO;
        for (index, band) in self.staffel.iter().enumerate() {
            if band.from_inhabitants >= inhabitants {
                break;
            }
            let BandWeight::PerInhabitant { rate } = band.weight else {
                return Err(CalcError::MarginalBandsNeedRates);
            };
            let upper = self
                .staffel
                .get(index + 1)
                .map_or(inhabitants, |next| next.from_inhabitants.min(inhabitants));
            let part = money::sub(upper, band.from_inhabitants)?;
            weight = money::add(weight, money::mul(part, rate)?)?;
        }
        Ok(weight)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn band_weights_read_back_what_was_written_and_name_a_missing_field() {
        for weight in [
            BandWeight::PerInhabitant { rate: dec("1.92") },
            BandWeight::Points { points: dec("3") },
        ] {
            let text = serde_json::to_string(&weight).unwrap();
            assert_eq!(
                serde_json::from_str::<BandWeight>(&text).unwrap(),
                weight,
                "{text}"
            );
        }
        let missing = serde_json::from_str::<BandWeight>(r#"{"kind":"points","rate":"1"}"#)
            .unwrap_err()
            .to_string();
        assert!(missing.contains("missing field `points`"), "{missing}");
    }

    #[test]
    fn marginal_bands_weigh_each_part_at_its_rate_and_have_no_jump() {
        let key = KeySettings {
            marginal: true,
            ..KeySettings::equal()
        };
        // 5,000 x 1.92 + 20,000 x 1.76 + 175,000 x 1.52 = 9,600 + 35,200 + 266,000.
        assert_eq!(key.band_weight(dec("200000")).unwrap(), dec("310800"));
        assert_eq!(
            key.band_weight(dec("200001")).unwrap(),
            dec("310800") + dec("0.75")
        );
        assert_eq!(key.band_weight(dec("4000")).unwrap(), dec("7680"));
        assert_eq!(key.band_weight(dec("0")).unwrap(), dec("0"));
        // With whole-band rates the municipality just below the edge weighs twice as much.
        let whole = KeySettings::equal();
        assert_eq!(whole.band_weight(dec("199999")).unwrap(), dec("303998.48"));
        assert_eq!(whole.band_weight(dec("200000")).unwrap(), dec("150000"));
        let mut points = key.clone();
        points.staffel[1].weight = BandWeight::Points { points: dec("3") };
        assert_eq!(
            points.band_weight(dec("30000")),
            Err(CalcError::MarginalBandsNeedRates)
        );
    }

    #[test]
    fn the_edge_effect_says_what_the_chosen_bands_do() {
        let vng = KeySettings::equal();
        assert_eq!(
            vng.edge_effect(),
            EdgeEffect::BelowPaysMore {
                edge: dec("5000"),
                below: dec("9598.08"),
                above: dec("8800"),
            }
        );
        let marginal = KeySettings {
            marginal: true,
            ..vng.clone()
        };
        assert_eq!(marginal.edge_effect(), EdgeEffect::NoJump);
        let mut points = vng.clone();
        for (band, points_of) in points.staffel.iter_mut().zip(["1", "2", "3", "4"]) {
            band.weight = BandWeight::Points {
                points: dec(points_of),
            };
        }
        assert_eq!(points.edge_effect(), EdgeEffect::AbovePaysMore);
        let mut mixed = points.clone();
        mixed.staffel[3].weight = BandWeight::Points { points: dec("1") };
        assert_eq!(mixed.edge_effect(), EdgeEffect::Mixed);
    }

    #[test]
    fn vng_bands_are_degressive() {
        let key = KeySettings::equal();
        assert_eq!(key.band_weight(dec("4000")).unwrap(), dec("7680"));
        assert_eq!(key.band_weight(dec("5000")).unwrap(), dec("8800"));
        assert_eq!(key.band_weight(dec("300000")).unwrap(), dec("225000"));
    }
}
