//! Stage 6, output: the page, the kept blocks and the metadata → [`Article`].
//!
//! The article is written as HTML from the kept subtrees through one allowlist ([`POLICY`]: tags,
//! attributes per tag, URL schemes), with links and lazy images made absolute and repeated images
//! left out. The writer is the sanitiser: it emits only allowed tags and attributes, escapes all
//! text, and passes only absolute http/https/mailto URLs. Its output is tested to be a fixed point
//! of `ammonia` with the same policy (tests below), which is how ammonia guards us without costing
//! the wasm 76 KB gz. Text and Markdown are both read from that clean HTML, so all three formats
//! show the same article. It decides nothing about what is article and what is not.

use std::borrow::Cow;

use html5ever::local_name;
use rustc_hash::FxHashSet;

use serde::Serialize;
use crate::url::Url;

use crate::blocks;
use crate::dedupe::Body;
use crate::dom::{self, Data, Dom, NodeId, DOCUMENT};
use crate::parse::Page;
use crate::{meta, tables, text, Error, Metadata, Options};

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
    /// Clutter boxes dropped (tickers, share bars, read-more lines, link lists).
    pub clutter_removed: usize,
}

/// The sanitiser policy, stated once.
///
/// # Defaults
/// Tags: text structure, lists, quotes, figures, tables and inline emphasis; no scripts, styles,
/// frames, forms, media players or SVG. Attributes: `href`/`title` on links, `src`/`alt`/`title` on
/// images, spans on cells, `datetime` on `time`, `start` on lists. URL schemes: http, https, mailto.
struct Policy {
    tags: &'static [&'static str],
    attributes: &'static [(&'static str, &'static [&'static str])],
    schemes: &'static [&'static str],
}

const POLICY: Policy = Policy {
    tags: &[
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dl", "dt", "em",
        "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li",
        "mark", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul",
    ],
    attributes: &[
        ("a", &["href", "title"]),
        ("img", &["src", "alt", "title"]),
        ("td", &["colspan", "rowspan"]),
        ("th", &["colspan", "rowspan"]),
        ("time", &["datetime"]),
        ("ol", &["start"]),
        ("abbr", &["title"]),
    ],
    schemes: &["http", "https", "mailto"],
};

/// Builds the article from the kept blocks, consuming the page.
pub(crate) fn render(
    page: Page,
    body: &Body,
    consumed: &[NodeId],
    meta: Metadata,
    options: &Options,
) -> Result<Article, Error> {
    let mut left_out = page.dropped.clone();
    for &c in consumed {
        for d in page.dom.descendants(c) {
            left_out[d] = true;
        }
    }
    let html = write_html(&page, &body.roots, &left_out);
    // Nothing reads the page's tree after this: freed now, it is the memory the clean tree and the
    // text are written to, which took the 20 MB scaling page's peak heap from 119 to 76 MB.
    drop((page, left_out));
    let clean = dom::parse_document(&html);
    let (text, markdown) = Reader::read(&clean);
    let word_count = text::word_count(&text);
    let lang = meta.lang.clone().or_else(|| options.lang.clone());
    let reading_minutes = meta::reading_minutes(word_count, lang.as_deref());
    Ok(Article {
        title: meta.title,
        byline: meta.byline,
        site_name: meta.site_name,
        published: meta.published,
        published_bangla: meta.published_bangla,
        modified: meta.modified,
        lang,
        excerpt: meta.excerpt,
        lead_image: meta.lead_image,
        canonical: meta.canonical,
        html,
        text,
        markdown,
        word_count,
        reading_minutes,
        stats: Stats {
            duplicates_removed: body.duplicates_removed,
            clutter_removed: body.clutter_removed,
        },
    })
}

/// Resolves `href` against the page's base; only the policy's schemes pass.
pub(crate) fn absolute_url(page: &Page, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() || href.starts_with('#') {
        return None;
    }
    let url = match &page.base {
        Some(base) => base.join(href).ok()?,
        None => Url::parse(href).ok()?,
    };
    POLICY.schemes.contains(&url.scheme()).then(|| url.to_string())
}

/// The image a reader should see: lazy-loading attributes first, then a real `src`, then `srcset`.
pub(crate) fn image_source(page: &Page, img: NodeId) -> Option<String> {
    let dom = &page.dom;
    let lazy = tables::LAZY_SRC_ATTRS.iter().find_map(|a| dom.attr(img, a));
    let src = dom.attr(img, local_name!("src")).filter(|s| !s.trim_start().starts_with("data:"));
    let set = tables::LAZY_SRCSET_ATTRS
        .iter()
        .find_map(|a| dom.attr(img, a))
        .and_then(|s| s.split(',').next())
        .and_then(|c| c.split_whitespace().next());
    [lazy, src, set].into_iter().flatten().find_map(|u| absolute_url(page, u))
}

