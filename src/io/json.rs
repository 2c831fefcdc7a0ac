//! Reading a document from the text of a JSON file (or a draft, or the inside of a share link). Every way a
//! file can be wrong gets its own error, so the message can say what is wrong and where.

use crate::domain::document::{Document, FORMAT_VERSION};
use crate::domain::validation::{validate, Problem};
use crate::io::migrate;

/// Larger than any real document (the example is about 10 KB): a bigger file is a mistake or an attack,
/// and parsing it would freeze the page.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    /// Over [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize },
    /// Not valid UTF-8 or not valid JSON; the position of the first mistake where known (1-based).
    NotJson { line: usize, column: usize },
    /// Valid JSON, but not a Bijdragewijzer document (no `format_version`).
    NotOurs,
    /// Written by a newer Bijdragewijzer.
    NewerVersion { found: u64 },
    /// Our format, but a field has the wrong type or is missing; line 0 when the position is not known (a
    /// document of an older format, read after migrating it).
    Malformed {
        line: usize,
        column: usize,
        detail: String,
    },
    /// Readable, but values that cannot be computed with, each with its field path.
    Invalid(Vec<Problem>),
}

/// Reads a document from the raw bytes of a file.
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_document(text),
        Err(_) => Err(ImportError::NotJson { line: 1, column: 1 }),
    }
}

/// Reads a document from text: checks size, JSON syntax, that it is ours, its version, its shape and
/// finally its values. The document is only returned when it can be computed with.
pub fn parse_document(text: &str) -> Result<Document, ImportError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    // Editors on Windows like to start a UTF-8 file with a byte order mark; JSON does not allow it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|error| ImportError::NotJson {
            line: error.line(),
            column: error.column(),
        })?;
    let version = value
        .as_object()
        .and_then(|object| object.get("format_version"))
        .and_then(serde_json::Value::as_u64)
        .ok_or(ImportError::NotOurs)?;
    if version > u64::from(FORMAT_VERSION) {
        return Err(ImportError::NewerVersion { found: version });
    }
    let document: Document = if version == u64::from(FORMAT_VERSION) {
        // Parsed again from the text (not from `value`) so that a wrong field comes with its line and column.
        serde_json::from_str(text).map_err(|error| ImportError::Malformed {
            line: error.line(),
            column: error.column(),
            detail: error.to_string(),
        })?
    } else {
        // An older format is migrated as a value and read back from its text: one way of reading typed
        // documents (from text) keeps the WebAssembly small. Its line and column would point into text the
        // user never saw, so a wrong field is named by the reader's message alone (line 0).
        let migrated = migrate::to_current(value, version).to_string();
        serde_json::from_str(&migrated).map_err(|error| ImportError::Malformed {
            line: 0,
            column: 0,
            detail: error.to_string(),
        })?
    };
    let problems = validate(&document);
    if problems.is_empty() {
        Ok(document)
    } else {
        Err(ImportError::Invalid(problems))
    }
}

/// The file name an export gets: the document's name, without characters that file systems refuse.
pub fn file_name(document: &Document) -> String {
    format!("{}.bijdragewijzer.json", file_stem(document))
}

/// The document's name as the start of a file name: no path separators, no characters that Windows
/// refuses, at most 80 characters.
pub fn file_stem(document: &Document) -> String {
    let cleaned: String = document
        .name
        .chars()
        .map(|c| {
            if c.is_control() || r#"<>:"/\|?*"#.contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_matches('.').trim();
    if cleaned.is_empty() {
        "bijdragewijzer".to_string()
    } else {
        cleaned.chars().take(80).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;

    #[test]
    fn the_example_survives_export_and_import() {
        let document = example();
        let read = parse_document(&document.to_json()).expect("example reads back");
        assert_eq!(read.name, document.name);
        assert_eq!(read.scenarios, document.scenarios);
    }

    #[test]
    fn each_kind_of_bad_file_has_its_own_error() {
        assert!(matches!(
            parse_document("{ nope"),
            Err(ImportError::NotJson { line: 1, .. })
        ));
        assert_eq!(parse_document("[1, 2]"), Err(ImportError::NotOurs));
        assert_eq!(
            parse_document(r#"{"format_version": 7}"#),
            Err(ImportError::NewerVersion { found: 7 })
        );
        assert!(matches!(
            parse_document(r#"{"format_version": 2, "name": 3}"#),
            Err(ImportError::Malformed { .. })
        ));
        assert_eq!(
            parse_bytes(&vec![b' '; MAX_FILE_BYTES + 1]),
            Err(ImportError::TooLarge {
                bytes: MAX_FILE_BYTES + 1
            })
        );
        assert!(matches!(
            parse_bytes(&[0xff, 0xfe, 0x00]),
            Err(ImportError::NotJson { .. })
        ));
    }

    #[test]
    fn a_file_name_never_contains_a_path() {
        let mut document = example();
        document.name = "../../etc/<passwd>".into();
        assert_eq!(file_name(&document), "_.._etc__passwd_.bijdragewijzer.json");
        document.name = "  ".into();
        assert_eq!(file_name(&document), "bijdragewijzer.bijdragewijzer.json");
    }
}
