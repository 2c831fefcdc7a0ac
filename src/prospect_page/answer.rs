//! The answer for one choice: who, the amount in the start scenario now and after growth, every scenario
//! in a small table, and the sentences on how the amount comes about.

use rust_decimal::Decimal;

use super::choice::ProspectChoice;
use crate::domain::directory::{directory, normalise};
use crate::domain::document::Document;
use crate::domain::error::CalcError;
use crate::domain::key::{KeyKind, VariableBasis};
use crate::domain::money::{self, Money};
use crate::domain::notation::{format_percent_in_text, Precision};
use crate::domain::participants::Variant;
use crate::domain::prospect::{answer, Asker, ProspectAnswer, Standing};
use crate::domain::report::Report;
use crate::html::escape;
use crate::text::Lang;

fn amount_text(amount: &Result<Money, CalcError>, lang: Lang) -> String {
    match amount {
        Ok(amount) => lang.money(*amount, Precision::WholeEuros),
        Err(error) => lang.texts().calc_error_short(error),
    }
}

fn percent(value: Decimal, lang: Lang) -> String {
    format_percent_in_text(value, lang.notation())
}

/// The key's rule in a few words.
fn rule(document: &Document, lang: Lang) -> &'static str {
    let texts = lang.prospect();
    match document.key.kind {
        KeyKind::Equal => texts.rule_equal,
        KeyKind::Inhabitants => texts.rule_inhabitants,
        KeyKind::Usage => texts.rule_usage,
        KeyKind::Staffel => texts.rule_staffel,
        KeyKind::Tariffs => lang.ways_to_pay().tariff_prospect_rule,
        KeyKind::Hybrid => match document.key.hybrid.variable {
            VariableBasis::Inhabitants => texts.rule_hybrid_inhabitants,
            VariableBasis::Usage => texts.rule_hybrid_usage,
        },
    }
}

/// The sentences under the amounts: what the municipality paid last year when the history knows it, how
/// the amount is computed, what the start scenario pays for, and the budget year and growth plan it rests
/// on.
fn sentences(
    document: &Document,
    report: &Report,
    answer: &ProspectAnswer,
    who: &str,
    lang: Lang,
) -> Vec<String> {
    let texts = lang.prospect();
    let start = document.recommended_scenario();
    let scenario_name = document
        .scenarios
        .get(start)
        .map(|scenario| scenario.name.as_str())
        .unwrap_or_default();
    let euros = |amount: Money| lang.money(amount, Precision::WholeEuros);
    let count = |count: usize| lang.whole(Decimal::from(count));
    let mut out = Vec::new();

    if let Some(last) = &answer.last_year {
        out.push(texts.paid_last_year(who, last.year, &euros(last.contribution)));
    }

    let totals = report.scenarios.get(start);
    let bound = |value: Option<Decimal>| value.map(|value| euros(money::round_cents(value)));
    let (minimum, maximum) = (bound(document.key.minimum), bound(document.key.maximum));
    let after = (answer.members_after_growth != answer.members_now)
        .then(|| count(answer.members_after_growth));
    out.push(texts.computed(
        lang.texts().key_name(document.key.kind),
        rule(document, lang),
        &texts.bounds(minimum.as_deref(), maximum.as_deref()),
        scenario_name,
        &totals.map(|totals| euros(totals.total)).unwrap_or_default(),
        &count(answer.members_now),
        after.as_deref(),
        answer.standing == Standing::Member,
    ));

    if let Some(totals) = totals {
        let items: Vec<String> = totals
            .by_category
            .iter()
            .filter(|(_, amount)| !amount.is_zero())
            .map(|(category, amount)| {
                format!(
                    "{} {}",
                    lang.texts().category_name(*category),
                    euros(*amount)
                )
            })
            .collect();
        let reserve_percent = document
            .scenarios
            .get(start)
            .map_or(Decimal::ZERO, |scenario| scenario.reserve_percent);
        let reserve = (!totals.reserve.is_zero())
            .then(|| (percent(reserve_percent, lang), euros(totals.reserve)));
        if !items.is_empty() {
            let mut line = texts.pays_for(
                scenario_name,
                &texts.join(&items),
                reserve
                    .as_ref()
                    .map(|(percent, amount)| (percent.as_str(), amount.as_str())),
            );
            let purpose = document
                .scenarios
                .get(start)
                .map(|scenario| scenario.purpose.trim())
                .unwrap_or_default();
            if !purpose.is_empty() {
                line.push(' ');
                line.push_str(&texts.purpose(purpose));
                if !purpose.ends_with(['.', '!', '?']) {
                    line.push('.');
                }
            }
            out.push(line);
        }
    }

    let mut assumptions = document
        .budget_year
        .map(|year| texts.budget_year(year))
        .unwrap_or_default();
    let from = report.variant(Variant::Current).count;
    let to = report.variant(Variant::Grown).count;
    let growth = if to > from {
        let target = document
            .calendar_year(document.growth.years)
            .map(|year| year.to_string())
            .unwrap_or_default();
        texts.growth(
            &count(from),
            &count(to),
            document.growth.years,
            &target,
            document
                .growth
                .newcomer_inhabitants
                .map(|size| lang.whole(size))
                .as_deref(),
        )
    } else {
        texts.no_growth().to_string()
    };
    if !assumptions.is_empty() {
        assumptions.push(' ');
    }
    assumptions.push_str(&growth);
    out.push(assumptions);
    out
}

/// The answer for one choice, as markup and as one sentence for screen readers.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    /// Who, the amount in the start scenario now and after growth (large), every scenario in a table, the
    /// sentences that explain it, and the source of a directory figure.
    pub html: String,
    /// "Ede: € 2.367 per jaar in scenario Streef."
    pub status: String,
}

