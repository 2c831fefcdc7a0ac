//! The built-in directory of Dutch municipalities: name, CBS code, province and inhabitants, from one data
//! file that the build embeds (`gemeenten.csv`, with its source and licence in its leading lines) and a
//! short list of other names they are known by (`aliassen.csv`). Next year's figures replace that one
//! file; the credit line the interface shows is read from it.
//!
//! Names are compared in a normal form that ignores case, accents, spaces and punctuation, so
//! "sudwest fryslan" finds "Súdwest-Fryslân" and "s-hertogenbosch" finds "'s-Hertogenbosch". The
//! directory is parsed on first use, once; it is plain Rust, usable from the app and the first module.

use std::sync::OnceLock;

use rust_decimal::Decimal;

pub mod fill;
pub mod refresh;

/// The embedded data file.
pub const DATA: &str = include_str!("gemeenten.csv");
/// Other names of municipalities, by CBS code.
pub const ALIASES: &str = include_str!("aliassen.csv");

/// One municipality as the directory knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The CBS code, "GM0344".
    pub code: &'static str,
    pub name: &'static str,
    pub province: &'static str,
    pub inhabitants: u32,
}

impl Entry {
    /// The inhabitants as the calculation core counts them.
    pub fn inhabitants_decimal(&self) -> Decimal {
        Decimal::from(self.inhabitants)
    }
}

/// Where the figures come from, as the data file says in its leading lines; CC BY requires this credit
/// wherever the figures are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Source {
    /// "CBS".
    pub publisher: &'static str,
    /// "86247NED".
    pub table: &'static str,
    /// "Gebieden in Nederland 2026".
    pub title: &'static str,
    /// The reference year of the figures.
    pub year: u16,
    /// "CC BY 4.0".
    pub licence: &'static str,
    pub licence_url: &'static str,
}

/// What is wrong with a data file, with its line number (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DataError {
    /// A leading line the source needs is missing ("bron", "tabel", "titel", "jaar", "licentie").
    MissingSourceLine(&'static str),
    /// The column header is not "code;naam;provincie;inwoners".
    UnexpectedHeader { line: usize },
    /// A data line without four fields, an empty name or code, or inhabitants that are not a whole number.
    BadLine { line: usize },
    /// An alias names a code the directory does not hold.
    UnknownAliasCode { line: usize },
}

/// The municipalities, in the order of the data file (alphabetical), with an index on their normal names.
#[derive(Debug, Default)]
pub struct Directory {
    source: Source,
    entries: Vec<Entry>,
    /// Every name in normal form, in the order of the entries, then every alias. Looked through from start
    /// to end rather than sorted for binary search: 400 short strings take microseconds, and the sorting
    /// code would weigh some 12 KB in the small first module that draws the prospect page.
    index: Vec<IndexEntry>,
}

#[derive(Debug, PartialEq, Eq)]
struct IndexEntry {
    /// The normal form, "bergennh".
    key: String,
    /// The same with word breaks kept, "bergen nh", so that typing "bergen" ranks "Bergen (NH.)" above
    /// "Berg en Dal".
    words: String,
    /// Position of the entry.
    position: usize,
}

impl IndexEntry {
    fn new(name: &str, position: usize) -> IndexEntry {
        IndexEntry {
            key: normalise(name),
            words: words(name),
            position,
        }
    }
}

const COLUMNS: &str = "code;naam;provincie;inwoners";

/// How many names a name field offers at most while the user types: enough to find a name by its first
/// letters, few enough to need no scrolling.
pub const SUGGESTIONS: usize = 8;
/// How many closest names a name that nothing contains gets ("Bedoelt u:").
pub const CLOSEST: usize = 3;

/// What a name field offers for what was typed ([`Directory::suggest`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMatches<'a> {
    pub entries: Vec<&'a Entry>,
    /// Nothing contains what was typed: these are the [`CLOSEST`] closest names.
    pub closest: bool,
}

/// The directory built into the app, parsed on first use. Should the embedded file ever not parse (the
/// tests make sure it does), the directory is empty rather than the app broken.
pub fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY.get_or_init(|| Directory::parse(DATA, ALIASES).unwrap_or_default())
}

