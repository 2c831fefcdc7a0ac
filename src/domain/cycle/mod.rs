//! The yearly cycle a collaboration lives in: the budget year's invoices, the settlement at year end, the
//! next year's draft with the closed years as history, what changes for each member and why, and the phase-in
//! that limits those changes. What the user decided is kept in [`YearCycle`], part of the document; every
//! figure follows from it and the rest of the document by the functions of the submodules.

pub mod invoices;
pub mod next_year;
pub mod phase_in;
pub mod settlement;
pub mod year_over_year;

use std::collections::{BTreeMap, HashMap, VecDeque};

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::directory::{directory, normalise};
use super::key::KeySettings;
use super::money::{self, Money};
use super::participants::{Community, Member, MemberOrigin};
use super::ways_to_pay::months::FULL_YEAR;

/// Everything of the cycle a coordinator records or chooses, with the closed years.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct YearCycle {
    /// The budget year's invoices as recorded; they do not change when the document is edited later.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoices: Option<InvoiceRecord>,
    /// The choices of the settlement at year end.
    #[serde(default, skip_serializing_if = "SettlementSettings::is_default")]
    pub settlement: SettlementSettings,
    /// Refunds and supplementary payments of earlier years still to be offset against an invoice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offsets: Vec<Offset>,
    /// The most a member's contribution may change against last year's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase_in: Option<phase_in::PhaseIn>,
    /// The closed years, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<ClosedYear>,
}

impl YearCycle {
    pub fn is_empty(&self) -> bool {
        *self == YearCycle::default()
    }

    /// The year before this budget year, if it is in the history.
    pub fn last_year(&self) -> Option<&ClosedYear> {
        self.history.last()
    }
}

/// The invoices of one budget year, as they were sent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct InvoiceRecord {
    /// The budget year invoiced; absent when the document names none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The adopted scenario (index) and its name and total when recorded.
    pub scenario: usize,
    pub scenario_name: String,
    pub total: Money,
    /// The key the contributions were divided by.
    pub key: KeySettings,
    /// One invoice per member, in the order of the participant list.
    pub lines: Vec<Invoice>,
}

/// One member's invoice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Invoice {
    /// The municipality's name; empty for a member of a community described by its size alone.
    pub name: String,
    /// The CBS code, when the directory knows the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The inhabitants the key used.
    pub inhabitants: Decimal,
    /// The usage figure the key used, under keys by usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Decimal>,
    /// The months of the year it takes part, when not all twelve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u8>,
    /// The month it joins in, when not January.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joins_in_month: Option<u8>,
    /// Its contribution under the key (the shared part), to the cent.
    pub contribution: Money,
    /// Custom work it pays alone, on top.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub custom_work: Money,
    /// The value of its work in kind counted against this invoice (at most contribution plus custom work).
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub in_kind: Money,
    /// An earlier refund (positive) or payment (negative) offset against this invoice.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub offset: Money,
    /// What was invoiced: contribution plus custom work minus work in kind, minus the offset, never below
    /// zero.
    pub amount: Money,
}

/// A refund (positive) or a supplementary payment (negative) of a closed year that lowers or raises a later
/// invoice of one member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Offset {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub amount: Money,
}

/// Where a surplus goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SurplusChoice {
    /// To the reserve up to its ceiling, the rest refunded.
    #[default]
    ReserveThenRefund,
    /// All to the reserve, whatever the ceiling.
    AllToReserve,
    /// All refunded.
    RefundAll,
}

/// Where a deficit comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DeficitChoice {
    /// From the reserve down to zero, the rest paid by the members (bijstorting).
    #[default]
    ReserveThenMembers,
    /// All paid by the members; the reserve is not used.
    MembersOnly,
}

/// The most the reserve may hold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum ReserveCeiling {
    /// A percentage of the adopted scenario's total.
    Percent(Decimal),
    Amount(Money),
}

/// The choices of the settlement at year end.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct SettlementSettings {
    /// What a member paid, by [`MemberId::key`]; absent means its invoice.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub paid: BTreeMap<String, Money>,
    /// Income besides the contributions, such as a subsidy.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub other_income: Money,
    /// The reserve at the start of the year; absent means what last year's settlement left.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_reserve: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserve_ceiling: Option<ReserveCeiling>,
    #[serde(default, skip_serializing_if = "is_default")]
    pub surplus: SurplusChoice,
    #[serde(default, skip_serializing_if = "is_default")]
    pub deficit: DeficitChoice,
    /// Refunds and payments go to next year's invoices instead of being paid out now.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub offset_next_year: bool,
}

