//! The language ([`Lang`]) and every string of the interface, in Dutch and English, in this folder, without
//! Leptos, so that state and the small first module use them too: `mod.rs` for the page frame and the
//! shared vocabulary, `messages.rs` for its messages, `figures.rs` for how a figure is written in a
//! language (`lang.money(..)`, `lang.rate(..)`, `lang.whole(..)`), `number_rule.rs` for what a number field
//! accepts (its refusals are worded in `messages.rs`), and one file per area of the page. Components ask their
//! area's texts from the language (`lang.budget()`, `lang.insight()`, ...) and never spell a word themselves.
//!
//! One mechanism throughout, so that a missing translation does not compile:
//! - every area is a struct with its language in `lang`, one static per language (`NL`, `EN`);
//! - a word or sentence without anything filled in is a `&'static str` field (or an array of them in the
//!   order of an enum's values, read through a method of the area);
//! - everything else (a sentence with figures, the name of an enum's value) is a method of the area that
//!   matches `self.lang` exhaustively.

mod budget;
mod cycle;
mod directory;
mod figures;
mod guide;
mod hosting;
mod insight;
mod keep;
mod key;
mod letters;
mod messages;
pub mod number_rule;
mod participants;
mod print;
mod prospect;
mod results;
mod ways_to_pay;

pub use budget::BudgetTexts;
pub use cycle::CycleTexts;
pub use directory::DirectoryTexts;
pub use guide::GuideTexts;
pub use hosting::HostingTexts;
pub use insight::InsightTexts;
pub use keep::KeepTexts;
pub use key::KeyTexts;
pub use letters::LetterTexts;
pub use participants::ParticipantTexts;
pub use print::PrintTexts;
pub use prospect::{ProspectLinkTexts, ProspectTexts};
pub use results::ResultTexts;
pub use ways_to_pay::{month_name, WaysToPayTexts};

