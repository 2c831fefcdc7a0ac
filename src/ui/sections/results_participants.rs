//! Step 4 beyond the template tables: every participant's contribution under the chosen key for one
//! scenario and variant, and the effect of growth. A plain table rebuilt from the report, so that 342
//! municipalities stay cheap: no inputs, no per-row signals.

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::allocation::Allocation;
use crate::domain::money;
use crate::domain::notation::{format_number, Precision};
use crate::domain::participants::{Community, MemberOrigin, Variant};
use crate::domain::report::Report;
use crate::domain::views::{priced_amount, priced_columns, priced_growth_effect, PricedColumn};
use crate::state::use_state;
use crate::ui::format::{money as show_money, whole};
use crate::ui::i18n::{calc_error, calc_error_short, undivided_message, Lang};
use crate::ui::sections::key_compare::{ScenarioVariantChoice, ScenarioVariantPicker};

/// A rate per inhabitant, to four decimals: cents per inhabitant are too coarse to compare.
fn rate(amount: Decimal, inhabitants: Decimal, lang: Lang) -> String {
    match money::div(
        amount,
        inhabitants,
        crate::domain::error::CalcError::NothingToDivideBy,
    ) {
        Ok(rate) => format!("€\u{a0}{}", format_number(rate, 4, lang.notation())),
        Err(_) => "–".into(),
    }
}

/// One row of the table: a named member, or a run of unnamed members of the same size.
struct Row {
    name: String,
    first_member: usize,
    members: usize,
    inhabitants: Decimal,
    shared: Decimal,
    custom_work: Decimal,
    total: Decimal,
}

fn rows(community: &Community, allocation: &Allocation, lang: Lang) -> Vec<Row> {
    let t = lang.edit();
    let mut rows: Vec<Row> = Vec::new();
    let mut previous: Option<MemberOrigin> = None;
    for (index, (member, share)) in community.members.iter().zip(&allocation.shares).enumerate() {
        let groupable = !matches!(member.origin, MemberOrigin::Named(_));
        if groupable && previous.as_ref() == Some(&member.origin) {
            if let Some(row) = rows.last_mut() {
                row.members += 1;
                row.inhabitants = row.inhabitants.saturating_add(member.inhabitants);
                row.shared = row.shared.saturating_add(share.shared);
                row.custom_work = row.custom_work.saturating_add(share.custom_work);
                row.total = row.total.saturating_add(share.total);
                continue;
            }
        }
        previous = Some(member.origin.clone());
        rows.push(Row {
            name: match &member.origin {
                MemberOrigin::Named(name) => name.clone(),
                _ => String::new(),
            },
            first_member: index,
            members: 1,
            inhabitants: member.inhabitants,
            shared: share.shared,
            custom_work: share.custom_work,
            total: share.total,
        });
    }
    for row in &mut rows {
        match &community.members[row.first_member].origin {
            MemberOrigin::Average => row.name = t.group_average(row.members),
            MemberOrigin::Newcomer => row.name = t.group_newcomers(row.members),
            MemberOrigin::Named(_) => continue,
        }
        // A run of equal members shows what one of them pays; the largest-remainder cents make the exact
        // shares differ by at most a cent, so the average is what each pays within that cent.
        let members = Decimal::from(row.members);
        let each = |sum: Decimal| sum.checked_div(members).unwrap_or(sum);
        row.inhabitants = each(row.inhabitants);
        row.shared = each(row.shared);
        row.custom_work = each(row.custom_work);
        row.total = each(row.total);
    }
    rows
}

