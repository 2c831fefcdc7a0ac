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

/// Utrecht, Ede and Wageningen by inhabitants, closed with "Volgend jaar": Renkum joins, Wageningen leaves,
/// prices rise 2%, inhabitants stay. Returns the closed year's document and the next year's.
fn with_history() -> (
    crate::domain::document::Document,
    crate::domain::document::Document,
) {
    use crate::domain::cycle::next_year::{next_year, NextYearChoices};
    use crate::domain::participants::{Municipality, ParticipantMode};
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.list = vec![
        Municipality::new("Utrecht", Decimal::from(361_000)),
        Municipality::new("Ede", Decimal::from(120_000)),
        Municipality::new("Wageningen", Decimal::from(39_000)),
    ];
    document.growth.additional = 1;
    document.growth.prospects = vec![Municipality::new("Renkum", Decimal::from(31_000))];
    document.key.kind = KeyKind::Inhabitants;
    let report = compute(&document).unwrap();
    let mut choices = NextYearChoices::for_document(&document);
    choices.joining_prospects = vec![0];
    choices.joining_unnamed = 0;
    choices.leaving = vec![2];
    choices.price_index = Decimal::from(2);
    choices.refresh_inhabitants = false;
    let next = next_year(&document, &report, &choices).unwrap().document;
    (document, next)
}

