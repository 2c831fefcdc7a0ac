//! The reactive side of keeping: the [`Keeper`] of `autosave` behind signals the interface reads, the
//! timer of the debounced save, and the browser events that concern it: `storage` (another tab saved),
//! `pagehide` (save what is pending) and `hashchange` (a share link pasted into the address bar).

use leptos::prelude::*;

use crate::domain::document::Document;
use crate::domain::example::{blank_for, example_for};
use crate::state::autosave::{Keeper, OpenDraft};
use crate::state::drafts::{DraftEntry, RemovedDraft};
use crate::state::notice::Notice;
use crate::state::page::{
    clear_fragment, is_prospect_address, reload, share_fragment, BROWSER_CLOCK,
};
use crate::state::storage::{BrowserStore, StoreError};
use crate::state::AppState;
use crate::text::Lang;

/// Long enough to wait for a pause in typing, short enough that closing the tab loses nothing noticeable
/// (and a pending save is flushed on `pagehide` anyway).
const AUTOSAVE_DELAY_MS: u64 = 400;

/// What the interface shows about keeping. Cheap to copy: signals are handles.
#[derive(Clone, Copy)]
pub struct KeepState {
    pub open: RwSignal<Option<OpenDraft>>,
    pub drafts: RwSignal<Vec<DraftEntry>>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Storage cannot be used; work goes on in memory.
    pub storage_problem: RwSignal<Option<StoreError>>,
    /// Another tab saved a newer revision of the open draft; saving pauses until the user chooses.
    pub conflict: RwSignal<bool>,
    /// The last deleted draft, for undo.
    pub deleted: RwSignal<Option<RemovedDraft>>,
    keeper: StoredValue<Keeper<BrowserStore>, LocalStorage>,
}

pub fn use_keep() -> KeepState {
    expect_context::<KeepState>()
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    signal.maybe_update(|current| {
        let changed = *current != value;
        if changed {
            *current = value;
        }
        changed
    });
}

impl KeepState {
    /// Picks what the page opens with (a share link in the address, else the draft opened last, else the
    /// example) and the language chosen last. A link is taken out of the address once read.
    pub fn start() -> (KeepState, Document, Lang) {
        let mut keeper = Keeper::new(BrowserStore::open(), BROWSER_CLOCK);
        let fragment = share_fragment();
        if fragment.is_some() {
            clear_fragment();
        }
        let document = keeper.start(fragment.as_deref());
        let lang = keeper.lang().unwrap_or_default();
        let keep = KeepState {
            open: RwSignal::new(None),
            drafts: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            storage_problem: RwSignal::new(None),
            conflict: RwSignal::new(false),
            deleted: RwSignal::new(None),
            keeper: StoredValue::new_local(keeper),
        };
        keep.sync();
        (keep, document, lang)
    }

    /// Runs an action on the keeper, then brings the signals up to date.
    fn act<R: Default>(&self, action: impl FnOnce(&mut Keeper<BrowserStore>) -> R) -> R {
        let result = self.keeper.try_update_value(action).unwrap_or_default();
        self.sync();
        result
    }

