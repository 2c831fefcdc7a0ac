//! Sentences with figures of the proposal to the steering group.

use super::LetterTexts;
use crate::domain::cycle::year_over_year::Presence;
use crate::text::Lang;

impl LetterTexts {
    /// Budget year, empty when unknown.
    pub fn proposal_title(&self, year: &str) -> String {
        match self.lang {
            Lang::Nl => match year {
                "" => "Voorstel aan de stuurgroep: de communitybijdrage".to_string(),
                year => format!("Voorstel aan de stuurgroep: de communitybijdrage voor {year}"),
            },
            Lang::En => match year {
                "" => "Proposal to the steering group: the community contribution".to_string(),
                year => {
                    format!("Proposal to the steering group: the community contribution for {year}")
                }
            },
        }
    }

    /// Budget year (may be empty), number of scenarios, start scenario.
    pub fn ask(&self, year: &str, count: &str, start: &str) -> String {
        match self.lang {
            Lang::Nl => match year {
        "" => format!("Kies een begroting voor het komende jaar, en stel vast hoe we de kosten verdelen. Er zijn {count} scenario's. Wij stellen {start} voor."),
        year => format!("Kies een begroting voor {year}, en stel vast hoe we de kosten verdelen. Er zijn {count} scenario's. Wij stellen {start} voor."),
    },
            Lang::En => match year {
        "" => format!("Choose a budget for the coming year, and decide how we divide the costs. There are {count} scenarios. We propose {start}."),
        year => format!("Choose a budget for {year}, and decide how we divide the costs. There are {count} scenarios. We propose {start}."),
    },
        }
    }

    /// The reference municipalities the amounts are for, as a list.
    pub fn amounts_are_for(&self, list: &str) -> String {
        match self.lang {
            Lang::Nl => format!("De bedragen per gemeente gelden voor {list}."),
            Lang::En => format!("The amounts per municipality are for {list}."),
        }
    }

