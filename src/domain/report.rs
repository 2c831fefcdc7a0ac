//! The report: every figure the interface shows, as a pure function of the document.

use rust_decimal::Decimal;

use super::accountability::{account, Account};
use super::allocation::{Allocation, PreparedKey};
use super::budget::ScenarioTotals;
use super::cycle::{cycle_report, phase_in, CycleReport};
use super::document::Document;
use super::error::CalcError;
use super::growth::{break_even_count, drop_percent};
use super::key::{KeyKind, KeySettings, VariableBasis};
use super::money::{self, Money};
use super::multi_year::YearRow;
use super::participants::{Community, Variant};
use super::rounding::Bounds;
use super::validation::{validate, Problem, ProblemKind, MAX_AMOUNT};
use super::ways_to_pay::tariffs::{newcomer_tariff, tariff_for, Coverage};

/// One scenario under one variant.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioResult {
    pub total: Money,
    /// Total over the number of municipalities, exact: each one's share under the equal key, the average
    /// contribution under every other key. The interface rounds for display.
    pub per_municipality: Result<Money, CalcError>,
    /// Total over all inhabitants.
    pub per_inhabitant: Result<Decimal, CalcError>,
    /// Each reference municipality under the chosen key, bounds included, to the cent: what a municipality of
    /// that size would pay as one more member at the same factor. An error where the key cannot price a size
    /// alone (usage) or the allocation itself failed.
    pub references_under_key: Vec<Result<Money, CalcError>>,
    /// Each reference municipality by inhabitants alone (the guide's template table), for comparison.
    pub references_by_inhabitants: Vec<Result<Money, CalcError>>,
    /// Each member's contribution under the chosen key, to the cent.
    pub allocation: Result<Allocation, CalcError>,
    /// Under the tariff key: what the tariffs collect against the total, and from how many members on
    /// they cover it; `None` under keys that divide the total.
    pub coverage: Option<Result<Coverage, CalcError>>,
}