/// Writes the kept subtrees as HTML through the policy; iterative, so depth costs no stack.
fn write_html(page: &Page, roots: &[NodeId], left_out: &[bool]) -> String {
    let mut out = String::with_capacity(page.dom.text_bytes() + 8 * page.dom.len());
    let mut images: FxHashSet<String> = FxHashSet::default();
    for &root in roots {
        write_subtree(page, root, left_out, &mut images, &mut out);
    }
    out
}

fn write_subtree(page: &Page, root: NodeId, left_out: &[bool], images: &mut FxHashSet<String>, out: &mut String) {
    let dom = &page.dom;
    // Open elements above `node`, each with the tag to close when leaving it (None: unwrapped).
    let mut open: Vec<(NodeId, Option<&'static str>)> = Vec::new();
    // For each `<table>` among them, whether it was written: its rows and cells may be too.
    let mut tables_open: Vec<bool> = Vec::new();
    let mut depth = 0usize;
    let mut node = root;
    'walk: loop {
        let enter = if left_out[node] {
            None
        } else {
            match &dom.nodes[node].data {
                Data::Text(t) => {
                    escape(dom.str(t), false, out);
                    None
                }
                // A list whose items were all taken out (byline lines, say) would be an empty list.
                Data::Element { .. } if emptied(dom, node, left_out) => None,
                Data::Element { .. } => match open_element(page, node, depth, tables_open.last() == Some(&true), images, out) {
                    Some("") => None,
                    close => Some(close),
                },
                _ => None,
            }
        };
        if let Some(close) = enter {
            if let Some(child) = dom.nodes[node].first_child() {
                depth += usize::from(close.is_some());
                if dom.is(node, local_name!("table")) {
                    tables_open.push(close.is_some());
                }
                open.push((node, close));
                node = child;
                continue;
            }
            write_close(close, out);
        }
        loop {
            if node == root {
                break 'walk;
            }
            if let Some(next) = dom.nodes[node].next() {
                node = next;
                continue 'walk;
            }
            let Some((parent, close)) = open.pop() else { break 'walk };
            depth -= usize::from(close.is_some());
            if dom.is(parent, local_name!("table")) {
                tables_open.pop();
            }
            write_close(close, out);
            node = parent;
        }
    }
}

/// A table laid out around prose: its one cell with words holds two paragraphs or more (blocks of words
/// that end a sentence). A data table has more cells, and one of them may hold a paragraph or two.
fn is_layout_table(page: &Page, table: NodeId) -> bool {
    let dom = &page.dom;
    // A nested table's cells are its own: its subtree is passed over, which also keeps nested one-cell tables
    // (each met by the writer) from walking each other's contents again.
    let mut cell = None;
    let mut walk = dom.descendants(table);
    while let Some(d) = walk.next() {
        if d != table && dom.is(d, local_name!("table")) {
            walk.skip_children(d);
        } else if (dom.is(d, local_name!("td")) || dom.is(d, local_name!("th"))) && page.letters[d] > 0 && cell.replace(d).is_some() {
            return false;
        }
    }
    let Some(cell) = cell else { return false };
    let prose = |c: NodeId| page.blocky[c] && page.sentence_ends[c] > 0 && page.letters[c] >= tables::MIN_BLOCK_LETTERS;
    dom.children(cell).filter(|&c| prose(c)).nth(1).is_some()
}

/// `n` is a list whose items are all left out: only blank text stays.
fn emptied(dom: &Dom, n: NodeId, left_out: &[bool]) -> bool {
    dom.tag(n).is_some_and(|t| tables::LIST_TAGS.contains(&&**t))
        && dom.children(n).any(|c| left_out[c])
        && dom.children(n).all(|c| left_out[c] || dom.is_blank_text(c))
}

fn write_close(close: Option<&str>, out: &mut String) {
    if let Some(tag) = close {
        out.push_str("</");
        out.push_str(tag);
        out.push('>');
    }
}

/// Writes the opening tag of `n` as the policy allows. Returns the tag to close, `None` to unwrap
/// (write only the children), or `Some("")` to leave the whole subtree out.
fn open_element(
    page: &Page,
    n: NodeId,
    depth: usize,
    in_table: bool,
    images: &mut FxHashSet<String>,
    out: &mut String,
) -> Option<&'static str> {
    let dom = &page.dom;
    let tag = dom.tag(n).map_or("", |t| &**t);
    if tables::is_not_prose(tag) {
        return Some("");
    }
    if tables::IMAGE_TAGS.contains(&tag) {
        if let Some(src) = image_source(page, n).filter(|s| images.insert(s.clone())) {
            out.push_str("<img src=\"");
            escape(&src, true, out);
            out.push('"');
            if let Some(alt) = dom.attr(n, local_name!("alt")) {
                out.push_str(" alt=\"");
                escape(alt, true, out);
                out.push('"');
            }
            out.push('>');
        }
        return Some("");
    }
    if tag == "br" || tag == "hr" {
        out.push('<');
        out.push_str(tag);
        out.push('>');
        return Some("");
    }
    let name = match tag {
        "h1" => Some("h2"),
        _ => POLICY.tags.iter().copied().find(|&t| t == tag),
    };
    let name = match name {
        // Rows and cells whose table is not in the article (a layout table around the body) are
        // written as what they hold: a `<tr>` outside a `<table>` is not HTML.
        Some(part) if tables::TABLE_PARTS.contains(&part) && !in_table => {
            if !blocks::is_text_block(dom, &page.blocky, n) {
                return None;
            }
            "p"
        }
        // A paragraph holding blocks (a table in a `<p>`, kept so by quirks-mode parsing) would be
        // split by any reader's parser; its content is written without it.
        Some("p") if dom.children(n).any(|c| page.blocky[c]) => return None,
        // A table laid out around the story is written as what it holds, its rows and cells too.
        Some("table") if is_layout_table(page, n) => return None,
        Some(t) => t,
        None if blocks::is_text_block(dom, &page.blocky, n) => "p",
        None => return None,
    };
    if depth >= tables::MAX_OUTPUT_DEPTH {
        return None;
    }
    out.push('<');
    out.push_str(name);
    let allowed = POLICY.attributes.iter().find(|(t, _)| *t == name).map_or(&[][..], |(_, a)| *a);
    for &attr in allowed {
        let value = match (name, attr) {
            ("a", "href") => dom.attr(n, local_name!("href")).and_then(|h| absolute_url(page, h)),
            _ => dom.attr(n, attr).map(str::to_owned),
        };
        if let Some(v) = value {
            out.push(' ');
            out.push_str(attr);
            out.push_str("=\"");
            escape(&v, true, out);
            out.push('"');
        }
    }
    out.push('>');
    Some(name)
}

