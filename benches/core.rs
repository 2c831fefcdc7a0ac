//! How long the calculation core takes for one change: `compute` of the whole report, as the app runs it
//! after every edit. Prints figures; asserts nothing about time (timings are not tests).
//!
//! Run: `cargo bench --bench core`

mod synthetic;

use std::time::{Duration, Instant};

use bijdragewijzer::domain::cycle::invoices::record;
use bijdragewijzer::domain::cycle::next_year::{next_year, NextYearChoices};
use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::key::KeyKind;
use bijdragewijzer::domain::report::{compute, compute_with_cycle, Report};
use bijdragewijzer::domain::validation::Problem;
use rust_decimal::Decimal;

fn measure(name: &str, document: &Document, runs: usize) {
    measure_with(name, document, runs, compute);
}

/// Times `compute_report` on `document` and prints the median, p95 and maximum.
fn measure_with(
    name: &str,
    document: &Document,
    runs: usize,
    compute_report: fn(&Document) -> Result<Report, Vec<Problem>>,
) {
    // Warm up caches and the allocator before timing.
    for _ in 0..20 {
        std::hint::black_box(compute_report(std::hint::black_box(document)).is_ok());
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let report = compute_report(std::hint::black_box(document));
            let elapsed = start.elapsed();
            assert!(report.is_ok(), "{name} must compute");
            elapsed
        })
        .collect();
    times.sort();
    let at = |fraction: f64| times[((times.len() - 1) as f64 * fraction).round() as usize];
    println!(
        "{name:<44} median {:>9.1} µs   p95 {:>9.1} µs   max {:>9.1} µs   ({runs} runs)",
        at(0.5).as_secs_f64() * 1e6,
        at(0.95).as_secs_f64() * 1e6,
        at(1.0).as_secs_f64() * 1e6,
    );
    if name.contains("history") {
        println!(
            "{:<44} median {:>9.3} ms (whole report, the yearly cycle included)",
            "",
            at(0.5).as_secs_f64() * 1e3
        );
    }
}

/// The 342 municipalities taken through five yearly cycles with "Volgend jaar": each year the invoices
/// are recorded, two members leave and two named prospects join (so there are 342 members every year),
/// wages rise 3% and prices 2%. The result is the sixth budget year with five closed years in its history,
/// the last with recorded invoices, and a new key (by inhabitants instead of the size bands), so "what
/// changes for each member" runs its four allocations and the key step has work to do.
fn with_five_years_of_history() -> Document {
    let mut document = synthetic::large_community();
    document.growth.additional = 10;
    document.growth.prospects = (0..10)
        .map(|index| {
            bijdragewijzer::domain::participants::Municipality::new(
                format!("Nieuwe gemeente {:02}", index + 1),
                Decimal::from(12_000 + 3_500 * index),
            )
        })
        .collect();
    for _ in 0..5 {
        let report = compute_with_cycle(&document).expect("each year computes");
        let scenario = document.recommended_scenario();
        document.cycle.invoices = Some(record(&document, &report, scenario).expect("records"));
        let report = compute_with_cycle(&document).expect("recorded year computes");
        let mut choices = NextYearChoices::for_document(&document);
        choices.joining_prospects = vec![0, 1];
        choices.joining_unnamed = 0;
        choices.leaving = vec![7, 70];
        choices.wage_index = Decimal::from(3);
        choices.price_index = Decimal::from(2);
        choices.refresh_inhabitants = false;
        document = next_year(&document, &report, &choices)
            .expect("the year closes")
            .document;
    }
    document.key = document.key.with_kind(KeyKind::Inhabitants);
    assert_eq!(document.cycle.history.len(), 5);
    assert_eq!(document.participants.list.len(), synthetic::MUNICIPALITIES);
    assert!(document
        .cycle
        .history
        .iter()
        .all(|year| !year.recorded_at_close));
    let report = compute_with_cycle(&document).expect("the sixth year computes");
    let table = report
        .cycle
        .year_over_year
        .as_ref()
        .expect("last year is in the history")
        .as_ref()
        .expect("this year allocates");
    assert_eq!(table.failed, None, "all four steps allocate");
    document
}

fn main() {
    println!("compute(&Document) -> Report, native release build");
    measure(
        "built-in example (45 municipalities, summary)",
        &example(),
        2_000,
    );
    let large = synthetic::large_community();
    let label = format!(
        "{} municipalities, staffel, min and max",
        synthetic::MUNICIPALITIES
    );
    measure(&label, &large, 500);
    let most = synthetic::most_metrics();
    assert!(
        bijdragewijzer::domain::validation::validate(&most).is_empty(),
        "the heaviest document must be one validation accepts"
    );
    measure("10,000 municipalities x 50 metrics, 30 years", &most, 5);
    let history = with_five_years_of_history();
    measure_with(
        &format!(
            "{} municipalities, 5 years of history",
            history.participants.list.len()
        ),
        &history,
        200,
        compute_with_cycle,
    );
}