    /// Name, total.
    pub fn scenario_item(&self, name: &str, total: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{name}: {total} per jaar."),
            Lang::En => format!("{name}: {total} a year."),
        }
    }

    /// "Vergeleken met 2027", or with last year when the history does not name it.
    pub fn compared_heading(&self, year: Option<u16>) -> String {
        match (self.lang, year) {
            (Lang::Nl, Some(year)) => format!("Vergeleken met {year}"),
            (Lang::Nl, None) => "Vergeleken met vorig jaar".to_string(),
            (Lang::En, Some(year)) => format!("Compared with {year}"),
            (Lang::En, None) => "Compared with last year".to_string(),
        }
    }

    /// What the members paid together last year and pay together in the adopted scenario: closed year,
    /// members then, their total, scenario, members now, their total, the change in percent (if any).
    #[allow(clippy::too_many_arguments)]
    pub fn compared_total(
        &self,
        year: Option<u16>,
        count_last: &str,
        total_last: &str,
        scenario: &str,
        count_this: &str,
        total_this: &str,
        percent: Option<&str>,
    ) -> String {
        let percent = percent.map_or(String::new(), |percent| format!(" ({percent})"));
        match (self.lang, year) {
            (Lang::Nl, Some(year)) => format!("In {year} betaalden {count_last} gemeenten samen {total_last}. In scenario {scenario} betalen {count_this} gemeenten samen {total_this}{percent}."),
            (Lang::Nl, None) => format!("Vorig jaar betaalden {count_last} gemeenten samen {total_last}. In scenario {scenario} betalen {count_this} gemeenten samen {total_this}{percent}."),
            (Lang::En, Some(year)) => format!("In {year} {count_last} municipalities paid {total_last} together. In scenario {scenario} {count_this} municipalities pay {total_this} together{percent}."),
            (Lang::En, None) => format!("Last year {count_last} municipalities paid {total_last} together. In scenario {scenario} {count_this} municipalities pay {total_this} together{percent}."),
        }
    }

    /// One named member against last year: "In 2027 betaalde Utrecht € 41.200; in scenario Streef € 43.750
    /// (+6,2%)." A member that joined is new; one that left has left.
    #[allow(clippy::too_many_arguments)]
    pub fn compared_member(
        &self,
        year: Option<u16>,
        name: &str,
        presence: Presence,
        last: &str,
        scenario: &str,
        this: &str,
        percent: Option<&str>,
    ) -> String {
        let percent = percent.map_or(String::new(), |percent| format!(" ({percent})"));
        let paid = match (self.lang, year) {
            (Lang::Nl, Some(year)) => format!("In {year} betaalde {name} {last}"),
            (Lang::Nl, None) => format!("Vorig jaar betaalde {name} {last}"),
            (Lang::En, Some(year)) => format!("In {year} {name} paid {last}"),
            (Lang::En, None) => format!("Last year {name} paid {last}"),
        };
        match (self.lang, presence) {
            (Lang::Nl, Presence::Both) => {
                format!("{paid}; in scenario {scenario} {this}{percent}.")
            }
            (Lang::En, Presence::Both) => {
                format!("{paid}; in scenario {scenario} {this}{percent}.")
            }
            (Lang::Nl, Presence::Joined) => {
                format!("{name} is nieuw: {this} in scenario {scenario}.")
            }
            (Lang::En, Presence::Joined) => {
                format!("{name} is new: {this} in scenario {scenario}.")
            }
            (Lang::Nl, Presence::Left) => format!("{paid}; {name} is uitgetreden."),
            (Lang::En, Presence::Left) => format!("{paid}; {name} has left."),
        }
    }

    /// Start scenario.
    pub fn why_heading(&self, start: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Waarom {start}?"),
            Lang::En => format!("Why {start}?"),
        }
    }

    pub fn pays_for(&self, start: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Met {start} betalen we:"),
            Lang::En => format!("With {start} we pay for:"),
        }
    }

    /// Number of municipalities, scale-up scenario, what a municipality pays then.
    pub fn scale_up(&self, count: &str, scenario: &str, pays: &str) -> String {
        match self.lang {
            Lang::Nl => format!(
                "Zodra {count} gemeenten meedoen, kunnen we opschalen naar {scenario}. {pays}"
            ),
            Lang::En => format!(
                "Once {count} municipalities take part, we can scale up to {scenario}. {pays}"
            ),
        }
    }

    pub fn pays_each(&self, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Dan betaalt elke gemeente {amount}."),
            Lang::En => format!("Then every municipality pays {amount}."),
        }
    }

    pub fn pays_average(&self, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Dan betaalt een gemeente gemiddeld {amount}."),
            Lang::En => format!("Then a municipality pays {amount} on average."),
        }
    }

    pub fn pays_sizes(&self, list: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Dan betaalt {list}."),
            Lang::En => format!("Then {list} pays."),
        }
    }

    /// Scenario, count, amount.
    pub fn break_even(&self, scenario: &str, count: &str, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Vanaf {count} gemeenten kost {scenario} elke gemeente niet meer dan {amount} per jaar."),
            Lang::En => format!("From {count} municipalities on, {scenario} costs each municipality no more than {amount} a year."),
        }
    }

    /// The same when the key makes the amount an average.
    pub fn break_even_average(&self, scenario: &str, count: &str, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Vanaf {count} gemeenten kost {scenario} een gemeente gemiddeld niet meer dan {amount} per jaar."),
            Lang::En => format!("From {count} municipalities on, {scenario} costs a municipality no more than {amount} a year on average."),
        }
    }

    /// Key name.
    pub fn key_heading(&self, key: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Verdeelsleutel: {key}"),
            Lang::En => format!("Allocation key: {key}"),
        }
    }

    pub fn key_why(&self, pros: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Waarom deze sleutel? {pros}"),
            Lang::En => format!("Why this key? {pros}"),
        }
    }

    pub fn key_watch(&self, cons: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Waar moet u op letten? {cons}"),
            Lang::En => format!("What to watch out for? {cons}"),
        }
    }

    /// When the key suits, in the guide's words.
    pub fn key_suits(&self, suits: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Deze sleutel past bij {suits}."),
            Lang::En => format!("This key suits {suits}."),
        }
    }

    /// What each budgets (may be empty), collected, missing.
    pub fn shortfall_sentence(&self, budgeted: &str, collected: &str, missing: &str) -> String {
        match self.lang {
            Lang::Nl => match budgeted {
        "" => format!("Stel: elke gemeente begroot het bedrag na groei, maar er komen geen nieuwe gemeenten bij. Dan komt er {collected} binnen en mist er {missing} per jaar."),
        budgeted => format!("Stel: elke gemeente begroot het bedrag na groei ({budgeted}), maar er komen geen nieuwe gemeenten bij. Dan komt er {collected} binnen en mist er {missing} per jaar."),
    },
            Lang::En => match budgeted {
        "" => format!("Suppose every municipality budgets its amount after growth, but no new municipalities join. Then {collected} comes in and {missing} a year is missing."),
        budgeted => format!("Suppose every municipality budgets its amount after growth ({budgeted}), but no new municipalities join. Then {collected} comes in and {missing} a year is missing."),
    },
        }
    }

    pub fn top_up_each(&self, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Elke gemeente moet dan {amount} bijstorten."),
            Lang::En => format!("Every municipality must then top up {amount}."),
        }
    }

    pub fn top_up_average(&self, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Een gemeente moet dan gemiddeld {amount} bijstorten."),
            Lang::En => format!("A municipality must then top up {amount} on average."),
        }
    }

    pub fn top_up_sizes(&self, list: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Wat een gemeente dan moet bijstorten: {list}."),
            Lang::En => format!("What a municipality must then top up: {list}."),
        }
    }

    /// From, to, years, the schedule.
    pub fn assume_growth(&self, from: &str, to: &str, years: u32, schedule: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("Groei: van {from} naar {to} gemeenten binnen {years} jaar ({schedule}).")
            }
            Lang::En => format!(
                "Growth: from {from} to {to} municipalities within {years} {} ({schedule}).",
                if years == 1 { "year" } else { "years" }
            ),
        }
    }

    /// Count, calendar year or year number.
    pub fn joining_in(&self, count: &str, calendar: Option<u16>, index: usize) -> String {
        match self.lang {
            Lang::Nl => match calendar {
                Some(year) => format!("{count} nieuwe in {year}"),
                None => format!("{count} nieuwe in jaar {}", index + 2),
            },
            Lang::En => match calendar {
                Some(year) => format!("{count} new in {year}"),
                None => format!("{count} new in year {}", index + 2),
            },
        }
    }

    pub fn assume_indexation(&self, percent: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Indexatie: de kosten stijgen {percent} per jaar."),
            Lang::En => format!("Indexation: costs rise {percent} a year."),
        }
    }

    /// Percent, scenario, amount.
    pub fn assume_reserve(&self, percent: &str, scenario: &str, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!(
                "Reserve: {percent} van de kosten in {scenario} ({amount}), voor tegenvallers."
            ),
            Lang::En => {
                format!("Reserve: {percent} of the costs in {scenario} ({amount}), for setbacks.")
            }
        }
    }

    pub fn assume_rates(&self, hourly: &str, fte: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Tarieven: {hourly} per uur en {fte} per fte per jaar."),
            Lang::En => format!("Rates: {hourly} an hour and {fte} per FTE a year."),
        }
    }

    /// Budget year (may be empty), the scenarios as a choice, start scenario.
    pub fn decide_scenario(&self, year: &str, choice: &str, start: &str) -> String {
        match self.lang {
            Lang::Nl => match year {
                "" => format!(
                    "Kies een scenario voor het komende jaar: {choice}. Ons voorstel is {start}."
                ),
                year => {
                    format!("Kies een scenario voor {year}: {choice}. Ons voorstel is {start}.")
                }
            },
            Lang::En => match year {
                "" => {
                    format!("Choose a scenario for the coming year: {choice}. We propose {start}.")
                }
                year => format!("Choose a scenario for {year}: {choice}. We propose {start}."),
            },
        }
    }

    pub fn decide_key(&self, key: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Stel de verdeelsleutel vast: {key}."),
            Lang::En => format!("Set the allocation key: {key}."),
        }
    }

    /// From, to, years.
    pub fn decide_growth(&self, from: &str, to: &str, years: u32) -> String {
        match self.lang {
            Lang::Nl => format!(
                "Stel het groeiplan vast: van {from} naar {to} gemeenten binnen {years} jaar."
            ),
            Lang::En => format!(
                "Set the growth plan: from {from} to {to} municipalities within {years} {}.",
                if years == 1 { "year" } else { "years" }
            ),
        }
    }

    /// Scenario, number of municipalities.
    pub fn decide_scale_up(&self, scenario: &str, count: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Schaal op naar {scenario} zodra {count} gemeenten meedoen."),
            Lang::En => format!("Scale up to {scenario} once {count} municipalities take part."),
        }
    }
}
