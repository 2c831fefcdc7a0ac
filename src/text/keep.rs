//! Strings of drafts, JSON files, share links, CSV, print and offline use.

use super::Lang;
use crate::domain::notation::format_number;
use crate::io::csv::{ChangesCsvLabels, CsvLabels, CycleCsvLabels};
use crate::io::json::{ImportError, MAX_FILE_BYTES};
use crate::io::share_link::LinkError;
use crate::state::notice::Notice;
use rust_decimal::Decimal;

pub struct KeepTexts {
    /// The language these texts are in, for the messages with figures filled in (methods below).
    pub lang: Lang,
    pub bar_label: &'static str,
    pub document_name: &'static str,
    pub drafts_heading: &'static str,
    pub drafts_hint: &'static str,
    pub open_marker: &'static str,
    pub open: &'static str,
    pub duplicate: &'static str,
    pub rename: &'static str,
    pub rename_label: &'static str,
    pub rename_save: &'static str,
    pub cancel: &'static str,
    pub delete: &'static str,
    pub undo: &'static str,
    pub copy_suffix: &'static str,
    pub new_blank: &'static str,
    pub example: &'static str,
    pub export_json: &'static str,
    pub import_file: &'static str,
    pub drop_hint: &'static str,
    pub share_link: &'static str,
    pub link_label: &'static str,
    pub copy_link: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub export_csv: &'static str,
    pub print: &'static str,
    pub dismiss: &'static str,
    pub download_raw: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_full: &'static str,
    pub conflict: &'static str,
    pub reload_newest: &'static str,
    pub keep_as_copy: &'static str,
    pub no_results: &'static str,
    pub csv: CsvLabels,
}

pub static NL: KeepTexts = KeepTexts {
    lang: Lang::Nl,
    bar_label: "Bewaren en delen",
    document_name: "Naam van dit concept",
    drafts_heading: "Concepten in deze browser",
    drafts_hint: "Elke wijziging wordt kort na het typen in deze browser bewaard.",
    open_marker: "geopend",
    open: "Openen",
    duplicate: "Dupliceren",
    rename: "Naam wijzigen",
    rename_label: "Nieuwe naam",
    rename_save: "Naam opslaan",
    cancel: "Annuleren",
    delete: "Verwijderen",
    undo: "Ongedaan maken",
    copy_suffix: " (kopie)",
    new_blank: "Nieuw, leeg",
    example: "Voorbeeld openen",
    export_json: "Exporteer als bestand (JSON)",
    import_file: "Open een bestand (JSON)",
    drop_hint: "U kunt een .json-bestand ook op de pagina slepen. Het opent als nieuw concept.",
    share_link: "Maak een deellink",
    link_label: "Deellink (het hele document zit in de link; er gaat niets naar een server)",
    copy_link: "Kopieer de link",
    copied: "De link is gekopieerd.",
    copy_failed: "Kopiëren lukte niet; selecteer de link en kopieer hem zelf.",
    export_csv: "Exporteer resultaten (CSV voor Excel)",
    print: "Afdrukken of opslaan als PDF",
    dismiss: "Sluiten",
    download_raw: "Download de opgeslagen tekst",
    storage_unavailable: "Deze browser staat niet toe dat de Bijdragewijzer gegevens bewaart (bijvoorbeeld in een privévenster). U kunt gewoon verder werken, maar na het sluiten is het werk weg: exporteer het als bestand.",
    storage_full: "De opslag van deze browser is vol; de laatste wijzigingen zijn niet bewaard. U kunt verder werken: exporteer het werk als bestand of verwijder oude concepten.",
    conflict: "Dit concept is in een ander tabblad gewijzigd en opgeslagen. Uw wijzigingen hier worden pas bewaard als u kiest.",
    reload_newest: "Laad de nieuwste versie",
    keep_as_copy: "Bewaar mijn versie als kopie",
    no_results: "Er is nog geen CSV te maken: het document bevat fouten. Herstel eerst de gemelde velden.",
    csv: CsvLabels {
        scenario: "Scenario",
        variant: "Variant",
        key: "Verdeelsleutel",
        who: "Deelnemer of referentiegemeente",
        count: "Aantal gemeenten",
        inhabitants: "Inwoners",
        contribution: "Bijdrage per gemeente (EUR)",
        custom_work: "Maatwerk per gemeente (EUR)",
        total: "Totaal per gemeente (EUR)",
        bound: "Grens",
        variant_current: "A: huidige deelnemers",
        variant_grown: "B: na groei",
        reference_suffix: " (referentiegemeente)",
        average_municipality: "Gemeente van gemiddelde grootte",
        newcomer: "Nieuwe gemeente (aangenomen grootte)",
        minimum: "minimum",
        maximum: "maximum",
        municipality: "Gemeente",
        cbs_code: "CBS-code",
        amount: "Bedrag (EUR)",
        budget_year: "Begrotingsjaar",
        made_with: "Gemaakt met",
        built_on: "gebouwd op",
        changes: ChangesCsvLabels {
            heading: "Wat verandert er per gemeente",
            since: "sinds",
            last_year: "Factuur vorig jaar (EUR)",
            this_year: "Bijdrage dit jaar (EUR)",
            change: "Verschil (EUR)",
            change_percent: "Verschil (%)",
            adjustments: "Aanpassingen vorig jaar (EUR)",
            budget: "Door de begroting (EUR)",
            members: "Door toe- en uittreders (EUR)",
            size: "Door inwoners en gebruik (EUR)",
            key: "Door de sleutel (EUR)",
            status: "Toe- of uitgetreden",
            joined: "nieuw",
            left: "uitgetreden",
            not_split: "De verandering is niet te splitsen: een stap kan niet worden verdeeld (zie stap 11 in de berekening).",
        },
    },
};

