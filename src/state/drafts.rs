//! Drafts in localStorage: an index of drafts under one key and one key per draft, each draft stored with a
//! revision counter so that two tabs never silently overwrite each other.
//!
//! Storage layout (all values JSON):
//! - `bijdragewijzer.drafts`: `[{"id", "name", "saved_at"}]`, the list the interface shows;
//! - `bijdragewijzer.current`: the id of the draft opened last;
//! - `bijdragewijzer.draft.<id>`: `{"revision": n, "document": {...}}`.
//!
//! localStorage is used through web-sys directly rather than gloo-storage's `LocalStorage::raw()`, which
//! throws when storage is disabled (private windows): here that must be a warning, not a crash.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::domain::document::Document;
use crate::domain::example::{blank_for, example_for};
use crate::io::json::{parse_document, ImportError};
use crate::io::share_link::{self, LinkError};
use crate::state::AppState;

pub const INDEX_KEY: &str = "bijdragewijzer.drafts";
pub const CURRENT_KEY: &str = "bijdragewijzer.current";
pub const DRAFT_PREFIX: &str = "bijdragewijzer.draft.";
/// Long enough to wait for a pause in typing, short enough that closing the tab loses nothing noticeable
/// (and a pending save is flushed on `pagehide` anyway).
const AUTOSAVE_DELAY_MS: u64 = 400;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftEntry {
    pub id: String,
    pub name: String,
    /// Milliseconds since the epoch.
    pub saved_at: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// No localStorage at all (disabled, private window).
    Unavailable,
    /// The quota is used up.
    Full,
}

/// A draft taken out of the store, kept so that it can be put back (undo).
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedDraft {
    pub entry: DraftEntry,
    pub raw: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    Missing,
    Unavailable,
    /// The stored text cannot be read as a document; the raw text is kept for download.
    Damaged {
        raw: String,
        error: Option<ImportError>,
    },
}

/// What the interface has to tell the user about keeping and sharing.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A file could not be opened.
    Import { file: String, error: ImportError },
    /// A file over the size limit, refused before reading it.
    FileTooLarge { file: String, bytes: f64 },
    /// The share link in the address could not be opened.
    Link(LinkError),
    /// A stored draft cannot be read.
    DamagedDraft { name: String, raw: String },
    /// The CSV needs results, and the document has problems.
    NoResults,
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A new budget is for next year: the example and "Nieuw, leeg" start on the calendar year after today's.
pub fn next_budget_year() -> u16 {
    let this_year = js_sys::Date::new_0().get_full_year();
    u16::try_from(this_year.saturating_add(1))
        .unwrap_or(crate::domain::example::EXAMPLE_BUDGET_YEAR)
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn new_id() -> String {
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("{:x}-{random:x}", now() as u64)
}

fn write(storage: &web_sys::Storage, key: &str, value: &str) -> Result<(), StoreError> {
    storage.set_item(key, value).map_err(|_| StoreError::Full)
}

/// Whether localStorage can be written at all: a private window may have it but refuse every write.
pub fn probe() -> Result<(), StoreError> {
    let storage = storage().ok_or(StoreError::Unavailable)?;
    let key = "bijdragewijzer.probe";
    storage
        .set_item(key, "1")
        .map_err(|_| StoreError::Unavailable)?;
    let _ = storage.remove_item(key);
    Ok(())
}

pub fn list() -> Vec<DraftEntry> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let index: Option<Vec<DraftEntry>> = storage
        .get_item(INDEX_KEY)
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str(&text).ok());
    match index {
        Some(index) => index,
        None => rebuild_index(&storage),
    }
}

/// A damaged index must not hide the drafts themselves: find them by their keys.
fn rebuild_index(storage: &web_sys::Storage) -> Vec<DraftEntry> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter_map(|key| key.strip_prefix(DRAFT_PREFIX).map(str::to_string))
        .map(|id| DraftEntry {
            name: id.clone(),
            id,
            saved_at: 0.0,
        })
        .collect()
}

fn write_index(storage: &web_sys::Storage, index: &[DraftEntry]) -> Result<(), StoreError> {
    let text = serde_json::to_string(index).unwrap_or_else(|_| "[]".into());
    write(storage, INDEX_KEY, &text)
}

pub fn current_id() -> Option<String> {
    storage()?.get_item(CURRENT_KEY).ok().flatten()
}

fn set_current(id: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(CURRENT_KEY, id);
    }
}

/// The draft the page reopens: the one opened last, else the one saved last.
pub fn last_opened() -> Option<String> {
    current_id().or_else(|| list().first().map(|entry| entry.id.clone()))
}