impl SettlementSettings {
    pub fn is_default(&self) -> bool {
        *self == SettlementSettings::default()
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A year that was closed with "Volgend jaar": what was invoiced, what each member finally contributed, how
/// the year was settled, and enough of the year's members and key to recompute it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ClosedYear {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<u16>,
    /// The invoices as recorded during the year.
    pub invoices: InvoiceRecord,
    /// Whether nobody recorded invoices during the year, so they were recorded when it was closed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub recorded_at_close: bool,
    /// The adopted scenario's total and its base lines' part when the year was closed.
    pub total: Money,
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub base_total: Money,
    /// The key when the year was closed.
    pub key: KeySettings,
    /// Every member when the year was closed, in list order, with its final contribution.
    pub members: Vec<ClosedMember>,
    /// What was spent according to the accountability.
    pub actual_spend: Money,
    /// The reserve after the settlement.
    pub closing_reserve: Money,
}

/// A member of a closed year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ClosedMember {
    /// Empty for a member of a community described by its size alone.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    pub inhabitants: Decimal,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub usage: BTreeMap<String, Decimal>,
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub custom_work: Money,
    /// Its final contribution under the key: as recorded plus the supplementary invoices, without custom
    /// work.
    pub contribution: Money,
    /// Its final invoice amount.
    pub invoiced: Money,
    /// The months of that year it took part; absent: all twelve.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u8>,
}

impl ClosedYear {
    /// What its members were invoiced in all, checked.
    pub fn invoiced(&self) -> Result<Money, super::error::CalcError> {
        money::sum(self.members.iter().map(|member| member.invoiced))
    }

    /// The closed year's members as a community, to recompute the year.
    pub fn community(&self) -> Result<Community, super::error::CalcError> {
        Community::new(
            self.members
                .iter()
                .map(|member| Member {
                    months: member.months.unwrap_or(FULL_YEAR),
                    ..Member::all_year(
                        if member.name.is_empty() {
                            MemberOrigin::Average
                        } else {
                            MemberOrigin::Named(member.name.clone())
                        },
                        member.inhabitants,
                        member.usage.clone(),
                        member.custom_work,
                    )
                })
                .collect(),
        )
    }
}

/// Who a member is from one year to the next: its name as the directory compares names (case, accents and
/// punctuation aside); members of a community described by its size alone are told apart by their position.
/// Not the CBS code: the participant list keeps names, and looking a code up would put the whole directory
/// into every module that computes a report.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MemberId {
    Name(String),
    Unnamed(usize),
}

impl MemberId {
    /// The text that names this member in the document (settlement choices): its name as compared, or `#n`
    /// for the n-th unnamed member (from 1).
    pub fn key(&self) -> String {
        match self {
            MemberId::Name(name) => name.clone(),
            MemberId::Unnamed(index) => format!("#{}", index + 1),
        }
    }
}

/// For each of `now`, where the same member stands in `before` (each of `before` matched once, in order).
pub fn match_members(before: &[MemberId], now: &[MemberId]) -> Vec<Option<usize>> {
    let mut positions: HashMap<&MemberId, VecDeque<usize>> = HashMap::new();
    for (at, id) in before.iter().enumerate() {
        positions.entry(id).or_default().push_back(at);
    }
    now.iter()
        .map(|id| positions.get_mut(id).and_then(VecDeque::pop_front))
        .collect()
}

/// The CBS code of a named municipality, when the built-in directory knows the name.
pub fn code_of(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        return None;
    }
    directory().find(name).map(|entry| entry.code.to_string())
}

/// The identities of a list of (name, CBS code) pairs in order, by name (see [`MemberId`]); unnamed ones
/// numbered among themselves.
pub fn identities<'a>(
    members: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) -> Vec<MemberId> {
    let mut unnamed = 0;
    members
        .into_iter()
        .map(|(name, _code)| match name.trim() {
            "" => {
                unnamed += 1;
                MemberId::Unnamed(unnamed - 1)
            }
            name => MemberId::Name(normalise(name)),
        })
        .collect()
}

/// The name and the CBS code of each member of a community, in order (empty names for unnamed members).
pub fn names_and_codes(community: &Community) -> Vec<(String, Option<String>)> {
    community
        .members
        .iter()
        .map(|member| match &member.origin {
            MemberOrigin::Named(name) => (name.clone(), code_of(name)),
            MemberOrigin::Average | MemberOrigin::Newcomer => (String::new(), None),
        })
        .collect()
}

/// The name of each member of a community, in order (empty for unnamed members).
pub fn names(community: &Community) -> Vec<String> {
    community
        .members
        .iter()
        .map(|member| match &member.origin {
            MemberOrigin::Named(name) => name.clone(),
            MemberOrigin::Average | MemberOrigin::Newcomer => String::new(),
        })
        .collect()
}

