//! The guide's judgement where the user decides, in words: the pros and cons of every key and how it fits
//! the collaboration, what going without a contribution means, help with each kind of scenario, the
//! warnings of `domain::warnings`, and what happens when growth falls short.

use crate::domain::advice::{Consequence, KeyFit, ScenarioTier};
use crate::domain::key::{EdgeEffect, KeyKind};
use crate::domain::notation::{format_money, format_number, Precision};
use crate::domain::participants::Variant;
use crate::domain::warnings::{
    EqualKeyWarning, HybridBaseWarning, ReserveWarning, SizeSource, EQUAL_SHARE_LIMIT,
};

use super::Lang;

pub struct GuideTexts {
    pub lang: Lang,
    // Keys
    pub pros_label: &'static str,
    pub cons_label: &'static str,
    /// In the order of `KeyKind::ALL`: equal, inhabitants, usage, hybrid, staffel.
    pub key_pros: [&'static str; 6],
    pub key_cons: [&'static str; 6],
    pub key_judgement_label: &'static str,
    // No contribution
    pub without_heading: &'static str,
    /// In the order of `advice::WITHOUT_CONTRIBUTION`.
    pub consequences: [&'static str; 4],
    // Scenarios
    /// The guide's names of its three scenarios and what it calls them, in the order of `ScenarioTier`.
    pub tier_names: [&'static str; 3],
    pub tier_nicknames: [&'static str; 3],
    pub tier_question_label: &'static str,
    pub tier_contents_label: &'static str,
    pub tier_fits_label: &'static str,
    pub tier_risks_label: &'static str,
    pub tier_questions: [&'static str; 3],
    pub tier_contents: [&'static str; 3],
    pub tier_fits: [&'static str; 3],
    pub tier_risks: [&'static str; 3],
    // Warnings
    pub reserve_below: &'static str,
    pub reserve_above: &'static str,
    pub base_lines_instead: &'static str,
    pub use_base_lines: &'static str,
    pub now_and_after_growth: &'static str,
    pub now_only: &'static str,
    pub after_growth_only: &'static str,
    // Shortfall
    pub shortfall_heading: &'static str,
    pub shortfall_intro: &'static str,
    pub col_collected: &'static str,
    pub col_missing: &'static str,
    pub col_top_up: &'static str,
    pub col_top_up_average: &'static str,
    pub shortfall_advice: &'static [&'static str],
    pub no_growth_no_shortfall: &'static str,
}

impl GuideTexts {
    pub fn pros(&self, key: KeyKind) -> &'static str {
        per_key(self.key_pros, key)
    }
    pub fn cons(&self, key: KeyKind) -> &'static str {
        per_key(self.key_cons, key)
    }
    /// The cons of a key, and under size bands what the chosen bands do at their edges.
    pub fn cons_with_edges(&self, key: KeyKind, edges: Option<&EdgeEffect>) -> String {
        match edges {
            Some(edges) => format!(
                "{} {}",
                self.cons(key),
                self.lang.ways_to_pay().edge_effect(edges)
            ),
            None => self.cons(key).to_string(),
        }
    }
    pub fn consequence(&self, consequence: Consequence) -> &'static str {
        let [shared, support, alone, drift] = self.consequences;
        match consequence {
            Consequence::NoSharedDevelopment => shared,
            Consequence::NoSupportOrCoordination => support,
            Consequence::EachInvestsAlone => alone,
            Consequence::VersionsDriftApart => drift,
        }
    }
    pub fn reserve(&self, warning: ReserveWarning) -> &'static str {
        match warning {
            ReserveWarning::BelowAdvice => self.reserve_below,
            ReserveWarning::AboveAdvice => self.reserve_above,
        }
    }
    fn euros(&self, amount: rust_decimal::Decimal) -> String {
        format_money(amount, Precision::WholeEuros, self.lang.notation())
    }

    /// An equal-key warning in words; `scenarios` are the scenario names in order.
    pub fn equal_key_warning(&self, warning: &EqualKeyWarning, scenarios: &[String]) -> String {
        match warning {
            EqualKeyWarning::SharesHigh { scenario, share } => self.shares_high(
                scenarios.get(*scenario).map_or("", String::as_str),
                &self.euros(*share),
                &self.euros(EQUAL_SHARE_LIMIT),
            ),
            EqualKeyWarning::SizesDiffer {
                source,
                smallest,
                largest,
            } => self.sizes_differ(
                *source,
                &format_number(*smallest, 0, self.lang.notation()),
                &format_number(*largest, 0, self.lang.notation()),
            ),
        }
    }

    /// The hybrid base warning as sentences: where it does not fit, one overrun spelled out, what would fit,
    /// and the base lines as the alternative.
    pub fn hybrid_base_warning(
        &self,
        warning: &HybridBaseWarning,
        scenarios: &[String],
    ) -> Vec<String> {
        let name = |index: usize| scenarios.get(index).map_or("", String::as_str);
        let mut places: Vec<String> = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        for overrun in &warning.overruns {
            if seen.contains(&overrun.scenario) {
                continue;
            }
            seen.push(overrun.scenario);
            let variants: Vec<Variant> = warning
                .overruns
                .iter()
                .filter(|other| other.scenario == overrun.scenario)
                .map(|other| other.variant)
                .collect();
            let when = match variants.as_slice() {
                [Variant::Current] => self.now_only,
                [Variant::Grown] => self.after_growth_only,
                _ => self.now_and_after_growth,
            };
            places.push(format!("{} ({when})", name(overrun.scenario)));
        }
        let mut lines = vec![self.base_too_high(&self.lang.texts().list_and(&places))];
        if let Some(first) = warning.overruns.first() {
            lines.push(self.base_overrun(
                &self.euros(first.base_total),
                name(first.scenario),
                &self.euros(first.total),
            ));
        }
        if let Some(fits) = warning.largest_fitting_base {
            lines.push(self.base_fits_up_to(&self.euros(fits)));
        }
        if warning.base_lines_flagged {
            lines.push(self.base_lines_instead.to_string());
        }
        lines
    }
}

/// The text of one key from texts in the order of `KeyKind::ALL`.
fn per_key(texts: [&'static str; 6], key: KeyKind) -> &'static str {
    let [equal, inhabitants, usage, hybrid, staffel, tariffs] = texts;
    match key {
        KeyKind::Equal => equal,
        KeyKind::Inhabitants => inhabitants,
        KeyKind::Usage => usage,
        KeyKind::Hybrid => hybrid,
        KeyKind::Staffel => staffel,
        KeyKind::Tariffs => tariffs,
    }
}

/// The text of one kind of scenario from texts in the order minimum, streef, wens.
fn per_tier(texts: [&'static str; 3], tier: ScenarioTier) -> &'static str {
    let [minimum, streef, wens] = texts;
    match tier {
        ScenarioTier::Minimum => minimum,
        ScenarioTier::Streef => streef,
        ScenarioTier::Wens => wens,
    }
}

pub static NL: GuideTexts = GuideTexts {
    lang: Lang::Nl,
    pros_label: "Voordelen",
    cons_label: "Nadelen",
    key_pros: [
        "Gelijk verdelen is eenvoudig. Iedereen begrijpt het, en u heeft geen cijfers nodig.",
        "Een grote gemeente betaalt meer dan een kleine. De inwonertallen zijn openbaar en makkelijk te controleren.",
        "Wie meer gebruikt, betaalt meer. Dat voelt het eerlijkst.",
        "Iedereen betaalt mee aan het basisbeheer. De rest volgt de grootte of het gebruik. Maatwerk betaalt de gemeente die erom vraagt.",
        "Een gemeente weet vooraf in welke klasse zij valt. Zo werkt de VNG ook.",
        "Een gemeente weet vooraf precies wat zij betaalt, ook als de begroting verandert.",
    ],
    key_cons: [
        "Een kleine gemeente betaalt evenveel als een grote. Dat past slecht bij hoge bedragen of grote verschillen in grootte.",
        "Hoeveel een gemeente de software gebruikt, telt niet mee. Een heel kleine gemeente betaalt soms bijna niets; een minimumbijdrage helpt.",
        "U heeft betrouwbare gebruikscijfers nodig, en de bedragen wisselen per jaar. Minder geschikt voor klassieke samenwerkingen van gemeenten.",
        "Lastiger uit te leggen. Het basisdeel van alle gemeenten samen mag niet hoger zijn dan wat een scenario kost.",
        "Over de grenzen van de klassen moet u afspraken maken: bij een grens verandert de bijdrage in één stap, en welke kant op hangt af van de klassen.",
        "De begroting volgt uit de tarieven: of zij de kosten dekken, hangt af van wie er meedoet. Net boven een klassegrens betaalt een gemeente in één keer het hogere bedrag.",
    ],
    key_judgement_label: "Wat de handreiking over deze sleutel zegt",
    without_heading: "Wat betekent het als gemeenten niets betalen?",
    consequences: [
        "Niemand ontwikkelt de software samen verder.",
        "Er is geen geld voor ondersteuning of coördinatie.",
        "Elke gemeente investeert alleen, of helemaal niet.",
        "De versies van de gemeenten groeien uit elkaar.",
    ],
    tier_names: ["Minimum", "Streef", "Wens"],
    tier_nicknames: ["overlevingsmodus", "realistisch en wenselijk", "ideaalbeeld"],
    tier_question_label: "Leidende vraag",
    tier_contents_label: "Wat zit erin",
    tier_fits_label: "Wanneer past het",
    tier_risks_label: "Risico's",
    tier_questions: [
        "Wat moet er minstens gebeuren om de software veilig en werkend te houden?",
        "Wat is haalbaar én wenselijk voor het komende jaar?",
        "Wat zouden we doen als geld geen grens was?",
    ],
    tier_contents: [
        "Hosting, beveiligingsupdates, kritieke bugfixes en een beetje coördinatie. Geen nieuwe functies.",
        "Alles van Minimum, plus een paar nieuwe functies, gewoon onderhoud, coördinatie en community, gebruikersdagen en een reserve van 10 tot 15%.",
        "Meer nieuwe functies, een product owner, marketing en werving, innovatie en bijvoorbeeld een jaarlijkse conferentie.",
    ],
    tier_fits: [
        "Als er weinig geld is. Of als ondergrens: minder kan niet.",
        "Als basis voor het voorstel aan de stuurgroep. De handreiking raadt dit scenario aan.",
        "Als stip op de horizon: om naartoe te groeien als er meer gemeenten meedoen (zie break-even in stap 5).",
    ],
    tier_risks: [
        "De software veroudert. Er is geen ruimte voor tegenvallers. Gemeenten haken af als er niets nieuws komt.",
        "Het bedrag per gemeente klopt alleen als genoeg gemeenten meebetalen. Reken voorzichtig met groei.",
        "Te duur voor de huidige groep. Begint u ermee en blijft de groei uit, dan moeten gemeenten bijstorten.",
    ],
    reserve_below: "Deze reserve is lager dan 10%. Dan is er weinig ruimte voor tegenvallers. De handreiking raadt 10 tot 15% aan.",
    reserve_above: "Deze reserve is hoger dan 15%. Dan vraagt u meer geld voor tegenvallers dan de handreiking aanraadt (10 tot 15%).",
    base_lines_instead: "Of kies als basisdeel de posten voor basisbeheer: die passen altijd binnen het scenario.",
    use_base_lines: "Gebruik de posten voor basisbeheer",
    now_and_after_growth: "nu en na groei",
    now_only: "nu",
    after_growth_only: "na groei",
    shortfall_heading: "Als de groei tegenvalt",
    shortfall_intro: "Stel: elke gemeente zet in haar begroting het bedrag na groei (variant B). Maar er komen geen nieuwe gemeenten bij. Dan komt er te weinig geld binnen. De tabel laat zien hoeveel, en hoeveel elke gemeente dan moet bijstorten.",
    col_collected: "Komt binnen",
    col_missing: "Tekort",
    col_top_up: "Bijstorten per gemeente",
    col_top_up_average: "Bijstorten, gemiddeld per gemeente",
    shortfall_advice: &[
        "Kijk na 6 maanden of de groei op schema ligt.",
        "Spreek vooraf af dat gemeenten bijstorten als de groei achterblijft, en hoeveel.",
    ],
    no_growth_no_shortfall: "Het groeiplan voegt geen gemeenten toe. Er kan dus ook geen groei tegenvallen.",
};

pub static EN: GuideTexts = GuideTexts {
    lang: Lang::En,
    pros_label: "Pros",
    cons_label: "Cons",
    key_pros: [
        "Dividing equally is simple. Everybody understands it, and you need no figures.",
        "A large municipality pays more than a small one. Numbers of inhabitants are public and easy to check.",
        "Whoever uses more, pays more. That feels fairest.",
        "Everybody pays towards basic upkeep. The rest follows size or usage. Custom work is paid by the municipality that asks for it.",
        "A municipality knows in advance which band it is in. The VNG works this way too.",
        "A municipality knows in advance exactly what it pays, also when the budget changes.",
    ],
    key_cons: [
        "A small municipality pays as much as a large one. That fits badly with high amounts or large differences in size.",
        "How much a municipality uses the software does not count. A very small municipality sometimes pays next to nothing; a minimum contribution helps.",
        "You need reliable usage figures, and the amounts change from year to year. Less suited to classic collaborations of municipalities.",
        "Harder to explain. The base of all municipalities together may not be more than a scenario costs.",
        "The band limits need agreement: at a limit the contribution changes in one step, and which way depends on the bands.",
        "The budget follows from the tariffs: whether they cover the costs depends on who takes part. Just above a class limit a municipality pays the higher amount at once.",
    ],
    key_judgement_label: "What the guide says about this key",
    without_heading: "What does it mean if municipalities pay nothing?",
    consequences: [
        "Nobody develops the software further together.",
        "There is no money for support or coordination.",
        "Each municipality invests on its own, or not at all.",
        "The municipalities' versions drift apart.",
    ],
    tier_names: ["Minimum", "Target (Streef)", "Wish (Wens)"],
    tier_nicknames: ["survival mode", "realistic and desirable", "the ideal"],
    tier_question_label: "Guiding question",
    tier_contents_label: "What it holds",
    tier_fits_label: "When it fits",
    tier_risks_label: "Risks",
    tier_questions: [
        "What must happen at the very least to keep the software safe and working?",
        "What is feasible and desirable for the coming year?",
        "What would we do if money were no limit?",
    ],
    tier_contents: [
        "Hosting, security updates, critical bug fixes and a little coordination. No new features.",
        "Everything of Minimum, plus a few new features, regular maintenance, coordination and community, user days and a reserve of 10 to 15%.",
        "More new features, a product owner, marketing and recruitment, innovation and, for example, a yearly conference.",
    ],
    tier_fits: [
        "When money is short. Or as the floor: less is not possible.",
        "As the basis of the proposal to the steering group. The guide recommends this scenario.",
        "As a point on the horizon: to grow towards when more municipalities join (see break-even in step 5).",
    ],
    tier_risks: [
        "The software ages. There is no room for setbacks. Municipalities drop out when nothing new comes.",
        "The amount per municipality only holds if enough municipalities pay. Be careful with growth.",
        "Too expensive for today's group. If you start with it and growth fails to come, municipalities must top up.",
    ],
    reserve_below: "This reserve is below 10%. That leaves little room for setbacks. The guide advises 10 to 15%.",
    reserve_above: "This reserve is above 15%. You ask more money for setbacks than the guide advises (10 to 15%).",
    base_lines_instead: "Or take the basic upkeep lines as the base part: they always fit within their scenario.",
    use_base_lines: "Use the basic upkeep lines",
    now_and_after_growth: "now and after growth",
    now_only: "now",
    after_growth_only: "after growth",
    shortfall_heading: "If growth falls short",
    shortfall_intro: "Suppose every municipality puts the amount after growth (variant B) in its budget. But no new municipalities join. Then too little money comes in. The table shows how much, and how much each municipality must then top up.",
    col_collected: "Comes in",
    col_missing: "Shortfall",
    col_top_up: "Top-up per municipality",
    col_top_up_average: "Top-up, average per municipality",
    shortfall_advice: &[
        "Check after 6 months whether growth is on schedule.",
        "Agree beforehand that municipalities top up if growth falls behind, and by how much.",
    ],
    no_growth_no_shortfall: "The growth plan adds no municipalities, so there is no growth that could fall short.",
};

/// The sentences with something filled in, in the language of these texts.
impl GuideTexts {
    /// How the key fits the collaboration level (its name quoted), given the advised keys.
    pub fn key_fit(&self, fit: KeyFit, level: &str, advised: &str) -> String {
        match self.lang {
            Lang::Nl => match fit {
        KeyFit::Suits => format!("Volgens de handreiking past deze sleutel bij ‘{level}’."),
        KeyFit::Possible => format!("Bij ‘{level}’ raadt de handreiking vooral aan: {advised}."),
        KeyFit::LessSuited => "De handreiking vindt verdelen naar gebruik minder geschikt voor klassieke samenwerkingen van gemeenten. Het past vooral als het gebruik sterk verschilt, zoals bij SaaS.".to_string(),
        KeyFit::NoContributionYet => format!("Bij ‘{level}’ is nog geen bijdrage nodig, en dus ook geen verdeelsleutel."),
    },
            Lang::En => match fit {
        KeyFit::Suits => format!("According to the guide this key suits ‘{level}’."),
        KeyFit::Possible => format!("For ‘{level}’ the guide mainly advises: {advised}."),
        KeyFit::LessSuited => "The guide finds dividing by usage less suited to classic collaborations of municipalities. It fits best when usage differs a lot, as with SaaS.".to_string(),
        KeyFit::NoContributionYet => format!("With ‘{level}’ no contribution is needed yet, so no allocation key either."),
    },
        }
    }

    /// When a contribution does make sense; the names of light coordination and structured collaboration.
    pub fn contribution_from(&self, light: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Een bijdrage wordt zinvol vanaf ‘{light}’: zodra er gedeelde kosten zijn, of zodra u samen gaat doorontwikkelen."),
            Lang::En => format!("A contribution makes sense from ‘{light}’ on: as soon as there are shared costs, or as soon as you develop the software together."),
        }
    }

    /// "Uit de handreiking: Minimum (overlevingsmodus)".
    pub fn tier_heading(&self, tier: ScenarioTier) -> String {
        let (name, nickname) = (
            per_tier(self.tier_names, tier),
            per_tier(self.tier_nicknames, tier),
        );
        match self.lang {
            Lang::Nl => format!("Uit de handreiking: {name} ({nickname})"),
            Lang::En => format!("From the guide: {name} ({nickname})"),
        }
    }

    /// The guiding question of a kind of scenario.
    pub fn tier_question(&self, tier: ScenarioTier) -> &'static str {
        per_tier(self.tier_questions, tier)
    }
    /// What a kind of scenario typically holds.
    pub fn tier_contents(&self, tier: ScenarioTier) -> &'static str {
        per_tier(self.tier_contents, tier)
    }
    /// When a kind of scenario fits.
    pub fn tier_fits(&self, tier: ScenarioTier) -> &'static str {
        per_tier(self.tier_fits, tier)
    }
    /// The risks of a kind of scenario.
    pub fn tier_risks(&self, tier: ScenarioTier) -> &'static str {
        per_tier(self.tier_risks, tier)
    }

    /// Scenario, share, limit.
    pub fn shares_high(&self, scenario: &str, share: &str, limit: &str) -> String {
        match self.lang {
            Lang::Nl => format!(
        "Bij gelijk verdelen betaalt elke gemeente in {scenario} {share} per jaar. Dat is meer dan {limit}. De handreiking raadt gelijk verdelen aan bij lage bedragen. Kijk ook naar verdelen naar inwoners of een staffel."
    ),
            Lang::En => format!(
        "Divided equally, every municipality pays {share} a year in {scenario}. That is more than {limit}. The guide advises dividing equally for low amounts. Consider dividing by inhabitants or by size bands."
    ),
        }
    }

    /// Whose sizes, smallest, largest.
    pub fn sizes_differ(&self, source: SizeSource, smallest: &str, largest: &str) -> String {
        match self.lang {
            Lang::Nl => match source {
        SizeSource::Members => format!(
            "De kleinste gemeente heeft {smallest} inwoners, de grootste {largest}: meer dan 5 keer zoveel. Bij gelijk verdelen betaalt de kleine gemeente dan veel meer per inwoner. Kijk ook naar verdelen naar inwoners of een staffel."
        ),
        SizeSource::References => format!(
            "De referentiegemeenten lopen uiteen van {smallest} tot {largest} inwoners: meer dan 5 keer zoveel. Bij gelijk verdelen betaalt een kleine gemeente dan veel meer per inwoner. Kijk ook naar verdelen naar inwoners of een staffel."
        ),
    },
            Lang::En => match source {
        SizeSource::Members => format!(
            "The smallest municipality has {smallest} inhabitants, the largest {largest}: more than 5 times as many. Divided equally, the small one pays far more per inhabitant. Consider dividing by inhabitants or by size bands."
        ),
        SizeSource::References => format!(
            "The reference municipalities range from {smallest} to {largest} inhabitants: more than 5 times as many. Divided equally, a small municipality pays far more per inhabitant. Consider dividing by inhabitants or by size bands."
        ),
    },
        }
    }

    /// The scenarios the base does not fit, as a list ("Minimum (nu en na groei) en Streef (na groei)").
    pub fn base_too_high(&self, scenarios: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Dit basisbedrag is te hoog voor {scenarios}."),
            Lang::En => format!("This base amount is too high for {scenarios}."),
        }
    }

    /// One overrun spelled out: base of all together, scenario, its total.
    pub fn base_overrun(&self, base: &str, scenario: &str, total: &str) -> String {
        match self.lang {
            Lang::Nl => format!(
        "Alle gemeenten samen betalen dan {base} aan basisdeel, maar {scenario} kost maar {total}."
    ),
            Lang::En => format!(
        "All municipalities together would pay {base} in base parts, but {scenario} costs only {total}."
    ),
        }
    }

    pub fn base_fits_up_to(&self, amount: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Kies een basisbedrag van hoogstens {amount}."),
            Lang::En => format!("Choose a base amount of at most {amount}."),
        }
    }

    /// Today's number of municipalities.
    pub fn shortfall_caption(&self, count: usize) -> String {
        match self.lang {
            Lang::Nl => format!("Tekort per scenario als alleen de huidige {count} gemeenten het bedrag na groei betalen"),
            Lang::En => format!("Shortfall per scenario if only today's {count} municipalities pay the amount after growth"),
        }
    }

    /// A reference municipality's top-up column.
    pub fn col_top_up_reference(&self, name: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Bijstorten {name}"),
            Lang::En => format!("Top-up {name}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_its_own_pros_and_cons() {
        for texts in [&NL, &EN] {
            let mut seen = std::collections::HashSet::new();
            for key in KeyKind::ALL {
                assert!(seen.insert(texts.pros(key)));
                assert!(seen.insert(texts.cons(key)));
            }
        }
    }
}
