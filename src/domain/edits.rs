//! Typed edits on a document, as the budget, participants and key editors make them. Each keeps the
//! document consistent (two to five scenarios, scenario numbers elsewhere following a move or removal,
//! usage metrics renamed everywhere), so the interface only has to say what the user did.

use rust_decimal::{Decimal, RoundingStrategy};

use super::budget::{Category, CostLine, LineAmount, Rates, Scenario};
use super::document::Document;
use super::key::{BandWeight, KeyKind, SizeBand};
use super::participants::{Municipality, ParticipantMode, ReferenceMunicipality};
use super::paste::PastedList;
use super::validation::{MAX_SCENARIOS, MIN_SCENARIOS};
use super::ways_to_pay::in_kind::{InKindItem, InKindValue};
use super::ways_to_pay::months::months_taken_part;
use super::ways_to_pay::tariffs::{example_classes, TariffClass};

/// An edit that the document's rules do not allow; the interface disables the control and says why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditError {
    /// Five scenarios is the most.
    TooManyScenarios,
    /// Two scenarios is the least.
    TooFewScenarios,
    /// The key needs at least one size band (or tariff class).
    LastBand,
    /// There is nothing at that position.
    NoSuchItem,
    /// A usage metric with that name exists already, or the name is empty.
    MetricNameTaken,
    /// A month outside 1-12, or a last month before the month of joining.
    MonthsOutOfOrder,
}

/// Up or down in a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

fn target(index: usize, direction: Direction, len: usize) -> Option<usize> {
    match direction {
        Direction::Up => index.checked_sub(1),
        Direction::Down => (index + 1 < len).then_some(index + 1),
    }
}

pub fn can_add_scenario(document: &Document) -> bool {
    document.scenarios.len() < MAX_SCENARIOS
}

pub fn can_remove_scenario(document: &Document) -> bool {
    document.scenarios.len() > MIN_SCENARIOS
}

/// Adds a copy of the last scenario under a new name, so the user starts from something to trim or grow.
pub fn add_scenario(document: &mut Document, name: String) -> Result<usize, EditError> {
    if !can_add_scenario(document) {
        return Err(EditError::TooManyScenarios);
    }
    let mut scenario = document
        .scenarios
        .last()
        .cloned()
        .unwrap_or_else(|| Scenario {
            name: String::new(),
            purpose: String::new(),
            reserve_percent: Decimal::TEN,
            lines: vec![],
        });
    scenario.name = name;
    for line in &mut scenario.lines {
        line.actual = None;
    }
    document.scenarios.push(scenario);
    Ok(document.scenarios.len() - 1)
}

/// Rewrites every scenario number stored in the document; `map` gives the new number of an old one, or
/// `None` when that scenario is gone.
fn renumber_scenarios(document: &mut Document, map: impl Fn(usize) -> Option<usize>) {
    let last = document.scenarios.len().saturating_sub(1);
    let fix = |index: usize| map(index).unwrap_or(index.min(last)).min(last);
    document.conclusions.start_scenario = fix(document.conclusions.start_scenario);
    document.conclusions.scale_up_scenario = document.conclusions.scale_up_scenario.map(fix);
    document.accountability.scenario = fix(document.accountability.scenario);
    document.break_even.scenario = document.break_even.scenario.map(fix);
    for year in &mut document.multi_year.scenario_per_year {
        *year = fix(*year);
    }
}

pub fn remove_scenario(document: &mut Document, index: usize) -> Result<(), EditError> {
    if !can_remove_scenario(document) {
        return Err(EditError::TooFewScenarios);
    }
    if index >= document.scenarios.len() {
        return Err(EditError::NoSuchItem);
    }
    document.scenarios.remove(index);
    renumber_scenarios(document, |old| match old.cmp(&index) {
        std::cmp::Ordering::Less => Some(old),
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some(old - 1),
    });
    Ok(())
}

/// Moves a scenario one place; references to scenarios by number move with it.
pub fn move_scenario(
    document: &mut Document,
    index: usize,
    direction: Direction,
) -> Result<usize, EditError> {
    let other = target(index, direction, document.scenarios.len()).ok_or(EditError::NoSuchItem)?;
    document.scenarios.swap(index, other);
    renumber_scenarios(document, |old| {
        Some(if old == index {
            other
        } else if old == other {
            index
        } else {
            old
        })
    });
    Ok(other)
}

