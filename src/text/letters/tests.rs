use rust_decimal::Decimal;

use super::*;
use crate::domain::example::example;
use crate::domain::key::KeyKind;
use crate::domain::letters::letter_facts;
use crate::domain::report::compute;

fn texts(document: &crate::domain::document::Document, lang: Lang) -> (String, String) {
    let report = compute(document).unwrap();
    let facts = letter_facts(document, &report).unwrap();
    (
        lang.letters().recruitment(&facts),
        lang.letters().proposal(&facts),
    )
}

#[test]
fn without_a_budget_year_the_texts_speak_of_the_coming_year() {
    let mut document = example();
    document.budget_year = None;
    let (recruitment, proposal) = texts(&document, Lang::Nl);
    assert!(recruitment.contains("Wat betaalt een gemeente per jaar?"));
    assert!(proposal.starts_with("Voorstel aan de stuurgroep: de communitybijdrage\n"));
    assert!(proposal.contains("1. Kies een scenario voor het komende jaar:"));
    assert!(proposal.contains("15 nieuwe in jaar 2 en 15 nieuwe in jaar 3"));
    assert!(!proposal.contains("2027"));
}

#[test]
fn by_usage_the_texts_give_the_average_and_the_rule() {
    let mut document = example();
    document.key.kind = KeyKind::Usage;
    document.key.usage_metric = "meldingen".into();
    document
        .participants
        .summary
        .average_usage
        .insert("meldingen".into(), Decimal::from(1000));
    let (recruitment, proposal) = texts(&document, Lang::Nl);
    assert!(recruitment.contains("We verdelen de kosten naar gebruik (meldingen)"));
    assert!(recruitment.contains(
        "Minimum €\u{a0}611, Streef €\u{a0}2.420, Wens €\u{a0}5.500 gemiddeld per gemeente;"
    ));
    assert!(proposal.contains("Een gemeente moet dan gemiddeld €\u{a0}968 bijstorten."));
    assert!(proposal.contains("minder geschikt voor klassieke samenwerkingen"));
    assert!(proposal.contains("een gemeente gemiddeld niet meer dan"));
}

#[test]
fn a_hybrid_base_that_does_not_fit_leaves_those_amounts_unknown_and_is_a_risk() {
    let mut document = example();
    document.key.kind = KeyKind::Hybrid;
    let (recruitment, proposal) = texts(&document, Lang::Nl);
    assert!(recruitment
        .contains("Elke gemeente betaalt hetzelfde basisdeel van €\u{a0}2.000 per jaar."));
    assert!(recruitment.contains("Minimum niet te berekenen"));
    assert!(proposal.contains("Met deze verdeelsleutel is het tekort niet te berekenen."));
    assert!(proposal.contains(
        "- Dit basisbedrag is te hoog voor Minimum (nu en na groei) en Streef (na groei)."
    ));
    let (english, _) = texts(&document, Lang::En);
    assert!(english.contains("Minimum cannot be computed"));
}

#[test]
fn without_growth_there_is_no_growth_to_quote_or_decide_on() {
    let mut document = example();
    document.growth.additional = 0;
    let (recruitment, proposal) = texts(&document, Lang::En);
    assert!(!recruitment.contains("with growth to"));
    assert!(!recruitment.contains("Together it gets cheaper"));
    assert!(proposal.contains("The proposal counts on no new municipalities."));
    assert!(proposal.contains("- Growth: we count on no new municipalities."));
    assert!(!proposal.contains("Set the growth plan"));
    assert!(!proposal.contains("Scale up"));
}

#[test]
fn the_reserve_outside_the_advice_is_a_risk_of_the_proposal() {
    let mut document = example();
    document.conclusions.start_scenario = 0;
    let (_, proposal) = texts(&document, Lang::Nl);
    assert!(proposal.contains("- Deze reserve is lager dan 10%."));
    assert!(proposal.contains("Ons voorstel is Minimum."));
}

#[test]
fn rates_have_four_decimals_and_percentages_keep_their_decimal() {
    assert_eq!(Lang::Nl.rate("0.0726".parse().unwrap()), "€\u{a0}0,0726");
    assert_eq!(Lang::En.rate("0.141".parse().unwrap()), "€0.1410");
    assert_eq!(NL.percent("2.5".parse().unwrap()), "2,5%");
    assert_eq!(EN.percent("10".parse().unwrap()), "10%");
}
