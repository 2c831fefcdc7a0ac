//! The two generated texts: a recruitment letter ("Doe mee") for municipalities that consider joining, and
//! a proposal to the steering group with the choice it has to make. The facts come from
//! `domain::letters`; fixed sentences are fields of [`LetterTexts`], sentences with figures its methods, so
//! the Dutch and English texts have the same parts in the same order and a missing translation does not
//! compile.
//! The texts are plain text that also reads as Markdown: headings on their own line, lists with "- ".

use rust_decimal::Decimal;

use crate::domain::advice::KeyFit;
use crate::domain::document::Contact;
use crate::domain::error::CalcError;
use crate::domain::letters::{
    BandPays, KeyRule, LetterFacts, PricedFor, ScenarioFigures, VariablePart,
};
use crate::domain::money::Money;
use crate::domain::notation::{format_money, format_number, format_percent_in_text, Precision};

use super::Lang;

pub struct LetterTexts {
    pub lang: Lang,
    // Amounts
    pub not_computable: &'static str,
    pub per_municipality: &'static str,
    pub per_municipality_average: &'static str,
    pub per_municipality_capital: &'static str,
    pub per_municipality_average_capital: &'static str,
    // The key's rule
    pub rule_equal: &'static str,
    pub rule_inhabitants: &'static str,
    pub band_all: &'static str,
    pub per_inhabitant: &'static str,
    pub rule_hybrid_rest_inhabitants_plain: &'static str,
    pub custom_work: &'static str,
    pub voluntary: &'static str,
    pub sizes_intro: &'static str,
    pub spending_heading: &'static str,
    pub growth_heading: &'static str,
    pub more_means_less: &'static str,
    pub more_heading: &'static str,
    pub contact_none: &'static str,
    pub ask_heading: &'static str,
    pub scenarios_heading: &'static str,
    pub proposed_mark: &'static str,
    pub shortfall_heading: &'static str,
    pub shortfall_unknown: &'static str,
    pub shortfall_proposal: &'static str,
    pub no_growth_fallback: &'static str,
    pub assumptions_heading: &'static str,
    pub assume_no_growth: &'static str,
    pub risks_heading: &'static str,
    pub risk_growth: &'static str,
    pub risk_leaving: &'static str,
    pub risk_costs: &'static str,
    pub decisions_heading: &'static str,
    pub decide_top_up: &'static str,
    pub decide_review: &'static str,
    pub notes_heading: &'static str,
    pub contact_heading: &'static str,
}

fn year_text(year: Option<u16>) -> String {
    year.map(|year| year.to_string()).unwrap_or_default()
}

