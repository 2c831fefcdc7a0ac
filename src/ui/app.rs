//! The page: header, the results at a glance, the keep/share bar, then the sections in the order of the
//! decision. The top of the page is mounted at once; each section follows when it comes near the viewport,
//! one per frame, or all at once when the user tabs, searches the page, prints or follows a step link.
//! Mounting all of them in one go would keep a slow phone busy for most of a second before it could answer
//! the user, for sections they may not scroll to for a while. On paper a block with the report's
//! assumptions comes first (`print_header`); how printing works is in `ui::print`.

use std::time::Duration;

use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;

use crate::domain::notation::Precision;
use crate::state::keep::KeepState;
use crate::state::AppState;
use crate::text::Lang;
use crate::ui::button::Button;
use crate::ui::footer::Footer;
use crate::ui::keep::KeepBar;
use crate::ui::print::PrintMode;
use crate::ui::print_header::PrintHeader;
use crate::ui::sections::invoices::Invoices;
use crate::ui::sections::next_year::NextYearSection;
use crate::ui::sections::settlement::SettlementSection;
use crate::ui::sections::year_over_year::YearOverYearSection;
use crate::ui::sections::{
    accountability::Accountability, advice::Advice, budget::Budget, charts::Charts,
    conclusions::Conclusions, multi_year::MultiYear, participants::ParticipantsAndKey,
    results::Results,
};
use crate::ui::summary::Summary;
use crate::ui::update::UpdateNotice;
use crate::ui::viewport::when_near_view;
use crate::ui::words::words;

/// The page over a state that `main` has already set up (`KeepState::start` picked the document).
#[component]
pub fn App(state: AppState, keep: KeepState) -> impl IntoView {
    provide_context(state);
    provide_context(keep);
    keep.install(state);
    let print = PrintMode::install();
    // <html lang> follows the language switch, so screen readers pronounce the page correctly.
    Effect::new(move |_| {
        let code = state.lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });
    let texts = move || state.lang.get().texts();
    // The first task only has to replace the first view (header and summary); the keep bar follows in the
    // next one and the step links with <main> in the one after, each new box below the last, so nothing on
    // screen moves; the sections come after that.
    let frame_parts = RwSignal::new(1);
    add_frame_parts_in_turn(frame_parts);
    let frame_complete = Memo::new(move |_| frame_parts.get() >= FRAME_PARTS);
    let shown = RwSignal::new(0);
    let pending = NodeRef::<Div>::new();
    show_sections_as_needed(shown, pending, frame_complete, print);
    let steps = move || {
        let lang = state.lang.get();
        SECTION_TABLE
            .iter()
            .filter_map(|section| Some((section.id, (section.step?)(lang))))
            .map(|(id, heading)| {
                view! {
                    <li><a class="utrecht-link" href=format!("#{id}") on:click=move |_| shown.set(SECTIONS)>{heading}</a></li>
                }
            })
            .collect_view()
    };
    let sections = move || {
        SECTION_TABLE
            .iter()
            .enumerate()
            .map(|(place, section)| {
                view! { <Show when=move || { shown.get() > place }>{(section.view)()}</Show> }
            })
            .collect_view()
    };
    view! {
        <a class="bw-skip-link" href="#main">{move || texts().skip_to_content}</a>
        <header class="bw-header">
            <div class="bw-container bw-header__inner">
                <div>
                    <h1 class="utrecht-heading-1">{move || texts().app_title}</h1>
                    <p class="bw-tagline">{move || texts().tagline}</p>
                </div>
                <div class="bw-header__controls">
                    <label class="bw-toggle">
                        <input
                            type="checkbox"
                            id="show-cents"
                            prop:checked=move || state.precision.get() == Precision::Cents
                            on:change=move |event| {
                                let cents = event_target_checked(&event);
                                state.precision.set(if cents { Precision::Cents } else { Precision::WholeEuros });
                            }
                        />
                        {move || texts().show_cents}
                    </label>
                    <Button label=words(|l| l.texts().switch_language) testid="lang"
                        lang=Signal::derive(move || state.lang.get().other().code().to_string())
                        on_click=move |_| state.lang.update(|lang| *lang = lang.other()) />
                </div>
            </div>
        </header>
        <UpdateNotice />
        <Show when=move || frame_complete.get()>
            <PrintHeader />
        </Show>
        <div class="bw-container bw-container--summary">
            <Summary />
        </div>
        <div class="bw-container">
            <Show when=move || { frame_parts.get() >= 2 }>
                <KeepBar />
            </Show>
            <Show when=move || frame_complete.get()>
                <nav class="bw-steps" aria-label=move || texts().steps_label>
                    <ol>{steps}</ol>
                </nav>
            </Show>
        </div>
        <Show when=move || frame_complete.get()>
            <main class="bw-container" id="main" tabindex="-1" data-pending=move || { (shown.get() < SECTIONS).then_some("true") }>
                {sections()}
                <div class="bw-pending" node_ref=pending aria-hidden="true" hidden=move || { shown.get() >= SECTIONS }></div>
            </main>
        </Show>
        // Once every section is there, so that it never moves down as they arrive.
        <Show when=move || { shown.get() >= SECTIONS }>
            <Footer />
        </Show>
    }
}

