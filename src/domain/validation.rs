//! Checks on a document before anything is computed. Each problem names the field by its path in the JSON
//! format ("scenarios[1].lines[3].amount.hours"), so a message can say exactly where it is.

use std::fmt;

use rust_decimal::Decimal;

use super::budget::LineAmount;
use super::cycle::{InvoiceRecord, ReserveCeiling};
use super::document::{Document, FORMAT_VERSION};
use super::key::BandWeight;
use super::key::KeySettings;
use super::participants::Municipality;

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
        if text.chars().count() > MAX_CONTACT_CHARS {
            check.report(
                path.into(),
                ProblemKind::TextTooLong {
                    limit: MAX_CONTACT_CHARS,
                },
            );
        }
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

/// The most closed years a document keeps: a generation of budgets, and still a share link.
pub const MAX_HISTORY_YEARS: usize = 30;

/// Amounts that may be negative (an offset is a refund or a payment): the same limits on either side.
fn signed_money(check: &mut Checker, path: String, value: Decimal) {
    check.amount(path, value.abs(), MONEY);
}

/// The size a closed year's member was counted at: an unnamed member of a community described by its total
/// has the exact average (1,500,000 / 45), so any decimals.
const COUNTED_SIZE: Limit = Limit {
    max: MAX_INHABITANTS,
    decimals: 28,
};

fn check_cycle(check: &mut Checker, document: &Document, scenario_count: usize) {
    let cycle = &document.cycle;
    let hundred = Decimal::ONE_HUNDRED;
    let settlement = &cycle.settlement;
    for (member, paid) in &settlement.paid {
        check.amount(format!("cycle.settlement.paid.{member}"), *paid, MONEY);
    }
    check.amount(
        "cycle.settlement.other_income",
        settlement.other_income,
        MONEY,
    );
    if let Some(opening) = settlement.opening_reserve {
        check.amount("cycle.settlement.opening_reserve", opening, MONEY);
    }
    match settlement.reserve_ceiling {
        Some(ReserveCeiling::Percent(percent)) => check.percent(
            "cycle.settlement.reserve_ceiling.value",
            percent,
            Decimal::ZERO,
            hundred,
        ),
        Some(ReserveCeiling::Amount(amount)) => {
            check.amount("cycle.settlement.reserve_ceiling.value", amount, MONEY)
        }
        None => {}
    }
    if let Some(phase_in) = &cycle.phase_in {
        check.percent(
            "cycle.phase_in.up_percent",
            phase_in.up_percent,
            Decimal::ZERO,
            hundred,
        );
        if let Some(down) = phase_in.down_percent {
            check.percent("cycle.phase_in.down_percent", down, Decimal::ZERO, hundred);
        }
    }
    for (o, offset) in cycle.offsets.iter().enumerate() {
        signed_money(check, format!("cycle.offsets[{o}].amount"), offset.amount);
    }
    if cycle.offsets.len() > MAX_MUNICIPALITIES {
        check.report(
            "cycle.offsets".into(),
            ProblemKind::TooManyMunicipalities {
                count: cycle.offsets.len(),
            },
        );
    }
    if let Some(record) = &cycle.invoices {
        check_invoices(check, "cycle.invoices", record, scenario_count);
    }
    if cycle.history.len() > MAX_HISTORY_YEARS {
        check.report(
            "cycle.history".into(),
            ProblemKind::TooManyYears {
                count: cycle.history.len(),
                limit: MAX_HISTORY_YEARS,
            },
        );
    }
    // Closed years come before the budget year and before each other, oldest first.
    let mut later = document.budget_year;
    for (y, year) in cycle.history.iter().enumerate().rev() {
        let at = format!("cycle.history[{y}]");
        if let (Some(year), Some(after)) = (year.year, later) {
            if year >= after {
                check.report(
                    format!("{at}.year"),
                    ProblemKind::HistoryYearNotBefore {
                        year,
                        budget_year: after,
                    },
                );
            }
        }
        later = year.year.or(later);
        check_invoices(check, &format!("{at}.invoices"), &year.invoices, usize::MAX);
        check.amount(format!("{at}.total"), year.total, MONEY);
        check.amount(format!("{at}.base_total"), year.base_total, MONEY);
        check.amount(format!("{at}.actual_spend"), year.actual_spend, MONEY);
        check.amount(format!("{at}.closing_reserve"), year.closing_reserve, MONEY);
        if year.members.len() > MAX_MUNICIPALITIES {
            check.report(
                format!("{at}.members"),
                ProblemKind::TooManyMunicipalities {
                    count: year.members.len(),
                },
            );
        }
        for (m, member) in year.members.iter().enumerate() {
            let path = format!("{at}.members[{m}]");
            check.amount(
                format!("{path}.inhabitants"),
                member.inhabitants,
                COUNTED_SIZE,
            );
            for (metric, value) in &member.usage {
                check.amount(format!("{path}.usage.{metric}"), *value, QUANTITY);
            }
            check.amount(format!("{path}.custom_work"), member.custom_work, MONEY);
            check.amount(format!("{path}.contribution"), member.contribution, MONEY);
            check.amount(format!("{path}.invoiced"), member.invoiced, MONEY);
        }
        check_key(check, &format!("{at}.key"), &year.key);
    }
}

