//! Golden files: a rendering must equal its committed expected file exactly. Run the tests with
//! `UPDATE_GOLDEN=1` to rewrite the expected files after a deliberate change, then read the diff; the tests
//! that use them also assert the product's figures directly, so a golden file cannot quietly agree with a
//! wrong number.

use std::path::{Path, PathBuf};

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::io::json::parse_document;

/// `tests/golden/<relative>`.
pub fn path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(relative)
}

/// Every golden document (`tests/golden/**/*.json`), as (path relative to tests/golden, text).
pub fn documents() -> Vec<(String, String)> {
    let mut found = Vec::new();
    for folder in ["", "texts"] {
        let entries = std::fs::read_dir(path(folder)).expect("golden folder");
        for entry in entries {
            let file = entry.expect("golden folder entry").path();
            if file
                .extension()
                .is_some_and(|extension| extension == "json")
            {
                let name = file.file_name().expect("a file name").to_string_lossy();
                let relative = if folder.is_empty() {
                    name.into_owned()
                } else {
                    format!("{folder}/{name}")
                };
                let text = std::fs::read_to_string(&file).expect("golden document");
                found.push((relative, text));
            }
        }
    }
    found.sort();
    found
}

/// The golden document `tests/golden/<relative>`, read as the app reads a file.
pub fn load(relative: &str) -> Document {
    let text = std::fs::read_to_string(path(relative)).expect("golden document");
    parse_document(&text).expect("golden document reads")
}

/// `rendered` must equal `tests/golden/<relative>`; with `UPDATE_GOLDEN` set it is written there first.
pub fn check(relative: &str, rendered: &str) {
    let expected_path = path(relative);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, rendered).expect("write golden file");
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
        panic!(
            "{} missing; run with UPDATE_GOLDEN=1",
            expected_path.display()
        )
    });
    assert_eq!(
        rendered,
        expected,
        "the rendering differs from {}",
        expected_path.display()
    );
}