/// Text escaped for HTML; in an attribute value (always double-quoted) `"` too. `<` and `>` are
/// escaped in both, which the serialisation algorithm does not require for attributes, so no
/// tag-like text survives anywhere in our HTML.
fn escape(t: &str, in_attribute: bool, out: &mut String) {
    push_escaped(t, out, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' if in_attribute => Some("&quot;"),
        '\u{a0}' => Some("&nbsp;"),
        _ => None,
    });
}

/// Appends `t` with each character `replace` names replaced, copying the runs between them whole
/// (most text has none of them). Reads bytes, not chars: every escape here replaces only ASCII
/// characters and U+00A0, so any other character is stepped over whole by its lead byte without
/// decoding it (a Bengali letter is three bytes; decoding them made escaping a few percent of
/// extraction).
fn push_escaped(t: &str, out: &mut String, replace: impl Fn(char) -> Option<&'static str>) {
    let bytes = t.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let (c, len) = match b {
            0..=0x7f => (char::from(b), 1),
            0xc2 if bytes.get(i + 1) == Some(&0xa0) => ('\u{a0}', 2),
            0xc2..=0xdf => {
                i += 2;
                continue;
            }
            0xe0..=0xef => {
                i += 3;
                continue;
            }
            _ => {
                i += 4;
                continue;
            }
        };
        if let Some(with) = replace(c) {
            out.push_str(&t[run..i]);
            out.push_str(with);
            run = i + len;
        }
        i += len;
    }
    out.push_str(&t[run..]);
}

/// Reads the clean article tree into text (blocks parted by a blank line) and Markdown. The clean
/// tree is shallow (the writer caps nesting at `tables::MAX_OUTPUT_DEPTH`), so recursion here is
/// bounded.
struct Reader<'a> {
    dom: &'a Dom,
    /// The text, written in place: a string per block joined at the end copied a long article twice.
    text: String,
    /// Text blocks written so far.
    blocks: usize,
    /// The Markdown, written in place too, each block parted from the last by the separator of the
    /// group they share.
    md: String,
    /// The groups open around the block being read, outermost (the whole article) first.
    groups: Vec<Group>,
    /// A leaf's Markdown before it joins `md`: one buffer for every leaf, not one grown afresh per
    /// paragraph (on a 20 MB page those allocations cost more per byte than on a small one).
    leaf_md: String,
}

/// Markdown blocks joined by one separator (a list's items by a line break, a quote's paragraphs
/// by a quoted blank line), the whole of them one block of the group around it.
struct Group {
    sep: String,
    /// Blocks of this group begun so far.
    blocks: usize,
    /// A table's, until its first row is written: the header rule goes under that row.
    rule: bool,
    /// Where the group's first block begins in the Markdown.
    first: usize,
}

impl Group {
    fn new(sep: String, rule: bool) -> Group {
        Group { sep, blocks: 0, rule, first: 0 }
    }
}

