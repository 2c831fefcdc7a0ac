//! A new version, deployed while the page is open, announces itself here and is loaded when the user asks.
//!
//! The service worker (public/sw.js) of a new release installs beside the running one and waits. This page
//! notices it waiting, says so, and on request tells it to take over and reloads once it has (the page then
//! comes from the new release). Until then the page keeps running on the files of its own release, so
//! nothing changes under the user's hands. Drafts are in localStorage and are there after the reload; the
//! draft that was open opens again.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

use crate::ui::button::{Button, Look};
use crate::ui::words::words;

/// The message public/sw.js answers with `skipWaiting()`.
const TAKE_OVER: &str = "skip-waiting";
/// Browsers look for a new service worker when a page is opened; a tab that stays open for days also asks
/// this often.
const CHECK_EVERY: Duration = Duration::from_secs(60 * 60);
/// Reload anyway if the new worker has not taken over by then (it may have been replaced in the meantime).
const TAKE_OVER_TIMEOUT: Duration = Duration::from_secs(3);

/// The service workers of this origin; `None` where the browser has none (no secure context).
fn service_workers() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Whether a service worker controls this page: only then is an installed worker an update rather than the
/// first install.
fn controlled() -> bool {
    service_workers().is_some_and(|workers| workers.controller().is_some())
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Runs `handler` on every `event` of `target`, for the life of the page.
fn listen(target: &web_sys::EventTarget, event: &str, handler: impl FnMut() + 'static) {
    let handler = Closure::<dyn FnMut()>::new(handler);
    let _ = target.add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
    handler.forget();
}

/// Sets `waiting` when `worker` has installed beside the one that controls this page.
fn follow(worker: ServiceWorker, waiting: RwSignal<bool>) {
    let seen = worker.clone();
    let check = move || {
        if seen.state() == ServiceWorkerState::Installed && controlled() {
            waiting.try_set(true);
        }
    };
    check();
    listen(&worker, "statechange", check);
}

/// Follows the registration of this page's service worker: a new version waiting now, one installing now,
/// and every one found later.
fn watch(registration: &ServiceWorkerRegistration, waiting: RwSignal<bool>) {
    if registration.waiting().is_some() && controlled() {
        waiting.try_set(true);
    }
    if let Some(installing) = registration.installing() {
        follow(installing, waiting);
    }
    let found = registration.clone();
    listen(registration, "updatefound", move || {
        if let Some(installing) = found.installing() {
            follow(installing, waiting);
        }
    });
}

/// Asks the server for a newer sw.js; a failure (offline) is no news.
fn check_for_update(registration: &ServiceWorkerRegistration) {
    if let Ok(checked) = registration.update() {
        spawn_local(async move {
            let _ = JsFuture::from(checked).await;
        });
    }
}

/// Tells the waiting worker to take over and reloads once it has; without one, simply reloads.
fn switch_to_new_version(registration: Option<ServiceWorkerRegistration>) {
    let (Some(workers), Some(waiting)) = (
        service_workers(),
        registration.and_then(|registration| registration.waiting()),
    ) else {
        reload();
        return;
    };
    listen(&workers, "controllerchange", reload);
    if waiting.post_message(&JsValue::from_str(TAKE_OVER)).is_err() {
        reload();
        return;
    }
    set_timeout(reload, TAKE_OVER_TIMEOUT);
}

/// "Er is een nieuwe versie" with a button that reloads into it; nothing while there is none. The live region
/// is on the page from the start, so that a screen reader announces the notice when it appears.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let waiting = RwSignal::new(false);
    let switching = RwSignal::new(false);
    let registration = StoredValue::new_local(None::<ServiceWorkerRegistration>);
    if let Some(ready) = service_workers().and_then(|workers| workers.ready().ok()) {
        spawn_local(async move {
            let Ok(found) = JsFuture::from(ready).await else {
                return;
            };
            let Ok(found) = found.dyn_into::<ServiceWorkerRegistration>() else {
                return;
            };
            watch(&found, waiting);
            let checked = found.clone();
            let _ = set_interval_with_handle(move || check_for_update(&checked), CHECK_EVERY);
            registration.try_set_value(Some(found));
        });
    }
    let switch = move |_| {
        switching.set(true);
        switch_to_new_version(registration.try_get_value().flatten());
    };
    view! {
        <div class="bw-update" aria-live="polite">
            <Show when=move || waiting.get()>
                <div class="bw-container bw-update__notice" data-testid="update-notice">
                    <p>{words(|l| l.hosting().update_ready)}</p>
                    <Button label=words(|l| l.hosting().update_reload) look=Look::Primary testid="update-reload"
                        disabled=switching on_click=switch />
                </div>
            </Show>
        </div>
    }
}
