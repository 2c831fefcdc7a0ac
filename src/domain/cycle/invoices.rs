//! The budget year's invoices: recording them, and what every later edit means for each member as a
//! supplementary invoice or a credit.

use rust_decimal::Decimal;

use super::{
    community_ids, identities, match_members, names_and_codes, Invoice, InvoiceRecord, MemberId,
    Offset,
};
use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::key::{KeyKind, KeySettings, VariableBasis};
use crate::domain::money::{self, Money};
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::domain::ways_to_pay::in_kind::{count_against, total_value};

/// The invoices the document gives now for the scenario: one per current member, in list order, with the
/// offsets still open taken off.
pub fn invoices_now(
    document: &Document,
    report: &Report,
    scenario: usize,
) -> Result<Vec<Invoice>, CalcError> {
    invoices_for(document, report, scenario, Variant::Current)
}

/// The invoices of one scenario and variant: one per member of that variant's community, in list order
/// (after growth, the newcomers last), with the offsets still open taken off the members they belong to.
pub fn invoices_for(
    document: &Document,
    report: &Report,
    scenario: usize,
    variant: Variant,
) -> Result<Vec<Invoice>, CalcError> {
    let variant = report.variant(variant);
    let result = variant.result(scenario)?;
    let allocation = result.allocation.as_ref().map_err(Clone::clone)?;
    let community = variant.community.as_ref().map_err(Clone::clone)?;
    let ids = community_ids(community);
    let offsets = offset_ids(&document.cycle.offsets);
    let usage_used = uses_usage(&document.key).then_some(document.key.usage_metric.as_str());
    names_and_codes(community)
        .into_iter()
        .zip(&community.members)
        .zip(&allocation.shares)
        .zip(&ids)
        .map(|((((name, code), member), share), id)| {
            let open = offsets
                .iter()
                .filter(|(offset_id, _)| offset_id == id)
                .map(|(_, offset)| offset.amount);
            let open = money::sum(open)?;
            let gross = money::add(share.shared, share.custom_work)?;
            let in_kind = count_against(
                gross,
                total_value(&member.in_kind, document.rates.hourly_rate)?,
            )?;
            let (offset, amount) = apply_offset(in_kind.invoice, open)?;
            Ok(Invoice {
                name,
                code,
                inhabitants: member.inhabitants,
                usage: usage_used.map(|metric| member.usage_of(metric)),
                months: (!member.all_year_long()).then_some(member.months),
                joins_in_month: member.joins_in_month,
                contribution: share.shared,
                custom_work: share.custom_work,
                in_kind: in_kind.counted,
                offset,
                amount,
            })
        })
        .collect()
}

/// Records the invoices of the budget year for the adopted scenario, as the document gives them now.
pub fn record(
    document: &Document,
    report: &Report,
    scenario: usize,
) -> Result<InvoiceRecord, CalcError> {
    let lines = invoices_now(document, report, scenario)?;
    let scenario_name = document
        .scenarios
        .get(scenario)
        .map(|scenario| scenario.name.clone())
        .ok_or(CalcError::NoSuchScenario { index: scenario })?;
    let total = report
        .scenarios
        .get(scenario)
        .map(|totals| totals.total)
        .ok_or(CalcError::NoSuchScenario { index: scenario })?;
    Ok(InvoiceRecord {
        year: document.budget_year,
        scenario,
        scenario_name,
        total,
        key: document.key.clone(),
        lines,
    })
}

/// One member's supplementary invoice (positive) or credit (negative) against what it was invoiced.
#[derive(Debug, Clone, PartialEq)]
pub struct Supplement {
    pub id: MemberId,
    pub name: String,
    pub code: Option<String>,
    /// What it was invoiced when the invoices were recorded; absent for a member that joined since.
    pub invoiced: Option<Money>,
    /// What its invoice is now; absent for a member that left since.
    pub now: Option<Money>,
    /// Now minus invoiced.
    pub difference: Money,
}

/// Every member's supplement, with the totals they add up to.
#[derive(Debug, Clone, PartialEq)]
pub struct Supplements {
    /// Current members in list order, then those that left in the order they were invoiced.
    pub lines: Vec<Supplement>,
    pub invoiced: Money,
    pub now: Money,
    /// The change of the total invoiced: the sum of the differences.
    pub change: Money,
}

impl Supplements {
    /// Whether any invoice changed since recording.
    pub fn any(&self) -> bool {
        self.lines
            .iter()
            .any(|line| !line.difference.is_zero() || line.invoiced.is_none())
    }
}

/// What changed for each member since the invoices were recorded.
pub fn supplements(
    document: &Document,
    report: &Report,
    record: &InvoiceRecord,
) -> Result<Supplements, CalcError> {
    let now = invoices_now(document, report, record.scenario)?;
    compare(&record.lines, &now)
}

