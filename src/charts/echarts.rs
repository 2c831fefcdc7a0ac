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

/// Told whether ECharts can draw, once the script has loaded or failed to.
type WhenLoaded = Box<dyn FnOnce(bool)>;

thread_local! {
    /// Whoever waits for the script while it loads; `None` while no load is under way. One script element
    /// for all of them: a second copy would replace the global `echarts` under the charts already drawn.
    static WAITING: std::cell::RefCell<Option<Vec<WhenLoaded>>> = const { std::cell::RefCell::new(None) };
}

fn finish_loading(loaded: bool) {
    let waiting = WAITING.with(|waiting| waiting.borrow_mut().take());
    let can_draw = loaded && available();
    for done in waiting.into_iter().flatten() {
        done(can_draw);
    }
}

/// Loads the ECharts script once and then tells `done` whether it can draw. The page does not load it up
/// front: the first results are on screen without waiting for ECharts, which weighs more than the app.
pub fn load(done: impl FnOnce(bool) + 'static) {
    if available() {
        done(true);
        return;
    }
    let already_loading = WAITING.with(|waiting| {
        let mut waiting = waiting.borrow_mut();
        let loading = waiting.is_some();
        waiting.get_or_insert_with(Vec::new).push(Box::new(done));
        loading
    });
    if already_loading {
        return;
    }
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        finish_loading(false);
        return;
    };
    let Ok(script) = document.create_element("script") else {
        finish_loading(false);
        return;
    };
    let on_load = wasm_bindgen::closure::Closure::once_into_js(|| finish_loading(true));
    let on_error = wasm_bindgen::closure::Closure::once_into_js(|| finish_loading(false));
    let script: web_sys::HtmlScriptElement = script.unchecked_into();
    script.set_src(SCRIPT_PATH);
    script.set_async(true);
    script.set_onload(Some(on_load.unchecked_ref()));
    script.set_onerror(Some(on_error.unchecked_ref()));
    match document.head() {
        Some(head) if head.append_child(&script).is_ok() => {}
        _ => finish_loading(false),
    }
}

/// A chart instance on one element; kept and updated, never re-created per change.
pub struct ChartHandle {
    instance: JsValue,
}

impl ChartHandle {
    /// Draws as SVG: vector shapes that stay sharp on paper and scale with the page (see `fit_view_box`).
    pub fn init(element: &web_sys::Element) -> Option<ChartHandle> {
        let echarts = global_echarts()?;
        let init = method(&echarts, "init")?;
        let options = js_sys::Object::new();
        js_sys::Reflect::set(
            &options,
            &JsValue::from_str("renderer"),
            &JsValue::from_str("svg"),
        )
        .ok()?;
        let instance = init
            .call3(&echarts, element, &JsValue::NULL, &options)
            .ok()?;
        Some(ChartHandle { instance })
    }

    /// Replaces the options; `notMerge` so a removed scenario's curve disappears too.
    pub fn show(&self, chart: &Chart) -> bool {
        self.set_options(chart, true)
    }

    /// As `show`, but drawn at once in its final state: a page about to be printed has no time for the
    /// curves to grow in.
    pub fn show_still(&self, chart: &Chart) -> bool {
        self.set_options(chart, false)
    }

    fn set_options(&self, chart: &Chart, animated: bool) -> bool {
        // Compact JSON straight from serde_json rather than charming's `Display` (pretty JSON, then a pass for
        // raw JavaScript functions, which these charts do not use): one serialiser less in the app module, and
        // an error instead of charming's `unwrap`.
        let Ok(text) = serde_json::to_string(chart) else {
            return false;
        };
        let Ok(options) = js_sys::JSON::parse(&text) else {
            return false;
        };
        if !animated {
            let _ =
                js_sys::Reflect::set(&options, &JsValue::from_str("animation"), &JsValue::FALSE);
        }
        // ECharts draws synchronously here (its `lazyUpdate` is off), so the shapes are in the page on return.
        let shown = method(&self.instance, "setOption")
            .and_then(|set| set.call2(&self.instance, &options, &JsValue::TRUE).ok())
            .is_some();
        self.fit_view_box();
        shown
    }

    /// Follows the size of its element again, also after `resize_to`: ECharts keeps a size it was given
    /// until it is told "auto".
    pub fn resize(&self) {
        self.resize_with(&JsValue::from_str("auto"), &JsValue::from_str("auto"));
    }

    /// Draws at this size in CSS pixels, whatever the size of its element.
    pub fn resize_to(&self, width: u32, height: u32) {
        self.resize_with(&width.into(), &height.into());
    }

    fn resize_with(&self, width: &JsValue, height: &JsValue) {
        let size = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&size, &JsValue::from_str("width"), width);
        let _ = js_sys::Reflect::set(&size, &JsValue::from_str("height"), height);
        if let Some(resize) = method(&self.instance, "resize") {
            let _ = resize.call1(&self.instance, &size);
        }
        self.fit_view_box();
    }

    /// ECharts gives its SVG a width and a height but no viewBox, so the drawing would be cut off rather
    /// than scaled where a stylesheet makes it narrower (on paper). With a viewBox of its own size it
    /// scales as a whole. ECharts leaves an attribute it does not set alone when it redraws.
    fn fit_view_box(&self) {
        let number = |name: &str| {
            method(&self.instance, name)
                .and_then(|get| get.call0(&self.instance).ok())
                .and_then(|value| value.as_f64())
        };
        let (Some(width), Some(height)) = (number("getWidth"), number("getHeight")) else {
            return;
        };
        let svg = method(&self.instance, "getDom")
            .and_then(|get| get.call0(&self.instance).ok())
            .and_then(|dom| dom.dyn_into::<web_sys::Element>().ok())
            .and_then(|dom| dom.query_selector("svg").ok().flatten());
        if let Some(svg) = svg {
            let _ = svg.set_attribute("viewBox", &format!("0 0 {width} {height}"));
        }
    }

    pub fn dispose(&self) {
        if let Some(dispose) = method(&self.instance, "dispose") {
            let _ = dispose.call0(&self.instance);
        }
    }
}
