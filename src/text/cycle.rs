//! Strings of the yearly cycle: invoices, settlement, the next year and what changes for each member.

use rust_decimal::Decimal;

use super::Lang;
use crate::domain::cycle::settlement::{SettlementNote, SettlementProblem};
use crate::domain::cycle::year_over_year::{MemberChange, Presence, Step};
use crate::domain::notation::{format_money, Precision};

pub struct CycleTexts {
    pub lang: Lang,
    // Invoices.
    pub invoices_heading: &'static str,
    pub invoices_help: &'static [&'static str],
    pub adopted_scenario: &'static str,
    pub record_invoices: &'static str,
    pub record_again: &'static str,
    pub invoices_caption_now: &'static str,
    pub invoices_caption_recorded: &'static str,
    pub municipality: &'static str,
    pub cbs_code: &'static str,
    pub inhabitants: &'static str,
    pub invoice_amount: &'static str,
    pub invoiced: &'static str,
    pub invoice_now: &'static str,
    pub supplement: &'static str,
    pub total: &'static str,
    pub joined_since: &'static str,
    pub left_since: &'static str,
    pub unnamed_member: &'static str,
    pub export_invoices: &'static str,
    pub invoice_description: &'static str,
    // The invoice list's optional columns.
    pub part_of_year: &'static str,
    pub contribution: &'static str,
    pub custom_work: &'static str,
    pub in_kind_counted: &'static str,
    pub offset: &'static str,
    // Settlement.
    pub settlement_heading: &'static str,
    pub settlement_help: &'static [&'static str],
    pub other_income: &'static str,
    pub opening_reserve: &'static str,
    pub ceiling_kind: &'static str,
    pub ceiling_none: &'static str,
    pub ceiling_percent: &'static str,
    pub ceiling_amount: &'static str,
    pub ceiling_value: &'static str,
    pub surplus_choice: &'static str,
    pub surplus_reserve_then_refund: &'static str,
    pub surplus_all_to_reserve: &'static str,
    pub surplus_refund_all: &'static str,
    pub deficit_choice: &'static str,
    pub deficit_reserve_then_members: &'static str,
    pub deficit_members_only: &'static str,
    pub offset_next_year: &'static str,
    pub settlement_caption: &'static str,
    pub members_caption: &'static str,
    pub paid: &'static str,
    pub paid_amount: &'static str,
    pub outstanding: &'static str,
    pub refund: &'static str,
    pub payment: &'static str,
    pub income: &'static str,
    pub actual_spend: &'static str,
    pub result: &'static str,
    pub to_reserve: &'static str,
    pub from_reserve: &'static str,
    pub shortfall: &'static str,
    pub reserve_closing: &'static str,
    pub not_recorded: &'static str,
    pub export_settlement: &'static str,
    pub settlement_text_heading: &'static str,
    // Next year.
    pub next_year_heading: &'static str,
    pub next_year_help: &'static [&'static str],
    pub joining_heading: &'static str,
    pub joining_unnamed: &'static str,
    pub leaving_heading: &'static str,
    pub leaving_unnamed: &'static str,
    pub wage_index: &'static str,
    pub price_index: &'static str,
    pub refresh_inhabitants: &'static str,
    pub open_next_year: &'static str,
    pub preview_heading: &'static str,
    pub nothing_changes: &'static str,
    pub history_caption: &'static str,
    pub year: &'static str,
    // What changes.
    pub changes_heading: &'static str,
    pub changes_help: &'static [&'static str],
    pub no_history: &'static str,
    pub last_year: &'static str,
    pub this_year: &'static str,
    pub change: &'static str,
    pub percent: &'static str,
    pub effect_adjustments: &'static str,
    pub effect_budget: &'static str,
    pub effect_members: &'static str,
    pub effect_size: &'static str,
    pub effect_key: &'static str,
    /// How a sentence names each effect, in the order of the split: "€ 2.900 door de begroting".
    pub effect_phrases: [&'static str; 5],
    pub new_member: &'static str,
    pub left_member: &'static str,
    pub sentences_heading: &'static str,
    pub phase_in_up: &'static str,
    pub phase_in_down: &'static str,
    pub phase_in_caption: &'static str,
    pub without_phase_in: &'static str,
    pub with_phase_in: &'static str,
    pub gap: &'static str,
    pub held: &'static str,
    pub held_by_phase_in: &'static str,
    pub held_by_key: &'static str,
}

