use super::*;
use crate::domain::test_support::dec;

fn bounds(minimum: Option<&str>, maximum: Option<&str>) -> Bounds {
    Bounds {
        minimum: minimum.map(dec),
        maximum: maximum.map(dec),
    }
}

fn solve(
    base: Decimal,
    weights: &[Decimal],
    total: &str,
    bounds: Bounds,
) -> Result<Decimal, CalcError> {
    solve_factor(base, weights, &heaviest_first(weights), dec(total), bounds)
}

fn pay(weights: &[Decimal], total: &str, bounds: Bounds) -> Vec<Decimal> {
    let factor = solve(Decimal::ZERO, weights, total, bounds).unwrap();
    weights
        .iter()
        .map(|weight| bounds.clamp(factor * *weight))
        .collect()
}

#[test]
fn without_bounds_the_factor_is_total_over_weight() {
    let weights = [dec("100000"), dec("25000"), dec("875000")];
    assert_eq!(
        solve(Decimal::ZERO, &weights, "100000", Bounds::default()),
        Ok(dec("0.1"))
    );
}

#[test]
fn heaviest_first_orders_by_weight_across_scales_and_skips_zero() {
    let weights = [dec("1.5"), dec("0"), dec("20"), dec("1.50"), dec("3.25")];
    assert_eq!(heaviest_first(&weights), vec![2, 4, 0, 3]);
}

#[test]
fn a_member_held_at_the_minimum_is_released_when_the_factor_rises_past_it() {
    // Weights 1, 10, 100 and a total of 3,330 with a minimum of 100: the smallest member sits at the
    // minimum; the others share the rest in proportion (about 293 and 2,937).
    let weights = [dec("1"), dec("10"), dec("100")];
    let paid = pay(&weights, "3330", bounds(Some("100"), None));
    assert_eq!(paid[0], dec("100"));
    assert_eq!((paid[1] + paid[2]).round_dp(10), dec("3230"));
    assert_eq!((paid[2] / paid[1]).round_dp(10), dec("10"));
}

#[test]
fn naive_pinning_would_miss_but_the_factor_meets_the_total() {
    // A maximum pins the largest member; the minimum raises the smallest. The exact sum must hold.
    let weights = [dec("5"), dec("20"), dec("30"), dec("200")];
    let paid = pay(&weights, "1000", bounds(Some("50"), Some("400")));
    let total: Decimal = paid.iter().sum();
    assert_eq!(total.round_dp(12), dec("1000"));
    assert_eq!(paid[3], dec("400"));
    // Pinned at the minimum in a first round, the smallest member must come free again: 600 / 55 * 5.
    assert_eq!(paid[0].round_dp(4), dec("54.5455"));
}

#[test]
fn a_base_part_comes_before_the_factor() {
    // Hybrid: 2,000 each plus the rest by weight; the maximum caps the heaviest.
    let weights = [dec("1"), dec("1"), dec("8")];
    let factor = solve(dec("2000"), &weights, "16000", bounds(None, Some("9000"))).unwrap();
    // 6,000 of base, then 10,000 by weight: L = 1,000, so the heaviest would pay 10,000 but is capped
    // at 9,000; the other two share 16,000 - 9,000 - 4,000 = 3,000 by weight: L = 1,500.
    assert_eq!(factor, dec("1500"));
}

#[test]
fn impossible_bounds_are_named() {
    let weights = [Decimal::ONE; 20];
    let too_high_minimum = solve(
        Decimal::ZERO,
        &weights,
        "100000",
        bounds(Some("6000"), None),
    );
    assert!(matches!(
        too_high_minimum,
        Err(CalcError::BoundsCannotBeMet {
            bound: Bound::Minimum,
            ..
        })
    ));
    let too_low_maximum = solve(
        Decimal::ZERO,
        &weights,
        "100000",
        bounds(None, Some("4000")),
    );
    assert!(matches!(
        too_low_maximum,
        Err(CalcError::BoundsCannotBeMet {
            bound: Bound::Maximum,
            ..
        })
    ));
    let crossed = solve(
        Decimal::ZERO,
        &weights,
        "100000",
        bounds(Some("10"), Some("5")),
    );
    assert_eq!(crossed, Err(CalcError::MinimumAboveMaximum));
}

#[test]
fn a_base_that_is_the_whole_total_survives_repeating_decimals() {
    // 1.37 over 12 members, rounded in the 28th digit: twelve of those add up to just over 1.37.
    let base = dec("1.37") / dec("12");
    assert!((0..12).fold(Decimal::ZERO, |sum, _| sum + base) > dec("1.37"));
    let factor = solve(base, &[Decimal::ONE; 12], "1.37", bounds(Some("0"), None)).unwrap();
    assert_eq!(factor, Decimal::ZERO);
}

#[test]
fn when_every_weighted_member_is_at_the_maximum_the_sum_stops_rising() {
    // Issue 11: usage 1, 7 and 0 and a newcomer of the average 8/3, maximum 7.78, total 23.35. The three
    // members with weight reach 23.34 at most; the fourth weighs nothing. Adding 8/3 to the slope and
    // taking it off again left 1e-28, and the factor became 3e25 instead of an error.
    let weights = [dec("1"), dec("7"), dec("0"), dec("8") / dec("3")];
    let result = solve(Decimal::ZERO, &weights, "23.35", bounds(None, Some("7.78")));
    assert_eq!(
        result,
        Err(CalcError::MaximumHoldsEveryoneWithWeight {
            limit: dec("7.78"),
            with_weight: 3,
            without_weight: 1,
            total: dec("23.35"),
        })
    );
}

