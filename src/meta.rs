//! Stage 5, meta: `&Page` + the article's blocks → [`Metadata`], plus the body blocks that were
//! metadata lines (byline, dateline, repeated headline) so output leaves them out.
//! It reads; it never changes the page or the block list.

use serde::Serialize;

use crate::dedupe::Body;
use crate::dom::NodeId;
use crate::parse::Page;

/// What the page says about its article.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Metadata {
    /// The headline, without the site's name.
    pub title: Option<String>,
    /// Who wrote it ("নিজস্ব প্রতিবেদক", a reporter's name, "অনলাইন ডেস্ক").
    pub byline: Option<String>,
    /// The publication's name.
    pub site_name: Option<String>,
    /// Publication time, ISO 8601.
    pub published: Option<String>,
    /// Last update time, ISO 8601.
    pub modified: Option<String>,
    /// Publication date in the revised Bangla calendar, in Bengali ("২৩ পৌষ ১৪৩২").
    pub published_bangla: Option<String>,
    /// BCP 47 language of the article ("bn", "en").
    pub lang: Option<String>,
    /// The first real paragraph, trimmed at a sentence end.
    pub excerpt: Option<String>,
    /// The lead image, absolute URL.
    pub lead_image: Option<String>,
    /// The canonical URL of the article.
    pub canonical: Option<String>,
}

/// Reads the metadata; returns it with the body blocks that are metadata lines.
pub(crate) fn read(page: &Page, body: &Body) -> (Metadata, Vec<NodeId>) {
    let _ = (page, body);
    (Metadata::default(), Vec::new())
}

/// Minutes to read `words` words in `lang`.
pub(crate) fn reading_minutes(words: usize, lang: Option<&str>) -> u32 {
    let _ = lang;
    u32::try_from(words.div_ceil(238)).unwrap_or(u32::MAX)
}
