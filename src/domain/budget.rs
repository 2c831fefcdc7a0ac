//! Budget scenarios made of cost lines, and their totals.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::CalcError;
use super::money::{self, Money};

/// Rates that cost lines refer to, set once per document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Rates {
    /// Hourly rate in euros, e.g. 100.
    pub hourly_rate: Decimal,
    /// Yearly cost of one full-time equivalent in euros, e.g. 75000.
    pub fte_cost: Decimal,
}

/// The budget template's categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Doorontwikkeling: new features, bug fixes and maintenance.
    Development,
    /// Coordinatie & beheer: coordinator, community manager, product owner.
    Coordination,
    /// Infrastructuur: hosting, tools and licences.
    Infrastructure,
    /// Community: user days, communication, documentation.
    Community,
    /// Overig: marketing and recruitment, innovation, supplier development.
    Other,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Development,
        Category::Coordination,
        Category::Infrastructure,
        Category::Community,
        Category::Other,
    ];
}

/// How a cost line's amount comes about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineAmount {
    /// Hours times the document's hourly rate.
    Hours { hours: Decimal },
    /// Full-time equivalents times the document's yearly FTE cost.
    Fte { fte: Decimal },
    /// A count of something times its unit price, e.g. 2 user days at 1,500.
    Units { count: Decimal, unit_price: Decimal },
    /// A fixed amount in euros.
    Fixed { amount: Decimal },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum LineAmountKind {
    Hours,
    Fte,
    Units,
    Fixed,
}

/// A cost line's amount as written: the kind, and the fields of every kind, of which the kind's are required.
#[derive(Deserialize)]
struct LineAmountFields {
    kind: LineAmountKind,
    hours: Option<Decimal>,
    fte: Option<Decimal>,
    count: Option<Decimal>,
    unit_price: Option<Decimal>,
    amount: Option<Decimal>,
}

/// The field a kind needs, or serde's own message for a missing field.
pub(crate) fn required<E: serde::de::Error>(
    value: Option<Decimal>,
    field: &'static str,
) -> Result<Decimal, E> {
    value.ok_or_else(|| E::missing_field(field))
}

// Read by hand rather than derived: serde's reader for an internally tagged enum buffers the object in a
// generic value first, and that code cost the small first module 3.5 KB brotli (README, "The wervingslink").
impl<'de> Deserialize<'de> for LineAmount {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = LineAmountFields::deserialize(deserializer)?;
        Ok(match fields.kind {
            LineAmountKind::Hours => LineAmount::Hours {
                hours: required(fields.hours, "hours")?,
            },
            LineAmountKind::Fte => LineAmount::Fte {
                fte: required(fields.fte, "fte")?,
            },
            LineAmountKind::Units => LineAmount::Units {
                count: required(fields.count, "count")?,
                unit_price: required(fields.unit_price, "unit_price")?,
            },
            LineAmountKind::Fixed => LineAmount::Fixed {
                amount: required(fields.amount, "amount")?,
            },
        })
    }
}

