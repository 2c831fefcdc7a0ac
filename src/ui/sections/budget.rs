//! Section 2: budget scenarios and their cost lines, side by side.

use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::advice::scenario_tier;
use crate::domain::budget::{Category, CostLine, LineAmount, Rates, Scenario};
use crate::domain::edits::{self, AmountKind, Direction};
use crate::domain::warnings::reserve_warning;
use crate::state::use_state;
use crate::ui::button::{Button, Look};
use crate::ui::fields::{NumberField, NumberRule, OptionalNumberField, SelectField, TextField};
use crate::ui::help::Help;
use crate::ui::sections::budget_table::ComparisonTable;
use crate::ui::words::words;

#[component]
pub fn Budget() -> impl IntoView {
    let state = use_state();
    let selected = RwSignal::new(state.document.with_untracked(|d| d.recommended_scenario()));
    let count = Memo::new(move |_| state.document.with(|d| d.scenarios.len()));
    let current = Memo::new(move |_| selected.get().min(count.get().saturating_sub(1)));
    let can_add = Memo::new(move |_| state.document.with(edits::can_add_scenario));

    // The tab row is rebuilt only when a name changes, not on every edit of the document.
    let names = Memo::new(move |_| {
        let t = state.lang.get().budget();
        state.document.with(|d| {
            d.scenarios
                .iter()
                .enumerate()
                .map(|(index, scenario)| match scenario.name.trim() {
                    "" => t.scenario_fallback(index),
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
                    <Button label=name class="bw-tab" testid=format!("scenario-tab-{index}")
                        pressed=Signal::derive(move || current.get() == index)
                        on_click=move |_| selected.set(index) />
                }
            })
            .collect_view()
    };
    let add_scenario = move |_| {
        let name = state
            .lang
            .get_untracked()
            .budget()
            .new_scenario_name
            .to_string();
        let mut added = None;
        state.edit(|d| added = edits::add_scenario(d, name).ok());
        if let Some(index) = added {
            selected.set(index);
        }
    };

    view! {
        <section class="bw-section" id="begroting" aria-labelledby="begroting-heading">
            <h2 id="begroting-heading">{words(|l| l.texts().budget_heading)}</h2>
            <Help paragraphs=|l| l.budget().budget_help />
            <fieldset class="bw-fieldset">
                <legend>{words(|l| l.budget().rates_legend)}</legend>
                <div class="bw-field-row">
                    <OptionalNumberField
                        label=words(|l| l.budget().budget_year)
                        value=state.value(|d| d.budget_year.map(Decimal::from))
                        on_change=state.setter(|d, year: Option<Decimal>| d.budget_year = year.and_then(|year| year.to_u16()))
                        rule=NumberRule::year()
                        hint=words(|l| l.budget().budget_year_hint)
                        id="budget-year"
                    />
                    <NumberField
                        label=words(|l| l.budget().hourly_rate)
                        value=state.value(|d| d.rates.hourly_rate)
                        on_change=state.setter(|d, rate| d.rates.hourly_rate = rate)
                        rule=NumberRule::money()
                        unit=words(|l| l.budget().euro)
                        id="hourly-rate"
                    />
                    <NumberField
                        label=words(|l| l.budget().fte_cost)
                        value=state.value(|d| d.rates.fte_cost)
                        on_change=state.setter(|d, cost| d.rates.fte_cost = cost)
                        rule=NumberRule::money()
                        unit=words(|l| l.budget().euro)
                        id="fte-cost"
                    />
                </div>
            </fieldset>
            <div class="bw-tabs" role="group" aria-label=words(|l| l.budget().scenarios_label)>
                {tabs}
                <Button label=words(|l| l.budget().add_scenario) look=Look::Primary testid="add-scenario"
                    disabled=Signal::derive(move || !can_add.get()) described_by="add-scenario-why"
                    on_click=add_scenario />
            </div>
            <p id="add-scenario-why" class="bw-hint" hidden=move || can_add.get()>
                {words(|l| l.budget().max_scenarios_reached)}
            </p>
            <ScenarioEditor current=current selected=selected />
            <ComparisonTable />
        </section>
    }
}

#[component]
fn ScenarioEditor(current: Memo<usize>, selected: RwSignal<usize>) -> impl IntoView {
    let state = use_state();
    let can_remove = Memo::new(move |_| state.document.with(edits::can_remove_scenario));
    let count = Memo::new(move |_| state.document.with(|d| d.scenarios.len()));
    let line_count = Memo::new(move |_| {
        let s = current.get();
        state
            .document
            .with(|d| d.scenarios.get(s).map_or(0, |sc| sc.lines.len()))
    });
    // One value of the scenario being edited, and the edit that writes one.
    let read = move |pick: fn(&Scenario) -> String| {
        Signal::derive(move || {
            let s = current.get();
            state
                .document
                .with(|d| d.scenarios.get(s).map(pick).unwrap_or_default())
        })
    };
    let write = move |change: fn(&mut Scenario, String)| {
        Callback::new(move |value: String| {
            let s = current.get_untracked();
            state.edit(|d| {
                if let Some(scenario) = d.scenarios.get_mut(s) {
                    change(scenario, value);
                }
            });
        })
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
                .map(|t| [t.lines_total, t.reserve, t.total])
        })
    });
    let reserve_warning = Memo::new(move |_| {
        let s = current.get();
        state.document.with(|d| {
            d.scenarios
                .get(s)
                .and_then(|sc| reserve_warning(sc.reserve_percent))
        })
    });
    let amount = move |index: usize| {
        move || {
            totals
                .get()
                .and_then(|totals| totals.get(index).copied())
                .map(|total| state.lang.get().money(total, state.precision.get()))
                .unwrap_or_default()
        }
    };
    view! {
        <div class="bw-scenario-editor">
            <div class="bw-field-row">
                <TextField
                    label=words(|l| l.budget().scenario_name)
                    value=read(|sc| sc.name.clone())
                    on_change=write(|sc, name| sc.name = name)
                    id="scenario-name"
                />
                <NumberField
                    label=words(|l| l.budget().reserve)
                    value=Signal::derive(move || {
                        let s = current.get();
                        state.document.with(|d| d.scenarios.get(s).map(|sc| sc.reserve_percent).unwrap_or_default())
                    })
                    on_change=move |percent| {
                        let s = current.get_untracked();
                        state.edit(|d| {
                            if let Some(scenario) = d.scenarios.get_mut(s) {
                                scenario.reserve_percent = percent;
                            }
                        });
                    }
                    rule=NumberRule::percent(Decimal::ZERO, Decimal::ONE_HUNDRED)
                    unit=words(|_| "%")
                    hint=words(|l| l.budget().reserve_hint)
                    id="scenario-reserve"
                />
            </div>
            <div role="status">
                {move || reserve_warning.get().map(|warning| view! {
                    <p class="bw-warning" data-testid="reserve-warning">{state.lang.get().guide().reserve(warning)}</p>
                })}
            </div>
            <TextField
                label=words(|l| l.budget().scenario_purpose)
                value=read(|sc| sc.purpose.clone())
                on_change=write(|sc, purpose| sc.purpose = purpose)
                id="scenario-purpose"
            />
            <ScenarioGuide current=current />
            <div class="bw-actions">
                <Button label=words(|l| l.budget().move_earlier)
                    disabled=Signal::derive(move || current.get() == 0)
                    on_click=move |_| move_scenario(Direction::Up) />
                <Button label=words(|l| l.budget().move_later)
                    disabled=Signal::derive(move || current.get() + 1 >= count.get())
                    on_click=move |_| move_scenario(Direction::Down) />
                <Button label=words(|l| l.budget().remove_scenario) testid="remove-scenario"
                    disabled=Signal::derive(move || !can_remove.get()) described_by="remove-scenario-why"
                    on_click=move |_| {
                        let s = current.get_untracked();
                        state.edit(|d| { let _ = edits::remove_scenario(d, s); });
                    } />
            </div>
            <p id="remove-scenario-why" class="bw-hint" hidden=move || can_remove.get()>{words(|l| l.budget().min_scenarios_reached)}</p>

            <h3>{words(|l| l.budget().lines_legend)}</h3>
            <p class="bw-hint" hidden=move || line_count.get() != 0>{words(|l| l.budget().no_lines)}</p>
            <ol class="bw-lines">
                <For each=move || 0..line_count.get() key=|line| *line let:line>
                    <LineEditor scenario=current line=line />
                </For>
            </ol>
            <Button label=words(|l| l.budget().add_line) testid="add-line"
                on_click=move |_| {
                    let s = current.get_untracked();
                    let label = state.lang.get_untracked().budget().new_line_label.to_string();
                    state.edit(|d| { let _ = edits::add_line(d, s, label); });
                } />
            <dl class="bw-totals">
                <dt>{words(|l| l.budget().lines_total)}</dt><dd class="bw-amount">{amount(0)}</dd>
                <dt>{words(|l| l.budget().reserve_amount)}</dt><dd class="bw-amount">{amount(1)}</dd>
                <dt>{words(|l| l.budget().grand_total)}</dt><dd class="bw-amount" data-testid="editor-total">{amount(2)}</dd>
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
    let guide = move || state.lang.get().guide();
    let heading = Signal::derive(move || guide().tier_heading(tier.get()));
    let facts = move || {
        let guide = guide();
        let tier = tier.get();
        [
            (guide.tier_question_label, guide.tier_question(tier)),
            (guide.tier_contents_label, guide.tier_contents(tier)),
            (guide.tier_fits_label, guide.tier_fits(tier)),
            (guide.tier_risks_label, guide.tier_risks(tier)),
        ]
        .map(|(label, text)| view! { <dt>{label}</dt><dd>{text}</dd> })
        .collect_view()
    };
    view! {
        <Help title=heading testid="scenario-guide">
            <dl class="bw-help__facts">{facts}</dl>
        </Help>
    }
}

