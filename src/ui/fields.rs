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

use crate::domain::notation::{parse_number, ParseNumberError};
use crate::domain::validation::{
    within_decimals, MAX_AMOUNT, MAX_BUDGET_YEAR, MAX_INHABITANTS, MAX_QUANTITY, MIN_BUDGET_YEAR,
    MONEY_DECIMALS, PERCENT_DECIMALS, PRICE_DECIMALS, QUANTITY_DECIMALS,
};
use crate::state::use_state;
use crate::ui::i18n::Lang;

/// A page-unique id, so every label can point at its input.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// Why a field's text was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Empty,
    NotANumber,
    Negative,
    TooSmall(Decimal, ValueKind),
    TooLarge(Decimal, ValueKind),
    NotWhole,
    /// More decimals than this field can mean (cents for money).
    TooManyDecimals(u32),
}

/// What a number stands for, so that a message about its bounds can say so ("hoogstens 100%", "hoogstens
/// € 1.000.000.000") and its minimum shows with the decimals it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ValueKind {
    Money,
    Percent,
    Inhabitants,
    /// A whole number of municipalities or years.
    Count,
    /// A calendar year.
    Year,
    /// Hours, FTE, units, usage figures, band points.
    #[default]
    Quantity,
}

/// What a number field accepts beyond being a number. The limits are those of
/// [`validation`](crate::domain::validation), so whatever a field takes, the document accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberRule {
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    /// The most decimals the value may have; 0 asks for a whole number.
    pub decimals: u32,
    pub kind: ValueKind,
}

impl Default for NumberRule {
    /// Any number exact decimals can hold.
    fn default() -> NumberRule {
        NumberRule {
            min: None,
            max: None,
            decimals: 28,
            kind: ValueKind::Quantity,
        }
    }
}

impl NumberRule {
    /// An amount of euros, from zero to what a budget can be, in cents at most.
    pub fn money() -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(MAX_AMOUNT),
            decimals: MONEY_DECIMALS,
            kind: ValueKind::Money,
        }
    }

    /// A price per unit or per inhabitant (€ 0,0125 per message, € 1,92 per inhabitant): money with up to
    /// [`PRICE_DECIMALS`] decimals.
    pub fn price() -> NumberRule {
        NumberRule {
            decimals: PRICE_DECIMALS,
            ..NumberRule::money()
        }
    }

    /// Hours, FTE, units, usage figures, band points: zero or more.
    pub fn quantity() -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(MAX_QUANTITY),
            decimals: QUANTITY_DECIMALS,
            kind: ValueKind::Quantity,
        }
    }

    /// Inhabitants: a whole number, zero or more.
    pub fn inhabitants() -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(MAX_INHABITANTS),
            decimals: 0,
            kind: ValueKind::Inhabitants,
        }
    }

    /// A whole count from zero up to `max`: municipalities, years.
    pub fn count(max: Decimal) -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(max),
            decimals: 0,
            kind: ValueKind::Count,
        }
    }

    /// A percentage within the given range.
    pub fn percent(min: Decimal, max: Decimal) -> NumberRule {
        NumberRule {
            min: Some(min),
            max: Some(max),
            decimals: PERCENT_DECIMALS,
            kind: ValueKind::Percent,
        }
    }

    /// A calendar year within the range a budget year may have.
    pub fn year() -> NumberRule {
        NumberRule {
            min: Some(Decimal::from(MIN_BUDGET_YEAR)),
            max: Some(Decimal::from(MAX_BUDGET_YEAR)),
            decimals: 0,
            kind: ValueKind::Year,
        }
    }

    /// The same rule with another minimum.
    pub fn at_least(self, min: Decimal) -> NumberRule {
        NumberRule {
            min: Some(min),
            ..self
        }
    }

    /// Reads the text and applies the rule.
    pub fn read(&self, text: &str) -> Result<Decimal, FieldProblem> {
        let too_large = || FieldProblem::TooLarge(self.max.unwrap_or(Decimal::MAX), self.kind);
        let value = parse_number(text).map_err(|error| match error {
            ParseNumberError::Empty => FieldProblem::Empty,
            ParseNumberError::NotANumber => FieldProblem::NotANumber,
            ParseNumberError::TooLarge => too_large(),
        })?;
        if let Some(min) = self.min.filter(|min| value < *min) {
            return Err(if min.is_zero() {
                FieldProblem::Negative
            } else {
                FieldProblem::TooSmall(min, self.kind)
            });
        }
        if self.max.is_some_and(|max| value > max) {
            return Err(too_large());
        }
        if !within_decimals(value, self.decimals) {
            return Err(if self.decimals == 0 {
                FieldProblem::NotWhole
            } else {
                FieldProblem::TooManyDecimals(self.decimals)
            });
        }
        Ok(value)
    }
}

