//! What the integration tests share, so that a literal, a golden file and a generated document mean the
//! same thing in every test file: exact decimals, the golden-file check, and the document generators.
//!
//! Each test binary compiles this module on its own (`mod support;`) and uses a part of it.
#![allow(dead_code)]

pub mod documents;
pub mod golden;

use rust_decimal::Decimal;

/// An exact decimal from a literal; a typo fails loudly.
pub fn dec(text: &str) -> Decimal {
    text.parse().expect("test literal")
}