#[test]
fn a_flat_stretch_that_meets_the_total_is_a_solution() {
    // The heavy member reaches the maximum (at L = 1) before the light ones leave the minimum (at
    // L = 5): between the two, nobody moves and the sum is 10 + 2 x 5 = 20, the total.
    let weights = [dec("10"), dec("1"), dec("1")];
    let factor = solve(Decimal::ZERO, &weights, "20", bounds(Some("5"), Some("10"))).unwrap();
    assert!(factor >= dec("1") && factor <= dec("5"), "{factor}");
}

#[test]
fn zero_weights_cannot_be_divided() {
    let result = solve(Decimal::ZERO, &[Decimal::ZERO; 2], "10", Bounds::default());
    assert_eq!(result, Err(CalcError::NothingToDivideBy));
}

fn terms(weights: &[&str], bounds: Bounds) -> Vec<MemberTerms> {
    weights
        .iter()
        .map(|weight| MemberTerms {
            base: Decimal::ZERO,
            weight: dec(weight),
            minimum: bounds.minimum,
            maximum: bounds.maximum,
        })
        .collect()
}

#[test]
fn nobody_weighing_anything_is_the_message_whatever_the_bounds() {
    // Three maximums of 40 cover 100: the maximum is not what fails.
    for bounds in [
        bounds(None, Some("40")),
        bounds(Some("10"), None),
        Bounds::default(),
    ] {
        let division = divide(&terms(&["0", "0", "0"], bounds), dec("100"));
        assert_eq!(division, Err(CalcError::NothingToDivideBy), "{bounds:?}");
    }
}

#[test]
fn exactly_equal_remainders_give_the_cent_to_the_earlier_member() {
    // 950,351.02 x 25,449 / 33,932 = 712,763.265 and x 8,483 / 33,932 = 237,587.755 exactly.
    let division = divide(
        &terms(&["25449", "8483"], Bounds::default()),
        dec("950351.02"),
    )
    .unwrap();
    assert_eq!(division.cents, vec![dec("712763.27"), dec("237587.75")]);
    // And the other way round, the earlier member is again the one that gets it.
    let division = divide(
        &terms(&["8483", "25449"], Bounds::default()),
        dec("950351.02"),
    )
    .unwrap();
    assert_eq!(division.cents, vec![dec("237587.76"), dec("712763.26")]);
}

#[test]
fn a_price_of_exactly_half_a_cent_rounds_away_from_zero() {
    let division = divide(&terms(&["588", "792"], Bounds::default()), dec("320.90")).unwrap();
    let price = division
        .factor
        .price(Decimal::ZERO, dec("483"), Bounds::default())
        .unwrap();
    assert_eq!(price, dec("112.32"));
}

fn own(weight: &str, base: &str, minimum: Option<&str>, maximum: Option<&str>) -> MemberTerms {
    MemberTerms {
        base: dec(base),
        weight: dec(weight),
        minimum: minimum.map(dec),
        maximum: maximum.map(dec),
    }
}

#[test]
fn each_member_keeps_its_own_bounds_and_says_which_holds_it() {
    // Three equal weights and 300: the first may pay at most 50, the last at least 130.
    let terms = [
        own("1", "0", None, Some("50")),
        own("1", "0", None, None),
        own("1", "0", Some("130"), None),
    ];
    let division = divide(&terms, dec("300")).unwrap();
    assert_eq!(division.cents, vec![dec("50"), dec("120"), dec("130")]);
    assert_eq!(
        division.held,
        vec![Some(Bound::Maximum), None, Some(Bound::Minimum)]
    );
}

#[test]
fn a_member_released_from_its_own_minimum_shares_again() {
    // Bases differ: the second starts at its minimum of 100 and leaves it when L passes 90.
    let terms = [own("1", "0", None, None), own("1", "10", Some("100"), None)];
    let division = divide(&terms, dec("300")).unwrap();
    assert_eq!(division.cents, vec![dec("145"), dec("155")]);
    assert_eq!(division.held, vec![None, None]);
}

#[test]
fn own_bounds_out_of_reach_say_what_can_be_collected_against_what_is_needed() {
    let capped = [
        own("1", "0", None, Some("50")),
        own("2", "0", None, Some("100")),
    ];
    assert_eq!(
        divide(&capped, dec("200")),
        Err(CalcError::TotalOutsideBounds {
            bound: Bound::Maximum,
            collectable: dec("150"),
            total: dec("200"),
        })
    );
    // An "at least" rounds up to the cent, so the sentence stays true.
    let raised = [
        own("1", "10.005", None, None),
        own("1", "0", Some("5"), None),
    ];
    assert_eq!(
        divide(&raised, dec("15")),
        Err(CalcError::TotalOutsideBounds {
            bound: Bound::Minimum,
            collectable: dec("15.01"),
            total: dec("15"),
        })
    );
}

#[test]
fn one_pair_of_bounds_for_all_keeps_the_uniform_messages() {
    let terms = |minimum, maximum| vec![own("1", "0", minimum, maximum); 20];
    assert!(matches!(
        divide(&terms(Some("6000"), None), dec("100000")),
        Err(CalcError::BoundsCannotBeMet {
            bound: Bound::Minimum,
            participants: 20,
            ..
        })
    ));
    assert!(matches!(
        divide(&terms(None, Some("4000")), dec("100000")),
        Err(CalcError::BoundsCannotBeMet {
            bound: Bound::Maximum,
            participants: 20,
            ..
        })
    ));
}
