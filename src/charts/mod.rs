//! Charts as pure functions from the report to `charming::Chart` options (tested natively as JSON), and the
//! one component that hands them to ECharts.
