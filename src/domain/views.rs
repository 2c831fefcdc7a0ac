//! Views derived from the report that several parts of the interface share, so that they cannot disagree:
//! which amounts answer "what does a municipality pay?" under the chosen key.

use rust_decimal::Decimal;

use super::allocation::Allocation;
use super::document::Document;
use super::error::Bound;
use super::error::CalcError;
use super::key::{BandWeight, KeyKind, KeySettings, VariableBasis};
use super::money::{self, Money};
use super::notation::Precision;
use super::participants::{Community, MemberOrigin};
use super::report::{GrowthEffect, ScenarioResult};
use super::rounding::Bounds;
use super::ways_to_pay::in_kind::{count_against, total_value, InKindCount};
use super::ways_to_pay::months::pro_rata;
use super::ways_to_pay::tariffs;

/// One amount that answers "what does a municipality pay?" for a scenario and variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PricedColumn {
    /// The equal key: every municipality pays the same share.
    EveryMunicipality,
    /// A key by usage: a size alone cannot be priced, so only the average contribution is shown.
    Average,
    /// A reference municipality (by its position in the reference list), under the chosen key.
    Reference(usize),
}

/// The columns that say what a municipality pays under the document's key: one for the equal key, one
/// average for keys by usage, and one per reference municipality for keys by size.
pub fn priced_columns(document: &Document) -> Vec<PricedColumn> {
    let by_usage = match document.key.kind {
        KeyKind::Equal => return vec![PricedColumn::EveryMunicipality],
        KeyKind::Usage => true,
        KeyKind::Hybrid => document.key.hybrid.variable == VariableBasis::Usage,
        KeyKind::Inhabitants | KeyKind::Staffel | KeyKind::Tariffs => false,
    };
    if by_usage || document.reference_municipalities.is_empty() {
        vec![PricedColumn::Average]
    } else {
        (0..document.reference_municipalities.len())
            .map(PricedColumn::Reference)
            .collect()
    }
}

/// The amount of one column, exact where the report keeps it exact (the interface rounds for display).
pub fn priced_amount(result: &ScenarioResult, column: PricedColumn) -> Result<Money, CalcError> {
    match column {
        PricedColumn::EveryMunicipality | PricedColumn::Average => result.per_municipality.clone(),
        PricedColumn::Reference(index) => result
            .references_under_key
            .get(index)
            .cloned()
            .unwrap_or(Err(CalcError::NoSuchReference { index })),
    }
}

/// What growth does to one column's amount, in percent (a drop is positive).
pub fn priced_growth_effect(
    effect: &GrowthEffect,
    column: PricedColumn,
) -> Result<Decimal, CalcError> {
    match column {
        PricedColumn::EveryMunicipality | PricedColumn::Average => effect.per_municipality.clone(),
        PricedColumn::Reference(index) => effect
            .references
            .get(index)
            .cloned()
            .unwrap_or(Err(CalcError::NoSuchReference { index })),
    }
}

/// Which bound a member's contribution is held at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeldAt {
    Minimum,
    Maximum,
}

/// Who a row of the per-member table (and the CSV) stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    Named(String),
    /// Municipalities of average size (summary mode).
    Average,
    /// Unnamed newcomers of the assumed size.
    Newcomer,
}

/// One row of the per-member results: a named member, or a run of unnamed members that pay exactly the
/// same to the cent. The table and the CSV both use these rows, so they agree on every cent.
#[derive(Debug, Clone, PartialEq)]
pub struct MemberRow {
    pub who: Who,
    /// The position of the row's first member in the community.
    pub first_member: usize,
    /// How many members the row stands for; every amount below is what each of them pays.
    pub members: usize,
    pub inhabitants: Decimal,
    /// The months of the year it takes part (12 for the whole year).
    pub months: u8,
    /// The month it joins in, when not January.
    pub joins_in_month: Option<u8>,
    /// Its part of the scenario total, to the cent.
    pub shared: Money,
    pub custom_work: Money,
    pub total: Money,
    /// Whether it pays the minimum or maximum contribution.
    pub held_at: Option<HeldAt>,
    /// Its part of the total per inhabitant.
    pub per_inhabitant: Result<Decimal, CalcError>,
}

