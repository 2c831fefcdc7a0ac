//! The settlement at year end (jaarafrekening): what came in, what was spent, and where the difference goes,
//! to the reserve or back to the members, to the cent.

use rust_decimal::Decimal;

use super::invoices::{invoices_now, supplements, Supplements};
use super::{DeficitChoice, InvoiceRecord, MemberId, ReserveCeiling, SurplusChoice};
use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};
use crate::domain::report::Report;

/// One member in the settlement.
#[derive(Debug, Clone, PartialEq)]
pub struct SettlementLine {
    pub id: MemberId,
    pub name: String,
    pub code: Option<String>,
    /// Its final invoice: as recorded plus the supplementary invoices; zero for a member that left.
    pub invoiced: Money,
    pub paid: Money,
    /// Invoiced but not paid: a receivable, counted as income.
    pub outstanding: Money,
    pub refund: Money,
    /// Its share of a deficit the members make up (bijstorting).
    pub payment: Money,
}

/// Why the settlement went as it did where the choices could not be followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettlementNote {
    /// Nobody paid: a surplus went to the reserve.
    NobodyPaidSurplusToReserve,
    /// Nobody paid: the deficit was taken from the reserve and the rest is a shortfall.
    NobodyPaidDeficitShortfall,
    /// The reserve opened above its ceiling: it keeps its balance and the whole surplus is refunded.
    ReserveAboveCeiling,
}

/// What stands in the way of a settlement: input the fields refuse, found in a document from elsewhere.
#[derive(Debug, Clone, PartialEq)]
pub enum SettlementProblem {
    Calc(CalcError),
    /// A member paid more than its invoice (a member that left was invoiced nothing).
    PaidAboveInvoice {
        name: String,
        paid: Money,
        invoiced: Money,
    },
    NegativePaid {
        name: String,
    },
    NegativeOpeningReserve,
    NegativeCeiling,
    NegativeOtherIncome,
}

/// Whether the problem is input the fields refuse (an amount paid above the invoice, a negative reserve),
/// rather than a document that cannot be divided at all, which the results already say.
pub fn is_input_problem(problem: &SettlementProblem) -> bool {
    !matches!(problem, SettlementProblem::Calc(_))
}

impl From<CalcError> for SettlementProblem {
    fn from(error: CalcError) -> Self {
        SettlementProblem::Calc(error)
    }
}

/// The year settled.
#[derive(Debug, Clone, PartialEq)]
pub struct Settlement {
    /// Whether the invoices were recorded; if not, the settlement uses the invoices the document gives now.
    pub recorded: bool,
    pub lines: Vec<SettlementLine>,
    pub invoiced: Money,
    pub paid: Money,
    pub outstanding: Money,
    pub other_income: Money,
    /// Invoiced (paid or outstanding) plus other income.
    pub income: Money,
    pub actual_spend: Money,
    /// Cost lines of the accounted scenario without an actual figure yet.
    pub lines_without_actual: usize,
    /// Income minus spend: a surplus when positive, a deficit when negative.
    pub result: Money,
    pub opening_reserve: Money,
    pub ceiling: Option<Money>,
    pub to_reserve: Money,
    pub from_reserve: Money,
    pub refunds: Money,
    pub payments: Money,
    /// A deficit nobody makes up (only when nobody paid).
    pub shortfall: Money,
    pub closing_reserve: Money,
    pub notes: Vec<SettlementNote>,
    /// Refunds and payments go to next year's invoices.
    pub offset_next_year: bool,
}

/// The invoices the year is settled on: as recorded, or as the document gives them now.
pub fn invoice_record(
    document: &Document,
    report: &Report,
) -> Result<(InvoiceRecord, bool), CalcError> {
    match &document.cycle.invoices {
        Some(record) => Ok((record.clone(), true)),
        None => {
            let scenario = document.recommended_scenario();
            let record = super::invoices::record(document, report, scenario)?;
            Ok((record, false))
        }
    }
}

/// The opening balance of the reserve: as entered, else what last year's settlement left, else zero.
pub fn opening_reserve(document: &Document) -> Money {
    document
        .cycle
        .settlement
        .opening_reserve
        .or_else(|| document.cycle.last_year().map(|year| year.closing_reserve))
        .unwrap_or_default()
}

