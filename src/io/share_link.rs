//! Share links: the whole document in the URL fragment, so no server ever sees it. The fragment is
//! `bw1.` followed by the compact JSON of the document, deflated (raw DEFLATE, miniz_oxide) and written in
//! URL-safe base64 without padding. The number after `bw` is the link format version.
//!
//! A wervingslink (recruitment link) carries the same data after `bwp1.`: it opens the read-only prospect
//! page instead of the editor. Because the data is the same, the share link of the same document is the
//! wervingslink with its prefix changed ([`share_fragment_of`]), which the small first module can make
//! without a compressor.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

use super::json::{parse_bytes, ImportError, MAX_FILE_BYTES};
use crate::domain::document::{Document, FORMAT_VERSION, SCHEMA_PATH};

/// The link format this build writes and reads.
pub const LINK_VERSION: u32 = 1;
const PREFIX: &str = "bw";
/// The prefix of a wervingslink: `bwp1.<data>`.
const PROSPECT_PREFIX: &str = "bwp";

/// Above this many characters the interface tells the user to send the file instead. Browsers accept far
/// longer addresses, but e-mail programs, chat apps and intranet proxies are known to cut or refuse links
/// beyond about 8,000 characters (8,000 octets is also the minimum request line RFC 9110 asks servers to
/// support), and a link that arrives cut is worse than a file.
pub const MAX_LINK_CHARS: usize = 8_000;

/// A fragment longer than this cannot inflate to a document under the file limit at any sane ratio; it is
/// refused before decoding so a pasted monster cannot freeze the page.
const MAX_FRAGMENT_CHARS: usize = MAX_FILE_BYTES;

#[derive(Debug, Clone, PartialEq)]
pub enum LinkError {
    /// The fragment does not start with `bw<version>.`.
    NotALink,
    /// Made by a newer Bijdragewijzer.
    NewerVersion { found: u32 },
    /// Cut off or changed on the way: not base64, or not a deflate stream.
    Damaged,
    /// Inflates to more than a file may hold.
    TooLarge,
    /// The inside is not a valid document.
    Document(ImportError),
}

/// Whether an address fragment (with or without `#`) is meant as a share link. Section anchors such as
/// `#begroting` are not: a link starts with `bw` and a digit.
pub fn is_share_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(PREFIX)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

/// Whether an address fragment (with or without `#`) is a wervingslink: `bwp` and a digit.
pub fn is_prospect_fragment(fragment: &str) -> bool {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment
        .strip_prefix(PROSPECT_PREFIX)
        .and_then(|rest| rest.chars().next())
        .is_some_and(|c| c.is_ascii_digit())
}

/// The share link's fragment (without `#`) of the document a wervingslink's fragment carries: the same
/// data under the share link's prefix. `None` when the fragment is no wervingslink.
pub fn share_fragment_of(prospect_fragment: &str) -> Option<String> {
    let fragment = prospect_fragment
        .strip_prefix('#')
        .unwrap_or(prospect_fragment)
        .trim();
    is_prospect_fragment(fragment)
        .then(|| fragment.get(PROSPECT_PREFIX.len()..))
        .flatten()
        .map(|rest| format!("{PREFIX}{rest}"))
}

/// The fragment (without `#`) of the wervingslink of a document.
pub fn encode_prospect(document: &Document) -> String {
    let share = encode(document);
    let data = share.get(PREFIX.len()..).unwrap_or_default();
    format!("{PROSPECT_PREFIX}{data}")
}

/// A full wervingslink: the page address without its fragment, then `#` and the encoded document.
pub fn prospect_link(page_address: &str, document: &Document) -> String {
    let base = page_address.split('#').next().unwrap_or(page_address);
    format!("{base}#{}", encode_prospect(document))
}

/// Reads the document from a wervingslink's fragment (with or without `#`), with the checks of [`decode`].
pub fn decode_prospect(fragment: &str) -> Result<Document, LinkError> {
    decode(&share_fragment_of(fragment).ok_or(LinkError::NotALink)?)
}

/// The fragment (without `#`) that carries the document.
pub fn encode(document: &Document) -> String {
    let mut stamped = document.clone();
    stamped.schema = Some(SCHEMA_PATH.to_string());
    stamped.format_version = FORMAT_VERSION;
    // Compact rather than pretty: whitespace costs link length even after compression.
    let json = serde_json::to_vec(&stamped).unwrap_or_default();
    let deflated = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!(
        "{PREFIX}{LINK_VERSION}.{}",
        URL_SAFE_NO_PAD.encode(deflated)
    )
}

/// A full link: the page address without its fragment, then `#` and the encoded document.
pub fn link(page_address: &str, document: &Document) -> String {
    let base = page_address.split('#').next().unwrap_or(page_address);
    format!("{base}#{}", encode(document))
}

