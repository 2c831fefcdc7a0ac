//! Choices that belong to the user rather than to a document: for now the language of the interface.

use crate::state::storage::{Store, StoreError};
use crate::text::Lang;

pub const LANG_KEY: &str = "bijdragewijzer.lang";

/// The language chosen last in this browser, if any (and if it is one we know).
pub fn read_lang(store: &dyn Store) -> Option<Lang> {
    match store.get(LANG_KEY)?.as_str() {
        "nl" => Some(Lang::Nl),
        "en" => Some(Lang::En),
        _ => None,
    }
}

pub fn write_lang(store: &dyn Store, lang: Lang) -> Result<(), StoreError> {
    store.set(LANG_KEY, lang.code())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::storage::MemoryStore;

    #[test]
    fn the_language_is_read_back_as_written() {
        let store = MemoryStore::new();
        assert_eq!(read_lang(&store), None);
        write_lang(&store, Lang::En).unwrap();
        assert_eq!(read_lang(&store), Some(Lang::En));
        write_lang(&store, Lang::Nl).unwrap();
        assert_eq!(read_lang(&store), Some(Lang::Nl));
    }

    #[test]
    fn an_unknown_value_is_no_choice() {
        let store = MemoryStore::new();
        store.set(LANG_KEY, "fy").unwrap();
        assert_eq!(read_lang(&store), None);
    }

    #[test]
    fn without_storage_there_is_no_choice_and_no_failure_beyond_an_error_value() {
        let store = MemoryStore::unavailable();
        assert_eq!(write_lang(&store, Lang::En), Err(StoreError::Unavailable));
        assert_eq!(read_lang(&store), None);
    }
}