impl<'a> Reader<'a> {
    fn read(dom: &'a Dom) -> (String, String) {
        // Room for all the text and a few bytes a node of markup, so that a long article is not
        // copied again and again while it grows.
        let room = dom.text_bytes() + 3 * dom.len();
        let mut r = Reader {
            dom,
            text: String::with_capacity(room),
            blocks: 0,
            md: String::with_capacity(room),
            groups: vec![Group::new(blank_line(""), false)],
            leaf_md: String::new(),
        };
        if let Some(body) = dom.descendants(DOCUMENT).find(|&n| dom.is(n, local_name!("body"))) {
            r.container(body, "");
        }
        (r.text, r.md)
    }

    /// Writes a Markdown block after the last one. The innermost group that has a block already
    /// parts them with its separator; every group inside it begins its first block here.
    fn md_block(&mut self, block: &str) {
        let outer = self.groups.iter().rposition(|g| g.blocks > 0);
        if let Some(i) = outer {
            self.groups[i].blocks += 1;
            self.md.push_str(&self.groups[i].sep);
        }
        let first = self.md.len();
        for group in &mut self.groups[outer.map_or(0, |i| i + 1)..] {
            group.blocks = 1;
            group.first = first;
        }
        self.md.push_str(block);
    }

    /// Reads `n`'s children as one group of blocks; where its first block begins, if it has any.
    fn group(&mut self, n: NodeId, quote: &str, group: Group) -> Option<usize> {
        self.groups.push(group);
        self.container(n, quote);
        self.groups.pop().filter(|g| g.blocks > 0).map(|g| g.first)
    }

    /// Adds the text block `write` writes, parted from the last by a blank line; nothing if it
    /// writes nothing.
    fn text_block(&mut self, write: impl FnOnce(&mut String)) {
        let before = self.text.len();
        if self.blocks > 0 {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        write(&mut self.text);
        if self.text.len() == start {
            self.text.truncate(before);
        } else {
            self.blocks += 1;
        }
    }

    fn container(&mut self, n: NodeId, quote: &str) {
        let dom = self.dom;
        let mut ordinal = dom.attr(n, local_name!("start")).and_then(|s| s.parse::<usize>().ok()).unwrap_or(1);
        for c in dom.children(n) {
            let tag = dom.tag(c).map_or("", |t| &**t);
            match tag {
                "" => {
                    if dom.shows_text(c) {
                        self.leaf(c, quote, "");
                    }
                }
                "ul" | "ol" | "dl" => self.grouped(c, quote, "\n"),
                "table" => {
                    self.group(c, quote, Group::new("\n".into(), true));
                }
                "figure" | "thead" | "tbody" | "tfoot" => self.container(c, quote),
                "blockquote" if self.has_blocks(c) => {
                    let inner = format!("{quote}> ");
                    self.grouped(c, &inner, &blank_line(&inner));
                }
                "blockquote" => self.leaf(c, &format!("{quote}> "), ""),
                "li" if dom.is(n, local_name!("ol")) => {
                    let marker = format!("{ordinal}. ");
                    ordinal += 1;
                    self.list_item(c, quote, &marker);
                }
                "li" => self.list_item(c, quote, "- "),
                "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let level = tag[1..].parse::<usize>().unwrap_or(2);
                    self.leaf(c, quote, &format!("{} ", "#".repeat(level)));
                }
                "tr" => self.row(c, quote),
                "hr" => self.md_block(&format!("{quote}---")),
                "img" => {
                    let md = self.inline_md(c);
                    self.md_block(&quoted(quote, &md));
                }
                "figcaption" | "caption" => self.leaf(c, quote, "*"),
                "pre" => {
                    let full = preformatted_text(self.dom, c);
                    let t = full.trim_start_matches('\n').trim_end();
                    self.text_block(|out| out.push_str(t));
                    self.md_block(&quoted(quote, &format!("```\n{t}\n```")));
                }
                _ => self.leaf(c, quote, ""),
            }
        }
    }

    /// Renders a container's blocks as one Markdown block, joined by `sep` (list items sit on
    /// consecutive lines; the paragraphs of one quote stay in one quote).
    fn grouped(&mut self, n: NodeId, quote: &str, sep: &str) {
        self.group(n, quote, Group::new(sep.into(), false));
    }

    fn has_blocks(&self, n: NodeId) -> bool {
        self.dom.children(n).any(|c| self.dom.tag(c).is_some_and(|t| tables::is_block(t)))
    }

