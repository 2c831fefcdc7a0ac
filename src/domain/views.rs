//! Views derived from the report that several parts of the interface share, so that they cannot disagree:
//! which amounts answer "what does a municipality pay?" under the chosen key.

use rust_decimal::Decimal;

use super::allocation::{KeyKind, VariableBasis};
use super::document::Document;
use super::error::CalcError;
use super::money::Money;
use super::report::{GrowthEffect, ScenarioResult};

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
        KeyKind::Inhabitants | KeyKind::Staffel => false,
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
            .unwrap_or(Err(CalcError::NoParticipants)),
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
            .unwrap_or(Err(CalcError::NoParticipants)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use crate::domain::test_support::dec;

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
}
