//! Reading numbers as people type or paste them, and writing amounts as a Dutch budget document does.

use std::fmt;

use rust_decimal::Decimal;

use super::money::{round_cents, round_euros};

/// The two ways of writing numbers the interface speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Notation {
    /// 1.452,50
    #[default]
    Dutch,
    /// 1,452.50
    English,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseNumberError {
    Empty,
    /// Text that is not a number, e.g. "twaalf" or "12a".
    NotANumber,
    /// More digits than exact decimals can hold.
    TooLarge,
}

impl fmt::Display for ParseNumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseNumberError::Empty => write!(f, "empty"),
            ParseNumberError::NotANumber => write!(f, "not a number"),
            ParseNumberError::TooLarge => write!(f, "too large"),
        }
    }
}

/// Reads a number in Dutch or plain notation: "1.234,56", "1234,56", "EUR 1.234", "€ 1.234", "1234.56",
/// "-5", "10%". Spaces (also non-breaking ones, as Excel pastes them) are ignored.
///
/// A lone dot followed by exactly three digits is a Dutch thousands separator ("1.234" is 1234), because
/// that is how amounts arrive from Dutch spreadsheets; "1.5" and "0.125" stay decimals. When both a dot and
/// a comma occur, the last one is the decimal separator, so "1,234.56" reads as English notation.
pub fn parse_number(text: &str) -> Result<Decimal, ParseNumberError> {
    parse_with(text, canonical_digits)
}

/// Reads a number as written in `notation`. Dutch is [`parse_number`] (also pasted spreadsheet lists). In
/// English a point is the decimal separator and a comma groups thousands: "1.234" is one point two three
/// four, "1,234.5" twelve hundred and more; a single comma that does not group thousands ("12,5") is still
/// read as a decimal comma, as a Dutch habit in an English interface means it.
pub fn parse_number_in(text: &str, notation: Notation) -> Result<Decimal, ParseNumberError> {
    match notation {
        Notation::Dutch => parse_number(text),
        Notation::English => parse_with(text, english_digits),
    }
}

fn parse_with(
    text: &str,
    canonical_digits: fn(&str) -> Result<String, ParseNumberError>,
) -> Result<Decimal, ParseNumberError> {
    let mut cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}' && *c != '\'')
        .collect();
    for prefix in ["EUR", "eur", "Eur", "€"] {
        if let Some(rest) = cleaned.strip_prefix(prefix) {
            cleaned = rest.to_string();
        }
    }
    if let Some(rest) = cleaned.strip_suffix('%') {
        cleaned = rest.to_string();
    }
    if let Some(rest) = cleaned.strip_suffix(",-") {
        cleaned = rest.to_string();
    }
    if cleaned.is_empty() {
        return Err(ParseNumberError::Empty);
    }
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(ParseNumberError::NotANumber);
    }
    let canonical = canonical_digits(body)?;
    // Exact decimals hold 28 digits; anything longer is not an amount anyone means.
    if canonical.chars().filter(char::is_ascii_digit).count() > 28 {
        return Err(ParseNumberError::TooLarge);
    }
    let value = Decimal::from_str_exact(&canonical).map_err(|error| match error {
        rust_decimal::Error::ExceedsMaximumPossibleValue
        | rust_decimal::Error::LessThanMinimumPossibleValue
        | rust_decimal::Error::Underflow => ParseNumberError::TooLarge,
        _ => ParseNumberError::NotANumber,
    })?;
    Ok(if negative { -value } else { value })
}

