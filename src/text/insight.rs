//! Strings of sections 1 and 5 to 7 and the charts: advice, multi-year and break-even, conclusions and texts, accountability.

use rust_decimal::Decimal;

use super::Lang;
use crate::domain::advice::{ContributionFit, Fairness, Purpose, Rating};
use crate::domain::document::CollaborationLevel;
use crate::domain::key::KeyKind;
use crate::domain::money::Money;
use crate::domain::notation::{format_money, format_number, Precision};

pub struct InsightTexts {
    /// The language these texts are in; the methods below format numbers in its notation.
    pub lang: Lang,
    // Advice
    pub advice_intro: &'static str,
    pub level_legend: &'static str,
    /// In the order of `CollaborationLevel`: sharing only, light, structured, full direction.
    pub level_names: [&'static str; 4],
    pub level_hints: [&'static str; 4],
    pub fit_heading: &'static str,
    /// In the order of `ContributionFit`.
    pub fit_texts: [&'static str; 4],
    pub pays_for_heading: &'static str,
    pub keys_heading: &'static str,
    pub overview_caption: &'static str,
    pub col_key: &'static str,
    pub col_complexity: &'static str,
    pub col_fairness: &'static str,
    pub col_when: &'static str,
    pub advice_tips: &'static [&'static str],
    // Charts
    pub charts_heading: &'static str,
    pub curve_title: &'static str,
    pub curve_caption: &'static str,
    pub col_count: &'static str,
    pub count_axis: &'static str,
    pub amount_axis: &'static str,
    pub current_point: &'static str,
    pub grown_point: &'static str,
    pub affordability: &'static str,
    pub composition_title: &'static str,
    pub composition_caption: &'static str,
    pub col_part: &'static str,
    pub reserve: &'static str,
    pub total: &'static str,
    /// In the order of `Category::ALL`.
    pub show_numbers: &'static str,
    pub charts_unavailable: &'static str,
    pub chart_label_suffix: &'static str,
    // Multi-year and break-even
    pub multi_year_tips: &'static [&'static str],
    pub years_label: &'static str,
    pub participants_follow_plan: &'static str,
    pub to_growth_plan: &'static str,
    pub members_per_year_summary: &'static str,
    pub members_per_year_caption: &'static str,
    pub col_municipality: &'static str,
    pub not_yet_member: &'static str,
    pub indexation_label: &'static str,
    pub multi_year_caption: &'static str,
    pub col_year: &'static str,
    pub col_scenario: &'static str,
    pub col_participants: &'static str,
    pub col_total: &'static str,
    pub col_per_municipality: &'static str,
    pub break_even_heading: &'static str,
    pub break_even_scenario_label: &'static str,
    pub reference_amount_label: &'static str,
    pub percent_unit: &'static str,
    pub euro_unit: &'static str,
    // Conclusions
    pub conclusions_tips: &'static [&'static str],
    pub start_scenario_label: &'static str,
    pub growth_plan_label: &'static str,
    pub contact_legend: &'static str,
    pub contact_help: &'static str,
    pub contact_name_label: &'static str,
    pub contact_email_label: &'static str,
    pub contact_website_label: &'static str,
    pub scale_up_label: &'static str,
    pub no_scenario: &'static str,
    pub notes_label: &'static str,
    pub recruitment_heading: &'static str,
    pub decision_heading: &'static str,
    pub copy: &'static str,
    pub download_text: &'static str,
    /// File names of the two texts, without the year and extension.
    pub recruitment_file: &'static str,
    pub proposal_file: &'static str,
    pub copied: &'static str,
    pub copy_by_hand: &'static str,
    pub texts_unavailable: &'static str,
    // Accountability
    pub accountability_tips: &'static [&'static str],
    pub accountability_scenario_label: &'static str,
    pub accountability_caption: &'static str,
    pub col_line: &'static str,
    pub col_budget: &'static str,
    pub col_actual: &'static str,
    pub col_difference: &'static str,
    pub lines_total: &'static str,
    pub reserve_budget: &'static str,
    pub reserve_used: &'static str,
    pub overrun: &'static str,
    pub not_known: &'static str,
}

