//! Strings of the ways to pay beyond one key: part of the year, work in kind, tariffs per class and
//! marginal bands.

use rust_decimal::Decimal;

use super::Lang;
use crate::domain::key::EdgeEffect;
use crate::domain::money::Money;
use crate::domain::notation::{format_money, format_number, format_percent_in_text, Precision};
use crate::domain::views::ShareExplanation;
use crate::domain::ways_to_pay::in_kind::InKindCount;
use crate::domain::ways_to_pay::months::FULL_YEAR;
use crate::domain::ways_to_pay::tariffs::Coverage;

/// The words of the ways to pay, in one language.
pub struct WaysToPayTexts {
    pub lang: Lang,
    // Part of the year.
    pub joins_in_month: &'static str,
    pub leaves_after_month: &'static str,
    pub months_column: &'static str,
    pub all_year: &'static str,
    // Work in kind.
    pub in_kind_heading: &'static str,
    pub in_kind_description: &'static str,
    pub in_kind_hours: &'static str,
    pub in_kind_amount: &'static str,
    pub in_kind_value: &'static str,
    pub in_kind_counted: &'static str,
    pub in_kind_excess: &'static str,
    pub invoice_after_in_kind: &'static str,
    pub cash_received: &'static str,
    pub add_in_kind: &'static str,
    pub remove_in_kind: &'static str,
    // The participant list's disclosure per row, and work in kind valued one way or the other.
    pub more: &'static str,
    pub more_column: &'static str,
    pub months_hint: &'static str,
    pub in_kind_way: &'static str,
    pub in_kind_way_hours: &'static str,
    pub in_kind_way_amount: &'static str,
    pub in_kind_fixed_value: &'static str,
    // Tariffs.
    pub tariffs_heading: &'static str,
    pub tariff_class_name: &'static str,
    pub tariff_from: &'static str,
    pub tariff_amount: &'static str,
    pub add_tariff_class: &'static str,
    pub remove_tariff_class: &'static str,
    pub tariff_actions: &'static str,
    pub example_tariffs: &'static str,
    pub coverage_caption: &'static str,
    pub coverage_collected: &'static str,
    pub coverage_percent: &'static str,
    pub coverage_surplus: &'static str,
    pub coverage_shortfall: &'static str,
    pub coverage_affordable: &'static str,
    pub coverage_from_members: &'static str,
    pub coverage_yes: &'static str,
    pub coverage_no: &'static str,
    pub coverage_never: &'static str,
    pub tariff_rule: &'static str,
    pub tariff_prospect_rule: &'static str,
    // Marginal bands.
    pub marginal_bands: &'static str,
    pub marginal_rule: &'static str,
}

pub static NL: WaysToPayTexts = WaysToPayTexts {
    lang: Lang::Nl,
    joins_in_month: "Doet mee vanaf maand",
    leaves_after_month: "Doet mee tot en met maand",
    months_column: "Maanden",
    all_year: "hele jaar",
    in_kind_heading: "Bijdrage in natura",
    in_kind_description: "Omschrijving",
    in_kind_hours: "Uren (tegen het uurtarief)",
    in_kind_amount: "Of een vaste waarde (€)",
    in_kind_value: "Waarde in natura",
    in_kind_counted: "Verrekend in natura",
    in_kind_excess: "Meer geleverd dan de factuur (niet uitbetaald)",
    invoice_after_in_kind: "Te betalen in geld",
    cash_received: "Ontvangen in geld",
    add_in_kind: "Bijdrage in natura toevoegen",
    remove_in_kind: "Bijdrage in natura verwijderen",
    more: "Meer",
    more_column: "Deel van het jaar, natura",
    months_hint: "Leeg: het hele jaar. Gewicht, basis en grenzen tellen voor de maanden dat de gemeente meedoet.",
    in_kind_way: "Gewaardeerd als",
    in_kind_way_hours: "uren tegen het uurtarief",
    in_kind_way_amount: "een vaste waarde",
    in_kind_fixed_value: "Vaste waarde (€)",
    tariffs_heading: "Tarieven per grootteklasse",
    tariff_class_name: "Klasse",
    tariff_from: "Vanaf inwoners",
    tariff_amount: "Bedrag per jaar (€)",
    add_tariff_class: "Klasse toevoegen",
    remove_tariff_class: "Klasse verwijderen",
    tariff_actions: "Acties",
    example_tariffs: "Voorbeeldtarieven (zoals Signalen)",
    coverage_caption: "Wat de tarieven opbrengen tegen elk scenario",
    coverage_collected: "Opbrengst tarieven",
    coverage_percent: "Dekking",
    coverage_surplus: "Overschot",
    coverage_shortfall: "Tekort",
    coverage_affordable: "Betaalbaar",
    coverage_from_members: "Gedekt vanaf",
    coverage_yes: "ja",
    coverage_no: "nee",
    coverage_never: "niet met nieuwe leden in de middelste klasse",
    tariff_rule: "Elke gemeente betaalt het vaste bedrag van haar grootteklasse; de begroting volgt uit wat de tarieven opbrengen.",
    tariff_prospect_rule: "het vaste tarief van uw grootteklasse",
    marginal_bands: "Per schijf (zoals de inkomstenbelasting): elk deel van de inwoners tegen het tarief van zijn klasse",
    marginal_rule: "We verdelen de kosten naar inwonertal, per schijf: elk deel van de inwoners telt tegen het tarief van zijn klasse, zodat er bij een grens geen sprong is. In",
};

