//! A group of radio buttons, as the editors use it for modes and kinds.

use leptos::prelude::*;

#[component]
pub fn RadioGroup(
    #[prop(into)] legend: Signal<String>,
    /// The group's name, also the prefix of each input's id.
    name: &'static str,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <fieldset class="bw-fieldset bw-radio-group">
            <legend>{move || legend.get()}</legend>
            {move || {
                options
                    .get()
                    .into_iter()
                    .map(|(option, text)| {
                        let id = format!("{name}-{option}");
                        let checked_value = option.clone();
                        let changed_value = option.clone();
                        view! {
                            <div class="bw-radio">
                                <input
                                    type="radio"
                                    name=name
                                    id=id.clone()
                                    data-testid=id.clone()
                                    value=option
                                    prop:checked=move || value.get() == checked_value
                                    on:change=move |_| on_change.run(changed_value.clone())
                                />
                                <label for=id>{text}</label>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </fieldset>
    }
}