/// Turns digits with separators into "1234.56".
fn canonical_digits(body: &str) -> Result<String, ParseNumberError> {
    let dots = body.matches('.').count();
    let commas = body.matches(',').count();
    let decimal_separator = match (dots, commas) {
        (0, 0) => None,
        (0, 1) => Some(','),
        (1, 0) => {
            let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
            let dutch_thousands =
                fraction.len() == 3 && !whole.is_empty() && whole != "0" && whole.len() <= 3;
            if dutch_thousands {
                None
            } else {
                Some('.')
            }
        }
        (_, 0) | (0, _) => None,
        _ => {
            let last_dot = body.rfind('.').unwrap_or(0);
            let last_comma = body.rfind(',').unwrap_or(0);
            Some(if last_dot > last_comma { '.' } else { ',' })
        }
    };
    let (whole, fraction) = match decimal_separator {
        Some(separator) => body.rsplit_once(separator).unwrap_or((body, "")),
        None => (body, ""),
    };
    assemble(whole, fraction)
}

/// English notation: at most one point, the decimal separator; commas group thousands in the whole part.
fn english_digits(body: &str) -> Result<String, ParseNumberError> {
    let (whole, fraction) = match body.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => match body.split_once(',') {
            Some((whole, fraction))
                if !fraction.contains(',') && !thousands_groups_are_valid(body) =>
            {
                (whole, fraction)
            }
            _ => (body, ""),
        },
    };
    if whole.contains('.') {
        return Err(ParseNumberError::NotANumber);
    }
    assemble(whole, fraction)
}

/// "1.234" or "1,234" as a whole part with thousands separators and a fraction, to "1234.fraction".
fn assemble(whole: &str, fraction: &str) -> Result<String, ParseNumberError> {
    if whole.is_empty() && fraction.is_empty() {
        return Err(ParseNumberError::NotANumber);
    }
    if fraction.contains(['.', ',']) {
        return Err(ParseNumberError::NotANumber);
    }
    if !thousands_groups_are_valid(whole) {
        return Err(ParseNumberError::NotANumber);
    }
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    let digits = if digits.is_empty() {
        "0".to_string()
    } else {
        digits
    };
    Ok(if fraction.is_empty() {
        digits
    } else {
        format!("{digits}.{fraction}")
    })
}

/// "1.234.567" and "1,234" are fine; "1.23.4" and "12,34,5" (in the whole part) are typos, not numbers.
fn thousands_groups_are_valid(whole: &str) -> bool {
    let mut groups = whole.split(['.', ',']);
    let Some(first) = groups.next() else {
        return true;
    };
    let mut rest = groups.peekable();
    if rest.peek().is_none() {
        return true;
    }
    !first.is_empty() && first.len() <= 3 && rest.all(|group| group.len() == 3)
}

/// Whether to show whole euros (the default of budget documents) or cents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Precision {
    #[default]
    WholeEuros,
    Cents,
}

/// "€ 1.452" or "€ 1.452,50" in Dutch; "€1,452" or "€1,452.50" in English.
pub fn format_money(amount: Decimal, precision: Precision, notation: Notation) -> String {
    match precision {
        Precision::WholeEuros => format_euros(round_euros(amount), 0, notation),
        Precision::Cents => format_euros(round_cents(amount), 2, notation),
    }
}

/// Euros with exactly `decimals` decimals: a rate per unit or per inhabitant such as "€ 0,0726", which
/// cents would make too coarse to follow.
pub fn format_euros(value: Decimal, decimals: u32, notation: Notation) -> String {
    let number = format_number(value, decimals, notation);
    match notation {
        Notation::Dutch => format!("€\u{a0}{number}"),
        Notation::English => format!("€{number}"),
    }
}

/// Exact decimals carry at most 28 decimals; asking for more only adds zeros, so more are not written.
const MAX_DECIMALS_SHOWN: u32 = 28;

/// A number with grouped thousands and exactly `decimals` decimals (at most 28); rounding half away from
/// zero. Works for every value a `Decimal` can hold.
pub fn format_number(value: Decimal, decimals: u32, notation: Notation) -> String {
    write_number(value, decimals, notation, true)
}

/// Like [`format_number`] without thousands separators, as spreadsheets read numbers: "1234,50".
pub fn format_plain(value: Decimal, decimals: u32, notation: Notation) -> String {
    write_number(value, decimals, notation, false)
}

