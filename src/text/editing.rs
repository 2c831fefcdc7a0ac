//! Strings of sections 2 to 4: budget scenarios, participants and key, results.

use crate::domain::document::calendar_year;
use crate::domain::edits::AmountKind;
use crate::domain::key::KeyKind;
use crate::domain::notation::{format_money, format_number, Precision};
use crate::domain::paste::SkipReason;
use crate::domain::views::{HeldAt, ShareExplanation, WeightBasis, Who};
use crate::text::Lang;
use rust_decimal::Decimal;

pub struct EditTexts {
    pub lang: Lang,
    // Budget
    pub budget_help: &'static [&'static str],
    pub rates_legend: &'static str,
    pub hourly_rate: &'static str,
    pub fte_cost: &'static str,
    pub budget_year: &'static str,
    pub budget_year_hint: &'static str,
    pub per_year: &'static str,
    pub euro: &'static str,
    pub scenarios_label: &'static str,
    pub add_scenario: &'static str,
    pub max_scenarios_reached: &'static str,
    pub remove_scenario: &'static str,
    pub min_scenarios_reached: &'static str,
    pub move_earlier: &'static str,
    pub move_later: &'static str,
    pub scenario_name: &'static str,
    pub scenario_purpose: &'static str,
    pub reserve: &'static str,
    pub reserve_hint: &'static str,
    pub new_scenario_name: &'static str,
    pub lines_legend: &'static str,
    pub line_label: &'static str,
    pub new_line_label: &'static str,
    pub category: &'static str,
    pub amount_kind: &'static str,
    pub hours: &'static str,
    pub fte: &'static str,
    pub count: &'static str,
    pub unit_price: &'static str,
    pub fixed_amount: &'static str,
    pub base_line: &'static str,
    pub line_amount: &'static str,
    pub add_line: &'static str,
    pub remove_line: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub no_lines: &'static str,
    pub lines_total: &'static str,
    pub reserve_amount: &'static str,
    pub grand_total: &'static str,
    pub comparison_caption: &'static str,
    pub cost_line: &'static str,
    pub subtotal: &'static str,
    // Participants
    pub participants_help: &'static [&'static str],
    pub mode_legend: &'static str,
    pub mode_summary: &'static str,
    pub mode_list: &'static str,
    pub participant_count: &'static str,
    pub inhabitants: &'static str,
    pub inhabitants_basis: &'static str,
    pub basis_total: &'static str,
    pub basis_average: &'static str,
    pub average_usage_of: &'static str,
    pub metrics_legend: &'static str,
    pub metric_name: &'static str,
    pub new_metric: &'static str,
    pub add_metric: &'static str,
    pub remove_metric: &'static str,
    pub metric_name_taken: &'static str,
    pub list_caption: &'static str,
    pub name: &'static str,
    pub custom_work: &'static str,
    pub actions: &'static str,
    pub add_municipality: &'static str,
    pub new_municipality: &'static str,
    pub remove: &'static str,
    pub empty_list: &'static str,
    pub paste_legend: &'static str,
    pub paste_label: &'static str,
    pub paste_hint: &'static str,
    pub paste_preview_caption: &'static str,
    pub paste_line: &'static str,
    pub paste_replace: &'static str,
    pub paste_append: &'static str,
    pub paste_nothing: &'static str,
    pub paste_skipped_heading: &'static str,
    pub growth_legend: &'static str,
    pub growth_help: &'static [&'static str],
    pub additional: &'static str,
    pub growth_years: &'static str,
    pub growth_target_now: &'static str,
    pub explicit_growth: &'static str,
    pub own_newcomer_size: &'static str,
    pub newcomer_inhabitants: &'static str,
    pub newcomer_usage_of: &'static str,
    pub optional_hint: &'static str,
    pub prospects_legend: &'static str,
    pub add_prospect: &'static str,
    pub new_prospect: &'static str,
    pub references_legend: &'static str,
    pub add_reference: &'static str,
    pub new_reference: &'static str,
    // Key
    pub key_legend: &'static str,
    pub key_help: &'static [&'static str],
    pub usage_metric: &'static str,
    pub no_metrics: &'static str,
    pub hybrid_base: &'static str,
    pub hybrid_fixed: &'static str,
    pub hybrid_base_lines: &'static str,
    pub hybrid_fixed_amount: &'static str,
    pub hybrid_variable: &'static str,
    pub custom_work_note: &'static str,
    pub bands_caption: &'static str,
    pub band_from: &'static str,
    pub band_weight_kind: &'static str,
    pub band_rate: &'static str,
    pub band_points: &'static str,
    pub band_value: &'static str,
    pub add_band: &'static str,
    pub vng_bands: &'static str,
    pub last_band: &'static str,
    pub minimum: &'static str,
    pub maximum: &'static str,
    pub use_minimum: &'static str,
    pub use_maximum: &'static str,
    pub key_problem_in: &'static str,
    // Comparison and results
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