/// The answer for one choice.
pub fn answer_html(
    document: &Document,
    report: &Report,
    choice: &ProspectChoice,
    lang: Lang,
) -> Answered {
    let texts = lang.prospect();
    let frame = lang.texts();
    let asker = Asker {
        name: choice.name().map(str::to_string),
        inhabitants: choice.inhabitants(),
    };
    let same_name = |a: &str, b: &str| normalise(a) == normalise(b);
    let who = escape(&choice.who(lang));
    let answer = match answer(document, report, &asker, &same_name) {
        Ok(answer) => answer,
        Err(error) => {
            let message = lang.texts().calc_error_short(&error);
            return Answered {
                html: format!(
                    r#"<h2 class="bw-prospect__heading">{who}</h2><p class="bw-error" data-testid="error">{}</p>"#,
                    escape(&message)
                ),
                status: message,
            };
        }
    };
    let size = lang.whole(choice.inhabitants());
    let size = match choice {
        ProspectChoice::Directory(entry) => format!("{}, {}", entry.province, texts.size(&size)),
        ProspectChoice::Named { .. } => texts.size(&size),
        ProspectChoice::Inhabitants(_) => String::new(),
    };
    let note = match answer.standing {
        Standing::Member => texts.member_note,
        Standing::WaitingList => texts.waiting_note,
        Standing::Newcomer => "",
    };
    let start = document.recommended_scenario();
    let scenario_name = |index: usize| {
        document
            .scenarios
            .get(index)
            .map(|scenario| scenario.name.as_str())
            .unwrap_or_default()
    };
    let count = |count: usize| lang.whole(Decimal::from(count));
    let now_count = count(answer.members_now);
    let later_count = count(answer.members_after_growth);
    let (now, later) = answer
        .scenario(start)
        .map(|scenario| {
            (
                amount_text(&scenario.now, lang),
                amount_text(&scenario.after_growth, lang),
            )
        })
        .unwrap_or_default();
    let mut rows = String::new();
    for scenario in &answer.scenarios {
        let index = scenario.scenario;
        let mark = if index == start {
            format!(" ({})", texts.proposed)
        } else {
            String::new()
        };
        rows.push_str(&format!(
            concat!(
                r#"<tr data-testid="prospect-row-{index}"><th scope="row">{name}{mark}</th>"#,
                r#"<td class="bw-number" data-testid="prospect-now-{index}">{now}</td>"#,
                r#"<td class="bw-number" data-testid="prospect-after-{index}">{later}</td></tr>"#,
            ),
            index = index,
            name = escape(scenario_name(index)),
            mark = escape(&mark),
            now = escape(&amount_text(&scenario.now, lang)),
            later = escape(&amount_text(&scenario.after_growth, lang)),
        ));
    }
    let paragraphs: String = sentences(document, report, &answer, &choice.who(lang), lang)
        .iter()
        .map(|sentence| format!(r#"<p class="utrecht-paragraph">{}</p>"#, escape(sentence)))
        .collect();
    let credit = match choice {
        ProspectChoice::Directory(_) => format!(
            r#"<p class="bw-credit" data-testid="prospect-source">{}</p>"#,
            escape(&lang.directory().credit(directory().source()))
        ),
        _ => String::new(),
    };
    let paragraph = |class: &str, text: &str| {
        if text.is_empty() {
            String::new()
        } else {
            format!(r#"<p class="{class}">{}</p>"#, escape(text))
        }
    };
    let status = texts.chosen(&choice.who(lang), &now, scenario_name(start));
    let html = format!(
        concat!(
            r#"<h2 class="bw-prospect__heading" data-testid="prospect-who">{who}</h2>{size}{note}"#,
            r#"<p class="bw-prospect__lead">{lead}</p><div class="bw-prospect__amounts">"#,
            r#"<p class="bw-prospect__figure"><strong class="bw-prospect__amount" data-testid="prospect-amount">{now}</strong> <span>{now_label}</span></p>"#,
            r#"<p class="bw-prospect__figure"><strong class="bw-prospect__amount bw-prospect__amount--later" data-testid="prospect-amount-after-growth">{later}</strong> <span>{later_label}</span></p></div>"#,
            r#"<table class="utrecht-table bw-table bw-prospect__table" data-testid="prospect-table">"#,
            r#"<caption class="utrecht-table__caption">{caption}</caption><thead class="utrecht-table__header"><tr>"#,
            r#"<th scope="col">{col_scenario}</th><th scope="col" class="bw-number">{col_now}</th><th scope="col" class="bw-number">{col_later}</th>"#,
            r#"</tr></thead><tbody class="utrecht-table__body">{rows}</tbody></table>"#,
            r#"<div class="bw-prospect__explain">{paragraphs}{credit}</div>"#,
        ),
        who = who,
        size = paragraph("bw-prospect__size", &size),
        note = paragraph("bw-prospect__note", note),
        lead = escape(&texts.per_year_in(scenario_name(start))),
        now = escape(&now),
        now_label = escape(&texts.now_with(&now_count)),
        later = escape(&later),
        later_label = escape(&texts.after_growth_with(&later_count)),
        caption = escape(texts.table_caption),
        col_scenario = escape(frame.col_scenario),
        col_now = escape(&texts.column(texts.col_now, &now_count)),
        col_later = escape(&texts.column(texts.col_after_growth, &later_count)),
        rows = rows,
        paragraphs = paragraphs,
        credit = credit,
    );
    Answered { html, status }
}