pub static NL: LetterTexts = LetterTexts {
    lang: Lang::Nl,
    not_computable: "niet te berekenen",
    per_municipality: "per gemeente",
    per_municipality_average: "gemiddeld per gemeente",
    per_municipality_capital: "Per gemeente",
    per_municipality_average_capital: "Gemiddeld per gemeente",
    rule_equal: "We verdelen de kosten gelijk: elke gemeente betaalt hetzelfde bedrag.",
    rule_inhabitants: "We verdelen de kosten naar inwoners: een grote gemeente betaalt meer dan een kleine.",
    band_all: "elke gemeente",
    per_inhabitant: "per inwoner",
    rule_hybrid_rest_inhabitants_plain: "De rest verdelen we naar inwoners.",
    custom_work: "Maatwerk voor één gemeente betaalt die gemeente zelf, bovenop de bijdrage.",
    voluntary: "Meedoen is vrijwillig. Uw gemeente beslist zelf of zij meedoet en meebetaalt.",
    sizes_intro: "Wat een gemeente per jaar betaalt:",
    spending_heading: "Waar gaat het geld naartoe?",
    growth_heading: "Samen wordt het goedkoper",
    more_means_less: "Hoe meer gemeenten meedoen, hoe minder elke gemeente betaalt.",
    more_heading: "Meer weten?",
    contact_none: "Neem contact op met de coördinator van de samenwerking.",
    ask_heading: "Wat vragen we van de stuurgroep?",
    scenarios_heading: "De scenario's",
    proposed_mark: "ons voorstel",
    shortfall_heading: "Als de groei tegenvalt",
    shortfall_unknown: "Met deze verdeelsleutel is het tekort niet te berekenen.",
    shortfall_proposal: "Ons voorstel: spreek nu af dat gemeenten bijstorten als de groei achterblijft. Kijk na 6 maanden of de groei op schema ligt.",
    no_growth_fallback: "Het voorstel rekent niet met nieuwe gemeenten. Als een gemeente stopt, betalen de andere meer. Spreek daarom af dat gemeenten dan bijstorten.",
    assumptions_heading: "Aannames",
    assume_no_growth: "Groei: we rekenen niet met nieuwe gemeenten.",
    risks_heading: "Risico's",
    risk_growth: "De groei blijft uit of komt later. Dan moeten gemeenten bijstorten (zie hierboven).",
    risk_leaving: "Een gemeente stopt. Dan betalen de andere gemeenten meer.",
    risk_costs: "De kosten vallen hoger uit. De reserve vangt een deel op; de rest bespreekt de stuurgroep.",
    decisions_heading: "Besluitpunten",
    decide_top_up: "Spreek af dat gemeenten bijstorten als de groei achterblijft. Kijk na 6 maanden hoe het gaat.",
    decide_review: "Bespreek de bijdrage elk jaar opnieuw, met de werkelijke uitgaven erbij.",
    notes_heading: "Toelichting",
    contact_heading: "Contact",
};

pub static EN: LetterTexts = LetterTexts {
    lang: Lang::En,
    not_computable: "cannot be computed",
    per_municipality: "per municipality",
    per_municipality_average: "on average per municipality",
    per_municipality_capital: "Per municipality",
    per_municipality_average_capital: "On average per municipality",
    rule_equal: "We divide the costs equally: every municipality pays the same amount.",
    rule_inhabitants: "We divide the costs by inhabitants: a large municipality pays more than a small one.",
    band_all: "every municipality",
    per_inhabitant: "per inhabitant",
    rule_hybrid_rest_inhabitants_plain: "We divide the rest by inhabitants.",
    custom_work: "Custom work for one municipality is paid by that municipality, on top of its contribution.",
    voluntary: "Taking part is voluntary. Your municipality decides for itself whether it joins and pays.",
    sizes_intro: "What a municipality pays per year:",
    spending_heading: "Where does the money go?",
    growth_heading: "Together it gets cheaper",
    more_means_less: "The more municipalities take part, the less each one pays.",
    more_heading: "Want to know more?",
    contact_none: "Get in touch with the coordinator of the collaboration.",
    ask_heading: "What do we ask of the steering group?",
    scenarios_heading: "The scenarios",
    proposed_mark: "our proposal",
    shortfall_heading: "If growth falls short",
    shortfall_unknown: "With this allocation key the shortfall cannot be computed.",
    shortfall_proposal: "We propose: agree now that municipalities top up if growth falls behind. Check after 6 months whether growth is on schedule.",
    no_growth_fallback: "The proposal counts on no new municipalities. If a municipality leaves, the others pay more. So agree that municipalities then top up.",
    assumptions_heading: "Assumptions",
    assume_no_growth: "Growth: we count on no new municipalities.",
    risks_heading: "Risks",
    risk_growth: "Growth fails to come, or comes later. Then municipalities must top up (see above).",
    risk_leaving: "A municipality leaves. Then the other municipalities pay more.",
    risk_costs: "Costs turn out higher. The reserve covers part of it; the steering group discusses the rest.",
    decisions_heading: "Points for decision",
    decide_top_up: "Agree that municipalities top up if growth falls behind. Check after 6 months how it goes.",
    decide_review: "Discuss the contribution again every year, with the actual spend beside it.",
    notes_heading: "Notes",
    contact_heading: "Contact",
};

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

