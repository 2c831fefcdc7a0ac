//! Strings of the prospect page (the page a wervingslink opens): the field, the amounts and the sentences
//! that explain them. Small on purpose: the small first module carries them. The words it shares with the
//! rest of the interface come from where they live: the names of keys and categories from `Texts`, the
//! suggestions' words and the CBS credit from `DirectoryTexts` (a small area, cheap in the first module).

use super::Lang;

pub struct ProspectTexts {
    /// The language these texts are in, for the sentences with figures filled in (methods below).
    pub lang: Lang,
    /// Under the collaboration's name.
    pub question: &'static str,
    pub field_label: &'static str,
    pub field_hint: &'static str,
    /// What was typed starts with a digit but is no whole number of inhabitants.
    pub not_a_count: &'static str,
    pub no_match: &'static str,
    /// Marks a municipality of the document in the suggestions.
    pub member_marker: &'static str,
    pub waiting_marker: &'static str,
    /// What the amount of a member or a municipality on the waiting list is.
    pub member_note: &'static str,
    pub waiting_note: &'static str,
    pub table_caption: &'static str,
    /// After the start scenario's name in the table.
    pub proposed: &'static str,
    /// The key's rule in a few words, after its name.
    pub rule_equal: &'static str,
    pub rule_inhabitants: &'static str,
    pub rule_usage: &'static str,
    pub rule_hybrid_inhabitants: &'static str,
    pub rule_hybrid_usage: &'static str,
    pub rule_staffel: &'static str,
    pub contact_heading: &'static str,
    pub contact_label: &'static str,
    pub website_label: &'static str,
    pub open_full: &'static str,
    pub open_full_hint: &'static str,
    pub damaged_link: &'static str,
    pub newer_link: &'static str,
    /// The link arrived whole, but this page cannot read the document in it.
    pub unreadable_here: &'static str,
    pub open_app: &'static str,
    pub cannot_compute: &'static str,
    /// Column heads of the table, before the number of municipalities.
    pub col_now: &'static str,
    pub col_after_growth: &'static str,
}

pub static NL: ProspectTexts = ProspectTexts {
    lang: Lang::Nl,
    question: "Wat betaalt uw gemeente als zij meedoet?",
    field_label: "Kies uw gemeente",
    field_hint: "Typ een deel van de naam en kies met pijltje omlaag en Enter. Of typ een aantal inwoners, bijvoorbeeld 35.000, en druk op Enter.",
    not_a_count: "Typ een heel aantal inwoners, groter dan 0.",
    no_match: "Geen gemeente gevonden met deze naam.",
    member_marker: "doet al mee",
    waiting_marker: "op de wachtlijst",
    member_note: "Deze gemeente doet al mee. Dit is haar eigen bijdrage.",
    waiting_note: "Deze gemeente staat op de wachtlijst. Na groei is zij een van de nieuwe gemeenten.",
    table_caption: "Bijdrage per jaar in elk scenario, in hele euro's",
    proposed: "voorstel",
    rule_equal: "elke gemeente betaalt hetzelfde bedrag",
    rule_inhabitants: "elke gemeente betaalt naar haar aantal inwoners",
    rule_usage: "elke gemeente betaalt naar haar gebruik; voor een nieuwe gemeente is dat het gebruik dat het groeiplan aanneemt",
    rule_hybrid_inhabitants: "elke gemeente betaalt een gelijk basisdeel, en de rest naar haar aantal inwoners",
    rule_hybrid_usage: "elke gemeente betaalt een gelijk basisdeel, en de rest naar haar gebruik",
    rule_staffel: "elke gemeente betaalt naar de grootteklasse (staffel) van haar aantal inwoners",
    contact_heading: "Meer weten?",
    contact_label: "Contact",
    website_label: "Website",
    open_full: "Open de volledige berekening",
    open_full_hint: "Daar ziet u alle kosten, gemeenten en keuzes, en kunt u zelf rekenen. Uw wijzigingen blijven in uw eigen browser.",
    damaged_link: "Deze wervingslink is beschadigd of afgekapt, bijvoorbeeld door een e-mailprogramma. Vraag de afzender om de link opnieuw te sturen.",
    newer_link: "Deze wervingslink is gemaakt met een nieuwere versie van Bijdragewijzer. Vraag de afzender om het bestand.",
    unreadable_here: "Deze pagina kan de berekening in deze wervingslink niet lezen. De volledige berekening leest meer, en zegt wat er niet klopt als er iets ontbreekt.",
    open_app: "Open Bijdragewijzer",
    cannot_compute: "Deze berekening bevat fouten, zodat hier geen bedrag kan staan. Open de volledige berekening om te zien wat er ontbreekt.",
    col_now: "Nu",
    col_after_growth: "Na groei",
};

