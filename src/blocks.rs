//! What counts as a block of text. Receives the DOM; answers whether an element is a block, which
//! elements are text blocks (paragraph-like leaves), and — the one place that edits structure —
//! wraps loose inline runs ("text<br><br>text" bodies) into `<p>` so every text lives in a block.
//! It must not score or drop anything.

use html5ever::local_name;

use crate::dom::{Dom, NodeId, DOCUMENT};
use crate::tables;

/// True for elements that start a new block in a browser's layout.
pub(crate) fn is_block_tag(dom: &Dom, n: NodeId) -> bool {
    dom.tag(n).is_some_and(|t| tables::is_block(t))
}

/// `n` sits in a table's cell or a list's item, a few levels down at most ([`tables::CELL_CLIMB`]).
pub(crate) fn in_cell(dom: &Dom, n: NodeId) -> bool {
    in_one_of(dom, n, tables::CELL_TAGS)
}

/// `n` sits in a table's header cell, as [`in_cell`] finds a cell.
pub(crate) fn in_header_cell(dom: &Dom, n: NodeId) -> bool {
    in_one_of(dom, n, &["th"])
}

fn in_one_of(dom: &Dom, n: NodeId, tags: &[&str]) -> bool {
    dom.self_and_ancestors(n)
        .take(tables::CELL_CLIMB)
        .any(|a| dom.tag(a).is_some_and(|t| tags.contains(&&**t)))
}

/// `blocky[n]`: `n` is a block element or holds one. One pass, children before parents.
fn blocky(dom: &Dom) -> Vec<bool> {
    let mut blocky = vec![false; dom.len()];
    for n in dom.post_order(DOCUMENT) {
        if is_block_tag(dom, n) {
            blocky[n] = true;
        }
        if blocky[n] {
            if let Some(p) = dom.nodes[n].parent() {
                blocky[p] = true;
            }
        }
    }
    blocky
}

/// A text block: an element that is a block but holds no other block (a paragraph, a heading, a
/// list item, or a `<div>` used as a paragraph), or a list item / caption whatever it holds inline.
pub(crate) fn is_text_block(dom: &Dom, blocky: &[bool], n: NodeId) -> bool {
    if !is_block_tag(dom, n) {
        return false;
    }
    !dom.children(n).any(|c| blocky[c])
}

/// Wraps every run of inline content that sits beside blocks, or between `<br><br>` breaks, in a
/// new `<p>`, so later stages see paragraphs where the page showed paragraphs. Returns [`blocky`] of
/// the wrapped tree without a second pass: the only new nodes are the `<p>`s, and the only nodes
/// that become blocky are inline wrappers that held `<br><br>` paragraphs, and their ancestors.
pub(crate) fn wrap_inline_runs(dom: &mut Dom) -> Vec<bool> {
    let mut blocky = blocky(dom);
    let containers: Vec<NodeId> = dom
        .descendants(DOCUMENT)
        .filter(|&n| wants_wrapping(dom, &blocky, n))
        .collect();
    // A `<font>` or `<span>` holding a whole body of "text<br><br>text" (pasted or old markup).
    let inline_holders: Vec<NodeId> = containers.iter().copied().filter(|&n| !blocky[n]).collect();
    for &parent in &containers {
        let children: Vec<NodeId> = dom.children(parent).collect();
        let mut run: Vec<NodeId> = Vec::new();
        let mut i = 0;
        while i < children.len() {
            let c = children[i];
            let is_break = dom.is(c, local_name!("br")) && next_element_is_br(dom, children[i + 1..].iter().copied());
            if c < blocky.len() && blocky[c] || is_break {
                flush(dom, &mut run);
                if is_break {
                    // The pair of breaks only separated paragraphs; as paragraphs they would
                    // add empty lines of their own.
                    skip_break_pair(dom, &children, &mut i);
                }
            } else {
                run.push(c);
            }
            i += 1;
        }
        flush(dom, &mut run);
    }
    blocky.resize(dom.len(), true);
    for holder in inline_holders {
        let mut n = Some(holder);
        while let Some(a) = n.filter(|&a| !blocky[a]) {
            blocky[a] = true;
            n = dom.nodes[a].parent();
        }
    }
    blocky
}

