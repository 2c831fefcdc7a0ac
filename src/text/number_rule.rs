//! What a number field accepts and why it refuses a text: plain Rust, so that the messages (`i18n`) and the
//! small first module can use them without the component framework. The fields themselves are in `fields`.

use rust_decimal::Decimal;

use crate::domain::notation::{parse_number_in, Notation, ParseNumberError};
use crate::domain::validation::{
    within_decimals, MAX_AMOUNT, MAX_BUDGET_YEAR, MAX_INHABITANTS, MAX_QUANTITY, MIN_BUDGET_YEAR,
    MONEY_DECIMALS, PERCENT_DECIMALS, PRICE_DECIMALS, QUANTITY_DECIMALS,
};
use crate::text::Lang;

/// Why a field's text was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Empty,
    NotANumber,
    Negative,
    TooSmall(Decimal, ValueKind),
    TooLarge(Decimal, ValueKind),
    NotWhole,
    /// More decimals than this field can mean (cents for money).
    TooManyDecimals(u32),
}

/// What a number stands for, so that a message about its bounds can say so ("hoogstens 100%", "hoogstens
/// € 1.000.000.000") and its minimum shows with the decimals it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ValueKind {
    Money,
    Percent,
    Inhabitants,
    /// A whole number of municipalities or years.
    Count,
    /// A calendar year.
    Year,
    /// A month of the year, 1-12.
    Month,
    /// Hours, FTE, units, usage figures, band points.
    #[default]
    Quantity,
}

/// What a number field accepts beyond being a number. The limits are those of
/// [`validation`](crate::domain::validation), so whatever a field takes, the document accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberRule {
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    /// The most decimals the value may have; 0 asks for a whole number.
    pub decimals: u32,
    pub kind: ValueKind,
}

impl Default for NumberRule {
    /// Any number exact decimals can hold.
    fn default() -> NumberRule {
        NumberRule {
            min: None,
            max: None,
            decimals: 28,
            kind: ValueKind::Quantity,
        }
    }
}

impl NumberRule {
    /// An amount of euros, from zero to what a budget can be, in cents at most.
    pub fn money() -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(MAX_AMOUNT),
            decimals: MONEY_DECIMALS,
            kind: ValueKind::Money,
        }
    }

    /// A price per unit or per inhabitant (€ 0,0125 per message, € 1,92 per inhabitant): money with up to
    /// [`PRICE_DECIMALS`] decimals.
    pub fn price() -> NumberRule {
        NumberRule {
            decimals: PRICE_DECIMALS,
            ..NumberRule::money()
        }
    }

    /// Hours, FTE, units, usage figures, band points: zero or more.
    pub fn quantity() -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(MAX_QUANTITY),
            decimals: QUANTITY_DECIMALS,
            kind: ValueKind::Quantity,
        }
    }

    /// Inhabitants: a whole number, zero or more.
    pub fn inhabitants() -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(MAX_INHABITANTS),
            decimals: 0,
            kind: ValueKind::Inhabitants,
        }
    }

    /// A whole count from zero up to `max`: municipalities, years.
    pub fn count(max: Decimal) -> NumberRule {
        NumberRule {
            min: Some(Decimal::ZERO),
            max: Some(max),
            decimals: 0,
            kind: ValueKind::Count,
        }
    }

    /// A percentage within the given range.
    pub fn percent(min: Decimal, max: Decimal) -> NumberRule {
        NumberRule {
            min: Some(min),
            max: Some(max),
            decimals: PERCENT_DECIMALS,
            kind: ValueKind::Percent,
        }
    }

    /// A calendar year within the range a budget year may have.
    pub fn year() -> NumberRule {
        NumberRule {
            min: Some(Decimal::from(MIN_BUDGET_YEAR)),
            max: Some(Decimal::from(MAX_BUDGET_YEAR)),
            decimals: 0,
            kind: ValueKind::Year,
        }
    }

    /// A month of the year from `first` to `last` (within 1-12): the month a member joins in, or the last
    /// month it takes part, each bounded by the other.
    pub fn month(first: u8, last: u8) -> NumberRule {
        NumberRule {
            min: Some(Decimal::from(first.clamp(1, 12))),
            max: Some(Decimal::from(last.clamp(1, 12))),
            decimals: 0,
            kind: ValueKind::Month,
        }
    }

    /// The same rule with another minimum.
    pub fn at_least(self, min: Decimal) -> NumberRule {
        NumberRule {
            min: Some(min),
            ..self
        }
    }

    /// Reads the text in Dutch notation and applies the rule.
    pub fn read(&self, text: &str) -> Result<Decimal, FieldProblem> {
        self.read_in(text, Notation::Dutch)
    }

    /// Reads the text in the notation of the interface's language (as [`field_text`] writes it) and
    /// applies the rule.
    pub fn read_in(&self, text: &str, notation: Notation) -> Result<Decimal, FieldProblem> {
        let too_large = || FieldProblem::TooLarge(self.max.unwrap_or(Decimal::MAX), self.kind);
        let value = parse_number_in(text, notation).map_err(|error| match error {
            ParseNumberError::Empty => FieldProblem::Empty,
            ParseNumberError::NotANumber => FieldProblem::NotANumber,
            ParseNumberError::TooLarge => too_large(),
        })?;
        if let Some(min) = self.min.filter(|min| value < *min) {
            return Err(if min.is_zero() {
                FieldProblem::Negative
            } else {
                FieldProblem::TooSmall(min, self.kind)
            });
        }
        if self.max.is_some_and(|max| value > max) {
            return Err(too_large());
        }
        if !within_decimals(value, self.decimals) {
            return Err(if self.decimals == 0 {
                FieldProblem::NotWhole
            } else {
                FieldProblem::TooManyDecimals(self.decimals)
            });
        }
        Ok(value)
    }
}

