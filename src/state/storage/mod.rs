//! Where drafts and preferences are kept: a small key-value store of texts. In the browser that is
//! localStorage ([`BrowserStore`]); in native tests it is memory ([`MemoryStore`]), which can also play a
//! full or a disabled storage and stand for two tabs on one browser.
//!
//! Everything above this trait (the draft list, start-up, autosave) is plain Rust and is tested natively.

mod browser;
mod memory;

pub use browser::BrowserStore;
pub use memory::MemoryStore;

/// Why a store cannot keep something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// No storage at all, or one that refuses every write (disabled, a private window).
    Unavailable,
    /// The quota is used up.
    Full,
}

/// A key-value store of texts, as localStorage is.
pub trait Store {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str);
    fn keys(&self) -> Vec<String>;

    /// Whether a write goes through at all: a private window may offer storage and refuse every write.
    fn probe(&self) -> Result<(), StoreError> {
        const PROBE_KEY: &str = "bijdragewijzer.probe";
        self.set(PROBE_KEY, "1")?;
        self.remove(PROBE_KEY);
        Ok(())
    }
}

/// The store to work with, and what to tell the user about it. A store that refuses even a tiny write is
/// as good as none; a full one can still be read, so its drafts still open.
pub fn usable<S: Store>(store: Result<S, StoreError>) -> (Option<S>, Option<StoreError>) {
    match store {
        Err(problem) => (None, Some(problem)),
        Ok(store) => match store.probe() {
            Ok(()) => (Some(store), None),
            Err(StoreError::Unavailable) => (None, Some(StoreError::Unavailable)),
            Err(StoreError::Full) => (Some(store), Some(StoreError::Full)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_working_store_is_used_without_a_warning() {
        let (store, problem) = usable(Ok(MemoryStore::new()));
        assert!(store.is_some());
        assert_eq!(problem, None);
    }

    #[test]
    fn no_store_or_a_store_that_refuses_writes_is_not_used() {
        let (store, problem) = usable::<MemoryStore>(Err(StoreError::Unavailable));
        assert!(store.is_none());
        assert_eq!(problem, Some(StoreError::Unavailable));
        let (store, problem) = usable(Ok(MemoryStore::unavailable()));
        assert!(store.is_none());
        assert_eq!(problem, Some(StoreError::Unavailable));
    }

    #[test]
    fn a_full_store_is_still_read_but_the_user_is_warned() {
        let memory = MemoryStore::new();
        memory.set("bijdragewijzer.drafts", "[]").unwrap();
        memory.fill_up();
        let (store, problem) = usable(Ok(memory));
        assert_eq!(problem, Some(StoreError::Full));
        assert_eq!(
            store.and_then(|store| store.get("bijdragewijzer.drafts")),
            Some("[]".into())
        );
    }

    #[test]
    fn the_probe_leaves_nothing_behind() {
        let memory = MemoryStore::new();
        memory.probe().unwrap();
        assert!(memory.keys().is_empty());
    }
}
