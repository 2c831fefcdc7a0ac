//! Drafts in a [`Store`]: an index of drafts under one key and one key per draft, each stored with a
//! revision counter so that two tabs never silently overwrite each other (see `autosave`).
//!
//! Storage layout (all values JSON but the current id):
//! - `bijdragewijzer.drafts`: `[{"id", "name", "saved_at"}]`, the list the interface shows;
//! - `bijdragewijzer.current`: the id of the draft opened last, as plain text;
//! - `bijdragewijzer.draft.<id>`: `{"revision": n, "document": {...}}`.
//!
//! Beside them `preferences` keeps the language chosen last under `bijdragewijzer.lang`.

use serde::{Deserialize, Serialize};

use crate::domain::document::Document;
use crate::io::json::{parse_document, ImportError};
use crate::state::storage::{Store, StoreError};

pub const INDEX_KEY: &str = "bijdragewijzer.drafts";
pub const CURRENT_KEY: &str = "bijdragewijzer.current";
pub const DRAFT_PREFIX: &str = "bijdragewijzer.draft.";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftEntry {
    pub id: String,
    pub name: String,
    /// Milliseconds since the epoch.
    pub saved_at: f64,
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
    /// The stored text cannot be read as a document; the raw text is kept for download.
    Damaged {
        raw: String,
        error: Option<ImportError>,
    },
}

/// A write that did not fully happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteFailure {
    /// Nothing was written: the stored draft is as it was.
    Draft(StoreError),
    /// The draft was written, the list of drafts was not (it may show an older name or time).
    Index(StoreError),
}

impl WriteFailure {
    pub fn problem(self) -> StoreError {
        match self {
            WriteFailure::Draft(problem) | WriteFailure::Index(problem) => problem,
        }
    }
}

/// Time and chance, from the browser in the app and from counters in tests.
#[derive(Clone, Copy)]
pub struct Clock {
    /// Milliseconds since the epoch.
    pub now: fn() -> f64,
    pub random: fn() -> u64,
}

impl Clock {
    /// The calendar year after today's (UTC): a new budget is for next year, so the example and "Nieuw,
    /// leeg" start on it.
    pub fn next_budget_year(&self) -> u16 {
        let days = ((self.now)() / 86_400_000.0).floor() as i64;
        let year = year_of_day(days).saturating_add(1);
        u16::try_from(year).unwrap_or(crate::domain::example::EXAMPLE_BUDGET_YEAR)
    }
}

/// The proleptic Gregorian year of a day counted from 1970-01-01 (Howard Hinnant's civil-from-days).
fn year_of_day(days: i64) -> i64 {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let year = year_of_era + era * 400;
    if month_index >= 10 {
        year + 1
    } else {
        year
    }
}

pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

/// An id no draft in the store has yet. Two tabs may draw at the same millisecond, hence the chance part.
pub fn fresh_id(store: &dyn Store, clock: Clock) -> String {
    loop {
        let id = format!("{:x}-{:x}", (clock.now)() as u64, (clock.random)());
        if store.get(&draft_key(&id)).is_none() {
            return id;
        }
    }
}

pub fn list(store: &dyn Store) -> Vec<DraftEntry> {
    store
        .get(INDEX_KEY)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_else(|| rebuild_index(store))
}

/// A damaged index must not hide the drafts themselves: find them by their keys.
fn rebuild_index(store: &dyn Store) -> Vec<DraftEntry> {
    store
        .keys()
        .into_iter()
        .filter_map(|key| key.strip_prefix(DRAFT_PREFIX).map(str::to_string))
        .map(|id| DraftEntry {
            name: id.clone(),
            id,
            saved_at: 0.0,
        })
        .collect()
}

fn write_index(store: &dyn Store, index: &[DraftEntry]) -> Result<(), StoreError> {
    let text = serde_json::to_string(index).unwrap_or_else(|_| "[]".into());
    store.set(INDEX_KEY, &text)
}

/// The name the list shows for a draft, else its id.
pub fn name_of(store: &dyn Store, id: &str) -> String {
    list(store)
        .into_iter()
        .find(|entry| entry.id == id)
        .map_or_else(|| id.to_string(), |entry| entry.name)
}

