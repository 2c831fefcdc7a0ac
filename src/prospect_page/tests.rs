//! The prospect page's markup: what it says for the example (whose figures the product description gives),
//! that everything typed is text and never markup, the contact links, and the suggestions of the field.

use rust_decimal::Decimal;

use super::*;
use crate::domain::budget::Category;
use crate::domain::directory::{directory, SUGGESTIONS};
use crate::domain::document::Document;
use crate::domain::example::example;
use crate::domain::key::KeyKind;
use crate::domain::notation::Precision;
use crate::domain::participants::{Municipality, ParticipantMode};
use crate::domain::prospect::Standing;
use crate::domain::report::compute;
use crate::domain::test_support::dec;
use crate::html::escape;
use crate::io::share_link::LinkError;
use crate::text::Lang;

const NBSP: char = '\u{a0}';

fn euros(text: &str) -> String {
    format!("€{NBSP}{text}")
}

fn answered(document: &Document, choice: &ProspectChoice, lang: Lang) -> Answered {
    let report = compute(document).unwrap();
    answer_html(document, &report, choice, lang)
}

/// The text of the element carrying `data-testid="<id>"`, up to its closing tag.
fn testid_text<'a>(html: &'a str, id: &str) -> &'a str {
    let marker = format!(r#"data-testid="{id}">"#);
    let start = html
        .find(&marker)
        .unwrap_or_else(|| panic!("{id} in {html}"))
        + marker.len();
    let end = html[start..].find('<').unwrap() + start;
    &html[start..end]
}

fn municipality(name: &str, inhabitants: u32) -> Municipality {
    Municipality::new(name, Decimal::from(inhabitants))
}

/// Three named members (Utrecht, Ede, Wageningen), one named prospect (Renkum) and the example's budget.
fn listed() -> Document {
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.list = vec![
        municipality("Utrecht", 361_000),
        municipality("Ede", 120_000),
        municipality("Wageningen", 39_000),
    ];
    document.growth.additional = 2;
    document.growth.prospects = vec![municipality("Renkum", 31_000)];
    document
}

#[test]
fn a_newcomer_of_35000_under_the_equal_key_reads_the_examples_figures() {
    // The example: 45 municipalities share Streef (EUR 108,900) equally; growth to 75 in two years. A
    // newcomer joins 45 others now (108,900 / 46 = 2,367.39) and is one of 75 after growth (1,452).
    let document = example();
    let html = answered(
        &document,
        &ProspectChoice::Inhabitants(dec("35000")),
        Lang::Nl,
    )
    .html;
    assert_eq!(testid_text(&html, "prospect-amount"), euros("2.367"));
    assert_eq!(
        testid_text(&html, "prospect-amount-after-growth"),
        euros("1.452")
    );
    assert_eq!(
        testid_text(&html, "prospect-who"),
        "Een gemeente van 35.000 inwoners"
    );
    // Minimum (10,000 + 100 h + 0.1 FTE = 27,500) and Wens (225,000 + 10% = 247,500) in the table, now
    // (over 46) and after growth (over 75).
    assert_eq!(testid_text(&html, "prospect-now-0"), euros("598"));
    assert_eq!(testid_text(&html, "prospect-after-0"), euros("367"));
    assert_eq!(testid_text(&html, "prospect-now-2"), euros("5.380"));
    assert_eq!(testid_text(&html, "prospect-after-2"), euros("3.300"));
    assert!(html.contains("Streef (voorstel)"), "{html}");
    assert!(html.contains("Nu (46 gemeenten)"), "{html}");
    assert!(html.contains("Na groei (75 gemeenten)"), "{html}");
}

