//! The page's buttons: NL Design System (Utrecht) buttons in three looks ([`Look`], in `html`, which the
//! first module uses too), always `type="button"` unless they submit a form, so that the classes and
//! attributes are written in one place.

use leptos::prelude::*;

pub use crate::html::Look;

#[component]
pub fn Button(
    /// What the button says.
    #[prop(into)]
    label: Signal<String>,
    /// What a click does (not for a submit button, whose form handles it).
    #[prop(optional, into)]
    on_click: Option<Callback<()>>,
    #[prop(optional)] look: Look,
    #[prop(optional, into)] disabled: Signal<bool>,
    /// The test hook, `data-testid`.
    #[prop(optional, into)]
    testid: Option<String>,
    /// The accessible name, where the label alone does not say what it acts on ("Verwijder (Kostenpost 2)").
    #[prop(optional, into)]
    aria_label: Option<Signal<String>>,
    /// The id of the element that says more, such as why the button is disabled.
    #[prop(optional, into)]
    described_by: Option<String>,
    /// For a button that opens and closes something: whether it is open.
    #[prop(optional, into)]
    expanded: Option<Signal<bool>>,
    /// For a button that stays pressed, such as a tab.
    #[prop(optional, into)]
    pressed: Option<Signal<bool>>,
    /// A class of our own beside Utrecht's (`bw-tab`).
    #[prop(optional)]
    class: &'static str,
    /// Submits the form it is in.
    #[prop(optional)]
    submit: bool,
    /// The language of the label when it differs from the page's (the language switch).
    #[prop(optional, into)]
    lang: Option<Signal<String>>,
) -> impl IntoView {
    let true_or_false = |on: bool| if on { "true" } else { "false" };
    view! {
        <button
            type=if submit { "submit" } else { "button" }
            class=if class.is_empty() { look.class().to_string() } else { format!("{} {class}", look.class()) }
            data-testid=testid
            disabled=move || disabled.get()
            aria-label=move || aria_label.map(|label| label.get())
            aria-describedby=described_by
            aria-expanded=move || expanded.map(|open| true_or_false(open.get()))
            aria-pressed=move || pressed.map(|on| true_or_false(on.get()))
            lang=move || lang.map(|lang| lang.get())
            on:click=move |_| {
                if let Some(on_click) = on_click {
                    on_click.run(());
                }
            }
        >
            {label}
        </button>
    }
}
