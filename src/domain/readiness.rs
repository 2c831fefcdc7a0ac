//! What a document still needs before there are contributions to show. A blank document ("Nieuw, leeg")
//! is an invitation to fill it in, not a failure: where the calculation has nothing to divide yet, the
//! interface says what to fill in first, and keeps its error messages for input that is really wrong.

use super::document::Document;
use super::error::CalcError;
use super::participants::ParticipantMode;

/// The parts a first contribution needs, in the order the page asks for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// No scenario has a cost line yet (step 2).
    CostLines,
    /// No municipality takes part yet (step 3).
    Participants,
    /// Municipalities take part, but none has inhabitants yet (step 3). Contributions under the equal key
    /// do not need them; figures by inhabitants wait for them.
    Inhabitants,
}

pub fn has_cost_lines(document: &Document) -> bool {
    document
        .scenarios
        .iter()
        .any(|scenario| !scenario.lines.is_empty())
}

/// Whether today's participants have been filled in: a count above zero, or a list with a name on it.
pub fn has_participants(document: &Document) -> bool {
    let participants = &document.participants;
    match participants.mode {
        ParticipantMode::Summary => participants.summary.count > 0,
        ParticipantMode::List => !participants.list.is_empty(),
    }
}

/// Whether any inhabitants have been filled in for today's participants.
pub fn has_inhabitants(document: &Document) -> bool {
    let participants = &document.participants;
    match participants.mode {
        ParticipantMode::Summary => !participants.summary.inhabitants.is_zero(),
        ParticipantMode::List => participants
            .list
            .iter()
            .any(|municipality| !municipality.inhabitants.is_zero()),
    }
}

/// What is still to be filled in before contributions mean something; empty when nothing is.
/// (Inhabitants are not among these: see [`Missing::Inhabitants`].)
pub fn missing(document: &Document) -> Vec<Missing> {
    let mut missing = Vec::new();
    if !has_cost_lines(document) {
        missing.push(Missing::CostLines);
    }
    if !has_participants(document) {
        missing.push(Missing::Participants);
    }
    missing
}

/// What a calculation problem waits for, when it only says that something has not been filled in yet:
/// then it is shown as guidance, not as an error. `None` for a real problem.
pub fn awaited(document: &Document, error: &CalcError) -> Option<Missing> {
    match error {
        CalcError::NoParticipants if !has_participants(document) => Some(Missing::Participants),
        CalcError::NothingToDivideBy
            if has_participants(document) && !has_inhabitants(document) =>
        {
            Some(Missing::Inhabitants)
        }
        _ => None,
    }
}

pub fn awaits_input(document: &Document, error: &CalcError) -> bool {
    awaited(document, error).is_some()
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use super::*;
    use crate::domain::budget::{Category, CostLine, LineAmount};
    use crate::domain::example::{blank, example};
    use crate::domain::participants::Municipality;
    use crate::domain::report::compute;

    fn one_line() -> CostLine {
        CostLine {
            category: Category::Infrastructure,
            label: "Hosting".into(),
            amount: LineAmount::Fixed {
                amount: Decimal::from(12_000),
            },
            base: false,
            actual: None,
        }
    }

    #[test]
    fn a_blank_document_misses_costs_and_participants_and_is_no_invalid_document() {
        let document = blank();
        assert_eq!(
            missing(&document),
            [Missing::CostLines, Missing::Participants]
        );
        let report = compute(&document).expect("blank is valid, only empty");
        let error = report.variants[0].community.as_ref().unwrap_err();
        assert!(awaits_input(&document, error));
    }

    #[test]
    fn the_example_misses_nothing() {
        assert!(missing(&example()).is_empty());
        assert!(!awaits_input(&example(), &CalcError::NoParticipants));
    }

    #[test]
    fn filling_in_a_line_and_a_count_completes_a_blank_document() {
        let mut document = blank();
        document.scenarios[1].lines.push(one_line());
        assert_eq!(missing(&document), [Missing::Participants]);
        document.participants.summary.count = 20;
        assert!(missing(&document).is_empty());
        let report = compute(&document).unwrap();
        assert!(report.variants[0].results[1].allocation.is_ok());
    }

    #[test]
    fn a_list_counts_as_filled_in_once_it_has_a_municipality() {
        let mut document = blank();
        document.participants.mode = ParticipantMode::List;
        assert!(!has_participants(&document));
        document
            .participants
            .list
            .push(Municipality::new("Utrecht", Decimal::from(367_984)));
        assert!(has_participants(&document));
    }

    #[test]
    fn figures_by_inhabitants_wait_for_inhabitants_once_there_are_participants() {
        let mut document = blank();
        document.scenarios[1].lines.push(one_line());
        document.participants.summary.count = 20;
        document.key.kind = crate::domain::key::KeyKind::Inhabitants;
        let report = compute(&document).unwrap();
        let error = report.variants[0].results[1]
            .allocation
            .as_ref()
            .unwrap_err();
        assert_eq!(awaited(&document, error), Some(Missing::Inhabitants));
        document.participants.summary.inhabitants = Decimal::from(400_000);
        assert!(compute(&document).unwrap().variants[0].results[1]
            .allocation
            .is_ok());
        assert_eq!(awaited(&document, &CalcError::NothingToDivideBy), None);
    }

    #[test]
    fn other_problems_stay_errors() {
        let document = blank();
        assert!(!awaits_input(&document, &CalcError::NothingToDivideBy));
        assert!(!awaits_input(&document, &CalcError::Overflow));
        // With inhabitants filled in, weights of zero are a real problem (usage figures, bands).
        let example = example();
        assert!(!awaits_input(&example, &CalcError::NothingToDivideBy));
    }
}
