//! Pathok's extractor: a news page's HTML in, one clean article out.
//!
//! The pipeline, in the order [`extract`] runs it:
//! 1. `parse`   — HTML text (`tokenize` into html5ever's tree builder), or a `Snapshot` of the
//!    browser's DOM → `Page` (arena DOM, base URL, which nodes are hidden).
//! 2. `score`   — `&Page` → `Pick`: the element that holds the article body.
//! 3. `dedupe`  — `&Page` + `Pick` → `Body`: the body's blocks in order, each exactly once.
//! 4. `clutter` — `&Page` + `Body` → `Body` without tickers, "আরও পড়ুন" boxes, share bars, lists.
//! 5. `meta`    — `&Page` + `Body` → `Metadata` (title, byline, dates …) and the blocks it consumed.
//! 6. `output`  — all of the above → [`Article`]: sanitised HTML, text, Markdown, counts.
//!
//! ```
//! let html = "<html><head><title>শিরোনাম</title></head><body><article><h1>শিরোনাম</h1>\
//!     <p>ঢাকায় আজ সকালে ভারী বৃষ্টি হয়েছে, ফলে নগরীর বিভিন্ন সড়কে জলাবদ্ধতা দেখা দিয়েছে। অফিসগামী মানুষ চরম দুর্ভোগে পড়েন।</p>\
//!     <p>আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন সারা দেশে বৃষ্টি অব্যাহত থাকতে পারে। নদীবন্দরগুলোকে সতর্ক সংকেত দেখাতে বলা হয়েছে।</p>\
//!     </article></body></html>";
//! let article = pathok::extract(html, &pathok::Options::default()).unwrap();
//! assert_eq!(article.title.as_deref(), Some("শিরোনাম"));
//! assert_eq!(article.text.split("\n\n").count(), 2);
//! ```
#![deny(missing_docs)]

mod dom;
mod url;
mod tables;
pub mod text;
mod signals;
mod blocks;
mod budget;
mod snapshot;
mod tokenize;
mod parse;
mod score;
mod dedupe;
mod clutter;
mod calendar;
mod date;
mod json;
mod meta;
mod output;
mod error;
mod options;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use meta::Metadata;
pub use options::Options;
pub use output::{Article, Stats};
pub use snapshot::Snapshot;

/// Extracts the one article of a page, or says why there is none.
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    let budget = budget::Budget::start(options);
    let page = parse::parse(html, options, &budget)?;
    article(page, options, &budget)
}

/// Extracts the article from the browser's own DOM, flattened (see [`Snapshot`]); the same
/// pipeline as [`extract`] without re-parsing HTML.
pub fn extract_snapshot(snapshot: &Snapshot, options: &Options) -> Result<Article, Error> {
    let budget = budget::Budget::start(options);
    let page = parse::from_snapshot(snapshot, options, &budget)?;
    article(page, options, &budget)
}

fn article(mut page: parse::Page, options: &Options, budget: &budget::Budget) -> Result<Article, Error> {
    let body = match clean_body(&mut page, budget, false) {
        Err(Error::NotAnArticle { reason }) => {
            if let Some(found) = from_json_ld(&page, options, budget).or_else(|| from_embedded(&page, options, budget)) {
                return found;
            }
            // Last: a short page with nothing else on it (not a client-rendered shell whose "Loading…"
            // would hide the JSON-LD body) is shown whole.
            if !score::is_bare(&page) {
                return Err(Error::NotAnArticle { reason });
            }
            clean_body(&mut page, budget, true)?
        }
        other => other?,
    };
    let (metadata, consumed) = meta::read(&page, &body);
    output::render(page, &body, &consumed, metadata, options)
}

/// Stages 2–4: the article's blocks, each once, without clutter; from the whole page when `bare`.
fn clean_body(page: &mut parse::Page, budget: &budget::Budget, bare: bool) -> Result<dedupe::Body, Error> {
    let pick = if bare { score::whole_page(page) } else { score::find_main(page, budget)? };
    let body = dedupe::drop_repeats(page, &pick);
    let body = clutter::strip(page, body);
    score::judge(page, &body, bare)?;
    budget.check_time()?;
    Ok(body)
}

/// A client-rendered page has no body in its DOM, only in JSON-LD: the body comes from there and
/// everything else from the page.
fn from_json_ld(page: &parse::Page, options: &Options, budget: &budget::Budget) -> Option<Result<Article, Error>> {
    from_elsewhere(page, &meta::json_ld_body(page)?, options, budget)
}

/// Or its body is only in a `<noscript>` fallback or an `<iframe srcdoc>` document.
fn from_embedded(page: &parse::Page, options: &Options, budget: &budget::Budget) -> Option<Result<Article, Error>> {
    from_elsewhere(page, parse::embedded_document(page)?, options, budget)
}

/// The article whose body is `html`, read apart from the page, and whose metadata is the page's.
fn from_elsewhere(page: &parse::Page, html: &str, options: &Options, budget: &budget::Budget) -> Option<Result<Article, Error>> {
    let mut body_page = parse::parse(html, options, budget).ok()?;
    let body = clean_body(&mut body_page, budget, false).ok()?;
    let (metadata, _) = meta::read(page, &dedupe::Body::empty());
    Some(output::render(body_page, &body, &[], metadata, options))
}
