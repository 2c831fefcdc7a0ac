//! The built-in directory of municipalities in the editors: a name field that suggests municipalities as
//! the user types (a WAI-ARIA combobox with a list popup: arrow keys, Enter, Escape) and fills in
//! inhabitants, and the credit line the directory's figures owe their source.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use rust_decimal::Decimal;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::domain::directory::fill::NameFill;
use crate::domain::directory::{directory, Entry, CLOSEST, SUGGESTIONS};
use crate::state::use_state;
use crate::ui::button::{Button, Look};
use crate::ui::words::words;

/// The state of the suggestion list, shared by every name field on the page. Only one field is in use at a
/// time, so the list, its highlighted item and the message live here once, and are drawn only under the
/// field that owns them: a list of 342 rows gains one reactive cell per row, not a dozen.
#[derive(Clone, Copy)]
pub struct DirectorySuggestions {
    /// The field that owns the list and the message: the one typed in (or arrowed into) last.
    owner: RwSignal<Option<usize>>,
    /// That field's input, whose ARIA state is kept here rather than in a reactive attribute per row.
    input: StoredValue<Option<OwnerInput>, LocalStorage>,
    open: RwSignal<bool>,
    items: RwSignal<Vec<Entry>>,
    /// The items are the closest names to one that nothing contains ("Bedoelt u:").
    closest: RwSignal<bool>,
    /// The highlighted item, moved with the arrow keys.
    active: RwSignal<Option<usize>>,
    /// The message under the owning field.
    notice: RwSignal<Option<Notice>>,
    /// The owner was typed in since it got focus, so leaving it may flag an unknown name.
    typed: StoredValue<bool>,
    /// The figure the owner filled in from the directory last, which it may replace while the user is
    /// still choosing the name ("Ede" on the way to "Edam-Volendam").
    filled: StoredValue<Option<Decimal>>,
}

struct OwnerInput {
    element: HtmlInputElement,
    /// The ids of its list and message, made from its own id when it becomes the owner (not kept per row).
    listbox_id: String,
    notice_id: String,
}

#[derive(Debug, Clone, PartialEq)]
enum Notice {
    /// The directory's figure differs from the one the user typed, which was kept.
    Kept(Entry),
    /// The name is not in the directory; these are the closest that are.
    NotFound {
        name: String,
        closest: Vec<&'static str>,
    },
}

impl DirectorySuggestions {
    pub fn new() -> DirectorySuggestions {
        DirectorySuggestions {
            owner: RwSignal::new(None),
            input: StoredValue::new_local(None),
            open: RwSignal::new(false),
            items: RwSignal::new(Vec::new()),
            closest: RwSignal::new(false),
            active: RwSignal::new(None),
            notice: RwSignal::new(None),
            typed: StoredValue::new(false),
            filled: StoredValue::new(None),
        }
    }

    /// Sets (or with `None` removes) an attribute of the owning field's input.
    fn set_attribute(&self, name: &str, value: Option<&str>) {
        self.input.with_value(|input| {
            if let Some(input) = input {
                let _ = match value {
                    Some(value) => input.element.set_attribute(name, value),
                    None => input.element.remove_attribute(name),
                };
            }
        });
    }

    /// Makes the field `key` whose input received `event` the owner of the list and the message; the
    /// previous owner loses both.
    fn claim(&self, key: usize, event: &web_sys::Event) {
        if self.owner.get_untracked() == Some(key) {
            return;
        }
        let Some(element) = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        let id = element.id();
        self.set_open(false);
        self.set_notice(None);
        self.typed.set_value(false);
        self.filled.set_value(None);
        self.input.set_value(Some(OwnerInput {
            element,
            listbox_id: format!("{id}-suggestions"),
            notice_id: format!("{id}-notice"),
        }));
        self.owner.set(Some(key));
    }

    fn owns(&self, key: usize) -> bool {
        self.owner.get_untracked() == Some(key)
    }

    fn set_open(&self, open: bool) {
        self.set_active(None);
        if self.open.get_untracked() != open {
            self.open.set(open);
        }
        self.set_attribute("aria-expanded", Some(if open { "true" } else { "false" }));
        let listbox_id = self
            .input
            .with_value(|input| input.as_ref().map(|i| i.listbox_id.clone()));
        self.set_attribute("aria-controls", listbox_id.as_deref().filter(|_| open));
    }

