//! Form fields shared by every section. A number field reads Dutch and plain notation; what it cannot read
//! gets a message at the field while the document keeps the last valid value.
//!
//! A keystroke never corrupts the document. While the user types, every value that reads and passes the
//! field's rule goes to the document at once, so the results follow the typing. As soon as the text stops
//! being such a value (emptied, half typed, out of range), the document goes back to the value it had when
//! the user started editing this field: the "1" left on the way from "12.000" to an empty field, or the
//! "15" on the way to "150" in a reserve, are never kept, and neither are the draft, the exports and the
//! links made from the document.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::budget::Category;
use crate::domain::cycle::{DeficitChoice, SurplusChoice};
use crate::domain::document::CollaborationLevel;
use crate::domain::edits::{AmountKind, InKindWay};
use crate::domain::key::{HybridBase, KeyKind, VariableBasis};
use crate::domain::key_comparison::Subject;
use crate::domain::participants::{InhabitantsBasis, ParticipantMode, Variant};
use crate::state::use_state;
pub use crate::text::number_rule::{field_text, FieldProblem, NumberRule, ValueKind};

/// A page-unique id, so every label can point at its input.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A labelled number input. Valid input goes to `on_change` as the user types; invalid input shows a
/// message under the field and changes nothing.
#[component]
pub fn NumberField(
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The value in the document.
    #[prop(into)]
    value: Signal<Decimal>,
    /// Receives each valid value.
    #[prop(into)]
    on_change: Callback<Decimal>,
    /// What the field accepts.
    #[prop(optional)]
    rule: NumberRule,
    /// A unit shown after the field, such as "%", "uur" or "€".
    #[prop(optional, into)]
    unit: Option<Signal<String>>,
    /// A short hint under the label.
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// A stable test or anchor id for the input.
    #[prop(optional, into)]
    id: Option<String>,
    /// The input's test hook, `data-testid`.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    number_input(NumberInput {
        label,
        value: Signal::derive(move || Some(value.get())),
        on_change: Callback::new(move |value: Option<Decimal>| {
            if let Some(value) = value {
                on_change.run(value);
            }
        }),
        rule,
        optional: false,
        unit,
        hint,
        placeholder: None,
        label_hidden: false,
        id: id.unwrap_or_else(|| unique_id("number")),
        testid,
    })
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
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    number_input(NumberInput {
        label,
        value,
        on_change,
        rule,
        optional: true,
        unit: None,
        hint,
        placeholder,
        label_hidden,
        id: id.unwrap_or_else(|| unique_id("optional-number")),
        testid,
    })
}

/// What both number fields are made of.
struct NumberInput {
    label: Signal<String>,
    value: Signal<Option<Decimal>>,
    on_change: Callback<Option<Decimal>>,
    rule: NumberRule,
    /// Whether empty is a value ("not set") rather than a message.
    optional: bool,
    unit: Option<Signal<String>>,
    hint: Option<Signal<String>>,
    placeholder: Option<Signal<String>>,
    label_hidden: bool,
    id: String,
    testid: Option<&'static str>,
}

