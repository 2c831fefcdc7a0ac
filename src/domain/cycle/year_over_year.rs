//! "Wat verandert er voor mijn gemeente?": every member's change from last year's final contribution to
//! this year's, split by successive substitution into the effects of the budget, the members, their sizes and
//! the key, each step a full allocation to the cent, so the effects add up to the change exactly.

use rust_decimal::Decimal;

use super::next_year::closed_ids;
use super::{community_ids, match_members, names, ClosedYear, MemberId};
use crate::domain::allocation::{allocate, Allocation};
use crate::domain::budget::ScenarioTotals;
use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};
use crate::domain::participants::{Community, Member};

/// The steps of the split, in their fixed order; `LastYear` is last year recomputed with its own key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    LastYear,
    Budget,
    Members,
    Size,
    Key,
}

/// What each step changed for one member; they add up to its change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Effects {
    /// Last year recomputed minus last year's final contribution (supplementary invoices, last year's
    /// phase-in); shown only where it is not zero.
    pub adjustments: Money,
    pub budget: Money,
    pub members: Money,
    pub size: Money,
    pub key: Money,
}

impl Effects {
    pub fn total(&self) -> Result<Money, CalcError> {
        money::sum([
            self.adjustments,
            self.budget,
            self.members,
            self.size,
            self.key,
        ])
    }
}

/// Whether a member was there both years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Both,
    Joined,
    Left,
}

/// One member's change.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberChange {
    pub id: MemberId,
    pub name: String,
    pub presence: Presence,
    /// Last year's final contribution (zero for a newcomer).
    pub last: Money,
    /// This year's contribution (zero for a member that left).
    pub this: Money,
    pub change: Money,
    /// The change in percent of last year's, to one decimal half away from zero; absent without last year.
    pub percent: Option<Decimal>,
    /// The split; absent when a step could not be allocated.
    pub effects: Option<Effects>,
}

/// The whole table: this year's members in list order, then those that left in last year's order.
#[derive(Debug, Clone, PartialEq)]
pub struct YearOverYear {
    pub last_year: Option<u16>,
    pub rows: Vec<MemberChange>,
    /// The step that could not be allocated, and why; the rows then show the change without the split.
    pub failed: Option<(Step, CalcError)>,
}

/// This year, as the report has it: the members, the totals of the adopted scenario and its allocation.
pub struct ThisYear<'a> {
    pub community: &'a Community,
    pub totals: &'a ScenarioTotals,
    pub allocation: &'a Allocation,
}

/// Last year's final contribution (as recorded plus the supplementary invoices, without custom work and
/// before work in kind) of each member named by `ids`, matched as the table matches them; `None` for a
/// member that was not there last year. The `last` column of [`year_over_year`] comes from here, and so does
/// what the prospect page and the texts say a member paid last year.
pub fn last_contributions(last: &ClosedYear, ids: &[MemberId]) -> Vec<Option<Money>> {
    contributions_at(last, &match_members(&closed_ids(last), ids))
}

fn contributions_at(last: &ClosedYear, matches: &[Option<usize>]) -> Vec<Option<Money>> {
    matches
        .iter()
        .map(|at| {
            at.and_then(|at| last.members.get(at))
                .map(|member| member.contribution)
        })
        .collect()
}

