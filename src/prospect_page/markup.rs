//! The page's markup, as text with everything from the document or typed by the visitor escaped: the
//! header, the field with its options and message, the contact and the way to the full calculation.

use super::choice::{ProspectChoice, ProspectMatches};
use super::{ANSWER_ID, HINT_ID, INPUT_ID, LANG_ID, LIST_ID, OPTION_ID, POPUP_ID, STATUS_ID};
use crate::domain::document::{Contact, Document};
use crate::domain::prospect::Standing;
use crate::domain::report::Report;
use crate::html::links::{mail_address, web_address};
use crate::html::Look;
use crate::html::{escape, Html};
use crate::text::Lang;

/// The id of an option, for `aria-activedescendant`.
pub fn option_id(index: usize) -> String {
    format!("{OPTION_ID}{index}")
}

/// The popup under the field: the list of options (always present, so the field's `aria-controls` names
/// an element), with "Bedoelt u:" above the closest names.
pub fn options_html(offered: &ProspectMatches, active: Option<usize>, lang: Lang) -> String {
    let texts = lang.prospect();
    let mut html = String::new();
    if offered.closest && !offered.options.is_empty() {
        html.push_str(&format!(
            r#"<p class="bw-suggestions__label">{}</p>"#,
            escape(lang.directory().did_you_mean)
        ));
    }
    html.push_str(&format!(
        r#"<ul role="listbox" id="{LIST_ID}" aria-label="{}">"#,
        escape(lang.directory().suggestions_label)
    ));
    for (index, choice) in offered.options.iter().enumerate() {
        let selected = active == Some(index);
        let detail = match choice {
            ProspectChoice::Directory(entry) => entry.province,
            ProspectChoice::Named {
                standing: Standing::WaitingList,
                ..
            } => texts.waiting_marker,
            ProspectChoice::Named { .. } => texts.member_marker,
            ProspectChoice::Inhabitants(_) => "",
        };
        let detail = if detail.is_empty() {
            String::new()
        } else {
            format!(
                r#"<span class="bw-suggestion__province"> · {}</span>"#,
                escape(detail)
            )
        };
        html.push_str(&format!(
            r#"<li role="option" id="{id}" class="bw-suggestion{active}" aria-selected="{selected}" data-index="{index}">{label}{detail}</li>"#,
            id = option_id(index),
            active = if selected { " bw-suggestion--active" } else { "" },
            label = escape(&choice.who(lang)),
        ));
    }
    html.push_str("</ul>");
    html
}

/// The message under the field for these suggestions: how many there are, the closest names, or that the
/// typed number is no count.
pub fn status_text(offered: &ProspectMatches, lang: Lang) -> String {
    let texts = lang.prospect();
    if offered.not_a_count {
        return texts.not_a_count.to_string();
    }
    if offered.closest {
        let names: Vec<String> = offered
            .options
            .iter()
            .map(|choice| choice.who(lang))
            .collect();
        return if names.is_empty() {
            texts.no_match.to_string()
        } else {
            format!(
                "{} {} {}?",
                texts.no_match,
                lang.directory().did_you_mean,
                names.join(", ")
            )
        };
    }
    match offered.options.len() {
        0 => String::new(),
        count => lang.directory().suggestion_count(count),
    }
}

/// The header: the collaboration's name, the question the page answers, and the language switch.
pub(super) fn header_html(title: &str, lang: Lang) -> String {
    format!(
        concat!(
            r#"<header class="bw-prospect__header"><div class="bw-container bw-header__inner">"#,
            r#"<div><h1 class="utrecht-heading-1">{title}</h1><p class="bw-tagline">{question}</p></div>"#,
            r#"<button type="button" id="{lang_id}" class="{button} bw-screen-only" lang="{other}" data-testid="lang">{switch}</button>"#,
            r#"</div></header>"#,
        ),
        title = escape(title),
        question = escape(lang.prospect().question),
        lang_id = LANG_ID,
        button = Look::Secondary.class(),
        other = lang.other().code(),
        switch = escape(lang.texts().switch_language),
    )
}

