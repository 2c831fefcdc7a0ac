//! The first view: the header and the results at a glance, written as HTML text.
//!
//! The page loads in two steps (README, "Performance"). A small WebAssembly module (`src/bin/first_view.rs`)
//! computes the report and shows this view within the first-load budget; the app with every editor follows
//! and replaces it with the same header and the same summary, so nothing moves when it arrives. Both take
//! their markup from here, which is why this is plain text rather than Leptos views: the small module must
//! not carry the component framework. Everything a user typed is escaped on the way in.

use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::notation::Precision;
use crate::domain::participants::Variant;
use crate::domain::readiness::missing;
use crate::domain::report::Report;
use crate::domain::validation::Problem;
use crate::domain::views::{priced_amount, priced_columns, PricedColumn};
use crate::html::escape;
use crate::html::header::waiting_header;
use crate::text::Lang;

/// The id of the element the first view lives in; the app removes it once it has mounted.
pub const CONTAINER_ID: &str = crate::page_contract::FIRST_VIEW_CONTAINER;

/// The whole first view: the header as the app draws it (its controls wait, disabled, for the app), the
/// summary, and a status line saying that the editors are on their way.
pub fn page_html(document: &Document, report: &Result<Report, Vec<Problem>>, lang: Lang) -> String {
    let texts = lang.texts();
    format!(
        concat!(
            "{header}",
            r#"<div class="bw-container bw-container--summary"><div class="bw-summary-slot">{summary}</div>"#,
            r#"<p class="bw-loading" role="status">{loading}</p></div>"#,
        ),
        header = waiting_header(lang),
        summary = summary_html(document, report, lang, Precision::default()),
        loading = escape(texts.loading_app),
    )
}

/// The results at a glance: per scenario the yearly total and the contribution of one municipality when
/// shared equally, today (variant A) and after growth (variant B). The same figures as the first columns of
/// the template tables of section 4.
pub fn summary_html(
    document: &Document,
    report: &Result<Report, Vec<Problem>>,
    lang: Lang,
    precision: Precision,
) -> String {
    let texts = lang.texts();
    let report = match report {
        Ok(report) => report,
        Err(_) => {
            return format!(
                r#"<section class="bw-summary" data-testid="summary" aria-label="{label}"><p class="bw-error" data-testid="error" role="alert">{message}</p></section>"#,
                label = escape(texts.summary_label),
                message = escape(texts.document_has_problems),
            )
        }
    };
    // A document without costs or participants yet (a new, blank one) is an invitation, not a failure.
    if let Some(guidance) = texts.guidance(&missing(document)) {
        return format!(
            r#"<section class="bw-summary" data-testid="summary" aria-label="{label}"><p class="bw-guidance" data-testid="guidance" role="status">{guidance}</p></section>"#,
            label = escape(texts.summary_label),
            guidance = escape(guidance),
        );
    }
    let amount = |value: &Result<rust_decimal::Decimal, CalcError>| match value {
        Ok(value) => escape(&lang.money(*value, precision)),
        Err(error) => escape(&lang.texts().calc_error_short(error)),
    };
    let current = report.variant(Variant::Current);
    let grown = report.variant(Variant::Grown);
    let columns = priced_columns(document);
    let mut rows = String::new();
    for (index, scenario) in document.scenarios.iter().enumerate() {
        let (Some(today), Some(later)) = (current.results.get(index), grown.results.get(index))
        else {
            continue;
        };
        rows.push_str(&format!(
            r#"<tr><th scope="row">{name}</th><td class="bw-number">{total}</td>"#,
            name = escape(&scenario.name),
            total = escape(&lang.money(today.total, precision)),
        ));
        // A scenario the key cannot divide gets one message across its amounts, not an error per cell.
        let failed_now = today.allocation.as_ref().err();
        let failed_later = later.allocation.as_ref().err();
        if let Some(error) = failed_now.or(failed_later) {
            rows.push_str(&format!(
                r#"<td class="bw-row-message" colspan="{span}" data-testid="row-message">{message}</td></tr>"#,
                span = columns.len() * 2,
                message = escape(&lang.texts().undivided_message(failed_now.is_some(),
                    failed_later.is_some(),
                    error
                )),
            ));
            continue;
        }
        for column in &columns {
            for result in [today, later] {
                rows.push_str(&format!(
                    r#"<td class="bw-number">{}</td>"#,
                    amount(&priced_amount(result, *column))
                ));
            }
        }
        rows.push_str("</tr>");
    }
    let mut headers = String::new();
    for column in &columns {
        let label = match column {
            PricedColumn::EveryMunicipality => texts.per_municipality.to_string(),
            PricedColumn::Average => texts.average_per_municipality.to_string(),
            PricedColumn::Reference(index) => document
                .reference_municipalities
                .get(*index)
                .map(|reference| reference.name.clone())
                .unwrap_or_default(),
        };
        for (suffix, count) in [
            (texts.suffix_now, current.count),
            (texts.suffix_after_growth, grown.count),
        ] {
            headers.push_str(&format!(
                r#"<th scope="col" class="bw-number">{} ({count})</th>"#,
                escape(&format!("{label} {suffix}")),
            ));
        }
    }
    format!(
        concat!(
            r#"<section class="bw-summary" data-testid="summary" aria-labelledby="samenvatting-caption">"#,
            r#"<div class="bw-table-scroll" tabindex="0"><table class="utrecht-table bw-table" id="samenvatting">"#,
            r#"<caption class="utrecht-table__caption" id="samenvatting-caption">{caption}</caption>"#,
            r#"<thead class="utrecht-table__header"><tr><th scope="col">{scenario}</th>"#,
            r#"<th scope="col" class="bw-number">{total}</th>{headers}</tr></thead>"#,
            r#"<tbody class="utrecht-table__body">{rows}</tbody></table></div></section>"#,
        ),
        caption = escape(&summary_caption(document, lang)),
        scenario = escape(texts.col_scenario),
        total = escape(texts.col_total_per_year),
        headers = headers,
        rows = rows,
    )
}

