//! Who pays: the participants now (variant A) and after growth (variant B).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::error::CalcError;
use super::money;
use super::ways_to_pay::in_kind::InKindItem;
use super::ways_to_pay::months::{months_taken_part, FULL_YEAR};

/// How the participants are described.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ParticipantMode {
    /// A count and inhabitants only.
    #[default]
    Summary,
    /// Named municipalities.
    List,
}

/// Whether the summary's inhabitants figure is the total of all participants or their average.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum InhabitantsBasis {
    #[default]
    Total,
    Average,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Summary {
    pub count: u32,
    pub inhabitants: Decimal,
    #[serde(default)]
    pub inhabitants_basis: InhabitantsBasis,
    /// Average usage per municipality, per metric name.
    #[serde(default)]
    pub average_usage: BTreeMap<String, Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Municipality {
    pub name: String,
    pub inhabitants: Decimal,
    /// Usage figures per metric name (transactions, users, modules taken, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub usage: BTreeMap<String, Decimal>,
    /// Custom work (maatwerk) this municipality asks for and pays alone, in euros.
    #[serde(default, skip_serializing_if = "Decimal::is_zero")]
    pub custom_work: Decimal,
    /// The month (1-12) it joins in, paying from the first of that month; absent: from January.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joins_in_month: Option<u8>,
    /// The last month (1-12) it takes part in; absent: to December.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaves_after_month: Option<u8>,
    /// Work it delivers instead of money, which counts against its invoice.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub in_kind: Vec<InKindItem>,
}

impl Municipality {
    /// A municipality known by its name and size alone, all year: no usage figures, no custom work, nothing
    /// in kind.
    pub fn new(name: impl Into<String>, inhabitants: Decimal) -> Municipality {
        Municipality {
            name: name.into(),
            inhabitants,
            usage: BTreeMap::new(),
            custom_work: Decimal::ZERO,
            joins_in_month: None,
            leaves_after_month: None,
            in_kind: Vec::new(),
        }
    }

    /// The months of the budget year it takes part; validation refuses months that give none.
    pub fn months(&self) -> u8 {
        months_taken_part(self.joins_in_month, self.leaves_after_month).unwrap_or(FULL_YEAR)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Participants {
    pub mode: ParticipantMode,
    pub summary: Summary,
    #[serde(default)]
    pub list: Vec<Municipality>,
    /// Names of the usage metrics, in the order the interface shows them.
    #[serde(default)]
    pub metrics: Vec<String>,
}

/// The growth plan: from variant A (today) to variant B (after growth), and how fast. Variant B, the growth
/// ambition of the texts and the multi-year estimate all read this one plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Growth {
    /// How many municipalities join, named prospects included.
    pub additional: u32,
    /// Within how many years after the budget year they have all joined.
    #[serde(default = "Growth::default_years")]
    pub years: u32,
    /// How many join in each of those years, when the plan says so explicitly: `years` counts adding up to
    /// `additional`. Empty means equal steps.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub joining_per_year: Vec<u32>,
    /// Inhabitants of each unnamed newcomer; absent means today's average.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub newcomer_inhabitants: Option<Decimal>,
    /// Usage of each unnamed newcomer per metric; a metric absent here means today's average.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub newcomer_usage: BTreeMap<String, Decimal>,
    /// Named prospects (a waiting list); they count towards `additional`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prospects: Vec<Municipality>,
}

impl Growth {
    /// Two years, the horizon of a typical growth ambition.
    pub fn default_years() -> u32 {
        2
    }

    /// No growth at all.
    pub fn none() -> Growth {
        Growth {
            additional: 0,
            years: Growth::default_years(),
            joining_per_year: Vec::new(),
            newcomer_inhabitants: None,
            newcomer_usage: BTreeMap::new(),
            prospects: Vec::new(),
        }
    }

    /// Whether the explicit counts per year form a plan: one per year, adding up to `additional`.
    pub fn explicit_schedule_fits(&self) -> bool {
        self.joining_per_year.len() == self.years as usize
            && self
                .joining_per_year
                .iter()
                .try_fold(0u32, |sum, count| sum.checked_add(*count))
                == Some(self.additional)
    }

    /// How many newcomers join in each year after the budget year: the explicit counts when they fit the
    /// plan, else equal steps with the earlier years taking what does not divide evenly (30 over 2 years is
    /// 15 and 15; 10 over 3 is 4, 3 and 3).
    pub fn joining_schedule(&self) -> Vec<u32> {
        if self.explicit_schedule_fits() {
            return self.joining_per_year.clone();
        }
        let years = self.years.max(1);
        let step = self.additional / years;
        let remainder = self.additional % years;
        (0..years)
            .map(|year| step + u32::from(year < remainder))
            .collect()
    }

    /// The plan cut short after the first `joined` newcomers (named prospects first): the community of a
    /// year in which not everybody has joined yet.
    pub fn first_joiners(&self, joined: u32) -> Growth {
        Growth {
            additional: joined,
            joining_per_year: Vec::new(),
            prospects: self
                .prospects
                .iter()
                .take(joined as usize)
                .cloned()
                .collect(),
            ..self.clone()
        }
    }

    /// How many newcomers have joined in the given year, counted from the budget year (0: none yet).
    pub fn joined_by(&self, years_after_budget_year: u32) -> u32 {
        self.joining_schedule()
            .into_iter()
            .take(years_after_budget_year as usize)
            .sum()
    }
}

/// A typical municipality ("type") whose contribution is shown even without a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct ReferenceMunicipality {
    pub name: String,
    pub inhabitants: Decimal,
}

impl ReferenceMunicipality {
    /// Klein 20,000, Middel 50,000 and Groot 100,000 inhabitants.
    pub fn defaults() -> Vec<ReferenceMunicipality> {
        [("Klein", 20_000), ("Middel", 50_000), ("Groot", 100_000)]
            .into_iter()
            .map(|(name, inhabitants)| ReferenceMunicipality {
                name: name.to_string(),
                inhabitants: Decimal::from(inhabitants),
            })
            .collect()
    }
}

/// Current participants, or current plus newcomers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variant {
    /// A: the municipalities that take part now.
    Current,
    /// B: after growth.
    Grown,
}

