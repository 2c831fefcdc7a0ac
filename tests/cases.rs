//! The case documents of issue 22, each read as a user would open it, with the results the product rules give
//! (product.md, "Rounding"): a message that names the condition that really fails, equal remainders to the
//! earlier member, and a reference municipality's price rounded half away from zero from its exact value.

use std::path::Path;

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::error::CalcError;
use bijdragewijzer::domain::report::compute;
use bijdragewijzer::io::json::parse_document;
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    text.parse().expect("test literal")
}

fn load(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cases")
        .join(format!("{name}.json"));
    let text = std::fs::read_to_string(&path).expect("case document");
    parse_document(&text).expect("case document reads")
}

#[test]
fn nobody_weighing_anything_is_the_message_even_under_a_maximum() {
    // Three members, no usage on the metric, maximum 40 and a total of 100: three maximums are 120, so the
    // maximum is not what fails; nobody weighs anything is.
    let report = compute(&load("false-maximum-message")).expect("computes");
    for variant in &report.variants {
        for result in &variant.results {
            assert_eq!(
                result.allocation.as_ref().err(),
                Some(&CalcError::NothingToDivideBy)
            );
        }
    }
}

#[test]
fn equal_remainders_give_the_cent_to_the_earlier_member() {
    // Inhabitants 25,449 and 8,483 of 33,932 share 950,351.02: exactly 712,763.265 and 237,587.755.
    let report = compute(&load("equal-remainders-tie")).expect("computes");
    let allocation = report.variants[0].results[0]
        .allocation
        .as_ref()
        .expect("allocates");
    let shared: Vec<Decimal> = allocation.shares.iter().map(|share| share.shared).collect();
    assert_eq!(shared, vec![dec("712763.27"), dec("237587.75")]);
}

#[test]
fn a_reference_price_of_exactly_half_a_cent_rounds_up() {
    // 483 inhabitants of 1,380 times 320.90 is exactly 112.315.
    let report = compute(&load("reference-half-cent")).expect("computes");
    let price = &report.variants[0].results[0].references_under_key[0];
    assert_eq!(price.as_ref().ok(), Some(&dec("112.32")));
}
