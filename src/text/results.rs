//! Strings of the results (section 4): keys compared for one municipality, the contribution per member, why
//! an amount is what it is, and the effect of growth.

use rust_decimal::Decimal;

use crate::domain::notation::{format_money, format_number, Precision};
use crate::domain::views::{HeldAt, ShareExplanation, WeightBasis, Who};
use crate::text::Lang;

/// Strings of the results.
pub struct ResultTexts {
    pub lang: Lang,
    pub compare_legend: &'static str,
    pub compare_subject: &'static str,
    pub scenario: &'static str,
    pub variant: &'static str,
    pub variant_a: &'static str,
    pub variant_b: &'static str,
    pub key: &'static str,
    pub contribution: &'static str,
    pub total: &'static str,
    pub current_key: &'static str,
    pub not_applicable: &'static str,
    pub nobody_to_compare: &'static str,
    pub participants_table_heading: &'static str,
    pub per_inhabitant: &'static str,
    pub totals_row: &'static str,
    pub bound_column: &'static str,
    pub bound_note: &'static str,
    pub why_label: &'static str,
    pub export_invoice: &'static str,
    pub growth_effect_caption: &'static str,
    pub per_municipality_a: &'static str,
    pub per_municipality_b: &'static str,
    pub drop: &'static str,
    pub results_help: &'static [&'static str],
}

impl ResultTexts {
    /// The invoice list's description from the results: "Bijdrage 2027 X (Streef, B: na groei, Gelijk)".
    pub fn invoice_description(base: &str, scenario: &str, variant: &str, key: &str) -> String {
        format!("{base} ({scenario}, {variant}, {key})")
    }

    /// The name of a row of the per-member results.
    pub fn who(&self, who: &Who, members: usize) -> String {
        match who {
            Who::Named(name) => name.clone(),
            Who::Average => self.group_average(members),
            Who::Newcomer => self.group_newcomers(members),
        }
    }