fn show_next_when_idle(shown: RwSignal<usize>) {
    request_idle_callback(move || {
        if shown.get_untracked() < SECTIONS {
            shown.update(|shown| *shown += 1);
            show_next_when_idle(shown);
        }
    });
}

/// The parts of the page above the sections: header with summary, keep bar, step links with `<main>`.
const FRAME_PARTS: u8 = 3;

fn add_frame_parts_in_turn(parts: RwSignal<u8>) {
    set_timeout(
        move || {
            parts.update(|parts| *parts += 1);
            if parts.get_untracked() < FRAME_PARTS {
                add_frame_parts_in_turn(parts);
            }
        },
        Duration::ZERO,
    );
}

/// One section of `<main>`: the id its step link points to (the component's own `<section id>`), the
/// step link's words if it has a step of its own, and the component.
struct Section {
    id: &'static str,
    step: Option<fn(Lang) -> &'static str>,
    view: fn() -> AnyView,
}

/// The sections of `<main>` in the order of the decision; the step links, the lazy showing and the count
/// all read this, so a new section is one entry here. The charts belong to step 4 and have no link.
static SECTION_TABLE: &[Section] = &[
    Section {
        id: "advies",
        step: Some(|l| l.texts().advice_heading),
        view: || view! { <Advice /> }.into_any(),
    },
    Section {
        id: "begroting",
        step: Some(|l| l.texts().budget_heading),
        view: || view! { <Budget /> }.into_any(),
    },
    Section {
        id: "deelnemers",
        step: Some(|l| l.texts().participants_heading),
        view: || view! { <ParticipantsAndKey /> }.into_any(),
    },
    Section {
        id: "resultaten",
        step: Some(|l| l.texts().results_heading),
        view: || view! { <Results /> }.into_any(),
    },
    Section {
        id: "grafieken",
        step: None,
        view: || view! { <Charts /> }.into_any(),
    },
    Section {
        id: "meerjaren",
        step: Some(|l| l.texts().multi_year_heading),
        view: || view! { <MultiYear /> }.into_any(),
    },
    Section {
        id: "conclusies",
        step: Some(|l| l.texts().conclusions_heading),
        view: || view! { <Conclusions /> }.into_any(),
    },
    Section {
        id: "verantwoording",
        step: Some(|l| l.texts().accountability_heading),
        view: || view! { <Accountability /> }.into_any(),
    },
    Section {
        id: "facturen",
        step: Some(|l| l.cycle().invoices_heading),
        view: || view! { <Invoices /> }.into_any(),
    },
    Section {
        id: "jaarafrekening",
        step: Some(|l| l.cycle().settlement_heading),
        view: || view! { <SettlementSection /> }.into_any(),
    },
    Section {
        id: "volgend-jaar",
        step: Some(|l| l.cycle().next_year_heading),
        view: || view! { <NextYearSection /> }.into_any(),
    },
    Section {
        id: "wat-verandert",
        step: Some(|l| l.cycle().changes_heading),
        view: || view! { <YearOverYearSection /> }.into_any(),
    },
];

const SECTIONS: usize = SECTION_TABLE.len();

/// Adds the next section whenever the space below the last one (`pending`) comes near the viewport or the
/// browser is idle, and all of them when the user moves through the page by keyboard, searches it, prints
/// it, or opens the page at one of its steps.
fn show_sections_as_needed(
    shown: RwSignal<usize>,
    pending: NodeRef<Div>,
    frame_complete: Memo<bool>,
    print: PrintMode,
) {
    Effect::new(move |_| {
        let count = shown.get();
        // Not before the keep bar is in place, or it would push the first section down.
        if count >= SECTIONS || !frame_complete.get() {
            return;
        }
        if let Some(pending) = pending.get() {
            // Fires once, at once if the space is already near; the next section then moves it down.
            when_near_view(&pending, move || {
                shown.update(|shown| *shown = (*shown).max(count + 1))
            });
        }
    });
    // Also one more whenever the browser is idle, so that the whole page is there soon for everyone, also
    // for those who never move the viewport (a screen reader's browse mode can read on without scrolling).
    Effect::new(move |started: Option<bool>| {
        if started == Some(true) || !frame_complete.get() {
            return started == Some(true);
        }
        show_next_when_idle(shown);
        true
    });
    // Every Tab press comes here; once all sections are there it must not wake the page again.
    let show_all = move || {
        if shown.get_untracked() < SECTIONS {
            shown.set(SECTIONS);
        }
    };
    window_event_listener(ev::keydown, move |event| {
        let key = event.key();
        let search_or_print = (event.ctrl_key() || event.meta_key())
            && matches!(key.as_str(), "f" | "F" | "g" | "G" | "p" | "P");
        if key == "Tab" || search_or_print {
            show_all();
        }
    });
    Effect::new(move |_| {
        if print.is_active() {
            show_all();
        }
    });
    let at_a_step = window().location().hash().is_ok_and(|hash| hash.len() > 1);
    if at_a_step {
        show_all();
        request_animation_frame(|| {
            let hash = window().location().hash().unwrap_or_default();
            if let Some(step) = document().get_element_by_id(hash.trim_start_matches('#')) {
                step.scroll_into_view();
            }
        });
    }
}