pub static EN: WaysToPayTexts = WaysToPayTexts {
    lang: Lang::En,
    joins_in_month: "Takes part from month",
    leaves_after_month: "Takes part up to and including month",
    months_column: "Months",
    all_year: "all year",
    in_kind_heading: "Contribution in kind",
    in_kind_description: "Description",
    in_kind_hours: "Hours (at the hourly rate)",
    in_kind_amount: "Or a fixed value (€)",
    in_kind_value: "Value in kind",
    in_kind_counted: "Counted in kind",
    in_kind_excess: "Delivered beyond the invoice (not paid out)",
    invoice_after_in_kind: "To pay in money",
    cash_received: "Received in money",
    add_in_kind: "Add a contribution in kind",
    remove_in_kind: "Remove the contribution in kind",
    more: "More",
    more_column: "Part of the year, in kind",
    months_hint: "Empty: all year. Weight, base and bounds count for the months the municipality takes part.",
    in_kind_way: "Valued as",
    in_kind_way_hours: "hours at the hourly rate",
    in_kind_way_amount: "a fixed value",
    in_kind_fixed_value: "Fixed value (€)",
    tariffs_heading: "Tariffs per size class",
    tariff_class_name: "Class",
    tariff_from: "From inhabitants",
    tariff_amount: "Amount per year (€)",
    add_tariff_class: "Add a class",
    remove_tariff_class: "Remove the class",
    tariff_actions: "Actions",
    example_tariffs: "Example tariffs (like Signalen)",
    coverage_caption: "What the tariffs collect against each scenario",
    coverage_collected: "Collected by the tariffs",
    coverage_percent: "Coverage",
    coverage_surplus: "Surplus",
    coverage_shortfall: "Shortfall",
    coverage_affordable: "Affordable",
    coverage_from_members: "Covered from",
    coverage_yes: "yes",
    coverage_no: "no",
    coverage_never: "not with new members in the middle class",
    tariff_rule: "Every municipality pays the fixed amount of its size class; the budget follows from what the tariffs collect.",
    tariff_prospect_rule: "the fixed tariff of your size class",
    marginal_bands: "In slices (like income tax): each part of the inhabitants at its band's rate",
    marginal_rule: "We divide the costs by number of inhabitants, in slices: each part of the inhabitants counts at its band's rate, so that there is no jump at an edge. In",
};

impl WaysToPayTexts {
    /// "vanaf 1 april (9/12)": when a member takes part for part of the year.
    pub fn part_of_year(&self, joins_in: Option<u8>, months: u8) -> String {
        let fraction = format!("{months}/12");
        match (self.lang, joins_in.filter(|month| *month > 1)) {
            (Lang::Nl, Some(month)) => {
                format!("vanaf 1 {} ({fraction})", month_name(self.lang, month))
            }
            (Lang::En, Some(month)) => {
                format!("from 1 {} ({fraction})", month_name(self.lang, month))
            }
            (Lang::Nl, None) => format!("{months} maanden ({fraction})"),
            (Lang::En, None) => format!("{months} months ({fraction})"),
        }
    }

    /// [`WaysToPayTexts::part_of_year`] as a plain function, for writers that take no language.
    pub fn describe_part_of_year(&self) -> fn(Option<u8>, u8) -> String {
        match self.lang {
            Lang::Nl => |joins_in, months| NL.part_of_year(joins_in, months),
            Lang::En => |joins_in, months| EN.part_of_year(joins_in, months),
        }
    }

