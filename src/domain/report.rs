//! The report: every figure the interface shows, as a pure function of the document.

use rust_decimal::Decimal;

use super::allocation::{Allocation, KeyKind, KeySettings, PreparedKey, VariableBasis};
use super::budget::ScenarioTotals;
use super::document::Document;
use super::error::CalcError;
use super::growth::{break_even_count, drop_percent};
use super::money::{self, Money};
use super::multi_year::{MultiYearBasis, YearRow};
use super::participants::{Community, Variant};
use super::validation::{validate, Problem, ProblemKind, MAX_AMOUNT};

/// One scenario under one variant.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioResult {
    pub total: Money,
    /// Total over the number of municipalities, exact; the interface rounds for display.
    pub per_municipality: Result<Money, CalcError>,
    /// Total over all inhabitants.
    pub per_inhabitant: Result<Decimal, CalcError>,
    /// Each reference municipality by inhabitants (the template table's Klein / Middel / Groot).
    pub references: Vec<Result<Money, CalcError>>,
    /// Each member's contribution under the chosen key, to the cent.
    pub allocation: Result<Allocation, CalcError>,
    /// Each reference municipality under the chosen key, where the key can price a size alone.
    pub references_under_key: Vec<Option<Money>>,
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

#[derive(Debug, Clone, PartialEq)]
pub struct BreakEven {
    pub scenario: usize,
    pub reference_amount: Money,
    /// The smallest number of municipalities at which the scenario costs each no more than the reference.
    pub count: u64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// In scenario order.
    pub scenarios: Vec<ScenarioTotals>,
    /// Variant A (now) then variant B (after growth).
    pub variants: [VariantReport; 2],
    /// Per scenario: the percentage drop of the equal share from A to B.
    pub growth_effect: Vec<Result<Decimal, CalcError>>,
    pub break_even: Result<BreakEven, CalcError>,
    pub multi_year: Result<Vec<YearRow>, CalcError>,
}

impl VariantReport {
    /// The result of one scenario, or why there is none.
    pub fn result(&self, scenario: usize) -> Result<&ScenarioResult, CalcError> {
        self.results
            .get(scenario)
            .ok_or(CalcError::NoSuchScenario { index: scenario })
    }
}

impl Report {
    pub fn variant(&self, variant: Variant) -> &VariantReport {
        match variant {
            Variant::Current => &self.variants[0],
            Variant::Grown => &self.variants[1],
        }
    }
}

/// The weight that prices a municipality of this size alone under the key, if the key can.
fn reference_weight(key: &KeySettings, inhabitants: Decimal) -> Option<Decimal> {
    match key.kind {
        KeyKind::Equal => Some(Decimal::ONE),
        KeyKind::Inhabitants => Some(inhabitants),
        KeyKind::Staffel => key.band_weight(inhabitants).ok(),
        KeyKind::Hybrid => match key.hybrid.variable {
            VariableBasis::Inhabitants => Some(inhabitants),
            VariableBasis::Usage => None,
        },
        KeyKind::Usage => None,
    }
}

fn scenario_result(
    document: &Document,
    community: &Result<Community, CalcError>,
    prepared: &Result<PreparedKey, CalcError>,
    totals: &ScenarioTotals,
) -> ScenarioResult {
    let total = totals.total;
    let references_failed =
        |error: &CalcError| vec![Err(error.clone()); document.reference_municipalities.len()];
    let community = match community {
        Ok(community) => community,
        Err(error) => {
            return ScenarioResult {
                total,
                per_municipality: Err(error.clone()),
                per_inhabitant: Err(error.clone()),
                references: references_failed(error),
                allocation: Err(error.clone()),
                references_under_key: vec![None; document.reference_municipalities.len()],
            }
        }
    };
    let count = Decimal::from(community.count());
    let per_municipality = money::div(total, count, CalcError::NoParticipants);
    let per_inhabitant = community
        .total_inhabitants()
        .and_then(|inhabitants| money::div(total, inhabitants, CalcError::NothingToDivideBy));
    let references = document
        .reference_municipalities
        .iter()
        .map(|reference| {
            let rate = per_inhabitant.clone()?;
            money::mul(rate, reference.inhabitants)
        })
        .collect();
    let allocation = prepared
        .as_ref()
        .map_err(Clone::clone)
        .and_then(|prepared| prepared.allocate(totals));
    let references_under_key = document
        .reference_municipalities
        .iter()
        .map(|reference| {
            let allocation = allocation.as_ref().ok()?;
            let weight = reference_weight(&document.key, reference.inhabitants)?;
            allocation.hypothetical(weight).ok()
        })
        .collect();
    ScenarioResult {
        total,
        per_municipality,
        per_inhabitant,
        references,
        allocation,
        references_under_key,
    }
}

/// Computes everything, or says which fields stand in the way.
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
            let results = scenarios
                .iter()
                .map(|totals| scenario_result(document, &community, &prepared, totals))
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
        .map(|(before, after)| {
            drop_percent(
                before.per_municipality.clone()?,
                after.per_municipality.clone()?,
            )
        })
        .collect();

    let recommended = document.recommended_scenario();
    let break_even = (|| {
        let scenario = document.break_even_scenario();
        let totals = scenarios
            .get(scenario)
            .ok_or(CalcError::NoSuchScenario { index: scenario })?;
        let reference_amount = match document.break_even.reference_amount {
            Some(amount) => amount,
            None => money::round_cents(now.result(recommended)?.per_municipality.clone()?),
        };
        let count = break_even_count(totals.total, reference_amount)?;
        Ok(BreakEven {
            scenario,
            reference_amount,
            count,
        })
    })();

    let multi_year = (|| {
        let current = now.community.clone()?;
        let totals: Vec<Money> = scenarios.iter().map(|totals| totals.total).collect();
        let references: Vec<Decimal> = document
            .reference_municipalities
            .iter()
            .map(|reference| reference.inhabitants)
            .collect();
        let basis = MultiYearBasis {
            participants_now: current.count() as u64,
            average_inhabitants: current.average_inhabitants()?,
            scenario_totals: &totals,
            default_scenario: recommended,
            reference_inhabitants: &references,
        };
        document.multi_year.estimate(&basis)
    })();

    Ok(Report {
        scenarios,
        variants,
        growth_effect,
        break_even,
        multi_year,
    })
}
