//! Messages of the page frame with figures filled in: calculation problems, what a field did not take, and
//! what is wrong with a document. Methods of [`Texts`], in the language of those texts.

use rust_decimal::Decimal;

use super::{Lang, Texts};
use crate::domain::error::{Bound, CalcError};
use crate::domain::key::KeyKind;
use crate::domain::notation::{format_money, format_number, Precision};
use crate::domain::validation::{Problem, ProblemKind};
use crate::text::number_rule::{FieldProblem, ValueKind};

impl Texts {
    /// A calculation problem in the user's language, with amounts in their notation.
    pub fn calc_error(&self, error: &CalcError) -> String {
        let money = |amount| format_money(amount, Precision::Cents, self.lang.notation());
        match (self.lang, error) {
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
            (Lang::Nl, CalcError::TotalOutsideBounds { bound: Bound::Minimum, collectable, total }) => format!(
                "Met hun eigen minimumbijdragen brengen de gemeenten samen minstens {} op, het totaal is {}. Verlaag de minimumbijdragen.",
                money(*collectable),
                money(*total)
            ),
            (Lang::En, CalcError::TotalOutsideBounds { bound: Bound::Minimum, collectable, total }) => format!(
                "With their own minimums the municipalities together pay at least {}, the total is {}. Lower the minimums.",
                money(*collectable),
                money(*total)
            ),
            (Lang::Nl, CalcError::TotalOutsideBounds { bound: Bound::Maximum, collectable, total }) => format!(
                "Met hun eigen maximumbijdragen is er samen hoogstens {} te innen, nodig {}. Verhoog de maximumbijdragen.",
                money(*collectable),
                money(*total)
            ),
            (Lang::En, CalcError::TotalOutsideBounds { bound: Bound::Maximum, collectable, total }) => format!(
                "With their own maximums together at most {} can be collected, {} is needed. Raise the maximums.",
                money(*collectable),
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
            (Lang::Nl, CalcError::TariffsNeverCover) => "Met deze tarieven dekt geen aantal leden dit scenario: nieuwe leden in de middelste klasse betalen niets.".into(),
            (Lang::En, CalcError::TariffsNeverCover) => "At these tariffs no number of members covers this scenario: new members in the middle class pay nothing.".into(),
            (Lang::Nl, CalcError::MarginalBandsNeedRates) => "Een oplopende staffel (per schijf) rekent met een tarief per inwoner in elke klasse; vervang de punten door tarieven.".into(),
            (Lang::En, CalcError::MarginalBandsNeedRates) => "Marginal bands weigh with a rate per inhabitant in every band; replace the points by rates.".into(),
            (Lang::Nl, CalcError::TariffWithoutAmount { inhabitants }) => {
                format!("De tariefklasse van een gemeente met {inhabitants} inwoners heeft geen bedrag; vul het bedrag in.")
            }
            (Lang::En, CalcError::TariffWithoutAmount { inhabitants }) => {
                format!("The tariff class of a municipality of {inhabitants} inhabitants has no amount; fill in the amount.")
            }
            (Lang::Nl, CalcError::ReferenceAmountNotPositive) => "Het referentiebedrag moet groter dan nul zijn.".into(),
            (Lang::En, CalcError::ReferenceAmountNotPositive) => "The reference amount must be above zero.".into(),
            (Lang::Nl, CalcError::NoSuchScenario { index }) => format!("Scenario {} bestaat niet.", index + 1),
            (Lang::En, CalcError::NoSuchScenario { index }) => format!("Scenario {} does not exist.", index + 1),
            (Lang::Nl, CalcError::NoSuchMember { index }) => format!("Deelnemer {} bestaat niet (meer).", index + 1),
            (Lang::En, CalcError::NoSuchMember { index }) => format!("Participant {} does not exist (any more).", index + 1),
            (Lang::Nl, CalcError::NoSuchReference { index }) => {
                format!("Referentiegemeente {} bestaat niet (meer).", index + 1)
            }
            (Lang::En, CalcError::NoSuchReference { index }) => {
                format!("Reference municipality {} does not exist (any more).", index + 1)
            }
            (Lang::Nl, CalcError::DocumentHasProblems) => {
                "Het document bevat fouten; los die eerst op, dan kan dit berekend worden.".into()
            }
            (Lang::En, CalcError::DocumentHasProblems) => {
                "The document has errors; correct them first, then this can be computed.".into()
            }
            (Lang::Nl, CalcError::PricedByUsage) => {
                "Deze sleutel verdeelt naar gebruik. Wat een gemeente betaalt, hangt dus niet alleen af van haar inwonertal.".into()
            }
            (Lang::En, CalcError::PricedByUsage) => {
                "This key divides by usage. So what a municipality pays does not depend on its number of inhabitants alone.".into()
            }
        }
    }

    /// A table cell's word for an amount that cannot be given: short, with the full reason in `calc_error`.
    pub fn calc_error_short(&self, error: &CalcError) -> String {
        match (self.lang, error) {
            (Lang::Nl, CalcError::PricedByUsage) => "n.v.t.".into(),
            (Lang::En, CalcError::PricedByUsage) => "n/a".into(),
            _ => self.lang.texts().not_computable.into(),
        }
    }

    /// The heading of the column "total over the number of municipalities": each one's share under the equal
    /// key, only an average under any other.
    pub fn per_municipality_heading(&self, key: KeyKind) -> &'static str {
        match key {
            KeyKind::Equal => self.per_municipality,
            _ => self.average_per_municipality,
        }
    }

