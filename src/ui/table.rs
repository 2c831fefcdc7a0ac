//! The report's tables on the page: one component writes a [`Table`] (the pure model and writer are in
//! `html::table`) into the page, and on the next edit sets only the texts that changed when nothing else
//! did. This is the one place where the app writes the DOM behind Leptos's back.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use crate::html::table::{Cell, CellKind, Row, Table, TextChange};

/// A table of the report on the page, updated whenever it changes; nothing while there is none.
#[component]
pub fn DataTable(#[prop(into)] table: Signal<Option<Table>>) -> impl IntoView {
    view! { <DataTables tables=Signal::derive(move || table.with(|table| table.iter().cloned().collect())) /> }
}

/// Tables of the report one after the other, updated whenever one of them changes: only the texts that
/// changed when nothing else did, else written anew.
#[component]
pub fn DataTables(#[prop(into)] tables: Signal<Vec<Table>>) -> impl IntoView {
    let container = NodeRef::<Div>::new();
    // The effect's value is what the page shows, for the next run to compare with.
    Effect::new(move |shown: Option<Vec<Table>>| {
        let Some(container) = container.get() else {
            return Vec::new();
        };
        let tables = tables.get();
        if !patch_texts(&container, &tables, shown.as_deref().unwrap_or_default()) {
            container.set_inner_html(
                &tables
                    .iter()
                    .map(|table| table.to_html().into_string())
                    .collect::<String>(),
            );
        }
        tables
    });
    view! { <div node_ref=container></div> }
}

/// Sets the changed texts of the tables in `container`, which shows `shown`; false when a table needs
/// writing anew (or the page does not hold what `shown` says), and nothing was changed.
fn patch_texts(container: &web_sys::HtmlDivElement, tables: &[Table], shown: &[Table]) -> bool {
    if tables.len() != shown.len() || tables.is_empty() {
        return false;
    }
    let Some(changes) = tables
        .iter()
        .zip(shown)
        .map(|(table, shown)| table.text_changes(shown))
        .collect::<Option<Vec<_>>>()
    else {
        return false;
    };
    let on_page = container.get_elements_by_tag_name("table");
    if on_page.length() as usize != tables.len() {
        return false;
    }
    // Every place first, then every text: a table that is not as expected is written anew, never half
    // patched.
    let mut targets = Vec::new();
    for (index, changes) in changes.iter().enumerate() {
        let Some(table) = on_page
            .item(index as u32)
            .and_then(|table| table.dyn_into::<web_sys::HtmlTableElement>().ok())
        else {
            return false;
        };
        let rows = table.rows();
        for change in changes {
            let (element, text) = match *change {
                TextChange::Caption(text) => (table.caption().map(web_sys::Element::from), text),
                TextChange::Cell { row, cell, text } => (
                    rows.item(row as u32)
                        .and_then(|row| row.dyn_into::<web_sys::HtmlTableRowElement>().ok())
                        .and_then(|row| row.cells().item(cell as u32)),
                    text,
                ),
            };
            let Some(element) = element else {
                return false;
            };
            targets.push((element, text));
        }
    }
    for (element, text) in targets {
        element.set_text_content(Some(text));
    }
    true
}
