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

/// Utrecht, Ede and Wageningen by inhabitants in the example's budget, closed with "Volgend jaar": Renkum
/// joins, Wageningen leaves, prices rise 2%, Ede grows to 125,000, and the key becomes the equal key, so
/// every effect has something to do. Returns the closed year's document and the next year's.
fn with_history() -> (Document, Document) {
    use bijdragewijzer::domain::cycle::next_year::{next_year, NextYearChoices};
    use bijdragewijzer::domain::key::KeyKind;
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.list = vec![
        municipality("Utrecht", 361_000),
        municipality("Ede", 120_000),
        municipality("Wageningen", 39_000),
    ];
    document.growth.additional = 1;
    document.growth.prospects = vec![municipality("Renkum", 31_000)];
    document.key.kind = KeyKind::Inhabitants;
    let report = compute(&document).unwrap();
    let mut choices = NextYearChoices::for_document(&document);
    choices.joining_prospects = vec![0];
    choices.joining_unnamed = 0;
    choices.leaving = vec![2];
    choices.price_index = Decimal::from(2);
    choices.refresh_inhabitants = false;
    let mut next = next_year(&document, &report, &choices).unwrap().document;
    next.participants.list[1].inhabitants = Decimal::from(125_000);
    next.key = next.key.with_kind(KeyKind::Equal);
    (document, next)
}

#[test]
fn with_last_year_in_the_history_the_csv_says_what_changes_and_the_effects_add_up() {
    use bijdragewijzer::domain::report::compute_with_cycle;
    let (before, next) = with_history();
    let report = compute_with_cycle(&next).unwrap();
    let csv = results_csv(&next, &report, &Lang::Nl.keep().csv, "Gelijk");
    let lines: Vec<&str> = csv.lines().collect();
    let header = lines
        .iter()
        .position(|line| line.starts_with("\"Gemeente\";\"Toe- of uitgetreden\";"))
        .expect("the year-over-year table");
    assert_eq!(
        lines[header - 1],
        format!(
            "\"Wat verandert er per gemeente sinds {} (Scenario Streef)\"",
            before.budget_year.unwrap()
        )
    );
    assert_eq!(
        cells(lines[header]),
        [
            "Gemeente",
            "Toe- of uitgetreden",
            "Factuur vorig jaar (EUR)",
            "Bijdrage dit jaar (EUR)",
            "Verschil (EUR)",
            "Verschil (%)",
            "Aanpassingen vorig jaar (EUR)",
            "Door de begroting (EUR)",
            "Door toe- en uittreders (EUR)",
            "Door inwoners en gebruik (EUR)",
            "Door de sleutel (EUR)",
        ]
    );
    let rows: Vec<Vec<String>> = lines[header + 1..].iter().map(|line| cells(line)).collect();
    let names: Vec<&str> = rows.iter().map(|row| row[0].as_str()).collect();
    assert_eq!(names, ["Utrecht", "Ede", "Renkum", "Wageningen"]);
    let status: Vec<&str> = rows.iter().map(|row| row[1].as_str()).collect();
    assert_eq!(status, ["", "", "nieuw", "uitgetreden"]);

    // Last year: the closed year's own allocation (108,900 over 520,000 inhabitants: Ede 25,130.77).
    // This year: the equal key over three members, from this year's allocation.
    let last_year = compute(&before).unwrap();
    let last_shares = &last_year.variants[0].results[1]
        .allocation
        .as_ref()
        .unwrap()
        .shares;
    assert_eq!(
        last_shares[1].shared,
        "25130.77".parse::<Decimal>().unwrap()
    );
    let this_shares = &report.variants[0].results[1]
        .allocation
        .as_ref()
        .unwrap()
        .shares;
    let expected = [
        (Some(last_shares[0].shared), Some(this_shares[0].shared)),
        (Some(last_shares[1].shared), Some(this_shares[1].shared)),
        (None, Some(this_shares[2].shared)),
        (Some(last_shares[2].shared), None),
    ];
    for (row, (last, this)) in rows.iter().zip(expected) {
        let zero = Decimal::ZERO;
        assert_eq!(amount(&row[2]), last.unwrap_or(zero), "{row:?}");
        assert_eq!(amount(&row[3]), this.unwrap_or(zero), "{row:?}");
        let change = amount(&row[4]);
        assert_eq!(change, amount(&row[3]) - amount(&row[2]), "{row:?}");
        // The five effects add up to the change, to the cent.
        let effects: Decimal = row[6..11].iter().map(|cell| amount(cell)).sum();
        assert_eq!(effects, change, "{row:?}");
        match last {
            Some(last) => assert_eq!(
                amount(&row[5]),
                (change * Decimal::from(100) / last).round_dp_with_strategy(
                    1,
                    rust_decimal::RoundingStrategy::MidpointAwayFromZero
                ),
                "{row:?}"
            ),
            None => assert_eq!(row[5], "", "{row:?}"),
        }
    }
    // Every effect does something somewhere: the budget rose, members came and went, Ede grew, and the key
    // changed.
    for column in 7..11 {
        assert!(
            rows.iter().any(|row| !amount(&row[column]).is_zero()),
            "column {column}: {rows:?}"
        );
    }
    // A member that left changes by all it paid.
    assert_eq!(amount(&rows[3][4]), -amount(&rows[3][2]));
}

#[test]
fn without_history_the_csv_has_no_year_over_year_table() {
    use bijdragewijzer::domain::report::compute_with_cycle;
    let (before, _) = with_history();
    let report = compute_with_cycle(&before).unwrap();
    let csv = results_csv(&before, &report, &Lang::Nl.keep().csv, "Inwoners");
    assert!(!csv.contains("Wat verandert er"), "{csv}");
    assert!(!csv.contains("Factuur vorig jaar"), "{csv}");
    assert!(!csv.contains("\r\n\r\n"), "{csv}");
}