/// A new, empty cost line (a fixed amount of zero) at the end of the scenario.
pub fn add_line(
    document: &mut Document,
    scenario: usize,
    label: String,
) -> Result<usize, EditError> {
    let scenario = document
        .scenarios
        .get_mut(scenario)
        .ok_or(EditError::NoSuchItem)?;
    scenario.lines.push(CostLine {
        category: Category::Development,
        label,
        amount: LineAmount::Fixed {
            amount: Decimal::ZERO,
        },
        base: false,
        actual: None,
    });
    Ok(scenario.lines.len() - 1)
}

pub fn remove_line(document: &mut Document, scenario: usize, line: usize) -> Result<(), EditError> {
    let lines = &mut document
        .scenarios
        .get_mut(scenario)
        .ok_or(EditError::NoSuchItem)?
        .lines;
    if line >= lines.len() {
        return Err(EditError::NoSuchItem);
    }
    lines.remove(line);
    Ok(())
}

pub fn move_line(
    document: &mut Document,
    scenario: usize,
    line: usize,
    direction: Direction,
) -> Result<usize, EditError> {
    let lines = &mut document
        .scenarios
        .get_mut(scenario)
        .ok_or(EditError::NoSuchItem)?
        .lines;
    let other = target(line, direction, lines.len()).ok_or(EditError::NoSuchItem)?;
    lines.swap(line, other);
    Ok(other)
}

/// How a line's amount is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountKind {
    Hours,
    Fte,
    Units,
    Fixed,
}

impl AmountKind {
    pub const ALL: [AmountKind; 4] = [
        AmountKind::Hours,
        AmountKind::Fte,
        AmountKind::Units,
        AmountKind::Fixed,
    ];

    pub fn of(amount: &LineAmount) -> AmountKind {
        match amount {
            LineAmount::Hours { .. } => AmountKind::Hours,
            LineAmount::Fte { .. } => AmountKind::Fte,
            LineAmount::Units { .. } => AmountKind::Units,
            LineAmount::Fixed { .. } => AmountKind::Fixed,
        }
    }
}

/// The same line entered another way, keeping its amount as closely as the new way allows: 80 hours at
/// 100 become a fixed 8,000; a fixed 15,000 at an FTE cost of 75,000 becomes 0.2 FTE.
pub fn convert_amount(amount: &LineAmount, kind: AmountKind, rates: &Rates) -> LineAmount {
    if AmountKind::of(amount) == kind {
        return amount.clone();
    }
    let euros = amount.amount(rates).unwrap_or_default();
    let per = |rate: Decimal, decimals: u32| {
        if rate.is_zero() {
            Decimal::ZERO
        } else {
            euros
                .checked_div(rate)
                .unwrap_or_default()
                .round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
                .normalize()
        }
    };
    match kind {
        AmountKind::Hours => LineAmount::Hours {
            hours: per(rates.hourly_rate, 1),
        },
        AmountKind::Fte => LineAmount::Fte {
            fte: per(rates.fte_cost, 3),
        },
        AmountKind::Units => LineAmount::Units {
            count: Decimal::ONE,
            unit_price: euros,
        },
        AmountKind::Fixed => LineAmount::Fixed { amount: euros },
    }
}

/// Switches between summary and list. Both descriptions stay in the document, so switching back loses
/// nothing.
pub fn set_participant_mode(document: &mut Document, mode: ParticipantMode) {
    document.participants.mode = mode;
}

pub fn add_municipality(document: &mut Document, name: String) -> usize {
    document
        .participants
        .list
        .push(Municipality::new(name, Decimal::ZERO));
    document.participants.list.len() - 1
}

pub fn remove_municipality(document: &mut Document, index: usize) -> Result<(), EditError> {
    if index >= document.participants.list.len() {
        return Err(EditError::NoSuchItem);
    }
    document.participants.list.remove(index);
    Ok(())
}

/// The months a listed municipality takes part: it joins in `joins_in` and takes part up to and including
/// `leaves_after` (absent: January and December). Months outside 1-12, or leaving before joining, are
/// refused and change nothing.
pub fn set_months(
    document: &mut Document,
    index: usize,
    joins_in: Option<u8>,
    leaves_after: Option<u8>,
) -> Result<(), EditError> {
    let municipality = document
        .participants
        .list
        .get_mut(index)
        .ok_or(EditError::NoSuchItem)?;
    months_taken_part(joins_in, leaves_after).ok_or(EditError::MonthsOutOfOrder)?;
    municipality.joins_in_month = joins_in;
    municipality.leaves_after_month = leaves_after;
    Ok(())
}

