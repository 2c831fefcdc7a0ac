use super::*;
use crate::domain::example::example;
use crate::domain::test_support::dec;

#[test]
fn the_example_is_valid() {
    assert_eq!(validate(&example()), vec![]);
}

#[test]
fn problems_name_their_field() {
    let mut document = example();
    document.scenarios[1].lines[2].amount = LineAmount::Hours { hours: dec("-5") };
    document.scenarios[0].reserve_percent = dec("150");
    document.participants.summary.inhabitants = dec("1000000000000");
    document.format_version = FORMAT_VERSION + 1;
    let paths: Vec<_> = validate(&document)
        .into_iter()
        .map(|problem| (problem.path, problem.kind))
        .collect();
    assert!(paths.contains(&(
        "scenarios[1].lines[2].amount.hours".into(),
        ProblemKind::Negative
    )));
    assert!(paths.contains(&(
        "scenarios[0].reserve_percent".into(),
        ProblemKind::PercentOutOfRange {
            min: Decimal::ZERO,
            max: dec("100")
        }
    )));
    assert!(paths.contains(&(
        "participants.summary.inhabitants".into(),
        ProblemKind::TooLarge {
            limit: MAX_INHABITANTS
        }
    )));
    assert!(paths.contains(&(
        "format_version".into(),
        ProblemKind::UnsupportedVersion {
            found: FORMAT_VERSION + 1
        }
    )));
}

#[test]
fn inhabitants_are_whole_and_amounts_have_sensible_decimals() {
    // Issue 14: a total of 0.0000000000000000000001 inhabitants made the rate per inhabitant too long to
    // write, and the interface panicked.
    let mut document = example();
    document.participants.summary.inhabitants = dec("0.0000000000000000000001");
    document.growth.newcomer_inhabitants = Some(dec("1000.5"));
    document.reference_municipalities[0].inhabitants = dec("20000.25");
    document.key.staffel[1].from_inhabitants = dec("5000.5");
    document.rates.hourly_rate = dec("100.125");
    document.scenarios[0].reserve_percent = dec("10.125");
    document.key.maximum = Some(dec("7.785"));
    let problems: Vec<_> = validate(&document)
        .into_iter()
        .map(|problem| (problem.path, problem.kind))
        .collect();
    let money = ProblemKind::TooManyDecimals {
        decimals: MONEY_DECIMALS,
    };
    assert_eq!(
        problems,
        vec![
            ("rates.hourly_rate".into(), money.clone()),
            (
                "scenarios[0].reserve_percent".into(),
                ProblemKind::TooManyDecimals {
                    decimals: PERCENT_DECIMALS
                }
            ),
            (
                "participants.summary.inhabitants".into(),
                ProblemKind::NotWhole
            ),
            ("growth.newcomer_inhabitants".into(), ProblemKind::NotWhole),
            (
                "reference_municipalities[0].inhabitants".into(),
                ProblemKind::NotWhole
            ),
            ("key.maximum".into(), money),
            (
                "key.staffel[1].from_inhabitants".into(),
                ProblemKind::NotWhole
            ),
        ]
    );
}

#[test]
fn too_many_usage_metrics_are_named_where_the_first_one_too_many_appears() {
    let mut document = example();
    document.participants.metrics.clear();
    // Ten metrics of their own for each of six municipalities: the sixth brings the 51st.
    document.participants.list = (0..6)
        .map(|index| Municipality {
            name: format!("G{index}"),
            inhabitants: dec("1000"),
            usage: (0..10)
                .map(|metric| (format!("m{index}-{metric}"), Decimal::ONE))
                .collect(),
            ..Municipality::new("", Decimal::ZERO)
        })
        .collect();
    let problems = validate(&document);
    assert_eq!(
        problems
            .iter()
            .filter(|problem| matches!(problem.kind, ProblemKind::TooManyMetrics { .. }))
            .map(|problem| problem.path.as_str())
            .collect::<Vec<_>>(),
        vec!["participants.list[5].usage"]
    );
}