pub static NL: InsightTexts = InsightTexts {
    lang: Lang::Nl,
    advice_intro: "Begin niet met bedragen maar met de vraag wat u samen wilt bereiken. Hoe verder de samenwerking gaat, hoe meer een vaste bijdrage nodig is.",
    level_legend: "Hoe ver gaat uw samenwerking?",
    level_names: ["Delen zonder regie", "Lichte coördinatie", "Gestructureerde samenwerking", "Volledige regie"],
    level_hints: [
        "Gemeenten delen code, maar niemand coördineert.",
        "Iemand houdt af en toe de lijnen bij elkaar.",
        "Een vaste coördinator, een gezamenlijke roadmap en beheer.",
        "Een productorganisatie die ontwikkeling, beheer en community stuurt.",
    ],
    fit_heading: "Past een bijdrage?",
    fit_texts: [
        "Nog niet. Spreek alleen af wie de code bewaart en online zet (de hosting). Zonder gedeelde kosten roept een bijdrage vooral vragen op.",
        "Ja, een kleine bijdrage. Die dekt hosting, het hoognodige onderhoud en een paar uur coördinatie.",
        "Ja, een bijdrage is nodig om het gezamenlijke werk draaiende te houden.",
        "Ja, een stevige bijdrage is onmisbaar: zonder vaste financiering is regie niet waar te maken.",
    ],
    pays_for_heading: "Waar betaalt de bijdrage voor?",
    keys_heading: "Passende verdeelsleutels",
    overview_caption: "Verdeelsleutels vergeleken: complexiteit, eerlijkheid, wanneer ze passen, voordelen en nadelen",
    col_key: "Verdeelsleutel",
    col_complexity: "Complexiteit",
    col_fairness: "Eerlijkheid",
    col_when: "Geschikt voor",
    advice_tips: &[
        "Kies een sleutel die iedere financieel adviseur in één zin kan uitleggen; eenvoud weegt zwaarder dan precisie.",
        "Leg vast wanneer u de bijdrage herziet, bijvoorbeeld jaarlijks bij de verantwoording.",
        "Houd een reserve van 10 tot 15% aan voor tegenvallers.",
    ],
    charts_heading: "Grafieken",
    curve_title: "Bijdrage per gemeente tegen het aantal gemeenten",
    curve_caption: "Bijdrage per gemeente (gelijke verdeling) per scenario bij een aantal gemeenten",
    col_count: "Aantal gemeenten",
    count_axis: "Aantal gemeenten",
    amount_axis: "Euro",
    current_point: "A: nu",
    grown_point: "B: na groei",
    affordability: "Betaalbaarheidsgrens",
    composition_title: "Opbouw van de begroting per scenario",
    composition_caption: "Begroting per scenario naar categorie, met reserve",
    col_part: "Onderdeel",
    reserve: "Reserve",
    total: "Totaal",
    show_numbers: "Toon de cijfers als tabel",
    charts_unavailable: "De grafieken zijn niet geladen; de tabellen hieronder tonen dezelfde cijfers.",
    chart_label_suffix: "grafiek; de cijfers staan in de tabel eronder",
    multi_year_tips: &[
        "Schat groei voorzichtig: 10 tot 20% per jaar is vaak haalbaar, meer alleen met toezeggingen op papier.",
        "Laat de kosten elk jaar meestijgen met de prijzen (indexatie). Anders kunt u met dezelfde bijdrage elk jaar minder doen.",
    ],
    years_label: "Aantal jaren",
    participants_follow_plan: "Het aantal gemeenten per jaar volgt het groeiplan.",
    to_growth_plan: "Naar het groeiplan (stap 3)",
    members_per_year_summary: "Bijdrage per gemeente per jaar",
    members_per_year_caption: "Bijdrage van elke genoemde gemeente per jaar, met de gekozen verdeelsleutel",
    col_municipality: "Gemeente",
    not_yet_member: "nog geen lid",
    indexation_label: "Indexatie van de kosten per jaar",
    multi_year_caption: "Meerjarenraming: bijdrage per gemeente en per referentiegemeente per jaar, met de gekozen verdeelsleutel",
    col_year: "Jaar",
    col_scenario: "Scenario",
    col_participants: "Gemeenten",
    col_total: "Totaal",
    col_per_municipality: "Per gemeente",
    break_even_heading: "Break-even",
    break_even_scenario_label: "Scenario om te bereiken",
    reference_amount_label: "Referentiebedrag per gemeente",
    percent_unit: "%",
    euro_unit: "€",
    conclusions_tips: &[
        "Start met het Streef-scenario en schaal op zodra de groei er echt is.",
        "Deel de wervingstekst met gemeenten die overwegen mee te doen. Het voorstel is voor de stuurgroep.",
    ],
    start_scenario_label: "Startscenario",
    growth_plan_label: "Groeiambitie",
    contact_legend: "Contactpersoon",
    contact_help: "Staat in de teksten en op de wervingspagina. Alle velden zijn optioneel.",
    contact_name_label: "Naam",
    contact_email_label: "E-mailadres",
    contact_website_label: "Website",
    scale_up_label: "Opschalen naar scenario",
    no_scenario: "Geen",
    notes_label: "Toelichting",
    recruitment_heading: "Tekst voor het werven van gemeenten",
    decision_heading: "Voorstel aan de stuurgroep",
    copy: "Kopieer tekst",
    download_text: "Download als tekstbestand",
    recruitment_file: "wervingstekst",
    proposal_file: "voorstel-stuurgroep",
    copied: "Gekopieerd",
    copy_by_hand: "Kopiëren lukte niet automatisch. De tekst is geselecteerd: druk op Ctrl+C (of Cmd+C).",
    texts_unavailable: "Zodra er deelnemers en een begroting zijn, maken we de teksten.",
    accountability_tips: &[
        "Vul de werkelijke uitgaven in zodra ze bekend zijn; een leeg veld telt nog niet mee.",
        "Bespreek overschrijdingen in de stuurgroep en herzie de bijdrage jaarlijks.",
    ],
    accountability_scenario_label: "Verantwoording over scenario",
    accountability_caption: "Begroting en werkelijke uitgaven per kostenpost",
    col_line: "Kostenpost",
    col_budget: "Begroot",
    col_actual: "Werkelijk",
    col_difference: "Verschil",
    lines_total: "Totaal kostenposten",
    reserve_budget: "Begrote reserve",
    reserve_used: "Gebruikt van de reserve",
    overrun: "Overschrijding boven de reserve",
    not_known: "nog niet bekend",
};