pub static EN: KeepTexts = KeepTexts {
    lang: Lang::En,
    bar_label: "Keep and share",
    document_name: "Name of this draft",
    drafts_heading: "Drafts in this browser",
    drafts_hint: "Every change is kept in this browser shortly after you type.",
    open_marker: "open",
    open: "Open",
    duplicate: "Duplicate",
    rename: "Rename",
    rename_label: "New name",
    rename_save: "Save name",
    cancel: "Cancel",
    delete: "Delete",
    undo: "Undo",
    copy_suffix: " (copy)",
    new_blank: "New, blank",
    example: "Open the example",
    export_json: "Export as a file (JSON)",
    import_file: "Open a file (JSON)",
    drop_hint: "You can also drop a .json file on the page. It opens as a new draft.",
    share_link: "Make a share link",
    link_label: "Share link (the whole document is in the link; nothing goes to a server)",
    copy_link: "Copy the link",
    copied: "The link has been copied.",
    copy_failed: "Copying did not work; select the link and copy it yourself.",
    export_csv: "Export results (CSV for Excel)",
    print: "Print or save as PDF",
    dismiss: "Close",
    download_raw: "Download the stored text",
    storage_unavailable: "This browser does not let Bijdragewijzer keep data (a private window, for example). You can keep working, but the work is gone when you close it: export it as a file.",
    storage_full: "This browser's storage is full; the latest changes have not been kept. You can keep working: export the work as a file or delete old drafts.",
    conflict: "This draft was changed and saved in another tab. Your changes here are kept only once you choose.",
    reload_newest: "Load the newest version",
    keep_as_copy: "Keep my version as a copy",
    no_results: "No CSV yet: the document has problems. Fix the fields reported first.",
    csv: CsvLabels {
        scenario: "Scenario",
        variant: "Variant",
        key: "Allocation key",
        who: "Participant or reference municipality",
        count: "Number of municipalities",
        inhabitants: "Inhabitants",
        contribution: "Contribution per municipality (EUR)",
        custom_work: "Custom work per municipality (EUR)",
        total: "Total per municipality (EUR)",
        bound: "Bound",
        variant_current: "A: current participants",
        variant_grown: "B: after growth",
        reference_suffix: " (reference municipality)",
        average_municipality: "Municipality of average size",
        newcomer: "New municipality (assumed size)",
        minimum: "minimum",
        maximum: "maximum",
        municipality: "Municipality",
        cbs_code: "CBS code",
        amount: "Amount (EUR)",
        budget_year: "Budget year",
        made_with: "Made with",
        built_on: "built on",
        changes: ChangesCsvLabels {
            heading: "What changes for each municipality",
            since: "since",
            last_year: "Last year's invoice (EUR)",
            this_year: "This year's contribution (EUR)",
            change: "Change (EUR)",
            change_percent: "Change (%)",
            adjustments: "Last year's adjustments (EUR)",
            budget: "From the budget (EUR)",
            members: "From joining and leaving (EUR)",
            size: "From inhabitants and usage (EUR)",
            key: "From the key (EUR)",
            status: "Joined or left",
            joined: "new",
            left: "left",
            not_split: "The change cannot be split: a step cannot be allocated (see step 11 in the calculation).",
        },
    },
};

