//! Which document the page opens with: a share link in the address first, then the draft opened last,
//! then the built-in example. Nothing is written here: the first view asks the same question to show the
//! same document before the app has loaded, and the app then keeps what it opened (see `autosave`).

use crate::domain::document::Document;
use crate::domain::example::example_for;
use crate::io::share_link;
use crate::state::drafts::{last_opened, load, name_of, LoadError};
use crate::state::notice::Notice;
use crate::state::storage::Store;

#[derive(Debug, Clone, PartialEq)]
pub enum Origin {
    /// From a share link: to be kept as a new draft.
    Link,
    /// A stored draft, at the revision read.
    Draft { id: String, revision: u64 },
    /// The built-in example: to be kept as a new draft.
    Example,
}

#[derive(Debug, Clone, PartialEq)]
pub struct StartChoice {
    pub document: Document,
    pub origin: Origin,
    /// What went wrong on the way (a damaged link, a damaged draft): the page still opens.
    pub notices: Vec<Notice>,
}

/// `fragment` is the address fragment (with or without `#`); `store` is `None` when there is no storage;
/// the example, when it opens, budgets for `budget_year`.
pub fn choose_start(
    fragment: Option<&str>,
    store: Option<&dyn Store>,
    budget_year: u16,
) -> StartChoice {
    let mut notices = Vec::new();
    if let Some(fragment) = fragment.filter(|fragment| share_link::is_share_fragment(fragment)) {
        match share_link::decode(fragment) {
            Ok(document) => {
                return StartChoice {
                    document,
                    origin: Origin::Link,
                    notices,
                }
            }
            Err(error) => notices.push(Notice::Link(error)),
        }
    }
    if let Some((store, id)) = store.and_then(|store| Some((store, last_opened(store)?))) {
        match load(store, &id) {
            Ok((document, revision)) => {
                return StartChoice {
                    document,
                    origin: Origin::Draft { id, revision },
                    notices,
                }
            }
            Err(LoadError::Damaged { raw, .. }) => notices.push(Notice::DamagedDraft {
                name: name_of(store, &id),
                raw,
            }),
            Err(LoadError::Missing) => {}
        }
    }
    StartChoice {
        document: example_for(budget_year),
        origin: Origin::Example,
        notices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::{blank, example, EXAMPLE_BUDGET_YEAR};
    use crate::io::share_link::{encode, LinkError};
    use crate::state::drafts::{create, draft_key, set_current, Clock, CURRENT_KEY};
    use crate::state::storage::MemoryStore;

    const CLOCK: Clock = Clock {
        now: || 1_000.0,
        random: || 42,
    };

    fn shared() -> Document {
        let mut document = example();
        document.name = "Uit een link".into();
        document
    }

    /// A store with one draft, named "Concept", opened last.
    fn store_with_a_draft() -> (MemoryStore, String) {
        let store = MemoryStore::new();
        let mut document = blank();
        document.name = "Concept".into();
        let (id, written) = create(&store, &document, CLOCK);
        written.unwrap();
        (store, id)
    }

    #[test]
    fn a_share_link_comes_before_the_last_draft() {
        let (store, _) = store_with_a_draft();
        let fragment = format!("#{}", encode(&shared()));
        let choice = choose_start(Some(&fragment), Some(&store), EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Link);
        assert_eq!(choice.document.name, "Uit een link");
        assert!(choice.notices.is_empty());
    }

    #[test]
    fn without_a_link_the_draft_opened_last_opens_at_its_revision() {
        let (store, id) = store_with_a_draft();
        let choice = choose_start(None, Some(&store), EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Draft { id, revision: 1 });
        assert_eq!(choice.document.name, "Concept");
        // A section anchor is no link.
        let anchored = choose_start(Some("#begroting"), Some(&store), EXAMPLE_BUDGET_YEAR);
        assert_eq!(anchored.document.name, "Concept");
        assert!(anchored.notices.is_empty());
    }

    #[test]
    fn without_a_link_or_a_draft_the_example_opens() {
        let choice = choose_start(None, Some(&MemoryStore::new()), EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Example);
        assert_eq!(choice.document, example());
        assert!(choice.notices.is_empty());
    }

    #[test]
    fn a_bad_link_is_reported_and_the_last_draft_opens_instead() {
        let (store, id) = store_with_a_draft();
        let good = encode(&shared());
        let cut = &good[..good.len() * 2 / 3];
        let choice = choose_start(Some(cut), Some(&store), EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Draft { id, revision: 1 });
        assert_eq!(choice.notices, [Notice::Link(LinkError::Damaged)]);

        let newer = good.replacen("bw1.", "bw7.", 1);
        let choice = choose_start(Some(&newer), Some(&MemoryStore::new()), EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Example);
        assert_eq!(
            choice.notices,
            [Notice::Link(LinkError::NewerVersion { found: 7 })]
        );
    }

    #[test]
    fn a_damaged_last_draft_is_reported_with_its_text_and_the_example_opens() {
        let (store, id) = store_with_a_draft();
        let broken = "{\"revision\": 3, \"document\": {\"format_version\": 1, \"name\": \"Half";
        store.set(&draft_key(&id), broken).unwrap();
        let choice = choose_start(None, Some(&store), EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Example);
        assert_eq!(
            choice.notices,
            [Notice::DamagedDraft {
                name: "Concept".into(),
                raw: broken.into()
            }]
        );
        assert_eq!(
            store.get(&draft_key(&id)).as_deref(),
            Some(broken),
            "read, not changed"
        );
    }

    #[test]
    fn a_current_id_without_its_draft_falls_back_to_the_list() {
        let (store, id) = store_with_a_draft();
        set_current(&store, "gone");
        assert_eq!(store.get(CURRENT_KEY).as_deref(), Some("gone"));
        let choice = choose_start(None, Some(&store), EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Draft { id, revision: 1 });
    }

    #[test]
    fn without_storage_a_link_still_opens_and_otherwise_the_example() {
        let fragment = encode(&shared());
        let choice = choose_start(Some(&fragment), None, EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Link);
        let choice = choose_start(None, None, EXAMPLE_BUDGET_YEAR);
        assert_eq!(choice.origin, Origin::Example);
        assert!(choice.notices.is_empty());
    }
}
