//! Every string of the interface, in Dutch and English, in this folder: `mod.rs` for the page frame and
//! messages, one file per area of the page. Components ask their area's texts from the language and never
//! spell a word themselves.

mod directory;
mod editing;
mod guide;
mod hosting;
mod insight;
mod keep;
mod letters;
mod print;
mod prospect;

pub use directory::DirectoryTexts;
pub use editing::EditTexts;
pub use guide::{key_index, tier_index, GuideTexts};
pub use hosting::HostingTexts;
pub use insight::InsightTexts;
pub use keep::KeepTexts;
pub use letters::LetterTexts;
pub use print::PrintTexts;
pub use prospect::{ProspectLinkTexts, ProspectTexts};

use rust_decimal::Decimal;

use crate::domain::allocation::KeyKind;
use crate::domain::error::{Bound, CalcError};
use crate::domain::notation::{format_money, format_number, Notation, Precision};
use crate::domain::readiness::Missing;
use crate::domain::validation::{Problem, ProblemKind};
use crate::ui::fields::ValueKind;

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

    /// The guide's judgement where the user decides: pros and cons of keys, scenario help, warnings.
    pub fn guide(self) -> &'static GuideTexts {
        match self {
            Lang::Nl => &guide::NL,
            Lang::En => &guide::EN,
        }
    }

    /// The two generated texts: recruitment and the proposal to the steering group.
    pub fn letters(self) -> &'static LetterTexts {
        match self {
            Lang::Nl => &letters::NL,
            Lang::En => &letters::EN,
        }
    }

    /// Strings of drafts, files, share links, CSV, print and offline use.
    pub fn keep(self) -> &'static KeepTexts {
        match self {
            Lang::Nl => &keep::NL,
            Lang::En => &keep::EN,
        }
    }

    /// Strings of the printed report.
    pub fn print(self) -> &'static PrintTexts {
        match self {
            Lang::Nl => &print::NL,
            Lang::En => &print::EN,
        }
    }

    /// Strings of the built-in directory of municipalities.
    pub fn directory(self) -> &'static DirectoryTexts {
        match self {
            Lang::Nl => &directory::NL,
            Lang::En => &directory::EN,
        }
    }

    /// Strings of the prospect page that a wervingslink opens.
    pub fn prospect(self) -> &'static ProspectTexts {
        match self {
            Lang::Nl => &prospect::NL,
            Lang::En => &prospect::EN,
        }
    }

    /// Strings of the button that makes a wervingslink, beside the share link.
    pub fn prospect_link(self) -> &'static ProspectLinkTexts {
        match self {
            Lang::Nl => &prospect::LINK_NL,
            Lang::En => &prospect::LINK_EN,
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
    pub comparison_caption: &'static str,
    pub not_computable: &'static str,
    pub document_has_problems: &'static str,
    pub field_not_set: &'static str,
    pub summary_label: &'static str,
    pub col_total_per_year: &'static str,
    pub per_municipality: &'static str,
    pub average_per_municipality: &'static str,
    pub suffix_now: &'static str,
    pub suffix_after_growth: &'static str,
    pub key_word: &'static str,
    pub minimum_word: &'static str,
    pub maximum_word: &'static str,
    pub loading_app: &'static str,
    /// What to fill in first in a document that is not complete yet (`domain::readiness`).
    pub start_with_costs_and_participants: &'static str,
    pub start_with_costs: &'static str,
    pub start_with_participants: &'static str,
    /// Where a figure waits for the participants, or for their inhabitants.
    pub awaiting_participants: &'static str,
    pub awaiting_inhabitants: &'static str,
}