    /// What a row of the participant list says about its months and work in kind while closed: "vanaf 1
    /// april (9/12), 1 × in natura", or just "Meer".
    pub fn row_summary(&self, joins_in: Option<u8>, months: u8, in_kind_items: usize) -> String {
        let mut parts = Vec::new();
        if months < FULL_YEAR {
            parts.push(self.part_of_year(joins_in, months));
        }
        if in_kind_items > 0 {
            parts.push(match self.lang {
                Lang::Nl => format!("{in_kind_items} × in natura"),
                Lang::En => format!("{in_kind_items} × in kind"),
            });
        }
        if parts.is_empty() {
            self.more.to_string()
        } else {
            parts.join(", ")
        }
    }

    /// Under a table of contributions: what comes in as money, and how it follows from what was counted in
    /// kind.
    pub fn cash_received_line(
        &self,
        cash: Money,
        before: Money,
        counted: Money,
        precision: Precision,
    ) -> String {
        let money = |amount| self.money(amount, precision);
        match self.lang {
            Lang::Nl => format!(
                "{}: {} ({} min {} verrekend in natura).",
                self.cash_received,
                money(cash),
                money(before),
                money(counted)
            ),
            Lang::En => format!(
                "{}: {} ({} less {} counted in kind).",
                self.cash_received,
                money(cash),
                money(before),
                money(counted)
            ),
        }
    }

    /// The texts' sentence on work in kind: the value counted against the invoices and the cash received.
    pub fn letter_in_kind(&self, counted: &str, cash: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Gemeenten leveren ook werk in natura: {counted} daarvan telt tegen hun facturen, zodat het samenwerkingsverband {cash} in geld ontvangt."),
            Lang::En => format!("Municipalities also deliver work in kind: {counted} of it counts against their invoices, so the collaboration receives {cash} in money."),
        }
    }

    /// The texts' sentence under tariffs: what they collect against the proposed scenario's total.
    pub fn letter_coverage(&self, scenario: &str, coverage: &Coverage) -> String {
        let money = |amount| self.money(amount, Precision::WholeEuros);
        let percent = coverage.percent.map_or_else(String::new, |percent| {
            format!(
                " ({})",
                format_percent_in_text(percent, self.lang.notation())
            )
        });
        let (collected, total) = (money(coverage.collected), money(coverage.total));
        let difference = money(coverage.difference.abs());
        match (self.lang, coverage.covered()) {
            (Lang::Nl, true) => format!("Met de tarieven brengen de gemeenten {collected} op, genoeg voor {scenario} ({total}){percent}: een overschot van {difference}."),
            (Lang::Nl, false) => format!("Met de tarieven brengen de gemeenten {collected} op, niet genoeg voor {scenario} ({total}){percent}: een tekort van {difference}."),
            (Lang::En, true) => format!("With the tariffs the municipalities pay {collected}, enough for {scenario} ({total}){percent}: a surplus of {difference}."),
            (Lang::En, false) => format!("With the tariffs the municipalities pay {collected}, not enough for {scenario} ({total}){percent}: a shortfall of {difference}."),
        }
    }

    /// The texts' sentence on members that take part for part of the year, each named with its months.
    pub fn letter_part_of_year(&self, members: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Niet het hele jaar doen mee: {members}. Zij betalen voor de maanden dat zij meedoen."),
            Lang::En => format!("Not taking part all year: {members}. They pay for the months they take part."),
        }
    }

    /// The break-even under tariffs: from how many members on the tariffs cover the scenario.
    pub fn break_even_by_coverage(&self, scenario: &str, count: u64) -> String {
        match self.lang {
            Lang::Nl => format!("Met de tarieven is {scenario} gedekt vanaf {count} gemeenten: dan brengen de tarieven minstens het totaal van {scenario} op."),
            Lang::En => format!("With the tariffs, {scenario} is covered from {count} municipalities on: the tariffs then collect at least {scenario}'s total."),
        }
    }

    /// "n members", the count a scenario is covered from.
    pub fn members(&self, count: u64) -> String {
        match self.lang {
            Lang::Nl => format!("{count} leden"),
            Lang::En => format!("{count} members"),
        }
    }

    /// "Klasse 2": a tariff class by its position, for a new class's name and a row's labels.
    pub fn class_label(&self, index: usize) -> String {
        match self.lang {
            Lang::Nl => format!("Klasse {}", index + 1),
            Lang::En => format!("Class {}", index + 1),
        }
    }

    /// "Bedrag per jaar (€): Klasse 2": a field of a tariff class's row, for screen readers.
    pub fn about_class(&self, what: &str, index: usize) -> String {
        format!("{what}: {}", self.class_label(index))
    }

    /// At an empty tariff amount.
    pub fn tariff_amount_missing(&self, index: usize) -> String {
        match self.lang {
            Lang::Nl => format!(
                "Vul het bedrag per jaar van {} in; zonder bedrag kan niets worden berekend.",
                self.class_label(index).to_lowercase()
            ),
            Lang::En => format!(
                "Fill in the amount per year of {}; without it nothing can be computed.",
                self.class_label(index).to_lowercase()
            ),
        }
    }

    /// What the chosen size bands do at their edges, in one or two sentences.
    pub fn edge_effect(&self, effect: &EdgeEffect) -> String {
        let whole = |value: Decimal| self.lang.whole(value);
        // A weight, not an amount paid: rate x inhabitants, to the hundredth.
        let weight = |value: Decimal| format_number(value, 2, self.lang.notation());
        match (self.lang, effect) {
            (Lang::Nl, EdgeEffect::NoJump) => "Bij een grens is er geen sprong: elk deel van de inwoners telt tegen het tarief van zijn klasse.".into(),
            (Lang::En, EdgeEffect::NoJump) => "There is no jump at an edge: each part of the inhabitants counts at its band's rate.".into(),
            (Lang::Nl, EdgeEffect::AbovePaysMore) => "Net boven een grens betaalt een gemeente naar verhouding meer dan net eronder.".into(),
            (Lang::En, EdgeEffect::AbovePaysMore) => "Just above an edge a municipality pays relatively more than just below it.".into(),
            (Lang::Nl, EdgeEffect::BelowPaysMore { edge, below, above }) => format!(
                "Met deze dalende tarieven betaalt een gemeente net onder een grens méér dan een gemeente net erboven: bij de grens van {} inwoners weegt {} inwoners {} en {} inwoners maar {} (inwoners maal het tarief van hun klasse). Kies 'per schijf' om die sprong weg te nemen.",
                whole(*edge), whole(*edge - Decimal::ONE), weight(*below), whole(*edge), weight(*above)
            ),
            (Lang::En, EdgeEffect::BelowPaysMore { edge, below, above }) => format!(
                "With these falling rates a municipality just below an edge pays more than one just above it: at the edge of {} inhabitants, {} inhabitants weigh {} and {} inhabitants only {} (inhabitants times their band's rate). Choose 'in slices' to remove that jump.",
                whole(*edge), whole(*edge - Decimal::ONE), weight(*below), whole(*edge), weight(*above)
            ),
            (Lang::Nl, EdgeEffect::Mixed) => "Bij sommige grenzen betaalt een gemeente net erboven naar verhouding meer, bij andere net eronder. Kies 'per schijf' om de sprongen weg te nemen.".into(),
            (Lang::En, EdgeEffect::Mixed) => "At some edges a municipality just above pays relatively more, at others one just below. Choose 'in slices' to remove the jumps.".into(),
        }
    }
}

