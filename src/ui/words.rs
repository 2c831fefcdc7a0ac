//! Words of the interface as components show them: in the language of the moment, following a switch.
//!
//! `words(|lang| lang.budget().hours)` takes a plain function (a closure that captures nothing), so every
//! label and heading of the page shares one piece of reactive code instead of a closure of its own.

use leptos::prelude::*;

use crate::state::use_state;
use crate::text::Lang;

/// Which words, in a given language.
pub type Pick = fn(Lang) -> &'static str;

/// The words `pick` chooses, in the language of the moment: as a label for a field or as text in a view.
pub fn words(pick: Pick) -> Signal<String> {
    let lang = use_state().lang;
    Signal::derive(move || pick(lang.get()).to_string())
}
