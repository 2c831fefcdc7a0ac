//! Keeping the open document: which draft it is, the revision this tab last saw of it, the debounced
//! save, and the conflict control between tabs. Plain Rust over a [`Store`], so that every rule here is
//! tested natively; `keep` puts it behind signals, timers and the browser's `storage` event.
//!
//! Two tabs never overwrite each other silently: every stored draft carries a revision, a save first
//! checks that the stored revision is still the one this tab read or wrote last, and when it is not (or
//! the draft is gone) saving pauses as a conflict until the user chooses to load the other version or to
//! keep theirs as a copy.

use crate::domain::document::Document;
use crate::domain::example::example;
use crate::io::share_link;
use crate::state::drafts::{
    self, list, name_of, revision_of, Clock, DraftEntry, LoadError, RemovedDraft, RenameError,
    WriteFailure,
};
use crate::state::notice::Notice;
use crate::state::preferences::{read_lang, write_lang};
use crate::state::startup::{choose_start, Origin};
use crate::state::storage::{usable, Store, StoreError};
use crate::text::Lang;

/// The draft that is open in this tab, and the revision this tab last saw of it.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenDraft {
    pub id: String,
    pub revision: u64,
}

pub struct Keeper<S: Store> {
    /// `None` when the browser keeps nothing; the work then goes on in memory only.
    store: Option<S>,
    clock: Clock,
    open: Option<OpenDraft>,
    /// The JSON last written for (or read from) the open draft, so that opening a draft does not save it.
    last_saved: String,
    conflict: bool,
    problem: Option<StoreError>,
    /// Messages for the interface to take.
    notices: Vec<Notice>,
    /// The last deleted draft, for undo.
    deleted: Option<RemovedDraft>,
    /// Bumped on every change; a scheduled save runs only if no later change came.
    generation: u64,
    pending: bool,
}

fn serialised(document: &Document) -> String {
    serde_json::to_string(document).unwrap_or_default()
}

impl<S: Store> Keeper<S> {
    /// `store` is what the browser offers (`Err` when it offers no storage at all).
    pub fn new(store: Result<S, StoreError>, clock: Clock) -> Keeper<S> {
        let (store, problem) = usable(store);
        Keeper {
            store,
            clock,
            open: None,
            last_saved: String::new(),
            conflict: false,
            problem,
            notices: Vec::new(),
            deleted: None,
            generation: 0,
            pending: false,
        }
    }

    /// Opens what the page starts with (`startup::choose_start`); a link or the example is kept as a new
    /// draft, so that it never replaces one the user had.
    pub fn start(&mut self, fragment: Option<&str>) -> Document {
        let choice = choose_start(
            fragment,
            self.store.as_ref().map(|store| store as &dyn Store),
            self.clock.next_budget_year(),
        );
        self.notices.extend(choice.notices);
        match choice.origin {
            Origin::Draft { id, revision } => self.adopt(id, revision, &choice.document),
            Origin::Link | Origin::Example => self.keep_as_new(&choice.document),
        }
        choice.document
    }

    pub fn store(&self) -> Option<&S> {
        self.store.as_ref()
    }

    pub fn open(&self) -> Option<&OpenDraft> {
        self.open.as_ref()
    }

    pub fn is_open(&self, id: &str) -> bool {
        self.open.as_ref().is_some_and(|open| open.id == id)
    }

    /// Another tab saved or deleted the open draft; saving waits for the user's choice.
    pub fn conflict(&self) -> bool {
        self.conflict
    }

    pub fn problem(&self) -> Option<StoreError> {
        self.problem
    }

    pub fn deleted(&self) -> Option<&RemovedDraft> {
        self.deleted.as_ref()
    }

    pub fn take_notices(&mut self) -> Vec<Notice> {
        std::mem::take(&mut self.notices)
    }

    pub fn drafts(&self) -> Vec<DraftEntry> {
        self.store
            .as_ref()
            .map(|store| list(store))
            .unwrap_or_default()
    }

    /// The language chosen last in this browser.
    pub fn lang(&self) -> Option<Lang> {
        read_lang(self.store.as_ref()?)
    }