impl EditTexts {
    /// The label of the count of newcomers in one year of the growth plan (1: the year after the budget
    /// year): "Nieuw in 2028", or "Nieuw in jaar 2" without a budget year.
    pub fn joining_in_year_label(&self, years_after: u32, budget_year: Option<u16>) -> String {
        let calendar = calendar_year(budget_year, years_after);
        match (calendar, self.lang) {
            (Some(year), Lang::Nl) => format!("Nieuw in {year}"),
            (Some(year), Lang::En) => format!("New in {year}"),
            (None, Lang::Nl) => format!("Nieuw in jaar {}", years_after + 1),
            (None, Lang::En) => format!("New in year {}", years_after + 1),
        }
    }

    /// "Doel: 75 gemeenten in 2029."
    pub fn growth_target_sentence(
        &self,
        target: usize,
        years: u32,
        budget_year: Option<u16>,
    ) -> String {
        let calendar = calendar_year(budget_year, years);
        match (calendar, self.lang) {
            (Some(year), Lang::Nl) => {
                format!("{}: {target} gemeenten in {year}.", self.growth_target_now)
            }
            (Some(year), Lang::En) => format!(
                "{}: {target} municipalities in {year}.",
                self.growth_target_now
            ),
            (None, Lang::Nl) => format!(
                "{}: {target} gemeenten over {years} jaar.",
                self.growth_target_now
            ),
            (None, Lang::En) => format!(
                "{}: {target} municipalities in {years} years.",
                self.growth_target_now
            ),
        }
    }

    /// A key as the editor offers it: its name and, in a few words, how it divides.
    pub fn key_choice(&self, kind: KeyKind) -> String {
        let how = match (self.lang, kind) {
            (Lang::Nl, KeyKind::Equal) => "iedere gemeente betaalt hetzelfde",
            (Lang::En, KeyKind::Equal) => "every municipality pays the same",
            (Lang::Nl, KeyKind::Inhabitants) => "naar inwonertal",
            (Lang::En, KeyKind::Inhabitants) => "by number of inhabitants",
            (Lang::Nl, KeyKind::Usage) => "naar gebruik",
            (Lang::En, KeyKind::Usage) => "by usage",
            (Lang::Nl, KeyKind::Hybrid) => "basisdeel plus variabel deel",
            (Lang::En, KeyKind::Hybrid) => "base part plus variable part",
            (Lang::Nl, KeyKind::Staffel) => "klassen naar inwonertal",
            (Lang::En, KeyKind::Staffel) => "bands by number of inhabitants",
            (Lang::Nl, KeyKind::Tariffs) => "een vast bedrag per grootteklasse",
            (Lang::En, KeyKind::Tariffs) => "a fixed amount per size class",
        };
        format!("{}: {how}", self.lang.texts().key_name(kind))
    }

