//! Stage 6, output: the page, the kept blocks and the metadata → [`Article`].

use serde::Serialize;

use crate::dedupe::Body;
use crate::dom::NodeId;
use crate::parse::Page;
use crate::{Error, Metadata, Options};

/// One extracted article.
#[derive(Debug, Clone, Serialize)]
pub struct Article {
    /// The headline.
    pub title: Option<String>,
    /// The author line.
    pub byline: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// Publication time, ISO 8601.
    pub published: Option<String>,
    /// Publication date in the Bangla calendar, in Bengali.
    pub published_bangla: Option<String>,
    /// Last update time, ISO 8601.
    pub modified: Option<String>,
    /// Language (BCP 47).
    pub lang: Option<String>,
    /// The first real paragraph, trimmed at a sentence end.
    pub excerpt: Option<String>,
    /// Lead image, absolute URL.
    pub lead_image: Option<String>,
    /// Canonical URL.
    pub canonical: Option<String>,
    /// The article as sanitised HTML.
    pub html: String,
    /// The article as plain text, blocks separated by one blank line.
    pub text: String,
    /// The article as Markdown.
    pub markdown: String,
    /// Words, by Unicode word segmentation.
    pub word_count: usize,
    /// Minutes to read at the language's rate.
    pub reading_minutes: u32,
    /// What the extractor removed.
    pub stats: Stats,
}

/// Counts of what was removed on the way.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Stats {
    /// Blocks dropped because they repeated an earlier block.
    pub duplicates_removed: usize,
    /// Clutter blocks dropped (tickers, share bars, read-more boxes, lists).
    pub clutter_removed: usize,
}

pub(crate) fn render(
    page: &Page,
    body: &Body,
    consumed: &[NodeId],
    meta: Metadata,
    options: &Options,
) -> Result<Article, Error> {
    let _ = (page, consumed, options);
    Ok(Article {
        title: meta.title,
        byline: meta.byline,
        site_name: meta.site_name,
        published: meta.published,
        published_bangla: meta.published_bangla,
        modified: meta.modified,
        lang: meta.lang,
        excerpt: meta.excerpt,
        lead_image: meta.lead_image,
        canonical: meta.canonical,
        html: String::new(),
        text: String::new(),
        markdown: String::new(),
        word_count: 0,
        reading_minutes: 0,
        stats: Stats { duplicates_removed: body.duplicates_removed, clutter_removed: body.clutter_removed },
    })
}