impl Variant {
    pub const BOTH: [Variant; 2] = [Variant::Current, Variant::Grown];
}

/// Where a member of a community comes from, so the interface can name unnamed ones.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberOrigin {
    /// A named municipality from the list (or a named prospect).
    Named(String),
    /// One of the municipalities in summary mode, all of average size.
    Average,
    /// An unnamed newcomer of the assumed size.
    Newcomer,
}

/// One paying municipality as the allocation keys see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub origin: MemberOrigin,
    pub inhabitants: Decimal,
    pub usage: BTreeMap<String, Decimal>,
    pub custom_work: Decimal,
    /// Months of the year it takes part, 1-12.
    pub months: u8,
    /// The month it joins in, when not January (for the texts: "vanaf 1 april").
    pub joins_in_month: Option<u8>,
    pub in_kind: Vec<InKindItem>,
}

impl Member {
    pub fn usage_of(&self, metric: &str) -> Decimal {
        self.usage.get(metric).copied().unwrap_or(Decimal::ZERO)
    }

    /// A member all year with nothing in kind.
    pub fn all_year(
        origin: MemberOrigin,
        inhabitants: Decimal,
        usage: BTreeMap<String, Decimal>,
        custom_work: Decimal,
    ) -> Member {
        Member {
            origin,
            inhabitants,
            usage,
            custom_work,
            months: FULL_YEAR,
            joins_in_month: None,
            in_kind: Vec::new(),
        }
    }

    fn named(municipality: &Municipality) -> Member {
        Member {
            origin: MemberOrigin::Named(municipality.name.clone()),
            inhabitants: municipality.inhabitants,
            usage: municipality.usage.clone(),
            custom_work: municipality.custom_work,
            months: municipality.months(),
            joins_in_month: municipality.joins_in_month.filter(|month| *month > 1),
            in_kind: municipality.in_kind.clone(),
        }
    }

    /// Whether it takes part all year.
    pub fn all_year_long(&self) -> bool {
        self.months >= FULL_YEAR
    }
}