pub fn set_current(store: &dyn Store, id: &str) {
    // Which draft to reopen is a convenience: when it cannot be written, the list still has them all.
    let _ = store.set(CURRENT_KEY, id);
}

/// The draft the page reopens: the one opened last if it is still there, else the one saved last.
pub fn last_opened(store: &dyn Store) -> Option<String> {
    store
        .get(CURRENT_KEY)
        .filter(|id| store.get(&draft_key(id)).is_some())
        .or_else(|| list(store).first().map(|entry| entry.id.clone()))
}

pub fn raw(store: &dyn Store, id: &str) -> Option<String> {
    store.get(&draft_key(id))
}

/// The revision a stored draft text carries, if it can be read.
pub fn revision_of(raw: &str) -> Option<u64> {
    serde_json::from_str::<serde_json::Value>(raw)
        .ok()?
        .get("revision")?
        .as_u64()
}

/// Reads a stored draft text: the document and its revision, or why it is damaged.
pub fn read_envelope(raw: &str) -> Result<(Document, u64), Option<ImportError>> {
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| None)?;
    let revision = value
        .get("revision")
        .and_then(serde_json::Value::as_u64)
        .ok_or(None)?;
    let document = value.get("document").ok_or(None)?;
    let document = parse_document(&document.to_string()).map_err(Some)?;
    Ok((document, revision))
}

pub fn envelope(document: &Document, revision: u64) -> String {
    serde_json::json!({ "revision": revision, "document": document }).to_string()
}

pub fn load(store: &dyn Store, id: &str) -> Result<(Document, u64), LoadError> {
    let raw = raw(store, id).ok_or(LoadError::Missing)?;
    read_envelope(&raw).map_err(|error| LoadError::Damaged { raw, error })
}

/// Writes a draft at a revision and puts it first in the index.
pub fn write(
    store: &dyn Store,
    id: &str,
    document: &Document,
    revision: u64,
    saved_at: f64,
) -> Result<(), WriteFailure> {
    store
        .set(&draft_key(id), &envelope(document, revision))
        .map_err(WriteFailure::Draft)?;
    let mut index = list(store);
    index.retain(|entry| entry.id != id);
    index.insert(
        0,
        DraftEntry {
            id: id.to_string(),
            name: document.name.clone(),
            saved_at,
        },
    );
    write_index(store, &index).map_err(WriteFailure::Index)
}

/// Stores a document as a new draft under a fresh id and makes it the one to reopen. The id comes back
/// with the outcome: after `WriteFailure::Index` the draft is stored all the same.
pub fn create(
    store: &dyn Store,
    document: &Document,
    clock: Clock,
) -> (String, Result<(), WriteFailure>) {
    let id = fresh_id(store, clock);
    let written = write(store, &id, document, 1, (clock.now)());
    if !matches!(written, Err(WriteFailure::Draft(_))) {
        set_current(store, &id);
    }
    (id, written)
}

/// Renames a stored draft that is not open in this tab.
pub fn rename(store: &dyn Store, id: &str, name: String, saved_at: f64) -> Result<(), RenameError> {
    let (mut document, revision) = load(store, id).map_err(RenameError::Load)?;
    document.name = name;
    write(store, id, &document, revision + 1, saved_at).map_err(RenameError::Write)
}

#[derive(Debug, Clone, PartialEq)]
pub enum RenameError {
    Load(LoadError),
    Write(WriteFailure),
}

/// Takes a draft out of the store and its index; what comes back can be put back by [`restore`].
pub fn remove(store: &dyn Store, id: &str) -> Option<RemovedDraft> {
    let mut index = list(store);
    let position = index.iter().position(|entry| entry.id == id)?;
    let entry = index.remove(position);
    let raw = raw(store, id);
    store.remove(&draft_key(id));
    // The draft itself is gone; an index that still lists it is rebuilt from the keys next time it fails.
    let _ = write_index(store, &index);
    Some(RemovedDraft { entry, raw })
}

