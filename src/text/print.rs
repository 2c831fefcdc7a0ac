//! Strings of the printed report: the block of assumptions on its first page. The figures are filled in
//! by `ui::print_header`, already formatted in the language's notation.

use super::Lang;

pub struct PrintTexts {
    pub lang: Lang,
    pub block_label: &'static str,
    pub assumptions_heading: &'static str,
    pub budget_year: &'static str,
    pub printed_on: &'static str,
    pub key: &'static str,
    pub bounds: &'static str,
    pub participants: &'static str,
    pub growth: &'static str,
    pub multi_year: &'static str,
    pub reserve: &'static str,
    pub rates: &'static str,
    pub references: &'static str,
    pub level: &'static str,
    pub start_scenario: &'static str,
    pub contact: &'static str,
    pub notes: &'static str,
    pub no_bounds: &'static str,
    pub no_growth: &'static str,
    pub equal_rule: &'static str,
    pub inhabitants_rule: &'static str,
    pub staffel_rule: &'static str,
    pub by_inhabitants: &'static str,
    pub custom_work_rule: &'static str,
    pub newcomers_average: &'static str,
}

pub static NL: PrintTexts = PrintTexts {
    lang: Lang::Nl,
    block_label: "Uitgangspunten van deze berekening",
    assumptions_heading: "Uitgangspunten",
    budget_year: "begrotingsjaar",
    printed_on: "afgedrukt op",
    key: "Verdeelsleutel",
    bounds: "Minimum en maximum",
    participants: "Deelnemers nu",
    growth: "Groeiplan",
    multi_year: "Meerjarenraming",
    reserve: "Reserve",
    rates: "Tarieven",
    references: "Referentiegemeenten",
    level: "Samenwerking",
    start_scenario: "Startscenario",
    contact: "Contactpersoon",
    notes: "Toelichting",
    no_bounds: "geen: elke gemeente betaalt wat de sleutel vraagt",
    no_growth: "geen groei gepland",
    equal_rule: "iedere gemeente betaalt hetzelfde deel van het totaal",
    inhabitants_rule: "iedere gemeente betaalt naar haar aantal inwoners",
    staffel_rule: "iedere gemeente betaalt naar de klasse van haar inwonertal",
    by_inhabitants: "naar inwoners",
    custom_work_rule: "maatwerk betaalt de gemeente die erom vraagt",
    newcomers_average: "nieuwe gemeenten van gemiddelde grootte",
};

pub static EN: PrintTexts = PrintTexts {
    lang: Lang::En,
    block_label: "Assumptions of this calculation",
    assumptions_heading: "Assumptions",
    budget_year: "budget year",
    printed_on: "printed on",
    key: "Allocation key",
    bounds: "Minimum and maximum",
    participants: "Participants now",
    growth: "Growth plan",
    multi_year: "Multi-year estimate",
    reserve: "Reserve",
    rates: "Rates",
    references: "Reference municipalities",
    level: "Collaboration",
    start_scenario: "Start scenario",
    contact: "Contact",
    notes: "Notes",
    no_bounds: "none: every municipality pays what the key asks",
    no_growth: "no growth planned",
    equal_rule: "every municipality pays the same share of the total",
    inhabitants_rule: "every municipality pays by its number of inhabitants",
    staffel_rule: "every municipality pays by the size band of its inhabitants",
    by_inhabitants: "by inhabitants",
    custom_work_rule: "custom work is paid by the municipality that asks for it",
    newcomers_average: "new municipalities of average size",
};

impl PrintTexts {
    /// "Bijdragewijzer · begrotingsjaar 2027 · afgedrukt op 29 november 2026".
    pub fn meta_line(&self, app: &str, budget_year: Option<u16>, printed: &str) -> String {
        let mut parts = vec![app.to_string()];
        parts.extend(budget_year.map(|year| format!("{} {year}", self.budget_year)));
        parts.push(format!("{} {printed}", self.printed_on));
        parts.join(" · ")
    }