/// The paying municipalities of one variant.
#[derive(Debug, Clone, PartialEq)]
pub struct Community {
    pub members: Vec<Member>,
    /// Kept exactly rather than summed: members of average size carry a rounded share (1,500,000 / 45),
    /// and the rate per inhabitant must come from the figure the user gave.
    total_inhabitants: Decimal,
    /// How many of the members, from the first, take part now; the rest are newcomers of variant B.
    current: usize,
}

impl Community {
    /// A community of named or average members whose inhabitants add up as given.
    pub fn new(members: Vec<Member>) -> Result<Community, CalcError> {
        let total_inhabitants = money::sum(members.iter().map(|member| member.inhabitants))?;
        Ok(Community {
            current: members.len(),
            members,
            total_inhabitants,
        })
    }

    /// The members that take part now, before any growth.
    pub fn current_members(&self) -> &[Member] {
        self.members
            .get(..self.current.min(self.members.len()))
            .unwrap_or_default()
    }

    pub fn count(&self) -> usize {
        self.members.len()
    }

    pub fn total_inhabitants(&self) -> Result<Decimal, CalcError> {
        Ok(self.total_inhabitants)
    }

    pub fn total_usage(&self, metric: &str) -> Result<Decimal, CalcError> {
        money::sum(self.members.iter().map(|member| member.usage_of(metric)))
    }

    pub fn average_inhabitants(&self) -> Result<Decimal, CalcError> {
        let count = Decimal::from(self.members.len());
        money::div(self.total_inhabitants()?, count, CalcError::NoParticipants)
    }

    fn average_usage(&self, metric: &str) -> Result<Decimal, CalcError> {
        let count = Decimal::from(self.members.len());
        money::div(self.total_usage(metric)?, count, CalcError::NoParticipants)
    }
}

impl Participants {
    /// Every usage metric that appears anywhere, declared ones first.
    pub fn all_metrics(&self) -> Vec<String> {
        // A set of what is already listed keeps this linear: a document with many metrics per member made
        // the plain `contains` on the list quadratic (issue 22).
        let mut seen = std::collections::BTreeSet::new();
        let mut metrics = Vec::new();
        let found = self
            .metrics
            .iter()
            .chain(
                self.list
                    .iter()
                    .flat_map(|municipality| municipality.usage.keys()),
            )
            .chain(self.summary.average_usage.keys());
        for metric in found {
            if seen.insert(metric.as_str()) {
                metrics.push(metric.clone());
            }
        }
        metrics
    }

    /// Variant A: the municipalities taking part now.
    pub fn current(&self) -> Result<Community, CalcError> {
        match self.mode {
            ParticipantMode::List => Community::new(self.list.iter().map(Member::named).collect()),
            ParticipantMode::Summary => {
                let count = self.summary.count as usize;
                let (average, total) = match self.summary.inhabitants_basis {
                    InhabitantsBasis::Average => {
                        let total = money::mul(self.summary.inhabitants, Decimal::from(count))?;
                        (self.summary.inhabitants, total)
                    }
                    InhabitantsBasis::Total => {
                        let average = money::div(
                            self.summary.inhabitants,
                            Decimal::from(count),
                            CalcError::NoParticipants,
                        )?;
                        (average, self.summary.inhabitants)
                    }
                };
                let member = Member::all_year(
                    MemberOrigin::Average,
                    average,
                    self.summary.average_usage.clone(),
                    Decimal::ZERO,
                );
                Ok(Community {
                    members: vec![member; count],
                    total_inhabitants: total,
                    current: count,
                })
            }
        }
    }

    /// Variant B: today's participants plus the named prospects plus unnamed newcomers of the assumed size,
    /// `growth.additional` newcomers in all (or more, if more prospects are named).
    pub fn grown(&self, growth: &Growth) -> Result<Community, CalcError> {
        self.grown_from(&self.current()?, growth)
    }

