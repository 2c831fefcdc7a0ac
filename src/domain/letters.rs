//! The facts the two generated texts (a recruitment letter and a proposal to the steering group) fill in,
//! taken from the document and its report: every amount here is a figure of the report, or what the key
//! itself says (its rate, its bands, its base), never a figure of its own. The wording lives with the other
//! strings of the interface.

use rust_decimal::Decimal;

use super::advice::{key_fit, KeyFit};
use super::budget::Category;
use super::cycle::year_over_year::{percent_change, MemberChange, Presence};
use super::document::{CollaborationLevel, Contact, Document};
use super::error::CalcError;
use super::key::{BandWeight, EdgeEffect, HybridBase, KeyKind, VariableBasis};
use super::money::{self, Money};
use super::participants::MemberOrigin;
use super::participants::Variant;
use super::report::{Report, ScenarioResult};
use super::shortfall::{shortfall, Shortfall};
use super::views::{
    in_kind_summary, member_rows, priced_amount, priced_columns, priced_growth_effect,
    InKindSummary, PricedColumn,
};
use super::warnings::{
    equal_key_warnings, hybrid_base_warning, reserve_warning, EqualKeyWarning, HybridBaseWarning,
    ReserveWarning,
};
use super::ways_to_pay::tariffs::Coverage;

/// Who an amount of the texts is for: what answers "what does a municipality pay?" under the key.
#[derive(Debug, Clone, PartialEq)]
pub enum PricedFor {
    /// Every municipality pays the same (the equal key).
    EveryMunicipality,
    /// The average municipality (keys by usage).
    Average,
    /// A municipality of a reference size.
    Reference { name: String, inhabitants: Decimal },
}

/// A scenario as the texts quote it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioFigures {
    pub name: String,
    /// The coordinator's own description of what the scenario is for.
    pub purpose: String,
    pub total: Money,
    pub reserve_percent: Decimal,
    /// One amount per entry of [`LetterFacts::priced`], today (variant A), exact (the wording rounds); an
    /// error where the key cannot divide this scenario.
    pub now: Vec<Result<Money, CalcError>>,
    /// The same after the growth plan (variant B).
    pub grown: Vec<Result<Money, CalcError>>,
}

/// What the start scenario pays for: its categories with their amounts, and the reserve.
#[derive(Debug, Clone, PartialEq)]
pub struct Spending {
    /// Categories with lines, in the template's order; empty categories are left out.
    pub categories: Vec<(Category, Money)>,
    pub reserve: Money,
    pub reserve_percent: Decimal,
}

/// One size band of the staffel key as a municipality meets it in the start scenario today.
#[derive(Debug, Clone, PartialEq)]
pub struct BandRule {
    pub from_inhabitants: Decimal,
    /// Where the next band starts, if there is one.
    pub to_inhabitants: Option<Decimal>,
    pub pays: BandPays,
}

#[derive(Debug, Clone, PartialEq)]
pub enum BandPays {
    /// An amount per inhabitant (the band's rate times the key's factor).
    PerInhabitant(Result<Decimal, CalcError>),
    /// An amount per municipality (the band's points times the key's factor).
    PerMunicipality(Result<Money, CalcError>),
}

/// One tariff class as the texts state it.
#[derive(Debug, Clone, PartialEq)]
pub struct TariffRule {
    pub name: String,
    pub from_inhabitants: Decimal,
    /// Where the next class starts, if there is one.
    pub to_inhabitants: Option<Decimal>,
    pub amount: Option<Money>,
}

/// What the hybrid key's variable part follows.
#[derive(Debug, Clone, PartialEq)]
pub enum VariablePart {
    /// By inhabitants, at this amount per inhabitant in the start scenario today.
    Inhabitants {
        rate: Result<Decimal, CalcError>,
    },
    Usage {
        metric: String,
    },
}