impl CycleTexts {
    fn amount(&self, value: Decimal) -> String {
        format_money(value, Precision::WholeEuros, self.lang.notation())
    }

    fn cents(&self, value: Decimal) -> String {
        format_money(value, Precision::Cents, self.lang.notation())
    }

    /// A member's name, or "Gemeente 3" for the third unnamed one.
    pub fn member_name(&self, name: &str, unnamed_index: Option<usize>) -> String {
        match unnamed_index {
            Some(index) if name.is_empty() => format!("{} {}", self.unnamed_member, index + 1),
            _ => name.to_string(),
        }
    }

    pub fn recorded_summary(&self, scenario: &str, year: Option<u16>, total: Decimal) -> String {
        let total = self.amount(total);
        match (self.lang, year) {
            (Lang::Nl, Some(year)) => {
                format!("Vastgelegd voor {year}: scenario {scenario}, totaal {total}.")
            }
            (Lang::Nl, None) => format!("Vastgelegd: scenario {scenario}, totaal {total}."),
            (Lang::En, Some(year)) => {
                format!("Recorded for {year}: scenario {scenario}, total {total}.")
            }
            (Lang::En, None) => format!("Recorded: scenario {scenario}, total {total}."),
        }
    }

    pub fn supplements_add_up(&self, change: Decimal) -> String {
        let change = self.cents(change);
        match self.lang {
            Lang::Nl => format!(
                "De aanvullende facturen en creditnota's tellen op tot {change}: de verandering van het gefactureerde totaal."
            ),
            Lang::En => format!(
                "The supplementary invoices and credits add up to {change}: the change of the total invoiced."
            ),
        }
    }

    pub fn invoice_description(&self, collaboration: &str, year: Option<u16>) -> String {
        let year = year.map(|year| format!(" {year}")).unwrap_or_default();
        match self.lang {
            Lang::Nl => format!("Bijdrage{year} {collaboration}")
                .trim_end()
                .to_string(),
            Lang::En => format!("Contribution{year} {collaboration}")
                .trim_end()
                .to_string(),
        }
    }

