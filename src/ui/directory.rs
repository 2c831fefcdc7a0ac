//! The built-in directory of municipalities in the editors: a name field that suggests municipalities as
//! the user types (a WAI-ARIA combobox with a list popup: arrow keys, Enter, Escape) and fills in
//! inhabitants, and the credit line the directory's figures owe their source.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::directory::fill::NameFill;
use crate::domain::directory::{directory, Entry};
use crate::state::use_state;

/// How many suggestions the list shows at most.
const SUGGESTIONS: usize = 8;
/// How many closest names a name that nothing contains gets.
const CLOSEST: usize = 3;

/// The state of the suggestion list, shared by every name field on the page. Only the focused field has a
/// list, so one state serves them all, and a list of 342 rows adds no signals per row.
#[derive(Clone, Copy)]
pub struct Suggestions {
    /// The field whose list is open.
    open_for: RwSignal<Option<usize>>,
    items: RwSignal<Vec<Entry>>,
    /// The items are the closest names to one that nothing contains ("Bedoelt u:").
    closest: RwSignal<bool>,
    /// The highlighted item, moved with the arrow keys.
    active: RwSignal<Option<usize>>,
    /// The message under the field that was edited last.
    notice: RwSignal<Option<(usize, Notice)>>,
    /// The field the user typed in since it got focus, so leaving it may flag an unknown name.
    typed_in: StoredValue<Option<usize>>,
    /// The figure a field filled in from the directory last, which it may replace while the user is
    /// still choosing the name ("Ede" on the way to "Edam-Volendam").
    filled: StoredValue<Option<(usize, Decimal)>>,
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

impl Suggestions {
    pub fn new() -> Suggestions {
        Suggestions {
            open_for: RwSignal::new(None),
            items: RwSignal::new(Vec::new()),
            closest: RwSignal::new(false),
            active: RwSignal::new(None),
            notice: RwSignal::new(None),
            typed_in: StoredValue::new(None),
            filled: StoredValue::new(None),
        }
    }

    /// Fills the list for what was typed in field `key`: names that contain it, else the closest names.
    fn show(&self, key: usize, text: &str) {
        let mut items: Vec<Entry> = directory()
            .search(text, SUGGESTIONS)
            .into_iter()
            .copied()
            .collect();
        let closest = items.is_empty();
        if closest {
            items = directory()
                .closest(text, CLOSEST)
                .into_iter()
                .copied()
                .collect();
        }
        // A list that only repeats the exact name typed has nothing to offer.
        let only_itself = matches!(items.as_slice(), [only] if only.name == text.trim());
        self.closest.set(closest);
        self.active.set(None);
        if items.is_empty() || only_itself {
            self.items.set(Vec::new());
            self.close();
        } else {
            self.items.set(items);
            if self.open_for.get_untracked() != Some(key) {
                self.open_for.set(Some(key));
            }
        }
    }

    fn close(&self) {
        if self.open_for.get_untracked().is_some() {
            self.open_for.set(None);
        }
        self.active.set(None);
    }