/// Matches the invoices now with those recorded, member by member.
pub fn compare(recorded: &[Invoice], now: &[Invoice]) -> Result<Supplements, CalcError> {
    let recorded_ids = invoice_ids(recorded);
    let now_ids = invoice_ids(now);
    let mut lines = Vec::with_capacity(now.len());
    let mut matched = vec![false; recorded.len()];
    for ((invoice, id), before) in now
        .iter()
        .zip(&now_ids)
        .zip(match_members(&recorded_ids, &now_ids))
    {
        let invoiced = before.and_then(|at| {
            if let Some(seen) = matched.get_mut(at) {
                *seen = true;
            }
            recorded.get(at).map(|line| line.amount)
        });
        lines.push(Supplement {
            id: id.clone(),
            name: invoice.name.clone(),
            code: invoice.code.clone(),
            invoiced,
            now: Some(invoice.amount),
            difference: money::sub(invoice.amount, invoiced.unwrap_or_default())?,
        });
    }
    for ((line, id), seen) in recorded.iter().zip(&recorded_ids).zip(&matched) {
        if !seen {
            lines.push(Supplement {
                id: id.clone(),
                name: line.name.clone(),
                code: line.code.clone(),
                invoiced: Some(line.amount),
                now: None,
                difference: money::sub(Decimal::ZERO, line.amount)?,
            });
        }
    }
    let invoiced = money::sum(recorded.iter().map(|line| line.amount))?;
    let total_now = money::sum(now.iter().map(|line| line.amount))?;
    let change = money::sum(lines.iter().map(|line| line.difference))?;
    Ok(Supplements {
        lines,
        invoiced,
        now: total_now,
        change,
    })
}

/// The identities of a list of invoices, in order.
pub fn invoice_ids(invoices: &[Invoice]) -> Vec<MemberId> {
    identities(
        invoices
            .iter()
            .map(|invoice| (invoice.name.as_str(), invoice.code.as_deref())),
    )
}

fn offset_ids(offsets: &[Offset]) -> Vec<(MemberId, &Offset)> {
    identities(
        offsets
            .iter()
            .map(|offset| (offset.name.as_str(), offset.code.as_deref())),
    )
    .into_iter()
    .zip(offsets)
    .collect()
}

/// How much of an open offset an invoice of `gross` takes, and the invoice after it: a refund lowers the
/// invoice down to zero at most (the rest stays open for a later year), a payment raises it.
pub fn apply_offset(gross: Money, open: Money) -> Result<(Money, Money), CalcError> {
    let taken = if open > Decimal::ZERO {
        open.min(gross.max(Decimal::ZERO))
    } else {
        open
    };
    Ok((taken, money::sub(gross, taken)?))
}

/// Whether the key divides by a usage metric, so an invoice names the usage it used.
pub fn uses_usage(key: &KeySettings) -> bool {
    match key.kind {
        KeyKind::Usage => true,
        KeyKind::Hybrid => key.hybrid.variable == VariableBasis::Usage,
        KeyKind::Equal | KeyKind::Inhabitants | KeyKind::Staffel | KeyKind::Tariffs => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::participants::{Municipality, ParticipantMode};
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    fn listed() -> Document {
        let mut document = example();
        document.participants.mode = ParticipantMode::List;
        document.participants.list = vec![
            Municipality::new("Utrecht", dec("374238")),
            Municipality::new("Zeist", dec("66000")),
            Municipality::new("Houten", dec("50000")),
        ];
        document.key = document
            .key
            .with_kind(crate::domain::key::KeyKind::Inhabitants);
        document
    }

    #[test]
    fn recorded_invoices_add_up_to_the_scenario_total_and_name_the_cbs_code() {
        let document = listed();
        let report = compute(&document).unwrap();
        let record = record(&document, &report, 1).unwrap();
        let total: Decimal = record.lines.iter().map(|line| line.amount).sum();
        assert_eq!(total, report.scenarios[1].total);
        assert_eq!(record.lines[0].code.as_deref(), Some("GM0344"));
        assert_eq!(record.lines.len(), 3);
    }

    #[test]
    fn supplements_add_up_to_the_change_of_the_total_with_joiners_and_leavers() {
        let mut document = listed();
        let report = compute(&document).unwrap();
        let record = record(&document, &report, 1).unwrap();
        // Houten leaves, Bunnik joins and a line grows by 1,000.01.
        document.participants.list.remove(2);
        document
            .participants
            .list
            .push(Municipality::new("Bunnik", dec("15500")));
        document.scenarios[1].lines[0].amount = crate::domain::budget::LineAmount::Fixed {
            amount: dec("13000.01"),
        };
        let report = compute(&document).unwrap();
        let supplements = supplements(&document, &report, &record).unwrap();
        let differences: Decimal = supplements.lines.iter().map(|line| line.difference).sum();
        assert_eq!(differences, supplements.now - supplements.invoiced);
        assert_eq!(
            supplements.now - supplements.invoiced,
            report.scenarios[1].total - record.total
        );
        let houten = supplements.lines.last().unwrap();
        assert_eq!(houten.name, "Houten");
        assert_eq!(houten.now, None);
        assert_eq!(houten.difference, -record.lines[2].amount);
        let bunnik = &supplements.lines[2];
        assert_eq!(bunnik.invoiced, None);
    }

    #[test]
    fn a_refund_offset_lowers_the_invoice_never_below_zero() {
        assert_eq!(
            apply_offset(dec("100"), dec("30")).unwrap(),
            (dec("30"), dec("70"))
        );
        assert_eq!(
            apply_offset(dec("100"), dec("130")).unwrap(),
            (dec("100"), dec("0"))
        );
        assert_eq!(
            apply_offset(dec("100"), dec("-5")).unwrap(),
            (dec("-5"), dec("105"))
        );
    }
}
