//! Advice before numbers: given how far a collaboration has come, whether a community contribution makes
//! sense, what it pays for, and which allocation keys suit. Plus the overview of every key's complexity,
//! fairness and typical use. The interface words all of this; here it is only decided.

use super::allocation::KeyKind;
use super::document::CollaborationLevel;

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
    let (fit, pays_for, suitable_keys) = match level {
        CollaborationLevel::SharingOnly => (ContributionFit::NotYet, vec![Hosting], vec![Equal]),
        CollaborationLevel::LightCoordination => (
            ContributionFit::Modest,
            vec![Hosting, Maintenance, Coordination],
            vec![Equal, Inhabitants],
        ),
        CollaborationLevel::Structured => (
            ContributionFit::Needed,
            vec![Hosting, Maintenance, Coordination, Community, Reserve],
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
            vec![Hybrid, Usage, Staffel],
        ),
    };
    LevelAdvice {
        level,
        fit,
        pays_for,
        suitable_keys,
    }
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
    fn sharing_alone_needs_no_contribution_yet() {
        let advice = advice_for(CollaborationLevel::SharingOnly);
        assert_eq!(advice.fit, ContributionFit::NotYet);
        assert_eq!(advice.suitable_keys, vec![KeyKind::Equal]);
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