impl Directory {
    /// Reads a data file and its aliases.
    pub fn parse(data: &'static str, aliases: &'static str) -> Result<Directory, DataError> {
        let mut source = Source::default();
        let mut entries = Vec::new();
        let mut header_seen = false;
        for (index, raw) in data.lines().enumerate() {
            let line = raw.trim_end_matches('\r').trim();
            let number = index + 1;
            if line.is_empty() {
                continue;
            }
            if let Some(comment) = line.strip_prefix('#') {
                if let Some((key, value)) = comment.split_once(':') {
                    let value = value.trim();
                    match key.trim() {
                        "bron" => source.publisher = value,
                        "tabel" => source.table = value,
                        "titel" => source.title = value,
                        "jaar" => source.year = value.parse().unwrap_or(0),
                        "licentie" => source.licence = value,
                        "licentie-url" => source.licence_url = value,
                        _ => {}
                    }
                }
                continue;
            }
            if !header_seen {
                if !line.eq_ignore_ascii_case(COLUMNS) {
                    return Err(DataError::UnexpectedHeader { line: number });
                }
                header_seen = true;
                continue;
            }
            entries.push(parse_entry(line).ok_or(DataError::BadLine { line: number })?);
        }
        let required = [
            ("bron", source.publisher.is_empty()),
            ("tabel", source.table.is_empty()),
            ("titel", source.title.is_empty()),
            ("jaar", source.year == 0),
            ("licentie", source.licence.is_empty()),
        ];
        if let Some((name, _)) = required.iter().find(|(_, missing)| *missing) {
            return Err(DataError::MissingSourceLine(name));
        }
        let mut index: Vec<IndexEntry> = entries
            .iter()
            .enumerate()
            .map(|(position, entry)| IndexEntry::new(entry.name, position))
            .collect();
        for (line_index, raw) in aliases.lines().enumerate() {
            let line = raw.trim_end_matches('\r').trim();
            if line.is_empty() || line.starts_with('#') || line.eq_ignore_ascii_case("naam;code") {
                continue;
            }
            let number = line_index + 1;
            let (alias, code) = line
                .split_once(';')
                .ok_or(DataError::BadLine { line: number })?;
            let position = entries
                .iter()
                .position(|e| e.code.eq_ignore_ascii_case(code.trim()))
                .ok_or(DataError::UnknownAliasCode { line: number })?;
            index.push(IndexEntry::new(alias, position));
        }
        // Sorted by key (stably, so a name comes before an alias of the same form) for `find`, which the
        // yearly cycle asks once per member on every edit; searching ranks by entry, not by index order.
        index.sort_by(|a, b| a.key.cmp(&b.key));
        Ok(Directory {
            source,
            entries,
            index,
        })
    }

    pub fn source(&self) -> &Source {
        &self.source
    }

    /// Every municipality, in alphabetical order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The sum of all inhabitants.
    pub fn total_inhabitants(&self) -> u64 {
        self.entries.iter().map(|e| u64::from(e.inhabitants)).sum()
    }