    fn set_notice(&self, key: usize, notice: Option<Notice>) {
        let current_is_ours = self
            .notice
            .with_untracked(|n| n.as_ref().is_some_and(|(k, _)| *k == key));
        match notice {
            Some(notice) => self.notice.set(Some((key, notice))),
            None if current_is_ours => self.notice.set(None),
            None => {}
        }
    }
}

impl Default for Suggestions {
    fn default() -> Self {
        Suggestions::new()
    }
}

/// The shared suggestion state of the page, made by the participants section.
pub fn use_suggestions() -> Suggestions {
    use_context::<Suggestions>().unwrap_or_default()
}

fn next_key() -> usize {
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
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
    let state = use_state();
    let t = move || state.lang.get().directory();
    let shared = use_suggestions();
    let key = next_key();
    let listbox_id = format!("{id}-suggestions");
    let notice_id = format!("{id}-notice");
    let is_open = Memo::new(move |_| shared.open_for.get() == Some(key));
    let my_notice = Memo::new(move |_| {
        shared.notice.with(|n| match n {
            Some((k, notice)) if *k == key => Some(notice.clone()),
            _ => None,
        })
    });

    let commit = move |text: String| {
        let replaceable = shared
            .filled
            .get_value()
            .filter(|(k, _)| *k == key)
            .map(|(_, figure)| figure);
        match on_change.run((text, replaceable)) {
            NameFill::Filled(entry) => {
                shared
                    .filled
                    .set_value(Some((key, entry.inhabitants_decimal())));
                shared.set_notice(key, None);
            }
            NameFill::Kept(entry) => shared.set_notice(key, Some(Notice::Kept(entry))),
            NameFill::Same(_) | NameFill::NotFound => shared.set_notice(key, None),
        }
    };
    let choose = move |index: usize| {
        if let Some(entry) = shared
            .items
            .with_untracked(|items| items.get(index).copied())
        {
            commit(entry.name.to_string());
            shared.close();
        }
    };
    let option_id = {
        let listbox_id = listbox_id.clone();
        move |index: usize| format!("{listbox_id}-{index}")
    };
    let active_descendant = {
        let option_id = option_id.clone();
        move || {
            if is_open.get() {
                shared.active.get().map(&option_id)
            } else {
                None
            }
        }
    };
    let on_keydown = move |event: web_sys::KeyboardEvent| {
        let count = shared.items.with_untracked(Vec::len);
        let open = is_open.get_untracked();
        match event.key().as_str() {
            "ArrowDown" | "ArrowUp" if !open => {
                event.prevent_default();
                shared.show(key, &value.get_untracked());
                if is_open.get_untracked() {
                    shared.active.set(Some(0));
                }
            }
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                let next = shared.active.get_untracked().map_or(0, |i| (i + 1) % count);
                shared.active.set(Some(next));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                let previous = shared
                    .active
                    .get_untracked()
                    .map_or(count - 1, |i| (i + count - 1) % count);
                shared.active.set(Some(previous));
            }
            "Enter" if open => {
                if let Some(index) = shared.active.get_untracked() {
                    event.prevent_default();
                    choose(index);
                }
            }
            "Escape" if open => {
                event.prevent_default();
                shared.close();
            }
            _ => {}
        }
    };
    let on_blur = move |_| {
        if is_open.get_untracked() {
            shared.close();
        }
        if shared.typed_in.get_value() == Some(key) {
            shared.typed_in.set_value(None);
            let name = value.get_untracked();
            if !name.trim().is_empty() && directory().find(&name).is_none() {
                let closest = directory()
                    .closest(&name, CLOSEST)
                    .into_iter()
                    .map(|entry| entry.name)
                    .collect();
                shared.set_notice(key, Some(Notice::NotFound { name, closest }));
            }
        }
    };
    let listbox = {
        let listbox_id = listbox_id.clone();
        let label_id = format!("{id}-suggestions-label");
        move || {
            is_open.get().then(|| {
                let closest = shared.closest.get();
                let items = shared
                    .items
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, entry)| {
                        let selected = move || shared.active.get() == Some(index);
                        view! {
                            <li role="option" id=option_id(index) class="bw-suggestion"
                                class:bw-suggestion--active=selected
                                aria-selected=move || if selected() { "true" } else { "false" }
                                on:mousedown=move |event| {
                                    // Keep the focus in the field, so choosing is not also leaving it.
                                    event.prevent_default();
                                    choose(index);
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
                            {if closest { t().did_you_mean } else { t().suggestions_label }}
                        </p>
                        <ul role="listbox" id=listbox_id.clone() aria-labelledby=label_id.clone()>{items}</ul>
                    </div>
                }
            })
        }
    };
    let notice = {
        let notice_id = notice_id.clone();
        move || {
            my_notice.get().map(|notice| match notice {
                Notice::Kept(entry) => view! {
                    <p class="bw-directory-notice" id=notice_id.clone() data-testid="directory-notice">
                        {t().directory_figure(entry.name, entry.inhabitants)}" "
                        <button type="button" class="utrecht-button utrecht-button--subtle bw-inline-button"
                            on:click=move |_| {
                                take_figure.run(entry.inhabitants_decimal());
                                shared.set_notice(key, None);
                            }>{t().use_figure}</button>
                    </p>
                }
                .into_any(),
                Notice::NotFound { name, closest } => {
                    let suggestion = (!closest.is_empty())
                        .then(|| format!(" {} {}", t().did_you_mean, t().one_of(&closest)));
                    view! {
                        <p class="bw-directory-notice" id=notice_id.clone() data-testid="directory-notice">
                            {t().not_in_directory(&name)}{suggestion}
                        </p>
                    }
                    .into_any()
                }
            })
        }
    };
    view! {
        <div class="utrecht-form-field bw-field bw-combobox">
            <label class="utrecht-form-label" for=id.clone()>{move || label.get()}</label>
            <input
                id=id.clone()
                class="utrecht-textbox"
                type="text"
                role="combobox"
                autocomplete="off"
                aria-autocomplete="list"
                aria-expanded=move || if is_open.get() { "true" } else { "false" }
                aria-controls=move || is_open.get().then(|| listbox_id.clone())
                aria-activedescendant=active_descendant
                aria-describedby=move || my_notice.with(Option::is_some).then(|| notice_id.clone())
                prop:value=move || value.get()
                on:input=move |event| {
                    let text = event_target_value(&event);
                    shared.typed_in.set_value(Some(key));
                    shared.show(key, &text);
                    commit(text);
                }
                on:keydown=on_keydown
                on:blur=on_blur
            />
            {listbox}
            {notice}
        </div>
    }
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