/// How a value appears in a field: no thousands separators (so "1.500" is never ambiguous), the decimal
/// separator of the language.
pub fn field_text(value: Decimal, lang: Lang) -> String {
    let plain = value.normalize().to_string();
    match lang {
        Lang::Nl => plain.replace('.', ","),
        Lang::En => plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn rules_give_a_reason() {
        let hours = NumberRule {
            max: Some(dec("1000000")),
            ..NumberRule::quantity()
        };
        assert_eq!(hours.read("1.234,5"), Ok(dec("1234.5")));
        assert_eq!(hours.read("-3"), Err(FieldProblem::Negative));
        assert_eq!(hours.read("abc"), Err(FieldProblem::NotANumber));
        assert_eq!(hours.read(""), Err(FieldProblem::Empty));
        assert_eq!(
            hours.read("2000000"),
            Err(FieldProblem::TooLarge(dec("1000000"), ValueKind::Quantity))
        );
        let count = NumberRule::count(dec("10000"));
        assert_eq!(count.read("2,5"), Err(FieldProblem::NotWhole));
        let reserve = NumberRule::percent(dec("0"), dec("100"));
        assert_eq!(
            reserve.read("150"),
            Err(FieldProblem::TooLarge(dec("100"), ValueKind::Percent))
        );
        let reference = NumberRule::money().at_least(dec("0.01"));
        assert_eq!(
            reference.read("0"),
            Err(FieldProblem::TooSmall(dec("0.01"), ValueKind::Money))
        );
        assert_eq!(
            NumberRule::inhabitants().read("45,123"),
            Err(FieldProblem::NotWhole)
        );
    }

    #[test]
    fn rules_follow_the_limits_of_validation() {
        let money = NumberRule::money();
        assert_eq!(money.read("12,50"), Ok(dec("12.5")));
        // "12,345" is more often twelve thousand in English notation than a tenth of a cent.
        assert_eq!(money.read("12,345"), Err(FieldProblem::TooManyDecimals(2)));
        let inhabitants = NumberRule::inhabitants();
        assert_eq!(
            inhabitants.read("0,0000000000000000000001"),
            Err(FieldProblem::NotWhole)
        );
        assert_eq!(inhabitants.read("1.500.000,00"), Ok(dec("1500000")));
        let price = NumberRule::price();
        assert_eq!(price.read("0,0125"), Ok(dec("0.0125")));
        // Issue 14: this 28-digit text panicked on its way to the screen.
        assert_eq!(
            price.read("2999999999999999999999999195"),
            Err(FieldProblem::TooLarge(MAX_AMOUNT, ValueKind::Money))
        );
        let reserve = NumberRule::percent(dec("0"), dec("100"));
        assert_eq!(reserve.read("12,5"), Ok(dec("12.5")));
        assert_eq!(
            reserve.read("12,125"),
            Err(FieldProblem::TooManyDecimals(2))
        );
    }

    #[test]
    fn a_message_says_what_the_field_is_and_what_is_kept() {
        let reserve = NumberRule::percent(dec("0"), dec("100"));
        let problem = reserve.read("150").unwrap_err();
        assert_eq!(
            Lang::Nl.texts().field_message(&problem, Some("10")),
            "Dit kan hoogstens 100% zijn. We rekenen met 10."
        );
        let problem = NumberRule::money()
            .at_least(dec("0.01"))
            .read("0")
            .unwrap_err();
        assert_eq!(
            Lang::Nl.texts().field_message(&problem, Some("2420")),
            "Dit moet minstens €\u{a0}0,01 zijn. We rekenen met 2420."
        );
        let problem = NumberRule::money().read("2000000000").unwrap_err();
        assert_eq!(
            Lang::En.texts().field_message(&problem, None),
            "This is more than a budget can be: at most €1,000,000,000."
        );
        let years = NumberRule::count(dec("30"));
        assert_eq!(
            Lang::Nl
                .texts()
                .field_message(&years.read("31").unwrap_err(), Some("3")),
            "Dit kan hoogstens 30 zijn. We rekenen met 3."
        );
    }

    #[test]
    fn field_text_uses_the_language_separator_without_grouping() {
        assert_eq!(field_text(dec("0.10"), Lang::Nl), "0,1");
        assert_eq!(field_text(dec("1500000"), Lang::Nl), "1500000");
        assert_eq!(field_text(dec("1234.5"), Lang::En), "1234.5");
    }
}
