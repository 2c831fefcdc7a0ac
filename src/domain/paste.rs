//! Reading a list of municipalities pasted from Excel or a CSV file: a name and inhabitants per line,
//! optionally usage figures, separated by tabs (Excel) or semicolons (Dutch CSV), numbers in Dutch or plain
//! notation. Nothing is taken silently: every line that is not understood is reported with its reason.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::notation::{parse_number, ParseNumberError};
use super::participants::Municipality;
use super::validation::{MAX_INHABITANTS, MAX_QUANTITY};

/// Why a pasted line was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The first column is empty.
    NoName,
    /// There is no second column.
    NoInhabitants,
    /// The inhabitants column holds text that is not a number.
    InhabitantsNotANumber {
        text: String,
    },
    InhabitantsNegative,
    InhabitantsTooLarge,
    /// A usage column holds text that is not a number (or a negative or huge one).
    UsageNotANumber {
        metric: String,
        text: String,
    },
}

/// A line that was skipped, with its line number in the pasted text (1-based) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedLine {
    pub line: usize,
    pub text: String,
    pub reason: SkipReason,
}

/// What a paste was understood as; nothing changes in the document until the user accepts it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PastedList {
    /// The municipalities read, in the order of the text.
    pub municipalities: Vec<Municipality>,
    /// The line number (1-based) of each municipality.
    pub lines: Vec<usize>,
    /// Usage metrics of the usage columns, in column order.
    pub metrics: Vec<String>,
    /// Whether the first line was read as a header.
    pub header: bool,
    pub skipped: Vec<SkippedLine>,
}

/// The column separator of a paste: a tab if any line has one (Excel), otherwise a semicolon.
fn separator(text: &str) -> char {
    if text.contains('\t') {
        '\t'
    } else {
        ';'
    }
}

/// Splits one line into cells, honouring double quotes as CSV writes them ("a;b" and "" for a quote).
pub fn split_cells(line: &str, separator: char) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            '"' if quoted => quoted = false,
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            c if c == separator && !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    cells
        .into_iter()
        .map(|cell| cell.trim().to_string())
        .collect()
}

/// Reads a pasted list. Columns after name and inhabitants are usage metrics: named by the header when
/// there is one, otherwise by `known_metrics` in order, and beyond those by `unnamed_metric(column)`
/// (column counted from 1 among the usage columns).
pub fn parse_pasted_list(
    text: &str,
    known_metrics: &[String],
    unnamed_metric: impl Fn(usize) -> String,
) -> PastedList {
    let separator = separator(text);
    let mut result = PastedList::default();
    let mut seen_content = false;
    for (index, raw) in text.lines().enumerate() {
        let line_number = index + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let cells = split_cells(line, separator);
        if cells.iter().all(|cell| cell.is_empty()) {
            continue;
        }
        if !seen_content {
            seen_content = true;
            if is_header(&cells) {
                result.header = true;
                result.metrics = cells
                    .iter()
                    .skip(2)
                    .enumerate()
                    .map(|(column, name)| {
                        if name.is_empty() {
                            unnamed_metric(column + 1)
                        } else {
                            name.clone()
                        }
                    })
                    .collect();
                continue;
            }
        }
        let usage_columns = cells.len().saturating_sub(2);
        while result.metrics.len() < usage_columns && !result.header {
            let column = result.metrics.len();
            let name = known_metrics
                .get(column)
                .cloned()
                .unwrap_or_else(|| unnamed_metric(column + 1));
            result.metrics.push(name);
        }
        match read_row(&cells, &result.metrics) {
            Ok(municipality) => {
                result.municipalities.push(municipality);
                result.lines.push(line_number);
            }
            Err(reason) => result.skipped.push(SkippedLine {
                line: line_number,
                text: line.to_string(),
                reason,
            }),
        }
    }
    result
}

/// A first line is a header when its second cell is text rather than a number ("Gemeente;Inwoners").
fn is_header(cells: &[String]) -> bool {
    match cells.get(1) {
        Some(second) => matches!(parse_number(second), Err(ParseNumberError::NotANumber)),
        None => false,
    }
}

fn read_row(cells: &[String], metrics: &[String]) -> Result<Municipality, SkipReason> {
    let name = cells.first().map(String::as_str).unwrap_or_default();
    if name.is_empty() {
        return Err(SkipReason::NoName);
    }
    let inhabitants_text = cells.get(1).map(String::as_str).unwrap_or_default();
    let inhabitants = match parse_number(inhabitants_text) {
        Ok(value) if value.is_sign_negative() && !value.is_zero() => {
            return Err(SkipReason::InhabitantsNegative)
        }
        Ok(value) if value > MAX_INHABITANTS => return Err(SkipReason::InhabitantsTooLarge),
        Ok(value) => value,
        Err(ParseNumberError::Empty) => return Err(SkipReason::NoInhabitants),
        Err(ParseNumberError::TooLarge) => return Err(SkipReason::InhabitantsTooLarge),
        Err(ParseNumberError::NotANumber) => {
            return Err(SkipReason::InhabitantsNotANumber {
                text: inhabitants_text.to_string(),
            })
        }
    };
    let mut usage = BTreeMap::new();
    for (cell, metric) in cells.iter().skip(2).zip(metrics) {
        if cell.is_empty() {
            continue;
        }
        match parse_number(cell) {
            Ok(value) if !value.is_sign_negative() && value <= MAX_QUANTITY => {
                usage.insert(metric.clone(), value);
            }
            _ => {
                return Err(SkipReason::UsageNotANumber {
                    metric: metric.clone(),
                    text: cell.clone(),
                })
            }
        }
    }
    Ok(Municipality {
        name: name.to_string(),
        inhabitants,
        usage,
        custom_work: Decimal::ZERO,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    fn unnamed(column: usize) -> String {
        format!("gebruik {column}")
    }

    #[test]
    fn quoted_cells_keep_separators_and_doubled_quotes() {
        assert_eq!(
            split_cells(r#""Bergen (NH); dorp";"1.234""#, ';'),
            vec!["Bergen (NH); dorp".to_string(), "1.234".to_string()]
        );
        assert_eq!(
            split_cells(r#""Zeg ""hoi"" ";5"#, ';'),
            vec![r#"Zeg "hoi""#.to_string(), "5".to_string()]
        );
    }

    #[test]
    fn a_headerless_paste_uses_known_metrics() {
        let pasted = parse_pasted_list("Ede\t118.000\t12", &["meldingen".into()], unnamed);
        assert!(!pasted.header);
        assert_eq!(pasted.metrics, vec!["meldingen".to_string()]);
        assert_eq!(pasted.municipalities[0].inhabitants, dec("118000"));
        assert_eq!(pasted.municipalities[0].usage["meldingen"], dec("12"));
    }
}