#[test]
fn trailing_zeros_are_not_decimals() {
    let mut document = example();
    document.participants.summary.inhabitants = dec("1500000.000");
    document.rates.hourly_rate = dec("100.5000");
    assert_eq!(validate(&document), vec![]);
}

#[test]
fn list_members_and_prospects_have_whole_inhabitants() {
    let mut document = example();
    let member = |inhabitants: &str| Municipality {
        name: "Ede".into(),
        inhabitants: dec(inhabitants),
        usage: [("meldingen".to_string(), dec("1.00005"))].into(),
        custom_work: dec("0.001"),
        ..Municipality::new("", Decimal::ZERO)
    };
    document.participants.list = vec![member("10000"), member("0.5")];
    document.growth.prospects = vec![member("7.5")];
    let paths: Vec<_> = validate(&document)
        .into_iter()
        .map(|problem| (problem.path, problem.kind))
        .collect();
    assert!(paths.contains(&(
        "participants.list[1].inhabitants".into(),
        ProblemKind::NotWhole
    )));
    assert!(paths.contains(&(
        "growth.prospects[0].inhabitants".into(),
        ProblemKind::NotWhole
    )));
    assert!(paths.contains(&(
        "participants.list[0].usage.meldingen".into(),
        ProblemKind::TooManyDecimals {
            decimals: QUANTITY_DECIMALS
        }
    )));
    assert!(paths.contains(&(
        "participants.list[0].custom_work".into(),
        ProblemKind::TooManyDecimals {
            decimals: MONEY_DECIMALS
        }
    )));
}

#[test]
fn a_bad_row_in_a_long_list_is_named_by_its_index() {
    let mut document = example();
    document.participants.list = (0..300)
        .map(|index| Municipality::new(format!("Gemeente {index}"), dec("10000")))
        .collect();
    document.participants.list[217].custom_work = dec("-1");
    let problems = validate(&document);
    assert_eq!(
        problems,
        vec![Problem {
            path: "participants.list[217].custom_work".into(),
            kind: ProblemKind::Negative
        }]
    );
}

#[test]
fn scenario_count_and_indexes_are_checked() {
    let mut document = example();
    document.scenarios.truncate(1);
    let kinds: Vec<_> = validate(&document)
        .into_iter()
        .map(|problem| problem.kind)
        .collect();
    assert!(kinds.contains(&ProblemKind::ScenarioCount { count: 1 }));
    assert!(kinds.contains(&ProblemKind::NoSuchScenario { index: 1 }));
}

#[test]
fn the_growth_plan_and_the_budget_year_are_checked() {
    let mut document = example();
    document.growth.joining_per_year = vec![10, 10];
    document.growth.years = 0;
    document.budget_year = Some(1999);
    document.contact.email = "x".repeat(MAX_CONTACT_CHARS + 1);
    let problems: Vec<_> = validate(&document)
        .into_iter()
        .map(|problem| (problem.path, problem.kind))
        .collect();
    assert!(problems.contains(&(
        "growth.years".into(),
        ProblemKind::YearsOutOfRange { years: 0 }
    )));
    assert!(problems.contains(&(
        "growth.joining_per_year".into(),
        ProblemKind::ScheduleDoesNotFit {
            years: 0,
            additional: 30
        }
    )));
    assert!(problems.contains(&(
        "budget_year".into(),
        ProblemKind::BudgetYearOutOfRange { year: 1999 }
    )));
    assert!(problems.contains(&(
        "contact.email".into(),
        ProblemKind::TextTooLong {
            limit: MAX_CONTACT_CHARS
        }
    )));
    document.growth.years = 2;
    document.growth.joining_per_year = vec![10, 20];
    document.budget_year = Some(2027);
    document.contact.email.clear();
    assert_eq!(validate(&document), vec![]);
}

#[test]
fn bands_must_start_at_zero_and_rise() {
    let mut document = example();
    document.key.staffel.swap(1, 2);
    let kinds: Vec<_> = validate(&document)
        .into_iter()
        .map(|problem| problem.kind)
        .collect();
    assert!(kinds.contains(&ProblemKind::BandsOutOfOrder));
}
