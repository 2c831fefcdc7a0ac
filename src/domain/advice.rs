//! Advice before numbers: given how far a collaboration has come, whether a community contribution makes
//! sense, what it pays for, and which allocation keys suit. Plus the overview of every key's complexity,
//! fairness and typical use, what going without a contribution means, and the guide's three kinds of
//! scenario. The interface words all of this; here it is only decided.

use super::document::CollaborationLevel;
use super::key::KeyKind;

/// Whether asking a yearly contribution fits the collaboration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContributionFit {
    /// Nothing shared to pay for yet: agree on who hosts the code and stop there.
    NotYet,
    /// A small contribution helps, mostly for coordination and hosting.
    Modest,
    /// A contribution is needed to keep the shared work going.
    Needed,
    /// Without a solid contribution the direction cannot be carried.
    Essential,
}

/// What a contribution pays for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Purpose {
    Hosting,
    Maintenance,
    Coordination,
    Community,
    ProductOwnership,
    Development,
    Reserve,
}

/// The advice for one collaboration level.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelAdvice {
    pub level: CollaborationLevel,
    pub fit: ContributionFit,
    /// In the order a coordinator would budget them.
    pub pays_for: Vec<Purpose>,
    /// Best suited first.
    pub suitable_keys: Vec<KeyKind>,
}

pub fn advice_for(level: CollaborationLevel) -> LevelAdvice {
    use KeyKind::*;
    use Purpose::*;
    // As the guide has it: no keys without a contribution; by inhabitants from structured collaboration on;
    // development paid from the contribution from structured collaboration on; usage is left out, as it
    // suits classic municipal collaborations less (see `key_fit`).
    let (fit, pays_for, suitable_keys) = match level {
        CollaborationLevel::SharingOnly => (ContributionFit::NotYet, vec![Hosting], vec![]),
        CollaborationLevel::LightCoordination => (
            ContributionFit::Modest,
            vec![Hosting, Maintenance, Coordination],
            vec![Equal, Inhabitants],
        ),
        CollaborationLevel::Structured => (
            ContributionFit::Needed,
            vec![
                Hosting,
                Maintenance,
                Coordination,
                Development,
                Community,
                Reserve,
            ],
            vec![Inhabitants, Staffel, Hybrid],
        ),
        CollaborationLevel::FullDirection => (
            ContributionFit::Essential,
            vec![
                Hosting,
                Maintenance,
                Coordination,
                ProductOwnership,
                Development,
                Community,
                Reserve,
            ],
            vec![Hybrid, Inhabitants, Staffel],
        ),
    };
    LevelAdvice {
        level,
        fit,
        pays_for,
        suitable_keys,
    }
}

/// How a key fits the collaboration level, as the guide judges it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFit {
    /// One of the keys the guide advises for this level.
    Suits,
    /// Possible, but not among the advised keys for this level.
    Possible,
    /// By usage: the guide finds it less suited to classic collaborations of municipalities.
    LessSuited,
    /// Sharing without direction asks no contribution, so no key is needed yet.
    NoContributionYet,
}

pub fn key_fit(level: CollaborationLevel, key: KeyKind) -> KeyFit {
    let advice = advice_for(level);
    if advice.fit == ContributionFit::NotYet {
        KeyFit::NoContributionYet
    } else if advice.suitable_keys.contains(&key) {
        KeyFit::Suits
    } else if key == KeyKind::Usage {
        KeyFit::LessSuited
    } else {
        KeyFit::Possible
    }
}

/// What a collaboration goes without when its members pay no contribution, as the guide lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consequence {
    /// Nobody develops the software further together.
    NoSharedDevelopment,
    /// There is no money for support or coordination.
    NoSupportOrCoordination,
    /// Each municipality invests on its own, or not at all.
    EachInvestsAlone,
    /// The versions of the municipalities drift apart.
    VersionsDriftApart,
}

pub const WITHOUT_CONTRIBUTION: [Consequence; 4] = [
    Consequence::NoSharedDevelopment,
    Consequence::NoSupportOrCoordination,
    Consequence::EachInvestsAlone,
    Consequence::VersionsDriftApart,
];

