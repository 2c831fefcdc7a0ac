//! Checks on the ways to pay: months of taking part, work in kind, tariff classes and marginal bands.

use super::{Checker, ProblemKind, INHABITANTS, MONEY, QUANTITY};
use crate::domain::key::{BandWeight, KeySettings};
use crate::domain::participants::Municipality;
use crate::domain::ways_to_pay::in_kind::InKindValue;
use crate::domain::ways_to_pay::months::months_taken_part;

/// Whether a municipality's months and work in kind need no message, checked without building paths.
pub(super) fn municipality_fine(municipality: &Municipality) -> bool {
    months_taken_part(municipality.joins_in_month, municipality.leaves_after_month).is_some()
        && municipality.in_kind.is_empty()
}

pub(super) fn check_municipality(check: &mut Checker, path: &str, municipality: &Municipality) {
    let mut months_fine = true;
    for (field, month) in [
        ("joins_in_month", municipality.joins_in_month),
        ("leaves_after_month", municipality.leaves_after_month),
    ] {
        if let Some(month) = month.filter(|month| !(1..=12).contains(month)) {
            check.report(
                format!("{path}.{field}"),
                ProblemKind::MonthOutOfRange { month },
            );
            months_fine = false;
        }
    }
    if months_fine
        && months_taken_part(municipality.joins_in_month, municipality.leaves_after_month).is_none()
    {
        check.report(
            format!("{path}.leaves_after_month"),
            ProblemKind::LeavesBeforeJoining,
        );
    }
    for (i, item) in municipality.in_kind.iter().enumerate() {
        match item.value {
            InKindValue::Hours { hours } => {
                check.amount(format!("{path}.in_kind[{i}].value.hours"), hours, QUANTITY)
            }
            InKindValue::Amount { amount } => {
                check.amount(format!("{path}.in_kind[{i}].value.amount"), amount, MONEY)
            }
        }
        check.text(
            format!("{path}.in_kind[{i}].description"),
            &item.description,
        );
    }
}

pub(super) fn check_key(check: &mut Checker, at: &str, key: &KeySettings) {
    if key.marginal {
        for (b, band) in key.staffel.iter().enumerate() {
            if matches!(band.weight, BandWeight::Points { .. }) {
                check.report(
                    format!("{at}.staffel[{b}].weight.kind"),
                    ProblemKind::MarginalNeedsRates,
                );
            }
        }
    }
    for (c, class) in key.tariffs.iter().enumerate() {
        check.amount(
            format!("{at}.tariffs[{c}].from_inhabitants"),
            class.from_inhabitants,
            INHABITANTS,
        );
        match class.amount {
            Some(amount) => check.amount(format!("{at}.tariffs[{c}].amount"), amount, MONEY),
            None => check.report(format!("{at}.tariffs[{c}].amount"), ProblemKind::Missing),
        }
        check.text(format!("{at}.tariffs[{c}].name"), &class.name);
    }
    let starts_at_zero = key
        .tariffs
        .first()
        .is_none_or(|class| class.from_inhabitants.is_zero());
    let increasing = key.tariffs.windows(2).all(|pair| match pair {
        [lower, upper] => lower.from_inhabitants < upper.from_inhabitants,
        _ => true,
    });
    if !starts_at_zero || !increasing {
        check.report(format!("{at}.tariffs"), ProblemKind::BandsOutOfOrder);
    }
    if key.kind == crate::domain::key::KeyKind::Tariffs && key.tariffs.is_empty() {
        check.report(format!("{at}.tariffs"), ProblemKind::NoBands);
    }
}
