//! The tree every stage reads: a flat arena of nodes built by html5ever's tree builder.
//!
//! Receives parser callbacks (through [`Sink`]), returns a [`Dom`] whose nodes are addressed by
//! [`NodeId`]. It knows nothing about articles; it must not score, judge or drop anything.
//!
//! Why an arena and not `markup5ever_rcdom` or `scraper`: indices are `Copy`, so stages can keep
//! plain `Vec<NodeId>` lists and side tables (`Vec<bool>`, `Vec<f32>`) indexed by node without
//! reference counting or borrow juggling; one `Vec` is one allocation to grow, which matters for the
//! 20 MB pages; and it brings in no selector engine, which keeps the wasm small.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, Attribute, LocalName, QualName};

use crate::text::{self, Tally};
use crate::{tables, Error};

/// Parses a whole document with no budget: for HTML we wrote ourselves or found inside the page's
/// metadata. `parse::parse` is the budgeted parse of the page itself.
pub(crate) fn parse_document(html: &str) -> Dom {
    build(html, Sink::for_html(html.len(), false), &mut |_| Ok(())).unwrap_or_default()
}

/// Parses the page, `check` asked about the tree builder as the parse goes (see
/// [`crate::tokenize::tokenize`]). Its texts' [`Tally`]s are noted as they are written: every stage
/// reads them.
pub(crate) fn parse_with(html: &str, check: &mut dyn FnMut(&Builder) -> Result<(), Error>) -> Result<Dom, Error> {
    build(html, Sink::for_html(html.len(), true), check)
}

/// html5ever's tree builder on our tokenizer, with html5ever's defaults.
fn build(html: &str, sink: Sink, check: &mut dyn FnMut(&Builder) -> Result<(), Error>) -> Result<Dom, Error> {
    let builder = TreeBuilder::new(sink, TreeBuilderOpts::default());
    crate::tokenize::tokenize(html, &builder, check)?;
    Ok(TreeSink::finish(builder.sink))
}

/// html5ever's tree builder building our tree.
pub(crate) type Builder = TreeBuilder<NodeId, Sink>;

/// The same tree builder on html5ever's own tokenizer: what src/tokenize.rs is tested against.
#[cfg(test)]
pub(crate) fn parse_document_with_html5ever_tokenizer(html: &str) -> Dom {
    use html5ever::tendril::TendrilSink;
    html5ever::parse_document(Sink::for_html(html.len(), false), html5ever::ParseOpts::default()).one(html)
}

/// Index of a node in [`Dom::nodes`]. The document is always node 0.
pub(crate) type NodeId = usize;

/// The document node's id.
pub(crate) const DOCUMENT: NodeId = 0;

/// What a node is.
#[derive(Debug)]
pub(crate) enum Data {
    Document,
    /// A `<template>`'s contents live under a fragment that is not part of the rendered tree.
    Fragment,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
    },
    /// Read through [`Dom::text`] or [`Dom::str`].
    Text(Text),
    Comment,
}

/// A tag or attribute name to look for: an atom (`local_name!("br")`: the names the code spells
/// out, each one integer compare against the parser's atoms) or any string (names read from a
/// list), which is compared letter by letter.
pub(crate) trait Name {
    fn names(&self, local: &LocalName) -> bool;
}

impl Name for LocalName {
    fn names(&self, local: &LocalName) -> bool {
        self == local
    }
}

impl Name for str {
    fn names(&self, local: &LocalName) -> bool {
        &**local == self
    }
}

impl<T: Name + ?Sized> Name for &T {
    fn names(&self, local: &LocalName) -> bool {
        (**self).names(local)
    }
}

/// A text node's text.
#[derive(Debug)]
pub(crate) enum Text {
    /// `Dom::texts[start..end]`: text the parser gave in order, which is nearly all of it. Whether
    /// it is blank and (in the page's tree) its [`Tally`] are noted as the text is written, while it
    /// is in the cache: passes that only ask those then never read it (on a 20 MB page, each such
    /// read was a cache miss).
    Shared { start: u32, end: u32, blank: bool, tally: Option<Tally> },
    /// Text that grew after other text had been written (the tree builder moving text around a
    /// table, say): copied out once, so growing it never copies the shared buffer again.
    Own(String),
}

