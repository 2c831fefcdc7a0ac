//! The one place that talks to ECharts. It goes through `js_sys::Reflect` rather than a static import, so
//! a page where the ECharts script did not load (yet) shows the tables instead of aborting the app.

use charming::Chart;
use wasm_bindgen::{JsCast, JsValue};

fn global_echarts() -> Option<JsValue> {
    let window = web_sys::window()?;
    let echarts = js_sys::Reflect::get(&window, &JsValue::from_str("echarts")).ok()?;
    (!echarts.is_undefined() && !echarts.is_null()).then_some(echarts)
}

fn method(target: &JsValue, name: &str) -> Option<js_sys::Function> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into()
        .ok()
}

/// Whether the ECharts script is there to draw with.
pub fn available() -> bool {
    global_echarts()
        .and_then(|echarts| method(&echarts, "init"))
        .is_some()
}

/// Where the build publishes ECharts (scripts/build-echarts.mjs, copied by index.html).
const SCRIPT_PATH: &str = "echarts.js";

/// Loads the ECharts script once and then tells `done` whether it can draw. The page does not load it up
/// front: the first results are on screen without waiting for ECharts, which weighs more than the app.
pub fn load(done: impl FnOnce(bool) + 'static) {
    if available() {
        done(true);
        return;
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        done(false);
        return;
    };
    let Ok(script) = document.create_element("script") else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = move |loaded: bool| {
        move || {
            if let Some(done) = done.borrow_mut().take() {
                done(loaded && available());
            }
        }
    };
    let on_load = wasm_bindgen::closure::Closure::once_into_js(finish.clone()(true));
    let on_error = wasm_bindgen::closure::Closure::once_into_js(finish(false));
    let script: web_sys::HtmlScriptElement = script.unchecked_into();
    script.set_src(SCRIPT_PATH);
    script.set_async(true);
    script.set_onload(Some(on_load.unchecked_ref()));
    script.set_onerror(Some(on_error.unchecked_ref()));
    if let Some(head) = document.head() {
        let _ = head.append_child(&script);
    }
}

/// A chart instance on one element; kept and updated, never re-created per change.
pub struct ChartHandle {
    instance: JsValue,
}

impl ChartHandle {
    pub fn init(element: &web_sys::Element) -> Option<ChartHandle> {
        let echarts = global_echarts()?;
        let init = method(&echarts, "init")?;
        let instance = init.call1(&echarts, element).ok()?;
        Some(ChartHandle { instance })
    }

    /// Replaces the options; `notMerge` so a removed scenario's curve disappears too.
    pub fn show(&self, chart: &Chart) -> bool {
        let Ok(options) = js_sys::JSON::parse(&chart.to_string()) else {
            return false;
        };
        method(&self.instance, "setOption")
            .and_then(|set| set.call2(&self.instance, &options, &JsValue::TRUE).ok())
            .is_some()
    }

    pub fn resize(&self) {
        if let Some(resize) = method(&self.instance, "resize") {
            let _ = resize.call0(&self.instance);
        }
    }

    pub fn dispose(&self) {
        if let Some(dispose) = method(&self.instance, "dispose") {
            let _ = dispose.call0(&self.instance);
        }
    }
}