    /// Variant B from an already built variant A, so a report builds today's community only once.
    pub fn grown_from(&self, current: &Community, growth: &Growth) -> Result<Community, CalcError> {
        let mut members = current.members.clone();
        members.extend(growth.prospects.iter().map(Member::named));
        let prospects_inhabitants =
            money::sum(growth.prospects.iter().map(|prospect| prospect.inhabitants))?;
        let mut total_inhabitants = money::add(current.total_inhabitants, prospects_inhabitants)?;
        let unnamed = (growth.additional as usize).saturating_sub(growth.prospects.len());
        if unnamed > 0 {
            let inhabitants = match growth.newcomer_inhabitants {
                Some(given) => given,
                None => current.average_inhabitants()?,
            };
            // Multiply before dividing, so that 30 newcomers of 1,500,000 / 45 add exactly 1,000,000.
            let newcomers_inhabitants = match growth.newcomer_inhabitants {
                Some(given) => money::mul(given, Decimal::from(unnamed))?,
                None => money::div(
                    money::mul(current.total_inhabitants, Decimal::from(unnamed))?,
                    Decimal::from(current.count()),
                    CalcError::NoParticipants,
                )?,
            };
            total_inhabitants = money::add(total_inhabitants, newcomers_inhabitants)?;
            let mut usage = BTreeMap::new();
            for metric in self.all_metrics() {
                let value = match growth.newcomer_usage.get(&metric) {
                    Some(given) => *given,
                    None => current.average_usage(&metric)?,
                };
                usage.insert(metric, value);
            }
            let newcomer =
                Member::all_year(MemberOrigin::Newcomer, inhabitants, usage, Decimal::ZERO);
            members.extend(std::iter::repeat_n(newcomer, unnamed));
        }
        Ok(Community {
            members,
            total_inhabitants,
            current: current.current,
        })
    }

    pub fn community(&self, variant: Variant, growth: &Growth) -> Result<Community, CalcError> {
        match variant {
            Variant::Current => self.current(),
            Variant::Grown => self.grown(growth),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::dec;

    fn summary(count: u32, inhabitants: &str) -> Participants {
        Participants {
            mode: ParticipantMode::Summary,
            summary: Summary {
                count,
                inhabitants: dec(inhabitants),
                inhabitants_basis: InhabitantsBasis::Total,
                average_usage: BTreeMap::new(),
            },
            list: vec![],
            metrics: vec![],
        }
    }

    fn no_growth(additional: u32) -> Growth {
        Growth {
            additional,
            ..Growth::none()
        }
    }

    #[test]
    fn summary_members_have_the_average_size() {
        let community = summary(45, "1500000").current().unwrap();
        assert_eq!(community.count(), 45);
        assert_eq!(community.total_inhabitants().unwrap(), dec("1500000"));
    }

    #[test]
    fn newcomers_have_the_current_average_size() {
        let grown = summary(45, "1500000").grown(&no_growth(30)).unwrap();
        assert_eq!(grown.count(), 75);
        assert_eq!(grown.total_inhabitants().unwrap(), dec("2500000"));
    }

    #[test]
    fn prospects_count_towards_growth_and_carry_their_own_size() {
        let mut growth = no_growth(3);
        growth.newcomer_inhabitants = Some(dec("10000"));
        growth
            .prospects
            .push(Municipality::new("Wachtstad", dec("80000")));
        let grown = summary(2, "100000").grown(&growth).unwrap();
        assert_eq!(grown.count(), 5);
        assert_eq!(grown.total_inhabitants().unwrap(), dec("200000"));
        assert_eq!(
            grown.members[2].origin,
            MemberOrigin::Named("Wachtstad".into())
        );
        assert_eq!(grown.members[4].origin, MemberOrigin::Newcomer);
    }

    #[test]
    fn newcomers_join_in_equal_steps_unless_the_plan_names_the_counts() {
        let mut growth = no_growth(30);
        assert_eq!(growth.joining_schedule(), vec![15, 15]);
        assert_eq!(
            (0..4)
                .map(|year| growth.joined_by(year))
                .collect::<Vec<_>>(),
            vec![0, 15, 30, 30]
        );
        growth.additional = 10;
        growth.years = 3;
        assert_eq!(growth.joining_schedule(), vec![4, 3, 3]);
        growth.joining_per_year = vec![1, 2, 7];
        assert_eq!(growth.joining_schedule(), vec![1, 2, 7]);
        // Counts that do not add up to the plan are not used (validation names them).
        growth.joining_per_year = vec![1, 2, 8];
        assert_eq!(growth.joining_schedule(), vec![4, 3, 3]);
    }

    #[test]
    fn zero_participants_in_summary_is_an_error_not_a_panic() {
        assert_eq!(summary(0, "1000").current(), Err(CalcError::NoParticipants));
    }
}