#[component]
pub fn ParticipantResults() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().edit();
    let choice = ScenarioVariantChoice::new(state);
    let (scenario, variant) = (choice.scenario, choice.variant);
    let table = move || {
        let lang = state.lang.get();
        let precision = state.precision.get();
        let t = lang.edit();
        let scenario = scenario.get();
        let variant = variant.get();
        let show = move |amount| show_money(amount, lang, precision);
        state.report.with(|report| {
            let Ok(report) = report else { return ().into_any() };
            let variant_report = report.variant(variant);
            let Some(result) = variant_report.results.get(scenario) else { return ().into_any() };
            let community = match &variant_report.community {
                Ok(community) => community,
                Err(error) => return view! { <p class="bw-error" data-testid="error" role="alert">{calc_error(lang, error)}</p> }.into_any(),
            };
            let allocation = match &result.allocation {
                Ok(allocation) => allocation,
                Err(error) => return view! { <p class="bw-error" data-testid="error" role="alert">{calc_error(lang, error)}</p> }.into_any(),
            };
            let (key_name, scenario_name) = state.document.with(|d| {
                (t.key_short(d.key.kind), d.scenarios.get(scenario).map(|s| s.name.clone()).unwrap_or_default())
            });
            let variant_name = match variant {
                Variant::Current => t.variant_a,
                Variant::Grown => t.variant_b,
            };
            let rows = rows(community, allocation, lang);
            let total_custom = rows.iter().fold(Decimal::ZERO, |sum, row| sum.saturating_add(row.custom_work));
            let body = rows
                .into_iter()
                .map(|row| {
                    view! {
                        <tr data-testid=format!("participant-row-{}", row.first_member)>
                            <th scope="row">{row.name}</th>
                            <td class="bw-number">{whole(row.inhabitants, lang)}</td>
                            <td class="bw-number" data-testid=format!("contribution-{}", row.first_member)>{show(row.shared)}</td>
                            <td class="bw-number">{show(row.custom_work)}</td>
                            <td class="bw-number">{show(row.total)}</td>
                            <td class="bw-number">{rate(row.shared, row.inhabitants, lang)}</td>
                        </tr>
                    }
                })
                .collect_view();
            let inhabitants = variant_report.total_inhabitants;
            view! {
                <div class="bw-table-scroll" tabindex="0">
                    <table class="utrecht-table bw-table" id="participant-results" data-testid="participant-table">
                        <caption class="utrecht-table__caption">{t.participants_caption(&scenario_name, variant_name, key_name)}</caption>
                        <thead class="utrecht-table__header">
                            <tr>
                                <th scope="col">{t.name}</th>
                                <th scope="col" class="bw-number">{t.inhabitants}</th>
                                <th scope="col" class="bw-number">{t.contribution}</th>
                                <th scope="col" class="bw-number">{t.custom_work}</th>
                                <th scope="col" class="bw-number">{t.total}</th>
                                <th scope="col" class="bw-number">{t.per_inhabitant}</th>
                            </tr>
                        </thead>
                        <tbody class="utrecht-table__body">{body}</tbody>
                        <tfoot>
                            <tr>
                                <th scope="row">{t.totals_row}</th>
                                <td class="bw-number">{whole(inhabitants, lang)}</td>
                                <td class="bw-number" data-testid="contribution-total">{show(result.total)}</td>
                                <td class="bw-number">{show(total_custom)}</td>
                                <td class="bw-number">{show(allocation.collected)}</td>
                                <td class="bw-number">{rate(result.total, inhabitants, lang)}</td>
                            </tr>
                        </tfoot>
                    </table>
                </div>
            }
            .into_any()
        })
    };
    view! {
        <h3>{move || t().participants_table_heading}</h3>
        <div class="bw-field-row">
            <ScenarioVariantPicker choice=choice id_prefix="results" />
        </div>
        {table}
    }
}

