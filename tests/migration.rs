//! Documents written by an earlier version open in this one unchanged in meaning. The files under
//! `tests/fixtures/format-1/` were written by the format-1 release (the built-in example and a named list of
//! twenty municipalities) and are never edited: they are what users have in their drafts, files and links.

use std::path::Path;

use bijdragewijzer::domain::document::{Document, FORMAT_VERSION};
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::report::{compute, Report};
use bijdragewijzer::io::json::{parse_document, ImportError};
use bijdragewijzer::io::share_link;

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/format-1")
        .join(format!("{name}.json"));
    std::fs::read_to_string(path).expect("format-1 fixture")
}

fn old_value(name: &str) -> serde_json::Value {
    serde_json::from_str(&fixture(name)).expect("fixture is JSON")
}

/// Every figure that variants A and B show: totals, shares per member, reference amounts.
fn figures(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for (scenario, totals) in report.scenarios.iter().enumerate() {
        out.push(format!("scenario {scenario} total {}", totals.total));
        for variant in &report.variants {
            let result = &variant.results[scenario];
            out.push(format!(
                "{:?} {} members, per municipality {:?}",
                variant.variant, variant.count, result.per_municipality
            ));
            out.push(format!(
                "by inhabitants {:?}",
                result.references_by_inhabitants
            ));
            let shares: Vec<String> = result
                .allocation
                .iter()
                .flat_map(|allocation| {
                    allocation
                        .shares
                        .iter()
                        .map(|share| share.total.to_string())
                })
                .collect();
            out.push(shares.join(","));
        }
    }
    out
}

#[test]
fn the_format_1_example_opens_as_the_example_with_the_same_figures() {
    let migrated = parse_document(&fixture("example")).expect("a format-1 file opens");
    assert_eq!(migrated.format_version, FORMAT_VERSION);
    let current = example();
    // What format 1 could say is kept as it was ...
    assert_eq!(migrated.name, current.name);
    assert_eq!(migrated.rates, current.rates);
    assert_eq!(migrated.scenarios, current.scenarios);
    assert_eq!(migrated.participants, current.participants);
    assert_eq!(migrated.key, current.key);
    assert_eq!(
        migrated.reference_municipalities,
        current.reference_municipalities
    );
    assert_eq!(migrated.conclusions.start_scenario, 1);
    assert_eq!(migrated.conclusions.scale_up_scenario, Some(2));
    assert_eq!(
        migrated.multi_year.indexation_percent,
        current.multi_year.indexation_percent
    );
    // ... the ambition of 75 municipalities in 2 years becomes the growth plan ...
    assert_eq!(migrated.growth.additional, 30);
    assert_eq!(migrated.growth.years, 2);
    let old = old_value("example");
    assert_eq!(old["conclusions"]["growth_target"], 75);
    assert_eq!(old["conclusions"]["growth_years"], 2);
    // ... and format 1 never named a budget year, so none is invented.
    assert_eq!(migrated.budget_year, None);
    assert_eq!(
        figures(&compute(&migrated).unwrap()),
        figures(&compute(&current).unwrap())
    );
}

#[test]
fn a_format_1_list_keeps_every_contribution() {
    let text = fixture("twenty-by-inhabitants");
    let old = old_value("twenty-by-inhabitants");
    let migrated = parse_document(&text).expect("a format-1 list opens");
    // The same document written by hand in format 2: the old value with the new growth plan.
    let mut by_hand: Document = {
        let mut value = old.clone();
        value["format_version"] = FORMAT_VERSION.into();
        let years = value["conclusions"]["growth_years"].as_u64().unwrap_or(2);
        value["growth"]["years"] = years.into();
        serde_json::from_value(value).expect("format-2 shape")
    };
    by_hand.schema = migrated.schema.clone();
    assert_eq!(migrated, by_hand);
    assert_eq!(migrated.participants.list.len(), 20);
    assert_eq!(
        figures(&compute(&migrated).unwrap()),
        figures(&compute(&by_hand).unwrap())
    );
}

#[test]
fn a_format_1_share_link_opens_too() {
    let value = old_value("example");
    // A link as the format-1 release made it: raw DEFLATE of the compact JSON in URL-safe base64.
    use base64::Engine;
    let deflated = miniz_oxide::deflate::compress_to_vec(value.to_string().as_bytes(), 9);
    let link = format!(
        "bw1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated)
    );
    let document = share_link::decode(&link).expect("an old link opens");
    assert_eq!(document.format_version, FORMAT_VERSION);
    assert_eq!(document.scenarios, example().scenarios);
}

#[test]
fn a_newer_format_is_still_refused() {
    let mut value = old_value("example");
    value["format_version"] = (FORMAT_VERSION + 1).into();
    assert_eq!(
        parse_document(&value.to_string()),
        Err(ImportError::NewerVersion {
            found: u64::from(FORMAT_VERSION + 1)
        })
    );
}
