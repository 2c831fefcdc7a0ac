//! Step 4 beyond the template tables: every participant's contribution under the chosen key for one
//! scenario and variant, and the effect of growth. Plain tables written from the report, so that 342
//! municipalities stay cheap: no inputs, no per-row signals.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::cycle::invoices::invoices_for;
use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::notation::Precision;
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::domain::views::{
    custom_work_total, explain_share, in_kind_summary, member_rows, priced_amount, priced_columns,
    priced_growth_effect, rounding_gap, PricedColumn,
};
use crate::domain::ways_to_pay::months::FULL_YEAR;
use crate::io::csv::invoice_list_csv;
use crate::io::download::download;
use crate::io::json::file_stem;
use crate::state::use_state;
use crate::text::{Lang, ResultTexts};
use crate::ui::button::Button;
use crate::ui::fields::SelectField;
use crate::ui::guidance::calc_problem;
use crate::ui::sections::key_compare::{ScenarioVariantChoice, ScenarioVariantPicker};
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::words::words;

/// A rate per inhabitant, or a dash where there is none (no inhabitants).
fn rate_or_dash(value: &Result<Decimal, CalcError>, lang: Lang) -> String {
    match value {
        Ok(value) => lang.rate(*value),
        Err(_) => "–".into(),
    }
}

/// The table of every participant's contribution, with the notes under it, or why there is none.
#[derive(Debug, Clone, PartialEq)]
enum MemberTable {
    Shown {
        table: Table,
        /// Why the whole-euro column does not add up to the total, when it does not.
        rounding_note: Option<String>,
        /// What the bound column means, when a row is held at a bound.
        bound_note: Option<&'static str>,
        /// What comes in as money, when members deliver work in kind.
        cash_note: Option<String>,
        /// Who each row is, by its first member: what "Waarom dit bedrag?" offers.
        row_names: Vec<(usize, String)>,
    },
    Problem(CalcError),
}

fn member_table(
    document: &Document,
    report: &Report,
    scenario: usize,
    variant: Variant,
    lang: Lang,
    precision: Precision,
) -> Option<MemberTable> {
    let (texts, t) = (lang.texts(), lang.results());
    let show = move |amount| lang.money(amount, precision);
    let variant_report = report.variant(variant);
    let result = variant_report.results.get(scenario)?;
    let community = match &variant_report.community {
        Ok(community) => community,
        Err(error) => return Some(MemberTable::Problem(error.clone())),
    };
    let allocation = match &result.allocation {
        Ok(allocation) => allocation,
        Err(error) => return Some(MemberTable::Problem(error.clone())),
    };
    let scenario_name = document
        .scenarios
        .get(scenario)
        .map(|s| s.name.clone())
        .unwrap_or_default();
    let variant_name = match variant {
        Variant::Current => t.variant_a,
        Variant::Grown => t.variant_b,
    };
    let rows = member_rows(community, allocation);
    let contributions = match result.contributions() {
        Ok(contributions) => contributions,
        Err(error) => return Some(MemberTable::Problem(error)),
    };
    let in_kind = match in_kind_summary(&rows, community, document.rates.hourly_rate) {
        Ok(in_kind) => in_kind,
        Err(error) => return Some(MemberTable::Problem(error)),
    };
    let w = lang.ways_to_pay();
    let part_of_year = rows.iter().any(|row| row.months < FULL_YEAR);
    let total_custom = match custom_work_total(&rows) {
        Ok(total) => show(total),
        Err(error) => texts.calc_error_short(&error),
    };
    let rounding_note = rounding_gap(&rows, contributions, precision)
        .ok()
        .flatten()
        .map(|gap| t.rounding_note(&show(gap.shown_sum), &show(gap.shown_total)));
    let bound_note = rows
        .iter()
        .any(|row| row.held_at.is_some())
        .then_some(t.bound_note);
    let cash_note = in_kind
        .any()
        .then(|| w.cash_received_line(in_kind.cash, in_kind.before, in_kind.counted, precision));
    let mut head = vec![
        Cell::head(lang.participants().name),
        Cell::number_head(lang.participants().inhabitants),
    ];
    if part_of_year {
        head.push(Cell::head(w.months_column));
    }
    head.extend([
        Cell::number_head(t.contribution),
        Cell::number_head(lang.participants().custom_work),
        Cell::number_head(t.total),
    ]);
    if in_kind.any() {
        head.extend([
            Cell::number_head(w.in_kind_counted),
            Cell::number_head(w.invoice_after_in_kind),
        ]);
    }
    head.extend([
        Cell::number_head(t.per_inhabitant),
        Cell::head(t.bound_column),
    ]);
    let mut table = Table::new(
        t.participants_caption(
            &scenario_name,
            variant_name,
            texts.key_name(document.key.kind),
        ),
        head,
    )
    .id("participant-results")
    .testid("participant-table");
    let mut choices = Vec::with_capacity(rows.len());
    for (row, count) in rows.iter().zip(&in_kind.rows) {
        let first = row.first_member;
        let who = t.who(&row.who, row.members);
        choices.push((first, who.clone()));
        let mut cells = vec![
            Cell::row_head(who),
            Cell::number(lang.whole(row.inhabitants)),
        ];
        if part_of_year {
            let months = if row.months < FULL_YEAR {
                w.part_of_year(row.joins_in_month, row.months)
            } else {
                w.all_year.to_string()
            };
            cells.push(Cell::text(months).testid(format!("months-{first}")));
        }
        cells.extend([
            Cell::number(show(row.shared)).testid(format!("contribution-{first}")),
            Cell::number(show(row.custom_work)),
            Cell::number(show(row.total)),
        ]);
        if in_kind.any() {
            cells.extend([
                Cell::number(show(count.counted)).testid(format!("in-kind-{first}")),
                Cell::number(show(count.invoice)).testid(format!("cash-{first}")),
            ]);
        }
        cells.extend([
            Cell::number(rate_or_dash(&row.per_inhabitant, lang)),
            Cell::text(t.held_at(row.held_at)).testid(format!("bound-{first}")),
        ]);
        table
            .body
            .push(Row::new(cells).testid(format!("participant-row-{first}")));
    }
    let mut foot = vec![
        Cell::row_head(t.totals_row),
        Cell::number(lang.whole(variant_report.total_inhabitants)),
    ];
    if part_of_year {
        foot.push(Cell::text(""));
    }
    foot.extend([
        Cell::number(show(contributions)).testid("contribution-total"),
        Cell::number(total_custom),
        Cell::number(show(allocation.collected)),
    ]);
    if in_kind.any() {
        foot.extend([
            Cell::number(show(in_kind.counted)).testid("in-kind-total"),
            Cell::number(show(in_kind.cash)).testid("cash-total"),
        ]);
    }
    foot.extend([
        Cell::number(rate_or_dash(&result.per_inhabitant, lang)),
        Cell::text(""),
    ]);
    table.foot.push(Row::new(foot));
    Some(MemberTable::Shown {
        table,
        rounding_note,
        bound_note,
        cash_note,
        row_names: choices,
    })
}

