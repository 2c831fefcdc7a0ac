//! Golden documents: each `tests/golden/NAME.json` is computed and rendered as plain text, and must equal
//! `tests/golden/NAME.expected.txt` exactly. Run with `UPDATE_GOLDEN=1` to rewrite the expected files after a
//! deliberate change, then read the diff. The worked figures of the product description are asserted
//! directly as well, so a golden file can never quietly agree with a wrong number.

mod support;

use std::fmt::Write;

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::participants::MemberOrigin;
use bijdragewijzer::domain::report::{compute, Report};
use bijdragewijzer::domain::views::{member_rows, HeldAt, Who};
use rust_decimal::Decimal;
use support::{dec, golden};

fn load(name: &str) -> Document {
    golden::load(&format!("{name}.json"))
}

fn show<T: std::fmt::Display, E: std::fmt::Display>(value: &Result<T, E>) -> String {
    match value {
        Ok(value) => value.to_string(),
        Err(error) => format!("error: {error}"),
    }
}

fn cents(value: Decimal) -> String {
    format!("{:.2}", value.round_dp(2))
}

fn render(document: &Document, report: &Report) -> String {
    let mut out = String::new();
    let w = &mut out;
    writeln!(w, "document: {}", document.name).unwrap();
    for (index, (scenario, totals)) in document.scenarios.iter().zip(&report.scenarios).enumerate()
    {
        writeln!(
            w,
            "\nscenario {}: lines {} + reserve {} = total {} (base {})",
            scenario.name, totals.lines_total, totals.reserve, totals.total, totals.base_total
        )
        .unwrap();
        for (category, amount) in &totals.by_category {
            writeln!(w, "  category {category:?}: {amount}").unwrap();
        }
        for variant in &report.variants {
            let result = &variant.results[index];
            writeln!(
                w,
                "  {:?}: {} municipalities, {} inhabitants; per municipality {}; per inhabitant {}",
                variant.variant,
                variant.count,
                variant.total_inhabitants.round_dp(4),
                show(&result.per_municipality.clone().map(cents)),
                show(&result.per_inhabitant.clone().map(|rate| rate.round_dp(6))),
            )
            .unwrap();
            for (reference, (by_inhabitants, under_key)) in
                document.reference_municipalities.iter().zip(
                    result
                        .references_by_inhabitants
                        .iter()
                        .zip(&result.references_under_key),
                )
            {
                writeln!(
                    w,
                    "    reference {} ({}): by inhabitants {}, under key {}",
                    reference.name,
                    reference.inhabitants,
                    show(&by_inhabitants.clone().map(cents)),
                    show(&under_key.clone().map(cents)),
                )
                .unwrap();
            }
            match (&result.allocation, &variant.community) {
                (Ok(allocation), Ok(community)) => {
                    writeln!(w, "    collected {}", allocation.collected).unwrap();
                    for (share, member) in allocation.shares.iter().zip(&community.members) {
                        let name = match &member.origin {
                            MemberOrigin::Named(name) => name.as_str(),
                            MemberOrigin::Average => "(average)",
                            MemberOrigin::Newcomer => "(newcomer)",
                        };
                        writeln!(
                            w,
                            "    {name}: shared {} + custom {} = {}",
                            share.shared, share.custom_work, share.total
                        )
                        .unwrap();
                    }
                    // The rows of the per-member table and the CSV, with who pays a bound.
                    for row in member_rows(community, allocation) {
                        let who = match &row.who {
                            Who::Named(name) => name.clone(),
                            Who::Average => "(average)".to_string(),
                            Who::Newcomer => "(newcomer)".to_string(),
                        };
                        let bound = match row.held_at {
                            Some(HeldAt::Minimum) => " [minimum]",
                            Some(HeldAt::Maximum) => " [maximum]",
                            None => "",
                        };
                        writeln!(w, "    row {} x {who}: {}{bound}", row.members, row.total)
                            .unwrap();
                    }
                }
                (Err(error), _) | (_, Err(error)) => {
                    writeln!(w, "    allocation error: {error}").unwrap()
                }
            }
        }
        let effect = &report.growth_effect[index];
        let references: Vec<String> = effect
            .references
            .iter()
            .map(|percent| show(&percent.clone().map(|p| p.round_dp(2))))
            .collect();
        writeln!(
            w,
            "  growth effect: per municipality {}; references {}",
            show(&effect.per_municipality.clone().map(|p| p.round_dp(2))),
            references.join(" / ")
        )
        .unwrap();
    }
    match &report.break_even {
        Ok(break_even) => writeln!(
            w,
            "\nbreak-even: scenario {} at {} per municipality ({}) from {} municipalities",
            break_even.scenario,
            break_even.reference_amount,
            if document.break_even.reference_amount.is_none() {
                "default"
            } else {
                "set"
            },
            break_even.count
        ),
        Err(error) => writeln!(w, "\nbreak-even: error: {error}"),
    }
    .unwrap();
    match &report.multi_year {
        Ok(rows) => {
            for row in rows {
                let references: Vec<String> = row
                    .per_reference
                    .iter()
                    .map(|amount| show(&amount.clone().map(cents)))
                    .collect();
                writeln!(
                    w,
                    "year {} ({}): scenario {}, {} municipalities, total {}, per municipality {}, references {}",
                    row.year,
                    row.calendar_year.map_or("-".to_string(), |year| year.to_string()),
                    row.scenario,
                    row.participants,
                    row.total,
                    cents(row.per_municipality),
                    references.join(" / ")
                )
                .unwrap();
                if let (Ok(allocation), Ok(community)) =
                    (&row.allocation, &report.variants[1].community)
                {
                    let named: Vec<String> = allocation
                        .shares
                        .iter()
                        .zip(&community.members)
                        .filter_map(|(share, member)| match &member.origin {
                            MemberOrigin::Named(name) => Some(format!("{name} {}", share.total)),
                            _ => None,
                        })
                        .collect();
                    if !named.is_empty() {
                        writeln!(w, "  named: {}", named.join("; ")).unwrap();
                    }
                }
            }
        }
        Err(error) => writeln!(w, "multi-year: error: {error}").unwrap(),
    }
    out
}