/// The document the page is about to open, read without changing anything: the first view shows it while
/// the app loads, then `KeepState::start` opens the same one. A share link in the address first, then the
/// draft opened last, then the built-in example.
pub fn peek_start_document() -> Document {
    let window = web_sys::window();
    let from_link = window
        .and_then(|window| window.location().hash().ok())
        .filter(|hash| share_link::is_share_fragment(hash))
        .and_then(|hash| share_link::decode(&hash).ok());
    from_link
        .or_else(|| {
            probe().ok()?;
            load(&last_opened()?).ok().map(|(document, _)| document)
        })
        .unwrap_or_else(|| example_for(next_budget_year()))
}

pub fn raw(id: &str) -> Option<String> {
    storage()?.get_item(&draft_key(id)).ok().flatten()
}

/// The revision a stored draft text carries, if it can be read.
pub fn revision_of(raw: &str) -> Option<u64> {
    serde_json::from_str::<serde_json::Value>(raw)
        .ok()?
        .get("revision")?
        .as_u64()
}

pub fn load(id: &str) -> Result<(Document, u64), LoadError> {
    let storage = storage().ok_or(LoadError::Unavailable)?;
    let raw = storage
        .get_item(&draft_key(id))
        .ok()
        .flatten()
        .ok_or(LoadError::Missing)?;
    let damaged = |error| LoadError::Damaged {
        raw: raw.clone(),
        error,
    };
    let value: serde_json::Value = serde_json::from_str(&raw).map_err(|_| damaged(None))?;
    let revision = value
        .get("revision")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| damaged(None))?;
    let document = value.get("document").ok_or_else(|| damaged(None))?;
    let document = parse_document(&document.to_string()).map_err(|error| damaged(Some(error)))?;
    Ok((document, revision))
}

fn envelope(document: &Document, revision: u64) -> String {
    serde_json::json!({ "revision": revision, "document": document }).to_string()
}

/// Writes a draft at a revision and records it in the index (first in the list).
pub fn store(id: &str, document: &Document, revision: u64) -> Result<(), StoreError> {
    let storage = storage().ok_or(StoreError::Unavailable)?;
    write(&storage, &draft_key(id), &envelope(document, revision))?;
    let mut index = list();
    index.retain(|entry| entry.id != id);
    index.insert(
        0,
        DraftEntry {
            id: id.to_string(),
            name: document.name.clone(),
            saved_at: now(),
        },
    );
    write_index(&storage, &index)
}

/// Stores a document as a new draft and makes it the current one.
pub fn create(document: &Document) -> Result<String, StoreError> {
    let id = new_id();
    store(&id, document, 1)?;
    set_current(&id);
    Ok(id)
}

pub fn remove(id: &str) -> Option<RemovedDraft> {
    let storage = storage()?;
    let mut index = list();
    let position = index.iter().position(|entry| entry.id == id)?;
    let entry = index.remove(position);
    let raw = raw(id);
    let _ = storage.remove_item(&draft_key(id));
    let _ = write_index(&storage, &index);
    Some(RemovedDraft { entry, raw })
}

pub fn restore(removed: &RemovedDraft) -> Result<(), StoreError> {
    let storage = storage().ok_or(StoreError::Unavailable)?;
    if let Some(raw) = &removed.raw {
        write(&storage, &draft_key(&removed.entry.id), raw)?;
    }
    let mut index = list();
    index.retain(|entry| entry.id != removed.entry.id);
    index.insert(0, removed.entry.clone());
    write_index(&storage, &index)
}

/// The draft that is open in this tab, and the revision this tab last saw of it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenDraft {
    pub id: String,
    pub revision: u64,
}

/// The reactive side of keeping: which draft is open, the list, and what to tell the user.
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
    /// The JSON last written for the open draft, so that opening a draft does not save it again.
    last_saved: StoredValue<String>,
    /// Bumped on every change; a scheduled save runs only if no later change came.
    generation: StoredValue<u64>,
    pending: StoredValue<bool>,
}

pub fn use_keep() -> KeepState {
    expect_context::<KeepState>()
}

fn serialised(document: &Document) -> String {
    serde_json::to_string(document).unwrap_or_default()
}

