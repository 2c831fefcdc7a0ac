//! What both texts compose from the facts: amounts, the key's rule, the spending, the contact, the risks.

use rust_decimal::Decimal;

use super::LetterTexts;
use crate::domain::document::Contact;
use crate::domain::error::CalcError;
use crate::domain::letters::{
    BandPays, KeyRule, LetterFacts, PricedFor, ScenarioFigures, VariablePart,
};
use crate::domain::money::Money;
use crate::domain::notation::{format_money, format_number, format_percent_in_text, Precision};

impl LetterTexts {
    pub(super) fn euros(&self, amount: Money) -> String {
        format_money(amount, Precision::WholeEuros, self.lang.notation())
    }

    pub(super) fn amount(&self, amount: &Result<Money, CalcError>) -> String {
        match amount {
            Ok(amount) => self.euros(*amount),
            Err(_) => self.not_computable.to_string(),
        }
    }

    /// The inhabitants a band or class covers: all of them, below the next edge, between two, or from one.
    fn band_range(&self, index: usize, from: Decimal, to: Option<Decimal>) -> String {
        let from = self.number(from);
        match (index, to.map(|to| self.number(to))) {
            (0, None) => self.band_all.to_string(),
            (0, Some(to)) => self.band_below(&to),
            (_, Some(to)) => self.band_between(&from, &to),
            (_, None) => self.band_from(&from),
        }
    }

    /// A rate per inhabitant: cents are too coarse, so four decimals, as the participant table shows it.
    pub(super) fn number(&self, value: Decimal) -> String {
        format_number(value, 0, self.lang.notation())
    }

    pub(super) fn count(&self, value: usize) -> String {
        self.number(Decimal::from(value))
    }

    pub(super) fn percent(&self, value: Decimal) -> String {
        format_percent_in_text(value, self.lang.notation())
    }

    pub(super) fn reference_label(&self, priced: &PricedFor) -> String {
        match priced {
            PricedFor::Reference { name, inhabitants } => {
                self.name_with_inhabitants(name, &self.number(*inhabitants))
            }
            PricedFor::EveryMunicipality => self.per_municipality_capital.to_string(),
            PricedFor::Average => self.per_municipality_average_capital.to_string(),
        }
    }