impl MemberRow {
    /// What all members of the row pay together.
    pub fn row_total(&self) -> Result<Money, CalcError> {
        money::mul(self.total, Decimal::from(self.members))
    }
}

fn held_at(shared: Money, bounds: Bounds) -> Option<HeldAt> {
    if bounds.minimum == Some(shared) {
        Some(HeldAt::Minimum)
    } else if bounds.maximum == Some(shared) {
        Some(HeldAt::Maximum)
    } else {
        None
    }
}

/// The rows of the per-member results. Named members have a row each; consecutive unnamed members of the
/// same kind and size that pay the same to the cent share one row. (Largest-remainder rounding can give
/// some of them a cent more: they then form two rows, so no row shows an average nobody pays.)
pub fn member_rows(community: &Community, allocation: &Allocation) -> Vec<MemberRow> {
    let mut rows: Vec<MemberRow> = Vec::new();
    for (index, (member, share)) in community.members.iter().zip(&allocation.shares).enumerate() {
        let who = match &member.origin {
            MemberOrigin::Named(name) => Who::Named(name.clone()),
            MemberOrigin::Average => Who::Average,
            MemberOrigin::Newcomer => Who::Newcomer,
        };
        if let Some(last) = rows.last_mut() {
            let same = !matches!(who, Who::Named(_))
                && last.who == who
                && last.inhabitants == member.inhabitants
                && last.months == member.months
                && last.shared == share.shared
                && last.custom_work == share.custom_work;
            if same {
                last.members += 1;
                continue;
            }
        }
        rows.push(MemberRow {
            who,
            first_member: index,
            members: 1,
            inhabitants: member.inhabitants,
            months: member.months,
            joins_in_month: member.joins_in_month,
            shared: share.shared,
            custom_work: share.custom_work,
            total: share.total,
            held_at: held_at(share.shared, allocation.bounds),
            per_inhabitant: money::div(
                share.shared,
                member.inhabitants,
                CalcError::NothingToDivideBy,
            ),
        });
    }
    rows
}

/// All custom work of the rows together, every member of a row counted.
pub fn custom_work_total(rows: &[MemberRow]) -> Result<Money, CalcError> {
    rows.iter().try_fold(Decimal::ZERO, |sum, row| {
        money::add(
            sum,
            money::mul(row.custom_work, Decimal::from(row.members))?,
        )
    })
}

/// Work in kind per row and what the collaboration receives in money (product: "Contributions in kind").
#[derive(Debug, Clone, PartialEq)]
pub struct InKindSummary {
    /// Per row, what its (first) member's work in kind counts against its invoice. Rows of more than one
    /// member are unnamed and deliver none.
    pub rows: Vec<InKindCount>,
    /// Everything invoiced before work in kind: the contributions plus custom work.
    pub before: Money,
    /// The value counted against the invoices, every member of a row counted.
    pub counted: Money,
    /// `before - counted`: the cash the collaboration receives.
    pub cash: Money,
}

impl InKindSummary {
    /// Whether any member delivers work in kind, so the table and texts speak of it.
    pub fn any(&self) -> bool {
        self.rows.iter().any(|count| !count.value.is_zero())
    }
}

/// Work in kind of every row at the document's hourly rate, counted against the row's invoice.
pub fn in_kind_summary(
    rows: &[MemberRow],
    community: &Community,
    hourly_rate: Money,
) -> Result<InKindSummary, CalcError> {
    let mut counts = Vec::with_capacity(rows.len());
    let (mut before, mut counted) = (Decimal::ZERO, Decimal::ZERO);
    for row in rows {
        let member = community
            .members
            .get(row.first_member)
            .ok_or(CalcError::NoSuchMember {
                index: row.first_member,
            })?;
        let count = count_against(row.total, total_value(&member.in_kind, hourly_rate)?)?;
        let members = Decimal::from(row.members);
        before = money::add(before, money::mul(row.total, members)?)?;
        counted = money::add(counted, money::mul(count.counted, members)?)?;
        counts.push(count);
    }
    Ok(InKindSummary {
        rows: counts,
        before,
        counted,
        cash: money::sub(before, counted)?,
    })
}

