//! The JSON Schema of the document format is generated from the Rust types. The copy published with the
//! site (public/bijdragewijzer.schema.json) must be exactly what the types say; run with
//! `UPDATE_SCHEMA=1` to rewrite it after changing the format.

use std::path::Path;

use bijdragewijzer::domain::document::{Document, FORMAT_VERSION};
use bijdragewijzer::domain::example::example;
use bijdragewijzer::io::export::{document_file, Generator, GENERATOR_FIELD};

fn generated() -> serde_json::Value {
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
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/bijdragewijzer.schema.json");
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

#[test]
fn every_top_level_field_of_a_document_is_described() {
    let schema = generated();
    let properties = schema["properties"].as_object().expect("properties");
    let document = serde_json::to_value(example()).unwrap();
    for field in document.as_object().unwrap().keys() {
        assert!(properties.contains_key(field), "schema lacks {field}");
    }
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(required.contains(&"format_version"));
    assert!(required.contains(&"scenarios"));
}

/// An exported file carries a `generator` next to the document: the schema describes every field of it and
/// does not require it, since drafts and share links have none.
#[test]
fn an_exported_file_fits_the_schema() {
    let schema = generated();
    assert_eq!(
        schema.get("additionalProperties"),
        None,
        "unknown top-level fields stay allowed, as import ignores them"
    );
    let exported: serde_json::Value =
        serde_json::from_str(&document_file(&example())).expect("valid JSON");
    let properties = schema["properties"].as_object().expect("properties");
    for field in exported.as_object().expect("an object").keys() {
        assert!(properties.contains_key(field), "schema lacks {field}");
    }
    let generator = &properties[GENERATOR_FIELD];
    assert_eq!(generator["type"], "object");
    let described = generator["properties"]
        .as_object()
        .expect("generator fields");
    for (field, value) in exported[GENERATOR_FIELD].as_object().expect("an object") {
        assert!(
            described.contains_key(field),
            "schema lacks generator.{field}"
        );
        assert_eq!(described[field]["type"], "string", "{field}");
        assert!(value.is_string());
    }
    let required: Vec<&str> = schema["required"]
        .as_array()
        .expect("required")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    assert!(!required.contains(&GENERATOR_FIELD));
}
