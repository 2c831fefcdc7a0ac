//! The JSON Schema of the document format is generated from the Rust types. The copy published with the
//! site (public/bijdragewijzer.schema.json) must be exactly what the types say; run with
//! `UPDATE_SCHEMA=1` to rewrite it after changing the format.
//!
//! Other tools read files against the published copy, so the files Bijdragewijzer reads and writes are
//! checked against it with a real validator: every golden document, exported files of the example and of
//! generated documents, and a file with a wrong field, which the schema must refuse. The validator is built
//! without network or file access: the schema refers only to itself.

mod support;

use std::path::Path;
use std::sync::LazyLock;

use bijdragewijzer::domain::document::{Document, FORMAT_VERSION};
use bijdragewijzer::domain::example::example;
use bijdragewijzer::io::export::{document_file, Generator, GENERATOR_FIELD};
use proptest::prelude::*;
use serde_json::Value;

fn published_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/bijdragewijzer.schema.json")
}

fn generated() -> Value {
    let mut schema =
        serde_json::to_value(schemars::schema_for!(Document)).expect("schema serialises");
    let object = schema.as_object_mut().expect("schema is an object");
    object.insert(
        "$id".into(),
        "https://bijdragewijzer.nl/bijdragewijzer.schema.json".into(),
    );
    object.insert(
        "title".into(),
        format!("Bijdragewijzer document, format version {FORMAT_VERSION}").into(),
    );
    // Exported files name the program that wrote them; not part of the document, but described, so that a
    // tool checking a file against the schema knows the field.
    let mut generator =
        serde_json::to_value(schemars::schema_for!(Generator)).expect("schema serialises");
    if let Some(generator) = generator.as_object_mut() {
        generator.remove("$schema");
        generator.remove("title");
        generator.insert(
            "description".into(),
            "Which program wrote an exported file. Ignored on import.".into(),
        );
    }
    if let Some(properties) = object
        .get_mut("properties")
        .and_then(|properties| properties.as_object_mut())
    {
        properties.insert(GENERATOR_FIELD.into(), generator);
    }
    schema
}

#[test]
fn published_schema_matches_the_rust_types() {
    let path = published_path();
    let text = serde_json::to_string_pretty(&generated()).unwrap() + "\n";
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let published =
        std::fs::read_to_string(&path).expect("published schema; run with UPDATE_SCHEMA=1");
    assert_eq!(
        published, text,
        "public/bijdragewijzer.schema.json is out of date; run with UPDATE_SCHEMA=1"
    );
}

/// A validator for the published schema, as a tool that reads our files would build it; built once.
static PUBLISHED: LazyLock<jsonschema::Validator> = LazyLock::new(|| {
    let text = std::fs::read_to_string(published_path()).expect("published schema");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the published schema is a valid JSON Schema")
});

/// What the validator says is wrong with `instance`, one line per error; empty when it fits.
fn violations(instance: &Value) -> Vec<String> {
    PUBLISHED
        .iter_errors(instance)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

#[test]
fn every_golden_document_fits_the_published_schema() {
    let documents = support::golden::documents();
    assert!(
        documents.len() >= 5,
        "golden documents found: {documents:?}"
    );
    for (name, text) in documents {
        let instance: Value = serde_json::from_str(&text).expect("golden document is JSON");
        assert_eq!(violations(&instance), Vec::<String>::new(), "{name}");
    }
}

/// An exported file carries a `generator` next to the document: the schema describes it and does not
/// require it, since drafts and share links have none.
#[test]
fn an_exported_file_fits_the_published_schema() {
    let exported: Value = serde_json::from_str(&document_file(&example())).expect("valid JSON");
    assert!(
        exported.get(GENERATOR_FIELD).is_some(),
        "an export names its generator"
    );
    assert_eq!(violations(&exported), Vec::<String>::new());
    let mut without_generator = exported.clone();
    without_generator
        .as_object_mut()
        .expect("an object")
        .remove(GENERATOR_FIELD);
    assert_eq!(violations(&without_generator), Vec::<String>::new());
}

/// Guards the tests above against a validator that accepts anything.
#[test]
fn the_published_schema_refuses_a_wrong_file() {
    let exported: Value = serde_json::from_str(&document_file(&example())).expect("valid JSON");
    let mut wrong = exported.clone();
    wrong["scenarios"] = Value::String("none".into());
    assert!(!violations(&wrong).is_empty(), "scenarios as text");
    let mut wrong = exported.clone();
    wrong[GENERATOR_FIELD]["name"] = Value::from(7);
    assert!(
        !violations(&wrong).is_empty(),
        "a generator name as a number"
    );
    let mut wrong = exported;
    wrong
        .as_object_mut()
        .expect("an object")
        .remove("format_version");
    assert!(!violations(&wrong).is_empty(), "no format version");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Whatever a user enters, the file they export fits the schema others check it with.
    #[test]
    fn every_exported_file_fits_the_published_schema(document in support::documents::valid_document()) {
            let exported: Value = serde_json::from_str(&document_file(&document)).expect("valid JSON");
        prop_assert_eq!(violations(&exported), Vec::<String>::new());
    }
}