fn check_key(check: &mut Checker, at: &str, key: &KeySettings) {
    check.amount(
        format!("{at}.hybrid.fixed_base_amount"),
        key.hybrid.fixed_base_amount,
        MONEY,
    );
    if let Some(minimum) = key.minimum {
        check.amount(format!("{at}.minimum"), minimum, MONEY);
    }
    if let Some(maximum) = key.maximum {
        check.amount(format!("{at}.maximum"), maximum, MONEY);
    }
    if key.staffel.is_empty() {
        check.report(format!("{at}.staffel"), ProblemKind::NoBands);
    }
    for (b, band) in key.staffel.iter().enumerate() {
        check.amount(
            format!("{at}.staffel[{b}].from_inhabitants"),
            band.from_inhabitants,
            INHABITANTS,
        );
        match band.weight {
            BandWeight::PerInhabitant { rate } => {
                check.amount(format!("{at}.staffel[{b}].weight.rate"), rate, PRICE)
            }
            BandWeight::Points { points } => {
                check.amount(format!("{at}.staffel[{b}].weight.points"), points, QUANTITY)
            }
        }
    }
    let starts_at_zero = key
        .staffel
        .first()
        .is_none_or(|band| band.from_inhabitants.is_zero());
    let increasing = key.staffel.windows(2).all(|pair| match pair {
        [lower, higher] => lower.from_inhabitants < higher.from_inhabitants,
        _ => true,
    });
    if !starts_at_zero || !increasing {
        check.report(format!("{at}.staffel"), ProblemKind::BandsOutOfOrder);
    }
}

fn check_invoices(check: &mut Checker, at: &str, record: &InvoiceRecord, scenario_count: usize) {
    if scenario_count != usize::MAX {
        check.scenario_index(format!("{at}.scenario"), record.scenario, scenario_count);
    }
    check.amount(format!("{at}.total"), record.total, MONEY);
    if record.lines.len() > MAX_MUNICIPALITIES {
        check.report(
            format!("{at}.lines"),
            ProblemKind::TooManyMunicipalities {
                count: record.lines.len(),
            },
        );
    }
    for (l, line) in record.lines.iter().enumerate() {
        let path = format!("{at}.lines[{l}]");
        check.amount(
            format!("{path}.inhabitants"),
            line.inhabitants,
            COUNTED_SIZE,
        );
        if let Some(usage) = line.usage {
            check.amount(format!("{path}.usage"), usage, QUANTITY);
        }
        check.amount(format!("{path}.contribution"), line.contribution, MONEY);
        check.amount(format!("{path}.custom_work"), line.custom_work, MONEY);
        signed_money(check, format!("{path}.offset"), line.offset);
        check.amount(format!("{path}.amount"), line.amount, MONEY);
    }
    check_key(check, &format!("{at}.key"), &record.key);
}

#[cfg(test)]
mod tests {
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
        document.format_version = 4;
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
            ProblemKind::UnsupportedVersion { found: 4 }
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
}
