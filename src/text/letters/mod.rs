//! The two generated texts: a recruitment letter ("Doe mee") for municipalities that consider joining, and
//! a proposal to the steering group with the choice it has to make. The facts come from
//! `domain::letters`; fixed sentences are fields of [`LetterTexts`] (their words in `words.rs`), sentences
//! with figures its methods (`amount_words.rs`, `recruitment_words.rs`, `proposal_words.rs`), so the Dutch
//! and English texts have the same parts in the same order and a missing translation does not compile. The
//! composition (which sentence comes where) is in `compose.rs`, `recruitment.rs` and `proposal.rs`.
//! The texts are plain text that also reads as Markdown: headings on their own line, lists with "- ".

use super::Lang;

mod amount_words;
mod compose;
mod proposal;
mod proposal_words;
mod recruitment;
mod recruitment_words;
#[cfg(test)]
mod tests;
mod words;

pub use words::{EN, NL};

pub struct LetterTexts {
    pub lang: Lang,
    // Amounts
    pub not_computable: &'static str,
    pub per_municipality: &'static str,
    pub per_municipality_average: &'static str,
    pub per_municipality_capital: &'static str,
    pub per_municipality_average_capital: &'static str,
    // The key's rule
    pub rule_equal: &'static str,
    pub rule_inhabitants: &'static str,
    pub band_all: &'static str,
    pub per_inhabitant: &'static str,
    pub rule_hybrid_rest_inhabitants_plain: &'static str,
    pub custom_work: &'static str,
    pub voluntary: &'static str,
    pub sizes_intro: &'static str,
    pub spending_heading: &'static str,
    pub growth_heading: &'static str,
    pub more_means_less: &'static str,
    pub more_heading: &'static str,
    pub contact_none: &'static str,
    pub ask_heading: &'static str,
    pub scenarios_heading: &'static str,
    pub proposed_mark: &'static str,
    pub shortfall_heading: &'static str,
    pub shortfall_unknown: &'static str,
    pub shortfall_proposal: &'static str,
    pub no_growth_fallback: &'static str,
    pub assumptions_heading: &'static str,
    pub assume_no_growth: &'static str,
    pub risks_heading: &'static str,
    pub risk_growth: &'static str,
    pub risk_leaving: &'static str,
    pub risk_costs: &'static str,
    pub decisions_heading: &'static str,
    pub decide_top_up: &'static str,
    pub decide_review: &'static str,
    pub notes_heading: &'static str,
    pub contact_heading: &'static str,
}

pub(super) fn year_text(year: Option<u16>) -> String {
    year.map(|year| year.to_string()).unwrap_or_default()
}

/// Lines joined, ending in one newline.
pub(super) fn finish(lines: Vec<String>) -> String {
    let mut text = lines.join("\n");
    text.push('\n');
    text
}
