//! Reading a list of municipalities pasted from Excel or a CSV file: a name and inhabitants per line,
//! optionally usage figures, separated by tabs (Excel) or semicolons (Dutch CSV), numbers in Dutch or plain
//! notation. A name without inhabitants takes the figure of the built-in directory of municipalities.
//! Nothing is taken silently: every line that is not understood is reported with its reason, and so are
//! Excel's habits that would distort the list: total and subtotal rows, zero and fractional inhabitants.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::directory::refresh::CLOSEST;
use super::directory::{directory, normalise};
use super::notation::{parse_number, ParseNumberError};
use super::participants::Municipality;
use super::validation::{MAX_INHABITANTS, MAX_QUANTITY};

/// Why a pasted line was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// The first column is empty.
    NoName,
    /// No inhabitants are given and the directory does not know the name; these are the closest names it
    /// does know (possibly none).
    NotInDirectory {
        closest: Vec<&'static str>,
    },
    /// The inhabitants column holds text that is not a number.
    InhabitantsNotANumber {
        text: String,
    },
    InhabitantsNegative,
    InhabitantsTooLarge,
    /// No municipality has zero inhabitants: an empty cell in Excel, or a row that is no municipality.
    InhabitantsZero,
    /// Inhabitants are whole people: "45,123" is 45 comma 123 in Dutch notation, not 45,123 people.
    InhabitantsNotWhole {
        text: String,
    },
    /// A total or subtotal row by its name ("Totaal", "Subtotaal", "Total", "Sum", "Som").
    TotalRow,
    /// A row whose inhabitants equal the sum of the rows above it: a total without the word.
    SumOfRowsAbove,
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
    /// Whether each municipality's inhabitants come from the built-in directory (its name was given
    /// without a figure).
    pub from_directory: Vec<bool>,
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
    let mut running = RunningSums::default();
    let rows: Vec<(&str, Vec<String>)> = text
        .lines()
        .map(|raw| {
            let line = raw.trim_end_matches('\r');
            let mut cells = split_cells(line, separator);
            // Excel and CSV exports often end rows with empty cells ("Ede;118000;"): they are no column.
            while cells.last().is_some_and(String::is_empty) {
                cells.pop();
            }
            (line, cells)
        })
        .collect();
    for (index, (line, cells)) in rows.iter().enumerate() {
        let line_number = index + 1;
        if cells.is_empty() {
            continue;
        }
        // A total without its word is recognised only where totals stand: at the end of the list or of a
        // block (before an empty line). Inside a list, 1.000, 2.000 and 3.000 are three municipalities.
        let ends_block = rows.get(index + 1).is_none_or(|(_, next)| next.is_empty());
        if !seen_content {
            seen_content = true;
            if is_header(cells) {
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
        let sums = ends_block.then_some(&running);
        match read_row(cells, &result.metrics, sums) {
            Ok(row) => {
                running.add(row.municipality.inhabitants);
                result.municipalities.push(row.municipality);
                result.lines.push(line_number);
                result.from_directory.push(row.from_directory);
            }
            Err(reason) => {
                if matches!(reason, SkipReason::TotalRow | SkipReason::SumOfRowsAbove) {
                    running.close_section();
                }
                result.skipped.push(SkippedLine {
                    line: line_number,
                    text: (*line).to_string(),
                    reason,
                })
            }
        }
    }
    result
}

/// The inhabitants read so far, to recognise a total row without its word: in the whole list and in the
/// section since the last (sub)total.
#[derive(Debug, Default)]
struct RunningSums {
    all: Decimal,
    all_rows: usize,
    section: Decimal,
    section_rows: usize,
}

impl RunningSums {
    fn add(&mut self, inhabitants: Decimal) {
        self.all = self.all.checked_add(inhabitants).unwrap_or(Decimal::MAX);
        self.all_rows += 1;
        self.section = self
            .section
            .checked_add(inhabitants)
            .unwrap_or(Decimal::MAX);
        self.section_rows += 1;
    }

    fn close_section(&mut self) {
        self.section = Decimal::ZERO;
        self.section_rows = 0;
    }

    /// Whether the value is the sum of at least two rows above it: all of them, or those of this section
    /// (a subtotal). One row above is not enough: two municipalities of equal size are common.
    fn is_sum(&self, value: Decimal) -> bool {
        (self.all_rows >= 2 && value == self.all)
            || (self.section_rows >= 2 && value == self.section)
    }
}

/// Whether a name is that of a total or subtotal row: its first word is a total word ("Totaal",
/// "Som noord"), or it starts as one once spaces and punctuation are left out ("Sub-totaal", "Grand total").
/// No municipality's name does either (tests/paste.rs pastes them all).
fn is_total_name(name: &str) -> bool {
    const TOTAL_WORDS: [&str; 9] = [
        "totaal",
        "subtotaal",
        "eindtotaal",
        "totalen",
        "total",
        "subtotal",
        "totals",
        "sum",
        "som",
    ];
    let first_word = name
        .split(|c: char| !c.is_alphanumeric())
        .find(|word| !word.is_empty())
        .unwrap_or_default();
    let word = normalise(first_word);
    let whole = normalise(name);
    TOTAL_WORDS.contains(&word.as_str())
        || ["subtotaal", "subtotal", "grandtotal", "eindtotaal"]
            .iter()
            .any(|start| whole.starts_with(start))
}

/// Words a header of a names-only column is: "Gemeente", "Naam", "Municipality".
fn is_name_header(cell: &str) -> bool {
    const HEADER_WORDS: [&str; 8] = [
        "gemeente",
        "gemeenten",
        "gemeentenaam",
        "naam",
        "name",
        "municipality",
        "municipalities",
        "deelnemer",
    ];
    HEADER_WORDS.contains(&normalise(cell).as_str())
}

/// A first line is a header when its second cell is text rather than a number ("Gemeente;Inwoners"), or
/// when it is a single cell that names the column ("Gemeente") in a paste of names only.
fn is_header(cells: &[String]) -> bool {
    match cells {
        [only] => is_name_header(only) && directory().find(only).is_none(),
        [_, second, ..] => matches!(parse_number(second), Err(ParseNumberError::NotANumber)),
        [] => false,
    }
}

/// A row that was taken.
struct Row {
    municipality: Municipality,
    from_directory: bool,
}

/// Reads one row; `sums` are the figures above it when a total may stand here.
fn read_row(
    cells: &[String],
    metrics: &[String],
    sums: Option<&RunningSums>,
) -> Result<Row, SkipReason> {
    let name = cells.first().map(String::as_str).unwrap_or_default();
    if name.is_empty() {
        return Err(SkipReason::NoName);
    }
    if is_total_name(name) {
        return Err(SkipReason::TotalRow);
    }
    let known = directory().find(name);
    let inhabitants_text = cells.get(1).map(String::as_str).unwrap_or_default();
    let (inhabitants, from_directory) = match parse_number(inhabitants_text) {
        Ok(value) if value.is_sign_negative() && !value.is_zero() => {
            return Err(SkipReason::InhabitantsNegative)
        }
        Ok(value) if value > MAX_INHABITANTS => return Err(SkipReason::InhabitantsTooLarge),
        Ok(value) if value.is_zero() => return Err(SkipReason::InhabitantsZero),
        Ok(value) if !value.fract().is_zero() => {
            return Err(SkipReason::InhabitantsNotWhole {
                text: inhabitants_text.to_string(),
            })
        }
        // A municipality the directory knows is never a total, even when its figure happens to be one.
        Ok(value) if known.is_none() && sums.is_some_and(|sums| sums.is_sum(value)) => {
            return Err(SkipReason::SumOfRowsAbove)
        }
        Ok(value) => (value.trunc(), false),
        Err(ParseNumberError::Empty) => match known {
            Some(entry) => (entry.inhabitants_decimal(), true),
            None => {
                return Err(SkipReason::NotInDirectory {
                    closest: directory()
                        .closest(name, CLOSEST)
                        .into_iter()
                        .map(|entry| entry.name)
                        .collect(),
                })
            }
        },
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
    Ok(Row {
        municipality: Municipality {
            usage,
            ..Municipality::new(name, inhabitants)
        },
        from_directory,
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