/// Reads the document from a fragment (with or without `#`).
pub fn decode(fragment: &str) -> Result<Document, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    let rest = fragment.strip_prefix(PREFIX).ok_or(LinkError::NotALink)?;
    let (version, payload) = rest.split_once('.').ok_or(LinkError::NotALink)?;
    if version.is_empty() || !version.chars().all(|c| c.is_ascii_digit()) {
        return Err(LinkError::NotALink);
    }
    // Ten digits and more are newer than anything: no need to parse them.
    let found: u32 = version.parse().unwrap_or(u32::MAX);
    if found > LINK_VERSION {
        return Err(LinkError::NewerVersion { found });
    }
    if found != LINK_VERSION {
        return Err(LinkError::NotALink);
    }
    if payload.len() > MAX_FRAGMENT_CHARS {
        return Err(LinkError::TooLarge);
    }
    let deflated = URL_SAFE_NO_PAD
        .decode(payload.as_bytes())
        .map_err(|_| LinkError::Damaged)?;
    let json = decompress_to_vec_with_limit(&deflated, MAX_FILE_BYTES).map_err(|error| {
        if error.status == TINFLStatus::HasMoreOutput {
            LinkError::TooLarge
        } else {
            LinkError::Damaged
        }
    })?;
    parse_bytes(&json).map_err(LinkError::Document)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::example::example;

    #[test]
    fn the_example_fits_in_a_link_and_comes_back() {
        let document = example();
        let fragment = encode(&document);
        assert!(fragment.starts_with("bw1."));
        assert!(fragment.len() < MAX_LINK_CHARS, "{} chars", fragment.len());
        let read = decode(&format!("#{fragment}")).expect("decodes");
        assert_eq!(read.scenarios, document.scenarios);
    }

    #[test]
    fn section_anchors_are_not_links() {
        assert!(!is_share_fragment("#begroting"));
        assert!(!is_share_fragment(""));
        assert!(is_share_fragment("#bw1.abc"));
        assert!(is_share_fragment("bw2.abc"));
    }

    #[test]
    fn damaged_links_say_why() {
        assert_eq!(decode("#begroting"), Err(LinkError::NotALink));
        assert_eq!(
            decode("#bw9.abc"),
            Err(LinkError::NewerVersion { found: 9 })
        );
        assert_eq!(decode("#bw1.@@@"), Err(LinkError::Damaged));
        assert_eq!(decode("#bw1.AAAA"), Err(LinkError::Damaged));
        let fragment = encode(&example());
        let cut = &fragment[..fragment.len() / 2];
        assert!(decode(cut).is_err());
    }

    #[test]
    fn a_wervingslink_carries_the_same_data_under_its_own_prefix() {
        let document = example();
        let share = encode(&document);
        let prospect = encode_prospect(&document);
        assert!(prospect.starts_with("bwp1."), "{prospect}");
        assert_eq!(prospect.get(3..), share.get(2..));
        assert_eq!(share_fragment_of(&format!("#{prospect}")), Some(share));
        assert_eq!(
            decode_prospect(&prospect).map(|read| read.scenarios),
            Ok(document.scenarios.clone())
        );
        let link = prospect_link("https://example.nl/bw/?x=1#bw1.old", &document);
        assert_eq!(link, format!("https://example.nl/bw/?x=1#{prospect}"));
    }

    #[test]
    fn the_two_link_kinds_are_told_apart() {
        assert!(is_prospect_fragment("#bwp1.abc"));
        assert!(is_prospect_fragment("bwp2.abc"));
        assert!(!is_prospect_fragment("#bw1.abc"));
        assert!(!is_prospect_fragment("#bwp"));
        assert!(!is_prospect_fragment("#bwpx.abc"));
        // A wervingslink is not a share link, so the editor never opens one as a draft.
        assert!(!is_share_fragment("#bwp1.abc"));
        assert_eq!(share_fragment_of("#bw1.abc"), None);
        assert_eq!(decode_prospect("#bw1.abc"), Err(LinkError::NotALink));
        assert_eq!(
            decode_prospect("#bwp9.abc"),
            Err(LinkError::NewerVersion { found: 9 })
        );
        assert_eq!(decode_prospect("#bwp1.@@@"), Err(LinkError::Damaged));
    }

    /// The small first module is built with `strict-decimals` (index.html): it must read every link the app
    /// writes, and it reads decimals only as JSON strings. `cargo test --features strict-decimals` runs this.
    #[cfg(feature = "strict-decimals")]
    #[test]
    fn the_strict_reader_reads_what_the_writer_writes_and_no_decimal_numbers() {
        let document = example();
        assert_eq!(
            decode(&encode(&document)).map(|read| read.scenarios),
            Ok(document.scenarios.clone())
        );
        let mut json: serde_json::Value = serde_json::to_value(&document).unwrap();
        json["rates"]["hourly_rate"] = serde_json::json!(100);
        let bytes = serde_json::to_vec(&json).unwrap();
        let deflated = miniz_oxide::deflate::compress_to_vec(&bytes, 9);
        let link = format!(
            "{PREFIX}{LINK_VERSION}.{}",
            URL_SAFE_NO_PAD.encode(deflated)
        );
        assert!(matches!(decode(&link), Err(LinkError::Document(_))));
    }

    #[test]
    fn a_zip_bomb_is_refused() {
        let huge = vec![b' '; MAX_FILE_BYTES + 10];
        let deflated = miniz_oxide::deflate::compress_to_vec(&huge, 9);
        let fragment = format!("bw1.{}", URL_SAFE_NO_PAD.encode(deflated));
        assert_eq!(decode(&fragment), Err(LinkError::TooLarge));
    }
}
