//! Contributions in kind: a member delivers work instead of money. Its value counts against the member's
//! invoice (contribution plus custom work) up to that invoice; value beyond it is shown, never paid out.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::domain::budget::required;
use crate::domain::error::CalcError;
use crate::domain::money::{self, Money};

/// One piece of work delivered in kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct InKindItem {
    /// What is delivered, e.g. "200 uur ontwikkelaar".
    #[serde(default)]
    pub description: String,
    pub value: InKindValue,
}

/// How a piece of work in kind is valued.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InKindValue {
    /// Hours at the document's hourly rate.
    Hours { hours: Decimal },
    /// A fixed value in euros.
    Amount { amount: Decimal },
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum InKindKind {
    Hours,
    Amount,
}

/// A value in kind as written: the kind, and the fields of both kinds, of which the kind's is required.
#[derive(Deserialize)]
struct InKindFields {
    kind: InKindKind,
    hours: Option<Decimal>,
    amount: Option<Decimal>,
}

// Read by hand rather than derived, as `LineAmount` is: serde's reader for an internally tagged enum
// buffers the object in a generic value first, which cost the first module some 4 KB brotli (twiggy: 6 KB
// raw for this one reader, and rust_decimal's reading of numbers in scientific notation with it).
impl<'de> Deserialize<'de> for InKindValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let fields = InKindFields::deserialize(deserializer)?;
        Ok(match fields.kind {
            InKindKind::Hours => InKindValue::Hours {
                hours: required(fields.hours, "hours")?,
            },
            InKindKind::Amount => InKindValue::Amount {
                amount: required(fields.amount, "amount")?,
            },
        })
    }
}

impl InKindItem {
    /// Its value to the cent, half away from zero (hours x rate are rounded per item).
    pub fn value(&self, hourly_rate: Decimal) -> Result<Money, CalcError> {
        Ok(money::round_cents(match self.value {
            InKindValue::Hours { hours } => money::mul(hours, hourly_rate)?,
            InKindValue::Amount { amount } => amount,
        }))
    }
}

/// The value of all of a member's work in kind.
pub fn total_value(items: &[InKindItem], hourly_rate: Decimal) -> Result<Money, CalcError> {
    items.iter().try_fold(Decimal::ZERO, |sum, item| {
        money::add(sum, item.value(hourly_rate)?)
    })
}

/// A member's invoice after its work in kind.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct InKindCount {
    /// The value of its work in kind.
    pub value: Money,
    /// The part of that value that lowers its invoice: at most the invoice before it.
    pub counted: Money,
    /// The part beyond its invoice: shown, not paid out.
    pub excess: Money,
    /// What it still pays in money: the invoice before work in kind minus what was counted, never below 0.
    pub invoice: Money,
}

/// Counts `value` of work in kind against an invoice of `before` (contribution plus custom work).
pub fn count_against(before: Money, value: Money) -> Result<InKindCount, CalcError> {
    let counted = value.min(before.max(Decimal::ZERO)).max(Decimal::ZERO);
    Ok(InKindCount {
        value,
        counted,
        excess: money::sub(value, counted)?,
        invoice: money::sub(before, counted)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn a_value_in_kind_reads_its_kind_and_requires_that_kind_s_field() {
        let read = |json: &str| serde_json::from_str::<InKindValue>(json);
        assert_eq!(
            read(r#"{"kind":"hours","hours":"200"}"#).unwrap(),
            InKindValue::Hours { hours: dec("200") }
        );
        assert_eq!(
            read(r#"{"amount":"1250.50","kind":"amount"}"#).unwrap(),
            InKindValue::Amount {
                amount: dec("1250.50")
            }
        );
        let missing = read(r#"{"kind":"hours","amount":"5"}"#).unwrap_err();
        assert!(
            missing.to_string().contains("missing field `hours`"),
            "{missing}"
        );
        assert!(read(r#"{"kind":"days","hours":"5"}"#).is_err());
        // What is written reads back.
        let written = serde_json::to_string(&InKindValue::Hours { hours: dec("7.5") }).unwrap();
        assert_eq!(
            read(&written).unwrap(),
            InKindValue::Hours { hours: dec("7.5") }
        );
    }

    fn hours(hours: &str) -> InKindItem {
        InKindItem {
            description: "ontwikkelaar".into(),
            value: InKindValue::Hours { hours: dec(hours) },
        }
    }

    #[test]
    fn hours_are_valued_at_the_rate_and_rounded_per_item() {
        let items = [
            hours("200"),
            hours("0.333"),
            InKindItem {
                description: String::new(),
                value: InKindValue::Amount {
                    amount: dec("10.005"),
                },
            },
        ];
        // 200 x 100 = 20,000; 0.333 x 100.15 = 33.34995 -> 33.35; 10.005 -> 10.01.
        assert_eq!(items[0].value(dec("100")).unwrap(), dec("20000"));
        assert_eq!(items[1].value(dec("100.15")).unwrap(), dec("33.35"));
        assert_eq!(
            total_value(&items, dec("100.15")).unwrap(),
            dec("20030") + dec("33.35") + dec("10.01")
        );
    }

    #[test]
    fn work_in_kind_lowers_the_invoice_to_zero_and_no_further() {
        let within = count_against(dec("25000"), dec("20000")).unwrap();
        assert_eq!(within.counted, dec("20000"));
        assert_eq!(within.invoice, dec("5000"));
        assert_eq!(within.excess, dec("0"));
        let beyond = count_against(dec("12500"), dec("20000")).unwrap();
        assert_eq!(beyond.counted, dec("12500"));
        assert_eq!(beyond.invoice, dec("0"));
        assert_eq!(beyond.excess, dec("7500"));
    }
}
