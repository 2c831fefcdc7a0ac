//! The facts the two generated texts (a recruitment letter and a steering-group decision) fill in,
//! computed from the document and its report. The wording lives with the other strings of the interface.

use rust_decimal::Decimal;

use super::document::Document;
use super::error::CalcError;
use super::money::{self, Money};
use super::report::Report;

/// A scenario as the texts quote it.
#[derive(Debug, Clone, PartialEq)]
pub struct ScenarioFigures {
    pub name: String,
    pub total: Money,
    /// Equal share among today's participants (variant A).
    pub per_municipality_now: Money,
    /// Equal share after the growth of variant B.
    pub per_municipality_grown: Money,
}

/// What a municipality of a reference size pays by inhabitants, in the start scenario, today.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceFigure {
    pub name: String,
    pub inhabitants: Decimal,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ScaleUp {
    pub scenario: ScenarioFigures,
    /// The scale-up scenario's equal share once the growth ambition is reached, if one is set.
    pub per_municipality_at_target: Option<Money>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BreakEvenFacts {
    pub scenario_name: String,
    pub count: u64,
    pub reference_amount: Money,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LetterFacts {
    pub collaboration: String,
    pub participants_now: usize,
    pub participants_grown: usize,
    pub start: ScenarioFigures,
    /// How much the start scenario's equal share drops from A to B, in percent.
    pub growth_drop_percent: Decimal,
    pub references: Vec<ReferenceFigure>,
    pub growth_target: Option<u32>,
    pub growth_years: Option<u32>,
    pub scale_up: Option<ScaleUp>,
    pub break_even: Option<BreakEvenFacts>,
    /// The coordinator's own notes, quoted in the decision text.
    pub notes: String,
}

fn figures(
    document: &Document,
    report: &Report,
    index: usize,
) -> Result<ScenarioFigures, CalcError> {
    let scenario = document
        .scenarios
        .get(index)
        .ok_or(CalcError::NoSuchScenario { index })?;
    let now = report.variants[0]
        .results
        .get(index)
        .ok_or(CalcError::NoSuchScenario { index })?;
    let grown = report.variants[1]
        .results
        .get(index)
        .ok_or(CalcError::NoSuchScenario { index })?;
    Ok(ScenarioFigures {
        name: scenario.name.clone(),
        total: now.total,
        per_municipality_now: now.per_municipality.clone()?,
        per_municipality_grown: grown.per_municipality.clone()?,
    })
}

/// Everything both texts need, or the calculation problem that keeps them from being written.
pub fn letter_facts(document: &Document, report: &Report) -> Result<LetterFacts, CalcError> {
    let start_index = document.recommended_scenario();
    let start = figures(document, report, start_index)?;
    let growth_drop_percent = report
        .growth_effect
        .get(start_index)
        .cloned()
        .ok_or(CalcError::NoSuchScenario { index: start_index })??;
    let start_now = report.variants[0].result(start_index)?;
    let references = document
        .reference_municipalities
        .iter()
        .zip(&start_now.references)
        .map(|(reference, amount)| {
            Ok(ReferenceFigure {
                name: reference.name.clone(),
                inhabitants: reference.inhabitants,
                amount: amount.clone()?,
            })
        })
        .collect::<Result<Vec<_>, CalcError>>()?;
    let conclusions = &document.conclusions;
    let growth_target = conclusions.growth_target.filter(|target| *target > 0);
    let scale_up = conclusions
        .scale_up_scenario
        .filter(|index| *index < document.scenarios.len())
        .map(|index| {
            let scenario = figures(document, report, index)?;
            let per_municipality_at_target = growth_target
                .map(|target| {
                    money::div(
                        scenario.total,
                        Decimal::from(target),
                        CalcError::NoParticipants,
                    )
                })
                .transpose()?;
            Ok::<_, CalcError>(ScaleUp {
                scenario,
                per_municipality_at_target,
            })
        })
        .transpose()?;
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
    Ok(LetterFacts {
        collaboration: document.name.clone(),
        participants_now: report.variants[0].count,
        participants_grown: report.variants[1].count,
        start,
        growth_drop_percent,
        references,
        growth_target,
        growth_years: conclusions.growth_years.filter(|years| *years > 0),
        scale_up,
        break_even,
        notes: conclusions.notes.trim().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

    #[test]
    fn the_example_gives_the_numbers_of_the_template() {
        let document = example();
        let report = compute(&document).unwrap();
        let facts = letter_facts(&document, &report).unwrap();
        assert_eq!(facts.participants_now, 45);
        assert_eq!(facts.participants_grown, 75);
        assert_eq!(facts.start.name, "Streef");
        assert_eq!(facts.start.total, dec("108900"));
        assert_eq!(facts.start.per_municipality_now, dec("2420"));
        assert_eq!(facts.start.per_municipality_grown, dec("1452"));
        assert_eq!(facts.growth_drop_percent, dec("40"));
        assert_eq!(facts.references[0].name, "Klein");
        assert_eq!(facts.references[0].amount.round_dp(2), dec("1452"));
        let scale_up = facts.scale_up.unwrap();
        assert_eq!(scale_up.scenario.name, "Wens");
        assert_eq!(scale_up.scenario.total, dec("247500"));
        assert_eq!(scale_up.per_municipality_at_target, Some(dec("3300")));
        let break_even = facts.break_even.unwrap();
        assert_eq!(break_even.count, 103);
        assert_eq!(break_even.reference_amount, dec("2420"));
        assert_eq!(break_even.scenario_name, "Wens");
    }

    #[test]
    fn without_ambition_or_scale_up_those_facts_are_absent() {
        let mut document = example();
        document.conclusions.growth_target = None;
        document.conclusions.scale_up_scenario = None;
        let report = compute(&document).unwrap();
        let facts = letter_facts(&document, &report).unwrap();
        assert_eq!(facts.growth_target, None);
        assert_eq!(facts.scale_up, None);
    }

    #[test]
    fn no_participants_is_a_calculation_problem_not_a_panic() {
        let document = crate::domain::example::blank();
        let report = compute(&document).unwrap();
        assert!(letter_facts(&document, &report).is_err());
    }
}
