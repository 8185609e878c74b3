//! Fixture pages for the extractor tests: loading `tests/fixtures/<slug>/` and reporting mismatches.
//!
//! Each folder holds `source.html` (a whole page as a browser would receive it) and `expected.json`:
//!
//! ```json
//! { "url": "https://…", "title": "…", "byline": "…", "published": "2026-02-13T11:05:42+06:00",
//!   "paragraphs": ["…", "…"], "must_not_contain": ["জনপ্রিয় সংবাদ", "…"] }
//! ```
//! or, for a page that has no article, `{ "url": "…", "error": "not_article", "must_not_contain": [] }`.
//! `byline`, `published` and `modified` are compared only when present; `html_must_contain` lists
//! strings `Article::html` must hold (a lazy image's real `data-src` address, resolved).
//!
//! What counts as one paragraph (one block of `Article::text`, blocks joined by `"\n\n"`), so that
//! fixtures and the extractor agree:
//! - a body `<p>`, a heading inside the body, and each `<li>` of a list are one block each;
//! - a `<blockquote>` gives one block per paragraph inside it (one block if it holds bare text);
//! - a `<figure>` gives one block, its `<figcaption>` text; images themselves give no text;
//! - a table gives one block per row, cell texts joined by `" | "` (header row included);
//! - text written with `<br><br>` between paragraphs gives one block per run between the breaks;
//! - inside a block, whitespace runs are collapsed to one space and the ends trimmed; entities decoded;
//! - the headline, byline and date lines are metadata, never body blocks; datelines
//!   ("রাজবাড়ী: …" at the start of a paragraph) and sign-offs ("বাংলাদেশ সময়: …") are body.
//!
//! All fixture text is NFC; the comparison is exact.
//!
//! Set `PATHOK_FIXTURE=<part of a slug>` to run only the matching fixtures.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// What a fixture's `expected.json` says.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The page's address, passed as `Options::url`.
    pub url: String,
    /// The headline; required unless `error` is given.
    pub title: Option<String>,
    /// The author line, compared when present.
    pub byline: Option<String>,
    /// Publication time (ISO 8601 with offset), compared when present.
    pub published: Option<String>,
    /// Last update time (ISO 8601 with offset), compared when present.
    pub modified: Option<String>,
    /// The body blocks, in order, each exactly once.
    #[serde(default)]
    pub paragraphs: Vec<String>,
    /// Page strings that must appear in none of text, html and markdown.
    #[serde(default)]
    pub must_not_contain: Vec<String>,
    /// Strings the sanitised HTML must hold, such as the real address of a lazy image.
    #[serde(default)]
    pub html_must_contain: Vec<String>,
    /// The error kind (`Error::kind`) for pages without an article.
    pub error: Option<String>,
}

/// One fixture folder, read.
pub struct Fixture {
    /// The folder name.
    pub name: String,
    /// The page.
    pub html: String,
    /// Its expectations.
    pub expected: Expected,
}

/// The folder all fixtures live in.
pub fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("fixtures")
}

/// Every fixture, sorted by name, narrowed by `PATHOK_FIXTURE` when set. A folder that cannot be
/// read or parsed is a broken test, so it panics with the path.
pub fn fixtures() -> Vec<Fixture> {
    let only = std::env::var("PATHOK_FIXTURE").ok();
    let mut dirs: Vec<PathBuf> = fs::read_dir(fixtures_dir())
        .expect("tests/fixtures is readable")
        .map(|entry| entry.expect("fixture entry").path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let html = fs::read_to_string(dir.join("source.html"))
                .unwrap_or_else(|e| panic!("{}: source.html: {e}", dir.display()));
            let json = fs::read_to_string(dir.join("expected.json"))
                .unwrap_or_else(|e| panic!("{}: expected.json: {e}", dir.display()));
            let expected = serde_json::from_str(&json)
                .unwrap_or_else(|e| panic!("{}: expected.json: {e}", dir.display()));
            Fixture { name, html, expected }
        })
        .filter(|fixture| only.as_deref().is_none_or(|part| fixture.name.contains(part)))
        .collect()
}