/// How a value appears in a field: no thousands separators (so "1.500" is never ambiguous), the decimal
/// separator of the language.
pub fn field_text(value: Decimal, lang: Lang) -> String {
    let plain = value.normalize().to_string();
    match lang {
        Lang::Nl => plain.replace('.', ","),
        Lang::En => plain,
    }
}

/// The ids a field's `aria-describedby` names: its hint if it has one, and its message while it shows one.
fn described_by(
    has_hint: bool,
    hint_id: &str,
    message_id: &str,
    problem: RwSignal<Option<FieldProblem>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let hint_id = hint_id.to_string();
    let message_id = message_id.to_string();
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint_id.clone());
        }
        if problem.get().is_some() {
            ids.push(message_id.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
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
) -> impl IntoView {
    let state = use_state();
    let id = id.unwrap_or_else(|| unique_id("number"));
    let message_id = format!("{id}-message");
    let hint_id = format!("{id}-hint");
    let text = RwSignal::new(field_text(
        value.get_untracked(),
        state.lang.get_untracked(),
    ));
    let problem = RwSignal::new(None::<FieldProblem>);
    let focused = RwSignal::new(false);
    // The value when this round of editing began: what the document goes back to while the text is not a
    // value the field accepts.
    let session_start = StoredValue::new(None::<Decimal>);
    // Outside changes (another draft opened, a language switch) refresh the text unless the user is typing
    // in this field or looking at a message about it.
    Effect::new(move |_| {
        let current = value.get();
        let lang = state.lang.get();
        if !focused.get_untracked() && problem.get_untracked().is_none() {
            text.set(field_text(current, lang));
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
        let wanted = match rule.read(&typed) {
            Ok(parsed) => {
                problem.set(None);
                parsed
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
            text.set(field_text(
                value.get_untracked(),
                state.lang.get_untracked(),
            ));
        }
    };
    // What the document keeps while the text is not accepted, said in the message.
    let kept = move || field_text(value.get(), state.lang.get());
    let described_by = described_by(hint.is_some(), &hint_id, &message_id, problem);
    view! {
        <div class="utrecht-form-field bw-field" class:bw-field--invalid=move || problem.get().is_some()>
            <label class="utrecht-form-label" for=id.clone()>{move || label.get()}</label>
            {hint.map(|hint| view! { <p class="bw-hint" id=hint_id.clone()>{move || hint.get()}</p> })}
            <div class="bw-field__control">
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
                    on:focus=move |_| {
                        focused.set(true);
                        start_session();
                    }
                    on:blur=on_blur
                />
                {unit.map(|unit| view! { <span class="bw-unit" aria-hidden="true">{move || unit.get()}</span> })}
            </div>
            {move || {
                problem.get().map(|problem| {
                    view! {
                        <p class="bw-field-message" id=message_id.clone() data-testid="error" role="alert">
                            {state.lang.get().texts().field_message(&problem, Some(&kept()))}
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
    // As in `NumberField`: the value when this round of editing began (`Some(None)`: it was not set).
    let session_start = StoredValue::new(None::<Option<Decimal>>);
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
        let wanted = if typed.trim().is_empty() {
            problem.set(None);
            None
        } else {
            match rule.read(&typed) {
                Ok(parsed) => {
                    problem.set(None);
                    Some(parsed)
                }
                Err(error) => {
                    problem.set(Some(error));
                    session_start
                        .get_value()
                        .unwrap_or_else(|| value.get_untracked())
                }
            }
        };
        if wanted != value.get_untracked() {
            on_change.run(wanted);
        }
    };
    let kept = move || value.get().map(|value| field_text(value, state.lang.get()));
    // An empty optional field is not an error: it says it is not set.
    let not_set = move || {
        (value.get().is_none() && problem.get().is_none())
            .then(|| state.lang.get().texts().field_not_set)
    };
    let described_by = described_by(hint.is_some(), &hint_id, &message_id, problem);
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
                on:focus=move |_| {
                    focused.set(true);
                    start_session();
                }
                on:blur=move |_| {
                    focused.set(false);
                    session_start.set_value(None);
                    if problem.get_untracked().is_none() {
                        text.set(shown(value.get_untracked()));
                    }
                }
            />
            <p class="bw-hint bw-hint--not-set" aria-live="polite">{not_set}</p>
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

/// The scenarios as select options, values being their indexes. A memo: it changes only when a scenario is
/// added, removed or renamed, not on every edit.
pub fn scenario_options() -> Signal<Vec<(String, String)>> {
    let state = use_state();
    Memo::new(move |_| {
        state.document.with(|document| {
            document
                .scenarios
                .iter()
                .enumerate()
                .map(|(index, scenario)| (index.to_string(), scenario.name.clone()))
                .collect::<Vec<_>>()
        })
    })
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    #[test]
    fn rules_give_a_reason() {
        let hours = NumberRule {
            max: Some(dec("1000000")),
            ..NumberRule::quantity()
        };
        assert_eq!(hours.read("1.234,5"), Ok(dec("1234.5")));
        assert_eq!(hours.read("-3"), Err(FieldProblem::Negative));
        assert_eq!(hours.read("abc"), Err(FieldProblem::NotANumber));
        assert_eq!(hours.read(""), Err(FieldProblem::Empty));
        assert_eq!(
            hours.read("2000000"),
            Err(FieldProblem::TooLarge(dec("1000000"), ValueKind::Quantity))
        );
        let count = NumberRule::count(dec("10000"));
        assert_eq!(count.read("2,5"), Err(FieldProblem::NotWhole));
        let reserve = NumberRule::percent(dec("0"), dec("100"));
        assert_eq!(
            reserve.read("150"),
            Err(FieldProblem::TooLarge(dec("100"), ValueKind::Percent))
        );
        let reference = NumberRule::money().at_least(dec("0.01"));
        assert_eq!(
            reference.read("0"),
            Err(FieldProblem::TooSmall(dec("0.01"), ValueKind::Money))
        );
        assert_eq!(
            NumberRule::inhabitants().read("45,123"),
            Err(FieldProblem::NotWhole)
        );
    }

    #[test]
    fn rules_follow_the_limits_of_validation() {
        let money = NumberRule::money();
        assert_eq!(money.read("12,50"), Ok(dec("12.5")));
        // "12,345" is more often twelve thousand in English notation than a tenth of a cent.
        assert_eq!(money.read("12,345"), Err(FieldProblem::TooManyDecimals(2)));
        let inhabitants = NumberRule::inhabitants();
        assert_eq!(
            inhabitants.read("0,0000000000000000000001"),
            Err(FieldProblem::NotWhole)
        );
        assert_eq!(inhabitants.read("1.500.000,00"), Ok(dec("1500000")));
        let price = NumberRule::price();
        assert_eq!(price.read("0,0125"), Ok(dec("0.0125")));
        // Issue 14: this 28-digit text panicked on its way to the screen.
        assert_eq!(
            price.read("2999999999999999999999999195"),
            Err(FieldProblem::TooLarge(MAX_AMOUNT, ValueKind::Money))
        );
        let reserve = NumberRule::percent(dec("0"), dec("100"));
        assert_eq!(reserve.read("12,5"), Ok(dec("12.5")));
        assert_eq!(
            reserve.read("12,125"),
            Err(FieldProblem::TooManyDecimals(2))
        );
    }

    #[test]
    fn a_message_says_what_the_field_is_and_what_is_kept() {
        let reserve = NumberRule::percent(dec("0"), dec("100"));
        let problem = reserve.read("150").unwrap_err();
        assert_eq!(
            Lang::Nl.texts().field_message(&problem, Some("10")),
            "Dit kan hoogstens 100% zijn. We rekenen met 10."
        );
        let problem = NumberRule::money()
            .at_least(dec("0.01"))
            .read("0")
            .unwrap_err();
        assert_eq!(
            Lang::Nl.texts().field_message(&problem, Some("2420")),
            "Dit moet minstens €\u{a0}0,01 zijn. We rekenen met 2420."
        );
        let problem = NumberRule::money().read("2000000000").unwrap_err();
        assert_eq!(
            Lang::En.texts().field_message(&problem, None),
            "This is more than a budget can be: at most €1,000,000,000."
        );
        let years = NumberRule::count(dec("30"));
        assert_eq!(
            Lang::Nl
                .texts()
                .field_message(&years.read("31").unwrap_err(), Some("3")),
            "Dit kan hoogstens 30 zijn. We rekenen met 3."
        );
    }

    #[test]
    fn field_text_uses_the_language_separator_without_grouping() {
        assert_eq!(field_text(dec("0.10"), Lang::Nl), "0,1");
        assert_eq!(field_text(dec("1500000"), Lang::Nl), "1500000");
        assert_eq!(field_text(dec("1234.5"), Lang::En), "1234.5");
    }
}
