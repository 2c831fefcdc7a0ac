//! Native tests of keeping: start-up, saving, full and missing storage, damaged drafts and two tabs
//! sharing one store.

use std::sync::atomic::{AtomicU64, Ordering};

use super::*;
use crate::domain::example::blank;
use crate::io::share_link::{encode, LinkError};
use crate::state::drafts::{draft_key, load, CURRENT_KEY, INDEX_KEY};
use crate::state::storage::MemoryStore;

fn ticking() -> f64 {
    static NOW: AtomicU64 = AtomicU64::new(1_767_225_600_000);
    NOW.fetch_add(1, Ordering::Relaxed) as f64
}

fn counter() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

const CLOCK: Clock = Clock {
    now: ticking,
    random: counter,
};

fn tab(store: &MemoryStore) -> Keeper<MemoryStore> {
    Keeper::new(Ok(store.another_tab()), CLOCK)
}

fn renamed(document: &Document, name: &str) -> Document {
    let mut document = document.clone();
    document.name = name.into();
    document
}

/// Edits the document as a user would: the change is noted, then saved after the pause.
fn type_and_wait(keeper: &mut Keeper<MemoryStore>, document: &Document) {
    let ticket = keeper.changed();
    keeper.save_if_latest(ticket, document);
}

fn stored_document(store: &MemoryStore, id: &str) -> (Document, u64) {
    load(store, id).expect("a readable draft")
}

fn open_id(keeper: &Keeper<MemoryStore>) -> String {
    keeper.open().expect("an open draft").id.clone()
}

#[test]
fn the_first_visit_keeps_the_example_as_a_draft_and_reopens_it() {
    let store = MemoryStore::new();
    let mut first = tab(&store);
    let document = first.start(None);
    assert_eq!(document, example());
    let id = open_id(&first);
    assert_eq!(stored_document(&store, &id), (example(), 1));
    assert_eq!(store.get(CURRENT_KEY), Some(id.clone()));
    assert_eq!(first.problem(), None);

    let mut reload = tab(&store);
    assert_eq!(reload.start(None), example());
    assert_eq!(
        open_id(&reload),
        id,
        "a reload reopens it, it does not add one"
    );
    assert_eq!(reload.drafts().len(), 1);
}

#[test]
fn a_change_is_saved_at_the_next_revision_and_an_unchanged_one_not_at_all() {
    let store = MemoryStore::new();
    let mut keeper = tab(&store);
    let document = keeper.start(None);
    let id = open_id(&keeper);

    type_and_wait(&mut keeper, &document);
    assert_eq!(
        stored_document(&store, &id).1,
        1,
        "nothing changed, nothing written"
    );

    let edited = renamed(&document, "Begroting 2027");
    type_and_wait(&mut keeper, &edited);
    assert_eq!(stored_document(&store, &id), (edited.clone(), 2));
    assert_eq!(keeper.drafts()[0].name, "Begroting 2027");
    assert_eq!(keeper.open().map(|open| open.revision), Some(2));
}

#[test]
fn only_the_last_of_quick_changes_is_saved() {
    let store = MemoryStore::new();
    let mut keeper = tab(&store);
    let document = keeper.start(None);
    let id = open_id(&keeper);
    let early = keeper.changed();
    let late = keeper.changed();
    keeper.save_if_latest(early, &renamed(&document, "Half getypt"));
    assert_eq!(
        stored_document(&store, &id).1,
        1,
        "an outdated timer saves nothing"
    );
    keeper.save_if_latest(late, &renamed(&document, "Af"));
    assert_eq!(stored_document(&store, &id).0.name, "Af");
}

#[test]
fn full_storage_warns_keeps_the_stored_draft_and_saves_once_there_is_room() {
    let store = MemoryStore::new();
    let mut keeper = tab(&store);
    let document = keeper.start(None);
    let id = open_id(&keeper);
    let stored_before = store.get(&draft_key(&id));

    store.fill_up();
    let edited = renamed(&document, "Past niet meer, want deze naam is langer");
    type_and_wait(&mut keeper, &edited);
    assert_eq!(keeper.problem(), Some(StoreError::Full));
    assert_eq!(
        store.get(&draft_key(&id)),
        stored_before,
        "the stored draft is untouched"
    );
    assert_eq!(keeper.open().map(|open| open.revision), Some(1));
    assert!(!keeper.conflict(), "a failed write is no conflict");

    store.make_room();
    let later = renamed(&edited, "Past weer");
    type_and_wait(&mut keeper, &later);
    assert_eq!(keeper.problem(), None, "the warning goes");
    assert_eq!(stored_document(&store, &id), (later, 2), "nothing lost");
}

