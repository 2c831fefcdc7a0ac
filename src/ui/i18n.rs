//! Every string of the interface, in Dutch and English. Components ask for `texts()` and never spell a
//! word themselves.

use crate::domain::error::{Bound, CalcError};
use crate::domain::notation::{format_money, Notation, Precision};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Nl,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    pub fn notation(self) -> Notation {
        match self {
            Lang::Nl => Notation::Dutch,
            Lang::En => Notation::English,
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Nl => Lang::En,
            Lang::En => Lang::Nl,
        }
    }
}

pub struct Texts {
    pub app_title: &'static str,
    pub tagline: &'static str,
    pub switch_language: &'static str,
    pub results_heading: &'static str,
    pub variant_current: &'static str,
    pub variant_grown: &'static str,
    pub col_scenario: &'static str,
    pub col_total: &'static str,
    pub col_per_municipality_equal: &'static str,
    pub municipalities: &'static str,
    pub inhabitants: &'static str,
    pub template_caption: &'static str,
    pub not_computable: &'static str,
    pub document_has_problems: &'static str,
}

pub static NL: Texts = Texts {
    app_title: "Bijdragewijzer",
    tagline: "Bepaal en onderbouw de communitybijdrage van uw samenwerking van gemeenten.",
    switch_language: "English",
    results_heading: "Resultaten",
    variant_current: "Variant A: huidige deelnemers",
    variant_grown: "Variant B: na groei",
    col_scenario: "Scenario",
    col_total: "Totaal",
    col_per_municipality_equal: "Per gemeente (gelijk)",
    municipalities: "gemeenten",
    inhabitants: "inwoners",
    template_caption: "bijdrage per scenario; Klein, Middel en Groot naar inwoners",
    not_computable: "niet te berekenen",
    document_has_problems: "Het document bevat fouten; de resultaten zijn bijgewerkt tot de laatste geldige invoer.",
};

pub static EN: Texts = Texts {
    app_title: "Bijdragewijzer",
    tagline: "Decide and explain the community contribution of your collaboration of municipalities.",
    switch_language: "Nederlands",
    results_heading: "Results",
    variant_current: "Variant A: current participants",
    variant_grown: "Variant B: after growth",
    col_scenario: "Scenario",
    col_total: "Total",
    col_per_municipality_equal: "Per municipality (equal)",
    municipalities: "municipalities",
    inhabitants: "inhabitants",
    template_caption: "contribution per scenario; Small, Medium and Large by inhabitants",
    not_computable: "cannot be computed",
    document_has_problems: "The document has errors; results show the last valid input.",
};

/// A calculation problem in the user's language, with amounts in their notation.
pub fn calc_error(lang: Lang, error: &CalcError) -> String {
    let money = |amount| format_money(amount, Precision::Cents, lang.notation());
    match (lang, error) {
        (Lang::Nl, CalcError::Overflow) => "Een bedrag is te groot om mee te rekenen.".into(),
        (Lang::En, CalcError::Overflow) => "An amount is too large to compute with.".into(),
        (Lang::Nl, CalcError::NoParticipants) => "Er zijn geen deelnemende gemeenten: vul het aantal of de lijst in.".into(),
        (Lang::En, CalcError::NoParticipants) => "There are no participating municipalities: enter the number or the list.".into(),
        (Lang::Nl, CalcError::NothingToDivideBy) => {
            "Alle gemeenten wegen nul in deze sleutel (geen inwoners, geen gebruik of geen punten).".into()
        }
        (Lang::En, CalcError::NothingToDivideBy) => {
            "Every municipality weighs zero under this key (no inhabitants, usage or points).".into()
        }
        (Lang::Nl, CalcError::BaseExceedsTotal { base, total }) => {
            format!("Het basisdeel ({}) is groter dan het scenariototaal ({}).", money(*base), money(*total))
        }
        (Lang::En, CalcError::BaseExceedsTotal { base, total }) => {
            format!("The base part ({}) exceeds the scenario total ({}).", money(*base), money(*total))
        }
        (Lang::Nl, CalcError::BoundsCannotBeMet { bound: Bound::Minimum, limit, participants, total }) => format!(
            "{participants} gemeenten die elk minstens {} betalen, brengen meer op dan het totaal van {}. Verlaag de minimumbijdrage.",
            money(*limit),
            money(*total)
        ),
        (Lang::En, CalcError::BoundsCannotBeMet { bound: Bound::Minimum, limit, participants, total }) => format!(
            "{participants} municipalities paying at least {} each collect more than the total of {}. Lower the minimum.",
            money(*limit),
            money(*total)
        ),
        (Lang::Nl, CalcError::BoundsCannotBeMet { bound: Bound::Maximum, limit, participants, total }) => format!(
            "{participants} gemeenten die elk hoogstens {} betalen, halen het totaal van {} niet. Verhoog de maximumbijdrage.",
            money(*limit),
            money(*total)
        ),
        (Lang::En, CalcError::BoundsCannotBeMet { bound: Bound::Maximum, limit, participants, total }) => format!(
            "{participants} municipalities paying at most {} each cannot collect the total of {}. Raise the maximum.",
            money(*limit),
            money(*total)
        ),
        (Lang::Nl, CalcError::MinimumAboveMaximum) => "De minimumbijdrage is hoger dan de maximumbijdrage.".into(),
        (Lang::En, CalcError::MinimumAboveMaximum) => "The minimum contribution is above the maximum.".into(),
        (Lang::Nl, CalcError::NoBandFor { inhabitants }) => {
            format!("Geen staffelklasse voor een gemeente met {inhabitants} inwoners; laat de eerste klasse bij 0 beginnen.")
        }
        (Lang::En, CalcError::NoBandFor { inhabitants }) => {
            format!("No size band covers a municipality of {inhabitants} inhabitants; start the first band at 0.")
        }
        (Lang::Nl, CalcError::ReferenceAmountNotPositive) => "Het referentiebedrag moet groter dan nul zijn.".into(),
        (Lang::En, CalcError::ReferenceAmountNotPositive) => "The reference amount must be above zero.".into(),
        (Lang::Nl, CalcError::NoSuchScenario { index }) => format!("Scenario {} bestaat niet.", index + 1),
        (Lang::En, CalcError::NoSuchScenario { index }) => format!("Scenario {} does not exist.", index + 1),
    }
}