use crate::domain::budget::Category;
use crate::domain::key::KeyKind;
use crate::domain::notation::Notation;
use crate::domain::readiness::Missing;

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

    /// Strings of the budget section (2): rates, scenarios, cost lines.
    pub fn budget(self) -> &'static BudgetTexts {
        match self {
            Lang::Nl => &budget::NL,
            Lang::En => &budget::EN,
        }
    }

    /// Strings of the participants section (3): members, usage, pasting, growth, prospects, references.
    pub fn participants(self) -> &'static ParticipantTexts {
        match self {
            Lang::Nl => &participants::NL,
            Lang::En => &participants::EN,
        }
    }

    /// Strings of the key's settings (3): the key, the hybrid base, size bands, bounds.
    pub fn key(self) -> &'static KeyTexts {
        match self {
            Lang::Nl => &key::NL,
            Lang::En => &key::EN,
        }
    }

    /// Strings of the results (4): keys compared, the contribution per member and why, growth's effect.
    pub fn results(self) -> &'static ResultTexts {
        match self {
            Lang::Nl => &results::NL,
            Lang::En => &results::EN,
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

    /// Strings of the footer and the update notice.
    pub fn hosting(self) -> &'static HostingTexts {
        match self {
            Lang::Nl => &hosting::NL,
            Lang::En => &hosting::EN,
        }
    }

    /// Strings of the yearly cycle: invoices, settlement, next year, what changes.
    pub fn cycle(self) -> &'static CycleTexts {
        match self {
            Lang::Nl => &cycle::NL,
            Lang::En => &cycle::EN,
        }
    }

    /// Strings of the ways to pay beyond one key: part of the year, work in kind, tariffs, marginal bands.
    pub fn ways_to_pay(self) -> &'static WaysToPayTexts {
        match self {
            Lang::Nl => &ways_to_pay::NL,
            Lang::En => &ways_to_pay::EN,
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

/// The accessible name of a field in a row of a table: what it is, then whose ("Inwoners: Utrecht").
pub fn row_label(what: &str, name: &str) -> String {
    format!("{what}: {name}")
}

/// The words of the page frame, the results at a glance and the shared vocabulary (the names of keys and
/// categories); what the small first module shows comes from here alone. Messages with figures filled in
/// are methods (`messages.rs`).
pub struct Texts {
    pub lang: Lang,
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
    /// Which notation a number field reads, on the field (its title).
    pub number_notation: &'static str,
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
    /// A result row the key cannot divide, now, after growth, or both; the reason follows.
    pub not_divisible: &'static str,
    pub not_divisible_now: &'static str,
    pub not_divisible_after_growth: &'static str,
    /// January to December, as dates are written out.
    pub months: [&'static str; 12],
    /// The last joint of a list: "a, b en c", "a, b of c".
    pub and: &'static str,
    pub or: &'static str,
}

impl Texts {
    /// The name of an allocation key, the same in every section, text, export and the printed report.
    pub fn key_name(&self, key: KeyKind) -> &'static str {
        match (self.lang, key) {
            (Lang::Nl, KeyKind::Equal) => "Gelijk",
            (Lang::En, KeyKind::Equal) => "Equal",
            (Lang::Nl, KeyKind::Inhabitants) => "Inwoners",
            (Lang::En, KeyKind::Inhabitants) => "Inhabitants",
            (Lang::Nl, KeyKind::Usage) => "Gebruik",
            (Lang::En, KeyKind::Usage) => "Usage",
            (Lang::Nl, KeyKind::Hybrid) => "Hybride",
            (Lang::En, KeyKind::Hybrid) => "Hybrid",
            (Lang::Nl, KeyKind::Staffel) => "Staffel",
            (Lang::En, KeyKind::Staffel) => "Size bands (staffel)",
            (Lang::Nl, KeyKind::Tariffs) => "Tarieven",
            (Lang::En, KeyKind::Tariffs) => "Tariffs per class",
        }
    }

    /// The name of a cost category, the same in the editor, the tables, the charts and the texts.
    pub fn category_name(&self, category: Category) -> &'static str {
        match (self.lang, category) {
            (Lang::Nl, Category::Development) => "Doorontwikkeling",
            (Lang::En, Category::Development) => "Development",
            (Lang::Nl, Category::Coordination) => "Coördinatie en beheer",
            (Lang::En, Category::Coordination) => "Coordination and management",
            (Lang::Nl, Category::Infrastructure) => "Infrastructuur",
            (Lang::En, Category::Infrastructure) => "Infrastructure",
            (Lang::Nl, Category::Community) => "Community",
            (Lang::En, Category::Community) => "Community",
            (Lang::Nl, Category::Other) => "Overig",
            (Lang::En, Category::Other) => "Other",
        }
    }

    /// "29 november 2026"; `month` counts from 1. `None` for a month that does not exist.
    pub fn date(&self, year: u32, month: u32, day: u32) -> Option<String> {
        let name = self.months.get(month.checked_sub(1)? as usize)?;
        Some(format!("{day} {name} {year}"))
    }

    /// A `YYYY-MM-DD` date as people write it: "29 november 2026". Anything else is shown as it is.
    pub fn iso_date(&self, iso: &str) -> String {
        let mut parts = iso.split('-').map(str::parse::<u32>);
        let written = match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(Ok(year)), Some(Ok(month)), Some(Ok(day)), None) => self.date(year, month, day),
            _ => None,
        };
        written.unwrap_or_else(|| iso.to_string())
    }

    /// "a, b en c".
    pub fn list_and<S: AsRef<str>>(&self, items: &[S]) -> String {
        list(items, self.and)
    }

    /// "a, b of c".
    pub fn list_or<S: AsRef<str>>(&self, items: &[S]) -> String {
        list(items, self.or)
    }

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
    lang: Lang::Nl,
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
    number_notation: "Decimalen na een komma, duizendtallen met een punt: 1.234,56",
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
    not_divisible: "Deze sleutel kan dit scenario niet verdelen.",
    not_divisible_now: "Deze sleutel kan dit scenario nu niet verdelen.",
    not_divisible_after_growth: "Deze sleutel kan dit scenario na groei niet verdelen.",
    months: [
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
    ],
    and: "en",
    or: "of",
};

