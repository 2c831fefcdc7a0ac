//! The top of the printed report: which collaboration, for which budget year, printed when, and the
//! assumptions every figure below rests on: the key with its settings, minimum and maximum, the growth
//! plan, indexation, the reserves, rates and reference sizes. On screen those are the editors themselves,
//! so the block shows only on paper (style/print.css), where the editors do not.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::document::{CollaborationLevel, Document};
use crate::domain::key::{BandWeight, HybridBase, KeyKind, VariableBasis};
use crate::domain::notation::{format_euros, format_number, Precision};
use crate::domain::participants::Variant;
use crate::domain::report::Report;
use crate::state::use_state;
use crate::text::Lang;
use crate::ui::print::use_print_mode;

/// One line of the block: what it is about, and the document's choice in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assumption {
    pub label: &'static str,
    pub value: String,
}

/// A decimal as exactly as it was entered, in the language's notation: 1,925 stays 1,925 and 10.00 is 10.
fn exact(value: Decimal, lang: Lang) -> String {
    let value = value.normalize();
    format_number(value, value.scale(), lang.notation())
}

/// A rate such as € 1,92 per inhabitant: at least cents, more decimals where they were entered.
fn rate_as_entered(value: Decimal, lang: Lang) -> String {
    let value = value.normalize();
    format_euros(value, value.scale().max(2), lang.notation())
}

fn level_index(level: CollaborationLevel) -> usize {
    match level {
        CollaborationLevel::SharingOnly => 0,
        CollaborationLevel::LightCoordination => 1,
        CollaborationLevel::Structured => 2,
        CollaborationLevel::FullDirection => 3,
    }
}

/// The key in one line: its name and its rule with the document's settings.
fn key_description(document: &Document, lang: Lang, precision: Precision) -> String {
    let print = lang.print();
    let key = &document.key;
    let name = lang.texts().key_name(key.kind);
    let variable = || match key.hybrid.variable {
        VariableBasis::Inhabitants => print.by_inhabitants.to_string(),
        VariableBasis::Usage => print.by_usage(&key.usage_metric),
    };
    let rule = match key.kind {
        KeyKind::Equal => print.equal_rule.to_string(),
        KeyKind::Inhabitants => print.inhabitants_rule.to_string(),
        KeyKind::Usage => print.usage_rule(&key.usage_metric),
        KeyKind::Hybrid => match key.hybrid.base {
            HybridBase::FixedAmount => print.hybrid_fixed_rule(
                &lang.money(key.hybrid.fixed_base_amount, precision),
                &variable(),
            ),
            HybridBase::BaseLines => print.hybrid_lines_rule(&variable()),
        },
        KeyKind::Staffel => {
            let bands = key
                .staffel
                .iter()
                .enumerate()
                .map(|(index, band)| {
                    let next = key.staffel.get(index + 1);
                    let to = next.map(|next| lang.whole(next.from_inhabitants));
                    let weight = match &band.weight {
                        BandWeight::PerInhabitant { rate: per } => {
                            print.per_inhabitant(&rate_as_entered(*per, lang))
                        }
                        BandWeight::Points { points } => print.points(&exact(*points, lang)),
                    };
                    print.band(&lang.whole(band.from_inhabitants), to.as_deref(), &weight)
                })
                .collect::<Vec<_>>();
            let rule = if key.marginal {
                lang.ways_to_pay().marginal_bands
            } else {
                print.staffel_rule
            };
            if bands.is_empty() {
                rule.to_string()
            } else {
                format!("{rule}: {}", bands.join("; "))
            }
        }
        KeyKind::Tariffs => {
            let classes = key
                .tariffs
                .iter()
                .map(|class| {
                    let amount = class
                        .amount
                        .map_or_else(|| "?".to_string(), |amount| lang.money(amount, precision));
                    format!(
                        "{} ({}+): {amount}",
                        class.name,
                        lang.whole(class.from_inhabitants)
                    )
                })
                .collect::<Vec<_>>();
            format!("{} {}", lang.ways_to_pay().tariff_rule, classes.join("; "))
        }
    };
    print.key_line(name, &rule)
}

