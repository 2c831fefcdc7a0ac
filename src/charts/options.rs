//! The charts' ECharts options, built with charming from the numbers of [`CostCurve`] and [`Composition`]:
//! the chart module's only work (`src/bin/charts.rs`). Behind the `charts` feature, so that the app, built
//! without it, cannot link charming by accident.

use charming::component::LegendType;
use charming::component::{Axis, Grid, Legend};
use charming::element::{AxisType, LineStyle, LineStyleType, Tooltip, Trigger};
use charming::series::{Bar, Line, Scatter};
use charming::Chart;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{ChartLabels, ChartRequest, Composition, CostCurve, Segment};
use crate::domain::budget::Category;
use crate::domain::money::{self, Money};

/// A chart only draws; the exact amounts users read are in the tables beside it.
fn plot(amount: Money) -> f64 {
    money::round_cents(amount).to_f64().unwrap_or(0.0)
}

/// Rounds up to one or two significant digits: 20,625 becomes 25,000 and 1,310 becomes 1,500.
fn round_up(value: f64) -> f64 {
    if value <= 0.0 || !value.is_finite() {
        return 0.0;
    }
    let step = 10f64.powf(value.log10().floor()) / 2.0;
    (value / step).ceil() * step
}

/// The chart module's answer to a [`ChartRequest`] in JSON: the options of the cost curve and of the
/// composition, as a JSON array of two, for ECharts' `setOption`.
pub fn options_json(request: &str) -> Result<String, serde_json::Error> {
    let request: ChartRequest = serde_json::from_str(request)?;
    // Compact JSON straight from serde_json rather than charming's `Display` (pretty JSON, then a pass for
    // raw JavaScript functions, which these charts do not use), and an error instead of charming's `unwrap`.
    serde_json::to_string(&[
        request.curve.chart(&request.labels),
        request.composition.chart(&request.labels),
    ])
}

impl CostCurve {
    /// The top of the amount axis. With a handful of municipalities the share is close to the whole
    /// budget, which would flatten everything that matters; so the axis stops at the share of a quarter
    /// of today's participants (the curves are clipped above), rounded up to a round number.
    pub fn amount_ceiling(&self) -> f64 {
        let few = (self.current / 4).max(1);
        let highest = (0..self.scenario_totals.len())
            .filter_map(|scenario| self.share(scenario, few).ok())
            .chain(self.affordability)
            .max()
            .unwrap_or(Decimal::ONE);
        round_up(plot(highest)).max(1.0)
    }

    pub fn chart(&self, labels: &ChartLabels<'_>) -> Chart {
        let mut chart = Chart::new()
            .tooltip(Tooltip::new().trigger(Trigger::Axis))
            .legend(Legend::new().type_(LegendType::Scroll).top(0))
            .grid(Grid::new().left(70).right(30).top(60).bottom(50))
            .x_axis(
                Axis::new()
                    .type_(AxisType::Value)
                    .name(labels.count_axis.as_ref())
                    .name_location(charming::element::NameLocation::Center)
                    .name_gap(30)
                    .min(1),
            )
            .y_axis(
                Axis::new()
                    .type_(AxisType::Value)
                    .name(labels.amount_axis.as_ref())
                    .max(self.amount_ceiling()),
            );
        for (scenario, name) in self.scenario_names.iter().enumerate() {
            let data: Vec<Vec<f64>> = self
                .counts
                .iter()
                .filter_map(|count| {
                    let share = self.share(scenario, *count).ok()?;
                    Some(vec![*count as f64, plot(share)])
                })
                .collect();
            chart = chart.series(Line::new().name(name).show_symbol(false).data(data));
        }
        // Points A and B as their own series, so the legend names them and a tooltip shows them.
        for (label, count) in [
            (labels.current_point.as_ref(), self.current),
            (labels.grown_point.as_ref(), self.grown),
        ] {
            let points: Vec<Vec<f64>> = (0..self.scenario_names.len())
                .filter_map(|scenario| {
                    let share = self.share(scenario, count).ok()?;
                    Some(vec![count as f64, plot(share)])
                })
                .collect();
            chart = chart.series(Scatter::new().name(label).symbol_size(11).data(points));
        }
        if let Some(reference) = self.affordability {
            let last = self.counts.last().copied().unwrap_or(1) as f64;
            chart = chart.series(
                Line::new()
                    .name(labels.affordability.as_ref())
                    .show_symbol(false)
                    .line_style(LineStyle::new().type_(LineStyleType::Dashed))
                    .data(vec![
                        vec![1.0, plot(reference)],
                        vec![last, plot(reference)],
                    ]),
            );
        }
        chart
    }
}