/// The number input of both fields, built once.
fn number_input(field: NumberInput) -> impl IntoView {
    let NumberInput {
        label,
        value,
        on_change,
        rule,
        optional,
        unit,
        hint,
        placeholder,
        label_hidden,
        id,
        testid,
    } = field;
    let state = use_state();
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
    // The value when this round of editing began: what the document goes back to while the text is not a
    // value the field accepts (`Some(None)`: it was not set).
    let session_start = StoredValue::new(None::<Option<Decimal>>);
    // Outside changes (another draft opened, a language switch) refresh the text unless the user is typing
    // in this field or looking at a message about it.
    Effect::new(move |_| {
        let current = value.get();
        state.lang.track();
        if !focused.get_untracked() && problem.get_untracked().is_none() {
            text.set(shown(current));
        }
    });
    let start_session = move || {
        if session_start.get_value().is_none() {
            session_start.set_value(Some(value.get_untracked()));
        }
    };
    let on_input = move |event| {
        start_session();
        let typed = event_target_value(&event);
        text.set(typed.clone());
        // Emptying an optional field is a choice: "not set".
        let read = if optional && typed.trim().is_empty() {
            Ok(None)
        } else {
            rule.read_in(&typed, state.lang.get_untracked().notation())
                .map(Some)
        };
        let wanted = match read {
            Ok(read) => {
                problem.set(None);
                read
            }
            Err(error) => {
                problem.set(Some(error));
                session_start
                    .get_value()
                    .unwrap_or_else(|| value.get_untracked())
            }
        };
        if wanted != value.get_untracked() {
            on_change.run(wanted);
        }
    };
    let on_blur = move |_| {
        focused.set(false);
        session_start.set_value(None);
        if problem.get_untracked().is_none() {
            text.set(shown(value.get_untracked()));
        }
    };
    // What the document keeps while the text is not accepted, said in the message.
    let kept = move || value.get().map(|value| field_text(value, state.lang.get()));
    // An empty optional field is not an error: it says it is not set.
    let not_set = optional.then_some(move || {
        (value.get().is_none() && problem.get().is_none())
            .then(|| state.lang.get().texts().field_not_set)
    });
    let has_hint = hint.is_some();
    let described_by = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if problem.get().is_some() {
            ids.push(message_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    let hint_id = format!("{id}-hint");
    let message_id = format!("{id}-message");
    view! {
        <div class="utrecht-form-field bw-field" class:bw-field--invalid=move || problem.get().is_some()>
            <label class="utrecht-form-label" class:bw-visually-hidden=label_hidden for=id.clone()>
                {label}
            </label>
            {hint.map(|hint| view! { <p class="bw-hint" id=hint_id>{hint}</p> })}
            <div class="bw-field__control">
                <input
                    id=id
                    data-testid=testid
                    class="utrecht-textbox bw-number-input"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    placeholder=move || placeholder.map(|placeholder| placeholder.get())
                    title=move || state.lang.get().texts().number_notation
                    prop:value=move || text.get()
                    aria-invalid=move || problem.get().is_some().then_some("true")
                    aria-describedby=described_by
                    on:input=on_input
                    on:focus=move |_| {
                        focused.set(true);
                        start_session();
                    }
                    on:blur=on_blur
                />
                {unit.map(|unit| view! { <span class="bw-unit" aria-hidden="true">{unit}</span> })}
            </div>
            {not_set.map(|not_set| view! { <p class="bw-hint bw-hint--not-set" aria-live="polite">{not_set}</p> })}
            {move || {
                problem.get().map(|problem| {
                    view! {
                        <p class="bw-field-message" id=message_id.clone() data-testid="error" role="alert">
                            {state.lang.get().texts().field_message(&problem, kept().as_deref())}
                        </p>
                    }
                })
            }}
        </div>
    }
}

/// A labelled single-line text input; names are text, never markup.
#[component]
pub fn TextField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] id: Option<String>,
    /// The input's type when it is not plain text: "email" or "url", so phones offer the right keyboard.
    #[prop(optional)]
    input_type: Option<&'static str>,
    /// The autocomplete token, e.g. "name" or "email".
    #[prop(optional)]
    autocomplete: Option<&'static str>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| unique_id("text"));
    view! {
        <div class="utrecht-form-field bw-field">
            <label class="utrecht-form-label" for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                class="utrecht-textbox"
                type=input_type.unwrap_or("text")
                autocomplete=autocomplete
                prop:value=move || value.get()
                on:input=move |event| on_change.run(event_target_value(&event))
            />
        </div>
    }
}

/// A value a select or a group of radio buttons offers: written into the option's `value` (and a radio
/// button's id) and read back from it, so that the fields hand their callers the value itself.
pub trait Choice: Clone + PartialEq + Send + Sync + 'static {
    fn to_value(&self) -> String;
    fn from_value(value: &str) -> Option<Self>;
}

/// A position in a list, such as a scenario's.
impl Choice for usize {
    fn to_value(&self) -> String {
        self.to_string()
    }
    fn from_value(value: &str) -> Option<usize> {
        value.parse().ok()
    }
}

