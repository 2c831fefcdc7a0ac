//! The calculation core: plain Rust, no Leptos, no web-sys. Everything the interface shows is computed
//! here by [`report::compute`] from a [`document::Document`].

pub mod accountability;
pub mod advice;
pub mod allocation;
pub mod budget;
pub mod cycle;
pub mod directory;
pub mod document;
pub mod edits;
pub mod error;
pub mod example;
pub mod growth;
pub mod key;
pub mod key_comparison;
pub mod letters;
pub mod money;
pub mod multi_year;
pub mod notation;
pub mod participants;
pub mod paste;
pub mod prospect;
pub mod readiness;
pub mod report;
pub mod rounding;
pub mod shortfall;
pub mod validation;
pub mod views;
pub mod warnings;
pub mod ways_to_pay;

#[cfg(test)]
pub(crate) mod test_support {
    /// An exact decimal from a literal; a typo fails loudly.
    pub fn dec(text: &str) -> rust_decimal::Decimal {
        text.parse().expect("test literal")
    }
}
