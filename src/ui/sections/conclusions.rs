//! Section 6: recommendations and the two generated texts.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::letters::{letter_facts, LetterFacts};
use crate::state::use_state;
use crate::ui::fields::unique_id;
use crate::ui::fields::{scenario_options, SelectField, TextField};
use crate::ui::i18n::LetterTexts;
use crate::ui::sections::insight_fields::Tips;
use crate::ui::text_file::{offer_text_file, text_file_name};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CopyStatus {
    Copied,
    ByHand,
}

/// Starts writing `text` to the clipboard; `None` when the page has no clipboard (an insecure context,
/// an old browser), so the caller can fall back to selecting the text.
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = web_sys::window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into()
        .ok()
}

/// A generated text, read-only, with a button that copies it and one that downloads it as a file.
#[component]
fn CopyableText(
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// The name of the downloaded file.
    #[prop(into)]
    file_name: Signal<String>,
    /// Base for the element ids and test ids.
    name: &'static str,
) -> impl IntoView {
    let state = use_state();
    let insight = move || state.lang.get().insight();
    let status = RwSignal::new(None::<CopyStatus>);
    let area = NodeRef::<Textarea>::new();
    let heading_id = unique_id(name);
    let area_id = format!("{name}-tekst");
    // A new text makes an old "copied" untrue.
    Effect::new(move |_| {
        text.track();
        status.set(None);
    });
    let select_by_hand = move || {
        if let Some(area) = area.get_untracked() {
            let _ = area.focus();
            area.select();
        }
        status.set(Some(CopyStatus::ByHand));
    };
    let copy = move |_| {
        let current = text.get_untracked();
        match clipboard_write(&current) {
            Some(promise) => {
                wasm_bindgen_futures::spawn_local(async move {
                    match wasm_bindgen_futures::JsFuture::from(promise).await {
                        Ok(_) => status.set(Some(CopyStatus::Copied)),
                        Err(_) => select_by_hand(),
                    }
                });
            }
            None => select_by_hand(),
        }
    };
    view! {
        <div class="bw-copyable">
            <h3 id=heading_id.clone()>{move || heading.get()}</h3>
            <label class="bw-visually-hidden" for=area_id.clone()>{move || heading.get()}</label>
            <textarea
                id=area_id
                class="utrecht-textarea bw-letter"
                readonly=true
                rows=12
                node_ref=area
                data-testid=format!("{name}-text")
                prop:value=move || text.get()
            ></textarea>
            <div class="bw-copy-row">
                <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action"
                    data-testid=format!("{name}-copy")
                    aria-describedby=heading_id.clone()
                    on:click=copy
                >
                    {move || insight().copy}
                </button>
                <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action"
                    data-testid=format!("{name}-download")
                    aria-describedby=heading_id.clone()
                    on:click=move |_| offer_text_file(&file_name.get_untracked(), &text.get_untracked())
                >
                    {move || insight().download_text}
                </button>
                <p class="bw-copy-status" role="status" data-testid=format!("{name}-status")>
                    {move || status.get().map(|status| match status {
                        CopyStatus::Copied => insight().copied,
                        CopyStatus::ByHand => insight().copy_by_hand,
                    })}
                </p>
            </div>
        </div>
    }
}

