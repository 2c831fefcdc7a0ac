//! Pasting a list of municipalities from Excel or a CSV file.

use bijdragewijzer::domain::paste::{parse_pasted_list, SkipReason};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn dec(text: &str) -> Decimal {
    text.parse().unwrap()
}

fn unnamed(column: usize) -> String {
    format!("gebruik {column}")
}

#[test]
fn excel_paste_with_header_makes_usage_columns_metrics() {
    let text = "Gemeente\tInwoners\tMeldingen\nUtrecht\t361.924\t1.200\nEde\t118.000,5\t\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert!(pasted.header);
    assert_eq!(pasted.metrics, vec!["Meldingen".to_string()]);
    assert_eq!(pasted.municipalities.len(), 2);
    assert_eq!(pasted.municipalities[0].name, "Utrecht");
    assert_eq!(pasted.municipalities[0].inhabitants, dec("361924"));
    assert_eq!(pasted.municipalities[0].usage["Meldingen"], dec("1200"));
    assert_eq!(pasted.municipalities[1].inhabitants, dec("118000.5"));
    assert!(
        pasted.municipalities[1].usage.is_empty(),
        "an empty cell is no figure"
    );
    assert_eq!(pasted.lines, vec![2, 3]);
    assert!(pasted.skipped.is_empty());
}

#[test]
fn semicolon_csv_with_quotes_and_windows_line_ends() {
    let text = "\"Gemeente\";\"Inwoners\"\r\n\"Bergen (NH)\";\"29.000\"\r\n\"Súdwest-Fryslân\";\"90.000\"\r\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert!(pasted.header);
    let names: Vec<_> = pasted
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, vec!["Bergen (NH)", "Súdwest-Fryslân"]);
    assert_eq!(pasted.municipalities[0].inhabitants, dec("29000"));
}

#[test]
fn skipped_lines_say_where_and_why_and_empty_lines_are_ignored() {
    let text = "Gemeente;Inwoners;Meldingen\nA;1000;5\n\n;2000\nB;veel\nC\nD;-5\nE;10;x\nF;3000";
    let pasted = parse_pasted_list(text, &[], unnamed);
    let names: Vec<_> = pasted
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(names, vec!["A", "F"]);
    let reasons: Vec<_> = pasted
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.clone()))
        .collect();
    assert_eq!(
        reasons,
        vec![
            (4, SkipReason::NoName),
            (
                5,
                SkipReason::InhabitantsNotANumber {
                    text: "veel".into()
                }
            ),
            (6, SkipReason::NoInhabitants),
            (7, SkipReason::InhabitantsNegative),
            (
                8,
                SkipReason::UsageNotANumber {
                    metric: "Meldingen".into(),
                    text: "x".into()
                }
            ),
        ]
    );
    assert_eq!(pasted.skipped[1].text, "B;veel");
}

#[test]
fn without_a_header_every_line_is_data() {
    let pasted = parse_pasted_list("Ede;118000;4\nWageningen;39.000;2,5", &[], unnamed);
    assert!(!pasted.header);
    assert_eq!(pasted.municipalities.len(), 2);
    assert_eq!(pasted.metrics, vec!["gebruik 1".to_string()]);
    assert_eq!(pasted.municipalities[1].usage["gebruik 1"], dec("2.5"));
}

#[test]
fn nothing_pasted_is_nothing_understood() {
    let pasted = parse_pasted_list("\n  \n\t\n", &[], unnamed);
    assert!(pasted.municipalities.is_empty());
    assert!(pasted.skipped.is_empty());
    assert!(!pasted.header);
}

proptest! {
    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC*") {
        let pasted = parse_pasted_list(&text, &[], unnamed);
        prop_assert_eq!(pasted.municipalities.len(), pasted.lines.len());
    }

    #[test]
    fn well_formed_rows_are_all_taken(rows in prop::collection::vec(("[A-Za-z][A-Za-z -]{0,20}", 0u64..2_000_000), 1..30)) {
        let text: String = rows
            .iter()
            .map(|(name, inhabitants)| format!("{name}\t{inhabitants}\n"))
            .collect();
        let pasted = parse_pasted_list(&text, &[], unnamed);
        prop_assert!(pasted.skipped.is_empty());
        prop_assert_eq!(pasted.municipalities.len(), rows.len());
        for (municipality, (name, inhabitants)) in pasted.municipalities.iter().zip(&rows) {
            prop_assert_eq!(&municipality.name, name.trim());
            prop_assert_eq!(municipality.inhabitants, Decimal::from(*inhabitants));
        }
    }
}
