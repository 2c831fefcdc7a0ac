//! The results as CSV that Dutch Excel opens as it should: UTF-8 with a byte order mark (without it Excel
//! guesses Windows-1252), semicolons (the Dutch list separator), decimal commas, amounts to the cent.
//! Text is always quoted with quotes doubled, and a text that a spreadsheet would read as a formula is
//! neutralised with a leading apostrophe (CSV injection): names are text.

use rust_decimal::Decimal;

use crate::domain::document::Document;
use crate::domain::notation::{format_plain, Notation};
use crate::domain::participants::{MemberOrigin, Variant};
use crate::domain::report::{Report, VariantReport};

/// The words of the CSV, in the user's language (see `ui::i18n::keep`).
pub struct CsvLabels {
    pub scenario: &'static str,
    pub variant: &'static str,
    pub who: &'static str,
    pub inhabitants: &'static str,
    pub contribution: &'static str,
    pub variant_current: &'static str,
    pub variant_grown: &'static str,
    /// Added after a reference municipality's name: "Klein (referentie)".
    pub reference_suffix: &'static str,
    /// The one row that stands for all municipalities in summary mode.
    pub average_municipality: &'static str,
    /// The one row that stands for all unnamed newcomers in variant B.
    pub newcomer: &'static str,
}

const BYTE_ORDER_MARK: &str = "\u{feff}";
const SEPARATOR: &str = ";";
/// Excel writes and expects CRLF.
const LINE_END: &str = "\r\n";

/// A text cell: quoted, quotes doubled, formulas defused.
fn text(value: &str) -> String {
    let starts_like_formula = value
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    let safe = if starts_like_formula {
        format!("'{value}")
    } else {
        value.to_string()
    };
    format!("\"{}\"", safe.replace('"', "\"\""))
}

/// A number with a decimal comma and no grouping, which Dutch Excel reads as a number.
fn number(value: Decimal, decimals: u32) -> String {
    format_plain(value, decimals, Notation::Dutch)
}

fn row(cells: &[String]) -> String {
    let mut line = cells.join(SEPARATOR);
    line.push_str(LINE_END);
    line
}

/// Every scenario, both variants: first the reference municipalities under the chosen key, then the
/// participants (named ones one by one; average and newcomer members once, as they all pay the same).
pub fn results_csv(document: &Document, report: &Report, labels: &CsvLabels) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    out.push_str(&row(&[
        text(labels.scenario),
        text(labels.variant),
        text(labels.who),
        text(labels.inhabitants),
        text(labels.contribution),
    ]));
    for (scenario_index, scenario) in document.scenarios.iter().enumerate() {
        for variant in Variant::BOTH {
            let variant_name = match variant {
                Variant::Current => labels.variant_current,
                Variant::Grown => labels.variant_grown,
            };
            let prefix = [text(&scenario.name), text(variant_name)];
            for line in variant_rows(document, report.variant(variant), scenario_index, labels) {
                let (who, inhabitants, contribution) = line;
                out.push_str(&row(&[
                    prefix[0].clone(),
                    prefix[1].clone(),
                    text(&who),
                    number(inhabitants, 0),
                    contribution.map_or_else(String::new, |amount| number(amount, 2)),
                ]));
            }
        }
    }
    out
}

/// (who, inhabitants, contribution) for one scenario in one variant; no contribution where the key
/// cannot price it.
fn variant_rows(
    document: &Document,
    variant: &VariantReport,
    scenario_index: usize,
    labels: &CsvLabels,
) -> Vec<(String, Decimal, Option<Decimal>)> {
    let mut rows = Vec::new();
    let Some(result) = variant.results.get(scenario_index) else {
        return rows;
    };
    for (index, reference) in document.reference_municipalities.iter().enumerate() {
        let amount = result.references_under_key.get(index).copied().flatten();
        rows.push((
            format!("{}{}", reference.name, labels.reference_suffix),
            reference.inhabitants,
            amount,
        ));
    }
    let Ok(community) = &variant.community else {
        return rows;
    };
    let shares = result.allocation.as_ref().ok().map(|a| &a.shares);
    let mut average_done = false;
    let mut newcomer_done = false;
    for (index, member) in community.members.iter().enumerate() {
        let who = match &member.origin {
            MemberOrigin::Named(name) => name.clone(),
            MemberOrigin::Average if !average_done => {
                average_done = true;
                labels.average_municipality.to_string()
            }
            MemberOrigin::Newcomer if !newcomer_done => {
                newcomer_done = true;
                labels.newcomer.to_string()
            }
            MemberOrigin::Average | MemberOrigin::Newcomer => continue,
        };
        let amount = shares
            .and_then(|shares| shares.get(index))
            .map(|share| share.total);
        rows.push((who, member.inhabitants, amount));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_defused_and_quotes_doubled() {
        assert_eq!(text("=SUM(A1)"), "\"'=SUM(A1)\"");
        assert_eq!(text("-1"), "\"'-1\"");
        assert_eq!(text("Den \"Bosch\"; en"), "\"Den \"\"Bosch\"\"; en\"");
        assert_eq!(text("Utrecht"), "\"Utrecht\"");
    }

    #[test]
    fn numbers_use_a_decimal_comma_without_grouping() {
        assert_eq!(number("1234.565".parse().unwrap(), 2), "1234,57");
        assert_eq!(number("2420".parse().unwrap(), 2), "2420,00");
        assert_eq!(number("33333.33".parse().unwrap(), 0), "33333");
    }
}