/// The rows' shares as a table shows them (rounded to `precision`) do not always add up to the scenario
/// total rounded the same way; the table then says what they add up to (README "Per member").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoundingGap {
    /// The shown shares, every member of a row counted.
    pub shown_sum: Money,
    /// The scenario total, rounded as shown.
    pub shown_total: Money,
}

/// The gap between the shown shares and the shown total; `None` when they agree.
pub fn rounding_gap(
    rows: &[MemberRow],
    total: Money,
    precision: Precision,
) -> Result<Option<RoundingGap>, CalcError> {
    let shown = |amount: Money| match precision {
        Precision::WholeEuros => money::round_euros(amount),
        Precision::Cents => money::round_cents(amount),
    };
    let shown_sum = rows.iter().try_fold(Decimal::ZERO, |sum, row| {
        money::add(
            sum,
            money::mul(shown(row.shared), Decimal::from(row.members))?,
        )
    })?;
    let shown_total = shown(total);
    Ok((shown_sum != shown_total).then_some(RoundingGap {
        shown_sum,
        shown_total,
    }))
}

/// What a member's weight stands for, so an explanation can name it.
#[derive(Debug, Clone, PartialEq)]
pub enum WeightBasis {
    /// Every member weighs one.
    Equal,
    Inhabitants,
    Usage {
        metric: String,
    },
    /// The member's size band: from `from_inhabitants`, weighing inhabitants x `rate` or `points`.
    Band {
        from_inhabitants: Decimal,
        rate: Option<Decimal>,
        points: Option<Decimal>,
    },
    /// Marginal bands: each part of the inhabitants at its band's rate.
    Slices,
    /// The tariff of its size class, for the months it takes part; nothing is divided.
    Tariff {
        class: String,
        yearly: Money,
    },
}

/// How one member's contribution follows from the key: "Waarom dit bedrag?".
#[derive(Debug, Clone, PartialEq)]
pub struct ShareExplanation {
    pub basis: WeightBasis,
    pub inhabitants: Decimal,
    /// The member's weight under the key.
    pub weight: Decimal,
    /// All members' weights together.
    pub total_weight: Decimal,
    /// The scenario total divided.
    pub total: Money,
    pub members: usize,
    /// The equal base part (hybrid key), zero otherwise.
    pub base: Money,
    /// Money per unit of weight after the bounds: the factor L.
    pub factor: Decimal,
    /// Whether the plain proportion (weight / total weight x total) gives the amount: no base and nobody
    /// held at a bound.
    pub proportional: bool,
    /// The key's amount before bounds and rounding: base + factor x weight.
    pub by_key: Money,
    pub held_at: Option<HeldAt>,
    /// What it pays of the scenario total, to the cent.
    pub shared: Money,
    pub custom_work: Money,
    pub paid: Money,
    /// Months of the year it takes part, and the month it joins in when not January.
    pub months: u8,
    pub joins_in_month: Option<u8>,
    /// Its work in kind counted against what it pays.
    pub in_kind: InKindCount,
}