    fn set_active(&self, active: Option<usize>) {
        self.active.set(active);
        let option_id = self.input.with_value(|input| {
            input
                .as_ref()
                .zip(active)
                .map(|(input, index)| option_id(&input.listbox_id, index))
        });
        self.set_attribute("aria-activedescendant", option_id.as_deref());
    }

    fn set_notice(&self, notice: Option<Notice>) {
        let shown = notice.is_some();
        if shown || self.notice.with_untracked(Option::is_some) {
            self.notice.set(notice);
        }
        let notice_id = self
            .input
            .with_value(|input| input.as_ref().map(|i| i.notice_id.clone()));
        self.set_attribute("aria-describedby", notice_id.as_deref().filter(|_| shown));
    }

    /// Fills the list for what was typed: names that contain it, else the closest names.
    fn show(&self, text: &str) {
        let found = directory().suggest(text, SUGGESTIONS, |_| true);
        let closest = found.closest;
        let items: Vec<Entry> = found.entries.into_iter().copied().collect();
        // A list that only repeats the exact name typed has nothing to offer.
        let only_itself = matches!(items.as_slice(), [only] if only.name == text.trim());
        let open = !items.is_empty() && !only_itself;
        self.closest.set(closest);
        self.items.set(if open { items } else { Vec::new() });
        self.set_open(open);
    }
}

impl Default for DirectorySuggestions {
    fn default() -> Self {
        DirectorySuggestions::new()
    }
}

/// The shared suggestion state of the page, made by the participants section.
pub fn use_suggestions() -> DirectorySuggestions {
    use_context::<DirectorySuggestions>().unwrap_or_default()
}

fn next_key() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

fn option_id(listbox_id: &str, index: usize) -> String {
    format!("{listbox_id}-{index}")
}

/// A labelled municipality name with suggestions from the directory. Each change of the name goes to
/// `on_change` with the figure the field may replace (see `domain::directory::fill::rename`), which
/// answers what became of the inhabitants; a figure that was kept is offered with a button that sends it
/// to `take_figure`.
#[component]
pub fn MunicipalityNameField(
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    /// Receives the new name and the figure that may be replaced; answers what it did.
    #[prop(into)]
    on_change: Callback<(String, Option<Decimal>), NameFill>,
    /// Receives the directory's figure when the user takes it over after all.
    #[prop(into)]
    take_figure: Callback<Decimal>,
    id: String,
) -> impl IntoView {
    let shared = use_suggestions();
    let key = next_key();
    let commit = move |text: String| {
        let replaceable = shared.filled.get_value();
        match on_change.run((text, replaceable)) {
            NameFill::Filled(entry) => {
                shared.filled.set_value(Some(entry.inhabitants_decimal()));
                shared.set_notice(None);
            }
            NameFill::Kept(entry) => shared.set_notice(Some(Notice::Kept(entry))),
            NameFill::Same(_) | NameFill::NotFound => shared.set_notice(None),
        }
    };
    let on_input = move |event: web_sys::Event| {
        shared.claim(key, &event);
        let text = event_target_value(&event);
        shared.typed.set_value(true);
        shared.show(&text);
        commit(text);
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let open = shared.owns(key) && shared.open.get_untracked();
        let count = shared.items.with_untracked(Vec::len);
        match event.key().as_str() {
            "ArrowDown" | "ArrowUp" if !open => {
                event.prevent_default();
                shared.claim(key, &event);
                shared.show(&value.get_untracked());
                if shared.open.get_untracked() {
                    shared.set_active(Some(0));
                }
            }
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                let next = shared.active.get_untracked().map_or(0, |i| (i + 1) % count);
                shared.set_active(Some(next));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                let previous = shared
                    .active
                    .get_untracked()
                    .map_or(count - 1, |i| (i + count - 1) % count);
                shared.set_active(Some(previous));
            }
            "Enter" if open => {
                if let Some(index) = shared.active.get_untracked() {
                    event.prevent_default();
                    choose(shared, commit, index);
                }
            }
            "Escape" if open => {
                event.prevent_default();
                shared.set_open(false);
            }
            _ => {}
        }
    };
    let on_blur = move |_| {
        if !shared.owns(key) {
            return;
        }
        shared.set_open(false);
        if shared.typed.get_value() {
            shared.typed.set_value(false);
            let name = value.get_untracked();
            if !name.trim().is_empty() && directory().find(&name).is_none() {
                let closest = directory()
                    .closest(&name, CLOSEST)
                    .into_iter()
                    .map(|entry| entry.name)
                    .collect();
                shared.set_notice(Some(Notice::NotFound { name, closest }));
            }
        }
    };
    // The list and the message, drawn only under the field that owns them.
    let extras = move || {
        (shared.owner.get() == Some(key)).then(|| {
            view! {
                <FieldExtras on_choose=Callback::new(move |index| choose(shared, commit, index))
                    take_figure=take_figure />
            }
        })
    };
    view! {
        <div class="utrecht-form-field bw-field bw-combobox">
            <label class="utrecht-form-label" for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                class="utrecht-textbox"
                type="text"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-expanded="false"
                prop:value=move || value.get()
                on:input=on_input
                on:keydown=on_keydown
                on:blur=on_blur
            />
            {extras}
        </div>
    }
}