impl ScenarioResult {
    /// What the members' contributions add up to: the scenario's total where the key divides it, what the
    /// tariffs collect under the tariff key.
    pub fn contributions(&self) -> Result<Money, CalcError> {
        match &self.coverage {
            None => Ok(self.total),
            Some(coverage) => coverage
                .as_ref()
                .map(|coverage| coverage.collected)
                .map_err(Clone::clone),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct VariantReport {
    pub variant: Variant,
    pub community: Result<Community, CalcError>,
    pub count: usize,
    pub total_inhabitants: Decimal,
    /// In scenario order.
    pub results: Vec<ScenarioResult>,
}

/// What growth from variant A to variant B does to one scenario's contributions, in percent (a drop is
/// positive).
#[derive(Debug, Clone, PartialEq)]
pub struct GrowthEffect {
    /// The contribution per municipality: the equal share, or the average under another key.
    pub per_municipality: Result<Decimal, CalcError>,
    /// Each reference municipality under the chosen key.
    pub references: Vec<Result<Decimal, CalcError>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BreakEven {
    pub scenario: usize,
    /// The most a municipality should pay: as set, or by default what a municipality pays today in the start
    /// scenario (its equal share, or the average contribution under another key), rounded to whole cents
    /// as the interface shows it.
    pub reference_amount: Money,
    /// That default, also while another amount is set, so the interface can name it.
    pub default_reference: Option<Money>,
    /// The smallest number of municipalities at which the scenario's total over that number is no more than
    /// the reference amount; under the tariff key, at which the tariffs cover the scenario's total.
    pub count: u64,
    /// Whether `count` is where the tariffs cover the scenario (tariff key) rather than where the average
    /// contribution falls to the reference amount.
    pub by_coverage: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// In scenario order.
    pub scenarios: Vec<ScenarioTotals>,
    /// Variant A (now) then variant B (after growth). Read them by name, with [`Report::variant`] and
    /// [`Report::each_variant`]; the field stays public for the integration tests.
    pub variants: [VariantReport; 2],
    /// Per scenario: what growth from A to B does to the contributions.
    pub growth_effect: Vec<GrowthEffect>,
    pub break_even: Result<BreakEven, CalcError>,
    /// One row per year, the budget year first; the participants follow the growth plan.
    pub multi_year: Result<Vec<YearRow>, CalcError>,
    /// Actual spend against the budget of the scenario accounted for.
    pub accountability: Result<Account, CalcError>,
    /// The yearly cycle: supplements, settlement and what changes for each member; empty from [`compute`].
    pub cycle: CycleReport,
}

impl VariantReport {
    /// The result of one scenario, or why there is none.
    pub fn result(&self, scenario: usize) -> Result<&ScenarioResult, CalcError> {
        self.results
            .get(scenario)
            .ok_or(CalcError::NoSuchScenario { index: scenario })
    }

    /// The members and how one scenario was divided among them, for the per-member views (table,
    /// explanation, invoicing CSV); `None` while either is an error.
    pub fn division(&self, scenario: usize) -> Option<(&Community, &Allocation)> {
        let community = self.community.as_ref().ok()?;
        let allocation = self.results.get(scenario)?.allocation.as_ref().ok()?;
        Some((community, allocation))
    }
}

impl Report {
    /// Variant A and B, in that order.
    pub fn each_variant(&self) -> impl Iterator<Item = &VariantReport> {
        [Variant::Current, Variant::Grown]
            .into_iter()
            .map(|variant| self.variant(variant))
    }

    pub fn variant(&self, variant: Variant) -> &VariantReport {
        match variant {
            Variant::Current => &self.variants[0],
            Variant::Grown => &self.variants[1],
        }
    }
}

/// The weight that prices a municipality of this size alone under the key.
pub fn size_weight(key: &KeySettings, inhabitants: Decimal) -> Result<Decimal, CalcError> {
    match key.kind {
        KeyKind::Equal => Ok(Decimal::ONE),
        KeyKind::Inhabitants => Ok(inhabitants),
        KeyKind::Staffel => key.band_weight(inhabitants),
        KeyKind::Hybrid => match key.hybrid.variable {
            VariableBasis::Inhabitants => Ok(inhabitants),
            VariableBasis::Usage => Err(CalcError::PricedByUsage),
        },
        KeyKind::Usage => Err(CalcError::PricedByUsage),
        // A tariff is a base, not a weight; `price_size` reads it directly.
        KeyKind::Tariffs => Ok(Decimal::ZERO),
    }
}

/// What a municipality of this size pays under the key, as one more member at the allocation's factor,
/// bounds included, to the cent.
pub fn price_size(
    key: &KeySettings,
    allocation: &Result<Allocation, CalcError>,
    inhabitants: Decimal,
) -> Result<Money, CalcError> {
    let allocation = allocation.as_ref().map_err(Clone::clone)?;
    if key.kind == KeyKind::Tariffs {
        return tariff_for(&key.tariffs, inhabitants).map(money::round_cents);
    }
    let weight = size_weight(key, inhabitants)?;
    allocation.price_for_weight(weight)
}

fn scenario_result(
    document: &Document,
    community: &Result<Community, CalcError>,
    prepared: &Result<PreparedKey, CalcError>,
    member_bounds: &Result<Option<Vec<Bounds>>, CalcError>,
    totals: &ScenarioTotals,
) -> ScenarioResult {
    let total = totals.total;
    let references = document.reference_municipalities.len();
    let community = match community {
        Ok(community) => community,
        Err(error) => {
            return ScenarioResult {
                total,
                per_municipality: Err(error.clone()),
                per_inhabitant: Err(error.clone()),
                references_under_key: vec![Err(error.clone()); references],
                references_by_inhabitants: vec![Err(error.clone()); references],
                allocation: Err(error.clone()),
                coverage: (!document.key.kind.divides_a_total()).then(|| Err(error.clone())),
            }
        }
    };
    let count = Decimal::from(community.count());
    let per_municipality = money::div(total, count, CalcError::NoParticipants);
    let per_inhabitant = community
        .total_inhabitants()
        .and_then(|inhabitants| money::div(total, inhabitants, CalcError::NothingToDivideBy));
    let references_by_inhabitants = document
        .reference_municipalities
        .iter()
        .map(|reference| {
            let rate = per_inhabitant.clone()?;
            money::mul(rate, reference.inhabitants)
        })
        .collect();
    // With a phase-in, each member has bounds of its own around last year's contribution.
    let allocation =
        prepared
            .as_ref()
            .map_err(Clone::clone)
            .and_then(|prepared| match member_bounds {
                Ok(Some(bounds)) => prepared.allocate_within(totals, bounds),
                Ok(None) => prepared.allocate(totals),
                Err(error) => Err(error.clone()),
            });
    let references_under_key = document
        .reference_municipalities
        .iter()
        .map(|reference| price_size(&document.key, &allocation, reference.inhabitants))
        .collect();
    let coverage = (!document.key.kind.divides_a_total()).then(|| {
        let allocation = allocation.as_ref().map_err(Clone::clone)?;
        let collected = money::sum(allocation.shares.iter().map(|share| share.shared))?;
        let current_sizes: Vec<Decimal> = community
            .current_members()
            .iter()
            .map(|member| member.inhabitants)
            .collect();
        let newcomer = newcomer_tariff(&document.key.tariffs, &current_sizes)?;
        Coverage::of(community.count(), collected, total, newcomer)
    });
    ScenarioResult {
        total,
        per_municipality,
        per_inhabitant,
        references_under_key,
        references_by_inhabitants,
        allocation,
        coverage,
    }
}

fn growth_effect(before: &ScenarioResult, after: &ScenarioResult) -> GrowthEffect {
    let per_municipality = before
        .per_municipality
        .clone()
        .and_then(|before| drop_percent(before, after.per_municipality.clone()?));
    let references = before
        .references_under_key
        .iter()
        .zip(&after.references_under_key)
        .map(|(before, after)| drop_percent(before.clone()?, after.clone()?))
        .collect();
    GrowthEffect {
        per_municipality,
        references,
    }
}

/// The estimate year by year: each year's community is today's plus the newcomers that have joined by then
/// under the growth plan (in variant B's order: named prospects first), each year's scenario total is
/// indexed, and the chosen key divides it.
fn multi_year_estimate(
    document: &Document,
    scenarios: &[ScenarioTotals],
    current: &Result<Community, CalcError>,
    grown: &Result<Community, CalcError>,
) -> Result<Vec<YearRow>, CalcError> {
    let current = current.as_ref().map_err(Clone::clone)?;
    let grown = grown.as_ref().map_err(Clone::clone)?;
    let plan = &document.multi_year;
    let recommended = document.recommended_scenario();
    (1..=plan.years)
        .map(|year| {
            let scenario = plan.scenario_in(year, recommended);
            let base = scenarios
                .get(scenario)
                .ok_or(CalcError::NoSuchScenario { index: scenario })?;
            let total = plan.indexed_total(base.total, year)?;
            let joined = document.growth.joined_by(year - 1);
            let partial;
            let community = if joined >= document.growth.additional {
                grown
            } else {
                partial = document
                    .participants
                    .grown_from(current, &document.growth.first_joiners(joined))?;
                &partial
            };
            let participants = community.count();
            let count = Decimal::from(participants);
            let per_municipality = money::div(total, count, CalcError::NoParticipants)?;
            // The base lines grow with the same indexation, so a hybrid key keeps its proportions.
            let totals = ScenarioTotals {
                total,
                base_total: plan.indexed_total(base.base_total, year)?,
                ..base.clone()
            };
            let allocation = PreparedKey::new(&document.key, community)
                .and_then(|prepared| prepared.allocate(&totals));
            let per_reference = document
                .reference_municipalities
                .iter()
                .map(|reference| price_size(&document.key, &allocation, reference.inhabitants))
                .collect();
            Ok(YearRow {
                year,
                calendar_year: year
                    .checked_sub(1)
                    .and_then(|after| document.calendar_year(after)),
                scenario,
                participants: participants as u64,
                total,
                per_municipality,
                per_reference,
                allocation,
            })
        })
        .collect()
}

/// Computes everything the app shows, the yearly cycle included. The small first module, which shows only
/// the results at a glance, calls [`compute`], so that the cycle's code (and the municipality directory it
/// looks CBS codes up in) stays out of it.
pub fn compute_with_cycle(document: &Document) -> Result<Report, Vec<Problem>> {
    let mut report = compute(document)?;
    report.cycle = cycle_report(document, &report);
    Ok(report)
}

/// Computes everything but the yearly cycle's figures (`Report::cycle` stays empty), or says which fields
/// stand in the way.
pub fn compute(document: &Document) -> Result<Report, Vec<Problem>> {
    let problems = validate(document);
    if !problems.is_empty() {
        return Err(problems);
    }
    let scenarios = document
        .scenarios
        .iter()
        .enumerate()
        .map(|(index, scenario)| {
            // Validation caps every amount, so this only fails if those caps are ever raised too far.
            scenario.totals(&document.rates).map_err(|_| {
                vec![Problem {
                    path: format!("scenarios[{index}]"),
                    kind: ProblemKind::TooLarge { limit: MAX_AMOUNT },
                }]
            })
        })
        .collect::<Result<Vec<_>, _>>()?;

    // Today's community is built once; the grown one starts from it.
    let current = document.participants.current();
    let grown = current
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|current| document.participants.grown_from(current, &document.growth));
    let variants: [VariantReport; 2] =
        [(Variant::Current, current), (Variant::Grown, grown)].map(|(variant, community)| {
            let (count, total_inhabitants) = match &community {
                Ok(community) => (
                    community.count(),
                    community.total_inhabitants().unwrap_or_default(),
                ),
                Err(_) => (0, Decimal::ZERO),
            };
            let prepared = community
                .as_ref()
                .map_err(Clone::clone)
                .and_then(|community| PreparedKey::new(&document.key, community));
            // Without `app` (the first module) the cycle is never read (see `Document::cycle`).
            let member_bounds = match (&community, &prepared) {
                (Ok(community), Ok(prepared)) if cfg!(feature = "app") => {
                    phase_in::bounds_for(document, community, prepared)
                }
                _ => Ok(None),
            };
            let results = scenarios
                .iter()
                .map(|totals| {
                    scenario_result(document, &community, &prepared, &member_bounds, totals)
                })
                .collect();
            VariantReport {
                variant,
                community,
                count,
                total_inhabitants,
                results,
            }
        });

    let [now, after_growth] = &variants;
    let growth_effect = now
        .results
        .iter()
        .zip(&after_growth.results)
        .map(|(before, after)| growth_effect(before, after))
        .collect();

    let recommended = document.recommended_scenario();
    let break_even = (|| {
        let scenario = document.break_even_scenario();
        let totals = scenarios
            .get(scenario)
            .ok_or(CalcError::NoSuchScenario { index: scenario })?;
        let default_reference = now
            .result(recommended)
            .and_then(|today| today.per_municipality.clone())
            .map(money::round_cents);
        let reference_amount = match document.break_even.reference_amount {
            Some(amount) => amount,
            None => default_reference.clone()?,
        };
        let default_reference = default_reference.ok();
        let by_coverage = !document.key.kind.divides_a_total();
        let count = if by_coverage {
            match &now.result(scenario)?.coverage {
                Some(Ok(coverage)) => coverage
                    .members_needed
                    .ok_or(CalcError::TariffsNeverCover)?,
                Some(Err(error)) => return Err(error.clone()),
                None => return Err(CalcError::TariffsNeverCover),
            }
        } else {
            break_even_count(totals.total, reference_amount)?
        };
        Ok(BreakEven {
            scenario,
            reference_amount,
            default_reference,
            count,
            by_coverage,
        })
    })();

    let multi_year = multi_year_estimate(
        document,
        &scenarios,
        &now.community,
        &after_growth.community,
    );

    let accountability = (|| {
        let index = document
            .accountability
            .scenario
            .min(document.scenarios.len().saturating_sub(1));
        let scenario = document
            .scenarios
            .get(index)
            .ok_or(CalcError::NoSuchScenario { index })?;
        let totals = scenarios
            .get(index)
            .ok_or(CalcError::NoSuchScenario { index })?;
        account(scenario, totals)
    })();

    Ok(Report {
        scenarios,
        variants,
        growth_effect,
        break_even,
        multi_year,
        accountability,
        cycle: CycleReport::default(),
    })
}