fn check_golden(name: &str) -> Report {
    let document = load(name);
    let report = compute(&document).expect("golden document computes");
    golden::check(&format!("{name}.expected.txt"), &render(&document, &report));
    report
}

#[test]
fn the_example_file_is_the_built_in_example() {
    let mut from_file = load("example");
    from_file.schema = None;
    assert_eq!(from_file, example());
}

#[test]
fn example_matches_the_product_figures() {
    let report = check_golden("example");
    let [minimum, streef, wens] = [0, 1, 2].map(|index| &report.scenarios[index]);
    assert_eq!(minimum.total, dec("27500"));
    assert_eq!(streef.lines_total, dec("99000"));
    assert_eq!(streef.reserve, dec("9900"));
    assert_eq!(streef.total, dec("108900"));
    assert_eq!(wens.total, dec("247500"));
    let current = &report.variants[0];
    let grown = &report.variants[1];
    assert_eq!((current.count, grown.count), (45, 75));
    assert_eq!(current.results[1].per_municipality, Ok(dec("2420")));
    assert_eq!(grown.results[1].per_municipality, Ok(dec("1452")));
    // 27,500 / 75 = 366.67, which a budget shows as 367.
    assert_eq!(
        grown.results[0]
            .per_municipality
            .clone()
            .unwrap()
            .round_dp(2),
        dec("366.67")
    );
    // Klein (20,000 inhabitants) by inhabitants in the Streef scenario, now and after growth: the guide's
    // template figures, shown for comparison beside the chosen (equal) key.
    assert_eq!(
        current.results[1].references_by_inhabitants[0],
        Ok(dec("1452"))
    );
    assert_eq!(
        grown.results[1].references_by_inhabitants[0],
        Ok(dec("871.2"))
    );
    // Under the equal key Klein pays what everyone pays.
    assert_eq!(current.results[1].references_under_key[0], Ok(dec("2420")));
    assert_eq!(report.growth_effect[1].per_municipality, Ok(dec("40")));
    // One growth plan: 45 now, 60 a year later, 75 in the third year of the estimate.
    let rows = report.multi_year.as_ref().unwrap();
    let counts: Vec<u64> = rows.iter().map(|row| row.participants).collect();
    assert_eq!(counts, vec![45, 60, 75]);
    let years: Vec<Option<u16>> = rows.iter().map(|row| row.calendar_year).collect();
    assert_eq!(years, vec![Some(2027), Some(2028), Some(2029)]);
}

#[test]
fn twenty_municipalities_by_inhabitants() {
    let report = check_golden("twenty-by-inhabitants");
    let current = &report.variants[0];
    // EUR 100,000 over 20 municipalities is 5,000 each when equal ...
    assert_eq!(current.results[0].per_municipality, Ok(dec("5000")));
    // ... and by inhabitants (1,000,000 together), 100,000 inhabitants pay 10,000 and 25,000 pay 2,500.
    let shares = &current.results[0].allocation.as_ref().unwrap().shares;
    assert_eq!(shares[0].total, dec("10000"));
    assert_eq!(shares[1].total, dec("2500"));
    // 800 h at 100 plus 0.2 FTE at 75,000 plus 2 user days at 1,500, with 10 % reserve.
    assert_eq!(report.scenarios[1].lines_total, dec("98000"));
    assert_eq!(report.scenarios[1].total, dec("107800"));
}

#[test]
fn hybrid_with_usage_custom_work_and_bounds() {
    let report = check_golden("hybrid-usage-bounds");
    for variant in &report.variants {
        for (index, result) in variant.results.iter().enumerate() {
            let allocation = result.allocation.as_ref().unwrap();
            let shared: Decimal = allocation.shares.iter().map(|share| share.shared).sum();
            assert_eq!(shared, report.scenarios[index].total);
            let custom: Decimal = allocation
                .shares
                .iter()
                .map(|share| share.custom_work)
                .sum();
            assert_eq!(allocation.collected, report.scenarios[index].total + custom);
            assert!(allocation
                .shares
                .iter()
                .all(|share| share.shared >= dec("3000") && share.shared <= dec("40000")));
        }
    }
}

#[test]
fn staffel_with_the_vng_rates_and_a_minimum() {
    let report = check_golden("staffel-vng-minimum");
    // The golden rows mark the two islands held at the minimum.
    let rendered = std::fs::read_to_string(golden::path("staffel-vng-minimum.expected.txt"))
        .expect("golden file");
    assert!(
        rendered.matches("1000.00 [minimum]").count() >= 2,
        "bound-holders are marked"
    );
    let allocation = report.variants[0].results[0].allocation.as_ref().unwrap();
    let shared: Vec<Decimal> = allocation.shares.iter().map(|share| share.shared).collect();
    // The two smallest islands are held at the minimum of 1,000.
    assert_eq!(&shared[..2], &[dec("1000"), dec("1000")]);
    // Degressive: one inhabitant more across the 25,000 border pays less in all.
    assert!(shared[3] < shared[2]);
}
