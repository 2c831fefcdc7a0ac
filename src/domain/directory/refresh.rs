//! "Ververs inwonertallen": the inhabitants of the listed municipalities and named prospects set to the
//! directory's figures, with an account of what changed and which names the directory does not know, so
//! the user sees every figure that moved and can take the change back.

use rust_decimal::Decimal;

use super::Directory;
use crate::domain::document::Document;
use crate::domain::participants::{Municipality, ParticipantMode};

/// Which list of the document a name stands in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    /// The participant list.
    List,
    /// The named prospects of the growth plan.
    Prospects,
}

/// One figure that the refresh changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub group: Group,
    pub index: usize,
    pub name: String,
    pub old: Decimal,
    pub new: Decimal,
}

/// A name the directory does not know, with the closest names it does know.
#[derive(Debug, Clone, PartialEq)]
pub struct NotFound {
    pub group: Group,
    pub index: usize,
    pub name: String,
    pub closest: Vec<&'static str>,
}

/// What a refresh did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Refresh {
    pub changed: Vec<Change>,
    /// Names found whose figure was the directory's already.
    pub unchanged: usize,
    pub not_found: Vec<NotFound>,
}

/// How many closest names a name that is not found gets.
pub const CLOSEST: usize = 3;

/// The municipalities a refresh looks at: the list when the document uses it, and the named prospects.
fn listed(document: &mut Document) -> impl Iterator<Item = (Group, usize, &mut Municipality)> {
    let list: &mut [Municipality] = match document.participants.mode {
        ParticipantMode::List => &mut document.participants.list,
        ParticipantMode::Summary => &mut [],
    };
    let list = list
        .iter_mut()
        .enumerate()
        .map(|(index, m)| (Group::List, index, m));
    let prospects = document
        .growth
        .prospects
        .iter_mut()
        .enumerate()
        .map(|(index, m)| (Group::Prospects, index, m));
    list.chain(prospects)
}

/// Sets the inhabitants of every listed municipality the directory knows to its figure.
pub fn refresh_inhabitants(document: &mut Document, directory: &Directory) -> Refresh {
    let mut refresh = Refresh::default();
    for (group, index, municipality) in listed(document) {
        match directory.find(&municipality.name) {
            Some(entry) => {
                let new = entry.inhabitants_decimal();
                if municipality.inhabitants == new {
                    refresh.unchanged += 1;
                } else {
                    refresh.changed.push(Change {
                        group,
                        index,
                        name: municipality.name.clone(),
                        old: municipality.inhabitants,
                        new,
                    });
                    municipality.inhabitants = new;
                }
            }
            None => refresh.not_found.push(NotFound {
                group,
                index,
                name: municipality.name.clone(),
                closest: directory
                    .closest(&municipality.name, CLOSEST)
                    .into_iter()
                    .map(|entry| entry.name)
                    .collect(),
            }),
        }
    }
    refresh
}

/// Takes a refresh back: each changed figure returns to its old value, as long as the row still holds
/// that name and the refreshed figure (an edit made since is kept). Returns how many were restored.
pub fn undo_refresh(document: &mut Document, refresh: &Refresh) -> usize {
    let mut restored = 0;
    for change in &refresh.changed {
        let municipality = match change.group {
            Group::List => document.participants.list.get_mut(change.index),
            Group::Prospects => document.growth.prospects.get_mut(change.index),
        };
        if let Some(m) =
            municipality.filter(|m| m.name == change.name && m.inhabitants == change.new)
        {
            m.inhabitants = change.old;
            restored += 1;
        }
    }
    restored
}

/// Whether any of these municipalities carries the directory's figure for its name, so that the
/// interface owes the source its credit. The directory is only asked for (and so parsed) when there is a
/// municipality to look up: the page does not pay for it before anyone uses it.
pub fn uses_directory_figures<'a>(
    municipalities: impl IntoIterator<Item = &'a Municipality>,
    directory: impl FnOnce() -> &'static Directory,
) -> bool {
    let mut municipalities = municipalities.into_iter().peekable();
    if municipalities.peek().is_none() {
        return false;
    }
    let directory = directory();
    municipalities.any(|m| {
        directory
            .find(&m.name)
            .is_some_and(|entry| entry.inhabitants_decimal() == m.inhabitants)
    })
}