    pub fn settlement_note(&self, note: SettlementNote) -> &'static str {
        match (self.lang, note) {
            (Lang::Nl, SettlementNote::NobodyPaidSurplusToReserve) => {
                "Niemand heeft betaald: het overschot gaat naar de reserve."
            }
            (Lang::En, SettlementNote::NobodyPaidSurplusToReserve) => {
                "Nobody paid: the surplus goes to the reserve."
            }
            (Lang::Nl, SettlementNote::NobodyPaidDeficitShortfall) => {
                "Niemand heeft betaald: het tekort komt uit de reserve en wat overblijft is niet gedekt."
            }
            (Lang::En, SettlementNote::NobodyPaidDeficitShortfall) => {
                "Nobody paid: the deficit comes from the reserve and what is left is not covered."
            }
            (Lang::Nl, SettlementNote::ReserveAboveCeiling) => {
                "De reserve begon boven het plafond: zij houdt haar saldo en het hele overschot gaat terug naar de leden."
            }
            (Lang::En, SettlementNote::ReserveAboveCeiling) => {
                "The reserve opened above its ceiling: it keeps its balance and the whole surplus goes back to the members."
            }
        }
    }

    pub fn settlement_problem(&self, problem: &SettlementProblem) -> String {
        match (self.lang, problem) {
            (lang, SettlementProblem::Calc(error)) => lang.texts().calc_error(error),
            (Lang::Nl, SettlementProblem::PaidAboveInvoice { name, paid, invoiced }) => format!(
                "{name} betaalde {} maar is {} gefactureerd; een betaling boven de factuur kan niet.",
                self.cents(*paid),
                self.cents(*invoiced)
            ),
            (Lang::En, SettlementProblem::PaidAboveInvoice { name, paid, invoiced }) => format!(
                "{name} paid {} but was invoiced {}; a payment above the invoice is not possible.",
                self.cents(*paid),
                self.cents(*invoiced)
            ),
            (Lang::Nl, SettlementProblem::NegativePaid { name }) => {
                format!("Wat {name} betaalde kan niet negatief zijn.")
            }
            (Lang::En, SettlementProblem::NegativePaid { name }) => {
                format!("What {name} paid cannot be negative.")
            }
            (Lang::Nl, SettlementProblem::NegativeOpeningReserve) => {
                "De reserve aan het begin van het jaar kan niet negatief zijn.".to_string()
            }
            (Lang::En, SettlementProblem::NegativeOpeningReserve) => {
                "The reserve at the start of the year cannot be negative.".to_string()
            }
            (Lang::Nl, SettlementProblem::NegativeCeiling) => {
                "Het plafond van de reserve kan niet negatief zijn.".to_string()
            }
            (Lang::En, SettlementProblem::NegativeCeiling) => {
                "The reserve ceiling cannot be negative.".to_string()
            }
            (Lang::Nl, SettlementProblem::NegativeOtherIncome) => {
                "Overige inkomsten kunnen niet negatief zijn.".to_string()
            }
            (Lang::En, SettlementProblem::NegativeOtherIncome) => {
                "Other income cannot be negative.".to_string()
            }
        }
    }

    pub fn lines_without_actual(&self, count: usize) -> Option<String> {
        match (self.lang, count) {
            (_, 0) => None,
            (Lang::Nl, 1) => {
                Some("1 kostenpost heeft nog geen werkelijke uitgaven (stap 7).".into())
            }
            (Lang::Nl, n) => Some(format!(
                "{n} kostenposten hebben nog geen werkelijke uitgaven (stap 7)."
            )),
            (Lang::En, 1) => Some("1 cost line has no actual spend yet (step 7).".into()),
            (Lang::En, n) => Some(format!("{n} cost lines have no actual spend yet (step 7).")),
        }
    }

    /// The settlement as a text for the steering group.
    pub fn settlement_text(
        &self,
        collaboration: &str,
        year: Option<u16>,
        settlement: &crate::domain::cycle::settlement::Settlement,
    ) -> String {
        let a = |value: Decimal| self.cents(value);
        let s = settlement;
        let year = year.map(|year| year.to_string()).unwrap_or_default();
        let mut out = String::new();
        match self.lang {
            Lang::Nl => {
                out.push_str(&format!("Jaarafrekening {year} {collaboration}\n\n"));
                out.push_str(&format!(
                    "Gefactureerd aan de deelnemende gemeenten: {}; daarvan is {} betaald en staat {} open.\n",
                    a(s.invoiced), a(s.paid), a(s.outstanding)
                ));
                if !s.other_income.is_zero() {
                    out.push_str(&format!("Overige inkomsten: {}.\n", a(s.other_income)));
                }
                out.push_str(&format!(
                    "Inkomsten in totaal {}, werkelijke uitgaven {}: ",
                    a(s.income),
                    a(s.actual_spend)
                ));
                if s.result > Decimal::ZERO {
                    out.push_str(&format!(
                        "een overschot van {}. Daarvan gaat {} naar de reserve en wordt {} terugbetaald aan de gemeenten, naar rato van wat elk betaalde.\n",
                        a(s.result), a(s.to_reserve), a(s.refunds)
                    ));
                } else if s.result < Decimal::ZERO {
                    out.push_str(&format!(
                        "een tekort van {}. Daarvan komt {} uit de reserve en storten de gemeenten {} bij, naar rato van hun factuur.\n",
                        a(-s.result), a(s.from_reserve), a(s.payments)
                    ));
                } else {
                    out.push_str("inkomsten en uitgaven zijn gelijk.\n");
                }
                if !s.shortfall.is_zero() {
                    out.push_str(&format!("Niet gedekt: {}.\n", a(s.shortfall)));
                }
                out.push_str(&format!(
                    "De reserve gaat van {} naar {}.\n",
                    a(s.opening_reserve),
                    a(s.closing_reserve)
                ));
                if s.offset_next_year && !(s.refunds.is_zero() && s.payments.is_zero()) {
                    out.push_str("Terugbetalingen en bijstortingen worden verrekend met de factuur van volgend jaar.\n");
                }
            }
            Lang::En => {
                out.push_str(&format!("Settlement {year} {collaboration}\n\n"));
                out.push_str(&format!(
                    "Invoiced to the participating municipalities: {}; of which {} paid and {} outstanding.\n",
                    a(s.invoiced), a(s.paid), a(s.outstanding)
                ));
                if !s.other_income.is_zero() {
                    out.push_str(&format!("Other income: {}.\n", a(s.other_income)));
                }
                out.push_str(&format!(
                    "Income in total {}, actual spend {}: ",
                    a(s.income),
                    a(s.actual_spend)
                ));
                if s.result > Decimal::ZERO {
                    out.push_str(&format!(
                        "a surplus of {}. Of this {} goes to the reserve and {} is refunded to the municipalities in proportion to what each paid.\n",
                        a(s.result), a(s.to_reserve), a(s.refunds)
                    ));
                } else if s.result < Decimal::ZERO {
                    out.push_str(&format!(
                        "a deficit of {}. Of this {} comes from the reserve and the municipalities pay {} in proportion to their invoice.\n",
                        a(-s.result), a(s.from_reserve), a(s.payments)
                    ));
                } else {
                    out.push_str("income and spend are equal.\n");
                }
                if !s.shortfall.is_zero() {
                    out.push_str(&format!("Not covered: {}.\n", a(s.shortfall)));
                }
                out.push_str(&format!(
                    "The reserve goes from {} to {}.\n",
                    a(s.opening_reserve),
                    a(s.closing_reserve)
                ));
                if s.offset_next_year && !(s.refunds.is_zero() && s.payments.is_zero()) {
                    out.push_str("Refunds and supplementary payments are offset against next year's invoice.\n");
                }
            }
        }
        out
    }

    pub fn inhabitants_change(&self, name: &str, before: Decimal, after: Decimal) -> String {
        let notation = self.lang.notation();
        let before = crate::domain::notation::format_number(before, 0, notation);
        let after = crate::domain::notation::format_number(after, 0, notation);
        match self.lang {
            Lang::Nl => format!("{name}: {before} → {after} inwoners"),
            Lang::En => format!("{name}: {before} → {after} inhabitants"),
        }
    }

    pub fn joins(&self, name: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{name} treedt toe"),
            Lang::En => format!("{name} joins"),
        }
    }

    pub fn leaves(&self, name: &str) -> String {
        match self.lang {
            Lang::Nl => format!("{name} treedt uit"),
            Lang::En => format!("{name} leaves"),
        }
    }

    pub fn count_joins(&self, count: u32) -> String {
        match self.lang {
            Lang::Nl => format!("{count} nieuwe gemeenten van gemiddelde grootte treden toe"),
            Lang::En => format!("{count} new municipalities of average size join"),
        }
    }

    pub fn count_leaves(&self, count: u32) -> String {
        match self.lang {
            Lang::Nl => format!("{count} gemeenten treden uit"),
            Lang::En => format!("{count} municipalities leave"),
        }
    }

    pub fn recorded_at_close(&self) -> &'static str {
        match self.lang {
            Lang::Nl => "De facturen van dit jaar zijn niet vastgelegd; bij het afsluiten worden ze vastgelegd zoals ze nu zijn.",
            Lang::En => "This year's invoices were not recorded; closing the year records them as they are now.",
        }
    }

    pub fn closed_year_row(&self, year: Option<u16>) -> String {
        year.map(|year| year.to_string())
            .unwrap_or_else(|| "–".to_string())
    }

    pub fn step_failed(&self, step: Step, reason: &str) -> String {
        let step = match (self.lang, step) {
            (Lang::Nl, Step::LastYear) => "vorig jaar opnieuw berekend",
            (Lang::Nl, Step::Budget) => "de begroting",
            (Lang::Nl, Step::Members) => "de leden",
            (Lang::Nl, Step::Size) => "de omvang",
            (Lang::Nl, Step::Key) => "de sleutel",
            (Lang::En, Step::LastYear) => "last year recomputed",
            (Lang::En, Step::Budget) => "the budget",
            (Lang::En, Step::Members) => "the members",
            (Lang::En, Step::Size) => "the size",
            (Lang::En, Step::Key) => "the key",
        };
        match self.lang {
            Lang::Nl => format!(
                "De verandering is niet te splitsen: de stap \"{step}\" kan niet worden verdeeld. {reason}"
            ),
            Lang::En => format!(
                "The change cannot be split: the step \"{step}\" cannot be allocated. {reason}"
            ),
        }
    }

    /// One sentence per member for a letter: its change and the effects that made it.
    pub fn change_sentence(
        &self,
        name: &str,
        change: &MemberChange,
        last_year: Option<u16>,
    ) -> String {
        let a = |value: Decimal| self.amount(value);
        let signed = |value: Decimal| self.lang.signed_money(value, Precision::WholeEuros);
        let percent = change.percent.map(|percent| {
            let shown = crate::domain::notation::format_number(percent, 1, self.lang.notation());
            if percent > Decimal::ZERO {
                format!(" (+{shown}%)")
            } else {
                format!(" ({shown}%)")
            }
        });
        match change.presence {
            Presence::Joined => {
                return match self.lang {
                    Lang::Nl => format!("{name} is nieuw en betaalt {}.", a(change.this)),
                    Lang::En => format!("{name} is new and pays {}.", a(change.this)),
                }
            }
            Presence::Left => {
                return match (self.lang, last_year) {
                    (Lang::Nl, Some(year)) => {
                        format!(
                            "{name} is uitgetreden; in {year} betaalde {name} {}.",
                            a(change.last)
                        )
                    }
                    (Lang::Nl, None) => format!(
                        "{name} is uitgetreden; vorig jaar was dat {}.",
                        a(change.last)
                    ),
                    (Lang::En, Some(year)) => {
                        format!("{name} has left; in {year} {name} paid {}.", a(change.last))
                    }
                    (Lang::En, None) => {
                        format!("{name} has left; last year it paid {}.", a(change.last))
                    }
                }
            }
            Presence::Both => {}
        }
        let verb = match (self.lang, change.change.cmp(&Decimal::ZERO)) {
            (Lang::Nl, std::cmp::Ordering::Greater) => "stijgt",
            (Lang::Nl, std::cmp::Ordering::Less) => "daalt",
            (Lang::Nl, std::cmp::Ordering::Equal) => "blijft gelijk",
            (Lang::En, std::cmp::Ordering::Greater) => "rises",
            (Lang::En, std::cmp::Ordering::Less) => "falls",
            (Lang::En, std::cmp::Ordering::Equal) => "stays the same",
        };
        let mut sentence = match self.lang {
            Lang::Nl => format!(
                "De bijdrage van {name} {verb} van {} naar {}{}",
                a(change.last),
                a(change.this),
                percent.unwrap_or_default()
            ),
            Lang::En => format!(
                "The contribution of {name} {verb} from {} to {}{}",
                a(change.last),
                a(change.this),
                percent.unwrap_or_default()
            ),
        };
        if let Some(effects) = &change.effects {
            let [adjustments, budget, members, size, key] = self.effect_phrases;
            let parts: Vec<String> = [
                (effects.adjustments, adjustments),
                (effects.budget, budget),
                (effects.members, members),
                (effects.size, size),
                (effects.key, key),
            ]
            .into_iter()
            .filter(|(value, _)| !value.is_zero())
            .map(|(value, phrase)| format!("{} {phrase}", signed(value)))
            .collect();
            if !parts.is_empty() {
                sentence.push_str(": ");
                sentence.push_str(&parts.join(", "));
            }
        }
        sentence.push('.');
        sentence
    }

    pub fn years_held(&self, years: Option<u32>) -> String {
        match (self.lang, years) {
            (Lang::Nl, Some(0)) => "Niemand wordt door de ingroeiregeling beperkt.".into(),
            (Lang::Nl, Some(1)) => "Bij gelijke begroting en leden beperkt de ingroeiregeling alleen dit jaar.".into(),
            (Lang::Nl, Some(years)) => format!("Bij gelijke begroting en leden beperkt de ingroeiregeling nog {years} jaar (dit jaar meegeteld)."),
            (Lang::Nl, None) => "Bij gelijke begroting en leden beperkt de ingroeiregeling meer dan 20 jaar.".into(),
            (Lang::En, Some(0)) => "Nobody is held by the phase-in.".into(),
            (Lang::En, Some(1)) => "With the same budget and members the phase-in holds only this year.".into(),
            (Lang::En, Some(years)) => format!("With the same budget and members the phase-in holds for {years} years (this year included)."),
            (Lang::En, None) => "With the same budget and members the phase-in holds for more than 20 years.".into(),
        }
    }
}