/// Settles the budget year of the document.
pub fn settle(document: &Document, report: &Report) -> Result<Settlement, SettlementProblem> {
    let settings = &document.cycle.settlement;
    let (record, recorded) = invoice_record(document, report)?;
    let changes: Supplements = if recorded {
        supplements(document, report, &record)?
    } else {
        let now = invoices_now(document, report, record.scenario)?;
        super::invoices::compare(&now, &now)?
    };
    let opening = opening_reserve(document);
    if opening < Decimal::ZERO {
        return Err(SettlementProblem::NegativeOpeningReserve);
    }
    if settings.other_income < Decimal::ZERO {
        return Err(SettlementProblem::NegativeOtherIncome);
    }
    let mut lines = Vec::with_capacity(changes.lines.len());
    for change in &changes.lines {
        let invoiced = change.now.unwrap_or_default();
        let paid = settings
            .paid
            .get(&change.id.key())
            .copied()
            .unwrap_or(invoiced);
        if paid < Decimal::ZERO {
            return Err(SettlementProblem::NegativePaid {
                name: change.name.clone(),
            });
        }
        if paid > invoiced {
            return Err(SettlementProblem::PaidAboveInvoice {
                name: change.name.clone(),
                paid,
                invoiced,
            });
        }
        lines.push(SettlementLine {
            id: change.id.clone(),
            name: change.name.clone(),
            code: change.code.clone(),
            invoiced,
            paid,
            outstanding: money::sub(invoiced, paid)?,
            refund: Decimal::ZERO,
            payment: Decimal::ZERO,
        });
    }
    let invoiced = money::sum(lines.iter().map(|line| line.invoiced))?;
    let paid = money::sum(lines.iter().map(|line| line.paid))?;
    let outstanding = money::sum(lines.iter().map(|line| line.outstanding))?;
    let income = money::add(invoiced, settings.other_income)?;
    let account = report.accountability.as_ref().map_err(Clone::clone)?;
    let actual_spend = account.actual_total;
    let result = money::sub(income, actual_spend)?;
    let adopted_total = report
        .scenarios
        .get(record.scenario)
        .map(|totals| totals.total)
        .unwrap_or(record.total);
    let ceiling = match settings.reserve_ceiling {
        None => None,
        Some(ReserveCeiling::Percent(percent)) => {
            if percent < Decimal::ZERO {
                return Err(SettlementProblem::NegativeCeiling);
            }
            Some(money::round_cents(money::percent_of(
                adopted_total,
                percent,
            )?))
        }
        Some(ReserveCeiling::Amount(amount)) => {
            if amount < Decimal::ZERO {
                return Err(SettlementProblem::NegativeCeiling);
            }
            Some(amount)
        }
    };
    let anyone_paid = lines.iter().any(|line| line.paid > Decimal::ZERO);
    let mut notes = Vec::new();
    let (mut to_reserve, mut from_reserve, mut shortfall) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut refunds = Decimal::ZERO;
    let mut payments = Decimal::ZERO;
    if result > Decimal::ZERO {
        let surplus = result;
        if !anyone_paid {
            to_reserve = surplus;
            notes.push(SettlementNote::NobodyPaidSurplusToReserve);
        } else {
            to_reserve = match settings.surplus {
                SurplusChoice::AllToReserve => surplus,
                SurplusChoice::RefundAll => Decimal::ZERO,
                SurplusChoice::ReserveThenRefund => match ceiling {
                    None => surplus,
                    Some(ceiling) => {
                        if opening > ceiling {
                            notes.push(SettlementNote::ReserveAboveCeiling);
                        }
                        let room = money::sub(ceiling, opening)?.max(Decimal::ZERO);
                        surplus.min(room)
                    }
                },
            };
            refunds = money::sub(surplus, to_reserve)?;
            let weights: Vec<Money> = lines.iter().map(|line| line.paid).collect();
            for (line, share) in lines
                .iter_mut()
                .zip(split_in_proportion(refunds, &weights)?)
            {
                line.refund = share;
            }
        }
    } else if result < Decimal::ZERO {
        let deficit = money::sub(Decimal::ZERO, result)?;
        let reserve_use = if !anyone_paid || settings.deficit == DeficitChoice::ReserveThenMembers {
            deficit.min(opening)
        } else {
            Decimal::ZERO
        };
        from_reserve = reserve_use;
        let rest = money::sub(deficit, from_reserve)?;
        if !anyone_paid {
            shortfall = rest;
            if rest > Decimal::ZERO {
                notes.push(SettlementNote::NobodyPaidDeficitShortfall);
            }
        } else {
            payments = rest;
            let weights: Vec<Money> = lines
                .iter()
                .map(|line| {
                    if line.paid > Decimal::ZERO {
                        line.invoiced
                    } else {
                        Decimal::ZERO
                    }
                })
                .collect();
            for (line, share) in lines
                .iter_mut()
                .zip(split_in_proportion(payments, &weights)?)
            {
                line.payment = share;
            }
        }
    }
    let closing_reserve = money::sub(money::add(opening, to_reserve)?, from_reserve)?;
    Ok(Settlement {
        recorded,
        lines,
        invoiced,
        paid,
        outstanding,
        other_income: settings.other_income,
        income,
        actual_spend,
        lines_without_actual: account.lines_without_actual,
        result,
        opening_reserve: opening,
        ceiling,
        to_reserve,
        from_reserve,
        refunds,
        payments,
        shortfall,
        closing_reserve,
        notes,
        offset_next_year: settings.offset_next_year,
    })
}