/// Why member `index` of the community pays what the allocation says.
pub fn explain_share(
    key: &KeySettings,
    community: &Community,
    allocation: &Allocation,
    total: Money,
    index: usize,
    hourly_rate: Decimal,
) -> Result<ShareExplanation, CalcError> {
    let member = community
        .members
        .get(index)
        .ok_or(CalcError::NoSuchMember { index })?;
    let share = allocation
        .shares
        .get(index)
        .ok_or(CalcError::NoSuchMember { index })?;
    let weight = pro_rata(key.member_weight(member)?, member.months)?;
    let weights = community
        .members
        .iter()
        .map(|member| pro_rata(key.member_weight(member)?, member.months))
        .collect::<Result<Vec<_>, _>>()?;
    let total_weight = money::sum(weights.iter().copied())?;
    let nobody_held = allocation.shares.iter().all(|share| share.held.is_none());
    let base = pro_rata(allocation.base_per_member, member.months)?;
    let by_key = money::add(base, money::mul(allocation.factor, weight)?)?;
    let basis = match (key.kind, key.hybrid.variable) {
        (KeyKind::Equal, _) => WeightBasis::Equal,
        (KeyKind::Inhabitants, _) | (KeyKind::Hybrid, VariableBasis::Inhabitants) => {
            WeightBasis::Inhabitants
        }
        (KeyKind::Usage, _) | (KeyKind::Hybrid, VariableBasis::Usage) => WeightBasis::Usage {
            metric: key.usage_metric.clone(),
        },
        (KeyKind::Tariffs, _) => WeightBasis::Tariff {
            class: tariffs::class_for(&key.tariffs, member.inhabitants)
                .map(|class| class.name.clone())
                .unwrap_or_default(),
            yearly: money::round_cents(tariffs::tariff_for(&key.tariffs, member.inhabitants)?),
        },
        (KeyKind::Staffel, _) if key.marginal => WeightBasis::Slices,
        (KeyKind::Staffel, _) => {
            let band = key
                .band_for(member.inhabitants)
                .ok_or(CalcError::NoBandFor {
                    inhabitants: member.inhabitants,
                })?;
            let (rate, points) = match band.weight {
                BandWeight::PerInhabitant { rate } => (Some(rate), None),
                BandWeight::Points { points } => (None, Some(points)),
            };
            WeightBasis::Band {
                from_inhabitants: band.from_inhabitants,
                rate,
                points,
            }
        }
    };
    Ok(ShareExplanation {
        basis,
        inhabitants: member.inhabitants,
        weight,
        total_weight,
        total,
        members: community.count(),
        base,
        factor: allocation.factor,
        proportional: allocation.base_per_member.is_zero() && nobody_held,
        by_key,
        held_at: share.held.map(|bound| match bound {
            Bound::Minimum => HeldAt::Minimum,
            Bound::Maximum => HeldAt::Maximum,
        }),
        shared: share.shared,
        custom_work: share.custom_work,
        paid: share.total,
        months: member.months,
        joins_in_month: member.joins_in_month,
        in_kind: count_against(share.total, total_value(&member.in_kind, hourly_rate)?)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    #[test]
    fn a_reference_that_is_not_there_is_named_as_such_not_as_no_participants() {
        let report = compute(&example()).unwrap();
        let result = &report
            .variant(crate::domain::participants::Variant::Current)
            .results[1];
        assert_eq!(
            priced_amount(result, PricedColumn::Reference(99)),
            Err(CalcError::NoSuchReference { index: 99 })
        );
        assert!(priced_amount(result, PricedColumn::Reference(0)).is_ok());
    }

    #[test]
    fn the_equal_key_has_one_amount_for_every_municipality() {
        let document = example();
        assert_eq!(
            priced_columns(&document),
            vec![PricedColumn::EveryMunicipality]
        );
        let report = compute(&document).unwrap();
        let streef = &report.variants[0].results[1];
        assert_eq!(
            priced_amount(streef, PricedColumn::EveryMunicipality),
            Ok(dec("2420"))
        );
    }

    #[test]
    fn keys_by_size_price_each_reference_municipality_with_its_bounds() {
        let mut document = example();
        document.key.kind = KeyKind::Inhabitants;
        document.key.maximum = Some(dec("5000"));
        assert_eq!(
            priced_columns(&document),
            vec![
                PricedColumn::Reference(0),
                PricedColumn::Reference(1),
                PricedColumn::Reference(2)
            ]
        );
        let report = compute(&document).unwrap();
        let streef = &report.variants[0].results[1];
        // Groot (100,000 of 1,500,000 inhabitants) would pay 7,260 by inhabitants alone; the maximum holds it.
        assert_eq!(
            priced_amount(streef, PricedColumn::Reference(2)),
            Ok(dec("5000"))
        );
    }

    #[test]
    fn keys_by_usage_show_the_average() {
        let mut document = example();
        document.key.kind = KeyKind::Usage;
        assert_eq!(priced_columns(&document), vec![PricedColumn::Average]);
        document.key.kind = KeyKind::Hybrid;
        document.key.hybrid.variable = VariableBasis::Usage;
        assert_eq!(priced_columns(&document), vec![PricedColumn::Average]);
    }

    fn inhabitants_with_bounds() -> crate::domain::document::Document {
        use crate::domain::participants::{Municipality, ParticipantMode};
        let mut document = example();
        document.participants.mode = ParticipantMode::List;
        document.participants.list = [("Klein", 5_000), ("Middel", 35_000), ("Groot", 400_000)]
            .into_iter()
            .map(|(name, inhabitants)| Municipality::new(name, Decimal::from(inhabitants)))
            .collect();
        document.key.kind = KeyKind::Inhabitants;
        document.key.minimum = Some(dec("7000"));
        document.key.maximum = Some(dec("60000"));
        document
    }

    #[test]
    fn rows_mark_who_pays_a_bound_and_add_up_to_the_total() {
        let document = inhabitants_with_bounds();
        let report = compute(&document).unwrap();
        let current = &report.variants[0];
        let community = current.community.as_ref().unwrap();
        let allocation = current.results[1].allocation.as_ref().unwrap();
        let rows = member_rows(community, allocation);
        let held: Vec<Option<HeldAt>> = rows.iter().map(|row| row.held_at).collect();
        assert_eq!(
            held,
            vec![Some(HeldAt::Minimum), None, Some(HeldAt::Maximum)]
        );
        let sum = rows
            .iter()
            .map(|row| row.row_total().unwrap())
            .sum::<Decimal>();
        assert_eq!(sum, report.scenarios[1].total);
    }

    #[test]
    fn unnamed_members_group_by_the_cent_they_pay() {
        // Minimum, 27,500 over 45: 611.11 each with 5 cents left, so 5 pay 611.12 and 40 pay 611.11.
        let document = example();
        let report = compute(&document).unwrap();
        let current = &report.variants[0];
        let rows = member_rows(
            current.community.as_ref().unwrap(),
            current.results[0].allocation.as_ref().unwrap(),
        );
        let runs: Vec<(usize, Decimal)> =
            rows.iter().map(|row| (row.members, row.shared)).collect();
        assert_eq!(runs, vec![(5, dec("611.12")), (40, dec("611.11"))]);
        assert!(rows.iter().all(|row| row.who == Who::Average));
    }

    #[test]
    fn an_explanation_gives_the_rule_with_its_numbers() {
        let mut document = inhabitants_with_bounds();
        document.key.minimum = None;
        document.key.maximum = None;
        let report = compute(&document).unwrap();
        let current = &report.variants[0];
        let explanation = explain_share(
            &document.key,
            current.community.as_ref().unwrap(),
            current.results[1].allocation.as_ref().unwrap(),
            current.results[1].total,
            1,
            document.rates.hourly_rate,
        )
        .unwrap();
        assert!(explanation.proportional);
        assert_eq!(explanation.basis, WeightBasis::Inhabitants);
        assert_eq!(explanation.weight, dec("35000"));
        assert_eq!(explanation.total_weight, dec("440000"));
        // 35,000 of 440,000 inhabitants x 108,900 = 8,662.50.
        assert_eq!(explanation.shared, dec("8662.50"));
        assert_eq!(money::round_cents(explanation.by_key), explanation.shared);
    }

    #[test]
    fn a_member_held_at_the_minimum_is_explained_by_what_the_key_alone_gives() {
        let document = inhabitants_with_bounds();
        let report = compute(&document).unwrap();
        let current = &report.variants[0];
        let explanation = explain_share(
            &document.key,
            current.community.as_ref().unwrap(),
            current.results[1].allocation.as_ref().unwrap(),
            current.results[1].total,
            0,
            document.rates.hourly_rate,
        )
        .unwrap();
        assert!(!explanation.proportional);
        assert_eq!(explanation.held_at, Some(HeldAt::Minimum));
        assert_eq!(explanation.shared, dec("7000"));
        assert!(explanation.by_key < dec("7000"));
    }
}
