//! Section 2: budget scenarios and their cost lines, side by side.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::advice::scenario_tier;
use crate::domain::budget::{Category, CostLine, LineAmount};
use crate::domain::edits::{self, AmountKind, Direction};
use crate::domain::warnings::reserve_warning;
use crate::state::use_state;
use crate::ui::fields::{NumberField, NumberRule, TextField};
use crate::ui::fields::{OptionalNumberField, SelectField};
use crate::ui::format::money;
use crate::ui::i18n::tier_index;
use crate::ui::sections::budget_table::ComparisonTable;

/// Short practical advice at the top of a step.
pub fn help(
    paragraphs: impl Fn() -> &'static [&'static str] + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="bw-help">
            {move || paragraphs().iter().map(|text| view! { <p>{*text}</p> }).collect_view()}
        </div>
    }
}

#[component]
pub fn Budget() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    let t = move || state.lang.get().edit();
    let selected = RwSignal::new(state.document.with_untracked(|d| d.recommended_scenario()));
    let count = Memo::new(move |_| state.document.with(|d| d.scenarios.len()));
    let current = Memo::new(move |_| selected.get().min(count.get().saturating_sub(1)));
    let can_add = Memo::new(move |_| state.document.with(edits::can_add_scenario));

    // The tab row is rebuilt only when a name changes, not on every edit of the document.
    let names = Memo::new(move |_| {
        state.document.with(|d| {
            d.scenarios
                .iter()
                .enumerate()
                .map(|(index, scenario)| match scenario.name.trim() {
                    "" => t().scenario_fallback(index),
                    _ => scenario.name.clone(),
                })
                .collect::<Vec<String>>()
        })
    });
    let tabs = move || {
        names
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, name)| {
                view! {
                    <button
                        type="button"
                        class="utrecht-button utrecht-button--secondary-action bw-tab"
                        data-testid=format!("scenario-tab-{index}")
                        aria-pressed=move || if current.get() == index { "true" } else { "false" }
                        on:click=move |_| selected.set(index)
                    >
                        {name}
                    </button>
                }
            })
            .collect_view()
    };
    let add_scenario = move |_| {
        let name = t().new_scenario_name.to_string();
        let mut added = None;
        state.edit(|d| added = edits::add_scenario(d, name).ok());
        if let Some(index) = added {
            selected.set(index);
        }
    };

    view! {
        <section class="bw-section" id="begroting" aria-labelledby="begroting-heading">
            <h2 id="begroting-heading">{move || texts().budget_heading}</h2>
            {help(move || t().budget_help)}
            <fieldset class="bw-fieldset">
                <legend>{move || t().rates_legend}</legend>
                <div class="bw-field-row">
                    <OptionalNumberField
                        label=Signal::derive(move || t().budget_year.to_string())
                        value=Signal::derive(move || state.document.with(|d| d.budget_year.map(Decimal::from)))
                        on_change=Callback::new(move |v: Option<Decimal>| {
                            state.edit(|d| d.budget_year = v.and_then(|year| year.to_u16()));
                        })
                        rule=NumberRule::year()
                        hint=Signal::derive(move || t().budget_year_hint.to_string())
                        id="budget-year"
                    />
                    <NumberField
                        label=Signal::derive(move || t().hourly_rate.to_string())
                        value=Signal::derive(move || state.document.with(|d| d.rates.hourly_rate))
                        on_change=Callback::new(move |v| state.edit(|d| d.rates.hourly_rate = v))
                        rule=NumberRule::money()
                        unit=Signal::derive(move || t().euro.to_string())
                        id="hourly-rate"
                    />
                    <NumberField
                        label=Signal::derive(move || t().fte_cost.to_string())
                        value=Signal::derive(move || state.document.with(|d| d.rates.fte_cost))
                        on_change=Callback::new(move |v| state.edit(|d| d.rates.fte_cost = v))
                        rule=NumberRule::money()
                        unit=Signal::derive(move || t().euro.to_string())
                        id="fte-cost"
                    />
                </div>
            </fieldset>
            <div class="bw-tabs" role="group" aria-label=move || t().scenarios_label>
                {tabs}
                <button
                    type="button"
                    class="utrecht-button utrecht-button--primary-action"
                    data-testid="add-scenario"
                    disabled=move || !can_add.get()
                    aria-describedby="add-scenario-why"
                    on:click=add_scenario
                >
                    {move || t().add_scenario}
                </button>
            </div>
            <p id="add-scenario-why" class="bw-hint" hidden=move || can_add.get()>
                {move || t().max_scenarios_reached}
            </p>
            <ScenarioEditor current=current selected=selected />
            <ComparisonTable />
        </section>
    }
}

