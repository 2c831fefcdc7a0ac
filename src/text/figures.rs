//! How a figure is written in a language: the language decides the notation (decimal comma or point), the
//! caller the precision. Methods of [`Lang`], so that every figure on the page, in the texts and in the
//! first module is written one way.

use rust_decimal::Decimal;

use crate::domain::notation::{format_euros, format_money, format_number, Precision};
use crate::text::Lang;

impl Lang {
    /// An amount in euros at the user's precision: "€ 1.234" or "€ 1.234,56".
    pub fn money(self, amount: Decimal, precision: Precision) -> String {
        format_money(amount, precision, self.notation())
    }

    /// A change in euros with its sign: "+€ 1.234" above zero, "-€ 1.234" below, "€ 0" for none.
    pub fn signed_money(self, amount: Decimal, precision: Precision) -> String {
        let shown = self.money(amount, precision);
        if amount > Decimal::ZERO {
            format!("+{shown}")
        } else {
            shown
        }
    }

    /// A rate per inhabitant or per unit, to four decimals: "€ 0,0726". Cents are too coarse to compare rates.
    pub fn rate(self, value: Decimal) -> String {
        format_euros(value, 4, self.notation())
    }

    /// A count or a number of inhabitants, without decimals: "12.345".
    pub fn whole(self, value: Decimal) -> String {
        format_number(value, 0, self.notation())
    }
}