/// "In het kort: wat een gemeente per jaar betaalt. Verdeelsleutel: Inwoners, minimaal € 500, maximaal
/// € 5.000; Klein 20.000, Middel 50.000 en Groot 100.000 inwoners."
pub fn summary_caption(document: &Document, lang: Lang) -> String {
    let texts = lang.texts();
    let key = &document.key;
    let mut caption = format!(
        "{} {}: {}",
        texts.summary_label,
        texts.key_word,
        texts.key_name(key.kind)
    );
    let bound = |word: &str, value: Option<rust_decimal::Decimal>| {
        value.map(|value| format!(", {word} {}", lang.money(value, Precision::WholeEuros)))
    };
    caption.extend(bound(texts.minimum_word, key.minimum));
    caption.extend(bound(texts.maximum_word, key.maximum));
    caption.push('.');
    let sizes: Vec<String> = priced_columns(document)
        .iter()
        .filter_map(|column| match column {
            PricedColumn::Reference(index) => document.reference_municipalities.get(*index),
            _ => None,
        })
        .map(|reference| format!("{} {}", reference.name, lang.whole(reference.inhabitants)))
        .collect();
    if !sizes.is_empty() {
        caption.push_str(&format!(" {} {}.", sizes.join(", "), texts.inhabitants));
    }
    caption
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;
    use crate::text::{EN, NL};

    #[test]
    fn summary_of_the_example_shows_each_scenario_with_its_total_and_equal_shares() {
        let document = example();
        let report = compute(&document);
        let html = summary_html(&document, &report, Lang::Nl, Precision::WholeEuros);
        let report = report.expect("the example computes");
        for (index, scenario) in document.scenarios.iter().enumerate() {
            let today = &report.variant(Variant::Current).results[index];
            let later = &report.variant(Variant::Grown).results[index];
            let row = format!(
                r#"<tr><th scope="row">{}</th><td class="bw-number">{}</td><td class="bw-number">{}</td><td class="bw-number">{}</td></tr>"#,
                escape(&scenario.name),
                Lang::Nl.money(today.total, Precision::WholeEuros),
                Lang::Nl.money(
                    *today.per_municipality.as_ref().unwrap(),
                    Precision::WholeEuros
                ),
                Lang::Nl.money(
                    *later.per_municipality.as_ref().unwrap(),
                    Precision::WholeEuros
                ),
            );
            assert!(html.contains(&row), "missing row {row} in {html}");
        }
        let counts = format!(
            "({})</th><th scope=\"col\" class=\"bw-number\">Per gemeente na groei ({})",
            report.variant(Variant::Current).count,
            report.variant(Variant::Grown).count
        );
        assert!(html.contains(&counts), "{html}");
    }

    #[test]
    fn the_example_streef_scenario_reads_as_the_product_describes_it() {
        // 45 municipalities today share Streef (EUR 108,900) equally: EUR 2,420 each.
        let document = example();
        let html = summary_html(
            &document,
            &compute(&document),
            Lang::Nl,
            Precision::WholeEuros,
        );
        assert!(html.contains("€\u{a0}108.900"), "{html}");
        assert!(html.contains("€\u{a0}2.420"), "{html}");
    }

    #[test]
    fn a_scenario_name_with_markup_is_shown_as_text() {
        let mut document = example();
        document.scenarios[0].name = "<b>Minimum</b>".into();
        let html = summary_html(&document, &compute(&document), Lang::En, Precision::Cents);
        assert!(html.contains("&lt;b&gt;Minimum&lt;/b&gt;"));
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn a_scenario_the_key_cannot_divide_gets_one_message_instead_of_broken_cells() {
        let mut document = example();
        document.key.kind = crate::domain::key::KeyKind::Hybrid;
        let html = summary_html(
            &document,
            &compute(&document),
            Lang::Nl,
            Precision::WholeEuros,
        );
        // Minimum (now and after growth) and Streef (after growth): 45 or 75 times 2,000 is too much.
        assert_eq!(html.matches(r#"data-testid="row-message""#).count(), 2);
        assert!(html.contains("Deze sleutel kan dit scenario na groei niet verdelen."));
        assert!(!html.contains("niet te berekenen"), "{html}");
    }

    #[test]
    fn a_document_with_problems_gets_the_message_not_figures() {
        let mut document = example();
        document.scenarios[1].reserve_percent = rust_decimal::Decimal::from(150);
        let report = compute(&document);
        assert!(report.is_err());
        let html = summary_html(&document, &report, Lang::Nl, Precision::WholeEuros);
        assert!(html.contains(r#"data-testid="error""#));
        assert!(!html.contains("<table"));
    }

    #[test]
    fn a_blank_document_gets_guidance_not_an_error_nor_empty_figures() {
        let document = crate::domain::example::blank();
        let html = summary_html(
            &document,
            &compute(&document),
            Lang::Nl,
            Precision::WholeEuros,
        );
        assert!(!html.contains(r#"data-testid="error""#), "{html}");
        assert!(!html.contains("<table"), "{html}");
        assert!(
            html.contains(escape(NL.start_with_costs_and_participants).as_str()),
            "{html}"
        );

        let mut with_costs = example();
        with_costs.participants.summary.count = 0;
        let html = summary_html(
            &with_costs,
            &compute(&with_costs),
            Lang::En,
            Precision::WholeEuros,
        );
        assert!(
            html.contains(escape(EN.start_with_participants).as_str()),
            "{html}"
        );
    }

    #[test]
    fn the_page_holds_the_header_the_summary_and_a_status_line() {
        let document = example();
        let report = compute(&document);
        let html = page_html(&document, &report, Lang::Nl);
        assert!(html.starts_with(r#"<header class="bw-header">"#));
        assert!(html.contains(&summary_html(
            &document,
            &report,
            Lang::Nl,
            Precision::WholeEuros
        )));
        assert!(html.contains(r#"role="status""#));
        assert_eq!(html.matches("<div").count(), html.matches("</div>").count());
    }
}
