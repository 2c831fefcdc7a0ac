//! Read-only tables: built as data (a [`Table`]) and written as HTML by one writer. The app puts the
//! report's tables on the page with one component (`ui::table`). No inputs, no reactive cells per row, so a
//! table of 342 municipalities costs one string and one `innerHTML`, and every table has the same markup:
//! Utrecht table classes, a caption, header cells with their scope, amounts right-aligned (`bw-number`).
//! Everything a user typed is escaped on the way in.
//!
//! When an edit changes only texts (a rate changes every amount, not the rows), the component sets the
//! texts of the cells that changed ([`Table::text_changes`]) instead of writing the table anew: for 342
//! municipalities that is a few hundred text nodes instead of parsing 100 KB of markup into some 2,500
//! elements, and a table the user scrolled sideways stays where it was.

use std::fmt::Write;

use super::{escape, Html};

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
    pub fn to_html(&self) -> Html {
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
        Html::from_markup(html)
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

/// New text for one cell of a table on the page, or for its caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextChange<'a> {
    Caption(&'a str),
    /// `row` counts as `HTMLTableElement.rows` does: the header row, then the body, then the foot.
    Cell {
        row: usize,
        cell: usize,
        text: &'a str,
    },
}

/// Whether two rows of cells are written the same but for their texts.
fn same_cells(a: &[Cell], b: &[Cell]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(a, b)| {
            a.kind == b.kind
                && a.colspan == b.colspan
                && a.testid == b.testid
                && a.title == b.title
                && a.class == b.class
        })
}

impl Row {
    fn same_shape(&self, other: &Row) -> bool {
        self.class == other.class
            && self.testid == other.testid
            && same_cells(&self.cells, &other.cells)
    }
}

/// The cells of every row, as `HTMLTableElement.rows` counts the rows.
fn row_cells(table: &Table) -> impl Iterator<Item = &[Cell]> {
    std::iter::once(table.head.as_slice())
        .chain(table.body.iter().map(|row| row.cells.as_slice()))
        .chain(table.foot.iter().map(|row| row.cells.as_slice()))
}

impl Table {
    /// The texts that turn `shown`, written with [`Table::to_html`], into this table; `None` when more
    /// than texts differ (rows, cells or attributes), and the table has to be written anew.
    pub fn text_changes<'a>(&'a self, shown: &Table) -> Option<Vec<TextChange<'a>>> {
        let same_shape = self.id == shown.id
            && self.testid == shown.testid
            && self.body.len() == shown.body.len()
            && self.foot.len() == shown.foot.len()
            && same_cells(&self.head, &shown.head)
            && self
                .body
                .iter()
                .zip(&shown.body)
                .all(|(a, b)| a.same_shape(b))
            && self
                .foot
                .iter()
                .zip(&shown.foot)
                .all(|(a, b)| a.same_shape(b));
        if !same_shape {
            return None;
        }
        let mut changes = Vec::new();
        if self.caption != shown.caption {
            changes.push(TextChange::Caption(&self.caption));
        }
        for (row, (new, old)) in row_cells(self).zip(row_cells(shown)).enumerate() {
            for (cell, (new, old)) in new.iter().zip(old).enumerate() {
                if new.text != old.text {
                    changes.push(TextChange::Cell {
                        row,
                        cell,
                        text: &new.text,
                    });
                }
            }
        }
        Some(changes)
    }
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

    fn amounts(amounts: &[&str]) -> Table {
        let mut table = Table::new(
            "Bijdragen",
            vec![Cell::head("Naam"), Cell::number_head("Bedrag")],
        );
        for (index, amount) in amounts.iter().enumerate() {
            table.body.push(Row::new(vec![
                Cell::row_head(format!("Gemeente {index}")),
                Cell::number(*amount),
            ]));
        }
        table.foot.push(Row::new(vec![
            Cell::row_head("Totaal"),
            Cell::number("€ 3"),
        ]));
        table
    }

    #[test]
    fn only_the_texts_that_changed_are_set_again() {
        let shown = amounts(&["€ 1", "€ 2"]);
        let new = amounts(&["€ 1", "€ 5"]);
        // Row 0 is the header row; the second body row is row 2.
        assert_eq!(
            new.text_changes(&shown),
            Some(vec![TextChange::Cell {
                row: 2,
                cell: 1,
                text: "€ 5"
            }])
        );
        let mut foot_and_caption = new.clone();
        foot_and_caption.caption = "Contributions".into();
        foot_and_caption.foot[0].cells[1].text = "€ 6".into();
        assert_eq!(
            foot_and_caption.text_changes(&new),
            Some(vec![
                TextChange::Caption("Contributions"),
                TextChange::Cell {
                    row: 3,
                    cell: 1,
                    text: "€ 6"
                },
            ])
        );
        assert_eq!(new.text_changes(&new), Some(vec![]));
    }

    #[test]
    fn a_table_whose_rows_or_attributes_changed_is_written_anew() {
        let shown = amounts(&["€ 1", "€ 2"]);
        assert_eq!(amounts(&["€ 1"]).text_changes(&shown), None, "a row fewer");
        let mut marked = shown.clone();
        marked.body[0].cells[1] = Cell::number("€ 1").title("op het maximum");
        assert_eq!(marked.text_changes(&shown), None, "a title");
        let mut message = shown.clone();
        message.body[1].cells[1] = Cell::message("Niet te verdelen", 1);
        assert_eq!(
            message.text_changes(&shown),
            None,
            "a message instead of an amount"
        );
        let mut grouped = shown.clone();
        grouped.body[1] = grouped.body[1].clone().class("bw-group");
        assert_eq!(grouped.text_changes(&shown), None, "a row's class");
        let mut other_head = shown.clone();
        other_head.head.push(Cell::number_head("Na groei"));
        assert_eq!(other_head.text_changes(&shown), None, "a column more");
    }
}
