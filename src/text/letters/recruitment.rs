//! The letter to municipalities that consider joining.

use super::{finish, year_text, LetterTexts};
use crate::domain::letters::{LetterFacts, PricedFor};

impl LetterTexts {
    /// The letter to municipalities that consider joining.
    pub fn recruitment(&self, facts: &LetterFacts) -> String {
        let year = year_text(facts.budget_year);
        let mut out: Vec<String> = vec![self.recruit_title(&facts.collaboration)];
        out.push(String::new());
        out.push(self.recruit_intro(&self.count(facts.participants_now)));
        out.push(self.voluntary.to_string());
        out.push(String::new());

        out.push(self.what_pays_heading(&year));
        out.extend(self.key_rule(facts));
        let growth = self.with_growth(facts);
        match facts.priced.as_slice() {
            [single @ (PricedFor::EveryMunicipality | PricedFor::Average)] => {
                let (now, grown) = self.column_amounts(facts, 0);
                let per = match single {
                    PricedFor::Average => self.per_municipality_average,
                    _ => self.per_municipality,
                };
                out.push(match &growth {
                    Some(growth) => format!("{now} {per}; {growth} {grown}."),
                    None => format!("{now} {per}."),
                });
            }
            priced => {
                out.push(self.sizes_intro.to_string());
                for (column, reference) in priced.iter().enumerate() {
                    let (now, grown) = self.column_amounts(facts, column);
                    let label = self.reference_label(reference);
                    out.push(match &growth {
                        Some(growth) => format!("- {label}: {now}; {growth} {grown}"),
                        None => format!("- {label}: {now}"),
                    });
                }
            }
        }
        out.push(self.proposal_is(&self.start_name(facts)));
        out.push(String::new());

        if let Some(start) = self.start(facts) {
            out.push(self.spending_heading.to_string());
            let mut costs = self.costs_per_year(&start.name, &self.euros(start.total));
            let purpose = Self::sentence(&start.purpose);
            if !purpose.is_empty() {
                costs.push(' ');
                costs.push_str(&purpose);
            }
            out.push(costs);
            out.extend(self.spending(facts));
            out.push(String::new());
        }

        if let Some(plan) = &facts.growth {
            out.push(self.growth_heading.to_string());
            let mut line = self.more_means_less.to_string();
            line.push(' ');
            line.push_str(&self.growth_plan(
                &self.count(plan.from),
                &self.count(plan.to),
                plan.years,
                &year_text(plan.target_year),
            ));
            if let Some(percent) = facts.growth_drop_percent {
                line.push(' ');
                line.push_str(&self.drop_sentence(&self.count(plan.to), &self.percent(percent)));
            }
            out.push(line);
            out.push(String::new());
        }

        out.push(self.more_heading.to_string());
        let contact = self.contact(&facts.contact);
        if contact.is_empty() {
            out.push(self.contact_none.to_string());
        } else {
            out.extend(contact);
        }
        finish(out)
    }
}
