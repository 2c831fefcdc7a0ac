//! Strings of sections 1 and 5 to 7 and the charts: advice, multi-year and break-even, conclusions and texts, accountability.

pub struct InsightTexts {}

pub static NL: InsightTexts = InsightTexts {};

pub static EN: InsightTexts = InsightTexts {};
