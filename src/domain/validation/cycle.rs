//! Checks on the yearly cycle: the settlement, phase-in, offsets, the recorded invoices and the closed years.

use rust_decimal::Decimal;

use super::key::check_key;
use super::{Checker, Limit, ProblemKind, MAX_INHABITANTS, MAX_MUNICIPALITIES, MONEY, QUANTITY};
use crate::domain::cycle::{InvoiceRecord, ReserveCeiling};
use crate::domain::document::Document;

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

pub(super) fn check_cycle(check: &mut Checker, document: &Document, scenario_count: usize) {
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