#[test]
fn storage_full_from_the_start_still_opens_and_keeps_the_work_when_room_comes() {
    let store = MemoryStore::new();
    store.set("ander.programma", "bezet").unwrap();
    store.fill_up();
    let mut keeper = tab(&store);
    let document = keeper.start(None);
    assert_eq!(document, example());
    assert_eq!(keeper.problem(), Some(StoreError::Full));
    assert!(keeper.open().is_none());
    assert!(keeper.drafts().is_empty());

    store.make_room();
    let edited = renamed(&document, "Eindelijk bewaard");
    type_and_wait(&mut keeper, &edited);
    assert_eq!(keeper.problem(), None);
    let id = open_id(&keeper);
    assert_eq!(stored_document(&store, &id), (edited, 1));
}

#[test]
fn a_full_index_still_keeps_the_draft_without_a_false_conflict() {
    let store = MemoryStore::new();
    let mut keeper = tab(&store);
    let document = keeper.start(None);
    let id = open_id(&keeper);
    // Room for a slightly longer draft, not also for the longer name in the index.
    store.set_quota(Some(store.used() + 5));
    let edited = renamed(&document, &format!("{}12345", document.name));
    type_and_wait(&mut keeper, &edited);
    assert_eq!(keeper.problem(), Some(StoreError::Full));
    assert_eq!(stored_document(&store, &id), (edited.clone(), 2));

    store.make_room();
    let later = renamed(&edited, "Daarna");
    type_and_wait(&mut keeper, &later);
    assert!(!keeper.conflict());
    assert_eq!(stored_document(&store, &id), (later, 3));
}

#[test]
fn without_storage_the_app_starts_warns_and_works_in_memory() {
    let store = MemoryStore::unavailable();
    let mut keeper = Keeper::new(Ok(store.clone()), CLOCK);
    assert_eq!(keeper.start(None), example());
    assert_eq!(keeper.problem(), Some(StoreError::Unavailable));
    assert!(keeper.open().is_none());
    type_and_wait(&mut keeper, &renamed(&example(), "Alleen in het geheugen"));
    keeper.open_as_new(&example(), &blank());
    keeper.remember_lang(Lang::En);
    assert_eq!(keeper.lang(), None);
    assert!(keeper.drafts().is_empty());
    assert_eq!(keeper.problem(), Some(StoreError::Unavailable));

    let mut none: Keeper<MemoryStore> = Keeper::new(Err(StoreError::Unavailable), CLOCK);
    let link = encode(&renamed(&example(), "Gedeeld"));
    assert_eq!(
        none.start(Some(&link)).name,
        "Gedeeld",
        "a link opens without storage"
    );
    assert_eq!(none.problem(), Some(StoreError::Unavailable));
}

#[test]
fn a_damaged_draft_is_reported_kept_and_never_overwritten() {
    let store = MemoryStore::new();
    let mut first = tab(&store);
    first.start(None);
    let id = open_id(&first);
    let broken = "{\"revision\": 3, \"document\": {\"format_version\": 1, \"name\": \"Half";
    store.set(&draft_key(&id), broken).unwrap();

    let mut reload = tab(&store);
    let document = reload.start(None);
    assert_eq!(document, example(), "the app still starts, on the example");
    assert_eq!(
        reload.take_notices(),
        [Notice::DamagedDraft {
            name: example().name,
            raw: broken.into()
        }]
    );
    assert_ne!(open_id(&reload), id, "the example is a new draft");
    type_and_wait(&mut reload, &renamed(&document, "Verder"));
    assert_eq!(store.get(&draft_key(&id)).as_deref(), Some(broken));
    assert_eq!(reload.drafts().len(), 2, "the damaged draft stays listed");

    // Opening it from the list says so again and changes nothing.
    assert_eq!(reload.open_draft(&document, &id), None);
    assert!(matches!(
        reload.take_notices().as_slice(),
        [Notice::DamagedDraft { .. }]
    ));
    assert_eq!(store.get(&draft_key(&id)).as_deref(), Some(broken));
}

#[test]
fn two_tabs_the_second_save_is_stopped_as_a_conflict_not_written() {
    let store = MemoryStore::new();
    let mut first = tab(&store);
    let document = first.start(None);
    let mut second = tab(&store);
    assert_eq!(second.start(None), document);
    let id = open_id(&first);
    assert_eq!(open_id(&second), id, "both tabs have the same draft open");

    type_and_wait(&mut second, &renamed(&document, "Versie van tab 2"));
    type_and_wait(&mut first, &renamed(&document, "Versie van tab 1"));
    assert!(first.conflict());
    assert_eq!(
        stored_document(&store, &id),
        (renamed(&document, "Versie van tab 2"), 2),
        "tab 1 did not overwrite tab 2"
    );

    // While in conflict, later changes are not written either.
    type_and_wait(&mut first, &renamed(&document, "Nog meer van tab 1"));
    assert_eq!(stored_document(&store, &id).0.name, "Versie van tab 2");

    // Keeping tab 1's version as a copy: both versions are kept.
    let copy = first.save_as_copy(&renamed(&document, "Nog meer van tab 1"), " (kopie)");
    assert_eq!(copy.name, "Nog meer van tab 1 (kopie)");
    assert!(!first.conflict());
    let mut names: Vec<String> = first.drafts().into_iter().map(|entry| entry.name).collect();
    names.sort();
    assert_eq!(names, ["Nog meer van tab 1 (kopie)", "Versie van tab 2"]);
}

