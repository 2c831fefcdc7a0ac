//! The proposal to the steering group, one function per heading; `proposal` puts them in order with a blank
//! line between them.

use rust_decimal::Decimal;

use super::{finish, year_text, LetterTexts};
use crate::domain::advice::KeyFit;
use crate::domain::error::CalcError;
use crate::domain::letters::{LetterFacts, PricedFor};
use crate::domain::money::Money;
use crate::domain::notation::format_number;

impl LetterTexts {
    /// The proposal to the steering group: the choice it makes, with what each option means.
    pub fn proposal(&self, facts: &LetterFacts) -> String {
        let sections = [
            self.title_section(facts),
            self.ask_section(facts),
            self.scenarios_section(facts),
            self.last_year_section(facts),
            self.why_section(facts),
            self.key_section(facts),
            self.ways_to_pay_section(facts),
            self.shortfall_section(facts),
            self.assumptions_section(facts),
            self.risks_section(facts),
            self.decisions_section(facts),
            self.notes_section(facts),
            self.contact_section(facts),
        ];
        let mut out: Vec<String> = Vec::new();
        for section in sections.into_iter().filter(|lines| !lines.is_empty()) {
            if !out.is_empty() {
                out.push(String::new());
            }
            out.extend(section);
        }
        finish(out)
    }

    fn title_section(&self, facts: &LetterFacts) -> Vec<String> {
        vec![
            self.proposal_title(&year_text(facts.budget_year)),
            facts.collaboration.clone(),
        ]
    }

    fn ask_section(&self, facts: &LetterFacts) -> Vec<String> {
        vec![
            self.ask_heading.to_string(),
            self.ask(
                &year_text(facts.budget_year),
                &self.count(facts.scenarios.len()),
                &self.start_name(facts),
            ),
        ]
    }

