//! Fields the editors need beyond `fields.rs`: a labelled select, and a number field that may be left
//! empty (an optional minimum, "empty = today's average").

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::state::use_state;
use crate::ui::fields::{field_text, unique_id, NumberRule};
use crate::ui::i18n::{field_message, FieldProblem};

/// A labelled select; options are (value, text) pairs.
#[component]
pub fn SelectField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| unique_id("select"));
    view! {
        <div class="utrecht-form-field bw-field">
            <label class="utrecht-form-label" for=id.clone()>{move || label.get()}</label>
            <select
                id=id
                class="utrecht-select utrecht-select--html-select"
                on:change=move |event| on_change.run(event_target_value(&event))
            >
                {move || {
                    let current = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(option, text)| {
                            let selected = option == current;
                            view! { <option value=option prop:selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A number field where empty means "not given" (`None`); invalid text gets a message and changes nothing.
#[component]
pub fn OptionalNumberField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<Decimal>>,
    #[prop(into)] on_change: Callback<Option<Decimal>>,
    #[prop(optional)] rule: NumberRule,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let state = use_state();
    let id = id.unwrap_or_else(|| unique_id("optional"));
    let message_id = format!("{id}-message");
    let hint_id = format!("{id}-hint");
    let show =
        move |value: Option<Decimal>, lang| value.map(|v| field_text(v, lang)).unwrap_or_default();
    let text = RwSignal::new(show(value.get_untracked(), state.lang.get_untracked()));
    let problem = RwSignal::new(None::<FieldProblem>);
    let focused = RwSignal::new(false);
    Effect::new(move |_| {
        let current = value.get();
        let lang = state.lang.get();
        if !focused.get_untracked() && problem.get_untracked().is_none() {
            text.set(show(current, lang));
        }
    });
    let on_input = move |event| {
        let typed = event_target_value(&event);
        text.set(typed.clone());
        let parsed = if typed.trim().is_empty() {
            Ok(None)
        } else {
            rule.read(&typed).map(Some)
        };
        match parsed {
            Ok(parsed) => {
                problem.set(None);
                if parsed != value.get_untracked() {
                    on_change.run(parsed);
                }
            }
            Err(error) => problem.set(Some(error)),
        }
    };
    let described_by = {
        let message_id = message_id.clone();
        let hint_id = hint_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if problem.get().is_some() {
                ids.push(message_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="utrecht-form-field bw-field" class:bw-field--invalid=move || problem.get().is_some()>
            <label class="utrecht-form-label" for=id.clone()>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="bw-hint" id=hint_id.clone()>{move || hint.get()}</p> })}
            <input
                id=id.clone()
                class="utrecht-textbox bw-number-input"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                prop:value=move || text.get()
                aria-invalid=move || problem.get().is_some().then_some("true")
                aria-describedby=described_by
                on:input=on_input
                on:focus=move |_| focused.set(true)
                on:blur=move |_| {
                    focused.set(false);
                    if problem.get_untracked().is_none() {
                        text.set(show(value.get_untracked(), state.lang.get_untracked()));
                    }
                }
            />
            {move || {
                problem.get().map(|problem| {
                    view! {
                        <p class="bw-field-message" id=message_id.clone() data-testid="error" role="alert">
                            {field_message(state.lang.get(), &problem)}
                        </p>
                    }
                })
            }}
        </div>
    }
}

/// A group of radio buttons in a fieldset; each input gets the id `{name}-{value}`.
#[component]
pub fn RadioGroup(
    #[prop(into)] legend: Signal<String>,
    /// The group's name, also the prefix of each input's id.
    name: &'static str,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <fieldset class="bw-fieldset bw-radio-group">
            <legend>{move || legend.get()}</legend>
            {move || {
                options
                    .get()
                    .into_iter()
                    .map(|(option, text)| {
                        let id = format!("{name}-{option}");
                        let checked_value = option.clone();
                        let changed_value = option.clone();
                        view! {
                            <div class="bw-radio">
                                <input
                                    type="radio"
                                    name=name
                                    id=id.clone()
                                    data-testid=id.clone()
                                    value=option
                                    prop:checked=move || value.get() == checked_value
                                    on:change=move |_| on_change.run(changed_value.clone())
                                />
                                <label for=id>{text}</label>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}
