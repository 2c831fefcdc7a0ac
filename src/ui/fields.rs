//! Form fields shared by every section. A number field reads Dutch and plain notation; what it cannot read
//! gets a message at the field while the document keeps the last valid value.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::notation::{parse_number, ParseNumberError};
use crate::domain::validation::{
    within_decimals, MONEY_DECIMALS, PERCENT_DECIMALS, PRICE_DECIMALS, QUANTITY_DECIMALS,
};
use crate::state::use_state;
use crate::ui::i18n::{field_message, FieldProblem, Lang};

/// A page-unique id, so every label can point at its input.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// What a number field accepts beyond being a number. The limits are those of
/// [`validation`](crate::domain::validation), so whatever a field takes, the document accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberRule {
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    /// The most decimals the value may have; 0 asks for a whole number.
    pub decimals: u32,
}

impl Default for NumberRule {
    /// Any number exact decimals can hold.
    fn default() -> NumberRule {
        NumberRule {
            min: None,
            max: None,
            decimals: 28,
        }
    }
}

impl NumberRule {
    /// Zero or more, up to `max`: hours, FTE, counts of units, usage figures, band weights and prices per
    /// unit, with up to [`QUANTITY_DECIMALS`] decimals.
    pub fn non_negative(max: Decimal) -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(max),
            decimals: QUANTITY_DECIMALS.max(PRICE_DECIMALS),
        }
    }

    /// An amount of money from zero up to `max`, in cents at most.
    pub fn money(max: Decimal) -> NumberRule {
        NumberRule {
            decimals: MONEY_DECIMALS,
            ..NumberRule::non_negative(max)
        }
    }

    /// A whole count from zero up to `max`: municipalities, inhabitants, years.
    pub fn count(max: Decimal) -> NumberRule {
        NumberRule {
            decimals: 0,
            ..NumberRule::non_negative(max)
        }
    }

    /// A percentage within the given range.
    pub fn percent(min: Decimal, max: Decimal) -> NumberRule {
        NumberRule {
            min: Some(min),
            max: Some(max),
            decimals: PERCENT_DECIMALS,
        }
    }

    /// Reads the text and applies the rule.
    pub fn read(&self, text: &str) -> Result<Decimal, FieldProblem> {
        let value = parse_number(text).map_err(|error| match error {
            ParseNumberError::Empty => FieldProblem::Empty,
            ParseNumberError::NotANumber => FieldProblem::NotANumber,
            ParseNumberError::TooLarge => FieldProblem::TooLarge(self.max.unwrap_or(Decimal::MAX)),
        })?;
        if let Some(min) = self.min.filter(|min| value < *min) {
            return Err(if min.is_zero() {
                FieldProblem::Negative
            } else {
                FieldProblem::TooSmall(min)
            });
        }
        if let Some(max) = self.max.filter(|max| value > *max) {
            return Err(FieldProblem::TooLarge(max));
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
    // Outside changes (another draft opened, a language switch) refresh the text unless the user is typing
    // in this field or looking at a message about it.
    Effect::new(move |_| {
        let current = value.get();
        let lang = state.lang.get();
        if !focused.get_untracked() && problem.get_untracked().is_none() {
            text.set(field_text(current, lang));
        }
    });
    let on_input = move |event| {
        let typed = event_target_value(&event);
        text.set(typed.clone());
        match rule.read(&typed) {
            Ok(parsed) => {
                problem.set(None);
                if parsed != value.get_untracked() {
                    on_change.run(parsed);
                }
            }
            Err(error) => problem.set(Some(error)),
        }
    };
    let on_blur = move |_| {
        focused.set(false);
        if problem.get_untracked().is_none() {
            text.set(field_text(
                value.get_untracked(),
                state.lang.get_untracked(),
            ));
        }
    };
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
                    on:focus=move |_| focused.set(true)
                    on:blur=on_blur
                />
                {unit.map(|unit| view! { <span class="bw-unit" aria-hidden="true">{move || unit.get()}</span> })}
            </div>
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

/// A labelled single-line text input; names are text, never markup.
#[component]
pub fn TextField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional, into)] id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| unique_id("text"));
    view! {
        <div class="utrecht-form-field bw-field">
            <label class="utrecht-form-label" for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                class="utrecht-textbox"
                type="text"
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
        let hours = NumberRule::non_negative(dec("1000000"));
        assert_eq!(hours.read("1.234,5"), Ok(dec("1234.5")));
        assert_eq!(hours.read("-3"), Err(FieldProblem::Negative));
        assert_eq!(hours.read("abc"), Err(FieldProblem::NotANumber));
        assert_eq!(hours.read(""), Err(FieldProblem::Empty));
        assert_eq!(
            hours.read("2000000"),
            Err(FieldProblem::TooLarge(dec("1000000")))
        );
        let count = NumberRule::count(dec("10000"));
        assert_eq!(count.read("2,5"), Err(FieldProblem::NotWhole));
        let reserve = NumberRule::percent(dec("0"), dec("100"));
        assert_eq!(reserve.read("150"), Err(FieldProblem::TooLarge(dec("100"))));
        assert_eq!(reserve.read("12,5"), Ok(dec("12.5")));
        assert_eq!(
            reserve.read("12,125"),
            Err(FieldProblem::TooManyDecimals(2))
        );
    }

    #[test]
    fn rules_follow_the_limits_of_validation() {
        use crate::domain::validation::{MAX_AMOUNT, MAX_INHABITANTS};
        let money = NumberRule::money(MAX_AMOUNT);
        assert_eq!(money.read("12,50"), Ok(dec("12.5")));
        // "12,345" is more often twelve thousand in English notation than a tenth of a cent.
        assert_eq!(money.read("12,345"), Err(FieldProblem::TooManyDecimals(2)));
        let inhabitants = NumberRule::count(MAX_INHABITANTS);
        assert_eq!(
            inhabitants.read("0,0000000000000000000001"),
            Err(FieldProblem::NotWhole)
        );
        assert_eq!(inhabitants.read("1.500.000,00"), Ok(dec("1500000")));
        let price = NumberRule::non_negative(MAX_AMOUNT);
        assert_eq!(price.read("0,0125"), Ok(dec("0.0125")));
        // Issue 14: this 28-digit text panicked on its way to the screen.
        assert_eq!(
            price.read("2999999999999999999999999195"),
            Err(FieldProblem::TooLarge(MAX_AMOUNT))
        );
    }

    #[test]
    fn field_text_uses_the_language_separator_without_grouping() {
        assert_eq!(field_text(dec("0.10"), Lang::Nl), "0,1");
        assert_eq!(field_text(dec("1500000"), Lang::Nl), "1500000");
        assert_eq!(field_text(dec("1234.5"), Lang::En), "1234.5");
    }
}
