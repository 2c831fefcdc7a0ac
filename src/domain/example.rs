//! The built-in example that a first visit opens on, and the blank document of "Nieuw, leeg".

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use super::budget::{Category, CostLine, LineAmount, Scenario};
use super::document::{
    default_rates, Accountability, CollaborationLevel, Conclusions, Contact, Document,
    FORMAT_VERSION,
};
use super::growth::BreakEvenSettings;
use super::key::KeySettings;
use super::multi_year::MultiYearPlan;
use super::participants::{
    Growth, InhabitantsBasis, ParticipantMode, Participants, ReferenceMunicipality, Summary,
};

fn amount(value: &str) -> Decimal {
    value.parse().unwrap_or_default()
}

fn line(category: Category, label: &str, amount: LineAmount, base: bool) -> CostLine {
    CostLine {
        category,
        label: label.to_string(),
        amount,
        base,
        actual: None,
    }
}

fn fixed(value: &str) -> LineAmount {
    LineAmount::Fixed {
        amount: amount(value),
    }
}

fn hours(value: &str) -> LineAmount {
    LineAmount::Hours {
        hours: amount(value),
    }
}

fn fte(value: &str) -> LineAmount {
    LineAmount::Fte { fte: amount(value) }
}

fn standard_plan() -> MultiYearPlan {
    MultiYearPlan {
        years: 3,
        indexation_percent: amount("3"),
        scenario_per_year: vec![],
    }
}

/// The budget year the example and the golden files use; the app opens the example on the next calendar
/// year instead ([`example_for`]).
pub const EXAMPLE_BUDGET_YEAR: u16 = 2027;

/// The example on [`EXAMPLE_BUDGET_YEAR`], as the golden files know it.
pub fn example() -> Document {
    example_for(EXAMPLE_BUDGET_YEAR)
}

/// "Nieuw, leeg" on [`EXAMPLE_BUDGET_YEAR`].
pub fn blank() -> Document {
    blank_for(EXAMPLE_BUDGET_YEAR)
}

/// A fictional reporting system for public space: 45 municipalities, 1.5 million inhabitants, ambition
/// 75 municipalities in two years, with the budget for the given year.
pub fn example_for(budget_year: u16) -> Document {
    use Category::*;
    let minimum = Scenario {
        name: "Minimum".into(),
        purpose: "Overlevingsmodus: de software blijft draaien en veilig.".into(),
        reserve_percent: Decimal::ZERO,
        lines: vec![
            line(
                Infrastructure,
                "Hosting en infrastructuur",
                fixed("10000"),
                true,
            ),
            line(Development, "Kritieke bugfixes", hours("100"), true),
            line(Coordination, "Coördinatie", fte("0.1"), true),
        ],
    };
    let streef = Scenario {
        name: "Streef".into(),
        purpose: "Realistisch en wenselijk: de aanbevolen basis.".into(),
        reserve_percent: amount("10"),
        lines: vec![
            line(
                Infrastructure,
                "Hosting en infrastructuur",
                fixed("12000"),
                true,
            ),
            line(Development, "3 nieuwe features", hours("400"), false),
            line(
                Development,
                "Bugfixes en klein onderhoud",
                hours("150"),
                true,
            ),
            line(
                Coordination,
                "Coördinatie en communitymanagement",
                fte("0.3"),
                false,
            ),
            line(Community, "2 gebruikersdagen", fixed("4000"), false),
            line(
                Community,
                "Communicatie en onboarding",
                fixed("3000"),
                false,
            ),
            line(Infrastructure, "Tools en licenties", fixed("2500"), true),
        ],
    };
    let wens = Scenario {
        name: "Wens".into(),
        purpose: "Ideaalbeeld: doorgroeien en vernieuwen.".into(),
        reserve_percent: amount("10"),
        lines: vec![
            line(
                Infrastructure,
                "Professionele hosting",
                fixed("18000"),
                true,
            ),
            line(Development, "6 nieuwe features", hours("800"), false),
            line(Development, "Onderhoud en bugfixes", hours("250"), true),
            line(Coordination, "Product owner", fte("0.4"), false),
            line(Coordination, "Communitymanager", fte("0.3"), false),
            line(
                Community,
                "3 gebruikersdagen en een jaarlijkse conferentie",
                fixed("12000"),
                false,
            ),
            line(Other, "Marketing en werving", fixed("8000"), false),
            line(Other, "Leveranciersdag en ecosysteem", fixed("5000"), false),
            line(Community, "Documentatie en training", fixed("6000"), false),
            line(Other, "Innovatie-experimenten", fixed("10000"), false),
            line(
                Infrastructure,
                "Tools, licenties en onvoorzien",
                fixed("8500"),
                true,
            ),
        ],
    };
    Document {
        schema: None,
        format_version: FORMAT_VERSION,
        name: "Meldingen openbare ruimte (voorbeeld)".into(),
        budget_year: Some(budget_year),
        contact: Contact::default(),
        rates: default_rates(),
        scenarios: vec![minimum, streef, wens],
        participants: Participants {
            mode: ParticipantMode::Summary,
            summary: Summary {
                count: 45,
                inhabitants: amount("1500000"),
                inhabitants_basis: InhabitantsBasis::Total,
                average_usage: BTreeMap::new(),
            },
            list: vec![],
            metrics: vec![],
        },
        growth: Growth {
            additional: 30,
            years: 2,
            ..Growth::none()
        },
        reference_municipalities: ReferenceMunicipality::defaults(),
        key: KeySettings::equal(),
        // Streef throughout: Wens only becomes affordable at today's Streef contribution from about 103
        // municipalities (break-even), beyond the plan's 75.
        multi_year: MultiYearPlan {
            scenario_per_year: vec![1],
            ..standard_plan()
        },
        break_even: BreakEvenSettings::default(),
        collaboration_level: CollaborationLevel::Structured,
        conclusions: Conclusions {
            start_scenario: 1,
            scale_up_scenario: Some(2),
            notes: String::new(),
        },
        accountability: Accountability { scenario: 1 },
        cycle: Default::default(),
    }
}

/// "Nieuw, leeg": three empty scenarios, no participants yet, the usual rates and reference sizes.
pub fn blank_for(budget_year: u16) -> Document {
    let empty = |name: &str, reserve: &str| Scenario {
        name: name.into(),
        purpose: String::new(),
        reserve_percent: amount(reserve),
        lines: vec![],
    };
    Document {
        schema: None,
        format_version: FORMAT_VERSION,
        name: "Nieuw document".into(),
        budget_year: Some(budget_year),
        contact: Contact::default(),
        rates: default_rates(),
        scenarios: vec![
            empty("Minimum", "0"),
            empty("Streef", "10"),
            empty("Wens", "10"),
        ],
        participants: Participants {
            mode: ParticipantMode::Summary,
            summary: Summary {
                count: 0,
                inhabitants: Decimal::ZERO,
                inhabitants_basis: InhabitantsBasis::Total,
                average_usage: BTreeMap::new(),
            },
            list: vec![],
            metrics: vec![],
        },
        growth: Growth::none(),
        reference_municipalities: ReferenceMunicipality::defaults(),
        key: KeySettings::equal(),
        multi_year: standard_plan(),
        break_even: BreakEvenSettings::default(),
        collaboration_level: CollaborationLevel::default(),
        conclusions: Conclusions {
            start_scenario: 1,
            ..Conclusions::default()
        },
        accountability: Accountability { scenario: 1 },
        cycle: Default::default(),
    }
}