impl WaysToPayTexts {
    fn money(&self, amount: Decimal, precision: Precision) -> String {
        format_money(amount, precision, self.lang.notation())
    }

    /// "Waarom dit bedrag?" under the tariff key: the class, its yearly amount, and the months.
    pub fn explain_tariff(
        &self,
        name: &str,
        class: &str,
        yearly: Money,
        e: &ShareExplanation,
        precision: Precision,
    ) -> String {
        let inhabitants = self.lang.whole(e.inhabitants);
        let mut text = match self.lang {
            Lang::Nl => format!(
                "{name} heeft {inhabitants} inwoners en valt in de klasse {class}: {} per jaar.",
                self.money(yearly, precision)
            ),
            Lang::En => format!(
                "{name} has {inhabitants} inhabitants and falls in the class {class}: {} a year.",
                self.money(yearly, precision)
            ),
        };
        if e.months < FULL_YEAR {
            text.push_str(&match self.lang {
                Lang::Nl => format!(
                    " Zij doet {} mee: {} × {}/12 = {}.",
                    self.part_of_year(e.joins_in_month, e.months),
                    self.money(yearly, precision),
                    e.months,
                    self.money(e.shared, precision)
                ),
                Lang::En => format!(
                    " It takes part {}: {} × {}/12 = {}.",
                    self.part_of_year(e.joins_in_month, e.months),
                    self.money(yearly, precision),
                    e.months,
                    self.money(e.shared, precision)
                ),
            });
        }
        if !e.custom_work.is_zero() {
            text.push_str(&match self.lang {
                Lang::Nl => format!(
                    " Daar komt {} maatwerk bij.",
                    self.money(e.custom_work, precision)
                ),
                Lang::En => format!(
                    " On top comes {} of custom work.",
                    self.money(e.custom_work, precision)
                ),
            });
        }
        text.push_str(&self.explain_in_kind(name, &e.in_kind, precision));
        text
    }

