//! Display helpers bound to the user's language and precision choice.

use rust_decimal::Decimal;

use crate::domain::notation::{format_euros, format_money, format_number, Precision};
use crate::ui::i18n::Lang;

pub fn money(amount: Decimal, lang: Lang, precision: Precision) -> String {
    format_money(amount, precision, lang.notation())
}

/// A rate per inhabitant or per unit, to four decimals: "€ 0,0726". Cents are too coarse to compare rates.
pub fn rate(value: Decimal, lang: Lang) -> String {
    format_euros(value, 4, lang.notation())
}

pub fn whole(value: Decimal, lang: Lang) -> String {
    format_number(value, 0, lang.notation())
}