/// The identities of a community's members, in order.
pub fn community_ids(community: &Community) -> Vec<MemberId> {
    let names = names(community);
    identities(names.iter().map(|name| (name.as_str(), None)))
}

/// Every figure of the cycle, as part of the report.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CycleReport {
    /// The budget year's adopted scenario: the one invoiced, else the start scenario.
    pub adopted_scenario: usize,
    /// Each member's supplementary invoice or credit, once the invoices are recorded.
    pub supplements: Option<Result<invoices::Supplements, super::error::CalcError>>,
    pub settlement: Option<Result<settlement::Settlement, settlement::SettlementProblem>>,
    /// What changes for each member, when last year is in the history.
    pub year_over_year: Option<Result<year_over_year::YearOverYear, super::error::CalcError>>,
    /// Each member without and with the phase-in, when there is one and last year is in the history.
    pub phase_in: Option<Result<phase_in::PhaseInReport, super::error::CalcError>>,
}

/// The cycle's figures for the document, from the rest of its report.
pub fn cycle_report(
    document: &super::document::Document,
    report: &super::report::Report,
) -> CycleReport {
    let cycle = &document.cycle;
    let adopted_scenario = cycle
        .invoices
        .as_ref()
        .map_or(document.recommended_scenario(), |record| record.scenario);
    let supplements = cycle
        .invoices
        .as_ref()
        .map(|record| invoices::supplements(document, report, record));
    let settlement = Some(settlement::settle(document, report));
    let year_over_year = cycle.last_year().map(|last| {
        let variant = report.variant(super::participants::Variant::Current);
        let community = variant.community.as_ref().map_err(Clone::clone)?;
        let result = variant.result(adopted_scenario)?;
        let allocation = result.allocation.as_ref().map_err(Clone::clone)?;
        let totals = report.scenarios.get(adopted_scenario).ok_or(
            super::error::CalcError::NoSuchScenario {
                index: adopted_scenario,
            },
        )?;
        year_over_year::year_over_year(
            last,
            year_over_year::ThisYear {
                community,
                totals,
                allocation,
            },
        )
    });
    let phase_in = (|| {
        let variant = report.variant(super::participants::Variant::Current);
        let community = variant.community.as_ref().ok()?;
        let with = variant
            .result(adopted_scenario)
            .ok()?
            .allocation
            .as_ref()
            .ok()?;
        let totals = report.scenarios.get(adopted_scenario)?;
        phase_in::phase_in_report(document, community, totals, with)
    })();
    CycleReport {
        adopted_scenario,
        supplements,
        settlement,
        year_over_year,
        phase_in,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_matched_by_name_and_unnamed_ones_by_position() {
        let before = identities([
            ("Utrecht", Some("GM0344")),
            ("", None),
            ("Zeist", None),
            ("", None),
        ]);
        let now = identities([("", None), ("zeist", None), ("UTRECHT", None)]);
        assert_eq!(
            match_members(&before, &now),
            vec![Some(1), Some(2), Some(0)]
        );
    }
}

// The cycle is checked by the app only (see `Document::cycle`).
#[cfg(test)]
#[cfg(feature = "app")]
mod checks {
    use super::next_year::{next_year, NextYearChoices};
    use super::phase_in::PhaseIn;
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;
    use crate::domain::validation::{validate, ProblemKind};

    #[test]
    fn bad_cycle_input_is_named_by_its_path() {
        let document = example();
        let report = compute(&document).unwrap();
        let mut next = next_year(
            &document,
            &report,
            &NextYearChoices::for_document(&document),
        )
        .unwrap()
        .document;
        assert!(validate(&next).is_empty(), "{:?}", validate(&next));
        next.cycle.history[0].year = next.budget_year;
        next.cycle.settlement.opening_reserve = Some(dec("-1"));
        next.cycle.phase_in = Some(PhaseIn {
            up_percent: dec("101"),
            down_percent: Some(dec("-1")),
        });
        next.cycle.settlement.reserve_ceiling = Some(ReserveCeiling::Amount(dec("-5")));
        let problems: Vec<(String, ProblemKind)> = validate(&next)
            .into_iter()
            .map(|problem| (problem.path, problem.kind))
            .collect();
        let paths: Vec<&str> = problems.iter().map(|(path, _)| path.as_str()).collect();
        assert_eq!(
            paths,
            vec![
                "cycle.settlement.opening_reserve",
                "cycle.settlement.reserve_ceiling.value",
                "cycle.phase_in.up_percent",
                "cycle.phase_in.down_percent",
                "cycle.history[0].year",
            ]
        );
        assert!(matches!(
            problems[4].1,
            ProblemKind::HistoryYearNotBefore { .. }
        ));
    }
}
