//! What the interface has to tell the user about keeping and sharing.

use crate::io::json::ImportError;
use crate::io::share_link::LinkError;

#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A file could not be opened.
    Import { file: String, error: ImportError },
    /// A file over the size limit, refused before reading it.
    FileTooLarge { file: String, bytes: f64 },
    /// A share link in the address could not be opened.
    Link(LinkError),
    /// A stored draft cannot be read; `raw` is its stored text, offered for download.
    DamagedDraft { name: String, raw: String },
    /// The CSV needs results, and the document has problems.
    NoResults,
}
