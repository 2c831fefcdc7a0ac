//! Strings of the participants section (section 3): a summary or a list of members, usage metrics, a list
//! pasted from Excel, the growth plan, prospects and reference municipalities.

use crate::domain::document::calendar_year;
use crate::domain::paste::SkipReason;
use crate::text::Lang;

/// Strings of the participants section.
pub struct ParticipantTexts {
    pub lang: Lang,
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
}

impl ParticipantTexts {
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
}

pub static NL: ParticipantTexts = ParticipantTexts {
    lang: Lang::Nl,
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
};

pub static EN: ParticipantTexts = ParticipantTexts {
    lang: Lang::En,
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
};
