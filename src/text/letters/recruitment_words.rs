//! Sentences with figures of the recruitment letter (and its contact lines, which the proposal shares).

use super::LetterTexts;
use crate::text::Lang;

impl LetterTexts {
    pub fn recruit_title(&self, name: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Doe mee met {name}"),
            Lang::En => format!("Join {name}"),
        }
    }

    /// Number of municipalities today.
    pub fn recruit_intro(&self, count: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{count} gemeenten maken en onderhouden deze software samen. Zij delen de kosten: elke gemeente betaalt een bijdrage per jaar."),
            Lang::En => format!("{count} municipalities build and maintain this software together. They share the costs: every municipality pays a contribution each year."),
        }
    }

    /// The budget year, empty when unknown.
    pub fn what_pays_heading(&self, year: &str) -> String {
        match self.lang {
            Lang::Nl => match year {
                "" => "Wat betaalt een gemeente per jaar?".to_string(),
                year => format!("Wat betaalt een gemeente in {year}?"),
            },
            Lang::En => match year {
                "" => "What does a municipality pay per year?".to_string(),
                year => format!("What does a municipality pay in {year}?"),
            },
        }
    }

    /// The proposed (start) scenario.
    pub fn proposal_is(&self, scenario: &str) -> String {
        match self.lang {
            Lang::Nl => format!("De stuurgroep kiest het scenario. Ons voorstel is {scenario}."),
            Lang::En => format!("The steering group chooses the scenario. We propose {scenario}."),
        }
    }

    /// Scenario, total.
    pub fn costs_per_year(&self, scenario: &str, total: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{scenario} kost {total} per jaar."),
            Lang::En => format!("{scenario} costs {total} a year."),
        }
    }

    /// Percent, amount.
    pub fn reserve_item(&self, percent: &str, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Reserve voor tegenvallers ({percent}): {amount}"),
            Lang::En => format!("Reserve for setbacks ({percent}): {amount}"),
        }
    }

    /// From, to, years, target year (may be empty).
    pub fn growth_plan(&self, from: &str, to: &str, years: u32, target_year: &str) -> String {
        match self.lang {
            Lang::Nl => match target_year {
                "" => format!("Ons plan: van {from} naar {to} gemeenten binnen {years} jaar."),
                year => format!(
                    "Ons plan: van {from} naar {to} gemeenten binnen {years} jaar, dus in {year}."
                ),
            },
            Lang::En => match target_year {
                "" => format!(
                    "Our plan: from {from} to {to} municipalities within {years} {}.",
                    if years == 1 { "year" } else { "years" }
                ),
                year => format!(
                    "Our plan: from {from} to {to} municipalities within {years} {}, so by {year}.",
                    if years == 1 { "year" } else { "years" }
                ),
            },
        }
    }

    /// Number after growth, percent.
    pub fn drop_sentence(&self, count: &str, percent: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Met {count} gemeenten betaalt elke gemeente {percent} minder."),
            Lang::En => {
                format!("With {count} municipalities every municipality pays {percent} less.")
            }
        }
    }

    /// Who (name and e-mail).
    pub fn contact_with(&self, who: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Neem contact op met {who}."),
            Lang::En => format!("Get in touch with {who}."),
        }
    }

    pub fn contact_website(&self, website: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Kijk ook op {website}."),
            Lang::En => format!("See also {website}."),
        }
    }
}
