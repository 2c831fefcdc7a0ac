//! The prospect page: what a wervingslink (`#bwp1.<data>`, see `io::share_link`) opens. A focused,
//! read-only page for a municipality that considers joining: it chooses itself (or types a number of
//! inhabitants) and reads, large, what it would pay per year under the document's key in the start
//! scenario, now and after growth, with every scenario in a small table and a few sentences on how that
//! amount comes about. For a member of the list it is its own contribution.
//!
//! The small first module draws it (README "Performance"): the page never waits for the app with its
//! editors, and stores nothing until the visitor opens the full calculation. Like `first_view`, the markup
//! is written as text here, pure and tested natively, with everything from the document or typed by the
//! visitor escaped; `live` puts it on the page and wires the field, `combobox` holds the field's keyboard
//! rules. The amounts are `domain::prospect::answer`'s.

pub mod combobox;
pub mod live;

use rust_decimal::Decimal;

use crate::domain::directory::{directory, normalise, Entry};
use crate::domain::document::{Contact, Document};
use crate::domain::error::CalcError;
use crate::domain::key::{KeyKind, VariableBasis};
use crate::domain::money::{self, Money};
use crate::domain::notation::{format_percent_in_text, Precision};
use crate::domain::participants::{MemberOrigin, Variant};
use crate::domain::prospect::{answer, Asker, ProspectAnswer, Standing};
use crate::domain::report::Report;
use crate::domain::validation::MAX_INHABITANTS;
use crate::html::links::{mail_address, web_address};
use crate::html::Look;
use crate::html::{escape, Html};
use crate::io::share_link::LinkError;
use crate::text::Lang;

/// The element the page lives in.
pub const CONTAINER_ID: &str = "bw-prospect";
pub const INPUT_ID: &str = "bw-prospect-gemeente";
pub const POPUP_ID: &str = "bw-prospect-keuzes";
pub const LIST_ID: &str = "bw-prospect-lijst";
pub const STATUS_ID: &str = "bw-prospect-melding";
pub const ANSWER_ID: &str = "bw-prospect-antwoord";
pub const LANG_ID: &str = "bw-prospect-taal";
const OPTION_ID: &str = "bw-prospect-keuze-";
const HINT_ID: &str = "bw-prospect-uitleg";
/// Enough to find a name by its first letters, few enough to need no scrolling.
const MAX_OPTIONS: usize = 8;
const CLOSEST: usize = 3;

/// What the visitor chose.
#[derive(Debug, Clone, PartialEq)]
pub enum Choice {
    /// A municipality of the built-in directory, with the CBS figure.
    Directory(&'static Entry),
    /// A municipality the document names: a member of the list or one on the waiting list.
    Named {
        name: String,
        inhabitants: Decimal,
        standing: Standing,
    },
    /// A number of inhabitants typed in.
    Inhabitants(Decimal),
}

impl Choice {
    fn name(&self) -> Option<&str> {
        match self {
            Choice::Directory(entry) => Some(entry.name),
            Choice::Named { name, .. } => Some(name),
            Choice::Inhabitants(_) => None,
        }
    }

    fn inhabitants(&self) -> Decimal {
        match self {
            Choice::Directory(entry) => entry.inhabitants_decimal(),
            Choice::Named { inhabitants, .. } | Choice::Inhabitants(inhabitants) => *inhabitants,
        }
    }

    /// What the field shows once this is chosen.
    pub fn field_text(&self, lang: Lang) -> String {
        match self.name() {
            Some(name) => name.to_string(),
            None => lang.whole(self.inhabitants()),
        }
    }

    /// Who the answer is for: the name, or "Een gemeente van 35.000 inwoners".
    fn who(&self, lang: Lang) -> String {
        match self.name() {
            Some(name) => name.to_string(),
            None => lang
                .prospect()
                .of_inhabitants(&lang.whole(self.inhabitants())),
        }
    }
}

/// The options offered for what was typed, and what to tell the visitor about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Suggestions {
    pub options: Vec<Choice>,
    /// Nothing contains what was typed: these are the closest names ("Bedoelt u:").
    pub closest: bool,
    /// What was typed starts with a digit but is no whole number of inhabitants within limits.
    pub not_a_count: bool,
}