impl Texts {
    /// The guidance for a document that still misses something; `None` when it misses nothing.
    pub fn guidance(&self, missing: &[Missing]) -> Option<&'static str> {
        let costs = missing.contains(&Missing::CostLines);
        let participants = missing.contains(&Missing::Participants);
        match (costs, participants) {
            (true, true) => Some(self.start_with_costs_and_participants),
            (true, false) => Some(self.start_with_costs),
            (false, true) => Some(self.start_with_participants),
            (false, false) => None,
        }
    }

    /// Where one figure waits for input (`domain::readiness::awaited`).
    pub fn awaiting(&self, missing: Missing) -> &'static str {
        match missing {
            Missing::CostLines => self.start_with_costs,
            Missing::Participants => self.awaiting_participants,
            Missing::Inhabitants => self.awaiting_inhabitants,
        }
    }
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
    template_caption: "bijdrage per scenario met de gekozen verdeelsleutel:",
    comparison_caption: "Ter vergelijking, zoals in de handreiking: wat elke gemeente betaalt bij gelijk verdelen, en wat de referentiegemeenten betalen bij verdelen naar inwoners",
    not_computable: "niet te berekenen",
    document_has_problems:
        "Er staan fouten in het document. De resultaten gaan uit van de laatste invoer die wel klopte.",
    field_not_set: "Niet ingevuld.",
    summary_label: "In het kort: wat een gemeente per jaar betaalt.",
    col_total_per_year: "Totaal per jaar",
    per_municipality: "Per gemeente",
    average_per_municipality: "Gemiddeld per gemeente",
    suffix_now: "nu",
    suffix_after_growth: "na groei",
    key_word: "Verdeelsleutel",
    minimum_word: "minimaal",
    maximum_word: "maximaal",
    loading_app: "De invoervelden en de uitleg worden geladen…",
    start_with_costs_and_participants: "Nog niets om te verdelen. Begin bij stap 2: zet per scenario de kosten op een rij. Vul daarna bij stap 3 in hoeveel gemeenten meedoen. Dan ziet u hier wat elke gemeente bijdraagt.",
    start_with_costs: "Nog niets om te verdelen: de scenario's hebben nog geen kosten. Zet bij stap 2 de kosten op een rij. Dan ziet u hier wat elke gemeente bijdraagt.",
    start_with_participants: "Nog niemand om de kosten over te verdelen. Vul bij stap 3 in hoeveel gemeenten meedoen, of zet ze in een lijst. Dan ziet u hier wat elke gemeente bijdraagt.",
    awaiting_participants: "Volgt zodra u bij stap 3 hebt ingevuld hoeveel gemeenten meedoen.",
    awaiting_inhabitants: "Volgt zodra u bij stap 3 ook het aantal inwoners hebt ingevuld.",
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
    template_caption: "contribution per scenario under the chosen key:",
    comparison_caption: "For comparison, as in the guide: what every municipality pays when you divide equally, and what the reference municipalities pay when you divide by inhabitants",
    not_computable: "cannot be computed",
    document_has_problems: "The document has errors. The results use the last input that was correct.",
    field_not_set: "Not set.",
    summary_label: "At a glance: what a municipality pays per year.",
    col_total_per_year: "Total per year",
    per_municipality: "Per municipality",
    average_per_municipality: "Average per municipality",
    suffix_now: "now",
    suffix_after_growth: "after growth",
    key_word: "Allocation key",
    minimum_word: "minimum",
    maximum_word: "maximum",
    loading_app: "Loading the input fields and explanations…",
    start_with_costs_and_participants: "Nothing to divide yet. Start at step 2: list the costs of each scenario. Then enter at step 3 how many municipalities take part. This is where you will see what each municipality contributes.",
    start_with_costs: "Nothing to divide yet: the scenarios have no costs. List the costs at step 2. This is where you will see what each municipality contributes.",
    start_with_participants: "No one to divide the costs over yet. Enter at step 3 how many municipalities take part, or list them. This is where you will see what each municipality contributes.",
    awaiting_participants: "Shown once you have entered at step 3 how many municipalities take part.",
    awaiting_inhabitants: "Shown once you have also entered the inhabitants at step 3.",
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
            "Er valt niets te verdelen: bij deze sleutel telt elke gemeente voor 0. Vul inwoners, gebruik of punten in.".into()
        }
        (Lang::En, CalcError::NothingToDivideBy) => {
            "There is nothing to divide by: under this key every municipality counts for 0. Enter inhabitants, usage or points.".into()
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
        (Lang::Nl, CalcError::PricedByUsage) => {
            "Deze sleutel verdeelt naar gebruik. Wat een gemeente betaalt, hangt dus niet alleen af van haar inwonertal.".into()
        }
        (Lang::En, CalcError::PricedByUsage) => {
            "This key divides by usage. So what a municipality pays does not depend on its number of inhabitants alone.".into()
        }
    }
}