/// The guide's three kinds of scenario: Minimum ("overlevingsmodus"), Streef ("realistisch en wenselijk",
/// the recommended basis) and Wens ("ideaalbeeld").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScenarioTier {
    Minimum,
    Streef,
    Wens,
}

/// Which kind of scenario a scenario is: by its name when it carries one of the guide's names (Dutch or
/// English), else by its place: the first is the minimum, the last the wish, any between the target.
pub fn scenario_tier(names: &[String], index: usize) -> ScenarioTier {
    let by_name = names.get(index).and_then(|name| {
        let name = name.trim().to_lowercase();
        if name.starts_with("minim") {
            Some(ScenarioTier::Minimum)
        } else if name.starts_with("streef") || name.starts_with("target") {
            Some(ScenarioTier::Streef)
        } else if name.starts_with("wens") || name.starts_with("wish") || name.starts_with("ideaal")
        {
            Some(ScenarioTier::Wens)
        } else {
            None
        }
    });
    by_name.unwrap_or(if index == 0 {
        ScenarioTier::Minimum
    } else if index + 1 >= names.len() {
        ScenarioTier::Wens
    } else {
        ScenarioTier::Streef
    })
}

/// A coarse three-step rating, as the overview table uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rating {
    Low,
    Medium,
    High,
}

/// How fair a key feels to the municipalities paying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fairness {
    Moderate,
    Good,
    VeryGood,
}

/// One row of the key overview; when a key suits is worded by the interface per key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyProfile {
    pub key: KeyKind,
    pub complexity: Rating,
    pub fairness: Fairness,
}

