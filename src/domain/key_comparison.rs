//! "What would we pay under each key?": one municipality's contribution under every allocation key, for
//! the same scenario and variant, with every other key setting (bounds, bands, hybrid base) as the user
//! left it.

use super::allocation::allocate;
use super::document::Document;
use super::error::CalcError;
use super::key::KeyKind;
use super::money::Money;
use super::participants::Variant;
use super::report::{price_size, Report};

/// Whose contribution is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A named municipality of the list, by its position.
    Participant(usize),
    /// A reference municipality ("type"), by its position; priced as one more member of its size.
    Reference(usize),
}

/// One key's answer.
#[derive(Debug, Clone, PartialEq)]
pub enum KeyOutcome {
    /// The part of the scenario total it pays, and what it pays in all with its custom work.
    Pays {
        shared: Money,
        total: Money,
    },
    /// The key cannot price this municipality (a reference has no usage figures).
    NotApplicable,
    Failed(CalcError),
}

#[derive(Debug, Clone, PartialEq)]
pub struct KeyComparisonRow {
    pub kind: KeyKind,
    /// Whether this is the key the document uses now.
    pub chosen: bool,
    pub outcome: KeyOutcome,
}

/// Every key, in [`KeyKind::ALL`] order, for one municipality in one scenario and variant.
///
/// The scenario's total and the variant's community come from the report, and the chosen key's row is the
/// report's own figure, so the comparison can never disagree with the results.
pub fn compare_keys(
    document: &Document,
    report: &Report,
    scenario: usize,
    variant: Variant,
    subject: Subject,
) -> Result<Vec<KeyComparisonRow>, CalcError> {
    let totals = report
        .scenarios
        .get(scenario)
        .ok_or(CalcError::NoSuchScenario { index: scenario })?;
    let variant_report = report.variant(variant);
    let community = variant_report.community.as_ref().map_err(Clone::clone)?;
    let chosen = variant_report
        .results
        .get(scenario)
        .ok_or(CalcError::NoSuchScenario { index: scenario })?;
    let rows = KeyKind::ALL
        .iter()
        .map(|kind| {
            let key = document.key.with_kind(*kind);
            let allocation = if *kind == document.key.kind {
                chosen.allocation.clone()
            } else {
                allocate(&key, community, totals)
            };
            let outcome = match subject {
                Subject::Participant(index) => match &allocation {
                    Err(error) => KeyOutcome::Failed(error.clone()),
                    Ok(allocation) => match allocation.shares.get(index) {
                        Some(share) => KeyOutcome::Pays {
                            shared: share.shared,
                            total: share.total,
                        },
                        None => KeyOutcome::Failed(CalcError::NoSuchMember { index }),
                    },
                },
                // Priced exactly as the results price a reference municipality, so both say the same.
                Subject::Reference(index) => match document.reference_municipalities.get(index) {
                    None => KeyOutcome::NotApplicable,
                    Some(reference) => match price_size(&key, &allocation, reference.inhabitants) {
                        Ok(amount) => KeyOutcome::Pays {
                            shared: amount,
                            total: amount,
                        },
                        Err(CalcError::PricedByUsage) => KeyOutcome::NotApplicable,
                        Err(error) => KeyOutcome::Failed(error),
                    },
                },
            };
            KeyComparisonRow {
                kind: *kind,
                chosen: *kind == document.key.kind,
                outcome,
            }
        })
        .collect();
    Ok(rows)
}