pub static EN: InsightTexts = InsightTexts {
    lang: Lang::En,
    advice_intro: "Start not with amounts but with what you want to achieve together. The further a collaboration goes, the more it needs a fixed contribution.",
    level_legend: "How far does your collaboration go?",
    level_names: ["Sharing without direction", "Light coordination", "Structured collaboration", "Full direction"],
    level_hints: [
        "Municipalities share code, but nobody coordinates.",
        "Someone keeps things together now and then.",
        "A standing coordinator, a shared roadmap and maintenance.",
        "A product organisation steering development, upkeep and community.",
    ],
    fit_heading: "Does a contribution fit?",
    fit_texts: [
        "Not yet. Only agree who keeps the code and puts it online (the hosting). Without shared costs, a contribution mostly raises questions.",
        "Yes, a small one. It covers hosting, essential maintenance and a few hours of coordination.",
        "Yes, a contribution is needed to keep the shared work going.",
        "Yes, a solid contribution is essential: without fixed funding there is no direction to speak of.",
    ],
    pays_for_heading: "What does the contribution pay for?",
    keys_heading: "Suitable allocation keys",
    overview_caption: "Allocation keys compared: complexity, fairness, when they suit, pros and cons",
    col_key: "Allocation key",
    col_complexity: "Complexity",
    col_fairness: "Fairness",
    col_when: "Suits",
    advice_tips: &[
        "Choose a key every finance officer can explain in one sentence; simplicity beats precision.",
        "Agree when you review the contribution, for instance yearly with the accountability report.",
        "Keep a reserve of 10 to 15% for setbacks.",
    ],
    charts_heading: "Charts",
    curve_title: "Contribution per municipality against the number of municipalities",
    curve_caption: "Contribution per municipality (equal share) per scenario at a number of municipalities",
    col_count: "Number of municipalities",
    count_axis: "Number of municipalities",
    amount_axis: "Euro",
    current_point: "A: now",
    grown_point: "B: after growth",
    affordability: "Affordability line",
    composition_title: "Composition of the budget per scenario",
    composition_caption: "Budget per scenario by category, with reserve",
    col_part: "Part",
    reserve: "Reserve",
    total: "Total",
    show_numbers: "Show the numbers as a table",
    charts_unavailable: "The charts did not load; the tables below show the same numbers.",
    chart_label_suffix: "chart; the numbers are in the table below it",
    multi_year_tips: &[
        "Estimate growth conservatively: 10 to 20% a year is often feasible, more only with commitments on paper.",
        "Let the costs rise with prices every year (indexation). Otherwise the same contribution buys less every year.",
    ],
    years_label: "Number of years",
    participants_follow_plan: "The number of municipalities per year follows the growth plan.",
    to_growth_plan: "To the growth plan (step 3)",
    members_per_year_summary: "Contribution per municipality per year",
    members_per_year_caption: "Contribution of each named municipality per year, under the chosen key",
    col_municipality: "Municipality",
    not_yet_member: "not yet a member",
    indexation_label: "Cost indexation per year",
    multi_year_caption: "Multi-year estimate: contribution per municipality and per reference municipality per year, under the chosen key",
    col_year: "Year",
    col_scenario: "Scenario",
    col_participants: "Municipalities",
    col_total: "Total",
    col_per_municipality: "Per municipality",
    break_even_heading: "Break-even",
    break_even_scenario_label: "Scenario to reach",
    reference_amount_label: "Reference amount per municipality",
    percent_unit: "%",
    euro_unit: "€",
    conclusions_tips: &[
        "Start from the Streef scenario and scale up once the growth is real.",
        "Share the recruitment text with municipalities considering joining. The proposal is for the steering group.",
    ],
    start_scenario_label: "Start scenario",
    growth_plan_label: "Growth ambition",
    contact_legend: "Contact person",
    contact_help: "Shown in the texts and on the recruitment page. Every field is optional.",
    contact_name_label: "Name",
    contact_email_label: "E-mail address",
    contact_website_label: "Website",
    scale_up_label: "Scale up to scenario",
    no_scenario: "None",
    notes_label: "Notes",
    recruitment_heading: "Text for recruiting municipalities",
    decision_heading: "Proposal to the steering group",
    copy: "Copy text",
    download_text: "Download as a text file",
    recruitment_file: "recruitment-text",
    proposal_file: "steering-group-proposal",
    copied: "Copied",
    copy_by_hand: "Copying did not work automatically. The text is selected: press Ctrl+C (or Cmd+C).",
    texts_unavailable: "As soon as there are participants and a budget, we write the texts.",
    accountability_tips: &[
        "Enter the actual spend once it is known; an empty field does not count yet.",
        "Discuss overruns in the steering group and review the contribution yearly.",
    ],
    accountability_scenario_label: "Account for scenario",
    accountability_caption: "Budget and actual spend per cost line",
    col_line: "Cost line",
    col_budget: "Budget",
    col_actual: "Actual",
    col_difference: "Difference",
    lines_total: "Total of cost lines",
    reserve_budget: "Budgeted reserve",
    reserve_used: "Reserve used",
    overrun: "Overrun beyond the reserve",
    not_known: "not known yet",
};