    /// The municipality with this name or alias, ignoring case, accents, spaces and punctuation.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        let key = normalise(name);
        if key.is_empty() {
            return None;
        }
        let first = self.index.partition_point(|probe| probe.key < key);
        let found = self.index.get(first).filter(|probe| probe.key == key)?;
        self.entries.get(found.position)
    }

    /// The municipality with this CBS code: "GM0344", "gm0344", "0344" or "344".
    pub fn by_code(&self, code: &str) -> Option<&Entry> {
        let wanted = code_number(code)?;
        self.entries
            .iter()
            .find(|entry| code_number(entry.code) == Some(wanted))
    }

    /// Type-ahead: municipalities whose name or alias contains what was typed, ranked: those whose words
    /// start with it, then those that start with it once spaces and punctuation are left out, then the
    /// rest; each group in alphabetical order; at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&Entry> {
        let key = normalise(query);
        if key.is_empty() || limit == 0 {
            return Vec::new();
        }
        let query_words = words(query);
        // The best rank of each entry over its name and aliases; NONE where neither matches.
        const NONE: u8 = u8::MAX;
        let mut ranks = vec![NONE; self.entries.len()];
        for item in &self.index {
            let rank = if item.words.starts_with(&query_words) {
                0
            } else if item.key.starts_with(&key) {
                1
            } else if item.key.contains(&key) {
                2
            } else {
                continue;
            };
            if let Some(best) = ranks.get_mut(item.position) {
                *best = (*best).min(rank);
            }
        }
        // By rank, then by position: the alphabetical order of the file.
        (0..=2u8)
            .flat_map(|rank| {
                ranks
                    .iter()
                    .enumerate()
                    .filter(move |(_, found)| **found == rank)
                    .map(|(position, _)| position)
            })
            .filter_map(|position| self.entries.get(position))
            .take(limit)
            .collect()
    }

    /// What a name field offers for what was typed, the same in the editors and on the prospect page: the
    /// municipalities whose names contain it ([`Directory::search`], at most `limit`, without those `keep`
    /// turns down), or, when none is left, the [`CLOSEST`] closest names.
    pub fn suggest(
        &self,
        query: &str,
        limit: usize,
        keep: impl Fn(&Entry) -> bool,
    ) -> NameMatches<'_> {
        let entries: Vec<&Entry> = self
            .search(query, limit)
            .into_iter()
            .filter(|entry| keep(entry))
            .collect();
        if !entries.is_empty() {
            return NameMatches {
                entries,
                closest: false,
            };
        }
        NameMatches {
            entries: self.closest(query, CLOSEST),
            closest: true,
        }
    }

    /// For a name that is not found: the municipalities whose names (or aliases) are closest to it by edit
    /// distance on the normal forms, nearest first; at most `limit`, and none that share too little with it
    /// to be a likely typing mistake.
    pub fn closest(&self, name: &str, limit: usize) -> Vec<&Entry> {
        let key: Vec<char> = normalise(name).chars().collect();
        if key.is_empty() {
            return Vec::new();
        }
        // The smallest distance of each entry over its name and aliases, where close enough.
        let mut best: Vec<Option<usize>> = vec![None; self.entries.len()];
        let mut row = Vec::new();
        for item in &self.index {
            let candidate: Vec<char> = item.key.chars().collect();
            let distance = edit_distance(&key, &candidate, &mut row);
            // At most about a third of the longer name may differ: "Amstrdam" is Amsterdam, "Zoetermeer"
            // is not Zaltbommel.
            let longer = key.len().max(candidate.len());
            if distance * 3 > longer + 2 {
                continue;
            }
            if let Some(slot) = best.get_mut(item.position) {
                *slot = Some(slot.map_or(distance, |known| known.min(distance)));
            }
        }
        // Nearest first, ties in alphabetical order: the smallest (distance, position) each time.
        let mut nearest = Vec::new();
        while nearest.len() < limit {
            let next = best
                .iter()
                .enumerate()
                .filter_map(|(position, distance)| distance.map(|distance| (distance, position)))
                .min();
            let Some((_, position)) = next else {
                break;
            };
            if let Some(slot) = best.get_mut(position) {
                *slot = None;
            }
            nearest.extend(self.entries.get(position));
        }
        nearest
    }
}

fn parse_entry(line: &'static str) -> Option<Entry> {
    let mut fields = line.split(';').map(str::trim);
    let code = fields.next().filter(|c| !c.is_empty())?;
    let name = fields.next().filter(|n| !n.is_empty())?;
    let province = fields.next()?;
    let inhabitants = fields.next()?.parse().ok()?;
    if fields.next().is_some() {
        return None;
    }
    Some(Entry {
        code,
        name,
        province,
        inhabitants,
    })
}

fn code_number(code: &str) -> Option<u16> {
    let code = code.trim();
    let digits = match code.get(..2) {
        Some(prefix) if prefix.eq_ignore_ascii_case("gm") => code.get(2..)?,
        _ => code,
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The form in which names are compared: lower case, accents taken off, only letters and digits.
/// "'s-Hertogenbosch" and "s Hertogenbosch" both become "shertogenbosch", "Súdwest-Fryslân" "sudwestfryslan".
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        match plain(c) {
            Plain::Ascii(c) => out.push(c),
            Plain::Folded(letters) => out.push_str(letters),
            Plain::Other(c) => out.push(c),
            Plain::Gap => {}
        }
    }
    out
}