/// Every key, simplest first. Staffel is our own assessment: bands are easy to explain once set, but
/// choosing the bands takes a discussion, and municipalities just above a band edge pay relatively more.
pub fn key_overview() -> [KeyProfile; 5] {
    [
        KeyProfile {
            key: KeyKind::Equal,
            complexity: Rating::Low,
            fairness: Fairness::Moderate,
        },
        KeyProfile {
            key: KeyKind::Inhabitants,
            complexity: Rating::Medium,
            fairness: Fairness::Good,
        },
        KeyProfile {
            key: KeyKind::Staffel,
            complexity: Rating::Medium,
            fairness: Fairness::Good,
        },
        KeyProfile {
            key: KeyKind::Usage,
            complexity: Rating::High,
            fairness: Fairness::VeryGood,
        },
        KeyProfile {
            key: KeyKind::Hybrid,
            complexity: Rating::High,
            fairness: Fairness::VeryGood,
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    const LEVELS: [CollaborationLevel; 4] = [
        CollaborationLevel::SharingOnly,
        CollaborationLevel::LightCoordination,
        CollaborationLevel::Structured,
        CollaborationLevel::FullDirection,
    ];

    #[test]
    fn sharing_alone_needs_no_contribution_yet_so_no_key_either() {
        let advice = advice_for(CollaborationLevel::SharingOnly);
        assert_eq!(advice.fit, ContributionFit::NotYet);
        assert_eq!(advice.suitable_keys, vec![]);
        for key in KeyKind::ALL {
            assert_eq!(
                key_fit(CollaborationLevel::SharingOnly, key),
                KeyFit::NoContributionYet
            );
        }
        assert_eq!(WITHOUT_CONTRIBUTION.len(), 4);
    }

    #[test]
    fn the_guide_on_keys_and_development_per_level() {
        // By inhabitants suits structured collaboration and full direction.
        for level in [
            CollaborationLevel::Structured,
            CollaborationLevel::FullDirection,
        ] {
            assert_eq!(key_fit(level, KeyKind::Inhabitants), KeyFit::Suits);
            // Development is paid from the contribution from structured collaboration on ...
            assert!(advice_for(level).pays_for.contains(&Purpose::Development));
        }
        // ... and not before.
        assert!(!advice_for(CollaborationLevel::LightCoordination)
            .pays_for
            .contains(&Purpose::Development));
        // Usage is less suited to classic collaborations of municipalities, at every level that pays.
        for level in &LEVELS[1..] {
            assert_eq!(key_fit(*level, KeyKind::Usage), KeyFit::LessSuited);
            assert!(!advice_for(*level).suitable_keys.contains(&KeyKind::Usage));
        }
        assert_eq!(
            key_fit(CollaborationLevel::LightCoordination, KeyKind::Hybrid),
            KeyFit::Possible
        );
    }

    #[test]
    fn scenarios_are_known_by_the_guides_names_or_else_by_their_place() {
        let names = |list: &[&str]| list.iter().map(|name| name.to_string()).collect::<Vec<_>>();
        let example = names(&["Minimum", "Streef", "Wens"]);
        assert_eq!(
            (0..3)
                .map(|i| scenario_tier(&example, i))
                .collect::<Vec<_>>(),
            vec![
                ScenarioTier::Minimum,
                ScenarioTier::Streef,
                ScenarioTier::Wens
            ]
        );
        // Named otherwise: the first is the minimum, the last the wish.
        let own = names(&["Basis", "Groei", "Alles", "Top"]);
        assert_eq!(
            (0..4).map(|i| scenario_tier(&own, i)).collect::<Vec<_>>(),
            vec![
                ScenarioTier::Minimum,
                ScenarioTier::Streef,
                ScenarioTier::Streef,
                ScenarioTier::Wens
            ]
        );
        // A name wins over the place.
        let moved = names(&["Wens", "Minimum"]);
        assert_eq!(scenario_tier(&moved, 0), ScenarioTier::Wens);
        assert_eq!(scenario_tier(&moved, 1), ScenarioTier::Minimum);
        assert_eq!(
            scenario_tier(&names(&["Basis", "Streef"]), 0),
            ScenarioTier::Minimum
        );
    }

    #[test]
    fn the_further_a_collaboration_goes_the_more_a_contribution_carries() {
        let advices: Vec<LevelAdvice> = LEVELS.iter().map(|level| advice_for(*level)).collect();
        for pair in advices.windows(2) {
            assert!(pair[0].pays_for.len() < pair[1].pays_for.len());
            for purpose in &pair[0].pays_for {
                assert!(pair[1].pays_for.contains(purpose), "{purpose:?} dropped");
            }
        }
        let fits: Vec<ContributionFit> = advices.iter().map(|a| a.fit).collect();
        assert_eq!(
            fits,
            vec![
                ContributionFit::NotYet,
                ContributionFit::Modest,
                ContributionFit::Needed,
                ContributionFit::Essential
            ]
        );
    }

    #[test]
    fn a_reserve_comes_with_structured_work_and_full_direction_suits_the_hybrid_key_first() {
        assert!(!advice_for(CollaborationLevel::LightCoordination)
            .pays_for
            .contains(&Purpose::Reserve));
        assert!(advice_for(CollaborationLevel::Structured)
            .pays_for
            .contains(&Purpose::Reserve));
        assert_eq!(
            advice_for(CollaborationLevel::FullDirection).suitable_keys[0],
            KeyKind::Hybrid
        );
    }

    #[test]
    fn overview_covers_every_key_once_and_complexity_never_falls_as_fairness_rises() {
        let overview = key_overview();
        let mut keys: Vec<KeyKind> = overview.iter().map(|row| row.key).collect();
        keys.sort_by_key(|key| *key as u8);
        keys.dedup();
        assert_eq!(keys.len(), 5);
        let equal = overview
            .iter()
            .find(|row| row.key == KeyKind::Equal)
            .unwrap();
        assert_eq!(
            (equal.complexity, equal.fairness),
            (Rating::Low, Fairness::Moderate)
        );
        let usage = overview
            .iter()
            .find(|row| row.key == KeyKind::Usage)
            .unwrap();
        assert_eq!(
            (usage.complexity, usage.fairness),
            (Rating::High, Fairness::VeryGood)
        );
        for pair in overview.windows(2) {
            assert!(pair[0].complexity <= pair[1].complexity);
            assert!(pair[0].fairness <= pair[1].fairness);
        }
    }
}
