//! The one place that talks to ECharts and to the chart module that writes its options. It goes through
//! `js_sys::Reflect` rather than static imports, so a page where either did not load (yet) shows the tables
//! instead of aborting the app.

use std::borrow::Cow;
use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};

use super::{ChartLabels, ChartRequest, Composition, CostCurve};
use crate::page_contract::{CHART_MODULE_LOADER, CHART_OPTIONS_EXPORT};

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

fn echarts_loaded() -> bool {
    global_echarts()
        .and_then(|echarts| method(&echarts, "init"))
        .is_some()
}

/// Whether ECharts and the chart module are there to draw with.
pub fn available() -> bool {
    echarts_loaded() && CHART_MODULE.with(|module| module.borrow().is_some())
}

/// Where the build publishes ECharts (scripts/build-echarts.mjs, copied by index.html).
const SCRIPT_PATH: &str = "echarts.js";

/// Told whether ECharts can draw, once the script has loaded or failed to.
type WhenLoaded = Box<dyn FnOnce(bool)>;

thread_local! {
    /// Whoever waits for the script while it loads; `None` while no load is under way. One script element
    /// for all of them: a second copy would replace the global `echarts` under the charts already drawn.
    static WAITING: RefCell<Option<Vec<WhenLoaded>>> = const { RefCell::new(None) };
    /// The chart module, once loaded.
    static CHART_MODULE: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

fn finish_loading(loaded: bool) {
    let waiting = WAITING.with(|waiting| waiting.borrow_mut().take());
    let can_draw = loaded && available();
    for done in waiting.into_iter().flatten() {
        done(can_draw);
    }
}

/// Loads the chart module and the ECharts script once and then tells `done` whether it can draw. The page
/// does not load them up front: the first results are on screen without waiting for ECharts, which weighs
/// more than the app. The chart module comes first: it is small, and a page where `window.echarts` is
/// there can draw at once (printing cannot wait).
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
    load_chart_module(|loaded| match loaded {
        true => load_script(),
        false => finish_loading(false),
    });
}

fn load_chart_module(done: impl FnOnce(bool) + 'static) {
    if CHART_MODULE.with(|module| module.borrow().is_some()) {
        done(true);
        return;
    }
    let promise = web_sys::window().and_then(|window| {
        let loader = method(&window, CHART_MODULE_LOADER)?;
        loader
            .call0(&window)
            .ok()?
            .dyn_into::<js_sys::Promise>()
            .ok()
    });
    let Some(promise) = promise else {
        done(false);
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let module = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .ok()
            .filter(|module| method(module, CHART_OPTIONS_EXPORT).is_some());
        let loaded = module.is_some();
        CHART_MODULE.with(|stored| *stored.borrow_mut() = module);
        done(loaded);
    });
}

fn load_script() {
    if echarts_loaded() {
        finish_loading(true);
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

/// The ECharts options of the cost curve and of the composition, written by the chart module; nothing
/// before it has loaded or when it cannot answer.
pub fn chart_options(
    curve: &CostCurve,
    composition: &Composition,
    labels: ChartLabels<'_>,
) -> Option<(JsValue, JsValue)> {
    let module = CHART_MODULE.with(|module| module.borrow().clone())?;
    let request = ChartRequest {
        curve: Cow::Borrowed(curve),
        composition: Cow::Borrowed(composition),
        labels,
    };
    let request = serde_json::to_string(&request).ok()?;
    let answer = method(&module, CHART_OPTIONS_EXPORT)?
        .call1(&module, &JsValue::from_str(&request))
        .ok()?
        .as_string()?;
    let options: js_sys::Array = js_sys::JSON::parse(&answer).ok()?.dyn_into().ok()?;
    Some((options.get(0), options.get(1)))
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

    /// Replaces the options (from [`chart_options`]); `notMerge` so a removed scenario's curve disappears
    /// too.
    pub fn show(&self, options: &JsValue) -> bool {
        self.set_options(options, true)
    }

    /// As `show`, but drawn at once in its final state: a page about to be printed has no time for the
    /// curves to grow in.
    pub fn show_still(&self, options: &JsValue) -> bool {
        self.set_options(options, false)
    }

    fn set_options(&self, options: &JsValue, animated: bool) -> bool {
        if !animated {
            let _ = js_sys::Reflect::set(options, &JsValue::from_str("animation"), &JsValue::FALSE);
        }
        // ECharts draws synchronously here (its `lazyUpdate` is off), so the shapes are in the page on return.
        let shown = method(&self.instance, "setOption")
            .and_then(|set| set.call2(&self.instance, options, &JsValue::TRUE).ok())
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
