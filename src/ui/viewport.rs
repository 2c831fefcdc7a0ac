//! Knowing when a part of the page comes near the viewport, so that work for it waits until then.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Within a screen of the viewport, above or below.
const NEAR: &str = "100% 0px";

/// Tells `on_change` whether `element` is near the viewport: at once, and again whenever that changes.
/// Returns the observer, to disconnect when the element goes; `None` where the browser cannot tell, after
/// telling `on_change` that the element is near (better to do the work than never).
pub fn watch_nearness(
    element: &web_sys::Element,
    mut on_change: impl FnMut(bool, &web_sys::IntersectionObserver) + 'static,
) -> Option<web_sys::IntersectionObserver> {
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|entry| {
                entry
                    .dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|entry| entry.is_intersecting())
            });
            on_change(near, &observer);
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin(NEAR);
    let observer = web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(element);
    // The observer holds the callback from here on; it goes when the observer is disconnected and dropped.
    callback.forget();
    Some(observer)
}

/// Calls `then` once, when `element` comes within a screen of the viewport (or at once where the browser
/// cannot tell).
pub fn when_near_view(element: &web_sys::Element, then: impl FnOnce() + 'static) {
    let then = Rc::new(RefCell::new(Some(then)));
    let fire = {
        let then = then.clone();
        move || {
            if let Some(then) = then.borrow_mut().take() {
                then();
            }
        }
    };
    let observing = watch_nearness(element, move |near, observer| {
        if near {
            observer.disconnect();
            fire();
        }
    });
    if observing.is_none() {
        if let Some(then) = then.borrow_mut().take() {
            then();
        }
    }
}