/// Containers whose children mix blocks and inline text, or whose inline text is split by `<br><br>`
/// (an inline wrapper too). It asks every element of the page, so it allocates nothing and looks
/// for visible inline text (the costly walk) only in a container that holds a block or a double
/// break.
fn wants_wrapping(dom: &Dom, blocky: &[bool], n: NodeId) -> bool {
    let Some(tag) = dom.tag(n) else { return false };
    if tables::UNWRAPPABLE_TAGS.contains(&&**tag) {
        return false;
    }
    let has_double_break = || {
        dom.children(n)
            .any(|c| dom.is(c, local_name!("br")) && next_element_is_br(dom, dom.siblings_after(c)))
    };
    let has_inline_text = || dom.children(n).any(|c| !blocky[c] && has_visible_content(dom, c));
    if !blocky[n] {
        // An inline wrapper: a link stays one link, and preformatted text keeps its breaks.
        return &**tag != "a"
            && has_double_break()
            && has_inline_text()
            && !dom.ancestors(n).take(tables::INLINE_IN_PRE_CLIMB).any(|a| dom.is(a, local_name!("pre")));
    }
    let has_block = || dom.children(n).any(|c| blocky[c]);
    (has_block() || has_double_break()) && has_inline_text()
}

/// Removes the `<br>` at `children[*i]` and the next one, moving `*i` to the second.
fn skip_break_pair(dom: &mut Dom, children: &[NodeId], i: &mut usize) {
    dom.detach(children[*i]);
    while let Some(&next) = children.get(*i + 1) {
        *i += 1;
        let is_br = dom.is(next, local_name!("br"));
        if is_br || dom.is_blank_text(next) {
            dom.detach(next);
        }
        if is_br {
            break;
        }
    }
}

/// The next sibling that is not whitespace text is a `<br>`.
fn next_element_is_br(dom: &Dom, rest: impl IntoIterator<Item = NodeId>) -> bool {
    rest.into_iter()
        .find(|&s| !dom.is_blank_text(s))
        .is_some_and(|s| dom.is(s, local_name!("br")))
}

/// Text that is more than whitespace, or an image.
fn has_visible_content(dom: &Dom, n: NodeId) -> bool {
    dom.descendants(n).any(|d| dom.shows_text(d) || dom.is(d, local_name!("img")))
}

fn flush(dom: &mut Dom, run: &mut Vec<NodeId>) {
    let nodes = std::mem::take(run);
    if !nodes.iter().any(|&n| has_visible_content(dom, n)) {
        return;
    }
    let p = dom.new_element("p");
    dom.insert_before(nodes[0], p);
    for n in nodes {
        dom.append(p, n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse_document;

    /// The text of each `<p>` after wrapping, and whether `<body>` came out blocky.
    fn paragraphs(html: &str) -> (Vec<String>, bool) {
        let mut dom = parse_document(html);
        let blocky = wrap_inline_runs(&mut dom);
        let body = dom.descendants(DOCUMENT).find(|&n| dom.is(n, local_name!("body"))).unwrap();
        let ps = dom.descendants(body).filter(|&n| dom.is(n, local_name!("p"))).map(|n| dom.text_content(n)).collect();
        (ps, blocky[body])
    }

    #[test]
    fn double_breaks_inside_an_inline_wrapper_make_paragraphs() {
        let (ps, blocky) = paragraphs("<body><font size=3>এক<br><br>দুই<br>তিন<br><br><b>চার</b></font></body>");
        assert_eq!(ps, ["এক", "দুইতিন", "চার"]);
        assert!(blocky, "the wrapper and its ancestors now hold blocks");
        // Preformatted text keeps its breaks, and a link stays one link.
        assert!(paragraphs("<body><pre><code>a<br><br>b</code></pre></body>").0.is_empty());
        assert!(paragraphs("<body><div><a href=x>a<br><br>b</a></div></body>").0.is_empty());
    }

    #[test]
    fn double_breaks_inside_a_paragraph_make_paragraphs() {
        let (ps, _) = paragraphs("<body><p>প্রথম গোলটি করেন ওকাফোর।<br><br><strong>আরও পড়ুন:</strong> <a href=x>চোট সারিয়ে ফিরলেন</a></p></body>");
        assert_eq!(ps[1..], ["প্রথম গোলটি করেন ওকাফোর।", "আরও পড়ুন: চোট সারিয়ে ফিরলেন"]);
        // One break is a line break inside the paragraph.
        assert_eq!(paragraphs("<body><p>এক<br>দুই</p></body>").0, ["একদুই"]);
    }
}