    /// An item of blocks (paragraphs, a list inside) is written as blocks, then marked: the marker
    /// before its first line and the rest indented as far, so that every block stays in the item.
    fn list_item(&mut self, li: NodeId, quote: &str, marker: &str) {
        if !self.has_blocks(li) {
            return self.leaf(li, quote, marker);
        }
        let Some(first) = self.group(li, quote, Group::new(blank_line(quote), false)) else { return };
        let blocks = self.md.split_off(first);
        let indent = " ".repeat(marker.len());
        let mut mark = marker;
        for line in blocks.split_inclusive('\n') {
            // A line of the quote alone is a blank line of it, and stays so.
            match line.strip_prefix(quote).filter(|rest| !rest.is_empty() && !rest.starts_with('\n')) {
                Some(rest) => {
                    self.md.push_str(quote);
                    self.md.push_str(mark);
                    self.md.push_str(rest);
                }
                None => self.md.push_str(line),
            }
            mark = &indent;
        }
    }

    fn row(&mut self, tr: NodeId, quote: &str) {
        let cells: Vec<NodeId> = self.dom.children(tr).filter(|&c| self.dom.tag(c).is_some()).collect();
        let line = cells.iter().map(|&c| self.inline_text(c)).filter(|t| !t.is_empty()).collect::<Vec<_>>().join(" | ");
        if !line.is_empty() {
            self.text_block(|out| out.push_str(&line));
            // A pipe of the text would part the cell in two.
            let md_cells: Vec<String> = cells.iter().map(|&c| self.inline_md(c).replace('|', "\\|")).collect();
            self.md_block(&format!("{quote}| {} |", md_cells.join(" | ")));
            // The first row is the header: a caption above it is not, and a quote's marks or a
            // cell's own " | " do not widen the rule.
            if self.groups.last_mut().is_some_and(|g| std::mem::take(&mut g.rule)) {
                self.md.push('\n');
                self.md.push_str(quote);
                self.md.push('|');
                self.md.push_str(&" --- |".repeat(md_cells.len()));
            }
        }
    }

    /// A block of inline content: one text block and one Markdown block. A caption's marker is
    /// `*`, which wraps it in emphasis.
    fn leaf(&mut self, n: NodeId, quote: &str, marker: &str) {
        let dom = self.dom;
        self.text_block(|out| push_inline_text(dom, n, out));
        let mut md = std::mem::take(&mut self.leaf_md);
        md.clear();
        self.push_md(n, &mut md);
        if !text::is_blank(&md) {
            let close = if marker == "*" { "*" } else { "" };
            wrap_trimmed(&mut md, 0, marker, close);
            self.md_block(&quoted(quote, &md));
        }
        self.leaf_md = md;
    }

    fn inline_text(&self, n: NodeId) -> String {
        let mut out = String::new();
        push_inline_text(self.dom, n, &mut out);
        out
    }

    fn inline_md(&self, n: NodeId) -> String {
        let mut out = String::new();
        self.push_md(n, &mut out);
        out
    }

    /// Appends the Markdown of inline content `n`: its children's, wrapped as its tag says. Written
    /// into one buffer and wrapped in place, not a new string per node.
    fn push_md(&self, n: NodeId, out: &mut String) {
        let dom = self.dom;
        if let Some(t) = dom.text(n) {
            push_md_text(t, out);
            return;
        }
        let tag = dom.tag(n).map_or("", |t| &**t);
        let start = out.len();
        for c in dom.children(n) {
            self.push_md(c, out);
        }
        // A block inside inline content (paragraphs in a cell) starts a word of its own.
        let glued = !out[..start].ends_with(char::is_whitespace) && out[start..].starts_with(|c: char| !c.is_whitespace());
        if tables::is_block(tag) && start > 0 && glued {
            out.insert(start, ' ');
        }
        let filled = !text::is_blank(&out[start..]);
        match tag {
            "a" if filled => {
                if let Some(h) = dom.attr(n, local_name!("href")) {
                    wrap_trimmed(out, start, "[", "](");
                    push_markdown_target(h, out);
                    out.push(')');
                }
            }
            "strong" | "b" if filled => wrap_trimmed(out, start, "**", "**"),
            "em" | "i" | "cite" if filled => wrap_trimmed(out, start, "*", "*"),
            "code" | "kbd" => wrap_trimmed(out, start, "`", "`"),
            "br" => out.push_str("  \n"),
            "img" => {
                if let Some(src) = dom.attr(n, local_name!("src")) {
                    out.push_str("![");
                    push_markdown_escaped(dom.attr(n, local_name!("alt")).unwrap_or(""), out);
                    out.push_str("](");
                    push_markdown_target(src, out);
                    out.push(')');
                }
            }
            _ => {}
        }
    }
}

