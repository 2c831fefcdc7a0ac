//! The names of the generated texts as files (the download itself is `io::download`).

/// "wervingstekst-2027.txt": the text's base name with the budget year when there is one.
pub fn text_file_name(base: &str, budget_year: Option<u16>) -> String {
    match budget_year {
        Some(year) => format!("{base}-{year}.txt"),
        None => format!("{base}.txt"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_carry_the_budget_year_when_known() {
        assert_eq!(
            text_file_name("wervingstekst", Some(2027)),
            "wervingstekst-2027.txt"
        );
        assert_eq!(text_file_name("proposal", None), "proposal.txt");
    }
}
