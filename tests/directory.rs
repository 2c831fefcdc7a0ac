//! The built-in directory of municipalities: complete, credited, and found the way people type names.

use std::collections::BTreeSet;

use bijdragewijzer::domain::directory::refresh::{
    refresh_inhabitants, undo_refresh, uses_directory_figures, Group,
};
use bijdragewijzer::domain::directory::{directory, normalise, Directory, ALIASES, DATA};
use bijdragewijzer::domain::example::example;
use bijdragewijzer::domain::participants::{Municipality, ParticipantMode};
use rust_decimal::Decimal;

/// Facts of the source, CBS table 86247NED "Gebieden in Nederland 2026" as delivered in
/// gemeenten-2026.csv, counted once from that file when it was copied in (342 data lines; the sum of the
/// column "inwoners" is 18,130,208). They are written here, not computed by the code under test.
const MUNICIPALITIES: usize = 342;
const TOTAL_INHABITANTS: u64 = 18_130_208;

fn name_of(text: &str) -> Option<&'static str> {
    directory().find(text).map(|entry| entry.name)
}

fn municipality(name: &str, inhabitants: u32) -> Municipality {
    Municipality::new(name, Decimal::from(inhabitants))
}

#[test]
fn the_embedded_file_parses_and_is_complete() {
    let parsed = Directory::parse(DATA, ALIASES).expect("the embedded data file parses");
    assert_eq!(parsed.len(), MUNICIPALITIES);
    assert_eq!(parsed.total_inhabitants(), TOTAL_INHABITANTS);
    assert_eq!(
        directory().len(),
        MUNICIPALITIES,
        "the shared directory is the same"
    );
    let codes: BTreeSet<_> = parsed.entries().iter().map(|e| e.code).collect();
    assert_eq!(codes.len(), MUNICIPALITIES, "CBS codes are unique");
    assert!(parsed
        .entries()
        .iter()
        .all(|e| e.code.len() == 6 && e.code.starts_with("GM")));
    assert!(parsed.entries().iter().all(|e| e.inhabitants > 0));
    let provinces: BTreeSet<_> = parsed.entries().iter().map(|e| e.province).collect();
    assert_eq!(provinces.len(), 12, "the twelve provinces");
}

#[test]
fn names_are_unique_in_their_normal_form() {
    let keys: BTreeSet<_> = directory()
        .entries()
        .iter()
        .map(|e| normalise(e.name))
        .collect();
    assert_eq!(keys.len(), MUNICIPALITIES);
    // Every name finds itself.
    for entry in directory().entries() {
        assert_eq!(directory().find(entry.name), Some(entry));
    }
}

#[test]
fn the_file_carries_its_source_for_the_credit_line() {
    let source = directory().source();
    assert_eq!(source.publisher, "CBS");
    assert_eq!(source.table, "86247NED");
    assert_eq!(source.title, "Gebieden in Nederland 2026");
    assert_eq!(source.year, 2026);
    assert_eq!(source.licence, "CC BY 4.0");
}

#[test]
fn figures_are_those_of_the_source() {
    // A few lines of gemeenten-2026.csv, read off the file by hand.
    let expected = [
        ("GM0344", "Utrecht", "Utrecht", 378_121),
        ("GM0363", "Amsterdam", "Noord-Holland", 941_927),
        ("GM0088", "Schiermonnikoog", "Fryslân", 972),
        ("GM1900", "Súdwest-Fryslân", "Fryslân", 90_521),
        ("GM0796", "Den Bosch", "Noord-Brabant", 162_295),
        ("GM1680", "Aa en Hunze", "Drenthe", 26_062),
        ("GM0193", "Zwolle", "Overijssel", 134_147),
    ];
    for (code, name, province, inhabitants) in expected {
        let entry = directory().by_code(code).expect(code);
        assert_eq!(
            (entry.name, entry.province, entry.inhabitants),
            (name, province, inhabitants)
        );
        assert_eq!(entry.inhabitants_decimal(), Decimal::from(inhabitants));
    }
}

