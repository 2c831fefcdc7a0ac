//! Fields the insight sections need beyond the shared ones: a labelled select, and a number field that may
//! be left empty (an actual spend not known yet, a default reference amount).

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::state::use_state;
use crate::ui::fields::{field_text, unique_id, NumberRule};
use crate::ui::i18n::{field_message, FieldProblem};

/// A labelled select over (value, label) options.
#[component]
pub fn SelectField(
    #[prop(into)] label: Signal<String>,
    /// (value, visible label) pairs.
    #[prop(into)]
    options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    /// Hide the label visually (it stays for screen readers), e.g. inside a table row.
    #[prop(optional)]
    label_hidden: bool,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| unique_id("select"));
    view! {
        <div class="utrecht-form-field bw-field">
            <label class="utrecht-form-label" class:bw-visually-hidden=label_hidden for=id.clone()>
                {move || label.get()}
            </label>
            <select
                id=id
                class="utrecht-select bw-select"
                on:change=move |event| on_change.run(event_target_value(&event))
                prop:value=move || value.get()
            >
                {move || {
                    let selected = value.get();
                    options
                        .get()
                        .into_iter()
                        .map(|(option, text)| {
                            let is_selected = option == selected;
                            view! { <option value=option selected=is_selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

/// A number field where empty means "not given": it sends `None` on empty input instead of a message.
#[component]
pub fn OptionalNumberField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<Decimal>>,
    #[prop(into)] on_change: Callback<Option<Decimal>>,
    #[prop(optional)] rule: NumberRule,
    #[prop(optional, into)] hint: Option<Signal<String>>,
    #[prop(optional, into)] placeholder: Option<Signal<String>>,
    #[prop(optional)] label_hidden: bool,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let state = use_state();
    let id = id.unwrap_or_else(|| unique_id("optional-number"));
    let message_id = format!("{id}-message");
    let hint_id = format!("{id}-hint");
    let shown = move |value: Option<Decimal>| {
        value
            .map(|value| field_text(value, state.lang.get_untracked()))
            .unwrap_or_default()
    };
    let text = RwSignal::new(shown(value.get_untracked()));
    let problem = RwSignal::new(None::<FieldProblem>);
    let focused = RwSignal::new(false);
    Effect::new(move |_| {
        let current = value.get();
        state.lang.track();
        if !focused.get_untracked() && problem.get_untracked().is_none() {
            text.set(shown(current));
        }
    });
    let on_input = move |event| {
        let typed = event_target_value(&event);
        text.set(typed.clone());
        if typed.trim().is_empty() {
            problem.set(None);
            if value.get_untracked().is_some() {
                on_change.run(None);
            }
            return;
        }
        match rule.read(&typed) {
            Ok(parsed) => {
                problem.set(None);
                if Some(parsed) != value.get_untracked() {
                    on_change.run(Some(parsed));
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
            <label class="utrecht-form-label" class:bw-visually-hidden=label_hidden for=id.clone()>
                {move || label.get()}
            </label>
            {hint.map(|hint| view! { <p class="bw-hint" id=hint_id.clone()>{move || hint.get()}</p> })}
            <input
                id=id.clone()
                class="utrecht-textbox bw-number-input"
                type="text"
                inputmode="decimal"
                autocomplete="off"
                placeholder=move || placeholder.map(|p| p.get())
                prop:value=move || text.get()
                aria-invalid=move || problem.get().is_some().then_some("true")
                aria-describedby=described_by
                on:input=on_input
                on:focus=move |_| focused.set(true)
                on:blur=move |_| {
                    focused.set(false);
                    if problem.get_untracked().is_none() {
                        text.set(shown(value.get_untracked()));
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

/// The scenarios as select options, values being their indexes.
pub fn scenario_options() -> Signal<Vec<(String, String)>> {
    let state = use_state();
    Signal::derive(move || {
        state.document.with(|document| {
            document
                .scenarios
                .iter()
                .enumerate()
                .map(|(index, scenario)| (index.to_string(), scenario.name.clone()))
                .collect()
        })
    })
}

/// Paragraphs of practical advice under a section heading.
#[component]
pub fn Tips(#[prop(into)] tips: Signal<Vec<&'static str>>) -> impl IntoView {
    view! {
        <ul class="bw-tips">
            {move || tips.get().into_iter().map(|tip| view! { <li>{tip}</li> }).collect_view()}
        </ul>
    }
}