/// The change of every member from the closed year `last` to this year.
pub fn year_over_year(last: &ClosedYear, this: ThisYear<'_>) -> Result<YearOverYear, CalcError> {
    let last_ids = closed_ids(last);
    let this_ids = community_ids(this.community);
    let this_names = names(this.community);
    // Where each of this year's members was in last year's list.
    let matches = match_members(&last_ids, &this_ids);
    let mut used = vec![false; last_ids.len()];
    for at in matches.iter().flatten() {
        if let Some(seen) = used.get_mut(*at) {
            *seen = true;
        }
    }
    let leavers: Vec<usize> = used
        .iter()
        .enumerate()
        .filter(|(_, seen)| !**seen)
        .map(|(at, _)| at)
        .collect();

    let last_community = last.community()?;
    let last_totals = ScenarioTotals {
        line_amounts: Vec::new(),
        lines_total: last.total,
        reserve: Decimal::ZERO,
        total: last.total,
        base_total: last.base_total,
        by_category: Vec::new(),
    };
    // Steps 2 and 3: this year's members with this year's months, first with last year's sizes for those
    // that were there.
    let members_step = Community::new(
        this.community
            .members
            .iter()
            .zip(&matches)
            .map(
                |(member, at)| match at.and_then(|at| last_community.members.get(at)) {
                    Some(before) => Member {
                        origin: member.origin.clone(),
                        months: member.months,
                        joins_in_month: member.joins_in_month,
                        ..before.clone()
                    },
                    None => member.clone(),
                },
            )
            .collect(),
    )?;
    let steps = (|| {
        let shared = |allocation: Allocation| -> Vec<Money> {
            allocation.shares.iter().map(|share| share.shared).collect()
        };
        let recomputed = allocate(&last.key, &last_community, &last_totals)
            .map(shared)
            .map_err(|error| (Step::LastYear, error))?;
        let budget = allocate(&last.key, &last_community, this.totals)
            .map(shared)
            .map_err(|error| (Step::Budget, error))?;
        let members = allocate(&last.key, &members_step, this.totals)
            .map(shared)
            .map_err(|error| (Step::Members, error))?;
        let size = allocate(&last.key, this.community, this.totals)
            .map(shared)
            .map_err(|error| (Step::Size, error))?;
        Ok::<_, (Step, CalcError)>([recomputed, budget, members, size])
    })();
    let (steps, failed) = match steps {
        Ok(steps) => (Some(steps), None),
        Err(failure) => (None, Some(failure)),
    };
    let at = |values: &Vec<Money>, index: usize| values.get(index).copied().unwrap_or_default();

    let last_amounts = contributions_at(last, &matches);
    let mut rows = Vec::with_capacity(this_ids.len() + leavers.len());
    for (index, (((id, name), matched), before)) in this_ids
        .iter()
        .zip(&this_names)
        .zip(&matches)
        .zip(&last_amounts)
        .enumerate()
    {
        let now = this
            .allocation
            .shares
            .get(index)
            .map(|share| share.shared)
            .unwrap_or_default();
        let before = *before;
        let effects = match &steps {
            Some([recomputed, budget, members, size]) => {
                let (recomputed, budget) = match matched {
                    Some(at) => (at_or_zero(recomputed, *at), at_or_zero(budget, *at)),
                    None => (Decimal::ZERO, Decimal::ZERO),
                };
                let last_amount = before.unwrap_or_default();
                let members = at(members, index);
                let size = at(size, index);
                Some(Effects {
                    adjustments: money::sub(recomputed, last_amount)?,
                    budget: money::sub(budget, recomputed)?,
                    members: money::sub(members, budget)?,
                    size: money::sub(size, members)?,
                    key: money::sub(now, size)?,
                })
            }
            None => None,
        };
        rows.push(change_row(
            id.clone(),
            name.clone(),
            if before.is_some() {
                Presence::Both
            } else {
                Presence::Joined
            },
            before.unwrap_or_default(),
            now,
            effects,
        )?);
    }
    for at_last in leavers {
        let Some(member) = last.members.get(at_last) else {
            continue;
        };
        let effects = match &steps {
            Some([recomputed, budget, _, _]) => {
                let recomputed = at_or_zero(recomputed, at_last);
                let budget = at_or_zero(budget, at_last);
                Some(Effects {
                    adjustments: money::sub(recomputed, member.contribution)?,
                    budget: money::sub(budget, recomputed)?,
                    members: money::sub(Decimal::ZERO, budget)?,
                    size: Decimal::ZERO,
                    key: Decimal::ZERO,
                })
            }
            None => None,
        };
        rows.push(change_row(
            last_ids
                .get(at_last)
                .cloned()
                .unwrap_or(MemberId::Unnamed(at_last)),
            member.name.clone(),
            Presence::Left,
            member.contribution,
            Decimal::ZERO,
            effects,
        )?);
    }
    Ok(YearOverYear {
        last_year: last.year,
        rows,
        failed,
    })
}

fn at_or_zero(values: &[Money], index: usize) -> Money {
    values.get(index).copied().unwrap_or_default()
}

