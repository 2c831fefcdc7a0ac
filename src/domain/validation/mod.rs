//! Checks on a document before anything is computed. Each problem names the field by its path in the JSON
//! format ("scenarios[1].lines[3].amount.hours"), so a message can say exactly where it is.

use std::fmt;

use rust_decimal::Decimal;

use super::budget::LineAmount;
use super::document::{Document, FORMAT_VERSION};
use super::participants::Municipality;

mod cycle;
mod key;
#[cfg(test)]
mod tests;
mod ways_to_pay;

use cycle::check_cycle;
pub use cycle::MAX_HISTORY_YEARS;
use key::check_key;

/// More than any community budget can be: one billion euros.
pub const MAX_AMOUNT: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
/// Hours, units, FTEs and usage figures beyond this are typos.
pub const MAX_QUANTITY: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
/// More inhabitants than any municipality or community has (the Netherlands has 18 million).
pub const MAX_INHABITANTS: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);
/// Far more municipalities than the 342 the Netherlands has, to leave room for other countries.
pub const MAX_MUNICIPALITIES: usize = 10_000;
/// Distinct usage metrics in one document: a real community counts a handful (reports, users, modules).
/// Every member carries a figure per metric, so the limit keeps each computation linear in the members.
pub const MAX_METRICS: usize = 50;
pub const MIN_SCENARIOS: usize = 2;
pub const MAX_SCENARIOS: usize = 5;
pub const MAX_YEARS: u32 = 30;
/// Budget years a document may name: wide enough for history and plans, narrow enough to catch typos.
pub const MIN_BUDGET_YEAR: u16 = 2000;
pub const MAX_BUDGET_YEAR: u16 = 2100;
/// A contact name, e-mail address or website longer than this is pasted by mistake.
pub const MAX_CONTACT_CHARS: usize = 200;

/// Money in euros (rates, line amounts, actual spend, custom work, the hybrid base, minimum, maximum, the
/// break-even reference): cents, as a budget writes them. A third decimal is more often "12,345" meant as
/// twelve thousand than a tenth of a cent.
pub const MONEY_DECIMALS: u32 = 2;
/// Prices of one unit or one inhabitant (a line's unit price, a size band's rate): fractions of a cent
/// occur, e.g. € 0,0125 per message.
pub const PRICE_DECIMALS: u32 = 4;
/// Hours, FTE, counts, usage figures and band points: 0.125 FTE, 7.25 hours.
pub const QUANTITY_DECIMALS: u32 = 4;
/// Percentages (reserve, growth, indexation): 2.75 %.
pub const PERCENT_DECIMALS: u32 = 2;
/// Inhabitants are people: whole numbers.
pub const INHABITANTS_DECIMALS: u32 = 0;

/// What a value of one kind may be: from zero up to `max`, with at most `decimals` decimals. Together they
/// bound the digits of every input (at most 10 before the decimal separator), so sums and products of
/// inputs stay far inside what exact decimals hold and every figure derived from them can be written out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub max: Decimal,
    pub decimals: u32,
}

pub const MONEY: Limit = Limit {
    max: MAX_AMOUNT,
    decimals: MONEY_DECIMALS,
};
pub const PRICE: Limit = Limit {
    max: MAX_AMOUNT,
    decimals: PRICE_DECIMALS,
};
pub const QUANTITY: Limit = Limit {
    max: MAX_QUANTITY,
    decimals: QUANTITY_DECIMALS,
};
pub const INHABITANTS: Limit = Limit {
    max: MAX_INHABITANTS,
    decimals: INHABITANTS_DECIMALS,
};

/// Decimals a value really has: "12.50" has one.
pub fn decimals_of(value: Decimal) -> u32 {
    value.normalize().scale()
}

