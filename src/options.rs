//! What a caller may tune. Everything else is a constant in `tables`.

use crate::tables;

/// Options for [`crate::extract`].
#[derive(Debug, Clone, serde::Deserialize)]
#[serde(default)]
pub struct Options {
    /// The page's URL: resolves relative links and lazy images and gives the site's host.
    /// Defaults to none (links stay as written, relative ones are dropped).
    pub url: Option<String>,
    /// A language hint (`"bn"`, `"en"`) used when the page does not say. Defaults to none.
    pub lang: Option<String>,
    /// Largest input accepted, in bytes. Defaults to `tables::MAX_BYTES` (32 MiB).
    pub max_bytes: usize,
    /// Largest DOM accepted, in nodes. Defaults to `tables::MAX_NODES` (2,000,000).
    pub max_nodes: usize,
    /// Time budget for one extraction, in milliseconds. Defaults to `tables::MAX_MILLIS` (5,000).
    pub max_millis: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            lang: None,
            max_bytes: tables::MAX_BYTES,
            max_nodes: tables::MAX_NODES,
            max_millis: tables::MAX_MILLIS,
        }
    }
}

impl Options {
    /// Options for a page at `url`.
    #[must_use]
    pub fn with_url(url: &str) -> Self {
        Options {
            url: Some(url.to_owned()),
            ..Options::default()
        }
    }
}
