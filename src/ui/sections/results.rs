//! Section 4: results and growth, starting with the template tables of variant A and B.

use leptos::prelude::*;

use rust_decimal::Decimal;

use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::key::KeyKind;
use crate::domain::notation::Precision;
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::guidance::{complete_memo, Guidance};
use crate::ui::help::Help;
use crate::ui::sections::results_participants::{growth_effect_table, ParticipantResults};
use crate::ui::sections::shortfall::Shortfall;
use crate::ui::table::{Cell, DataTables, Row, Table};
use crate::ui::words::words;

#[component]
pub fn Results() -> impl IntoView {
    let state = use_state();
    let complete = complete_memo();
    // The tables of the report, rebuilt when the report, the language or the precision changes.
    let tables = Memo::new(move |_| {
        let (lang, precision) = (state.lang.get(), state.precision.get());
        state.report.with(|report| {
            let Ok(report) = report else {
                return Vec::new();
            };
            state.document.with(|document| {
                let mut tables: Vec<Table> = Variant::BOTH
                    .iter()
                    .map(|variant| template_table(document, report, *variant, lang, precision))
                    .collect();
                tables.extend(Variant::BOTH.iter().filter_map(|variant| {
                    coverage_table(document, report, *variant, lang, precision)
                }));
                tables.extend(comparison_table(document, report, lang, precision));
                tables.push(growth_effect_table(document, report, lang, precision));
                tables
            })
        })
    });
    view! {
        <section class="bw-section" id="resultaten" data-testid="results" aria-labelledby="resultaten-heading">
            <h2 id="resultaten-heading">{words(|l| l.texts().results_heading)}</h2>
            <Help paragraphs=|l| l.results().results_help />
            {move || match state.report.with(|report| report.is_ok()) {
                true if !complete.get() => view! { <Guidance /> }.into_any(),
                true => view! {
                    <DataTables tables=tables />
                    <Shortfall />
                }
                .into_any(),
                false => view! { <p class="bw-error" data-testid="error" role="alert">{words(|l| l.texts().document_has_problems)}</p> }.into_any(),
            }}
            <ParticipantResults />
        </section>
    }
}

/// An amount, or why it cannot be given (short, with the full reason on hover).
pub fn amount_cell(value: &Result<Decimal, CalcError>, lang: Lang, precision: Precision) -> Cell {
    match value {
        Ok(amount) => Cell::number(lang.money(*amount, precision)),
        Err(error) => {
            Cell::number(lang.texts().calc_error_short(error)).title(lang.texts().calc_error(error))
        }
    }
}

/// "Scenario | Totaal | Per gemeente | Klein | Middel | Groot" for one variant, under the chosen key: the
/// guide's template table, with each reference municipality paying what the key (bounds included) asks.
fn template_table(
    document: &Document,
    report: &Report,
    variant: Variant,
    lang: Lang,
    precision: Precision,
) -> Table {
    let texts = lang.texts();
    let variant_report = report.variant(variant);
    let title = match variant {
        Variant::Current => texts.variant_current,
        Variant::Grown => texts.variant_grown,
    };
    let caption = format!(
        "{title} ({} {}, {} {}): {} {}",
        variant_report.count,
        texts.municipalities,
        lang.whole(variant_report.total_inhabitants),
        texts.inhabitants,
        texts.template_caption,
        texts.key_name(document.key.kind),
    );
    let mut head = vec![
        Cell::head(texts.col_scenario),
        Cell::number_head(texts.col_total),
        Cell::number_head(texts.per_municipality_heading(document.key.kind)),
    ];
    head.extend(
        document
            .reference_municipalities
            .iter()
            .map(|reference| Cell::number_head(reference.name.clone())),
    );
    let mut table = Table::new(caption, head).id(match variant {
        Variant::Current => "template-a",
        Variant::Grown => "template-b",
    });
    for (scenario, result) in document.scenarios.iter().zip(&variant_report.results) {
        let mut cells = vec![
            Cell::row_head(scenario.name.clone()),
            Cell::number(lang.money(result.total, precision)),
        ];
        match &result.allocation {
            // A scenario the key cannot divide gets one message across its amounts, not an error per cell.
            Err(error) => {
                let (now, after) = match variant {
                    Variant::Current => (true, false),
                    Variant::Grown => (false, true),
                };
                cells.push(Cell::message(
                    texts.undivided_message(now, after, error),
                    1 + document.reference_municipalities.len(),
                ));
            }
            Ok(_) => {
                cells.push(amount_cell(&result.per_municipality, lang, precision));
                cells.extend(
                    result
                        .references_under_key
                        .iter()
                        .map(|value| amount_cell(value, lang, precision)),
                );
            }
        }
        table.body.push(Row::new(cells));
    }
    table
}