#[test]
fn the_sentences_say_how_it_is_computed_what_it_pays_for_and_what_it_rests_on() {
    let document = example();
    let html = answered(
        &document,
        &ProspectChoice::Inhabitants(dec("35000")),
        Lang::Nl,
    )
    .html;
    let computed = format!(
        "verdeelsleutel Gelijk: elke gemeente betaalt hetzelfde bedrag. Het totaal van scenario Streef, {}{NBSP}108.900 per jaar, wordt verdeeld over 46 gemeenten, uw gemeente meegeteld, en na groei over 75 gemeenten.",
        '€'
    );
    assert!(html.contains(&computed), "{html}");
    let pays = format!(
        "Scenario Streef betaalt Doorontwikkeling {}, Coördinatie en beheer {}, Infrastructuur {} en Community {}, plus een reserve van 10% ({}). Doel: Realistisch en wenselijk: de aanbevolen basis.",
        euros("55.000"),
        euros("22.500"),
        euros("14.500"),
        euros("7.000"),
        euros("9.900")
    );
    assert!(html.contains(&pays), "{html}");
    assert!(
        html.contains("Begrotingsjaar 2027. Na groei: van 45 naar 75 gemeenten binnen 2 jaar (in 2029). De berekening gaat voor nieuwe gemeenten uit van het gemiddelde aantal inwoners van nu."),
        "{html}"
    );
    // A typed number is no directory figure: no credit line.
    assert!(!html.contains("CBS"), "{html}");
}

#[test]
fn the_key_its_bounds_and_a_plan_without_growth_are_worded_in_english_too() {
    let mut document = example();
    document.key.kind = KeyKind::Inhabitants;
    document.key.minimum = Some(dec("500"));
    document.key.maximum = Some(dec("5000"));
    document.growth.additional = 0;
    document.budget_year = None;
    let html = answered(
        &document,
        &ProspectChoice::Inhabitants(dec("35000")),
        Lang::En,
    )
    .html;
    assert!(
        html.contains("allocation key Inhabitants: each municipality pays by its number of inhabitants, at least €500 and at most €5,000 per municipality. The total of scenario Streef, €108,900 per year, is divided over 46 municipalities, yours included."),
        "{html}"
    );
    assert!(html.contains("No growth is planned"), "{html}");
    assert!(!html.contains("Budget year"), "{html}");
}

#[test]
fn a_directory_municipality_shows_its_cbs_figure_and_the_credit_line() {
    let ede = directory().find("Ede").unwrap();
    let document = example();
    let answered = answered(&document, &ProspectChoice::Directory(ede), Lang::Nl);
    let html = answered.html;
    let size = format!(
        "{}, {} inwoners",
        ede.province,
        Lang::Nl.whole(ede.inhabitants_decimal())
    );
    assert!(html.contains(&size), "{html}");
    assert_eq!(
        testid_text(&html, "prospect-source"),
        "Inwonertallen: CBS, Gebieden in Nederland 2026 (CC BY 4.0)"
    );
    assert_eq!(
        answered.status,
        format!("Ede: {} per jaar in scenario Streef.", euros("2.367"))
    );
}

#[test]
fn a_member_reads_its_own_contribution_and_is_told_so() {
    let document = listed();
    let report = compute(&document).unwrap();
    let choice = ProspectChoice::Named {
        name: "Ede".into(),
        inhabitants: dec("120000"),
        standing: Standing::Member,
    };
    let html = answer_html(&document, &report, &choice, Lang::Nl).html;
    let own = report.variants[0].results[1]
        .allocation
        .as_ref()
        .unwrap()
        .shares[1]
        .total;
    assert_eq!(
        testid_text(&html, "prospect-amount"),
        Lang::Nl.money(own, Precision::WholeEuros)
    );
    assert!(html.contains("Deze gemeente doet al mee. Dit is haar eigen bijdrage."));
    assert!(
        html.contains(
            "wordt verdeeld over de 3 gemeenten die nu meedoen, en na groei over 5 gemeenten."
        ),
        "{html}"
    );
    // Chosen from the directory by the same name, it is the member all the same.
    let ede = directory().find("ede").unwrap();
    let from_directory = answer_html(
        &document,
        &report,
        &ProspectChoice::Directory(ede),
        Lang::Nl,
    )
    .html;
    assert_eq!(
        testid_text(&from_directory, "prospect-amount"),
        testid_text(&html, "prospect-amount")
    );
}

