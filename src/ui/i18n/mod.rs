//! Every string of the interface, in Dutch and English, in this folder: `mod.rs` for the page frame and
//! messages, one file per area of the page. Components ask their area's texts from the language and never
//! spell a word themselves.

mod editing;
mod insight;
mod keep;

pub use editing::EditTexts;
pub use insight::InsightTexts;
pub use keep::KeepTexts;

use rust_decimal::Decimal;

use crate::domain::error::{Bound, CalcError};
use crate::domain::notation::{format_money, format_number, Notation, Precision};
use crate::domain::validation::{Problem, ProblemKind};

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

    /// Strings of sections 2 to 4: budget, participants and key, results.
    pub fn edit(self) -> &'static EditTexts {
        match self {
            Lang::Nl => &editing::NL,
            Lang::En => &editing::EN,
        }
    }

    /// Strings of sections 1 and 5 to 7 and the charts: advice, multi-year, texts, accountability.
    pub fn insight(self) -> &'static InsightTexts {
        match self {
            Lang::Nl => &insight::NL,
            Lang::En => &insight::EN,
        }
    }

    /// Strings of drafts, files, share links, CSV, print and offline use.
    pub fn keep(self) -> &'static KeepTexts {
        match self {
            Lang::Nl => &keep::NL,
            Lang::En => &keep::EN,
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
    pub skip_to_content: &'static str,
    pub steps_label: &'static str,
    pub advice_heading: &'static str,
    pub budget_heading: &'static str,
    pub participants_heading: &'static str,
    pub results_heading: &'static str,
    pub multi_year_heading: &'static str,
    pub conclusions_heading: &'static str,
    pub accountability_heading: &'static str,
    pub show_cents: &'static str,
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
    pub summary_label: &'static str,
    pub col_total_per_year: &'static str,
    pub col_now: &'static str,
    pub col_after_growth: &'static str,
    pub loading_app: &'static str,
}

pub static NL: Texts = Texts {
    app_title: "Bijdragewijzer",
    tagline: "Bepaal en onderbouw de communitybijdrage van uw samenwerking van gemeenten.",
    switch_language: "English",
    skip_to_content: "Naar de inhoud",
    steps_label: "Stappen",
    advice_heading: "1. Advies vooraf",
    budget_heading: "2. Begrotingsscenario's",
    participants_heading: "3. Deelnemers en verdeelsleutel",
    results_heading: "4. Resultaten en groei",
    multi_year_heading: "5. Meerjarenraming en break-even",
    conclusions_heading: "6. Conclusies en teksten",
    accountability_heading: "7. Verantwoording",
    show_cents: "Toon centen",
    variant_current: "Variant A: huidige deelnemers",
    variant_grown: "Variant B: na groei",
    col_scenario: "Scenario",
    col_total: "Totaal",
    col_per_municipality_equal: "Per gemeente (gelijk)",
    municipalities: "gemeenten",
    inhabitants: "inwoners",
    template_caption: "bijdrage per scenario; Klein, Middel en Groot naar inwoners",
    not_computable: "niet te berekenen",
    document_has_problems:
        "Het document bevat fouten; de resultaten zijn bijgewerkt tot de laatste geldige invoer.",
    summary_label: "In het kort: de bijdrage per gemeente bij gelijke verdeling",
    col_total_per_year: "Totaal per jaar",
    col_now: "Per gemeente nu",
    col_after_growth: "Per gemeente na groei",
    loading_app: "De invoervelden en de uitleg worden geladen…",
};

