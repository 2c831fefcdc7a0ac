//! Checks on a contribution key: the document's own and the keys its invoices and closed years were made with.

use super::{Checker, ProblemKind, INHABITANTS, MONEY, PRICE, QUANTITY};
use crate::domain::key::{BandWeight, KeySettings};

pub(super) fn check_key(check: &mut Checker, at: &str, key: &KeySettings) {
    super::ways_to_pay::check_key(check, at, key);
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