/// The page for a document: header, the field, the answer (empty until a choice is made), the contact and
/// "Open de volledige berekening", a link to `share_link` (the same document as a share link, which the
/// app opens as a new draft). `field_value` is what the field holds when the page is drawn again in the
/// other language. A document the report cannot compute gets a message instead of the field.
pub fn page_html(
    document: &Document,
    report: &Result<Report, Vec<crate::domain::validation::Problem>>,
    lang: Lang,
    share_link: &str,
    field_value: &str,
    answer: &str,
) -> String {
    let texts = lang.prospect();
    let title = match document.name.trim() {
        "" => lang.texts().app_title,
        name => name,
    };
    let body = if report.is_ok() {
        format!(
            concat!(
                r#"<p class="utrecht-paragraph bw-screen-only">{intro}</p>"#,
                r#"<div class="utrecht-form-field bw-prospect__field">"#,
                r#"<label class="utrecht-form-label" for="{input}">{label}</label>"#,
                r#"<p class="bw-hint" id="{hint_id}">{hint}</p>"#,
                r#"<div class="bw-combobox"><input id="{input}" class="utrecht-textbox bw-prospect__input" type="text" "#,
                r#"role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="{list}" "#,
                r#"aria-describedby="{hint_id}" autocomplete="off" spellcheck="false" "#,
                r#"data-testid="prospect-municipality" value="{value}">"#,
                r#"<div class="bw-suggestions" id="{popup}" hidden>{options}</div></div>"#,
                r#"<p class="bw-prospect__status" id="{status}" role="status"></p></div>"#,
                r#"<section class="bw-prospect__answer" id="{answer_id}" aria-label="{label}">{answer}</section>"#,
            ),
            intro = escape(&texts.intro(title)),
            input = INPUT_ID,
            label = escape(texts.field_label),
            hint_id = HINT_ID,
            hint = escape(texts.field_hint),
            list = LIST_ID,
            value = escape(field_value),
            popup = POPUP_ID,
            options = options_html(&ProspectMatches::default(), None, lang),
            status = STATUS_ID,
            answer_id = ANSWER_ID,
            answer = answer,
        )
    } else {
        format!(
            r#"<p class="bw-error" data-testid="error" role="alert">{}</p>"#,
            escape(texts.cannot_compute)
        )
    };
    format!(
        concat!(
            "{header}",
            r#"<main class="bw-container bw-prospect">{body}{contact}"#,
            r#"<p class="bw-prospect__open bw-screen-only"><a class="utrecht-link" href="{link}" data-testid="prospect-open">{open}</a>"#,
            r#"<br><span class="bw-hint">{open_hint}</span></p></main>"#,
        ),
        header = header_html(title, lang),
        body = body,
        contact = contact_html(&document.contact, lang),
        link = escape(share_link),
        open = escape(texts.open_full),
        open_hint = escape(texts.open_full_hint),
    )
}

/// The coordinator's contact: only what is filled in; nothing at all without any.
fn contact_html(contact: &Contact, lang: Lang) -> String {
    let texts = lang.prospect();
    let name = contact.name.trim();
    let email = contact.email.trim();
    let website = contact.website.trim();
    let mut who: Vec<Html> = Vec::new();
    if !name.is_empty() {
        who.push(escape(name));
    }
    if !email.is_empty() {
        who.push(match mail_address(email) {
            Some(address) => Html::from_markup(format!(
                r#"<a class="utrecht-link" href="mailto:{}">{}</a>"#,
                escape(address),
                escape(address)
            )),
            None => escape(email),
        });
    }
    let mut lines = String::new();
    if !who.is_empty() {
        lines.push_str(&format!(
            r#"<p class="utrecht-paragraph">{}: {}</p>"#,
            escape(texts.contact_label),
            who.iter().map(Html::as_str).collect::<Vec<_>>().join(", ")
        ));
    }
    if !website.is_empty() {
        let link = match web_address(website) {
            Some(address) => Html::from_markup(format!(
                r#"<a class="utrecht-link" href="{}" rel="noopener noreferrer">{}</a>"#,
                escape(&address),
                escape(website)
            )),
            None => escape(website),
        };
        lines.push_str(&format!(
            r#"<p class="utrecht-paragraph">{}: {link}</p>"#,
            escape(texts.website_label)
        ));
    }
    if lines.is_empty() {
        return String::new();
    }
    format!(
        r#"<section class="bw-prospect__contact" aria-labelledby="bw-prospect-contact"><h2 class="bw-prospect__heading" id="bw-prospect-contact">{}</h2>{lines}</section>"#,
        escape(texts.contact_heading)
    )
}