/// The municipalities the document names, as the report counts them: members of today's list first, then
/// those on the waiting list (named in the community after growth only).
fn named_in(report: &Report) -> Vec<Choice> {
    let named = |variant: Variant| {
        report
            .variant(variant)
            .community
            .as_ref()
            .map(|community| {
                community
                    .members
                    .iter()
                    .filter_map(|member| match &member.origin {
                        MemberOrigin::Named(name) => Some((name.clone(), member.inhabitants)),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    let members = named(Variant::Current);
    let mut choices: Vec<Choice> = members
        .iter()
        .map(|(name, inhabitants)| Choice::Named {
            name: name.clone(),
            inhabitants: *inhabitants,
            standing: Standing::Member,
        })
        .collect();
    for (name, inhabitants) in named(Variant::Grown) {
        if !members.iter().any(|(member, _)| member == &name) {
            choices.push(Choice::Named {
                name,
                inhabitants,
                standing: Standing::WaitingList,
            });
        }
    }
    choices
}

/// A whole number of inhabitants, more than none and within the document's limits: digits, optionally in
/// groups of three after a dot, comma or space ("35.000", "35,000", "35 000"). Deliberately not the
/// number fields' parser: a count needs no decimals, and that parser would weigh 1.7 KB in the small
/// first module.
fn read_count(text: &str) -> Option<Decimal> {
    let mut groups = text.trim().split(['.', ',', ' ', '\u{a0}', '\u{202f}']);
    let first = groups.next()?;
    let mut count: u64 = 0;
    let mut digits = |group: &str| -> Option<()> {
        for c in group.chars() {
            let digit = u64::from(c.to_digit(10)?);
            count = count.checked_mul(10)?.checked_add(digit)?;
        }
        Some(())
    };
    if first.is_empty() || first.len() > 10 {
        return None;
    }
    digits(first)?;
    for group in groups {
        if group.len() != 3 {
            return None;
        }
        digits(group)?;
    }
    let count = Decimal::from(count);
    (count > Decimal::ZERO && count <= MAX_INHABITANTS).then_some(count)
}

/// What to offer for `query`: a typed number as one option; else the municipalities the document names
/// whose names contain it, then the directory's (without those the document names already); else the
/// closest names.
pub fn suggestions(report: &Report, query: &str) -> Suggestions {
    let query = query.trim();
    if query.starts_with(|c: char| c.is_ascii_digit()) {
        return match read_count(query) {
            Some(count) => Suggestions {
                options: vec![Choice::Inhabitants(count)],
                ..Suggestions::default()
            },
            None => Suggestions {
                not_a_count: true,
                ..Suggestions::default()
            },
        };
    }
    let key = normalise(query);
    if key.is_empty() {
        return Suggestions::default();
    }
    let named = named_in(report);
    let named_keys: Vec<String> = named
        .iter()
        .filter_map(|choice| choice.name().map(normalise))
        .collect();
    let mut options: Vec<Choice> = named
        .into_iter()
        .filter(|choice| {
            choice
                .name()
                .is_some_and(|name| normalise(name).contains(&key))
        })
        .take(MAX_OPTIONS)
        .collect();
    let directory = directory();
    let not_named = |entry: &&Entry| !named_keys.contains(&normalise(entry.name));
    let room = MAX_OPTIONS.saturating_sub(options.len());
    options.extend(
        directory
            .search(query, MAX_OPTIONS)
            .into_iter()
            .filter(not_named)
            .take(room)
            .map(Choice::Directory),
    );
    if !options.is_empty() {
        return Suggestions {
            options,
            ..Suggestions::default()
        };
    }
    Suggestions {
        options: directory
            .closest(query, CLOSEST)
            .into_iter()
            .map(Choice::Directory)
            .collect(),
        closest: true,
        not_a_count: false,
    }
}

/// What Enter (or leaving the field) takes when no option is highlighted: a typed number, a name that is
/// exactly one of the options or a known name, or the only option there is.
pub fn typed_choice(report: &Report, query: &str, suggestions: &Suggestions) -> Option<Choice> {
    if let [only @ Choice::Inhabitants(_)] = suggestions.options.as_slice() {
        return Some(only.clone());
    }
    let key = normalise(query);
    if key.is_empty() {
        return None;
    }
    let exact = suggestions
        .options
        .iter()
        .chain(named_in(report).iter())
        .find(|choice| choice.name().is_some_and(|name| normalise(name) == key))
        .cloned();
    exact
        .or_else(|| directory().find(query).map(Choice::Directory))
        .or_else(
            || match (suggestions.closest, suggestions.options.as_slice()) {
                (false, [only]) => Some(only.clone()),
                _ => None,
            },
        )
}

/// The id of an option, for `aria-activedescendant`.
pub fn option_id(index: usize) -> String {
    format!("{OPTION_ID}{index}")
}

/// The popup under the field: the list of options (always present, so the field's `aria-controls` names
/// an element), with "Bedoelt u:" above the closest names.
pub fn options_html(suggestions: &Suggestions, active: Option<usize>, lang: Lang) -> String {
    let texts = lang.prospect();
    let mut html = String::new();
    if suggestions.closest && !suggestions.options.is_empty() {
        html.push_str(&format!(
            r#"<p class="bw-suggestions__label">{}</p>"#,
            escape(lang.directory().did_you_mean)
        ));
    }
    html.push_str(&format!(
        r#"<ul role="listbox" id="{LIST_ID}" aria-label="{}">"#,
        escape(lang.directory().suggestions_label)
    ));
    for (index, choice) in suggestions.options.iter().enumerate() {
        let selected = active == Some(index);
        let detail = match choice {
            Choice::Directory(entry) => entry.province,
            Choice::Named {
                standing: Standing::WaitingList,
                ..
            } => texts.waiting_marker,
            Choice::Named { .. } => texts.member_marker,
            Choice::Inhabitants(_) => "",
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
pub fn status_text(suggestions: &Suggestions, lang: Lang) -> String {
    let texts = lang.prospect();
    if suggestions.not_a_count {
        return texts.not_a_count.to_string();
    }
    if suggestions.closest {
        let names: Vec<String> = suggestions
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
    match suggestions.options.len() {
        0 => String::new(),
        count => lang.directory().suggestion_count(count),
    }
}

/// The header: the collaboration's name, the question the page answers, and the language switch.
fn header_html(title: &str, lang: Lang) -> String {
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
            options = options_html(&Suggestions::default(), None, lang),
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

/// A wervingslink that cannot be read: why, and a way into the app. A link whose data arrived whole but
/// does not read as a document here goes on to the full calculation with the same data (`share_link`): the
/// app also reads decimals written as JSON numbers, which this small module leaves out, and says exactly
/// what is wrong when the document really is invalid.
pub fn link_error_html(error: &LinkError, lang: Lang, share_link: &str) -> String {
    let texts = lang.prospect();
    let (message, href, open) = match error {
        LinkError::NewerVersion { .. } => (texts.newer_link, "./", texts.open_app),
        LinkError::Document(_) => (texts.unreadable_here, share_link, texts.open_full),
        _ => (texts.damaged_link, "./", texts.open_app),
    };
    format!(
        concat!(
            "{header}",
            r#"<main class="bw-container bw-prospect"><p class="bw-error" data-testid="error" role="alert">{message}</p>"#,
            r#"<p><a class="utrecht-link" href="{href}" data-testid="prospect-open">{open}</a></p></main>"#,
        ),
        header = header_html(lang.texts().app_title, lang),
        message = escape(message),
        href = escape(href),
        open = escape(open),
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

fn amount_text(amount: &Result<Money, CalcError>, lang: Lang) -> String {
    match amount {
        Ok(amount) => lang.money(*amount, Precision::WholeEuros),
        Err(error) => lang.texts().calc_error_short(error),
    }
}

fn percent(value: Decimal, lang: Lang) -> String {
    format_percent_in_text(value, lang.notation())
}

/// The key's rule in a few words.
fn rule(document: &Document, lang: Lang) -> &'static str {
    let texts = lang.prospect();
    match document.key.kind {
        KeyKind::Equal => texts.rule_equal,
        KeyKind::Inhabitants => texts.rule_inhabitants,
        KeyKind::Usage => texts.rule_usage,
        KeyKind::Staffel => texts.rule_staffel,
        KeyKind::Tariffs => lang.ways_to_pay().tariff_prospect_rule,
        KeyKind::Hybrid => match document.key.hybrid.variable {
            VariableBasis::Inhabitants => texts.rule_hybrid_inhabitants,
            VariableBasis::Usage => texts.rule_hybrid_usage,
        },
    }
}

/// The sentences under the amounts: how the amount is computed, what the start scenario pays for, and the
/// budget year and growth plan it rests on.
fn sentences(
    document: &Document,
    report: &Report,
    answer: &ProspectAnswer,
    lang: Lang,
) -> Vec<String> {
    let texts = lang.prospect();
    let start = document.recommended_scenario();
    let scenario_name = document
        .scenarios
        .get(start)
        .map(|scenario| scenario.name.as_str())
        .unwrap_or_default();
    let euros = |amount: Money| lang.money(amount, Precision::WholeEuros);
    let count = |count: usize| lang.whole(Decimal::from(count));
    let mut out = Vec::new();

    let totals = report.scenarios.get(start);
    let bound = |value: Option<Decimal>| value.map(|value| euros(money::round_cents(value)));
    let (minimum, maximum) = (bound(document.key.minimum), bound(document.key.maximum));
    let after = (answer.members_after_growth != answer.members_now)
        .then(|| count(answer.members_after_growth));
    out.push(texts.computed(
        lang.texts().key_name(document.key.kind),
        rule(document, lang),
        &texts.bounds(minimum.as_deref(), maximum.as_deref()),
        scenario_name,
        &totals.map(|totals| euros(totals.total)).unwrap_or_default(),
        &count(answer.members_now),
        after.as_deref(),
        answer.standing == Standing::Member,
    ));

    if let Some(totals) = totals {
        let items: Vec<String> = totals
            .by_category
            .iter()
            .filter(|(_, amount)| !amount.is_zero())
            .map(|(category, amount)| {
                format!(
                    "{} {}",
                    lang.texts().category_name(*category),
                    euros(*amount)
                )
            })
            .collect();
        let reserve_percent = document
            .scenarios
            .get(start)
            .map_or(Decimal::ZERO, |scenario| scenario.reserve_percent);
        let reserve = (!totals.reserve.is_zero())
            .then(|| (percent(reserve_percent, lang), euros(totals.reserve)));
        if !items.is_empty() {
            let mut line = texts.pays_for(
                scenario_name,
                &texts.join(&items),
                reserve
                    .as_ref()
                    .map(|(percent, amount)| (percent.as_str(), amount.as_str())),
            );
            let purpose = document
                .scenarios
                .get(start)
                .map(|scenario| scenario.purpose.trim())
                .unwrap_or_default();
            if !purpose.is_empty() {
                line.push(' ');
                line.push_str(&texts.purpose(purpose));
                if !purpose.ends_with(['.', '!', '?']) {
                    line.push('.');
                }
            }
            out.push(line);
        }
    }

    let mut assumptions = document
        .budget_year
        .map(|year| texts.budget_year(year))
        .unwrap_or_default();
    let from = report.variant(Variant::Current).count;
    let to = report.variant(Variant::Grown).count;
    let growth = if to > from {
        let target = document
            .calendar_year(document.growth.years)
            .map(|year| year.to_string())
            .unwrap_or_default();
        texts.growth(
            &count(from),
            &count(to),
            document.growth.years,
            &target,
            document
                .growth
                .newcomer_inhabitants
                .map(|size| lang.whole(size))
                .as_deref(),
        )
    } else {
        texts.no_growth().to_string()
    };
    if !assumptions.is_empty() {
        assumptions.push(' ');
    }
    assumptions.push_str(&growth);
    out.push(assumptions);
    out
}

/// The answer for one choice, as markup and as one sentence for screen readers.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    /// Who, the amount in the start scenario now and after growth (large), every scenario in a table, the
    /// sentences that explain it, and the source of a directory figure.
    pub html: String,
    /// "Ede: € 2.367 per jaar in scenario Streef."
    pub status: String,
}

/// The answer for one choice.
pub fn answer_html(document: &Document, report: &Report, choice: &Choice, lang: Lang) -> Answered {
    let texts = lang.prospect();
    let frame = lang.texts();
    let asker = Asker {
        name: choice.name().map(str::to_string),
        inhabitants: choice.inhabitants(),
    };
    let same_name = |a: &str, b: &str| normalise(a) == normalise(b);
    let who = escape(&choice.who(lang));
    let answer = match answer(document, report, &asker, &same_name) {
        Ok(answer) => answer,
        Err(error) => {
            let message = lang.texts().calc_error_short(&error);
            return Answered {
                html: format!(
                    r#"<h2 class="bw-prospect__heading">{who}</h2><p class="bw-error" data-testid="error">{}</p>"#,
                    escape(&message)
                ),
                status: message,
            };
        }
    };
    let size = lang.whole(choice.inhabitants());
    let size = match choice {
        Choice::Directory(entry) => format!("{}, {}", entry.province, texts.size(&size)),
        Choice::Named { .. } => texts.size(&size),
        Choice::Inhabitants(_) => String::new(),
    };
    let note = match answer.standing {
        Standing::Member => texts.member_note,
        Standing::WaitingList => texts.waiting_note,
        Standing::Newcomer => "",
    };
    let start = document.recommended_scenario();
    let scenario_name = |index: usize| {
        document
            .scenarios
            .get(index)
            .map(|scenario| scenario.name.as_str())
            .unwrap_or_default()
    };
    let count = |count: usize| lang.whole(Decimal::from(count));
    let now_count = count(answer.members_now);
    let later_count = count(answer.members_after_growth);
    let (now, later) = answer
        .scenario(start)
        .map(|scenario| {
            (
                amount_text(&scenario.now, lang),
                amount_text(&scenario.after_growth, lang),
            )
        })
        .unwrap_or_default();
    let mut rows = String::new();
    for scenario in &answer.scenarios {
        let index = scenario.scenario;
        let mark = if index == start {
            format!(" ({})", texts.proposed)
        } else {
            String::new()
        };
        rows.push_str(&format!(
            concat!(
                r#"<tr data-testid="prospect-row-{index}"><th scope="row">{name}{mark}</th>"#,
                r#"<td class="bw-number" data-testid="prospect-now-{index}">{now}</td>"#,
                r#"<td class="bw-number" data-testid="prospect-after-{index}">{later}</td></tr>"#,
            ),
            index = index,
            name = escape(scenario_name(index)),
            mark = escape(&mark),
            now = escape(&amount_text(&scenario.now, lang)),
            later = escape(&amount_text(&scenario.after_growth, lang)),
        ));
    }
    let paragraphs: String = sentences(document, report, &answer, lang)
        .iter()
        .map(|sentence| format!(r#"<p class="utrecht-paragraph">{}</p>"#, escape(sentence)))
        .collect();
    let credit = match choice {
        Choice::Directory(_) => format!(
            r#"<p class="bw-credit" data-testid="prospect-source">{}</p>"#,
            escape(&lang.directory().credit(directory().source()))
        ),
        _ => String::new(),
    };
    let paragraph = |class: &str, text: &str| {
        if text.is_empty() {
            String::new()
        } else {
            format!(r#"<p class="{class}">{}</p>"#, escape(text))
        }
    };
    let status = texts.chosen(&choice.who(lang), &now, scenario_name(start));
    let html = format!(
        concat!(
            r#"<h2 class="bw-prospect__heading" data-testid="prospect-who">{who}</h2>{size}{note}"#,
            r#"<p class="bw-prospect__lead">{lead}</p><div class="bw-prospect__amounts">"#,
            r#"<p class="bw-prospect__figure"><strong class="bw-prospect__amount" data-testid="prospect-amount">{now}</strong> <span>{now_label}</span></p>"#,
            r#"<p class="bw-prospect__figure"><strong class="bw-prospect__amount bw-prospect__amount--later" data-testid="prospect-amount-after-growth">{later}</strong> <span>{later_label}</span></p></div>"#,
            r#"<table class="utrecht-table bw-table bw-prospect__table" data-testid="prospect-table">"#,
            r#"<caption class="utrecht-table__caption">{caption}</caption><thead class="utrecht-table__header"><tr>"#,
            r#"<th scope="col">{col_scenario}</th><th scope="col" class="bw-number">{col_now}</th><th scope="col" class="bw-number">{col_later}</th>"#,
            r#"</tr></thead><tbody class="utrecht-table__body">{rows}</tbody></table>"#,
            r#"<div class="bw-prospect__explain">{paragraphs}{credit}</div>"#,
        ),
        who = who,
        size = paragraph("bw-prospect__size", &size),
        note = paragraph("bw-prospect__note", note),
        lead = escape(&texts.per_year_in(scenario_name(start))),
        now = escape(&now),
        now_label = escape(&texts.now_with(&now_count)),
        later = escape(&later),
        later_label = escape(&texts.after_growth_with(&later_count)),
        caption = escape(texts.table_caption),
        col_scenario = escape(frame.col_scenario),
        col_now = escape(&texts.column(texts.col_now, &now_count)),
        col_later = escape(&texts.column(texts.col_after_growth, &later_count)),
        rows = rows,
        paragraphs = paragraphs,
        credit = credit,
    );
    Answered { html, status }
}

#[cfg(test)]
mod tests;
