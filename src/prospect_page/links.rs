//! The links the page reads and makes: the same document as a share link, for "Open de volledige
//! berekening", and what a wervingslink that cannot be read shows instead of the page.

use super::markup::header_html;
use crate::html::escape;
use crate::io::share_link::{share_fragment_of, LinkError};
use crate::text::Lang;

/// The share link to the full calculation for the wervingslink `fragment` on the page at `address`: the
/// same address with the same document as a share link, which the app opens as a new draft.
pub fn full_calculation_link(address: &str, fragment: &str) -> String {
    let base = address.split('#').next().unwrap_or_default();
    format!("{base}#{}", share_fragment_of(fragment).unwrap_or_default())
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