    fn sync(&self) {
        let Some((open, conflict, problem, deleted, drafts, notices)) =
            self.keeper.try_update_value(|keeper| {
                (
                    keeper.open().cloned(),
                    keeper.conflict(),
                    keeper.problem(),
                    keeper.deleted().cloned(),
                    keeper.drafts(),
                    keeper.take_notices(),
                )
            })
        else {
            return;
        };
        set_if_changed(self.open, open);
        set_if_changed(self.conflict, conflict);
        set_if_changed(self.storage_problem, problem);
        set_if_changed(self.deleted, deleted);
        set_if_changed(self.drafts, drafts);
        for notice in notices {
            self.notify(notice);
        }
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|notices| {
            notices.retain(|existing| existing != &notice);
            notices.push(notice);
        });
    }

    pub fn dismiss(&self, index: usize) {
        self.notices.update(|notices| {
            if index < notices.len() {
                notices.remove(index);
            }
        });
    }

    /// Autosave, the language preference, and the listeners for other tabs, leaving and links.
    pub fn install(self, state: AppState) {
        Effect::new(move |previous: Option<()>| {
            state.document.track();
            if previous.is_some() {
                self.schedule_save(state);
            }
        });
        Effect::new(move |previous: Option<()>| {
            let lang = state.lang.get();
            if previous.is_some() {
                self.keeper.with_value(|keeper| keeper.remember_lang(lang));
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |event| {
            let key = event.key();
            self.act(|keeper| keeper.storage_changed(key.as_deref()));
        });
        let on_leave = window_event_listener(leptos::ev::pagehide, move |_| {
            self.flush(state);
        });
        let on_address = window_event_listener(leptos::ev::hashchange, move |_| {
            if let Some(fragment) = share_fragment() {
                clear_fragment();
                self.open_link(state, &fragment);
            } else if is_prospect_address() {
                // A wervingslink pasted into the address bar: the page it opens is read-only and drawn
                // by the first module, so keep what is pending and load the page afresh.
                self.flush(state);
                reload();
            }
        });
        // The app lives as long as the page; the listeners are never removed.
        let _ = (on_storage, on_leave, on_address);
    }

    fn schedule_save(&self, state: AppState) {
        // Not `act`: nothing the interface shows changes before the save itself.
        let ticket = self
            .keeper
            .try_update_value(|keeper| keeper.changed())
            .unwrap_or_default();
        let keep = *self;
        set_timeout(
            move || {
                state.document.with_untracked(|document| {
                    keep.act(|keeper| keeper.save_if_latest(ticket, document))
                });
            },
            std::time::Duration::from_millis(AUTOSAVE_DELAY_MS),
        );
    }

    fn flush(&self, state: AppState) {
        state
            .document
            .with_untracked(|document| self.act(|keeper| keeper.flush(document)));
    }

    /// Shows another document; the keeper has already made it the open draft.
    fn show(&self, state: AppState, document: Option<Document>) {
        if let Some(document) = document {
            state.document.set(document);
        }
    }

    fn open_link(&self, state: AppState, fragment: &str) {
        let current = state.document.get_untracked();
        let opened = self.act(|keeper| keeper.open_link(&current, fragment));
        self.show(state, opened);
    }

    pub fn open_draft(&self, state: AppState, id: &str) {
        let current = state.document.get_untracked();
        let opened = self.act(|keeper| keeper.open_draft(&current, id));
        self.show(state, opened);
    }

    /// Opens a document as a new draft; never touches the draft that was open.
    pub fn open_as_new(&self, state: AppState, document: Document) {
        let current = state.document.get_untracked();
        self.act(|keeper| keeper.open_as_new(&current, &document));
        self.show(state, Some(document));
    }

    pub fn new_blank(&self, state: AppState) {
        self.open_as_new(state, blank_for(BROWSER_CLOCK.next_budget_year()));
    }

    pub fn new_example(&self, state: AppState) {
        self.open_as_new(state, example_for(BROWSER_CLOCK.next_budget_year()));
    }

    pub fn duplicate(&self, state: AppState, id: &str, copy_suffix: &str) {
        let current = state.document.get_untracked();
        let opened = self.act(|keeper| keeper.duplicate(&current, id, copy_suffix));
        self.show(state, opened);
    }

    pub fn rename(&self, state: AppState, id: &str, name: String) {
        if self.is_open(id) {
            state.edit(|document| document.name = name);
            // Saved at once rather than after the typing pause: the list shows the new name right away.
            self.keeper.update_value(|keeper| {
                keeper.changed();
            });
            self.flush(state);
        } else {
            self.act(|keeper| keeper.rename_stored(id, name));
        }
    }

    /// Deletes a draft, keeping it for undo. Deleting the open draft opens the next one (or the example).
    pub fn delete(&self, state: AppState, id: &str) {
        let current = state.document.get_untracked();
        let opened = self.act(|keeper| keeper.delete(&current, id));
        self.show(state, opened);
    }

    pub fn undo_delete(&self) {
        self.act(|keeper| keeper.undo_delete());
    }

    /// After a conflict: take the newer version from storage.
    pub fn reload_from_storage(&self, state: AppState) {
        let current = state.document.get_untracked();
        let opened = self.act(|keeper| keeper.reload_from_storage(&current));
        self.show(state, opened);
    }

    /// After a conflict: keep this tab's version as a new draft, leaving the other tab's save alone.
    pub fn save_as_copy(&self, state: AppState, copy_suffix: &str) {
        let current = state.document.get_untracked();
        let copy = self.act(|keeper| Some(keeper.save_as_copy(&current, copy_suffix)));
        self.show(state, copy);
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open
            .with_untracked(|open| open.as_ref().is_some_and(|open| open.id == id))
    }
}
