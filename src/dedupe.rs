//! Stage 3, dedupe: the picked element → [`Body`], its blocks in order, each once.

use crate::dom::NodeId;
use crate::parse::Page;
use crate::score::Pick;

/// The article's content: subtree roots to render in order; nodes marked in `Page::dropped` inside
/// them are left out.
pub(crate) struct Body {
    pub(crate) roots: Vec<NodeId>,
    /// Text blocks (paragraphs, headings, list items, captions) in order, each once.
    pub(crate) blocks: Vec<NodeId>,
    pub(crate) duplicates_removed: usize,
    pub(crate) clutter_removed: usize,
}

pub(crate) fn drop_repeats(page: &Page, pick: &Pick) -> Body {
    let _ = page;
    Body { roots: pick.roots.clone(), blocks: Vec::new(), duplicates_removed: 0, clutter_removed: 0 }
}