/// Whether a value has at most `decimals` decimals; runs for every figure of a list on every keystroke, so
/// the trailing zeros are only stripped when the written scale is above the limit.
pub fn within_decimals(value: Decimal, decimals: u32) -> bool {
    value.scale() <= decimals || decimals_of(value) <= decimals
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    Negative,
    TooLarge {
        limit: Decimal,
    },
    /// A percentage outside the range that makes sense for this field.
    PercentOutOfRange {
        min: Decimal,
        max: Decimal,
    },
    ScenarioCount {
        count: usize,
    },
    NoSuchScenario {
        index: usize,
    },
    UnsupportedVersion {
        found: u32,
    },
    TooManyMunicipalities {
        count: usize,
    },
    YearsOutOfRange {
        years: u32,
    },
    /// Explicit newcomers per year that are not one count per year of the plan adding up to its newcomers.
    ScheduleDoesNotFit {
        years: u32,
        additional: u32,
    },
    BudgetYearOutOfRange {
        year: u16,
    },
    TextTooLong {
        limit: usize,
    },
    /// Inhabitants (and size-band starts) are whole numbers.
    NotWhole,
    /// More decimals than a value of this kind can mean.
    TooManyDecimals {
        decimals: u32,
    },
    /// More distinct usage metrics than [`MAX_METRICS`]; reported where the first one too many appears.
    TooManyMetrics {
        limit: usize,
    },
    /// Size bands must start at 0 inhabitants and go up.
    BandsOutOfOrder,
    NoBands,
    /// A closed year of the history that is not before the budget year (or the closed year after it).
    HistoryYearNotBefore {
        year: u16,
        budget_year: u16,
    },
    /// A month that is not 1 to 12.
    MonthOutOfRange {
        month: u8,
    },
    /// A member that would leave before the month it joins in.
    LeavesBeforeJoining,
    /// A field the user has not filled in, such as a tariff class's amount.
    Missing,
    /// Marginal size bands weigh with a rate per inhabitant in every band.
    MarginalNeedsRates,
    /// More closed years than a document keeps.
    TooManyYears {
        count: usize,
        limit: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a path into the JSON document.
    pub path: String,
    pub kind: ProblemKind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {:?}", self.path, self.kind)
    }
}

struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    /// At most [`MAX_METRICS`] distinct usage metrics, counted over every place a document names one.
    fn metrics(&mut self, document: &Document) {
        let participants = &document.participants;
        let named = participants
            .metrics
            .iter()
            .map(|metric| ("participants.metrics".to_string(), metric));
        let in_lists = participants
            .list
            .iter()
            .enumerate()
            .map(|(index, municipality)| {
                (format!("participants.list[{index}].usage"), municipality)
            })
            .chain(
                document
                    .growth
                    .prospects
                    .iter()
                    .enumerate()
                    .map(|(index, prospect)| {
                        (format!("growth.prospects[{index}].usage"), prospect)
                    }),
            )
            .flat_map(|(path, municipality)| {
                municipality
                    .usage
                    .keys()
                    .map(move |metric| (path.clone(), metric))
            });
        let others = participants
            .summary
            .average_usage
            .keys()
            .map(|metric| ("participants.summary.average_usage".to_string(), metric))
            .chain(
                document
                    .growth
                    .newcomer_usage
                    .keys()
                    .map(|metric| ("growth.newcomer_usage".to_string(), metric)),
            );
        let mut seen = std::collections::BTreeSet::new();
        for (path, metric) in named.chain(in_lists).chain(others) {
            if seen.insert(metric.as_str()) && seen.len() > MAX_METRICS {
                self.report(path, ProblemKind::TooManyMetrics { limit: MAX_METRICS });
                return;
            }
        }
    }

    fn report(&mut self, path: String, kind: ProblemKind) {
        self.problems.push(Problem { path, kind });
    }

    fn amount(&mut self, path: impl Into<String>, value: Decimal, limit: Limit) {
        let path = path.into();
        if value.is_sign_negative() && !value.is_zero() {
            self.report(path, ProblemKind::Negative);
        } else if value > limit.max {
            self.report(path, ProblemKind::TooLarge { limit: limit.max });
        } else {
            self.decimals(path, value, limit.decimals);
        }
    }

    fn decimals(&mut self, path: String, value: Decimal, decimals: u32) {
        if !within_decimals(value, decimals) {
            let kind = if decimals == 0 {
                ProblemKind::NotWhole
            } else {
                ProblemKind::TooManyDecimals { decimals }
            };
            self.report(path, kind);
        }
    }

    fn percent(&mut self, path: impl Into<String>, value: Decimal, min: Decimal, max: Decimal) {
        if value < min || value > max {
            self.report(path.into(), ProblemKind::PercentOutOfRange { min, max });
        } else {
            self.decimals(path.into(), value, PERCENT_DECIMALS);
        }
    }

    /// A short text the user typed (a description, a class name): as long as a contact field at most.
    fn text(&mut self, path: String, text: &str) {
        if text.chars().count() > MAX_CONTACT_CHARS {
            self.report(
                path,
                ProblemKind::TextTooLong {
                    limit: MAX_CONTACT_CHARS,
                },
            );
        }
    }

    fn scenario_index(&mut self, path: impl Into<String>, index: usize, scenarios: usize) {
        if index >= scenarios {
            self.report(path.into(), ProblemKind::NoSuchScenario { index });
        }
    }

    /// Checks one municipality of a list; its path is only written out when there is a problem, since
    /// lists run to hundreds of rows and this runs on every keystroke.
    fn municipality(&mut self, list: &str, index: usize, municipality: &Municipality) {
        let fine = |value: Decimal, limit: Limit| {
            (!value.is_sign_negative() && value <= limit.max || value.is_zero())
                && within_decimals(value, limit.decimals)
        };
        let all_fine = fine(municipality.inhabitants, INHABITANTS)
            && fine(municipality.custom_work, MONEY)
            && ways_to_pay::municipality_fine(municipality)
            && municipality
                .usage
                .values()
                .all(|value| fine(*value, QUANTITY));
        if all_fine {
            return;
        }
        let path = format!("{list}[{index}]");
        self.amount(
            format!("{path}.inhabitants"),
            municipality.inhabitants,
            INHABITANTS,
        );
        for (metric, value) in &municipality.usage {
            self.amount(format!("{path}.usage.{metric}"), *value, QUANTITY);
        }
        self.amount(
            format!("{path}.custom_work"),
            municipality.custom_work,
            MONEY,
        );
        ways_to_pay::check_municipality(self, &path, municipality);
    }
}

