//! The JSON file format: the parser never panics on any input, an export reads back identical, and
//! each kind of bad file is refused with the error that names it.

mod support;

use bijdragewijzer::domain::document::FORMAT_VERSION;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::validation::validate;
use bijdragewijzer::io::json::{parse_bytes, parse_document, ImportError, MAX_FILE_BYTES};
use proptest::prelude::*;
use support::documents::{stamped, valid_document};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn the_parser_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_bytes(&bytes);
    }

    #[test]
    fn the_parser_never_panics_on_arbitrary_text(text in "\\PC{0,200}") {
        let _ = parse_document(&text);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    /// Damage close to a real file reaches the deeper checks (shape, values), not just the syntax check.
    #[test]
    fn the_parser_never_panics_on_a_damaged_export(position in any::<prop::sample::Index>(), byte in any::<u8>(), cut in any::<bool>()) {
        let mut bytes = example().to_json().into_bytes();
        let at = position.index(bytes.len());
        if cut {
            bytes.truncate(at);
        } else {
            bytes[at] = byte;
        }
        if let Ok(read) = parse_bytes(&bytes) {
            prop_assert!(validate(&read).is_empty(), "only valid documents come out");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn export_then_import_is_identical(original in valid_document()) {
        prop_assume!(validate(&original).is_empty());
        let read = parse_document(&original.to_json()).expect("an export reads back");
        prop_assert_eq!(read, stamped(&original));
    }
}

#[test]
fn generated_documents_are_mostly_valid() {
    // Guards the round-trip property against testing nothing: prop_assume must not discard most cases.
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let valid = (0..200)
        .filter(|_| {
            let generated = valid_document().new_tree(&mut runner).unwrap().current();
            validate(&generated).is_empty()
        })
        .count();
    assert!(
        valid > 150,
        "only {valid} of 200 generated documents are valid"
    );
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let text = format!("\u{feff}{}", example().to_json());
    assert!(parse_document(&text).is_ok());
}

#[test]
fn a_newer_version_is_refused_before_its_shape_is_checked() {
    let mut value: serde_json::Value = serde_json::from_str(&example().to_json()).unwrap();
    let newer = FORMAT_VERSION + 1;
    value["format_version"] = newer.into();
    value["scenarios"] = "changed in a later version".into();
    assert_eq!(
        parse_document(&value.to_string()),
        Err(ImportError::NewerVersion {
            found: u64::from(newer)
        })
    );
}

#[test]
fn invalid_values_are_named_by_their_field_path() {
    let mut value: serde_json::Value = serde_json::from_str(&example().to_json()).unwrap();
    value["scenarios"][1]["reserve_percent"] = "150".into();
    value["rates"]["hourly_rate"] = "-5".into();
    let Err(ImportError::Invalid(problems)) = parse_document(&value.to_string()) else {
        panic!("expected invalid values");
    };
    let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"scenarios[1].reserve_percent"), "{paths:?}");
    assert!(paths.contains(&"rates.hourly_rate"), "{paths:?}");
}

#[test]
fn a_wrong_type_says_where() {
    let text = example()
        .to_json()
        .replacen("\"name\": \"Minimum\"", "\"name\": 12", 1);
    match parse_document(&text) {
        Err(ImportError::Malformed { line, detail, .. }) => {
            assert!(line > 1);
            assert!(detail.contains("invalid type"), "{detail}");
        }
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn a_file_over_five_megabytes_is_refused_unread() {
    let mut text = example().to_json();
    text.push_str(&" ".repeat(MAX_FILE_BYTES));
    assert!(matches!(
        parse_document(&text),
        Err(ImportError::TooLarge { .. })
    ));
}