/// A change to one cost line, which may need the document's rates (to convert between ways of entry).
type LineChange = Box<dyn FnOnce(&mut CostLine, &Rates)>;

#[component]
fn LineEditor(scenario: Memo<usize>, line: usize) -> impl IntoView {
    let state = use_state();
    // The line itself, through one memo: every field of the line reads it, so an edit elsewhere wakes only
    // this memo.
    let cost_line = Memo::new(move |_| {
        let s = scenario.get();
        state.document.with(|d| {
            d.scenarios
                .get(s)
                .and_then(|sc| sc.lines.get(line))
                .cloned()
        })
    });
    let read = move |pick: fn(&CostLine) -> Decimal| {
        Signal::derive(move || cost_line.with(|l| l.as_ref().map(pick).unwrap_or_default()))
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
    // Writes a typed amount into the line's way of entry (`set` does nothing when the line has another).
    let write = move |set: fn(&mut LineAmount, Decimal)| {
        Callback::new(move |value: Decimal| edit(Box::new(move |l, _| set(&mut l.amount, value))))
    };
    let kind =
        Memo::new(move |_| cost_line.with(|l| l.as_ref().map(|l| AmountKind::of(&l.amount))));
    let computed = move || {
        let s = scenario.get();
        state.report.with(|report| {
            report
                .as_ref()
                .ok()
                .and_then(|report| report.scenarios.get(s))
                .and_then(|totals| totals.line_amounts.get(line))
                .map(|a| state.lang.get().money(*a, state.precision.get()))
                .unwrap_or_default()
        })
    };
    let amount_fields = move || {
        match kind.get() {
        Some(AmountKind::Hours) => view! {
            <NumberField label=words(|l| l.budget().hours)
                value=read(|l| match l.amount { LineAmount::Hours { hours } => hours, _ => Decimal::ZERO })
                on_change=write(|amount, v| if let LineAmount::Hours { hours } = amount { *hours = v })
                rule=NumberRule::quantity() id=format!("line-{line}-hours") />
        }
        .into_any(),
        Some(AmountKind::Fte) => view! {
            <NumberField label=words(|l| l.budget().fte)
                value=read(|l| match l.amount { LineAmount::Fte { fte } => fte, _ => Decimal::ZERO })
                on_change=write(|amount, v| if let LineAmount::Fte { fte } = amount { *fte = v })
                rule=NumberRule::quantity() id=format!("line-{line}-fte") />
        }
        .into_any(),
        Some(AmountKind::Units) => view! {
            <NumberField label=words(|l| l.budget().count)
                value=read(|l| match l.amount { LineAmount::Units { count, .. } => count, _ => Decimal::ZERO })
                on_change=write(|amount, v| if let LineAmount::Units { count, .. } = amount { *count = v })
                rule=NumberRule::quantity() id=format!("line-{line}-count") />
            // A price per unit may hold a fraction of a cent (€ 0,0125 per message).
            <NumberField label=words(|l| l.budget().unit_price)
                value=read(|l| match l.amount { LineAmount::Units { unit_price, .. } => unit_price, _ => Decimal::ZERO })
                on_change=write(|amount, v| if let LineAmount::Units { unit_price, .. } = amount { *unit_price = v })
                rule=NumberRule::price() id=format!("line-{line}-unit-price") />
        }
        .into_any(),
        Some(AmountKind::Fixed) => view! {
            <NumberField label=words(|l| l.budget().fixed_amount)
                value=read(|l| match l.amount { LineAmount::Fixed { amount } => amount, _ => Decimal::ZERO })
                on_change=write(|amount, v| if let LineAmount::Fixed { amount } = amount { *amount = v })
                rule=NumberRule::money() unit=words(|l| l.budget().euro) id=format!("line-{line}-amount") />
        }
        .into_any(),
        None => ().into_any(),
    }
    };
    let label = Signal::derive(move || {
        cost_line.with(|l| l.as_ref().map(|l| l.label.clone()).unwrap_or_default())
    });
    let category = Signal::derive(move || {
        cost_line.with(|l| l.as_ref().map_or(Category::Other, |l| l.category))
    });
    let base = move || cost_line.with(|l| l.as_ref().is_some_and(|l| l.base));
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
    // "Verwijder (Kostenpost 2)": which line a small button acts on.
    let about_this_line = move |action: fn(&crate::text::BudgetTexts) -> &'static str| {
        Signal::derive(move || {
            let t = state.lang.get().budget();
            format!("{} ({})", action(t), t.line_heading(line))
        })
    };
    let base_id = format!("line-{line}-base");
    view! {
        <li class="bw-line" data-testid=format!("line-{line}")>
            <div class="bw-field-row">
                <TextField label=words(|l| l.budget().line_label) value=label
                    on_change=move |text: String| edit(Box::new(move |l, _| l.label = text))
                    id=format!("line-{line}-label") />
                <SelectField label=words(|l| l.budget().category)
                    options=Signal::derive(move || {
                        let texts = state.lang.get().texts();
                        Category::ALL.iter().map(|c| (*c, texts.category_name(*c).to_string())).collect()
                    })
                    value=category
                    on_change=move |chosen: Category| edit(Box::new(move |l, _| l.category = chosen))
                    id=format!("line-{line}-category") />
                <SelectField label=words(|l| l.budget().amount_kind)
                    options=Signal::derive(move || {
                        let t = state.lang.get().budget();
                        AmountKind::ALL.iter().map(|k| (*k, t.amount_kind(*k).to_string())).collect()
                    })
                    value=Signal::derive(move || kind.get().unwrap_or(AmountKind::Fixed))
                    on_change=move |chosen: AmountKind| {
                        edit(Box::new(move |l, rates| l.amount = edits::convert_amount(&l.amount, chosen, rates)))
                    }
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
                    {words(|l| l.budget().base_line)}
                </label>
                <span class="bw-line__amount">
                    {words(|l| l.budget().line_amount)}": "
                    <strong class="bw-amount" data-testid=format!("line-amount-{line}")>{computed}</strong>
                </span>
                <span class="bw-actions">
                    <Button label="↑".to_string() look=Look::Subtle disabled=Signal::derive(move || line == 0)
                        aria_label=about_this_line(|t| t.move_up)
                        on_click=move |_| move_line(Direction::Up) />
                    <Button label="↓".to_string() look=Look::Subtle disabled=Signal::derive(move || line + 1 >= line_count.get())
                        aria_label=about_this_line(|t| t.move_down)
                        on_click=move |_| move_line(Direction::Down) />
                    <Button label=words(|l| l.participants().remove) look=Look::Subtle testid=format!("remove-line-{line}")
                        aria_label=about_this_line(|t| t.remove_line)
                        on_click=move |_| {
                            let s = scenario.get_untracked();
                            state.edit(|d| { let _ = edits::remove_line(d, s, line); });
                        } />
                </span>
            </div>
        </li>
    }
}