pub static EN: ProspectTexts = ProspectTexts {
    lang: Lang::En,
    question: "What would your municipality pay if it joined?",
    field_label: "Choose your municipality",
    field_hint: "Type part of the name and choose with arrow down and Enter. Or type a number of inhabitants, for example 35,000, and press Enter.",
    not_a_count: "Type a whole number of inhabitants, greater than 0.",
    no_match: "No municipality found with this name.",
    member_marker: "already takes part",
    waiting_marker: "on the waiting list",
    member_note: "This municipality already takes part. This is its own contribution.",
    waiting_note: "This municipality is on the waiting list. After growth it is one of the new municipalities.",
    table_caption: "Contribution per year in each scenario, in whole euros",
    proposed: "proposal",
    rule_equal: "every municipality pays the same amount",
    rule_inhabitants: "each municipality pays by its number of inhabitants",
    rule_usage: "each municipality pays by its usage; for a new municipality that is the usage the growth plan assumes",
    rule_hybrid_inhabitants: "each municipality pays an equal base part, and the rest by its number of inhabitants",
    rule_hybrid_usage: "each municipality pays an equal base part, and the rest by its usage",
    rule_staffel: "each municipality pays by the size band (staffel) of its number of inhabitants",
    contact_heading: "Want to know more?",
    contact_label: "Contact",
    website_label: "Website",
    open_full: "Open the full calculation",
    open_full_hint: "There you see every cost, municipality and choice, and can calculate yourself. Your changes stay in your own browser.",
    damaged_link: "This recruitment link is damaged or cut off, by an e-mail program for example. Ask the sender to send the link again.",
    newer_link: "This recruitment link was made by a newer version of Bijdragewijzer. Ask the sender for the file.",
    unreadable_here: "This page cannot read the calculation in this recruitment link. The full calculation reads more, and says what is wrong if something is missing.",
    open_app: "Open Bijdragewijzer",
    cannot_compute: "This calculation has errors, so no amount can be shown here. Open the full calculation to see what is missing.",
    col_now: "Now",
    col_after_growth: "After growth",
};

