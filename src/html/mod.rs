//! The HTML toolkit of the pages written as text: escaping, the [`Html`] type for markup that is already
//! safe, the read-only table model and its writer, the looks of buttons, the page header and the link
//! sanitisers. Plain Rust without Leptos: the small first module (first view, prospect page) writes its
//! markup with it, and the app uses the same pieces (its report tables, its buttons' classes), so that both
//! modules write one markup.

pub mod header;
pub mod links;
mod look;
pub mod table;

use std::fmt;

pub use look::Look;

/// Markup that is safe to put on the page as it is: made by [`escape`] from text, or written by this
/// toolkit and the pages' `*_html` functions from escaped parts and fixed tags. A `String` is text and has to
/// go through `escape` first, so that the compiler tells text and markup apart.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Html(String);

impl Html {
    /// Markup put together from escaped parts and fixed tags; never a text as typed.
    pub fn from_markup(markup: String) -> Html {
        Html(markup)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn push(&mut self, more: &Html) {
        self.0.push_str(&more.0);
    }
}

impl fmt::Display for Html {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

impl std::ops::Deref for Html {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

/// Text made safe to place in HTML content and in quoted attribute values.
pub fn escape(text: &str) -> Html {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            other => escaped.push(other),
        }
    }
    Html(escaped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_leaves_no_tag_quote_or_entity_of_the_text() {
        assert_eq!(
            escape(r#"<img src=x onerror="a('b')">&"#).as_str(),
            "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;"
        );
    }
}
