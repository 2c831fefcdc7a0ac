//! Conversions at the edge, each to and from `Document` and none computing money: JSON files, share links,
//! and the CSV export of results.

pub mod csv;
pub mod json;
pub mod share_link;
