//! Conversions at the edge, each to and from `Document` and none computing money: JSON files, share links,
//! and the CSV export of results; older file formats are brought up to date in `migrate`, `download` hands a
//! file to the user, and `export` says in every exported file which build wrote it.

pub mod csv;
pub mod download;
pub mod export;
pub mod json;
pub mod migrate;
pub mod share_link;
