//! The library compiled to wasm32 and run by wasm-bindgen's test runner (`wasm-pack test --node tests/wasm`).
//! Empty everywhere else: what it guards is only what can break on wasm32 — the clock behind the time budget,
//! allocation, html5ever — so each case drives `pathok::extract` end to end.
#![cfg(all(test, target_arch = "wasm32"))]

use wasm_bindgen_test::wasm_bindgen_test;

const PAGE: &str = "<html lang=\"bn\"><head><title>নদীর পাড়ে নতুন বাঁধ</title></head><body>\
    <nav><a href=\"/\">প্রচ্ছদ</a> <a href=\"/desh\">দেশ</a></nav>\
    <article><h1>নদীর পাড়ে নতুন বাঁধ</h1>\
    <p>উপজেলার চরাঞ্চলে গত বর্ষায় ভাঙনে শতাধিক ঘর নদীতে বিলীন হয়েছিল। এবার শুকনো মৌসুমেই সেখানে মাটির বাঁধের কাজ শুরু হয়েছে।</p>\
    <p>স্থানীয় কৃষকেরা বলছেন, বাঁধটি সময়মতো শেষ হলে আগামী মৌসুমে অন্তত তিনটি গ্রামের ফসল রক্ষা পাবে। কাজের মান নিয়ে তাঁরা নজর রাখছেন।</p>\
    </article></body></html>";

#[wasm_bindgen_test]
fn extracts_title_and_paragraphs() {
    let article = pathok::extract(PAGE, &pathok::Options::with_url("https://example.com/news/1")).unwrap();
    assert_eq!(article.title.as_deref(), Some("নদীর পাড়ে নতুন বাঁধ"));
    assert_eq!(article.text.split("\n\n").count(), 2, "text: {:?}", article.text);
    assert!(article.word_count > 20, "word_count: {}", article.word_count);
}

#[wasm_bindgen_test]
fn empty_page_is_not_an_article() {
    let err = pathok::extract("<html><body></body></html>", &pathok::Options::default()).unwrap_err();
    assert_eq!(err.kind(), "not_article");
}

#[wasm_bindgen_test]
fn oversized_input_is_refused_before_parsing() {
    let options = pathok::Options { max_bytes: 16, ..pathok::Options::default() };
    let err = pathok::extract(PAGE, &options).unwrap_err();
    assert_eq!(err.kind(), "too_large");
}
