//! The names the Rust modules and the page's JavaScript (public/start.js) must spell alike. A mismatch
//! does not fail the build: the app would never load, or the charts would silently fall back to their
//! tables. So they are written once here, quoted by name in start.js and scripts/finish-build.mjs, and the
//! tests below read those files and fail when a spelling drifts.
//!
//! The build-time names that only JavaScript spells (the `__BW_*__` placeholders that
//! scripts/finish-build.mjs fills in public/start.js and public/sw.js, and the `data-bw-first-view`
//! attributes of Trunk.toml's `pattern_script`) fail the build loudly and are listed in the README
//! ("Build").

/// The window event the first module (src/bin/first_view.rs) sends once the first view is on screen;
/// public/start.js starts loading the app on it.
pub const FIRST_VIEW_SHOWN_EVENT: &str = "bw-first-view";

/// The id of the element the first view lives in; the app removes it once it has mounted.
pub const FIRST_VIEW_CONTAINER: &str = "bw-first-view";

/// The global function public/start.js defines to import the chart module under its content-hashed name;
/// it resolves to the module once it is ready (called from `charts::echarts`).
pub const CHART_MODULE_LOADER: &str = "bijdragewijzerChartModule";

/// The chart module's export (src/bin/charts.rs) that turns a chart request into ECharts options.
pub const CHART_OPTIONS_EXPORT: &str = "chart_options";

#[cfg(test)]
mod tests {
    use super::*;

    const START_JS: &str = include_str!("../public/start.js");
    const CHARTS_BIN: &str = include_str!("bin/charts.rs");
    const FINISH_BUILD: &str = include_str!("../scripts/finish-build.mjs");

    #[test]
    fn start_js_listens_for_the_first_view_event() {
        assert!(START_JS.contains(&format!("addEventListener(\n  '{FIRST_VIEW_SHOWN_EVENT}',")));
    }

    #[test]
    fn start_js_defines_the_chart_module_loader() {
        assert!(START_JS.contains(&format!("globalThis.{CHART_MODULE_LOADER} = ")));
    }

    #[test]
    fn the_chart_module_exports_the_options_function() {
        assert!(CHARTS_BIN.contains(&format!("#[wasm_bindgen]\npub fn {CHART_OPTIONS_EXPORT}(")));
    }

    #[test]
    fn the_scripts_name_the_constants_they_spell() {
        for name in [
            "FIRST_VIEW_SHOWN_EVENT",
            "CHART_MODULE_LOADER",
            "CHART_OPTIONS_EXPORT",
        ] {
            assert!(
                START_JS.contains(name) || FINISH_BUILD.contains(name),
                "{name}"
            );
        }
    }
}
