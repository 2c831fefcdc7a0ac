//! The numbers each chart shows (its text alternative is a table of exactly these), computed from the
//! document and its report; their ECharts options in [`options`] (with charming, behind the `charts` feature,
//! which only the chart module and the native tests turn on, so the compiler keeps charming out of the app);
//! and the thin handle that gives the options to ECharts in the browser.
//!
//! The app computes the numbers ([`CostCurve`], [`Composition`]); turning them into options is the work of
//! the chart module (`src/bin/charts.rs`), which the page loads with ECharts when the charts come near. It
//! receives a [`ChartRequest`] as JSON and answers with `options::options_json`, so charming and its serialiser stay
//! out of the app module, which every visit loads.

pub mod echarts;
#[cfg(feature = "charts")]
pub mod options;

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::budget::Category;
use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};
use crate::domain::report::Report;

/// The curve goes at most this far, whatever the break-even point, so a tiny reference amount cannot
/// produce a chart of millions of points.
pub const MAX_CURVE_COUNT: u64 = 1_000;
/// At most this many points per curve; wider ranges are sampled (A, B and break-even always included).
pub(crate) const MAX_POINTS: u64 = 200;

// Names go to ECharts as the user typed them. Legends and axis labels are drawn on the canvas as plain text,
// and ECharts' own tooltip formatter escapes every name it writes into its HTML tooltip; escaping them here
// as well showed "<b>" as "&lt;b&gt;" in the chart. So no chart here may set a tooltip `formatter`, which
// would hand ECharts HTML of our own (a test below keeps it that way).

/// Words the charts need, in the user's language: borrowed where the app writes them, owned where the chart
/// module reads them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartLabels<'a> {
    pub count_axis: Cow<'a, str>,
    pub amount_axis: Cow<'a, str>,
    pub current_point: Cow<'a, str>,
    pub grown_point: Cow<'a, str>,
    pub affordability: Cow<'a, str>,
    pub reserve: Cow<'a, str>,
    /// In [`Category::ALL`] order.
    pub categories: [Cow<'a, str>; 5],
}

/// What the app hands the chart module: the numbers of both charts and their words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartRequest<'a> {
    pub curve: Cow<'a, CostCurve>,
    pub composition: Cow<'a, Composition>,
    pub labels: ChartLabels<'a>,
}

/// Equal share per municipality against the number of municipalities, per scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CostCurve {
    pub scenario_names: Vec<String>,
    pub scenario_totals: Vec<Money>,
    /// The numbers of municipalities plotted, ascending.
    pub counts: Vec<u64>,
    pub current: u64,
    pub grown: u64,
    /// The break-even reference amount: what a municipality can afford.
    pub affordability: Option<Money>,
    pub break_even: Option<u64>,
}

impl CostCurve {
    pub fn from_report(document: &Document, report: &Report) -> CostCurve {
        let current = report.variants[0].count as u64;
        let grown = report.variants[1].count as u64;
        let break_even = report.break_even.as_ref().ok();
        let break_even_count = break_even.map(|b| b.count);
        let wanted = (2 * grown.max(1)).max(break_even_count.unwrap_or(0).min(MAX_CURVE_COUNT));
        let last = (wanted + (wanted / 10).max(5))
            .min(MAX_CURVE_COUNT)
            .max(grown)
            .max(current);
        let step = last.div_ceil(MAX_POINTS).max(1);
        let mut counts: Vec<u64> = (1..=last).step_by(step as usize).collect();
        counts.extend([current, grown, last]);
        counts.extend(break_even_count.filter(|count| *count <= last));
        counts.retain(|count| *count >= 1);
        counts.sort_unstable();
        counts.dedup();
        CostCurve {
            scenario_names: document.scenarios.iter().map(|s| s.name.clone()).collect(),
            scenario_totals: report.scenarios.iter().map(|t| t.total).collect(),
            counts,
            current,
            grown,
            affordability: break_even.map(|b| b.reference_amount),
            break_even: break_even_count,
        }
    }

    /// One scenario's equal share at `count` municipalities.
    pub fn share(&self, scenario: usize, count: u64) -> Result<Money, CalcError> {
        let total = self
            .scenario_totals
            .get(scenario)
            .ok_or(CalcError::NoSuchScenario { index: scenario })?;
        money::div(*total, Decimal::from(count), CalcError::NoParticipants)
    }

    /// The counts the text alternative lists: the marked points and a few steps along the way.
    pub fn table_counts(&self) -> Vec<u64> {
        let last = self.counts.last().copied().unwrap_or(1);
        let mut counts: Vec<u64> = (1..=5).map(|part| (last * part / 5).max(1)).collect();
        counts.extend([self.current, self.grown]);
        counts.extend(self.break_even.filter(|count| *count <= last));
        counts.retain(|count| *count >= 1);
        counts.sort_unstable();
        counts.dedup();
        counts
    }
}

/// A part of a scenario's budget: a category or the reserve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Segment {
    Category(Category),
    Reserve,
}

/// Each scenario's budget by category, plus its reserve: the segments add up to the scenario total.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Composition {
    pub scenario_names: Vec<String>,
    /// Per segment: the amount in each scenario, in scenario order.
    pub segments: Vec<(Segment, Vec<Money>)>,
    pub totals: Vec<Money>,
}

impl Composition {
    pub fn from_report(document: &Document, report: &Report) -> Composition {
        let mut segments: Vec<(Segment, Vec<Money>)> = Category::ALL
            .iter()
            .map(|category| {
                let amounts = report
                    .scenarios
                    .iter()
                    .map(|totals| {
                        totals
                            .by_category
                            .iter()
                            .find(|(of, _)| of == category)
                            .map_or(Money::ZERO, |(_, amount)| *amount)
                    })
                    .collect();
                (Segment::Category(*category), amounts)
            })
            .collect();
        segments.push((
            Segment::Reserve,
            report.scenarios.iter().map(|t| t.reserve).collect(),
        ));
        Composition {
            scenario_names: document.scenarios.iter().map(|s| s.name.clone()).collect(),
            segments,
            totals: report.scenarios.iter().map(|t| t.total).collect(),
        }
    }
}
