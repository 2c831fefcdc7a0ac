//! localStorage through gloo-storage. `LocalStorage::raw()` throws (the WebAssembly app would stop) when
//! the page may not use storage at all, so [`BrowserStore::open`] first asks the window whether there is a
//! localStorage it may touch, and only then takes gloo's handle, once. Every call after that goes through
//! the handle and turns a refusal into a [`StoreError`].

use gloo_storage::{LocalStorage, Storage as _};

use super::{Store, StoreError};

pub struct BrowserStore {
    storage: web_sys::Storage,
}

impl BrowserStore {
    /// The page's localStorage, if the browser lets this page have one.
    pub fn open() -> Result<BrowserStore, StoreError> {
        let available = web_sys::window()
            .ok_or(StoreError::Unavailable)?
            .local_storage()
            .ok()
            .flatten()
            .is_some();
        if !available {
            return Err(StoreError::Unavailable);
        }
        Ok(BrowserStore {
            storage: LocalStorage::raw(),
        })
    }
}

/// A refused write: the quota (named differently by browser engines) or storage that is switched off.
fn write_error(error: &wasm_bindgen::JsValue) -> StoreError {
    let name = js_sys::Reflect::get(error, &wasm_bindgen::JsValue::from_str("name"))
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StoreError::Full,
        _ => StoreError::Unavailable,
    }
}

impl Store for BrowserStore {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage
            .set_item(key, value)
            .map_err(|error| write_error(&error))
    }

    fn remove(&self, key: &str) {
        let _ = self.storage.remove_item(key);
    }

    fn keys(&self) -> Vec<String> {
        let count = self.storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|index| self.storage.key(index).ok().flatten())
            .collect()
    }
}
