//! Golden texts: the recruitment letter and the proposal to the steering group, in Dutch and English, for
//! the built-in example and for a staffel-keyed community of twenty municipalities
//! (`tests/golden/texts/twenty-staffel.json`). Each must equal its `tests/golden/texts/NAME.TEXT.LANG.expected.txt`;
//! run with `UPDATE_GOLDEN=1` to rewrite them after a deliberate change, then read the diff.
//!
//! Beside the golden files, the amounts in the texts are checked against the report itself, so a golden
//! file can never quietly agree with a wrong figure: change the key and the text changes with the report.

mod support;

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::key::KeyKind;
use bijdragewijzer::domain::letters::letter_facts;
use bijdragewijzer::domain::notation::{format_money, format_number, Precision};
use bijdragewijzer::domain::report::{compute, Report};
use bijdragewijzer::domain::shortfall::shortfall;
use bijdragewijzer::text::Lang;
use rust_decimal::Decimal;
use support::{dec, golden};

fn load(name: &str) -> Document {
    golden::load(&format!("texts/{name}.json"))
}

/// Both texts in both languages: (file stem, text).
fn render(document: &Document) -> Vec<(String, String)> {
    let report = compute(document).expect("document computes");
    let facts = letter_facts(document, &report).expect("texts can be written");
    let mut texts = Vec::new();
    for lang in [Lang::Nl, Lang::En] {
        let letters = lang.letters();
        texts.push((
            format!("recruitment.{}", lang.code()),
            letters.recruitment(&facts),
        ));
        texts.push((
            format!("proposal.{}", lang.code()),
            letters.proposal(&facts),
        ));
    }
    texts
}

fn check_golden(name: &str, document: &Document) {
    for (stem, text) in render(document) {
        golden::check(&format!("texts/{name}.{stem}.expected.txt"), &text);
    }
}

fn euros(amount: Decimal, lang: Lang) -> String {
    format_money(amount, Precision::WholeEuros, lang.notation())
}

/// "Minimum € 367, Streef € 1.452, Wens € 3.300; bij groei naar 75 gemeenten € 220, € 871, € 1.980" for one
/// reference municipality, from the report.
fn reference_line(document: &Document, report: &Report, reference: usize, lang: Lang) -> String {
    let amount = |variant: usize, scenario: usize| {
        euros(
            report.variants[variant].results[scenario].references_under_key[reference]
                .clone()
                .expect("priced"),
            lang,
        )
    };
    let now: Vec<String> = document
        .scenarios
        .iter()
        .enumerate()
        .map(|(index, scenario)| format!("{} {}", scenario.name, amount(0, index)))
        .collect();
    let grown: Vec<String> = (0..document.scenarios.len())
        .map(|index| amount(1, index))
        .collect();
    let municipality = &document.reference_municipalities[reference];
    let inhabitants = format_number(municipality.inhabitants, 0, lang.notation());
    match lang {
        Lang::Nl => format!(
            "- {} ({inhabitants} inwoners): {}; bij groei naar {} gemeenten {}",
            municipality.name,
            now.join(", "),
            report.variants[1].count,
            grown.join(", ")
        ),
        Lang::En => format!(
            "- {} ({inhabitants} inhabitants): {}; with growth to {} municipalities {}",
            municipality.name,
            now.join(", "),
            report.variants[1].count,
            grown.join(", ")
        ),
    }
}

#[test]
fn the_example_texts() {
    check_golden("example", &example());
}

#[test]
fn the_staffel_community_texts() {
    let document = load("twenty-staffel");
    assert_eq!(document.key.kind, KeyKind::Staffel);
    assert_eq!(document.participants.list.len(), 20);
    check_golden("twenty-staffel", &document);
}