impl Composition {
    pub fn chart(&self, labels: &ChartLabels<'_>) -> Chart {
        let mut chart = Chart::new()
            .tooltip(Tooltip::new().trigger(Trigger::Axis))
            .legend(Legend::new().type_(LegendType::Scroll).top(0))
            .grid(Grid::new().left(70).right(30).top(80).bottom(40))
            .x_axis(
                Axis::new()
                    .type_(AxisType::Category)
                    .data(self.scenario_names.clone()),
            )
            .y_axis(
                Axis::new()
                    .type_(AxisType::Value)
                    .name(labels.amount_axis.as_ref()),
            );
        for (segment, amounts) in &self.segments {
            let name = match segment {
                Segment::Category(category) => Category::ALL
                    .iter()
                    .zip(&labels.categories)
                    .find(|(of, _)| *of == category)
                    .map_or("", |(_, label)| label.as_ref()),
                Segment::Reserve => labels.reserve.as_ref(),
            };
            chart = chart.series(
                Bar::new()
                    .name(name)
                    .stack("budget")
                    .data(amounts.iter().map(|amount| plot(*amount)).collect()),
            );
        }
        chart
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{MAX_CURVE_COUNT, MAX_POINTS};
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use serde_json::Value;
    use std::borrow::Cow;

    const LABELS: ChartLabels<'static> = ChartLabels {
        count_axis: Cow::Borrowed("Aantal gemeenten"),
        amount_axis: Cow::Borrowed("Bijdrage"),
        current_point: Cow::Borrowed("A: nu"),
        grown_point: Cow::Borrowed("B: na groei"),
        affordability: Cow::Borrowed("Betaalbaar"),
        reserve: Cow::Borrowed("Reserve"),
        categories: [
            Cow::Borrowed("Ontwikkeling"),
            Cow::Borrowed("Coördinatie"),
            Cow::Borrowed("Infra"),
            Cow::Borrowed("Community"),
            Cow::Borrowed("Overig"),
        ],
    };

    fn json(chart: &Chart) -> Value {
        serde_json::from_str(&chart.to_string()).expect("chart options are JSON")
    }

    #[test]
    fn one_curve_per_scenario_plus_the_affordability_line() {
        let document = example();
        let report = compute(&document).unwrap();
        let curve = CostCurve::from_report(&document, &report);
        let options = json(&curve.chart(&LABELS));
        let series = options["series"].as_array().unwrap();
        // Three scenarios, points A and B, the affordability line.
        assert_eq!(series.len(), 6);
        assert_eq!(series[1]["name"], "Streef");
        assert_eq!(series[1]["type"], "line");
        assert_eq!(series[5]["name"], "Betaalbaar");
        // Affordability line at today's Streef share, 2,420.
        assert_eq!(series[5]["data"][0][1], 2420.0);
        // Break-even of Wens is 103; the curve runs beyond both 2 x B = 150 and 103.
        let last = curve.counts.last().copied().unwrap();
        assert!(last >= 150, "last {last}");
        assert!(curve.counts.contains(&103));
    }

    #[test]
    fn points_a_and_b_sit_on_each_curve() {
        let document = example();
        let report = compute(&document).unwrap();
        let options = json(&CostCurve::from_report(&document, &report).chart(&LABELS));
        let current = &options["series"][3];
        assert_eq!(current["type"], "scatter");
        assert_eq!(current["name"], "A: nu");
        // One point per scenario: Minimum 27,500 / 45, Streef 2,420, Wens 5,500.
        assert_eq!(current["data"][1], serde_json::json!([45.0, 2420.0]));
        assert_eq!(current["data"][2], serde_json::json!([45.0, 5500.0]));
        let grown = &options["series"][4];
        assert_eq!(grown["name"], "B: na groei");
        assert_eq!(grown["data"][1], serde_json::json!([75.0, 1452.0]));
        let wens_points = options["series"][2]["data"].as_array().unwrap();
        let at_75 = wens_points.iter().find(|point| point[0] == 75.0).unwrap();
        assert_eq!(at_75[1], 3300.0);
    }