    /// The bound a row pays, for its own column.
    pub fn held_at(&self, held_at: Option<HeldAt>) -> &'static str {
        match (held_at, self.lang) {
            (None, _) => "",
            (Some(HeldAt::Minimum), Lang::Nl) => "minimum",
            (Some(HeldAt::Minimum), Lang::En) => "minimum",
            (Some(HeldAt::Maximum), Lang::Nl) => "maximum",
            (Some(HeldAt::Maximum), Lang::En) => "maximum",
        }
    }

    /// Why the whole-euro column does not add up to the total exactly, or nothing when it does.
    pub fn rounding_note(&self, shown_sum: &str, total: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!(
                "De bedragen zijn afgerond op hele euro's. Opgeteld geven ze {shown_sum}; het exacte totaal is {total}. Zet 'Toon centen' aan voor de bedragen tot op de cent."
            )
            }
            Lang::En => {
                format!(
                "The amounts are rounded to whole euros. Added up they give {shown_sum}; the exact total is {total}. Turn on 'Show cents' for the amounts to the cent."
            )
            }
        }
    }

    /// "Waarom dit bedrag?": the rule with its numbers, in two or three sentences.
    pub fn explain_share(
        &self,
        name: &str,
        e: &ShareExplanation,
        lang: Lang,
        precision: Precision,
    ) -> String {
        let money = |amount: Decimal| format_money(amount, precision, lang.notation());
        let number = |value: Decimal| format_number(value, 0, lang.notation());
        let exact = |value: Decimal| {
            let decimals = value.normalize().scale().min(4);
            format_number(value, decimals, lang.notation())
        };
        let rate = |value: Decimal| lang.rate(value);
        let ways = lang.ways_to_pay();
        if let WeightBasis::Tariff { class, yearly } = &e.basis {
            return ways.explain_tariff(name, class, *yearly, e, precision);
        }
        let (unit, units) = match (&e.basis, self.lang) {
            (WeightBasis::Equal, Lang::Nl) => ("gemeente".to_string(), "gemeenten".to_string()),
            (WeightBasis::Equal, Lang::En) => {
                ("municipality".to_string(), "municipalities".to_string())
            }
            (WeightBasis::Inhabitants, Lang::Nl) => ("inwoner".to_string(), "inwoners".to_string()),
            (WeightBasis::Inhabitants, Lang::En) => {
                ("inhabitant".to_string(), "inhabitants".to_string())
            }
            (WeightBasis::Usage { metric }, _) => (metric.clone(), metric.clone()),
            (
                WeightBasis::Band { .. } | WeightBasis::Slices | WeightBasis::Tariff { .. },
                Lang::Nl,
            ) => ("punt".to_string(), "punten".to_string()),
            (
                WeightBasis::Band { .. } | WeightBasis::Slices | WeightBasis::Tariff { .. },
                Lang::En,
            ) => ("point".to_string(), "points".to_string()),
        };
        let mut text = String::new();
        if e.basis == WeightBasis::Slices {
            text.push_str(&ways.explain_slices(name, e.inhabitants, e.weight));
        }
        text.push_str(&ways.explain_months(name, e));
        // The weight itself, where it needs a word: size bands.
        if let WeightBasis::Band {
            from_inhabitants,
            rate: band_rate,
            points,
        } = &e.basis
        {
            let band = match self.lang {
                Lang::Nl => {
                    format!(
                        "{name} heeft {} inwoners en valt in de klasse vanaf {} inwoners",
                        number(e.inhabitants),
                        number(*from_inhabitants)
                    )
                }
                Lang::En => {
                    format!(
                        "{name} has {} inhabitants and falls in the band from {} inhabitants",
                        number(e.inhabitants),
                        number(*from_inhabitants)
                    )
                }
            };
            let weight = match (band_rate, points, self.lang) {
                (Some(band_rate), _, Lang::Nl) => format!(
                    "{band}: {} × {} = {} punten. ",
                    number(e.inhabitants),
                    exact(*band_rate),
                    exact(e.weight)
                ),
                (Some(band_rate), _, Lang::En) => format!(
                    "{band}: {} × {} = {} points. ",
                    number(e.inhabitants),
                    exact(*band_rate),
                    exact(e.weight)
                ),
                (None, _, Lang::Nl) => format!("{band}: {} punten. ", exact(e.weight)),
                (None, _, Lang::En) => format!("{band}: {} points. ", exact(e.weight)),
            };
            text.push_str(&weight);
        }
        let rule = match (&e.basis, e.proportional, self.lang) {
            (WeightBasis::Equal, true, Lang::Nl) => format!(
                "{} ÷ {} gemeenten = {}.",
                money(e.total),
                e.members,
                money(e.shared)
            ),
            (WeightBasis::Equal, true, Lang::En) => format!(
                "{} ÷ {} municipalities = {}.",
                money(e.total),
                e.members,
                money(e.shared)
            ),
            (_, true, Lang::Nl) => format!(
                "{} van {} {units} × {} = {}.",
                exact(e.weight),
                exact(e.total_weight),
                money(e.total),
                money(e.shared)
            ),
            (_, true, Lang::En) => format!(
                "{} of {} {units} × {} = {}.",
                exact(e.weight),
                exact(e.total_weight),
                money(e.total),
                money(e.shared)
            ),
            (_, false, Lang::Nl) if e.base.is_zero() => format!(
                "Met de sleutel: {} {units} × {} per {unit} = {}.",
                exact(e.weight),
                rate(e.factor),
                money(e.by_key)
            ),
            (_, false, Lang::En) if e.base.is_zero() => format!(
                "By the key: {} {units} × {} per {unit} = {}.",
                exact(e.weight),
                rate(e.factor),
                money(e.by_key)
            ),
            (_, false, Lang::Nl) => format!(
                "Met de sleutel: basis {} + {} {units} × {} per {unit} = {}.",
                money(e.base),
                exact(e.weight),
                rate(e.factor),
                money(e.by_key)
            ),
            (_, false, Lang::En) => format!(
                "By the key: base {} + {} {units} × {} per {unit} = {}.",
                money(e.base),
                exact(e.weight),
                rate(e.factor),
                money(e.by_key)
            ),
        };
        text.push_str(&rule);
        let held = match (e.held_at, self.lang) {
            (Some(HeldAt::Minimum), Lang::Nl) => Some(format!(" Dat is minder dan de minimumbijdrage, dus betaalt {name} het minimum: {}. Wat het minimum erbij vraagt, gaat af van de anderen, met dezelfde sleutel.", money(e.shared))),
            (Some(HeldAt::Minimum), Lang::En) => Some(format!(" That is below the minimum contribution, so {name} pays the minimum: {}. What the minimum adds is taken from the others, by the same key.", money(e.shared))),
            (Some(HeldAt::Maximum), Lang::Nl) => Some(format!(" Dat is meer dan de maximumbijdrage, dus betaalt {name} het maximum: {}. Wat boven het maximum uitkomt, betalen de anderen, met dezelfde sleutel.", money(e.shared))),
            (Some(HeldAt::Maximum), Lang::En) => Some(format!(" That is above the maximum contribution, so {name} pays the maximum: {}. What lies above the maximum is paid by the others, by the same key.", money(e.shared))),
            (None, Lang::Nl) if !e.proportional => Some(format!(" De factor {} per {unit} is zo gekozen dat alle bijdragen samen precies {} zijn, ook met de minimum- en maximumbijdragen van anderen.", rate(e.factor), money(e.total))),
            (None, Lang::En) if !e.proportional => Some(format!(" The factor of {} per {unit} is chosen so that all contributions add up to exactly {}, with the others' minimum and maximum contributions too.", rate(e.factor), money(e.total))),
            (None, _) => None,
        };
        text.extend(held);
        if e.held_at.is_none() && crate::domain::money::round_cents(e.by_key) != e.shared {
            text.push_str(match self.lang {
 Lang::Nl => {
                " Afgerond op centen krijgt deze gemeente één cent meer of minder, zodat de bijdragen samen precies op het totaal uitkomen."
            }
 Lang::En => {
                " Rounded to cents, this municipality gets one cent more or less, so that the contributions add up to the total exactly."
            }
 });
        }
        if !e.custom_work.is_zero() {
            text.push_str(&match self.lang {
                Lang::Nl => {
                    format!(
                        " Daar komt {} maatwerk bij: samen {}.",
                        money(e.custom_work),
                        money(e.paid)
                    )
                }
                Lang::En => {
                    format!(
                        " On top comes {} of custom work: {} in all.",
                        money(e.custom_work),
                        money(e.paid)
                    )
                }
            });
        }
        text.push_str(&ways.explain_in_kind(name, &e.in_kind, precision));
        text
    }

    pub fn group_average(&self, count: usize) -> String {
        match self.lang {
            Lang::Nl => {
                format!("{count} × gemeente van gemiddelde grootte (bedragen per gemeente)")
            }
            Lang::En => {
                format!("{count} × municipality of average size (amounts each)")
            }
        }
    }

    pub fn group_newcomers(&self, count: usize) -> String {
        match self.lang {
            Lang::Nl => {
                format!("{count} × nieuwe gemeente (bedragen per gemeente)")
            }
            Lang::En => {
                format!("{count} × new municipality (amounts each)")
            }
        }
    }

    pub fn participants_caption(&self, scenario: &str, variant: &str, key: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("Bijdrage per gemeente: scenario {scenario}, {variant}, sleutel {key}")
            }
            Lang::En => {
                format!("Contribution per municipality: scenario {scenario}, {variant}, key {key}")
            }
        }
    }

    pub fn compare_caption(&self, who: &str, scenario: &str, variant: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("Wat {who} betaalt onder elke sleutel: scenario {scenario}, {variant}")
            }
            Lang::En => {
                format!("What {who} pays under each key: scenario {scenario}, {variant}")
            }
        }
    }

    pub fn custom_work_total(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "Totaal met maatwerk",
            Lang::En => "Total with custom work",
        }
    }
}

