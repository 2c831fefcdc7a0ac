//! The document: everything a user enters, as one versioned serde type. Files, drafts and share links
//! all carry exactly this.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::budget::{Rates, Scenario};
use super::cycle::YearCycle;
use super::growth::BreakEvenSettings;
use super::key::KeySettings;
use super::multi_year::MultiYearPlan;
use super::participants::{Growth, Participants, ReferenceMunicipality};

/// The format version this build writes. Older versions are read through the explicit migrations of
/// `io::migrate`; a file with a higher version comes from a newer Bijdragewijzer and is refused rather than
/// half understood.
pub const FORMAT_VERSION: u32 = 4;

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

/// The recommendation a coordinator writes down. The growth ambition is the growth plan itself
/// (`Document::growth`), so that variant B, the texts and the multi-year estimate cannot disagree.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Conclusions {
    /// The scenario to start with (index); also the recommended basis elsewhere.
    pub start_scenario: usize,
    /// The scenario to scale up to once the growth plan is reached (index).
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

/// Whom a reader of the texts or the prospect page can ask: the coordinator. Every field is optional.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Contact {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// The collaboration's website, as the user typed it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub website: String,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty()
            && self.email.trim().is_empty()
            && self.website.trim().is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Document {
    /// Points other tools at the JSON Schema of this format.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// 3 for this format; 1 and 2 are read through migrations.
    pub format_version: u32,
    /// The name of the collaboration or of this draft.
    pub name: String,
    /// The calendar year the budget is for; the multi-year estimate counts on from it. Absent in documents
    /// that never chose one (every format-1 document): the estimate then speaks of year 1, 2, 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget_year: Option<u16>,
    /// The coordinator, named in the texts and on the prospect page.
    #[serde(default, skip_serializing_if = "Contact::is_empty")]
    pub contact: Contact,
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
    /// The yearly cycle: the budget year's invoices and settlement, and the closed years.
    ///
    /// The small first module (built without `app`) shows the results at a glance, which the cycle does not
    /// change, and never writes a document: it skips the field, which keeps the cycle's serde code and its
    /// checks out of the module that must load first (its budget, README "Performance").
    #[serde(default, skip_serializing_if = "YearCycle::is_empty")]
    #[cfg_attr(not(feature = "app"), serde(skip))]
    pub cycle: YearCycle,
}

/// The calendar year `years_after` years after the budget year (0: the budget year itself, 1: the first
/// year of growth, and year n of the multi-year estimate is `n - 1` years after). `None` without a budget
/// year, or past the last year a `u16` holds. Every "calendar year of ..." is written with this one rule.
pub fn calendar_year(budget_year: Option<u16>, years_after: u32) -> Option<u16> {
    budget_year?.checked_add(u16::try_from(years_after).ok()?)
}

impl Document {
    /// The calendar year `years_after` years after this document's budget year; see [`calendar_year`].
    pub fn calendar_year(&self, years_after: u32) -> Option<u16> {
        calendar_year(self.budget_year, years_after)
    }

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
        pretty_json(&serde_json::to_string(&stamped).unwrap_or_default())
    }
}

/// Lays out compact JSON as `serde_json::to_string_pretty` does (two spaces, `"key": value`, `[]` and `{}`
/// when empty). Files are written this way for people to read, while the app serialises compactly only:
/// a second, pretty serialiser for every type of the document cost the app module some 40 KB (issue 11).
pub fn pretty_json(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c if c.is_whitespace() => {}
            c => out.push(c),
        }
    }
    out
}

/// The amount a blank document starts from, so a new user sees sensible defaults rather than zeros.
pub fn default_rates() -> Rates {
    Rates {
        hourly_rate: Decimal::from(100),
        fte_cost: Decimal::from(75_000),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;

    #[test]
    fn calendar_years_count_on_from_the_budget_year() {
        assert_eq!(calendar_year(Some(2027), 0), Some(2027));
        assert_eq!(calendar_year(Some(2027), 2), Some(2029));
        assert_eq!(calendar_year(None, 2), None);
        assert_eq!(calendar_year(Some(u16::MAX), 1), None);
    }

    #[test]
    fn pretty_json_lays_out_as_serde_json_does() {
        let mut document = example();
        // Brackets, braces, colons, commas, quotes and backslashes inside strings stay as they are.
        document.name = r#"Samen {a}, [b]: "c" \ d"#.to_string();
        let compact = serde_json::to_string(&document).expect("serialises");
        let pretty = serde_json::to_string_pretty(&document).expect("serialises");
        assert_eq!(pretty_json(&compact), pretty);
        assert_eq!(pretty_json(r#"{"a":[],"b":{},"c":[1,{"d":null}]}"#), "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    {\n      \"d\": null\n    }\n  ]\n}");
    }
}