    /// One message for a result row whose scenario the key cannot divide, instead of an error in every
    /// cell: when (now, after growth or both) and why. `failed_now` and `failed_after_growth` say which
    /// variants fail; `error` is the first failure.
    pub fn undivided_message(
        &self,
        failed_now: bool,
        failed_after_growth: bool,
        error: &CalcError,
    ) -> String {
        let when = match (failed_now, failed_after_growth) {
            (true, false) => self.not_divisible_now,
            (false, true) => self.not_divisible_after_growth,
            _ => self.not_divisible,
        };
        format!("{when} {}", self.calc_error(error))
    }

    /// A bound as the field's kind of value is written: "€ 0,01", "100%", "30".
    fn bound_text(&self, value: Decimal, kind: ValueKind) -> String {
        let decimals = value.normalize().scale();
        match kind {
            ValueKind::Money => format_money(
                value,
                if decimals == 0 {
                    Precision::WholeEuros
                } else {
                    Precision::Cents
                },
                self.lang.notation(),
            ),
            ValueKind::Percent => {
                format!("{}%", format_number(value, decimals, self.lang.notation()))
            }
            ValueKind::Year => value.normalize().to_string(),
            ValueKind::Month => {
                let month = u8::try_from(value.normalize().mantissa()).unwrap_or(1);
                format!(
                    "{} ({})",
                    value.normalize(),
                    crate::text::month_name(self.lang, month)
                )
            }
            _ => format_number(value, decimals, self.lang.notation()),
        }
    }