/// Appends the text under `n`, one line per `<br>`-separated line: whitespace runs as one space, no
/// space at either end of a line, no empty lines.
fn push_inline_text(dom: &Dom, n: NodeId, out: &mut String) {
    let start = out.len();
    let mut line_start = start;
    let mut space = false;
    for d in dom.descendants(n) {
        if let Some(t) = dom.text(d).filter(|t| !t.is_empty()) {
            space |= t.starts_with(char::is_whitespace);
            for word in t.split_whitespace() {
                if space && out.len() > line_start {
                    out.push(' ');
                }
                out.push_str(word);
                space = true;
            }
            space = t.ends_with(char::is_whitespace);
        } else if dom.is(d, local_name!("br")) {
            if out.len() > line_start {
                out.push('\n');
                line_start = out.len();
            }
            space = false;
        } else if dom.tag(d).is_some_and(|t| tables::is_block(t)) {
            // A block inside inline content (paragraphs in a cell) starts a word of its own.
            space = true;
        }
    }
    if out.len() > start && out.ends_with('\n') {
        out.pop();
    }
}

/// A `<pre>`'s text as written, its `<br>`s line breaks (code viewers write a line per span, each
/// ended by a `<br>`).
fn preformatted_text(dom: &Dom, n: NodeId) -> String {
    let mut out = String::new();
    for d in dom.descendants(n) {
        if let Some(t) = dom.text(d) {
            out.push_str(t);
        } else if dom.is(d, local_name!("br")) {
            out.push('\n');
        }
    }
    out
}

/// A blank line between blocks inside `quote`: the quote's marks alone.
fn blank_line(quote: &str) -> String {
    format!("\n{}\n", quote.trim_end())
}

/// `block` with `quote` before each of its lines.
fn quoted<'b>(quote: &str, block: &'b str) -> Cow<'b, str> {
    if quote.is_empty() {
        return Cow::Borrowed(block);
    }
    Cow::Owned(block.lines().map(|l| format!("{quote}{l}")).collect::<Vec<_>>().join("\n"))
}

/// Replaces `out[start..]` with itself trimmed, between `open` and `close`.
fn wrap_trimmed(out: &mut String, start: usize, open: &str, close: &str) {
    let end = start + out[start..].trim_end().len();
    out.truncate(end);
    let lead = out.len() - start - out[start..].trim_start().len();
    out.replace_range(start..start + lead, open);
    out.push_str(close);
}

/// A text node's Markdown: whitespace runs as one space, kept at the edges (where it parts the
/// text from its neighbours), syntax characters escaped.
fn push_md_text(t: &str, out: &mut String) {
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else {
        if !t.is_empty() {
            out.push(' ');
        }
        return;
    };
    if t.starts_with(char::is_whitespace) {
        out.push(' ');
    }
    push_markdown_escaped(first, out);
    for word in words {
        out.push(' ');
        push_markdown_escaped(word, out);
    }
    if t.ends_with(char::is_whitespace) {
        out.push(' ');
    }
}

/// Text for Markdown: its own syntax characters and `<` escaped, so no renderer finds raw HTML in it.
fn push_markdown_escaped(t: &str, out: &mut String) {
    push_escaped(t, out, |c| match c {
        '\\' => Some("\\\\"),
        '*' => Some("\\*"),
        '_' => Some("\\_"),
        '[' => Some("\\["),
        ']' => Some("\\]"),
        '`' => Some("\\`"),
        '<' => Some("\\<"),
        '>' => Some("\\>"),
        _ => None,
    });
}

/// A link target for Markdown: characters that could end the target or open a tag percent-encoded.
fn push_markdown_target(url: &str, out: &mut String) {
    push_escaped(url, out, |c| match c {
        '<' => Some("%3C"),
        '>' => Some("%3E"),
        '(' => Some("%28"),
        ')' => Some("%29"),
        ' ' => Some("%20"),
        _ => None,
    });
}

#[cfg(test)]
mod tests {
    use super::POLICY;
    use crate::dom::{self, Data, DOCUMENT};
    use crate::{extract, Options};

    /// Two paragraphs of running text, for pages that must read as articles.
    const RAIN: &str = "ঢাকায় আজ সকালে ভারী বৃষ্টি হয়েছে, ফলে নগরীর বিভিন্ন সড়কে জলাবদ্ধতা দেখা দিয়েছে। অফিসগামী মানুষ চরম দুর্ভোগে পড়েন।";
    const FORECAST: &str = "আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন সারা দেশে বৃষ্টি অব্যাহত থাকতে পারে। নদীবন্দরগুলোকে সতর্ক সংকেত দেখাতে বলা হয়েছে।";

    /// The tree an HTML string parses to, one line per node (attributes decoded and sorted), so two
    /// serialisations of the same tree compare equal.
    fn tree(html: &str) -> Vec<String> {
        let dom = dom::parse_document(html);
        dom.descendants(DOCUMENT)
            .filter_map(|n| match &dom.nodes[n].data {
                Data::Text(t) => Some(format!("#text {}", dom.str(t))),
                Data::Element { name, attrs } => {
                    let mut a: Vec<String> = attrs.iter().map(|a| format!("{}={}", a.name.local, a.value)).collect();
                    a.sort();
                    Some(format!("<{}> {}", name.local, a.join(" ")))
                }
                _ => None,
            })
            .collect()
    }