fn change_row(
    id: MemberId,
    name: String,
    presence: Presence,
    last: Money,
    this: Money,
    effects: Option<Effects>,
) -> Result<MemberChange, CalcError> {
    let change = money::sub(this, last)?;
    let percent = if last.is_zero() {
        None
    } else {
        Some(percent_change(change, last)?)
    };
    Ok(MemberChange {
        id,
        name,
        presence,
        last,
        this,
        change,
        percent,
        effects,
    })
}

/// `change` in percent of `base`, to one decimal, half away from zero.
pub fn percent_change(change: Money, base: Money) -> Result<Decimal, CalcError> {
    let exact = money::div(
        money::mul(change, money::HUNDRED)?,
        base,
        CalcError::Overflow,
    )?;
    Ok(exact.round_dp_with_strategy(1, rust_decimal::RoundingStrategy::MidpointAwayFromZero))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cycle::next_year::{next_year, NextYearChoices};
    use crate::domain::example::example;
    use crate::domain::key::KeyKind;
    use crate::domain::participants::{Municipality, ParticipantMode, Variant};
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    fn split(document: &crate::domain::document::Document) -> YearOverYear {
        let report = compute(document).unwrap();
        let scenario = document.recommended_scenario();
        let variant = report.variant(Variant::Current);
        let community = variant.community.as_ref().unwrap();
        let allocation = variant.results[scenario].allocation.as_ref().unwrap();
        year_over_year(
            document.cycle.last_year().unwrap(),
            ThisYear {
                community,
                totals: &report.scenarios[scenario],
                allocation,
            },
        )
        .unwrap()
    }

    #[test]
    fn the_effects_add_up_to_every_members_change_through_joins_leaves_sizes_and_a_new_key() {
        let mut document = example();
        document.participants.mode = ParticipantMode::List;
        document.participants.list = vec![
            Municipality::new("Utrecht", dec("374238")),
            Municipality::new("Zeist", dec("66000")),
            Municipality::new("Houten", dec("50000")),
            Municipality::new("Bunnik", dec("15500")),
        ];
        document.growth.additional = 0;
        document.growth.prospects = vec![Municipality::new("Wijk bij Duurstede", dec("24000"))];
        document.growth.additional = 1;
        let report = compute(&document).unwrap();
        let mut choices = NextYearChoices::for_document(&document);
        choices.wage_index = dec("3");
        choices.price_index = dec("2");
        choices.leaving = vec![3];
        choices.refresh_inhabitants = false;
        let mut next = next_year(&document, &report, &choices).unwrap().document;
        next.participants.list[1].inhabitants = dec("67000");
        next.key = next.key.with_kind(KeyKind::Inhabitants);
        let table = split(&next);
        assert_eq!(table.failed, None);
        assert_eq!(table.rows.len(), 5);
        for row in &table.rows {
            let effects = row.effects.as_ref().unwrap();
            assert_eq!(effects.total().unwrap(), row.change, "{row:?}");
            assert_eq!(effects.adjustments, Decimal::ZERO);
        }
        let joined = &table.rows[3];
        assert_eq!(joined.presence, Presence::Joined);
        assert_eq!(joined.percent, None);
        let left = &table.rows[4];
        assert_eq!(
            (left.name.as_str(), left.presence),
            ("Bunnik", Presence::Left)
        );
        assert_eq!(left.change, -left.last);
        // Under the equal key last year, only the key step moves Utrecht by its size.
        let utrecht = &table.rows[0];
        let effects = utrecht.effects.as_ref().unwrap();
        assert!(effects.key > Decimal::ZERO);
        assert_eq!(effects.size, Decimal::ZERO);
    }

    #[test]
    fn percentages_round_half_away_from_zero_to_one_decimal() {
        assert_eq!(percent_change(dec("1.25"), dec("100")).unwrap(), dec("1.3"));
        assert_eq!(
            percent_change(dec("-1.25"), dec("100")).unwrap(),
            dec("-1.3")
        );
        assert_eq!(
            percent_change(dec("2550"), dec("41200")).unwrap(),
            dec("6.2")
        );
    }
}