/// One node with its links to its neighbours.
#[derive(Debug)]
pub(crate) struct Node {
    parent: Link,
    first_child: Link,
    last_child: Link,
    prev: Link,
    next: Link,
    pub(crate) data: Data,
}

impl Node {
    pub(crate) fn parent(&self) -> Option<NodeId> {
        self.parent.get()
    }

    pub(crate) fn first_child(&self) -> Option<NodeId> {
        self.first_child.get()
    }

    pub(crate) fn next(&self) -> Option<NodeId> {
        self.next.get()
    }
}

/// A link to a neighbouring node, four bytes where `Option<NodeId>` takes sixteen: five per node, and
/// every pass over a large page walks them, so a node fits in fewer cache lines (a 20 MB page's tree
/// is well past any cache). The input budget keeps node counts far below `u32::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Link(u32);

impl Link {
    const NONE: Link = Link(u32::MAX);

    fn to(id: NodeId) -> Link {
        Link(u32::try_from(id).unwrap_or(u32::MAX))
    }

    fn get(self) -> Option<NodeId> {
        (self != Link::NONE).then_some(self.0 as usize)
    }
}

/// The parsed page.
#[derive(Debug, Default)]
pub(crate) struct Dom {
    pub(crate) nodes: Vec<Node>,
    /// The text of the text nodes, one after another. One buffer instead of a string per text node:
    /// no allocation and no free per node, and the passes that read text read memory in order (on a
    /// 20 MB page, memory traffic is what costs more per byte than on a small one).
    texts: String,
    /// Each text's [`Tally`] is counted as it is written ([`Dom::text_tally`]).
    notes_tallies: bool,
    /// Each `<noscript>`'s raw text (markup to a parser with scripting on, as browsers parse it), kept out of
    /// the tree, where every stage would read it as words: only a page with no article elsewhere reads it.
    pub(crate) noscripts: Vec<(NodeId, String)>,
}

impl Dom {
    /// An empty tree with room for `nodes` nodes and `text` bytes of text. Text is given room for
    /// the whole input up front (a page's text is less than its markup), then [`Dom::fit`]: grown by
    /// doubling, the buffer held up to three times the text while it was copied. `notes_tallies`
    /// for a page's tree; a tree of HTML we wrote ourselves is read once and need not count.
    pub(crate) fn with_capacity(nodes: usize, text: usize, notes_tallies: bool) -> Dom {
        Dom { nodes: Vec::with_capacity(nodes), texts: String::with_capacity(text), notes_tallies, noscripts: Vec::new() }
    }

    /// Bytes of text in the shared buffer.
    pub(crate) fn text_bytes(&self) -> usize {
        self.texts.len()
    }

    /// Gives back the text buffer's spare room once the tree is built.
    pub(crate) fn fit(&mut self) {
        self.texts.shrink_to_fit();
    }

    /// The string a [`Text`] holds.
    pub(crate) fn str<'a>(&'a self, text: &'a Text) -> &'a str {
        match text {
            Text::Shared { start, end, .. } => &self.texts[*start as usize..*end as usize],
            Text::Own(s) => s,
        }
    }

    /// Adds a new text node, not yet linked into the tree.
    pub(crate) fn push_text(&mut self, text: &str) -> NodeId {
        let start = self.texts_end();
        self.texts.push_str(text);
        let end = self.texts_end();
        let (blank, tally) = (text::is_blank(text), self.notes_tallies.then(|| Tally::of(text)));
        self.push(Data::Text(Text::Shared { start, end, blank, tally }))
    }

    /// Appends to text node `id`'s text (no-op for any other node).
    pub(crate) fn extend_text(&mut self, id: NodeId, more: &str) {
        let at_end = self.texts_end();
        let Data::Text(text) = &mut self.nodes[id].data else { return };
        match text {
            Text::Shared { end, blank, tally, .. } if *end == at_end => {
                self.texts.push_str(more);
                *end = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
                *blank &= text::is_blank(more);
                if let Some(tally) = tally {
                    *tally = tally.add(Tally::of(more));
                }
            }
            Text::Shared { start, end, .. } => {
                let mut own = self.texts[*start as usize..*end as usize].to_owned();
                own.push_str(more);
                *text = Text::Own(own);
            }
            Text::Own(s) => s.push_str(more),
        }
    }