impl KeepState {
    /// Decides what the page opens with: a share link in the address opens as a new draft; otherwise the
    /// draft opened last; otherwise the built-in example as a new draft.
    pub fn start() -> (KeepState, Document) {
        let keep = KeepState {
            open: RwSignal::new(None),
            drafts: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            storage_problem: RwSignal::new(None),
            conflict: RwSignal::new(false),
            deleted: RwSignal::new(None),
            last_saved: StoredValue::new(String::new()),
            generation: StoredValue::new(0),
            pending: StoredValue::new(false),
        };
        let storage_ok = match probe() {
            Ok(()) => true,
            Err(problem) => {
                keep.storage_problem.set(Some(problem));
                false
            }
        };
        if let Some(document) = keep.document_from_address() {
            keep.adopt_new(document.clone(), storage_ok);
            return (keep, document);
        }
        if storage_ok {
            if let Some(id) = last_opened() {
                match load(&id) {
                    Ok((document, revision)) => {
                        keep.adopt(id, revision, &document);
                        keep.refresh();
                        return (keep, document);
                    }
                    Err(LoadError::Damaged { raw, .. }) => keep.notify(Notice::DamagedDraft {
                        name: name_of(&id),
                        raw,
                    }),
                    Err(LoadError::Missing | LoadError::Unavailable) => {}
                }
            }
        }
        let document = example_for(next_budget_year());
        keep.adopt_new(document.clone(), storage_ok);
        (keep, document)
    }

