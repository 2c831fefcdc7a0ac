//! Pasting a list of municipalities from Excel or a CSV file.

mod support;

use bijdragewijzer::domain::paste::{parse_pasted_list, PastedList, SkipReason};
use proptest::prelude::*;
use rust_decimal::Decimal;
use support::dec;

fn unnamed(column: usize) -> String {
    format!("gebruik {column}")
}

#[test]
fn excel_paste_with_header_makes_usage_columns_metrics() {
    let text = "Gemeente\tInwoners\tMeldingen\nUtrecht\t361.924\t1.200\nEde\t118.000\t\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert!(pasted.header);
    assert_eq!(pasted.metrics, vec!["Meldingen".to_string()]);
    assert_eq!(pasted.municipalities.len(), 2);
    assert_eq!(pasted.municipalities[0].name, "Utrecht");
    assert_eq!(pasted.municipalities[0].inhabitants, dec("361924"));
    assert_eq!(pasted.municipalities[0].usage["Meldingen"], dec("1200"));
    assert_eq!(pasted.municipalities[1].inhabitants, dec("118000"));
    assert_eq!(
        pasted.from_directory,
        vec![false, false],
        "figures as pasted"
    );
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
            (6, SkipReason::NotInDirectory { closest: vec![] }),
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

fn names(pasted: &PastedList) -> Vec<&str> {
    pasted
        .municipalities
        .iter()
        .map(|m| m.name.as_str())
        .collect()
}

fn reasons(pasted: &PastedList) -> Vec<(usize, SkipReason)> {
    pasted
        .skipped
        .iter()
        .map(|s| (s.line, s.reason.clone()))
        .collect()
}

#[test]
fn names_only_take_their_inhabitants_from_the_directory() {
    // Figures of CBS "Gebieden in Nederland 2026" (gemeenten-2026.csv), read off the file by hand.
    let text = "Gemeente\nUtrecht\nsudwest fryslan\n's-Hertogenbosch\nSchiermonnikoog;\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert!(pasted.header, "a lone \"Gemeente\" is the header");
    assert!(pasted.skipped.is_empty(), "{:?}", pasted.skipped);
    assert_eq!(
        names(&pasted),
        [
            "Utrecht",
            "sudwest fryslan",
            "'s-Hertogenbosch",
            "Schiermonnikoog"
        ],
        "names stay as pasted"
    );
    let figures: Vec<_> = pasted
        .municipalities
        .iter()
        .map(|m| m.inhabitants)
        .collect();
    assert_eq!(
        figures,
        vec![dec("378121"), dec("90521"), dec("162295"), dec("972")]
    );
    assert_eq!(pasted.from_directory, vec![true; 4]);
    assert!(
        pasted.metrics.is_empty(),
        "a trailing separator is no column"
    );
}

#[test]
fn a_pasted_figure_wins_over_the_directory() {
    let pasted = parse_pasted_list("Utrecht;361.924\nEde\n", &[], unnamed);
    assert_eq!(pasted.municipalities[0].inhabitants, dec("361924"));
    assert_eq!(pasted.municipalities[1].inhabitants, dec("125331"));
    assert_eq!(pasted.from_directory, vec![false, true]);
}

#[test]
fn every_municipality_of_the_directory_can_be_pasted_by_name() {
    let names: String = bijdragewijzer::domain::directory::directory()
        .entries()
        .iter()
        .map(|e| format!("{}\n", e.name))
        .collect();
    let pasted = parse_pasted_list(&names, &[], unnamed);
    assert!(pasted.skipped.is_empty(), "{:?}", pasted.skipped);
    assert!(!pasted.header);
    assert_eq!(pasted.municipalities.len(), 342);
    let total: Decimal = pasted.municipalities.iter().map(|m| m.inhabitants).sum();
    // The total of the source file's column "inwoners" (see tests/directory.rs).
    assert_eq!(total, dec("18130208"));
}

#[test]
fn a_name_the_directory_does_not_know_is_flagged_with_the_closest_names() {
    let pasted = parse_pasted_list("Amstrdam\nUtrecht\nQqqqqqqq\n", &[], unnamed);
    assert_eq!(names(&pasted), ["Utrecht"]);
    let lines: Vec<_> = pasted.skipped.iter().map(|s| s.line).collect();
    assert_eq!(lines, [1, 3]);
    match &pasted.skipped[0].reason {
        SkipReason::NotInDirectory { closest } => {
            assert_eq!(closest.first(), Some(&"Amsterdam"));
            assert!(closest.len() <= 3);
        }
        other => panic!("expected a name not found, got {other:?}"),
    }
    assert_eq!(
        pasted.skipped[1].reason,
        SkipReason::NotInDirectory { closest: vec![] },
        "nothing looks like it"
    );
}

#[test]
fn total_and_subtotal_rows_are_left_out_with_a_notice() {
    let text = "Gemeente;Inwoners\n\
                A;1.000\nB;2.000\nSubtotaal;3.000\n\
                C;4.000\nD;5.000\nSom noord;9.000\n\
                TOTAAL;12.000\nTotal:;\nsum\nAlles;12.000\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert_eq!(names(&pasted), ["A", "B", "C", "D"]);
    assert_eq!(
        reasons(&pasted),
        vec![
            (4, SkipReason::TotalRow),
            (7, SkipReason::TotalRow),
            (8, SkipReason::TotalRow),
            (9, SkipReason::TotalRow),
            (10, SkipReason::TotalRow),
            (11, SkipReason::SumOfRowsAbove),
        ]
    );
}

