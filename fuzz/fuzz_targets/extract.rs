//! Any bytes as a page, decoded the way the CLI does for an undeclared page (lossy UTF-8): `extract`
//! returns an article or a typed error and never panics. The time budget is lifted so that a slow
//! input is a libFuzzer timeout (`-timeout` in scripts/fuzz.sh) instead of a quiet `Timeout` error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pathok::{extract, Options};

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let options = Options {
        max_millis: u64::MAX,
        ..Options::with_url("https://news.example.com/bangla/national/article/1")
    };
    if let Ok(article) = extract(&html, &options) {
        assert!(!article.html.to_ascii_lowercase().contains("<script"), "script in {:?}", article.html);
    }
});