#[component]
fn ScenarioEditor(current: Memo<usize>, selected: RwSignal<usize>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let can_remove = Memo::new(move |_| state.document.with(edits::can_remove_scenario));
    let count = Memo::new(move |_| state.document.with(|d| d.scenarios.len()));
    let line_count = Memo::new(move |_| {
        let s = current.get();
        state
            .document
            .with(|d| d.scenarios.get(s).map_or(0, |sc| sc.lines.len()))
    });
    let edit_scenario = move |change: Box<dyn FnOnce(&mut crate::domain::budget::Scenario)>| {
        let s = current.get_untracked();
        state.edit(|d| {
            if let Some(scenario) = d.scenarios.get_mut(s) {
                change(scenario);
            }
        });
    };
    let move_scenario = move |direction| {
        let s = current.get_untracked();
        let mut moved = None;
        state.edit(|d| moved = edits::move_scenario(d, s, direction).ok());
        if let Some(index) = moved {
            selected.set(index);
        }
    };
    let totals = Memo::new(move |_| {
        let s = current.get();
        state.report.with(|report| {
            report
                .as_ref()
                .ok()
                .and_then(|report| report.scenarios.get(s))
                .map(|t| (t.lines_total, t.reserve, t.total))
        })
    });
    let reserve_warning_of = move |s: usize| {
        state.document.with(|d| {
            d.scenarios
                .get(s)
                .and_then(|sc| reserve_warning(sc.reserve_percent))
        })
    };
    let amount = move |pick: fn((Decimal, Decimal, Decimal)) -> Decimal| {
        move || {
            totals
                .get()
                .map(|t| money(pick(t), state.lang.get(), state.precision.get()))
                .unwrap_or_default()
        }
    };
    view! {
        <div class="bw-scenario-editor">
            <div class="bw-field-row">
                <TextField
                    label=Signal::derive(move || t().scenario_name.to_string())
                    value=Signal::derive(move || {
                        let s = current.get();
                        state.document.with(|d| d.scenarios.get(s).map(|sc| sc.name.clone()).unwrap_or_default())
                    })
                    on_change=Callback::new(move |name: String| edit_scenario(Box::new(move |sc| sc.name = name)))
                    id="scenario-name"
                />
                <NumberField
                    label=Signal::derive(move || t().reserve.to_string())
                    value=Signal::derive(move || {
                        let s = current.get();
                        state.document.with(|d| d.scenarios.get(s).map(|sc| sc.reserve_percent).unwrap_or_default())
                    })
                    on_change=Callback::new(move |v| edit_scenario(Box::new(move |sc| sc.reserve_percent = v)))
                    rule=NumberRule::percent(Decimal::ZERO, Decimal::ONE_HUNDRED)
                    unit=Signal::derive(|| "%".to_string())
                    hint=Signal::derive(move || t().reserve_hint.to_string())
                    id="scenario-reserve"
                />
            </div>
            <div role="status">
                {move || reserve_warning_of(current.get()).map(|warning| view! {
                    <p class="bw-warning" data-testid="reserve-warning">{state.lang.get().guide().reserve(warning)}</p>
                })}
            </div>
            <TextField
                label=Signal::derive(move || t().scenario_purpose.to_string())
                value=Signal::derive(move || {
                    let s = current.get();
                    state.document.with(|d| d.scenarios.get(s).map(|sc| sc.purpose.clone()).unwrap_or_default())
                })
                on_change=Callback::new(move |text: String| edit_scenario(Box::new(move |sc| sc.purpose = text)))
                id="scenario-purpose"
            />
            <ScenarioGuide current=current />
            <div class="bw-actions">
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    disabled=move || current.get() == 0
                    on:click=move |_| move_scenario(Direction::Up)>{move || t().move_earlier}</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    disabled=move || { current.get() + 1 >= count.get() }
                    on:click=move |_| move_scenario(Direction::Down)>{move || t().move_later}</button>
                <button type="button" class="utrecht-button utrecht-button--secondary-action"
                    data-testid="remove-scenario"
                    disabled=move || !can_remove.get()
                    aria-describedby="remove-scenario-why"
                    on:click=move |_| {
                        let s = current.get_untracked();
                        state.edit(|d| { let _ = edits::remove_scenario(d, s); });
                    }>{move || t().remove_scenario}</button>
            </div>
            <p id="remove-scenario-why" class="bw-hint" hidden=move || can_remove.get()>{move || t().min_scenarios_reached}</p>

            <h3>{move || t().lines_legend}</h3>
            <p class="bw-hint" hidden=move || line_count.get() != 0>{move || t().no_lines}</p>
            <ol class="bw-lines">
                <For each=move || 0..line_count.get() key=|line| *line let:line>
                    <LineEditor scenario=current line=line />
                </For>
            </ol>
            <button type="button" class="utrecht-button utrecht-button--secondary-action" data-testid="add-line"
                on:click=move |_| {
                    let s = current.get_untracked();
                    let label = t().new_line_label.to_string();
                    state.edit(|d| { let _ = edits::add_line(d, s, label); });
                }>{move || t().add_line}</button>
            <dl class="bw-totals">
                <dt>{move || t().lines_total}</dt><dd class="bw-amount">{amount(|t| t.0)}</dd>
                <dt>{move || t().reserve_amount}</dt><dd class="bw-amount">{amount(|t| t.1)}</dd>
                <dt>{move || t().grand_total}</dt><dd class="bw-amount" data-testid="editor-total">{amount(|t| t.2)}</dd>
            </dl>
        </div>
    }
}

