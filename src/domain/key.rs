//! The key's file format (verdeelsleutel): which key, its hybrid and size-band settings, its minimum and
//! maximum, and how much a member weighs under it. Dividing by it is `allocation`'s.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::budget::required;
use super::error::CalcError;
use super::money;
use super::participants::Member;

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
}

impl KeyKind {
    pub const ALL: [KeyKind; 5] = [
        KeyKind::Equal,
        KeyKind::Inhabitants,
        KeyKind::Usage,
        KeyKind::Hybrid,
        KeyKind::Staffel,
    ];
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
        let band = self
            .band_for(inhabitants)
            .ok_or(CalcError::NoBandFor { inhabitants })?;
        match band.weight {
            BandWeight::PerInhabitant { rate } => money::mul(inhabitants, rate),
            BandWeight::Points { points } => Ok(points),
        }
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
    fn vng_bands_are_degressive() {
        let key = KeySettings::equal();
        assert_eq!(key.band_weight(dec("4000")).unwrap(), dec("7680"));
        assert_eq!(key.band_weight(dec("5000")).unwrap(), dec("8800"));
        assert_eq!(key.band_weight(dec("300000")).unwrap(), dec("225000"));
    }
}