/// Lower case without accents, with one space wherever the name has spaces or punctuation:
/// "Bergen (NH.)" becomes "bergen nh".
fn words(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        let letters = plain(c);
        if letters == Plain::Gap {
            gap = true;
            continue;
        }
        if gap && !out.is_empty() {
            out.push(' ');
        }
        gap = false;
        match letters {
            Plain::Ascii(c) | Plain::Other(c) => out.push(c),
            Plain::Folded(letters) => out.push_str(letters),
            Plain::Gap => {}
        }
    }
    out
}

/// One character of a name in the normal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plain {
    /// A letter or digit of ASCII, in lower case.
    Ascii(char),
    /// A letter with an accent (or a ligature), as plain lower-case letters.
    Folded(&'static str),
    /// Any other letter, as it is.
    Other(char),
    /// A space or punctuation mark, or an accent on its own.
    Gap,
}

/// Classifies a character without the standard library's Unicode tables (`char::to_lowercase`,
/// `char::is_alphanumeric`): those weigh some 25 KB in the small first module that draws the prospect page,
/// and Dutch names need no more than ASCII, the accented Latin letters of [`fold`] and punctuation.
fn plain(c: char) -> Plain {
    if c.is_ascii_alphanumeric() {
        return Plain::Ascii(c.to_ascii_lowercase());
    }
    if c.is_ascii() {
        return Plain::Gap;
    }
    if let Some(letters) = fold(c) {
        return Plain::Folded(letters);
    }
    let punctuation = c <= '\u{bf}'
        || c == '\u{d7}'
        || c == '\u{f7}'
        // Modifier letters (ʼ, ˈ) and combining accents.
        || ('\u{2b0}'..='\u{36f}').contains(&c)
        // General punctuation (dashes, quotation marks, spaces), currency signs, arrows and other symbols.
        || ('\u{2000}'..='\u{2bff}').contains(&c)
        || ('\u{3000}'..='\u{303f}').contains(&c)
        || ('\u{fe00}'..='\u{fe0f}').contains(&c)
        || c == '\u{feff}';
    if punctuation {
        Plain::Gap
    } else {
        Plain::Other(c)
    }
}

/// The plain lower-case letters of a letter with an accent (or a ligature), either case, as Dutch names
/// use them.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' => "a",
        'ç' | 'ć' | 'č' | 'Ç' | 'Ć' | 'Č' => "c",
        'ď' | 'đ' | 'ð' | 'Ď' | 'Đ' | 'Ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ė' | 'Ę' | 'Ě' => "e",
        'ğ' | 'Ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ī' | 'Į' | 'İ' => "i",
        'ĺ' | 'ľ' | 'ł' | 'Ĺ' | 'Ľ' | 'Ł' => "l",
        'ñ' | 'ń' | 'ň' | 'Ñ' | 'Ń' | 'Ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ő' => "o",
        'ŕ' | 'ř' | 'Ŕ' | 'Ř' => "r",
        'ś' | 'š' | 'ş' | 'Ś' | 'Š' | 'Ş' => "s",
        'ť' | 'ţ' | 'Ť' | 'Ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ū' | 'Ů' | 'Ű' | 'Ų' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'ź' | 'ż' | 'ž' | 'Ź' | 'Ż' | 'Ž' => "z",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' | 'ẞ' => "ss",
        'ĳ' | 'Ĳ' => "ij",
        _ => return None,
    })
}

