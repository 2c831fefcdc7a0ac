//! Which municipality the visitor means: what the field offers for what was typed (the municipalities the
//! document names, then the directory's, else the closest names), and what Enter takes.

use rust_decimal::Decimal;

use crate::domain::directory::{directory, normalise, Entry, SUGGESTIONS};
use crate::domain::participants::{MemberOrigin, Variant};
use crate::domain::prospect::Standing;
use crate::domain::report::Report;
use crate::domain::validation::MAX_INHABITANTS;
use crate::text::Lang;

/// What the visitor chose.
#[derive(Debug, Clone, PartialEq)]
pub enum ProspectChoice {
    /// A municipality of the built-in directory, with the CBS figure.
    Directory(&'static Entry),
    /// A municipality the document names: a member of the list or one on the waiting list.
    Named {
        name: String,
        inhabitants: Decimal,
        standing: Standing,
    },
    /// A number of inhabitants typed in.
    Inhabitants(Decimal),
}

impl ProspectChoice {
    pub(super) fn name(&self) -> Option<&str> {
        match self {
            ProspectChoice::Directory(entry) => Some(entry.name),
            ProspectChoice::Named { name, .. } => Some(name),
            ProspectChoice::Inhabitants(_) => None,
        }
    }

    pub(super) fn inhabitants(&self) -> Decimal {
        match self {
            ProspectChoice::Directory(entry) => entry.inhabitants_decimal(),
            ProspectChoice::Named { inhabitants, .. }
            | ProspectChoice::Inhabitants(inhabitants) => *inhabitants,
        }
    }

    /// What the field shows once this is chosen.
    pub fn field_text(&self, lang: Lang) -> String {
        match self.name() {
            Some(name) => name.to_string(),
            None => lang.whole(self.inhabitants()),
        }
    }

    /// Who the answer is for: the name, or "Een gemeente van 35.000 inwoners".
    pub(super) fn who(&self, lang: Lang) -> String {
        match self.name() {
            Some(name) => name.to_string(),
            None => lang
                .prospect()
                .of_inhabitants(&lang.whole(self.inhabitants())),
        }
    }
}

/// The options offered for what was typed, and what to tell the visitor about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProspectMatches {
    pub options: Vec<ProspectChoice>,
    /// Nothing contains what was typed: these are the closest names ("Bedoelt u:").
    pub closest: bool,
    /// What was typed starts with a digit but is no whole number of inhabitants within limits.
    pub not_a_count: bool,
}

/// The municipalities the document names, as the report counts them: members of today's list first, then
/// those on the waiting list (named in the community after growth only).
fn named_in(report: &Report) -> Vec<ProspectChoice> {
    let named = |variant: Variant| {
        report
            .variant(variant)
            .community
            .as_ref()
            .map(|community| {
                community
                    .members
                    .iter()
                    .filter_map(|member| match &member.origin {
                        MemberOrigin::Named(name) => Some((name.clone(), member.inhabitants)),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let members = named(Variant::Current);
    let mut choices: Vec<ProspectChoice> = members
        .iter()
        .map(|(name, inhabitants)| ProspectChoice::Named {
            name: name.clone(),
            inhabitants: *inhabitants,
            standing: Standing::Member,
        })
        .collect();
    for (name, inhabitants) in named(Variant::Grown) {
        if !members.iter().any(|(member, _)| member == &name) {
            choices.push(ProspectChoice::Named {
                name,
                inhabitants,
                standing: Standing::WaitingList,
            });
        }
    }
    choices
}

/// A whole number of inhabitants, more than none and within the document's limits: digits, optionally in
/// groups of three after a dot, comma or space ("35.000", "35,000", "35 000"). Deliberately not the
/// number fields' parser: a count needs no decimals, and that parser would weigh 1.7 KB in the small
/// first module.
fn read_count(text: &str) -> Option<Decimal> {
    let mut groups = text.trim().split(['.', ',', ' ', '\u{a0}', '\u{202f}']);
    let first = groups.next()?;
    let mut count: u64 = 0;
    let mut digits = |group: &str| -> Option<()> {
        for c in group.chars() {
            let digit = u64::from(c.to_digit(10)?);
            count = count.checked_mul(10)?.checked_add(digit)?;
        }
        Some(())
    };
    if first.is_empty() || first.len() > 10 {
        return None;
    }
    digits(first)?;
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits(group)?;
    }
    let count = Decimal::from(count);
    (count > Decimal::ZERO && count <= MAX_INHABITANTS).then_some(count)
}

/// What to offer for `query`: a typed number as one option; else the municipalities the document names
/// whose names contain it, then the directory's (without those the document names already); else the
/// closest names.
pub fn matches(report: &Report, query: &str) -> ProspectMatches {
    let query = query.trim();
    if query.starts_with(|c: char| c.is_ascii_digit()) {
        return match read_count(query) {
            Some(count) => ProspectMatches {
                options: vec![ProspectChoice::Inhabitants(count)],
                ..ProspectMatches::default()
            },
            None => ProspectMatches {
                not_a_count: true,
                ..ProspectMatches::default()
            },
        };
    }
    let key = normalise(query);
    if key.is_empty() {
        return ProspectMatches::default();
    }
    let named = named_in(report);
    let named_keys: Vec<String> = named
        .iter()
        .filter_map(|choice| choice.name().map(normalise))
        .collect();
    let mut options: Vec<ProspectChoice> = named
        .into_iter()
        .filter(|choice| {
            choice
                .name()
                .is_some_and(|name| normalise(name).contains(&key))
        })
        .take(SUGGESTIONS)
        .collect();
    let found = directory().suggest(query, SUGGESTIONS, |entry| {
        !named_keys.contains(&normalise(entry.name))
    });
    // The closest names only when neither the document nor the directory has a name that contains it.
    if found.closest {
        if options.is_empty() {
            return ProspectMatches {
                options: found
                    .entries
                    .into_iter()
                    .map(ProspectChoice::Directory)
                    .collect(),
                closest: true,
                not_a_count: false,
            };
        }
    } else {
        let room = SUGGESTIONS.saturating_sub(options.len());
        options.extend(
            found
                .entries
                .into_iter()
                .take(room)
                .map(ProspectChoice::Directory),
        );
    }
    ProspectMatches {
        options,
        ..ProspectMatches::default()
    }
}

/// What Enter (or leaving the field) takes when no option is highlighted: a typed number, a name that is
/// exactly one of the options or a known name, or the only option there is.
pub fn typed_choice(
    report: &Report,
    query: &str,
    offered: &ProspectMatches,
) -> Option<ProspectChoice> {
    if let [only @ ProspectChoice::Inhabitants(_)] = offered.options.as_slice() {
        return Some(only.clone());
    }
    let key = normalise(query);
    if key.is_empty() {
        return None;
    }
    let exact = offered
        .options
        .iter()
        .chain(named_in(report).iter())
        .find(|choice| choice.name().is_some_and(|name| normalise(name) == key))
        .cloned();
    exact
        .or_else(|| directory().find(query).map(ProspectChoice::Directory))
        .or_else(|| match (offered.closest, offered.options.as_slice()) {
            (false, [only]) => Some(only.clone()),
            _ => None,
        })
}
