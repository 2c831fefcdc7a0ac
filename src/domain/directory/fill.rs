//! A municipality renamed in an editor takes its inhabitants from the directory, but never overwrites a
//! figure the user typed: that stays, and the caller is told the directory's figure so it can offer it.

use rust_decimal::Decimal;

use super::{Directory, Entry};
use crate::domain::participants::Municipality;

/// What a rename did to the inhabitants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameFill {
    /// The directory knows the name and its figure was put in.
    Filled(Entry),
    /// The directory knows the name, but the figure the user typed was kept; this is the directory's.
    Kept(Entry),
    /// The directory knows the name and the figure is its already.
    Same(Entry),
    /// The directory does not know the name; the figure is unchanged.
    NotFound,
}

/// Renames `municipality` and, when the directory knows the new name, fills in its inhabitants if the
/// figure there may be replaced: zero, the directory's figure for the old name, or `replaceable` (a
/// figure this editor filled in itself a moment ago, while the user was still typing the name).
pub fn rename(
    municipality: &mut Municipality,
    name: String,
    replaceable: Option<Decimal>,
    directory: &Directory,
) -> NameFill {
    let current = municipality.inhabitants;
    let from_old_name = directory
        .find(&municipality.name)
        .is_some_and(|entry| entry.inhabitants_decimal() == current);
    municipality.name = name;
    let Some(entry) = directory.find(&municipality.name).copied() else {
        return NameFill::NotFound;
    };
    let figure = entry.inhabitants_decimal();
    if current == figure {
        NameFill::Same(entry)
    } else if current.is_zero() || from_old_name || replaceable == Some(current) {
        municipality.inhabitants = figure;
        NameFill::Filled(entry)
    } else {
        NameFill::Kept(entry)
    }
}