#[test]
fn lookup_ignores_case_accents_spaces_and_punctuation() {
    assert_eq!(name_of("Súdwest-Fryslân"), Some("Súdwest-Fryslân"));
    assert_eq!(name_of("sudwest fryslan"), Some("Súdwest-Fryslân"));
    assert_eq!(name_of("SUDWEST-FRYSLAN"), Some("Súdwest-Fryslân"));
    assert_eq!(name_of("noardeast fryslân"), Some("Noardeast-Fryslân"));
    assert_eq!(name_of("  utrecht "), Some("Utrecht"));
    assert_eq!(name_of("Bergen (NH)"), Some("Bergen (NH.)"));
    assert_eq!(name_of("bergen l"), Some("Bergen (L.)"));
    assert_eq!(
        name_of("Bergen"),
        None,
        "two municipalities are called Bergen"
    );
    assert_eq!(name_of("Utrecht (provincie)"), None);
    assert_eq!(name_of(""), None);
    assert_eq!(name_of("'s"), None);
}

#[test]
fn known_aliases_find_their_municipality() {
    assert_eq!(name_of("'s-Hertogenbosch"), Some("Den Bosch"));
    assert_eq!(name_of("s-hertogenbosch"), Some("Den Bosch"));
    assert_eq!(name_of("Den Bosch"), Some("Den Bosch"));
    assert_eq!(name_of("'s-Gravenhage"), Some("Den Haag"));
    assert_eq!(name_of("the hague"), Some("Den Haag"));
    assert_eq!(name_of("Nuenen"), Some("Nuenen, Gerwen en Nederwetten"));
    assert_eq!(name_of("Zuidwest-Friesland"), Some("Súdwest-Fryslân"));
}

#[test]
fn lookup_by_code() {
    assert_eq!(
        directory().by_code("gm0344").map(|e| e.name),
        Some("Utrecht")
    );
    assert_eq!(directory().by_code("344").map(|e| e.name), Some("Utrecht"));
    assert_eq!(directory().by_code("GM9999"), None);
    assert_eq!(directory().by_code("Utrecht"), None);
}

#[test]
fn type_ahead_puts_names_that_start_with_the_text_first() {
    let names = |query: &str| -> Vec<&str> {
        directory()
            .search(query, 8)
            .into_iter()
            .map(|e| e.name)
            .collect()
    };
    let found = names("ams");
    assert_eq!(&found[..2], ["Amstelveen", "Amsterdam"]);
    assert!(found.iter().all(|n| normalise(n).contains("ams")));
    // "Ede" starts only Ede; names with "ede" inside follow, alphabetically.
    let found = names("ede");
    assert_eq!(found.first(), Some(&"Ede"));
    assert!(found.contains(&"Nederweert") || found.contains(&"Neder-Betuwe"));
    // Accents and punctuation do not matter; an alias finds its municipality.
    assert_eq!(names("súdw"), ["Súdwest-Fryslân"]);
    assert_eq!(names("'s-Herto"), ["Den Bosch"]);
    let bergen = names("bergen");
    assert_eq!(
        bergen,
        [
            "Bergen (L.)",
            "Bergen (NH.)",
            "Bergen op Zoom",
            "Berg en Dal",
            "Haaksbergen",
            "Steenbergen",
            "Tubbergen"
        ],
        "whole words first, then the name without spaces, then inside a name"
    );
    // At most the limit, nothing for nothing.
    assert_eq!(directory().search("e", 5).len(), 5);
    assert!(names("").is_empty());
    assert!(names("xyzzy").is_empty());
    // A municipality found by its name and its alias comes once.
    assert_eq!(names("bosch"), ["Den Bosch"]);
}

#[test]
fn a_name_not_found_gets_the_closest_names() {
    let closest = |name: &str| -> Vec<&str> {
        directory()
            .closest(name, 3)
            .into_iter()
            .map(|e| e.name)
            .collect()
    };
    assert_eq!(closest("Amstrdam").first(), Some(&"Amsterdam"));
    assert_eq!(
        closest("Sudwest Friesland").first(),
        Some(&"Súdwest-Fryslân")
    );
    assert_eq!(closest("Den Hag").first(), Some(&"Den Haag"));
    assert_eq!(closest("Hertogenbosch").first(), Some(&"Den Bosch"));
    assert_eq!(closest("Zwol").first(), Some(&"Zwolle"));
    assert!(closest("Amstrdam").len() <= 3);
    // Nothing that merely shares a letter or two.
    assert!(closest("Qqqqqqqqqq").is_empty());
    assert!(closest("").is_empty());
}