#[component]
pub fn ParticipantResults() -> impl IntoView {
    let state = use_state();
    let choice = ScenarioVariantChoice::new(state);
    let (scenario, variant) = (choice.scenario, choice.variant);
    // The row whose amount "Waarom dit bedrag?" explains, by its first member.
    let explained = RwSignal::new(0usize);
    let shown = Memo::new(move |_| {
        let (lang, precision) = (state.lang.get(), state.precision.get());
        let (scenario, variant) = (scenario.get(), variant.get());
        state.report.with(|report| {
            let report = report.as_ref().ok()?;
            state
                .document
                .with(|document| member_table(document, report, scenario, variant, lang, precision))
        })
    });
    let table = Memo::new(move |_| {
        shown.with(|shown| match shown {
            Some(MemberTable::Shown { table, .. }) => Some(table.clone()),
            _ => None,
        })
    });
    let notes = move || {
        shown.with(|shown| match shown {
            Some(MemberTable::Shown {
                rounding_note,
                bound_note,
                cash_note,
                ..
            }) => {
                let rounding_note = rounding_note.clone().map(|note| {
                    view! { <p class="bw-note" data-testid="rounding-note">{note}</p> }
                });
                let bound_note = bound_note.map(|note| view! { <p class="bw-note">{note}</p> });
                let cash_note = cash_note.clone().map(|note| {
                    view! { <p class="bw-note" data-testid="cash-received">{note}</p> }
                });
                Some(view! { {rounding_note} {bound_note} {cash_note} }.into_any())
            }
            Some(MemberTable::Problem(error)) => Some(
                state
                    .document
                    .with(|document| calc_problem(state.lang.get(), document, error)),
            ),
            None => None,
        })
    };
    // "Waarom dit bedrag?" lives outside the table, whose markup `DataTable` writes; it offers the table's
    // rows.
    let explain_options = Memo::new(move |_| {
        shown.with(|shown| match shown {
            Some(MemberTable::Shown { row_names, .. }) => row_names.clone(),
            _ => Vec::new(),
        })
    });
    let explanation = move || {
        let lang = state.lang.get();
        let precision = state.precision.get();
        let (scenario, variant) = (scenario.get(), variant.get());
        let first = explained.get();
        state.report.with(|report| {
            let variant_report = report.as_ref().ok()?.variant(variant);
            let (community, allocation) = variant_report.division(scenario)?;
            let total = variant_report.results.get(scenario)?.total;
            let index = if first < community.count() { first } else { 0 };
            let name = explain_options.with(|options| {
                options
                    .iter()
                    .find(|(value, _)| *value == index)
                    .map(|(_, name)| name.clone())
            })?;
            Some(
                state
                    .document
                    .with(|d| {
                        explain_share(
                            &d.key,
                            community,
                            allocation,
                            total,
                            index,
                            d.rates.hourly_rate,
                        )
                    })
                    .map(|e| lang.results().explain_share(&name, &e, lang, precision))
                    .unwrap_or_else(|error| lang.texts().calc_error(&error)),
            )
        })
    };
    let export_invoice = move |_| {
        let lang = state.lang.get_untracked();
        let (scenario, variant) = (scenario.get_untracked(), variant.get_untracked());
        let csv = state.report.with_untracked(|report| {
            let report = report.as_ref().ok()?;
            state.document.with_untracked(|document| {
                let invoices = invoices_for(document, report, scenario, variant).ok()?;
                let t = lang.results();
                let description = ResultTexts::invoice_description(
                    &lang
                        .cycle()
                        .invoice_description(&document.name, document.budget_year),
                    &document.scenarios.get(scenario)?.name,
                    match variant {
                        Variant::Current => t.variant_a,
                        Variant::Grown => t.variant_b,
                    },
                    lang.texts().key_name(document.key.kind),
                );
                let csv = invoice_list_csv(
                    &invoices,
                    None,
                    document.budget_year,
                    &description,
                    &lang.cycle_csv_labels(),
                );
                Some((csv, format!("{}-facturering.csv", file_stem(document))))
            })
        });
        if let Some((csv, name)) = csv {
            download(&name, "text/csv;charset=utf-8", &csv);
        }
    };
    view! {
        <h3>{words(|l| l.results().participants_table_heading)}</h3>
        <div class="bw-field-row">
            <ScenarioVariantPicker choice=choice id_prefix="results" />
        </div>
        <DataTable table=table />
        {notes}
        <Button label=words(|l| l.results().export_invoice) testid="export-invoice-csv" on_click=export_invoice />
        <div class="bw-explain">
            <SelectField
                label=words(|l| l.results().why_label)
                options=explain_options
                value=explained
                on_change=move |first| explained.set(first)
                id="why-member"
            />
            <p class="bw-outcome" data-testid="why-amount" aria-live="polite">{explanation}</p>
        </div>
    }
}