/// The guide's help with the kind of scenario being edited: its guiding question, what it typically holds,
/// when it fits and its risks.
#[component]
fn ScenarioGuide(current: Memo<usize>) -> impl IntoView {
    let state = use_state();
    let tier = Memo::new(move |_| {
        let s = current.get();
        state.document.with(|d| {
            let names: Vec<String> = d.scenarios.iter().map(|sc| sc.name.clone()).collect();
            scenario_tier(&names, s)
        })
    });
    move || {
        let guide = state.lang.get().guide();
        let index = tier_index(tier.get());
        let heading = guide.tier_heading(guide.tier_names[index], guide.tier_nicknames[index]);
        view! {
            <div class="bw-guide" data-testid="scenario-guide">
                <h3 id="scenario-guide-heading">{heading}</h3>
                <dl class="bw-pros-cons">
                    <dt>{guide.tier_question_label}</dt>
                    <dd>{guide.tier_questions[index]}</dd>
                    <dt>{guide.tier_contents_label}</dt>
                    <dd>{guide.tier_contents[index]}</dd>
                    <dt>{guide.tier_fits_label}</dt>
                    <dd>{guide.tier_fits[index]}</dd>
                    <dt>{guide.tier_risks_label}</dt>
                    <dd>{guide.tier_risks[index]}</dd>
                </dl>
            </div>
        }
    }
}

fn category_value(category: Category) -> String {
    format!("{category:?}")
}

fn kind_value(kind: AmountKind) -> String {
    format!("{kind:?}")
}

/// A change to one cost line, which may need the document's rates (to convert between ways of entry).
type LineChange = Box<dyn FnOnce(&mut CostLine, &crate::domain::budget::Rates)>;