impl LineAmount {
    /// The amount in euros, rounded to cents.
    pub fn amount(&self, rates: &Rates) -> Result<Money, CalcError> {
        let exact = match self {
            LineAmount::Hours { hours } => money::mul(*hours, rates.hourly_rate)?,
            LineAmount::Fte { fte } => money::mul(*fte, rates.fte_cost)?,
            LineAmount::Units { count, unit_price } => money::mul(*count, *unit_price)?,
            LineAmount::Fixed { amount } => *amount,
        };
        Ok(money::round_cents(exact))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct CostLine {
    pub category: Category,
    pub label: String,
    pub amount: LineAmount,
    /// Part of the basic upkeep (basisbeheer) that the hybrid key can charge equally.
    #[serde(default)]
    pub base: bool,
    /// What was actually spent on this line, for accountability; absent until known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Scenario {
    pub name: String,
    #[serde(default)]
    pub purpose: String,
    /// Reserve as a percentage of the sum of the lines; 10 to 15 is the usual advice.
    pub reserve_percent: Decimal,
    pub lines: Vec<CostLine>,
}

/// A scenario's money, to the cent.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioTotals {
    /// Each line's amount, in the order of the lines.
    pub line_amounts: Vec<Money>,
    pub lines_total: Money,
    pub reserve: Money,
    /// Lines plus reserve: what the participants are asked to pay together.
    pub total: Money,
    /// Lines flagged as base, with their share of the reserve.
    pub base_total: Money,
    /// Sum of lines per category (reserve excluded), in [`Category::ALL`] order.
    pub by_category: Vec<(Category, Money)>,
}

impl Scenario {
    pub fn totals(&self, rates: &Rates) -> Result<ScenarioTotals, CalcError> {
        let line_amounts = self
            .lines
            .iter()
            .map(|line| line.amount.amount(rates))
            .collect::<Result<Vec<_>, _>>()?;
        let lines_total = money::sum(line_amounts.iter().copied())?;
        let reserve = money::round_cents(money::percent_of(lines_total, self.reserve_percent)?);
        let total = money::add(lines_total, reserve)?;
        let base_lines = money::sum(
            self.lines
                .iter()
                .zip(&line_amounts)
                .filter(|(line, _)| line.base)
                .map(|(_, amount)| *amount),
        )?;
        let base_reserve = money::percent_of(base_lines, self.reserve_percent)?;
        let base_total = money::round_cents(money::add(base_lines, base_reserve)?).min(total);
        let by_category = Category::ALL
            .iter()
            .map(|category| {
                let amounts = self
                    .lines
                    .iter()
                    .zip(&line_amounts)
                    .filter(|(line, _)| line.category == *category)
                    .map(|(_, amount)| *amount);
                money::sum(amounts).map(|sum| (*category, sum))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(ScenarioTotals {
            line_amounts,
            lines_total,
            reserve,
            total,
            base_total,
            by_category,
        })
    }
}

/// One row of the side-by-side table: a label and its amount in each scenario (`None`: not in it).
#[derive(Debug, Clone, PartialEq)]
pub struct MatchedLine {
    pub label: String,
    pub amounts: Vec<Option<Money>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CategoryBlock {
    pub category: Category,
    pub lines: Vec<MatchedLine>,
    pub subtotals: Vec<Money>,
}

/// Groups the lines of every scenario by category and label, in the order labels first appear. Lines with
/// the same label in one scenario and category add up. Categories without lines are left out.
pub fn side_by_side(
    scenarios: &[Scenario],
    totals: &[ScenarioTotals],
) -> Result<Vec<CategoryBlock>, CalcError> {
    let mut blocks = Vec::new();
    for category in Category::ALL.iter() {
        let mut lines: Vec<MatchedLine> = Vec::new();
        for (s, (scenario, totals)) in scenarios.iter().zip(totals).enumerate() {
            for (line, amount) in scenario.lines.iter().zip(&totals.line_amounts) {
                if line.category != *category {
                    continue;
                }
                let label = line.label.trim();
                let position = match lines.iter().position(|m| m.label == label) {
                    Some(position) => position,
                    None => {
                        lines.push(MatchedLine {
                            label: label.to_string(),
                            amounts: vec![None; scenarios.len()],
                        });
                        lines.len() - 1
                    }
                };
                if let Some(cell) = lines
                    .get_mut(position)
                    .and_then(|line| line.amounts.get_mut(s))
                {
                    *cell = Some(money::add(cell.unwrap_or(Decimal::ZERO), *amount)?);
                }
            }
        }
        if lines.is_empty() {
            continue;
        }
        let subtotals = totals
            .iter()
            .map(|t| {
                t.by_category
                    .iter()
                    .find(|(c, _)| c == category)
                    .map_or(Decimal::ZERO, |(_, amount)| *amount)
            })
            .collect();
        blocks.push(CategoryBlock {
            category: *category,
            lines,
            subtotals,
        });
    }
    Ok(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    fn rates() -> Rates {
        Rates {
            hourly_rate: dec("100"),
            fte_cost: dec("75000"),
        }
    }

    #[test]
    fn every_kind_of_amount_reads_back_what_was_written() {
        for amount in [
            LineAmount::Hours { hours: dec("12.5") },
            LineAmount::Fte { fte: dec("0.8") },
            LineAmount::Units {
                count: dec("2"),
                unit_price: dec("1500"),
            },
            LineAmount::Fixed {
                amount: dec("999.99"),
            },
        ] {
            let text = serde_json::to_string(&amount).unwrap();
            assert_eq!(
                serde_json::from_str::<LineAmount>(&text).unwrap(),
                amount,
                "{text}"
            );
        }
    }

    #[test]
    fn an_amount_without_its_kinds_field_or_with_an_unknown_kind_is_refused_by_name() {
        let missing = serde_json::from_str::<LineAmount>(r#"{"kind":"units","count":"2"}"#)
            .unwrap_err()
            .to_string();
        assert!(missing.contains("missing field `unit_price`"), "{missing}");
        let unknown = serde_json::from_str::<LineAmount>(r#"{"kind":"days","amount":"2"}"#)
            .unwrap_err()
            .to_string();
        assert!(unknown.contains("unknown variant `days`"), "{unknown}");
        // Another kind's field does not stand in for the kind's own.
        assert!(serde_json::from_str::<LineAmount>(r#"{"kind":"fte","hours":"2"}"#).is_err());
    }

    fn line(amount: LineAmount) -> CostLine {
        CostLine {
            category: Category::Development,
            label: String::new(),
            amount,
            base: false,
            actual: None,
        }
    }

    #[test]
    fn line_kinds_multiply_out() {
        let rates = rates();
        assert_eq!(
            LineAmount::Hours { hours: dec("800") }
                .amount(&rates)
                .unwrap(),
            dec("80000")
        );
        assert_eq!(
            LineAmount::Fte { fte: dec("0.2") }.amount(&rates).unwrap(),
            dec("15000")
        );
        let user_days = LineAmount::Units {
            count: dec("2"),
            unit_price: dec("1500"),
        };
        assert_eq!(user_days.amount(&rates).unwrap(), dec("3000"));
        assert_eq!(
            LineAmount::Fixed {
                amount: dec("12000")
            }
            .amount(&rates)
            .unwrap(),
            dec("12000")
        );
    }

    #[test]
    fn total_is_lines_plus_reserve() {
        let scenario = Scenario {
            name: "Streef".into(),
            purpose: String::new(),
            reserve_percent: dec("10"),
            lines: vec![
                line(LineAmount::Fixed {
                    amount: dec("90000"),
                }),
                line(LineAmount::Hours { hours: dec("90") }),
            ],
        };
        let totals = scenario.totals(&rates()).unwrap();
        assert_eq!(totals.lines_total, dec("99000"));
        assert_eq!(totals.reserve, dec("9900"));
        assert_eq!(totals.total, dec("108900"));
    }

    #[test]
    fn base_total_carries_its_share_of_the_reserve() {
        let mut hosting = line(LineAmount::Fixed {
            amount: dec("10000"),
        });
        hosting.base = true;
        hosting.category = Category::Infrastructure;
        let scenario = Scenario {
            name: "x".into(),
            purpose: String::new(),
            reserve_percent: dec("10"),
            lines: vec![
                hosting,
                line(LineAmount::Fixed {
                    amount: dec("30000"),
                }),
            ],
        };
        let totals = scenario.totals(&rates()).unwrap();
        assert_eq!(totals.base_total, dec("11000"));
        assert_eq!(totals.by_category[0], (Category::Development, dec("30000")));
        assert_eq!(
            totals.by_category[2],
            (Category::Infrastructure, dec("10000"))
        );
    }

    #[test]
    fn fractional_cents_are_rounded_per_line() {
        let scenario = Scenario {
            name: "x".into(),
            purpose: String::new(),
            reserve_percent: dec("12.5"),
            lines: vec![line(LineAmount::Hours {
                hours: dec("0.333"),
            })],
        };
        let totals = scenario.totals(&rates()).unwrap();
        assert_eq!(totals.lines_total, dec("33.30"));
        assert_eq!(totals.reserve, dec("4.16"));
        assert_eq!(totals.total, dec("37.46"));
    }

    #[test]
    fn lines_with_the_same_label_share_a_row_across_scenarios() {
        use crate::domain::example::example;
        let document = example();
        let report = crate::domain::report::compute(&document).unwrap();
        let blocks = side_by_side(&document.scenarios, &report.scenarios).unwrap();
        let infrastructure = blocks
            .iter()
            .find(|b| b.category == Category::Infrastructure)
            .unwrap();
        let hosting = infrastructure
            .lines
            .iter()
            .find(|l| l.label == "Hosting en infrastructuur")
            .unwrap();
        assert_eq!(hosting.amounts[0], Some(Decimal::from(10_000)));
        assert_eq!(hosting.amounts[1], Some(Decimal::from(12_000)));
        // Subtotals per category add up to each scenario's lines total.
        for (s, t) in report.scenarios.iter().enumerate() {
            let sum: Decimal = blocks.iter().map(|b| b.subtotals[s]).sum();
            assert_eq!(sum, t.lines_total);
        }
        // Every line appears exactly once.
        let cells: usize = blocks
            .iter()
            .flat_map(|b| &b.lines)
            .flat_map(|l| &l.amounts)
            .filter(|a| a.is_some())
            .count();
        let lines: usize = document.scenarios.iter().map(|s| s.lines.len()).sum();
        assert!(cells <= lines && cells > 0);
    }
}
