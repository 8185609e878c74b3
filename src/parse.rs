//! Stage 1, parse: HTML text (or a `Snapshot` of the browser's DOM) → [`Page`]. Builds the arena
//! DOM (our tokenizer, html5ever's tree builder), wraps loose inline runs into paragraphs
//! (`blocks::wrap_inline_runs`), reads the base URL (`Options::url`, then `<base href>`), marks
//! nodes a reader never sees (hidden by attribute, inline style or a well-known hiding class) and
//! counts letters and link letters per subtree. It must not judge content: it only records facts
//! that later stages share.

use html5ever::local_name;

use crate::url::Url;

use crate::blocks;
use crate::snapshot::{self, Snapshot};
use crate::budget::Budget;
use crate::dom::{self, Data, Dom, NodeId, DOCUMENT};
use crate::{tables, Error, Options};

/// The parsed page and the facts later stages share.
pub(crate) struct Page {
    pub(crate) dom: Dom,
    /// The URL relative links resolve against.
    pub(crate) base: Option<Url>,
    /// The page's own URL as given by the caller.
    pub(crate) url: Option<Url>,
    /// `hidden[n]`: node `n` or an ancestor is hidden from every reader.
    pub(crate) hidden: Vec<bool>,
    /// `dropped[n]`: a later stage removed node `n` (and so its subtree) from the article.
    pub(crate) dropped: Vec<bool>,
    /// `blocky[n]`: node `n` is a block element or holds one.
    pub(crate) blocky: Vec<bool>,
    /// Letters (letters, marks, digits) in the subtree of each node.
    pub(crate) letters: Vec<u32>,
    /// Letters of the subtree that sit inside `<a href>`.
    pub(crate) link_letters: Vec<u32>,
    /// Links (`<a href>`) in the subtree of each node.
    pub(crate) links: Vec<u32>,
    /// Commas in the subtree's text ([`crate::text::Tally`] of its `text_content`).
    pub(crate) commas: Vec<u32>,
    /// Sentence ends in the subtree's text ([`crate::text::Tally`] of its `text_content`).
    pub(crate) sentence_ends: Vec<u32>,
    /// Characters other than white space in the subtree's text.
    pub(crate) shown: Vec<u32>,
    /// `<body>`, or the document when the page has none.
    pub(crate) body: NodeId,
}

/// Parses `html` into a [`Page`].
pub(crate) fn parse(html: &str, options: &Options, budget: &Budget) -> Result<Page, Error> {
    budget.check_input(html.len())?;
    // Fed in chunks so the time and node budgets are asked during the parse too: some trees
    // (100,000 nested `<div>`s) make every start tag walk the whole stack of open elements.
    let dom = dom::parse_with(html, &mut |builder| {
        budget.check_time()?;
        // The tree can outgrow the page many times over (formatting elements re-opened by every
        // later run of text), so its size is asked here too, not only once it is built.
        budget.check_nodes(builder.sink.len())
    })?;
    prepare(dom, options, budget)
}

/// Builds a [`Page`] from the browser's own DOM, flattened by the content script.
pub(crate) fn from_snapshot(snapshot: &Snapshot, options: &Options, budget: &Budget) -> Result<Page, Error> {
    budget.check_input(snapshot.records.len())?;
    budget.check_nodes(snapshot.parents.len())?;
    prepare(snapshot::build(snapshot)?, options, budget)
}

/// Everything after the tree exists: the facts later stages share.
fn prepare(mut dom: Dom, options: &Options, budget: &Budget) -> Result<Page, Error> {
    let url = match &options.url {
        Some(u) => Some(Url::parse(u).map_err(|e| Error::BadUrl {
            url: u.clone(),
            reason: e.to_string(),
        })?),
        None => None,
    };
    budget.check_nodes(dom.len())?;
    budget.check_time()?;
    let blocky = blocks::wrap_inline_runs(&mut dom);
    let Counts { letters, link_letters, links, commas, sentence_ends, shown } = count_letters(&dom);
    let html_el = dom.children(DOCUMENT).find(|&n| dom.is(n, local_name!("html")));
    let body = html_el
        .and_then(|h| dom.children(h).find(|&n| dom.is(n, local_name!("body"))))
        .unwrap_or(DOCUMENT);
    let head = html_el.and_then(|h| dom.children(h).find(|&n| dom.is(n, local_name!("head"))));
    let base = base_url(&dom, head, url.as_ref());
    let hidden = mark_hidden(&dom);
    let dropped = vec![false; dom.len()];
    Ok(Page {
        dom,
        base,
        url,
        hidden,
        dropped,
        blocky,
        letters,
        link_letters,
        links,
        commas,
        sentence_ends,
        shown,
        body,
    })
}

