//! The JSON Schema of the document format is generated from the Rust types. The copy published with the
//! site (public/bijdragewijzer.schema.json) must be exactly what the types say; run with
//! `UPDATE_SCHEMA=1` to rewrite it after changing the format.

use std::path::Path;

use bijdragewijzer::domain::document::{Document, FORMAT_VERSION};
use bijdragewijzer::domain::example::example;

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
