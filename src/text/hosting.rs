//! Strings of the page footer (version and build date) and of the notice that a new version is ready.

use super::Lang;

pub struct HostingTexts {
    pub lang: Lang,
    /// "Bijdragewijzer" "versie" 0.1.0
    pub version: &'static str,
    /// "gebouwd op" 29 november 2026
    pub built_on: &'static str,
    pub runs_locally: &'static str,
    pub file_format: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
}

pub static NL: HostingTexts = HostingTexts {
    lang: Lang::Nl,
    version: "versie",
    built_on: "gebouwd op",
    runs_locally: "Alles wordt in uw browser berekend en bewaard; er gaat niets naar een server.",
    file_format: "Beschrijving van het bestandsformaat (JSON Schema)",
    update_ready: "Er is een nieuwe versie. Uw concepten blijven bewaard.",
    update_reload: "Herladen",
};

pub static EN: HostingTexts = HostingTexts {
    lang: Lang::En,
    version: "version",
    built_on: "built on",
    runs_locally: "Everything is computed and kept in your browser; nothing is sent to a server.",
    file_format: "Description of the file format (JSON Schema)",
    update_ready: "A new version is available. Your drafts are kept.",
    update_reload: "Reload",
};
