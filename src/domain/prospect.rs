//! The prospect page's answer: what a municipality would pay per year if it joined, or pays as a member.
//!
//! A newcomer's amount is the amount on joining: the community including it, divided by the document's key
//! with its bounds, not today's members' share. Now means today's members plus it. After growth means the
//! community of the growth plan in which it is one of the newcomers: it takes the place of one unnamed
//! newcomer of the assumed size (the plan's count stays), or joins on top when the plan has none left. A
//! municipality on the waiting list (a named prospect) is already one of the newcomers after growth. A
//! member of the list pays its own contribution, now and after growth.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::allocation::{Allocation, PreparedKey};
use super::cycle::year_over_year::last_contributions;
use super::cycle::{community_ids, identities};
use super::document::Document;
use super::error::CalcError;
use super::money::Money;
use super::participants::{Community, Member, MemberOrigin, Variant};
use super::report::Report;

/// Who asks.
#[derive(Debug, Clone, PartialEq)]
pub struct Asker {
    /// Its name, when chosen from the directory or the list; matched against the members by `same_name`.
    pub name: Option<String>,
    pub inhabitants: Decimal,
}

/// How the asker stands towards the collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// A member of today's list.
    Member,
    /// On the waiting list of the growth plan.
    WaitingList,
    /// Not (yet) in the document.
    Newcomer,
}

/// One scenario's answer.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioAnswer {
    pub scenario: usize,
    pub now: Result<Money, CalcError>,
    pub after_growth: Result<Money, CalcError>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ProspectAnswer {
    pub standing: Standing,
    /// How many municipalities share the budget now and after growth, the asker included.
    pub members_now: usize,
    pub members_after_growth: usize,
    /// In scenario order.
    pub scenarios: Vec<ScenarioAnswer>,
    /// What it paid in the year before the budget year, when that year is in the document's history and it
    /// was a member then.
    pub last_year: Option<LastYearPaid>,
}

/// A member's final contribution of last year, as "what changes for each member" starts from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LastYearPaid {
    /// The closed year, when the document names it.
    pub year: Option<u16>,
    pub contribution: Money,
}

impl ProspectAnswer {
    pub fn scenario(&self, index: usize) -> Option<&ScenarioAnswer> {
        self.scenarios.get(index)
    }
}

/// What the asker pays in one community: its share of each scenario's total, custom work excluded (a
/// newcomer has none yet), or the error that keeps the key from dividing.
fn shares_in(
    document: &Document,
    report: &Report,
    community: &Community,
    index: usize,
) -> Vec<Result<Money, CalcError>> {
    let prepared = PreparedKey::new(&document.key, community);
    report
        .scenarios
        .iter()
        .map(|totals| {
            let allocation: Allocation =
                prepared.as_ref().map_err(Clone::clone)?.allocate(totals)?;
            allocation
                .shares
                .get(index)
                .map(|share| share.total)
                .ok_or(CalcError::NoSuchMember { index })
        })
        .collect()
}

/// What the municipality called `name` paid last year (see [`last_contributions`]): a member of today's
/// list at `in_list` is matched as the year-over-year table matches it; anyone else as one more member
/// after today's, so a municipality that left is found among those that left.
fn paid_last_year(
    document: &Document,
    current: &Community,
    in_list: Option<usize>,
    name: &str,
) -> Option<LastYearPaid> {
    let last = document.cycle.last_year()?;
    if name.trim().is_empty() {
        return None;
    }
    let mut ids = community_ids(current);
    let at = match in_list {
        Some(index) => index,
        None => {
            ids.extend(identities([(name, None)]));
            ids.len().checked_sub(1)?
        }
    };
    let contribution = last_contributions(last, &ids).get(at).copied().flatten()?;
    Some(LastYearPaid {
        year: last.year,
        contribution,
    })
}

fn named_position(
    community: &Community,
    name: &str,
    same_name: &dyn Fn(&str, &str) -> bool,
) -> Option<usize> {
    community
        .members
        .iter()
        .position(|member| match &member.origin {
            MemberOrigin::Named(member_name) => same_name(member_name, name),
            _ => false,
        })
}