/// How a piece of work in kind is valued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InKindWay {
    /// Hours at the document's hourly rate.
    Hours,
    /// A fixed value in euros.
    Amount,
}

impl InKindWay {
    pub fn of(value: &InKindValue) -> InKindWay {
        match value {
            InKindValue::Hours { .. } => InKindWay::Hours,
            InKindValue::Amount { .. } => InKindWay::Amount,
        }
    }
}

fn in_kind_item(
    document: &mut Document,
    index: usize,
    item: usize,
) -> Result<&mut InKindItem, EditError> {
    document
        .participants
        .list
        .get_mut(index)
        .and_then(|municipality| municipality.in_kind.get_mut(item))
        .ok_or(EditError::NoSuchItem)
}

/// A new piece of work in kind for a listed municipality: no hours yet, so nothing changes until the user
/// fills them in.
pub fn add_in_kind(
    document: &mut Document,
    index: usize,
    description: String,
) -> Result<usize, EditError> {
    let items = &mut document
        .participants
        .list
        .get_mut(index)
        .ok_or(EditError::NoSuchItem)?
        .in_kind;
    items.push(InKindItem {
        description,
        value: InKindValue::Hours {
            hours: Decimal::ZERO,
        },
    });
    Ok(items.len() - 1)
}

pub fn remove_in_kind(document: &mut Document, index: usize, item: usize) -> Result<(), EditError> {
    let items = &mut document
        .participants
        .list
        .get_mut(index)
        .ok_or(EditError::NoSuchItem)?
        .in_kind;
    if item >= items.len() {
        return Err(EditError::NoSuchItem);
    }
    items.remove(item);
    Ok(())
}

pub fn set_in_kind_description(
    document: &mut Document,
    index: usize,
    item: usize,
    description: String,
) -> Result<(), EditError> {
    in_kind_item(document, index, item)?.description = description;
    Ok(())
}

/// Sets the hours or the fixed value of a piece of work in kind, whichever way it is valued.
pub fn set_in_kind_figure(
    document: &mut Document,
    index: usize,
    item: usize,
    figure: Decimal,
) -> Result<(), EditError> {
    let item = in_kind_item(document, index, item)?;
    item.value = match item.value {
        InKindValue::Hours { .. } => InKindValue::Hours { hours: figure },
        InKindValue::Amount { .. } => InKindValue::Amount { amount: figure },
    };
    Ok(())
}

/// Values a piece of work in kind another way, keeping its value as closely as the new way allows: 200
/// hours at 100 become a fixed 20,000; a fixed 1,000 at 80 an hour becomes 12.5 hours (to two decimals).
pub fn set_in_kind_way(
    document: &mut Document,
    index: usize,
    item: usize,
    way: InKindWay,
) -> Result<(), EditError> {
    let rate = document.rates.hourly_rate;
    let item = in_kind_item(document, index, item)?;
    if InKindWay::of(&item.value) == way {
        return Ok(());
    }
    let value = item.value(rate).unwrap_or_default();
    item.value = match way {
        InKindWay::Amount => InKindValue::Amount { amount: value },
        InKindWay::Hours => InKindValue::Hours {
            hours: if rate.is_zero() {
                Decimal::ZERO
            } else {
                value
                    .checked_div(rate)
                    .unwrap_or_default()
                    .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
                    .normalize()
            },
        },
    };
    Ok(())
}

/// Whether a pasted list replaces the current one or is added to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasteMode {
    Replace,
    Append,
}

/// Takes over an accepted paste: the list switches on, and its usage metrics join the known ones.
pub fn accept_paste(document: &mut Document, pasted: &PastedList, mode: PasteMode) {
    let participants = &mut document.participants;
    if mode == PasteMode::Replace {
        participants.list.clear();
    }
    participants
        .list
        .extend(pasted.municipalities.iter().cloned());
    for metric in &pasted.metrics {
        if !participants.metrics.contains(metric) {
            participants.metrics.push(metric.clone());
        }
    }
    participants.mode = ParticipantMode::List;
    if document.key.usage_metric.is_empty() {
        if let Some(first) = participants.metrics.first() {
            document.key.usage_metric = first.clone();
        }
    }
}