/// A position or none (the empty option).
impl Choice for Option<usize> {
    fn to_value(&self) -> String {
        self.map(|index| index.to_string()).unwrap_or_default()
    }
    fn from_value(value: &str) -> Option<Option<usize>> {
        match value {
            "" => Some(None),
            index => index.parse().ok().map(Some),
        }
    }
}

/// A name, such as a usage metric's.
impl Choice for String {
    fn to_value(&self) -> String {
        self.clone()
    }
    fn from_value(value: &str) -> Option<String> {
        Some(value.to_string())
    }
}

/// [`Choice`] for an enum of the document, by a fixed value per variant.
macro_rules! choices {
    ($($type:ty { $($variant:path => $value:literal),+ $(,)? })+) => {
        $(impl Choice for $type {
            fn to_value(&self) -> String {
                match self {
                    $($variant => $value,)+
                }
                .to_string()
            }
            fn from_value(value: &str) -> Option<Self> {
                match value {
                    $($value => Some($variant),)+
                    _ => None,
                }
            }
        })+
    };
}

choices! {
    SurplusChoice {
        SurplusChoice::ReserveThenRefund => "reserve-then-refund",
        SurplusChoice::AllToReserve => "all-to-reserve",
        SurplusChoice::RefundAll => "refund-all",
    }
    DeficitChoice {
        DeficitChoice::ReserveThenMembers => "reserve-then-members",
        DeficitChoice::MembersOnly => "members-only",
    }
    KeyKind {
        KeyKind::Equal => "equal",
        KeyKind::Inhabitants => "inhabitants",
        KeyKind::Usage => "usage",
        KeyKind::Hybrid => "hybrid",
        KeyKind::Staffel => "staffel",
        KeyKind::Tariffs => "tariffs",
    }
    Category {
        Category::Development => "Development",
        Category::Coordination => "Coordination",
        Category::Infrastructure => "Infrastructure",
        Category::Community => "Community",
        Category::Other => "Other",
    }
    AmountKind {
        AmountKind::Hours => "Hours",
        AmountKind::Fte => "Fte",
        AmountKind::Units => "Units",
        AmountKind::Fixed => "Fixed",
    }
    InKindWay {
        InKindWay::Hours => "hours",
        InKindWay::Amount => "amount",
    }
    ParticipantMode {
        ParticipantMode::Summary => "summary",
        ParticipantMode::List => "list",
    }
    InhabitantsBasis {
        InhabitantsBasis::Total => "total",
        InhabitantsBasis::Average => "average",
    }
    HybridBase {
        HybridBase::FixedAmount => "fixed",
        HybridBase::BaseLines => "lines",
    }
    VariableBasis {
        VariableBasis::Inhabitants => "inhabitants",
        VariableBasis::Usage => "usage",
    }
    Variant {
        Variant::Current => "a",
        Variant::Grown => "b",
    }
    CollaborationLevel {
        CollaborationLevel::SharingOnly => "0",
        CollaborationLevel::LightCoordination => "1",
        CollaborationLevel::Structured => "2",
        CollaborationLevel::FullDirection => "3",
    }
}

/// A municipality to compare keys for: "p3" is the fourth of the list, "r0" the first reference.
impl Choice for Subject {
    fn to_value(&self) -> String {
        match self {
            Subject::Participant(index) => format!("p{index}"),
            Subject::Reference(index) => format!("r{index}"),
        }
    }
    fn from_value(value: &str) -> Option<Subject> {
        let index = value.get(1..)?.parse().ok()?;
        match value.get(..1)? {
            "p" => Some(Subject::Participant(index)),
            "r" => Some(Subject::Reference(index)),
            _ => None,
        }
    }
}

/// The options of a select or radio group as the page writes them: (value, label), and the value chosen.
fn written_options<T: Choice>(options: Signal<Vec<(T, String)>>) -> Signal<Vec<(String, String)>> {
    Signal::derive(move || {
        options.with(|options| {
            options
                .iter()
                .map(|(value, label)| (value.to_value(), label.clone()))
                .collect()
        })
    })
}

/// Hands `on_change` the value behind an option's `value`; a value no option has is ignored.
fn read_back<T: Choice>(on_change: Callback<T>) -> Callback<String> {
    Callback::new(move |value: String| {
        if let Some(value) = T::from_value(&value) {
            on_change.run(value);
        }
    })
}

