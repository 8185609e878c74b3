//! Class and id signals. Receives one element; returns its class/id words (split at punctuation
//! and camelCase, lowercased: `desktopDetailBody innerAdDiv` → desktop, detail, body, inner, ad,
//! div) and whether they meet a word list. Matching whole words, not substrings, is what keeps
//! `tag` from matching `stage` and `ad` from matching `header`. It never decides anything itself.

use html5ever::local_name;

use crate::dom::{Dom, NodeId};
use crate::tables;
use crate::text::{self, Needles};

/// A word list: whole words, and stems that match any word they begin.
pub(crate) struct Words {
    exact: &'static [&'static str],
    stems: &'static [&'static str],
    /// The first bytes of all of them: most class words begin with none, and are passed over at that.
    firsts: [u64; 4],
}

impl Words {
    pub(crate) const fn new(exact: &'static [&'static str], stems: &'static [&'static str]) -> Words {
        let mut firsts = [0u64; 4];
        let mut i = 0;
        while i < exact.len() + stems.len() {
            let word = if i < exact.len() { exact[i] } else { stems[i - exact.len()] };
            text::set(&mut firsts, word.as_bytes()[0]);
            i += 1;
        }
        Words { exact, stems, firsts }
    }

    pub(crate) fn meets(&self, words: &ClassWords) -> bool {
        words.iter().any(|w| {
            w.as_bytes().first().is_some_and(|&b| text::has(&self.firsts, b))
                && (self.exact.contains(&w) || self.stems.iter().any(|s| w.starts_with(s)))
        })
    }
}

/// Class, id, `rel` or `itemprop` says this element holds the author.
pub(crate) fn marks_author(dom: &Dom, n: NodeId) -> bool {
    let says_author = |attr: &str| dom.attr(n, attr).is_some_and(|v| v.eq_ignore_ascii_case("author"));
    says_author("rel")
        || says_author("itemprop")
        || has_marker(dom, n, &tables::BYLINE_MARKERS) && !has_marker(dom, n, &tables::NOT_BYLINE_MARKERS)
        || dom.is(n, local_name!("a")) && dom.attr(n, local_name!("href")).is_some_and(is_author_page)
}

/// A link to a writer's page of stories, by a path segment of its own ("/author/ines/", "/authors/33") or a query
/// parameter ("?author=3", "/news?author=tahmina-akter").
fn is_author_page(href: &str) -> bool {
    // Every link of the page is asked, some many times: read by its bytes, a segment after each '/', '?' or '&'.
    let bytes = href.as_bytes();
    let query = memchr::memchr(b'?', bytes);
    let end = memchr::memchr(b'#', bytes).unwrap_or(bytes.len());
    let path = &bytes[..query.unwrap_or(end).min(end)];
    let named = |segment: &[u8]| tables::AUTHOR_PAGE_SEGMENTS.iter().any(|s| segment.eq_ignore_ascii_case(s.as_bytes()));
    let in_path = memchr::memchr_iter(b'/', path).any(|i| {
        let rest = &path[i + 1..];
        named(&rest[..memchr::memchr(b'/', rest).unwrap_or(rest.len())])
    });
    let in_query = query.filter(|&q| q < end).is_some_and(|q| {
        bytes[q + 1..end].split(|&b| b == b'&').any(|pair| named(&pair[..memchr::memchr(b'=', pair).unwrap_or(pair.len())]))
    });
    in_path || in_query
}

/// Class or id of `n` holds one of `markers` (lowercase), inside a word or whole: the fragments of
/// names written as one ("desktopDetailReporter", "jeg_authorbox").
pub(crate) fn has_marker(dom: &Dom, n: NodeId, markers: &Needles) -> bool {
    [local_name!("class"), local_name!("id")].iter().any(|a| dom.attr(n, a).is_some_and(|v| markers.found_in(v)))
}

/// Whether the class and id of `n` may name a box of the page (a sidebar, a share bar). A heading's
/// or a header cell's name its looks ("section-header", Tailwind's "scroll-mt-24"): it is a part of
/// what holds it, and goes with a sidebar it heads. So do those of a box around a subheading and
/// nothing else ("<div class=recipe-instructions-header><h3>"), and those of a link or a phrase inside a sentence
/// (a keyword link's "auto-tag-link" between the words of a paragraph).
pub(crate) fn may_name_a_box(dom: &Dom, n: NodeId) -> bool {
    !dom.is_heading(n) && !dom.is(n, local_name!("th")) && !wraps_a_subheading(dom, n) && !is_in_a_sentence(dom, n)
}