pub fn add_metric(document: &mut Document, name: &str) -> Result<(), EditError> {
    let name = name.trim();
    if name.is_empty()
        || document
            .participants
            .all_metrics()
            .iter()
            .any(|m| m == name)
    {
        return Err(EditError::MetricNameTaken);
    }
    document.participants.metrics.push(name.to_string());
    if document.key.usage_metric.is_empty() {
        document.key.usage_metric = name.to_string();
    }
    Ok(())
}

/// Renames a usage metric in every place a figure or a choice refers to it.
pub fn rename_metric(document: &mut Document, old: &str, new: &str) -> Result<(), EditError> {
    let new = new.trim();
    if old == new {
        return Ok(());
    }
    if new.is_empty() || document.participants.all_metrics().iter().any(|m| m == new) {
        return Err(EditError::MetricNameTaken);
    }
    let rename_key = |usage: &mut std::collections::BTreeMap<String, Decimal>| {
        if let Some(value) = usage.remove(old) {
            usage.insert(new.to_string(), value);
        }
    };
    let participants = &mut document.participants;
    for name in &mut participants.metrics {
        if name == old {
            *name = new.to_string();
        }
    }
    participants
        .list
        .iter_mut()
        .for_each(|m| rename_key(&mut m.usage));
    rename_key(&mut participants.summary.average_usage);
    rename_key(&mut document.growth.newcomer_usage);
    document
        .growth
        .prospects
        .iter_mut()
        .for_each(|m| rename_key(&mut m.usage));
    if document.key.usage_metric == old {
        document.key.usage_metric = new.to_string();
    }
    Ok(())
}

/// Removes a usage metric and every figure of it.
pub fn remove_metric(document: &mut Document, name: &str) {
    let participants = &mut document.participants;
    participants.metrics.retain(|metric| metric != name);
    participants.list.iter_mut().for_each(|m| {
        m.usage.remove(name);
    });
    participants.summary.average_usage.remove(name);
    document.growth.newcomer_usage.remove(name);
    document.growth.prospects.iter_mut().for_each(|m| {
        m.usage.remove(name);
    });
    if document.key.usage_metric == name {
        document.key.usage_metric = participants.metrics.first().cloned().unwrap_or_default();
    }
}

/// A named prospect joins the waiting list; the growth count rises with it when it would fall short.
pub fn add_prospect(document: &mut Document, name: String) -> usize {
    let growth = &mut document.growth;
    growth
        .prospects
        .push(Municipality::new(name, Decimal::ZERO));
    let named = u32::try_from(growth.prospects.len()).unwrap_or(u32::MAX);
    growth.additional = growth.additional.max(named);
    growth.prospects.len() - 1
}

pub fn remove_prospect(document: &mut Document, index: usize) -> Result<(), EditError> {
    if index >= document.growth.prospects.len() {
        return Err(EditError::NoSuchItem);
    }
    document.growth.prospects.remove(index);
    Ok(())
}

/// Sets how many municipalities join under the growth plan; counts given per year give way to equal steps,
/// since they no longer add up.
pub fn set_newcomers(document: &mut Document, additional: u32) {
    let growth = &mut document.growth;
    growth.additional = additional;
    if !growth.explicit_schedule_fits() {
        growth.joining_per_year.clear();
    }
}

/// Sets within how many years the newcomers join. Counts given per year keep theirs for the years that
/// remain (a new year starts at zero) and the number of newcomers follows their sum.
pub fn set_growth_years(document: &mut Document, years: u32) {
    let growth = &mut document.growth;
    growth.years = years;
    if !growth.joining_per_year.is_empty() {
        growth.joining_per_year.resize(years as usize, 0);
        growth.additional = growth.joining_per_year.iter().sum();
    }
}

/// Switches between equal steps and counts given per year; switching to counts starts from the equal
/// steps the plan shows now, so nothing on screen changes until a count is edited.
pub fn set_explicit_growth(document: &mut Document, explicit: bool) {
    let growth = &mut document.growth;
    growth.joining_per_year = if explicit {
        growth.joining_schedule()
    } else {
        Vec::new()
    };
}