/// `<base href>` resolved against the page URL wins; otherwise the page URL.
fn base_url(dom: &Dom, head: Option<NodeId>, url: Option<&Url>) -> Option<Url> {
    let href = head
        .and_then(|h| dom.find(h, local_name!("base")))
        .and_then(|b| dom.attr(b, local_name!("href")));
    match (href, url) {
        (Some(h), Some(u)) => u.join(h).ok().or_else(|| Some(u.clone())),
        (Some(h), None) => Url::parse(h).ok(),
        (None, u) => u.cloned(),
    }
}

/// Marks every node that sits under an element no reader sees.
fn mark_hidden(dom: &Dom) -> Vec<bool> {
    let mut hidden = vec![false; dom.len()];
    let mut walk = dom.descendants(DOCUMENT);
    while let Some(n) = walk.next() {
        if hidden[n] {
            continue;
        }
        if is_hidden_element(dom, n) {
            for d in dom.descendants(n) {
                hidden[d] = true;
            }
            walk.skip_children(n);
        }
    }
    hidden
}

/// One element's own hiding signals: `aria-hidden="true"`, or one of [`is_out_of_sight`]'s.
pub(crate) fn is_hidden_element(dom: &Dom, n: NodeId) -> bool {
    dom.attr(n, local_name!("aria-hidden")) == Some("true") || is_out_of_sight(dom, n)
}

/// The signals that hide an element from the eye: `hidden`, `display:none` or `visibility:hidden`
/// inline, or a class from [`tables::HIDDEN_CLASSES`]. Not `aria-hidden`, which inside a line marks
/// what only the eye gets (a drop cap's letter, an icon).
pub(crate) fn is_out_of_sight(dom: &Dom, n: NodeId) -> bool {
    if dom.tag(n).is_none() {
        return false;
    }
    if dom.attr(n, local_name!("hidden")).is_some() {
        return true;
    }
    if let Some(style) = dom.attr(n, local_name!("style")) {
        // Copied a piece between spaces at a time: some styles carry a whole image as a data URL.
        let mut squeezed = String::with_capacity(style.len());
        style.split(char::is_whitespace).for_each(|piece| squeezed.push_str(piece));
        squeezed.make_ascii_lowercase();
        if squeezed.contains("display:none") || squeezed.contains("visibility:hidden") {
            return true;
        }
    }
    dom.attr(n, local_name!("class")).is_some_and(|c| {
        // Responsive classes say what a desktop browser shows, over a plain "hidden" beside them:
        // Bootstrap's "d-none d-md-block" is the desktop copy, "d-block d-md-none" the phone's.
        let shown = c.split_ascii_whitespace().filter_map(desktop_display).max_by_key(|&(rank, _)| rank).map(|(_, on)| on);
        shown.map_or_else(
            || c.split_ascii_whitespace().any(|t| tables::HIDDEN_CLASSES.iter().any(|h| t.eq_ignore_ascii_case(h))),
            |on_desktop| !on_desktop,
        )
    })
}

/// Whether a responsive display class shows its element at a desktop's width ("d-md-block",
/// Tailwind's "lg:flex") or hides it there ("d-lg-none", "md:hidden"), with its breakpoint's rank:
/// of several, the widest applies. `None` for other classes.
fn desktop_display(token: &str) -> Option<(usize, bool)> {
    let (rank, value) = tables::DESKTOP_BREAKPOINTS.iter().enumerate().find_map(|(rank, bp)| {
        token
            .strip_prefix("d-")
            .and_then(|rest| rest.strip_prefix(bp))
            .and_then(|rest| rest.strip_prefix('-'))
            .or_else(|| token.strip_prefix(bp).and_then(|rest| rest.strip_prefix(':')))
            .map(|value| (rank, value))
    })?;
    match value {
        "none" | "hidden" => Some((rank, false)),
        "block" | "flex" | "grid" | "inline" | "inline-block" | "inline-flex" | "table" | "contents" => Some((rank, true)),
        _ => None,
    }
}

struct Counts {
    letters: Vec<u32>,
    link_letters: Vec<u32>,
    links: Vec<u32>,
    commas: Vec<u32>,
    sentence_ends: Vec<u32>,
    shown: Vec<u32>,
}

/// A `javascript:` href is a button in link's clothing: its text is read, not followed (and the
/// writer drops the href anyway).
pub(crate) fn navigates(href: &str) -> bool {
    !href.trim_start().get(..11).is_some_and(|scheme| scheme.eq_ignore_ascii_case("javascript:"))
}