fn write_number(value: Decimal, decimals: u32, notation: Notation, grouped: bool) -> String {
    let decimals = decimals.min(MAX_DECIMALS_SHOWN);
    let rounded = value.round_dp_with_strategy(
        decimals,
        rust_decimal::RoundingStrategy::MidpointAwayFromZero,
    );
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    // The digits come from the integer mantissa and its scale. rust_decimal's own `{:.N}` writes into a
    // 32-character buffer and panics when 28 whole digits meet 4 decimals (issue 14).
    let digits = rounded.mantissa().unsigned_abs().to_string();
    let scale = rounded.scale() as usize;
    let padded = if digits.len() <= scale {
        format!("{}{digits}", "0".repeat(scale + 1 - digits.len()))
    } else {
        digits
    };
    let (whole, fraction) = padded
        .split_at_checked(padded.len() - scale)
        .unwrap_or((padded.as_str(), ""));
    let (group, decimal) = match notation {
        Notation::Dutch => ('.', ','),
        Notation::English => (',', '.'),
    };
    let mut out = String::with_capacity(whole.len() + whole.len() / 3 + decimals as usize + 2);
    if negative {
        out.push('-');
    }
    for (position, digit) in whole.chars().enumerate() {
        if grouped && position > 0 && (whole.len() - position) % 3 == 0 {
            out.push(group);
        }
        out.push(digit);
    }
    if decimals > 0 {
        out.push(decimal);
        out.push_str(fraction);
        for _ in fraction.len()..decimals as usize {
            out.push('0');
        }
    }
    out
}

/// A percentage such as "12,5%" with one decimal.
pub fn format_percent(value: Decimal, notation: Notation) -> String {
    format!("{}%", format_number(value, 1, notation))
}