/// A labelled select over typed options: (value, visible label) pairs.
#[component]
pub fn SelectField<T: Choice>(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] options: Signal<Vec<(T, String)>>,
    #[prop(into)] value: Signal<T>,
    #[prop(into)] on_change: Callback<T>,
    /// Hide the label visually (it stays for screen readers), e.g. inside a table row.
    #[prop(optional)]
    label_hidden: bool,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    select(
        label,
        written_options(options),
        Signal::derive(move || value.with(Choice::to_value)),
        read_back(on_change),
        label_hidden,
        id.unwrap_or_else(|| unique_id("select")),
    )
}

/// The select itself, over the written values: built once for every type of value.
fn select(
    label: Signal<String>,
    options: Signal<Vec<(String, String)>>,
    value: Signal<String>,
    on_change: Callback<String>,
    label_hidden: bool,
    id: String,
) -> impl IntoView {
    view! {
        <div class="utrecht-form-field bw-field">
            <label class="utrecht-form-label" class:bw-visually-hidden=label_hidden for=id.clone()>
                {label}
            </label>
            <select
                id=id
                class="utrecht-select utrecht-select--html-select bw-select"
                on:change=move |event| on_change.run(event_target_value(&event))
                prop:value=move || value.get()
            >
                {move || {
                    // Only a change of the options rebuilds them; `prop:value` follows the value. Rebuilding
                    // on every edit made garbage that waits for the JS collector (event closures of old nodes).
                    let selected = value.get_untracked();
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

/// A group of radio buttons over typed options, each input's id `<name>-<value>` (also its test hook);
/// with `hints`, a hint under each option (in option order).
#[component]
pub fn RadioGroup<T: Choice>(
    #[prop(into)] legend: Signal<String>,
    /// The group's name, also the prefix of each input's id.
    name: &'static str,
    #[prop(into)] options: Signal<Vec<(T, String)>>,
    #[prop(into)] value: Signal<T>,
    #[prop(into)] on_change: Callback<T>,
    #[prop(optional, into)] hints: Option<Signal<Vec<&'static str>>>,
) -> impl IntoView {
    radio_group(
        legend,
        name,
        written_options(options),
        Signal::derive(move || value.with(Choice::to_value)),
        read_back(on_change),
        hints,
    )
}

/// The radio group itself, over the written values: built once for every type of value.
fn radio_group(
    legend: Signal<String>,
    name: &'static str,
    options: Signal<Vec<(String, String)>>,
    value: Signal<String>,
    on_change: Callback<String>,
    hints: Option<Signal<Vec<&'static str>>>,
) -> impl IntoView {
    view! {
        <fieldset class="bw-fieldset bw-radio-group">
            <legend>{legend}</legend>
            {move || {
                options
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, (option, text))| {
                        let id = format!("{name}-{option}");
                        let hint_id = hints.map(|_| format!("{id}-hint"));
                        let hint = hints.map(move |hints| {
                            move || hints.with(|hints| hints.get(index).copied())
                        });
                        let checked_value = option.clone();
                        let changed_value = option.clone();
                        view! {
                            <div class="bw-radio">
                                <input
                                    type="radio"
                                    class="utrecht-radio-button utrecht-radio-button--html-input"
                                    name=name
                                    id=id.clone()
                                    data-testid=id.clone()
                                    value=option
                                    aria-describedby=hint_id.clone()
                                    prop:checked=move || value.get() == checked_value
                                    on:change=move |_| on_change.run(changed_value.clone())
                                />
                                <label class="utrecht-form-label" for=id>{text}</label>
                                {hint.map(|hint| view! { <p class="bw-hint" id=hint_id>{hint}</p> })}
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}

/// The scenarios as select options, by their position. A memo: it changes only when a scenario is
/// added, removed or renamed, not on every edit.
pub fn scenario_options() -> Signal<Vec<(usize, String)>> {
    let state = use_state();
    Memo::new(move |_| {
        state.document.with(|document| {
            document
                .scenarios
                .iter()
                .enumerate()
                .map(|(index, scenario)| (index, scenario.name.clone()))
                .collect::<Vec<_>>()
        })
    })
    .into()
}