/// Mismatches collected over a whole run, so one run shows every failing fixture.
#[derive(Default)]
pub struct Failures {
    items: Vec<(String, String)>,
}

impl Failures {
    /// Records a mismatch in `field` of `fixture`.
    pub fn push(&mut self, fixture: &str, field: &str, detail: impl std::fmt::Display) {
        self.items.push((fixture.to_owned(), format!("Mismatch in field '{field}' (fixture: {fixture})\n{detail}")));
    }

    /// Panics with every recorded mismatch and the pass count, if there is any mismatch.
    pub fn finish(self, names: &[&str]) {
        if self.items.is_empty() {
            return;
        }
        let failed: Vec<&str> = names.iter().copied().filter(|n| self.items.iter().any(|(f, _)| f == n)).collect();
        let mut report = String::new();
        for (_, message) in &self.items {
            let _ = writeln!(report, "{message}\n");
        }
        let _ = writeln!(
            report,
            "{} of {} fixtures pass; failing: {}",
            names.len() - failed.len(),
            names.len(),
            failed.join(", ")
        );
        panic!("\n{report}");
    }
}

/// Compares one field; on a difference records both values under the field's name.
macro_rules! check {
    ($failures:expr, $fixture:expr, $field:expr, $expected:expr, $actual:expr) => {{
        let (expected, actual) = (&$expected, &$actual);
        if expected != actual {
            let (expected, actual) = ($crate::common::show(expected), $crate::common::show(actual));
            $failures.push($fixture, $field, format!("  expected: {expected}\n  actual:   {actual}"));
        }
    }};
}
pub(crate) use check;

/// `Debug` output with `\u{…}` escapes turned back into characters: Rust escapes Bengali vowel
/// signs (combining marks) in `Debug`, which makes a Bengali mismatch unreadable.
pub fn show<T: std::fmt::Debug>(value: &T) -> String {
    let raw = format!("{value:?}");
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw.as_str();
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let decoded = after
            .find('}')
            .and_then(|end| u32::from_str_radix(&after[..end], 16).ok().and_then(char::from_u32).map(|c| (c, end)));
        if let Some((c, end)) = decoded {
            out.push(c);
            rest = &after[end + 1..];
        } else {
            out.push_str("\\u{");
            rest = after;
        }
    }
    out.push_str(rest);
    out
}

/// A line diff of expected and actual blocks: `  ` both, `- ` expected only, `+ ` actual only,
/// from a longest common subsequence; long blocks are cut so the report stays readable.
pub fn diff_blocks(expected: &[String], actual: &[&str]) -> String {
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if expected[i] == actual[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let mut out = String::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && expected[i] == actual[j] {
            let _ = writeln!(out, "    {}", short(&expected[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            let _ = writeln!(out, "  - {}", short(&expected[i]));
            i += 1;
        } else {
            let _ = writeln!(out, "  + {}", short(actual[j]));
            j += 1;
        }
    }
    out
}

/// Blocks that occur more than once.
pub fn repeated<'a>(blocks: &[&'a str]) -> Vec<&'a str> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for &block in blocks {
        if !seen.insert(block) && !out.contains(&block) {
            out.push(block);
        }
    }
    out
}

/// The first 90 characters of a block, then "…".
pub fn short(block: &str) -> String {
    const KEEP: usize = 90;
    if block.chars().count() <= KEEP {
        block.to_owned()
    } else {
        block.chars().take(KEEP).chain(std::iter::once('…')).collect()
    }
}

/// Where `needle` first occurs in `haystack`, with a little text around it, on one line.
pub fn context(haystack: &str, needle: &str) -> Option<String> {
    const AROUND: usize = 30;
    let at = haystack.find(needle)?;
    let before: String = haystack[..at].chars().rev().take(AROUND).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = haystack[at + needle.len()..].chars().take(AROUND).collect();
    Some(format!("…{before}[{needle}]{after}…").replace('\n', "⏎"))
}
