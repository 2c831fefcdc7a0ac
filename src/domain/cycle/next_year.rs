//! "Volgend jaar": the next budget year's document, made from this one. The closed year goes into the
//! history; members join and leave; inhabitants come from the directory; cost lines are indexed; the reserve
//! and what is to be offset carry over.

use rust_decimal::Decimal;

use super::invoices::invoice_ids;
use super::settlement::{settle, Settlement, SettlementProblem};
use super::{
    community_ids, names_and_codes, ClosedMember, ClosedYear, MemberId, Offset, SettlementSettings,
};
use crate::domain::budget::LineAmount;
use crate::domain::directory::directory;
use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};
use crate::domain::participants::{ParticipantMode, Variant};
use crate::domain::report::Report;

/// What the coordinator says about the next year.
#[derive(Debug, Clone, PartialEq)]
pub struct NextYearChoices {
    /// The named prospects (by position in the growth plan) that join.
    pub joining_prospects: Vec<usize>,
    /// How many newcomers of the growth plan's average size join besides them.
    pub joining_unnamed: u32,
    /// The listed members (by position) that leave.
    pub leaving: Vec<usize>,
    /// How many members of a community described by its size alone leave.
    pub leaving_unnamed: u32,
    /// Wage index in percent: lines of hours and FTE follow it (through the hourly rate and FTE cost).
    pub wage_index: Decimal,
    /// Price index in percent: every other line follows it.
    pub price_index: Decimal,
    /// Take the inhabitants of members the directory knows from the directory.
    pub refresh_inhabitants: bool,
}

impl NextYearChoices {
    /// The default: the growth plan's newcomers of the first year join (named prospects first), nobody
    /// leaves, no indexation, inhabitants from the directory.
    pub fn for_document(document: &Document) -> NextYearChoices {
        let first_year = document
            .growth
            .joining_schedule()
            .first()
            .copied()
            .unwrap_or(0);
        let named = (first_year as usize).min(document.growth.prospects.len());
        NextYearChoices {
            joining_prospects: (0..named).collect(),
            joining_unnamed: first_year.saturating_sub(named as u32),
            leaving: Vec::new(),
            leaving_unnamed: 0,
            wage_index: Decimal::ZERO,
            price_index: Decimal::ZERO,
            refresh_inhabitants: true,
        }
    }
}

/// A member's inhabitants as the directory has them now.
#[derive(Debug, Clone, PartialEq)]
pub struct InhabitantsChange {
    pub name: String,
    pub before: Decimal,
    pub after: Decimal,
}

/// What "Volgend jaar" did, for the coordinator to check.
#[derive(Debug, Clone, PartialEq)]
pub struct NextYear {
    pub document: Document,
    /// The closed year's invoices were not recorded, so they were recorded from the figures at closing.
    pub recorded_at_close: bool,
    pub joined: Vec<String>,
    pub left: Vec<String>,
    pub inhabitants: Vec<InhabitantsChange>,
    pub settlement: Settlement,
}

/// Makes the next year's document; `document` itself stays as it is.
pub fn next_year(
    document: &Document,
    report: &Report,
    choices: &NextYearChoices,
) -> Result<NextYear, SettlementProblem> {
    let settlement = settle(document, report)?;
    let closed = close_year(document, report, &settlement)?;
    let mut next = document.clone();
    next.budget_year = document.budget_year.and_then(|year| year.checked_add(1));
    next.cycle.offsets = open_offsets(document, &closed, &settlement)?;
    next.cycle.invoices = None;
    next.cycle.settlement = SettlementSettings {
        reserve_ceiling: document.cycle.settlement.reserve_ceiling,
        surplus: document.cycle.settlement.surplus,
        deficit: document.cycle.settlement.deficit,
        offset_next_year: document.cycle.settlement.offset_next_year,
        ..SettlementSettings::default()
    };
    let recorded_at_close = closed.recorded_at_close;
    next.cycle.history.push(closed);
    for scenario in &mut next.scenarios {
        for line in &mut scenario.lines {
            line.actual = None;
            index_line(&mut line.amount, choices.price_index)?;
        }
    }
    next.rates.hourly_rate = indexed(next.rates.hourly_rate, choices.wage_index)?;
    next.rates.fte_cost = indexed(next.rates.fte_cost, choices.wage_index)?;

    let (joined, left) = change_members(&mut next, report, choices)?;
    let inhabitants = if choices.refresh_inhabitants {
        refresh_inhabitants(&mut next)
    } else {
        Vec::new()
    };
    Ok(NextYear {
        document: next,
        recorded_at_close,
        joined,
        left,
        inhabitants,
        settlement,
    })
}

