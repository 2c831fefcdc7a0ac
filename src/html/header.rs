//! The page header of the app: the title, the tagline and the two controls (cents, language). The first
//! view writes it from here with its controls disabled until the app arrives; the app draws the same
//! markup with `view!` and a browser test holds the two equal (tests/browser/first-view.test.mjs).

use super::{escape, Html, Look};
use crate::text::Lang;

/// The header as the app draws it, with its controls disabled: the first view shows it while the app loads.
pub fn waiting_header(lang: Lang) -> Html {
    let texts = lang.texts();
    Html::from_markup(format!(
        concat!(
            r#"<header class="bw-header"><div class="bw-container bw-header__inner">"#,
            r#"<div><h1 class="utrecht-heading-1">{title}</h1><p class="bw-tagline">{tagline}</p></div>"#,
            r#"<div class="bw-header__controls">"#,
            r#"<label class="bw-toggle"><input type="checkbox" disabled>{cents}</label>"#,
            r#"<button type="button" class="{button}" disabled lang="{other}">{switch}</button>"#,
            r#"</div></div></header>"#,
        ),
        title = escape(texts.app_title),
        tagline = escape(texts.tagline),
        cents = escape(texts.show_cents),
        button = Look::Secondary.class(),
        other = lang.other().code(),
        switch = escape(texts.switch_language),
    ))
}
