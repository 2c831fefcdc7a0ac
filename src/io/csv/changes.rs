//! "Wat verandert er per gemeente" in the results CSV: where the document has last year in its history, a
//! second table under the results, one line per member of the year-over-year table (this year's members in
//! list order, then those that left): last year's invoice, this year's contribution, the change in euros
//! and percent, and the effects that make it up, to the cent. The figures are the report's
//! (`report.cycle.year_over_year`), so the CSV and the table on the page agree on every cent.

use rust_decimal::Decimal;

use super::{note_row, number, row, text, CsvLabels};
use crate::domain::cycle::year_over_year::{Presence, YearOverYear};
use crate::domain::cycle::MemberId;
use crate::domain::document::Document;
use crate::domain::report::Report;

/// The words of the year-over-year table in the CSV.
pub struct ChangesCsvLabels {
    /// Above the table: "Wat verandert er per gemeente sinds 2027 (Scenario Streef)".
    pub heading: &'static str,
    pub since: &'static str,
    pub last_year: &'static str,
    pub this_year: &'static str,
    pub change: &'static str,
    pub change_percent: &'static str,
    pub adjustments: &'static str,
    pub budget: &'static str,
    pub members: &'static str,
    pub size: &'static str,
    pub key: &'static str,
    pub status: &'static str,
    pub joined: &'static str,
    pub left: &'static str,
    /// Under the table when a step could not be allocated, so the effects are left empty.
    pub not_split: &'static str,
}

/// The year-over-year table as CSV lines (a blank line first), or nothing without last year's table.
pub(super) fn changes_csv(document: &Document, report: &Report, labels: &CsvLabels) -> String {
    let Some(Ok(table)) = &report.cycle.year_over_year else {
        return String::new();
    };
    let words = &labels.changes;
    let scenario = document
        .scenarios
        .get(report.cycle.adopted_scenario)
        .map(|scenario| scenario.name.as_str())
        .unwrap_or_default();
    let mut out = String::from(super::LINE_END);
    let since = table
        .last_year
        .map(|year| format!(" {} {year}", words.since))
        .unwrap_or_default();
    out.push_str(&note_row(&format!(
        "{}{since} ({} {scenario})",
        words.heading, labels.scenario
    )));
    out.push_str(&row(&[
        text(labels.municipality),
        text(words.status),
        text(words.last_year),
        text(words.this_year),
        text(words.change),
        text(words.change_percent),
        text(words.adjustments),
        text(words.budget),
        text(words.members),
        text(words.size),
        text(words.key),
    ]));
    out.push_str(&rows(table, labels));
    if table.failed.is_some() {
        out.push_str(&note_row(words.not_split));
    }
    out
}

fn rows(table: &YearOverYear, labels: &CsvLabels) -> String {
    let words = &labels.changes;
    let amount = |value: Decimal| number(value, 2);
    let mut out = String::new();
    for change in &table.rows {
        let name = match (&change.id, change.name.trim()) {
            (MemberId::Unnamed(index), "") => format!("{} {}", labels.municipality, index + 1),
            _ => change.name.clone(),
        };
        let status = match change.presence {
            Presence::Both => "",
            Presence::Joined => words.joined,
            Presence::Left => words.left,
        };
        let effects = match &change.effects {
            Some(effects) => [
                effects.adjustments,
                effects.budget,
                effects.members,
                effects.size,
                effects.key,
            ]
            .map(amount),
            None => Default::default(),
        };
        let mut cells = vec![
            text(&name),
            text(status),
            amount(change.last),
            amount(change.this),
            amount(change.change),
            change
                .percent
                .map_or_else(String::new, |percent| number(percent, 1)),
        ];
        cells.extend(effects);
        out.push_str(&row(&cells));
    }
    out
}