/// A percentage as a sentence writes it: rounded to one decimal, and without one when whole ("10%",
/// "12,5%").
pub fn format_percent_in_text(value: Decimal, notation: Notation) -> String {
    let rounded = value.round_dp(1).normalize();
    format!("{}%", format_number(rounded, rounded.scale(), notation))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    #[test]
    fn reads_dutch_and_plain_notation() {
        assert_eq!(parse_number("1.234,56").unwrap(), dec("1234.56"));
        assert_eq!(parse_number("1234,56").unwrap(), dec("1234.56"));
        assert_eq!(parse_number("EUR 1.234").unwrap(), dec("1234"));
        assert_eq!(parse_number("€ 1.234,-").unwrap(), dec("1234"));
        assert_eq!(parse_number("1234.56").unwrap(), dec("1234.56"));
        assert_eq!(parse_number("1.234.567").unwrap(), dec("1234567"));
        assert_eq!(parse_number("1,234.56").unwrap(), dec("1234.56"));
        assert_eq!(parse_number(" 0.2 ").unwrap(), dec("0.2"));
        assert_eq!(parse_number("0.125").unwrap(), dec("0.125"));
        assert_eq!(parse_number("10%").unwrap(), dec("10"));
        assert_eq!(parse_number("-5").unwrap(), dec("-5"));
        assert_eq!(parse_number("1\u{a0}500\u{a0}000").unwrap(), dec("1500000"));
        assert_eq!(parse_number(",5").unwrap(), dec("0.5"));
    }

    #[test]
    fn reads_english_notation_with_a_decimal_point() {
        let english = |text| parse_number_in(text, Notation::English);
        assert_eq!(english("1.234"), Ok(dec("1.234")));
        assert_eq!(english("-1.055"), Ok(dec("-1.055")));
        assert_eq!(english("1,234"), Ok(dec("1234")));
        assert_eq!(english("1,234,567.5"), Ok(dec("1234567.5")));
        assert_eq!(english("€1,452.50"), Ok(dec("1452.50")));
        assert_eq!(english("12,5"), Ok(dec("12.5")));
        assert_eq!(english("1.2.3"), Err(ParseNumberError::NotANumber));
        // Dutch stays as it was: pasted spreadsheet lists are Dutch.
        assert_eq!(parse_number_in("1.234", Notation::Dutch), Ok(dec("1234")));
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        assert_eq!(parse_number(""), Err(ParseNumberError::Empty));
        assert_eq!(parse_number("EUR"), Err(ParseNumberError::Empty));
        assert_eq!(parse_number("twaalf"), Err(ParseNumberError::NotANumber));
        assert_eq!(parse_number("12a"), Err(ParseNumberError::NotANumber));
        assert_eq!(parse_number("1.23.4"), Err(ParseNumberError::NotANumber));
        assert_eq!(parse_number("1,2,3"), Err(ParseNumberError::NotANumber));
        assert_eq!(parse_number("-"), Err(ParseNumberError::NotANumber));
        assert_eq!(parse_number("1e5"), Err(ParseNumberError::NotANumber));
        assert_eq!(
            parse_number("99999999999999999999999999999999"),
            Err(ParseNumberError::TooLarge)
        );
    }

    #[test]
    fn shows_whole_euros_by_default_as_budget_documents_do() {
        // 27,500 over 75 municipalities is 366.67, shown as 367.
        let share = dec("27500") / dec("75");
        assert_eq!(
            format_money(share, Precision::WholeEuros, Notation::Dutch),
            "€\u{a0}367"
        );
        assert_eq!(
            format_money(dec("1452"), Precision::WholeEuros, Notation::Dutch),
            "€\u{a0}1.452"
        );
        assert_eq!(
            format_money(dec("1452.5"), Precision::Cents, Notation::Dutch),
            "€\u{a0}1.452,50"
        );
        assert_eq!(
            format_money(dec("1452.5"), Precision::Cents, Notation::English),
            "€1,452.50"
        );
        assert_eq!(
            format_money(dec("1234567.891"), Precision::Cents, Notation::Dutch),
            "€\u{a0}1.234.567,89"
        );
    }

    #[test]
    fn formats_small_negative_and_zero() {
        assert_eq!(format_number(dec("0"), 0, Notation::Dutch), "0");
        assert_eq!(format_number(dec("-1234.5"), 0, Notation::Dutch), "-1.235");
        assert_eq!(format_number(dec("-0.4"), 0, Notation::Dutch), "0");
        assert_eq!(format_number(dec("999"), 2, Notation::English), "999.00");
        assert_eq!(format_percent(dec("40"), Notation::Dutch), "40,0%");
        assert_eq!(format_percent_in_text(dec("10.00"), Notation::Dutch), "10%");
        assert_eq!(
            format_percent_in_text(dec("12.46"), Notation::Dutch),
            "12,5%"
        );
        assert_eq!(
            format_percent_in_text(dec("12.5"), Notation::English),
            "12.5%"
        );
    }

    #[test]
    fn writes_every_decimal_without_panicking() {
        // Issue 14: rust_decimal's `{:.4}` panicked on 28 whole digits (its buffer holds 32 characters).
        let typed = parse_number("2999999999999999999999999195").unwrap();
        assert_eq!(
            format_number(typed, 4, Notation::Dutch),
            "2.999.999.999.999.999.999.999.999.195,0000"
        );
        assert_eq!(
            format_number(Decimal::MAX, 28, Notation::English).len(),
            "79,228,162,514,264,337,593,543,950,335.".len() + 28
        );
        assert_eq!(
            format_number(Decimal::MIN, 2, Notation::Dutch),
            "-79.228.162.514.264.337.593.543.950.335,00"
        );
        assert_eq!(
            format_number(dec("0.0000000000000000000000000001"), 4, Notation::Dutch),
            "0,0000"
        );
        assert_eq!(
            format_number(dec("0.0000000000000000000000000001"), 40, Notation::Dutch),
            "0,0000000000000000000000000001"
        );
        assert_eq!(
            format_number(dec("-0.00005"), 4, Notation::Dutch),
            "-0,0001"
        );
        assert_eq!(format_number(dec("12.5"), 3, Notation::English), "12.500");
        assert_eq!(format_number(dec("1000"), 0, Notation::Dutch), "1.000");
    }
}