/// Every assumption of the document, in the order a reader checks them. Lines that need figures of the
/// report (participants, growth) are left out while the document has problems and there is no report.
pub fn assumptions(
    document: &Document,
    report: Option<&Report>,
    lang: Lang,
    precision: Precision,
) -> Vec<Assumption> {
    let print = lang.print();
    let amount = |value: Decimal| lang.money(value, precision);
    let mut lines = vec![
        Assumption {
            label: print.key,
            value: key_description(document, lang, precision),
        },
        Assumption {
            label: print.bounds,
            value: print.bounds_line(
                document.key.minimum.map(amount).as_deref(),
                document.key.maximum.map(amount).as_deref(),
            ),
        },
    ];
    if let Some(report) = report {
        let (now, later) = (
            &report.variant(Variant::Current),
            &report.variant(Variant::Grown),
        );
        lines.push(Assumption {
            label: print.participants,
            value: print.participants_line(now.count, &lang.whole(now.total_inhabitants)),
        });
        let growth = &document.growth;
        let by = document.calendar_year(growth.years).map(u32::from);
        let mut plan = vec![print.growth_line(now.count, later.count, growth.years, by)];
        if later.count > now.count {
            plan.push(match growth.newcomer_inhabitants {
                Some(size) => print.newcomers_of(&lang.whole(size)),
                None => print.newcomers_average.to_string(),
            });
            if !growth.prospects.is_empty() {
                plan.push(print.named_prospects(growth.prospects.len()));
            }
            if !growth.joining_per_year.is_empty() {
                let per_year = growth
                    .joining_schedule()
                    .into_iter()
                    .enumerate()
                    .map(|(index, count)| {
                        let year = index as u32 + 2;
                        let calendar = u32::try_from(index + 1)
                            .ok()
                            .and_then(|after| document.calendar_year(after));
                        (lang.insight().year_label(year, calendar), count)
                    })
                    .collect::<Vec<_>>();
                plan.push(print.joining_per_year(&per_year));
            }
        }
        lines.push(Assumption {
            label: print.growth,
            value: plan.join("; "),
        });
    }
    let years = document.multi_year.years;
    let span = document
        .calendar_year(0)
        .zip(document.calendar_year(years.saturating_sub(1)));
    let span = span.map(|(first, last)| (u32::from(first), u32::from(last)));
    lines.push(Assumption {
        label: print.multi_year,
        value: print.multi_year_line(
            years,
            span,
            &exact(document.multi_year.indexation_percent, lang),
        ),
    });
    let reserves = document
        .scenarios
        .iter()
        .map(|scenario| (scenario.name.clone(), exact(scenario.reserve_percent, lang)))
        .collect::<Vec<_>>();
    lines.push(Assumption {
        label: print.reserve,
        value: print.reserve_line(&reserves),
    });
    lines.push(Assumption {
        label: print.rates,
        value: print.rates_line(
            &amount(document.rates.hourly_rate),
            &amount(document.rates.fte_cost),
        ),
    });
    if !document.reference_municipalities.is_empty() {
        let references = document
            .reference_municipalities
            .iter()
            .map(|reference| (reference.name.clone(), lang.whole(reference.inhabitants)))
            .collect::<Vec<_>>();
        lines.push(Assumption {
            label: print.references,
            value: print.references_line(&references),
        });
    }
    lines.push(Assumption {
        label: print.level,
        value: lang
            .insight()
            .level_names
            .get(level_index(document.collaboration_level))
            .copied()
            .unwrap_or_default()
            .to_string(),
    });
    let scenario_name = |index: usize| document.scenarios.get(index).map(|s| s.name.as_str());
    if let Some(start) = scenario_name(document.recommended_scenario()) {
        let scale_up = document
            .conclusions
            .scale_up_scenario
            .and_then(scenario_name);
        lines.push(Assumption {
            label: print.start_scenario,
            value: print.start_line(start, scale_up),
        });
    }
    let contact = &document.contact;
    if !contact.is_empty() {
        let parts = [&contact.name, &contact.email, &contact.website]
            .into_iter()
            .map(|part| part.trim())
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>();
        lines.push(Assumption {
            label: print.contact,
            value: parts.join(", "),
        });
    }
    let notes = document.conclusions.notes.trim();
    if !notes.is_empty() {
        lines.push(Assumption {
            label: print.notes,
            value: notes.to_string(),
        });
    }
    lines
}

