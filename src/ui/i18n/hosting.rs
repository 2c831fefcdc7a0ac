//! Strings of the page footer (version and build date) and of the notice that a new version is ready.

use super::Lang;

pub struct HostingTexts {
    /// "Bijdragewijzer" "versie" 0.1.0
    pub version: &'static str,
    /// "gebouwd op" 29 november 2026
    pub built_on: &'static str,
    /// January to December.
    pub months: [&'static str; 12],
    pub runs_locally: &'static str,
    pub file_format: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
}

pub static NL: HostingTexts = HostingTexts {
    version: "versie",
    built_on: "gebouwd op",
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    runs_locally: "Alles wordt in uw browser berekend en bewaard; er gaat niets naar een server.",
    file_format: "Beschrijving van het bestandsformaat (JSON Schema)",
    update_ready: "Er is een nieuwe versie. Uw concepten blijven bewaard.",
    update_reload: "Herladen",
};

pub static EN: HostingTexts = HostingTexts {
    version: "version",
    built_on: "built on",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    runs_locally: "Everything is computed and kept in your browser; nothing is sent to a server.",
    file_format: "Description of the file format (JSON Schema)",
    update_ready: "A new version is available. Your drafts are kept.",
    update_reload: "Reload",
};

impl HostingTexts {
    /// A `YYYY-MM-DD` date as people write it: "29 november 2026". Anything else is shown as it is.
    pub fn date(&self, iso: &str) -> String {
        let mut parts = iso.split('-').map(str::parse::<usize>);
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(Ok(year)), Some(Ok(month)), Some(Ok(day)), None) => {
                match month
                    .checked_sub(1)
                    .and_then(|index| self.months.get(index))
                {
                    Some(name) => format!("{day} {name} {year}"),
                    None => iso.to_string(),
                }
            }
            _ => iso.to_string(),
        }
    }
}

impl Lang {
    /// Strings of the footer and the update notice.
    pub fn hosting(self) -> &'static HostingTexts {
        match self {
            Lang::Nl => &NL,
            Lang::En => &EN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out() {
        assert_eq!(NL.date("2026-11-29"), "29 november 2026");
        assert_eq!(EN.date("2027-01-05"), "5 January 2027");
        assert_eq!(NL.date("2026-13-01"), "2026-13-01");
        assert_eq!(NL.date("2026-00-01"), "2026-00-01");
        assert_eq!(NL.date("gisteren"), "gisteren");
    }
}