#[test]
fn two_tabs_the_storage_event_raises_the_conflict_before_any_save() {
    let store = MemoryStore::new();
    let mut first = tab(&store);
    let document = first.start(None);
    let mut second = tab(&store);
    second.start(None);
    let id = open_id(&first);

    first.storage_changed(Some(INDEX_KEY));
    assert!(
        !first.conflict(),
        "a change to the list alone is no conflict"
    );
    type_and_wait(&mut second, &renamed(&document, "Nieuwer uit tab 2"));
    first.storage_changed(Some(&draft_key(&id)));
    assert!(first.conflict());

    // Loading the newest version ends the conflict, and saving works again from that revision.
    let newest = first.reload_from_storage(&document).unwrap();
    assert_eq!(newest.name, "Nieuwer uit tab 2");
    assert!(!first.conflict());
    type_and_wait(&mut first, &renamed(&newest, "Weer tab 1"));
    assert_eq!(
        stored_document(&store, &id),
        (renamed(&newest, "Weer tab 1"), 3)
    );

    // And now the second tab is the one that is told.
    second.storage_changed(Some(&draft_key(&id)));
    assert!(second.conflict());
    assert_eq!(first.drafts().len(), 1, "still one draft");
}

#[test]
fn two_tabs_a_draft_deleted_in_the_other_tab_is_kept_as_a_copy() {
    let store = MemoryStore::new();
    let mut first = tab(&store);
    let document = first.start(None);
    let mut second = tab(&store);
    second.start(None);
    let id = open_id(&first);

    assert_eq!(
        second.delete(&document, &id).map(|document| document.name),
        Some(example().name),
        "the deleting tab opens the example"
    );
    first.storage_changed(None);
    assert!(first.conflict());
    let kept = first
        .reload_from_storage(&renamed(&document, "Mijn werk"))
        .unwrap();
    assert_eq!(kept.name, "Mijn werk");
    assert!(first.drafts().iter().any(|entry| entry.name == "Mijn werk"));
}

#[test]
fn a_link_pasted_into_an_open_tab_opens_as_a_new_draft_and_keeps_the_old_one() {
    let store = MemoryStore::new();
    let mut keeper = tab(&store);
    let document = keeper.start(None);
    let previous = open_id(&keeper);
    let edited = renamed(&document, "Nog niet bewaard");
    keeper.changed();

    let link = format!("#{}", encode(&renamed(&example(), "Uit de adresbalk")));
    let opened = keeper.open_link(&edited, &link).unwrap();
    assert_eq!(opened.name, "Uit de adresbalk");
    assert_ne!(open_id(&keeper), previous);
    assert_eq!(
        stored_document(&store, &previous).0.name,
        "Nog niet bewaard",
        "the pending edit of the previous draft was saved first"
    );
    assert_eq!(keeper.drafts().len(), 2);

    let cut = &link[..link.len() / 2];
    assert_eq!(keeper.open_link(&opened, cut), None);
    assert_eq!(keeper.take_notices(), [Notice::Link(LinkError::Damaged)]);
    assert_eq!(keeper.drafts().len(), 2, "a bad link adds nothing");
}

#[test]
fn the_draft_list_actions_open_copy_rename_delete_and_undo() {
    let store = MemoryStore::new();
    let mut keeper = tab(&store);
    let original = keeper.start(None);
    let original_id = open_id(&keeper);

    let copy = keeper
        .duplicate(&original, &original_id, " (kopie)")
        .unwrap();
    let copy_id = open_id(&keeper);
    assert_eq!(copy.name, format!("{} (kopie)", original.name));

    keeper.rename_stored(&original_id, "Hernoemd".into());
    assert_eq!(
        stored_document(&store, &original_id),
        (renamed(&original, "Hernoemd"), 2)
    );

    let reopened = keeper.open_draft(&copy, &original_id).unwrap();
    assert_eq!(reopened.name, "Hernoemd");
    assert_eq!(keeper.open().map(|open| open.revision), Some(2));

    // Deleting a draft that is not open leaves the open one alone; undo brings it back.
    assert_eq!(keeper.delete(&reopened, &copy_id), None);
    assert_eq!(keeper.drafts().len(), 1);
    keeper.undo_delete();
    assert_eq!(keeper.drafts().len(), 2);
    assert!(keeper.deleted().is_none());

    // Deleting the open draft opens the next one.
    let next = keeper.delete(&reopened, &original_id).unwrap();
    assert_eq!(next.name, copy.name);
    assert_eq!(open_id(&keeper), copy_id);
}

#[test]
fn the_language_choice_is_kept_for_the_next_visit() {
    let store = MemoryStore::new();
    let keeper = tab(&store);
    assert_eq!(keeper.lang(), None);
    keeper.remember_lang(Lang::En);
    assert_eq!(tab(&store).lang(), Some(Lang::En));
}
