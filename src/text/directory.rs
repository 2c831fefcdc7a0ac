//! Strings of the built-in directory of municipalities: suggestions while typing a name, its credit line,
//! and "Ververs inwonertallen".

use rust_decimal::Decimal;

use super::Lang;
use crate::domain::directory::Source;
use crate::domain::notation::format_number;

pub struct DirectoryTexts {
    /// The language these texts are in, for the messages with figures filled in (methods below).
    pub lang: Lang,
    /// The accessible name of the list of suggestions under a name field.
    pub suggestions_label: &'static str,
    /// Shown above the closest names when nothing contains what was typed.
    pub did_you_mean: &'static str,
    /// The button that takes over the directory's figure when the field held another one.
    pub use_figure: &'static str,
    pub refresh: &'static str,
    pub refresh_help: &'static str,
    pub refresh_caption: &'static str,
    pub col_municipality: &'static str,
    pub col_old: &'static str,
    pub col_new: &'static str,
    pub not_found_heading: &'static str,
    pub undo: &'static str,
    /// Marks a named prospect among the participants in the table of changes.
    pub prospect_marker: &'static str,
    pub col_source: &'static str,
    pub source_pasted: &'static str,
}

pub static NL: DirectoryTexts = DirectoryTexts {
    lang: Lang::Nl,
    suggestions_label: "Gemeenten",
    did_you_mean: "Bedoelt u:",
    use_figure: "Neem dit inwonertal over",
    refresh: "Ververs inwonertallen",
    refresh_help: "Zet de inwonertallen van de gemeenten in de lijst en van de genoemde kandidaten op de cijfers van het CBS.",
    refresh_caption: "Gewijzigde inwonertallen",
    col_municipality: "Gemeente",
    col_old: "Was",
    col_new: "Nu",
    not_found_heading: "Niet gevonden in de lijst van gemeenten",
    undo: "Maak ongedaan",
    prospect_marker: "kandidaat",
    col_source: "Inwoners uit",
    source_pasted: "de plaktekst",
};

pub static EN: DirectoryTexts = DirectoryTexts {
    lang: Lang::En,
    suggestions_label: "Municipalities",
    did_you_mean: "Did you mean:",
    use_figure: "Use this figure",
    refresh: "Refresh inhabitants",
    refresh_help: "Sets the inhabitants of the municipalities in the list and of the named prospects to the figures of CBS (Statistics Netherlands).",
    refresh_caption: "Changed inhabitants",
    col_municipality: "Municipality",
    col_old: "Was",
    col_new: "Now",
    not_found_heading: "Not found among the municipalities",
    undo: "Undo",
    prospect_marker: "prospect",
    col_source: "Inhabitants from",
    source_pasted: "the pasted text",
};

impl DirectoryTexts {
    /// The credit CC BY asks for: "Inwonertallen: CBS, Gebieden in Nederland 2026 (CC BY 4.0)".
    pub fn credit(&self, source: &Source) -> String {
        let what = match self.lang {
            Lang::Nl => "Inwonertallen",
            Lang::En => "Population figures",
        };
        format!(
            "{what}: {}, {} ({})",
            source.publisher, source.title, source.licence
        )
    }

    /// A short name of the source for a table cell: "CBS 2026".
    pub fn source_short(&self, source: &Source) -> String {
        format!("{} {}", source.publisher, source.year)
    }

    /// How many suggestions the list under a name field holds, for screen readers.
    pub fn suggestion_count(&self, count: usize) -> String {
        match (count, self.lang) {
            (1, Lang::Nl) => "1 gemeente gevonden; kies met pijltje omlaag en Enter.".into(),
            (n, Lang::Nl) => format!("{n} gemeenten gevonden; kies met pijltje omlaag en Enter."),
            (1, Lang::En) => "1 municipality found; choose with arrow down and Enter.".into(),
            (n, Lang::En) => format!("{n} municipalities found; choose with arrow down and Enter."),
        }
    }

    /// One suggestion: "Bergen (L.), Limburg".
    pub fn suggestion(&self, name: &str, province: &str) -> String {
        format!("{name}, {province}")
    }

    /// Under a name field whose figure differs from the directory's, which it did not overwrite.
    pub fn directory_figure(&self, name: &str, inhabitants: u32) -> String {
        let figure = format_number(Decimal::from(inhabitants), 0, self.lang.notation());
        match self.lang {
            Lang::Nl => {
                format!("Volgens het CBS heeft {name} {figure} inwoners.")
            }
            Lang::En => {
                format!("According to CBS, {name} has {figure} inhabitants.")
            }
        }
    }

    /// Under a name field whose name the directory does not know.
    pub fn not_in_directory(&self, name: &str) -> String {
        match self.lang {
            Lang::Nl => {
                format!("\u{201c}{name}\u{201d} staat niet in de lijst van gemeenten; vul het inwonertal zelf in.")
            }
            Lang::En => {
                format!("\u{201c}{name}\u{201d} is not among the municipalities; fill in its inhabitants yourself.")
            }
        }
    }

    pub fn refresh_summary(&self, changed: usize, unchanged: usize, not_found: usize) -> String {
        match self.lang {
            Lang::Nl => {
                let changed = match changed {
                    1 => "1 inwonertal bijgewerkt".to_string(),
                    n => format!("{n} inwonertallen bijgewerkt"),
                };
                let not_found = match not_found {
                    1 => "1 naam niet gevonden".to_string(),
                    n => format!("{n} namen niet gevonden"),
                };
                format!("{changed}, {unchanged} al actueel, {not_found}.")
            }
            Lang::En => {
                let changed = match changed {
                    1 => "1 figure updated".to_string(),
                    n => format!("{n} figures updated"),
                };
                let not_found = match not_found {
                    1 => "1 name not found".to_string(),
                    n => format!("{n} names not found"),
                };
                format!("{changed}, {unchanged} up to date already, {not_found}.")
            }
        }
    }

    pub fn undone(&self, restored: usize) -> String {
        match (restored, self.lang) {
            (1, Lang::Nl) => "1 inwonertal teruggezet.".into(),
            (n, Lang::Nl) => format!("{n} inwonertallen teruggezet."),
            (1, Lang::En) => "1 figure restored.".into(),
            (n, Lang::En) => format!("{n} figures restored."),
        }
    }

    /// A name that is not found, with the closest names the directory knows.
    pub fn not_found_line(&self, name: &str, closest: &[&str]) -> String {
        match (closest.is_empty(), self.lang) {
            (true, Lang::Nl) => format!("{name}: geen gemeente met een naam die erop lijkt"),
            (true, Lang::En) => format!("{name}: no municipality with a similar name"),
            (false, Lang::Nl) => {
                format!("{name}: bedoelt u {}?", self.lang.texts().list_or(closest))
            }
            (false, Lang::En) => format!(
                "{name}: did you mean {}?",
                self.lang.texts().list_or(closest)
            ),
        }
    }
}
