//! Section 6: recommendations and the two generated texts.

use leptos::html::Textarea;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::letters::{letter_facts, LetterFacts};
use crate::domain::participants::Variant;
use crate::io::download::download;
use crate::state::use_state;
use crate::text::{InsightTexts, LetterTexts};
use crate::ui::button::Button;
use crate::ui::fields::{scenario_options, unique_id, SelectField, TextField};
use crate::ui::help::Help;
use crate::ui::text_file::text_file_name;
use crate::ui::words::words;

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
pub fn CopyableText(
    #[prop(into)] heading: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// The name of the downloaded file.
    #[prop(into)]
    file_name: Signal<String>,
    /// Base for the element ids and test ids.
    name: &'static str,
) -> impl IntoView {
    let state = use_state();
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
            <h3 id=heading_id.clone()>{heading}</h3>
            <label class="bw-visually-hidden" for=area_id.clone()>{heading}</label>
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
                <Button label=words(|l| l.insight().copy) testid=format!("{name}-copy")
                    described_by=heading_id.clone() on_click=copy />
                <Button label=words(|l| l.insight().download_text) testid=format!("{name}-download")
                    described_by=heading_id
                    on_click=move |_| download(&file_name.get_untracked(), "text/plain;charset=utf-8", &text.get_untracked()) />
                <p class="bw-copy-status" role="status" data-testid=format!("{name}-status")>
                    {move || status.get().map(|status| {
                        let insight = state.lang.get().insight();
                        match status {
                            CopyStatus::Copied => insight.copied,
                            CopyStatus::ByHand => insight.copy_by_hand,
                        }
                    })}
                </p>
            </div>
        </div>
    }
}

#[component]
pub fn Conclusions() -> impl IntoView {
    let state = use_state();
    let insight = move || state.lang.get().insight();
    let facts = Memo::new(move |_| {
        state.report.with(|report| {
            let report = report.as_ref().ok()?;
            Some(
                state
                    .document
                    .with(|document| letter_facts(document, report)),
            )
        })
    });
    let letter = move |write: fn(&LetterTexts, &LetterFacts) -> String| {
        Signal::derive(move || {
            let lang = state.lang.get();
            facts.with(|facts| match facts {
                Some(Ok(facts)) => write(lang.letters(), facts),
                Some(Err(error)) => format!(
                    "{} {}",
                    lang.insight().texts_unavailable,
                    lang.texts().calc_error(error)
                ),
                None => lang.texts().document_has_problems.to_string(),
            })
        })
    };
    let file_name = move |base: fn(&InsightTexts) -> &'static str| {
        Signal::derive(move || {
            let year = state.document.with(|document| document.budget_year);
            text_file_name(base(insight()), year)
        })
    };
    let scale_up_options = Signal::derive(move || {
        let mut options = vec![(None, insight().no_scenario.to_string())];
        options.extend(
            scenario_options()
                .get()
                .into_iter()
                .map(|(index, name)| (Some(index), name)),
        );
        options
    });
    let growth_plan = move || {
        // Both counts from the report: variant B is today's participants grown by the plan.
        let (now, target) = state
            .report
            .with(|report| {
                report.as_ref().ok().map(|report| {
                    (
                        report.variant(Variant::Current).count,
                        report.variant(Variant::Grown).count,
                    )
                })
            })
            .unzip();
        let years = state.document.with(|document| document.growth.years);
        match (now, target) {
            (Some(now), Some(target)) => insight().growth_plan_sentence(now, target, years),
            _ => String::new(),
        }
    };
    view! {
        <section class="bw-section" id="conclusies" aria-labelledby="conclusies-heading">
            <h2 id="conclusies-heading">{words(|l| l.texts().conclusions_heading)}</h2>
            <Help paragraphs=|l| l.insight().conclusions_tips />
            <div class="bw-field-row">
                <SelectField
                    label=words(|l| l.insight().start_scenario_label)
                    options=scenario_options()
                    value=state.value(|document| document.recommended_scenario())
                    on_change=state.setter(|document, index| document.conclusions.start_scenario = index)
                    id="conclusies-start"
                />
                <SelectField
                    label=words(|l| l.insight().scale_up_label)
                    options=scale_up_options
                    value=state.value(|document| document.conclusions.scale_up_scenario)
                    on_change=state.setter(|document, index| document.conclusions.scale_up_scenario = index)
                    id="conclusies-opschalen"
                />
            </div>
            <Help testid="growth-plan-summary">
                {growth_plan}
                " "
                <a class="utrecht-link" href="#groei">{words(|l| l.insight().to_growth_plan)}</a>
            </Help>
            <fieldset class="bw-fieldset">
                <legend>{words(|l| l.insight().contact_legend)}</legend>
                <p class="bw-hint">{words(|l| l.insight().contact_help)}</p>
                <div class="bw-field-row">
                    <TextField
                        label=words(|l| l.insight().contact_name_label)
                        value=state.value(|document| document.contact.name.clone())
                        on_change=state.setter(|document, name| document.contact.name = name)
                        autocomplete="name"
                        id="contact-name"
                    />
                    <TextField
                        label=words(|l| l.insight().contact_email_label)
                        value=state.value(|document| document.contact.email.clone())
                        on_change=state.setter(|document, email| document.contact.email = email)
                        input_type="email"
                        autocomplete="email"
                        id="contact-email"
                    />
                    <TextField
                        label=words(|l| l.insight().contact_website_label)
                        value=state.value(|document| document.contact.website.clone())
                        on_change=state.setter(|document, website| document.contact.website = website)
                        input_type="url"
                        autocomplete="url"
                        id="contact-website"
                    />
                </div>
            </fieldset>
            <div class="utrecht-form-field bw-field bw-notes">
                <label class="utrecht-form-label" for="conclusies-toelichting">{words(|l| l.insight().notes_label)}</label>
                <textarea
                    id="conclusies-toelichting"
                    class="utrecht-textarea"
                    rows=3
                    prop:value=move || state.document.with(|document| document.conclusions.notes.clone())
                    on:input=move |event| {
                        let notes = event_target_value(&event);
                        state.edit(|document| document.conclusions.notes = notes);
                    }
                ></textarea>
            </div>
            <CopyableText
                heading=words(|l| l.insight().recruitment_heading)
                text=letter(LetterTexts::recruitment)
                file_name=file_name(|insight| insight.recruitment_file)
                name="werving"
            />
            <CopyableText
                heading=words(|l| l.insight().decision_heading)
                text=letter(LetterTexts::proposal)
                file_name=file_name(|insight| insight.proposal_file)
                name="besluit"
            />
        </section>
    }
}
