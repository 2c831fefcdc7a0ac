//! Section 8: the budget year's invoices, recorded once, and every later edit as a supplementary invoice or
//! credit per member.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::cycle::invoices::{invoices_now, record, Supplements};
use crate::domain::cycle::{identities, Invoice, MemberId};
use crate::domain::notation::format_number;
use crate::io::csv::invoice_list_csv;
use crate::io::download::download;
use crate::state::use_state;
use crate::text::{CycleTexts, Lang};
use crate::ui::button::Button;
use crate::ui::fields::{scenario_options, SelectField};
use crate::ui::help::Help;
use crate::ui::words::words;

/// The name a row shows: the member's own, or "Gemeente 3".
pub fn shown_name(texts: &CycleTexts, name: &str, id: &MemberId) -> String {
    match id {
        MemberId::Unnamed(index) => texts.member_name(name, Some(*index)),
        _ => name.to_string(),
    }
}

#[derive(Clone, PartialEq)]
enum Shown {
    /// Not recorded yet: the invoices the document gives now.
    Now(Vec<Invoice>),
    Recorded {
        summary: (String, Option<u16>, Decimal),
        supplements: Supplements,
    },
    Problem(String),
}

#[component]
pub fn Invoices() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().cycle();
    let chosen = RwSignal::new(None::<usize>);
    // Recorded invoices keep their scenario, also when recorded again.
    let scenario = Signal::derive(move || {
        state.document.with(|document| {
            document
                .cycle
                .invoices
                .as_ref()
                .map(|record| record.scenario)
                .or(chosen.get())
                .unwrap_or_else(|| document.recommended_scenario())
        })
    });
    let shown = Memo::new(move |_| {
        let lang = state.lang.get();
        state.report.with(|report| {
            let Ok(report) = report else {
                return Shown::Problem(lang.texts().document_has_problems.to_string());
            };
            state
                .document
                .with(|document| match &document.cycle.invoices {
                    None => match invoices_now(document, report, scenario.get()) {
                        Ok(invoices) => Shown::Now(invoices),
                        Err(error) => Shown::Problem(lang.texts().calc_error(&error)),
                    },
                    Some(record) => match &report.cycle.supplements {
                        Some(Ok(supplements)) => Shown::Recorded {
                            summary: (record.scenario_name.clone(), record.year, record.total),
                            supplements: supplements.clone(),
                        },
                        Some(Err(error)) => Shown::Problem(lang.texts().calc_error(error)),
                        None => Shown::Problem(String::new()),
                    },
                })
        })
    });
    let amount = move |value: Decimal| state.lang.get().money(value, state.precision.get());
    let record_now = move |_| {
        let recorded = state.report.with(|report| {
            let report = report.as_ref().ok()?;
            state
                .document
                .with(|document| record(document, report, scenario.get_untracked()).ok())
        });
        if let Some(recorded) = recorded {
            state.edit(|document| document.cycle.invoices = Some(recorded));
        }
    };
    let export = move |_| {
        let lang = state.lang.get_untracked();
        let csv = state.report.with(|report| {
            let report = report.as_ref().ok()?;
            state.document.with(|document| {
                let description = lang
                    .cycle()
                    .invoice_description(&document.name, document.budget_year);
                let labels = lang.cycle_csv_labels();
                Some(match &document.cycle.invoices {
                    Some(record) => invoice_list_csv(
                        &record.lines,
                        report
                            .cycle
                            .supplements
                            .as_ref()
                            .and_then(|s| s.as_ref().ok()),
                        record.year,
                        &description,
                        &labels,
                    ),
                    None => invoice_list_csv(
                        &invoices_now(document, report, scenario.get_untracked()).ok()?,
                        None,
                        document.budget_year,
                        &description,
                        &labels,
                    ),
                })
            })
        });
        if let Some(csv) = csv {
            let year = state
                .document
                .with_untracked(|document| document.budget_year)
                .map(|year| format!("-{year}"))
                .unwrap_or_default();
            download(
                &format!("facturen{year}.csv"),
                "text/csv;charset=utf-8",
                &csv,
            );
        }
    };
    let recorded = move || shown.with(|shown| matches!(shown, Shown::Recorded { .. }));
    let table = move || {
        let texts = texts();
        let lang = state.lang.get();
        shown.with(|shown| match shown {
            Shown::Problem(message) if message.is_empty() => ().into_any(),
            Shown::Problem(message) => {
                view! { <p class="bw-hint" data-testid="cycle-unavailable">{message.clone()}</p> }
                    .into_any()
            }
            Shown::Now(invoices) => {
                let ids = identities(invoices.iter().map(|i| (i.name.as_str(), i.code.as_deref())));
                let total: Decimal = invoices.iter().map(|invoice| invoice.amount).sum();
                let rows = invoices
                    .iter()
                    .zip(&ids)
                    .map(|(invoice, id)| {
                        view! {
                            <tr>
                                <th scope="row">{shown_name(texts, &invoice.name, id)}</th>
                                <td>{invoice.code.clone().unwrap_or_default()}</td>
                                <td class="bw-number">{format_number(invoice.inhabitants, 0, lang.notation())}</td>
                                <td class="bw-number">{amount(invoice.amount)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="bw-table-scroll">
                        <table class="utrecht-table bw-table" data-testid="invoices">
                            <caption class="utrecht-table__caption">{texts.invoices_caption_now}</caption>
                            <thead><tr>
                                <th scope="col">{texts.municipality}</th>
                                <th scope="col">{texts.cbs_code}</th>
                                <th scope="col" class="bw-number">{texts.inhabitants}</th>
                                <th scope="col" class="bw-number">{texts.invoice_amount}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                            <tfoot><tr>
                                <th scope="row">{texts.total}</th><td></td><td></td>
                                <td class="bw-number">{amount(total)}</td>
                            </tr></tfoot>
                        </table>
                    </div>
                }
                .into_any()
            }
            Shown::Recorded {
                summary,
                supplements,
            } => {
                let signed = move |value: Decimal| {
                    lang.signed_money(value, crate::domain::notation::Precision::Cents)
                };
                let rows = supplements
                    .lines
                    .iter()
                    .map(|line| {
                        let status = match (line.invoiced, line.now) {
                            (None, _) => Some(texts.joined_since),
                            (_, None) => Some(texts.left_since),
                            _ => None,
                        };
                        view! {
                            <tr>
                                <th scope="row">
                                    {shown_name(texts, &line.name, &line.id)}
                                    {status.map(|status| view! { " " <span class="bw-tag">{format!("({status})")}</span> })}
                                </th>
                                <td>{line.code.clone().unwrap_or_default()}</td>
                                <td class="bw-number">{line.invoiced.map(amount)}</td>
                                <td class="bw-number">{line.now.map(amount)}</td>
                                <td class="bw-number" data-testid="supplement">{signed(line.difference)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let (scenario_name, year, total) = summary.clone();
                view! {
                    <p data-testid="invoices-recorded">{texts.recorded_summary(&scenario_name, year, total)}</p>
                    <div class="bw-table-scroll">
                        <table class="utrecht-table bw-table" data-testid="invoices">
                            <caption class="utrecht-table__caption">{texts.invoices_caption_recorded}</caption>
                            <thead><tr>
                                <th scope="col">{texts.municipality}</th>
                                <th scope="col">{texts.cbs_code}</th>
                                <th scope="col" class="bw-number">{texts.invoiced}</th>
                                <th scope="col" class="bw-number">{texts.invoice_now}</th>
                                <th scope="col" class="bw-number">{texts.supplement}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                            <tfoot><tr>
                                <th scope="row">{texts.total}</th><td></td>
                                <td class="bw-number">{amount(supplements.invoiced)}</td>
                                <td class="bw-number">{amount(supplements.now)}</td>
                                <td class="bw-number" data-testid="supplements-total">{signed(supplements.change)}</td>
                            </tr></tfoot>
                        </table>
                    </div>
                    <p>{texts.supplements_add_up(supplements.change)}</p>
                }
                .into_any()
            }
        })
    };
    view! {
        <section id="facturen" class="bw-section bw-screen-only" data-testid="invoices-section" aria-labelledby="facturen-kop">
            <h2 class="utrecht-heading-2" id="facturen-kop">{move || texts().invoices_heading}</h2>
            <Help paragraphs=|l: Lang| l.cycle().invoices_help />
            <Show when=move || !recorded()>
                <SelectField
                    label=words(|l| l.cycle().adopted_scenario)
                    options=scenario_options()
                    value=scenario
                    on_change=Callback::new(move |value: usize| chosen.set(Some(value)))
                    id="facturen-scenario"
                />
            </Show>
            <div class="bw-copy-row">
                <Button
                    label=Signal::derive(move || {
                        let texts = texts();
                        if recorded() { texts.record_again } else { texts.record_invoices }.to_string()
                    })
                    testid="record-invoices"
                    on_click=record_now
                />
                <Button label=words(|l| l.cycle().export_invoices) testid="export-invoices-csv" on_click=export />
            </div>
            {table}
        </section>
    }
}