    /// ammonia with our policy: the writer's output must come back unchanged.
    fn oracle(html: &str) -> String {
        let mut b = ammonia::Builder::empty();
        b.add_tags(POLICY.tags.iter().copied())
            .url_schemes(POLICY.schemes.iter().copied().collect())
            .url_relative(ammonia::UrlRelative::Deny)
            .link_rel(None);
        for (tag, attrs) in POLICY.attributes {
            b.add_tag_attributes(tag, attrs.iter().copied());
        }
        b.clean(html).to_string()
    }

    const HOSTILE: &[&str] = &[
        "<script>window.x=1</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">link</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">link</a>",
        "<a href=\" data:text/html,<script>alert(1)</script>\">link</a>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
        "<p style=\"background:url(javascript:alert(1))\">styled</p>",
        "<form action=\"https://evil.example\"><button formaction=\"javascript:alert(1)\">b</button></form>",
        "<template><img src=x onerror=alert(1)></template>",
        "<img srcset=\"javascript:alert(1) 1x\" alt=\"a &quot;quote&quot; &amp; more\">",
        "<table><tr><td colspan=\"2\" onclick=\"alert(1)\">cell&nbsp;text</td></tr></table>",
    ];

    const PROSE: &str = "<p>ঢাকায় আজ সকালে ভারী বৃষ্টি হয়েছে, ফলে নগরীর বিভিন্ন সড়কে জলাবদ্ধতা দেখা দিয়েছে। অফিসগামী মানুষ চরম দুর্ভোগে পড়েন।</p>\
        <p>আবহাওয়া অধিদপ্তর জানিয়েছে, আগামী দুই দিন সারা দেশে বৃষ্টি অব্যাহত থাকতে পারে। নদীবন্দরগুলোকে সতর্ক সংকেত দেখাতে বলা হয়েছে।</p>";

    #[test]
    fn writer_output_is_a_fixed_point_of_ammonia() {
        let options = Options::with_url("https://news.example.com/a/1");
        let mut pages: Vec<String> = HOSTILE
            .iter()
            .map(|h| format!("<html><body><article><h1>শিরোনাম</h1>{PROSE}<p>{h} এবং আরও কিছু লেখা।</p>{h}{PROSE}</article></body></html>"))
            .collect();
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        for entry in std::fs::read_dir(fixtures).into_iter().flatten().flatten() {
            if let Ok(html) = std::fs::read_to_string(entry.path().join("source.html")) {
                pages.push(html);
            }
        }
        let mut checked = 0;
        for page in &pages {
            let Ok(article) = extract(page, &options) else { continue };
            assert_eq!(tree(&oracle(&article.html)), tree(&article.html), "{}", article.html);
            checked += 1;
        }
        assert!(checked > HOSTILE.len(), "only {checked} pages had an article");
    }