    /// The weight under marginal bands, in a sentence.
    pub fn explain_slices(&self, name: &str, inhabitants: Decimal, weight: Decimal) -> String {
        let inhabitants = self.lang.whole(inhabitants);
        let weight = format_number(
            weight,
            weight.normalize().scale().min(4),
            self.lang.notation(),
        );
        match self.lang {
            Lang::Nl => format!("{name} heeft {inhabitants} inwoners; elk deel telt tegen het tarief van zijn schijf: samen {weight} punten. "),
            Lang::En => format!("{name} has {inhabitants} inhabitants; each part counts at its slice's rate: {weight} points in all. "),
        }
    }

    /// For a member that takes part for part of the year: what counts for its months.
    pub fn explain_months(&self, name: &str, e: &ShareExplanation) -> String {
        if e.months >= FULL_YEAR {
            return String::new();
        }
        let when = self.part_of_year(e.joins_in_month, e.months);
        match self.lang {
            Lang::Nl => format!("{name} doet mee {when}: gewicht, basis en grenzen tellen voor {} van de 12 maanden. ", e.months),
            Lang::En => format!("{name} takes part {when}: weight, base and bounds count for {} of the 12 months. ", e.months),
        }
    }

    /// Work in kind: its value, what is counted against the invoice, and what is left to pay in money.
    pub fn explain_in_kind(&self, name: &str, count: &InKindCount, precision: Precision) -> String {
        if count.value.is_zero() {
            return String::new();
        }
        let mut text = match self.lang {
            Lang::Nl => format!(
                " {name} levert {} in natura; daarvan telt {} tegen de factuur, zodat {} in geld te betalen blijft.",
                self.money(count.value, precision),
                self.money(count.counted, precision),
                self.money(count.invoice, precision)
            ),
            Lang::En => format!(
                " {name} delivers {} in kind; {} of it counts against the invoice, which leaves {} to pay in money.",
                self.money(count.value, precision),
                self.money(count.counted, precision),
                self.money(count.invoice, precision)
            ),
        };
        if !count.excess.is_zero() {
            text.push_str(&match self.lang {
                Lang::Nl => format!(
                    " De overige {} wordt niet uitbetaald.",
                    self.money(count.excess, precision)
                ),
                Lang::En => format!(
                    " The remaining {} is not paid out.",
                    self.money(count.excess, precision)
                ),
            });
        }
        text
    }
}

/// The name of a month, 1-12, as a date in a sentence writes it.
pub fn month_name(lang: Lang, month: u8) -> &'static str {
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let names = match lang {
        Lang::Nl => &NL,
        Lang::En => &EN,
    };
    names
        .get(usize::from(month.clamp(1, 12)) - 1)
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::key::KeySettings;

    #[test]
    fn part_of_the_year_reads_as_a_date_and_a_fraction() {
        assert_eq!(NL.part_of_year(Some(4), 9), "vanaf 1 april (9/12)");
        assert_eq!(EN.part_of_year(Some(4), 9), "from 1 April (9/12)");
        assert_eq!(NL.part_of_year(None, 6), "6 maanden (6/12)");
    }

    #[test]
    fn a_row_says_what_is_set_behind_its_disclosure() {
        assert_eq!(NL.row_summary(None, 12, 0), "Meer");
        assert_eq!(
            NL.row_summary(Some(4), 9, 1),
            "vanaf 1 april (9/12), 1 × in natura"
        );
        assert_eq!(EN.row_summary(None, 12, 2), "2 × in kind");
    }

    #[test]
    fn a_month_field_names_the_month_it_allows() {
        use crate::text::number_rule::NumberRule;
        let leaves = NumberRule::month(4, 12);
        let problem = leaves.read("3").unwrap_err();
        assert_eq!(
            Lang::Nl.texts().field_message(&problem, None),
            "Dit moet minstens 4 (april) zijn."
        );
        let problem = leaves.read("13").unwrap_err();
        assert_eq!(
            Lang::En.texts().field_message(&problem, None),
            "This can be at most 12 (December)."
        );
        assert!(leaves.read("4,5").is_err());
    }

    #[test]
    fn the_advice_on_vng_bands_says_that_just_below_an_edge_pays_more() {
        let effect = KeySettings::equal().edge_effect();
        let text = NL.edge_effect(&effect);
        assert!(text.contains("net onder een grens méér"), "{text}");
        assert!(text.contains("4.999"), "{text}");
        assert!(!text.contains("net boven een grens betaalt"), "{text}");
    }
}