    /// "Gelijk: iedere gemeente betaalt hetzelfde deel van het totaal".
    pub fn key_line(&self, name: &str, rule: &str) -> String {
        format!("{name}: {rule}")
    }

    /// "iedere gemeente betaalt naar haar gebruik (Meldingen)".
    pub fn usage_rule(&self, metric: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("iedere gemeente betaalt naar haar gebruik ({metric})")
            }
            Lang::En => {
                format!("every municipality pays by its usage ({metric})")
            }
        }
    }

    /// "naar gebruik (Meldingen)": what the hybrid key's variable part follows.
    pub fn by_usage(&self, metric: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("naar gebruik ({metric})")
            }
            Lang::En => {
                format!("by usage ({metric})")
            }
        }
    }

    /// The hybrid key with a fixed base: "een basisdeel van € 2.000 per gemeente, de rest naar inwoners; …".
    pub fn hybrid_fixed_rule(&self, base: &str, variable: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!(
                    "een basisdeel van {base} per gemeente, de rest {variable}; {}",
                    self.custom_work_rule
                )
            }
            Lang::En => {
                format!(
                    "a base part of {base} per municipality, the rest {variable}; {}",
                    self.custom_work_rule
                )
            }
        }
    }

    /// The hybrid key with the base lines as its base part.
    pub fn hybrid_lines_rule(&self, variable: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!(
                    "de posten voor basisbeheer gelijk verdeeld, de rest {variable}; {}",
                    self.custom_work_rule
                )
            }
            Lang::En => {
                format!(
                    "the base maintenance lines shared equally, the rest {variable}; {}",
                    self.custom_work_rule
                )
            }
        }
    }

    /// One size band: "5.000 tot 25.000 inwoners: € 1,76 per inwoner", the last "vanaf 200.000 inwoners: …".
    pub fn band(&self, from: &str, to: Option<&str>, weight: &str) -> String {
        match (to, self.lang) {
            (Some(to), Lang::Nl) => format!("{from} tot {to} inwoners: {weight}"),
            (Some(to), Lang::En) => format!("{from} to {to} inhabitants: {weight}"),
            (None, Lang::Nl) => format!("vanaf {from} inwoners: {weight}"),
            (None, Lang::En) => format!("from {from} inhabitants: {weight}"),
        }
    }

    pub fn per_inhabitant(&self, rate: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("{rate} per inwoner")
            }
            Lang::En => {
                format!("{rate} per inhabitant")
            }
        }
    }

    pub fn points(&self, points: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("{points} punten per gemeente")
            }
            Lang::En => {
                format!("{points} points per municipality")
            }
        }
    }

    /// "minimum € 500 en maximum € 5.000 per gemeente, op het gedeelde deel (maatwerk telt niet mee)".
    pub fn bounds_line(&self, minimum: Option<&str>, maximum: Option<&str>) -> String {
        let bounds = match (minimum, maximum, self.lang) {
            (None, None, _) => return self.no_bounds.to_string(),
            (Some(min), Some(max), Lang::Nl) => format!("minimum {min} en maximum {max}"),
            (Some(min), Some(max), Lang::En) => format!("minimum {min} and maximum {max}"),
            (Some(min), None, _) => format!("minimum {min}"),
            (None, Some(max), _) => format!("maximum {max}"),
        };
        match self.lang {
            Lang::Nl => {
                format!("{bounds} per gemeente, op het gedeelde deel (maatwerk telt niet mee)")
            }
            Lang::En => {
                format!("{bounds} per municipality, on the shared part (custom work excluded)")
            }
        }
    }

    /// "45 gemeenten met samen 1.500.000 inwoners".
    pub fn participants_line(&self, count: usize, inhabitants: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("{count} gemeenten met samen {inhabitants} inwoners")
            }
            Lang::En => {
                format!("{count} municipalities with {inhabitants} inhabitants together")
            }
        }
    }

    /// "van 45 naar 75 gemeenten in 2 jaar (2029)".
    pub fn growth_line(&self, now: usize, target: usize, years: u32, by: Option<u32>) -> String {
        if now == target {
            return self.no_growth.to_string();
        }
        let by = by.map(|year| format!(" ({year})")).unwrap_or_default();
        match self.lang {
            Lang::Nl => {
                format!("van {now} naar {target} gemeenten in {years} jaar{by}")
            }
            Lang::En => {
                let unit = if years == 1 { "year" } else { "years" };
                format!("from {now} to {target} municipalities in {years} {unit}{by}")
            }
        }
    }

    /// "nieuwe gemeenten van 20.000 inwoners".
    pub fn newcomers_of(&self, inhabitants: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("nieuwe gemeenten van {inhabitants} inwoners")
            }
            Lang::En => {
                format!("new municipalities of {inhabitants} inhabitants")
            }
        }
    }

    /// "waarvan 3 bij naam op de wachtlijst".
    pub fn named_prospects(&self, count: usize) -> String {
        match self.lang {
            Lang::Nl => {
                format!("waarvan {count} bij naam op de wachtlijst")
            }
            Lang::En => {
                format!("{count} of them named on the waiting list")
            }
        }
    }

    /// "erbij per jaar: 2028: 10, 2029: 20".
    pub fn joining_per_year(&self, years: &[(String, u32)]) -> String {
        let list = years
            .iter()
            .map(|(year, count)| format!("{year}: {count}"))
            .collect::<Vec<_>>()
            .join(", ");
        match self.lang {
            Lang::Nl => {
                format!("erbij per jaar: {list}")
            }
            Lang::En => {
                format!("joining per year: {list}")
            }
        }
    }

    /// "3 jaar (2027–2029), kosten geïndexeerd met 3% per jaar".
    pub fn multi_year_line(
        &self,
        years: u32,
        span: Option<(u32, u32)>,
        indexation: &str,
    ) -> String {
        let span = span
            .map(|(first, last)| format!(" ({first}–{last})"))
            .unwrap_or_default();
        match self.lang {
            Lang::Nl => {
                format!("{years} jaar{span}, kosten geïndexeerd met {indexation}% per jaar")
            }
            Lang::En => {
                let unit = if years == 1 { "year" } else { "years" };
                format!("{years} {unit}{span}, costs indexed by {indexation}% a year")
            }
        }
    }

    /// "Minimum 0%, Streef 10%, Wens 10% van de kostenposten".
    pub fn reserve_line(&self, per_scenario: &[(String, String)]) -> String {
        let list = per_scenario
            .iter()
            .map(|(name, percent)| format!("{name} {percent}%"))
            .collect::<Vec<_>>()
            .join(", ");
        match self.lang {
            Lang::Nl => {
                format!("{list} van de kostenposten")
            }
            Lang::En => {
                format!("{list} of the cost lines")
            }
        }
    }

    /// "uurtarief € 100, één fte € 75.000 per jaar".
    pub fn rates_line(&self, hourly: &str, fte: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("uurtarief {hourly}, één fte {fte} per jaar")
            }
            Lang::En => {
                format!("hourly rate {hourly}, one FTE {fte} a year")
            }
        }
    }

    /// "Klein 20.000, Middel 50.000, Groot 100.000 inwoners".
    pub fn references_line(&self, references: &[(String, String)]) -> String {
        let list = references
            .iter()
            .map(|(name, inhabitants)| format!("{name} {inhabitants}"))
            .collect::<Vec<_>>()
            .join(", ");
        match self.lang {
            Lang::Nl => {
                format!("{list} inwoners")
            }
            Lang::En => {
                format!("{list} inhabitants")
            }
        }
    }

    /// "Streef; opschalen naar Wens zodra het groeiplan is gehaald".
    pub fn start_line(&self, start: &str, scale_up: Option<&str>) -> String {
        match (scale_up, self.lang) {
            (None, _) => start.to_string(),
            (Some(later), Lang::Nl) => {
                format!("{start}; opschalen naar {later} zodra het groeiplan is gehaald")
            }
            (Some(later), Lang::En) => {
                format!("{start}; scale up to {later} once the growth plan is reached")
            }
        }
    }
}
