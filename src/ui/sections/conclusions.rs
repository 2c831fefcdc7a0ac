//! Section 6: recommendations and the two generated texts.

use leptos::prelude::*;

use crate::domain::letters::{letter_facts, LetterFacts};
use crate::domain::participants::Variant;
use crate::state::use_state;
use crate::text::{InsightTexts, LetterTexts};
use crate::ui::copyable_text::CopyableText;
use crate::ui::fields::{scenario_options, SelectField, TextField};
use crate::ui::help::Help;
use crate::ui::text_file::text_file_name;
use crate::ui::words::words;

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
