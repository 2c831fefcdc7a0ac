//! Addresses typed by a user, made safe to be the target of a link. Security-relevant: a `javascript:`
//! address must never become a link, and an e-mail address may not add headers to a `mailto:`.

/// A website as typed, as the address of a link: with https:// added when it has no scheme; `None` for any
/// scheme but http and https (a `javascript:` address must never become a link).
pub fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    if text.is_empty() || text.chars().any(char::is_whitespace) {
        return None;
    }
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Some(text.to_string());
    }
    // "javascript:", "data:", "mailto:": a scheme is letters before a colon; "www.x.nl:8080" has a dot.
    let scheme_like = text.split_once(':').is_some_and(|(scheme, _)| {
        scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-')
    });
    if scheme_like || text.starts_with("//") {
        return None;
    }
    Some(format!("https://{text}"))
}

/// An e-mail address that can go into a mailto: link unchanged: one @, no spaces, nothing that would add
/// headers or break out of the address.
pub fn mail_address(text: &str) -> Option<&str> {
    let text = text.trim();
    let (user, host) = text.split_once('@')?;
    let plain = |part: &str| {
        !part.is_empty()
            && part.chars().all(|c| {
                !c.is_whitespace()
                    && !matches!(
                        c,
                        '@' | '?' | '&' | '#' | ':' | '/' | '<' | '>' | '"' | '\'' | '%'
                    )
            })
    };
    (plain(user) && plain(host)).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_website_becomes_a_link_only_over_http_or_https() {
        assert_eq!(web_address("http://a.nl"), Some("http://a.nl".into()));
        assert_eq!(web_address("HTTPS://a.nl"), Some("HTTPS://a.nl".into()));
        assert_eq!(
            web_address("www.a.nl:8080/x"),
            Some("https://www.a.nl:8080/x".into())
        );
        assert_eq!(web_address("data:text/html,x"), None);
        assert_eq!(web_address("//evil.example"), None);
        assert_eq!(web_address("a b"), None);
        assert_eq!(web_address("javascript:alert(1)"), None);
    }

    #[test]
    fn an_email_address_with_headers_or_spaces_is_no_link() {
        assert_eq!(mail_address(" jan@example.nl "), Some("jan@example.nl"));
        assert_eq!(mail_address("jan@example.nl?bcc=x@y.nl"), None);
        assert_eq!(mail_address("jan @example.nl"), None);
        assert_eq!(mail_address("jan"), None);
        assert_eq!(mail_address("@example.nl"), None);
    }
}