    pub fn amount_kind(&self, kind: AmountKind) -> &'static str {
        match (kind, self.lang) {
            (AmountKind::Hours, Lang::Nl) => "Uren × uurtarief",
            (AmountKind::Hours, Lang::En) => "Hours × hourly rate",
            (AmountKind::Fte, Lang::Nl) => "Fte × kosten per fte",
            (AmountKind::Fte, Lang::En) => "FTE × cost per FTE",
            (AmountKind::Units, Lang::Nl) => "Aantal × prijs per stuk",
            (AmountKind::Units, Lang::En) => "Count × unit price",
            (AmountKind::Fixed, Lang::Nl) => "Vast bedrag",
            (AmountKind::Fixed, Lang::En) => "Fixed amount",
        }
    }

    /// Why a pasted line was skipped, e.g. "inwoners is geen getal".
    pub fn skip_reason(&self, reason: &SkipReason) -> String {
        match (reason, self.lang) {
            (SkipReason::NoName, Lang::Nl) => "geen naam in de eerste kolom".into(),
            (SkipReason::NoName, Lang::En) => "no name in the first column".into(),
            (SkipReason::NotInDirectory { closest }, _) => {
                let lang = self.lang;
                match (closest.is_empty(), self.lang) {
                    (true, Lang::Nl) => "geen inwonertal, en deze naam staat niet in de lijst van gemeenten; zet het inwonertal in de tweede kolom".into(),
                    (true, Lang::En) => "no inhabitants, and this name is not among the municipalities; put its inhabitants in the second column".into(),
                    (false, Lang::Nl) => format!("geen inwonertal, en deze naam staat niet in de lijst van gemeenten; bedoelt u {}? Verbeter de naam of zet het inwonertal in de tweede kolom", lang.texts().list_or(closest)),
                    (false, Lang::En) => format!("no inhabitants, and this name is not among the municipalities; did you mean {}? Correct the name or put its inhabitants in the second column", lang.texts().list_or(closest)),
                }
            }
            (SkipReason::InhabitantsZero, Lang::Nl) => "0 inwoners: een gemeente heeft inwoners".into(),
            (SkipReason::InhabitantsZero, Lang::En) => "0 inhabitants: a municipality has inhabitants".into(),
            (SkipReason::InhabitantsNotWhole { text }, Lang::Nl) => format!(
                "inwoners is geen heel getal (\u{201c}{text}\u{201d}); een komma is in het Nederlands een decimaalteken, gebruik een punt of niets voor duizendtallen"
            ),
            (SkipReason::InhabitantsNotWhole { text }, Lang::En) => format!(
                "inhabitants is not a whole number (\u{201c}{text}\u{201d}); in Dutch notation a comma is the decimal sign, write thousands with a dot or nothing"
            ),
            (SkipReason::TotalRow, Lang::Nl) => "een totaalregel, geen gemeente".into(),
            (SkipReason::TotalRow, Lang::En) => "a total row, not a municipality".into(),
            (SkipReason::SumOfRowsAbove, Lang::Nl) => {
                "het inwonertal is de som van de regels erboven: een totaalregel, geen gemeente".into()
            }
            (SkipReason::SumOfRowsAbove, Lang::En) => {
                "the inhabitants are the sum of the lines above: a total row, not a municipality".into()
            }
            (SkipReason::InhabitantsNotANumber { text }, Lang::Nl) => {
                format!("inwoners is geen getal (\u{201c}{text}\u{201d})")
            }
            (SkipReason::InhabitantsNotANumber { text }, Lang::En) => {
                format!("inhabitants is not a number (\u{201c}{text}\u{201d})")
            }
            (SkipReason::InhabitantsNegative, Lang::Nl) => "inwoners is negatief".into(),
            (SkipReason::InhabitantsNegative, Lang::En) => "inhabitants is negative".into(),
            (SkipReason::InhabitantsTooLarge, Lang::Nl) => "inwoners is te groot".into(),
            (SkipReason::InhabitantsTooLarge, Lang::En) => "inhabitants is too large".into(),
            (SkipReason::UsageNotANumber { metric, text }, Lang::Nl) => {
                format!("{metric} is geen geldig getal (\u{201c}{text}\u{201d})")
            }
            (SkipReason::UsageNotANumber { metric, text }, Lang::En) => {
                format!("{metric} is not a valid number (\u{201c}{text}\u{201d})")
            }
        }
    }

    pub fn skipped_line(&self, line: usize, reason: &SkipReason) -> String {
        let reason = self.skip_reason(reason);
        match self.lang {
            Lang::Nl => {
                format!("Regel {line}: {reason}")
            }
            Lang::En => {
                format!("Line {line}: {reason}")
            }
        }
    }

    pub fn paste_summary(&self, read: usize, skipped: usize, header: bool) -> String {
        let header = match (header, self.lang) {
            (true, Lang::Nl) => " De eerste regel is als kopregel gelezen.",
            (true, Lang::En) => " The first line was read as a header.",
            (false, _) => "",
        };
        match self.lang {
            Lang::Nl => {
                format!("{read} gemeenten gelezen, {skipped} regels overgeslagen.{header}")
            }
            Lang::En => {
                format!("{read} municipalities read, {skipped} lines skipped.{header}")
            }
        }
    }

    pub fn unnamed_metric(&self, column: usize) -> String {
        match self.lang {
            Lang::Nl => {
                format!("Gebruik {column}")
            }
            Lang::En => {
                format!("Usage {column}")
            }
        }
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

    pub fn band_label(&self, index: usize) -> String {
        match self.lang {
            Lang::Nl => {
                format!("Klasse {}", index + 1)
            }
            Lang::En => {
                format!("Band {}", index + 1)
            }
        }
    }

    /// What a scenario tab says while its name is empty, so the button is never blank.
    pub fn scenario_fallback(&self, index: usize) -> String {
        format!("Scenario {}", index + 1)
    }

    pub fn line_heading(&self, index: usize) -> String {
        match self.lang {
            Lang::Nl => {
                format!("Kostenpost {}", index + 1)
            }
            Lang::En => {
                format!("Cost line {}", index + 1)
            }
        }
    }

    pub fn custom_work_total(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "Totaal met maatwerk",
            Lang::En => "Total with custom work",
        }
    }

    pub fn row_label(&self, what: &str, name: &str) -> String {
        format!("{what}: {name}")
    }
}