pub static EN: Texts = Texts {
    app_title: "Bijdragewijzer",
    tagline:
        "Decide and explain the community contribution of your collaboration of municipalities.",
    switch_language: "Nederlands",
    skip_to_content: "Skip to content",
    steps_label: "Steps",
    advice_heading: "1. Advice first",
    budget_heading: "2. Budget scenarios",
    participants_heading: "3. Participants and allocation key",
    results_heading: "4. Results and growth",
    multi_year_heading: "5. Multi-year estimate and break-even",
    conclusions_heading: "6. Conclusions and texts",
    accountability_heading: "7. Accountability",
    show_cents: "Show cents",
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
    summary_label: "At a glance: the contribution per municipality when shared equally",
    col_total_per_year: "Total per year",
    col_now: "Per municipality now",
    col_after_growth: "Per municipality after growth",
    loading_app: "Loading the input fields and explanations…",
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
        (Lang::Nl, CalcError::MaximumHoldsEveryoneWithWeight { limit, with_weight, without_weight, total }) => format!(
            "{with_weight} gemeenten betalen al de maximumbijdrage van {}; {without_weight} andere wegen nul in deze sleutel (geen inwoners, gebruik of punten) en betalen daardoor niet meer. Samen halen ze het totaal van {} niet. Verhoog de maximumbijdrage of kies een andere sleutel.",
            money(*limit),
            money(*total)
        ),
        (Lang::En, CalcError::MaximumHoldsEveryoneWithWeight { limit, with_weight, without_weight, total }) => format!(
            "{with_weight} municipalities already pay the maximum of {}; {without_weight} others weigh zero under this key (no inhabitants, usage or points) and so pay no more. Together they cannot collect the total of {}. Raise the maximum or choose another key.",
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

/// Why a field's text was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Empty,
    NotANumber,
    Negative,
    TooSmall(Decimal),
    TooLarge(Decimal),
    NotWhole,
    /// More decimals than this field can mean (cents for money).
    TooManyDecimals(u32),
}

/// The message under a field; the field keeps showing what was typed, the document the last valid value.
pub fn field_message(lang: Lang, problem: &FieldProblem) -> String {
    let number = |value: &Decimal| format_number(*value, 0, lang.notation());
    match (lang, problem) {
        (Lang::Nl, FieldProblem::Empty) => "Vul een getal in; tot dan rekenen we met de vorige waarde.".into(),
        (Lang::En, FieldProblem::Empty) => "Enter a number; until then the previous value is used.".into(),
        (Lang::Nl, FieldProblem::NotANumber) => {
            "Dit is geen getal. Schrijf bijvoorbeeld 1.234,56 of 1234.56; de vorige waarde blijft staan.".into()
        }
        (Lang::En, FieldProblem::NotANumber) => {
            "This is not a number. Write for example 1234.56 or 1.234,56; the previous value stays.".into()
        }
        (Lang::Nl, FieldProblem::Negative) => "Dit kan niet negatief zijn; de vorige waarde blijft staan.".into(),
        (Lang::En, FieldProblem::Negative) => "This cannot be negative; the previous value stays.".into(),
        (Lang::Nl, FieldProblem::TooSmall(min)) => format!("Dit moet minstens {} zijn.", number(min)),
        (Lang::En, FieldProblem::TooSmall(min)) => format!("This must be at least {}.", number(min)),
        (Lang::Nl, FieldProblem::TooLarge(max)) => {
            format!("Dit is meer dan een begroting kan zijn: hoogstens {}.", number(max))
        }
        (Lang::En, FieldProblem::TooLarge(max)) => format!("This is more than a budget can be: at most {}.", number(max)),
        (Lang::Nl, FieldProblem::NotWhole) => "Vul een heel getal in.".into(),
        (Lang::En, FieldProblem::NotWhole) => "Enter a whole number.".into(),
        (Lang::Nl, FieldProblem::TooManyDecimals(decimals)) => {
            format!("Gebruik hoogstens {decimals} decimalen; de vorige waarde blijft staan.")
        }
        (Lang::En, FieldProblem::TooManyDecimals(decimals)) => {
            format!("Use at most {decimals} decimals; the previous value stays.")
        }
    }
}

/// A validation problem of a document (an imported file, a link, a draft), naming the field by its path.
pub fn problem_message(lang: Lang, problem: &Problem) -> String {
    let number = |value: &Decimal| format_number(*value, 0, lang.notation());
    let what = match (lang, &problem.kind) {
        (Lang::Nl, ProblemKind::Negative) => "mag niet negatief zijn".to_string(),
        (Lang::En, ProblemKind::Negative) => "must not be negative".to_string(),
        (Lang::Nl, ProblemKind::TooLarge { limit }) => {
            format!("is te groot (hoogstens {})", number(limit))
        }
        (Lang::En, ProblemKind::TooLarge { limit }) => {
            format!("is too large (at most {})", number(limit))
        }
        (Lang::Nl, ProblemKind::PercentOutOfRange { min, max }) => {
            format!(
                "moet tussen {} en {} procent liggen",
                number(min),
                number(max)
            )
        }
        (Lang::En, ProblemKind::PercentOutOfRange { min, max }) => {
            format!(
                "must be between {} and {} percent",
                number(min),
                number(max)
            )
        }
        (Lang::Nl, ProblemKind::ScenarioCount { count }) => {
            format!("heeft {count} scenario's; dat moeten er 2 tot 5 zijn")
        }
        (Lang::En, ProblemKind::ScenarioCount { count }) => {
            format!("has {count} scenarios; there must be 2 to 5")
        }
        (Lang::Nl, ProblemKind::NoSuchScenario { index }) => {
            format!("verwijst naar scenario {} dat niet bestaat", index + 1)
        }
        (Lang::En, ProblemKind::NoSuchScenario { index }) => {
            format!("refers to scenario {}, which does not exist", index + 1)
        }
        (Lang::Nl, ProblemKind::UnsupportedVersion { found }) => format!(
            "is versie {found}, van een nieuwere Bijdragewijzer; deze versie leest versie {}",
            crate::domain::document::FORMAT_VERSION
        ),
        (Lang::En, ProblemKind::UnsupportedVersion { found }) => format!(
            "is version {found}, from a newer Bijdragewijzer; this version reads version {}",
            crate::domain::document::FORMAT_VERSION
        ),
        (Lang::Nl, ProblemKind::TooManyMunicipalities { count }) => {
            format!("telt {count} gemeenten; dat zijn er te veel")
        }
        (Lang::En, ProblemKind::TooManyMunicipalities { count }) => {
            format!("counts {count} municipalities, too many")
        }
        (Lang::Nl, ProblemKind::YearsOutOfRange { years }) => {
            format!("is {years} jaar; kies 1 tot 30")
        }
        (Lang::En, ProblemKind::YearsOutOfRange { years }) => {
            format!("is {years} years; choose 1 to 30")
        }
        (Lang::Nl, ProblemKind::BandsOutOfOrder) => {
            "moet bij 0 inwoners beginnen en oplopen".to_string()
        }
        (Lang::En, ProblemKind::BandsOutOfOrder) => {
            "must start at 0 inhabitants and go up".to_string()
        }
        (Lang::Nl, ProblemKind::NotWhole) => "moet een heel getal zijn".to_string(),
        (Lang::En, ProblemKind::NotWhole) => "must be a whole number".to_string(),
        (Lang::Nl, ProblemKind::TooManyDecimals { decimals }) => {
            format!("heeft te veel decimalen (hoogstens {decimals})")
        }
        (Lang::En, ProblemKind::TooManyDecimals { decimals }) => {
            format!("has too many decimals (at most {decimals})")
        }
        (Lang::Nl, ProblemKind::NoBands) => "heeft geen staffelklassen".to_string(),
        (Lang::En, ProblemKind::NoBands) => "has no size bands".to_string(),
    };
    format!("{}: {what}", problem.path)
}
