//! Share links: the decoder never panics on any string, and a link brings back the same document.

mod support;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::validation::validate;
use bijdragewijzer::io::share_link::{decode, encode, link, LinkError, MAX_LINK_CHARS};
use proptest::prelude::*;
use support::documents::{stamped, valid_document};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn the_decoder_never_panics_on_arbitrary_strings(text in "\\PC{0,300}") {
        let _ = decode(&text);
    }

    #[test]
    fn the_decoder_never_panics_on_arbitrary_base64(text in "#?bw[0-9]{0,3}\\.[A-Za-z0-9_=+/-]{0,300}") {
        let _ = decode(&text);
    }

    /// Valid base64 and valid deflate of random bytes: the JSON and document checks must hold too.
    #[test]
    fn the_decoder_never_panics_on_deflated_garbage(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let deflated = miniz_oxide::deflate::compress_to_vec(&bytes, 6);
        let _ = decode(&format!("bw1.{}", URL_SAFE_NO_PAD.encode(deflated)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn link_then_document_is_identical(original in valid_document()) {
        prop_assume!(validate(&original).is_empty());
        let address = link("https://example.org/bijdragewijzer/#begroting", &original);
        prop_assert!(address.starts_with("https://example.org/bijdragewijzer/#bw1."));
        let fragment = address.split_once('#').unwrap().1;
        prop_assert_eq!(decode(fragment).expect("decodes"), stamped(&original));
    }

    /// A link cut short anywhere (a mail program wrapping it) is refused, never half read.
    #[test]
    fn a_cut_link_is_refused(original in valid_document(), keep in 0.0f64..1.0) {
        prop_assume!(validate(&original).is_empty());
        let fragment = encode(&original);
        let cut = (fragment.len() as f64 * keep) as usize;
        prop_assume!(cut < fragment.len());
        prop_assert!(decode(&fragment[..cut]).is_err());
    }
}

#[test]
fn the_example_link_is_well_under_the_limit() {
    let length = link("https://bijdragewijzer.example/", &example()).len();
    assert!(length < MAX_LINK_CHARS / 2, "{length}");
}

#[test]
fn a_link_with_a_bad_document_names_the_field() {
    let mut document = example();
    document.scenarios[0].reserve_percent = 500.into();
    let fragment = encode(&document);
    match decode(&fragment) {
        Err(LinkError::Document(bijdragewijzer::io::json::ImportError::Invalid(problems))) => {
            assert_eq!(problems[0].path, "scenarios[0].reserve_percent");
        }
        other => panic!("expected invalid values, got {other:?}"),
    }
}

/// The ways to pay travel in a link: months of joining and leaving, work in kind both ways, tariffs with
/// their classes and marginal bands.
#[test]
fn the_ways_to_pay_survive_a_link() {
    use bijdragewijzer::domain::key::KeyKind;
    use bijdragewijzer::domain::participants::{Municipality, ParticipantMode};
    use bijdragewijzer::domain::ways_to_pay::in_kind::{InKindItem, InKindValue};
    use bijdragewijzer::domain::ways_to_pay::tariffs::TariffClass;
    use rust_decimal::Decimal;

    let mut original = example();
    original.participants.mode = ParticipantMode::List;
    let mut joiner = Municipality::new("Laatkomer", Decimal::from(10_000));
    joiner.joins_in_month = Some(4);
    joiner.leaves_after_month = Some(11);
    let mut in_kind = Municipality::new("Middenstad", Decimal::from(50_000));
    in_kind.in_kind = vec![
        InKindItem {
            description: "Ontwikkelaar".into(),
            value: InKindValue::Hours {
                hours: Decimal::from(200),
            },
        },
        InKindItem {
            description: "Testomgeving".into(),
            value: InKindValue::Amount {
                amount: Decimal::new(125_050, 2),
            },
        },
    ];
    original.participants.list = vec![
        Municipality::new("Grootstad", Decimal::from(320_000)),
        in_kind,
        joiner,
    ];
    original.key.kind = KeyKind::Tariffs;
    original.key.marginal = true;
    original.key.tariffs = vec![
        TariffClass {
            name: "Klein".into(),
            from_inhabitants: Decimal::ZERO,
            amount: Some(Decimal::from(2_500)),
        },
        TariffClass {
            name: "G4".into(),
            from_inhabitants: Decimal::from(300_000),
            amount: Some(Decimal::from(40_000)),
        },
    ];
    assert_eq!(validate(&original), vec![]);
    let decoded = decode(&encode(&original)).expect("decodes");
    assert_eq!(decoded, stamped(&original));
    assert_eq!(decoded.participants.list[2].joins_in_month, Some(4));
    assert_eq!(decoded.participants.list[1].in_kind.len(), 2);
    assert_eq!(decoded.key.tariffs.len(), 2);
    assert!(decoded.key.marginal);
}