    /// The shared text buffer's length as a [`Text::Shared`] bound. The input budget keeps pages far
    /// below 4 GiB.
    fn texts_end(&self) -> u32 {
        u32::try_from(self.texts.len()).unwrap_or(u32::MAX)
    }

    /// The element's local name, or `None` for any other node.
    pub(crate) fn tag(&self, id: NodeId) -> Option<&LocalName> {
        match &self.nodes[id].data {
            Data::Element { name, .. } => Some(&name.local),
            _ => None,
        }
    }

    /// True when `id` is an element with local name `tag`.
    pub(crate) fn is(&self, id: NodeId, tag: impl Name) -> bool {
        self.tag(id).is_some_and(|t| tag.names(t))
    }

    /// True when `id` is an `<h1>` … `<h6>`.
    pub(crate) fn is_heading(&self, id: NodeId) -> bool {
        self.tag(id).is_some_and(|t| matches!(&**t, "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
    }

    /// True when `id` is or holds an `<img>`.
    pub(crate) fn holds_img(&self, id: NodeId) -> bool {
        self.descendants(id).any(|d| self.is(d, local_name!("img")))
    }

    /// The value of attribute `name`, if `id` is an element that has it.
    pub(crate) fn attr(&self, id: NodeId, name: impl Name) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|a| name.names(&a.name.local))
                .map(|a| &*a.value),
            _ => None,
        }
    }

    /// True when `id` is a `<script>` holding JSON-LD, the only script text any stage reads.
    pub(crate) fn is_json_ld(&self, id: NodeId) -> bool {
        self.is(id, local_name!("script")) && self.attr(id, local_name!("type")).is_some_and(|t| t.to_ascii_lowercase().contains("ld+json"))
    }

    /// An element of an SVG drawing, whose words (a chart's labels, a banner's slogan, an icon's title)
    /// are drawn with the picture, never shown as the article's text. The content script's snapshot
    /// leaves a drawing's insides out too.
    pub(crate) fn is_drawing(&self, id: NodeId) -> bool {
        matches!(&self.nodes[id].data, Data::Element { name, .. } if name.ns == html5ever::ns!(svg))
    }

    /// The text of a text node.
    pub(crate) fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Text(t) => Some(self.str(t)),
            _ => None,
        }
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes[id].first_child(),
        }
    }

    /// The children of `id` that show something: elements, and texts that are more than white space
    /// (the indentation between tags is no content).
    pub(crate) fn content_children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        self.children(id).filter(|&c| self.tag(c).is_some() || self.shows_text(c))
    }

    /// True when `id` is a text node that is more than white space.
    pub(crate) fn shows_text(&self, id: NodeId) -> bool {
        self.text_is_blank(id) == Some(false)
    }

    /// True when `id` is a text node of white space alone (the indentation between tags).
    pub(crate) fn is_blank_text(&self, id: NodeId) -> bool {
        self.text_is_blank(id) == Some(true)
    }

    /// Whether text node `id` is blank, as noted when it was written (`None` for other nodes).
    fn text_is_blank(&self, id: NodeId) -> Option<bool> {
        match &self.nodes[id].data {
            Data::Text(Text::Shared { blank, .. }) => Some(*blank),
            Data::Text(Text::Own(s)) => Some(text::is_blank(s)),
            _ => None,
        }
    }

    /// The siblings after `id`, in order.
    pub(crate) fn siblings_after(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.nodes[id].next(),
        }
    }

    /// `id` and then its ancestors, nearest first.
    pub(crate) fn self_and_ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(Some(id), move |&p| self.nodes[p].parent())
    }

    /// The ancestors of `id`, nearest first, without `id` itself.
    pub(crate) fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].parent(), move |&p| self.nodes[p].parent())
    }

    /// The element before `n` among its siblings, past text and comments.
    pub(crate) fn prev_element(&self, n: NodeId) -> Option<NodeId> {
        std::iter::successors(self.nodes[n].prev.get(), |&s| self.nodes[s].prev.get()).find(|&s| self.tag(s).is_some())
    }

    /// The element after `n` among its siblings, past text and comments.
    pub(crate) fn next_element(&self, n: NodeId) -> Option<NodeId> {
        std::iter::successors(self.nodes[n].next(), |&s| self.nodes[s].next()).find(|&s| self.tag(s).is_some())
    }

    /// Whether `a` starts before `b` in document order. Ids do not say: nodes made after the parse
    /// (the paragraphs around loose inline text) come last.
    pub(crate) fn precedes(&self, a: NodeId, b: NodeId) -> bool {
        let path = |n: NodeId| {
            let mut path: Vec<NodeId> = self.self_and_ancestors(n).collect();
            path.reverse();
            path
        };
        let (to_a, to_b) = (path(a), path(b));
        let shared = to_a.iter().zip(&to_b).take_while(|(x, y)| x == y).count();
        match (to_a.get(shared), to_b.get(shared)) {
            (Some(&x), Some(&y)) => self.siblings_after(x).any(|s| s == y),
            (None, Some(_)) => true,
            _ => false,
        }
    }

    /// `root` and every node below it in document order, without entering `<template>` contents.
    pub(crate) fn descendants(&self, root: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root,
            next: Some(root),
        }
    }

    /// `root` and the nodes below it, each after its children. In document order, not backwards over
    /// a pre-order list: on a large page, passes that read the tree backwards cost more per node.
    pub(crate) fn post_order(&self, root: NodeId) -> PostOrder<'_> {
        PostOrder {
            dom: self,
            root,
            next: Some(self.first_leaf(root)),
        }
    }

    /// The first node without children down the first-child links from `id`.
    fn first_leaf(&self, mut id: NodeId) -> NodeId {
        while let Some(c) = self.nodes[id].first_child() {
            id = c;
        }
        id
    }

    /// The concatenated text below `id`, as written (whitespace not collapsed).
    pub(crate) fn text_content(&self, id: NodeId) -> String {
        // Sized first (from the nodes alone; the text itself is read once), so that a block of many
        // texts is not grown into a string piece by piece.
        let len = self.descendants(id).map(|n| self.text_len(n)).sum();
        let mut out = String::with_capacity(len);
        self.descendants(id).filter_map(|n| self.text(n)).for_each(|t| out.push_str(t));
        out
    }

    /// The [`Tally`] of text node `id` (all zero for other nodes), in the page's tree read without
    /// reading the text.
    pub(crate) fn text_tally(&self, id: NodeId) -> Tally {
        match &self.nodes[id].data {
            Data::Text(Text::Shared { tally: Some(tally), .. }) => *tally,
            Data::Text(t) => Tally::of(self.str(t)),
            _ => Tally::default(),
        }
    }

    /// Bytes of text in node `id` (0 for other nodes), read without reading the text.
    pub(crate) fn text_len(&self, id: NodeId) -> usize {
        match &self.nodes[id].data {
            Data::Text(Text::Shared { start, end, .. }) => (end - start) as usize,
            Data::Text(Text::Own(s)) => s.len(),
            _ => 0,
        }
    }

    /// The first element below `root` (or `root` itself) with local name `tag`.
    pub(crate) fn find(&self, root: NodeId, tag: impl Name) -> Option<NodeId> {
        self.descendants(root).find(|&n| self.is(n, &tag))
    }

    /// Adds a new node, not yet linked into the tree.
    pub(crate) fn push(&mut self, data: Data) -> NodeId {
        self.nodes.push(Node {
            parent: Link::NONE,
            first_child: Link::NONE,
            last_child: Link::NONE,
            prev: Link::NONE,
            next: Link::NONE,
            data,
        });
        self.nodes.len() - 1
    }

    /// Adds a new HTML element with no attributes, not yet linked into the tree.
    pub(crate) fn new_element(&mut self, local: &str) -> NodeId {
        let name = QualName::new(None, html5ever::ns!(html), LocalName::from(local));
        self.push(Data::Element { name, attrs: Vec::new() })
    }

    pub(crate) fn detach(&mut self, id: NodeId) {
        let node = &mut self.nodes[id];
        let Some(parent) = std::mem::replace(&mut node.parent, Link::NONE).get() else {
            return;
        };
        let prev = std::mem::replace(&mut node.prev, Link::NONE);
        let next = std::mem::replace(&mut node.next, Link::NONE);
        match prev.get() {
            Some(p) => self.nodes[p].next = next,
            None => self.nodes[parent].first_child = next,
        }
        match next.get() {
            Some(n) => self.nodes[n].prev = prev,
            None => self.nodes[parent].last_child = prev,
        }
    }

    pub(crate) fn append(&mut self, parent: NodeId, child: NodeId) {
        self.detach(child);
        let last = self.nodes[parent].last_child;
        self.nodes[child].parent = Link::to(parent);
        self.nodes[child].prev = last;
        match last.get() {
            Some(l) => self.nodes[l].next = Link::to(child),
            None => self.nodes[parent].first_child = Link::to(child),
        }
        self.nodes[parent].last_child = Link::to(child);
    }

    pub(crate) fn insert_before(&mut self, sibling: NodeId, child: NodeId) {
        self.detach(child);
        let Some(parent) = self.nodes[sibling].parent() else {
            return;
        };
        let prev = self.nodes[sibling].prev;
        self.nodes[child].parent = Link::to(parent);
        self.nodes[child].prev = prev;
        self.nodes[child].next = Link::to(sibling);
        self.nodes[sibling].prev = Link::to(child);
        match prev.get() {
            Some(p) => self.nodes[p].next = Link::to(child),
            None => self.nodes[parent].first_child = Link::to(child),
        }
    }

    /// Number of nodes in the arena.
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }
}

