//! No input may abort the app (issue 14). A panic in WebAssembly stops the whole page, and a share link
//! that panics stops it for everyone who opens it. Random text goes through every number parser and random
//! decimals through every formatter; random documents (the example and a list document with fields set to
//! any decimal: tiny, 28 digits, negative, any scale) go through validation, the report and everything that
//! writes a report out. Each must return, never panic; where a result can be checked, it is.

mod support;

use std::borrow::Cow;

use bijdragewijzer::charts::options::options_json;
use bijdragewijzer::charts::{ChartLabels, ChartRequest, Composition, CostCurve};
use bijdragewijzer::domain::cycle::invoices::invoices_for;
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::error::CalcError;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::key::KeyKind;
use bijdragewijzer::domain::key_comparison::{compare_keys, Subject};
use bijdragewijzer::domain::letters::letter_facts;
use bijdragewijzer::domain::money;
use bijdragewijzer::domain::notation::{
    format_money, format_number, format_percent, format_plain, parse_number, Notation, Precision,
};
use bijdragewijzer::domain::participants::Variant;
use bijdragewijzer::domain::paste::parse_pasted_list;
use bijdragewijzer::domain::prospect::{answer, Asker};
use bijdragewijzer::domain::report::{compute, Report};
use bijdragewijzer::domain::validation::{validate, MAX_INHABITANTS};
use bijdragewijzer::domain::views::{explain_share, member_rows};
use bijdragewijzer::first_view::page_html;
use bijdragewijzer::io::csv::{invoice_list_csv, results_csv};
use bijdragewijzer::io::{json, share_link};
use bijdragewijzer::ui::fields::{field_text, NumberRule};

use bijdragewijzer::text::Lang;
use proptest::prelude::*;
use rust_decimal::Decimal;
use support::documents::{any_decimal, perturbed_document};

const LANGS: [Lang; 2] = [Lang::Nl, Lang::En];
const NOTATIONS: [Notation; 2] = [Notation::Dutch, Notation::English];

/// The text issue 14 found: 28 digits that rust_decimal's formatting could not write with 4 decimals.
const TWENTY_EIGHT_DIGITS: &str = "2999999999999999999999999195";

/// What people type or paste into a number field, and what they should not.
fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,40}",
        "-?[0-9]{0,30}([.,][0-9]{0,30}){0,3}",
        "[-+ ]{0,2}(€|EUR|eur|Eur)? ?[0-9.,' \u{a0}\u{202f}]{0,40}(%|,-)?",
        "[0-9.,%€ -]{0,40}",
        "\\PC{0,40}",
        any::<String>(),
        any_decimal().prop_map(|value| value.to_string()),
        Just(TWENTY_EIGHT_DIGITS.to_string()),
        Just("0,0000000000000000000001".to_string()),
    ]
}

/// Every way the interface reads a number field.
fn rules() -> [NumberRule; 6] {
    [
        NumberRule::default(),
        NumberRule::price(),
        NumberRule::money(),
        NumberRule::inhabitants(),
        NumberRule::percent(-Decimal::ONE_HUNDRED, Decimal::from(1000)),
        NumberRule::money().at_least(Decimal::new(1, 2)),
    ]
}

/// Every formatter a figure can meet on its way to the screen, a file or a link.
fn write_everywhere(value: Decimal) -> usize {
    let mut written = 0;
    for notation in NOTATIONS {
        for decimals in [0, 1, 2, 4, 28, 29, u32::MAX] {
            written += format_number(value, decimals, notation).len();
            written += format_plain(value, decimals, notation).len();
        }
        for precision in [Precision::WholeEuros, Precision::Cents] {
            written += format_money(value, precision, notation).len();
        }
        written += format_percent(value, notation).len();
    }
    for lang in LANGS {
        written += field_text(value, lang).len();
        written += lang.money(value, Precision::Cents).len();
        written += lang.whole(value).len();
    }
    written
}

