//! Older document formats, brought up to the current one. Every format version that was ever written has
//! one explicit function here that turns a document of that version into the next, working on the JSON
//! value before it is read into the current types; [`to_current`] applies them in order. Drafts in a
//! browser, files on a disk and links in old e-mails all pass through here, so a new release never strands
//! what an earlier one wrote.
//!
//! Rules for a migration: it keeps the meaning of everything the old version could express, it never fails
//! (a value it does not recognise is left for the typed reading to report with its path), and it has a test
//! with a stored document of the old version.

use serde_json::{Map, Value};

use crate::domain::document::FORMAT_VERSION;
use crate::domain::participants::Growth;
use crate::domain::validation::MAX_YEARS;

/// Brings a document of format `version` (at most [`FORMAT_VERSION`]) to the current format.
pub fn to_current(mut document: Value, version: u64) -> Value {
    if version <= 1 {
        document = version_1_to_2(document);
    }
    if version <= 2 {
        document = version_2_to_3(document);
    }
    if version <= 3 {
        document = version_3_to_4(document);
    }
    document
}

// A new format version needs its migration in `to_current` before this compiles again.
const _: () = assert!(FORMAT_VERSION == 4);

/// Format 1 to 2: the growth plan becomes one plan.
///
/// Format 1 kept three growth figures that were not linked: variant B's newcomers (`growth.additional`),
/// an ambition in the conclusions (`growth_target` municipalities within `growth_years`) and the
/// multi-year estimate's own growth (`multi_year.growth_mode`, `growth_percent`, `counts`). Format 2 has
/// one plan: `growth.additional` newcomers within `growth.years`, which the estimate follows. Variant B is
/// what the figures of a format-1 document rested on, so it stays as it was; the ambition's number of years
/// becomes the plan's (two years when none was given); the estimate's separate growth is dropped. A budget
/// year and a contact did not exist and stay absent.
pub fn version_1_to_2(mut document: Value) -> Value {
    let Some(root) = document.as_object_mut() else {
        return document;
    };
    root.insert("format_version".into(), Value::from(2));
    let ambition_years = root
        .get_mut("conclusions")
        .and_then(Value::as_object_mut)
        .and_then(|conclusions| {
            conclusions.remove("growth_target");
            conclusions.remove("growth_years")
        })
        .and_then(|years| years.as_u64())
        .filter(|years| (1..=u64::from(MAX_YEARS)).contains(years));
    if let Some(growth) = root.get_mut("growth").and_then(Value::as_object_mut) {
        let years = ambition_years.unwrap_or(u64::from(Growth::default_years()));
        growth.insert("years".into(), Value::from(years));
    }
    if let Some(plan) = root.get_mut("multi_year").and_then(Value::as_object_mut) {
        remove_all(plan, &["growth_mode", "growth_percent", "counts"]);
    }
    document
}

/// Format 2 to 3: the yearly cycle (`cycle`: recorded invoices, settlement, phase-in, closed years) is new and
/// optional, so a format-2 document means the same with none of it. The version went up anyway: a reader of
/// format 2 would drop a history it does not know, and must refuse such a file instead.
pub fn version_2_to_3(mut document: Value) -> Value {
    if let Some(root) = document.as_object_mut() {
        root.insert("format_version".into(), Value::from(3));
    }
    document
}

/// Format 3 to 4: the ways to pay (months of taking part and work in kind per municipality, tariffs per class
/// and marginal bands in the key, months and work in kind on invoices and closed years) are new and optional,
/// so a format-3 document means the same with none of them: everybody all year, nothing in kind, the key as
/// it was. The version goes up for the reason of format 3: a format-3 reader would drop the months and the
/// work in kind it does not know and compute other figures, so it must refuse such a file instead.
pub fn version_3_to_4(mut document: Value) -> Value {
    if let Some(root) = document.as_object_mut() {
        root.insert("format_version".into(), Value::from(4));
    }
    document
}

fn remove_all(object: &mut Map<String, Value>, keys: &[&str]) {
    for key in keys {
        object.remove(*key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_ambition_years_become_the_plan_and_the_separate_growth_goes() {
        let old = json!({
            "format_version": 1,
            "growth": {"additional": 30},
            "conclusions": {"start_scenario": 1, "growth_target": 80, "growth_years": 3},
            "multi_year": {"years": 3, "growth_mode": "percent", "growth_percent": "15",
                           "counts": [], "indexation_percent": "3", "scenario_per_year": [1, 1, 2]}
        });
        let new = version_1_to_2(old);
        assert_eq!(new["format_version"], json!(2));
        assert_eq!(new["growth"], json!({"additional": 30, "years": 3}));
        assert_eq!(new["conclusions"], json!({"start_scenario": 1}));
        assert_eq!(
            new["multi_year"],
            json!({"years": 3, "indexation_percent": "3", "scenario_per_year": [1, 1, 2]})
        );
    }

    #[test]
    fn without_an_ambition_the_plan_takes_two_years() {
        let new = version_1_to_2(json!({"format_version": 1, "growth": {"additional": 5}}));
        assert_eq!(new["growth"]["years"], json!(2));
        let nonsense = version_1_to_2(json!({
            "format_version": 1, "growth": {"additional": 5}, "conclusions": {"growth_years": 0}
        }));
        assert_eq!(nonsense["growth"]["years"], json!(2));
    }

    #[test]
    fn what_is_not_an_object_is_left_for_the_typed_reading() {
        assert_eq!(version_1_to_2(json!([1])), json!([1]));
        assert_eq!(
            to_current(json!({"format_version": 2, "name": "x"}), 2),
            json!({"format_version": 4, "name": "x"})
        );
        assert_eq!(
            to_current(json!({"format_version": 3, "name": "x"}), 3),
            json!({"format_version": 4, "name": "x"})
        );
    }
}