    pub(super) fn start<'a>(&self, facts: &'a LetterFacts) -> Option<&'a ScenarioFigures> {
        facts.scenarios.get(facts.start)
    }

    pub(super) fn start_name(&self, facts: &LetterFacts) -> String {
        self.start(facts)
            .map(|scenario| scenario.name.clone())
            .unwrap_or_default()
    }

    /// A user's own text as a sentence: ending in a full stop unless it ends in punctuation already.
    pub(super) fn sentence(text: &str) -> String {
        let text = text.trim();
        match text.chars().last() {
            None => String::new(),
            Some('.' | '!' | '?' | ':') => text.to_string(),
            Some(_) => format!("{text}."),
        }
    }

    /// The amounts of one priced column for every scenario: "Minimum € 611, Streef € 2.420, Wens € 5.500"
    /// today, and "€ 367, € 1.452, € 3.300" after growth.
    pub(super) fn column_amounts(&self, facts: &LetterFacts, column: usize) -> (String, String) {
        let now: Vec<String> = facts
            .scenarios
            .iter()
            .map(|scenario| {
                let amount = scenario.now.get(column).map(|a| self.amount(a));
                format!("{} {}", scenario.name, amount.unwrap_or_default())
            })
            .collect();
        let grown: Vec<String> = facts
            .scenarios
            .iter()
            .map(|scenario| {
                scenario
                    .grown
                    .get(column)
                    .map(|a| self.amount(a))
                    .unwrap_or_default()
            })
            .collect();
        (now.join(", "), grown.join(", "))
    }

    pub(super) fn with_growth(&self, facts: &LetterFacts) -> Option<String> {
        facts
            .growth
            .as_ref()
            .map(|growth| self.with_growth_to(&self.count(growth.to)))
    }

    pub(super) fn bounds(&self, facts: &LetterFacts) -> Option<String> {
        let minimum = facts.key.minimum.map(|amount| self.euros(amount));
        let maximum = facts.key.maximum.map(|amount| self.euros(amount));
        match (minimum, maximum) {
            (Some(minimum), Some(maximum)) => Some(self.between(&minimum, &maximum)),
            (Some(minimum), None) => Some(self.at_least(&minimum)),
            (None, Some(maximum)) => Some(self.at_most(&maximum)),
            (None, None) => None,
        }
    }

    /// The key's rule in a sentence or two (a list of bands for the staffel key), and its bounds.
    pub(super) fn key_rule(&self, facts: &LetterFacts) -> Vec<String> {
        let start = self.start_name(facts);
        let mut lines = Vec::new();
        let rate_sentence = |rate: &Result<Decimal, CalcError>| {
            rate.as_ref()
                .ok()
                .map(|rate| self.rate_in(&start, &self.lang.rate(*rate)))
        };
        match &facts.key.rule {
            KeyRule::Equal => lines.push(self.rule_equal.to_string()),
            KeyRule::Inhabitants { rate } => {
                let mut line = self.rule_inhabitants.to_string();
                if let Some(rate) = rate_sentence(rate) {
                    line.push(' ');
                    line.push_str(&rate);
                }
                lines.push(line);
            }
            KeyRule::Usage { metric } => lines.push(self.rule_usage(metric.trim())),
            KeyRule::Staffel { bands, marginal } => {
                lines.push(if *marginal {
                    format!("{} {start}:", self.lang.ways_to_pay().marginal_rule)
                } else {
                    self.rule_staffel(&start)
                });
                for (index, band) in bands.iter().enumerate() {
                    let range = self.band_range(index, band.from_inhabitants, band.to_inhabitants);
                    let pays = match &band.pays {
                        BandPays::PerInhabitant(Ok(rate)) => {
                            format!("{} {}", self.lang.rate(*rate), self.per_inhabitant)
                        }
                        BandPays::PerMunicipality(Ok(amount)) => {
                            format!("{} {}", self.euros(*amount), self.per_municipality)
                        }
                        BandPays::PerInhabitant(Err(_)) | BandPays::PerMunicipality(Err(_)) => {
                            self.not_computable.to_string()
                        }
                    };
                    lines.push(format!("- {range}: {pays}"));
                }
            }
            KeyRule::Tariffs { classes } => {
                lines.push(self.lang.ways_to_pay().tariff_rule.to_string());
                for (index, class) in classes.iter().enumerate() {
                    let range =
                        self.band_range(index, class.from_inhabitants, class.to_inhabitants);
                    let amount = class.amount.map_or_else(
                        || self.not_computable.to_string(),
                        |amount| self.euros(amount),
                    );
                    lines.push(format!("- {} ({range}): {amount}", class.name));
                }
            }
            KeyRule::Hybrid {
                base,
                base_from_lines,
                variable,
            } => {
                let base = self.amount(base);
                lines.push(if *base_from_lines {
                    self.rule_hybrid_lines(&start, &base)
                } else {
                    self.rule_hybrid_fixed(&base)
                });
                lines.push(match variable {
                    VariablePart::Inhabitants { rate: Ok(rate) } => {
                        self.rule_hybrid_rest_inhabitants(&start, &self.lang.rate(*rate))
                    }
                    VariablePart::Inhabitants { rate: Err(_) } => {
                        self.rule_hybrid_rest_inhabitants_plain.to_string()
                    }
                    VariablePart::Usage { metric } => self.rule_hybrid_rest_usage(metric.trim()),
                });
            }
        }
        if let Some(bounds) = self.bounds(facts) {
            lines.push(bounds);
        }
        if facts.key.custom_work {
            lines.push(self.custom_work.to_string());
        }
        lines
    }

    pub(super) fn spending(&self, facts: &LetterFacts) -> Vec<String> {
        let mut lines: Vec<String> = facts
            .spending
            .categories
            .iter()
            .map(|(category, amount)| {
                format!(
                    "- {}: {}",
                    self.lang.texts().category_name(*category),
                    self.euros(*amount)
                )
            })
            .collect();
        if !facts.spending.reserve.is_zero() {
            lines.push(format!(
                "- {}",
                self.reserve_item(
                    &self.percent(facts.spending.reserve_percent),
                    &self.euros(facts.spending.reserve)
                )
            ));
        }
        lines
    }

    pub(super) fn contact(&self, contact: &Contact) -> Vec<String> {
        let who: Vec<&str> = [contact.name.as_str(), contact.email.as_str()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect();
        let mut lines = Vec::new();
        match who.as_slice() {
            [] => {}
            [one] => lines.push(self.contact_with(one)),
            [name, email] => lines.push(self.contact_with(&format!("{name} ({email})"))),
            _ => {}
        }
        if !contact.website.is_empty() {
            lines.push(self.contact_website(&contact.website));
        }
        lines
    }

    /// What a municipality pays in one scenario after growth, for the scale-up sentence.
    pub(super) fn pays_after_growth(
        &self,
        facts: &LetterFacts,
        scenario: &ScenarioFigures,
    ) -> String {
        match facts.priced.as_slice() {
            [PricedFor::EveryMunicipality] => self.pays_each(&self.amount_at(&scenario.grown, 0)),
            [PricedFor::Average] => self.pays_average(&self.amount_at(&scenario.grown, 0)),
            priced => {
                let sizes: Vec<String> = priced
                    .iter()
                    .enumerate()
                    .map(|(column, priced)| {
                        let name = match priced {
                            PricedFor::Reference { name, .. } => name.clone(),
                            _ => String::new(),
                        };
                        format!("{name} {}", self.amount_at(&scenario.grown, column))
                    })
                    .collect();
                self.pays_sizes(&self.lang.texts().list_and(&sizes))
            }
        }
    }

    pub(super) fn amount_at(&self, amounts: &[Result<Money, CalcError>], column: usize) -> String {
        amounts
            .get(column)
            .map(|amount| self.amount(amount))
            .unwrap_or_else(|| self.not_computable.to_string())
    }

    /// The warnings that concern the proposal, worded as risks.
    pub(super) fn cautions(&self, facts: &LetterFacts) -> Vec<String> {
        let guide = self.lang.guide();
        let mut cautions = Vec::new();
        if let Some(reserve) = facts.cautions.reserve {
            cautions.push(guide.reserve(reserve).to_string());
        }
        let names: Vec<String> = facts.scenarios.iter().map(|s| s.name.clone()).collect();
        for warning in &facts.cautions.equal_key {
            cautions.push(guide.equal_key_warning(warning, &names));
        }
        if let Some(base) = &facts.cautions.hybrid_base {
            cautions.push(guide.hybrid_base_warning(base, &names).join(" "));
        }
        cautions
    }
}