/// How the interface writes a figure of the report: an amount in euros or cents, a rate per inhabitant to
/// four decimals, a percentage.
fn write_figure(value: Decimal) {
    for precision in [Precision::WholeEuros, Precision::Cents] {
        assert!(format_money(value, precision, Notation::Dutch).starts_with('€'));
    }
    assert!(!format_number(value, 4, Notation::Dutch).is_empty());
    assert!(format_percent(value, Notation::English).ends_with('%'));
}

fn digits_in(text: &str) -> usize {
    text.chars().filter(char::is_ascii_digit).count()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random text through every number parser: the notation reader, each field rule and its message, the
    /// paste reader (in a cell of inhabitants and of usage), and the share-link and file readers.
    #[test]
    fn every_parser_returns_instead_of_panicking(text in typed_text()) {
        if let Ok(value) = parse_number(&text) {
            write_everywhere(value);
        }
        for rule in rules() {
            match rule.read(&text) {
                Ok(value) => {
                    // Whatever a field takes must be something the document accepts.
                    if let (Some(min), Some(max)) = (rule.min, rule.max) {
                        prop_assert!(min <= value && value <= max);
                    }
                    prop_assert!(value.normalize().scale() <= rule.decimals);
                    write_everywhere(value);
                }
                Err(problem) => {
                    for lang in LANGS {
                        prop_assert!(!lang.texts().field_message(&problem, Some("1")).is_empty());
                    }
                }
            }
        }
        let metrics = vec!["meldingen".to_string()];
        let pasted = parse_pasted_list(&format!("Ede\t{text}\t{text}\nBarneveld;{text};{text}"), &metrics, |column| format!("kolom {column}"));
        for municipality in &pasted.municipalities {
            write_everywhere(municipality.inhabitants);
        }
        let link = format!("#bw1.{text}");
        prop_assert!(share_link::decode(&link).is_err());
        prop_assert!(json::parse_document(&text).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 60_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Every decimal through every formatter; what is written in Dutch notation reads back as the rounded
    /// value.
    #[test]
    fn every_formatter_writes_every_decimal(value in any_decimal(), decimals in 0u32..=30) {
        prop_assert!(write_everywhere(value) > 0);
        let written = format_number(value, decimals, Notation::Dutch);
        let rounded = value.round_dp_with_strategy(
            decimals.min(28),
            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
        );
        if digits_in(&written) <= 28 {
            prop_assert_eq!(parse_number(&written), Ok(rounded), "{}", written);
        }
        // Plain Dutch, as the CSV writes it; English would read "999.500" as a Dutch 999500, by design.
        let plain = format_plain(value, decimals, Notation::Dutch);
        if digits_in(&plain) <= 28 {
            prop_assert_eq!(parse_number(&plain), Ok(rounded), "{}", plain);
        }
    }
}

fn chart_labels() -> ChartLabels<'static> {
    ChartLabels {
        count_axis: Cow::Borrowed("Aantal gemeenten"),
        amount_axis: Cow::Borrowed("Per gemeente"),
        current_point: Cow::Borrowed("Nu"),
        grown_point: Cow::Borrowed("Na groei"),
        affordability: Cow::Borrowed("Betaalbaar"),
        reserve: Cow::Borrowed("Reserve"),
        categories: ["a", "b", "c", "d", "e"].map(Cow::Borrowed),
    }
}

/// Every place the interface, the files and the texts write the report out.
fn write_report(document: &Document, report: &Report) {
    for variant in &report.variants {
        for result in &variant.results {
            write_figure(result.total);
            for figure in [&result.per_municipality, &result.per_inhabitant]
                .into_iter()
                .chain(&result.references_by_inhabitants)
                .chain(&result.references_under_key)
            {
                match figure {
                    Ok(value) => write_figure(*value),
                    Err(error) => write_error(error),
                }
            }
            match (&result.allocation, &variant.community) {
                (Ok(allocation), Ok(community)) => {
                    write_figure(allocation.factor);
                    // The per-member table and CSV rows, and "Waarom dit bedrag?" for the first and last.
                    for row in member_rows(community, allocation) {
                        write_figure(row.shared);
                        if let Ok(rate) = &row.per_inhabitant {
                            write_figure(*rate);
                        }
                    }
                    for index in [0, community.count().saturating_sub(1)] {
                        if let Ok(explanation) = explain_share(
                            &document.key,
                            community,
                            allocation,
                            result.total,
                            index,
                            document.rates.hourly_rate,
                        ) {
                            for lang in LANGS {
                                for precision in [Precision::WholeEuros, Precision::Cents] {
                                    let text = lang.results().explain_share(
                                        "x",
                                        &explanation,
                                        lang,
                                        precision,
                                    );
                                    assert!(!text.is_empty());
                                }
                            }
                        }
                    }
                    for (share, member) in allocation.shares.iter().zip(&community.members) {
                        write_figure(share.total);
                        write_figure(member.inhabitants);
                        // The rate per inhabitant of the participant table, to four decimals.
                        if let Ok(rate) = money::div(
                            share.total,
                            member.inhabitants,
                            CalcError::NothingToDivideBy,
                        ) {
                            write_figure(rate);
                        }
                    }
                }
                (Err(error), _) => write_error(error),
                _ => {}
            }
        }
        write_figure(variant.total_inhabitants);
    }
    for effect in &report.growth_effect {
        for figure in std::iter::once(&effect.per_municipality).chain(&effect.references) {
            match figure {
                Ok(percent) => write_figure(*percent),
                Err(error) => write_error(error),
            }
        }
    }
    match &report.multi_year {
        Ok(rows) => {
            for row in rows {
                write_figure(row.total);
                write_figure(row.per_municipality);
                row.per_reference
                    .iter()
                    .flatten()
                    .copied()
                    .for_each(write_figure);
            }
        }
        Err(error) => write_error(error),
    }
    if let Err(error) = &report.break_even {
        write_error(error);
    }
    for lang in LANGS {
        let html = page_html(document, &Ok(report.clone()), lang);
        assert!(!html.contains("<i>"), "names are escaped in the first view");
        assert!(results_csv(document, report, &lang.keep().csv, "k").starts_with('\u{feff}'));
        for variant in Variant::BOTH {
            if let Ok(invoices) = invoices_for(document, report, 0, variant) {
                let csv = invoice_list_csv(&invoices, None, None, "k", &lang.cycle_csv_labels());
                assert_eq!(csv.lines().count(), invoices.len() + 1);
            }
        }
        match letter_facts(document, report) {
            Ok(facts) => {
                assert!(!lang.letters().recruitment(&facts).is_empty());
                assert!(!lang.letters().proposal(&facts).is_empty());
            }
            Err(error) => write_error(&error),
        }
    }
    let curve = CostCurve::from_report(document, report);
    let composition = Composition::from_report(document, report);
    // As the app asks the chart module: the request in JSON, the options of both charts back.
    let request = ChartRequest {
        curve: Cow::Borrowed(&curve),
        composition: Cow::Borrowed(&composition),
        labels: chart_labels(),
    };
    let request = serde_json::to_string(&request).expect("a chart request is JSON");
    assert!(options_json(&request).is_ok(), "{request}");
    for scenario in 0..curve.scenario_totals.len() {
        for count in curve.table_counts() {
            if let Ok(share) = curve.share(scenario, count) {
                write_figure(share);
            }
        }
    }
    for subject in [Subject::Participant(0), Subject::Reference(0)] {
        if let Ok(rows) = compare_keys(document, report, 0, Variant::Grown, subject) {
            assert_eq!(rows.len(), KeyKind::ALL.len());
        }
    }
    if let Ok(account) = &report.accountability {
        write_figure(account.budget_total);
    }
    // The prospect page for a few sizes and a name that may be a member.
    for inhabitants in [
        Decimal::ZERO,
        Decimal::ONE,
        Decimal::from(35_000),
        MAX_INHABITANTS,
    ] {
        let asker = Asker {
            name: Some("Gemeente 1".into()),
            inhabitants,
        };
        if let Ok(prospect) = answer(document, report, &asker, &|a: &str, b: &str| a == b) {
            for scenario in &prospect.scenarios {
                for figure in [&scenario.now, &scenario.after_growth] {
                    match figure {
                        Ok(value) => write_figure(*value),
                        Err(error) => write_error(error),
                    }
                }
            }
        }
    }
}

fn write_error(error: &CalcError) {
    for lang in LANGS {
        assert!(!lang.texts().calc_error(error).is_empty());
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_500, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random documents through validation, the report and every writer; a document that validation passes
    /// has a report, and one that fails it is refused by the file and link readers with the same problems.
    #[test]
    fn any_document_is_computed_or_refused(document in perturbed_document()) {
        let problems = validate(&document);
        let report = compute(&document);
        for lang in LANGS {
            let html = page_html(&document, &report, lang);
            prop_assert!(html.contains("data-testid"));
            for problem in &problems {
                prop_assert!(lang.texts().problem_message(problem).starts_with(&problem.path));
            }
        }
        match &report {
            Ok(report) => {
                prop_assert!(problems.is_empty());
                write_report(&document, report);
            }
            Err(reported) => prop_assert_eq!(reported, &problems),
        }
        let link = share_link::encode(&document);
        match share_link::decode(&link) {
            Ok(back) => {
                prop_assert!(problems.is_empty());
                prop_assert_eq!(back.scenarios, document.scenarios);
            }
            Err(share_link::LinkError::Document(json::ImportError::Invalid(refused))) => {
                prop_assert_eq!(refused, problems)
            }
            Err(other) => prop_assert!(false, "unexpected link error {:?}", other),
        }
    }
}

#[test]
fn the_twenty_eight_digit_text_gets_a_message_at_every_field() {
    for rule in rules() {
        let problem = rule.read(TWENTY_EIGHT_DIGITS);
        match (rule.max, &problem) {
            (Some(max), Err(problem)) => {
                assert_eq!(
                    *problem,
                    bijdragewijzer::ui::fields::FieldProblem::TooLarge(max, rule.kind)
                );
                assert!(Lang::Nl
                    .texts()
                    .field_message(problem, Some("1"))
                    .contains("hoogstens"));
            }
            // A field without a maximum takes it; it must still be writable.
            (None, Ok(value)) => assert_eq!(
                format_number(*value, 4, Notation::Dutch),
                "2.999.999.999.999.999.999.999.999.195,0000"
            ),
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn a_fraction_of_an_inhabitant_is_refused_before_anything_is_computed() {
    // Issue 14: the example with 0.0000000000000000000001 inhabitants in all passed validation, and the
    // rate per inhabitant (about 1e27 euros) panicked when the interface wrote it with four decimals.
    let mut document = example();
    document.participants.summary.inhabitants = Decimal::new(1, 22);
    let problems = validate(&document);
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].path, "participants.summary.inhabitants");
    assert_eq!(
        Lang::Nl.texts().problem_message(&problems[0]),
        "participants.summary.inhabitants: moet een heel getal zijn"
    );
    assert_eq!(compute(&document), Err(problems.clone()));
    match share_link::decode(&share_link::encode(&document)) {
        Err(share_link::LinkError::Document(json::ImportError::Invalid(refused))) => {
            assert_eq!(refused, problems)
        }
        other => panic!("the link must be refused, not {other:?}"),
    }
    assert!(matches!(
        json::parse_document(&document.to_json()),
        Err(json::ImportError::Invalid(_))
    ));
    // And the figure that panicked can be written now, should it ever be computed.
    let rate = money::div(
        Decimal::from(108_900),
        Decimal::new(1, 22),
        CalcError::NothingToDivideBy,
    )
    .unwrap();
    assert_eq!(
        format_number(rate, 4, Notation::Dutch),
        "1.089.000.000.000.000.000.000.000.000,0000"
    );
}
