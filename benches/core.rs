//! How long the calculation core takes for one change: `compute` of the whole report, as the app runs it
//! after every edit. Prints figures; asserts nothing about time (timings are not tests).
//!
//! Run: `cargo bench --bench core`

mod synthetic;

use std::time::{Duration, Instant};

use bijdragewijzer::domain::document::Document;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::report::compute;

fn measure(name: &str, document: &Document, runs: usize) {
    // Warm up caches and the allocator before timing.
    for _ in 0..20 {
        std::hint::black_box(compute(std::hint::black_box(document)).is_ok());
    }
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let report = compute(std::hint::black_box(document));
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
}