    /// A preference, not work: when it cannot be kept the choice still holds for this visit.
    pub fn remember_lang(&self, lang: Lang) {
        if let Some(store) = &self.store {
            let _ = write_lang(store, lang);
        }
    }

    fn adopt(&mut self, id: String, revision: u64, document: &Document) {
        if let Some(store) = &self.store {
            drafts::set_current(store, &id);
        }
        self.last_saved = serialised(document);
        self.open = Some(OpenDraft { id, revision });
        self.conflict = false;
        self.pending = false;
    }

    /// A write went through: a warning about a full storage no longer holds.
    fn written(&mut self) {
        if self.problem == Some(StoreError::Full) {
            self.problem = None;
        }
    }

    /// Stores a document as a new draft and marks it open; in memory only when that fails.
    fn keep_as_new(&mut self, document: &Document) {
        self.open = None;
        self.last_saved.clear();
        self.conflict = false;
        self.pending = false;
        let Some(store) = &self.store else {
            return;
        };
        let (id, written) = drafts::create(store, document, self.clock);
        match written {
            Ok(()) => {
                self.written();
                self.adopt(id, 1, document);
            }
            Err(WriteFailure::Index(problem)) => {
                self.problem = Some(problem);
                self.adopt(id, 1, document);
            }
            Err(WriteFailure::Draft(problem)) => self.problem = Some(problem),
        }
    }

    fn damaged(&mut self, id: &str, raw: String) {
        let name = self
            .store
            .as_ref()
            .map_or_else(|| id.to_string(), |store| name_of(store, id));
        self.notify(Notice::DamagedDraft { name, raw });
    }

    fn notify(&mut self, notice: Notice) {
        self.notices.push(notice);
    }

    /// The document changed: a save is due. Returns the ticket for [`Keeper::save_if_latest`], which the
    /// caller hands back after a pause in typing.
    pub fn changed(&mut self) -> u64 {
        self.generation += 1;
        self.pending = true;
        self.generation
    }

    pub fn save_if_latest(&mut self, ticket: u64, document: &Document) {
        if ticket == self.generation && self.pending {
            self.save(document);
        }
    }

    /// Saves a pending change now (before another document opens, or the page goes).
    pub fn flush(&mut self, document: &Document) {
        if self.pending {
            self.save(document);
        }
    }

    /// Saves the open draft at the next revision, unless another tab saved or deleted it since this tab
    /// last looked: then nothing is written and the conflict is raised.
    pub fn save(&mut self, document: &Document) {
        self.pending = false;
        if self.conflict {
            return;
        }
        let Some(open) = self.open.clone() else {
            // Storage was full when this document opened: keep it once there is room.
            if self.problem == Some(StoreError::Full) {
                self.keep_as_new(document);
            }
            return;
        };
        let Some(store) = &self.store else {
            return;
        };
        let text = serialised(document);
        if text == self.last_saved {
            return;
        }
        let stored = drafts::raw(store, &open.id);
        if stored.as_deref().and_then(revision_of) != Some(open.revision) {
            self.conflict = true;
            return;
        }
        let revision = open.revision + 1;
        match drafts::write(store, &open.id, document, revision, (self.clock.now)()) {
            Ok(()) => self.written(),
            Err(WriteFailure::Index(problem)) => self.problem = Some(problem),
            Err(WriteFailure::Draft(problem)) => {
                self.problem = Some(problem);
                return;
            }
        }
        self.last_saved = text;
        self.open = Some(OpenDraft {
            id: open.id,
            revision,
        });
    }

    /// Another tab changed the store (the browser's `storage` event; `None` when it was cleared). When
    /// that touched the open draft, this tab's next save would overwrite it: raise the conflict now.
    pub fn storage_changed(&mut self, key: Option<&str>) {
        let (Some(open), Some(store)) = (&self.open, &self.store) else {
            return;
        };
        if key.is_some_and(|key| key != drafts::draft_key(&open.id)) {
            return;
        }
        let stored = drafts::raw(store, &open.id);
        if stored.as_deref().and_then(revision_of) != Some(open.revision) {
            self.conflict = true;
        }
    }

