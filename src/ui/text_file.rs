//! Offering a generated text as a file to download: a Blob behind a temporary object URL and a click on
//! an anchor with `download`. Kept apart from the drafts' own download code, which lives with storage.

use wasm_bindgen::JsCast;

/// Offers `text` as a UTF-8 text file named `file_name`. Does nothing where the browser has no document.
pub fn offer_text_file(file_name: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        anchor.set_href(&url);
        anchor.set_download(file_name);
        anchor.click();
    }
    // The browser reads the blob after the click has returned, so the URL is released a little later.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(10),
    );
}

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
