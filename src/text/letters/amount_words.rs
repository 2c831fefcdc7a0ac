//! Sentences with figures on the key and the amounts, used by both texts.

use super::LetterTexts;
use crate::text::Lang;

/// The sentences with something filled in, in the language of these texts.
impl LetterTexts {
    /// Number of municipalities after growth.
    pub fn with_growth_to(&self, count: &str) -> String {
        match self.lang {
            Lang::Nl => format!("bij groei naar {count} gemeenten"),
            Lang::En => format!("with growth to {count} municipalities"),
        }
    }

    /// Name, inhabitants.
    pub fn name_with_inhabitants(&self, name: &str, inhabitants: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{name} ({inhabitants} inwoners)"),
            Lang::En => format!("{name} ({inhabitants} inhabitants)"),
        }
    }

    /// Scenario, rate.
    pub fn rate_in(&self, scenario: &str, rate: &str) -> String {
        match self.lang {
            Lang::Nl => format!("In {scenario} is dat nu {rate} per inwoner."),
            Lang::En => format!("In {scenario} that is {rate} per inhabitant today."),
        }
    }

    /// The usage metric (may be empty).
    pub fn rule_usage(&self, metric: &str) -> String {
        match self.lang {
            Lang::Nl => match metric {
        "" => "We verdelen de kosten naar gebruik: wie meer gebruikt, betaalt meer.".to_string(),
        metric => format!("We verdelen de kosten naar gebruik ({metric}): wie meer gebruikt, betaalt meer."),
    },
            Lang::En => match metric {
        "" => "We divide the costs by usage: whoever uses more, pays more.".to_string(),
        metric => format!("We divide the costs by usage ({metric}): whoever uses more, pays more."),
    },
        }
    }

    /// Scenario.
    pub fn rule_staffel(&self, scenario: &str) -> String {
        match self.lang {
            Lang::Nl => format!("We verdelen de kosten naar inwonertal, in klassen (een staffel). In {scenario} betaalt een gemeente nu:"),
            Lang::En => format!("We divide the costs by number of inhabitants, in size bands. In {scenario} a municipality pays today:"),
        }
    }

    /// From, to: a band's range of inhabitants ("van 5.000 tot 25.000 inwoners").
    pub fn band_between(&self, from: &str, to: &str) -> String {
        match self.lang {
            Lang::Nl => format!("van {from} tot {to} inwoners"),
            Lang::En => format!("from {from} to {to} inhabitants"),
        }
    }

    pub fn band_below(&self, to: &str) -> String {
        match self.lang {
            Lang::Nl => format!("tot {to} inwoners"),
            Lang::En => format!("below {to} inhabitants"),
        }
    }

    pub fn band_from(&self, from: &str) -> String {
        match self.lang {
            Lang::Nl => format!("vanaf {from} inwoners"),
            Lang::En => format!("from {from} inhabitants"),
        }
    }

    /// The fixed base amount.
    pub fn rule_hybrid_fixed(&self, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Elke gemeente betaalt hetzelfde basisdeel van {amount} per jaar."),
            Lang::En => format!("Every municipality pays the same base part of {amount} a year."),
        }
    }

    /// Scenario, the base lines' share per municipality.
    pub fn rule_hybrid_lines(&self, scenario: &str, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Elke gemeente betaalt een gelijk deel van het basisbeheer: in {scenario} nu {amount}."),
            Lang::En => format!("Every municipality pays an equal part of the basic upkeep: {amount} in {scenario} today."),
        }
    }

    /// Scenario, rate.
    pub fn rule_hybrid_rest_inhabitants(&self, scenario: &str, rate: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("De rest verdelen we naar inwoners: in {scenario} nu {rate} per inwoner.")
            }
            Lang::En => format!(
                "We divide the rest by inhabitants: {rate} per inhabitant in {scenario} today."
            ),
        }
    }

    pub fn rule_hybrid_rest_usage(&self, metric: &str) -> String {
        match self.lang {
            Lang::Nl => match metric {
                "" => "De rest verdelen we naar gebruik.".to_string(),
                metric => format!("De rest verdelen we naar gebruik ({metric})."),
            },
            Lang::En => match metric {
                "" => "We divide the rest by usage.".to_string(),
                metric => format!("We divide the rest by usage ({metric})."),
            },
        }
    }

    pub fn at_least(&self, minimum: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Elke gemeente betaalt minstens {minimum}."),
            Lang::En => format!("Every municipality pays at least {minimum}."),
        }
    }

    pub fn at_most(&self, maximum: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Elke gemeente betaalt hoogstens {maximum}."),
            Lang::En => format!("Every municipality pays at most {maximum}."),
        }
    }

    pub fn between(&self, minimum: &str, maximum: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Elke gemeente betaalt minstens {minimum} en hoogstens {maximum}."),
            Lang::En => {
                format!("Every municipality pays at least {minimum} and at most {maximum}.")
            }
        }
    }
}
