//! Section 11: "Wat verandert er voor mijn gemeente?": each member's change against last year, split into
//! its effects, as a table and as sentences for a letter.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::cycle::phase_in::{Held, PhaseIn};
use crate::domain::cycle::year_over_year::{MemberChange, Presence, YearOverYear};
use crate::domain::cycle::MemberId;
use crate::domain::notation::format_number;
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::copyable_text::CopyableText;
use crate::ui::fields::{NumberRule, OptionalNumberField};
use crate::ui::help::Help;
use crate::ui::sections::invoices::shown_name;
use crate::ui::words::words;

#[component]
pub fn YearOverYearSection() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().cycle();
    let table = Memo::new(move |_| {
        state.report.with(|report| {
            report
                .as_ref()
                .ok()
                .and_then(|report| report.cycle.year_over_year.clone())
        })
    });
    let name_of = move |change: &MemberChange| {
        let texts = state.lang.get().cycle();
        match change.id {
            MemberId::Unnamed(_) => shown_name(texts, &change.name, &change.id),
            _ => change.name.clone(),
        }
    };
    let body = move || {
        let lang = state.lang.get();
        let texts = lang.cycle();
        let precision = state.precision.get();
        let amount = move |value: Decimal| lang.money(value, precision);
        let signed = move |value: Decimal| lang.signed_money(value, precision);
        table.with(|table| match table {
            None => view! { <p data-testid="year-over-year-none">{texts.no_history}</p> }.into_any(),
            Some(Err(error)) => view! {
                <p class="bw-hint" data-testid="cycle-unavailable">{lang.texts().calc_error(error)}</p>
            }
            .into_any(),
            Some(Ok(YearOverYear { rows, failed, .. })) => {
                let show_adjustments = rows.iter().any(|row| {
                    row.effects
                        .as_ref()
                        .is_some_and(|effects| !effects.adjustments.is_zero())
                });
                let split = failed.is_none();
                let lines = rows
                    .iter()
                    .map(|row| {
                        let status = match row.presence {
                            Presence::Joined => Some(texts.new_member),
                            Presence::Left => Some(texts.left_member),
                            Presence::Both => None,
                        };
                        let percent = row.percent.map(|percent| {
                            let shown = format_number(percent, 1, lang.notation());
                            if percent > Decimal::ZERO { format!("+{shown}%") } else { format!("{shown}%") }
                        });
                        let effects = row.effects.clone().unwrap_or_default();
                        view! {
                            <tr>
                                <th scope="row">
                                    {name_of(row)}
                                    {status.map(|status| view! { " " <span class="bw-tag">{format!("({status})")}</span> })}
                                </th>
                                <td class="bw-number">{(row.presence != Presence::Joined).then(|| amount(row.last))}</td>
                                <td class="bw-number">{(row.presence != Presence::Left).then(|| amount(row.this))}</td>
                                <td class="bw-number">{signed(row.change)}</td>
                                <td class="bw-number">{percent}</td>
                                {show_adjustments.then(|| view! { <td class="bw-number">{signed(effects.adjustments)}</td> })}
                                {split.then(|| view! {
                                    <td class="bw-number">{signed(effects.budget)}</td>
                                    <td class="bw-number">{signed(effects.members)}</td>
                                    <td class="bw-number">{signed(effects.size)}</td>
                                    <td class="bw-number">{signed(effects.key)}</td>
                                })}
                            </tr>
                        }
                    })
                    .collect_view();
                let failure = failed.as_ref().map(|(step, error)| {
                    let reason = lang.texts().calc_error(error);
                    view! { <p class="bw-note" data-testid="year-over-year-failed">{texts.step_failed(*step, &reason)}</p> }
                });
                view! {
                    {failure}
                    <div class="bw-table-scroll">
                        <table class="utrecht-table bw-table" data-testid="year-over-year">
                            <caption class="utrecht-table__caption">{texts.changes_heading}</caption>
                            <thead><tr>
                                <th scope="col">{texts.municipality}</th>
                                <th scope="col" class="bw-number">{texts.last_year}</th>
                                <th scope="col" class="bw-number">{texts.this_year}</th>
                                <th scope="col" class="bw-number">{texts.change}</th>
                                <th scope="col" class="bw-number">{texts.percent}</th>
                                {show_adjustments.then(|| view! { <th scope="col" class="bw-number">{texts.effect_adjustments}</th> })}
                                {split.then(|| view! {
                                    <th scope="col" class="bw-number">{texts.effect_budget}</th>
                                    <th scope="col" class="bw-number">{texts.effect_members}</th>
                                    <th scope="col" class="bw-number">{texts.effect_size}</th>
                                    <th scope="col" class="bw-number">{texts.effect_key}</th>
                                })}
                            </tr></thead>
                            <tbody>{lines}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        })
    };
    let sentences = Signal::derive(move || {
        let texts = state.lang.get().cycle();
        table.with(|table| match table {
            Some(Ok(table)) => table
                .rows
                .iter()
                .map(|row| texts.change_sentence(&name_of(row), row, table.last_year))
                .collect::<Vec<_>>()
                .join("\n"),
            _ => String::new(),
        })
    });
    // Also when this year cannot be allocated (a phase-in too tight), so that the fields stay to mend it.
    let has_history = move || table.with(Option::is_some);
    let phase_in = Memo::new(move |_| {
        state.report.with(|report| {
            report
                .as_ref()
                .ok()
                .and_then(|report| report.cycle.phase_in.clone())
        })
    });
    let phase_in_table = move || {
        let lang = state.lang.get();
        let texts = lang.cycle();
        let precision = state.precision.get();
        phase_in.with(|phase_in| match phase_in {
            None => ().into_any(),
            Some(Err(error)) => view! {
                <p class="bw-hint" data-testid="cycle-unavailable">{lang.texts().calc_error(error)}</p>
            }
            .into_any(),
            Some(Ok(report)) => {
                let rows = report
                    .rows
                    .iter()
                    .map(|(id, name, share)| {
                        let held = match share.held {
                            Held::PhaseIn => texts.held_by_phase_in,
                            Held::KeyBound => texts.held_by_key,
                            Held::Free => "",
                        };
                        view! {
                            <tr>
                                <th scope="row">{shown_name(texts, name, id)}</th>
                                <td class="bw-number">{share.last.map(|last| lang.money(last, precision))}</td>
                                <td class="bw-number">{lang.money(share.without, precision)}</td>
                                <td class="bw-number" data-testid="with-phase-in">{lang.money(share.with, precision)}</td>
                                <td class="bw-number">{lang.money(share.gap, precision)}</td>
                                <td>{held}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <p data-testid="phase-in-years">{texts.years_held(report.years_held)}</p>
                    <div class="bw-table-scroll">
                        <table class="utrecht-table bw-table" data-testid="phase-in-table">
                            <caption class="utrecht-table__caption">{texts.phase_in_caption}</caption>
                            <thead><tr>
                                <th scope="col">{texts.municipality}</th>
                                <th scope="col" class="bw-number">{texts.last_year}</th>
                                <th scope="col" class="bw-number">{texts.without_phase_in}</th>
                                <th scope="col" class="bw-number">{texts.with_phase_in}</th>
                                <th scope="col" class="bw-number">{texts.gap}</th>
                                <th scope="col">{texts.held}</th>
                            </tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        })
    };
    let set_up = Callback::new(move |value: Option<Decimal>| {
        state.edit(|document| {
            document.cycle.phase_in = value.map(|up_percent| PhaseIn {
                up_percent,
                down_percent: document.cycle.phase_in.and_then(|phase| phase.down_percent),
            })
        })
    });
    let set_down = Callback::new(move |value: Option<Decimal>| {
        state.edit(|document| {
            if let Some(phase) = document.cycle.phase_in.as_mut() {
                phase.down_percent = value;
            }
        })
    });
    view! {
        <section id="wat-verandert" class="bw-section bw-screen-only" aria-labelledby="wat-verandert-kop">
            <h2 class="utrecht-heading-2" id="wat-verandert-kop">{move || texts().changes_heading}</h2>
            <Help paragraphs=|l: Lang| l.cycle().changes_help />
            {body}
            <Show when=has_history>
                <div class="bw-fields">
                    <OptionalNumberField
                        label=words(|l| l.cycle().phase_in_up)
                        value=state.value(|d| d.cycle.phase_in.map(|phase| phase.up_percent))
                        on_change=set_up
                        rule=NumberRule::percent(Decimal::ZERO, Decimal::ONE_HUNDRED)
                        id="ingroei-omhoog"
                        testid="phase-in"
                    />
                    <OptionalNumberField
                        label=words(|l| l.cycle().phase_in_down)
                        value=state.value(|d| d.cycle.phase_in.and_then(|phase| phase.down_percent))
                        on_change=set_down
                        rule=NumberRule::percent(Decimal::ZERO, Decimal::ONE_HUNDRED)
                        id="ingroei-omlaag"
                    />
                </div>
                {phase_in_table}
                <CopyableText
                    heading=words(|l| l.cycle().sentences_heading)
                    text=sentences
                    file_name=Signal::derive(|| "wat-verandert.txt".to_string())
                    name="changes-letter"
                />
            </Show>
        </section>
    }
}
