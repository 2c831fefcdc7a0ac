//! The results as CSV that Dutch Excel opens as it should: UTF-8 with a byte order mark (without it Excel
//! guesses Windows-1252), semicolons (the Dutch list separator), decimal commas, amounts to the cent.
//! Text is always quoted with quotes doubled, and a text that a spreadsheet would read as a formula is
//! neutralised with a leading apostrophe (CSV injection): names are text.

use rust_decimal::Decimal;

use crate::domain::cycle::invoices::{invoice_ids, Supplements};
use crate::domain::cycle::settlement::Settlement;
use crate::domain::cycle::{Invoice, MemberId};
use crate::domain::document::Document;
use crate::domain::notation::{format_plain, Notation};
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::domain::views::{member_rows, HeldAt, MemberRow, Who};

mod changes;
pub use changes::ChangesCsvLabels;

/// The words of the CSV, in the user's language (see `ui::i18n::keep`).
pub struct CsvLabels {
    pub scenario: &'static str,
    pub variant: &'static str,
    pub key: &'static str,
    pub who: &'static str,
    /// How many municipalities a row stands for; its amounts are what each of them pays.
    pub count: &'static str,
    pub inhabitants: &'static str,
    pub contribution: &'static str,
    pub custom_work: &'static str,
    pub total: &'static str,
    pub bound: &'static str,
    pub variant_current: &'static str,
    pub variant_grown: &'static str,
    /// Added after a reference municipality's name: "Klein (referentiegemeente)".
    pub reference_suffix: &'static str,
    /// A row of municipalities of average size (summary mode).
    pub average_municipality: &'static str,
    /// A row of unnamed newcomers in variant B.
    pub newcomer: &'static str,
    pub minimum: &'static str,
    pub maximum: &'static str,
    // The invoicing export.
    pub municipality: &'static str,
    pub cbs_code: &'static str,
    pub amount: &'static str,
    pub budget_year: &'static str,
    /// The last line of an exported file: "Gemaakt met" Bijdragewijzer 0.1.0, "gebouwd op" 2026-11-29.
    pub made_with: &'static str,
    pub built_on: &'static str,
    /// The year-over-year table under the results.
    pub changes: ChangesCsvLabels,
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

/// A line with one text cell, such as a note under the table.
pub fn note_row(note: &str) -> String {
    row(&[text(note)])
}

fn variant_name(variant: Variant, labels: &CsvLabels) -> &'static str {
    match variant {
        Variant::Current => labels.variant_current,
        Variant::Grown => labels.variant_grown,
    }
}

fn who(row: &MemberRow, labels: &CsvLabels) -> String {
    match &row.who {
        Who::Named(name) => name.clone(),
        Who::Average => labels.average_municipality.to_string(),
        Who::Newcomer => labels.newcomer.to_string(),
    }
}

fn bound(held_at: Option<HeldAt>, labels: &CsvLabels) -> &'static str {
    match held_at {
        Some(HeldAt::Minimum) => labels.minimum,
        Some(HeldAt::Maximum) => labels.maximum,
        None => "",
    }
}