impl LetterTexts {
    fn euros(&self, amount: Money) -> String {
        format_money(amount, Precision::WholeEuros, self.lang.notation())
    }

    fn amount(&self, amount: &Result<Money, CalcError>) -> String {
        match amount {
            Ok(amount) => self.euros(*amount),
            Err(_) => self.not_computable.to_string(),
        }
    }

    /// A rate per inhabitant: cents are too coarse, so four decimals, as the participant table shows it.
    fn number(&self, value: Decimal) -> String {
        format_number(value, 0, self.lang.notation())
    }

    fn count(&self, value: usize) -> String {
        self.number(Decimal::from(value))
    }

    fn percent(&self, value: Decimal) -> String {
        format_percent_in_text(value, self.lang.notation())
    }

    fn reference_label(&self, priced: &PricedFor) -> String {
        match priced {
            PricedFor::Reference { name, inhabitants } => {
                self.name_with_inhabitants(name, &self.number(*inhabitants))
            }
            PricedFor::EveryMunicipality => self.per_municipality_capital.to_string(),
            PricedFor::Average => self.per_municipality_average_capital.to_string(),
        }
    }

    fn start<'a>(&self, facts: &'a LetterFacts) -> Option<&'a ScenarioFigures> {
        facts.scenarios.get(facts.start)
    }

    fn start_name(&self, facts: &LetterFacts) -> String {
        self.start(facts)
            .map(|scenario| scenario.name.clone())
            .unwrap_or_default()
    }

    /// A user's own text as a sentence: ending in a full stop unless it ends in punctuation already.
    fn sentence(text: &str) -> String {
        let text = text.trim();
        match text.chars().last() {
            None => String::new(),
            Some('.' | '!' | '?' | ':') => text.to_string(),
            Some(_) => format!("{text}."),
        }
    }

    /// The amounts of one priced column for every scenario: "Minimum € 611, Streef € 2.420, Wens € 5.500"
    /// today, and "€ 367, € 1.452, € 3.300" after growth.
    fn column_amounts(&self, facts: &LetterFacts, column: usize) -> (String, String) {
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

    fn with_growth(&self, facts: &LetterFacts) -> Option<String> {
        facts
            .growth
            .as_ref()
            .map(|growth| self.with_growth_to(&self.count(growth.to)))
    }

    fn bounds(&self, facts: &LetterFacts) -> Option<String> {
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
    fn key_rule(&self, facts: &LetterFacts) -> Vec<String> {
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
                    let from = self.number(band.from_inhabitants);
                    let to = band.to_inhabitants.map(|to| self.number(to));
                    let range = match (index, to) {
                        (0, None) => self.band_all.to_string(),
                        (0, Some(to)) => self.band_below(&to),
                        (_, Some(to)) => self.band_between(&from, &to),
                        (_, None) => self.band_from(&from),
                    };
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
                    let from = self.number(class.from_inhabitants);
                    let to = class.to_inhabitants.map(|to| self.number(to));
                    let range = match (index, to) {
                        (0, None) => self.band_all.to_string(),
                        (0, Some(to)) => self.band_below(&to),
                        (_, Some(to)) => self.band_between(&from, &to),
                        (_, None) => self.band_from(&from),
                    };
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

    fn spending(&self, facts: &LetterFacts) -> Vec<String> {
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

    fn contact(&self, contact: &Contact) -> Vec<String> {
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
    fn pays_after_growth(&self, facts: &LetterFacts, scenario: &ScenarioFigures) -> String {
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

    fn amount_at(&self, amounts: &[Result<Money, CalcError>], column: usize) -> String {
        amounts
            .get(column)
            .map(|amount| self.amount(amount))
            .unwrap_or_else(|| self.not_computable.to_string())
    }

    /// The letter to municipalities that consider joining.
    pub fn recruitment(&self, facts: &LetterFacts) -> String {
        let year = year_text(facts.budget_year);
        let mut out: Vec<String> = vec![self.recruit_title(&facts.collaboration)];
        out.push(String::new());
        out.push(self.recruit_intro(&self.count(facts.participants_now)));
        out.push(self.voluntary.to_string());
        out.push(String::new());

        out.push(self.what_pays_heading(&year));
        out.extend(self.key_rule(facts));
        let growth = self.with_growth(facts);
        match facts.priced.as_slice() {
            [single @ (PricedFor::EveryMunicipality | PricedFor::Average)] => {
                let (now, grown) = self.column_amounts(facts, 0);
                let per = match single {
                    PricedFor::Average => self.per_municipality_average,
                    _ => self.per_municipality,
                };
                out.push(match &growth {
                    Some(growth) => format!("{now} {per}; {growth} {grown}."),
                    None => format!("{now} {per}."),
                });
            }
            priced => {
                out.push(self.sizes_intro.to_string());
                for (column, reference) in priced.iter().enumerate() {
                    let (now, grown) = self.column_amounts(facts, column);
                    let label = self.reference_label(reference);
                    out.push(match &growth {
                        Some(growth) => format!("- {label}: {now}; {growth} {grown}"),
                        None => format!("- {label}: {now}"),
                    });
                }
            }
        }
        out.push(self.proposal_is(&self.start_name(facts)));
        out.push(String::new());

        if let Some(start) = self.start(facts) {
            out.push(self.spending_heading.to_string());
            let mut costs = self.costs_per_year(&start.name, &self.euros(start.total));
            let purpose = Self::sentence(&start.purpose);
            if !purpose.is_empty() {
                costs.push(' ');
                costs.push_str(&purpose);
            }
            out.push(costs);
            out.extend(self.spending(facts));
            out.push(String::new());
        }

        if let Some(plan) = &facts.growth {
            out.push(self.growth_heading.to_string());
            let mut line = self.more_means_less.to_string();
            line.push(' ');
            line.push_str(&self.growth_plan(
                &self.count(plan.from),
                &self.count(plan.to),
                plan.years,
                &year_text(plan.target_year),
            ));
            if let Some(percent) = facts.growth_drop_percent {
                line.push(' ');
                line.push_str(&self.drop_sentence(&self.count(plan.to), &self.percent(percent)));
            }
            out.push(line);
            out.push(String::new());
        }

        out.push(self.more_heading.to_string());
        let contact = self.contact(&facts.contact);
        if contact.is_empty() {
            out.push(self.contact_none.to_string());
        } else {
            out.extend(contact);
        }
        finish(out)
    }

    /// The proposal to the steering group: the choice it makes, with what each option means.
    pub fn proposal(&self, facts: &LetterFacts) -> String {
        let lang = self.lang;
        let guide = lang.guide();
        let insight = lang.insight();
        let year = year_text(facts.budget_year);
        let start_name = self.start_name(facts);
        let key_name = self.lang.texts().key_name(facts.key.kind);
        let growth = self.with_growth(facts);
        let mut out: Vec<String> = vec![
            self.proposal_title(&year),
            facts.collaboration.clone(),
            String::new(),
            self.ask_heading.to_string(),
            self.ask(&year, &self.count(facts.scenarios.len()), &start_name),
            String::new(),
            self.scenarios_heading.to_string(),
        ];
        let references: Vec<String> = facts
            .priced
            .iter()
            .filter(|priced| matches!(priced, PricedFor::Reference { .. }))
            .map(|priced| self.reference_label(priced))
            .collect();
        if !references.is_empty() {
            out.push(self.amounts_are_for(&self.lang.texts().list_and(&references)));
        }
        for (index, scenario) in facts.scenarios.iter().enumerate() {
            let name = if index == facts.start {
                format!("{} ({})", scenario.name, self.proposed_mark)
            } else {
                scenario.name.clone()
            };
            let mut line = format!(
                "- {}",
                self.scenario_item(&name, &self.euros(scenario.total))
            );
            let purpose = Self::sentence(&scenario.purpose);
            if !purpose.is_empty() {
                line.push(' ');
                line.push_str(&purpose);
            }
            out.push(line);
            let amounts = |values: &[Result<Money, CalcError>]| -> String {
                match facts.priced.as_slice() {
                    [PricedFor::EveryMunicipality | PricedFor::Average] => {
                        self.amount_at(values, 0)
                    }
                    priced => priced
                        .iter()
                        .enumerate()
                        .map(|(column, priced)| {
                            let name = match priced {
                                PricedFor::Reference { name, .. } => name.as_str(),
                                _ => "",
                            };
                            format!("{name} {}", self.amount_at(values, column))
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                }
            };
            let label = match facts.priced.as_slice() {
                [PricedFor::EveryMunicipality] => format!("{} ", self.per_municipality_capital),
                [PricedFor::Average] => format!("{} ", self.per_municipality_average_capital),
                _ => String::new(),
            };
            let now = amounts(&scenario.now);
            out.push(match &growth {
                Some(growth) => format!("  {label}{now}; {growth} {}.", amounts(&scenario.grown)),
                None => format!("  {label}{now}."),
            });
        }
        out.push(String::new());

        out.push(self.why_heading(&start_name));
        out.push(self.pays_for(&start_name));
        out.extend(self.spending(facts));
        if let (Some(scale_up), Some(plan)) = (
            facts.scale_up.and_then(|index| facts.scenarios.get(index)),
            &facts.growth,
        ) {
            out.push(self.scale_up(
                &self.count(plan.to),
                &scale_up.name,
                &self.pays_after_growth(facts, scale_up),
            ));
        }
        if let Some(break_even) = &facts.break_even {
            let (scenario, count, amount) = (
                &break_even.scenario_name,
                &self.number(Decimal::from(break_even.count)),
                &self.euros(break_even.reference_amount),
            );
            out.push(match facts.priced.as_slice() {
                [PricedFor::EveryMunicipality] => self.break_even(scenario, count, amount),
                _ => self.break_even_average(scenario, count, amount),
            });
        }
        out.push(String::new());

        out.push(self.key_heading(key_name));
        out.extend(self.key_rule(facts));
        out.push(self.key_why(guide.pros(facts.key.kind)));
        out.push(self.key_watch(&guide.cons_with_edges(facts.key.kind, facts.key.edges.as_ref())));
        out.push(self.key_suits(insight.key_suits(facts.key.kind)));
        let level = insight.level_name(facts.level);
        let advised: Vec<String> = facts
            .key
            .advised
            .iter()
            .map(|key| self.lang.texts().key_name(*key).to_string())
            .collect();
        if facts.key.fit != KeyFit::NoContributionYet {
            out.push(guide.key_fit(facts.key.fit, level, &self.lang.texts().list_or(&advised)));
        }
        out.push(String::new());

        out.push(self.shortfall_heading.to_string());
        match (&facts.shortfall, facts.priced.as_slice()) {
            (Ok(Some(shortfall)), priced) => {
                let start = self.start(facts);
                let budgeted = match priced {
                    [PricedFor::EveryMunicipality] => format!(
                        "{} {}",
                        start.map_or(String::new(), |start| self.amount_at(&start.grown, 0)),
                        self.per_municipality
                    ),
                    _ => String::new(),
                };
                out.push(self.shortfall_sentence(
                    &budgeted,
                    &self.euros(shortfall.collected),
                    &self.euros(shortfall.missing),
                ));
                out.push(match priced {
                    [PricedFor::EveryMunicipality] => {
                        self.top_up_each(&self.euros(shortfall.per_municipality))
                    }
                    [PricedFor::Average] => {
                        self.top_up_average(&self.euros(shortfall.per_municipality))
                    }
                    priced => {
                        let sizes: Vec<String> = priced
                            .iter()
                            .enumerate()
                            .filter_map(|(column, priced)| match priced {
                                PricedFor::Reference { name, .. } => Some(format!(
                                    "{name} {}",
                                    self.amount_at(&shortfall.per_reference, column)
                                )),
                                _ => None,
                            })
                            .collect();
                        self.top_up_sizes(&self.lang.texts().list_and(&sizes))
                    }
                });
                out.push(self.shortfall_proposal.to_string());
            }
            (Ok(None), _) => out.push(self.no_growth_fallback.to_string()),
            (Err(_), _) => {
                out.push(self.shortfall_unknown.to_string());
                out.push(self.shortfall_proposal.to_string());
            }
        }
        out.push(String::new());

        out.push(self.assumptions_heading.to_string());
        match &facts.growth {
            Some(plan) => {
                let schedule: Vec<String> = plan
                    .joining
                    .iter()
                    .enumerate()
                    .map(|(index, (calendar, count))| {
                        self.joining_in(&self.count(*count as usize), *calendar, index)
                    })
                    .collect();
                out.push(format!(
                    "- {}",
                    self.assume_growth(
                        &self.count(plan.from),
                        &self.count(plan.to),
                        plan.years,
                        &self.lang.texts().list_and(&schedule)
                    )
                ));
            }
            None => out.push(format!("- {}", self.assume_no_growth)),
        }
        out.push(format!(
            "- {}",
            self.assume_indexation(&self.percent(facts.indexation_percent))
        ));
        out.push(format!(
            "- {}",
            self.assume_reserve(
                &self.percent(facts.spending.reserve_percent),
                &start_name,
                &self.euros(facts.spending.reserve)
            )
        ));
        out.push(format!(
            "- {}",
            self.assume_rates(&self.euros(facts.hourly_rate), &self.euros(facts.fte_cost))
        ));
        out.push(String::new());

        out.push(self.risks_heading.to_string());
        if facts.growth.is_some() {
            out.push(format!("- {}", self.risk_growth));
        }
        out.push(format!("- {}", self.risk_leaving));
        out.push(format!("- {}", self.risk_costs));
        for caution in self.cautions(facts) {
            out.push(format!("- {caution}"));
        }
        out.push(String::new());

        out.push(self.decisions_heading.to_string());
        let names: Vec<String> = facts.scenarios.iter().map(|s| s.name.clone()).collect();
        let mut decisions = vec![
            self.decide_scenario(&year, &self.lang.texts().list_or(&names), &start_name),
            self.decide_key(key_name),
        ];
        if let Some(plan) = &facts.growth {
            decisions.push(self.decide_growth(
                &self.count(plan.from),
                &self.count(plan.to),
                plan.years,
            ));
            decisions.push(self.decide_top_up.to_string());
            if let Some(scale_up) = facts.scale_up.and_then(|index| facts.scenarios.get(index)) {
                decisions.push(self.decide_scale_up(&scale_up.name, &self.count(plan.to)));
            }
        }
        decisions.push(self.decide_review.to_string());
        for (number, decision) in decisions.iter().enumerate() {
            out.push(format!("{}. {decision}", number + 1));
        }

        if !facts.notes.is_empty() {
            out.push(String::new());
            out.push(self.notes_heading.to_string());
            out.push(facts.notes.clone());
        }
        let contact = self.contact(&facts.contact);
        if !contact.is_empty() {
            out.push(String::new());
            out.push(self.contact_heading.to_string());
            out.extend(contact);
        }
        finish(out)
    }

    /// The warnings that concern the proposal, worded as risks.
    fn cautions(&self, facts: &LetterFacts) -> Vec<String> {
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

/// Lines joined, ending in one newline.
fn finish(lines: Vec<String>) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::key::KeyKind;
    use crate::domain::letters::letter_facts;
    use crate::domain::report::compute;

    fn texts(document: &crate::domain::document::Document, lang: Lang) -> (String, String) {
        let report = compute(document).unwrap();
        let facts = letter_facts(document, &report).unwrap();
        (
            lang.letters().recruitment(&facts),
            lang.letters().proposal(&facts),
        )
    }

    #[test]
    fn without_a_budget_year_the_texts_speak_of_the_coming_year() {
        let mut document = example();
        document.budget_year = None;
        let (recruitment, proposal) = texts(&document, Lang::Nl);
        assert!(recruitment.contains("Wat betaalt een gemeente per jaar?"));
        assert!(proposal.starts_with("Voorstel aan de stuurgroep: de communitybijdrage\n"));
        assert!(proposal.contains("1. Kies een scenario voor het komende jaar:"));
        assert!(proposal.contains("15 nieuwe in jaar 2 en 15 nieuwe in jaar 3"));
        assert!(!proposal.contains("2027"));
    }

    #[test]
    fn by_usage_the_texts_give_the_average_and_the_rule() {
        let mut document = example();
        document.key.kind = KeyKind::Usage;
        document.key.usage_metric = "meldingen".into();
        document
            .participants
            .summary
            .average_usage
            .insert("meldingen".into(), Decimal::from(1000));
        let (recruitment, proposal) = texts(&document, Lang::Nl);
        assert!(recruitment.contains("We verdelen de kosten naar gebruik (meldingen)"));
        assert!(recruitment.contains(
            "Minimum €\u{a0}611, Streef €\u{a0}2.420, Wens €\u{a0}5.500 gemiddeld per gemeente;"
        ));
        assert!(proposal.contains("Een gemeente moet dan gemiddeld €\u{a0}968 bijstorten."));
        assert!(proposal.contains("minder geschikt voor klassieke samenwerkingen"));
        assert!(proposal.contains("een gemeente gemiddeld niet meer dan"));
    }

    #[test]
    fn a_hybrid_base_that_does_not_fit_leaves_those_amounts_unknown_and_is_a_risk() {
        let mut document = example();
        document.key.kind = KeyKind::Hybrid;
        let (recruitment, proposal) = texts(&document, Lang::Nl);
        assert!(recruitment
            .contains("Elke gemeente betaalt hetzelfde basisdeel van €\u{a0}2.000 per jaar."));
        assert!(recruitment.contains("Minimum niet te berekenen"));
        assert!(proposal.contains("Met deze verdeelsleutel is het tekort niet te berekenen."));
        assert!(proposal.contains(
            "- Dit basisbedrag is te hoog voor Minimum (nu en na groei) en Streef (na groei)."
        ));
        let (english, _) = texts(&document, Lang::En);
        assert!(english.contains("Minimum cannot be computed"));
    }

    #[test]
    fn without_growth_there_is_no_growth_to_quote_or_decide_on() {
        let mut document = example();
        document.growth.additional = 0;
        let (recruitment, proposal) = texts(&document, Lang::En);
        assert!(!recruitment.contains("with growth to"));
        assert!(!recruitment.contains("Together it gets cheaper"));
        assert!(proposal.contains("The proposal counts on no new municipalities."));
        assert!(proposal.contains("- Growth: we count on no new municipalities."));
        assert!(!proposal.contains("Set the growth plan"));
        assert!(!proposal.contains("Scale up"));
    }

    #[test]
    fn the_reserve_outside_the_advice_is_a_risk_of_the_proposal() {
        let mut document = example();
        document.conclusions.start_scenario = 0;
        let (_, proposal) = texts(&document, Lang::Nl);
        assert!(proposal.contains("- Deze reserve is lager dan 10%."));
        assert!(proposal.contains("Ons voorstel is Minimum."));
    }

    #[test]
    fn rates_have_four_decimals_and_percentages_keep_their_decimal() {
        assert_eq!(Lang::Nl.rate("0.0726".parse().unwrap()), "€\u{a0}0,0726");
        assert_eq!(Lang::En.rate("0.141".parse().unwrap()), "€0.1410");
        assert_eq!(NL.percent("2.5".parse().unwrap()), "2,5%");
        assert_eq!(EN.percent("10".parse().unwrap()), "10%");
    }
}