    #[test]
    fn names_are_handed_over_as_typed_to_the_default_tooltip() {
        let markup = "<img src=x onerror=alert(1)> R&D";
        let mut document = example();
        document.scenarios[0].name = markup.into();
        let report = compute(&document).unwrap();
        let curve = CostCurve::from_report(&document, &report).chart(&LABELS);
        let composition = Composition::from_report(&document, &report).chart(&LABELS);
        for chart in [curve, composition] {
            let text = chart.to_string();
            assert!(text.contains(markup), "{text}");
            let options: serde_json::Value = serde_json::from_str(&text).unwrap();
            // ECharts escapes names only in its own tooltip formatter: a formatter of ours must not replace it.
            assert!(options["tooltip"].is_object());
            assert!(options["tooltip"].get("formatter").is_none(), "{options}");
            assert!(options["tooltip"].get("renderMode").is_none());
        }
    }

    #[test]
    fn segments_add_up_to_each_scenario_total() {
        let document = example();
        let report = compute(&document).unwrap();
        let composition = Composition::from_report(&document, &report);
        let options = json(&composition.chart(&LABELS));
        let series = options["series"].as_array().unwrap();
        assert_eq!(series.len(), 6);
        assert!(series
            .iter()
            .all(|s| s["stack"] == "budget" && s["type"] == "bar"));
        for (scenario, total) in composition.totals.iter().enumerate() {
            let plotted: f64 = series
                .iter()
                .map(|s| s["data"][scenario].as_f64().unwrap())
                .sum();
            assert_eq!(plotted, total.to_f64().unwrap());
            let exact: Money = composition
                .segments
                .iter()
                .map(|(_, amounts)| amounts[scenario])
                .sum();
            assert_eq!(exact, *total);
        }
        assert_eq!(composition.totals[1], "108900".parse::<Money>().unwrap());
    }

    #[test]
    fn the_amount_axis_shows_points_a_and_b_and_the_affordability_line() {
        let document = example();
        let report = compute(&document).unwrap();
        let curve = CostCurve::from_report(&document, &report);
        let options = json(&curve.chart(&LABELS));
        let ceiling = options["yAxis"][0]["max"]
            .as_f64()
            .or(options["yAxis"]["max"].as_f64())
            .unwrap();
        // A quarter of 45 is 11; Wens 247,500 / 11 = 22,500, rounded up to 25,000.
        assert_eq!(ceiling, 25000.0);
        assert_eq!(round_up(1310.0), 1500.0);
        assert_eq!(round_up(20625.0), 25000.0);
    }

    #[test]
    fn a_tiny_reference_amount_keeps_the_curve_bounded() {
        let mut document = example();
        document.break_even.reference_amount = Some("0.01".parse().unwrap());
        let report = compute(&document).unwrap();
        let curve = CostCurve::from_report(&document, &report);
        assert!(curve.counts.len() as u64 <= MAX_POINTS + 5);
        assert_eq!(curve.counts.last().copied(), Some(MAX_CURVE_COUNT));
        assert!(curve.table_counts().contains(&45));
    }

    #[test]
    fn the_chart_module_answers_a_request_with_the_options_of_both_charts() {
        let mut document = example();
        // Quotes, a backslash and markup in a name survive the trip through JSON both ways.
        document.scenarios[1].name = "Streef \"2027\" \\ <b>".into();
        let report = compute(&document).unwrap();
        let curve = CostCurve::from_report(&document, &report);
        let composition = Composition::from_report(&document, &report);
        let request = ChartRequest {
            curve: Cow::Borrowed(&curve),
            composition: Cow::Borrowed(&composition),
            labels: LABELS,
        };
        let text = serde_json::to_string(&request).unwrap();
        // The chart module reads decimals only from strings (feature strict-decimals): the app writes them so.
        let sent: Value = serde_json::from_str(&text).unwrap();
        assert!(sent["curve"]["scenario_totals"][0].is_string(), "{text}");
        assert!(sent["composition"]["totals"][0].is_string(), "{text}");
        let answer: Value = serde_json::from_str(&options_json(&text).unwrap()).unwrap();
        assert_eq!(answer[0], json(&curve.chart(&LABELS)));
        assert_eq!(answer[1], json(&composition.chart(&LABELS)));
        assert_eq!(answer[0]["series"][1]["name"], "Streef \"2027\" \\ <b>");
    }

    #[test]
    fn a_request_the_chart_module_cannot_read_is_an_error_not_a_panic() {
        for request in ["", "{}", "[1, 2]", r#"{"curve": null}"#] {
            assert!(options_json(request).is_err(), "{request}");
        }
    }
}
