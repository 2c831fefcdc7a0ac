//! Section 9: the settlement at year end: income, spend, the reserve, and refunds or supplementary payments
//! per member.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::cycle::settlement::is_input_problem;
use crate::domain::cycle::settlement::{opening_reserve, Settlement};
use crate::domain::cycle::{DeficitChoice, ReserveCeiling, SurplusChoice};
use crate::domain::notation::Precision;
use crate::io::csv::settlement_csv;
use crate::io::download::download;
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::button::Button;
use crate::ui::copyable_text::CopyableText;
use crate::ui::fields::{
    Choice, NumberField, NumberRule, OptionalNumberField, RadioGroup, SelectField,
};
use crate::ui::help::Help;
use crate::ui::sections::invoices::shown_name;
use crate::ui::words::words;

/// Which kind of ceiling the reserve has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CeilingKind {
    None,
    Percent,
    Amount,
}

impl Choice for CeilingKind {
    fn to_value(&self) -> String {
        match self {
            CeilingKind::None => "geen",
            CeilingKind::Percent => "percentage",
            CeilingKind::Amount => "bedrag",
        }
        .to_string()
    }
    fn from_value(value: &str) -> Option<Self> {
        [CeilingKind::None, CeilingKind::Percent, CeilingKind::Amount]
            .into_iter()
            .find(|kind| kind.to_value() == value)
    }
}

