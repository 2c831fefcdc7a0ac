//! The chart module: turns the numbers of the two charts into ECharts options with charming. The app loads
//! it together with ECharts, when the charts come near or the page is printed (`charts::echarts::load`), so
//! that charming and its serialiser are not part of the app module every visit loads.

use wasm_bindgen::prelude::wasm_bindgen;

/// The options of both charts for a [`bijdragewijzer::charts::ChartRequest`] in JSON, as a JSON array of
/// two; nothing when the request cannot be read (the app then shows the tables only). The app calls it by
/// the name `page_contract::CHART_OPTIONS_EXPORT`, which a test compares with this function's name.
#[wasm_bindgen]
pub fn chart_options(request: &str) -> Option<String> {
    bijdragewijzer::charts::options::options_json(request).ok()
}

fn main() {}