/// Every scenario, both variants, each amount with the key that produced it: first the reference
/// municipalities under the chosen key, then the participants in the rows of the per-member table (named
/// ones one by one; unnamed ones that pay the same to the cent together, with their number), so the CSV and
/// the table agree on every cent. Where the document has last year in its history, what changes for each
/// member follows in a second table (see `changes`).
pub fn results_csv(
    document: &Document,
    report: &Report,
    labels: &CsvLabels,
    key_name: &str,
) -> String {
    let mut out = String::from(BYTE_ORDER_MARK);
    out.push_str(&row(&[
        text(labels.scenario),
        text(labels.variant),
        text(labels.key),
        text(labels.who),
        text(labels.count),
        text(labels.inhabitants),
        text(labels.contribution),
        text(labels.custom_work),
        text(labels.total),
        text(labels.bound),
    ]));
    let amount = |value: Option<Decimal>| value.map_or_else(String::new, |value| number(value, 2));
    for (scenario_index, scenario) in document.scenarios.iter().enumerate() {
        for variant in Variant::BOTH {
            let variant_report = report.variant(variant);
            let Some(result) = variant_report.results.get(scenario_index) else {
                continue;
            };
            let prefix = [
                text(&scenario.name),
                text(variant_name(variant, labels)),
                text(key_name),
            ];
            for (reference, price) in document
                .reference_municipalities
                .iter()
                .zip(&result.references_under_key)
            {
                let price = price.clone().ok();
                out.push_str(&row(&[
                    prefix[0].clone(),
                    prefix[1].clone(),
                    prefix[2].clone(),
                    text(&format!("{}{}", reference.name, labels.reference_suffix)),
                    String::new(),
                    number(reference.inhabitants, 0),
                    amount(price),
                    String::new(),
                    amount(price),
                    String::new(),
                ]));
            }
            let (Ok(community), Ok(allocation)) = (&variant_report.community, &result.allocation)
            else {
                continue;
            };
            for member in member_rows(community, allocation) {
                out.push_str(&row(&[
                    prefix[0].clone(),
                    prefix[1].clone(),
                    prefix[2].clone(),
                    text(&who(&member, labels)),
                    member.members.to_string(),
                    number(member.inhabitants, 0),
                    number(member.shared, 2),
                    number(member.custom_work, 2),
                    number(member.total, 2),
                    text(bound(member.held_at, labels)),
                ]));
            }
        }
    }
    out.push_str(&changes::changes_csv(document, report, labels));
    out
}

/// The words of the yearly cycle's CSV files, in the user's language.
pub struct CycleCsvLabels {
    pub municipality: &'static str,
    pub cbs_code: &'static str,
    pub year: &'static str,
    pub description: &'static str,
    pub inhabitants: &'static str,
    /// "Deel van het jaar", a column only when a member takes part for part of the year.
    pub part_of_year: &'static str,
    pub contribution: &'static str,
    pub custom_work: &'static str,
    pub in_kind: &'static str,
    pub offset: &'static str,
    pub amount: &'static str,
    pub supplementary: &'static str,
    pub invoiced: &'static str,
    pub paid: &'static str,
    pub outstanding: &'static str,
    pub refund: &'static str,
    pub payment: &'static str,
    /// A member of a community described by its size alone: "Gemeente" 3.
    pub unnamed_member: &'static str,
    /// "vanaf 1 april (9/12)" from the month a member joins in (None: January) and its months.
    pub describe_part_of_year: fn(Option<u8>, u8) -> String,
}

/// The name a member goes by in a file: its own, or "Gemeente 3" for the third unnamed one.
fn member_name(name: &str, id: &MemberId, labels: &CycleCsvLabels) -> String {
    match id {
        MemberId::Unnamed(index) if name.is_empty() => {
            format!("{} {}", labels.unnamed_member, index + 1)
        }
        _ => name.to_string(),
    }
}