/// Levenshtein distance; `row` is scratch space reused between calls.
fn edit_distance(a: &[char], b: &[char], row: &mut Vec<usize>) -> usize {
    row.clear();
    row.extend(0..=b.len());
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = i;
        let mut left = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let up = row.get(j + 1).copied().unwrap_or(usize::MAX);
            let cost = diagonal + usize::from(ca != cb);
            let value = cost.min(up + 1).min(left + 1);
            diagonal = up;
            if let Some(cell) = row.get_mut(j + 1) {
                *cell = value;
            }
            left = value;
        }
        if let Some(first) = row.first_mut() {
            *first = i + 1;
        }
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: &str, b: &str) -> usize {
        let a: Vec<char> = a.chars().collect();
        let b: Vec<char> = b.chars().collect();
        edit_distance(&a, &b, &mut Vec::new())
    }

    #[test]
    fn edit_distance_counts_single_changes() {
        assert_eq!(distance("", ""), 0);
        assert_eq!(distance("abc", ""), 3);
        assert_eq!(distance("", "ab"), 2);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("amstrdam", "amsterdam"), 1);
        assert_eq!(distance("flaw", "lawn"), 2);
    }

    #[test]
    fn normal_form_drops_case_accents_and_punctuation() {
        assert_eq!(normalise("Súdwest-Fryslân"), "sudwestfryslan");
        assert_eq!(normalise("'s-Hertogenbosch"), "shertogenbosch");
        assert_eq!(normalise("Bergen (NH.)"), "bergennh");
        assert_eq!(normalise("  IJsselstein "), "ijsselstein");
        assert_eq!(normalise("Ĳsselstein"), "ijsselstein");
        assert_eq!(
            normalise("Nuenen, Gerwen en Nederwetten"),
            "nuenengerwenennederwetten"
        );
        assert_eq!(normalise("--"), "");
        assert_eq!(normalise("SÚDWEST–FRYSLÂN"), "sudwestfryslan");
        assert_eq!(normalise("\u{2019}s-Hertogenbosch"), "shertogenbosch");
        assert_eq!(normalise("Ede\u{a0}(Gld)"), "edegld");
        assert_eq!(words("Bergen (NH.)"), "bergen nh");
        assert_eq!(words("  ÉÉN – twee "), "een twee");
    }

    #[test]
    fn suggestions_are_the_names_that_contain_the_text_or_else_the_closest() {
        let found = directory().suggest("amst", SUGGESTIONS, |_| true);
        assert!(!found.closest);
        assert_eq!(found.entries.first().map(|e| e.name), Some("Amstelveen"));
        let without = directory().suggest("amst", SUGGESTIONS, |e| e.name != "Amstelveen");
        assert!(without.entries.iter().all(|e| e.name != "Amstelveen"));
        let misspelt = directory().suggest("Amstrdm", SUGGESTIONS, |_| true);
        assert!(misspelt.closest);
        assert_eq!(misspelt.entries.first().map(|e| e.name), Some("Amsterdam"));
        assert!(misspelt.entries.len() <= CLOSEST);
        // Nothing left once `keep` turns down every match: the closest names, unfiltered.
        let none_kept = directory().suggest("amsterdam", SUGGESTIONS, |_| false);
        assert!(none_kept.closest);
        assert!(directory()
            .suggest("", SUGGESTIONS, |_| true)
            .entries
            .is_empty());
    }

    #[test]
    fn codes_are_read_with_or_without_prefix() {
        assert_eq!(code_number("GM0344"), Some(344));
        assert_eq!(code_number("gm0344"), Some(344));
        assert_eq!(code_number("344"), Some(344));
        assert_eq!(code_number("GM"), None);
        assert_eq!(code_number("GMx1"), None);
        assert_eq!(code_number("é"), None);
    }

    #[test]
    fn a_data_file_without_its_source_is_refused() {
        let data = "code;naam;provincie;inwoners\nGM0001;A;P;10\n";
        assert_eq!(
            Directory::parse(data, "").err(),
            Some(DataError::MissingSourceLine("bron"))
        );
        let data = "# bron: X\n# tabel: T\n# titel: Titel\n# jaar: 2030\n# licentie: L\ncode;naam;provincie;inwoners\nGM0001;A;P;tien\n";
        assert_eq!(
            Directory::parse(data, "").err(),
            Some(DataError::BadLine { line: 7 })
        );
        let data = "# bron: X\n# tabel: T\n# titel: Titel\n# jaar: 2030\n# licentie: L\ncode;naam;provincie;inwoners\nGM0001;A;P;10\n";
        let parsed = Directory::parse(data, "naam;code\nB;GM0001\n").unwrap();
        assert_eq!(parsed.source().year, 2030);
        assert_eq!(parsed.find("b").map(|e| e.name), Some("A"));
        assert_eq!(
            Directory::parse(data, "C;GM0002").err(),
            Some(DataError::UnknownAliasCode { line: 1 })
        );
    }
}
