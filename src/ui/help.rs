//! The guide's advice beside the user's choices: short paragraphs of help at the top of a step, what the
//! guide says about the chosen key or scenario, and its advice under a table. One box, one class family
//! (`bw-help`, style/components.css); on paper it is left out, as help is for whoever fills in the page.

use leptos::prelude::*;

use crate::state::use_state;
use crate::text::Lang;

/// Paragraphs of advice in a language.
pub type Paragraphs = fn(Lang) -> &'static [&'static str];

/// A box of advice: optionally a title, the paragraphs of `paragraphs` in the language of the moment, and
/// whatever else is given as children (a list of pros and cons, a link).
#[component]
pub fn Help(
    /// Paragraphs of advice, one `<p>` each.
    #[prop(optional)]
    paragraphs: Option<Paragraphs>,
    /// A title above the advice.
    #[prop(optional, into)]
    title: Option<Signal<String>>,
    /// The box's test hook.
    #[prop(optional)]
    testid: Option<&'static str>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let lang = use_state().lang;
    let paragraphs = paragraphs.map(|paragraphs| {
        move || {
            paragraphs(lang.get())
                .iter()
                .map(|text| view! { <p>{*text}</p> })
                .collect_view()
        }
    });
    view! {
        <div class="bw-help" data-testid=testid>
            {title.map(|title| view! { <p class="bw-help__title">{title}</p> })}
            {paragraphs}
            {children.map(|children| children())}
        </div>
    }
}