impl Lang {
    /// The labels of the yearly cycle's CSV files (the invoice list and the settlement).
    pub fn cycle_csv_labels(self) -> CycleCsvLabels {
        let texts = self.cycle();
        CycleCsvLabels {
            municipality: texts.municipality,
            cbs_code: texts.cbs_code,
            year: texts.year,
            description: texts.invoice_description,
            inhabitants: texts.inhabitants,
            part_of_year: texts.part_of_year,
            contribution: texts.contribution,
            custom_work: texts.custom_work,
            in_kind: texts.in_kind_counted,
            offset: texts.offset,
            amount: texts.invoice_amount,
            supplementary: texts.supplement,
            invoiced: texts.invoiced,
            paid: texts.paid,
            outstanding: texts.outstanding,
            refund: texts.refund,
            payment: texts.payment,
            unnamed_member: texts.unnamed_member,
            describe_part_of_year: self.ways_to_pay().describe_part_of_year(),
        }
    }
}

/// How many field problems a message lists before it says "and N more".
const PROBLEMS_SHOWN: usize = 5;

impl KeepTexts {
    fn megabytes(&self, bytes: f64) -> String {
        let tenths = Decimal::from((bytes / 104_857.6).ceil() as i64) / Decimal::from(10);
        format_number(tenths, 1, self.lang.notation())
    }

    /// Why a file (or the document inside a link) was not opened; `source` names the file.
    pub fn import_error(&self, source: &str, error: &ImportError) -> String {
        let limit = self.megabytes(MAX_FILE_BYTES as f64);
        match (self.lang, error) {
        (Lang::Nl, ImportError::TooLarge { bytes }) => format!(
            "{source} is niet geopend: het is {} MB, meer dan de {limit} MB die een document mag zijn.",
            self.megabytes(*bytes as f64)
        ),
        (Lang::En, ImportError::TooLarge { bytes }) => format!(
            "{source} was not opened: it is {} MB, more than the {limit} MB a document may be.",
            self.megabytes(*bytes as f64)
        ),
        (Lang::Nl, ImportError::NotJson { line, column }) => format!(
            "{source} is niet geopend: het is geen JSON (fout op regel {line}, kolom {column})."
        ),
        (Lang::En, ImportError::NotJson { line, column }) => format!(
            "{source} was not opened: it is not JSON (error at line {line}, column {column})."
        ),
        (Lang::Nl, ImportError::NotOurs) => format!(
            "{source} is niet geopend: het is geen Bijdragewijzer-document (het veld format_version ontbreekt)."
        ),
        (Lang::En, ImportError::NotOurs) => format!(
            "{source} was not opened: it is not a Bijdragewijzer document (there is no format_version field)."
        ),
        (Lang::Nl, ImportError::NewerVersion { found }) => format!(
            "{source} is niet geopend: format_version is {found}, van een nieuwere Bijdragewijzer; deze versie leest versie {}.",
            crate::domain::document::FORMAT_VERSION
        ),
        (Lang::En, ImportError::NewerVersion { found }) => format!(
            "{source} was not opened: format_version is {found}, from a newer Bijdragewijzer; this version reads version {}.",
            crate::domain::document::FORMAT_VERSION
        ),
        (Lang::Nl, ImportError::Malformed { line: 0, detail, .. }) => format!(
            "{source} is niet geopend: een veld heeft niet de verwachte vorm: {detail}."
        ),
        (Lang::En, ImportError::Malformed { line: 0, detail, .. }) => format!(
            "{source} was not opened: a field does not have the expected form: {detail}."
        ),
        (Lang::Nl, ImportError::Malformed { line, column, detail }) => format!(
            "{source} is niet geopend: een veld heeft niet de verwachte vorm (regel {line}, kolom {column}): {detail}."
        ),
        (Lang::En, ImportError::Malformed { line, column, detail }) => format!(
            "{source} was not opened: a field does not have the expected form (line {line}, column {column}): {detail}."
        ),
        (_, ImportError::Invalid(problems)) => {
            let mut listed: Vec<String> = problems
                .iter()
                .take(PROBLEMS_SHOWN)
                .map(|problem| self.lang.texts().problem_message(problem))
                .collect();
            let more = problems.len().saturating_sub(PROBLEMS_SHOWN);
            if more > 0 {
                listed.push(match self.lang {
                    Lang::Nl => format!("en nog {more}"),
                    Lang::En => format!("and {more} more"),
                });
            }
            match self.lang {
                Lang::Nl => format!(
                    "{source} is niet geopend: waarden kloppen niet. {}.",
                    listed.join("; ")
                ),
                Lang::En => format!(
                    "{source} was not opened: values are not valid. {}.",
                    listed.join("; ")
                ),
            }
        }
    }
    }