/// Iterator over the children of a node.
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.nodes[id].next();
        Some(id)
    }
}

/// Pre-order iterator over a subtree; iterative, so nesting depth costs no stack.
pub(crate) struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Descendants<'_> {
    /// Do not descend into the children of the node returned last.
    pub(crate) fn skip_children(&mut self, of: NodeId) {
        self.next = self.after(of);
    }

    fn after(&self, id: NodeId) -> Option<NodeId> {
        let nodes = &self.dom.nodes;
        let mut cur = id;
        loop {
            if cur == self.root {
                return None;
            }
            if let Some(n) = nodes[cur].next() {
                return Some(n);
            }
            cur = nodes[cur].parent()?;
        }
    }
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = match self.dom.nodes[id].first_child() {
            Some(c) => Some(c),
            None => self.after(id),
        };
        Some(id)
    }
}

/// Post-order iterator over a subtree; iterative, so nesting depth costs no stack.
pub(crate) struct PostOrder<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for PostOrder<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = if id == self.root {
            None
        } else {
            match self.dom.nodes[id].next() {
                Some(sibling) => Some(self.dom.first_leaf(sibling)),
                None => self.dom.nodes[id].parent(),
            }
        };
        Some(id)
    }
}

/// html5ever's `TreeSink` over the arena. The trait takes `&self`, hence the `RefCell`.
pub(crate) struct Sink {
    dom: RefCell<Dom>,
    /// `<template>` element → its contents fragment.
    templates: RefCell<Vec<(NodeId, NodeId)>>,
}