/// The invoice list for the finance department: per member its name, CBS code, the year, a description,
/// its inhabitants and the amount invoiced; the months, custom work, work in kind and offsets in columns of
/// their own where any invoice has them. Once the invoices are recorded and the document changed, it is the
/// list of supplementary invoices (positive) or credits (negative) instead; members that left since recording
/// have only a credit. The one invoice list of the app: the results' export and the yearly cycle's.
pub fn invoice_list_csv(
    invoices: &[Invoice],
    supplements: Option<&Supplements>,
    year: Option<u16>,
    description: &str,
    labels: &CycleCsvLabels,
) -> String {
    let year = year.map_or_else(String::new, |year| year.to_string());
    let mut out = String::from(BYTE_ORDER_MARK);
    let ids = invoice_ids(invoices);
    match supplements {
        None => {
            let columns = InvoiceColumns::of(invoices);
            let mut header = vec![
                text(labels.municipality),
                text(labels.cbs_code),
                text(labels.year),
                text(labels.description),
                text(labels.inhabitants),
            ];
            let optional = [
                (columns.part_of_year, labels.part_of_year),
                (columns.breakdown, labels.contribution),
                (columns.custom_work, labels.custom_work),
                (columns.in_kind, labels.in_kind),
                (columns.offset, labels.offset),
            ];
            header.extend(
                optional
                    .iter()
                    .filter(|(shown, _)| *shown)
                    .map(|(_, label)| text(label)),
            );
            header.push(text(labels.amount));
            out.push_str(&row(&header));
            for (invoice, id) in invoices.iter().zip(&ids) {
                let mut cells = vec![
                    text(&member_name(&invoice.name, id, labels)),
                    text(invoice.code.as_deref().unwrap_or_default()),
                    year.clone(),
                    text(description),
                    number(invoice.inhabitants, 0),
                ];
                if columns.part_of_year {
                    cells.push(text(&invoice.months.map_or_else(String::new, |months| {
                        (labels.describe_part_of_year)(invoice.joins_in_month, months)
                    })));
                }
                let amounts = [
                    (columns.breakdown, invoice.contribution),
                    (columns.custom_work, invoice.custom_work),
                    (columns.in_kind, invoice.in_kind),
                    (columns.offset, invoice.offset),
                ];
                cells.extend(
                    amounts
                        .iter()
                        .filter(|(shown, _)| *shown)
                        .map(|(_, amount)| number(*amount, 2)),
                );
                cells.push(number(invoice.amount, 2));
                out.push_str(&row(&cells));
            }
        }
        Some(supplements) => {
            out.push_str(&row(&[
                text(labels.municipality),
                text(labels.cbs_code),
                text(labels.year),
                text(labels.description),
                text(labels.amount),
                text(labels.supplementary),
            ]));
            for line in &supplements.lines {
                out.push_str(&row(&[
                    text(&member_name(&line.name, &line.id, labels)),
                    text(line.code.as_deref().unwrap_or_default()),
                    year.clone(),
                    text(description),
                    line.invoiced
                        .map_or_else(String::new, |amount| number(amount, 2)),
                    number(line.difference, 2),
                ]));
            }
        }
    }
    out
}

/// Which of the invoice list's optional columns any invoice needs.
struct InvoiceColumns {
    part_of_year: bool,
    /// The contribution apart from the amount, when anything lies between them.
    breakdown: bool,
    custom_work: bool,
    in_kind: bool,
    offset: bool,
}

impl InvoiceColumns {
    fn of(invoices: &[Invoice]) -> InvoiceColumns {
        let any = |has: fn(&Invoice) -> bool| invoices.iter().any(has);
        let custom_work = any(|invoice| !invoice.custom_work.is_zero());
        let in_kind = any(|invoice| !invoice.in_kind.is_zero());
        let offset = any(|invoice| !invoice.offset.is_zero());
        InvoiceColumns {
            part_of_year: any(|invoice| invoice.months.is_some()),
            breakdown: custom_work || in_kind || offset,
            custom_work,
            in_kind,
            offset,
        }
    }
}