/// An inline element with words beside it in the same parent.
pub(crate) fn is_in_a_sentence(dom: &Dom, n: NodeId) -> bool {
    let (Some(tag), Some(parent)) = (dom.tag(n), dom.nodes[n].parent()) else { return false };
    !tables::is_block(tag) && dom.children(parent).any(|c| dom.text(c).is_some_and(|t| t.chars().any(char::is_alphanumeric)))
}

fn wraps_a_subheading(dom: &Dom, n: NodeId) -> bool {
    let mut inside = dom.content_children(n);
    matches!((inside.next(), inside.next()), (Some(h), None) if dom.is_heading(h) && !dom.is(h, local_name!("h1")))
}

/// An element's class and id words, in one string: every element's are read, and a string for
/// each word cost more than the reading.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct ClassWords(String);

impl ClassWords {
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        // Words are letters and digits, each followed by one space: split by the byte, without the
        // searcher a char pattern sets up for each word.
        self.0.split_ascii_whitespace()
    }
}

/// The class and id words of an element (empty for other nodes), without an id made from the
/// element's heading (see [`is_heading_slug`]).
pub(crate) fn words(dom: &Dom, n: NodeId) -> ClassWords {
    let class = dom.attr(n, local_name!("class"));
    let id = dom.attr(n, local_name!("id")).filter(|id| !is_heading_slug(dom, n, id));
    // The words take the attributes' length and a space after each: with room for a few more, most
    // elements' words are written without growing the string.
    let len = class.map_or(0, str::len) + id.map_or(0, str::len);
    let mut out = ClassWords(String::with_capacity(if len == 0 { 0 } else { len + 4 }));
    for value in [class, id].into_iter().flatten() {
        split_words(value, &mut out);
    }
    out
}

/// An id written from the heading of its own section, as documentation generators and tables of
/// contents make them: `id="sharing-with-a-single-developer"` on the section headed "Sharing with a
/// single developer ¶". It names the section's subject, not a part of the page, so "sharing" in it
/// says nothing about a share bar.
fn is_heading_slug(dom: &Dom, n: NodeId, id: &str) -> bool {
    fn slug(s: &str) -> impl Iterator<Item = &str> {
        s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
    }
    if slug(id).nth(tables::MIN_HEADING_SLUG_WORDS - 1).is_none() {
        return false;
    }
    let heading = if dom.is_heading(n) {
        Some(n)
    } else {
        dom.children(n).find(|&c| dom.tag(c).is_some()).filter(|&c| dom.is_heading(c))
    };
    heading.is_some_and(|h| {
        let text = dom.text_content(h);
        let (mut ours, mut theirs) = (slug(id), slug(&text));
        loop {
            match (ours.next(), theirs.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) if a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase)) => {}
                _ => return false,
            }
        }
    })
}

/// Each word of `value` onto `out`, lowercased, with a space after it.
fn split_words(value: &str, out: &mut ClassWords) {
    let out = &mut out.0;
    let mut in_word = false;
    let mut prev_lower = false;
    for c in value.chars() {
        if !c.is_alphanumeric() {
            end_word(&mut in_word, out);
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower {
            end_word(&mut in_word, out);
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
        in_word = true;
    }
    end_word(&mut in_word, out);
}

fn end_word(in_word: &mut bool, out: &mut String) {
    if std::mem::take(in_word) {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_camel_case_and_punctuation() {
        let mut out = ClassWords::default();
        split_words("desktopDetailBody innerAdDiv hidden-xs", &mut out);
        assert!(out.iter().eq(["desktop", "detail", "body", "inner", "ad", "div", "hidden", "xs"]));
    }

    #[test]
    fn an_id_made_from_its_heading_is_no_signal() {
        let html = "<div id='sharing-with-a-laptop' class='section'><h2>Sharing with a laptop ¶</h2></div>\
            <h3 id='breaking-changes-in-two'>Breaking changes in two</h3>\
            <div id='share-this'><h3>Share this</h3></div>\
            <div id='sharing-tools-and-buttons'><h3>Sharing</h3></div>";
        let options = crate::Options::default();
        let page = crate::parse::parse(html, &options, &crate::budget::Budget::start(&options)).unwrap();
        let dom = &page.dom;
        let ids: Vec<String> = dom
            .descendants(crate::dom::DOCUMENT)
            .filter(|&n| dom.attr(n, local_name!("id")).is_some())
            .map(|n| words(dom, n).0)
            .collect();
        let expected = ["section ", "", "share this ", "sharing tools and buttons "];
        assert_eq!(ids, expected);
    }

    #[test]
    fn whole_words_only() {
        let w = Words::new(&["tag", "ad"], &["comment"]);
        let words = |s: &str| ClassWords(s.to_owned());
        assert!(!w.meets(&words("stage header ")));
        assert!(w.meets(&words("comments ")));
        assert!(w.meets(&words("ad ")));
    }
}