#[test]
fn a_sum_without_the_word_is_recognised_at_the_end_of_a_block_and_of_the_list() {
    let text = "A;100\nB;200\nNoord;300\n\nC;400\nD;500\nZuid;900\n\nLand;1.200\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert_eq!(names(&pasted), ["A", "B", "C", "D"]);
    assert_eq!(
        reasons(&pasted),
        vec![
            (3, SkipReason::SumOfRowsAbove),
            (7, SkipReason::SumOfRowsAbove),
            (9, SkipReason::SumOfRowsAbove),
        ]
    );
}

#[test]
fn inside_a_list_a_figure_equal_to_the_sum_above_is_a_municipality() {
    // Generated or rounded lists often run 1.000, 2.000, 3.000: the third is no total.
    let text = "A;1.000\nB;2.000\nC;3.000\nD;4.000\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert_eq!(names(&pasted), ["A", "B", "C", "D"]);
    // ... but at the end of the list it is read as one.
    let pasted = parse_pasted_list("A;1.000\nB;2.000\nC;3.000\n", &[], unnamed);
    assert_eq!(names(&pasted), ["A", "B"]);
    assert_eq!(reasons(&pasted), vec![(3, SkipReason::SumOfRowsAbove)]);
}

#[test]
fn equal_neighbours_and_known_municipalities_are_no_totals() {
    // One row above is no sum: two municipalities of the same size are common.
    let pasted = parse_pasted_list("A;1000\nB;1000\n", &[], unnamed);
    assert_eq!(names(&pasted), ["A", "B"]);
    // A name the directory knows is a municipality, whatever its figure.
    let pasted = parse_pasted_list("A;1000\nB;2000\nEde;3000\n", &[], unnamed);
    assert_eq!(names(&pasted), ["A", "B", "Ede"]);
    // Names that merely begin like a total word.
    let pasted = parse_pasted_list("Someren\nSomer;5\nTotalis;7\n", &[], unnamed);
    assert_eq!(names(&pasted), ["Someren", "Somer", "Totalis"]);
}

#[test]
fn zero_and_fractional_inhabitants_get_a_message_and_are_not_taken() {
    let text = "Gemeente;Inwoners\nA;1000\nB;0\nC;45,123\nD;45.123\nE;118.000,5\nF;12,0\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert_eq!(names(&pasted), ["A", "D", "F"]);
    assert_eq!(
        pasted.municipalities[1].inhabitants,
        dec("45123"),
        "a dot before three digits is a Dutch thousands separator"
    );
    assert_eq!(pasted.municipalities[2].inhabitants, dec("12"));
    assert_eq!(
        reasons(&pasted),
        vec![
            (3, SkipReason::InhabitantsZero),
            (
                4,
                SkipReason::InhabitantsNotWhole {
                    text: "45,123".into()
                }
            ),
            (
                6,
                SkipReason::InhabitantsNotWhole {
                    text: "118.000,5".into()
                }
            ),
        ]
    );
}

#[test]
fn the_excel_habits_of_issue_13_give_three_notices() {
    let text = "Gemeente\tInwoners\nWestdorp\t30.000\nOostdorp\t0\nNoorddorp\t45,123\nZuiddorp\t20.000\t\n\nTotaal\t95.123\n\t\t\n";
    let pasted = parse_pasted_list(text, &[], unnamed);
    assert_eq!(names(&pasted), ["Westdorp", "Zuiddorp"]);
    assert_eq!(pasted.skipped.len(), 3);
    assert_eq!(pasted.skipped[2].reason, SkipReason::TotalRow);
    assert!(
        pasted.metrics.is_empty(),
        "trailing tabs are no usage column"
    );
}

#[test]
fn trailing_separators_are_no_columns() {
    let pasted = parse_pasted_list("Ede;118000;\nWageningen;39000;;\n", &[], unnamed);
    assert!(pasted.skipped.is_empty());
    assert!(pasted.metrics.is_empty());
    assert_eq!(names(&pasted), ["Ede", "Wageningen"]);
}

proptest! {
    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC*") {
        let pasted = parse_pasted_list(&text, &[], unnamed);
        prop_assert_eq!(pasted.municipalities.len(), pasted.lines.len());
    }

    #[test]
    fn well_formed_rows_are_all_taken(rows in prop::collection::vec(("Gem [A-Za-z][A-Za-z -]{0,20}", 1u64..2_000_000), 1..30)) {
        // A figure that equals the sum of two or more rows above it is read as a total (tested below).
        let mut sum = 0;
        for (count, (_, inhabitants)) in rows.iter().enumerate() {
            prop_assume!(count < 2 || *inhabitants != sum);
            sum += inhabitants;
        }
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

    #[test]
    fn a_total_row_at_the_end_is_always_left_out(figures in prop::collection::vec(1u64..2_000_000, 2..30), named in any::<bool>()) {
        let mut sum = 0;
        for (count, inhabitants) in figures.iter().enumerate() {
            prop_assume!(count < 2 || *inhabitants != sum);
            sum += inhabitants;
        }
        let mut text: String = figures
            .iter()
            .enumerate()
            .map(|(row, inhabitants)| format!("Plaats {row};{inhabitants}\n"))
            .collect();
        let label = if named { "Totaal" } else { "Alles bij elkaar" };
        text.push_str(&format!("{label};{sum}\n"));
        let pasted = parse_pasted_list(&text, &[], unnamed);
        let total: Decimal = pasted.municipalities.iter().map(|m| m.inhabitants).sum();
        prop_assert_eq!(total, Decimal::from(sum), "the total is not counted twice");
        prop_assert_eq!(pasted.skipped.last().map(|s| s.line), Some(figures.len() + 1));
    }
}