/// Divides `amount` (whole cents) over members in proportion to `weights` (whole cents, none negative) by the
/// largest remainder: every share is rounded down to the cent and the cents still missing go one each to the
/// largest exact remainders, the earliest member first on a tie. Integer arithmetic, so the remainders are
/// exact. Nothing to divide by gives zeros when the amount is zero and an error otherwise.
pub fn split_in_proportion(amount: Money, weights: &[Money]) -> Result<Vec<Money>, CalcError> {
    let amount_cents = money::to_cents(money::round_cents(amount))?;
    let weight_cents = weights
        .iter()
        .map(|weight| money::to_cents(money::round_cents(*weight)))
        .collect::<Result<Vec<_>, _>>()?;
    let total_weight = weight_cents
        .iter()
        .try_fold(0i128, |sum, weight| sum.checked_add(*weight))
        .ok_or(CalcError::Overflow)?;
    if amount_cents == 0 {
        return Ok(vec![Decimal::ZERO; weights.len()]);
    }
    if total_weight <= 0 || weight_cents.iter().any(|weight| *weight < 0) {
        return Err(CalcError::NothingToDivideBy);
    }
    let mut shares = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for (index, weight) in weight_cents.iter().enumerate() {
        let product = amount_cents
            .checked_mul(*weight)
            .ok_or(CalcError::Overflow)?;
        shares.push(product.div_euclid(total_weight));
        if *weight > 0 {
            remainders.push((std::cmp::Reverse(product.rem_euclid(total_weight)), index));
        }
    }
    let assigned = shares
        .iter()
        .try_fold(0i128, |sum, share| sum.checked_add(*share))
        .ok_or(CalcError::Overflow)?;
    let missing = usize::try_from(amount_cents - assigned).map_err(|_| CalcError::Overflow)?;
    remainders.sort_unstable();
    for (_, index) in remainders.into_iter().take(missing) {
        if let Some(share) = shares.get_mut(index) {
            *share += 1;
        }
    }
    shares.into_iter().map(money::from_cents).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn a_refund_in_proportion_adds_up_and_ties_go_to_the_earliest() {
        let shares = split_in_proportion(dec("100"), &[dec("1"), dec("1"), dec("1")]).unwrap();
        assert_eq!(shares, vec![dec("33.34"), dec("33.33"), dec("33.33")]);
        let shares = split_in_proportion(dec("10"), &[dec("0"), dec("300"), dec("100")]).unwrap();
        assert_eq!(shares, vec![dec("0"), dec("7.50"), dec("2.50")]);
    }

    #[test]
    fn nothing_to_divide_by_is_an_error_unless_nothing_is_divided() {
        assert_eq!(
            split_in_proportion(dec("1"), &[dec("0")]),
            Err(CalcError::NothingToDivideBy)
        );
        assert_eq!(
            split_in_proportion(dec("0"), &[dec("0")]).unwrap(),
            vec![dec("0")]
        );
    }
}
