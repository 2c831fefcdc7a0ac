//! Strings of the key's settings (section 3): which key, the hybrid base, size bands, minimum and maximum.

use crate::domain::key::KeyKind;
use crate::text::Lang;

/// Strings of the key's settings.
pub struct KeyTexts {
    pub lang: Lang,
    pub key_legend: &'static str,
    pub key_help: &'static [&'static str],
    pub usage_metric: &'static str,
    pub no_metrics: &'static str,
    pub hybrid_base: &'static str,
    pub hybrid_fixed: &'static str,
    pub hybrid_base_lines: &'static str,
    pub hybrid_fixed_amount: &'static str,
    pub hybrid_variable: &'static str,
    pub custom_work_note: &'static str,
    pub bands_caption: &'static str,
    pub band_from: &'static str,
    pub band_weight_kind: &'static str,
    pub band_rate: &'static str,
    pub band_points: &'static str,
    pub band_value: &'static str,
    pub add_band: &'static str,
    pub vng_bands: &'static str,
    pub last_band: &'static str,
    pub minimum: &'static str,
    pub maximum: &'static str,
    pub use_minimum: &'static str,
    pub use_maximum: &'static str,
    pub key_problem_in: &'static str,
}

impl KeyTexts {
    /// A key as the editor offers it: its name and, in a few words, how it divides.
    pub fn key_choice(&self, kind: KeyKind) -> String {
        let how = match (self.lang, kind) {
            (Lang::Nl, KeyKind::Equal) => "iedere gemeente betaalt hetzelfde",
            (Lang::En, KeyKind::Equal) => "every municipality pays the same",
            (Lang::Nl, KeyKind::Inhabitants) => "naar inwonertal",
            (Lang::En, KeyKind::Inhabitants) => "by number of inhabitants",
            (Lang::Nl, KeyKind::Usage) => "naar gebruik",
            (Lang::En, KeyKind::Usage) => "by usage",
            (Lang::Nl, KeyKind::Hybrid) => "basisdeel plus variabel deel",
            (Lang::En, KeyKind::Hybrid) => "base part plus variable part",
            (Lang::Nl, KeyKind::Staffel) => "klassen naar inwonertal",
            (Lang::En, KeyKind::Staffel) => "bands by number of inhabitants",
            (Lang::Nl, KeyKind::Tariffs) => "een vast bedrag per grootteklasse",
            (Lang::En, KeyKind::Tariffs) => "a fixed amount per size class",
        };
        format!("{}: {how}", self.lang.texts().key_name(kind))
    }

    pub fn band_label(&self, index: usize) -> String {
        match self.lang {
            Lang::Nl => {
                format!("Klasse {}", index + 1)
            }
            Lang::En => {
                format!("Band {}", index + 1)
            }
        }
    }
}

pub static NL: KeyTexts = KeyTexts {
    lang: Lang::Nl,
    key_legend: "Verdeelsleutel",
    key_help: &[
        "Gelijk is eenvoudig en past bij kleine groepen en lage bedragen. Naar inwoners past bij een mix van grote en kleine gemeenten. Naar gebruik is het eerlijkst als het gebruik sterk verschilt, maar vraagt betrouwbare cijfers.",
        "Een minimumbijdrage voorkomt dat kleine gemeenten bijna niets betalen; een maximum beschermt de grootste.",
    ],
    usage_metric: "Gebruiksmaat",
    no_metrics: "Er zijn nog geen gebruiksmaten; voeg er een toe bij de deelnemers.",
    hybrid_base: "Basisdeel",
    hybrid_fixed: "Vast bedrag per gemeente",
    hybrid_base_lines: "De posten voor basisbeheer, gelijk verdeeld",
    hybrid_fixed_amount: "Basisbedrag per gemeente",
    hybrid_variable: "Het variabele deel volgt",
    custom_work_note: "Maatwerk vult u per gemeente in bij de lijst; het komt bovenop het scenariototaal.",
    bands_caption: "Staffelklassen",
    band_from: "Vanaf inwoners",
    band_weight_kind: "Gewicht",
    band_rate: "Tarief per inwoner",
    band_points: "Punten per gemeente",
    band_value: "Waarde",
    add_band: "Klasse toevoegen",
    vng_bands: "Tarieven VNG 2024 herstellen",
    last_band: "Er moet minstens één klasse zijn.",
    minimum: "Minimumbijdrage per gemeente",
    maximum: "Maximumbijdrage per gemeente",
    use_minimum: "Minimumbijdrage instellen",
    use_maximum: "Maximumbijdrage instellen",
    key_problem_in: "Deze sleutel werkt niet in scenario",
};

pub static EN: KeyTexts = KeyTexts {
    lang: Lang::En,
    key_legend: "Allocation key",
    key_help: &[
        "Equal is simple and suits small groups and low amounts. By inhabitants suits a mix of large and small municipalities. By usage is fairest when usage differs a lot, but needs reliable figures.",
        "A minimum contribution keeps small municipalities from paying next to nothing; a maximum protects the largest.",
    ],
    usage_metric: "Usage metric",
    no_metrics: "There are no usage metrics yet; add one with the participants.",
    hybrid_base: "Base part",
    hybrid_fixed: "A fixed amount per municipality",
    hybrid_base_lines: "The basic upkeep lines, divided equally",
    hybrid_fixed_amount: "Base amount per municipality",
    hybrid_variable: "The variable part follows",
    custom_work_note: "Custom work is entered per municipality in the list; it comes on top of the scenario total.",
    bands_caption: "Size bands",
    band_from: "From inhabitants",
    band_weight_kind: "Weight",
    band_rate: "Rate per inhabitant",
    band_points: "Points per municipality",
    band_value: "Value",
    add_band: "Add band",
    vng_bands: "Restore the VNG 2024 rates",
    last_band: "At least one band is needed.",
    minimum: "Minimum contribution per municipality",
    maximum: "Maximum contribution per municipality",
    use_minimum: "Set a minimum contribution",
    use_maximum: "Set a maximum contribution",
    key_problem_in: "This key does not work in scenario",
};