/// Under the tariff key the budget follows from the tariffs: per scenario what they collect against its
/// total, the coverage, the surplus or shortfall, and from how many members on a scenario not covered is.
fn coverage_table(
    document: &Document,
    report: &Report,
    variant: Variant,
    lang: Lang,
    precision: Precision,
) -> Option<Table> {
    let (texts, w) = (lang.texts(), lang.ways_to_pay());
    let results = &report.variant(variant).results;
    if results.iter().all(|result| result.coverage.is_none()) {
        return None;
    }
    let title = match variant {
        Variant::Current => texts.variant_current,
        Variant::Grown => texts.variant_grown,
    };
    let id = match variant {
        Variant::Current => "coverage-a",
        Variant::Grown => "coverage-b",
    };
    let mut table = Table::new(
        format!("{}: {title}", w.coverage_caption),
        vec![
            Cell::head(texts.col_scenario),
            Cell::number_head(texts.col_total),
            Cell::number_head(w.coverage_collected),
            Cell::number_head(w.coverage_percent),
            Cell::number_head(format!("{} / {}", w.coverage_surplus, w.coverage_shortfall)),
            Cell::head(w.coverage_affordable),
            Cell::head(w.coverage_from_members),
        ],
    )
    .id(id)
    .testid(id);
    for (index, (scenario, result)) in document.scenarios.iter().zip(results).enumerate() {
        let mut cells = vec![
            Cell::row_head(scenario.name.clone()),
            Cell::number(lang.money(result.total, precision)),
        ];
        match &result.coverage {
            Some(Ok(coverage)) => {
                let percent = coverage.percent.map_or_else(
                    || "–".to_string(),
                    |percent| crate::domain::notation::format_percent(percent, lang.notation()),
                );
                let difference = lang.signed_money(coverage.difference, precision);
                let from = match (coverage.covered(), coverage.members_needed) {
                    (true, _) => "–".to_string(),
                    (false, Some(count)) => w.members(count),
                    (false, None) => w.coverage_never.to_string(),
                };
                cells.extend([
                    Cell::number(lang.money(coverage.collected, precision))
                        .testid(format!("{id}-collected-{index}")),
                    Cell::number(percent).testid(format!("{id}-percent-{index}")),
                    Cell::number(difference).testid(format!("{id}-difference-{index}")),
                    Cell::text(if coverage.covered() {
                        w.coverage_yes
                    } else {
                        w.coverage_no
                    })
                    .testid(format!("{id}-affordable-{index}")),
                    Cell::text(from).testid(format!("{id}-from-{index}")),
                ]);
            }
            Some(Err(error)) => cells.push(Cell::message(texts.calc_error(error), 5)),
            None => cells.push(Cell::message(String::new(), 5)),
        }
        table.body.push(Row::new(cells));
    }
    Some(table)
}

/// The guide's own view for comparison when another key is chosen: the equal share and each reference
/// municipality by inhabitants alone, now and after growth.
fn comparison_table(
    document: &Document,
    report: &Report,
    lang: Lang,
    precision: Precision,
) -> Option<Table> {
    if document.key.kind == KeyKind::Inhabitants
        && document.key.minimum.is_none()
        && document.key.maximum.is_none()
    {
        return None;
    }
    let texts = lang.texts();
    let mut head = vec![
        Cell::head(texts.col_scenario),
        Cell::number_head(texts.col_per_municipality_equal),
    ];
    head.extend(
        document
            .reference_municipalities
            .iter()
            .map(|reference| Cell::number_head(reference.name.clone())),
    );
    let mut table = Table::new(texts.comparison_caption, head).id("template-comparison");
    for (index, scenario) in document.scenarios.iter().enumerate() {
        for variant in Variant::BOTH {
            let Some(result) = report.variant(variant).results.get(index) else {
                continue;
            };
            let suffix = match variant {
                Variant::Current => texts.suffix_now,
                Variant::Grown => texts.suffix_after_growth,
            };
            let mut cells = vec![
                Cell::row_head(format!("{} {suffix}", scenario.name)),
                amount_cell(&result.per_municipality, lang, precision),
            ];
            cells.extend(
                result
                    .references_by_inhabitants
                    .iter()
                    .map(|value| amount_cell(value, lang, precision)),
            );
            table.body.push(Row::new(cells));
        }
    }
    Some(table)
}