/// The area's texts are reached through `lang.insight()`; these methods word things in that language.
impl InsightTexts {
    /// Whole euros in the language's notation, as the texts and budget documents show them.
    fn euros(&self, amount: Money) -> String {
        format_money(amount, Precision::WholeEuros, self.lang.notation())
    }

    fn count(&self, value: u64) -> String {
        format_number(Decimal::from(value), 0, self.lang.notation())
    }

    pub fn purpose(&self, value: Purpose) -> &'static str {
        match (self.lang, value) {
            (Lang::Nl, Purpose::Hosting) => "hosting en infrastructuur",
            (Lang::En, Purpose::Hosting) => "hosting and infrastructure",
            (Lang::Nl, Purpose::Maintenance) => "onderhoud en bugfixes",
            (Lang::En, Purpose::Maintenance) => "maintenance and bug fixes",
            (Lang::Nl, Purpose::Coordination) => "coördinatie",
            (Lang::En, Purpose::Coordination) => "coordination",
            (Lang::Nl, Purpose::Community) => "gebruikersdagen, communicatie en documentatie",
            (Lang::En, Purpose::Community) => "user days, communication and documentation",
            (Lang::Nl, Purpose::ProductOwnership) => "een product owner en roadmap",
            (Lang::En, Purpose::ProductOwnership) => "a product owner and roadmap",
            (Lang::Nl, Purpose::Development) => "nieuwe functionaliteit",
            (Lang::En, Purpose::Development) => "new features",
            (Lang::Nl, Purpose::Reserve) => "een reserve voor tegenvallers",
            (Lang::En, Purpose::Reserve) => "a reserve for setbacks",
        }
    }

    pub fn key_suits(&self, key: KeyKind) -> &'static str {
        match (self.lang, key) {
            (Lang::Nl, KeyKind::Equal) => {
                "kleine groepen en lage bedragen, bijvoorbeeld onder € 10.000 per gemeente"
            }
            (Lang::En, KeyKind::Equal) => {
                "small groups and low amounts, e.g. under €10,000 per municipality"
            }
            (Lang::Nl, KeyKind::Inhabitants) => "een mix van grote en kleine gemeenten",
            (Lang::En, KeyKind::Inhabitants) => "a mix of large and small municipalities",
            (Lang::Nl, KeyKind::Usage) => "gebruik dat sterk verschilt, zoals bij SaaS",
            (Lang::En, KeyKind::Usage) => "use that varies a lot, as with SaaS",
            (Lang::Nl, KeyKind::Hybrid) => "volwassen samenwerkingen met uiteenlopende behoeften",
            (Lang::En, KeyKind::Hybrid) => "mature collaborations with diverse needs",
            (Lang::Nl, KeyKind::Staffel) => {
                "veel gemeenten van sterk uiteenlopende grootte die vaste klassen willen"
            }
            (Lang::En, KeyKind::Staffel) => {
                "many municipalities of very different size that want fixed classes"
            }
            (Lang::Nl, KeyKind::Tariffs) => {
                "samenwerkingen die per grootteklasse een vast bedrag vragen en de begroting daarop afstemmen"
            }
            (Lang::En, KeyKind::Tariffs) => {
                "collaborations that ask a fixed amount per size class and fit the budget to it"
            }
        }
    }
    pub fn rating(&self, value: Rating) -> &'static str {
        match (self.lang, value) {
            (Lang::Nl, Rating::Low) => "laag",
            (Lang::En, Rating::Low) => "low",
            (Lang::Nl, Rating::Medium) => "gemiddeld",
            (Lang::En, Rating::Medium) => "medium",
            (Lang::Nl, Rating::High) => "hoog",
            (Lang::En, Rating::High) => "high",
        }
    }
    pub fn fairness(&self, value: Fairness) -> &'static str {
        match (self.lang, value) {
            (Lang::Nl, Fairness::Moderate) => "redelijk",
            (Lang::En, Fairness::Moderate) => "moderate",
            (Lang::Nl, Fairness::Good) => "goed",
            (Lang::En, Fairness::Good) => "good",
            (Lang::Nl, Fairness::VeryGood) => "zeer goed",
            (Lang::En, Fairness::VeryGood) => "very good",
        }
    }
    pub fn level_name(&self, level: CollaborationLevel) -> &'static str {
        let [sharing, light, structured, full] = self.level_names;
        match level {
            CollaborationLevel::SharingOnly => sharing,
            CollaborationLevel::LightCoordination => light,
            CollaborationLevel::Structured => structured,
            CollaborationLevel::FullDirection => full,
        }
    }
    pub fn fit_text(&self, fit: ContributionFit) -> &'static str {
        let [not_yet, modest, needed, essential] = self.fit_texts;
        match fit {
            ContributionFit::NotYet => not_yet,
            ContributionFit::Modest => modest,
            ContributionFit::Needed => needed,
            ContributionFit::Essential => essential,
        }
    }
    /// "Groeiambitie: van 45 naar 75 gemeenten in 2 jaar."
    pub fn growth_plan_sentence(&self, now: usize, target: usize, years: u32) -> String {
        match (self.lang, now == target) {
            (Lang::Nl, true) => format!(
                "{}: geen groei gepland ({now} gemeenten).",
                self.growth_plan_label
            ),
            (Lang::En, true) => format!(
                "{}: no growth planned ({now} municipalities).",
                self.growth_plan_label
            ),
            (Lang::Nl, false) => format!(
                "{}: van {now} naar {target} gemeenten in {years} jaar.",
                self.growth_plan_label
            ),
            (Lang::En, false) => format!(
                "{}: from {now} to {target} municipalities in {years} {}.",
                self.growth_plan_label,
                if years == 1 { "year" } else { "years" }
            ),
        }
    }

    /// A year of the estimate: its calendar year when the budget year is known, else "Jaar 2".
    pub fn year_label(&self, year: u32, calendar_year: Option<u16>) -> String {
        match (self.lang, calendar_year) {
            (_, Some(calendar_year)) => calendar_year.to_string(),
            (Lang::Nl, None) => format!("Jaar {year}"),
            (Lang::En, None) => format!("Year {year}"),
        }
    }
    pub fn scenario_for_year_label(&self, year: u32, calendar_year: Option<u16>) -> String {
        match (self.lang, calendar_year) {
            (Lang::Nl, Some(calendar_year)) => format!("Scenario in {calendar_year}"),
            (Lang::En, Some(calendar_year)) => format!("Scenario in {calendar_year}"),
            (Lang::Nl, None) => format!("Scenario in jaar {year}"),
            (Lang::En, None) => format!("Scenario in year {year}"),
        }
    }
    pub fn actual_label(&self, line: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Werkelijk uitgegeven aan {line}"),
            Lang::En => format!("Actual spend on {line}"),
        }
    }
    pub fn lines_without_actual(&self, count: usize) -> String {
        match (self.lang, count) {
            (_, 0) => String::new(),
            (Lang::Nl, 1) => "Van 1 kostenpost is de werkelijke uitgave nog niet bekend.".into(),
            (Lang::Nl, n) => {
                format!("Van {n} kostenposten is de werkelijke uitgave nog niet bekend.")
            }
            (Lang::En, 1) => "The actual spend of 1 cost line is not known yet.".into(),
            (Lang::En, n) => format!("The actual spend of {n} cost lines is not known yet."),
        }
    }
    pub fn reference_hint(&self, default: Money) -> String {
        match self.lang {
            Lang::Nl => format!(
                "Leeg laten: de huidige bijdrage per gemeente in het startscenario ({}).",
                self.euros(default)
            ),
            Lang::En => format!(
                "Leave empty for today's contribution per municipality in the start scenario ({}).",
                self.euros(default)
            ),
        }
    }
    pub fn break_even_sentence(&self, scenario: &str, count_needed: u64, amount: Money) -> String {
        match self.lang {
            Lang::Nl => format!(
                "Vanaf {} gemeenten kost {scenario} elke gemeente niet meer dan {} per jaar.",
                self.count(count_needed),
                self.euros(amount)
            ),
            Lang::En => format!(
            "From {} municipalities on, {scenario} costs each municipality no more than {} a year.",
            self.count(count_needed),
            self.euros(amount)
        ),
        }
    }
}
