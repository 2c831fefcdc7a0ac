//! The results CSV against golden files: the example (summary mode) and a named list whose names carry a
//! semicolon, quotes and a leading `=`. Run with `UPDATE_GOLDEN=1` to rewrite after a deliberate change.

use std::path::Path;

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::participants::{Municipality, ParticipantMode};
use bijdragewijzer::domain::report::compute;
use bijdragewijzer::io::csv::results_csv;
use bijdragewijzer::ui::i18n::Lang;
use rust_decimal::Decimal;

fn csv_of(document: &Document) -> String {
    let report = compute(document).expect("computable");
    results_csv(document, &report, &Lang::Nl.keep().csv)
}

fn check_golden(name: &str, rendered: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.expected.csv"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, rendered).expect("write golden");
    }
    let expected = std::fs::read_to_string(&path).expect("golden file; run with UPDATE_GOLDEN=1");
    assert_eq!(
        rendered,
        expected,
        "{name}: CSV differs from {}",
        path.display()
    );
}

fn municipality(name: &str, inhabitants: u32) -> Municipality {
    Municipality {
        name: name.into(),
        inhabitants: Decimal::from(inhabitants),
        usage: Default::default(),
        custom_work: Decimal::ZERO,
    }
}

fn named_list() -> Document {
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.list = vec![
        municipality("Utrecht", 361_000),
        municipality("Den \"Bosch\"; 's-Hertogenbosch", 160_000),
        municipality("=HYPERLINK(\"http://x\";\"klik\")", 20_000),
        municipality("-Min; @Apenstaart", 5_000),
    ];
    document.growth.additional = 2;
    document
}

#[test]
fn the_example_csv_matches_its_golden_file() {
    let csv = csv_of(&example());
    assert!(csv.starts_with('\u{feff}'), "UTF-8 byte order mark");
    // Worked figure: Streef is EUR 108,900 over 45 municipalities = EUR 2,420.00 each.
    assert!(csv.contains(
        "\"Streef\";\"A: huidige deelnemers\";\"Gemiddelde gemeente\";33333;2420,00\r\n"
    ));
    check_golden("example", &csv);
}

#[test]
fn names_are_quoted_and_formulas_defused() {
    let csv = csv_of(&named_list());
    assert!(csv.contains(";\"Den \"\"Bosch\"\"; 's-Hertogenbosch\";160000;"));
    assert!(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";20000;"));
    assert!(csv.contains(";\"'-Min; @Apenstaart\";5000;"));
    // Every line has exactly four separators outside quotes: names with `;` stay in one cell.
    for line in csv.trim_start_matches('\u{feff}').lines() {
        let mut quoted = false;
        let separators = line
            .chars()
            .filter(|c| {
                if *c == '"' {
                    quoted = !quoted;
                }
                *c == ';' && !quoted
            })
            .count();
        assert_eq!(separators, 4, "{line}");
    }
    check_golden("named-list", &csv);
}

#[test]
fn contributions_of_named_participants_add_up_to_the_total() {
    let document = named_list();
    let csv = csv_of(&document);
    let streef_a: Decimal = csv
        .lines()
        .filter(|line| line.starts_with("\"Streef\";\"A: "))
        .filter(|line| !line.contains("(referentiegemeente)"))
        .map(|line| {
            line.rsplit(';')
                .next()
                .unwrap()
                .replace(',', ".")
                .parse::<Decimal>()
                .unwrap()
        })
        .sum();
    assert_eq!(streef_a, Decimal::from(108_900));
}