pub static NL: ResultTexts = ResultTexts {
    lang: Lang::Nl,
    compare_legend: "Sleutels vergelijken voor één gemeente",
    compare_subject: "Gemeente",
    scenario: "Scenario",
    variant: "Variant",
    variant_a: "variant A (nu)",
    variant_b: "variant B (na groei)",
    key: "Sleutel",
    contribution: "Bijdrage",
    total: "Totaal",
    current_key: "(gekozen)",
    not_applicable: "niet van toepassing",
    nobody_to_compare: "Er is geen gemeente om te vergelijken: voeg een deelnemer of referentiegemeente toe.",
    participants_table_heading: "Bijdrage per gemeente",
    per_inhabitant: "Per inwoner",
    totals_row: "Totaal",
    bound_column: "Grens",
    bound_note: "Bij \"minimum\" of \"maximum\" betaalt de gemeente de minimum- of maximumbijdrage in plaats van wat de sleutel zou vragen. Het verschil betalen de andere gemeenten, met dezelfde sleutel.",
    why_label: "Waarom dit bedrag? Kies een gemeente",
    export_invoice: "Download voor facturering (CSV): dit scenario en deze variant, één regel per gemeente",
    growth_effect_caption: "Effect van groei: daling van wat een gemeente betaalt, met de gekozen verdeelsleutel",
    per_municipality_a: "Per gemeente, A",
    per_municipality_b: "Per gemeente, B",
    drop: "Daling",
    results_help: &[
        "Neem het Streef-scenario als basis voor het voorstel en laat zien wat groei oplevert: elke nieuwe gemeente verlaagt de bijdrage van de anderen.",
        "Bespreek de bijdrage elk jaar opnieuw met de stuurgroep, met de werkelijke uitgaven ernaast.",
    ],
};

pub static EN: ResultTexts = ResultTexts {
    lang: Lang::En,
    compare_legend: "Compare keys for one municipality",
    compare_subject: "Municipality",
    scenario: "Scenario",
    variant: "Variant",
    variant_a: "variant A (now)",
    variant_b: "variant B (after growth)",
    key: "Key",
    contribution: "Contribution",
    total: "Total",
    current_key: "(chosen)",
    not_applicable: "not applicable",
    nobody_to_compare: "There is no municipality to compare: add a participant or a reference municipality.",
    participants_table_heading: "Contribution per municipality",
    per_inhabitant: "Per inhabitant",
    totals_row: "Total",
    bound_column: "Bound",
    bound_note: "With \"minimum\" or \"maximum\" the municipality pays the minimum or maximum contribution instead of what the key would ask. The other municipalities pay the difference, by the same key.",
    why_label: "Why this amount? Choose a municipality",
    export_invoice: "Download for invoicing (CSV): this scenario and variant, one line per municipality",
    growth_effect_caption: "Effect of growth: drop of what a municipality pays, under the chosen key",
    per_municipality_a: "Per municipality, A",
    per_municipality_b: "Per municipality, B",
    drop: "Drop",
    results_help: &[
        "Take the Target scenario as the basis of the proposal and show what growth brings: every new municipality lowers everyone else's contribution.",
        "Review the contribution with the steering group every year, next to the actual spend.",
    ],
};
