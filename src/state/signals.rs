//! The document and its report as signals: what every component reads and edits.

use leptos::prelude::*;

use crate::domain::document::Document;
use crate::domain::notation::Precision;
use crate::domain::report::{compute_with_cycle, Report};
use crate::domain::validation::Problem;
use crate::text::Lang;

/// Everything the components share. Cheap to copy: signals are handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub document: RwSignal<Document>,
    pub report: Memo<Result<Report, Vec<Problem>>>,
    pub lang: RwSignal<Lang>,
    pub precision: RwSignal<Precision>,
    /// The usage metrics the document names (`Participants::all_metrics`), which several sections offer:
    /// computed once per edit for all of them.
    pub metrics: Memo<Vec<String>>,
}

impl AppState {
    pub fn new(document: Document, lang: Lang) -> AppState {
        let document = RwSignal::new(document);
        let report = Memo::new(move |_| document.with(compute_with_cycle));
        let metrics = Memo::new(move |_| document.with(|d| d.participants.all_metrics()));
        AppState {
            document,
            report,
            lang: RwSignal::new(lang),
            precision: RwSignal::new(Precision::default()),
            metrics,
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
