//! Display helpers bound to the user's language and precision choice.

use rust_decimal::Decimal;

use crate::domain::notation::{format_money, format_number, Precision};
use crate::ui::i18n::Lang;

pub fn money(amount: Decimal, lang: Lang, precision: Precision) -> String {
    format_money(amount, precision, lang.notation())
}

pub fn whole(value: Decimal, lang: Lang) -> String {
    format_number(value, 0, lang.notation())
}