#[test]
fn the_proposal_compares_with_last_year_in_the_history() {
    use crate::domain::report::compute_with_cycle;
    let (before, next) = with_history();
    let year = before.budget_year.unwrap();
    // What each paid: the closed year's own allocation of Streef, and this year's of Streef indexed,
    // each computed without the history.
    let last_report = compute(&before).unwrap();
    let this_report = compute(&next).unwrap();
    let share = |report: &crate::domain::report::Report, index: usize| {
        report.variants[0].results[1]
            .allocation
            .as_ref()
            .unwrap()
            .shares[index]
            .shared
    };
    let (last_total, this_total) = (
        last_report.scenarios[1].total,
        this_report.scenarios[1].total,
    );
    assert!(this_total > last_total);
    // Last year's total was 108,900 over 520,000 inhabitants: Ede paid 25,130.77.
    assert_eq!(share(&last_report, 1), "25130.77".parse().unwrap());
    let percent = |this: Decimal, last: Decimal| {
        ((this - last) * Decimal::from(100) / last)
            .round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    let report = compute_with_cycle(&next).unwrap();
    let facts = letter_facts(&next, &report).unwrap();
    for lang in [Lang::Nl, Lang::En] {
        let letters = lang.letters();
        let euros = |amount: Decimal| letters.euros(amount);
        let pct = |this: Decimal, last: Decimal| {
            format!(
                "+{}%",
                crate::domain::notation::format_number(percent(this, last), 1, lang.notation())
            )
        };
        let proposal = letters.proposal(&facts);
        let expected = match lang {
            Lang::Nl => [
                format!("Vergeleken met {year}"),
                format!(
                    "In {year} betaalden 3 gemeenten samen {}. In scenario Streef betalen 3 gemeenten samen {} ({}).",
                    euros(last_total),
                    euros(this_total),
                    pct(this_total, last_total)
                ),
                format!(
                    "- In {year} betaalde Ede {}; in scenario Streef {} ({}).",
                    euros(share(&last_report, 1)),
                    euros(share(&this_report, 1)),
                    pct(share(&this_report, 1), share(&last_report, 1))
                ),
                format!("- Renkum is nieuw: {} in scenario Streef.", euros(share(&this_report, 2))),
                format!(
                    "- In {year} betaalde Wageningen {}; Wageningen is uitgetreden.",
                    euros(share(&last_report, 2))
                ),
            ],
            Lang::En => [
                format!("Compared with {year}"),
                format!(
                    "In {year} 3 municipalities paid {} together. In scenario Streef 3 municipalities pay {} together ({}).",
                    euros(last_total),
                    euros(this_total),
                    pct(this_total, last_total)
                ),
                format!(
                    "- In {year} Ede paid {}; in scenario Streef {} ({}).",
                    euros(share(&last_report, 1)),
                    euros(share(&this_report, 1)),
                    pct(share(&this_report, 1), share(&last_report, 1))
                ),
                format!("- Renkum is new: {} in scenario Streef.", euros(share(&this_report, 2))),
                format!(
                    "- In {year} Wageningen paid {}; Wageningen has left.",
                    euros(share(&last_report, 2))
                ),
            ],
        };
        for line in &expected {
            assert!(
                proposal.contains(&format!("\n{line}\n")),
                "{line}\n{proposal}"
            );
        }
        // Right after the scenarios, before why the proposed one.
        let compared = proposal.find(&expected[0]).unwrap();
        let why = proposal.find(&letters.why_heading("Streef")).unwrap();
        assert!(compared < why);
    }
}

#[test]
fn without_history_the_proposal_compares_with_nothing() {
    use crate::domain::report::compute_with_cycle;
    let (before, _) = with_history();
    let report = compute_with_cycle(&before).unwrap();
    let facts = letter_facts(&before, &report).unwrap();
    assert_eq!(facts.last_year, None);
    for lang in [Lang::Nl, Lang::En] {
        let (recruitment, proposal) = (
            lang.letters().recruitment(&facts),
            lang.letters().proposal(&facts),
        );
        for text in [recruitment, proposal] {
            for word in ["Vergeleken met", "Compared with", "betaalde", " paid "] {
                assert!(!text.contains(word), "{word}\n{text}");
            }
        }
    }
}

/// The proposal names members for part of the year, what comes in kind and, under tariffs, what they
/// collect against the proposed scenario; figures from the document, worked by hand.
#[test]
fn the_proposal_speaks_of_part_of_the_year_work_in_kind_and_coverage() {
    use crate::domain::participants::{Municipality, ParticipantMode};
    use crate::domain::ways_to_pay::in_kind::{InKindItem, InKindValue};
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    let mut late = Municipality::new("Laatkomer", Decimal::from(10_000));
    late.joins_in_month = Some(4);
    let mut helper = Municipality::new("Middenstad", Decimal::from(60_000));
    helper.in_kind = vec![InKindItem {
        description: "Ontwikkelaar".into(),
        value: InKindValue::Hours {
            hours: Decimal::from(200),
        },
    }];
    document.participants.list = vec![
        Municipality::new("Grootstad", Decimal::from(320_000)),
        helper,
        late,
    ];
    document.key.kind = KeyKind::Tariffs;
    let (_, proposal) = texts(&document, Lang::Nl);
    assert!(
        proposal.contains("Niet het hele jaar doen mee: Laatkomer (vanaf 1 april (9/12))."),
        "{proposal}"
    );
    // Middenstad pays Middelgroot's 12,500; 200 hours at 100 are 20,000, counted up to 12,500. The tariffs
    // collect 40,000 + 12,500 + 2,500 x 9/12 = 54,375, of which 41,875 in money.
    assert!(
        proposal.contains("12.500 daarvan telt tegen hun facturen"),
        "{proposal}"
    );
    assert!(proposal.contains("41.875 in geld ontvangt"), "{proposal}");
    // Streef is 108,900: 54,375 is 49.9 % of it, 54,525 short.
    assert!(
        proposal.replace('\u{a0}', " ").contains("Met de tarieven brengen de gemeenten € 54.375 op, niet genoeg voor Streef (€ 108.900) (49,9%): een tekort van € 54.525."),
        "{proposal}"
    );
    let (_, english) = texts(&document, Lang::En);
    assert!(english.contains("from 1 April (9/12)"), "{english}");
    // Without any of them the section is not there.
    let (_, plain) = texts(&example(), Lang::Nl);
    assert!(!plain.contains("Met de tarieven") && !plain.contains("in natura"));
}