    /// Opens a stored draft, after saving what is pending. `None` when it cannot be opened (then a
    /// notice says why, and the current document stays).
    pub fn open_draft(&mut self, current: &Document, id: &str) -> Option<Document> {
        self.flush(current);
        let loaded = drafts::load(self.store.as_ref()?, id);
        match loaded {
            Ok((document, revision)) => {
                self.adopt(id.to_string(), revision, &document);
                Some(document)
            }
            Err(LoadError::Damaged { raw, .. }) => {
                self.damaged(id, raw);
                None
            }
            Err(LoadError::Missing) => None,
        }
    }

    /// Opens a document as a new draft; the draft that was open keeps what it had, pending edits included.
    pub fn open_as_new(&mut self, current: &Document, document: &Document) {
        self.flush(current);
        self.keep_as_new(document);
    }

    /// A share link that arrives while the page is open (pasted into the address bar): opened as a new
    /// draft, exactly as on a fresh page. `None`, with a notice, when the link is damaged.
    pub fn open_link(&mut self, current: &Document, fragment: &str) -> Option<Document> {
        match share_link::decode(fragment) {
            Ok(document) => {
                self.open_as_new(current, &document);
                Some(document)
            }
            Err(error) => {
                self.notify(Notice::Link(error));
                None
            }
        }
    }

    /// A copy of a draft, opened as a new draft. The open draft is copied as it is on screen.
    pub fn duplicate(
        &mut self,
        current: &Document,
        id: &str,
        copy_suffix: &str,
    ) -> Option<Document> {
        let source = if self.is_open(id) {
            Some(current.clone())
        } else {
            drafts::load(self.store.as_ref()?, id)
                .ok()
                .map(|(document, _)| document)
        };
        let Some(mut document) = source else {
            // Says why it cannot be copied.
            return self.open_draft(current, id);
        };
        document.name = format!("{}{copy_suffix}", document.name);
        self.open_as_new(current, &document);
        Some(document)
    }

    /// Renames a draft that is not open here (the open one is renamed by editing its document).
    pub fn rename_stored(&mut self, id: &str, name: String) {
        let Some(store) = &self.store else {
            return;
        };
        match drafts::rename(store, id, name, (self.clock.now)()) {
            Ok(()) => self.written(),
            Err(RenameError::Write(failure)) => self.problem = Some(failure.problem()),
            Err(RenameError::Load(LoadError::Damaged { raw, .. })) => self.damaged(id, raw),
            Err(RenameError::Load(LoadError::Missing)) => {}
        }
    }

    /// Deletes a draft, keeping it for undo. When it was the open one, the next draft opens (or the
    /// example, as a new draft): that document is returned.
    pub fn delete(&mut self, current: &Document, id: &str) -> Option<Document> {
        let removed = drafts::remove(self.store.as_ref()?, id)?;
        self.deleted = Some(removed);
        if !self.is_open(id) {
            return None;
        }
        self.open = None;
        self.pending = false;
        self.conflict = false;
        let next = self.drafts().first().map(|entry| entry.id.clone());
        if let Some(document) = next.and_then(|next| self.open_draft(current, &next)) {
            return Some(document);
        }
        let document = example();
        self.keep_as_new(&document);
        Some(document)
    }

    pub fn undo_delete(&mut self) {
        let (Some(store), Some(removed)) = (&self.store, &self.deleted) else {
            return;
        };
        match drafts::restore(store, removed) {
            Ok(()) => {
                self.deleted = None;
                self.written();
            }
            Err(problem) => self.problem = Some(problem),
        }
    }

    /// After a conflict: take the other tab's version. When the other tab deleted the draft, this tab's
    /// version is kept as a draft of its own instead.
    pub fn reload_from_storage(&mut self, current: &Document) -> Option<Document> {
        let open = self.open.clone()?;
        match drafts::load(self.store.as_ref()?, &open.id) {
            Ok((document, revision)) => {
                self.adopt(open.id, revision, &document);
                Some(document)
            }
            Err(_) => Some(self.save_as_copy(current, "")),
        }
    }

    /// After a conflict: keep this tab's version as a new draft, leaving the other tab's save alone.
    pub fn save_as_copy(&mut self, current: &Document, copy_suffix: &str) -> Document {
        let mut document = current.clone();
        document.name = format!("{}{copy_suffix}", document.name);
        self.keep_as_new(&document);
        document
    }
}

#[cfg(test)]
mod tests;