pub static NL: EditTexts = EditTexts {
    lang: Lang::Nl,
    budget_help: &[
        "Begin met Streef: wat is haalbaar en wenselijk? Maak daarna Minimum: wat moet er echt gebeuren om de software veilig te laten werken? Maak als laatste Wens: wat zou u doen met meer geld?",
        "Houd 10 tot 15% reserve aan voor onverwachte kosten. Is de begroting krap, dan schrappen mensen vaak eerst de reserve. Maar juist dan heeft u die nodig.",
        "Markeer de posten voor basisbeheer (hosting, kritieke bugfixes, coördinatie): de hybride sleutel kan die gelijk verdelen.",
    ],
    rates_legend: "Begrotingsjaar en tarieven voor het hele document",
    hourly_rate: "Uurtarief",
    fte_cost: "Kosten van één fte per jaar",
    budget_year: "Begrotingsjaar",
    budget_year_hint: "Het eerste jaar van de begroting; de meerjarenraming telt vanaf hier.",
    per_year: "per jaar",
    euro: "€",
    scenarios_label: "Scenario om te bewerken",
    add_scenario: "Scenario toevoegen",
    max_scenarios_reached: "Er zijn al vijf scenario's, het maximum. Verwijder er eerst een.",
    remove_scenario: "Dit scenario verwijderen",
    min_scenarios_reached: "Er zijn minstens twee scenario's nodig om te kunnen vergelijken.",
    move_earlier: "Naar voren",
    move_later: "Naar achteren",
    scenario_name: "Naam van het scenario",
    scenario_purpose: "Doel of omschrijving",
    reserve: "Reserve",
    reserve_hint: "Advies: 10 tot 15% van de kostenposten.",
    new_scenario_name: "Nieuw scenario",
    lines_legend: "Kostenposten",
    line_label: "Omschrijving",
    new_line_label: "Nieuwe kostenpost",
    category: "Categorie",
    amount_kind: "Soort bedrag",
    hours: "Uren",
    fte: "Fte",
    count: "Aantal",
    unit_price: "Prijs per stuk",
    fixed_amount: "Bedrag",
    base_line: "Basisbeheer",
    line_amount: "Bedrag van deze post",
    add_line: "Kostenpost toevoegen",
    remove_line: "Post verwijderen",
    move_up: "Omhoog",
    move_down: "Omlaag",
    no_lines: "Dit scenario heeft nog geen kostenposten.",
    lines_total: "Totaal kostenposten",
    reserve_amount: "Reserve",
    grand_total: "Totaal scenario",
    comparison_caption: "Kostenposten van alle scenario's naast elkaar",
    cost_line: "Kostenpost",
    subtotal: "Subtotaal",
    participants_help: &[
        "Heeft u nog geen lijst? Vul het aantal gemeenten en hun inwoners in. Met een lijst per gemeente ziet iedere deelnemer precies wat hij betaalt.",
        "Een lijst uit Excel kunt u direct plakken: kopieer de kolommen naam en inwoners (en eventueel gebruik) en plak ze hieronder.",
    ],
    mode_legend: "Hoe beschrijft u de deelnemers?",
    mode_summary: "Samenvatting (aantal en inwoners)",
    mode_list: "Lijst met namen",
    participant_count: "Aantal gemeenten",
    inhabitants: "Inwoners",
    inhabitants_basis: "Het inwonertal is",
    basis_total: "het totaal van alle gemeenten",
    basis_average: "het gemiddelde per gemeente",
    average_usage_of: "Gemiddeld gebruik per gemeente",
    metrics_legend: "Gebruiksmaten",
    metric_name: "Naam van de gebruiksmaat",
    new_metric: "Nieuwe gebruiksmaat",
    add_metric: "Gebruiksmaat toevoegen",
    remove_metric: "Gebruiksmaat verwijderen",
    metric_name_taken: "Die naam is leeg of bestaat al.",
    list_caption: "Deelnemende gemeenten",
    name: "Naam",
    custom_work: "Maatwerk (€)",
    actions: "Acties",
    add_municipality: "Gemeente toevoegen",
    new_municipality: "Nieuwe gemeente",
    remove: "Verwijderen",
    empty_list: "De lijst is nog leeg. Voeg gemeenten toe of plak een lijst.",
    paste_legend: "Lijst plakken uit Excel of CSV",
    paste_label: "Plak hier de regels",
    paste_hint: "Zet op elke regel een naam en het aantal inwoners. Gebruikscijfers mogen erachter. Scheid de kolommen met tabs (zoals Excel doet) of met puntkomma's. Een kopregel zoals \"Gemeente; Inwoners; Meldingen\" mag bovenaan staan. U mag ook alleen namen plakken: dan komen de inwonertallen uit de lijst van gemeenten van het CBS. Regels met een totaal slaan we over.",
    paste_preview_caption: "Voorbeeld van wat is gelezen",
    paste_line: "Regel",
    paste_replace: "Overnemen (vervangt de lijst)",
    paste_append: "Toevoegen aan de lijst",
    paste_nothing: "Er is nog niets gelezen.",
    paste_skipped_heading: "Overgeslagen regels",
    growth_legend: "Groeiplan (variant B)",
    growth_help: &["Hoeveel gemeenten komen erbij, en binnen hoeveel jaar? Variant B, de meerjarenraming en de teksten gaan allemaal uit van dit plan. Schat voorzichtig: 10 tot 20% groei per jaar is vaak haalbaar. Kijk elk jaar opnieuw naar de cijfers."],
    additional: "Aantal nieuwe gemeenten",
    growth_years: "Binnen aantal jaren",
    growth_target_now: "Doel",
    explicit_growth: "Zelf per jaar opgeven hoeveel gemeenten erbij komen",
    own_newcomer_size: "Eigen grootte voor nieuwe gemeenten opgeven",
    newcomer_inhabitants: "Inwoners per nieuwe gemeente",
    newcomer_usage_of: "Gebruik per nieuwe gemeente",
    optional_hint: "Leeg laten: het huidige gemiddelde.",
    prospects_legend: "Gemeenten op de wachtlijst",
    add_prospect: "Gemeente op de wachtlijst zetten",
    new_prospect: "Nieuwe kandidaat",
    references_legend: "Referentiegemeenten",
    add_reference: "Referentiegemeente toevoegen",
    new_reference: "Nieuw type",
    key_legend: "Verdeelsleutel",
    key_help: &[
        "Gelijk is eenvoudig en past bij kleine groepen en lage bedragen. Naar inwoners past bij een mix van grote en kleine gemeenten. Naar gebruik is het eerlijkst als het gebruik sterk verschilt, maar vraagt betrouwbare cijfers.",
        "Een minimumbijdrage voorkomt dat kleine gemeenten bijna niets betalen; een maximum beschermt de grootste.",
    ],
    usage_metric: "Gebruiksmaat",
    no_metrics: "Er zijn nog geen gebruiksmaten; voeg er een toe bij de deelnemers.",
    hybrid_base: "Basisdeel",
    hybrid_fixed: "Vast bedrag per gemeente",
    hybrid_base_lines: "De posten voor basisbeheer, gelijk verdeeld",
    hybrid_fixed_amount: "Basisbedrag per gemeente",
    hybrid_variable: "Het variabele deel volgt",
    custom_work_note: "Maatwerk vult u per gemeente in bij de lijst; het komt bovenop het scenariototaal.",
    bands_caption: "Staffelklassen",
    band_from: "Vanaf inwoners",
    band_weight_kind: "Gewicht",
    band_rate: "Tarief per inwoner",
    band_points: "Punten per gemeente",
    band_value: "Waarde",
    add_band: "Klasse toevoegen",
    vng_bands: "Tarieven VNG 2024 herstellen",
    last_band: "Er moet minstens één klasse zijn.",
    minimum: "Minimumbijdrage per gemeente",
    maximum: "Maximumbijdrage per gemeente",
    use_minimum: "Minimumbijdrage instellen",
    use_maximum: "Maximumbijdrage instellen",
    key_problem_in: "Deze sleutel werkt niet in scenario",
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

pub static EN: EditTexts = EditTexts {
    lang: Lang::En,
    budget_help: &[
        "Start with Target (Streef): what is feasible and desirable? Then make Minimum: what must really happen to keep the software safe and working? Make Wish (Wens) last: what would you do with more money?",
        "Keep 10 to 15% in reserve for unexpected costs. When the budget is tight, people often cut the reserve first. But that is exactly when you need it.",
        "Flag the lines of basic upkeep (hosting, critical fixes, coordination): the hybrid key can divide those equally.",
    ],
    rates_legend: "Budget year and rates for the whole document",
    hourly_rate: "Hourly rate",
    fte_cost: "Cost of one FTE per year",
    budget_year: "Budget year",
    budget_year_hint: "The first year of the budget; the multi-year estimate counts on from here.",
    per_year: "per year",
    euro: "€",
    scenarios_label: "Scenario to edit",
    add_scenario: "Add scenario",
    max_scenarios_reached: "There are five scenarios already, the most allowed. Remove one first.",
    remove_scenario: "Remove this scenario",
    min_scenarios_reached: "At least two scenarios are needed to compare.",
    move_earlier: "Move earlier",
    move_later: "Move later",
    scenario_name: "Scenario name",
    scenario_purpose: "Purpose or description",
    reserve: "Reserve",
    reserve_hint: "Advice: 10 to 15% of the cost lines.",
    new_scenario_name: "New scenario",
    lines_legend: "Cost lines",
    line_label: "Description",
    new_line_label: "New cost line",
    category: "Category",
    amount_kind: "Kind of amount",
    hours: "Hours",
    fte: "FTE",
    count: "Count",
    unit_price: "Unit price",
    fixed_amount: "Amount",
    base_line: "Basic upkeep",
    line_amount: "Amount of this line",
    add_line: "Add cost line",
    remove_line: "Remove line",
    move_up: "Up",
    move_down: "Down",
    no_lines: "This scenario has no cost lines yet.",
    lines_total: "Cost lines total",
    reserve_amount: "Reserve",
    grand_total: "Scenario total",
    comparison_caption: "Cost lines of all scenarios side by side",
    cost_line: "Cost line",
    subtotal: "Subtotal",
    participants_help: &[
        "No list yet? Enter the number of municipalities and their inhabitants. With a list per municipality every participant sees exactly what it pays.",
        "You can paste a list from Excel directly: copy the columns name and inhabitants (and usage, if any) and paste them below.",
    ],
    mode_legend: "How do you describe the participants?",
    mode_summary: "Summary (count and inhabitants)",
    mode_list: "List with names",
    participant_count: "Number of municipalities",
    inhabitants: "Inhabitants",
    inhabitants_basis: "The inhabitants figure is",
    basis_total: "the total of all municipalities",
    basis_average: "the average per municipality",
    average_usage_of: "Average usage per municipality",
    metrics_legend: "Usage metrics",
    metric_name: "Name of the usage metric",
    new_metric: "New usage metric",
    add_metric: "Add usage metric",
    remove_metric: "Remove usage metric",
    metric_name_taken: "That name is empty or exists already.",
    list_caption: "Participating municipalities",
    name: "Name",
    custom_work: "Custom work (€)",
    actions: "Actions",
    add_municipality: "Add municipality",
    new_municipality: "New municipality",
    remove: "Remove",
    empty_list: "The list is empty. Add municipalities or paste a list.",
    paste_legend: "Paste a list from Excel or CSV",
    paste_label: "Paste the lines here",
    paste_hint: "Put a name and the number of inhabitants on each line. Usage figures may follow. Separate the columns with tabs (as Excel does) or with semicolons. A header line such as \"Municipality; Inhabitants; Reports\" may come first. Names alone will do too: the inhabitants then come from the CBS list of municipalities. Lines with a total are skipped.",
    paste_preview_caption: "Preview of what was read",
    paste_line: "Line",
    paste_replace: "Accept (replaces the list)",
    paste_append: "Add to the list",
    paste_nothing: "Nothing read yet.",
    paste_skipped_heading: "Skipped lines",
    growth_legend: "Growth plan (variant B)",
    growth_help: &["How many municipalities join, and within how many years? Variant B, the multi-year estimate and the texts all follow this plan. Estimate conservatively: 10 to 20% growth a year is often feasible. Review the figures every year."],
    additional: "Number of new municipalities",
    growth_years: "Within number of years",
    growth_target_now: "Target",
    explicit_growth: "Give the number joining in each year myself",
    own_newcomer_size: "Give newcomers their own size",
    newcomer_inhabitants: "Inhabitants per new municipality",
    newcomer_usage_of: "Usage per new municipality",
    optional_hint: "Leave empty: today's average.",
    prospects_legend: "Municipalities on the waiting list",
    add_prospect: "Put a municipality on the waiting list",
    new_prospect: "New prospect",
    references_legend: "Reference municipalities",
    add_reference: "Add reference municipality",
    new_reference: "New type",
    key_legend: "Allocation key",
    key_help: &[
        "Equal is simple and suits small groups and low amounts. By inhabitants suits a mix of large and small municipalities. By usage is fairest when usage differs a lot, but needs reliable figures.",
        "A minimum contribution keeps small municipalities from paying next to nothing; a maximum protects the largest.",
    ],
    usage_metric: "Usage metric",
    no_metrics: "There are no usage metrics yet; add one with the participants.",
    hybrid_base: "Base part",
    hybrid_fixed: "A fixed amount per municipality",
    hybrid_base_lines: "The basic upkeep lines, divided equally",
    hybrid_fixed_amount: "Base amount per municipality",
    hybrid_variable: "The variable part follows",
    custom_work_note: "Custom work is entered per municipality in the list; it comes on top of the scenario total.",
    bands_caption: "Size bands",
    band_from: "From inhabitants",
    band_weight_kind: "Weight",
    band_rate: "Rate per inhabitant",
    band_points: "Points per municipality",
    band_value: "Value",
    add_band: "Add band",
    vng_bands: "Restore the VNG 2024 rates",
    last_band: "At least one band is needed.",
    minimum: "Minimum contribution per municipality",
    maximum: "Maximum contribution per municipality",
    use_minimum: "Set a minimum contribution",
    use_maximum: "Set a maximum contribution",
    key_problem_in: "This key does not work in scenario",
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
