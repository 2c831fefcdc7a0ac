//! The prospect page: what a wervingslink (`#bwp1.<data>`, see `io::share_link`) opens. A focused,
//! read-only page for a municipality that considers joining: it chooses itself (or types a number of
//! inhabitants) and reads, large, what it would pay per year under the document's key in the start
//! scenario, now and after growth, with every scenario in a small table and a few sentences on how that
//! amount comes about. For a member of the list it is its own contribution.
//!
//! The small first module draws it (README "Performance"): the page never waits for the app with its
//! editors, and stores nothing until the visitor opens the full calculation. Like `first_view`, the markup
//! is written as text here, pure and tested natively, with everything from the document or typed by the
//! visitor escaped:
//! - `choice`: which municipality or number of inhabitants the field offers and takes;
//! - `markup`: the page, the field's options and message, the contact;
//! - `answer`: the answer for one choice, whose amounts are `domain::prospect::answer`'s;
//! - `links`: the link to the full calculation, and the page for a link that cannot be read;
//! - `live` puts it on the page and wires the field, `combobox` holds the field's keyboard rules.

mod answer;
mod choice;
pub mod combobox;
mod links;
pub mod live;
mod markup;

pub use answer::{answer_html, Answered};
pub use choice::{matches, typed_choice, ProspectChoice, ProspectMatches};
pub use links::{full_calculation_link, link_error_html};
pub use markup::{option_id, options_html, page_html, status_text};

/// The element the page lives in.
pub const CONTAINER_ID: &str = "bw-prospect";
pub const INPUT_ID: &str = "bw-prospect-gemeente";
pub const POPUP_ID: &str = "bw-prospect-keuzes";
pub const LIST_ID: &str = "bw-prospect-lijst";
pub const STATUS_ID: &str = "bw-prospect-melding";
pub const ANSWER_ID: &str = "bw-prospect-antwoord";
pub const LANG_ID: &str = "bw-prospect-taal";
const OPTION_ID: &str = "bw-prospect-keuze-";
const HINT_ID: &str = "bw-prospect-uitleg";

#[cfg(test)]
mod tests;
