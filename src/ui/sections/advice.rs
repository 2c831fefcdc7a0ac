//! Section 1: advice before numbers: the collaboration level, whether a contribution fits, which keys suit.

use leptos::prelude::*;

use crate::domain::advice::{advice_for, key_overview, ContributionFit, WITHOUT_CONTRIBUTION};
use crate::domain::document::CollaborationLevel;
use crate::state::use_state;
use crate::ui::sections::insight_fields::Tips;

const LEVELS: [CollaborationLevel; 4] = [
    CollaborationLevel::SharingOnly,
    CollaborationLevel::LightCoordination,
    CollaborationLevel::Structured,
    CollaborationLevel::FullDirection,
];

#[component]
pub fn Advice() -> impl IntoView {
    let state = use_state();
    let texts = move || state.lang.get().texts();
    let insight = move || state.lang.get().insight();
    let level = Memo::new(move |_| state.document.with(|document| document.collaboration_level));
    let radios = LEVELS
        .iter()
        .enumerate()
        .map(|(index, option)| {
            let option = *option;
            let id = format!("advies-niveau-{index}");
            let hint_id = format!("{id}-hint");
            view! {
                <div class="bw-radio">
                    <input
                        type="radio"
                        class="utrecht-radio-button utrecht-radio-button--html-input"
                        name="advies-niveau"
                        id=id.clone()
                        aria-describedby=hint_id.clone()
                        prop:checked=move || level.get() == option
                        on:change=move |_| state.edit(|document| document.collaboration_level = option)
                    />
                    <label class="utrecht-form-label" for=id>{move || insight().level_names[index]}</label>
                    <p class="bw-hint" id=hint_id>{move || insight().level_hints[index]}</p>
                </div>
            }
        })
        .collect_view();
    let advice = move || {
        let insight = insight();
        let guide = state.lang.get().guide();
        let advice = advice_for(level.get());
        let pays_for = advice
            .pays_for
            .iter()
            .map(|purpose| view! { <li>{insight.purpose(*purpose)}</li> })
            .collect_view();
        // Without a contribution there is no key to choose; the guide lists what the collaboration goes
        // without instead, and from which level on a contribution makes sense.
        let keys_or_consequences = if advice.fit == ContributionFit::NotYet {
            let consequences = WITHOUT_CONTRIBUTION
                .iter()
                .map(|consequence| view! { <li>{guide.consequence(*consequence)}</li> })
                .collect_view();
            let light = insight.level_name(CollaborationLevel::LightCoordination);
            view! {
                <h3>{guide.without_heading}</h3>
                <ul data-testid="without-contribution">{consequences}</ul>
                <p>{guide.contribution_from(light)}</p>
            }
            .into_any()
        } else {
            let keys = advice
                .suitable_keys
                .iter()
                .map(|key| view! { <li>{state.lang.get().texts().key_name(*key)}": "{insight.key_suits(*key)}</li> })
                .collect_view();
            view! {
                <h3>{insight.pays_for_heading}</h3>
                <ul>{pays_for}</ul>
                <h3>{insight.keys_heading}</h3>
                <ul>{keys}</ul>
            }
            .into_any()
        };
        view! {
            <div class="bw-advice" data-testid="advice-outcome" aria-live="polite">
                <h3>{insight.fit_heading}</h3>
                <p>{insight.fit_text(advice.fit)}</p>
                {keys_or_consequences}
            </div>
        }
    };
    let overview = move || {
        let insight = insight();
        let guide = state.lang.get().guide();
        let rows = key_overview()
            .iter()
            .map(|profile| {
                view! {
                    <tr>
                        <th scope="row">{state.lang.get().texts().key_name(profile.key)}</th>
                        <td>{insight.rating(profile.complexity)}</td>
                        <td>{insight.fairness(profile.fairness)}</td>
                        <td>{insight.key_suits(profile.key)}</td>
                        <td>{guide.pros(profile.key)}</td>
                        <td>{guide.cons(profile.key)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            // Focusable, so a keyboard user can scroll the table sideways on a narrow screen.
            <div class="bw-table-wrapper" tabindex="0" role="region" aria-labelledby="sleuteloverzicht-caption">
                <table class="utrecht-table bw-table" id="sleuteloverzicht">
                    <caption class="utrecht-table__caption" id="sleuteloverzicht-caption">{insight.overview_caption}</caption>
                    <thead class="utrecht-table__header">
                        <tr>
                            <th scope="col">{insight.col_key}</th>
                            <th scope="col">{insight.col_complexity}</th>
                            <th scope="col">{insight.col_fairness}</th>
                            <th scope="col">{insight.col_when}</th>
                            <th scope="col">{guide.pros_label}</th>
                            <th scope="col">{guide.cons_label}</th>
                        </tr>
                    </thead>
                    <tbody class="utrecht-table__body">{rows}</tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="bw-section" id="advies" aria-labelledby="advies-heading">
            <h2 id="advies-heading">{move || texts().advice_heading}</h2>
            <p>{move || insight().advice_intro}</p>
            <fieldset class="utrecht-form-fieldset bw-fieldset">
                <legend class="utrecht-form-fieldset__legend">{move || insight().level_legend}</legend>
                {radios}
            </fieldset>
            {advice}
            {overview}
            <Tips tips=Signal::derive(move || insight().advice_tips.to_vec()) />
        </section>
    }
}
