//! The extractor against every page in `tests/fixtures/`: exact blocks in order, no clutter string
//! in any output, the headline and (when given) byline and dates; pages without an article give
//! the expected error. All mismatches are collected and reported together.

use std::fmt::Write as _;

use pathok::{extract, Article, Options};

use crate::common::{self, check, diff_blocks, repeated, Failures, Fixture};

// The CLI's own code, so that `pathok eval --without-class-id` and this test strip pages alike.
#[path = "../src/bin/pathok/strip.rs"]
mod strip;

/// Why: the issue asks for at least 15 fixture pages; we keep 18 or more so every pattern has a page.
const MIN_FIXTURES: usize = 18;

#[test]
fn fixtures() {
    check_fixtures(|html| html.to_owned());
}

/// The same pages with every `class` and `id` attribute taken out, so the rules that pass them read
/// structure, text statistics and Bengali labels, not the fixtures' class vocabularies (pages we have
/// not seen name their boxes differently, or not at all).
#[test]
fn fixtures_without_class_or_id() {
    check_fixtures(strip::without_class_or_id);
}

fn check_fixtures(page: impl Fn(&str) -> String) {
    let all = common::fixtures();
    let mut failures = Failures::default();
    for fixture in &all {
        let result = extract(&page(&fixture.html), &Options::with_url(&fixture.expected.url));
        match (&fixture.expected.error, result) {
            (Some(kind), Err(err)) => check!(failures, &fixture.name, "error", kind.as_str(), err.kind()),
            (Some(kind), Ok(article)) => failures.push(
                &fixture.name,
                "error",
                format!(
                    "  expected error {kind}, got an article titled {} with {} blocks:\n{}",
                    common::show(&article.title),
                    blocks(&article).len(),
                    diff_blocks(&[], &blocks(&article))
                ),
            ),
            (None, Err(err)) => failures.push(&fixture.name, "error", format!("  unexpected {}: {err}", err.kind())),
            (None, Ok(article)) => compare(fixture, &article, &mut failures),
        }
    }
    let names: Vec<&str> = all.iter().map(|f| f.name.as_str()).collect();
    failures.finish(&names);
}

/// The fixtures themselves are consistent, so a failure above is about the extractor.
#[test]
fn fixtures_are_well_formed() {
    let all = common::fixtures();
    if std::env::var_os("PATHOK_FIXTURE").is_none() {
        assert!(all.len() >= MIN_FIXTURES, "only {} fixtures, want {MIN_FIXTURES}", all.len());
    }
    let mut failures = Failures::default();
    for fixture in &all {
        let expected = &fixture.expected;
        if !expected.url.starts_with("https://") && !expected.url.starts_with("http://") {
            failures.push(&fixture.name, "url", format!("  not absolute: {}", expected.url));
        }
        match &expected.error {
            Some(_) if !expected.paragraphs.is_empty() || expected.title.is_some() => {
                failures.push(&fixture.name, "error", "  an error fixture has no title or paragraphs");
            }
            None if expected.title.is_none() || expected.paragraphs.is_empty() => {
                failures.push(&fixture.name, "paragraphs", "  an article fixture needs a title and paragraphs");
            }
            _ => {}
        }
        let paragraphs: Vec<&str> = expected.paragraphs.iter().map(String::as_str).collect();
        for block in repeated(&paragraphs) {
            failures.push(&fixture.name, "paragraphs", format!("  listed twice: {}", common::short(block)));
        }
        for block in &paragraphs {
            if !unicode_normalization::is_nfc(block) {
                failures.push(&fixture.name, "paragraphs", format!("  not NFC: {}", common::short(block)));
            }
            if block.trim() != *block || block.contains("  ") || block.contains('\n') || block.is_empty() {
                failures.push(&fixture.name, "paragraphs", format!("  not whitespace-collapsed: {block:?}"));
            }
        }
        for needle in expected.must_not_contain.iter().chain(&expected.html_must_contain) {
            if !fixture.html.contains(needle.as_str()) {
                failures.push(&fixture.name, "must_not_contain", format!("  not on the page at all: {needle}"));
            }
            if let Some(block) = paragraphs.iter().find(|p| p.contains(needle.as_str())) {
                failures.push(&fixture.name, "must_not_contain", format!("  {needle} is in an expected block: {block}"));
            }
        }
    }
    let names: Vec<&str> = all.iter().map(|f| f.name.as_str()).collect();
    failures.finish(&names);
}

fn compare(fixture: &Fixture, article: &Article, failures: &mut Failures) {
    let expected = &fixture.expected;
    let name = fixture.name.as_str();
    check!(failures, name, "title", expected.title, article.title);
    if expected.byline.is_some() {
        check!(failures, name, "byline", expected.byline, article.byline);
    }
    if expected.published.is_some() {
        check!(failures, name, "published", expected.published, article.published);
    }
    if expected.modified.is_some() {
        check!(failures, name, "modified", expected.modified, article.modified);
    }
    let actual = blocks(article);
    if actual.iter().copied().ne(expected.paragraphs.iter().map(String::as_str)) {
        let mut detail = format!(
            "  {} blocks expected, {} extracted (- expected only, + extracted only):\n{}",
            expected.paragraphs.len(),
            actual.len(),
            diff_blocks(&expected.paragraphs, &actual)
        );
        for block in repeated(&actual) {
            let _ = writeln!(detail, "  extracted more than once: {}", common::short(block));
        }
        failures.push(name, "paragraphs", detail);
    }
    for needle in &expected.html_must_contain {
        if !article.html.contains(needle.as_str()) {
            failures.push(name, "html_must_contain", format!("  missing from html: {needle}"));
        }
    }
    for needle in &expected.must_not_contain {
        let outputs = [("text", &article.text), ("html", &article.html), ("markdown", &article.markdown)];
        let leaks: Vec<(&str, String)> = outputs
            .iter()
            .filter_map(|(output, content)| common::context(content, needle).map(|around| (*output, around)))
            .collect();
        if let Some((_, around)) = leaks.first() {
            let names: Vec<&str> = leaks.iter().map(|(output, _)| *output).collect();
            failures.push(name, "must_not_contain", format!("  \"{needle}\" leaks into {}: {around}", names.join(", ")));
        }
    }
}

/// The article's text blocks; an empty text has none.
fn blocks(article: &Article) -> Vec<&str> {
    if article.text.is_empty() {
        Vec::new()
    } else {
        article.text.split("\n\n").collect()
    }
}