/// One message for a result row whose scenario the key cannot divide, instead of an error in every cell:
/// when (now, after growth or both) and why. `failed_now` and `failed_after_growth` say which variants fail;
/// `error` is the first failure.
pub fn undivided_message(
    lang: Lang,
    failed_now: bool,
    failed_after_growth: bool,
    error: &CalcError,
) -> String {
    let guide = lang.guide();
    let when = match (failed_now, failed_after_growth) {
        (true, false) => guide.not_divisible_now,
        (false, true) => guide.not_divisible_after_growth,
        _ => guide.not_divisible,
    };
    format!("{when} {}", calc_error(lang, error))
}

/// A table cell's word for an amount that cannot be given: short, with the full reason in `calc_error`.
pub fn calc_error_short(lang: Lang, error: &CalcError) -> String {
    match (lang, error) {
        (Lang::Nl, CalcError::PricedByUsage) => "n.v.t.".into(),
        (Lang::En, CalcError::PricedByUsage) => "n/a".into(),
        _ => lang.texts().not_computable.into(),
    }
}

/// The heading of the column "total over the number of municipalities": each one's share under the equal
/// key, only an average under any other.
pub fn per_municipality_heading(lang: Lang, key: KeyKind) -> &'static str {
    match (lang, key) {
        (Lang::Nl, KeyKind::Equal) => "Per gemeente",
        (Lang::En, KeyKind::Equal) => "Per municipality",
        (Lang::Nl, _) => "Gemiddeld per gemeente",
        (Lang::En, _) => "Average per municipality",
    }
}

/// Why a field's text was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    Empty,
    NotANumber,
    Negative,
    TooSmall(Decimal, ValueKind),
    TooLarge(Decimal, ValueKind),
    NotWhole,
    /// More decimals than this field can mean (cents for money).
    TooManyDecimals(u32),
}

/// A bound as the field's kind of value is written: "€ 0,01", "100%", "30".
fn bound_text(lang: Lang, value: Decimal, kind: ValueKind) -> String {
    let decimals = value.normalize().scale();
    match kind {
        ValueKind::Money => format_money(
            value,
            if decimals == 0 {
                Precision::WholeEuros
            } else {
                Precision::Cents
            },
            lang.notation(),
        ),
        ValueKind::Percent => format!("{}%", format_number(value, decimals, lang.notation())),
        ValueKind::Year => value.normalize().to_string(),
        _ => format_number(value, decimals, lang.notation()),
    }
}