/// Sets how many join in one year of the plan (0: the first year after the budget year); the number of
/// newcomers becomes the sum of the years.
pub fn set_joining_in_year(
    document: &mut Document,
    year: usize,
    count: u32,
) -> Result<(), EditError> {
    let growth = &mut document.growth;
    let mut schedule = growth.joining_schedule();
    let slot = schedule.get_mut(year).ok_or(EditError::NoSuchItem)?;
    *slot = count;
    growth.additional = schedule
        .iter()
        .try_fold(0u32, |sum, count| sum.checked_add(*count))
        .ok_or(EditError::NoSuchItem)?;
    growth.joining_per_year = schedule;
    Ok(())
}

pub fn add_reference(document: &mut Document, name: String) -> usize {
    let inhabitants = document
        .reference_municipalities
        .last()
        .map_or(Decimal::from(20_000), |last| last.inhabitants);
    document
        .reference_municipalities
        .push(ReferenceMunicipality { name, inhabitants });
    document.reference_municipalities.len() - 1
}

pub fn remove_reference(document: &mut Document, index: usize) -> Result<(), EditError> {
    if index >= document.reference_municipalities.len() {
        return Err(EditError::NoSuchItem);
    }
    document.reference_municipalities.remove(index);
    Ok(())
}

/// A new size band above the last, twice its start (or from 10,000), weighed like the last.
pub fn add_band(document: &mut Document) -> usize {
    let bands = &mut document.key.staffel;
    let band = match bands.last() {
        Some(last) => SizeBand {
            from_inhabitants: next_edge(last.from_inhabitants),
            weight: last.weight.clone(),
        },
        None => SizeBand {
            from_inhabitants: Decimal::ZERO,
            weight: BandWeight::PerInhabitant { rate: Decimal::ONE },
        },
    };
    bands.push(band);
    bands.len() - 1
}

/// Removes a band; the first band always starts at 0, so removing it lets the next one start there.
pub fn remove_band(document: &mut Document, index: usize) -> Result<(), EditError> {
    remove_from_edges(&mut document.key.staffel, index, |band| {
        &mut band.from_inhabitants
    })
}

/// Removes one of a list of classes by inhabitants (size bands, tariff classes): one always stays, and the
/// first starts at 0.
fn remove_from_edges<T>(
    classes: &mut Vec<T>,
    index: usize,
    from_inhabitants: impl Fn(&mut T) -> &mut Decimal,
) -> Result<(), EditError> {
    if classes.len() <= 1 {
        return Err(EditError::LastBand);
    }
    if index >= classes.len() {
        return Err(EditError::NoSuchItem);
    }
    classes.remove(index);
    if let Some(first) = classes.first_mut() {
        *from_inhabitants(first) = Decimal::ZERO;
    }
    Ok(())
}

/// Chooses the key. Choosing tariffs without any class (a document from before tariffs) starts from the
/// Signalen-like example classes, so the editor never opens empty.
pub fn set_key_kind(document: &mut Document, kind: KeyKind) {
    document.key.kind = kind;
    if kind == KeyKind::Tariffs && document.key.tariffs.is_empty() {
        document.key.tariffs = example_classes();
    }
}

/// The next edge above `last`: twice it, or 10,000 above an edge of 0.
fn next_edge(last: Decimal) -> Decimal {
    if last.is_zero() {
        Decimal::from(10_000)
    } else {
        last.checked_mul(Decimal::TWO).unwrap_or(last)
    }
}

/// A new tariff class above the last, from twice its start (or from 10,000), at the last's amount; the
/// first class starts at 0.
pub fn add_tariff_class(document: &mut Document, name: String) -> usize {
    let classes = &mut document.key.tariffs;
    let class = match classes.last() {
        Some(last) => TariffClass {
            name,
            from_inhabitants: next_edge(last.from_inhabitants),
            amount: last.amount,
        },
        None => TariffClass {
            name,
            from_inhabitants: Decimal::ZERO,
            amount: None,
        },
    };
    classes.push(class);
    classes.len() - 1
}

/// Removes a tariff class; one always stays, and the first starts at 0.
pub fn remove_tariff_class(document: &mut Document, index: usize) -> Result<(), EditError> {
    remove_from_edges(&mut document.key.tariffs, index, |class| {
        &mut class.from_inhabitants
    })
}
