//! The document: everything a user enters, as one versioned serde type. Files, drafts and share links
//! all carry exactly this.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::allocation::KeySettings;
use super::budget::{Rates, Scenario};
use super::growth::BreakEvenSettings;
use super::multi_year::MultiYearPlan;
use super::participants::{Growth, Participants, ReferenceMunicipality};

/// The format version this build writes and reads. A file with a higher version comes from a newer
/// Bijdragewijzer and is refused rather than half understood.
pub const FORMAT_VERSION: u32 = 1;

/// Where the JSON Schema of the format is published with the site.
pub const SCHEMA_PATH: &str = "bijdragewijzer.schema.json";

/// How far a collaboration has come; the advice depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CollaborationLevel {
    /// Sharing code without coordination.
    SharingOnly,
    /// Light coordination.
    LightCoordination,
    /// Structured collaboration.
    #[default]
    Structured,
    /// Full direction (regie).
    FullDirection,
}

/// The recommendation a coordinator writes down.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Conclusions {
    /// The scenario to start with (index); also the recommended basis elsewhere.
    pub start_scenario: usize,
    /// Growth ambition: this many municipalities ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth_target: Option<u32>,
    /// ... within this many years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub growth_years: Option<u32>,
    /// The scenario to scale up to once the ambition is reached (index).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale_up_scenario: Option<usize>,
    #[serde(default)]
    pub notes: String,
}

/// Accountability (verantwoording): which scenario's lines the actual spend is compared with. The actual
/// amounts live on the cost lines themselves.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Accountability {
    pub scenario: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Document {
    /// Points other tools at the JSON Schema of this format.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Always 1 for this format.
    pub format_version: u32,
    /// The name of the collaboration or of this draft.
    pub name: String,
    pub rates: Rates,
    /// Two to five budget scenarios, usually Minimum, Streef and Wens.
    pub scenarios: Vec<Scenario>,
    pub participants: Participants,
    pub growth: Growth,
    pub reference_municipalities: Vec<ReferenceMunicipality>,
    pub key: KeySettings,
    pub multi_year: MultiYearPlan,
    #[serde(default)]
    pub break_even: BreakEvenSettings,
    #[serde(default)]
    pub collaboration_level: CollaborationLevel,
    #[serde(default)]
    pub conclusions: Conclusions,
    #[serde(default)]
    pub accountability: Accountability,
}

impl Document {
    /// The scenario that serves as the recommended basis (the start scenario), kept within range.
    pub fn recommended_scenario(&self) -> usize {
        self.conclusions
            .start_scenario
            .min(self.scenarios.len().saturating_sub(1))
    }

    /// The scenario whose break-even is asked: the chosen one or the last.
    pub fn break_even_scenario(&self) -> usize {
        self.break_even
            .scenario
            .unwrap_or(self.scenarios.len().saturating_sub(1))
    }

    /// Serialises for a file or a link, with the schema reference.
    pub fn to_json(&self) -> String {
        let mut stamped = self.clone();
        stamped.schema = Some(SCHEMA_PATH.to_string());
        stamped.format_version = FORMAT_VERSION;
        serde_json::to_string_pretty(&stamped).unwrap_or_default()
    }
}

/// The amount a blank document starts from, so a new user sees sensible defaults rather than zeros.
pub fn default_rates() -> Rates {
    Rates {
        hourly_rate: Decimal::from(100),
        fte_cost: Decimal::from(75_000),
    }
}
