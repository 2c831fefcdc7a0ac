//! Section 1: advice before numbers: the collaboration level, whether a contribution fits, which keys suit.

use leptos::prelude::*;

use crate::domain::advice::{advice_for, key_overview, ContributionFit, WITHOUT_CONTRIBUTION};
use crate::domain::document::CollaborationLevel;
use crate::state::use_state;
use crate::ui::fields::RadioGroup;
use crate::ui::help::Help;
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::words::words;

const LEVELS: [CollaborationLevel; 4] = [
    CollaborationLevel::SharingOnly,
    CollaborationLevel::LightCoordination,
    CollaborationLevel::Structured,
    CollaborationLevel::FullDirection,
];

#[component]
pub fn Advice() -> impl IntoView {
    let state = use_state();
    let level = Memo::new(move |_| state.document.with(|document| document.collaboration_level));
    let advice = move || {
        let lang = state.lang.get();
        let (texts, insight, guide) = (lang.texts(), lang.insight(), lang.guide());
        let advice = advice_for(level.get());
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
            let pays_for = advice
                .pays_for
                .iter()
                .map(|purpose| view! { <li>{insight.purpose(*purpose)}</li> })
                .collect_view();
            let keys = advice
                .suitable_keys
                .iter()
                .map(|key| view! { <li>{format!("{}: {}", texts.key_name(*key), insight.key_suits(*key))}</li> })
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
    // Every key compared: complexity, fairness, when it fits, pros and cons.
    let overview = Memo::new(move |_| {
        let lang = state.lang.get();
        let (texts, insight, guide) = (lang.texts(), lang.insight(), lang.guide());
        let mut table = Table::new(
            insight.overview_caption,
            vec![
                Cell::head(insight.col_key),
                Cell::head(insight.col_complexity),
                Cell::head(insight.col_fairness),
                Cell::head(insight.col_when),
                Cell::head(guide.pros_label),
                Cell::head(guide.cons_label),
            ],
        )
        .id("sleuteloverzicht");
        table.body = key_overview()
            .iter()
            .map(|profile| {
                Row::new(vec![
                    Cell::row_head(texts.key_name(profile.key)),
                    Cell::text(insight.rating(profile.complexity)),
                    Cell::text(insight.fairness(profile.fairness)),
                    Cell::text(insight.key_suits(profile.key)),
                    Cell::text(guide.pros(profile.key)),
                    Cell::text(guide.cons(profile.key)),
                ])
            })
            .collect();
        Some(table)
    });
    view! {
        <section class="bw-section" id="advies" aria-labelledby="advies-heading">
            <h2 id="advies-heading">{words(|l| l.texts().advice_heading)}</h2>
            <p>{words(|l| l.insight().advice_intro)}</p>
            <RadioGroup
                legend=words(|l| l.insight().level_legend)
                name="advies-niveau"
                options=Signal::derive(move || {
                    let insight = state.lang.get().insight();
                    LEVELS.iter().map(|level| (*level, insight.level_name(*level).to_string())).collect()
                })
                hints=Signal::derive(move || state.lang.get().insight().level_hints.to_vec())
                value=level
                on_change=state.setter(|document, level| document.collaboration_level = level)
            />
            {advice}
            <DataTable table=overview />
            <Help paragraphs=|l| l.insight().advice_tips />
        </section>
    }
}
