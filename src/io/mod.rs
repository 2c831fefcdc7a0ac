//! Conversions at the edge, each to and from `Document` and none computing money: JSON files, share links,
//! the CSV export of results, and what every exported file says about the build that wrote it.

pub mod csv;
pub mod export;
pub mod json;
pub mod share_link;