impl Sink {
    /// A sink for `bytes` of HTML, `notes_tallies` as in [`Dom::with_capacity`].
    pub(crate) fn for_html(bytes: usize, notes_tallies: bool) -> Self {
        let sink = Sink {
            dom: RefCell::new(Dom::with_capacity(0, bytes, notes_tallies)),
            templates: RefCell::default(),
        };
        sink.push(Data::Document);
        sink
    }

    fn push(&self, data: Data) -> NodeId {
        self.dom.borrow_mut().push(data)
    }

    /// Nodes in the tree so far.
    pub(crate) fn len(&self) -> usize {
        self.dom.borrow().len()
    }

    /// Adjacent text merges into one node, as in a browser DOM.
    fn append_text(&self, parent: NodeId, text: &str) {
        {
            let mut dom = self.dom.borrow_mut();
            if dom.is(parent, local_name!("noscript")) {
                match dom.noscripts.last_mut() {
                    Some((n, raw)) if *n == parent => raw.push_str(text),
                    _ => dom.noscripts.push((parent, text.to_owned())),
                }
                return;
            }
            if (dom.tag(parent).is_some_and(|t| tables::drops_text(t)) && !dom.is_json_ld(parent)) || dom.is_drawing(parent) {
                return;
            }
            if let Some(last) = dom.nodes[parent].last_child.get().filter(|&l| dom.text(l).is_some()) {
                dom.extend_text(last, text);
                return;
            }
        }
        let id = self.dom.borrow_mut().push_text(text);
        self.dom.borrow_mut().append(parent, id);
    }
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        let mut dom = self.dom.into_inner();
        dom.fit();
        dom
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.dom.borrow(), |dom| match &dom.nodes[*target].data {
            Data::Element { name, .. } => name,
            // The tree builder only asks for names of elements it created.
            _ => &NO_NAME,
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> NodeId {
        let id = self.push(Data::Element { name, attrs });
        if flags.template {
            let contents = self.push(Data::Fragment);
            self.templates.borrow_mut().push((id, contents));
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.push(Data::Comment)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.push(Data::Comment)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        match child {
            NodeOrText::AppendNode(n) => self.dom.borrow_mut().append(*parent, n),
            NodeOrText::AppendText(t) => self.append_text(*parent, &t),
        }
    }

    fn append_based_on_parent_node(&self, element: &NodeId, prev: &NodeId, child: NodeOrText<NodeId>) {
        let has_parent = self.dom.borrow().nodes[*element].parent().is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.templates
            .borrow()
            .iter()
            .find(|(t, _)| t == target)
            .map_or(*target, |&(_, c)| c)
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let id = match new_node {
            NodeOrText::AppendNode(n) => n,
            NodeOrText::AppendText(t) => {
                let mut dom = self.dom.borrow_mut();
                if let Some(p) = dom.nodes[*sibling].prev.get().filter(|&p| dom.text(p).is_some()) {
                    dom.extend_text(p, &t);
                    return;
                }
                dom.push_text(&t)
            }
        };
        self.dom.borrow_mut().insert_before(*sibling, id);
    }

    fn add_attrs_if_missing(&self, target: &NodeId, new: Vec<Attribute>) {
        if let Data::Element { attrs, .. } = &mut self.dom.borrow_mut().nodes[*target].data {
            for a in new {
                if !attrs.iter().any(|b| b.name == a.name) {
                    attrs.push(a);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.dom.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut dom = self.dom.borrow_mut();
        while let Some(c) = dom.nodes[*node].first_child() {
            dom.append(*new_parent, c);
        }
    }
}

static NO_NAME: std::sync::LazyLock<QualName> =
    std::sync::LazyLock::new(|| QualName::new(None, html5ever::ns!(), html5ever::local_name!("")));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn post_order_visits_every_node_after_its_children() {
        let dom = parse_document("<div><p>a<b>b</b></p><ul><li>c</li><li></li></ul></div>text<!-- c -->");
        let order: Vec<NodeId> = dom.post_order(DOCUMENT).collect();
        let mut all: Vec<NodeId> = dom.descendants(DOCUMENT).collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        all.sort_unstable();
        assert_eq!(sorted, all);
        let at = |n: NodeId| order.iter().position(|&o| o == n).unwrap();
        assert!(order.iter().all(|&n| dom.nodes[n].parent().is_none_or(|p| at(p) > at(n))));
    }

    fn body_text(html: &str) -> String {
        let dom = parse_document(html);
        let body = dom.descendants(DOCUMENT).find(|&n| dom.is(n, local_name!("body"))).unwrap();
        dom.text_content(body)
    }

    #[test]
    fn a_drawings_words_are_not_kept() {
        let dom = parse_document("<div><span>বিজ্ঞাপন</span><svg><title>লোগো</title><text>আজই অর্ডার করুন<tspan>২০%</tspan></text></svg></div>");
        assert_eq!(dom.text_content(DOCUMENT), "বিজ্ঞাপন");
    }

    #[test]
    fn text_grows_in_place_or_is_copied_out_once_written_elsewhere() {
        assert_eq!(body_text("<p>a&amp;b c</p><p>d</p>"), "a&b cd");
        // Text in a table goes before it (foster parenting): "b" joins "a" after "x" was written.
        assert_eq!(body_text("<table><tr><td>x</td></tr>a<tr><td>y</td></tr>b</table>"), "abxy");
        assert_eq!(body_text("<table>a<tr><td>x</td></tr>b<tr><td>y</td></tr>c</table>z"), "abcxyz");
    }
}