/// The longest document the page carries as text rather than as its own elements: a `<noscript>`
/// fallback (raw text to a parser with scripting on, as browsers parse) or an `<iframe srcdoc>`. A page whose
/// body is only there shows it to a reader without scripts or in its frame; `None` when there is neither.
pub(crate) fn embedded_document(page: &Page) -> Option<&str> {
    let dom = &page.dom;
    let frames = dom
        .descendants(DOCUMENT)
        .filter(|&n| dom.is(n, local_name!("iframe")))
        .filter_map(|n| Some((n, dom.attr(n, local_name!("srcdoc"))?)));
    let fallbacks = dom.noscripts.iter().map(|(n, raw)| (*n, raw.as_str()));
    frames
        .chain(fallbacks)
        .filter(|&(n, _)| !page.hidden[n])
        .map(|(_, html)| html)
        .max_by_key(|html| html.len())
}

/// An element whose text no reader sees; its text nodes count no letters.
pub(crate) fn is_unread(dom: &Dom, n: NodeId) -> bool {
    dom.tag(n).is_some_and(|t| tables::is_unread(t))
}

/// Letters, link letters and links per subtree, and the tallies of its text, in one pass from the
/// leaves up.
fn count_letters(dom: &Dom) -> Counts {
    let mut letters = vec![0u32; dom.len()];
    let mut link_letters = vec![0u32; dom.len()];
    let mut links = vec![0u32; dom.len()];
    let mut commas = vec![0u32; dom.len()];
    let mut sentence_ends = vec![0u32; dom.len()];
    let mut shown = vec![0u32; dom.len()];
    for n in dom.post_order(DOCUMENT) {
        let tally = dom.text_tally(n);
        // All the subtree's text, as its `text_content` holds it: unread text too.
        commas[n] = commas[n].saturating_add(tally.commas);
        sentence_ends[n] = sentence_ends[n].saturating_add(tally.sentence_ends);
        shown[n] = shown[n].saturating_add(tally.shown);
        match &dom.nodes[n].data {
            // Letters of a script's or stylesheet's text are never read.
            Data::Text(_) if dom.nodes[n].parent().is_some_and(|p| is_unread(dom, p)) => {}
            Data::Text(_) => letters[n] = tally.letters,
            Data::Element { .. } if is_unread(dom, n) => {
                letters[n] = 0;
                link_letters[n] = 0;
                links[n] = 0;
            }
            Data::Element { .. } if dom.is(n, local_name!("a")) && dom.attr(n, local_name!("href")).is_some_and(navigates) => {
                link_letters[n] = letters[n];
                links[n] += 1;
            }
            _ => {}
        }
        if let Some(p) = dom.nodes[n].parent() {
            letters[p] = letters[p].saturating_add(letters[n]);
            link_letters[p] = link_letters[p].saturating_add(link_letters[n]);
            links[p] = links[p].saturating_add(links[n]);
            commas[p] = commas[p].saturating_add(commas[n]);
            sentence_ends[p] = sentence_ends[p].saturating_add(sentence_ends[n]);
            shown[p] = shown[p].saturating_add(shown[n]);
        }
    }
    Counts { letters, link_letters, links, commas, sentence_ends, shown }
}

#[cfg(test)]
mod tests {
    use html5ever::local_name;
    use super::is_hidden_element;
    use crate::dom::{parse_document, DOCUMENT};

    #[test]
    fn a_desktop_browsers_view_decides_responsive_classes() {
        for (class, hidden) in [
            ("d-none", true),
            ("d-none d-md-block", false),
            ("d-block d-md-none", true),
            ("hidden lg:flex", false),
            ("md:hidden", true),
            ("d-none d-sm-block", false),
            ("d-none d-sm-block d-lg-none", true),
            ("story-body", false),
        ] {
            let dom = parse_document(&format!("<div class='{class}'>x</div>"));
            let div = dom.descendants(DOCUMENT).find(|&n| dom.is(n, local_name!("div"))).unwrap();
            assert_eq!(is_hidden_element(&dom, div), hidden, "{class}");
        }
    }

    #[test]
    fn the_embedded_document_is_the_longest_shown_one() {
        let options = crate::Options::default();
        let budget = crate::budget::Budget::start(&options);
        let read = |html: &str| super::parse(html, &options, &budget).ok().and_then(|page| super::embedded_document(&page).map(str::to_owned));
        let html = "<head><noscript><img src=px></noscript></head><body><iframe srcdoc='<p>a frame&apos;s whole story</p>'></iframe>\
            <noscript><p>a fallback story</p><p>of two paragraphs</p></noscript>\
            <div hidden><noscript><p>a hidden fallback, the longest of all</p></noscript></div>";
        assert_eq!(read(html).as_deref(), Some("<p>a fallback story</p><p>of two paragraphs</p>"));
        assert_eq!(read(&html.replace("<p>of two paragraphs</p>", "")).as_deref(), Some("<p>a frame's whole story</p>"));
        assert_eq!(read("<p>no fallback</p><noscript></noscript>"), None);
    }
}