#[test]
fn refresh_sets_directory_figures_and_reports_changes_and_unknown_names() {
    let mut document = example();
    document.participants.mode = ParticipantMode::List;
    document.participants.list = vec![
        municipality("Utrecht", 361_924),
        municipality("Ede", 125_331),
        municipality("Amstrdam", 900_000),
    ];
    document.growth.prospects = vec![municipality("sudwest fryslan", 0)];
    let before = document.clone();
    let refresh = refresh_inhabitants(&mut document, directory());
    let changed: Vec<_> = refresh
        .changed
        .iter()
        .map(|c| (c.group, c.name.as_str(), c.old, c.new))
        .collect();
    assert_eq!(
        changed,
        vec![
            (
                Group::List,
                "Utrecht",
                Decimal::from(361_924),
                Decimal::from(378_121)
            ),
            (
                Group::Prospects,
                "sudwest fryslan",
                Decimal::ZERO,
                Decimal::from(90_521)
            ),
        ]
    );
    assert_eq!(refresh.unchanged, 1, "Ede had the figure already");
    assert_eq!(refresh.not_found.len(), 1);
    assert_eq!(refresh.not_found[0].name, "Amstrdam");
    assert_eq!(refresh.not_found[0].closest.first(), Some(&"Amsterdam"));
    assert_eq!(
        document.participants.list[2].inhabitants,
        Decimal::from(900_000),
        "an unknown name keeps its figure"
    );
    assert_eq!(
        document.participants.list[0].inhabitants,
        Decimal::from(378_121)
    );

    // Undo restores what the refresh changed, but not a figure the user edited since.
    document.growth.prospects[0].inhabitants = Decimal::from(91_000);
    assert_eq!(undo_refresh(&mut document, &refresh), 1);
    assert_eq!(document.participants, before.participants);
    assert_eq!(
        document.growth.prospects[0].inhabitants,
        Decimal::from(91_000)
    );
}

#[test]
fn refresh_leaves_a_list_alone_that_the_document_does_not_use() {
    let mut document = example();
    document.participants.mode = ParticipantMode::Summary;
    document.participants.list = vec![municipality("Utrecht", 1)];
    let refresh = refresh_inhabitants(&mut document, directory());
    assert!(refresh.changed.is_empty());
    assert_eq!(document.participants.list[0].inhabitants, Decimal::ONE);
}

#[test]
fn the_credit_is_owed_only_when_a_directory_figure_is_used() {
    let own = [
        municipality("Utrecht", 360_000),
        municipality("Fictief", 1_000),
    ];
    assert!(!uses_directory_figures(&own, directory));
    let taken = [municipality("utrecht", 378_121)];
    assert!(uses_directory_figures(&taken, directory));
}

#[test]
fn a_rename_fills_inhabitants_but_keeps_a_typed_figure() {
    use bijdragewijzer::domain::directory::fill::{rename, NameFill};
    let dir = directory();
    // An empty figure is filled.
    let mut row = municipality("Nieuwe gemeente", 0);
    assert!(matches!(
        rename(&mut row, "Ede".into(), None, dir),
        NameFill::Filled(entry) if entry.name == "Ede"
    ));
    assert_eq!(row.inhabitants, Decimal::from(125_331));
    // Typing on: a name the directory does not know leaves the figure alone.
    assert_eq!(
        rename(&mut row, "Eda".into(), None, dir),
        NameFill::NotFound
    );
    assert_eq!(row.inhabitants, Decimal::from(125_331));
    // The figure this editor filled in a moment ago may be replaced.
    let filled = Some(Decimal::from(125_331));
    assert!(matches!(
        rename(&mut row, "Edam-Volendam".into(), filled, dir),
        NameFill::Filled(_)
    ));
    assert_eq!(row.inhabitants, Decimal::from(37_126));
    // The directory's figure of the old name may be replaced too.
    assert!(matches!(
        rename(&mut row, "Utrecht".into(), None, dir),
        NameFill::Filled(_)
    ));
    assert_eq!(row.inhabitants, Decimal::from(378_121));
    // A figure the user typed stays, and the directory's is reported.
    row.inhabitants = Decimal::from(360_000);
    assert!(matches!(
        rename(&mut row, "Zwolle".into(), None, dir),
        NameFill::Kept(entry) if entry.inhabitants == 134_147
    ));
    assert_eq!(row.inhabitants, Decimal::from(360_000));
    assert_eq!(row.name, "Zwolle");
    // The same figure is no change.
    row.inhabitants = Decimal::from(134_147);
    assert!(matches!(
        rename(&mut row, "zwolle".into(), None, dir),
        NameFill::Same(_)
    ));
}