pub static EN: Texts = Texts {
    lang: Lang::En,
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
    number_notation: "Decimals after a point, thousands with a comma: 1,234.56",
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
    not_divisible: "This key cannot divide this scenario.",
    not_divisible_now: "This key cannot divide this scenario now.",
    not_divisible_after_growth: "This key cannot divide this scenario after growth.",
    months: [
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
    ],
    and: "and",
    or: "or",
};

/// Items joined by commas, the last by `last_word`.
fn list<S: AsRef<str>>(items: &[S], last_word: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_string(),
        [first @ .., last] => {
            let first: Vec<&str> = first.iter().map(AsRef::as_ref).collect();
            format!("{} {last_word} {}", first.join(", "), last.as_ref())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_in_both_languages() {
        assert_eq!(NL.date(2026, 11, 29).as_deref(), Some("29 november 2026"));
        assert_eq!(EN.date(2026, 1, 5).as_deref(), Some("5 January 2026"));
        assert_eq!(NL.date(2026, 13, 1), None);
        assert_eq!(NL.iso_date("2026-11-29"), "29 november 2026");
        assert_eq!(EN.iso_date("2027-01-05"), "5 January 2027");
        assert_eq!(NL.iso_date("2026-13-01"), "2026-13-01");
        assert_eq!(NL.iso_date("2026-00-01"), "2026-00-01");
        assert_eq!(NL.iso_date("gisteren"), "gisteren");
    }

    #[test]
    fn lists_end_with_the_languages_and_or_or() {
        let items = ["Minimum", "Streef", "Wens"];
        assert_eq!(NL.list_and(&items), "Minimum, Streef en Wens");
        assert_eq!(EN.list_and(&items[..2]), "Minimum and Streef");
        assert_eq!(NL.list_or(&items), "Minimum, Streef of Wens");
        assert_eq!(EN.list_or(&items), "Minimum, Streef or Wens");
        assert_eq!(NL.list_and(&items[..1]), "Minimum");
        assert_eq!(NL.list_and::<&str>(&[]), "");
    }

    #[test]
    fn no_sentence_carries_code_instead_of_a_word() {
        // Moving the texts to methods on the area's language once replaced the Dutch word "lang" (long)
        // inside two sentences by the code that reads the language.
        assert_eq!(keep::NL.link_length(1534), "De link is 1.534 tekens lang.");
        let code = concat!("self", ".lang");
        for source in [
            include_str!("mod.rs"),
            include_str!("messages.rs"),
            include_str!("keep.rs"),
            include_str!("budget.rs"),
            include_str!("participants.rs"),
            include_str!("key.rs"),
            include_str!("results.rs"),
            include_str!("insight.rs"),
            include_str!("guide.rs"),
            include_str!("letters/mod.rs"),
            include_str!("letters/words.rs"),
            include_str!("letters/amount_words.rs"),
            include_str!("letters/recruitment_words.rs"),
            include_str!("letters/proposal_words.rs"),
            include_str!("letters/compose.rs"),
            include_str!("letters/recruitment.rs"),
            include_str!("letters/proposal.rs"),
            include_str!("print.rs"),
            include_str!("hosting.rs"),
            include_str!("directory.rs"),
            include_str!("prospect.rs"),
        ] {
            for (number, line) in source.lines().enumerate() {
                let in_string = line
                    .split('"')
                    .skip(1)
                    .step_by(2)
                    .any(|quoted| quoted.contains(code));
                assert!(!in_string, "line {}: {line}", number + 1);
            }
        }
    }

    #[test]
    fn every_key_and_category_has_its_own_name_in_each_language() {
        for texts in [&NL, &EN] {
            let keys: std::collections::HashSet<_> = KeyKind::ALL
                .iter()
                .map(|key| texts.key_name(*key))
                .collect();
            assert_eq!(keys.len(), KeyKind::ALL.len());
            let categories: std::collections::HashSet<_> = Category::ALL
                .iter()
                .map(|category| texts.category_name(*category))
                .collect();
            assert_eq!(categories.len(), Category::ALL.len());
        }
    }
}