pub(super) static NL: CycleTexts = CycleTexts {
    lang: Lang::Nl,
    invoices_heading: "8. Facturen",
    invoices_help: &[
        "Heeft de stuurgroep gekozen, leg dan de facturen van het begrotingsjaar vast: per gemeente het bedrag tot op de cent. Vastgelegde facturen veranderen niet meer als u de berekening later aanpast.",
        "Past u daarna iets aan (een gemeente treedt toe, de begroting wijzigt halverwege het jaar), dan toont deze stap per gemeente de aanvullende factuur of creditnota. Samen zijn die precies de verandering van het totaal.",
    ],
    adopted_scenario: "Vastgesteld scenario",
    record_invoices: "Facturen vastleggen",
    record_again: "Opnieuw vastleggen",
    invoices_caption_now: "Facturen zoals ze nu zouden zijn",
    invoices_caption_recorded: "Vastgelegde facturen en aanvullingen",
    municipality: "Gemeente",
    cbs_code: "CBS-code",
    inhabitants: "Inwoners",
    invoice_amount: "Bedrag",
    invoiced: "Gefactureerd",
    invoice_now: "Nu",
    supplement: "Aanvulling of credit",
    total: "Totaal",
    joined_since: "nieuw",
    left_since: "uitgetreden",
    unnamed_member: "Gemeente",
    export_invoices: "Factuurlijst (CSV)",
    invoice_description: "omschrijving",
    part_of_year: "Deel van het jaar",
    contribution: "Bijdrage",
    custom_work: "Maatwerk",
    in_kind_counted: "Verrekend in natura",
    offset: "Verrekend met vorig jaar",
    settlement_heading: "9. Jaarafrekening",
    settlement_help: &[
        "Aan het eind van het jaar: wat kwam er binnen (de betaalde facturen en overige inkomsten), wat is er uitgegeven (de verantwoording van stap 7) en waar gaat het verschil heen.",
        "Een overschot gaat naar de reserve tot het plafond; de rest gaat terug naar de gemeenten naar rato van wat elk betaalde. Een tekort komt uit de reserve; de rest storten de gemeenten bij naar rato van hun factuur. Een onbetaalde factuur telt als vordering mee.",
    ],
    other_income: "Overige inkomsten (bijvoorbeeld subsidie)",
    opening_reserve: "Reserve aan het begin van het jaar",
    ceiling_kind: "Plafond van de reserve",
    ceiling_none: "Geen plafond",
    ceiling_percent: "Percentage van de begroting",
    ceiling_amount: "Bedrag",
    ceiling_value: "Plafond",
    surplus_choice: "Bij een overschot",
    surplus_reserve_then_refund: "naar de reserve tot het plafond, de rest terug",
    surplus_all_to_reserve: "alles naar de reserve",
    surplus_refund_all: "alles terug naar de gemeenten",
    deficit_choice: "Bij een tekort",
    deficit_reserve_then_members: "uit de reserve, de rest bijstorten",
    deficit_members_only: "alles bijstorten, de reserve niet gebruiken",
    offset_next_year: "Terugbetalingen en bijstortingen verrekenen met de factuur van volgend jaar",
    settlement_caption: "Jaarafrekening",
    members_caption: "Jaarafrekening per gemeente",
    paid: "Betaald",
    paid_amount: "Betaald bedrag",
    outstanding: "Openstaand",
    refund: "Terug",
    payment: "Bijstorting",
    income: "Inkomsten",
    actual_spend: "Werkelijke uitgaven",
    result: "Resultaat",
    to_reserve: "Naar de reserve",
    from_reserve: "Uit de reserve",
    shortfall: "Niet gedekt",
    reserve_closing: "Reserve aan het eind van het jaar",
    not_recorded: "De facturen zijn nog niet vastgelegd; de afrekening gaat uit van de facturen zoals ze nu zijn.",
    export_settlement: "Jaarafrekening (CSV)",
    settlement_text_heading: "Jaarafrekening voor de stuurgroep",
    next_year_heading: "10. Volgend jaar",
    next_year_help: &[
        "Opent een nieuw concept voor het volgende begrotingsjaar; dit concept blijft zoals het is. Het nieuwe concept bewaart dit jaar in zijn geschiedenis (facturen, uitgaven, afrekening), neemt de reserve mee en wat nog verrekend moet worden.",
        "Kosten van uren en fte volgen de loonindex, de andere kostenposten de prijsindex. Inwonertallen van gemeenten die de ingebouwde lijst kent, komen uit die lijst.",
    ],
    joining_heading: "Wie treedt toe?",
    joining_unnamed: "Nieuwe gemeenten van gemiddelde grootte",
    leaving_heading: "Wie treedt uit?",
    leaving_unnamed: "Aantal gemeenten dat uittreedt",
    wage_index: "Loonindex (%)",
    price_index: "Prijsindex (%)",
    refresh_inhabitants: "Inwonertallen uit de ingebouwde lijst van gemeenten",
    open_next_year: "Volgend jaar openen",
    preview_heading: "Wat verandert er in het nieuwe concept",
    nothing_changes: "Geen gemeenten of inwonertallen veranderen.",
    history_caption: "Afgesloten jaren",
    year: "Jaar",
    changes_heading: "11. Wat verandert er voor mijn gemeente?",
    changes_help: &[
        "Per gemeente de factuur van vorig jaar en de bijdrage van dit jaar, en het verschil gesplitst in wat de begroting, de toe- en uittreders, de nieuwe inwonertallen en de sleutel elk doen. Elke stap is een volledige verdeling tot op de cent, dus de delen tellen precies op tot het verschil.",
        "Een ingroeiregeling beperkt de stijging (en eventueel de daling) per gemeente ten opzichte van vorig jaar. Het totaal wordt nog steeds tot op de cent geïnd: wat de een minder betaalt, betalen de anderen naar dezelfde sleutel.",
    ],
    no_history: "Er is nog geen afgesloten jaar. Met \"Volgend jaar openen\" (stap 10) begint het volgende jaar met dit jaar in de geschiedenis.",
    last_year: "Vorig jaar",
    this_year: "Dit jaar",
    change: "Verschil",
    percent: "%",
    effect_adjustments: "Aanpassingen vorig jaar",
    effect_budget: "Begroting",
    effect_members: "Leden",
    effect_size: "Omvang",
    effect_key: "Sleutel",
    effect_phrases: [
        "door aanpassingen vorig jaar",
        "door de begroting",
        "door toe- en uittredende gemeenten",
        "door de nieuwe inwonertallen en het gebruik",
        "door de sleutel",
    ],
    new_member: "nieuw",
    left_member: "uitgetreden",
    sentences_heading: "Per gemeente, voor een brief",
    phase_in_up: "Ingroeiregeling: stijging hoogstens (%)",
    phase_in_down: "Daling hoogstens (%)",
    phase_in_caption: "Bijdrage zonder en met ingroeiregeling",
    without_phase_in: "Zonder ingroei",
    with_phase_in: "Met ingroei",
    gap: "Verschil",
    held: "Beperkt door",
    held_by_phase_in: "ingroeiregeling",
    held_by_key: "minimum of maximum",
};