/// `amount` raised by `percent`, rounded to the cent half away from zero.
pub fn indexed(amount: Money, percent: Decimal) -> Result<Money, CalcError> {
    Ok(money::round_cents(money::add(
        amount,
        money::percent_of(amount, percent)?,
    )?))
}

/// Indexes a line by the price index; lines of hours and FTE follow the wage index through the rates.
fn index_line(amount: &mut LineAmount, price_index: Decimal) -> Result<(), CalcError> {
    match amount {
        LineAmount::Hours { .. } | LineAmount::Fte { .. } => {}
        LineAmount::Units { unit_price, .. } => {
            // A unit price may have fractions of a cent (€ 0,0125 per message): keep its four decimals.
            *unit_price = money::add(*unit_price, money::percent_of(*unit_price, price_index)?)?
                .round_dp_with_strategy(4, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        }
        LineAmount::Fixed { amount } => *amount = indexed(*amount, price_index)?,
    }
    Ok(())
}

/// The year as it closes: its invoices (recorded now if nobody did), every member's final contribution
/// and invoice, its key and total, its spend and the reserve after the settlement.
pub fn close_year(
    document: &Document,
    report: &Report,
    settlement: &Settlement,
) -> Result<ClosedYear, CalcError> {
    let (record, recorded) = super::settlement::invoice_record(document, report)?;
    let variant = report.variant(Variant::Current);
    let community = variant.community.as_ref().map_err(Clone::clone)?;
    let result = variant.result(record.scenario)?;
    let allocation = result.allocation.as_ref().map_err(Clone::clone)?;
    let totals = report
        .scenarios
        .get(record.scenario)
        .ok_or(CalcError::NoSuchScenario {
            index: record.scenario,
        })?;
    let ids = community_ids(community);
    let members = names_and_codes(community)
        .into_iter()
        .zip(&community.members)
        .zip(&allocation.shares)
        .zip(&ids)
        .map(|((((name, code), member), share), id)| {
            let invoiced = settlement
                .lines
                .iter()
                .find(|line| line.id == *id)
                .map(|line| line.invoiced)
                .unwrap_or(share.total);
            ClosedMember {
                name,
                code,
                inhabitants: member.inhabitants,
                usage: member.usage.clone(),
                custom_work: share.custom_work,
                contribution: share.shared,
                invoiced,
                months: (!member.all_year_long()).then_some(member.months),
            }
        })
        .collect();
    Ok(ClosedYear {
        year: document.budget_year,
        invoices: record,
        recorded_at_close: !recorded,
        total: totals.total,
        base_total: totals.base_total,
        key: document.key.clone(),
        members,
        actual_spend: settlement.actual_spend,
        closing_reserve: settlement.closing_reserve,
    })
}

/// What is still to be offset after this year: the part of earlier offsets this year's invoices could not
/// take, and this year's refunds and payments when the settlement offsets them.
fn open_offsets(
    document: &Document,
    closed: &ClosedYear,
    settlement: &Settlement,
) -> Result<Vec<Offset>, CalcError> {
    let taken_ids = invoice_ids(&closed.invoices.lines);
    let mut open = Vec::new();
    let earlier = super::identities(
        document
            .cycle
            .offsets
            .iter()
            .map(|offset| (offset.name.as_str(), offset.code.as_deref())),
    );
    for (offset, id) in document.cycle.offsets.iter().zip(&earlier) {
        let taken = taken_ids
            .iter()
            .position(|taken| taken == id)
            .and_then(|at| closed.invoices.lines.get(at))
            .map(|line| line.offset)
            .unwrap_or_default();
        let rest = money::sub(offset.amount, taken)?;
        if !rest.is_zero() {
            open.push(Offset {
                amount: rest,
                ..offset.clone()
            });
        }
    }
    if settlement.offset_next_year {
        for line in &settlement.lines {
            let amount = money::sub(line.refund, line.payment)?;
            if !amount.is_zero() {
                open.push(Offset {
                    name: line.name.clone(),
                    code: line.code.clone(),
                    amount,
                });
            }
        }
    }
    Ok(open)
}

/// Who joins and who leaves, and the growth plan counted on from the new year towards the same target.
fn change_members(
    next: &mut Document,
    report: &Report,
    choices: &NextYearChoices,
) -> Result<(Vec<String>, Vec<String>), CalcError> {
    let growth = &mut next.growth;
    let participants = &mut next.participants;
    let mut joined = Vec::new();
    let mut left = Vec::new();
    let joining: Vec<_> = growth
        .prospects
        .iter()
        .enumerate()
        .filter(|(index, _)| choices.joining_prospects.contains(index))
        .map(|(_, prospect)| prospect.clone())
        .collect();
    growth.prospects = growth
        .prospects
        .iter()
        .enumerate()
        .filter(|(index, _)| !choices.joining_prospects.contains(index))
        .map(|(_, prospect)| prospect.clone())
        .collect();
    let average = report
        .variant(Variant::Current)
        .community
        .as_ref()
        .ok()
        .and_then(|community| community.average_inhabitants().ok())
        .unwrap_or_default();
    let newcomer_inhabitants = growth.newcomer_inhabitants.unwrap_or(average);
    let joined_count = joining.len() as u32 + choices.joining_unnamed;
    let left_count;
    match participants.mode {
        ParticipantMode::List => {
            left = participants
                .list
                .iter()
                .enumerate()
                .filter(|(index, _)| choices.leaving.contains(index))
                .map(|(_, member)| member.name.clone())
                .collect();
            left_count = left.len() as u32;
            let mut kept: Vec<_> = participants
                .list
                .iter()
                .enumerate()
                .filter(|(index, _)| !choices.leaving.contains(index))
                .map(|(_, member)| member.clone())
                .collect();
            joined.extend(joining.iter().map(|prospect| prospect.name.clone()));
            kept.extend(joining);
            participants.list = kept;
        }
        ParticipantMode::Summary => {
            let summary = &mut participants.summary;
            let before = summary.count;
            let leaving = choices.leaving_unnamed.min(before);
            left_count = leaving;
            let joining_inhabitants = money::add(
                money::sum(joining.iter().map(|prospect| prospect.inhabitants))?,
                money::mul(newcomer_inhabitants, Decimal::from(choices.joining_unnamed))?,
            )?;
            joined.extend(joining.iter().map(|prospect| prospect.name.clone()));
            summary.count = before - leaving + joined_count;
            if summary.inhabitants_basis == crate::domain::participants::InhabitantsBasis::Total {
                let leaving_inhabitants = money::mul(average, Decimal::from(leaving))?;
                // Inhabitants are people: whole numbers.
                summary.inhabitants = money::round_euros(money::add(
                    money::sub(summary.inhabitants, leaving_inhabitants)?,
                    joining_inhabitants,
                )?);
            }
        }
    }
    // The same target: today's members plus the plan's newcomers.
    let additional = i64::from(growth.additional) - i64::from(joined_count) + i64::from(left_count);
    growth.additional = u32::try_from(additional.max(0)).unwrap_or(0);
    if growth.explicit_schedule_fits() && !growth.joining_per_year.is_empty() {
        growth.joining_per_year.remove(0);
    }
    growth.years = growth.years.saturating_sub(1).max(1);
    if !growth.explicit_schedule_fits() {
        growth.joining_per_year.clear();
    }
    Ok((joined, left))
}

/// Takes the inhabitants of every listed member the directory knows from the directory, and lists what
/// changed.
fn refresh_inhabitants(next: &mut Document) -> Vec<InhabitantsChange> {
    let mut changes = Vec::new();
    for member in &mut next.participants.list {
        if let Some(entry) = directory().find(&member.name) {
            let after = entry.inhabitants_decimal();
            if after != member.inhabitants {
                changes.push(InhabitantsChange {
                    name: member.name.clone(),
                    before: member.inhabitants,
                    after,
                });
                member.inhabitants = after;
            }
        }
    }
    changes
}

/// The identity of every member of a closed year, in its order.
pub fn closed_ids(year: &ClosedYear) -> Vec<MemberId> {
    super::identities(
        year.members
            .iter()
            .map(|member| (member.name.as_str(), member.code.as_deref())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    #[test]
    fn the_next_year_of_the_example_indexes_closes_and_lets_newcomers_join() {
        let document = example();
        let report = compute(&document).unwrap();
        let mut choices = NextYearChoices::for_document(&document);
        choices.wage_index = dec("3");
        choices.price_index = dec("2");
        choices.joining_unnamed = 2;
        let next = next_year(&document, &report, &choices).unwrap();
        let new = &next.document;
        assert_eq!(new.budget_year, document.budget_year.map(|year| year + 1));
        assert_eq!(new.rates.hourly_rate, dec("103"));
        assert_eq!(new.rates.fte_cost, dec("77250"));
        assert_eq!(new.participants.summary.count, 47);
        assert_eq!(new.growth.additional, 28);
        assert_eq!(new.cycle.history.len(), 1);
        assert!(next.recorded_at_close);
        let closed = &new.cycle.history[0];
        assert_eq!(closed.members.len(), 45);
        let contributions: Decimal = closed
            .members
            .iter()
            .map(|member| member.contribution)
            .sum();
        assert_eq!(contributions, closed.total);
        // The closed year's own document is untouched.
        assert!(document.cycle.history.is_empty());
        assert_eq!(indexed(dec("12000"), dec("2")).unwrap(), dec("12240"));
    }
}