    pub fn file_too_large(&self, file: &str, bytes: f64) -> String {
        self.import_error(
            file,
            &ImportError::TooLarge {
                bytes: bytes as usize,
            },
        )
    }

    pub fn link_error(&self, error: &LinkError) -> String {
        let source = match self.lang {
            Lang::Nl => "De deellink",
            Lang::En => "The share link",
        };
        match (self.lang, error) {
        (Lang::Nl, LinkError::NotALink) => {
            "De deellink is niet geopend: het adres bevat geen Bijdragewijzer-document.".into()
        }
        (Lang::En, LinkError::NotALink) => {
            "The share link was not opened: the address holds no Bijdragewijzer document.".into()
        }
        (Lang::Nl, LinkError::NewerVersion { found }) => format!(
            "De deellink is niet geopend: hij is gemaakt met een nieuwere Bijdragewijzer (linkversie {found})."
        ),
        (Lang::En, LinkError::NewerVersion { found }) => format!(
            "The share link was not opened: it was made by a newer Bijdragewijzer (link version {found})."
        ),
        (Lang::Nl, LinkError::Damaged) => "De deellink is niet geopend: hij is beschadigd of afgekapt, bijvoorbeeld door een e-mailprogramma. Vraag om het bestand.".into(),
        (Lang::En, LinkError::Damaged) => "The share link was not opened: it is damaged or cut off, by an e-mail program for example. Ask for the file.".into(),
        (Lang::Nl, LinkError::TooLarge) => {
            "De deellink is niet geopend: het document erin is te groot.".into()
        }
        (Lang::En, LinkError::TooLarge) => {
            "The share link was not opened: the document in it is too large.".into()
        }
        (_, LinkError::Document(error)) => self.import_error(source, error),
    }
    }

    pub fn damaged_draft(&self, name: &str) -> String {
        match self.lang {
        Lang::Nl => format!("Het opgeslagen concept ‘{name}’ is beschadigd en kan niet worden geopend. De opgeslagen tekst blijft bewaard; u kunt hem downloaden."),
        Lang::En => format!("The stored draft ‘{name}’ is damaged and cannot be opened. The stored text is kept; you can download it."),
    }
    }

    pub fn deleted(&self, name: &str) -> String {
        match self.lang {
            Lang::Nl => format!("Concept ‘{name}’ is verwijderd."),
            Lang::En => format!("Draft ‘{name}’ has been deleted."),
        }
    }

    pub fn link_length(&self, chars: usize) -> String {
        let count = format_number(Decimal::from(chars), 0, self.lang.notation());
        match self.lang {
            Lang::Nl => format!("De link is {count} tekens lang."),
            Lang::En => format!("The link is {count} characters long."),
        }
    }

    pub fn link_too_long(&self, chars: usize, limit: usize) -> String {
        let count = format_number(Decimal::from(chars), 0, self.lang.notation());
        let limit = format_number(Decimal::from(limit), 0, self.lang.notation());
        match self.lang {
        Lang::Nl => format!("Dit document is te groot voor een link ({count} tekens; e-mail- en chatprogramma's kappen links boven ongeveer {limit} tekens af). Stuur het bestand: gebruik ‘Exporteer als bestand (JSON)’."),
        Lang::En => format!("This document is too large for a link ({count} characters; e-mail and chat programs cut links beyond about {limit} characters). Send the file instead: use ‘Export as a file (JSON)’."),
    }
    }

    /// What keeping has to tell the user, in words.
    pub fn notice(&self, notice: &Notice) -> String {
        match notice {
            Notice::Import { file, error } => self.import_error(file, error),
            Notice::FileTooLarge { file, bytes } => self.file_too_large(file, *bytes),
            Notice::Link(error) => self.link_error(error),
            Notice::DamagedDraft { name, .. } => self.damaged_draft(name),
            Notice::NoResults => self.no_results.to_string(),
        }
    }

    /// The accessible name of a button in the draft list: the action and the draft it acts on.
    pub fn draft_label(&self, action: &str, name: &str) -> String {
        format!("{action}: {name}")
    }
}