#[component]
pub fn SettlementSection() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().cycle();
    let settlement = Memo::new(move |_| {
        state.report.with(|report| {
            report
                .as_ref()
                .ok()
                .and_then(|report| report.cycle.settlement.clone())
        })
    });
    let amount = move |value: Decimal| state.lang.get().money(value, state.precision.get());
    let cents = move |value: Decimal| state.lang.get().money(value, Precision::Cents);
    let settled = move |read: fn(&Settlement) -> Decimal| {
        move || {
            settlement.with(|settlement| match settlement {
                Some(Ok(settlement)) => Some(amount(read(settlement))),
                _ => None,
            })
        }
    };
    let problem = move || {
        let lang = state.lang.get();
        settlement.with(|settlement| match settlement {
            Some(Err(problem)) => Some(view! {
                <p class=if is_input_problem(problem) { "bw-error" } else { "bw-hint" }
                    data-testid=if is_input_problem(problem) { "error" } else { "cycle-unavailable" }
                    role=is_input_problem(problem).then_some("alert")>{lang.cycle().settlement_problem(problem)}</p>
            }),
            _ => None,
        })
    };
    let notes = move || {
        let texts = texts();
        settlement.with(|settlement| match settlement {
            Some(Ok(settlement)) => {
                let mut notes: Vec<String> = settlement
                    .notes
                    .iter()
                    .map(|note| texts.settlement_note(*note).to_string())
                    .collect();
                if !settlement.recorded {
                    notes.insert(0, texts.not_recorded.to_string());
                }
                notes.extend(texts.lines_without_actual(settlement.lines_without_actual));
                notes
                    .into_iter()
                    .map(|note| view! { <p class="bw-note">{note}</p> })
                    .collect_view()
                    .into_any()
            }
            _ => ().into_any(),
        })
    };
    let ceiling_kind = Signal::derive(move || {
        state
            .document
            .with(|document| match document.cycle.settlement.reserve_ceiling {
                None => CeilingKind::None,
                Some(ReserveCeiling::Percent(_)) => CeilingKind::Percent,
                Some(ReserveCeiling::Amount(_)) => CeilingKind::Amount,
            })
    });
    let ceiling_value = Signal::derive(move || {
        state
            .document
            .with(|document| match document.cycle.settlement.reserve_ceiling {
                Some(ReserveCeiling::Percent(value)) | Some(ReserveCeiling::Amount(value)) => value,
                None => Decimal::ZERO,
            })
    });
    let set_ceiling_kind = Callback::new(move |kind: CeilingKind| {
        state.edit(|document| {
            document.cycle.settlement.reserve_ceiling = match kind {
                CeilingKind::None => None,
                CeilingKind::Percent => Some(ReserveCeiling::Percent(Decimal::from(15))),
                CeilingKind::Amount => Some(ReserveCeiling::Amount(Decimal::ZERO)),
            }
        })
    });
    let member_rows = move || {
        let texts = texts();
        settlement.with(|settlement| {
            let Some(Ok(settlement)) = settlement else {
                return ().into_any();
            };
            settlement
                .lines
                .iter()
                .map(|line| {
                    let key = line.id.key();
                    let name = shown_name(texts, &line.name, &line.id);
                    let invoiced = line.invoiced;
                    let toggle_key = key.clone();
                    let toggle = move |event: leptos::ev::Event| {
                        let checked = event_target_checked(&event);
                        let key = toggle_key.clone();
                        state.edit(|document| {
                            if checked {
                                document.cycle.settlement.paid.remove(&key);
                            } else {
                                document.cycle.settlement.paid.insert(key, Decimal::ZERO);
                            }
                        });
                    };
                    let field_key = key.clone();
                    let value_key = key.clone();
                    let checkbox_id = format!("betaald-{key}");
                    let label_for = checkbox_id.clone();
                    view! {
                        <tr>
                            <th scope="row">{name.clone()}</th>
                            <td class="bw-number">{cents(invoiced)}</td>
                            <td>
                                <label class="bw-toggle" for=label_for>
                                    <input type="checkbox" id=checkbox_id data-testid="paid"
                                        prop:checked={line.paid > Decimal::ZERO || invoiced.is_zero()}
                                        disabled=invoiced.is_zero()
                                        on:change=toggle />
                                    <span class="bw-visually-hidden">{format!("{} ({name})", texts.paid)}</span>
                                </label>
                            </td>
                            <td class="bw-number">
                                <OptionalNumberField
                                    label=Signal::derive(move || format!("{} ({})", state.lang.get().cycle().paid_amount, name))
                                    label_hidden=true
                                    value=Signal::derive(move || state.document.with(|document| document.cycle.settlement.paid.get(&value_key).copied()))
                                    on_change=Callback::new(move |value: Option<Decimal>| {
                                        let key = field_key.clone();
                                        state.edit(|document| match value {
                                            Some(value) => { document.cycle.settlement.paid.insert(key, value); }
                                            None => { document.cycle.settlement.paid.remove(&key); }
                                        })
                                    })
                                    rule=NumberRule { max: Some(invoiced), ..NumberRule::money() }
                                    placeholder=Signal::derive(move || cents(invoiced))
                                />
                            </td>
                            <td class="bw-number">{cents(line.outstanding)}</td>
                            <td class="bw-number" data-testid="refund">{cents(line.refund)}</td>
                            <td class="bw-number" data-testid="payment">{cents(line.payment)}</td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let export = move |_| {
        let lang = state.lang.get_untracked();
        let csv = settlement.with_untracked(|settlement| match settlement {
            Some(Ok(settlement)) => Some(settlement_csv(
                settlement,
                state
                    .document
                    .with_untracked(|document| document.budget_year),
                &lang.cycle_csv_labels(),
            )),
            _ => None,
        });
        if let Some(csv) = csv {
            download("jaarafrekening.csv", "text/csv;charset=utf-8", &csv);
        }
    };
    let letter = Signal::derive(move || {
        let lang = state.lang.get();
        settlement.with(|settlement| match settlement {
            Some(Ok(settlement)) => state.document.with(|document| {
                lang.cycle()
                    .settlement_text(&document.name, document.budget_year, settlement)
            }),
            Some(Err(problem)) => lang.cycle().settlement_problem(problem),
            None => lang.texts().document_has_problems.to_string(),
        })
    });
    let summary_row = move |label: fn(Lang) -> &'static str,
                            read: fn(&Settlement) -> Decimal,
                            testid: &'static str| {
        view! {
            <tr data-testid=testid>
                <th scope="row">{words(label)}</th>
                <td class="bw-number">{settled(read)}</td>
            </tr>
        }
    };
    view! {
        <section id="jaarafrekening" class="bw-section bw-screen-only" data-testid="settlement" aria-labelledby="jaarafrekening-kop">
            <h2 class="utrecht-heading-2" id="jaarafrekening-kop">{move || texts().settlement_heading}</h2>
            <Help paragraphs=|l: Lang| l.cycle().settlement_help />
            <div class="bw-fields">
                <NumberField
                    label=words(|l| l.cycle().other_income)
                    value=state.value(|d| d.cycle.settlement.other_income)
                    on_change=state.setter(|d, v| d.cycle.settlement.other_income = v)
                    rule=NumberRule::money()
                    id="afrekening-overige-inkomsten"
                />
                <OptionalNumberField
                    label=words(|l| l.cycle().opening_reserve)
                    value=state.value(|d| d.cycle.settlement.opening_reserve)
                    on_change=state.setter(|d, v| d.cycle.settlement.opening_reserve = v)
                    rule=NumberRule::money()
                    placeholder=Signal::derive(move || state.document.with(|document| cents(opening_reserve(document))))
                    id="afrekening-reserve-begin"
                />
                <SelectField
                    label=words(|l| l.cycle().ceiling_kind)
                    options=Signal::derive(move || {
                        let texts = texts();
                        vec![
                            (CeilingKind::None, texts.ceiling_none.to_string()),
                            (CeilingKind::Percent, texts.ceiling_percent.to_string()),
                            (CeilingKind::Amount, texts.ceiling_amount.to_string()),
                        ]
                    })
                    value=ceiling_kind
                    on_change=set_ceiling_kind
                    id="afrekening-plafond-soort"
                />
                <Show when=move || ceiling_kind.get() == CeilingKind::Percent>
                    <NumberField
                        label=words(|l| l.cycle().ceiling_value)
                        value=ceiling_value
                        on_change=state.setter(|d, v| d.cycle.settlement.reserve_ceiling = Some(ReserveCeiling::Percent(v)))
                        rule=NumberRule::percent(Decimal::ZERO, Decimal::ONE_HUNDRED)
                        unit=Signal::derive(|| "%".to_string())
                        id="afrekening-plafond-percentage"
                    />
                </Show>
                <Show when=move || ceiling_kind.get() == CeilingKind::Amount>
                    <NumberField
                        label=words(|l| l.cycle().ceiling_value)
                        value=ceiling_value
                        on_change=state.setter(|d, v| d.cycle.settlement.reserve_ceiling = Some(ReserveCeiling::Amount(v)))
                        rule=NumberRule::money()
                        id="afrekening-plafond-bedrag"
                    />
                </Show>
            </div>
            <RadioGroup
                legend=words(|l| l.cycle().surplus_choice)
                name="overschot"
                options=Signal::derive(move || {
                    let texts = texts();
                    vec![
                        (SurplusChoice::ReserveThenRefund, texts.surplus_reserve_then_refund.to_string()),
                        (SurplusChoice::AllToReserve, texts.surplus_all_to_reserve.to_string()),
                        (SurplusChoice::RefundAll, texts.surplus_refund_all.to_string()),
                    ]
                })
                value=state.value(|d| d.cycle.settlement.surplus)
                on_change=state.setter(|d, v| d.cycle.settlement.surplus = v)
            />
            <RadioGroup
                legend=words(|l| l.cycle().deficit_choice)
                name="tekort"
                options=Signal::derive(move || {
                    let texts = texts();
                    vec![
                        (DeficitChoice::ReserveThenMembers, texts.deficit_reserve_then_members.to_string()),
                        (DeficitChoice::MembersOnly, texts.deficit_members_only.to_string()),
                    ]
                })
                value=state.value(|d| d.cycle.settlement.deficit)
                on_change=state.setter(|d, v| d.cycle.settlement.deficit = v)
            />
            <label class="bw-toggle">
                <input type="checkbox" data-testid="offset-next-year"
                    prop:checked=move || state.document.with(|d| d.cycle.settlement.offset_next_year)
                    on:change=move |event| {
                        let on = event_target_checked(&event);
                        state.edit(|d| d.cycle.settlement.offset_next_year = on);
                    } />
                {move || texts().offset_next_year}
            </label>
            {problem}
            {notes}
            <div class="bw-table-scroll">
                <table class="utrecht-table bw-table" data-testid="settlement-summary">
                    <caption class="utrecht-table__caption">{move || texts().settlement_caption}</caption>
                    <tbody>
                        {summary_row(|l| l.cycle().invoiced, |s| s.invoiced, "settlement-invoiced")}
                        {summary_row(|l| l.cycle().outstanding, |s| s.outstanding, "settlement-outstanding")}
                        {summary_row(|l| l.cycle().other_income, |s| s.other_income, "settlement-other-income")}
                        {summary_row(|l| l.cycle().income, |s| s.income, "settlement-income")}
                        {summary_row(|l| l.cycle().actual_spend, |s| s.actual_spend, "settlement-spend")}
                        {summary_row(|l| l.cycle().result, |s| s.result, "settlement-result")}
                        {summary_row(|l| l.cycle().opening_reserve, |s| s.opening_reserve, "settlement-reserve-opening")}
                        {summary_row(|l| l.cycle().to_reserve, |s| s.to_reserve, "settlement-to-reserve")}
                        {summary_row(|l| l.cycle().from_reserve, |s| s.from_reserve, "settlement-from-reserve")}
                        {summary_row(|l| l.cycle().refund, |s| s.refunds, "settlement-refunds")}
                        {summary_row(|l| l.cycle().payment, |s| s.payments, "settlement-payments")}
                        {summary_row(|l| l.cycle().shortfall, |s| s.shortfall, "settlement-shortfall")}
                        {summary_row(|l| l.cycle().reserve_closing, |s| s.closing_reserve, "settlement-reserve-closing")}
                    </tbody>
                </table>
            </div>
            <div class="bw-table-scroll">
                <table class="utrecht-table bw-table" data-testid="settlement-members">
                    <caption class="utrecht-table__caption">{move || texts().members_caption}</caption>
                    <thead><tr>
                        <th scope="col">{move || texts().municipality}</th>
                        <th scope="col" class="bw-number">{move || texts().invoiced}</th>
                        <th scope="col">{move || texts().paid}</th>
                        <th scope="col" class="bw-number">{move || texts().paid_amount}</th>
                        <th scope="col" class="bw-number">{move || texts().outstanding}</th>
                        <th scope="col" class="bw-number">{move || texts().refund}</th>
                        <th scope="col" class="bw-number">{move || texts().payment}</th>
                    </tr></thead>
                    <tbody>{member_rows}</tbody>
                </table>
            </div>
            <div class="bw-copy-row">
                <Button label=words(|l| l.cycle().export_settlement) testid="export-settlement-csv" on_click=export />
            </div>
            <CopyableText
                heading=words(|l| l.cycle().settlement_text_heading)
                text=letter
                file_name=Signal::derive(|| "jaarafrekening.txt".to_string())
                name="settlement-letter"
            />
        </section>
    }
}
