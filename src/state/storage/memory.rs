//! A store in memory for native tests. Clones share their items, as two tabs of one browser share
//! localStorage; it can be made full (writes fail as a quota does) or unavailable (as a disabled storage).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{Store, StoreError};

#[derive(Debug, Default)]
struct Shelf {
    items: BTreeMap<String, String>,
    /// Characters of keys and values together, as browsers count a quota.
    quota: Option<usize>,
    unavailable: bool,
}

impl Shelf {
    fn used(&self) -> usize {
        self.items
            .iter()
            .map(|(key, value)| key.chars().count() + value.chars().count())
            .sum()
    }
}

#[derive(Debug, Clone, Default)]
pub struct MemoryStore {
    shelf: Rc<RefCell<Shelf>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// A storage that exists but refuses everything, as in a private window.
    pub fn unavailable() -> MemoryStore {
        let store = MemoryStore::new();
        store.shelf.borrow_mut().unavailable = true;
        store
    }

    /// Another client of the same items: a second tab of the same browser.
    pub fn another_tab(&self) -> MemoryStore {
        self.clone()
    }

    /// From now on, a write that would make the store hold more than `characters` fails as `Full`.
    pub fn set_quota(&self, characters: Option<usize>) {
        self.shelf.borrow_mut().quota = characters;
    }

    /// No room for anything larger than what is stored now.
    pub fn fill_up(&self) {
        let used = self.used();
        self.set_quota(Some(used));
    }

    pub fn make_room(&self) {
        self.set_quota(None);
    }

    pub fn used(&self) -> usize {
        self.shelf.borrow().used()
    }
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Option<String> {
        let shelf = self.shelf.borrow();
        if shelf.unavailable {
            return None;
        }
        shelf.items.get(key).cloned()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let mut shelf = self.shelf.borrow_mut();
        if shelf.unavailable {
            return Err(StoreError::Unavailable);
        }
        if let Some(quota) = shelf.quota {
            let replaced = shelf
                .items
                .get(key)
                .map_or(0, |old| key.chars().count() + old.chars().count());
            let after = shelf.used() - replaced + key.chars().count() + value.chars().count();
            if after > quota {
                return Err(StoreError::Full);
            }
        }
        shelf.items.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) {
        let mut shelf = self.shelf.borrow_mut();
        if !shelf.unavailable {
            shelf.items.remove(key);
        }
    }

    fn keys(&self) -> Vec<String> {
        let shelf = self.shelf.borrow();
        if shelf.unavailable {
            return Vec::new();
        }
        shelf.items.keys().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_tabs_see_each_others_writes() {
        let first = MemoryStore::new();
        let second = first.another_tab();
        first.set("a", "1").unwrap();
        assert_eq!(second.get("a"), Some("1".into()));
        second.remove("a");
        assert_eq!(first.get("a"), None);
    }

    #[test]
    fn a_full_store_refuses_growth_but_not_a_smaller_value() {
        let store = MemoryStore::new();
        store.set("key", "long value").unwrap();
        store.fill_up();
        assert_eq!(store.set("key", "longer value"), Err(StoreError::Full));
        assert_eq!(store.set("other", "x"), Err(StoreError::Full));
        assert_eq!(
            store.get("key"),
            Some("long value".into()),
            "nothing half written"
        );
        store.set("key", "short").unwrap();
        store.make_room();
        store.set("other", "x").unwrap();
    }

    #[test]
    fn an_unavailable_store_keeps_nothing() {
        let store = MemoryStore::unavailable();
        assert_eq!(store.set("a", "1"), Err(StoreError::Unavailable));
        assert_eq!(store.get("a"), None);
        assert!(store.keys().is_empty());
        assert_eq!(store.probe(), Err(StoreError::Unavailable));
    }
}
