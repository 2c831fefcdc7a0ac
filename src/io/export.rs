//! Exported files say which Bijdragewijzer wrote them: the version from Cargo.toml and the date of the build
//! (build.rs). The JSON file gets a top-level `generator` object, which is not part of the document: import
//! ignores it (serde ignores unknown fields) and the JSON Schema allows it. The CSV gets a last line.

use serde::Serialize;

use crate::domain::document::{pretty_json, Document, FORMAT_VERSION, SCHEMA_PATH};
use crate::domain::report::Report;
use crate::io::csv::{results_csv, CsvLabels};

pub const APP_NAME: &str = "Bijdragewijzer";
/// The version in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The day this code was built, `YYYY-MM-DD` (UTC; `SOURCE_DATE_EPOCH` when set).
pub const BUILT: &str = env!("BW_BUILD_DATE");

/// The field of an exported JSON file that names the program that wrote it.
pub const GENERATOR_FIELD: &str = "generator";

/// Which program wrote the file. Written on export and ignored on import: it is not part of the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Generator {
    /// Always "Bijdragewijzer".
    pub name: &'static str,
    /// The version of Bijdragewijzer that wrote the file.
    pub version: &'static str,
    /// The day that version was built, YYYY-MM-DD.
    #[cfg_attr(not(target_arch = "wasm32"), schemars(extend("format" = "date")))]
    pub built: &'static str,
}

pub const GENERATOR: Generator = Generator {
    name: APP_NAME,
    version: VERSION,
    built: BUILT,
};

/// The text of an exported JSON file: the document, stamped with the schema and format version exactly as
/// [`Document::to_json`] does, with the [`GENERATOR`] after it. The generator is appended to the compact
/// text of the document rather than serialised with it (`#[serde(flatten)]`), which would compile the
/// document's serialiser a second time into the app (issue 11).
pub fn document_file(document: &Document) -> String {
    let mut stamped = document.clone();
    stamped.schema = Some(SCHEMA_PATH.to_string());
    stamped.format_version = FORMAT_VERSION;
    let compact = serde_json::to_string(&stamped).unwrap_or_default();
    let generator = serde_json::to_string(&GENERATOR).unwrap_or_default();
    match compact.strip_suffix('}') {
        Some(fields) if fields.len() > 1 && !generator.is_empty() => {
            pretty_json(&format!("{fields},\"{GENERATOR_FIELD}\":{generator}}}"))
        }
        _ => document.to_json(),
    }
}

/// The last line of an exported CSV file, naming the version and build date.
fn made_with(labels: &CsvLabels) -> String {
    crate::io::csv::note_row(&format!(
        "{} {APP_NAME} {VERSION}, {} {BUILT}",
        labels.made_with, labels.built_on
    ))
}

/// The text of an exported CSV file: the results, then one line naming the version and build date.
pub fn results_file(
    document: &Document,
    report: &Report,
    labels: &CsvLabels,
    key_name: &str,
) -> String {
    let mut csv = results_csv(document, report, labels, key_name);
    csv.push_str(&made_with(labels));
    csv
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::io::json::parse_document;

    #[test]
    fn the_build_date_is_a_calendar_date() {
        let parts: Vec<&str> = BUILT.split('-').collect();
        assert_eq!(parts.len(), 3, "{BUILT}");
        let [year, month, day] = [parts[0], parts[1], parts[2]].map(|part| part.parse::<u32>());
        assert!(matches!(year, Ok(2024..=9999)), "{BUILT}");
        assert!(matches!(month, Ok(1..=12)), "{BUILT}");
        assert!(matches!(day, Ok(1..=31)), "{BUILT}");
        assert_eq!((parts[0].len(), parts[1].len(), parts[2].len()), (4, 2, 2));
    }

    #[test]
    fn an_exported_file_is_the_document_plus_its_generator() {
        let document = example();
        let exported: serde_json::Value =
            serde_json::from_str(&document_file(&document)).expect("valid JSON");
        let mut plain: serde_json::Value =
            serde_json::from_str(&document.to_json()).expect("valid JSON");
        let object = plain.as_object_mut().expect("an object");
        assert!(!object.contains_key(GENERATOR_FIELD));
        object.insert(
            GENERATOR_FIELD.into(),
            serde_json::json!({ "name": "Bijdragewijzer", "version": VERSION, "built": BUILT }),
        );
        assert_eq!(exported, plain);
        assert_eq!(
            exported[GENERATOR_FIELD]["version"],
            env!("CARGO_PKG_VERSION")
        );
    }

    #[test]
    fn the_document_fields_come_first_and_the_generator_last() {
        let text = document_file(&example());
        assert!(text.starts_with("{\n  \"$schema\": \"bijdragewijzer.schema.json\",\n"));
        let generator = text.find("\"generator\"").expect("generator written");
        let accountability = text.find("\"accountability\"").expect("document written");
        assert!(accountability < generator);
        assert!(text.ends_with("}\n}"), "{}", &text[text.len() - 80..]);
    }

    #[test]
    fn an_exported_csv_ends_with_the_version_and_build_date() {
        let document = example();
        let report = crate::domain::report::compute(&document).expect("computable");
        let labels = &crate::text::Lang::Nl.keep().csv;
        let file = results_file(&document, &report, labels, "Gelijk");
        let table = results_csv(&document, &report, labels, "Gelijk");
        let last = file
            .strip_prefix(table.as_str())
            .expect("the table comes first");
        assert_eq!(
            last,
            format!(
                "\"Gemaakt met Bijdragewijzer {}, gebouwd op {BUILT}\"\r\n",
                env!("CARGO_PKG_VERSION")
            )
        );
    }

    #[test]
    fn an_exported_file_imports_as_the_same_document() {
        let document = example();
        let read = parse_document(&document_file(&document)).expect("reads back");
        assert_eq!(read.name, document.name);
        assert_eq!(read.scenarios, document.scenarios);
        assert_eq!(read.participants, document.participants);
    }
}