/// Today in the user's language, as the report's date.
fn today(lang: Lang) -> String {
    let now = js_sys::Date::new_0();
    lang.texts()
        .date(now.get_full_year(), now.get_month() + 1, now.get_date())
        .unwrap_or_default()
}

#[component]
pub fn PrintHeader() -> impl IntoView {
    let state = use_state();
    let print_mode = use_print_mode();
    // The date of printing: taken again whenever printing starts, so a page left open overnight is right.
    let printed = RwSignal::new(today(state.lang.get_untracked()));
    Effect::new(move |_| {
        let lang = state.lang.get();
        if print_mode.is_none_or(|mode| mode.is_active()) {
            printed.set(today(lang));
        }
    });
    let meta = move || {
        let lang = state.lang.get();
        let budget_year = state.document.with(|document| document.budget_year);
        lang.print()
            .meta_line(lang.texts().app_title, budget_year, &printed.get())
    };
    let lines = Memo::new(move |_| {
        let lang = state.lang.get();
        let precision = state.precision.get();
        state.report.with(|report| {
            state
                .document
                .with(|document| assumptions(document, report.as_ref().ok(), lang, precision))
        })
    });
    let facts = move || {
        lines
            .get()
            .into_iter()
            .map(|line| view! { <dt>{line.label}</dt><dd>{line.value}</dd> })
            .collect_view()
    };
    view! {
        <section class="bw-print-only bw-print-report" data-testid="print-report"
            aria-label=move || state.lang.get().print().block_label>
            <p class="bw-print-title">{move || state.document.with(|document| document.name.clone())}</p>
            <p class="bw-print-report__meta">{meta}</p>
            <p class="bw-print-report__heading">{move || state.lang.get().print().assumptions_heading}</p>
            <dl class="bw-print-report__facts" data-testid="print-assumptions">{facts}</dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::key::{KeySettings, SizeBand};
    use crate::domain::report::compute;

    fn value_of(lines: &[Assumption], label: &str) -> String {
        lines
            .iter()
            .find(|line| line.label == label)
            .map(|line| line.value.clone())
            .unwrap_or_else(|| panic!("no line {label:?} in {lines:?}"))
    }

    #[test]
    fn the_example_states_its_key_growth_indexation_and_reserves() {
        let document = example();
        let report = compute(&document).unwrap();
        let lines = assumptions(&document, Some(&report), Lang::Nl, Precision::WholeEuros);
        let print = Lang::Nl.print();
        assert_eq!(
            value_of(&lines, print.key),
            "Gelijk: iedere gemeente betaalt hetzelfde deel van het totaal"
        );
        assert_eq!(
            value_of(&lines, print.bounds),
            "geen: elke gemeente betaalt wat de sleutel vraagt"
        );
        assert_eq!(
            value_of(&lines, print.participants),
            "45 gemeenten met samen 1.500.000 inwoners"
        );
        let growth = value_of(&lines, print.growth);
        assert!(
            growth.starts_with("van 45 naar 75 gemeenten in 2 jaar"),
            "{growth}"
        );
        assert!(growth.contains("gemiddelde grootte"), "{growth}");
        let multi_year = value_of(&lines, print.multi_year);
        assert!(multi_year.starts_with("3 jaar"), "{multi_year}");
        assert!(multi_year.contains("3% per jaar"), "{multi_year}");
        assert_eq!(
            value_of(&lines, print.reserve),
            "Minimum 0%, Streef 10%, Wens 10% van de kostenposten"
        );
        assert_eq!(
            value_of(&lines, print.rates),
            "uurtarief €\u{a0}100, één fte €\u{a0}75.000 per jaar"
        );
        assert_eq!(
            value_of(&lines, print.references),
            "Klein 20.000, Middel 50.000, Groot 100.000 inwoners"
        );
    }

    #[test]
    fn a_staffel_key_lists_its_bands_and_bounds() {
        let mut document = example();
        document.key = KeySettings {
            kind: KeyKind::Staffel,
            staffel: KeySettings::vng_2024_bands(),
            minimum: Some(Decimal::from(500)),
            maximum: Some(Decimal::from(5000)),
            ..KeySettings::equal()
        };
        let report = compute(&document).unwrap();
        let lines = assumptions(&document, Some(&report), Lang::Nl, Precision::WholeEuros);
        let print = Lang::Nl.print();
        assert_eq!(
            value_of(&lines, print.key),
            "Staffel: iedere gemeente betaalt naar de klasse van haar inwonertal: \
             0 tot 5.000 inwoners: € 1,92 per inwoner; \
             5.000 tot 25.000 inwoners: € 1,76 per inwoner; \
             25.000 tot 200.000 inwoners: € 1,52 per inwoner; \
             vanaf 200.000 inwoners: € 0,75 per inwoner"
                .replace(" € ", " €\u{a0}")
        );
        assert_eq!(
            value_of(&lines, print.bounds),
            "minimum €\u{a0}500 en maximum €\u{a0}5.000 per gemeente, op het gedeelde deel (maatwerk telt niet mee)"
        );
    }

    #[test]
    fn a_hybrid_key_names_its_base_and_what_the_rest_follows() {
        let mut document = example();
        document.key.kind = KeyKind::Hybrid;
        document.key.hybrid.base = HybridBase::FixedAmount;
        document.key.hybrid.fixed_base_amount = Decimal::from(2000);
        document.key.hybrid.variable = VariableBasis::Inhabitants;
        let lines = assumptions(&document, None, Lang::En, Precision::WholeEuros);
        let key = value_of(&lines, Lang::En.print().key);
        assert!(
            key.contains("a base part of €2,000 per municipality, the rest by inhabitants"),
            "{key}"
        );
        document.key.hybrid.base = HybridBase::BaseLines;
        let lines = assumptions(&document, None, Lang::En, Precision::WholeEuros);
        let key = value_of(&lines, Lang::En.print().key);
        assert!(
            key.contains("the base maintenance lines shared equally"),
            "{key}"
        );
        // Without a report, the lines that need one are left out rather than guessed.
        assert!(lines
            .iter()
            .all(|line| line.label != Lang::En.print().participants));
    }

    #[test]
    fn points_bands_explicit_growth_contact_and_notes_are_stated() {
        let mut document = example();
        document.key.kind = KeyKind::Staffel;
        document.key.staffel = vec![
            SizeBand {
                from_inhabitants: Decimal::ZERO,
                weight: BandWeight::Points {
                    points: Decimal::ONE,
                },
            },
            SizeBand {
                from_inhabitants: Decimal::from(50_000),
                weight: BandWeight::Points {
                    points: Decimal::new(25, 1),
                },
            },
        ];
        document.budget_year = Some(2027);
        document.growth.joining_per_year = vec![10, 20];
        document.contact.name = "A. de Vries".into();
        document.contact.email = "a@example.org".into();
        document.conclusions.notes = "Besproken in de stuurgroep.".into();
        document.conclusions.scale_up_scenario = Some(2);
        let report = compute(&document).unwrap();
        let lines = assumptions(&document, Some(&report), Lang::Nl, Precision::WholeEuros);
        let print = Lang::Nl.print();
        let key = value_of(&lines, print.key);
        assert!(
            key.contains("0 tot 50.000 inwoners: 1 punten per gemeente"),
            "{key}"
        );
        assert!(
            key.contains("vanaf 50.000 inwoners: 2,5 punten per gemeente"),
            "{key}"
        );
        let growth = value_of(&lines, print.growth);
        assert!(growth.contains("(2029)"), "{growth}");
        assert!(
            growth.contains("erbij per jaar: 2028: 10, 2029: 20"),
            "{growth}"
        );
        assert_eq!(
            value_of(&lines, print.multi_year),
            "3 jaar (2027–2029), kosten geïndexeerd met 3% per jaar"
        );
        assert_eq!(
            value_of(&lines, print.start_scenario),
            "Streef; opschalen naar Wens zodra het groeiplan is gehaald"
        );
        assert_eq!(
            value_of(&lines, print.contact),
            "A. de Vries, a@example.org"
        );
        assert_eq!(value_of(&lines, print.notes), "Besproken in de stuurgroep.");
    }
}