/// What growth from variant A to B does to what a municipality pays under the chosen key: per scenario, and
/// per reference municipality when the key prices sizes.
pub fn growth_effect_table(
    document: &Document,
    report: &Report,
    lang: Lang,
    precision: Precision,
) -> Table {
    let (texts, t) = (lang.texts(), lang.results());
    let columns = priced_columns(document);
    let cell = |value: &Result<Decimal, CalcError>| match value {
        Ok(amount) => lang.money(*amount, precision),
        Err(error) => texts.calc_error_short(error),
    };
    // A scenario the key cannot divide, now or after growth, gets one row with the reason instead of an
    // error in every cell.
    let failure = |index: usize| {
        let failed = |variant: Variant| {
            report
                .variant(variant)
                .results
                .get(index)
                .and_then(|result| result.allocation.as_ref().err())
        };
        match (failed(Variant::Current), failed(Variant::Grown)) {
            (None, None) => None,
            (Some(error), after) => Some(texts.undivided_message(true, after.is_some(), error)),
            (None, Some(error)) => Some(texts.undivided_message(false, true, error)),
        }
    };
    let mut table = Table::new(
        t.growth_effect_caption,
        vec![
            Cell::head(texts.col_scenario),
            Cell::number_head(t.per_municipality_a),
            Cell::number_head(t.per_municipality_b),
            Cell::number_head(t.drop),
        ],
    )
    .id("growth-effect")
    .testid("growth-effect");
    let mut row = 0;
    for (index, scenario) in document.scenarios.iter().enumerate() {
        let name = &scenario.name;
        if let Some(message) = failure(index) {
            table.body.push(Row::new(vec![
                Cell::row_head(name.clone()),
                Cell::message(message, 3),
            ]));
            continue;
        }
        for column in &columns {
            let label = match column {
                PricedColumn::Reference(reference) => format!(
                    "{name}: {}",
                    document
                        .reference_municipalities
                        .get(*reference)
                        .map(|r| r.name.as_str())
                        .unwrap_or_default()
                ),
                _ => name.clone(),
            };
            let amount = |variant: Variant| {
                report
                    .variant(variant)
                    .results
                    .get(index)
                    .map(|result| cell(&priced_amount(result, *column)))
                    .unwrap_or_default()
            };
            let drop = match report
                .growth_effect
                .get(index)
                .map(|effect| priced_growth_effect(effect, *column))
            {
                Some(Ok(percent)) => {
                    crate::domain::notation::format_percent(percent, lang.notation())
                }
                Some(Err(error)) => texts.calc_error_short(&error),
                None => String::new(),
            };
            table.body.push(Row::new(vec![
                Cell::row_head(label),
                Cell::number(amount(Variant::Current)),
                Cell::number(amount(Variant::Grown)),
                Cell::number(drop).testid(format!("growth-effect-{row}")),
            ]));
            row += 1;
        }
    }
    table
}