    #[test]
    fn rows_of_a_layout_table_around_the_body_are_not_written() {
        let html = format!(
            "<body><table><tr><td><a href='/'>প্রচ্ছদ</a></td></tr><tr><td>{RAIN}<br><br>{FORECAST}\
             <table><tr><th>জেলা</th><th>বৃষ্টি</th></tr><tr><td>ঢাকা</td><td>৮০ মিমি</td></tr></table></td></tr></table></body>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        // Only the data table inside the body keeps its rows and cells.
        assert_eq!(article.html.matches("<tr>").count(), 2, "{}", article.html);
        assert_eq!(article.html.matches("<td>").count(), 2, "{}", article.html);
        assert!(article.html.starts_with("<p>"), "{}", article.html);
    }

    #[test]
    fn a_table_laid_out_around_the_story_is_written_as_its_paragraphs() {
        let html = format!(
            "<body><table><tr><td><font size='5'><b>বৃষ্টির খবর</b></font><br><p>{RAIN}</p><p>{FORECAST}</p>\
             <table><tr><th>জেলা</th><th>বৃষ্টি</th></tr><tr><td>ঢাকা</td><td>৮০ মিমি</td></tr></table></td></tr></table></body>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        // The data table inside keeps its rows and cells; the paragraphs are paragraphs in the text too.
        assert_eq!(article.html.matches("<table>").count(), 1, "{}", article.html);
        assert_eq!(article.html.matches("<td>").count(), 2, "{}", article.html);
        assert!(article.text.contains(&format!("{RAIN}\n\n{FORECAST}")), "{}", article.text);
    }

    #[test]
    fn paragraphs_in_a_cell_stay_words_apart() {
        let html = format!(
            "<body><article><p>{RAIN}</p><p>{FORECAST}</p><table><tr><th>Film</th><th>Story</th></tr>\
             <tr><td>Churuli</td><td><p>Two officers search a village.</p><p>Based on a short story.</p></td></tr></table></article></body>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(article.text.contains("Churuli | Two officers search a village. Based on a short story."), "{}", article.text);
        assert!(article.markdown.contains("| Churuli | Two officers search a village. Based on a short story. |"), "{}", article.markdown);
    }

    #[test]
    fn tables_quotes_and_lists_keep_their_markdown_shape() {
        let html = format!(
            "<body><article><p>{RAIN}</p><p>{FORECAST}</p>\
             <table><caption>বৃষ্টির হিসাব</caption><tr><th>জেলা</th><th>বৃষ্টি</th></tr>\
             <tr><td>ঢাকা | মিরপুর</td><td>৮০ মিমি</td></tr></table>\
             <ol><li><p>প্রথম ধাপ।</p><p>দ্বিতীয় অনুচ্ছেদ।</p><ul><li>ভেতরের তালিকা</li></ul></li><li>শেষ ধাপ</li></ol>\
             <blockquote><p>নদীর পানি বাড়ছে।</p><ul><li>যমুনা নদী</li><li><p>পদ্মা নদী</p></li></ul>\
             <blockquote><p>সতর্ক থাকুন।</p><table><tr><td>সংকেত</td><td>তিন</td></tr></table><pre>x = 1\ny = 2</pre></blockquote></blockquote>\
             </article></body>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        let md = article.markdown;
        // The header rule under the first row, as wide as it; the caption above; the cell's pipe escaped.
        assert!(md.contains("\n\n*বৃষ্টির হিসাব*\n| জেলা | বৃষ্টি |\n| --- | --- |\n| ঢাকা \\| মিরপুর | ৮০ মিমি |\n\n"), "{md}");
        // An item's paragraphs and inner list stay in the item, indented under its marker.
        assert!(md.contains("\n\n1. প্রথম ধাপ।\n\n   দ্বিতীয় অনুচ্ছেদ।\n\n   - ভেতরের তালিকা\n2. শেষ ধাপ\n\n"), "{md}");
        // A quote's paragraphs, list and inner quote in one quote, the inner table's rule and every line
        // of its code quoted too.
        assert!(
            md.ends_with("\n\n> নদীর পানি বাড়ছে।\n>\n> - যমুনা নদী\n> - পদ্মা নদী\n>\n> > সতর্ক থাকুন।\n> >\n> > | সংকেত | তিন |\n> > | --- | --- |\n> >\n> > ```\n> > x = 1\n> > y = 2\n> > ```"),
            "{md}"
        );
    }

    #[test]
    fn code_keeps_its_lines_and_its_highlighted_comments() {
        let html = format!(
            "<body><article><h1>ঢাকায় ভারী বৃষ্টি</h1><p>{RAIN}</p>\
             <pre><code><span class='token comment'>// add.c</span><br><span>int add(int x) {{</span><br><span>  return x;</span><br>}}</code></pre><p>{FORECAST}</p></article></body>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        let code = "// add.c\nint add(int x) {\n  return x;\n}";
        assert!(article.text.contains(code), "{}", article.text);
        assert!(article.markdown.contains(&format!("```\n{code}\n```")), "{}", article.markdown);
    }

    #[test]
    fn a_photo_above_the_first_paragraph_stays() {
        let html = format!(
            "<body><article><h1>ঢাকায় ভারী বৃষ্টি</h1><p><img src='https://example.com/rain.jpg' alt='বৃষ্টি'></p>\
             <p>{RAIN}</p><p>{FORECAST}</p></article></body>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(article.html.contains("<img src=\"https://example.com/rain.jpg\""), "{}", article.html);
    }

    #[test]
    fn escaping_steps_over_characters_of_every_length() {
        let mut out = String::new();
        super::escape("é<ক&😀\"\u{a0}x\u{e2}\u{a0}", true, &mut out);
        assert_eq!(out, "é&lt;ক&amp;😀&quot;&nbsp;x\u{e2}&nbsp;");
        let mut md = String::new();
        super::push_md_text("  ক*খ_গ\u{a0}[ঘ]  ", &mut md);
        assert_eq!(md, " ক\\*খ\\_গ \\[ঘ\\] ");
    }

    #[test]
    fn formula_source_and_drawings_inside_a_paragraph_stay_out_of_the_text() {
        let html = format!(
            "<body><article><p>{RAIN}</p><p>সূত্রটি হলো <math><semantics><mi>x</mi>\
             <annotation encoding='application/x-tex'>{{\\displaystyle x}}</annotation></semantics></math> এবং\
             <svg><text>label</text></svg> শেষ।</p>\
             <p>{FORECAST}</p></article></body>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(article.text.contains("সূত্রটি হলো x এবং শেষ।"), "{}", article.text);
        assert!(!article.text.contains("displaystyle") && !article.text.contains("label"), "{}", article.text);
    }
}