    /// Reads and then removes a share link from the address, so that a reload does not import it again.
    fn document_from_address(&self) -> Option<Document> {
        let window = web_sys::window()?;
        let location = window.location();
        let hash = location.hash().ok()?;
        if !share_link::is_share_fragment(&hash) {
            return None;
        }
        let path = format!(
            "{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default()
        );
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
        }
        match share_link::decode(&hash) {
            Ok(document) => Some(document),
            Err(error) => {
                self.notify(Notice::Link(error));
                None
            }
        }
    }

    fn adopt(&self, id: String, revision: u64, document: &Document) {
        set_current(&id);
        self.last_saved.set_value(serialised(document));
        self.open.set(Some(OpenDraft { id, revision }));
        self.conflict.set(false);
    }

    /// Stores a document as a new draft and marks it open (in memory only when storage fails).
    fn adopt_new(&self, document: Document, storage_ok: bool) {
        if storage_ok {
            match create(&document) {
                Ok(id) => self.adopt(id, 1, &document),
                Err(problem) => {
                    self.storage_problem.set(Some(problem));
                    self.open.set(None);
                }
            }
        }
        self.refresh();
    }

    pub fn refresh(&self) {
        self.drafts.set(list());
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

    /// Autosave, the storage listener and the flush on leaving the page.
    pub fn install(self, state: AppState) {
        Effect::new(move |previous: Option<()>| {
            state.document.track();
            if previous.is_some() {
                self.schedule_save(state);
            }
        });
        let on_storage = window_event_listener(leptos::ev::storage, move |event| {
            self.storage_changed(&event);
        });
        let on_leave = window_event_listener(leptos::ev::pagehide, move |_| {
            if self.pending.get_value() {
                self.save_now(state);
            }
        });
        // The app lives as long as the page; the listeners are never removed.
        let _ = (on_storage, on_leave);
    }

    fn schedule_save(&self, state: AppState) {
        let generation = self.generation.get_value() + 1;
        self.generation.set_value(generation);
        self.pending.set_value(true);
        let keep = *self;
        set_timeout(
            move || {
                if keep.generation.get_value() == generation {
                    keep.save_now(state);
                }
            },
            std::time::Duration::from_millis(AUTOSAVE_DELAY_MS),
        );
    }

    /// Saves the open draft unless another tab saved a newer revision since this tab last looked.
    pub fn save_now(&self, state: AppState) {
        self.pending.set_value(false);
        if self.conflict.get_untracked() {
            return;
        }
        let document = state.document.get_untracked();
        let text = serialised(&document);
        let Some(open) = self.open.get_untracked() else {
            // Storage failed before; try again so work is kept once there is room.
            if self.storage_problem.get_untracked() == Some(StoreError::Full) {
                if let Ok(id) = create(&document) {
                    self.storage_problem.set(None);
                    self.adopt(id, 1, &document);
                    self.refresh();
                }
            }
            return;
        };
        if text == self.last_saved.get_value() {
            return;
        }
        if let Some(stored) = raw(&open.id).as_deref().and_then(revision_of) {
            if stored != open.revision {
                self.conflict.set(true);
                return;
            }
        }
        let revision = open.revision + 1;
        match store(&open.id, &document, revision) {
            Ok(()) => {
                self.last_saved.set_value(text);
                self.open.set(Some(OpenDraft {
                    id: open.id,
                    revision,
                }));
                if self.storage_problem.get_untracked() == Some(StoreError::Full) {
                    self.storage_problem.set(None);
                }
                self.refresh();
            }
            Err(problem) => self.storage_problem.set(Some(problem)),
        }
    }

    fn storage_changed(&self, event: &web_sys::StorageEvent) {
        let Some(key) = event.key() else {
            self.refresh();
            return;
        };
        if key == INDEX_KEY {
            self.refresh();
            return;
        }
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        if key != draft_key(&open.id) {
            return;
        }
        let newer = event
            .new_value()
            .as_deref()
            .and_then(revision_of)
            .is_some_and(|revision| revision > open.revision);
        let deleted = event.new_value().is_none();
        if newer || deleted {
            self.conflict.set(true);
        }
    }

    /// Flushes a pending save, then shows another document as the open draft.
    fn switch_to(&self, state: AppState, id: String, revision: u64, document: Document) {
        self.adopt(id, revision, &document);
        state.document.set(document);
        self.refresh();
    }

    fn flush(&self, state: AppState) {
        if self.pending.get_value() {
            self.save_now(state);
        }
    }

    pub fn open_draft(&self, state: AppState, id: &str) {
        self.flush(state);
        match load(id) {
            Ok((document, revision)) => self.switch_to(state, id.to_string(), revision, document),
            Err(LoadError::Damaged { raw, .. }) => self.notify(Notice::DamagedDraft {
                name: name_of(id),
                raw,
            }),
            Err(LoadError::Missing | LoadError::Unavailable) => self.refresh(),
        }
    }

    /// Opens a document as a new draft; never touches the draft that was open.
    pub fn open_as_new(&self, state: AppState, document: Document) {
        self.flush(state);
        match create(&document) {
            Ok(id) => self.switch_to(state, id, 1, document),
            Err(problem) => {
                self.storage_problem.set(Some(problem));
                self.open.set(None);
                self.last_saved.set_value(String::new());
                state.document.set(document);
            }
        }
    }

    pub fn new_blank(&self, state: AppState) {
        self.open_as_new(state, blank_for(next_budget_year()));
    }

    pub fn new_example(&self, state: AppState) {
        self.open_as_new(state, example_for(next_budget_year()));
    }

    pub fn duplicate(&self, state: AppState, id: &str, copy_suffix: &str) {
        let source = if self.is_open(id) {
            Some(state.document.get_untracked())
        } else {
            load(id).ok().map(|(document, _)| document)
        };
        match source {
            Some(mut document) => {
                document.name = format!("{}{copy_suffix}", document.name);
                self.open_as_new(state, document);
            }
            None => self.open_draft(state, id),
        }
    }

    pub fn rename(&self, state: AppState, id: &str, name: String) {
        if self.is_open(id) {
            state.edit(|document| document.name = name);
            self.flush(state);
            return;
        }
        match load(id) {
            Ok((mut document, revision)) => {
                document.name = name;
                if let Err(problem) = store(id, &document, revision + 1) {
                    self.storage_problem.set(Some(problem));
                }
                self.refresh();
            }
            Err(LoadError::Damaged { raw, .. }) => self.notify(Notice::DamagedDraft {
                name: name_of(id),
                raw,
            }),
            Err(_) => self.refresh(),
        }
    }

    /// Deletes a draft, keeping it for undo. Deleting the open draft opens the next one (or the example).
    pub fn delete(&self, state: AppState, id: &str) {
        let Some(removed) = remove(id) else {
            self.refresh();
            return;
        };
        self.deleted.set(Some(removed));
        if self.is_open(id) {
            self.open.set(None);
            match list().first() {
                Some(next) => {
                    let next = next.id.clone();
                    self.open_draft(state, &next);
                }
                None => self.new_example(state),
            }
        }
        self.refresh();
    }

    pub fn undo_delete(&self) {
        if let Some(removed) = self.deleted.get_untracked() {
            if let Err(problem) = restore(&removed) {
                self.storage_problem.set(Some(problem));
                return;
            }
            self.deleted.set(None);
            self.refresh();
        }
    }

    /// After a conflict: take the newer version from storage.
    pub fn reload_from_storage(&self, state: AppState) {
        let Some(open) = self.open.get_untracked() else {
            return;
        };
        match load(&open.id) {
            Ok((document, revision)) => self.switch_to(state, open.id, revision, document),
            Err(_) => {
                // The other tab deleted it: keep this version as a draft of its own.
                self.conflict.set(false);
                self.save_as_copy(state, "");
            }
        }
    }

    /// After a conflict: keep this tab's version as a new draft, leaving the other tab's save alone.
    pub fn save_as_copy(&self, state: AppState, copy_suffix: &str) {
        self.conflict.set(false);
        self.pending.set_value(false);
        let mut document = state.document.get_untracked();
        document.name = format!("{}{copy_suffix}", document.name);
        self.open_as_new(state, document);
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open
            .with_untracked(|open| open.as_ref().is_some_and(|open| open.id == id))
    }
}

fn name_of(id: &str) -> String {
    list()
        .into_iter()
        .find(|entry| entry.id == id)
        .map_or_else(|| id.to_string(), |entry| entry.name)
}

/// Offers text as a file download.
pub fn download(file_name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    // Revoked later: the download reads the blob after this click has returned.
    set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}