pub fn restore(store: &dyn Store, removed: &RemovedDraft) -> Result<(), StoreError> {
    if let Some(raw) = &removed.raw {
        store.set(&draft_key(&removed.entry.id), raw)?;
    }
    let mut index = list(store);
    index.retain(|entry| entry.id != removed.entry.id);
    index.insert(0, removed.entry.clone());
    write_index(store, &index)
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU64, Ordering};

    use super::*;
    use crate::domain::example::{blank, example};

    fn current_format() -> String {
        format!(
            "\"format_version\":{}",
            crate::domain::document::FORMAT_VERSION
        )
    }

    #[test]
    fn the_next_budget_year_follows_the_calendar() {
        fn at(now: fn() -> f64) -> u16 {
            Clock { now, random: || 0 }.next_budget_year()
        }
        // 2026-11-29 12:00 UTC, 2026-12-31 23:59 UTC, 2027-01-01 00:00 UTC, 2028-02-29 (leap day).
        assert_eq!(at(|| 1_795_953_600_000.0), 2027);
        assert_eq!(at(|| 1_798_761_540_000.0), 2027);
        assert_eq!(at(|| 1_798_761_600_000.0), 2028);
        assert_eq!(at(|| 1_835_395_200_000.0), 2029);
        assert_eq!(year_of_day(0), 1970);
        assert_eq!(year_of_day(-1), 1969);
    }
    use crate::state::storage::MemoryStore;

    fn counter() -> u64 {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        NEXT.fetch_add(1, Ordering::Relaxed)
    }

    const CLOCK: Clock = Clock {
        now: || 1_767_225_600_000.0,
        random: counter,
    };

    fn created(store: &MemoryStore, name: &str) -> String {
        let (id, written) = create(store, &named(name), CLOCK);
        assert_eq!(written, Ok(()));
        id
    }

    fn named(name: &str) -> Document {
        let mut document = example();
        document.name = name.into();
        document
    }

    #[test]
    fn a_created_draft_is_listed_first_reopened_and_read_back() {
        let store = MemoryStore::new();
        let first = created(&store, "Eerste");
        let second = created(&store, "Tweede");
        assert_ne!(first, second);
        let names: Vec<String> = list(&store).into_iter().map(|entry| entry.name).collect();
        assert_eq!(names, ["Tweede", "Eerste"]);
        assert_eq!(last_opened(&store), Some(second.clone()));
        let (document, revision) = load(&store, &first).unwrap();
        assert_eq!(document, named("Eerste"));
        assert_eq!(revision, 1);
    }

    #[test]
    fn a_fresh_id_never_reuses_a_stored_one() {
        fn seven_then_more() -> u64 {
            static NEXT: AtomicU64 = AtomicU64::new(7);
            NEXT.fetch_add(1, Ordering::Relaxed)
        }
        let store = MemoryStore::new();
        store.set(&draft_key("1-7"), "{}").unwrap();
        let clock = Clock {
            now: || 1.0,
            random: seven_then_more,
        };
        assert_eq!(fresh_id(&store, clock), "1-8");
    }

    #[test]
    fn a_damaged_index_still_lists_the_drafts_by_their_keys() {
        let store = MemoryStore::new();
        let id = created(&store, "Een");
        store.set(INDEX_KEY, "[{\"id\":").unwrap();
        let listed = list(&store);
        assert_eq!(listed.len(), 1);
        assert_eq!(listed[0].id, id);
        assert!(load(&store, &id).is_ok());
    }

    #[test]
    fn the_current_draft_falls_back_to_the_list_when_it_was_deleted() {
        let store = MemoryStore::new();
        let kept = created(&store, "Blijft");
        let gone = created(&store, "Weg");
        remove(&store, &gone).unwrap();
        assert_eq!(last_opened(&store), Some(kept));
    }

    #[test]
    fn damaged_drafts_are_reported_with_their_raw_text() {
        let store = MemoryStore::new();
        let newer = envelope(&example(), 3).replace(&current_format(), "\"format_version\":99");
        assert!(newer.contains("\"format_version\":99"), "{newer}");
        let mut wrong_shape: serde_json::Value =
            serde_json::from_str(&envelope(&example(), 2)).unwrap();
        wrong_shape["document"]["scenarios"] = serde_json::json!("drie");
        let cases = [
            (
                "not-json",
                "{\"revision\": 3, \"document\": {\"name\": \"Half".to_string(),
                false,
            ),
            (
                "not-ours",
                "{\"type\":\"FeatureCollection\"}".to_string(),
                false,
            ),
            (
                "no-revision",
                format!("{{\"document\": {}}}", example().to_json()),
                false,
            ),
            (
                "document-not-ours",
                "{\"revision\":1,\"document\":{\"name\":\"x\"}}".to_string(),
                true,
            ),
            ("newer", newer, true),
            ("wrong-shape", wrong_shape.to_string(), true),
        ];
        for (id, text, with_reason) in cases {
            store.set(&draft_key(id), &text).unwrap();
            match load(&store, id) {
                Err(LoadError::Damaged { raw, error }) => {
                    assert_eq!(raw, text, "{id}: the stored text, unchanged");
                    assert_eq!(error.is_some(), with_reason, "{id}: {error:?}");
                }
                other => panic!("{id}: {other:?}"),
            }
        }
        assert_eq!(load(&store, "absent"), Err(LoadError::Missing));
    }

    #[test]
    fn a_newer_format_is_named_as_the_reason() {
        let store = MemoryStore::new();
        let text = envelope(&blank(), 1).replace(&current_format(), "\"format_version\":99");
        store.set(&draft_key("x"), &text).unwrap();
        assert!(matches!(
            load(&store, "x"),
            Err(LoadError::Damaged {
                error: Some(ImportError::NewerVersion { found: 99 }),
                ..
            })
        ));
    }

    #[test]
    fn a_full_store_writes_nothing_of_a_new_draft() {
        let store = MemoryStore::new();
        let id = created(&store, "Eerste");
        store.fill_up();
        let before = store.keys();
        let (_, written) = create(&store, &named("Past niet"), CLOCK);
        assert_eq!(written, Err(WriteFailure::Draft(StoreError::Full)));
        assert_eq!(store.keys(), before);
        assert_eq!(load(&store, &id).unwrap().0, named("Eerste"));
    }

    #[test]
    fn a_draft_written_without_room_for_the_index_is_reported_as_such() {
        let store = MemoryStore::new();
        let id = created(&store, "Eerste");
        // Room for the same draft under a longer name, not for the index growing too.
        let used = store.used();
        store.set_quota(Some(used + 3));
        assert_eq!(
            write(&store, &id, &named("Eerste!!!"), 2, (CLOCK.now)()),
            Err(WriteFailure::Index(StoreError::Full))
        );
        assert_eq!(load(&store, &id).unwrap(), (named("Eerste!!!"), 2));
    }

    #[test]
    fn renaming_a_stored_draft_raises_its_revision() {
        let store = MemoryStore::new();
        let id = created(&store, "Oud");
        rename(&store, &id, "Nieuw".into(), 5.0).unwrap();
        let (document, revision) = load(&store, &id).unwrap();
        assert_eq!((document.name.as_str(), revision), ("Nieuw", 2));
        assert_eq!(list(&store)[0].name, "Nieuw");
        assert_eq!(
            rename(&store, "absent", "x".into(), 5.0),
            Err(RenameError::Load(LoadError::Missing))
        );
    }

    #[test]
    fn a_removed_draft_comes_back_byte_for_byte() {
        let store = MemoryStore::new();
        let keep = created(&store, "Blijft");
        let gone = created(&store, "Weg");
        let stored = raw(&store, &gone);
        let removed = remove(&store, &gone).unwrap();
        assert_eq!(raw(&store, &gone), None);
        assert_eq!(list(&store).len(), 1);
        assert_eq!(list(&store)[0].id, keep);
        restore(&store, &removed).unwrap();
        assert_eq!(raw(&store, &gone), stored);
        assert_eq!(list(&store)[0].id, gone);
        assert_eq!(remove(&store, "absent"), None);
    }
}