    /// Each scenario with its total, its purpose and what a municipality pays, today and after growth.
    fn scenarios_section(&self, facts: &LetterFacts) -> Vec<String> {
        let growth = self.with_growth(facts);
        let mut out = vec![self.scenarios_heading.to_string()];
        let references: Vec<String> = facts
            .priced
            .iter()
            .filter(|priced| matches!(priced, PricedFor::Reference { .. }))
            .map(|priced| self.reference_label(priced))
            .collect();
        if !references.is_empty() {
            out.push(self.amounts_are_for(&self.lang.texts().list_and(&references)));
        }
        for (index, scenario) in facts.scenarios.iter().enumerate() {
            let name = if index == facts.start {
                format!("{} ({})", scenario.name, self.proposed_mark)
            } else {
                scenario.name.clone()
            };
            let mut line = format!(
                "- {}",
                self.scenario_item(&name, &self.euros(scenario.total))
            );
            let purpose = Self::sentence(&scenario.purpose);
            if !purpose.is_empty() {
                line.push(' ');
                line.push_str(&purpose);
            }
            out.push(line);
            let amounts = |values: &[Result<Money, CalcError>]| -> String {
                match facts.priced.as_slice() {
                    [PricedFor::EveryMunicipality | PricedFor::Average] => {
                        self.amount_at(values, 0)
                    }
                    priced => priced
                        .iter()
                        .enumerate()
                        .map(|(column, priced)| {
                            let name = match priced {
                                PricedFor::Reference { name, .. } => name.as_str(),
                                _ => "",
                            };
                            format!("{name} {}", self.amount_at(values, column))
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                }
            };
            let label = match facts.priced.as_slice() {
                [PricedFor::EveryMunicipality] => format!("{} ", self.per_municipality_capital),
                [PricedFor::Average] => format!("{} ", self.per_municipality_average_capital),
                _ => String::new(),
            };
            let now = amounts(&scenario.now);
            out.push(match &growth {
                Some(growth) => format!("  {label}{now}; {growth} {}.", amounts(&scenario.grown)),
                None => format!("  {label}{now}."),
            });
        }
        out
    }

    /// Under the key: who takes part for part of the year, what comes in kind and, under tariffs, what the
    /// tariffs collect against the proposed scenario. Nothing when none of these applies.
    fn ways_to_pay_section(&self, facts: &LetterFacts) -> Vec<String> {
        let w = self.lang.ways_to_pay();
        let ways = &facts.ways_to_pay;
        let mut out = Vec::new();
        if let Some(coverage) = &ways.coverage {
            let scenario = facts
                .scenarios
                .get(facts.start)
                .map(|scenario| scenario.name.as_str())
                .unwrap_or_default();
            out.push(w.letter_coverage(scenario, coverage));
        }
        if !ways.part_of_year.is_empty() {
            let members: Vec<String> = ways
                .part_of_year
                .iter()
                .map(|member| {
                    format!(
                        "{} ({})",
                        member.name,
                        w.part_of_year(member.joins_in_month, member.months)
                    )
                })
                .collect();
            out.push(w.letter_part_of_year(&self.lang.texts().list_and(&members)));
        }
        if let Some(in_kind) = &ways.in_kind {
            out.push(w.letter_in_kind(&self.euros(in_kind.counted), &self.euros(in_kind.cash)));
        }
        out
    }

    /// Compared with last year, when the history holds it: what the members paid together then and pay in
    /// the adopted scenario now, and what each named member paid then. Right after the scenarios, because a
    /// steering group that reads this year's amounts asks next what they paid last year.
    fn last_year_section(&self, facts: &LetterFacts) -> Vec<String> {
        let Some(last) = &facts.last_year else {
            return Vec::new();
        };
        let percent = last.percent.map(|percent| self.signed_percent(percent));
        let mut out = vec![
            self.compared_heading(last.year),
            self.compared_total(
                last.year,
                &self.count(last.members_last),
                &self.euros(last.total_last),
                &last.scenario_name,
                &self.count(last.members_this),
                &self.euros(last.total_this),
                percent.as_deref(),
            ),
        ];
        for member in &last.named {
            let percent = member.percent.map(|percent| self.signed_percent(percent));
            out.push(format!(
                "- {}",
                self.compared_member(
                    last.year,
                    &member.name,
                    member.presence,
                    &self.euros(member.last),
                    &last.scenario_name,
                    &self.euros(member.this),
                    percent.as_deref(),
                )
            ));
        }
        out
    }

    /// "+6,2%", "-1,3%", "0,0%": one decimal, as the year-over-year table shows a change.
    fn signed_percent(&self, percent: Decimal) -> String {
        let shown = format_number(percent, 1, self.lang.notation());
        if percent > Decimal::ZERO {
            format!("+{shown}%")
        } else {
            format!("{shown}%")
        }
    }

    /// Why the proposed scenario: what it pays for, when to scale up, from how many members it is cheap.
    fn why_section(&self, facts: &LetterFacts) -> Vec<String> {
        let start_name = self.start_name(facts);
        let mut out = vec![self.why_heading(&start_name), self.pays_for(&start_name)];
        out.extend(self.spending(facts));
        if let (Some(scale_up), Some(plan)) = (
            facts.scale_up.and_then(|index| facts.scenarios.get(index)),
            &facts.growth,
        ) {
            out.push(self.scale_up(
                &self.count(plan.to),
                &scale_up.name,
                &self.pays_after_growth(facts, scale_up),
            ));
        }
        if let Some(break_even) = &facts.break_even {
            let (scenario, count, amount) = (
                &break_even.scenario_name,
                &self.number(Decimal::from(break_even.count)),
                &self.euros(break_even.reference_amount),
            );
            out.push(match facts.priced.as_slice() {
                [PricedFor::EveryMunicipality] => self.break_even(scenario, count, amount),
                _ => self.break_even_average(scenario, count, amount),
            });
        }
        out
    }

    /// The key: its rule, why, what to watch, whom it suits and how it fits the collaboration.
    fn key_section(&self, facts: &LetterFacts) -> Vec<String> {
        let guide = self.lang.guide();
        let insight = self.lang.insight();
        let mut out = vec![self.key_heading(self.lang.texts().key_name(facts.key.kind))];
        out.extend(self.key_rule(facts));
        out.push(self.key_why(guide.pros(facts.key.kind)));
        out.push(self.key_watch(&guide.cons_with_edges(facts.key.kind, facts.key.edges.as_ref())));
        out.push(self.key_suits(insight.key_suits(facts.key.kind)));
        let level = insight.level_name(facts.level);
        let advised: Vec<String> = facts
            .key
            .advised
            .iter()
            .map(|key| self.lang.texts().key_name(*key).to_string())
            .collect();
        if facts.key.fit != KeyFit::NoContributionYet {
            out.push(guide.key_fit(facts.key.fit, level, &self.lang.texts().list_or(&advised)));
        }
        out
    }

    /// If growth falls short: what is missing and what each member tops up.
    fn shortfall_section(&self, facts: &LetterFacts) -> Vec<String> {
        let mut out = vec![self.shortfall_heading.to_string()];
        match (&facts.shortfall, facts.priced.as_slice()) {
            (Ok(Some(shortfall)), priced) => {
                let start = self.start(facts);
                let budgeted = match priced {
                    [PricedFor::EveryMunicipality] => format!(
                        "{} {}",
                        start.map_or(String::new(), |start| self.amount_at(&start.grown, 0)),
                        self.per_municipality
                    ),
                    _ => String::new(),
                };
                out.push(self.shortfall_sentence(
                    &budgeted,
                    &self.euros(shortfall.collected),
                    &self.euros(shortfall.missing),
                ));
                out.push(match priced {
                    [PricedFor::EveryMunicipality] => {
                        self.top_up_each(&self.euros(shortfall.per_municipality))
                    }
                    [PricedFor::Average] => {
                        self.top_up_average(&self.euros(shortfall.per_municipality))
                    }
                    priced => {
                        let sizes: Vec<String> = priced
                            .iter()
                            .enumerate()
                            .filter_map(|(column, priced)| match priced {
                                PricedFor::Reference { name, .. } => Some(format!(
                                    "{name} {}",
                                    self.amount_at(&shortfall.per_reference, column)
                                )),
                                _ => None,
                            })
                            .collect();
                        self.top_up_sizes(&self.lang.texts().list_and(&sizes))
                    }
                });
                out.push(self.shortfall_proposal.to_string());
            }
            (Ok(None), _) => out.push(self.no_growth_fallback.to_string()),
            (Err(_), _) => {
                out.push(self.shortfall_unknown.to_string());
                out.push(self.shortfall_proposal.to_string());
            }
        }
        out
    }

    /// Growth, indexation, reserve and rates as a list.
    fn assumptions_section(&self, facts: &LetterFacts) -> Vec<String> {
        let mut out = vec![self.assumptions_heading.to_string()];
        match &facts.growth {
            Some(plan) => {
                let schedule: Vec<String> = plan
                    .joining
                    .iter()
                    .enumerate()
                    .map(|(index, (calendar, count))| {
                        self.joining_in(&self.count(*count as usize), *calendar, index)
                    })
                    .collect();
                out.push(format!(
                    "- {}",
                    self.assume_growth(
                        &self.count(plan.from),
                        &self.count(plan.to),
                        plan.years,
                        &self.lang.texts().list_and(&schedule)
                    )
                ));
            }
            None => out.push(format!("- {}", self.assume_no_growth)),
        }
        out.push(format!(
            "- {}",
            self.assume_indexation(&self.percent(facts.indexation_percent))
        ));
        out.push(format!(
            "- {}",
            self.assume_reserve(
                &self.percent(facts.spending.reserve_percent),
                &self.start_name(facts),
                &self.euros(facts.spending.reserve)
            )
        ));
        out.push(format!(
            "- {}",
            self.assume_rates(&self.euros(facts.hourly_rate), &self.euros(facts.fte_cost))
        ));
        out
    }

    /// The standing risks and the warnings that concern the proposal.
    fn risks_section(&self, facts: &LetterFacts) -> Vec<String> {
        let mut out = vec![self.risks_heading.to_string()];
        if facts.growth.is_some() {
            out.push(format!("- {}", self.risk_growth));
        }
        out.push(format!("- {}", self.risk_leaving));
        out.push(format!("- {}", self.risk_costs));
        for caution in self.cautions(facts) {
            out.push(format!("- {caution}"));
        }
        out
    }

    /// The numbered points the steering group decides on.
    fn decisions_section(&self, facts: &LetterFacts) -> Vec<String> {
        let mut out = vec![self.decisions_heading.to_string()];
        let names: Vec<String> = facts.scenarios.iter().map(|s| s.name.clone()).collect();
        let mut decisions = vec![
            self.decide_scenario(
                &year_text(facts.budget_year),
                &self.lang.texts().list_or(&names),
                &self.start_name(facts),
            ),
            self.decide_key(self.lang.texts().key_name(facts.key.kind)),
        ];
        if let Some(plan) = &facts.growth {
            decisions.push(self.decide_growth(
                &self.count(plan.from),
                &self.count(plan.to),
                plan.years,
            ));
            decisions.push(self.decide_top_up.to_string());
            if let Some(scale_up) = facts.scale_up.and_then(|index| facts.scenarios.get(index)) {
                decisions.push(self.decide_scale_up(&scale_up.name, &self.count(plan.to)));
            }
        }
        decisions.push(self.decide_review.to_string());
        for (number, decision) in decisions.iter().enumerate() {
            out.push(format!("{}. {decision}", number + 1));
        }
        out
    }

    /// The user's own notes; nothing without them.
    fn notes_section(&self, facts: &LetterFacts) -> Vec<String> {
        if facts.notes.is_empty() {
            return Vec::new();
        }
        vec![self.notes_heading.to_string(), facts.notes.clone()]
    }

    /// Whom to ask; nothing when the document names nobody.
    fn contact_section(&self, facts: &LetterFacts) -> Vec<String> {
        let contact = self.contact(&facts.contact);
        if contact.is_empty() {
            return contact;
        }
        let mut out = vec![self.contact_heading.to_string()];
        out.extend(contact);
        out
    }
}
