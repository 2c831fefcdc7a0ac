//! Section 10: "Volgend jaar": who joins and leaves, the indexes, and a new draft for the next budget year
//! with this year in its history.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::cycle::next_year::{next_year, NextYear, NextYearChoices};
use crate::domain::cycle::settlement::is_input_problem;
use crate::domain::participants::ParticipantMode;
use crate::state::keep::use_keep;
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::button::Button;
use crate::ui::fields::{NumberField, NumberRule};
use crate::ui::help::Help;
use crate::ui::words::words;

#[component]
pub fn NextYearSection() -> impl IntoView {
    let state = use_state();
    let keep = use_keep();
    let texts = move || state.lang.get().cycle();
    // The choices start from the growth plan and follow the document until the user changes one.
    let defaults = Memo::new(move |_| state.document.with(NextYearChoices::for_document));
    let joining = RwSignal::new(None::<Vec<usize>>);
    let joining_unnamed = RwSignal::new(None::<u32>);
    let leaving = RwSignal::new(Vec::<usize>::new());
    let leaving_unnamed = RwSignal::new(0u32);
    let wage_index = RwSignal::new(Decimal::ZERO);
    let price_index = RwSignal::new(Decimal::ZERO);
    let refresh = RwSignal::new(true);
    let choices = Memo::new(move |_| {
        let defaults = defaults.get();
        NextYearChoices {
            joining_prospects: joining.get().unwrap_or(defaults.joining_prospects),
            joining_unnamed: joining_unnamed.get().unwrap_or(defaults.joining_unnamed),
            leaving: leaving.get(),
            leaving_unnamed: leaving_unnamed.get(),
            wage_index: wage_index.get(),
            price_index: price_index.get(),
            refresh_inhabitants: refresh.get(),
        }
    });
    let preview = Memo::new(move |_| {
        let choices = choices.get();
        state.report.with(|report| {
            let report = report.as_ref().ok()?;
            Some(
                state
                    .document
                    .with(|document| next_year(document, report, &choices)),
            )
        })
    });
    let open = move |_| {
        let next = preview.with_untracked(|preview| match preview {
            Some(Ok(next)) => Some(next.document.clone()),
            _ => None,
        });
        if let Some(next) = next {
            keep.open_as_new(state, next);
        }
    };
    let prospects = move || {
        state.document.with(|document| {
            document
                .growth
                .prospects
                .iter()
                .enumerate()
                .map(|(index, prospect)| (index, prospect.name.clone()))
                .collect::<Vec<_>>()
        })
    };
    let members = move || {
        state
            .document
            .with(|document| match document.participants.mode {
                ParticipantMode::List => document
                    .participants
                    .list
                    .iter()
                    .enumerate()
                    .map(|(index, member)| (index, member.name.clone()))
                    .collect::<Vec<_>>(),
                ParticipantMode::Summary => Vec::new(),
            })
    };
    let summary_mode = move || {
        state
            .document
            .with(|document| document.participants.mode == ParticipantMode::Summary)
    };
    let prospect_boxes = move || {
        prospects()
            .into_iter()
            .map(|(index, name)| {
                let id = format!("volgend-jaar-toetreder-{index}");
                view! {
                    <div class="bw-checkbox">
                        <input type="checkbox" id=id.clone()
                            prop:checked=move || choices.with(|c| c.joining_prospects.contains(&index))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                let mut chosen = choices.with_untracked(|c| c.joining_prospects.clone());
                                chosen.retain(|at| *at != index);
                                if on { chosen.push(index); chosen.sort_unstable(); }
                                joining.set(Some(chosen));
                            } />
                        <label class="utrecht-form-label" for=id>{name}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let member_boxes = move || {
        members()
            .into_iter()
            .map(|(index, name)| {
                let id = format!("volgend-jaar-uittreder-{index}");
                view! {
                    <div class="bw-checkbox">
                        <input type="checkbox" id=id.clone()
                            prop:checked=move || leaving.with(|leaving| leaving.contains(&index))
                            on:change=move |event| {
                                let on = event_target_checked(&event);
                                leaving.update(|leaving| {
                                    leaving.retain(|at| *at != index);
                                    if on { leaving.push(index); leaving.sort_unstable(); }
                                });
                            } />
                        <label class="utrecht-form-label" for=id>{name}</label>
                    </div>
                }
            })
            .collect_view()
    };
    let changes = move || {
        let lang = state.lang.get();
        let texts = lang.cycle();
        let choices = choices.get();
        preview.with(|preview| match preview {
            Some(Ok(NextYear {
                joined,
                left,
                inhabitants,
                recorded_at_close,
                ..
            })) => {
                let mut lines: Vec<String> = joined.iter().map(|name| texts.joins(name)).collect();
                if choices.joining_unnamed > 0 {
                    lines.push(texts.count_joins(choices.joining_unnamed));
                }
                lines.extend(left.iter().map(|name| texts.leaves(name)));
                if summary_mode() && choices.leaving_unnamed > 0 {
                    lines.push(texts.count_leaves(choices.leaving_unnamed));
                }
                lines.extend(
                    inhabitants
                        .iter()
                        .map(|change| texts.inhabitants_change(&change.name, change.before, change.after)),
                );
                if lines.is_empty() {
                    lines.push(texts.nothing_changes.to_string());
                }
                view! {
                    {recorded_at_close.then(|| view! { <p class="bw-note">{texts.recorded_at_close()}</p> })}
                    <ul data-testid="next-year-changes">
                        {lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                    </ul>
                }
                .into_any()
            }
            Some(Err(problem)) => view! {
                <p class=if is_input_problem(problem) { "bw-error" } else { "bw-hint" }
                    data-testid=if is_input_problem(problem) { "error" } else { "cycle-unavailable" }
                    role=is_input_problem(problem).then_some("alert")>{texts.settlement_problem(problem)}</p>
            }
            .into_any(),
            None => view! { <p class="bw-hint" data-testid="cycle-unavailable">{lang.texts().document_has_problems}</p> }
                .into_any(),
        })
    };
    let history = move || {
        let lang = state.lang.get();
        let texts = lang.cycle();
        let years = state
            .document
            .with(|document| document.cycle.history.clone());
        (!years.is_empty()).then(|| {
            let rows = years
                .iter()
                .rev()
                .map(|year| {
                    let invoiced = year.invoiced().map_or_else(
                        |error| lang.texts().calc_error_short(&error),
                        |invoiced| lang.money(invoiced, state.precision.get()),
                    );
                    view! {
                        <tr>
                            <th scope="row">{texts.closed_year_row(year.year)}</th>
                            <td class="bw-number">{lang.money(year.total, state.precision.get())}</td>
                            <td class="bw-number">{invoiced}</td>
                            <td class="bw-number">{lang.money(year.actual_spend, state.precision.get())}</td>
                            <td class="bw-number">{lang.money(year.closing_reserve, state.precision.get())}</td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <div class="bw-table-scroll">
                    <table class="utrecht-table bw-table" data-testid="history">
                        <caption class="utrecht-table__caption">{texts.history_caption}</caption>
                        <thead><tr>
                            <th scope="col">{texts.year}</th>
                            <th scope="col" class="bw-number">{texts.total}</th>
                            <th scope="col" class="bw-number">{texts.invoiced}</th>
                            <th scope="col" class="bw-number">{texts.actual_spend}</th>
                            <th scope="col" class="bw-number">{texts.reserve_closing}</th>
                        </tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    view! {
        <section id="volgend-jaar" class="bw-section bw-screen-only" aria-labelledby="volgend-jaar-kop">
            <h2 class="utrecht-heading-2" id="volgend-jaar-kop">{move || texts().next_year_heading}</h2>
            <Help paragraphs=|l: Lang| l.cycle().next_year_help />
            <fieldset class="bw-fieldset">
                <legend>{move || texts().joining_heading}</legend>
                {prospect_boxes}
                <NumberField
                    label=words(|l| l.cycle().joining_unnamed)
                    value=Signal::derive(move || Decimal::from(choices.with(|c| c.joining_unnamed)))
                    on_change=Callback::new(move |value: Decimal| {
                        joining_unnamed.set(Some(value.to_u32().unwrap_or(0)))
                    })
                    rule=NumberRule::count(Decimal::from(crate::domain::validation::MAX_MUNICIPALITIES))
                    id="volgend-jaar-nieuw"
                />
            </fieldset>
            <fieldset class="bw-fieldset">
                <legend>{move || texts().leaving_heading}</legend>
                {member_boxes}
                <Show when=summary_mode>
                    <NumberField
                        label=words(|l| l.cycle().leaving_unnamed)
                        value=Signal::derive(move || Decimal::from(leaving_unnamed.get()))
                        on_change=Callback::new(move |value: Decimal| {
                            leaving_unnamed.set(value.to_u32().unwrap_or(0))
                        })
                        rule=NumberRule::count(Decimal::from(crate::domain::validation::MAX_MUNICIPALITIES))
                        id="volgend-jaar-uit"
                    />
                </Show>
            </fieldset>
            <div class="bw-fields">
                <NumberField
                    label=words(|l| l.cycle().wage_index)
                    value=Signal::derive(move || wage_index.get())
                    on_change=Callback::new(move |value| wage_index.set(value))
                    rule=NumberRule::percent(-Decimal::ONE_HUNDRED, Decimal::ONE_HUNDRED)
                    unit=Signal::derive(|| "%".to_string())
                    id="volgend-jaar-loonindex"
                />
                <NumberField
                    label=words(|l| l.cycle().price_index)
                    value=Signal::derive(move || price_index.get())
                    on_change=Callback::new(move |value| price_index.set(value))
                    rule=NumberRule::percent(-Decimal::ONE_HUNDRED, Decimal::ONE_HUNDRED)
                    unit=Signal::derive(|| "%".to_string())
                    id="volgend-jaar-prijsindex"
                />
            </div>
            <label class="bw-toggle">
                <input type="checkbox" prop:checked=move || refresh.get()
                    on:change=move |event| refresh.set(event_target_checked(&event)) />
                {move || texts().refresh_inhabitants}
            </label>
            <h3>{move || texts().preview_heading}</h3>
            {changes}
            <div class="bw-copy-row">
                <Button label=words(|l| l.cycle().open_next_year) testid="next-year" on_click=open />
            </div>
            {history}
        </section>
    }
}