/// What growth from variant A to B does to what a municipality pays under the chosen key: per scenario, and
/// per reference municipality when the key prices sizes.
pub fn growth_effect_table(report: &Report, lang: Lang, precision: Precision) -> impl IntoView {
    let state = use_state();
    let t = lang.edit();
    let (names, columns, reference_names) = state.document.with(|d| {
        (
            d.scenarios
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>(),
            priced_columns(d),
            d.reference_municipalities
                .iter()
                .map(|r| r.name.clone())
                .collect::<Vec<_>>(),
        )
    });
    let cell = move |value: &Result<Decimal, crate::domain::error::CalcError>| match value {
        Ok(amount) => show_money(*amount, lang, precision),
        Err(error) => calc_error_short(lang, error),
    };
    // A scenario the key cannot divide, now or after growth, gets one row with the reason instead of an
    // error in every cell.
    let failure = |index: usize| {
        let failed = |variant: Variant| {
            report
                .variant(variant)
                .results
                .get(index)
                .and_then(|result| result.allocation.as_ref().err().cloned())
        };
        match (failed(Variant::Current), failed(Variant::Grown)) {
            (None, None) => None,
            (Some(error), after) => Some(undivided_message(lang, true, after.is_some(), &error)),
            (None, Some(error)) => Some(undivided_message(lang, false, true, &error)),
        }
    };
    let mut row = 0;
    let mut rows = Vec::new();
    for (index, name) in names.into_iter().enumerate() {
        if let Some(message) = failure(index) {
            rows.push(
                view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td class="bw-row-message" colspan="3" data-testid="row-message">{message}</td>
                    </tr>
                }
                .into_any(),
            );
            continue;
        }
        for column in &columns {
            let label = match column {
                PricedColumn::Reference(reference) => format!(
                    "{name}: {}",
                    reference_names.get(*reference).cloned().unwrap_or_default()
                ),
                _ => name.clone(),
            };
            let amount = |variant: Variant| {
                report
                    .variant(variant)
                    .results
                    .get(index)
                    .map(|result| cell(&priced_amount(result, *column)))
                    .unwrap_or_default()
            };
            let drop = match report
                .growth_effect
                .get(index)
                .map(|effect| priced_growth_effect(effect, *column))
            {
                Some(Ok(percent)) => {
                    crate::domain::notation::format_percent(percent, lang.notation())
                }
                Some(Err(error)) => calc_error_short(lang, &error),
                None => String::new(),
            };
            rows.push(
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td class="bw-number">{amount(Variant::Current)}</td>
                        <td class="bw-number">{amount(Variant::Grown)}</td>
                        <td class="bw-number" data-testid=format!("growth-effect-{row}")>{drop}</td>
                    </tr>
                }
                .into_any(),
            );
            row += 1;
        }
    }
    view! {
        <div class="bw-table-scroll" tabindex="0">
            <table class="utrecht-table bw-table" id="growth-effect" data-testid="growth-effect">
                <caption class="utrecht-table__caption">{t.growth_effect_caption}</caption>
                <thead class="utrecht-table__header">
                    <tr>
                        <th scope="col">{lang.texts().col_scenario}</th>
                        <th scope="col" class="bw-number">{t.per_municipality_a}</th>
                        <th scope="col" class="bw-number">{t.per_municipality_b}</th>
                        <th scope="col" class="bw-number">{t.drop}</th>
                    </tr>
                </thead>
                <tbody class="utrecht-table__body">{rows}</tbody>
            </table>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;
    use crate::domain::report::compute;

    #[test]
    fn unnamed_members_form_one_row_per_run_showing_what_each_pays() {
        let document = example();
        let report = compute(&document).unwrap();
        let grown = report.variant(Variant::Grown);
        let community = grown.community.as_ref().unwrap();
        let allocation = grown.results[1].allocation.as_ref().unwrap();
        let rows = rows(community, allocation, Lang::Nl);
        // 45 of average size now, 30 newcomers of the same size after growth: two runs.
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[0].members, rows[1].members), (45, 30));
        assert_eq!(rows[1].first_member, 45);
        // Streef, 108,900 over 75: each pays 1,452.
        assert_eq!(rows[0].shared, Decimal::from(1452));
        assert!(rows[0].name.starts_with("45"));
    }
}
