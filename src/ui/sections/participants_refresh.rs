//! "Ververs inwonertallen": sets the listed municipalities and named prospects to the directory's figures
//! and shows what changed (name, old, new), which names were not found, and a way back.

use leptos::prelude::*;

use crate::domain::directory::directory;
use crate::domain::directory::refresh::{refresh_inhabitants, undo_refresh, Group, Refresh};
use crate::domain::notation::format_number;
use crate::domain::participants::ParticipantMode;
use crate::state::use_state;
use crate::ui::button::{Button, Look};
use crate::ui::directory::DirectoryCredit;
use crate::ui::table::{Cell, DataTable, Row, Table};
use crate::ui::words::words;

#[component]
pub fn RefreshInhabitants() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().directory();
    // Only when there is something to refresh: a list in use, or named prospects.
    let available = Memo::new(move |_| {
        state.document.with(|d| {
            (d.participants.mode == ParticipantMode::List && !d.participants.list.is_empty())
                || !d.growth.prospects.is_empty()
        })
    });
    let last = RwSignal::new(None::<Refresh>);
    let undone = RwSignal::new(None::<usize>);
    let refresh = move |_| {
        let mut outcome = Refresh::default();
        state.edit(|d| outcome = refresh_inhabitants(d, directory()));
        undone.set(None);
        last.set(Some(outcome));
    };
    let undo = move |_| {
        if let Some(outcome) = last.get_untracked() {
            let mut restored = 0;
            state.edit(|d| restored = undo_refresh(d, &outcome));
            last.set(None);
            undone.set(Some(restored));
        }
    };
    view! {
        <div class="bw-refresh" hidden=move || !available.get()>
            <p class="bw-hint" id="refresh-inhabitants-hint">{words(|l| l.directory().refresh_help)}</p>
            <div class="bw-actions">
                <Button label=words(|l| l.directory().refresh) testid="refresh-inhabitants"
                    described_by="refresh-inhabitants-hint" on_click=refresh />
            </div>
            <div role="status" data-testid="refresh-status">
                {move || undone.get().map(|restored| t().undone(restored))}
                {move || last.with(|outcome| outcome.as_ref().map(|outcome| {
                    t().refresh_summary(outcome.changed.len(), outcome.unchanged, outcome.not_found.len())
                }))}
            </div>
            {move || {
                state.lang.track();
                last.get().map(|outcome| view! { <RefreshOutcome outcome=outcome on_undo=Callback::new(undo) /> })
            }}
        </div>
    }
}

#[component]
fn RefreshOutcome(outcome: Refresh, on_undo: Callback<()>) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let t = lang.directory();
    let name = move |name: &str, group: Group| match group {
        Group::List => name.to_string(),
        Group::Prospects => format!("{name} ({})", t.prospect_marker),
    };
    let figure = |value| format_number(value, 0, lang.notation());
    let changes = (!outcome.changed.is_empty()).then(|| {
        let mut table = Table::new(
            t.refresh_caption,
            vec![Cell::head(t.col_municipality), Cell::number_head(t.col_old), Cell::number_head(t.col_new)],
        )
        .testid("refresh-changes");
        table.body = outcome
            .changed
            .iter()
            .map(|change| {
                Row::new(vec![
                    Cell::row_head(name(&change.name, change.group)),
                    Cell::number(figure(change.old)),
                    Cell::number(figure(change.new)),
                ])
            })
            .collect();
        view! {
            <DataTable table=Signal::stored(Some(table)) />
            <DirectoryCredit shown=true />
            <div class="bw-actions">
                <Button label=t.undo.to_string() look=Look::Subtle testid="refresh-undo" on_click=on_undo />
            </div>
        }
    });
    let not_found = (!outcome.not_found.is_empty()).then(|| {
        let lines = outcome
            .not_found
            .iter()
            .map(|missing| view! { <li>{t.not_found_line(&name(&missing.name, missing.group), &missing.closest)}</li> })
            .collect_view();
        view! {
            <h3>{t.not_found_heading}</h3>
            <ul data-testid="refresh-not-found">{lines}</ul>
        }
    });
    view! { {changes} {not_found} }
}