#[component]
fn LineEditor(scenario: Memo<usize>, line: usize) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let read = move |pick: fn(&CostLine) -> Decimal| {
        Signal::derive(move || {
            let s = scenario.get();
            state.document.with(|d| {
                d.scenarios
                    .get(s)
                    .and_then(|sc| sc.lines.get(line))
                    .map(pick)
                    .unwrap_or_default()
            })
        })
    };
    let edit = move |change: LineChange| {
        let s = scenario.get_untracked();
        state.edit(|d| {
            let rates = d.rates.clone();
            if let Some(l) = d.scenarios.get_mut(s).and_then(|sc| sc.lines.get_mut(line)) {
                change(l, &rates);
            }
        });
    };
    let kind = Memo::new(move |_| {
        let s = scenario.get();
        state.document.with(|d| {
            d.scenarios
                .get(s)
                .and_then(|sc| sc.lines.get(line))
                .map(|l| AmountKind::of(&l.amount))
        })
    });
    let computed = move || {
        let s = scenario.get();
        state.report.with(|report| {
            report
                .as_ref()
                .ok()
                .and_then(|report| report.scenarios.get(s))
                .and_then(|totals| totals.line_amounts.get(line))
                .map(|a| money(*a, state.lang.get(), state.precision.get()))
                .unwrap_or_default()
        })
    };
    let quantity = NumberRule::quantity();
    let euros = NumberRule::money();
    // A price per unit may hold a fraction of a cent (€ 0,0125 per message).
    let price = NumberRule::price();
    let amount_fields = move || {
        match kind.get() {
        Some(AmountKind::Hours) => view! {
            <NumberField label=Signal::derive(move || t().hours.to_string())
                value=read(|l| match l.amount { LineAmount::Hours { hours } => hours, _ => Decimal::ZERO })
                on_change=Callback::new(move |v| edit(Box::new(move |l, _| l.amount = LineAmount::Hours { hours: v })))
                rule=quantity id=format!("line-{line}-hours") />
        }.into_any(),
        Some(AmountKind::Fte) => view! {
            <NumberField label=Signal::derive(move || t().fte.to_string())
                value=read(|l| match l.amount { LineAmount::Fte { fte } => fte, _ => Decimal::ZERO })
                on_change=Callback::new(move |v| edit(Box::new(move |l, _| l.amount = LineAmount::Fte { fte: v })))
                rule=quantity id=format!("line-{line}-fte") />
        }.into_any(),
        Some(AmountKind::Units) => view! {
            <NumberField label=Signal::derive(move || t().count.to_string())
                value=read(|l| match l.amount { LineAmount::Units { count, .. } => count, _ => Decimal::ZERO })
                on_change=Callback::new(move |v| edit(Box::new(move |l, _| {
                    if let LineAmount::Units { count, .. } = &mut l.amount { *count = v; }
                })))
                rule=quantity id=format!("line-{line}-count") />
            <NumberField label=Signal::derive(move || t().unit_price.to_string())
                value=read(|l| match l.amount { LineAmount::Units { unit_price, .. } => unit_price, _ => Decimal::ZERO })
                on_change=Callback::new(move |v| edit(Box::new(move |l, _| {
                    if let LineAmount::Units { unit_price, .. } = &mut l.amount { *unit_price = v; }
                })))
                rule=price id=format!("line-{line}-unit-price") />
        }.into_any(),
        Some(AmountKind::Fixed) => view! {
            <NumberField label=Signal::derive(move || t().fixed_amount.to_string())
                value=read(|l| match l.amount { LineAmount::Fixed { amount } => amount, _ => Decimal::ZERO })
                on_change=Callback::new(move |v| edit(Box::new(move |l, _| l.amount = LineAmount::Fixed { amount: v })))
                rule=euros unit=Signal::derive(move || t().euro.to_string()) id=format!("line-{line}-amount") />
        }.into_any(),
        None => ().into_any(),
    }
    };
    let label = Signal::derive(move || {
        let s = scenario.get();
        state.document.with(|d| {
            d.scenarios
                .get(s)
                .and_then(|sc| sc.lines.get(line))
                .map(|l| l.label.clone())
                .unwrap_or_default()
        })
    });
    let category = Signal::derive(move || {
        let s = scenario.get();
        state.document.with(|d| {
            d.scenarios
                .get(s)
                .and_then(|sc| sc.lines.get(line))
                .map(|l| category_value(l.category))
                .unwrap_or_default()
        })
    });
    let base = move || {
        let s = scenario.get();
        state.document.with(|d| {
            d.scenarios
                .get(s)
                .and_then(|sc| sc.lines.get(line))
                .is_some_and(|l| l.base)
        })
    };
    let line_count = Memo::new(move |_| {
        let s = scenario.get();
        state
            .document
            .with(|d| d.scenarios.get(s).map_or(0, |sc| sc.lines.len()))
    });
    let move_line = move |direction| {
        let s = scenario.get_untracked();
        state.edit(|d| {
            let _ = edits::move_line(d, s, line, direction);
        });
    };
    let base_id = format!("line-{line}-base");
    view! {
        <li class="bw-line" data-testid=format!("line-{line}")>
            <div class="bw-field-row">
                <TextField label=Signal::derive(move || t().line_label.to_string()) value=label
                    on_change=Callback::new(move |text: String| edit(Box::new(move |l, _| l.label = text)))
                    id=format!("line-{line}-label") />
                <SelectField label=Signal::derive(move || t().category.to_string())
                    options=Signal::derive(move || Category::ALL.iter().map(|c| (category_value(*c), state.lang.get().texts().category_name(*c).to_string())).collect())
                    value=category
                    on_change=Callback::new(move |value: String| {
                        if let Some(chosen) = Category::ALL.into_iter().find(|c| category_value(*c) == value) {
                            edit(Box::new(move |l, _| l.category = chosen));
                        }
                    })
                    id=format!("line-{line}-category") />
                <SelectField label=Signal::derive(move || t().amount_kind.to_string())
                    options=Signal::derive(move || AmountKind::ALL.iter().map(|k| (kind_value(*k), t().amount_kind(*k).to_string())).collect())
                    value=Signal::derive(move || kind.get().map(kind_value).unwrap_or_default())
                    on_change=Callback::new(move |value: String| {
                        if let Some(chosen) = AmountKind::ALL.into_iter().find(|k| kind_value(*k) == value) {
                            edit(Box::new(move |l, rates| l.amount = edits::convert_amount(&l.amount, chosen, rates)));
                        }
                    })
                    id=format!("line-{line}-kind") />
                {amount_fields}
            </div>
            <div class="bw-line__footer">
                <label class="bw-toggle" for=format!("line-{line}-base")>
                    <input type="checkbox" id=base_id prop:checked=base
                        on:change=move |event| {
                            let checked = event_target_checked(&event);
                            edit(Box::new(move |l, _| l.base = checked));
                        } />
                    {move || t().base_line}
                </label>
                <span class="bw-line__amount">
                    {move || t().line_amount}": "
                    <strong class="bw-amount" data-testid=format!("line-amount-{line}")>{computed}</strong>
                </span>
                <span class="bw-actions">
                    <button type="button" class="utrecht-button utrecht-button--subtle" disabled=move || line == 0
                        aria-label=move || format!("{} ({})", t().move_up, t().line_heading(line))
                        on:click=move |_| move_line(Direction::Up)>"↑"</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" disabled=move || { line + 1 >= line_count.get() }
                        aria-label=move || format!("{} ({})", t().move_down, t().line_heading(line))
                        on:click=move |_| move_line(Direction::Down)>"↓"</button>
                    <button type="button" class="utrecht-button utrecht-button--subtle" data-testid=format!("remove-line-{line}")
                        aria-label=move || format!("{} ({})", t().remove_line, t().line_heading(line))
                        on:click=move |_| {
                            let s = scenario.get_untracked();
                            state.edit(|d| { let _ = edits::remove_line(d, s, line); });
                        }>{move || t().remove}</button>
                </span>
            </div>
        </li>
    }
}
