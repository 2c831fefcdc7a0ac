//! Knowing when a part of the page comes near the viewport, so that work for it waits until then.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `then` once, when `element` comes within a screen of the viewport (or at once where the browser
/// cannot tell).
pub fn when_near_view(element: &web_sys::Element, then: impl FnOnce() + 'static) {
    let then = std::rc::Rc::new(std::cell::RefCell::new(Some(then)));
    let fire = {
        let then = then.clone();
        move || {
            if let Some(then) = then.borrow_mut().take() {
                then();
            }
        }
    };
    let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
            let near = entries.iter().any(|entry| {
                entry
                    .dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|entry| entry.is_intersecting())
            });
            if near {
                observer.disconnect();
                fire();
            }
        },
    );
    let options = web_sys::IntersectionObserverInit::new();
    options.set_root_margin("100% 0px");
    match web_sys::IntersectionObserver::new_with_options(
        callback.as_ref().unchecked_ref(),
        &options,
    ) {
        Ok(observer) => {
            observer.observe(element);
            // The observer holds the callback; after it has fired once it holds nothing else.
            callback.forget();
        }
        Err(_) => {
            if let Some(then) = then.borrow_mut().take() {
                then();
            }
        }
    }
}