/// Takes suggestion `index` as the name and closes the list.
fn choose(shared: DirectorySuggestions, commit: impl Fn(String), index: usize) {
    if let Some(entry) = shared
        .items
        .with_untracked(|items| items.get(index).copied())
    {
        commit(entry.name.to_string());
        shared.set_open(false);
    }
}

/// The suggestion list and the message under the field in use.
#[component]
fn FieldExtras(on_choose: Callback<usize>, take_figure: Callback<Decimal>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().directory();
    let shared = use_suggestions();
    let (listbox_id, notice_id) = shared
        .input
        .with_value(|input| {
            input
                .as_ref()
                .map(|i| (i.listbox_id.clone(), i.notice_id.clone()))
        })
        .unwrap_or_default();
    let label_id = format!("{listbox_id}-label");
    let listbox = move || {
        shared.open.get().then(|| {
            let items = shared
                .items
                .get()
                .into_iter()
                .enumerate()
                .map(|(index, entry)| {
                    let selected = move || shared.active.get() == Some(index);
                    view! {
                        <li role="option" id=option_id(&listbox_id, index) class="bw-suggestion"
                            class:bw-suggestion--active=selected
                            aria-selected=move || if selected() { "true" } else { "false" }
                            on:mousedown=move |event| {
                                // Keep the focus in the field, so choosing is not also leaving it.
                                event.prevent_default();
                                on_choose.run(index);
                            }>
                            {entry.name}
                            <span class="bw-suggestion__province">{format!(", {}", entry.province)}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="bw-suggestions">
                    <p class="bw-suggestions__label" id=label_id.clone()>
                        {move || if shared.closest.get() { t().did_you_mean } else { t().suggestions_label }}
                    </p>
                    <ul role="listbox" id=listbox_id.clone() aria-labelledby=label_id.clone()>{items}</ul>
                </div>
            }
        })
    };
    let notice = move || {
        shared.notice.get().map(|notice| {
            let text = match &notice {
                Notice::Kept(entry) => t().directory_figure(entry.name, entry.inhabitants),
                Notice::NotFound { name, closest } if closest.is_empty() => t().not_in_directory(name),
                Notice::NotFound { name, closest } => format!(
                    "{} {} {}",
                    t().not_in_directory(name),
                    t().did_you_mean,
                    state.lang.get().texts().list_or(closest)
                ),
            };
            let figure = match notice {
                Notice::Kept(entry) => Some(entry.inhabitants_decimal()),
                Notice::NotFound { .. } => None,
            };
            view! {
                <p class="bw-directory-notice" id=notice_id.clone() data-testid="directory-notice">
                    {text}
                    {figure.map(|figure| view! {
                        " "
                        <Button label=words(|l| l.directory().use_figure) look=Look::Subtle class="bw-inline-button"
                            on_click=move |_| {
                                take_figure.run(figure);
                                shared.set_notice(None);
                            } />
                    })}
                </p>
            }
        })
    };
    view! { {listbox} {notice} }
}

/// The credit CC BY asks for, shown while `shown` holds: "Inwonertallen: CBS, Gebieden in Nederland 2026
/// (CC BY 4.0)", read from the data file.
#[component]
pub fn DirectoryCredit(#[prop(into)] shown: Signal<bool>) -> impl IntoView {
    let state = use_state();
    move || {
        shown.get().then(|| {
            view! {
                <p class="bw-credit" data-testid="directory-credit">
                    {state.lang.get().directory().credit(directory().source())}
                </p>
            }
        })
    }
}