pub(super) static EN: CycleTexts = CycleTexts {
    lang: Lang::En,
    invoices_heading: "8. Invoices",
    invoices_help: &[
        "Once the steering group has chosen, record the budget year's invoices: each municipality's amount to the cent. Recorded invoices do not change when you edit the calculation later.",
        "If you change something afterwards (a municipality joins, the budget changes halfway through the year), this step shows each municipality's supplementary invoice or credit. Together they are exactly the change of the total.",
    ],
    adopted_scenario: "Adopted scenario",
    record_invoices: "Record invoices",
    record_again: "Record again",
    invoices_caption_now: "Invoices as they would be now",
    invoices_caption_recorded: "Recorded invoices and supplements",
    municipality: "Municipality",
    cbs_code: "CBS code",
    inhabitants: "Inhabitants",
    invoice_amount: "Amount",
    invoiced: "Invoiced",
    invoice_now: "Now",
    supplement: "Supplement or credit",
    total: "Total",
    joined_since: "new",
    left_since: "left",
    unnamed_member: "Municipality",
    export_invoices: "Invoice list (CSV)",
    invoice_description: "description",
    part_of_year: "Part of the year",
    contribution: "Contribution",
    custom_work: "Custom work",
    in_kind_counted: "Counted in kind",
    offset: "Offset from last year",
    settlement_heading: "9. Settlement",
    settlement_help: &[
        "At the end of the year: what came in (the paid invoices and other income), what was spent (the accountability of step 7) and where the difference goes.",
        "A surplus goes to the reserve up to its ceiling; the rest goes back to the municipalities in proportion to what each paid. A deficit comes from the reserve; the rest the municipalities pay in proportion to their invoice. An unpaid invoice counts as a receivable.",
    ],
    other_income: "Other income (a subsidy, for example)",
    opening_reserve: "Reserve at the start of the year",
    ceiling_kind: "Reserve ceiling",
    ceiling_none: "No ceiling",
    ceiling_percent: "Percentage of the budget",
    ceiling_amount: "Amount",
    ceiling_value: "Ceiling",
    surplus_choice: "With a surplus",
    surplus_reserve_then_refund: "to the reserve up to the ceiling, the rest refunded",
    surplus_all_to_reserve: "all to the reserve",
    surplus_refund_all: "all refunded to the municipalities",
    deficit_choice: "With a deficit",
    deficit_reserve_then_members: "from the reserve, the rest paid by the members",
    deficit_members_only: "all paid by the members, the reserve untouched",
    offset_next_year: "Offset refunds and supplementary payments against next year's invoice",
    settlement_caption: "Settlement",
    members_caption: "Settlement per municipality",
    paid: "Paid",
    paid_amount: "Amount paid",
    outstanding: "Outstanding",
    refund: "Refund",
    payment: "Supplementary payment",
    income: "Income",
    actual_spend: "Actual spend",
    result: "Result",
    to_reserve: "To the reserve",
    from_reserve: "From the reserve",
    shortfall: "Not covered",
    reserve_closing: "Reserve at the end of the year",
    not_recorded: "The invoices are not recorded yet; the settlement uses the invoices as they are now.",
    export_settlement: "Settlement (CSV)",
    settlement_text_heading: "Settlement for the steering group",
    next_year_heading: "10. Next year",
    next_year_help: &[
        "Opens a new draft for the next budget year; this draft stays as it is. The new draft keeps this year in its history (invoices, spend, settlement) and carries the reserve and whatever is still to be offset.",
        "Costs of hours and FTE follow the wage index, the other cost lines the price index. Inhabitants of municipalities the built-in list knows come from that list.",
    ],
    joining_heading: "Who joins?",
    joining_unnamed: "New municipalities of average size",
    leaving_heading: "Who leaves?",
    leaving_unnamed: "Number of municipalities leaving",
    wage_index: "Wage index (%)",
    price_index: "Price index (%)",
    refresh_inhabitants: "Inhabitants from the built-in list of municipalities",
    open_next_year: "Open next year",
    preview_heading: "What changes in the new draft",
    nothing_changes: "No municipalities or inhabitants change.",
    history_caption: "Closed years",
    year: "Year",
    changes_heading: "11. What changes for my municipality?",
    changes_help: &[
        "For each municipality last year's invoice and this year's contribution, and the change split into what the budget, those who joined or left, the new inhabitants and the key each do. Every step is a full allocation to the cent, so the parts add up to the change exactly.",
        "A phase-in limits each municipality's rise (and optionally its fall) against last year. The total is still collected to the cent: what one pays less, the others pay by the same key.",
    ],
    no_history: "There is no closed year yet. \"Open next year\" (step 10) starts the next year with this one in its history.",
    last_year: "Last year",
    this_year: "This year",
    change: "Change",
    percent: "%",
    effect_adjustments: "Last year's adjustments",
    effect_budget: "Budget",
    effect_members: "Members",
    effect_size: "Size",
    effect_key: "Key",
    effect_phrases: [
        "from last year's adjustments",
        "from the budget",
        "from municipalities joining or leaving",
        "from the new inhabitants and usage",
        "from the key",
    ],
    new_member: "new",
    left_member: "left",
    sentences_heading: "Per municipality, for a letter",
    phase_in_up: "Phase-in: rise at most (%)",
    phase_in_down: "Fall at most (%)",
    phase_in_caption: "Contribution without and with phase-in",
    without_phase_in: "Without phase-in",
    with_phase_in: "With phase-in",
    gap: "Gap",
    held: "Held by",
    held_by_phase_in: "phase-in",
    held_by_key: "minimum or maximum",
};