/// The key's rule, as one sentence of the texts states it. Rates are those of the start scenario today:
/// the key's factor from the report's allocation, times a band's rate where there are bands.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyRule {
    Equal,
    Inhabitants {
        rate: Result<Decimal, CalcError>,
    },
    Usage {
        metric: String,
    },
    Staffel {
        bands: Vec<BandRule>,
        /// Whether each band's part of the inhabitants weighs at its own rate (marginal bands).
        marginal: bool,
    },
    /// A fixed amount per size class; nothing is divided.
    Tariffs {
        classes: Vec<TariffRule>,
    },
    Hybrid {
        /// The equal base per municipality: the fixed amount, or the base lines' share in the start scenario
        /// today.
        base: Result<Money, CalcError>,
        /// Whether the base is the flagged lines of basic upkeep rather than a fixed amount.
        base_from_lines: bool,
        variable: VariablePart,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyFacts {
    pub kind: KeyKind,
    pub rule: KeyRule,
    pub minimum: Option<Money>,
    pub maximum: Option<Money>,
    /// How the guide judges this key for the collaboration level.
    pub fit: KeyFit,
    /// The keys the guide advises for the collaboration level.
    pub advised: Vec<KeyKind>,
    /// Whether some municipality asks for custom work, which it pays on top.
    pub custom_work: bool,
    /// Under the size-band key, what its bands do at their edges.
    pub edges: Option<EdgeEffect>,
}

/// The growth plan: from today's number to the target within a number of years.
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthPlan {
    pub from: usize,
    pub to: usize,
    pub years: u32,
    /// The calendar year the target is reached, when the budget year is known.
    pub target_year: Option<u16>,
    /// How many join each year after the budget year, with that year's calendar year when known.
    pub joining: Vec<(Option<u16>, u32)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BreakEvenFacts {
    pub scenario_name: String,
    pub count: u64,
    pub reference_amount: Money,
}

/// What could go wrong with the start scenario and the key, for the steering group's risks.
#[derive(Debug, Clone, PartialEq)]
pub struct Cautions {
    pub reserve: Option<ReserveWarning>,
    pub equal_key: Vec<EqualKeyWarning>,
    pub hybrid_base: Option<HybridBaseWarning>,
}

/// The year before the budget year, when it is in the document's history: what the members paid then and
/// pay now in the adopted scenario, from the report's year-over-year table.
#[derive(Debug, Clone, PartialEq)]
pub struct LastYearFacts {
    /// The closed year, when the document names it.
    pub year: Option<u16>,
    /// The scenario this year's contributions are in: the one invoiced, else the start scenario.
    pub scenario_name: String,
    /// How many members paid last year, and pay this year.
    pub members_last: usize,
    pub members_this: usize,
    /// What all of them paid last year (final contributions) and pay this year (contributions).
    pub total_last: Money,
    pub total_this: Money,
    /// The change of the total in percent of last year's, to one decimal; absent when last year's was 0.
    pub percent: Option<Decimal>,
    /// Every named member's change, in the table's order (this year's members, then those that left).
    pub named: Vec<MemberChange>,
}

/// The history's summary for the texts; `None` without last year in the history, when the report has no
/// year-over-year table (a report from `compute`), or when this year cannot be allocated.
fn last_year_facts(document: &Document, report: &Report) -> Option<LastYearFacts> {
    let table = report.cycle.year_over_year.as_ref()?.as_ref().ok()?;
    let rows = &table.rows;
    let total_last = money::sum(rows.iter().map(|row| row.last)).ok()?;
    let total_this = money::sum(rows.iter().map(|row| row.this)).ok()?;
    let percent = if total_last.is_zero() {
        None
    } else {
        Some(percent_change(money::sub(total_this, total_last).ok()?, total_last).ok()?)
    };
    let count = |not: Presence| rows.iter().filter(|row| row.presence != not).count();
    Some(LastYearFacts {
        year: table.last_year,
        scenario_name: document
            .scenarios
            .get(report.cycle.adopted_scenario)
            .map(|scenario| scenario.name.clone())
            .unwrap_or_default(),
        members_last: count(Presence::Joined),
        members_this: count(Presence::Left),
        total_last,
        total_this,
        percent,
        named: rows
            .iter()
            .filter(|row| !row.name.trim().is_empty())
            .cloned()
            .collect(),
    })
}

#[derive(Debug, Clone, PartialEq)]
pub struct LetterFacts {
    pub collaboration: String,
    pub budget_year: Option<u16>,
    pub level: CollaborationLevel,
    pub participants_now: usize,
    pub participants_grown: usize,
    /// `None` when the plan adds nobody.
    pub growth: Option<GrowthPlan>,
    pub key: KeyFacts,
    /// Who the amounts of every scenario are for, in order.
    pub priced: Vec<PricedFor>,
    /// Every scenario, in the document's order.
    pub scenarios: Vec<ScenarioFigures>,
    /// The recommended scenario (an index into `scenarios`).
    pub start: usize,
    pub spending: Spending,
    /// How much the start scenario's contribution drops from A to B, in percent, when one amount answers
    /// for everybody (the equal key, or the average under a key by usage).
    pub growth_drop_percent: Option<Decimal>,
    /// The scenario to scale up to once the growth plan is reached (an index into `scenarios`).
    pub scale_up: Option<usize>,
    pub break_even: Option<BreakEvenFacts>,
    /// The start scenario when today's members budget their after-growth amounts and nobody joins.
    pub shortfall: Result<Option<Shortfall>, CalcError>,
    pub indexation_percent: Decimal,
    pub hourly_rate: Money,
    pub fte_cost: Money,
    pub cautions: Cautions,
    pub contact: Contact,
    /// The coordinator's own notes, quoted in the proposal.
    pub notes: String,
    /// Last year, when the document's history holds it.
    pub last_year: Option<LastYearFacts>,
    /// Members for part of the year, work in kind and, under tariffs, what they collect: in the adopted
    /// scenario today.
    pub ways_to_pay: WaysToPayFacts,
}

fn priced_for(document: &Document, column: PricedColumn) -> PricedFor {
    match column {
        PricedColumn::EveryMunicipality => PricedFor::EveryMunicipality,
        PricedColumn::Average => PricedFor::Average,
        PricedColumn::Reference(index) => {
            document
                .reference_municipalities
                .get(index)
                .map_or(PricedFor::Average, |reference| PricedFor::Reference {
                    name: reference.name.clone(),
                    inhabitants: reference.inhabitants,
                })
        }
    }
}

fn scenario_figures(
    document: &Document,
    report: &Report,
    columns: &[PricedColumn],
    index: usize,
) -> Result<ScenarioFigures, CalcError> {
    let missing = || CalcError::NoSuchScenario { index };
    let scenario = document.scenarios.get(index).ok_or_else(missing)?;
    let now = report
        .variant(Variant::Current)
        .results
        .get(index)
        .ok_or_else(missing)?;
    let grown = report
        .variant(Variant::Grown)
        .results
        .get(index)
        .ok_or_else(missing)?;
    let amounts = |result: &ScenarioResult| {
        columns
            .iter()
            .map(|column| {
                // A key that cannot divide the scenario makes every amount of it unknown, the average too.
                result.allocation.as_ref().map_err(Clone::clone)?;
                priced_amount(result, *column)
            })
            .collect()
    };
    Ok(ScenarioFigures {
        name: scenario.name.clone(),
        purpose: scenario.purpose.trim().to_string(),
        total: now.total,
        reserve_percent: scenario.reserve_percent,
        now: amounts(now),
        grown: amounts(grown),
    })
}

fn key_rule(document: &Document, start: &ScenarioResult) -> KeyRule {
    let key = &document.key;
    let factor = || {
        start
            .allocation
            .as_ref()
            .map(|allocation| allocation.factor)
            .map_err(Clone::clone)
    };
    match key.kind {
        KeyKind::Equal => KeyRule::Equal,
        KeyKind::Inhabitants => KeyRule::Inhabitants { rate: factor() },
        KeyKind::Usage => KeyRule::Usage {
            metric: key.usage_metric.clone(),
        },
        KeyKind::Staffel => KeyRule::Staffel {
            bands: key
                .staffel
                .iter()
                .enumerate()
                .map(|(index, band)| BandRule {
                    from_inhabitants: band.from_inhabitants,
                    to_inhabitants: key.staffel.get(index + 1).map(|next| next.from_inhabitants),
                    pays: match band.weight {
                        BandWeight::PerInhabitant { rate } => BandPays::PerInhabitant(
                            factor().and_then(|factor| money::mul(factor, rate)),
                        ),
                        BandWeight::Points { points } => BandPays::PerMunicipality(
                            factor()
                                .and_then(|factor| money::mul(factor, points))
                                .map(money::round_cents),
                        ),
                    },
                })
                .collect(),
            marginal: key.marginal,
        },
        KeyKind::Tariffs => KeyRule::Tariffs {
            classes: key
                .tariffs
                .iter()
                .enumerate()
                .map(|(index, class)| TariffRule {
                    name: class.name.clone(),
                    from_inhabitants: class.from_inhabitants,
                    to_inhabitants: key.tariffs.get(index + 1).map(|next| next.from_inhabitants),
                    amount: class.amount.map(money::round_cents),
                })
                .collect(),
        },
        KeyKind::Hybrid => KeyRule::Hybrid {
            base: match key.hybrid.base {
                HybridBase::FixedAmount => Ok(money::round_cents(key.hybrid.fixed_base_amount)),
                HybridBase::BaseLines => start
                    .allocation
                    .as_ref()
                    .map(|allocation| allocation.base_per_member)
                    .map_err(Clone::clone),
            },
            base_from_lines: key.hybrid.base == HybridBase::BaseLines,
            variable: match key.hybrid.variable {
                VariableBasis::Inhabitants => VariablePart::Inhabitants { rate: factor() },
                VariableBasis::Usage => VariablePart::Usage {
                    metric: key.usage_metric.clone(),
                },
            },
        },
    }
}

fn growth_plan(document: &Document, now: usize, grown: usize) -> Option<GrowthPlan> {
    let growth = &document.growth;
    if grown <= now {
        return None;
    }
    let calendar = |years_after: u32| document.calendar_year(years_after);
    Some(GrowthPlan {
        from: now,
        to: grown,
        years: growth.years,
        target_year: calendar(growth.years),
        joining: growth
            .joining_schedule()
            .into_iter()
            .enumerate()
            .map(|(index, count)| (calendar(index as u32 + 1), count))
            .collect(),
    })
}

/// Everything both texts need, or the calculation problem that keeps them from being written (no
/// participants). A scenario the key cannot divide is still described, with its amounts unknown.
pub fn letter_facts(document: &Document, report: &Report) -> Result<LetterFacts, CalcError> {
    let current = &report.variant(Variant::Current);
    let grown = &report.variant(Variant::Grown);
    current.community.as_ref().map_err(Clone::clone)?;
    let start = document.recommended_scenario();
    let start_result = current
        .results
        .get(start)
        .ok_or(CalcError::NoSuchScenario { index: start })?;
    let start_totals = report
        .scenarios
        .get(start)
        .ok_or(CalcError::NoSuchScenario { index: start })?;
    let columns = priced_columns(document);
    let scenarios = (0..document.scenarios.len())
        .map(|index| scenario_figures(document, report, &columns, index))
        .collect::<Result<Vec<_>, _>>()?;
    let growth_drop_percent = match columns.as_slice() {
        [column @ (PricedColumn::EveryMunicipality | PricedColumn::Average)] => report
            .growth_effect
            .get(start)
            .and_then(|effect| priced_growth_effect(effect, *column).ok()),
        _ => None,
    };
    let scale_up = document
        .conclusions
        .scale_up_scenario
        .filter(|index| *index < document.scenarios.len() && *index != start);
    let break_even = report
        .break_even
        .as_ref()
        .ok()
        .map(|break_even| BreakEvenFacts {
            scenario_name: document
                .scenarios
                .get(break_even.scenario)
                .map(|scenario| scenario.name.clone())
                .unwrap_or_default(),
            count: break_even.count,
            reference_amount: break_even.reference_amount,
        });
    let level = document.collaboration_level;
    let key = &document.key;
    let contact = Contact {
        name: document.contact.name.trim().to_string(),
        email: document.contact.email.trim().to_string(),
        website: document.contact.website.trim().to_string(),
    };
    Ok(LetterFacts {
        collaboration: document.name.trim().to_string(),
        budget_year: document.budget_year,
        level,
        participants_now: current.count,
        participants_grown: grown.count,
        growth: growth_plan(document, current.count, grown.count),
        key: KeyFacts {
            kind: key.kind,
            rule: key_rule(document, start_result),
            minimum: key.minimum.map(money::round_cents),
            maximum: key.maximum.map(money::round_cents),
            fit: key_fit(level, key.kind),
            edges: (key.kind == KeyKind::Staffel).then(|| key.edge_effect()),
            advised: super::advice::advice_for(level).suitable_keys,
            custom_work: document
                .participants
                .list
                .iter()
                .chain(&document.growth.prospects)
                .any(|municipality| !municipality.custom_work.is_zero()),
        },
        priced: columns
            .iter()
            .map(|column| priced_for(document, *column))
            .collect(),
        scenarios,
        start,
        spending: Spending {
            categories: start_totals
                .by_category
                .iter()
                .filter(|(_, amount)| !amount.is_zero())
                .copied()
                .collect(),
            reserve: start_totals.reserve,
            reserve_percent: document
                .scenarios
                .get(start)
                .map_or(Decimal::ZERO, |scenario| scenario.reserve_percent),
        },
        growth_drop_percent,
        scale_up,
        break_even,
        shortfall: shortfall(report, start),
        indexation_percent: document.multi_year.indexation_percent,
        hourly_rate: document.rates.hourly_rate,
        fte_cost: document.rates.fte_cost,
        cautions: Cautions {
            reserve: document
                .scenarios
                .get(start)
                .and_then(|scenario| reserve_warning(scenario.reserve_percent)),
            equal_key: equal_key_warnings(document, report),
            hybrid_base: hybrid_base_warning(document, report),
        },
        contact,
        notes: document.conclusions.notes.trim().to_string(),
        last_year: last_year_facts(document, report),
        ways_to_pay: ways_to_pay_facts(document, report, start)?,
    })
}

/// A member that takes part for part of the year, for the texts: "Laatkomer (vanaf 1 april, 9/12)".
#[derive(Debug, Clone, PartialEq)]
pub struct PartOfYear {
    pub name: String,
    pub joins_in_month: Option<u8>,
    pub months: u8,
}

/// The ways to pay beyond one key, as the texts mention them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WaysToPayFacts {
    pub part_of_year: Vec<PartOfYear>,
    /// Work in kind counted against the invoices, and the cash the collaboration receives; `None` when no
    /// member delivers any.
    pub in_kind: Option<InKindSummary>,
    /// Under tariffs: what they collect against the adopted scenario's total.
    pub coverage: Option<Coverage>,
}

fn ways_to_pay_facts(
    document: &Document,
    report: &Report,
    start: usize,
) -> Result<WaysToPayFacts, CalcError> {
    let current = report.variant(Variant::Current);
    let Some((community, allocation)) = current.division(start) else {
        return Ok(WaysToPayFacts::default());
    };
    let part_of_year = community
        .members
        .iter()
        .filter(|member| !member.all_year_long())
        .filter_map(|member| match &member.origin {
            MemberOrigin::Named(name) => Some(PartOfYear {
                name: name.clone(),
                joins_in_month: member.joins_in_month,
                months: member.months,
            }),
            _ => None,
        })
        .collect();
    let rows = member_rows(community, allocation);
    let in_kind = in_kind_summary(&rows, community, document.rates.hourly_rate)?;
    let coverage = match current.results.get(start).and_then(|r| r.coverage.clone()) {
        Some(Ok(coverage)) => Some(coverage),
        _ => None,
    };
    Ok(WaysToPayFacts {
        part_of_year,
        in_kind: in_kind.any().then_some(in_kind),
        coverage,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    #[test]
    fn the_example_quotes_every_scenario_under_the_equal_key() {
        let document = example();
        let report = compute(&document).unwrap();
        let facts = letter_facts(&document, &report).unwrap();
        assert_eq!((facts.participants_now, facts.participants_grown), (45, 75));
        assert_eq!(facts.priced, vec![PricedFor::EveryMunicipality]);
        assert_eq!(facts.start, 1);
        let streef = &facts.scenarios[1];
        assert_eq!(streef.name, "Streef");
        assert_eq!(streef.total, dec("108900"));
        assert_eq!(streef.now, vec![Ok(dec("2420"))]);
        assert_eq!(streef.grown, vec![Ok(dec("1452"))]);
        for (index, scenario) in facts.scenarios.iter().enumerate() {
            let today = &report.variants[0].results[index];
            assert_eq!(scenario.total, today.total);
            assert_eq!(scenario.now, vec![today.per_municipality.clone()]);
        }
        assert_eq!(facts.growth_drop_percent, Some(dec("40")));
        assert_eq!(facts.key.rule, KeyRule::Equal);
        assert_eq!(facts.key.fit, KeyFit::Possible);
        let growth = facts.growth.unwrap();
        assert_eq!((growth.from, growth.to, growth.years), (45, 75, 2));
        assert_eq!(growth.target_year, Some(2029));
        assert_eq!(growth.joining, vec![(Some(2028), 15), (Some(2029), 15)]);
        // Streef pays for development, coordination, infrastructure and community, plus 10% reserve.
        let categories: Vec<Category> = facts.spending.categories.iter().map(|(c, _)| *c).collect();
        assert_eq!(
            categories,
            vec![
                Category::Development,
                Category::Coordination,
                Category::Infrastructure,
                Category::Community
            ]
        );
        assert_eq!(facts.spending.reserve, dec("9900"));
        assert_eq!(facts.scale_up, Some(2));
        let break_even = facts.break_even.unwrap();
        assert_eq!(
            (break_even.count, break_even.reference_amount),
            (103, dec("2420"))
        );
        let shortfall = facts.shortfall.unwrap().unwrap();
        assert_eq!(shortfall.missing, dec("43560"));
        assert_eq!(facts.cautions.reserve, None);
    }

    #[test]
    fn keys_by_size_quote_each_reference_municipality_and_their_rate() {
        let mut document = example();
        document.key.kind = KeyKind::Inhabitants;
        document.key.maximum = Some(dec("5000"));
        let report = compute(&document).unwrap();
        let facts = letter_facts(&document, &report).unwrap();
        assert_eq!(facts.priced.len(), 3);
        assert_eq!(
            facts.priced[2],
            PricedFor::Reference {
                name: "Groot".into(),
                inhabitants: dec("100000")
            }
        );
        for (index, scenario) in facts.scenarios.iter().enumerate() {
            let today = &report.variants[0].results[index];
            let later = &report.variants[1].results[index];
            assert_eq!(scenario.now, today.references_under_key);
            assert_eq!(scenario.grown, later.references_under_key);
        }
        // Nobody is held at the maximum of 5,000 in Streef, so the factor is the plain rate per inhabitant.
        let allocation = report.variants[0].results[1].allocation.as_ref().unwrap();
        assert_eq!(
            facts.key.rule,
            KeyRule::Inhabitants {
                rate: Ok(allocation.factor)
            }
        );
        assert_eq!(allocation.factor, dec("0.0726"));
        assert_eq!(facts.key.maximum, Some(dec("5000")));
        assert_eq!(facts.growth_drop_percent, None);
    }

    #[test]
    fn staffel_bands_say_what_a_municipality_pays_per_inhabitant() {
        let mut document = example();
        document.key.kind = KeyKind::Staffel;
        let report = compute(&document).unwrap();
        let facts = letter_facts(&document, &report).unwrap();
        let factor = report.variants[0].results[1]
            .allocation
            .as_ref()
            .unwrap()
            .factor;
        let KeyRule::Staffel { bands, .. } = &facts.key.rule else {
            panic!("staffel rule expected, got {:?}", facts.key.rule)
        };
        assert_eq!(bands.len(), 4);
        assert_eq!(bands[0].to_inhabitants, Some(dec("5000")));
        assert_eq!(bands[3].to_inhabitants, None);
        assert_eq!(
            bands[2].pays,
            BandPays::PerInhabitant(Ok(factor * dec("1.52")))
        );
    }

    #[test]
    fn a_scenario_the_key_cannot_divide_is_described_without_amounts() {
        let mut document = example();
        document.key.kind = KeyKind::Hybrid;
        let report = compute(&document).unwrap();
        let facts = letter_facts(&document, &report).unwrap();
        assert!(facts.scenarios[0].now.iter().all(Result::is_err));
        assert!(facts.scenarios[1].now.iter().all(Result::is_ok));
        assert!(facts.scenarios[1].grown.iter().all(Result::is_err));
        assert!(facts.cautions.hybrid_base.is_some());
        assert!(facts.shortfall.is_err());
    }

    #[test]
    fn without_growth_or_scale_up_those_facts_are_absent() {
        let mut document = example();
        document.growth.additional = 0;
        document.conclusions.scale_up_scenario = None;
        let report = compute(&document).unwrap();
        let facts = letter_facts(&document, &report).unwrap();
        assert_eq!(facts.growth, None);
        assert_eq!(facts.scale_up, None);
        assert_eq!(facts.shortfall, Ok(None));
    }

    #[test]
    fn no_participants_is_a_calculation_problem_not_a_panic() {
        let document = crate::domain::example::blank();
        let report = compute(&document).unwrap();
        assert!(letter_facts(&document, &report).is_err());
    }
}