/// The settlement per member: invoiced, paid, outstanding, refund and supplementary payment.
pub fn settlement_csv(
    settlement: &Settlement,
    year: Option<u16>,
    labels: &CycleCsvLabels,
) -> String {
    let year = year.map_or_else(String::new, |year| year.to_string());
    let mut out = String::from(BYTE_ORDER_MARK);
    out.push_str(&row(&[
        text(labels.municipality),
        text(labels.cbs_code),
        text(labels.year),
        text(labels.invoiced),
        text(labels.paid),
        text(labels.outstanding),
        text(labels.refund),
        text(labels.payment),
    ]));
    for line in &settlement.lines {
        out.push_str(&row(&[
            text(&member_name(&line.name, &line.id, labels)),
            text(line.code.as_deref().unwrap_or_default()),
            year.clone(),
            number(line.invoiced, 2),
            number(line.paid, 2),
            number(line.outstanding, 2),
            number(line.refund, 2),
            number(line.payment, 2),
        ]));
    }
    out
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

#[cfg(test)]
mod cycle_tests {
    use super::*;
    use crate::domain::cycle::invoices::{compare, invoices_now};
    use crate::domain::cycle::settlement::settle;
    use crate::domain::example::example;
    use crate::domain::report::compute;

    const LABELS: CycleCsvLabels = CycleCsvLabels {
        municipality: "gemeente",
        cbs_code: "CBS-code",
        year: "jaar",
        description: "omschrijving",
        inhabitants: "inwoners",
        part_of_year: "deel van het jaar",
        contribution: "bijdrage",
        custom_work: "maatwerk",
        in_kind: "in natura",
        offset: "verrekend",
        amount: "bedrag",
        supplementary: "aanvulling",
        invoiced: "gefactureerd",
        paid: "betaald",
        outstanding: "openstaand",
        refund: "terug",
        payment: "bijstorting",
        unnamed_member: "Gemeente",
        describe_part_of_year: |joins, months| format!("{joins:?} {months}/12"),
    };

    #[test]
    fn the_invoice_list_has_a_line_per_member_with_its_amount_and_supplement() {
        let document = example();
        let report = compute(&document).unwrap();
        let invoices = invoices_now(&document, &report, 1).unwrap();
        let plain = invoice_list_csv(&invoices, None, Some(2027), "Bijdrage", &LABELS);
        let lines: Vec<&str> = plain.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 46);
        assert_eq!(
            lines[0],
            "\u{feff}\"gemeente\";\"CBS-code\";\"jaar\";\"omschrijving\";\"inwoners\";\"bedrag\""
        );
        let first = format!(
            "\"Gemeente 1\";\"\";2027;\"Bijdrage\";{};{}",
            number(invoices[0].inhabitants, 0),
            number(invoices[0].amount, 2)
        );
        assert_eq!(lines[1], first);
        let supplements = compare(&invoices, &invoices).unwrap();
        let with = invoice_list_csv(
            &invoices,
            Some(&supplements),
            Some(2027),
            "Bijdrage",
            &LABELS,
        );
        assert!(with.split("\r\n").nth(1).unwrap().ends_with(";0,00"));
        let settlement = settle(&document, &report).unwrap();
        let csv = settlement_csv(&settlement, Some(2027), &LABELS);
        assert_eq!(csv.trim_end().split("\r\n").count(), 46);
    }

    #[test]
    fn months_and_work_in_kind_get_columns_of_their_own_only_where_used() {
        use crate::domain::ways_to_pay::in_kind::{InKindItem, InKindValue};
        let named = || {
            let mut document = example();
            document.participants.mode = crate::domain::participants::ParticipantMode::List;
            document.participants.list =
                [("Utrecht", 361_000), ("Zeist", 65_000), ("Houten", 50_000)]
                    .into_iter()
                    .map(|(name, inhabitants)| {
                        crate::domain::participants::Municipality::new(
                            name,
                            Decimal::from(inhabitants),
                        )
                    })
                    .collect();
            document
        };
        let mut document = named();
        document.participants.list[1].joins_in_month = Some(4);
        document.participants.list[2].in_kind = vec![InKindItem {
            description: "Ontwikkelaar".into(),
            value: InKindValue::Hours {
                hours: Decimal::from(200),
            },
        }];
        let report = compute(&document).unwrap();
        let invoices = invoices_now(&document, &report, 0).unwrap();
        let csv = invoice_list_csv(&invoices, None, Some(2027), "Bijdrage", &LABELS);
        let lines: Vec<Vec<&str>> = csv
            .trim_start_matches(BYTE_ORDER_MARK)
            .trim_end()
            .split("\r\n")
            .map(|line| line.split(';').collect())
            .collect();
        assert_eq!(
            lines[0],
            [
                "\"gemeente\"",
                "\"CBS-code\"",
                "\"jaar\"",
                "\"omschrijving\"",
                "\"inwoners\"",
                "\"deel van het jaar\"",
                "\"bijdrage\"",
                "\"in natura\"",
                "\"bedrag\""
            ]
        );
        assert_eq!(lines[2][5], "\"Some(4) 9/12\"");
        assert_eq!(lines[1][5], "\"\"");
        let value = Decimal::from(200) * document.rates.hourly_rate;
        let contribution = invoices[2].contribution;
        let counted = value.min(contribution);
        assert_eq!(lines[3][6], number(contribution, 2));
        assert_eq!(lines[3][7], number(counted, 2));
        assert_eq!(lines[3][8], number(contribution - counted, 2));
        // Without months or work in kind the list keeps its plain columns.
        let plain_document = named();
        let plain_report = compute(&plain_document).unwrap();
        let plain = invoices_now(&plain_document, &plain_report, 0).unwrap();
        let plain = invoice_list_csv(&plain, None, None, "B", &LABELS);
        assert_eq!(plain.lines().next().unwrap().matches(';').count(), 5);
    }
}
