//! The report's read-only tables: built as data from the report (a [`Table`]), written as HTML by one
//! writer, and put on the page by one component. No inputs, no reactive cells per row, so a table of 342
//! municipalities costs one string and one `innerHTML`, and every table has the same markup: Utrecht
//! table classes, a caption, header cells with their scope, amounts right-aligned (`bw-number`).
//! Everything a user typed is escaped on the way in.

use std::fmt::Write;

use leptos::prelude::*;

use crate::first_view::escape;

/// What a cell is: a header of its column or row, or data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CellKind {
    /// Data, left-aligned.
    #[default]
    Text,
    /// An amount or count: right-aligned, digits of equal width.
    Number,
    /// The header of a column (in the head).
    ColumnHead,
    /// The header of a column of amounts.
    NumberHead,
    /// The header of a row (its first cell).
    RowHead,
    /// The header of a group of rows across the table.
    GroupHead,
    /// One message in place of a row's amounts, such as why the key cannot divide it.
    Message,
}

/// One cell; [`Cell::new`] and the builder methods fill it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cell {
    pub text: String,
    pub kind: CellKind,
    pub colspan: usize,
    pub testid: Option<String>,
    /// A longer explanation, shown on hover (`title`).
    pub title: Option<String>,
    /// A class of our own (`bw-indent`).
    pub class: Option<&'static str>,
}

impl Cell {
    pub fn new(kind: CellKind, text: impl Into<String>) -> Cell {
        Cell {
            text: text.into(),
            kind,
            colspan: 1,
            ..Cell::default()
        }
    }
    pub fn text(text: impl Into<String>) -> Cell {
        Cell::new(CellKind::Text, text)
    }
    pub fn number(text: impl Into<String>) -> Cell {
        Cell::new(CellKind::Number, text)
    }
    pub fn head(text: impl Into<String>) -> Cell {
        Cell::new(CellKind::ColumnHead, text)
    }
    pub fn number_head(text: impl Into<String>) -> Cell {
        Cell::new(CellKind::NumberHead, text)
    }
    pub fn row_head(text: impl Into<String>) -> Cell {
        Cell::new(CellKind::RowHead, text)
    }
    /// A message across `colspan` columns in place of a row's amounts.
    pub fn message(text: impl Into<String>, colspan: usize) -> Cell {
        Cell::new(CellKind::Message, text)
            .spanning(colspan)
            .testid("row-message")
    }
    pub fn spanning(mut self, colspan: usize) -> Cell {
        self.colspan = colspan.max(1);
        self
    }
    pub fn testid(mut self, testid: impl Into<String>) -> Cell {
        self.testid = Some(testid.into());
        self
    }
    pub fn title(mut self, title: impl Into<String>) -> Cell {
        self.title = Some(title.into());
        self
    }
    pub fn class(mut self, class: &'static str) -> Cell {
        self.class = Some(class);
        self
    }
}

/// One row of the body or foot.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Row {
    pub cells: Vec<Cell>,
    pub class: Option<&'static str>,
    pub testid: Option<String>,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Row {
        Row {
            cells,
            ..Row::default()
        }
    }
    pub fn class(mut self, class: &'static str) -> Row {
        self.class = Some(class);
        self
    }
    pub fn testid(mut self, testid: impl Into<String>) -> Row {
        self.testid = Some(testid.into());
        self
    }
}

/// A table of the report: caption, one row of column headers, body and foot.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// The table's id, also the base of its caption's id (`<id>-caption`).
    pub id: Option<&'static str>,
    pub testid: Option<&'static str>,
    pub caption: String,
    pub head: Vec<Cell>,
    pub body: Vec<Row>,
    pub foot: Vec<Row>,
}

impl Table {
    pub fn new(caption: impl Into<String>, head: Vec<Cell>) -> Table {
        Table {
            caption: caption.into(),
            head,
            ..Table::default()
        }
    }
    pub fn id(mut self, id: &'static str) -> Table {
        self.id = Some(id);
        self
    }
    pub fn testid(mut self, testid: &'static str) -> Table {
        self.testid = Some(testid);
        self
    }