#[test]
fn every_typed_text_is_shown_as_text_never_as_markup() {
    let attack = r#"<img src=x onerror="alert('x')">&"#;
    let mut document = listed();
    document.name = attack.into();
    document.scenarios[1].name = attack.into();
    document.scenarios[1].purpose = attack.into();
    document.participants.list[1].name = attack.into();
    document.contact.name = attack.into();
    document.contact.email = attack.into();
    document.contact.website = attack.into();
    let report = compute(&document);
    let page = page_html(
        &document,
        &report,
        Lang::Nl,
        "https://x.nl/#bw1.a\"b",
        attack,
        "",
    );
    let report = report.unwrap();
    let suggestions = matches(&report, "img");
    assert!(
        !suggestions.options.is_empty(),
        "the member's name is offered"
    );
    let options = options_html(&suggestions, Some(0), Lang::Nl);
    let choice = suggestions.options[0].clone();
    let answer = answer_html(&document, &report, &choice, Lang::Nl);
    for html in [&page, &options, &answer.html] {
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("onerror=\""), "{html}");
        assert!(
            html.contains("&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;"),
            "{html}"
        );
    }
    assert!(page.contains(r#"value="&lt;img"#), "{page}");
    assert!(
        page.contains(r#"href="https://x.nl/#bw1.a&quot;b""#),
        "{page}"
    );
    // Neither the e-mail address nor the website with markup becomes a link.
    assert!(!page.contains("mailto:"), "{page}");
    assert!(!page.contains("noopener"), "{page}");
}

#[test]
fn the_contact_shows_what_is_filled_in_as_links() {
    let mut document = example();
    let report = compute(&document);
    let page = page_html(&document, &report, Lang::Nl, "#", "", "");
    assert!(
        !page.contains("bw-prospect__contact"),
        "no contact, no section"
    );

    document.contact.name = "Jan Jansen".into();
    document.contact.email = "jan@example.nl".into();
    document.contact.website = "www.example.nl/mor".into();
    let page = page_html(&document, &report, Lang::Nl, "#", "", "");
    assert!(page.contains(r#"Contact: Jan Jansen, <a class="utrecht-link" href="mailto:jan@example.nl">jan@example.nl</a>"#), "{page}");
    assert!(page.contains(r#"Website: <a class="utrecht-link" href="https://www.example.nl/mor" rel="noopener noreferrer">www.example.nl/mor</a>"#), "{page}");

    document.contact.name = String::new();
    document.contact.email = "jan@example.nl?bcc=x@y.nl".into();
    document.contact.website = "javascript:alert(1)".into();
    let page = page_html(&document, &report, Lang::Nl, "#", "", "");
    assert!(!page.contains("mailto:"), "{page}");
    assert!(!page.contains("href=\"javascript"), "{page}");
    assert!(page.contains("Website: javascript:alert(1)"), "{page}");
    assert!(!page.contains("Jan Jansen"));
}

#[test]
fn the_page_has_the_field_the_open_link_and_a_labelled_combobox() {
    let document = example();
    let report = compute(&document);
    let page = page_html(
        &document,
        &report,
        Lang::Nl,
        "https://x.nl/#bw1.abc",
        "",
        "",
    );
    assert!(
        page.contains(&format!(
            r#"<h1 class="utrecht-heading-1">{}</h1>"#,
            escape(&document.name)
        )),
        "{page}"
    );
    assert!(page.contains(&format!(
        r#"<label class="utrecht-form-label" for="{INPUT_ID}">Kies uw gemeente</label>"#
    )));
    for attribute in [
        r#"role="combobox""#,
        r#"aria-expanded="false""#,
        &format!(r#"aria-controls="{LIST_ID}""#),
        r#"data-testid="prospect-municipality""#,
    ] {
        assert!(page.contains(attribute), "{attribute} in {page}");
    }
    // The list the field controls is always there, hidden while closed.
    assert!(
        page.contains(&format!(
            r#"<ul role="listbox" id="{LIST_ID}" aria-label="Gemeenten"></ul>"#
        )),
        "{page}"
    );
    assert!(page.contains(r#"<a class="utrecht-link" href="https://x.nl/#bw1.abc" data-testid="prospect-open">Open de volledige berekening</a>"#), "{page}");
    assert_eq!(page.matches("<div").count(), page.matches("</div>").count());
    assert_eq!(page.matches("<p").count(), page.matches("</p>").count());
}

#[test]
fn a_document_with_problems_gets_a_message_and_the_way_to_the_full_calculation() {
    let mut document = example();
    document.scenarios[1].reserve_percent = Decimal::from(150);
    let report = compute(&document);
    assert!(report.is_err());
    let page = page_html(&document, &report, Lang::Nl, "#bw1.x", "", "");
    assert!(page.contains(r#"data-testid="error""#));
    assert!(!page.contains("prospect-municipality"));
    assert!(page.contains("prospect-open"));
}

#[test]
fn the_full_calculation_is_the_same_address_with_the_document_as_a_share_link() {
    let document = example();
    let prospect = crate::io::share_link::prospect_link("https://x.nl/bw/?a=1#oud", &document);
    let fragment = &prospect[prospect.find('#').unwrap()..];
    let full = full_calculation_link(&prospect, fragment);
    assert_eq!(
        full,
        crate::io::share_link::link("https://x.nl/bw/?a=1", &document)
    );
}

#[test]
fn a_damaged_link_says_so() {
    let share = "https://example.nl/bw/#bw1.abc";
    let html = link_error_html(&LinkError::Damaged, Lang::Nl, share);
    assert!(html.contains("beschadigd of afgekapt"), "{html}");
    assert!(html.contains(r#"href="./""#));
    let html = link_error_html(&LinkError::NewerVersion { found: 2 }, Lang::En, share);
    assert!(html.contains("newer version"), "{html}");
}

#[test]
fn a_link_this_page_cannot_read_goes_on_to_the_full_calculation_with_the_same_data() {
    // E.g. decimals written as JSON numbers, which the first module does not read (feature strict-decimals).
    let unreadable = crate::io::json::parse_bytes(b"{}").unwrap_err();
    let html = link_error_html(
        &LinkError::Document(unreadable),
        Lang::Nl,
        "https://example.nl/bw/#bw1.abc",
    );
    assert!(
        html.contains("kan de berekening in deze wervingslink niet lezen"),
        "{html}"
    );
    assert!(
        html.contains(r#"href="https://example.nl/bw/#bw1.abc""#),
        "{html}"
    );
    assert!(html.contains("Open de volledige berekening"), "{html}");
}

#[test]
fn typing_part_of_a_name_offers_the_directory() {
    let report = compute(&example()).unwrap();
    let found = matches(&report, "amst");
    let names: Vec<String> = found
        .options
        .iter()
        .map(|c| c.field_text(Lang::Nl))
        .collect();
    assert!(names.contains(&"Amsterdam".to_string()), "{names:?}");
    assert!(names.contains(&"Amstelveen".to_string()), "{names:?}");
    assert!(names.len() <= SUGGESTIONS);
    assert!(!found.closest);
    assert_eq!(
        typed_choice(
            &report,
            "sudwest fryslan",
            &matches(&report, "sudwest fryslan")
        )
        .map(|choice| choice.field_text(Lang::Nl)),
        Some("Súdwest-Fryslân".to_string())
    );
    // The official name in the CBS table is "Den Bosch"; the old one is an alias.
    assert_eq!(
        typed_choice(
            &report,
            "'s-Hertogenbosch",
            &matches(&report, "'s-Hertogenbosch")
        )
        .map(|choice| choice.field_text(Lang::Nl)),
        Some("Den Bosch".to_string())
    );
    // Several names start with "Ber": Enter without a highlight chooses none of them.
    assert_eq!(typed_choice(&report, "ber", &matches(&report, "ber")), None);
}

#[test]
fn a_name_not_in_the_directory_gets_the_closest_names() {
    let report = compute(&example()).unwrap();
    let found = matches(&report, "Amstrdm");
    assert!(found.closest);
    assert_eq!(
        found.options.first().map(|c| c.field_text(Lang::Nl)),
        Some("Amsterdam".into())
    );
    assert!(status_text(&found, Lang::Nl)
        .starts_with("Geen gemeente gevonden met deze naam. Bedoelt u: Amsterdam"));
    assert!(options_html(&found, None, Lang::Nl).contains("Bedoelt u:"));
    // Closest names are offered, not taken on Enter.
    assert_eq!(typed_choice(&report, "Amstrdm", &found), None);
}

#[test]
fn a_typed_number_is_a_number_of_inhabitants() {
    let report = compute(&example()).unwrap();
    for text in ["35.000", "35000", " 35 000 ", "35,000"] {
        let found = matches(&report, text);
        assert_eq!(
            found.options,
            vec![ProspectChoice::Inhabitants(dec("35000"))],
            "{text}"
        );
        assert_eq!(
            typed_choice(&report, text, &found),
            Some(ProspectChoice::Inhabitants(dec("35000")))
        );
        assert!(options_html(&found, None, Lang::Nl).contains("Een gemeente van 35.000 inwoners"));
    }
    for text in [
        "0",
        "35,5",
        "1.5",
        "2000000000",
        "99999999999999999999999",
        "12abc",
        "1..000",
        "35.000,00",
    ] {
        let found = matches(&report, text);
        assert!(found.not_a_count, "{text}");
        assert!(found.options.is_empty());
        assert_eq!(
            status_text(&found, Lang::Nl),
            "Typ een heel aantal inwoners, groter dan 0."
        );
    }
}

#[test]
fn members_and_the_waiting_list_come_first_and_are_marked() {
    let report = compute(&listed()).unwrap();
    let found = matches(&report, "e");
    assert_eq!(
        found.options.first(),
        Some(&ProspectChoice::Named {
            name: "Utrecht".into(),
            inhabitants: dec("361000"),
            standing: Standing::Member
        })
    );
    let renkum = matches(&report, "renk");
    assert_eq!(
        renkum.options.len(),
        1,
        "Renkum once, from the document: {:?}",
        renkum.options
    );
    let html = options_html(&renkum, Some(0), Lang::Nl);
    assert!(html.contains("op de wachtlijst"), "{html}");
    assert!(html.contains(r#"aria-selected="true""#), "{html}");
    assert!(
        html.contains(&format!(r#"id="{}""#, option_id(0))),
        "{html}"
    );
    let answer = answer_html(&listed(), &report, &renkum.options[0], Lang::Nl).html;
    assert!(
        answer.contains("Deze gemeente staat op de wachtlijst."),
        "{answer}"
    );
    assert!(
        !answer.contains("CBS"),
        "a figure from the document, not the directory"
    );
}

#[test]
fn the_options_mark_only_the_highlighted_one_as_selected() {
    let report = compute(&example()).unwrap();
    let found = matches(&report, "amst");
    let html = options_html(&found, Some(1), Lang::Nl);
    assert_eq!(html.matches(r#"aria-selected="true""#).count(), 1);
    assert_eq!(
        html.matches(r#"role="option""#).count(),
        found.options.len()
    );
    assert!(html.contains(&format!(r#"<li role="option" id="{}" class="bw-suggestion bw-suggestion--active" aria-selected="true" data-index="1">"#, option_id(1))), "{html}");
}

#[test]
fn the_page_names_keys_categories_and_the_source_as_the_rest_of_the_interface_does() {
    let document = example();
    for lang in [Lang::Nl, Lang::En] {
        let html = answered(
            &document,
            &ProspectChoice::Directory(directory().find("Ede").unwrap()),
            lang,
        )
        .html;
        assert!(
            html.contains(lang.texts().key_name(document.key.kind)),
            "{html}"
        );
        for category in [
            Category::Development,
            Category::Coordination,
            Category::Infrastructure,
        ] {
            assert!(
                html.contains(escape(lang.texts().category_name(category)).as_str()),
                "{html}"
            );
        }
        assert!(
            html.contains(escape(&lang.directory().credit(directory().source())).as_str()),
            "{html}"
        );
        let found = matches(&compute(&document).unwrap(), "amst");
        assert_eq!(
            status_text(&found, lang),
            lang.directory().suggestion_count(found.options.len())
        );
    }
}

/// `listed()` by inhabitants, closed with "Volgend jaar": Renkum joins, Wageningen leaves, nothing indexed
/// and the inhabitants kept, so the next year's document has the budget year in its history.
fn listed_next_year() -> (Document, Document) {
    use crate::domain::cycle::next_year::{next_year, NextYearChoices};
    let mut document = listed();
    document.key.kind = KeyKind::Inhabitants;
    let report = compute(&document).unwrap();
    let mut choices = NextYearChoices::for_document(&document);
    choices.joining_prospects = vec![0];
    choices.joining_unnamed = 0;
    choices.leaving = vec![2];
    choices.refresh_inhabitants = false;
    let next = next_year(&document, &report, &choices).unwrap().document;
    (document, next)
}

fn named(name: &str, inhabitants: u32, standing: Standing) -> ProspectChoice {
    ProspectChoice::Named {
        name: name.into(),
        inhabitants: Decimal::from(inhabitants),
        standing,
    }
}

#[test]
fn a_member_in_last_years_history_is_told_what_it_paid_then() {
    let (before, next) = listed_next_year();
    let closed = before.budget_year.unwrap();
    assert_eq!(next.cycle.history.last().unwrap().year, Some(closed));
    // Last year Streef's EUR 108,900 was divided over 520,000 inhabitants: Ede's 120,000 paid 25,130.77,
    // Wageningen's 39,000 paid 8,167.50; the closed year's own allocation says the same.
    let report = compute(&before).unwrap();
    let shares = &report.variants[0].results[1]
        .allocation
        .as_ref()
        .unwrap()
        .shares;
    assert_eq!(shares[1].shared, dec("25130.77"));
    assert_eq!(shares[2].shared, dec("8167.50"));
    let ede = answered(&next, &named("Ede", 120_000, Standing::Member), Lang::Nl).html;
    assert!(
        ede.contains(&format!("In {closed} betaalde Ede {}.", euros("25.131"))),
        "{ede}"
    );
    let ede = answered(&next, &named("Ede", 120_000, Standing::Member), Lang::En).html;
    assert!(
        ede.contains(&format!("In {closed} Ede paid €25,131.")),
        "{ede}"
    );
    // Wageningen left: it chooses itself as a newcomer, and was a member all the same.
    let wageningen = answered(
        &next,
        &named("Wageningen", 39_000, Standing::Newcomer),
        Lang::Nl,
    )
    .html;
    assert!(
        wageningen.contains(&format!(
            "In {closed} betaalde Wageningen {}.",
            euros("8.168")
        )),
        "{wageningen}"
    );
    // Renkum joined this year and a typed number has no name: nothing about last year.
    for choice in [
        named("Renkum", 31_000, Standing::Member),
        ProspectChoice::Inhabitants(dec("120000")),
    ] {
        for lang in [Lang::Nl, Lang::En] {
            let html = answered(&next, &choice, lang).html;
            assert!(!html.contains(&format!("In {closed}")), "{html}");
        }
    }
}

#[test]
fn without_history_the_page_says_nothing_about_last_year() {
    let mut document = listed();
    document.key.kind = KeyKind::Inhabitants;
    for lang in [Lang::Nl, Lang::En] {
        let html = answered(&document, &named("Ede", 120_000, Standing::Member), lang).html;
        assert!(
            !html.contains("betaalde") && !html.contains(" paid "),
            "{html}"
        );
        assert!(
            !html.contains("Vorig jaar") && !html.contains("Last year"),
            "{html}"
        );
    }
}