#[test]
fn the_example_quotes_the_equal_share_of_every_scenario_from_the_report() {
    let document = example();
    let report = compute(&document).unwrap();
    let facts = letter_facts(&document, &report).unwrap();
    let share = |variant: usize, scenario: usize| {
        euros(
            report.variants[variant].results[scenario]
                .per_municipality
                .clone()
                .unwrap(),
            Lang::Nl,
        )
    };
    let recruitment = Lang::Nl.letters().recruitment(&facts);
    // The guide's template sentence: all scenarios now, and after growth.
    let template = format!(
        "Minimum {}, Streef {}, Wens {} per gemeente; bij groei naar 75 gemeenten {}, {}, {}.",
        share(0, 0),
        share(0, 1),
        share(0, 2),
        share(1, 0),
        share(1, 1),
        share(1, 2)
    );
    assert!(recruitment.contains(&template), "{template}\n{recruitment}");
    assert!(recruitment.contains("€\u{a0}2.420"));
    assert!(recruitment.contains("vrijwillig"));
    // Under the equal key there are no amounts per reference size.
    assert!(!recruitment.contains("Klein (20.000 inwoners)"));
    let proposal = Lang::Nl.letters().proposal(&facts);
    let missing = shortfall(&report, 1).unwrap().unwrap();
    assert!(proposal.contains(&format!(
        "Dan komt er {} binnen en mist er {} per jaar.",
        euros(missing.collected, Lang::Nl),
        euros(missing.missing, Lang::Nl)
    )));
    assert!(proposal.contains(&format!(
        "Elke gemeente moet dan {} bijstorten.",
        euros(missing.per_municipality, Lang::Nl)
    )));
    assert!(proposal.contains("1. Kies een scenario voor 2027: Minimum, Streef of Wens."));
    assert!(!proposal.contains("De stuurgroep besluit"));
}

#[test]
fn changing_the_key_changes_the_amounts_to_the_reports_figures() {
    let equal = example();
    let mut by_inhabitants = example();
    by_inhabitants.key.kind = KeyKind::Inhabitants;
    by_inhabitants.key.maximum = Some(dec("7500"));
    let report = compute(&by_inhabitants).unwrap();
    let facts = letter_facts(&by_inhabitants, &report).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let text = lang.letters().recruitment(&facts);
        for reference in 0..by_inhabitants.reference_municipalities.len() {
            let line = reference_line(&by_inhabitants, &report, reference, lang);
            assert!(text.contains(&line), "missing {line:?} in\n{text}");
        }
        let equal_report = compute(&equal).unwrap();
        let equal_text = lang
            .letters()
            .recruitment(&letter_facts(&equal, &equal_report).unwrap());
        assert_ne!(text, equal_text);
    }
    // Groot is held at the maximum in Wens, and the text says so by the amount and the bound.
    let groot_wens = report.variants[0].results[2].references_under_key[2].clone();
    assert_eq!(groot_wens, Ok(dec("7500")));
    let dutch = Lang::Nl.letters().recruitment(&facts);
    assert!(dutch.contains("Elke gemeente betaalt hoogstens €\u{a0}7.500."));
    assert!(dutch.contains("In Streef is dat nu €\u{a0}0,0726 per inwoner."));
}

#[test]
fn the_staffel_texts_quote_the_reports_figures_for_each_size() {
    let document = load("twenty-staffel");
    let report = compute(&document).unwrap();
    let facts = letter_facts(&document, &report).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let text = lang.letters().recruitment(&facts);
        for reference in 0..document.reference_municipalities.len() {
            let line = reference_line(&document, &report, reference, lang);
            assert!(text.contains(&line), "missing {line:?} in\n{text}");
        }
    }
    let proposal = Lang::Nl.letters().proposal(&facts);
    assert!(proposal.contains("Verdeelsleutel: Staffel"));
    assert!(proposal.contains("Neem contact op met Fatima de Vries (coordinator@voorbeeld.nl)."));
    // Minimum's 5% reserve is no risk of the proposal: the proposal is Streef, with 12%.
    assert!(!proposal.contains("lager dan 10%"));
}
