//! The reactive store: one document, and the report derived from it once per change.

use leptos::prelude::*;

use crate::domain::document::Document;
use crate::domain::notation::Precision;
use crate::domain::report::{compute, Report};
use crate::domain::validation::Problem;
use crate::ui::i18n::Lang;

pub mod drafts;

/// Everything the components share. Cheap to copy: signals are handles.
#[derive(Clone, Copy)]
pub struct AppState {
    pub document: RwSignal<Document>,
    pub report: Memo<Result<Report, Vec<Problem>>>,
    pub lang: RwSignal<Lang>,
    pub precision: RwSignal<Precision>,
}

impl AppState {
    pub fn new(document: Document) -> AppState {
        let document = RwSignal::new(document);
        let report = Memo::new(move |_| document.with(compute));
        AppState {
            document,
            report,
            lang: RwSignal::new(Lang::default()),
            precision: RwSignal::new(Precision::default()),
        }
    }

    /// Applies a small edit to the document; every view that reads the report updates from here.
    pub fn edit(&self, change: impl FnOnce(&mut Document)) {
        self.document.update(change);
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
