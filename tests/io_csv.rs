//! The results CSV against golden files: the example (summary mode) and a named list whose names carry a
//! semicolon, quotes and a leading `=`. Run with `UPDATE_GOLDEN=1` to rewrite after a deliberate change.

mod support;

use bijdragewijzer::domain::cycle::invoices::invoices_for;
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::participants::{Municipality, ParticipantMode, Variant};
use bijdragewijzer::domain::report::compute;
use bijdragewijzer::io::csv::{invoice_list_csv, results_csv};
use bijdragewijzer::text::Lang;
use rust_decimal::Decimal;
use support::golden;

fn csv_of(document: &Document) -> String {
    let report = compute(document).expect("computable");
    let key_name = Lang::Nl.texts().key_name(document.key.kind);
    results_csv(document, &report, &Lang::Nl.keep().csv, key_name)
}

fn check_golden(name: &str, rendered: &str) {
    golden::check(&format!("{name}.expected.csv"), rendered);
}

fn municipality(name: &str, inhabitants: u32) -> Municipality {
    Municipality::new(name, Decimal::from(inhabitants))
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
        "\"Streef\";\"A: huidige deelnemers\";\"Gelijk\";\"Gemeente van gemiddelde grootte\";45;33333;2420,00;0,00;2420,00;\"\"\r\n"
    ));
    check_golden("example", &csv);
}

#[test]
fn names_are_quoted_and_formulas_defused() {
    let csv = csv_of(&named_list());
    assert!(csv.contains(";\"Den \"\"Bosch\"\"; 's-Hertogenbosch\";1;160000;"));
    assert!(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\";1;20000;"));
    assert!(csv.contains(";\"'-Min; @Apenstaart\";1;5000;"));
    // Every line has exactly nine separators outside quotes: names with `;` stay in one cell.
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
        assert_eq!(separators, 9, "{line}");
    }
    check_golden("named-list", &csv);
}

/// The cells of a CSV line as a spreadsheet reads them: `;` inside quotes stays in the cell, `""` is a quote.
fn cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.trim_start_matches('\u{feff}').chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (';', false) => cells.push(String::new()),
            (c, _) => cells.last_mut().unwrap().push(c),
        }
    }
    cells
}

fn amount(cell: &str) -> Decimal {
    cell.replace(',', ".").parse().expect("an amount")
}

#[test]
fn every_row_times_its_count_adds_up_to_the_total() {
    for document in [named_list(), example()] {
        let csv = csv_of(&document);
        let report = compute(&document).unwrap();
        for (index, scenario) in document.scenarios.iter().enumerate() {
            let sum: Decimal = csv
                .lines()
                .map(cells)
                .filter(|cells| cells[0] == scenario.name && cells[1].starts_with("A: "))
                .filter(|cells| !cells[3].contains("(referentiegemeente)"))
                .map(|cells| amount(&cells[6]) * amount(&cells[4]))
                .sum();
            assert_eq!(sum, report.scenarios[index].total, "{}", scenario.name);
        }
    }
}

#[test]
fn the_invoice_has_one_line_per_paying_municipality() {
    let document = named_list();
    let report = compute(&document).unwrap();
    let invoices = invoices_for(&document, &report, 1, Variant::Grown).unwrap();
    let csv = invoice_list_csv(
        &invoices,
        None,
        document.budget_year,
        "Bijdrage 2027 (Streef, B: na groei, Gelijk)",
        &Lang::Nl.cycle_csv_labels(),
    );
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "\"Gemeente\";\"CBS-code\";\"Jaar\";\"omschrijving\";\"Inwoners\";\"Bedrag\""
    );
    // Four named members and two newcomers after growth.
    assert_eq!(lines.len(), 1 + 6);
    assert!(lines[1].starts_with(
        "\"Utrecht\";\"GM0344\";2027;\"Bijdrage 2027 (Streef, B: na groei, Gelijk)\";361000;"
    ));
    assert!(lines[6].starts_with("\"Gemeente 2\";\"\";"), "{}", lines[6]);
    let sum: Decimal = lines[1..].iter().map(|line| amount(&cells(line)[5])).sum();
    assert_eq!(sum, report.scenarios[1].total);
}