    /// The table as HTML, inside its scrolling box: `<div class="bw-table-scroll"><table>...</table></div>`.
    pub fn to_html(&self) -> String {
        let mut html = String::with_capacity(256 + 96 * self.body.len() * self.head.len().max(1));
        html.push_str(r#"<div class="bw-table-scroll" tabindex="0""#);
        if let Some(id) = self.id {
            let _ = write!(html, r#" role="region" aria-labelledby="{id}-caption""#);
        }
        html.push_str(r#"><table class="utrecht-table bw-table""#);
        attribute(&mut html, "id", self.id);
        attribute(&mut html, "data-testid", self.testid);
        html.push_str(r#"><caption class="utrecht-table__caption""#);
        if let Some(id) = self.id {
            let _ = write!(html, r#" id="{id}-caption""#);
        }
        let _ = write!(html, ">{}</caption>", escape(&self.caption));
        html.push_str(r#"<thead class="utrecht-table__header"><tr>"#);
        for cell in &self.head {
            write_cell(&mut html, cell);
        }
        html.push_str(r#"</tr></thead><tbody class="utrecht-table__body">"#);
        for row in &self.body {
            write_row(&mut html, row);
        }
        html.push_str("</tbody>");
        if !self.foot.is_empty() {
            html.push_str("<tfoot>");
            for row in &self.foot {
                write_row(&mut html, row);
            }
            html.push_str("</tfoot>");
        }
        html.push_str("</table></div>");
        html
    }
}

fn attribute(html: &mut String, name: &str, value: Option<&str>) {
    if let Some(value) = value {
        let _ = write!(html, r#" {name}="{}""#, escape(value));
    }
}

fn write_row(html: &mut String, row: &Row) {
    html.push_str("<tr");
    attribute(html, "class", row.class);
    attribute(html, "data-testid", row.testid.as_deref());
    html.push('>');
    for cell in &row.cells {
        write_cell(html, cell);
    }
    html.push_str("</tr>");
}

fn write_cell(html: &mut String, cell: &Cell) {
    let (tag, scope, class) = match cell.kind {
        CellKind::Text => ("td", None, None),
        CellKind::Number => ("td", None, Some("bw-number")),
        CellKind::ColumnHead => ("th", Some("col"), None),
        CellKind::NumberHead => ("th", Some("col"), Some("bw-number")),
        CellKind::RowHead => ("th", Some("row"), None),
        CellKind::GroupHead => ("th", Some("colgroup"), None),
        CellKind::Message => ("td", None, Some("bw-row-message")),
    };
    let _ = write!(html, "<{tag}");
    attribute(html, "scope", scope);
    let classes: Vec<&str> = class.into_iter().chain(cell.class).collect();
    if !classes.is_empty() {
        attribute(html, "class", Some(&classes.join(" ")));
    }
    if cell.colspan > 1 {
        let _ = write!(html, r#" colspan="{}""#, cell.colspan);
    }
    attribute(html, "data-testid", cell.testid.as_deref());
    attribute(html, "title", cell.title.as_deref());
    let _ = write!(html, ">{}</{tag}>", escape(&cell.text));
}

/// A table of the report on the page, rewritten whenever it changes; nothing while there is none.
#[component]
pub fn DataTable(#[prop(into)] table: Signal<Option<Table>>) -> impl IntoView {
    move || table.with(|table| table.as_ref().map(|table| html_box(table.to_html())))
}

/// Tables of the report one after the other, rewritten whenever one of them changes.
#[component]
pub fn DataTables(#[prop(into)] tables: Signal<Vec<Table>>) -> impl IntoView {
    move || tables.with(|tables| html_box(tables.iter().map(Table::to_html).collect()))
}

/// Markup written by this module (everything typed in it escaped) in a box of its own.
fn html_box(html: String) -> impl IntoView {
    view! { <div inner_html=html></div> }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_has_its_caption_header_cells_with_scope_and_escaped_text() {
        let mut table = Table::new(
            "Bijdrage <per> gemeente",
            vec![Cell::head("Naam"), Cell::number_head("Bedrag")],
        )
        .id("voorbeeld")
        .testid("voorbeeld-tabel");
        table.body.push(
            Row::new(vec![
                Cell::row_head("<b>Ede</b>"),
                Cell::number("€ 1").testid("bedrag-0"),
            ])
            .testid("rij-0"),
        );
        table.body.push(Row::new(vec![
            Cell::row_head("Epe"),
            Cell::message("Niet te verdelen", 1),
        ]));
        table.foot.push(Row::new(vec![
            Cell::row_head("Totaal"),
            Cell::number("€ 2"),
        ]));
        let html = table.to_html();
        assert!(html.starts_with(
            r#"<div class="bw-table-scroll" tabindex="0" role="region" aria-labelledby="voorbeeld-caption"><table class="utrecht-table bw-table" id="voorbeeld" data-testid="voorbeeld-tabel">"#
        ));
        assert!(html.contains(
            r#"<caption class="utrecht-table__caption" id="voorbeeld-caption">Bijdrage &lt;per&gt; gemeente</caption>"#
        ));
        assert!(html.contains(r#"<th scope="col" class="bw-number">Bedrag</th>"#));
        assert!(html.contains(
            r#"<tr data-testid="rij-0"><th scope="row">&lt;b&gt;Ede&lt;/b&gt;</th><td class="bw-number" data-testid="bedrag-0">€ 1</td></tr>"#
        ));
        assert!(html.contains(r#"<td class="bw-row-message" data-testid="row-message">"#));
        assert!(html.contains("<tfoot><tr><th scope=\"row\">Totaal</th>"));
        assert!(!html.contains("<b>"));
        assert_eq!(html.matches("<tr").count(), html.matches("</tr>").count());
    }
}
