//! The one public error type. Every variant is something a caller can act on; messages are
//! lowercase and carry the numbers involved. Nothing here inspects pages.

/// Why no article came out.
#[non_exhaustive]
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum Error {
    /// The page is not an article: a front page, a section listing, a search page or a page of links.
    #[error("no article found: {reason}")]
    NotAnArticle {
        /// What the extractor saw instead ("only links", "no text blocks", …).
        reason: String,
    },
    /// The input is larger than `Options::max_bytes`.
    #[error("input too large: {found} bytes, the limit is {limit}")]
    TooLarge {
        /// Bytes received.
        found: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The page has more nodes than `Options::max_nodes`.
    #[error("page too complex: {found} nodes, the limit is {limit}")]
    TooManyNodes {
        /// Nodes built by the parser.
        found: usize,
        /// The limit in force.
        limit: usize,
    },
    /// Extraction ran past `Options::max_millis`.
    #[error("extraction took too long: over {limit_ms} ms")]
    Timeout {
        /// The limit in force, in milliseconds.
        limit_ms: u64,
    },
    /// A DOM snapshot from the browser does not follow the format of `Snapshot`.
    #[error("bad dom snapshot: {reason}")]
    BadSnapshot {
        /// What is wrong with it.
        reason: String,
    },
    /// `Options::url` is not an absolute URL.
    #[error("bad page url {url:?}: {reason}")]
    BadUrl {
        /// The URL as given.
        url: String,
        /// What the URL parser said.
        reason: String,
    },
}

impl Error {
    /// A stable machine-readable name for the variant (`not_article`, `too_large`, …), used by the
    /// CLI's JSON lines and by the extension to pick a message for the user.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Error::NotAnArticle { .. } => "not_article",
            Error::TooLarge { .. } => "too_large",
            Error::TooManyNodes { .. } => "too_many_nodes",
            Error::Timeout { .. } => "timeout",
            Error::BadUrl { .. } => "bad_url",
            Error::BadSnapshot { .. } => "bad_snapshot",
        }
    }
}