    /// The message under a field, saying what the field accepts and, when the document keeps a value while the
    /// text is not accepted, which: `kept` is that value as the field would show it.
    pub fn field_message(&self, problem: &FieldProblem, kept: Option<&str>) -> String {
        let reason = match (self.lang, problem) {
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
                format!("Dit moet minstens {} zijn.", self.bound_text(*min, *kind))
            }
            (Lang::En, FieldProblem::TooSmall(min, kind)) => {
                format!("This must be at least {}.", self.bound_text(*min, *kind))
            }
            (Lang::Nl, FieldProblem::TooLarge(max, ValueKind::Money)) => format!(
                "Dit is meer dan een begroting kan zijn: hoogstens {}.",
                self.bound_text(*max, ValueKind::Money)
            ),
            (Lang::En, FieldProblem::TooLarge(max, ValueKind::Money)) => format!(
                "This is more than a budget can be: at most {}.",
                self.bound_text(*max, ValueKind::Money)
            ),
            (Lang::Nl, FieldProblem::TooLarge(max, ValueKind::Inhabitants)) => format!(
                "Zoveel inwoners heeft geen gemeente: hoogstens {}.",
                self.bound_text(*max, ValueKind::Inhabitants)
            ),
            (Lang::En, FieldProblem::TooLarge(max, ValueKind::Inhabitants)) => format!(
                "No municipality has that many inhabitants: at most {}.",
                self.bound_text(*max, ValueKind::Inhabitants)
            ),
            (Lang::Nl, FieldProblem::TooLarge(max, kind)) => {
                format!("Dit kan hoogstens {} zijn.", self.bound_text(*max, *kind))
            }
            (Lang::En, FieldProblem::TooLarge(max, kind)) => {
                format!("This can be at most {}.", self.bound_text(*max, *kind))
            }
            (Lang::Nl, FieldProblem::NotWhole) => {
                "Vul een heel getal in, zonder decimalen.".to_string()
            }
            (Lang::En, FieldProblem::NotWhole) => {
                "Enter a whole number, without decimals.".to_string()
            }
            (Lang::Nl, FieldProblem::TooManyDecimals(decimals)) => {
                format!("Gebruik hoogstens {decimals} decimalen.")
            }
            (Lang::En, FieldProblem::TooManyDecimals(decimals)) => {
                format!("Use at most {decimals} decimals.")
            }
        };
        match (self.lang, kept) {
            (Lang::Nl, Some(kept)) => format!("{reason} We rekenen met {kept}."),
            (Lang::En, Some(kept)) => format!("{reason} We calculate with {kept}."),
            (_, None) => reason,
        }
    }

    /// A validation problem of a document (an imported file, a link, a draft), naming the field by its path.
    pub fn problem_message(&self, problem: &Problem) -> String {
        let number = |value: &Decimal| format_number(*value, 0, self.lang.notation());
        let what = match (self.lang, &problem.kind) {
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
            (Lang::Nl, ProblemKind::TooManyMetrics { limit }) => {
                format!("noemt meer dan {limit} verschillende gebruiksmaatstaven; dat zijn er te veel")
            }
            (Lang::En, ProblemKind::TooManyMetrics { limit }) => {
                format!("names more than {limit} different usage metrics, too many")
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
            (Lang::Nl, ProblemKind::MonthOutOfRange { month }) => {
                format!("is maand {month}; kies 1 (januari) tot 12 (december)")
            }
            (Lang::En, ProblemKind::MonthOutOfRange { month }) => {
                format!("is month {month}; choose 1 (January) to 12 (December)")
            }
            (Lang::Nl, ProblemKind::LeavesBeforeJoining) => {
                "ligt vóór de maand van toetreden".to_string()
            }
            (Lang::En, ProblemKind::LeavesBeforeJoining) => {
                "is before the month of joining".to_string()
            }
            (Lang::Nl, ProblemKind::Missing) => "is niet ingevuld".to_string(),
            (Lang::En, ProblemKind::Missing) => "is not filled in".to_string(),
            (Lang::Nl, ProblemKind::MarginalNeedsRates) => {
                "moet een tarief per inwoner zijn bij een staffel per schijf".to_string()
            }
            (Lang::En, ProblemKind::MarginalNeedsRates) => {
                "must be a rate per inhabitant with marginal bands".to_string()
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
            (Lang::Nl, ProblemKind::HistoryYearNotBefore { year, budget_year }) => format!(
                "is {year}; een afgesloten jaar moet vóór {budget_year} liggen"
            ),
            (Lang::En, ProblemKind::HistoryYearNotBefore { year, budget_year }) => format!(
                "is {year}; a closed year must come before {budget_year}"
            ),
            (Lang::Nl, ProblemKind::TooManyYears { count, limit }) => {
                format!("telt {count} afgesloten jaren; hoogstens {limit}")
            }
            (Lang::En, ProblemKind::TooManyYears { count, limit }) => {
                format!("holds {count} closed years; at most {limit}")
            }
        };
        format!("{}: {what}", problem.path)
    }
}
