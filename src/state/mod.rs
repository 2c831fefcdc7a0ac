//! The reactive store: one document, and the report derived from it once per change; and keeping it.
//!
//! Keeping is split so that its rules are plain Rust, tested natively over a store in memory:
//! - `storage`: the key-value [`storage::Store`] trait, localStorage (through gloo-storage) and memory;
//! - `drafts`: the draft index and each draft with its revision: read, write, rename, delete, undo;
//! - `startup`: which document opens (a share link, else the draft opened last, else the example);
//! - `autosave`: the open draft, the debounced save and the conflict control between tabs;
//! - `preferences`: the language chosen last;
//! - `notice`: what keeping has to tell the user;
//! - `page`: the browser page around it (address, clock), shared with the first view;
//! - `keep`: the signals, timers and browser events over `autosave`, for the interface.

use leptos::prelude::*;

use crate::domain::document::Document;
use crate::domain::notation::Precision;
use crate::domain::report::{compute, Report};
use crate::domain::validation::Problem;
use crate::ui::i18n::Lang;

pub mod autosave;
pub mod drafts;
pub mod keep;
pub mod notice;
pub mod page;
pub mod preferences;
pub mod startup;
pub mod storage;

/// Everything the components share. Cheap to copy: signals are handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub document: RwSignal<Document>,
    pub report: Memo<Result<Report, Vec<Problem>>>,
    pub lang: RwSignal<Lang>,
    pub precision: RwSignal<Precision>,
}

impl AppState {
    pub fn new(document: Document, lang: Lang) -> AppState {
        let document = RwSignal::new(document);
        let report = Memo::new(move |_| document.with(compute));
        AppState {
            document,
            report,
            lang: RwSignal::new(lang),
            precision: RwSignal::new(Precision::default()),
        }
    }

    /// Applies a small edit to the document; every view that reads the report updates from here.
    pub fn edit(&self, change: impl FnOnce(&mut Document)) {
        self.document.update(change);
    }

    /// One value of the document, for a field: `state.value(|d| d.rates.hourly_rate)`.
    pub fn value<T: Send + Sync + 'static>(&self, read: fn(&Document) -> T) -> Signal<T> {
        let document = self.document;
        Signal::derive(move || document.with(read))
    }

    /// Writes what a field hands over into the document: `state.setter(|d, v| d.rates.hourly_rate = v)`.
    pub fn setter<T: 'static>(&self, write: fn(&mut Document, T)) -> Callback<T> {
        let state = *self;
        Callback::new(move |value| state.edit(|document| write(document, value)))
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
