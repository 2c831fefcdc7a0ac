//! Strings of the budget section (section 2): the budget year and rates, the scenarios, their cost lines and
//! the cost lines of all scenarios side by side.

use crate::domain::edits::AmountKind;
use crate::text::Lang;

/// Strings of the budget section.
pub struct BudgetTexts {
    pub lang: Lang,
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
}

impl BudgetTexts {
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
}

pub static NL: BudgetTexts = BudgetTexts {
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
};

pub static EN: BudgetTexts = BudgetTexts {
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
};