/// The amounts for one asker, in every scenario, now and after growth. `same_name` decides whether two
/// names are the same municipality (the directory's accent- and case-insensitive match).
pub fn answer(
    document: &Document,
    report: &Report,
    asker: &Asker,
    same_name: &dyn Fn(&str, &str) -> bool,
) -> Result<ProspectAnswer, CalcError> {
    let today = report.variant(Variant::Current);
    let after = report.variant(Variant::Grown);
    let current = today.community.as_ref().map_err(Clone::clone)?;
    let grown = after.community.as_ref().map_err(Clone::clone)?;
    let name = asker.name.as_deref();
    let in_list = name.and_then(|name| named_position(current, name, same_name));
    let in_plan = name.and_then(|name| named_position(grown, name, same_name));
    let last_year = name.and_then(|name| paid_last_year(document, current, in_list, name));

    if let Some(index) = in_list {
        let grown_index = in_plan.unwrap_or(index);
        let scenarios = today.results.iter().zip(&after.results);
        let share = |result: &super::report::ScenarioResult, index: usize| {
            result
                .allocation
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|allocation| {
                    allocation
                        .shares
                        .get(index)
                        .map(|share| share.total)
                        .ok_or(CalcError::NoSuchMember { index })
                })
        };
        return Ok(ProspectAnswer {
            standing: Standing::Member,
            members_now: current.count(),
            members_after_growth: grown.count(),
            scenarios: scenarios
                .enumerate()
                .map(|(scenario, (now, later))| ScenarioAnswer {
                    scenario,
                    now: share(now, index),
                    after_growth: share(later, grown_index),
                })
                .collect(),
            last_year,
        });
    }

    // A newcomer of the asker's size, with the usage the plan assumes for newcomers.
    let usage: BTreeMap<String, Decimal> = grown
        .members
        .iter()
        .find(|member| member.origin == MemberOrigin::Newcomer)
        .map(|member| member.usage.clone())
        .unwrap_or_default();
    let newcomer = Member::all_year(
        MemberOrigin::Named(name.unwrap_or_default().to_string()),
        asker.inhabitants,
        usage,
        Decimal::ZERO,
    );
    let mut joined_now = current.members.clone();
    joined_now.push(newcomer.clone());
    let joined_now = Community::new(joined_now)?;
    let now_index = joined_now.count().saturating_sub(1);

    let (standing, joined_later, later_index) = match in_plan {
        // On the waiting list: already one of the newcomers after growth, with the size the list gives.
        Some(index) => (Standing::WaitingList, grown.clone(), index),
        None => {
            let mut members = grown.members.clone();
            let last_newcomer = members
                .iter_mut()
                .enumerate()
                .rev()
                .find(|(_, member)| member.origin == MemberOrigin::Newcomer);
            let index = match last_newcomer {
                Some((index, member)) => {
                    *member = newcomer;
                    index
                }
                None => {
                    members.push(newcomer);
                    members.len() - 1
                }
            };
            (Standing::Newcomer, Community::new(members)?, index)
        }
    };
    let now = shares_in(document, report, &joined_now, now_index);
    let later = shares_in(document, report, &joined_later, later_index);
    Ok(ProspectAnswer {
        standing,
        members_now: joined_now.count(),
        members_after_growth: joined_later.count(),
        scenarios: now
            .into_iter()
            .zip(later)
            .enumerate()
            .map(|(scenario, (now, after_growth))| ScenarioAnswer {
                scenario,
                now,
                after_growth,
            })
            .collect(),
        last_year,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::key::KeyKind;
    use crate::domain::participants::{Municipality, ParticipantMode};
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    fn exact(a: &str, b: &str) -> bool {
        a.eq_ignore_ascii_case(b)
    }

    fn asker(name: Option<&str>, inhabitants: &str) -> Asker {
        Asker {
            name: name.map(str::to_string),
            inhabitants: dec(inhabitants),
        }
    }

    #[test]
    fn under_the_equal_key_a_newcomer_shares_with_today_plus_itself() {
        let document = example();
        let report = compute(&document).unwrap();
        let answer = answer(&document, &report, &asker(Some("Ede"), "120000"), &exact).unwrap();
        assert_eq!(answer.standing, Standing::Newcomer);
        assert_eq!((answer.members_now, answer.members_after_growth), (46, 75));
        let streef = answer.scenario(1).unwrap();
        // 108,900 over 46 is 2,367.39 (the largest remainder may add a cent); over 75 it is 1,452.
        let now = streef.now.clone().unwrap();
        assert!(now == dec("2367.39") || now == dec("2367.40"), "{now}");
        assert_eq!(streef.after_growth, Ok(dec("1452.00")));
    }

    #[test]
    fn by_inhabitants_the_amount_on_joining_counts_the_newcomer_in() {
        let mut document = example();
        document.key.kind = KeyKind::Inhabitants;
        let report = compute(&document).unwrap();
        let answer = answer(&document, &report, &asker(None, "35000"), &exact).unwrap();
        let streef = answer.scenario(1).unwrap();
        // 35,000 of 1,535,000 inhabitants of 108,900, not 35,000 of 1,500,000.
        let expected = (dec("108900") * dec("35000") / dec("1535000")).round_dp(2);
        let now = streef.now.clone().unwrap();
        assert!((now - expected).abs() <= dec("0.01"), "{now} vs {expected}");
        // After growth it replaces one newcomer of average size: 2,500,000 - 33,333.33 + 35,000 inhabitants.
        let grown_total = dec("2500000") - dec("1500000") / dec("45") + dec("35000");
        let expected = (dec("108900") * dec("35000") / grown_total).round_dp(2);
        let later = streef.after_growth.clone().unwrap();
        assert!(
            (later - expected).abs() <= dec("0.01"),
            "{later} vs {expected}"
        );
        assert_eq!(answer.members_after_growth, 75);
    }

    #[test]
    fn a_member_of_the_list_reads_its_own_contribution() {
        let mut document = example();
        document.participants.mode = ParticipantMode::List;
        document.participants.list = [
            ("Utrecht", 361_000),
            ("Ede", 120_000),
            ("Wageningen", 39_000),
        ]
        .into_iter()
        .map(|(name, inhabitants)| Municipality::new(name, Decimal::from(inhabitants)))
        .collect();
        document.key.kind = KeyKind::Inhabitants;
        let report = compute(&document).unwrap();
        let answer = answer(&document, &report, &asker(Some("ede"), "1"), &exact).unwrap();
        assert_eq!(answer.standing, Standing::Member);
        let allocation = report.variants[0].results[1].allocation.as_ref().unwrap();
        assert_eq!(
            answer.scenario(1).unwrap().now,
            Ok(allocation.shares[1].total)
        );
        let grown = report.variants[1].results[1].allocation.as_ref().unwrap();
        assert_eq!(
            answer.scenario(1).unwrap().after_growth,
            Ok(grown.shares[1].total)
        );
    }

    #[test]
    fn bounds_hold_for_a_newcomer_too() {
        let mut document = example();
        document.key.kind = KeyKind::Inhabitants;
        document.key.maximum = Some(dec("5000"));
        let report = compute(&document).unwrap();
        let answer = answer(&document, &report, &asker(None, "400000"), &exact).unwrap();
        assert_eq!(answer.scenario(1).unwrap().now, Ok(dec("5000.00")));
    }
}