#[component]
pub fn Conclusions() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    let insight = move || state.lang.get().insight();
    let facts = Memo::new(move |_| {
        let report = state.report.get().ok()?;
        Some(
            state
                .document
                .with(|document| letter_facts(document, &report)),
        )
    });
    let letter = move |write: fn(&LetterTexts, &LetterFacts) -> String| {
        Signal::derive(move || {
            facts.with(|facts| match facts {
                Some(Ok(facts)) => write(state.lang.get().letters(), facts),
                Some(Err(error)) => format!(
                    "{} {}",
                    insight().texts_unavailable,
                    state.lang.get().texts().calc_error(error)
                ),
                None => texts().document_has_problems.to_string(),
            })
        })
    };
    let file_name = move |base: fn(&crate::ui::i18n::InsightTexts) -> &'static str| {
        Signal::derive(move || {
            let year = state.document.with(|document| document.budget_year);
            text_file_name(base(insight()), year)
        })
    };
    let scale_up_options = Signal::derive(move || {
        let mut options = vec![(String::new(), insight().no_scenario.to_string())];
        options.extend(scenario_options().get());
        options
    });
    let conclusions = move || state.document.with(|document| document.conclusions.clone());
    view! {
        <section class="bw-section" id="conclusies" aria-labelledby="conclusies-heading">
            <h2 id="conclusies-heading">{move || texts().conclusions_heading}</h2>
            <Tips tips=Signal::derive(move || insight().conclusions_tips.to_vec()) />
            <div class="bw-field-row">
                <SelectField
                    label=Signal::derive(move || insight().start_scenario_label.to_string())
                    options=scenario_options()
                    value=Signal::derive(move || state.document.with(|document| document.recommended_scenario().to_string()))
                    on_change=Callback::new(move |value: String| {
                        if let Ok(index) = value.parse::<usize>() {
                            state.edit(|document| document.conclusions.start_scenario = index);
                        }
                    })
                    id="conclusies-start"
                />
                <SelectField
                    label=Signal::derive(move || insight().scale_up_label.to_string())
                    options=scale_up_options
                    value=Signal::derive(move || conclusions().scale_up_scenario.map(|i| i.to_string()).unwrap_or_default())
                    on_change=Callback::new(move |value: String| {
                        state.edit(|document| document.conclusions.scale_up_scenario = value.parse::<usize>().ok());
                    })
                    id="conclusies-opschalen"
                />
            </div>
            <p class="bw-help" data-testid="growth-plan-summary">
                {move || {
                    let (now, target, years) = state.document.with(|document| {
                        let now = state.report.with(|report| report.as_ref().ok().map(|report| report.variants[0].count));
                        (now, now.map(|now| now + document.growth.additional as usize), document.growth.years)
                    });
                    match (now, target) {
                        (Some(now), Some(target)) => insight().growth_plan_sentence(now, target, years),
                        _ => String::new(),
                    }
                }}
                " "
                <a class="utrecht-link" href="#groei">{move || insight().to_growth_plan}</a>
            </p>
            <fieldset class="utrecht-form-fieldset bw-fieldset">
                <legend class="utrecht-form-fieldset__legend">{move || insight().contact_legend}</legend>
                <p class="bw-help">{move || insight().contact_help}</p>
                <div class="bw-field-row">
                    <TextField
                        label=Signal::derive(move || insight().contact_name_label.to_string())
                        value=Signal::derive(move || state.document.with(|document| document.contact.name.clone()))
                        on_change=Callback::new(move |text: String| state.edit(|document| document.contact.name = text))
                        autocomplete="name"
                        id="contact-name"
                    />
                    <TextField
                        label=Signal::derive(move || insight().contact_email_label.to_string())
                        value=Signal::derive(move || state.document.with(|document| document.contact.email.clone()))
                        on_change=Callback::new(move |text: String| state.edit(|document| document.contact.email = text))
                        input_type="email"
                        autocomplete="email"
                        id="contact-email"
                    />
                    <TextField
                        label=Signal::derive(move || insight().contact_website_label.to_string())
                        value=Signal::derive(move || state.document.with(|document| document.contact.website.clone()))
                        on_change=Callback::new(move |text: String| state.edit(|document| document.contact.website = text))
                        input_type="url"
                        autocomplete="url"
                        id="contact-website"
                    />
                </div>
            </fieldset>
            <div class="utrecht-form-field bw-field bw-notes">
                <label class="utrecht-form-label" for="conclusies-toelichting">{move || insight().notes_label}</label>
                <textarea
                    id="conclusies-toelichting"
                    class="utrecht-textarea"
                    rows=3
                    prop:value=move || conclusions().notes
                    on:input=move |event| {
                        let notes = event_target_value(&event);
                        state.edit(|document| document.conclusions.notes = notes);
                    }
                ></textarea>
            </div>
            <CopyableText
                heading=Signal::derive(move || insight().recruitment_heading.to_string())
                text=letter(LetterTexts::recruitment)
                file_name=file_name(|insight| insight.recruitment_file)
                name="werving"
            />
            <CopyableText
                heading=Signal::derive(move || insight().decision_heading.to_string())
                text=letter(LetterTexts::proposal)
                file_name=file_name(|insight| insight.proposal_file)
                name="besluit"
            />
        </section>
    }
}