impl ProspectTexts {
    /// "Kies uw gemeente en zie wat zij per jaar zou bijdragen aan Meldingen Openbare Ruimte."
    pub fn intro(&self, collaboration: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Kies uw gemeente en zie wat zij per jaar zou bijdragen aan {collaboration}: nu, en na de groei die de samenwerking verwacht."),
            Lang::En => format!("Choose your municipality and see what it would contribute per year to {collaboration}: now, and after the growth the collaboration expects."),
        }
    }

    /// The suggestion for a typed number: "Een gemeente van 35.000 inwoners".
    pub fn of_inhabitants(&self, inhabitants: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Een gemeente van {inhabitants} inwoners"),
            Lang::En => format!("A municipality of {inhabitants} inhabitants"),
        }
    }

    /// "Ede, Gelderland: 120.000 inwoners" under the heading of the answer.
    pub fn size(&self, inhabitants: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{inhabitants} inwoners"),
            Lang::En => format!("{inhabitants} inhabitants"),
        }
    }

    /// Above the main amount: "Per jaar, in scenario Streef (het voorstel)".
    pub fn per_year_in(&self, scenario: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Bijdrage per jaar in scenario {scenario}, het voorstel"),
            Lang::En => format!("Contribution per year in scenario {scenario}, the proposal"),
        }
    }

    pub fn now_with(&self, count: &str) -> String {
        match self.lang {
            Lang::Nl => format!("nu, met {count} gemeenten"),
            Lang::En => format!("now, with {count} municipalities"),
        }
    }

    pub fn after_growth_with(&self, count: &str) -> String {
        match self.lang {
            Lang::Nl => format!("na groei, met {count} gemeenten"),
            Lang::En => format!("after growth, with {count} municipalities"),
        }
    }

    /// A column head of the table: "Nu (46 gemeenten)".
    pub fn column(&self, when: &str, count: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{when} ({count} gemeenten)"),
            Lang::En => format!("{when} ({count} municipalities)"),
        }
    }

    /// For screen readers, once a choice is made: "Ede: € 2.367 per jaar in scenario Streef."
    pub fn chosen(&self, who: &str, amount: &str, scenario: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{who}: {amount} per jaar in scenario {scenario}."),
            Lang::En => format!("{who}: {amount} per year in scenario {scenario}."),
        }
    }

    /// ", minimaal € 500 en maximaal € 5.000 per gemeente", or nothing without bounds.
    pub fn bounds(&self, minimum: Option<&str>, maximum: Option<&str>) -> String {
        match (self.lang, minimum, maximum) {
            (_, None, None) => String::new(),
            (Lang::Nl, Some(min), Some(max)) => {
                format!(", minimaal {min} en maximaal {max} per gemeente")
            }
            (Lang::Nl, Some(min), None) => format!(", minimaal {min} per gemeente"),
            (Lang::Nl, None, Some(max)) => format!(", maximaal {max} per gemeente"),
            (Lang::En, Some(min), Some(max)) => {
                format!(", at least {min} and at most {max} per municipality")
            }
            (Lang::En, Some(min), None) => format!(", at least {min} per municipality"),
            (Lang::En, None, Some(max)) => format!(", at most {max} per municipality"),
        }
    }

    /// How the amount is computed: the key and its rule (with its bounds), the start scenario's total and
    /// how many municipalities share it now and after growth. `member` when the municipality takes part
    /// already; `after` is `None` when growth changes nothing.
    #[allow(clippy::too_many_arguments)]
    pub fn computed(
        &self,
        key: &str,
        rule: &str,
        bounds: &str,
        scenario: &str,
        total: &str,
        now: &str,
        after: Option<&str>,
        member: bool,
    ) -> String {
        match self.lang {
            Lang::Nl => {
                let who = if member {
                    format!("de {now} gemeenten die nu meedoen")
                } else {
                    format!("{now} gemeenten, uw gemeente meegeteld")
                };
                let later = after.map_or(String::new(), |after| {
                    format!(", en na groei over {after} gemeenten")
                });
                format!("Zo is het berekend: verdeelsleutel {key}: {rule}{bounds}. Het totaal van scenario {scenario}, {total} per jaar, wordt verdeeld over {who}{later}.")
            }
            Lang::En => {
                let who = if member {
                    format!("the {now} municipalities that take part now")
                } else {
                    format!("{now} municipalities, yours included")
                };
                let later = after.map_or(String::new(), |after| {
                    format!(", and after growth over {after} municipalities")
                });
                format!("How it is computed: allocation key {key}: {rule}{bounds}. The total of scenario {scenario}, {total} per year, is divided over {who}{later}.")
            }
        }
    }

    /// What the budget pays for: "Scenario Streef betaalt Doorontwikkeling € 55.000, …, plus een reserve
    /// van 10% (€ 9.900)." `items` is the list of categories with their amounts, joined already.
    pub fn pays_for(&self, scenario: &str, items: &str, reserve: Option<(&str, &str)>) -> String {
        match (self.lang, reserve) {
            (Lang::Nl, Some((percent, amount))) => format!(
                "Scenario {scenario} betaalt {items}, plus een reserve van {percent} ({amount})."
            ),
            (Lang::Nl, None) => format!("Scenario {scenario} betaalt {items}."),
            (Lang::En, Some((percent, amount))) => format!(
                "Scenario {scenario} pays for {items}, plus a reserve of {percent} ({amount})."
            ),
            (Lang::En, None) => format!("Scenario {scenario} pays for {items}."),
        }
    }

    /// "a, b en c".
    pub fn join(&self, items: &[String]) -> String {
        let and = match self.lang {
            Lang::Nl => "en",
            Lang::En => "and",
        };
        match items {
            [] => String::new(),
            [only] => only.clone(),
            [first @ .., last] => format!("{} {and} {last}", first.join(", ")),
        }
    }

    /// The coordinator's purpose of the start scenario, quoted.
    pub fn purpose(&self, purpose: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Doel: {purpose}"),
            Lang::En => format!("Purpose: {purpose}"),
        }
    }

    pub fn budget_year(&self, year: u16) -> String {
        match self.lang {
            Lang::Nl => format!("Begrotingsjaar {year}."),
            Lang::En => format!("Budget year {year}."),
        }
    }

    /// The growth plan the amounts after growth rest on. `newcomer_size` is the assumed size of a new
    /// municipality ("30.000"), `None` for today's average; `target_year` is empty when unknown.
    pub fn growth(
        &self,
        from: &str,
        to: &str,
        years: u32,
        target_year: &str,
        newcomer_size: Option<&str>,
    ) -> String {
        match self.lang {
            Lang::Nl => {
                let when = match (years, target_year) {
                    (1, "") => "binnen 1 jaar".to_string(),
                    (years, "") => format!("binnen {years} jaar"),
                    (years, year) => format!("binnen {years} jaar (in {year})"),
                };
                let size = newcomer_size.map_or(
                    "het gemiddelde aantal inwoners van nu".to_string(),
                    |size| format!("{size} inwoners"),
                );
                format!("Na groei: van {from} naar {to} gemeenten {when}. De berekening gaat voor nieuwe gemeenten uit van {size}.")
            }
            Lang::En => {
                let when = match (years, target_year) {
                    (1, "") => "within 1 year".to_string(),
                    (years, "") => format!("within {years} years"),
                    (years, year) => format!("within {years} years (by {year})"),
                };
                let size = newcomer_size.map_or(
                    "today's average number of inhabitants".to_string(),
                    |size| format!("{size} inhabitants"),
                );
                format!("After growth: from {from} to {to} municipalities {when}. The calculation assumes {size} for new municipalities.")
            }
        }
    }

    /// What a member paid in the year before the budget year: "In 2027 betaalde Utrecht € 41.200."; "Vorig
    /// jaar" when the history does not name the year.
    pub fn paid_last_year(&self, who: &str, year: Option<u16>, amount: &str) -> String {
        match (self.lang, year) {
            (Lang::Nl, Some(year)) => format!("In {year} betaalde {who} {amount}."),
            (Lang::Nl, None) => format!("Vorig jaar betaalde {who} {amount}."),
            (Lang::En, Some(year)) => format!("In {year} {who} paid {amount}."),
            (Lang::En, None) => format!("Last year {who} paid {amount}."),
        }
    }

    pub fn no_growth(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "Er is geen groei gepland: na groei is hetzelfde als nu.",
            Lang::En => "No growth is planned: after growth is the same as now.",
        }
    }
}

/// Strings of the coordinator's side: the button that makes a wervingslink beside the share link. Apart
/// from [`ProspectTexts`] so that the small first module does not carry them.
pub struct ProspectLinkTexts {
    pub lang: Lang,
    pub make: &'static str,
    pub label: &'static str,
    pub copy: &'static str,
    pub preview: &'static str,
}

pub static LINK_NL: ProspectLinkTexts = ProspectLinkTexts {
    lang: Lang::Nl,
    make: "Maak een wervingslink",
    label: "Wervingslink: een pagina voor gemeenten die overwegen mee te doen. Zij kiezen hun gemeente en zien wat die zou betalen, zonder de hele berekening door te lopen.",
    copy: "Kopieer de wervingslink",
    preview: "Bekijk de wervingspagina (opent in een nieuw tabblad)",
};

pub static LINK_EN: ProspectLinkTexts = ProspectLinkTexts {
    lang: Lang::En,
    make: "Make a recruitment link",
    label: "Recruitment link: a page for municipalities that consider joining. They choose their municipality and see what it would pay, without going through the whole calculation.",
    copy: "Copy the recruitment link",
    preview: "Preview the recruitment page (opens in a new tab)",
};