/// Every problem in the document; empty when it can be computed.
pub fn validate(document: &Document) -> Vec<Problem> {
    let mut check = Checker {
        problems: Vec::new(),
    };
    let hundred = Decimal::ONE_HUNDRED;
    if document.format_version != FORMAT_VERSION {
        check.report(
            "format_version".into(),
            ProblemKind::UnsupportedVersion {
                found: document.format_version,
            },
        );
    }
    check.amount("rates.hourly_rate", document.rates.hourly_rate, MONEY);
    check.amount("rates.fte_cost", document.rates.fte_cost, MONEY);

    let scenario_count = document.scenarios.len();
    if !(MIN_SCENARIOS..=MAX_SCENARIOS).contains(&scenario_count) {
        check.report(
            "scenarios".into(),
            ProblemKind::ScenarioCount {
                count: scenario_count,
            },
        );
    }
    for (s, scenario) in document.scenarios.iter().enumerate() {
        check.percent(
            format!("scenarios[{s}].reserve_percent"),
            scenario.reserve_percent,
            Decimal::ZERO,
            hundred,
        );
        for (l, line) in scenario.lines.iter().enumerate() {
            let at = format!("scenarios[{s}].lines[{l}]");
            match &line.amount {
                LineAmount::Hours { hours } => {
                    check.amount(format!("{at}.amount.hours"), *hours, QUANTITY)
                }
                LineAmount::Fte { fte } => check.amount(format!("{at}.amount.fte"), *fte, QUANTITY),
                LineAmount::Units { count, unit_price } => {
                    check.amount(format!("{at}.amount.count"), *count, QUANTITY);
                    check.amount(format!("{at}.amount.unit_price"), *unit_price, PRICE);
                }
                LineAmount::Fixed { amount } => {
                    check.amount(format!("{at}.amount.amount"), *amount, MONEY)
                }
            }
            if let Some(actual) = line.actual {
                check.amount(format!("{at}.actual"), actual, MONEY);
            }
        }
        // Each line is capped, but many capped lines still must not add up past what a budget can be.
        if let Ok(totals) = scenario.totals(&document.rates) {
            if totals.total > MAX_AMOUNT {
                check.report(
                    format!("scenarios[{s}]"),
                    ProblemKind::TooLarge { limit: MAX_AMOUNT },
                );
            }
        }
    }

    let participants = &document.participants;
    check.amount(
        "participants.summary.inhabitants",
        participants.summary.inhabitants,
        INHABITANTS,
    );
    for (metric, value) in &participants.summary.average_usage {
        check.amount(
            format!("participants.summary.average_usage.{metric}"),
            *value,
            QUANTITY,
        );
    }
    let counts = [
        (
            "participants.summary.count",
            participants.summary.count as usize,
        ),
        ("participants.list", participants.list.len()),
        ("growth.additional", document.growth.additional as usize),
        ("growth.prospects", document.growth.prospects.len()),
    ];
    for (path, count) in counts {
        if count > MAX_MUNICIPALITIES {
            check.report(path.into(), ProblemKind::TooManyMunicipalities { count });
        }
    }
    check.metrics(document);
    for (index, municipality) in participants.list.iter().enumerate() {
        check.municipality("participants.list", index, municipality);
    }
    for (index, prospect) in document.growth.prospects.iter().enumerate() {
        check.municipality("growth.prospects", index, prospect);
    }
    if let Some(inhabitants) = document.growth.newcomer_inhabitants {
        check.amount("growth.newcomer_inhabitants", inhabitants, INHABITANTS);
    }
    for (metric, value) in &document.growth.newcomer_usage {
        check.amount(format!("growth.newcomer_usage.{metric}"), *value, QUANTITY);
    }
    for (r, reference) in document.reference_municipalities.iter().enumerate() {
        check.amount(
            format!("reference_municipalities[{r}].inhabitants"),
            reference.inhabitants,
            INHABITANTS,
        );
    }

    check_key(&mut check, "key", &document.key);

    let plan = &document.multi_year;
    if plan.years == 0 || plan.years > MAX_YEARS {
        check.report(
            "multi_year.years".into(),
            ProblemKind::YearsOutOfRange { years: plan.years },
        );
    }
    check.percent(
        "multi_year.indexation_percent",
        plan.indexation_percent,
        -hundred,
        hundred,
    );
    let growth = &document.growth;
    if growth.years == 0 || growth.years > MAX_YEARS {
        check.report(
            "growth.years".into(),
            ProblemKind::YearsOutOfRange {
                years: growth.years,
            },
        );
    }
    if !growth.joining_per_year.is_empty() && !growth.explicit_schedule_fits() {
        check.report(
            "growth.joining_per_year".into(),
            ProblemKind::ScheduleDoesNotFit {
                years: growth.years,
                additional: growth.additional,
            },
        );
    }
    if let Some(year) = document.budget_year {
        if !(MIN_BUDGET_YEAR..=MAX_BUDGET_YEAR).contains(&year) {
            check.report(
                "budget_year".into(),
                ProblemKind::BudgetYearOutOfRange { year },
            );
        }
    }
    let contact = [
        ("contact.name", &document.contact.name),
        ("contact.email", &document.contact.email),
        ("contact.website", &document.contact.website),
    ];
    for (path, text) in contact {
        check.text(path.into(), text);
    }
    for (y, scenario) in plan.scenario_per_year.iter().enumerate() {
        check.scenario_index(
            format!("multi_year.scenario_per_year[{y}]"),
            *scenario,
            scenario_count,
        );
    }

    if let Some(scenario) = document.break_even.scenario {
        check.scenario_index("break_even.scenario", scenario, scenario_count);
    }
    if let Some(amount) = document.break_even.reference_amount {
        check.amount("break_even.reference_amount", amount, MONEY);
    }
    check.scenario_index(
        "conclusions.start_scenario",
        document.conclusions.start_scenario,
        scenario_count,
    );
    if let Some(scenario) = document.conclusions.scale_up_scenario {
        check.scenario_index("conclusions.scale_up_scenario", scenario, scenario_count);
    }
    check.scenario_index(
        "accountability.scenario",
        document.accountability.scenario,
        scenario_count,
    );
    // Without `app` (the first module) the cycle is never read (see `Document::cycle`).
    if cfg!(feature = "app") {
        check_cycle(&mut check, document, scenario_count);
    }
    check.problems
}