/// The message under a field, saying what the field accepts and, when the document keeps a value while the
/// text is not accepted, which: `kept` is that value as the field would show it.
pub fn field_message(lang: Lang, problem: &FieldProblem, kept: Option<&str>) -> String {
    let reason = match (lang, problem) {
        (Lang::Nl, FieldProblem::Empty) => "Vul een getal in.".to_string(),
        (Lang::En, FieldProblem::Empty) => "Enter a number.".to_string(),
        (Lang::Nl, FieldProblem::NotANumber) => {
            "Dit is geen getal. Schrijf bijvoorbeeld 1.234,56 of 1234.56.".to_string()
        }
        (Lang::En, FieldProblem::NotANumber) => {
            "This is not a number. Write for example 1234.56 or 1.234,56.".to_string()
        }
        (Lang::Nl, FieldProblem::Negative) => "Dit kan niet negatief zijn.".to_string(),
        (Lang::En, FieldProblem::Negative) => "This cannot be negative.".to_string(),
        (Lang::Nl, FieldProblem::TooSmall(min, kind)) => {
            format!("Dit moet minstens {} zijn.", bound_text(lang, *min, *kind))
        }
        (Lang::En, FieldProblem::TooSmall(min, kind)) => {
            format!("This must be at least {}.", bound_text(lang, *min, *kind))
        }
        (Lang::Nl, FieldProblem::TooLarge(max, ValueKind::Money)) => format!(
            "Dit is meer dan een begroting kan zijn: hoogstens {}.",
            bound_text(lang, *max, ValueKind::Money)
        ),
        (Lang::En, FieldProblem::TooLarge(max, ValueKind::Money)) => format!(
            "This is more than a budget can be: at most {}.",
            bound_text(lang, *max, ValueKind::Money)
        ),
        (Lang::Nl, FieldProblem::TooLarge(max, ValueKind::Inhabitants)) => format!(
            "Zoveel inwoners heeft geen gemeente: hoogstens {}.",
            bound_text(lang, *max, ValueKind::Inhabitants)
        ),
        (Lang::En, FieldProblem::TooLarge(max, ValueKind::Inhabitants)) => format!(
            "No municipality has that many inhabitants: at most {}.",
            bound_text(lang, *max, ValueKind::Inhabitants)
        ),
        (Lang::Nl, FieldProblem::TooLarge(max, kind)) => {
            format!("Dit kan hoogstens {} zijn.", bound_text(lang, *max, *kind))
        }
        (Lang::En, FieldProblem::TooLarge(max, kind)) => {
            format!("This can be at most {}.", bound_text(lang, *max, *kind))
        }
        (Lang::Nl, FieldProblem::NotWhole) => {
            "Vul een heel getal in, zonder decimalen.".to_string()
        }
        (Lang::En, FieldProblem::NotWhole) => "Enter a whole number, without decimals.".to_string(),
        (Lang::Nl, FieldProblem::TooManyDecimals(decimals)) => {
            format!("Gebruik hoogstens {decimals} decimalen.")
        }
        (Lang::En, FieldProblem::TooManyDecimals(decimals)) => {
            format!("Use at most {decimals} decimals.")
        }
    };
    match (lang, kept) {
        (Lang::Nl, Some(kept)) => format!("{reason} We rekenen met {kept}."),
        (Lang::En, Some(kept)) => format!("{reason} We calculate with {kept}."),
        (_, None) => reason,
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
        (Lang::Nl, ProblemKind::ScheduleDoesNotFit { years, additional }) => format!(
            "moet {years} aantallen hebben (één per jaar) die samen {additional} nieuwe gemeenten zijn"
        ),
        (Lang::En, ProblemKind::ScheduleDoesNotFit { years, additional }) => format!(
            "must hold {years} counts (one per year) adding up to {additional} new municipalities"
        ),
        (Lang::Nl, ProblemKind::BudgetYearOutOfRange { year }) => format!(
            "is {year}; kies een jaar van {} tot {}",
            crate::domain::validation::MIN_BUDGET_YEAR,
            crate::domain::validation::MAX_BUDGET_YEAR
        ),
        (Lang::En, ProblemKind::BudgetYearOutOfRange { year }) => format!(
            "is {year}; choose a year from {} to {}",
            crate::domain::validation::MIN_BUDGET_YEAR,
            crate::domain::validation::MAX_BUDGET_YEAR
        ),
        (Lang::Nl, ProblemKind::TextTooLong { limit }) => {
            format!("is te lang (hoogstens {limit} tekens)")
        }
        (Lang::En, ProblemKind::TextTooLong { limit }) => {
            format!("is too long (at most {limit} characters)")
        }
    };
    format!("{}: {what}", problem.path)
}
